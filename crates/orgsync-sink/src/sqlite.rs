//! The SQLite destination (`sqlite:PATH`), the embedded default.
//!
//! * The file is created with owner-only permissions (0600) before SQLite
//!   opens it (missing parent folders are created). An existing file that is
//!   not an SQLite database, or is corrupt, is refused with a clear error and
//!   never overwritten.
//! * The schema is created or migrated on first use ([`Sink::prepare`] or the
//!   first write) in one `BEGIN IMMEDIATE` transaction: tables from
//!   [`crate::ddl`], `orgsync_schema_version` holding the version; columns a
//!   newer contract adds are added to existing tables. A database written by
//!   a newer orgsync is refused.
//! * Journal mode WAL, `synchronous = FULL`: readers never block the writer,
//!   and a committed run survives a crash.
//! * A run is one `BEGIN IMMEDIATE` transaction: for every data table the
//!   snapshot contains, delete the organization's rows, insert the new ones
//!   with one prepared statement, copy them into `<table>_history`; append
//!   `orgsync_run` and `orgsync_error`; prune the organization's history to
//!   the last `history_runs` committed runs. A second writer waits up to ten
//!   minutes for the write lock.
//! * Values: TEXT for text, JSON and timestamps (RFC 3339, UTC, `Z`),
//!   INTEGER for integers and booleans (0/1).

use std::fs::OpenOptions;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use orgsync_schema::{
    ALL_TABLES, ColumnType, DATA_TABLES, ErrorRecord, Row, RunRecord, RunStatus, SCHEMA_VERSION,
    Snapshot, TableDef, TableName, Value, format_timestamp,
};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, OptionalExtension, ToSql, TransactionBehavior};

use crate::ddl::{self, Dialect, HISTORY_RUN_TABLE, SCHEMA_VERSION_TABLE};
use crate::error::message;
use crate::records::{
    assemble_snapshot, error_from_row, parse_timestamp, run_from_row, sort_rows, table_in_run,
};
use crate::validate::{check_row, check_snapshot};
use crate::{Reader, Sink, SinkError, SinkOptions, crash_point};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// How long a writer waits for another writer's lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(600);

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// `sqlite:PATH`: a [`Sink`] and a [`Reader`].
pub struct SqliteSink {
    path: PathBuf,
    options: SinkOptions,
    conn: Option<Connection>,
    schema_ready: bool,
}

impl SqliteSink {
    /// A sink for the database at `path`; nothing is opened yet.
    pub fn new(path: impl Into<PathBuf>, options: SinkOptions) -> Self {
        SqliteSink { path: path.into(), options, conn: None, schema_ready: false }
    }

    fn destination(&self) -> String {
        format!("sqlite:{}", self.path.display())
    }

    fn open_error(&self, source: BoxError) -> SinkError {
        SinkError::Open { destination: self.destination(), source }
    }

    fn write_error(&self, source: impl Into<BoxError>) -> SinkError {
        SinkError::Write { destination: self.destination(), source: source.into() }
    }

    fn read_error(&self, source: impl Into<BoxError>) -> SinkError {
        SinkError::Read { destination: self.destination(), source: source.into() }
    }

    /// Opens the database (creating the file when `create`), once.
    fn connect(&mut self, create: bool) -> Result<&mut Connection, SinkError> {
        if self.conn.is_none() {
            let conn = open_database(&self.path, create).map_err(|e| match e {
                OpenFailure::Missing => SinkError::NotFound {
                    destination: self.destination(),
                    what: format!(
                        "database file `{}` (run `orgsync sync` first)",
                        self.path.display()
                    ),
                },
                OpenFailure::Other(source) => self.open_error(source),
            })?;
            self.conn = Some(conn);
        }
        Ok(self.conn.as_mut().expect("connection just opened"))
    }

