//! Destinations of orgsync and the [`Sink`] contract they all keep.
//!
//! # The contract
//!
//! A run hands a destination one organization's complete [`Snapshot`]. The
//! destination must make it visible **atomically**:
//!
//! * [`Sink::prepare`] is the health check: it opens/creates the destination,
//!   creates or migrates the schema, and proves it is writable. It changes no
//!   organization's data. It runs before any AWS call so that a bad
//!   destination fails fast (exit 2 for an unparsable destination, exit 1 for
//!   an unreachable one).
//! * [`Sink::write_snapshot`] replaces exactly the rows of the snapshot's
//!   organization in every data table it contains, appends the run to
//!   `orgsync_run` and its item errors to `orgsync_error`, all as one unit:
//!   a transaction for databases, a write to a temporary directory followed by
//!   a rename for file destinations. Rows of other organizations are never
//!   touched. When it returns `Ok`, the snapshot is durable; when it returns
//!   `Err`, or the process dies at any point inside it (even by SIGKILL), the
//!   previous snapshot of that organization is still there, unchanged and
//!   readable.
//! * [`Sink::record_failed_run`] records a run that ended `failed` (nothing
//!   committed) in the run history where the destination can do so without
//!   touching any snapshot. It is best effort.
//!
//! Two runs for the same organization writing at once must not interleave:
//! one waits for the other or fails with a clear error.

mod error;
pub mod sqlite;

pub use error::SinkError;
use orgsync_schema::{ErrorRecord, RunRecord, Snapshot};

/// A destination for organization snapshots. See the crate docs for the
/// guarantees each method gives.
pub trait Sink: Send {
    /// Where the data goes, for messages; never contains a secret.
    fn describe(&self) -> String;

    /// Health check and schema creation/migration. Changes no data.
    fn prepare(&mut self) -> Result<(), SinkError>;

    /// Atomically replaces the snapshot of `snapshot.org_id()`.
    fn write_snapshot(&mut self, snapshot: &Snapshot) -> Result<(), SinkError>;

    /// Records a failed run without touching any snapshot (best effort).
    fn record_failed_run(
        &mut self,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), SinkError>;
}
