//! The output table contract (v1) of orgsync, as code.
//!
//! This crate is the one source of truth for every table orgsync writes: its
//! name, its columns in order with their logical types, its primary key and a
//! one-line description, each declared once in `tables.rs`. From that one
//! declaration come the [`TableDef`], the [`TableName`] variant, the table
//! lists and a typed row struct per table (`AccountRow`, …, see
//! [`TableRow`]). The extractor builds typed rows and turns them into
//! destination-neutral [`Row`]s in exactly this column order; the readers
//! decode [`Row`]s back into typed rows ([`Snapshot::typed`]); every
//! destination creates its tables from these definitions, and `orgsync
//! schema` prints them.
//!
//! The row model is deliberately small: a [`Value`] is NULL, text, integer,
//! boolean, timestamp (UTC, microseconds) or JSON text. Policy documents are
//! [`Value::Text`] holding the document exactly as AWS returned it.

mod cell;
mod policy_types;
mod snapshot;
mod tables;
mod value;

pub use cell::{Cell, Json, RowError, TableRow, Text, Timestamp, decode_rows};
pub use policy_types::POLICY_TYPES;
pub use snapshot::{
    ErrorRecord, RecordError, RefreshKind, RefreshRecord, RunRecord, RunStatus, Scope, Snapshot,
};
// Every table's definition, `TableName` variant and row struct (`AccountRow`, …).
pub use tables::*;
pub use value::{Row, SharedStr, TextCells, Value, format_timestamp, now_micros, to_micros};