    /// Opens the database for writing and creates/migrates the schema.
    fn writable(&mut self) -> Result<&mut Connection, SinkError> {
        self.connect(true)?;
        if !self.schema_ready {
            let conn = self.conn.as_mut().expect("connected");
            configure_for_writing(conn).map_err(|e| SinkError::Open {
                destination: format!("sqlite:{}", self.path.display()),
                source: e,
            })?;
            migrate(conn).map_err(|e| SinkError::Open {
                destination: format!("sqlite:{}", self.path.display()),
                source: e,
            })?;
            self.schema_ready = true;
        }
        Ok(self.conn.as_mut().expect("connected"))
    }

    /// Opens the database for reading; `None` when it has no schema yet.
    fn readable(&mut self) -> Result<Option<&mut Connection>, SinkError> {
        let destination = self.destination();
        let conn = self.connect(false)?;
        let has_runs: bool = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'orgsync_run'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .map(|n| n > 0)
            .map_err(|e| SinkError::Read { destination, source: e.into() })?;
        Ok(if has_runs { Some(conn) } else { None })
    }
}

/// Why the database could not be opened.
enum OpenFailure {
    /// No file and we were not to create one.
    Missing,
    Other(BoxError),
}

impl<E: Into<BoxError>> From<E> for OpenFailure {
    fn from(e: E) -> Self {
        OpenFailure::Other(e.into())
    }
}

/// Creates the file (0600) when missing and allowed, refuses files that are
/// not SQLite databases (and, when opening to write, damaged ones), opens it.
fn open_database(path: &Path, create: bool) -> Result<Connection, OpenFailure> {
    let existed_with_data = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() > 0);
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if !create {
                return Err(OpenFailure::Missing);
            }
            crate::destination::require_parent(path)?;
            match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(message(format!("cannot create `{}`: {e}", path.display())).into());
                }
            }
        }
        Err(e) => return Err(message(format!("cannot access `{}`: {e}", path.display())).into()),
        Ok(meta) if !meta.is_file() => {
            return Err(
                message(format!("`{}` exists and is not a regular file", path.display())).into()
            );
        }
        Ok(_) => {}
    }
    check_header(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| message(format!("SQLite cannot open `{}`: {e}", path.display())))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).map_err(|e| {
        message(format!(
            "`{}` is not a readable SQLite database ({e}); it was left untouched — move it away or choose another path",
            path.display()
        ))
    })?;
    if create && existed_with_data {
        refuse_damaged(&conn, path)?;
    }
    Ok(conn)
}

/// Refuses a database whose pages are damaged (`PRAGMA quick_check`), before
/// anything is written to it: writing into a damaged file could lose what
/// is left of the previous snapshots.
fn refuse_damaged(conn: &Connection, path: &Path) -> Result<(), BoxError> {
    let first: String =
        conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).unwrap_or_else(|e| e.to_string());
    if first == "ok" {
        return Ok(());
    }
    let first = first.split_whitespace().collect::<Vec<_>>().join(" ");
    Err(message(format!(
        "`{}` is a damaged SQLite database ({first}); it was left untouched — restore it from a backup, move it away or choose another path",
        path.display()
    )))
}

/// Refuses a non-empty file that does not start like an SQLite database.
fn check_header(path: &Path) -> Result<(), BoxError> {
    let mut header = Vec::with_capacity(100);
    std::fs::File::open(path)
        .and_then(|f| f.take(100).read_to_end(&mut header))
        .map_err(|e| message(format!("cannot read `{}`: {e}", path.display())))?;
    if header.is_empty() || (header.len() == 100 && header.starts_with(SQLITE_MAGIC)) {
        return Ok(());
    }
    Err(message(format!(
        "`{}` exists and is not an SQLite database; orgsync will not overwrite it — move it away or choose another path",
        path.display()
    )))
}

