//! The destination test suite: one conformance suite run against every
//! destination (SQLite, PostgreSQL, Parquet, CSV, JSON Lines), crash safety
//! (a writer SIGKILLed at named points, or failing before commit), and
//! concurrency on PostgreSQL. What a destination holds is always read with
//! an independent reader: rusqlite / postgres SQL, Python's pyarrow, csv and
//! json.
//!
//! The crash-safety tests need the sink's crash points (cargo feature
//! `failpoints`); without it they are ignored. The workspace test run turns
//! it on (crates/orgsync dev-depends on the sink with it).

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

use orgsync_schema::Snapshot;
use orgsync_sink::{SinkError, SinkOptions, open, open_reader};
use support::*;

/// One destination under test.
struct Target {
    kind: Kind,
    destination: String,
    options: SinkOptions,
    /// The folder or file (file destinations, SQLite).
    path: Option<PathBuf>,
    /// PostgreSQL URL and schema.
    pg: Option<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl Target {
    fn files(kind: Kind, history_runs: usize) -> Target {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("out");
        let prefix = match kind {
            Kind::Parquet => "parquet",
            Kind::Csv { .. } => "csv",
            Kind::Jsonl => "jsonl",
            _ => unreachable!(),
        };
        let escape = !matches!(kind, Kind::Csv { escape: false });
        Target {
            kind,
            destination: format!("{prefix}:{}", root.display()),
            options: SinkOptions {
                history_runs,
                csv_formula_escape: escape,
                ..SinkOptions::default()
            },
            path: Some(root),
            pg: None,
            _dir: Some(dir),
        }
    }

    fn sqlite(history_runs: usize) -> Target {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("orgsync.db");
        Target {
            kind: Kind::Sqlite,
            destination: format!("sqlite:{}", path.display()),
            options: SinkOptions { history_runs, ..SinkOptions::default() },
            path: Some(path),
            pg: None,
            _dir: Some(dir),
        }
    }

    fn postgres(test: &str, history_runs: usize) -> Option<Target> {
        let url = pg_url()?;
        let schema = pg_schema(test);
        drop_pg_schema(&url, &schema);
        Some(Target {
            kind: Kind::Postgres,
            destination: url.clone(),
            options: SinkOptions {
                history_runs,
                postgres_schema: schema.clone(),
                ..SinkOptions::default()
            },
            path: None,
            pg: Some((url, schema)),
            _dir: None,
        })
    }

    fn write(&self, snapshot: &Snapshot) {
        let mut sink = open(&self.destination, &self.options).unwrap();
        sink.prepare().unwrap();
        sink.write_snapshot(snapshot).unwrap();
    }

    /// What the independent reader sees for `org`.
    fn observe(&self, org: &str) -> Observation {
        match self.kind {
            Kind::Sqlite => observe_sqlite(self.path.as_ref().unwrap(), org),
            Kind::Postgres => {
                let (url, schema) = self.pg.as_ref().unwrap();
                observe_postgres(url, schema, org)
            }
            _ => observe_files(self.kind, self.path.as_ref().unwrap(), org),
        }
    }

    fn history_runs(&self, org: &str) -> Option<std::collections::BTreeSet<String>> {
        match self.kind {
            Kind::Sqlite => Some(sqlite_history_runs(self.path.as_ref().unwrap(), org)),
            Kind::Postgres => {
                let (url, schema) = self.pg.as_ref().unwrap();
                Some(pg_history_runs(url, schema, org))
            }
            _ => None,
        }
    }

    fn is_database(&self) -> bool {
        matches!(self.kind, Kind::Sqlite | Kind::Postgres)
    }
}

impl Drop for Target {
    fn drop(&mut self) {
        if let Some((url, schema)) = &self.pg
            && !std::thread::panicking()
        {
            drop_pg_schema(url, schema);
        }
    }
}

const ORG_A: &str = "o-aaaaaaaaaa";
const ORG_B: &str = "o-bbbbbbbbbb";

/// The conformance suite every destination passes.
fn conformance(t: &Target) {
    let a1 = tricky_snapshot(ORG_A, "run-a1", 1, 12, 1);
    let b1 = tricky_snapshot(ORG_B, "run-b1", 2, 5, 2);
    t.write(&a1);
    t.write(&b1);
    let observed = t.observe(ORG_A);
    assert_same("first run of A", &observed, &expected(t.kind, &a1));
    assert_same("first run of B", &t.observe(ORG_B), &expected(t.kind, &b1));

    // A second run replaces A's rows and leaves B alone.
    let a2 = tricky_snapshot(ORG_A, "run-a2", 3, 7, 3);
    t.write(&a2);
    let observed = t.observe(ORG_A);
    assert_same("second run of A", &data_only(observed.clone()), &data_only(expected(t.kind, &a2)));
    assert_same(
        "second run of A (bookkeeping)",
        &only_run(observed.clone(), "run-a2"),
        &only_run(expected(t.kind, &a2), "run-a2"),
    );
    assert_eq!(observed_runs(&observed), ["run-a1", "run-a2"].map(String::from).into());
    assert_same("B after A's second run", &t.observe(ORG_B), &expected(t.kind, &b1));

    // History is kept and pruned (history_runs = 2).
    let a3 = tricky_snapshot(ORG_A, "run-a3", 4, 9, 4);
    t.write(&a3);
    let observed = t.observe(ORG_A);
    assert_same("third run of A", &data_only(observed.clone()), &data_only(expected(t.kind, &a3)));
    let mut reader = open_reader(&t.destination, &t.options).unwrap();
    assert_same(
        "reader: current snapshot",
        &semantic(&reader.read_snapshot(ORG_A, None).unwrap()),
        &semantic(&a3),
    );
    assert_same(
        "reader: B",
        &semantic(&reader.read_snapshot(ORG_B, None).unwrap()),
        &semantic(&b1),
    );
    assert_eq!(reader.organizations().unwrap(), [ORG_A, ORG_B]);
    if t.is_database() {
        assert_eq!(
            observed_runs(&observed),
            ["run-a1", "run-a2", "run-a3"].map(String::from).into()
        );
        assert_eq!(t.history_runs(ORG_A).unwrap(), ["run-a2", "run-a3"].map(String::from).into());
        assert_eq!(t.history_runs(ORG_B).unwrap(), ["run-b1"].map(String::from).into());
        assert_same(
            "reader: kept history",
            &semantic(&reader.read_snapshot(ORG_A, Some("run-a2")).unwrap()),
            &semantic(&a2),
        );
        let pruned = reader.read_snapshot(ORG_A, Some("run-a1")).unwrap_err();
        assert!(matches!(pruned, SinkError::NotFound { .. }), "{pruned}");
        let runs: Vec<String> =
            reader.read_runs(ORG_A).unwrap().into_iter().map(|r| r.run_id).collect();
        assert_eq!(runs, ["run-a1", "run-a2", "run-a3"]);
    } else {
        assert_eq!(observed_runs(&observed), ["run-a2", "run-a3"].map(String::from).into());
        let runs: Vec<String> =
            reader.read_runs(ORG_A).unwrap().into_iter().map(|r| r.run_id).collect();
        assert_eq!(runs, ["run-a2", "run-a3"]);
    }
    let runs = reader.read_runs(ORG_A).unwrap();
    assert_eq!(runs.last().unwrap(), &a3.run, "run record read back");

    // A failed run is recorded without touching the snapshot.
    let mut failed = tricky_snapshot(ORG_A, "run-a4", 5, 1, 5).run;
    failed.status = orgsync_schema::RunStatus::Failed;
    failed.counts.clear();
    let mut sink = open(&t.destination, &t.options).unwrap();
    sink.record_failed_run(&failed, &[]).unwrap();
    drop(sink);
    let mut reader = open_reader(&t.destination, &t.options).unwrap();
    assert_eq!(reader.read_runs(ORG_A).unwrap().last().unwrap(), &failed);
    assert_same(
        "snapshot after a failed run",
        &data_only(t.observe(ORG_A)),
        &data_only(expected(t.kind, &a3)),
    );
    assert_same(
        "reader after a failed run",
        &semantic(&reader.read_snapshot(ORG_A, None).unwrap()),
        &semantic(&a3),
    );
    if !t.is_database() {
        // The failed run is folded into orgsync_run by the next snapshot.
        let a5 = tricky_snapshot(ORG_A, "run-a5", 6, 3, 6);
        t.write(&a5);
        assert!(observed_runs(&t.observe(ORG_A)).contains("run-a4"));
    }
}

#[test]
fn conformance_sqlite() {
    conformance(&Target::sqlite(2));
}

#[test]
fn conformance_parquet() {
    conformance(&Target::files(Kind::Parquet, 2));
}

#[test]
fn conformance_csv() {
    conformance(&Target::files(Kind::Csv { escape: true }, 2));
}

#[test]
fn conformance_csv_without_formula_escape() {
    conformance(&Target::files(Kind::Csv { escape: false }, 2));
}

#[test]
fn conformance_jsonl() {
    conformance(&Target::files(Kind::Jsonl, 2));
}

#[test]
fn conformance_postgres() {
    if let Some(t) = Target::postgres("conformance", 2) {
        conformance(&t);
    }
}

#[test]
fn csv_keeps_null_and_empty_string_apart_in_the_bytes() {
    let t = Target::files(Kind::Csv { escape: true }, 2);
    let s = tricky_snapshot(ORG_A, "run-1", 1, 12, 1);
    t.write(&s);
    let text = std::fs::read_to_string(
        t.path.as_ref().unwrap().join(ORG_A).join("aws_organizations_account.csv"),
    )
    .unwrap();
    assert!(text.starts_with("org_id,account_id,"), "header row");
    assert!(text.contains(",\"\","), "an empty string is a quoted empty cell");
    assert!(text.contains(",,"), "NULL is an empty unquoted cell");
    assert!(text.contains("'=1+2"), "formula escape");
    assert!(text.ends_with("\r\n"));
}

// ---------------------------------------------------------------- crashes

const CHILD_DEST: &str = "ORGSYNC_CRASH_CHILD_DEST";

/// Runs in a child process (re-executed test binary): writes one large
/// snapshot described by the environment. Does nothing in a normal run.
#[test]
fn crash_child() {
    let Ok(destination) = std::env::var(CHILD_DEST) else { return };
    let org = std::env::var("ORGSYNC_CRASH_CHILD_ORG").unwrap();
    let run = std::env::var("ORGSYNC_CRASH_CHILD_RUN").unwrap();
    let accounts: usize = std::env::var("ORGSYNC_CRASH_CHILD_ACCOUNTS").unwrap().parse().unwrap();
    let schema = std::env::var("ORGSYNC_CRASH_CHILD_SCHEMA").unwrap_or_else(|_| "orgsync".into());
    let options = SinkOptions { postgres_schema: schema, ..SinkOptions::default() };
    let snapshot = large_snapshot(&org, &run, 2, accounts, 10);
    let mut sink = open(&destination, &options).unwrap();
    sink.prepare().unwrap();
    sink.write_snapshot(&snapshot).unwrap();
}

fn spawn_child(t: &Target, org: &str, run: &str, accounts: usize, env: &[(&str, &str)]) -> Child {
    // /proc/self/exe stays valid even when a concurrent build replaces the
    // test binary on disk.
    let mut cmd = Command::new("/proc/self/exe");
    cmd.args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD_DEST, &t.destination)
        .env("ORGSYNC_CRASH_CHILD_ORG", org)
        .env("ORGSYNC_CRASH_CHILD_RUN", run)
        .env("ORGSYNC_CRASH_CHILD_ACCOUNTS", accounts.to_string())
        .env("ORGSYNC_CRASH_CHILD_SCHEMA", &t.options.postgres_schema)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.spawn().unwrap()
}

