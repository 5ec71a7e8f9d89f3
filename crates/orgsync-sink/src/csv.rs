//! The CSV format of `csv:DIR`: RFC 4180, UTF-8 without BOM, CRLF line ends,
//! a header row with the column names, one file per table.
//!
//! * NULL is an empty, unquoted cell; an empty string is `""`, so the two
//!   stay apart.
//! * Booleans are `true`/`false`, timestamps RFC 3339 (UTC, `Z`), JSON
//!   columns their JSON text.
//! * Fields holding a comma, a double quote, CR or LF are quoted, quotes
//!   doubled.
//! * **Formula escape** (on by default, `csv_formula_escape = false` turns it
//!   off): a text or JSON cell beginning with `=`, `+`, `-`, `@`, tab or
//!   carriage return is written with a leading `'`, so that spreadsheet
//!   programs show it as text instead of running it as a formula (CSV
//!   injection). Integer cells are never escaped (`-5` stays a number). When
//!   reading back, a `'` followed by one of those characters is removed
//!   again; a value that itself began with `'` followed by one of them reads
//!   back without its `'` (the one ambiguity of the escape).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use orgsync_schema::{Row, TableDef, Value, format_timestamp};

use crate::error::message;
use crate::file_sink::FileFormat;
use crate::records::parse_cell;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// `csv:DIR`
pub(crate) struct CsvFormat {
    /// Whether formula-leading cells get a `'` prefix.
    pub(crate) formula_escape: bool,
}

/// Characters that make a spreadsheet treat a cell as a formula.
const FORMULA_LEADS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell text of a value as written (formula escape applied when on);
/// `None` for NULL.
pub fn cell_text(value: &Value, formula_escape: bool) -> Option<String> {
    match (value, value.as_str()) {
        (Value::Text(_) | Value::Json(_), Some(s))
            if formula_escape && s.starts_with(FORMULA_LEADS) =>
        {
            Some(format!("'{s}"))
        }
        (Value::Timestamp(t), _) => Some(format_timestamp(*t)),
        (other, _) => other.render(),
    }
}

fn write_field(out: &mut impl Write, cell: Option<&str>) -> std::io::Result<()> {
    match cell {
        None => Ok(()),
        Some(s) if s.is_empty() || s.contains([',', '"', '\r', '\n']) => {
            out.write_all(b"\"")?;
            out.write_all(s.replace('"', "\"\"").as_bytes())?;
            out.write_all(b"\"")
        }
        Some(s) => out.write_all(s.as_bytes()),
    }
}

/// Parses RFC 4180 text into records of cells; `None` is an empty unquoted
/// cell.
fn parse(text: &str) -> Result<Vec<Vec<Option<String>>>, String> {
    let mut records = Vec::new();
    let mut record: Vec<Option<String>> = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        // One field.
        let mut field = String::new();
        let quoted = chars.peek() == Some(&'"');
        if quoted {
            chars.next();
            loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err("unterminated quoted field".into()),
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\r' || c == '\n' {
                    break;
                }
                field.push(c);
                chars.next();
            }
        }
        record.push(if quoted || !field.is_empty() { Some(field) } else { None });
        match chars.next() {
            Some(',') => continue,
            Some('\r') => {
                if chars.next() != Some('\n') {
                    return Err("a CR not followed by LF outside quotes".into());
                }
                records.push(std::mem::take(&mut record));
            }
            Some('\n') => records.push(std::mem::take(&mut record)),
            None => {
                if !(record.len() == 1 && record[0].is_none()) {
                    records.push(record);
                }
                return Ok(records);
            }
            Some(c) => return Err(format!("unexpected `{c}` after a quoted field")),
        }
        if chars.peek().is_none() {
            return Ok(records);
        }
    }
}

impl FileFormat for CsvFormat {
    fn kind(&self) -> &'static str {
        "csv"
    }

    fn write_table(&self, path: &Path, def: &TableDef, rows: &[Row]) -> Result<(), BoxError> {
        let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
        let header: Vec<&str> = def.column_names().collect();
        out.write_all(header.join(",").as_bytes())?;
        out.write_all(b"\r\n")?;
        for row in rows {
            for (i, value) in row.iter().enumerate() {
                if i > 0 {
                    out.write_all(b",")?;
                }
                write_field(&mut out, cell_text(value, self.formula_escape).as_deref())?;
            }
            out.write_all(b"\r\n")?;
        }
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(())
    }

    fn read_table(&self, path: &Path, def: &TableDef) -> Result<Vec<Row>, BoxError> {
        let text = std::fs::read_to_string(path)?;
        let records = parse(&text).map_err(|e| message(format!("{}: {e}", path.display())))?;
        let mut records = records.into_iter();
        let header: Vec<String> =
            records.next().unwrap_or_default().into_iter().map(Option::unwrap_or_default).collect();
        let positions: Vec<Option<usize>> =
            def.columns.iter().map(|c| header.iter().position(|h| h == c.name)).collect();
        let mut out = Vec::new();
        for (n, record) in records.enumerate() {
            let row = def
                .columns
                .iter()
                .zip(&positions)
                .map(|(col, pos)| {
                    let cell = pos.and_then(|p| record.get(p).cloned().flatten());
                    let Some(mut cell) = cell else { return Ok(Value::Null) };
                    if self.formula_escape
                        && cell.starts_with('\'')
                        && cell[1..].starts_with(FORMULA_LEADS)
                    {
                        cell.remove(0);
                    }
                    parse_cell(col.ty, &cell).map_err(|e| {
                        message(format!("{} record {}: `{}`: {e}", path.display(), n + 2, col.name))
                    })
                })
                .collect::<Result<Row, _>>()?;
            out.push(row);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_keeps_null_and_empty_apart_and_handles_quotes() {
        let text = "a,b,c\r\n,\"\",\"x,\"\"y\"\"\r\nz\"\r\n-1,,\r\n";
        let records = parse(text).unwrap();
        assert_eq!(records.len(), 3);
        assert_eq!(records[1], vec![None, Some(String::new()), Some("x,\"y\"\r\nz".into())]);
        assert_eq!(records[2], vec![Some("-1".into()), None, None]);
    }

    #[test]
    fn formula_cells_are_escaped_only_when_on() {
        for lead in ["=1+1", "+1", "-x", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell_text(&Value::text(lead), true).unwrap(), format!("'{lead}"));
            assert_eq!(cell_text(&Value::text(lead), false).unwrap(), lead);
        }
        assert_eq!(cell_text(&Value::Int(-5), true).unwrap(), "-5");
        assert_eq!(cell_text(&Value::text("a=b"), true).unwrap(), "a=b");
    }
}
