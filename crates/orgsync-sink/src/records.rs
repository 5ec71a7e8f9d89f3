//! Conversions shared by every reader: `orgsync_run`/`orgsync_error` rows
//! back to [`RunRecord`]/[`ErrorRecord`], text cells back to [`Value`]s, and
//! assembling a [`Snapshot`] from rows read back.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use orgsync_schema::{
    ColumnType, DATA_TABLES, ErrorRecord, RefreshKind, RefreshRecord, Row, RunRecord, RunStatus,
    Snapshot, TableName, Value,
};

/// Parses an RFC 3339 timestamp into UTC.
pub(crate) fn parse_timestamp(text: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("`{text}` is not an RFC 3339 timestamp: {e}"))
}

/// Parses a text cell of a column of type `ty` (text destinations).
pub(crate) fn parse_cell(ty: ColumnType, text: &str) -> Result<Value, String> {
    Ok(match ty {
        ColumnType::Text => Value::text(text.to_string()),
        ColumnType::Json => Value::Json(text.to_string()),
        ColumnType::Integer => {
            Value::Int(text.parse().map_err(|e| format!("`{text}` is not an integer: {e}"))?)
        }
        ColumnType::Boolean => Value::Bool(match text {
            "true" | "1" => true,
            "false" | "0" => false,
            other => return Err(format!("`{other}` is not a boolean")),
        }),
        ColumnType::Timestamp => Value::Timestamp(parse_timestamp(text)?),
    })
}

fn text_at(row: &Row, index: usize, column: &str) -> Result<String, String> {
    row.get(index)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("orgsync_run.{column} is missing or not text"))
}

fn count_at(row: &Row, index: usize, column: &str) -> Result<u64, String> {
    row.get(index)
        .and_then(Value::as_i64)
        .and_then(|i| u64::try_from(i).ok())
        .ok_or_else(|| format!("orgsync_run.{column} is missing or not a count"))
}

fn opt_count_at(row: &Row, index: usize) -> Option<u64> {
    row.get(index).and_then(Value::as_i64).and_then(|i| u64::try_from(i).ok())
}

/// An `orgsync_run` row (in its column order) back as a [`RunRecord`].
pub(crate) fn run_from_row(row: &Row) -> Result<RunRecord, String> {
    let status = text_at(row, 4, "status")?;
    let counts = text_at(row, 10, "counts")?;
    Ok(RunRecord {
        run_id: text_at(row, 0, "run_id")?,
        org_id: text_at(row, 1, "org_id")?,
        started_at: row[2].as_timestamp().ok_or("orgsync_run.started_at is missing")?,
        finished_at: row[3].as_timestamp(),
        status: RunStatus::parse(&status)
            .ok_or_else(|| format!("unknown run status `{status}`"))?,
        tool_version: text_at(row, 5, "tool_version")?,
        config_fingerprint: text_at(row, 6, "config_fingerprint")?,
        api_calls: count_at(row, 7, "api_calls")?,
        throttled_calls: count_at(row, 8, "throttled_calls")?,
        retried_calls: count_at(row, 9, "retried_calls")?,
        counts: serde_json::from_str(&counts)
            .map_err(|e| format!("orgsync_run.counts is not a JSON object of counts: {e}"))?,
        // Absent in destinations written before the scope was recorded.
        scope: match row.get(11).and_then(Value::as_str) {
            Some(text) => Some(
                serde_json::from_str(text)
                    .map_err(|e| format!("orgsync_run.scope is not a scope object: {e}"))?,
            ),
            None => None,
        },
        // Added in table contract version 4: absent from older rows.
        accounts_read_as_member: opt_count_at(row, 12),
        accounts_read_through_management: opt_count_at(row, 13),
        // Added in table contract version 6: absent from older rows.
        refresh: row.get(14).and_then(Value::as_str).and_then(RefreshKind::parse).map(|kind| {
            RefreshRecord {
                kind,
                reason: row.get(15).and_then(Value::as_str).map(str::to_owned),
                watermark: row
                    .get(16)
                    .and_then(Value::as_timestamp)
                    .unwrap_or(row[2].as_timestamp().unwrap_or_default()),
                events_read: opt_count_at(row, 17),
                rows_reread: opt_count_at(row, 18),
            }
        }),
    })
}

/// An `orgsync_error` row (in its column order) back as an [`ErrorRecord`].
pub(crate) fn error_from_row(row: &Row) -> Result<ErrorRecord, String> {
    let text = |i: usize| row.get(i).and_then(Value::as_str).map(str::to_string);
    Ok(ErrorRecord {
        table_name: text(2).ok_or("orgsync_error.table_name is missing")?,
        resource_id: text(3),
        api_operation: text(4).ok_or("orgsync_error.api_operation is missing")?,
        error_code: text(5).ok_or("orgsync_error.error_code is missing")?,
        message: text(6),
    })
}

/// Whether a data table read back from a database belongs in the snapshot
/// of `run`: it has rows or the run's `counts` names it.
pub(crate) fn table_in_run(run: &RunRecord, def: &orgsync_schema::TableDef, rows: &[Row]) -> bool {
    !rows.is_empty() || run.counts.contains_key(def.name)
}

/// Builds a snapshot read back from the tables given (rows sorted by
/// primary key, errors sorted).
pub(crate) fn assemble_snapshot(
    run: RunRecord,
    mut tables: BTreeMap<TableName, Vec<Row>>,
    mut errors: Vec<ErrorRecord>,
) -> Snapshot {
    for def in DATA_TABLES {
        if let Some(rows) = tables.get_mut(&def.id) {
            sort_rows(def, rows);
        }
    }
    errors.sort();
    Snapshot { run, tables, errors }
}

/// Sorts rows by the table's primary key (by all columns when it has none).
pub(crate) fn sort_rows(def: &orgsync_schema::TableDef, rows: &mut [Row]) {
    let key: Vec<usize> = def.primary_key.iter().filter_map(|k| def.column_index(k)).collect();
    if key.is_empty() {
        rows.sort();
    } else {
        rows.sort_by(|a, b| {
            key.iter()
                .map(|&i| a[i].cmp(&b[i]))
                .find(|o| o.is_ne())
                .unwrap_or(std::cmp::Ordering::Equal)
        });
    }
}
