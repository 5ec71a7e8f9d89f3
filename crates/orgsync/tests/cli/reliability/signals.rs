//! Crash and cancellation: SIGINT/SIGTERM in the middle of a run stop the
//! calls, commit nothing, record the run as failed and exit 130/143;
//! SIGKILL while the rows are being written leaves the previous snapshot
//! intact and the database usable.

use std::time::{Duration, Instant};

use orgsync_emulator::{LatencySpec, Profile, ProfileSpec};

use super::support::{
    NO_CONTACTS, ScratchDb, assert_same_tables, describe, emulator, figures, first_snapshot,
    remove_a_member, runs, sqlite_tables, sync, sync_command,
};

/// An emulator that answers every call after 150 ms, so a run lasts seconds.
fn slow() -> ProfileSpec {
    ProfileSpec { latency: LatencySpec { fixed_ms: 150.0, jitter_ms: 0.0 }, ..ProfileSpec::fast() }
}

/// Sends `signal` to the child process.
fn kill(pid: u32, signal: &str) {
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

async fn cancelled_by(signal: &str, exit_code: i32) {
    let emulator = emulator(60, 41, ProfileSpec::fast()).await;
    let db = ScratchDb::new();
    let before = first_snapshot(&emulator, &db, NO_CONTACTS).await;
    let org_calls_before = emulator.controls().organizations_calls();
    // A change the cancelled run must not write.
    remove_a_member(&emulator);
    emulator.controls().set_profile(Profile::Custom(slow()));

    let mut cmd = sync_command(&emulator, &db.destination, NO_CONTACTS);
    let child = cmd.spawn().unwrap();
    let pid = child.id().unwrap();
    // Wait until the run is extracting (some Organizations calls served).
    let deadline = Instant::now() + Duration::from_secs(30);
    while emulator.controls().organizations_calls() < org_calls_before + 10 {
        assert!(Instant::now() < deadline, "the run never started extracting");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    kill(pid, signal);
    let signalled = Instant::now();
    let output = child.wait_with_output().await.unwrap();
    let stopped_after = signalled.elapsed();
    assert_eq!(output.status.code(), Some(exit_code), "{}", describe(&output));
    assert!(stopped_after < Duration::from_secs(5), "stopped {stopped_after:?} after {signal}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(&format!("cancelled by SIG{signal}")), "{stderr}");
    assert!(stderr.contains("nothing was committed"), "{stderr}");

    // No call after the exit.
    let calls_at_exit = emulator.controls().counters().total_calls();
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(emulator.controls().counters().total_calls(), calls_at_exit);

    let compared =
        assert_same_tables(&before, &sqlite_tables(&db.path, &emulator.org_id()), "cancelled");
    let runs = runs(&db.path);
    assert_eq!(
        runs.iter().map(|r| r.status.as_str()).collect::<Vec<_>>(),
        vec!["succeeded", "failed"]
    );
    let conn = rusqlite::Connection::open(&db.path).unwrap();
    let code: String = conn
        .query_row(
            "SELECT error_code FROM orgsync_error WHERE run_id = ?1",
            [&runs[1].run_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(code, "Cancelled");
    figures(&format!("cancel_{signal}"), 1, 2, compared, 0);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigint_mid_run_commits_nothing_records_a_failed_run_and_exits_130() {
    cancelled_by("INT", 130).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_mid_run_commits_nothing_records_a_failed_run_and_exits_143() {
    cancelled_by("TERM", 143).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_while_rows_are_written_leaves_the_previous_snapshot_intact() {
    let emulator = emulator(60, 42, ProfileSpec::fast()).await;
    let db = ScratchDb::new();
    let before = first_snapshot(&emulator, &db, NO_CONTACTS).await;
    let removed = remove_a_member(&emulator);

    let paused = db.dir.path().join("paused");
    let mut cmd = sync_command(&emulator, &db.destination, NO_CONTACTS);
    cmd.env("ORGSYNC_TEST_PAUSE_AT", "rows_written").env("ORGSYNC_TEST_PAUSE_SIGNAL", &paused);
    let mut child = cmd.spawn().unwrap();
    let pid = child.id().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !paused.exists() {
        if child.try_wait().unwrap().is_some() {
            let output = child.wait_with_output().await.unwrap();
            panic!("the sync ended before `rows_written`: {}", describe(&output));
        }
        assert!(Instant::now() < deadline, "the write never reached `rows_written`");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    kill(pid, "KILL");
    let output = child.wait_with_output().await.unwrap();
    assert_eq!(output.status.code(), None, "killed by a signal");

    // An independent reader sees the previous snapshot, whole.
    let conn = rusqlite::Connection::open(&db.path).unwrap();
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    drop(conn);
    let compared =
        assert_same_tables(&before, &sqlite_tables(&db.path, &emulator.org_id()), "after SIGKILL");
    assert_eq!(runs(&db.path).iter().filter(|r| r.status == "succeeded").count(), 1);

    // And the next run writes over it normally.
    let output = sync(&emulator, &db.destination, NO_CONTACTS).await;
    assert_eq!(output.status.code(), Some(0), "{}", describe(&output));
    let after = sqlite_tables(&db.path, &emulator.org_id());
    assert!(!after["aws_organizations_account"].iter().any(|r| r[1] == format!("'{removed}'")));
    figures("sigkill_during_write", 1, 3, compared, 0);
    emulator.shutdown().await;
}
