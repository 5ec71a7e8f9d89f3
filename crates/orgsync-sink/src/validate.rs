//! The check every destination runs on a snapshot before writing anything:
//! the snapshot must match the table contract of `orgsync-schema`.

use orgsync_schema::{ColumnType, ORG_ID, RUN_ID, RunRecord, Snapshot, TableDef, TableName, Value};

/// Why a snapshot breaks the table contract, or `Ok` when it keeps it.
pub(crate) fn check_snapshot(snapshot: &Snapshot) -> Result<(), String> {
    let org_id = snapshot.org_id();
    let run_id = snapshot.run.run_id.as_str();
    if org_id.is_empty() {
        return Err("the run has an empty org_id".into());
    }
    if run_id.is_empty() {
        return Err("the run has an empty run_id".into());
    }
    for (def, rows) in snapshot.all_table_rows() {
        // Every row names the run's organization and the run itself.
        let stamps = [(ORG_ID, org_id, "the run's organization"), (RUN_ID, run_id, "the run's id")]
            .map(|(column, value, what)| {
                (def.column_index(column).expect("every table has it"), column, value, what)
            });
        for (n, row) in rows.iter().enumerate() {
            check_row(def, row).map_err(|e| format!("{} row {}: {e}", def.name, n + 1))?;
            for (index, column, value, what) in stamps {
                if row[index].as_str() != Some(value) {
                    return Err(format!(
                        "{} row {}: {column} {:?} differs from {what} `{value}`",
                        def.name,
                        n + 1,
                        row[index]
                    ));
                }
            }
        }
    }
    Ok(())
}

/// Why the run row of a failed run breaks the table contract, or `Ok` when
/// it keeps it.
pub(crate) fn check_run(run: &RunRecord) -> Result<(), String> {
    let def = TableName::Run.def();
    check_row(def, &run.to_row()).map_err(|reason| format!("{}: {reason}", def.name))
}

/// Checks one row against its table: column count, types, NULLs.
pub(crate) fn check_row(def: &TableDef, row: &[Value]) -> Result<(), String> {
    if row.len() != def.columns.len() {
        return Err(format!("{} values for {} columns", row.len(), def.columns.len()));
    }
    for (col, value) in def.columns.iter().zip(row) {
        let fits = match (col.ty, value) {
            (_, Value::Null) => col.nullable,
            (ColumnType::Text, Value::Text(_))
            | (ColumnType::Integer, Value::Int(_))
            | (ColumnType::Boolean, Value::Bool(_))
            | (ColumnType::Timestamp, Value::Timestamp(_)) => true,
            (ColumnType::Json, Value::Json(text)) => {
                serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
            }
            _ => false,
        };
        if !fits {
            let what = match value {
                Value::Null => "NULL in a NOT NULL column".to_string(),
                Value::Json(_) if col.ty == ColumnType::Json => "text that is not JSON".to_string(),
                other => format!("{other:?} does not fit type {:?}", col.ty),
            };
            return Err(format!("column `{}`: {what}", col.name));
        }
    }
    Ok(())
}
