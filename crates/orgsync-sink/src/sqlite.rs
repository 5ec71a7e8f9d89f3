//! The SQLite destination (`sqlite:PATH`), the embedded default: the
//! [`Backend`] of the shared SQL destination ([`crate::sql`]), which holds
//! the schema, write, history and read logic.
//!
//! * The file is created with owner-only permissions (0600) before SQLite
//!   opens it (only in a folder that exists). An existing file that is not
//!   an SQLite database, or is corrupt, is refused with a clear error and
//!   never overwritten.
//! * Journal mode WAL, `synchronous = FULL`: readers never block the writer,
//!   and a committed run survives a crash.
//! * Every write transaction is `BEGIN IMMEDIATE`: SQLite's own write lock
//!   serialises writers (one at a time, whatever the organization); a second
//!   writer waits up to ten minutes for it. Rows are loaded with one prepared
//!   `INSERT`; placeholders are `?1`, `?2`, ….
//! * Values: TEXT for text, JSON and timestamps (RFC 3339, UTC, `Z`),
//!   INTEGER for integers and booleans (0/1).

use std::fs::OpenOptions;
use std::io::Read;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use orgsync_schema::{ColumnType, Row, TableDef, TextCells, Value, format_timestamp};
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Connection, OpenFlags, ToSql, params_from_iter};

use crate::ddl::{self, Dialect};
use crate::error::message;
use crate::records::parse_timestamp;
use crate::sql::{Backend, BoxError, Lock, SqlSink, strings};
use crate::{SinkError, SinkOptions};

/// How long a writer waits for another writer's lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(600);

/// The first 16 bytes of every SQLite 3 database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The SQLite [`Backend`]: the path of the database file.
#[derive(Debug)]
pub struct Sqlite {
    path: PathBuf,
}

/// `sqlite:PATH`: a [`crate::Sink`] and a [`crate::Reader`].
pub type SqliteSink = SqlSink<Sqlite>;

impl SqliteSink {
    /// A sink for the database at `path`; nothing is opened yet.
    pub fn new(path: impl Into<PathBuf>, options: SinkOptions) -> Self {
        SqlSink::with_backend(Sqlite { path: path.into() }, options)
    }
}

impl Backend for Sqlite {
    type Conn = Connection;
    const DIALECT: Dialect = Dialect::Sqlite;

    fn describe(&self) -> String {
        format!("sqlite:{}", self.path.display())
    }

    fn connect(&self, create: bool) -> Result<Connection, SinkError> {
        open_database(&self.path, create).map_err(|e| match e {
            OpenFailure::Missing => SinkError::NotFound {
                destination: self.describe(),
                what: format!("database file `{}` (run `orgsync sync` first)", self.path.display()),
            },
            OpenFailure::Other(source) => SinkError::Open { destination: self.describe(), source },
        })
    }

