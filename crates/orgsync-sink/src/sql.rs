//! The one SQL destination that SQLite ([`crate::sqlite`]) and PostgreSQL
//! ([`crate::postgres`]) share: schema creation and migration, writing a
//! snapshot, the failed-run record, the history tables and their pruning,
//! and the readers. Only what truly differs between databases sits behind
//! [`Backend`] (connections, placeholders, bulk load, locks, typed cells,
//! catalog look-ups), so another SQL database is one more `Backend`.
//!
//! * Migration runs when a table is missing, `orgsync_schema_version`
//!   differs from this orgsync's or the backend's views are missing: one
//!   transaction under [`Lock::Schema`] refuses a newer version, runs the
//!   idempotent DDL of [`crate::ddl`], adds (nullable) the columns a newer
//!   contract added, records the version and (re)creates the views.
//! * A write is one transaction under [`Lock::Org`]: per data table of the
//!   snapshot, delete the organization's rows, bulk load the new ones and
//!   copy them into `<table>_history`; append `orgsync_run`/`orgsync_error`;
//!   mark the run kept and prune the organization's history to its newest
//!   `history_runs` runs.
//! * Shared SQL is written with `$1`, `$2`, … and rewritten to the backend's
//!   placeholders.

use std::collections::BTreeMap;

use orgsync_schema::{
    ALL_TABLES, ColumnDef, ColumnType, DATA_TABLES, ErrorRecord, HISTORY_RUN_TABLE, Row, RunRecord,
    RunStatus, SCHEMA_VERSION, SCHEMA_VERSION_TABLE, Snapshot, TableDef, TableName, Value,
    format_timestamp,
};

use crate::ddl::{self, Dialect};
use crate::error::message;
use crate::records::{assemble_snapshot, table_in_run};
use crate::validate::{check_run, check_snapshot};
use crate::{Reader, Sink, SinkError, SinkOptions, crash_point};

pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The lock a transaction takes as it begins, beyond the database's own.
#[derive(Debug, Clone, Copy)]
pub enum Lock<'a> {
    /// None (the failed-run record).
    None,
    /// Creating or migrating the schema.
    Schema,
    /// Replacing the snapshot of this organization.
    Org(&'a str),
}

/// What differs between SQL databases.
pub trait Backend: Send {
    /// An open connection.
    type Conn: Send;
    /// Column types and DDL ([`crate::ddl`]).
    const DIALECT: Dialect;
    /// Where the data goes, for messages; never contains a secret.
    fn describe(&self) -> String;
    /// The schema that qualifies table names, if any.
    fn schema(&self) -> Option<&str> {
        None
    }
    /// Opens a connection; `create` when about to write (readers create nothing).
    fn connect(&self, create: bool) -> Result<Self::Conn, SinkError>;
    /// Session settings for writing, once before the first write.
    fn configure_for_writing(_conn: &mut Self::Conn) -> Result<(), BoxError> {
        Ok(())
    }
    /// The `n`-th parameter (from 1).
    fn placeholder(n: usize) -> String;
    /// The expression selecting `col` so that [`Backend::query`] reads it.
    fn select(col: &ColumnDef) -> String {
        ddl::quote(col.name)
    }
    /// Terms ordering runs oldest first; `run`/`marker` prefix the columns
    /// of `orgsync_run` and `orgsync_history_run` (`""` or `"r."`).
    fn run_order(run: &str, marker: &str) -> [String; 2];
    /// Begins a transaction and takes `lock`.
    fn begin(&self, conn: &mut Self::Conn, lock: Lock<'_>) -> Result<(), BoxError>;
    /// Runs one statement; cell `i` of each row it returns is read as
    /// `types[i]` (no types for statements that return no rows).
    fn query(
        conn: &mut Self::Conn,
        sql: &str,
        params: &[Value],
        types: &[ColumnType],
    ) -> Result<Vec<Row>, BoxError>;
    /// Appends `rows` (laid out as `def`) to the (qualified) `table`.
    fn load(
        conn: &mut Self::Conn,
        table: &str,
        def: &TableDef,
        rows: &[Row],
    ) -> Result<(), BoxError>;
    /// Names of the tables that exist (in the schema).
    fn tables(&self, conn: &mut Self::Conn) -> Result<Vec<String>, BoxError>;
    /// Names of the columns of `table` (unqualified).
    fn columns(&self, conn: &mut Self::Conn, table: &str) -> Result<Vec<String>, BoxError>;
    /// Whether the connection is lost and must be opened again.
    fn is_closed(_conn: &Self::Conn) -> bool {
        false
    }
    /// Whether views the backend keeps over the tables are missing, so the
    /// schema must be brought up to date although its version is current.
    fn views_missing(&self, _conn: &mut Self::Conn) -> Result<bool, BoxError> {
        Ok(false)
    }
    /// Creates or replaces those views, in the migration's transaction.
    fn create_views(&self, _conn: &mut Self::Conn) -> Result<(), BoxError> {
        Ok(())
    }
}

/// An SQL destination: a [`Sink`] and a [`Reader`] over a [`Backend`].
pub struct SqlSink<B: Backend> {
    backend: B,
    options: SinkOptions,
    conn: Option<B::Conn>,
    schema_ready: bool,
}

/// The text cells of rows read back.
pub(crate) fn strings(rows: Vec<Row>) -> Vec<String> {
    rows.into_iter().filter_map(|r| r.into_iter().next()?.as_str().map(str::to_string)).collect()
}

/// A connection with its backend, running the shared SQL.
struct Session<'a, B: Backend> {
    backend: &'a B,
    conn: &'a mut B::Conn,
}