/// Starts a child writing [`CRASH_ACCOUNTS`] accounts that pauses at
/// `point`, waits until it is there, and SIGKILLs it.
fn kill_child_at(t: &Target, org: &str, run: &str, point: &str, extra_env: &[(&str, &str)]) {
    let signal_dir = tempfile::tempdir().unwrap();
    let signal = signal_dir.path().join("paused");
    let pause =
        [("ORGSYNC_TEST_PAUSE_AT", point), ("ORGSYNC_TEST_PAUSE_SIGNAL", signal.to_str().unwrap())];
    let mut child = spawn_child(t, org, run, CRASH_ACCOUNTS, &[&pause[..], extra_env].concat());
    let deadline = Instant::now() + Duration::from_secs(300);
    while !signal.exists() {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("child ended ({status}) before reaching `{point}`");
        }
        assert!(Instant::now() < deadline, "child never reached `{point}`");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
}

/// Runs a child writing [`CRASH_ACCOUNTS`] accounts that fails at `point`;
/// it must exit with an error.
fn fail_child_at(t: &Target, org: &str, run: &str, point: &str, extra_env: &[(&str, &str)]) {
    let env = [&[("ORGSYNC_TEST_FAIL_AT", point)][..], extra_env].concat();
    let mut child = spawn_child(t, org, run, CRASH_ACCOUNTS, &env);
    let status = child.wait().unwrap();
    assert!(!status.success(), "the child failing at `{point}` must report failure");
}

