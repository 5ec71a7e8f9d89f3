//! Named points inside every write path where the crash-safety tests stop
//! or fail a writer on purpose.
//!
//! Compiled in only with the cargo feature `failpoints` (off by default; the
//! test suite turns it on through dev-dependencies). A default or release
//! build has no crash points: `reached` is an empty function there and no
//! environment variable is read, so a stray `ORGSYNC_TEST_PAUSE_AT` cannot
//! make a real sync sleep.
//!
//! With the feature, inert unless one of these environment variables is set
//! (only the test suite sets them):
//!
//! * `ORGSYNC_TEST_PAUSE_AT=<point>`: on reaching `<point>` the process
//!   creates the file named by `ORGSYNC_TEST_PAUSE_SIGNAL` (when set) and
//!   then sleeps forever, so that a test can SIGKILL it at exactly that
//!   moment.
//! * `ORGSYNC_TEST_FAIL_AT=<point>`: on reaching `<point>` the write fails
//!   with an error, as a real failure (disk full, lost connection) would.
//! * `ORGSYNC_TEST_FORCE_TWO_RENAMES` (read by
//!   [`atomic_dir`](crate::atomic_dir) through `force_two_renames`): the
//!   file destinations take the two-rename path even where the kernel can
//!   exchange two directories atomically.
//!
//! Points, in the order a write reaches them:
//!
//! | point | where |
//! |---|---|
//! | `rows_written` | databases: every row inserted, transaction not committed |
//! | `first_file_written` | files: one table file in the temporary directory |
//! | `temp_written` | files: the temporary directory complete and fsynced |
//! | `between_renames` | files, two-rename protocol: old snapshot moved aside, new not yet in place |
//! | `swapped` | files: new snapshot in place, old one not yet removed |
//! | `create_ltree` | PostgreSQL, creating the schema: about to install the `ltree` extension for the Steampipe views (failing here stands for a server or user that cannot) |

/// Env var naming the point at which to pause.
pub const PAUSE_AT_ENV: &str = "ORGSYNC_TEST_PAUSE_AT";
/// Env var naming the file created once paused.
pub const PAUSE_SIGNAL_ENV: &str = "ORGSYNC_TEST_PAUSE_SIGNAL";
/// Env var naming the point at which to fail.
pub const FAIL_AT_ENV: &str = "ORGSYNC_TEST_FAIL_AT";
/// Env var that forces the two-rename fallback (tests exercise both paths).
pub const FORCE_TWO_RENAMES_ENV: &str = "ORGSYNC_TEST_FORCE_TWO_RENAMES";

/// Whether this build has crash points (the cargo feature `failpoints`).
pub const ENABLED: bool = cfg!(feature = "failpoints");

/// Every point, in the order a write reaches them.
pub const POINTS: &[&str] = &[
    "rows_written",
    "first_file_written",
    "temp_written",
    "between_renames",
    "swapped",
    "create_ltree",
];

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Marks that a write reached `point`; pauses or fails there when a test
/// asked for it.
#[cfg(feature = "failpoints")]
pub(crate) fn reached(point: &str) -> Result<(), BoxError> {
    debug_assert!(POINTS.contains(&point), "unknown crash point `{point}`");
    if std::env::var_os(FAIL_AT_ENV).is_some_and(|p| p == point) {
        return Err(crate::error::message(format!(
            "injected failure at `{point}` ({FAIL_AT_ENV})"
        )));
    }
    if std::env::var_os(PAUSE_AT_ENV).is_some_and(|p| p == point) {
        if let Some(signal) = std::env::var_os(PAUSE_SIGNAL_ENV) {
            let _ = std::fs::write(signal, point);
        }
        loop {
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
    }
    Ok(())
}

/// Without the `failpoints` feature a crash point does nothing and reads no
/// environment variable.
#[cfg(not(feature = "failpoints"))]
#[inline(always)]
pub(crate) fn reached(_point: &str) -> Result<(), BoxError> {
    Ok(())
}

/// Whether a test asked the file destinations for the two-rename path
/// (`ORGSYNC_TEST_FORCE_TWO_RENAMES`); always `false` without the
/// `failpoints` feature.
pub(crate) fn force_two_renames() -> bool {
    ENABLED && std::env::var_os(FORCE_TWO_RENAMES_ENV).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Set in the child process of
    /// `a_default_build_ignores_the_crash_point_variables`.
    #[cfg(not(feature = "failpoints"))]
    const CHILD_ENV: &str = "ORGSYNC_CRASH_POINT_CHILD";

    /// The child half of the test below: reaches every point with the crash
    /// point variables set, and must get through all of them.
    #[cfg(not(feature = "failpoints"))]
    #[test]
    fn default_build_child() {
        if std::env::var_os(CHILD_ENV).is_none() {
            return;
        }
        for point in POINTS {
            reached(point).unwrap();
        }
        assert!(!force_two_renames());
    }

    /// A default-feature build (what `cargo build --release` and
    /// `cargo install` produce) neither pauses nor fails at a crash point,
    /// whatever `ORGSYNC_TEST_*` says. Runs in a child process because the
    /// environment of this one cannot be changed safely.
    #[cfg(not(feature = "failpoints"))]
    #[test]
    fn a_default_build_ignores_the_crash_point_variables() {
        use std::time::{Duration, Instant};
        const { assert!(!ENABLED) };
        let dir = tempfile::tempdir().unwrap();
        let signal = dir.path().join("paused");
        // /proc/self/exe stays valid even when a concurrent build replaces
        // the test binary on disk.
        let mut child = std::process::Command::new("/proc/self/exe")
            .args(["crash_point::tests::default_build_child", "--exact", "--test-threads=1"])
            .env(CHILD_ENV, "1")
            .env(PAUSE_AT_ENV, "rows_written")
            .env(PAUSE_SIGNAL_ENV, &signal)
            .env(FAIL_AT_ENV, "temp_written")
            .env(FORCE_TWO_RENAMES_ENV, "1")
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                child.kill().unwrap();
                child.wait().unwrap();
                panic!("the child is still running: it paused at a crash point");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        assert!(status.success(), "a crash point failed in a default build: {status}");
        assert!(!signal.exists(), "a crash point paused in a default build");
    }

    /// With the feature, a write stops or fails only at the point named.
    #[cfg(feature = "failpoints")]
    #[test]
    fn with_the_feature_unnamed_points_pass() {
        const { assert!(ENABLED) };
        // The test environment names no point (the crash tests set the
        // variables only in child processes).
        if std::env::var_os(FAIL_AT_ENV).is_none() && std::env::var_os(PAUSE_AT_ENV).is_none() {
            for point in POINTS {
                reached(point).unwrap();
            }
        }
    }
}