impl<B: Backend> Session<'_, B> {
    fn table(&self, name: &str) -> String {
        ddl::qualified(self.backend.schema(), name)
    }

    /// `$n` rewritten to the backend's placeholders.
    fn sql(text: &str) -> String {
        let (mut out, mut rest) = (String::with_capacity(text.len()), text);
        while let Some(i) = rest.find('$') {
            out.push_str(&rest[..i]);
            let digits = rest[i + 1..].bytes().take_while(u8::is_ascii_digit).count();
            match rest[i + 1..i + 1 + digits].parse() {
                Ok(n) => out.push_str(&B::placeholder(n)),
                Err(_) => out.push('$'),
            }
            rest = &rest[i + 1 + digits..];
        }
        out + rest
    }

    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<(), BoxError> {
        self.query(sql, params, &[]).map(drop)
    }

    fn query(
        &mut self,
        sql: &str,
        params: &[Value],
        types: &[ColumnType],
    ) -> Result<Vec<Row>, BoxError> {
        B::query(self.conn, &Self::sql(sql), params, types)
    }

    /// Runs `f` in one transaction under `lock`; rolled back on error.
    fn transaction<T>(
        &mut self,
        lock: Lock<'_>,
        f: impl FnOnce(&mut Self) -> Result<T, BoxError>,
    ) -> Result<T, BoxError> {
        let result = self.backend.begin(self.conn, lock).and_then(|()| f(self)).and_then(|value| {
            B::query(self.conn, "COMMIT", &[], &[])?;
            Ok(value)
        });
        if result.is_err() && !B::is_closed(self.conn) {
            let _ = B::query(self.conn, "ROLLBACK", &[], &[]);
        }
        result
    }

    fn version(&mut self) -> Result<Option<i64>, BoxError> {
        let sql = format!("SELECT version FROM {} WHERE id = 1", self.table(SCHEMA_VERSION_TABLE));
        Ok(self.query(&sql, &[], &[ColumnType::Integer])?.first().and_then(|r| r[0].as_i64()))
    }

    /// Creates or migrates the schema unless it is current.
    fn migrate(&mut self) -> Result<(), BoxError> {
        let tables: Vec<(String, &TableDef)> = ALL_TABLES
            .iter()
            .map(|d| (d.name.to_string(), *d))
            .chain(DATA_TABLES.iter().map(|d| (ddl::history_table(d), *d)))
            .collect();
        let existing = self.backend.tables(self.conn)?;
        let has = |name: &str| existing.iter().any(|t| t == name);
        let complete = tables.iter().all(|(t, _)| has(t)) && has(HISTORY_RUN_TABLE);
        if has(SCHEMA_VERSION_TABLE)
            && complete
            && self.version()? == Some(i64::from(SCHEMA_VERSION))
            && !self.backend.views_missing(self.conn)?
        {
            return Ok(());
        }
        self.transaction(Lock::Schema, |s| {
            if s.backend.tables(s.conn)?.iter().any(|t| t == SCHEMA_VERSION_TABLE)
                && let Some(v) = s.version()?.filter(|v| *v > i64::from(SCHEMA_VERSION))
            {
                let holder = s.backend.schema().map_or("the database".into(), |n| format!("schema `{n}`"));
                return Err(message(format!(
                    "{holder} holds table contract version {v}, newer than this orgsync's version {SCHEMA_VERSION}; upgrade orgsync"
                )));
            }
            for statement in ddl::create_statements(B::DIALECT, s.backend.schema()) {
                s.exec(&statement, &[])?;
            }
            for (name, def) in &tables {
                let existing = s.backend.columns(s.conn, name)?;
                for (column, sql) in ddl::physical_columns(B::DIALECT, def) {
                    if !existing.iter().any(|e| e == column) {
                        let sql = sql.trim_end_matches(" NOT NULL");
                        s.exec(&format!("ALTER TABLE {} ADD COLUMN {sql}", s.table(name)), &[])?;
                    }
                }
            }
            let sql = format!(
                "INSERT INTO {} (id, version, migrated_at) VALUES (1, $1, $2) \
                 ON CONFLICT (id) DO UPDATE SET version = excluded.version, migrated_at = excluded.migrated_at",
                s.table(SCHEMA_VERSION_TABLE)
            );
            let now = format_timestamp(chrono::Utc::now());
            s.exec(&sql, &[Value::Int(i64::from(SCHEMA_VERSION)), Value::text(now)])?;
            s.backend.create_views(s.conn)
        })
    }

    /// Writes one snapshot in the open transaction.
    fn write(&mut self, snapshot: &Snapshot, keep: usize) -> Result<(), BoxError> {
        let org = [Value::text(snapshot.org_id())];
        for (name, rows) in &snapshot.tables {
            let def = name.def();
            let table = self.table(def.name);
            self.exec(&format!("DELETE FROM {table} WHERE org_id = $1"), &org)?;
            B::load(self.conn, &table, def, rows)?;
            if keep > 0 {
                let cols = ddl::physical_columns(B::DIALECT, def)
                    .iter()
                    .map(|(name, _)| ddl::quote(name))
                    .collect::<Vec<_>>()
                    .join(", ");
                let history = self.table(&ddl::history_table(def));
                let sql = format!(
                    "INSERT INTO {history} ({cols}) SELECT {cols} FROM {table} WHERE org_id = $1"
                );
                self.exec(&sql, &org)?;
            }
        }
        self.append_run(&snapshot.run, &snapshot.errors)?;
        let marker = self.table(HISTORY_RUN_TABLE);
        if keep > 0 {
            let sql = format!("INSERT INTO {marker} (org_id, run_id) VALUES ($1, $2)");
            self.exec(&sql, &[org[0].clone(), Value::text(&snapshot.run.run_id)])?;
        }
        let [at, tie] = B::run_order("r.", "h.");
        let sql = format!(
            "SELECT h.run_id FROM {marker} h LEFT JOIN {} r ON r.run_id = h.run_id WHERE h.org_id = $1 \
             ORDER BY {at} DESC NULLS LAST, {tie} DESC LIMIT {} OFFSET $2",
            self.table(TableName::Run.as_str()),
            i64::MAX
        );
        let params = [org[0].clone(), Value::Int(keep as i64)];
        for run_id in strings(self.query(&sql, &params, &[ColumnType::Text])?) {
            let params = [org[0].clone(), Value::text(run_id)];
            let tables = DATA_TABLES.iter().map(|d| ddl::history_table(d));
            for table in tables.chain([HISTORY_RUN_TABLE.to_string()]) {
                let sql =
                    format!("DELETE FROM {} WHERE org_id = $1 AND run_id = $2", self.table(&table));
                self.exec(&sql, &params)?;
            }
        }
        crash_point::reached("rows_written")
    }

    fn append_run(&mut self, run: &RunRecord, errors: &[ErrorRecord]) -> Result<(), BoxError> {
        let (run_def, error_def) = (TableName::Run.def(), TableName::Error.def());
        B::load(self.conn, &self.table(run_def.name), run_def, &[run.to_row()])?;
        let rows: Vec<Row> = errors.iter().map(|e| e.to_row(&run.run_id, &run.org_id)).collect();
        B::load(self.conn, &self.table(error_def.name), error_def, &rows)
    }

    /// Rows of `table` (laid out as `def`) matching `filter`.
    fn read_rows(
        &mut self,
        table: &str,
        def: &TableDef,
        filter: &str,
        params: &[Value],
    ) -> Result<Vec<Row>, BoxError> {
        let cols: Vec<String> = def.columns.iter().map(B::select).collect();
        let types: Vec<ColumnType> = def.columns.iter().map(|c| c.ty).collect();
        let sql = format!("SELECT {} FROM {} WHERE {filter}", cols.join(", "), self.table(table));
        self.query(&sql, params, &types).map_err(|e| message(format!("{table}: {e}")))
    }

    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, BoxError> {
        let [at, tie] = B::run_order("", "");
        let filter = format!("org_id = $1 ORDER BY {at}, {tie}");
        let run = TableName::Run.def();
        let rows = self.read_rows(run.name, run, &filter, &[Value::text(org_id)])?;
        rows.iter()
            .map(|row| RunRecord::from_row(row))
            .collect::<Result<_, _>>()
            .map_err(BoxError::from)
    }

    /// The snapshot of `run` as the current (`historical = false`) or the
    /// kept tables hold it.
    fn read_snapshot(&mut self, run: RunRecord, historical: bool) -> Result<Snapshot, BoxError> {
        let params = [Value::text(&run.org_id), Value::text(&run.run_id)];
        let mut tables = BTreeMap::new();
        for def in DATA_TABLES {
            let rows = if historical {
                let filter = "org_id = $1 AND run_id = $2";
                self.read_rows(&ddl::history_table(def), def, filter, &params)?
            } else {
                self.read_rows(def.name, def, "org_id = $1", &params[..1])?
            };
            if table_in_run(&run, def, &rows) {
                tables.insert(def.id, rows);
            }
        }
        let error = TableName::Error.def();
        let error_rows = self.read_rows(error.name, error, "run_id = $1", &params[1..])?;
        Ok(assemble_snapshot(run, tables, &error_rows)?)
    }
}