const CRASH_ACCOUNTS: usize = 1200;

/// What "the previous snapshot is intact" means per destination: the same
/// observation, and for files and SQLite the same bytes too.
fn state(
    t: &Target,
    org: &str,
) -> (Observation, Option<std::collections::BTreeMap<PathBuf, Vec<u8>>>) {
    let bytes = match t.kind {
        Kind::Postgres => None,
        Kind::Sqlite => Some(file_bytes(t.path.as_ref().unwrap())),
        _ => Some(file_bytes(&t.path.as_ref().unwrap().join(org))),
    };
    (t.observe(org), bytes)
}

fn leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-") || n.contains(".old-"))
        .collect()
}

/// Crash safety of one destination: `kills` are (point, whether the new
/// snapshot is committed at that point, whether recovery must run before
/// reading), `failures` are points where an injected error must leave the
/// previous snapshot byte-identical.
fn crash_safety(t: &Target, kills: &[(&str, bool, bool)], failures: &[&str], env: &[(&str, &str)]) {
    let org = ORG_A;
    let first = large_snapshot(org, "run-base", 1, CRASH_ACCOUNTS, 1);
    t.write(&first);
    let other = tricky_snapshot(ORG_B, "run-b", 1, 3, 1);
    t.write(&other);
    let before = state(t, org);
    assert_same(
        "base snapshot",
        &data_only(before.0.clone()),
        &data_only(expected(t.kind, &first)),
    );

    for point in failures {
        fail_child_at(t, org, &format!("run-fail-{point}"), point, env);
        let after = state(t, org);
        assert_same(&format!("after failing at {point}"), &after.0, &before.0);
        assert!(after.1 == before.1, "after failing at {point}: files are not byte-identical");
    }
    for (n, (point, committed, recover_first)) in kills.iter().enumerate() {
        let run = format!("run-kill-{n}");
        kill_child_at(t, org, &run, point, env);
        if *recover_first {
            open(&t.destination, &t.options).unwrap().prepare().unwrap();
        }
        let observed = t.observe(org);
        if *committed {
            let new = large_snapshot(org, &run, 2, CRASH_ACCOUNTS, 10);
            assert_same(
                &format!("killed at {point}"),
                &data_only(observed),
                &data_only(expected(t.kind, &new)),
            );
            // Go back to the base snapshot for the next point.
            t.write(&first);
        } else {
            assert_same(
                &format!("killed at {point}"),
                &data_only(observed),
                &data_only(before.0.clone()),
            );
        }
        assert_same(
            &format!("other organization after a kill at {point}"),
            &t.observe(ORG_B),
            &expected(t.kind, &other),
        );
    }
    // Leftovers are cleaned up and the destination keeps working.
    let again = large_snapshot(org, "run-after", 3, 50, 20);
    t.write(&again);
    assert_same(
        "write after crashes",
        &data_only(t.observe(org)),
        &data_only(expected(t.kind, &again)),
    );
    if let Some(root) = t.path.as_ref().filter(|_| !t.is_database()) {
        open(&t.destination, &t.options).unwrap().prepare().unwrap();
        assert_eq!(leftovers(root), Vec::<String>::new());
    }
}

