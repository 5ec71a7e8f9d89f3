//! A run's bookkeeping ([`RunRecord`], [`ErrorRecord`]) and the complete set
//! of rows one run produced for one organization ([`Snapshot`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::cell::{Json, RowError, TableRow, Text};
use crate::tables::{ErrorRow, RunRow, TableDef, TableName};
use crate::value::{Row, Value};

/// The run table's name, for messages about its rows.
const RUN: &str = RunRow::DEF.name;

/// Why an `orgsync_run` or `orgsync_error` row read back is not a
/// [`RunRecord`] or [`ErrorRecord`].
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The row does not fit its table (arity, cell types, NULLs).
    #[error(transparent)]
    Row(#[from] RowError),
    /// A counter column of the run holds a negative number.
    #[error("{RUN}.{column} is not a count")]
    NegativeCount {
        /// The column.
        column: &'static str,
    },
    /// The run's `status` is none of the known statuses.
    #[error("unknown run status `{status}`")]
    UnknownStatus {
        /// The status as written.
        status: String,
    },
    /// The run's `counts` is not a JSON object of row counts.
    #[error("{RUN}.counts is not a JSON object of counts: {error}")]
    Counts {
        /// Why it does not parse.
        error: serde_json::Error,
    },
    /// The run's `scope` is not a scope object.
    #[error("{RUN}.scope is not a scope object: {error}")]
    Scope {
        /// Why it does not parse.
        error: serde_json::Error,
    },
}

/// Final status of a run (see the table contract's status semantics).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    /// Every table complete.
    Succeeded,
    /// Some items in `orgsync_error`; the snapshot was committed.
    Partial,
    /// Nothing committed.
    Failed,
}

impl RunStatus {
    /// The value written to `orgsync_run.status`.
    pub fn as_str(self) -> &'static str {
        match self {
            RunStatus::Succeeded => "succeeded",
            RunStatus::Partial => "partial",
            RunStatus::Failed => "failed",
        }
    }

    /// Parses the value of `orgsync_run.status`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "succeeded" => Some(RunStatus::Succeeded),
            "partial" => Some(RunStatus::Partial),
            "failed" => Some(RunStatus::Failed),
            _ => None,
        }
    }
}

/// One row of `orgsync_run`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunRecord {
    pub run_id: String,
    pub org_id: String,
    pub started_at: DateTime<Utc>,
    pub finished_at: Option<DateTime<Utc>>,
    pub status: RunStatus,
    pub tool_version: String,
    pub config_fingerprint: String,
    pub api_calls: u64,
    pub throttled_calls: u64,
    pub retried_calls: u64,
    /// Rows written per table name.
    pub counts: BTreeMap<String, u64>,
    /// Accounts whose per-account Account API reads were made in their own
    /// session (`account_reads`); `None` when no such read was made.
    #[serde(default)]
    pub accounts_read_as_member: Option<u64>,
    /// Accounts whose per-account Account API reads went through the
    /// management session; `None` when no such read was made.
    #[serde(default)]
    pub accounts_read_through_management: Option<u64>,
    /// The part of the organization the run read; `None` for all of it.
    pub scope: Option<Scope>,
    /// How the run read the organization (`None` in runs written before
    /// table contract version 6).
    #[serde(default)]
    pub refresh: Option<RefreshRecord>,
}

/// Whether a run read everything or only what changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RefreshKind {
    /// Every table read from AWS.
    Full,
    /// What changed since the previous run's watermark read, the rest
    /// carried forward from the previous snapshot.
    Incremental,
}

impl RefreshKind {
    /// The value written to `orgsync_run.refresh`.
    pub fn as_str(self) -> &'static str {
        match self {
            RefreshKind::Full => "full",
            RefreshKind::Incremental => "incremental",
        }
    }

    /// Parses the value of `orgsync_run.refresh`.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "full" => Some(RefreshKind::Full),
            "incremental" => Some(RefreshKind::Incremental),
            _ => None,
        }
    }
}

