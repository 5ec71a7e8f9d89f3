//! Destinations of orgsync and the [`Sink`] contract they all keep.
//!
//! # Opening a destination
//!
//! [`open`] parses a destination string — `sqlite:PATH` (the default,
//! [`DEFAULT_DESTINATION`]), `postgres://…`/`postgresql://…`, `parquet:DIR`,
//! `csv:DIR`, `jsonl:DIR` — and returns its [`Sink`]; [`open_reader`] returns
//! a [`Reader`] over what earlier runs wrote. Both only parse: nothing is
//! touched before [`Sink::prepare`] or the first read. All methods block
//! (PostgreSQL runs its own small runtime); from async code call them on a
//! blocking thread (`tokio::task::spawn_blocking`).
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
//!   an atomic swap for file destinations (see [`atomic_dir`]). Rows of other
//!   organizations are never touched. Data tables the snapshot does not
//!   contain (an opt-in table not extracted this time) keep their previous
//!   rows. When it returns `Ok`, the snapshot is durable; when it returns
//!   `Err`, or the process dies at any point inside it (even by SIGKILL), the
//!   previous snapshot of that organization is still there, unchanged and
//!   readable. Before writing anything the snapshot is checked against the
//!   table contract (column count and types, NULLs only in nullable columns,
//!   every row's `org_id`/`run_id` equal to the run's); a snapshot that
//!   breaks it is rejected with [`SinkError::InvalidSnapshot`].
//! * [`Sink::record_failed_run`] records a run that ended `failed` (nothing
//!   committed) in the run history where the destination can do so without
//!   touching any snapshot. It is best effort. Databases append to
//!   `orgsync_run`/`orgsync_error`; file destinations keep the record in
//!   `DIR/.<org_id>.failed-runs.jsonl` and fold it into `orgsync_run` and
//!   `orgsync_error` with the organization's next snapshot.
//!
//! Two runs for the same organization writing at once never interleave: the
//! second waits for the first to finish (SQLite: the database write lock
//! with a 10-minute busy timeout; PostgreSQL: a transaction-scoped advisory
//! lock keyed by a hash of the schema and `org_id`; files: an exclusive
//! `flock` on `DIR/.<org_id>.lock`), then replaces its result. Runs for
//! different organizations proceed concurrently where the destination
//! allows it (PostgreSQL and files; SQLite has one writer at a time).
//!
//! # History
//!
//! The databases keep the last [`SinkOptions::history_runs`] committed
//! snapshots of each organization in `<table>_history` tables (same columns,
//! keyed by `run_id` first), pruned per organization on every write; the
//! current tables stay plain tables. File destinations keep only the current
//! snapshot, and carry the last `history_runs` rows of `orgsync_run` (with
//! their `orgsync_error` rows) from one snapshot to the next.
//!
//! # Reading back
//!
//! [`Reader::read_runs`] lists an organization's runs (failed ones
//! included), oldest first; [`Reader::read_snapshot`] returns the current
//! snapshot (`run_id = None`) or a kept historical one. A table is present in
//! a snapshot read back when it has rows or the run's `counts` names it.
//! Rows come back ordered by primary key (by every column for
//! `orgsync_error`). PostgreSQL returns JSON columns as `jsonb` renders them
//! (same document, normalised whitespace and key order).

pub mod atomic_dir;
pub mod crash_point;
mod csv;
pub mod ddl;
mod destination;
mod error;
mod file_sink;
mod jsonl;
mod parquet;
pub mod postgres;
mod records;
pub mod schema_doc;
pub mod sql;
pub mod sqlite;
mod validate;

pub use orgsync_destination::{
    DEFAULT_DESTINATION, Destination, SinkError, SinkOptions, SteampipeViews, mask_password,
};
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

/// Read access to what runs wrote into a destination (for `diff`, `tree`,
/// `report`). Reading never creates or changes anything.
pub trait Reader: Send {
    /// Where the data comes from, for messages; never contains a secret.
    fn describe(&self) -> String;

    /// Organizations with at least one recorded run, sorted. A run that
    /// failed before the organization was known (e.g. authentication) is
    /// recorded with an empty `org_id` and is not listed here.
    fn organizations(&mut self) -> Result<Vec<String>, SinkError>;

    /// Every recorded run of `org_id` (failed ones included), oldest first.
    /// Empty when the organization has no run.
    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, SinkError>;

    /// The snapshot of `org_id` written by `run_id`, or the current one when
    /// `run_id` is `None`. [`SinkError::NotFound`] when there is none, the run
    /// failed, or it is older than the kept history.
    fn read_snapshot(&mut self, org_id: &str, run_id: Option<&str>) -> Result<Snapshot, SinkError>;
}

/// A destination that is both a [`Sink`] and a [`Reader`].
trait Store: Sink + Reader {}
impl<T: Sink + Reader> Store for T {}

/// The destination `destination` names, unopened.
fn store(destination: &str, options: &SinkOptions) -> Result<Box<dyn Store>, SinkError> {
    let options = options.clone();
    Ok(match Destination::parse(destination)? {
        Destination::Sqlite(path) => Box::new(sqlite::SqliteSink::new(path, options)),
        Destination::Postgres(url) => Box::new(postgres::PostgresSink::new(&url, options)?),
        Destination::Parquet(dir) => {
            Box::new(file_sink::FileSink::new(dir, parquet::ParquetFormat, options))
        }
        Destination::Csv(dir) => {
            Box::new(file_sink::FileSink::new(dir, csv_format(&options), options))
        }
        Destination::Jsonl(dir) => {
            Box::new(file_sink::FileSink::new(dir, jsonl::JsonlFormat, options))
        }
    })
}

/// Parses `destination` and returns its sink. Touches nothing until
/// [`Sink::prepare`]. [`SinkError::InvalidDestination`] (exit code 2) when the
/// string does not parse or an option is invalid.
pub fn open(destination: &str, options: &SinkOptions) -> Result<Box<dyn Sink>, SinkError> {
    Ok(store(destination, options)?)
}

/// Parses `destination` and returns a reader over it. Touches nothing until
/// the first read, and never creates the destination.
pub fn open_reader(destination: &str, options: &SinkOptions) -> Result<Box<dyn Reader>, SinkError> {
    Ok(store(destination, options)?)
}

fn csv_format(options: &SinkOptions) -> csv::CsvFormat {
    csv::CsvFormat { formula_escape: options.csv_formula_escape }
}

/// The text a CSV cell holds for `value` (formula escape applied when
/// `formula_escape`), `None` for NULL. For tests and tools that check CSV
/// output.
pub fn csv_cell_text(value: &orgsync_schema::Value, formula_escape: bool) -> Option<String> {
    csv::cell_text(value, formula_escape)
}
