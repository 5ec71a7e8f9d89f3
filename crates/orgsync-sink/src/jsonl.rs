//! The JSON Lines format of `jsonl:DIR`: one file per table, one JSON object
//! per row with the columns in contract order. Integers are JSON numbers,
//! booleans `true`/`false`, NULL `null`, timestamps RFC 3339 strings (UTC,
//! `Z`), and JSON columns (`policy_types`, `counts`) strings holding the JSON
//! text, as the table contract says.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;

use orgsync_schema::{ColumnType, Row, TableDef, Value, format_timestamp};

use crate::error::message;
use crate::file_sink::FileFormat;
use crate::records::parse_timestamp;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `jsonl:DIR`
pub(crate) struct JsonlFormat;

fn write_value(out: &mut impl Write, value: &Value) -> Result<(), BoxError> {
    match value {
        Value::Null => out.write_all(b"null")?,
        Value::Text(s) => serde_json::to_writer(&mut *out, s.as_str())?,
        Value::Json(s) => serde_json::to_writer(&mut *out, s)?,
        Value::Int(i) => write!(out, "{i}")?,
        Value::Bool(b) => write!(out, "{b}")?,
        Value::Timestamp(t) => serde_json::to_writer(&mut *out, &format_timestamp(*t))?,
    }
    Ok(())
}

fn read_value(ty: ColumnType, json: &serde_json::Value) -> Result<Value, String> {
    use serde_json::Value as J;
    Ok(match (ty, json) {
        (_, J::Null) => Value::Null,
        (ColumnType::Text, J::String(s)) => Value::text(s.as_str()),
        (ColumnType::Json, J::String(s)) => Value::Json(s.clone()),
        (ColumnType::Timestamp, J::String(s)) => Value::Timestamp(parse_timestamp(s)?),
        (ColumnType::Integer, J::Number(n)) => {
            Value::Int(n.as_i64().ok_or("integer out of range")?)
        }
        (ColumnType::Boolean, J::Bool(b)) => Value::Bool(*b),
        (ty, other) => return Err(format!("{other} does not fit a {ty:?} column")),
    })
}

impl FileFormat for JsonlFormat {
    fn kind(&self) -> &'static str {
        "jsonl"
    }

    fn write_table(&self, path: &Path, def: &TableDef, rows: &[Row]) -> Result<(), BoxError> {
        let keys: Vec<String> =
            def.columns.iter().map(|c| serde_json::to_string(c.name)).collect::<Result<_, _>>()?;
        let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
        for row in rows {
            out.write_all(b"{")?;
            for (i, (key, value)) in keys.iter().zip(row).enumerate() {
                if i > 0 {
                    out.write_all(b",")?;
                }
                out.write_all(key.as_bytes())?;
                out.write_all(b":")?;
                write_value(&mut out, value)?;
            }
            out.write_all(b"}\n")?;
        }
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    }

    fn read_table(&self, path: &Path, def: &TableDef) -> Result<Vec<Row>, BoxError> {
        let mut out = Vec::new();
        for (n, line) in BufReader::new(File::open(path)?).lines().enumerate() {
            let line = line?;
            if line.is_empty() {
                continue;
            }
            let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&line)?;
            let row = def
                .columns
                .iter()
                .map(|c| {
                    read_value(c.ty, object.get(c.name).unwrap_or(&serde_json::Value::Null))
                        .map_err(|e| {
                            message(format!("{} line {}: `{}`: {e}", path.display(), n + 1, c.name))
                        })
                })
                .collect::<Result<Row, _>>()?;
            out.push(row);
        }
        Ok(out)
    }
}