/// How a run read the organization: the `refresh*`, `watermark`,
/// `events_read` and `rows_reread` columns of `orgsync_run`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefreshRecord {
    /// Full or incremental.
    pub kind: RefreshKind,
    /// Why a run that could have been incremental read everything.
    pub reason: Option<String>,
    /// The time up to which changes are reflected (the run's start).
    pub watermark: DateTime<Utc>,
    /// CloudTrail events read (incremental runs).
    pub events_read: Option<u64>,
    /// Data rows read from AWS (incremental runs).
    pub rows_reread: Option<u64>,
}

/// The part of an organization a run reads (`organizational_unit_ids`,
/// `exclude_organizational_unit_ids`, `exclude_account_ids`): the subtrees
/// of the included OUs (all of the organization when none is given), less
/// the excluded OUs' subtrees and the excluded accounts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// Subtrees to read; empty = the whole organization.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organizational_unit_ids: Vec<String>,
    /// Subtrees not to read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude_organizational_unit_ids: Vec<String>,
    /// Accounts not to read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude_account_ids: Vec<String>,
}

impl Scope {
    /// Whether this is the whole organization (nothing included or excluded).
    pub fn is_whole(&self) -> bool {
        self.organizational_unit_ids.is_empty()
            && self.exclude_organizational_unit_ids.is_empty()
            && self.exclude_account_ids.is_empty()
    }

    /// `Some(self)` unless it is the whole organization.
    pub fn limited(self) -> Option<Scope> {
        (!self.is_whole()).then_some(self)
    }

    /// One line for people, e.g. `OUs ou-ab12-11aa22bb; excluding accounts 111122223333`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if !self.organizational_unit_ids.is_empty() {
            parts.push(format!("OUs {}", self.organizational_unit_ids.join(", ")));
        } else {
            parts.push("the whole organization".to_string());
        }
        if !self.exclude_organizational_unit_ids.is_empty() {
            parts
                .push(format!("excluding OUs {}", self.exclude_organizational_unit_ids.join(", ")));
        }
        if !self.exclude_account_ids.is_empty() {
            parts.push(format!("excluding accounts {}", self.exclude_account_ids.join(", ")));
        }
        parts.join("; ")
    }

    /// Whether a resource with this AWS id path (`o-…/r-…/ou-…/…/id/`, as in
    /// the OU and account tables) lies inside the scope.
    pub fn contains_path(&self, path: &str) -> bool {
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let included = self.organizational_unit_ids.is_empty()
            || segments.iter().any(|s| self.organizational_unit_ids.iter().any(|o| o == s));
        let excluded = segments.iter().any(|s| {
            self.exclude_organizational_unit_ids.iter().any(|o| o == s)
                || self.exclude_account_ids.iter().any(|a| a == s)
        });
        included && !excluded
    }
}

impl RunRecord {
    /// The record as an `orgsync_run` row.
    pub fn to_row(&self) -> Row {
        let counts = serde_json::to_string(&self.counts).expect("a map of numbers serialises");
        let refresh = self.refresh.as_ref();
        RunRow {
            run_id: self.run_id.as_str().into(),
            org_id: self.org_id.as_str().into(),
            started_at: self.started_at,
            finished_at: self.finished_at,
            status: self.status.as_str().into(),
            tool_version: self.tool_version.as_str().into(),
            config_fingerprint: self.config_fingerprint.as_str().into(),
            api_calls: count(self.api_calls),
            throttled_calls: count(self.throttled_calls),
            retried_calls: count(self.retried_calls),
            counts: Json(counts),
            scope: self
                .scope
                .as_ref()
                .map(|scope| Json(serde_json::to_string(scope).expect("a scope serialises"))),
            accounts_read_as_member: self.accounts_read_as_member.map(count),
            accounts_read_through_management: self.accounts_read_through_management.map(count),
            refresh: refresh.map(|r| r.kind.as_str().into()),
            refresh_reason: refresh.and_then(|r| r.reason.as_deref()).map(Text::from),
            watermark: refresh.map(|r| r.watermark),
            events_read: refresh.and_then(|r| r.events_read).map(count),
            rows_reread: refresh.and_then(|r| r.rows_reread).map(count),
        }
        .into_row()
    }
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// `row` with NULL for the columns of `table` it lacks (a bookkeeping row
/// written under an older contract: the columns added since are nullable)
/// and without cells past them.
fn padded(table: TableName, row: &[Value]) -> std::borrow::Cow<'_, [Value]> {
    let columns = table.def().columns.len();
    if row.len() == columns {
        return row.into();
    }
    let mut row = row.to_vec();
    row.resize(columns, Value::Null);
    row.into()
}

