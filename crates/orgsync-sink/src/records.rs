//! Conversions shared by every reader: text cells back to [`Value`]s, and
//! assembling a [`Snapshot`] (its `orgsync_error` rows decoded as
//! [`ErrorRecord`]s) from rows read back.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use orgsync_schema::{
    ColumnType, DATA_TABLES, ErrorRecord, RecordError, Row, RunRecord, Snapshot, TableName, Value,
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

/// Whether a data table read back from a database belongs in the snapshot
/// of `run`: it has rows or the run's `counts` names it.
pub(crate) fn table_in_run(run: &RunRecord, def: &orgsync_schema::TableDef, rows: &[Row]) -> bool {
    !rows.is_empty() || run.counts.contains_key(def.name)
}

/// Builds a snapshot read back from the tables given and the run's
/// `orgsync_error` rows (rows sorted by primary key, errors sorted), or
/// says which error row does not decode.
pub(crate) fn assemble_snapshot(
    run: RunRecord,
    mut tables: BTreeMap<TableName, Vec<Row>>,
    error_rows: &[Row],
) -> Result<Snapshot, RecordError> {
    let mut errors =
        error_rows.iter().map(|row| ErrorRecord::from_row(row)).collect::<Result<Vec<_>, _>>()?;
    for def in DATA_TABLES {
        if let Some(rows) = tables.get_mut(&def.id) {
            sort_rows(def, rows);
        }
    }
    errors.sort();
    Ok(Snapshot { run, tables, errors })
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