impl<B: Backend> SqlSink<B> {
    /// A sink over `backend`; nothing is opened yet.
    pub(crate) fn with_backend(backend: B, options: SinkOptions) -> Self {
        SqlSink { backend, options, conn: None, schema_ready: false }
    }

    fn session(&mut self, create: bool) -> Result<Session<'_, B>, SinkError> {
        if self.conn.is_none() {
            self.conn = Some(self.backend.connect(create)?);
        }
        Ok(Session { backend: &self.backend, conn: self.conn.as_mut().expect("connected") })
    }

    /// Connects for writing and creates/migrates the schema, once.
    fn writable(&mut self) -> Result<Session<'_, B>, SinkError> {
        if !self.schema_ready {
            let destination = self.backend.describe();
            let mut s = self.session(true)?;
            B::configure_for_writing(s.conn)
                .and_then(|()| s.migrate())
                .map_err(|source| SinkError::Open { destination, source })?;
            self.schema_ready = true;
        }
        self.session(true)
    }

    /// Connects for reading; `None` when there are no tables yet.
    fn readable(&mut self) -> Result<Option<Session<'_, B>>, SinkError> {
        let destination = self.backend.describe();
        let s = self.session(false)?;
        let tables =
            s.backend.tables(s.conn).map_err(|source| SinkError::Read { destination, source })?;
        Ok(tables.iter().any(|t| t == TableName::Run.as_str()).then_some(s))
    }

    /// Runs a write transaction; a lost connection is dropped afterwards.
    fn write_with(
        &mut self,
        lock: Lock<'_>,
        f: impl FnOnce(&mut Session<'_, B>) -> Result<(), BoxError>,
    ) -> Result<(), SinkError> {
        let destination = self.backend.describe();
        let result = self.writable()?.transaction(lock, f);
        if self.conn.as_ref().is_some_and(B::is_closed) {
            self.conn = None;
        }
        result.map_err(|source| SinkError::Write { destination, source })
    }
}