impl RunRecord {
    /// An `orgsync_run` row read back (in its column order) as a record.
    pub fn from_row(row: &[Value]) -> Result<Self, RecordError> {
        let run = RunRow::from_row(&padded(TableName::Run, row))?;
        let uncount = |column: &'static str, n: i64| {
            u64::try_from(n).map_err(|_| RecordError::NegativeCount { column })
        };
        let opt_count = |n: Option<i64>| n.and_then(|n| u64::try_from(n).ok());
        Ok(RunRecord {
            status: RunStatus::parse(&run.status)
                .ok_or_else(|| RecordError::UnknownStatus { status: run.status.to_string() })?,
            api_calls: uncount(crate::column!(RunRow, api_calls), run.api_calls)?,
            throttled_calls: uncount(crate::column!(RunRow, throttled_calls), run.throttled_calls)?,
            retried_calls: uncount(crate::column!(RunRow, retried_calls), run.retried_calls)?,
            counts: serde_json::from_str(run.counts.as_str())
                .map_err(|error| RecordError::Counts { error })?,
            // NULL for the whole organization (and before the scope was recorded).
            scope: run
                .scope
                .map(|scope| serde_json::from_str(scope.as_str()))
                .transpose()
                .map_err(|error| RecordError::Scope { error })?,
            // Added in table contract version 4: NULL in older rows.
            accounts_read_as_member: opt_count(run.accounts_read_as_member),
            accounts_read_through_management: opt_count(run.accounts_read_through_management),
            // Added in table contract version 6: NULL in older rows.
            refresh: run.refresh.as_deref().and_then(RefreshKind::parse).map(|kind| {
                RefreshRecord {
                    kind,
                    reason: run.refresh_reason.map(String::from),
                    watermark: run.watermark.unwrap_or(run.started_at),
                    events_read: opt_count(run.events_read),
                    rows_reread: opt_count(run.rows_reread),
                }
            }),
            run_id: run.run_id.into(),
            org_id: run.org_id.into(),
            started_at: run.started_at,
            finished_at: run.finished_at,
            tool_version: run.tool_version.into(),
            config_fingerprint: run.config_fingerprint.into(),
        })
    }
}

/// One row of `orgsync_error`: an item that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ErrorRecord {
    pub table_name: String,
    pub resource_id: Option<String>,
    pub api_operation: String,
    pub error_code: String,
    pub message: Option<String>,
}

impl ErrorRecord {
    /// An `orgsync_error` row read back (in its column order) as a record.
    pub fn from_row(row: &[Value]) -> Result<Self, RecordError> {
        let error = ErrorRow::from_row(row)?;
        Ok(ErrorRecord {
            table_name: error.table_name.into(),
            resource_id: error.resource_id.map(String::from),
            api_operation: error.api_operation.into(),
            error_code: error.error_code.into(),
            message: error.message.map(String::from),
        })
    }

    /// The record as an `orgsync_error` row of the given run.
    pub fn to_row(&self, run_id: &str, org_id: &str) -> Row {
        ErrorRow {
            run_id: run_id.into(),
            org_id: org_id.into(),
            table_name: self.table_name.as_str().into(),
            resource_id: self.resource_id.as_deref().map(Text::from),
            api_operation: self.api_operation.as_str().into(),
            error_code: self.error_code.as_str().into(),
            message: self.message.as_deref().map(Text::from),
        }
        .into_row()
    }
}

/// Everything one run read for one organization: the rows of each data
/// table, the run record and the item-level errors.
#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub run: RunRecord,
    /// Rows per data table, each row in its table's column order. A table
    /// that was not extracted is absent; an extracted empty table is present
    /// with no rows.
    pub tables: BTreeMap<TableName, Vec<Row>>,
    pub errors: Vec<ErrorRecord>,
}

impl Snapshot {
    /// The organization this snapshot belongs to.
    pub fn org_id(&self) -> &str {
        &self.run.org_id
    }

