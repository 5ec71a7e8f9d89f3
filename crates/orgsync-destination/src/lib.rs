//! Where orgsync writes, as data: the destination string
//! ([`Destination`]: `sqlite:PATH`, the default [`DEFAULT_DESTINATION`],
//! `postgres://…`/`postgresql://…`, `parquet:DIR`, `csv:DIR`, `jsonl:DIR`),
//! parsed, shown with any password masked ([`mask_password`]), the options
//! every destination receives ([`SinkOptions`]) and the errors of
//! destinations ([`SinkError`]).
//!
//! This crate links no destination's client library (no SQLite, PostgreSQL,
//! Arrow or Parquet): the configuration (`orgsync-core`) validates
//! destinations with it, and only `orgsync-sink`, which opens and writes
//! them, links those libraries.

mod destination;
mod error;

pub use destination::{DEFAULT_DESTINATION, Destination, mask_password};
pub use error::SinkError;

/// Settings of destinations beyond the destination string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SinkOptions {
    /// CSV only: prefix cells that begin with `=`, `+`, `-`, `@`, tab or
    /// carriage return with `'` so that spreadsheets do not run them as
    /// formulas. Default `true`.
    pub csv_formula_escape: bool,
    /// PostgreSQL only: the schema holding the tables. Default `orgsync`.
    pub postgres_schema: String,
    /// PostgreSQL only: where the Steampipe-compatible views go
    /// (`orgsync_sink::postgres::steampipe`).
    pub postgres_steampipe_schema: SteampipeViews,
    /// Committed snapshots kept per organization (databases: in
    /// `<table>_history`; files: rows of `orgsync_run`). `0` keeps none.
    /// Default 30.
    pub history_runs: usize,
}

impl Default for SinkOptions {
    fn default() -> Self {
        SinkOptions {
            csv_formula_escape: true,
            postgres_schema: "orgsync".into(),
            postgres_steampipe_schema: SteampipeViews::Default,
            history_runs: 30,
        }
    }
}

/// Where the PostgreSQL destination creates its Steampipe-compatible views
/// (`postgres_steampipe_schema`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SteampipeViews {
    /// `steampipe` beside the default table schema `orgsync`, otherwise
    /// `<postgres_schema>_steampipe`, so that two orgsync schemas in one
    /// database never replace each other's views.
    #[default]
    Default,
    /// In this schema.
    Schema(String),
    /// None (`postgres_steampipe_schema = "none"`).
    Off,
}

impl SteampipeViews {
    /// The configuration value that turns the views off.
    pub const OFF: &'static str = "none";

    /// The views' schema for tables in `table_schema`; `None` when off.
    pub fn schema_for(&self, table_schema: &str) -> Option<String> {
        match self {
            SteampipeViews::Default if table_schema == "orgsync" => Some("steampipe".into()),
            SteampipeViews::Default => Some(format!("{table_schema}_steampipe")),
            SteampipeViews::Schema(name) => Some(name.clone()),
            SteampipeViews::Off => None,
        }
    }
}
