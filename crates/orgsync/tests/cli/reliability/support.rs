//! Shared helpers of the reliability suite: the real `orgsync` binary with a
//! clean environment, emulators with faults, and an independent reader of
//! SQLite destinations that compares snapshots row for row.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

use orgsync_emulator::{Emulator, EmulatorConfig, FaultSpec, OrgSource, Profile, ProfileSpec};
use orgsync_schema::DATA_TABLES;
use tokio::process::Command;

pub use crate::common::ScratchDb;

/// Table excluded from most fault rows: the planner paces GetAlternateContact
/// at AWS's published 10/s, which would make every row take seconds. The rows
/// that are about contacts include it.
pub const CONTACTS: &str = "aws_organizations_alternate_contact";

/// The extra arguments of a run without [`CONTACTS`].
pub const NO_CONTACTS: &[&str] = &["--exclude", CONTACTS];

/// The binary with a clean environment: nothing of the machine's ORGSYNC_*,
/// AWS_* or RUST_LOG leaks in.
pub fn orgsync<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut cmd = Command::from(crate::common::isolated_orgsync(Path::new("/nonexistent")));
    cmd.args(args).kill_on_drop(true);
    cmd
}

/// Runs a prepared command to the end.
pub async fn run(mut cmd: Command) -> Output {
    cmd.output().await.expect("orgsync runs")
}

pub use crate::common::text as describe;

/// The Fast profile with `faults` (no quotas, no latency).
pub fn fast_with(faults: FaultSpec) -> ProfileSpec {
    ProfileSpec { faults, ..ProfileSpec::fast() }
}