const FILE_KILLS: &[(&str, bool, bool)] = &[
    ("first_file_written", false, false),
    ("temp_written", false, false),
    ("swapped", true, false),
];
const FILE_FAILURES: &[&str] = &["first_file_written", "temp_written"];
const TWO_RENAMES: &[(&str, &str)] = &[("ORGSYNC_TEST_FORCE_TWO_RENAMES", "1")];

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_sqlite() {
    crash_safety(&Target::sqlite(30), &[("rows_written", false, false)], &["rows_written"], &[]);
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_parquet() {
    crash_safety(&Target::files(Kind::Parquet, 30), FILE_KILLS, FILE_FAILURES, &[]);
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_parquet_two_renames() {
    let kills = &[("between_renames", false, true), ("swapped", true, false)];
    crash_safety(
        &Target::files(Kind::Parquet, 30),
        kills,
        &["temp_written", "between_renames"],
        TWO_RENAMES,
    );
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_csv() {
    crash_safety(&Target::files(Kind::Csv { escape: true }, 30), FILE_KILLS, FILE_FAILURES, &[]);
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_jsonl() {
    crash_safety(&Target::files(Kind::Jsonl, 30), FILE_KILLS, FILE_FAILURES, &[]);
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_jsonl_two_renames() {
    crash_safety(
        &Target::files(Kind::Jsonl, 30),
        &[("between_renames", false, true)],
        &["between_renames"],
        TWO_RENAMES,
    );
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn crash_safety_postgres() {
    if let Some(t) = Target::postgres("crash", 30) {
        crash_safety(&t, &[("rows_written", false, false)], &["rows_written"], &[]);
    }
}

// ------------------------------------------------------------ concurrency

#[test]
fn postgres_different_organizations_write_concurrently() {
    let Some(t) = Target::postgres("concurrent", 30) else { return };
    open(&t.destination, &t.options).unwrap().prepare().unwrap();
    let orgs = ["o-cccccccc01", "o-cccccccc02", "o-cccccccc03"];
    let snapshots: Vec<Snapshot> = orgs
        .iter()
        .enumerate()
        .map(|(i, o)| large_snapshot(o, &format!("run-{o}"), i, 600 + 300 * i, 1))
        .collect();
    std::thread::scope(|s| {
        for snap in &snapshots {
            let (dest, options) = (&t.destination, &t.options);
            s.spawn(move || {
                let mut sink = open(dest, options).unwrap();
                sink.write_snapshot(snap).unwrap();
            });
        }
    });
    for snap in &snapshots {
        assert_same(snap.org_id(), &t.observe(snap.org_id()), &expected(Kind::Postgres, snap));
    }
}

#[test]
#[cfg_attr(not(feature = "failpoints"), ignore = "needs the crash points: --features failpoints")]
fn postgres_same_organization_writes_are_serialised() {
    let Some(t) = Target::postgres("same_org", 30) else { return };
    let org = "o-dddddddddd";
    t.write(&large_snapshot(org, "run-0", 0, 100, 0));

    // Race two writers: the result is exactly one of them, never a mix.
    let one = large_snapshot(org, "run-1", 1, 900, 1);
    let two = large_snapshot(org, "run-2", 2, 500, 2);
    let barrier = std::sync::Barrier::new(2);
    std::thread::scope(|s| {
        for snap in [&one, &two] {
            let (dest, options, barrier) = (&t.destination, &t.options, &barrier);
            s.spawn(move || {
                let mut sink = open(dest, options).unwrap();
                sink.prepare().unwrap();
                barrier.wait();
                sink.write_snapshot(snap).unwrap();
            });
        }
    });
    let observed = data_only(t.observe(org));
    let (e1, e2) =
        (data_only(expected(Kind::Postgres, &one)), data_only(expected(Kind::Postgres, &two)));
    assert!(observed == e1 || observed == e2, "the organization holds a mix of two runs");

    // A writer holding the organization's lock makes the second one wait.
    let mut holder =
        spawn_child(&t, org, "run-holder", 100, &[("ORGSYNC_TEST_PAUSE_AT", "rows_written")]);
    let mut client = pg_client(t.pg.as_ref().unwrap().0.as_str());
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let holding: i64 = client
            .query_one("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted", &[])
            .unwrap()
            .get(0);
        if holding > 0 {
            break;
        }
        assert!(Instant::now() < deadline, "the holder never took the lock");
        std::thread::sleep(Duration::from_millis(50));
    }
    let waiter_snapshot = large_snapshot(org, "run-waiter", 3, 200, 3);
    let (dest, options) = (t.destination.clone(), t.options.clone());
    let snap = waiter_snapshot.clone();
    let waiter = std::thread::spawn(move || open(&dest, &options).unwrap().write_snapshot(&snap));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let waiting: i64 = client
            .query_one(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                &[],
            )
            .unwrap()
            .get(0);
        if waiting > 0 {
            break;
        }
        assert!(!waiter.is_finished(), "the second writer did not wait for the first");
        assert!(Instant::now() < deadline, "the second writer never queued on the lock");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!waiter.is_finished());
    holder.kill().unwrap();
    holder.wait().unwrap();
    waiter.join().unwrap().unwrap();
    assert_same(
        "after the wait",
        &data_only(t.observe(org)),
        &data_only(expected(Kind::Postgres, &waiter_snapshot)),
    );
}

#[test]
fn postgres_describe_masks_the_password_and_bad_settings_are_usage_errors() {
    let sink = open("postgres://bob:s3cr3t@127.0.0.1:1/db", &SinkOptions::default()).unwrap();
    assert!(!sink.describe().contains("s3cr3t"), "{}", sink.describe());
    for bad in
        ["postgres://bob@127.0.0.1/db?sslmode=sometimes", "postgres://bob@127.0.0.1/db?sslmode="]
    {
        let err = open(bad, &SinkOptions::default()).err().unwrap();
        assert_eq!(err.exit_code(), 2, "{err}");
    }
    let options = SinkOptions { postgres_schema: "Bad Schema".into(), ..SinkOptions::default() };
    assert!(matches!(
        open("postgres://bob@127.0.0.1/db", &options),
        Err(SinkError::InvalidDestination { .. })
    ));
}

#[test]
fn postgres_sslmode_require_refuses_a_server_without_tls() {
    let Some(url) = pg_url() else { return };
    let sep = if url.contains('?') { '&' } else { '?' };
    for mode in ["require", "verify-full"] {
        let mut sink = open(&format!("{url}{sep}sslmode={mode}"), &SinkOptions::default()).unwrap();
        let err = sink.prepare().unwrap_err();
        assert!(matches!(err, SinkError::Open { .. }), "{mode}: {err}");
    }
    // prefer falls back to a plain connection when the server has no TLS.
    let mut sink = open(
        &format!("{url}{sep}sslmode=prefer"),
        &SinkOptions { postgres_schema: pg_schema("prefer"), ..SinkOptions::default() },
    )
    .unwrap();
    sink.prepare().unwrap();
    drop_pg_schema(&url, &pg_schema("prefer"));
}

/// The TLS-only PostgreSQL server `scripts/test.sh` starts (its pg_hba.conf
/// has `hostssl` lines only), the CA that signed its certificate (for the IP
/// address 127.0.0.1) and an unrelated CA.
fn pg_tls() -> Option<[String; 3]> {
    test_env([
        "ORGSYNC_TEST_POSTGRES_TLS_URL",
        "ORGSYNC_TEST_POSTGRES_TLS_CA",
        "ORGSYNC_TEST_POSTGRES_TLS_OTHER_CA",
    ])
}

/// An error and its causes, as the CLI prints them.
fn causes(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text += &format!("\ncaused by: {cause}");
        source = cause.source();
    }
    text
}

#[test]
fn postgres_tls_verifies_the_server_and_writes_over_tls() {
    let Some([url, ca, other_ca]) = pg_tls() else { return };
    let options = SinkOptions { postgres_schema: pg_schema("tls"), ..SinkOptions::default() };
    let connect = |url: &str, query: &str| -> Result<(), SinkError> {
        open(&format!("{url}?{query}"), &options)?.prepare()
    };
    // The server takes TLS connections only: every success below is over TLS.
    let err = connect(&url, "sslmode=disable").unwrap_err();
    assert!(matches!(err, SinkError::Open { .. }), "{err}");

    // verify-full: the chain leads to the given CA and the address matches.
    let verified = format!("{url}?sslmode=verify-full&sslrootcert={ca}");
    let org = "o-tttttttttt";
    let snapshot = tricky_snapshot(org, "run-tls", 0, 50, 0);
    let mut sink = open(&verified, &options).unwrap();
    sink.prepare().unwrap();
    sink.write_snapshot(&snapshot).unwrap();
    let mut reader = open_reader(&verified, &options).unwrap();
    assert_same(
        "read back over verified TLS",
        &semantic(&reader.read_snapshot(org, None).unwrap()),
        &semantic(&snapshot),
    );

    // A certificate that does not lead to the trusted CA is refused ...
    for mode in ["verify-ca", "verify-full"] {
        let err = connect(&url, &format!("sslmode={mode}&sslrootcert={other_ca}")).unwrap_err();
        assert!(matches!(err, SinkError::Open { .. }), "{mode}: {err}");
        assert!(causes(&err).contains("certificate"), "{mode}: {}", causes(&err));
    }
    // ... unless certificates are not checked (libpq's `require`).
    connect(&url, "sslmode=require").unwrap();
    connect(&url, "sslmode=prefer").unwrap();

    // A host name the certificate does not carry: verify-full refuses it,
    // verify-ca (the chain only) accepts it.
    let by_name = url.replacen("127.0.0.1", "localhost", 1);
    let err = connect(&by_name, &format!("sslmode=verify-full&sslrootcert={ca}")).unwrap_err();
    assert!(causes(&err).contains("certificate"), "{}", causes(&err));
    connect(&by_name, &format!("sslmode=verify-ca&sslrootcert={ca}")).unwrap();
    // The server and its data are thrown away with the test run.
}

// ------------------------------------------------------------------ docs

#[test]
fn docs_schema_md_is_the_generated_markdown() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/schema.md");
    let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
    let generated = orgsync_sink::schema_doc::render_markdown();
    assert!(
        on_disk == generated,
        "docs/schema.md is out of date; regenerate it with `orgsync schema --format markdown > docs/schema.md`"
    );
}

#[test]
fn json_schema_lists_every_table_and_column() {
    let doc: serde_json::Value =
        serde_json::from_str(&orgsync_sink::schema_doc::render_json()).unwrap();
    let tables = doc["tables"].as_array().unwrap();
    assert_eq!(tables.len(), orgsync_schema::ALL_TABLES.len());
    for (t, def) in tables.iter().zip(orgsync_schema::ALL_TABLES) {
        assert_eq!(t["name"], def.name);
        let cols: Vec<&str> =
            t["columns"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(cols, def.column_names().collect::<Vec<_>>());
    }
}

#[test]
fn postgres_destination_of_contract_version_2_is_migrated_in_place() {
    let Some(t) = Target::postgres("v2_migration", 5) else { return };
    let (url, schema) = t.pg.clone().unwrap();
    let first = tricky_snapshot(ORG_A, "run-1", 1, 6, 1);
    t.write(&first);
    // Take the destination back to what contract version 2 had.
    let added_tables = [
        "aws_organizations_handshake",
        "aws_organizations_create_account_status",
        "aws_organizations_resource_policy",
        "aws_organizations_root_access_feature",
        "aws_organizations_effective_policy_validation_error",
        "aws_organizations_responsibility_transfer",
    ];
    let added_columns = [
        ("aws_organizations_account", "aws_paths"),
        ("aws_organizations_organizational_unit", "aws_path"),
        ("orgsync_run", "scope"),
        ("orgsync_run", "accounts_read_as_member"),
        ("orgsync_run", "accounts_read_through_management"),
    ];
    let mut client = pg_client(&url);
    for table in added_tables {
        client
            .batch_execute(&format!(
                "DROP TABLE \"{schema}\".\"{table}\"; DROP TABLE \"{schema}\".\"{table}_history\";"
            ))
            .unwrap();
    }
    for (table, column) in added_columns {
        // orgsync_run is itself the history of runs: it has no companion.
        let history = (table != "orgsync_run").then(|| format!("{table}_history"));
        for t in std::iter::once(table.to_owned()).chain(history) {
            client
                .batch_execute(&format!(
                    "ALTER TABLE \"{schema}\".\"{t}\" DROP COLUMN \"{column}\""
                ))
                .unwrap();
        }
    }
    client
        .batch_execute(&format!("UPDATE \"{schema}\".orgsync_schema_version SET version = 2"))
        .unwrap();

    // The next write migrates in place and writes the new run in full.
    let second = tricky_snapshot(ORG_A, "run-2", 2, 4, 2);
    t.write(&second);
    let version: i64 = client
        .query_one(&format!("SELECT version FROM \"{schema}\".orgsync_schema_version"), &[])
        .unwrap()
        .get(0);
    assert_eq!(version, i64::from(orgsync_schema::SCHEMA_VERSION));
    assert!(version > 2);
    // The new run is written in full (a migrated table has its added
    // columns last, so it is compared by column name, not position).
    for (table, rows) in &second.tables {
        let def = table.def();
        let n: i64 = client
            .query_one(
                &format!(
                    "SELECT COUNT(*) FROM \"{schema}\".\"{}\" WHERE run_id = 'run-2'",
                    def.name
                ),
                &[],
            )
            .unwrap()
            .get(0);
        assert_eq!(n as usize, rows.len(), "{}", def.name);
    }
    let paths: Vec<Option<String>> = client
        .query(
            &format!(
                "SELECT aws_paths::text FROM \"{schema}\".aws_organizations_account ORDER BY account_id"
            ),
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(paths.iter().any(Option::is_some), "aws_paths written after the migration");
    // The version-2 run is still in the history (runs: in orgsync_run),
    // NULL in the added columns.
    for (table, column) in added_columns {
        let kept =
            if table == "orgsync_run" { table.to_owned() } else { format!("{table}_history") };
        let row = client
            .query_one(
                &format!(
                    "SELECT COUNT(*), COUNT(\"{column}\") FROM \"{schema}\".\"{kept}\" WHERE run_id = 'run-1'"
                ),
                &[],
            )
            .unwrap();
        let (rows, filled): (i64, i64) = (row.get(0), row.get(1));
        assert!(rows > 0, "{table}");
        assert_eq!(filled, 0, "{table}.{column}");
    }
    for table in added_tables {
        let n: i64 = client
            .query_one(&format!("SELECT COUNT(*) FROM \"{schema}\".\"{table}\""), &[])
            .unwrap()
            .get(0);
        assert!(n > 0, "{table} written after the migration");
    }
}