fn configure_for_writing(conn: &Connection) -> Result<(), BoxError> {
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(mode, "SQLite did not switch to WAL mode");
    }
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// Whether the schema is current (checked before taking the write lock).
fn schema_is_current(conn: &Connection) -> Result<bool, BoxError> {
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND (name LIKE 'aws\\_organizations\\_%' ESCAPE '\\' OR name LIKE 'orgsync\\_%' ESCAPE '\\')",
        [],
        |r| r.get(0),
    )?;
    let expected = (ALL_TABLES.len() + DATA_TABLES.len() + 2) as i64;
    if tables < expected {
        return Ok(false);
    }
    let version: Option<i64> = conn
        .query_row(&format!("SELECT version FROM {SCHEMA_VERSION_TABLE} WHERE id = 1"), [], |r| {
            r.get(0)
        })
        .optional()?;
    Ok(version == Some(i64::from(SCHEMA_VERSION)))
}

/// Creates or migrates the schema in one write transaction.
fn migrate(conn: &mut Connection) -> Result<(), BoxError> {
    if schema_is_current(conn)? {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let has_version_table: bool = tx.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [SCHEMA_VERSION_TABLE],
        |r| r.get::<_, i64>(0),
    )? > 0;
    if has_version_table {
        let version: Option<i64> = tx
            .query_row(
                &format!("SELECT version FROM {SCHEMA_VERSION_TABLE} WHERE id = 1"),
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(v) = version.filter(|v| *v > i64::from(SCHEMA_VERSION)) {
            return Err(message(format!(
                "the database holds table contract version {v}, newer than this orgsync's version {SCHEMA_VERSION}; upgrade orgsync"
            )));
        }
    }
    for statement in ddl::create_statements(Dialect::Sqlite, None) {
        tx.execute_batch(&statement)?;
    }
    let tables = ALL_TABLES
        .iter()
        .map(|d| (d.name.to_string(), *d))
        .chain(DATA_TABLES.iter().map(|d| (ddl::history_table(d), *d)));
    for (name, def) in tables {
        let existing: Vec<String> = tx
            .prepare(&format!("SELECT name FROM pragma_table_info('{name}')"))?
            .query_map([], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for col in def.columns.iter().filter(|c| !existing.iter().any(|e| e == c.name)) {
            let added = orgsync_schema::ColumnDef { nullable: true, ..*col };
            tx.execute_batch(&format!(
                "ALTER TABLE {} ADD COLUMN {}",
                ddl::quote(&name),
                ddl::column_sql(Dialect::Sqlite, &added)
            ))?;
        }
    }
    tx.execute(
        &format!(
            "INSERT INTO {SCHEMA_VERSION_TABLE} (id, version, migrated_at) VALUES (1, ?1, ?2) \
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, migrated_at = excluded.migrated_at"
        ),
        rusqlite::params![i64::from(SCHEMA_VERSION), format_timestamp(chrono::Utc::now())],
    )?;
    tx.commit()?;
    Ok(())
}

/// A [`Value`] bound to an SQLite parameter.
struct Cell<'a>(&'a Value);

impl ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Text(s) | Value::Json(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Int(i) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(*i)),
            Value::Bool(b) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(i64::from(*b))),
            Value::Timestamp(t) => {
                ToSqlOutput::Owned(rusqlite::types::Value::Text(format_timestamp(*t)))
            }
        })
    }
}

fn column_list(def: &TableDef) -> String {
    def.columns.iter().map(|c| ddl::quote(c.name)).collect::<Vec<_>>().join(", ")
}

fn insert_sql(table: &str, def: &TableDef) -> String {
    let placeholders: Vec<String> = (1..=def.columns.len()).map(|i| format!("?{i}")).collect();
    format!(
        "INSERT INTO {} ({}) VALUES ({})",
        ddl::quote(table),
        column_list(def),
        placeholders.join(", ")
    )
}