    fn configure_for_writing(conn: &mut Connection) -> Result<(), BoxError> {
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(mode, "SQLite did not switch to WAL mode");
        }
        conn.pragma_update(None, "synchronous", "FULL")?;
        Ok(())
    }

    fn placeholder(n: usize) -> String {
        format!("?{n}")
    }

    fn run_order(run: &str, _marker: &str) -> [String; 2] {
        [format!("julianday({run}started_at)"), format!("{run}rowid")]
    }

    fn begin(&self, conn: &mut Connection, _lock: Lock<'_>) -> Result<(), BoxError> {
        Ok(conn.execute_batch("BEGIN IMMEDIATE")?)
    }

    fn query(
        conn: &mut Connection,
        sql: &str,
        params: &[Value],
        types: &[ColumnType],
    ) -> Result<Vec<Row>, BoxError> {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params_from_iter(params.iter().map(Cell)))?;
        let mut out = Vec::new();
        // Texts rows repeat (organization and run ids, states, types, account
        // ids across tables) are read into one shared cell each.
        let mut texts = TextCells::default();
        while let Some(r) = rows.next()? {
            let mut cell = |(i, ty): (usize, &ColumnType)| -> Result<Value, BoxError> {
                let name = r.as_ref().column_name(i).unwrap_or("?");
                read_cell(*ty, r.get_ref(i)?, &mut texts)
                    .map_err(|e| message(format!("{name}: {e}")))
            };
            out.push(types.iter().enumerate().map(&mut cell).collect::<Result<_, _>>()?);
        }
        Ok(out)
    }

    fn load(
        conn: &mut Connection,
        table: &str,
        def: &TableDef,
        rows: &[Row],
    ) -> Result<(), BoxError> {
        let columns: Vec<String> = def.columns.iter().map(|c| ddl::quote(c.name)).collect();
        let placeholders: Vec<String> = (1..=columns.len()).map(Self::placeholder).collect();
        let sql = format!(
            "INSERT INTO {table} ({}) VALUES ({})",
            columns.join(", "),
            placeholders.join(", ")
        );
        let mut stmt = conn.prepare_cached(&sql)?;
        for row in rows {
            for (i, value) in row.iter().enumerate() {
                stmt.raw_bind_parameter(i + 1, Cell(value))?;
            }
            stmt.raw_execute()?;
        }
        Ok(())
    }

    fn tables(&self, conn: &mut Connection) -> Result<Vec<String>, BoxError> {
        let sql = "SELECT name FROM sqlite_master WHERE type = 'table'";
        Ok(strings(Self::query(conn, sql, &[], &[ColumnType::Text])?))
    }

    fn columns(&self, conn: &mut Connection, table: &str) -> Result<Vec<String>, BoxError> {
        let sql = "SELECT name FROM pragma_table_info(?1)";
        Ok(strings(Self::query(conn, sql, &[Value::text(table)], &[ColumnType::Text])?))
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

/// A [`Value`] bound to an SQLite parameter.
struct Cell<'a>(&'a Value);

impl ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self.0 {
            Value::Null => ToSqlOutput::Borrowed(ValueRef::Null),
            Value::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Json(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
            Value::Int(i) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(*i)),
            Value::Bool(b) => ToSqlOutput::Owned(rusqlite::types::Value::Integer(i64::from(*b))),
            Value::Timestamp(t) => {
                ToSqlOutput::Owned(rusqlite::types::Value::Text(format_timestamp(*t)))
            }
        })
    }
}

/// Longest text shared between the cells read ([`TextCells`]): longer ones
/// (ARNs, documents, messages) are rarely repeated.
const SHARED_TEXT_BYTES: usize = 64;