/// An emulator with a synthetic organization of `accounts` accounts.
pub async fn emulator(accounts: usize, seed: u64, profile: ProfileSpec) -> Emulator {
    Emulator::start(EmulatorConfig {
        org: OrgSource::Synthetic { accounts, seed },
        profile: Profile::Custom(profile),
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator starts")
}

/// `orgsync sync` against the emulator into `destination`, with extra flags.
pub fn sync_command(emulator: &Emulator, destination: &str, extra: &[&str]) -> Command {
    let mut cmd = orgsync(["sync", "--destination", destination]);
    cmd.args(extra);
    cmd.envs(crate::common::demo_env(emulator));
    cmd
}

/// Runs `orgsync sync` to the end.
pub async fn sync(emulator: &Emulator, destination: &str, extra: &[&str]) -> Output {
    run(sync_command(emulator, destination, extra)).await
}

/// A first, complete sync into `db`, so there is a snapshot to keep; its
/// tables.
pub async fn first_snapshot(emulator: &Emulator, db: &ScratchDb, extra: &[&str]) -> Tables {
    let output = sync(emulator, &db.destination, extra).await;
    assert_eq!(output.status.code(), Some(0), "{}", describe(&output));
    sqlite_tables(&db.path, &emulator.org_id())
}

/// Removes a member account from the organization (a change a run that
/// does not complete must not write); its id.
pub fn remove_a_member(emulator: &Emulator) -> String {
    let removed = emulator.controls().with_org(|o| {
        o.accounts.keys().find(|id| **id != o.management_account_id).cloned().unwrap()
    });
    emulator.controls().remove_account(&removed);
    removed
}

/// Every data table of one organization, each row as text cells in column
/// order without `run_id`, rows sorted. Tables with no rows are present
/// (empty) so a missing table shows as a difference.
pub type Tables = BTreeMap<String, Vec<Vec<String>>>;

/// Reads one organization's data tables from a SQLite destination with an
/// independent connection.
pub fn sqlite_tables(db: &Path, org_id: &str) -> Tables {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the destination read-only");
    let mut tables = Tables::new();
    for def in DATA_TABLES {
        let name = def.id.as_str();
        let columns: Vec<&str> = def.content_columns().collect();
        let exists: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap();
        if exists == 0 {
            continue;
        }
        let sql = format!(
            "SELECT {} FROM {name} WHERE org_id = ?1",
            columns.iter().map(|c| format!("\"{c}\"")).collect::<Vec<_>>().join(", ")
        );
        let mut stmt = conn.prepare(&sql).unwrap();
        let mut rows: Vec<Vec<String>> = stmt
            .query_map([org_id], |row| {
                (0..columns.len()).map(|i| row.get_ref(i).map(cell)).collect()
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        tables.insert(name.to_owned(), rows);
    }
    tables
}

fn cell(value: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => "NULL".to_owned(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => format!("'{}'", String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => {
            format!("x'{}'", b.iter().map(|b| format!("{b:02x}")).collect::<String>())
        }
    }
}

/// Total rows over all tables.
pub fn row_count(tables: &Tables) -> usize {
    tables.values().map(Vec::len).sum()
}

/// Asserts two snapshots are equal row for row; on failure names each
/// table that differs with its first missing and extra rows. Returns the
/// number of rows compared.
pub fn assert_same_tables(expected: &Tables, actual: &Tables, context: &str) -> usize {
    let mut problems = Vec::new();
    let names: std::collections::BTreeSet<&String> = expected.keys().chain(actual.keys()).collect();
    for name in names {
        let e = expected.get(name).cloned().unwrap_or_default();
        let a = actual.get(name).cloned().unwrap_or_default();
        if e != a {
            let missing: Vec<_> = e.iter().filter(|r| !a.contains(r)).take(3).collect();
            let extra: Vec<_> = a.iter().filter(|r| !e.contains(r)).take(3).collect();
            problems.push(format!(
                "{name}: expected {} rows, got {}; missing e.g. {missing:?}; extra e.g. {extra:?}",
                e.len(),
                a.len()
            ));
        }
    }
    assert!(problems.is_empty(), "{context}: snapshots differ:\n{}", problems.join("\n"));
    row_count(expected)
}

/// One `orgsync_run` row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunRow {
    pub run_id: String,
    pub org_id: String,
    pub status: String,
    pub api_calls: i64,
    pub throttled_calls: i64,
    pub retried_calls: i64,
}

/// Every recorded run, oldest first.
pub fn runs(db: &Path) -> Vec<RunRow> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT run_id, org_id, status, api_calls, throttled_calls, retried_calls \
             FROM orgsync_run ORDER BY started_at, run_id",
        )
        .unwrap();
    stmt.query_map([], |r| {
        Ok(RunRow {
            run_id: r.get(0)?,
            org_id: r.get(1)?,
            status: r.get(2)?,
            api_calls: r.get(3)?,
            throttled_calls: r.get(4)?,
            retried_calls: r.get(5)?,
        })
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

/// One `orgsync_error` row: (table, resource_id, operation, code, message).
pub type ErrorRow = (String, Option<String>, String, String, Option<String>);

/// The error rows of one run, sorted.
pub fn errors(db: &Path, run_id: &str) -> Vec<ErrorRow> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT table_name, resource_id, api_operation, error_code, message \
             FROM orgsync_error WHERE run_id = ?1",
        )
        .unwrap();
    let mut rows: Vec<ErrorRow> = stmt
        .query_map([run_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

/// The snapshot a fault-free run of the same organization writes.
pub async fn baseline(accounts: usize, seed: u64, extra: &[&str]) -> Tables {
    let emulator = emulator(accounts, seed, ProfileSpec::fast()).await;
    let db = ScratchDb::new();
    let output = sync(&emulator, &db.destination, extra).await;
    assert_eq!(output.status.code(), Some(0), "fault-free baseline: {}", describe(&output));
    let tables = sqlite_tables(&db.path, &emulator.org_id());
    emulator.shutdown().await;
    tables
}

/// One line of figures for the final report, printed by each test
/// (`cargo test -- --nocapture | grep reliability-figures`).
pub fn figures(test: &str, faults: u64, runs: u64, rows_compared: usize, rows_lost: usize) {
    println!(
        "reliability-figures test={test} faults_injected={faults} runs={runs} rows_compared={rows_compared} rows_lost={rows_lost}"
    );
}

/// Injected faults (throttles and 5xx/reset/truncation) the emulator answered.
pub fn injected(emulator: &Emulator) -> u64 {
    let counters = emulator.controls().counters();
    counters.per_operation.values().map(|c| c.throttled + c.faulted).sum()
}

pub use crate::common::postgres_url;

/// Every row of every table in `schema` as text (via psql), for scanning.
pub fn postgres_dump(url: &str, schema: &str) -> String {
    let sql = format!(
        "SELECT string_agg(format('SELECT %L || '': '' || t::text FROM {schema}.%I t', table_name, table_name), ' UNION ALL ') \
         FROM information_schema.tables WHERE table_schema = '{schema}'"
    );
    let query = psql(url, &sql);
    if query.trim().is_empty() {
        return String::new();
    }
    psql(url, query.trim())
}

/// Runs one statement with psql and returns its unaligned output.
pub fn psql(url: &str, sql: &str) -> String {
    let output = std::process::Command::new("psql")
        .args([url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        .output()
        .expect("psql runs");
    assert!(output.status.success(), "psql: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}