    /// Rows of one table (empty when not extracted).
    pub fn rows(&self, table: TableName) -> &[Row] {
        self.tables.get(&table).map_or(&[], Vec::as_slice)
    }

    /// The rows of `R`'s table, typed (none when not extracted). A row
    /// that does not fit its table is left out: none does in a snapshot a
    /// destination returns (each checks rows against the contract on write
    /// and reads cells by column type) or the extractor makes (its rows are
    /// typed).
    pub fn typed<R: TableRow>(&self) -> impl Iterator<Item = R> + '_ {
        self.rows(R::TABLE).iter().filter_map(|row| R::from_row(row).ok())
    }

    /// Every table's rows with the run columns ([`crate::RUN_COLUMNS`]:
    /// `run_id`, `fetched_at`) set to NULL: what two reads of the same
    /// organization agree on, whichever runs wrote the rows.
    pub fn content(&self) -> BTreeMap<TableName, Vec<Row>> {
        self.tables
            .iter()
            .map(|(table, rows)| {
                let def = table.def();
                let run_columns: Vec<usize> =
                    crate::RUN_COLUMNS.iter().filter_map(|c| def.column_index(c)).collect();
                let rows = rows
                    .iter()
                    .map(|row| {
                        let mut row = row.clone();
                        for &i in &run_columns {
                            row[i] = Value::Null;
                        }
                        row
                    })
                    .collect();
                (*table, rows)
            })
            .collect()
    }

    /// The `orgsync_error` rows of this snapshot.
    pub fn error_rows(&self) -> Vec<Row> {
        self.errors.iter().map(|e| e.to_row(&self.run.run_id, &self.run.org_id)).collect()
    }

    /// Every table with its rows, bookkeeping included, in write order.
    pub fn all_table_rows(&self) -> Vec<(&'static TableDef, std::borrow::Cow<'_, [Row]>)> {
        let mut out: Vec<(&'static TableDef, std::borrow::Cow<'_, [Row]>)> = self
            .tables
            .iter()
            .map(|(name, rows)| (name.def(), std::borrow::Cow::Borrowed(rows.as_slice())))
            .collect();
        out.push((TableName::Run.def(), std::borrow::Cow::Owned(vec![self.run.to_row()])));
        out.push((TableName::Error.def(), std::borrow::Cow::Owned(self.error_rows())));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run() -> RunRecord {
        RunRecord {
            run_id: "run-1".into(),
            org_id: "o-1".into(),
            started_at: crate::now_micros(),
            finished_at: None,
            status: RunStatus::Succeeded,
            tool_version: "0".into(),
            config_fingerprint: "f".into(),
            api_calls: 1,
            throttled_calls: 0,
            retried_calls: 0,
            counts: BTreeMap::new(),
            accounts_read_as_member: None,
            accounts_read_through_management: None,
            scope: None,
            refresh: None,
        }
    }

    #[test]
    fn a_run_row_that_is_not_a_record_says_what_is_wrong() {
        let record = run();
        let row = record.to_row();
        assert_eq!(RunRecord::from_row(&row).unwrap(), record);
        let column = |name: &str| TableName::Run.def().column_index(name).unwrap();
        let with = |name: &str, value: Value| {
            let mut row = row.clone();
            row[column(name)] = value;
            RunRecord::from_row(&row).unwrap_err()
        };
        let err = with("api_calls", Value::Int(-1));
        assert!(matches!(err, RecordError::NegativeCount { column: "api_calls" }), "{err:?}");
        assert_eq!(err.to_string(), "orgsync_run.api_calls is not a count");
        let err = with("status", Value::text("lost"));
        assert_eq!(err.to_string(), "unknown run status `lost`");
        let err = with("counts", Value::Json("[]".into()));
        assert!(matches!(err, RecordError::Counts { .. }), "{err:?}");
        assert!(err.to_string().starts_with("orgsync_run.counts is not a JSON object of counts: "));
        let err = with("run_id", Value::Int(1));
        assert!(
            matches!(err, RecordError::Row(RowError::Cell { column: "run_id", .. })),
            "{err:?}"
        );
        assert!(std::error::Error::source(&err).is_none(), "the message is the whole story");
    }
}