/// One SQLite cell back as a [`Value`] of the column's type; short texts
/// come from `texts`.
fn read_cell(ty: ColumnType, cell: ValueRef<'_>, texts: &mut TextCells) -> Result<Value, String> {
    Ok(match (ty, cell) {
        (_, ValueRef::Null) => Value::Null,
        (ColumnType::Text, ValueRef::Text(t)) if t.len() <= SHARED_TEXT_BYTES => {
            texts.text(std::str::from_utf8(t).map_err(|e| format!("text is not UTF-8: {e}"))?)
        }
        (ColumnType::Text, ValueRef::Text(t)) => Value::text(utf8(t)?),
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

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::TimeZone;
    use orgsync_schema::{RunRecord, RunStatus, Snapshot, TableName, Value};

    use super::*;
    use crate::{Reader, Sink};

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
                    Value::Json(format!("[\"{org}/r-1/{i}/\"]")),
                    Value::text(run),
                    Value::Timestamp(started_at),
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
                scope: None,
                accounts_read_as_member: None,
                accounts_read_through_management: None,
                refresh: None,
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

    /// Writes `snapshot` into the database at `path` (created or migrated).
    fn write(path: &Path, snapshot: &Snapshot) {
        let mut sink = SqliteSink::new(path, SinkOptions::default());
        sink.prepare().unwrap();
        sink.write_snapshot(snapshot).unwrap();
    }

    /// A scratch destination holding run-a1 as an older contract wrote it.
    struct OlderDestination {
        _dir: tempfile::TempDir,
        path: PathBuf,
        a1: Snapshot,
    }

    impl OlderDestination {
        /// Run-a1 written at the current contract, then `downgrade`d (the
        /// tables or columns contract `version` lacked dropped) and its
        /// version set.
        fn new(version: u32, downgrade: impl FnOnce(&rusqlite::Connection)) -> Self {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("o.db");
            let a1 = snapshot("o-aaaaaaaaaa", "run-a1", 1, 3);
            write(&path, &a1);
            let conn = rusqlite::Connection::open(&path).unwrap();
            downgrade(&conn);
            conn.execute("UPDATE orgsync_schema_version SET version = ?1", [version]).unwrap();
            Self { _dir: dir, path, a1 }
        }

        /// Writes `a2`, which migrates the destination: it is then at the
        /// current contract, and both runs read back as written.
        fn migrate_with(&self, a2: &Snapshot) {
            write(&self.path, a2);
            let conn = rusqlite::Connection::open(&self.path).unwrap();
            let version: i64 = conn
                .query_row("SELECT version FROM orgsync_schema_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(version, i64::from(orgsync_schema::SCHEMA_VERSION));
            let mut reader = SqliteSink::new(&self.path, SinkOptions::default());
            assert_eq!(&reader.read_snapshot("o-aaaaaaaaaa", None).unwrap(), a2);
            assert_eq!(&reader.read_snapshot("o-aaaaaaaaaa", Some("run-a1")).unwrap(), &self.a1);
        }
    }

    #[test]
    fn a_destination_of_contract_version_1_is_migrated_and_keeps_its_data() {
        // What version 1 wrote: no applicability or findings tables.
        let added = ["aws_organizations_policy_applicability", "orgsync_finding"];
        let older = OlderDestination::new(1, |conn| {
            for table in added {
                conn.execute_batch(&format!("DROP TABLE {table}; DROP TABLE {table}_history;"))
                    .unwrap();
            }
        });
        let a2 = snapshot("o-aaaaaaaaaa", "run-a2", 2, 2);
        older.migrate_with(&a2);
        let conn = rusqlite::Connection::open(&older.path).unwrap();
        for table in added {
            let n: i64 = conn
                .query_row(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN (?1, ?2)",
                    [table.to_owned(), format!("{table}_history")],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 2, "{table} and its history");
        }
    }

    #[test]
    fn a_destination_of_contract_version_2_gains_the_run_scope_and_keeps_its_data() {
        // What version 2 wrote: orgsync_run without `scope`.
        let older = OlderDestination::new(2, |conn| {
            conn.execute_batch("ALTER TABLE orgsync_run DROP COLUMN scope").unwrap();
        });
        let mut a2 = snapshot("o-aaaaaaaaaa", "run-a2", 2, 2);
        a2.run.scope = Some(orgsync_schema::Scope {
            organizational_unit_ids: vec!["ou-ab12-11aa22bb".into()],
            ..orgsync_schema::Scope::default()
        });
        // The run written before the migration reads back without a scope.
        older.migrate_with(&a2);
        let mut reader = SqliteSink::new(&older.path, SinkOptions::default());
        let runs = reader.read_runs("o-aaaaaaaaaa").unwrap();
        assert_eq!(runs.iter().map(|r| r.scope.is_some()).collect::<Vec<_>>(), [false, true]);
    }

    #[test]
    fn a_destination_of_contract_version_3_gets_the_account_read_columns_and_keeps_its_data() {
        // What version 3 wrote: orgsync_run without the account-read counts.
        let added = ["accounts_read_as_member", "accounts_read_through_management"];
        let older = OlderDestination::new(3, |conn| {
            for table in ["orgsync_run", "orgsync_history_run"] {
                for column in added {
                    let exists: i64 = conn
                        .query_row(
                            &format!(
                                "SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = ?1"
                            ),
                            [column],
                            |r| r.get(0),
                        )
                        .unwrap();
                    if exists == 1 {
                        conn.execute_batch(&format!("ALTER TABLE {table} DROP COLUMN {column}"))
                            .unwrap();
                    }
                }
            }
        });
        let mut a2 = snapshot("o-aaaaaaaaaa", "run-a2", 2, 2);
        a2.run.accounts_read_as_member = Some(2);
        a2.run.accounts_read_through_management = Some(1);
        older.migrate_with(&a2);
        let conn = rusqlite::Connection::open(&older.path).unwrap();
        let counts: (Option<i64>, Option<i64>) = conn
            .query_row(
                "SELECT accounts_read_as_member, accounts_read_through_management FROM orgsync_run WHERE run_id = 'run-a2'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(counts, (Some(2), Some(1)));
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
