//! Throughput of every destination on a large organization: writes a
//! 10,000-account snapshot (~150k rows) twice to each destination and prints
//! rows per second. Run with
//! `cargo run -p orgsync-sink --example write_throughput [-- ACCOUNTS]`;
//! set ORGSYNC_TEST_POSTGRES_URL to include PostgreSQL.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use orgsync_sink::{SinkOptions, open};

fn main() {
    let accounts: usize =
        std::env::args().nth(1).map_or(10_000, |a| a.parse().expect("ACCOUNTS is a number"));
    let dir = tempfile::tempdir().expect("temporary folder");
    let snapshot = support::large_snapshot("o-bench00000", "run-bench-1", 1, accounts, 1);
    let second = support::large_snapshot("o-bench00000", "run-bench-2", 2, accounts, 2);
    let rows = support::row_count(&snapshot);
    let schema = format!("bench_{}", std::process::id());
    let mut destinations = vec![
        format!("sqlite:{}", dir.path().join("bench.db").display()),
        format!("parquet:{}", dir.path().join("parquet").display()),
        format!("csv:{}", dir.path().join("csv").display()),
        format!("jsonl:{}", dir.path().join("jsonl").display()),
    ];
    if let Ok(url) = std::env::var("ORGSYNC_TEST_POSTGRES_URL") {
        destinations.push(url);
    }
    let options = SinkOptions { postgres_schema: schema.clone(), ..SinkOptions::default() };
    println!("{accounts} accounts, {rows} rows per snapshot");
    for destination in &destinations {
        let mut sink = open(destination, &options).expect("destination parses");
        sink.prepare().expect("prepare");
        for (label, snap) in [("first write", &snapshot), ("replacing write", &second)] {
            let start = Instant::now();
            sink.write_snapshot(snap).expect("write");
            let secs = start.elapsed().as_secs_f64();
            println!(
                "{:<10} {label:<16} {secs:>6.2} s  {:>9.0} rows/s",
                sink.describe().split(':').next().unwrap_or(""),
                rows as f64 / secs
            );
        }
    }
    if let Ok(url) = std::env::var("ORGSYNC_TEST_POSTGRES_URL") {
        support::drop_pg_schema(&url, &schema);
    }
}