fn insert_rows(
    tx: &rusqlite::Transaction<'_>,
    table: &str,
    def: &TableDef,
    rows: &[Row],
) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(&insert_sql(table, def))?;
    for row in rows {
        for (i, value) in row.iter().enumerate() {
            stmt.raw_bind_parameter(i + 1, Cell(value))?;
        }
        stmt.raw_execute()?;
    }
    Ok(())
}

/// Writes one snapshot in the open transaction (not committed).
fn write_in_transaction(
    tx: &rusqlite::Transaction<'_>,
    snapshot: &Snapshot,
    history_runs: usize,
) -> Result<(), BoxError> {
    let org_id = snapshot.org_id();
    for (name, rows) in &snapshot.tables {
        let def = name.def();
        tx.execute(&format!("DELETE FROM {} WHERE org_id = ?1", ddl::quote(def.name)), [org_id])?;
        insert_rows(tx, def.name, def, rows)?;
        if history_runs > 0 {
            let cols = column_list(def);
            tx.execute(
                &format!(
                    "INSERT INTO {} ({cols}) SELECT {cols} FROM {} WHERE org_id = ?1",
                    ddl::quote(&ddl::history_table(def)),
                    ddl::quote(def.name)
                ),
                [org_id],
            )?;
        }
    }
    append_run(tx, &snapshot.run, &snapshot.errors)?;
    if history_runs > 0 {
        tx.execute(
            &format!("INSERT INTO {HISTORY_RUN_TABLE} (org_id, run_id) VALUES (?1, ?2)"),
            [org_id, &snapshot.run.run_id],
        )?;
    }
    prune_history(tx, org_id, history_runs)?;
    Ok(())
}

fn append_run(
    tx: &rusqlite::Transaction<'_>,
    run: &RunRecord,
    errors: &[ErrorRecord],
) -> rusqlite::Result<()> {
    insert_rows(tx, "orgsync_run", TableName::Run.def(), &[run.to_row()])?;
    let error_rows: Vec<Row> = errors.iter().map(|e| e.to_row(&run.run_id, &run.org_id)).collect();
    insert_rows(tx, "orgsync_error", TableName::Error.def(), &error_rows)
}

/// Drops the history of the organization's runs beyond the newest `keep`.
fn prune_history(
    tx: &rusqlite::Transaction<'_>,
    org_id: &str,
    keep: usize,
) -> rusqlite::Result<()> {
    let dropped: Vec<String> = tx
        .prepare(&format!(
            "SELECT h.run_id FROM {HISTORY_RUN_TABLE} h LEFT JOIN orgsync_run r ON r.run_id = h.run_id \
             WHERE h.org_id = ?1 ORDER BY julianday(r.started_at) DESC, r.rowid DESC LIMIT -1 OFFSET ?2"
        ))?
        .query_map(rusqlite::params![org_id, keep as i64], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    for run_id in &dropped {
        for def in DATA_TABLES {
            tx.execute(
                &format!(
                    "DELETE FROM {} WHERE run_id = ?1 AND org_id = ?2",
                    ddl::quote(&ddl::history_table(def))
                ),
                [run_id, org_id],
            )?;
        }
        tx.execute(
            &format!("DELETE FROM {HISTORY_RUN_TABLE} WHERE org_id = ?1 AND run_id = ?2"),
            [org_id, run_id],
        )?;
    }
    Ok(())
}

/// One SQLite cell back as a [`Value`] of the column's type.
fn read_cell(ty: ColumnType, cell: ValueRef<'_>) -> Result<Value, String> {
    Ok(match (ty, cell) {
        (_, ValueRef::Null) => Value::Null,
        (ColumnType::Text, ValueRef::Text(t)) => Value::Text(utf8(t)?),
        (ColumnType::Json, ValueRef::Text(t)) => Value::Json(utf8(t)?),
        (ColumnType::Timestamp, ValueRef::Text(t)) => Value::Timestamp(parse_timestamp(&utf8(t)?)?),
        (ColumnType::Integer, ValueRef::Integer(i)) => Value::Int(i),
        (ColumnType::Boolean, ValueRef::Integer(i)) => Value::Bool(i != 0),
        (ty, other) => return Err(format!("a {:?} value in a {ty:?} column", other.data_type())),
    })
}

fn utf8(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|e| format!("text is not UTF-8: {e}"))
}

