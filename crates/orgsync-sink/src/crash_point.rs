//! Named points inside every write path where the crash-safety tests stop
//! or fail a writer on purpose.
//!
//! Inert unless one of these environment variables is set (only the test
//! suite sets them):
//!
//! * `ORGSYNC_TEST_PAUSE_AT=<point>`: on reaching `<point>` the process
//!   creates the file named by `ORGSYNC_TEST_PAUSE_SIGNAL` (when set) and
//!   then sleeps forever, so that a test can SIGKILL it at exactly that
//!   moment.
//! * `ORGSYNC_TEST_FAIL_AT=<point>`: on reaching `<point>` the write fails
//!   with an error, as a real failure (disk full, lost connection) would.
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

use crate::error::message;

/// Env var naming the point at which to pause.
pub const PAUSE_AT_ENV: &str = "ORGSYNC_TEST_PAUSE_AT";
/// Env var naming the file created once paused.
pub const PAUSE_SIGNAL_ENV: &str = "ORGSYNC_TEST_PAUSE_SIGNAL";
/// Env var naming the point at which to fail.
pub const FAIL_AT_ENV: &str = "ORGSYNC_TEST_FAIL_AT";

/// Marks that a write reached `point`; pauses or fails there when a test
/// asked for it.
pub(crate) fn reached(point: &str) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    if std::env::var_os(FAIL_AT_ENV).is_some_and(|p| p == point) {
        return Err(message(format!("injected failure at `{point}` ({FAIL_AT_ENV})")));
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