impl<B: Backend> Sink for SqlSink<B> {
    fn describe(&self) -> String {
        self.backend.describe()
    }

    fn prepare(&mut self) -> Result<(), SinkError> {
        self.writable().map(drop)
    }

    fn write_snapshot(&mut self, snapshot: &Snapshot) -> Result<(), SinkError> {
        check_snapshot(snapshot).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.backend.describe(),
            reason,
        })?;
        let keep = self.options.history_runs;
        self.write_with(Lock::Org(snapshot.org_id()), |s| s.write(snapshot, keep))
    }

    fn record_failed_run(
        &mut self,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), SinkError> {
        check_run(run).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.backend.describe(),
            reason,
        })?;
        self.write_with(Lock::None, |s| s.append_run(run, errors))
    }
}

impl<B: Backend> Reader for SqlSink<B> {
    fn describe(&self) -> String {
        self.backend.describe()
    }

    fn organizations(&mut self) -> Result<Vec<String>, SinkError> {
        let destination = self.backend.describe();
        let Some(mut s) = self.readable()? else { return Ok(Vec::new()) };
        let sql = format!(
            "SELECT DISTINCT org_id FROM {} WHERE org_id <> '' ORDER BY org_id",
            s.table(TableName::Run.as_str())
        );
        let rows = s.query(&sql, &[], &[ColumnType::Text]);
        rows.map(strings).map_err(|source| SinkError::Read { destination, source })
    }

    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, SinkError> {
        let destination = self.backend.describe();
        let Some(mut s) = self.readable()? else { return Ok(Vec::new()) };
        s.read_runs(org_id).map_err(|source| SinkError::Read { destination, source })
    }