/// Rows of `table` (laid out as `def`) matching `filter` (a WHERE clause
/// over `?1`, `?2`).
fn read_rows(
    conn: &Connection,
    table: &str,
    def: &TableDef,
    filter: &str,
    params: &[&str],
) -> Result<Vec<Row>, BoxError> {
    let sql = format!("SELECT {} FROM {} WHERE {filter}", column_list(def), ddl::quote(table));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Vec::with_capacity(def.columns.len());
        for (i, col) in def.columns.iter().enumerate() {
            row.push(
                read_cell(col.ty, r.get_ref(i)?)
                    .map_err(|e| message(format!("{table}.{}: {e}", col.name)))?,
            );
        }
        out.push(row);
    }
    Ok(out)
}

const RUN_ORDER: &str = "julianday(started_at), rowid";

fn read_run_rows(
    conn: &Connection,
    filter: &str,
    params: &[&str],
) -> Result<Vec<RunRecord>, BoxError> {
    let def = TableName::Run.def();
    let sql =
        format!("SELECT {} FROM orgsync_run WHERE {filter} ORDER BY {RUN_ORDER}", column_list(def));
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut row = Vec::with_capacity(def.columns.len());
        for (i, col) in def.columns.iter().enumerate() {
            row.push(read_cell(col.ty, r.get_ref(i)?).map_err(message)?);
        }
        out.push(run_from_row(&row).map_err(message)?);
    }
    Ok(out)
}

impl Sink for SqliteSink {
    fn describe(&self) -> String {
        self.destination()
    }

    fn prepare(&mut self) -> Result<(), SinkError> {
        self.writable()?;
        Ok(())
    }

    fn write_snapshot(&mut self, snapshot: &Snapshot) -> Result<(), SinkError> {
        check_snapshot(snapshot).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.destination(),
            reason,
        })?;
        let history_runs = self.options.history_runs;
        let destination = self.destination();
        let conn = self.writable()?;
        let result = (|| -> Result<(), BoxError> {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            write_in_transaction(&tx, snapshot, history_runs)?;
            crash_point::reached("rows_written")?;
            tx.commit()?;
            Ok(())
        })();
        result.map_err(|source| SinkError::Write { destination, source })
    }

    fn record_failed_run(
        &mut self,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), SinkError> {
        let run_row = run.to_row();
        check_row(TableName::Run.def(), &run_row).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.destination(),
            reason: format!("orgsync_run: {reason}"),
        })?;
        let conn = self.writable()?;
        let result = (|| -> Result<(), BoxError> {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            append_run(&tx, run, errors)?;
            tx.commit()?;
            Ok(())
        })();
        result.map_err(|e| self.write_error(e))
    }
}

impl Reader for SqliteSink {
    fn describe(&self) -> String {
        self.destination()
    }

    fn organizations(&mut self) -> Result<Vec<String>, SinkError> {
        let Some(conn) = self.readable()? else { return Ok(Vec::new()) };
        let result = (|| -> Result<Vec<String>, BoxError> {
            let mut stmt = conn.prepare(
                "SELECT DISTINCT org_id FROM orgsync_run WHERE org_id <> '' ORDER BY org_id",
            )?;
            let orgs = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
            Ok(orgs)
        })();
        result.map_err(|e| self.read_error(e))
    }

    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, SinkError> {
        let Some(conn) = self.readable()? else { return Ok(Vec::new()) };
        let result = read_run_rows(conn, "org_id = ?1", &[org_id]);
        result.map_err(|e| self.read_error(e))
    }

