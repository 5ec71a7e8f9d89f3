//! Rows that differ between two SQLite destinations written by two runs of
//! the same organization (member reads against a management-only run):
//! every data table, every column but `run_id` and `fetched_at`, compared
//! as multisets.

use std::collections::BTreeMap;
use std::path::Path;

use anyhow::Context;
use orgsync_schema::DATA_TABLES;

/// The rows of one table (all columns but `run_id` and `fetched_at`, each quoted), or
/// `None` when the destination has no such table.
fn rows(conn: &rusqlite::Connection, table: &str) -> anyhow::Result<Option<Vec<String>>> {
    let exists: i64 = conn.query_row(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [table],
        |r| r.get(0),
    )?;
    if exists == 0 {
        return Ok(None);
    }
    let mut columns = Vec::new();
    let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
    for name in stmt.query_map([], |r| r.get::<_, String>(1))? {
        let name = name?;
        if !orgsync_schema::RUN_COLUMNS.contains(&name.as_str()) {
            columns.push(format!("quote(\"{name}\")"));
        }
    }
    let sql = format!("SELECT {} FROM \"{table}\"", columns.join(" || '|' || "));
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?.collect::<Result<Vec<_>, _>>()?;
    Ok(Some(rows))
}

/// Per data table present in either destination: rows in one and not the
/// other (counted with multiplicity). Empty map = identical.
pub fn rows_different(a: &Path, b: &Path) -> anyhow::Result<BTreeMap<String, u64>> {
    let open = |p: &Path| {
        rusqlite::Connection::open_with_flags(p, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .with_context(|| format!("failed to open {}", p.display()))
    };
    let (a, b) = (open(a)?, open(b)?);
    let mut different = BTreeMap::new();
    for def in DATA_TABLES {
        let (x, y) = (rows(&a, def.name)?, rows(&b, def.name)?);
        if x.is_none() && y.is_none() {
            continue;
        }
        let mut count: BTreeMap<String, i64> = BTreeMap::new();
        for row in x.unwrap_or_default() {
            *count.entry(row).or_default() += 1;
        }
        for row in y.unwrap_or_default() {
            *count.entry(row).or_default() -= 1;
        }
        let n: u64 = count.values().map(|c| c.unsigned_abs()).sum();
        if n > 0 {
            different.insert(def.name.to_owned(), n);
        }
    }
    Ok(different)
}