    fn read_snapshot(&mut self, org_id: &str, run_id: Option<&str>) -> Result<Snapshot, SinkError> {
        let destination = self.backend.describe();
        let history_runs = self.options.history_runs;
        let not_found =
            |what: String| SinkError::NotFound { destination: destination.clone(), what };
        let read = |source: BoxError| SinkError::Read { destination: destination.clone(), source };
        let mut session = self.readable()?;
        let runs = match &mut session {
            Some(s) => s.read_runs(org_id).map_err(read)?,
            None => Vec::new(),
        };
        let run = match run_id {
            None => runs.iter().rev().find(|r| r.status != RunStatus::Failed).ok_or_else(|| {
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
                run
            }
        };
        let s = session.as_mut().expect("runs were read");
        if let Some(id) = run_id {
            let sql = format!(
                "SELECT count(*) FROM {} WHERE org_id = $1 AND run_id = $2",
                s.table(HISTORY_RUN_TABLE)
            );
            let params = [Value::text(org_id), Value::text(id)];
            let kept = s.query(&sql, &params, &[ColumnType::Integer]).map_err(read)?;
            if kept.first().and_then(|r| r[0].as_i64()).unwrap_or(0) == 0 {
                return Err(not_found(format!(
                    "the snapshot of run `{id}` (older than the {history_runs} kept per organization; see history_runs)"
                )));
            }
        }
        s.read_snapshot(run.clone(), run_id.is_some()).map_err(read)
    }
}