    fn read_snapshot(&mut self, org_id: &str, run_id: Option<&str>) -> Result<Snapshot, SinkError> {
        let destination = self.destination();
        let history_runs = self.options.history_runs;
        let not_found =
            |what: String| SinkError::NotFound { destination: destination.clone(), what };
        let Some(conn) = self.readable()? else {
            return Err(not_found(format!("a snapshot of organization `{org_id}`")));
        };
        let read = |e: BoxError| SinkError::Read { destination: destination.clone(), source: e };
        let runs = read_run_rows(conn, "org_id = ?1", &[org_id]).map_err(read)?;
        let committed = |r: &&RunRecord| r.status != RunStatus::Failed;
        let run = match run_id {
            None => runs.iter().rev().find(committed).ok_or_else(|| {
                not_found(format!("a committed snapshot of organization `{org_id}`"))
            })?,
            Some(id) => {
                let run = runs
                    .iter()
                    .find(|r| r.run_id == id)
                    .ok_or_else(|| not_found(format!("run `{id}` of organization `{org_id}`")))?;
                if run.status == RunStatus::Failed {
                    return Err(not_found(format!(
                        "a snapshot of run `{id}` (the run failed and committed nothing)"
                    )));
                }
                let kept: i64 = conn
                    .query_row(
                        &format!("SELECT count(*) FROM {HISTORY_RUN_TABLE} WHERE org_id = ?1 AND run_id = ?2"),
                        [org_id, id],
                        |r| r.get(0),
                    )
                    .map_err(|e| read(e.into()))?;
                if kept == 0 {
                    return Err(not_found(format!(
                        "the snapshot of run `{id}` (older than the {history_runs} kept per organization; see history_runs)"
                    )));
                }
                run
            }
        };
        let run = run.clone();
        let result = (|| -> Result<Snapshot, BoxError> {
            let mut tables = std::collections::BTreeMap::new();
            for def in DATA_TABLES {
                let rows = match run_id {
                    None => read_rows(conn, def.name, def, "org_id = ?1", &[org_id])?,
                    Some(id) => read_rows(
                        conn,
                        &ddl::history_table(def),
                        def,
                        "org_id = ?1 AND run_id = ?2",
                        &[org_id, id],
                    )?,
                };
                if table_in_run(&run, def, &rows) {
                    tables.insert(def.id, rows);
                }
            }
            let mut error_rows = read_rows(
                conn,
                "orgsync_error",
                TableName::Error.def(),
                "run_id = ?1",
                &[&run.run_id],
            )?;
            sort_rows(TableName::Error.def(), &mut error_rows);
            let errors = error_rows
                .iter()
                .map(error_from_row)
                .collect::<Result<Vec<_>, _>>()
                .map_err(message)?;
            Ok(assemble_snapshot(run, tables, errors))
        })();
        result.map_err(read)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::TimeZone;
    use orgsync_schema::{RunRecord, RunStatus, Snapshot, TableName, Value};

    use super::*;

    fn snapshot(org: &str, run: &str, minute: u32, accounts: usize) -> Snapshot {
        let started_at = chrono::Utc.with_ymd_and_hms(2025, 1, 1, 0, minute, 0).unwrap();
        let rows = (0..accounts)
            .map(|i| {
                vec![
                    Value::text(org),
                    Value::text(format!("{:012}", i)),
                    Value::text(format!("arn:aws:organizations::1:account/{org}/{i}")),
                    Value::text("=name, \"quoted\"\nline"),
                    Value::Null,
                    Value::text("ACTIVE"),
                    Value::Null,
                    Value::text("CREATED"),
                    Value::Timestamp(started_at + chrono::Duration::microseconds(123_456)),
                    Value::text("r-1"),
                    Value::Int(1),
                    Value::text(format!("{org}/r-1/{i}/")),
                    Value::Bool(i == 0),
                    Value::text(run),
                ]
            })
            .collect();
        let counts = BTreeMap::from([(TableName::Account.as_str().to_string(), accounts as u64)]);
        Snapshot {
            run: RunRecord {
                run_id: run.into(),
                org_id: org.into(),
                started_at,
                finished_at: Some(started_at),
                status: RunStatus::Succeeded,
                tool_version: "0.1.0".into(),
                config_fingerprint: "abc".into(),
                api_calls: 3,
                throttled_calls: 0,
                retried_calls: 0,
                counts,
            },
            tables: BTreeMap::from([(TableName::Account, rows)]),
            errors: vec![],
        }
    }

    #[test]
    fn round_trip_replace_and_history() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/o.db");
        // The database file is created, its folder is not.
        assert!(SqliteSink::new(&path, SinkOptions::default()).prepare().is_err());
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        let options = SinkOptions { history_runs: 2, ..SinkOptions::default() };
        let mut sink = SqliteSink::new(&path, options.clone());
        sink.prepare().unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let a1 = snapshot("o-aaaaaaaaaa", "run-a1", 1, 3);
        let b1 = snapshot("o-bbbbbbbbbb", "run-b1", 2, 2);
        sink.write_snapshot(&a1).unwrap();
        sink.write_snapshot(&b1).unwrap();
        let a2 = snapshot("o-aaaaaaaaaa", "run-a2", 3, 1);
        sink.write_snapshot(&a2).unwrap();
        let a3 = snapshot("o-aaaaaaaaaa", "run-a3", 4, 2);
        sink.write_snapshot(&a3).unwrap();
        let mut reader = SqliteSink::new(&path, options);
        assert_eq!(reader.read_snapshot("o-aaaaaaaaaa", None).unwrap(), a3);
        assert_eq!(reader.read_snapshot("o-bbbbbbbbbb", None).unwrap(), b1);
        assert_eq!(reader.read_snapshot("o-aaaaaaaaaa", Some("run-a2")).unwrap(), a2);
        assert!(matches!(
            reader.read_snapshot("o-aaaaaaaaaa", Some("run-a1")),
            Err(SinkError::NotFound { .. })
        ));
        let runs: Vec<String> =
            reader.read_runs("o-aaaaaaaaaa").unwrap().into_iter().map(|r| r.run_id).collect();
        assert_eq!(runs, ["run-a1", "run-a2", "run-a3"]);
        assert_eq!(reader.organizations().unwrap(), ["o-aaaaaaaaaa", "o-bbbbbbbbbb"]);
    }

    #[test]
    fn refuses_a_file_that_is_not_sqlite_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.txt");
        std::fs::write(&path, "my precious notes\n".repeat(20)).unwrap();
        let mut sink = SqliteSink::new(&path, SinkOptions::default());
        let err = sink.prepare().unwrap_err();
        let text = format!("{err}: {}", std::error::Error::source(&err).unwrap());
        assert!(text.contains("not an SQLite database"), "{text}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "my precious notes\n".repeat(20));
    }

    #[test]
    fn refuses_a_corrupt_database_and_leaves_it_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.db");
        let mut bytes = SQLITE_MAGIC.to_vec();
        bytes.extend(std::iter::repeat_n(0xA5u8, 8192));
        std::fs::write(&path, &bytes).unwrap();
        let mut sink = SqliteSink::new(&path, SinkOptions::default());
        assert!(sink.prepare().is_err());
        assert!(sink.write_snapshot(&snapshot("o-aaaaaaaaaa", "r", 1, 1)).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn rejects_rows_of_another_organization() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = SqliteSink::new(dir.path().join("o.db"), SinkOptions::default());
        let mut bad = snapshot("o-aaaaaaaaaa", "r", 1, 2);
        bad.tables.get_mut(&TableName::Account).unwrap()[1][0] = Value::text("o-bbbbbbbbbb");
        assert!(matches!(sink.write_snapshot(&bad), Err(SinkError::InvalidSnapshot { .. })));
    }
}
