//! The PostgreSQL destination (`postgres://…` / `postgresql://…`), through
//! the synchronous `postgres` driver.
//!
//! * Tables live in one schema (`SinkOptions::postgres_schema`, default
//!   `orgsync`), created and migrated on first use under a transaction-scoped
//!   advisory lock, so concurrent first runs do not race. Types: text,
//!   bigint, boolean, timestamptz, jsonb; `content_json jsonb` beside every
//!   `content` column holds the document parsed (NULL when it is not JSON),
//!   while `content` keeps the text exactly as AWS returned it.
//! * A run is one transaction: `pg_advisory_xact_lock(hash(schema, org_id))`
//!   first — a second run for the **same** organization waits there until
//!   the first commits or rolls back, then replaces its rows; runs for
//!   different organizations do not block each other — then, per data table
//!   of the snapshot, `DELETE … WHERE org_id = $1` and a text-format
//!   `COPY … FROM STDIN` of the new rows, a copy into `<table>_history`,
//!   the `orgsync_run`/`orgsync_error` rows, and pruning of the history to
//!   the last `history_runs` runs of the organization.
//! * Credentials: the password from the URL, else `PGPASSWORD`, else the
//!   password file ([`password`]); the user from the URL, else `PGUSER`,
//!   else `USER`. [`Sink::describe`] and every error show the URL with its
//!   password masked.
//! * TLS: `sslmode=disable|prefer|require|verify-ca|verify-full` and
//!   `sslrootcert=PATH` in the URL ([`tls`]).
//!
//! The driver runs its own small Tokio runtime: call these methods from a
//! thread that is not driving an async runtime (`spawn_blocking`).

pub mod password;
pub mod tls;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use orgsync_schema::{
    ALL_TABLES, ColumnType, DATA_TABLES, ErrorRecord, Row, RunRecord, RunStatus, SCHEMA_VERSION,
    Snapshot, TableDef, TableName, Value, format_timestamp,
};
use postgres::{Client, NoTls, Transaction};
use sha2::{Digest, Sha256};

use crate::ddl::{self, Dialect, HISTORY_RUN_TABLE, SCHEMA_VERSION_TABLE};
use crate::destination::mask_password;
use crate::error::message;
use crate::records::{assemble_snapshot, error_from_row, run_from_row, sort_rows, table_in_run};
use crate::validate::{check_row, check_snapshot};
use crate::{Reader, Sink, SinkError, SinkOptions, crash_point};
use tls::SslMode;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Bytes buffered before they are handed to COPY.
const COPY_CHUNK: usize = 1 << 20;

/// `postgres://…`: a [`Sink`] and a [`Reader`].
pub struct PostgresSink {
    config: postgres::Config,
    ssl_mode: SslMode,
    root_cert: Option<PathBuf>,
    masked_url: String,
    schema: String,
    options: SinkOptions,
    client: Option<Client>,
    schema_ready: bool,
}

impl std::fmt::Debug for PostgresSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresSink")
            .field("url", &self.masked_url)
            .field("schema", &self.schema)
            .finish()
    }
}

/// Checks a schema name: a plain lower-case SQL identifier.
fn check_schema_name(name: &str) -> Result<(), String> {
    let ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "PostgreSQL schema `{name}` is not a plain identifier (lower-case letters, digits, `_`, at most 63, e.g. `orgsync`)"
        ))
    }
}

impl PostgresSink {
    /// Parses the URL and settings; connects on first use.
    pub fn new(url: &str, options: SinkOptions) -> Result<Self, SinkError> {
        let masked_url = mask_password(url);
        let invalid = |reason: String| SinkError::InvalidDestination {
            destination: masked_url.clone(),
            reason,
        };
        check_schema_name(&options.postgres_schema).map_err(&invalid)?;
        let mut parsed =
            url::Url::parse(url.trim()).map_err(|e| invalid(format!("not a valid URL: {e}")))?;
        let mut ssl_mode = SslMode::Prefer;
        let mut root_cert = None;
        let mut kept = Vec::new();
        for (key, value) in parsed.query_pairs() {
            match key.as_ref() {
                "sslmode" => {
                    ssl_mode = SslMode::parse(&value).ok_or_else(|| {
                        invalid(format!(
                            "sslmode `{value}` is not one of disable, prefer, require, verify-ca, verify-full (e.g. `?sslmode=verify-full`)"
                        ))
                    })?;
                }
                "sslrootcert" => root_cert = Some(PathBuf::from(value.as_ref())),
                _ => kept.push((key.into_owned(), value.into_owned())),
            }
        }
        parsed.set_query(None);
        if !kept.is_empty() {
            parsed.query_pairs_mut().extend_pairs(kept);
        }
        let mut config = postgres::Config::from_str(parsed.as_str()).map_err(|e| {
            invalid(format!(
                "{e}; example: `postgres://orgsync@127.0.0.1:5432/inventory?sslmode=require`"
            ))
        })?;
        if config.get_user().is_none() {
            let user = std::env::var("PGUSER").or_else(|_| std::env::var("USER")).map_err(|_| {
                invalid("no user given; put it in the URL, e.g. `postgres://orgsync@127.0.0.1/inventory`".into())
            })?;
            config.user(&user);
        }
        if config.get_password().is_none() {
            let host = match config.get_hosts().first() {
                Some(postgres::config::Host::Tcp(h)) => h.clone(),
                _ => "localhost".to_string(),
            };
            let user = config.get_user().unwrap_or_default().to_string();
            let database = config.get_dbname().map_or_else(|| user.clone(), str::to_string);
            let port = config.get_ports().first().copied().unwrap_or(5432);
            if let Some(pw) = password::lookup(&password::Target {
                host: &host,
                port,
                database: &database,
                user: &user,
            }) {
                config.password(pw);
            }
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(15));
        }
        config.ssl_mode(ssl_mode.driver_mode());
        config.application_name("orgsync");
        Ok(PostgresSink {
            config,
            ssl_mode,
            root_cert,
            masked_url,
            schema: options.postgres_schema.clone(),
            options,
            client: None,
            schema_ready: false,
        })
    }

    fn destination(&self) -> String {
        format!("{} (schema {})", self.masked_url, self.schema)
    }

    fn connect(&mut self) -> Result<&mut Client, SinkError> {
        if self.client.is_none() {
            let result = match self.ssl_mode {
                SslMode::Disable => self.config.connect(NoTls).map_err(BoxError::from),
                mode => tls::connector(mode, self.root_cert.as_deref())
                    .and_then(|tls| self.config.connect(tls).map_err(BoxError::from)),
            };
            let client = result
                .map_err(|source| SinkError::Open { destination: self.destination(), source })?;
            self.client = Some(client);
        }
        Ok(self.client.as_mut().expect("connected"))
    }

    fn writable(&mut self) -> Result<&mut Client, SinkError> {
        let destination = self.destination();
        let schema = self.schema.clone();
        let ready = self.schema_ready;
        let client = self.connect()?;
        if !ready {
            migrate(client, &schema).map_err(|source| SinkError::Open { destination, source })?;
        }
        self.schema_ready = true;
        Ok(self.client.as_mut().expect("connected"))
    }

    fn table(&self, name: &str) -> String {
        ddl::qualified(Some(&self.schema), name)
    }

    /// Connects for reading; `None` when the schema has no tables yet.
    fn readable(&mut self) -> Result<Option<&mut Client>, SinkError> {
        let destination = self.destination();
        let run_table = format!("{}.orgsync_run", self.schema);
        let client = self.connect()?;
        let exists: bool = client
            .query_one("SELECT to_regclass($1) IS NOT NULL", &[&run_table])
            .map_err(|e| SinkError::Read { destination, source: e.into() })?
            .get(0);
        Ok(if exists { Some(self.client.as_mut().expect("connected")) } else { None })
    }
}

/// The advisory lock key of a name (first 8 bytes of its SHA-256).
fn lock_key(parts: &[&str]) -> i64 {
    let mut hash = Sha256::new();
    for p in parts {
        hash.update(p.as_bytes());
        hash.update([0]);
    }
    let digest = hash.finalize();
    i64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// Creates or migrates the schema in one transaction under a lock.
fn migrate(client: &mut Client, schema: &str) -> Result<(), BoxError> {
    let version_table = ddl::qualified(Some(schema), SCHEMA_VERSION_TABLE);
    let current: Option<i64> = {
        let exists: bool = client
            .query_one(
                "SELECT to_regclass($1) IS NOT NULL",
                &[&format!("{}.{SCHEMA_VERSION_TABLE}", ddl::quote(schema))],
            )?
            .get(0);
        if exists {
            client
                .query_opt(&format!("SELECT version FROM {version_table} WHERE id = 1"), &[])?
                .map(|r| r.get(0))
        } else {
            None
        }
    };
    if current == Some(i64::from(SCHEMA_VERSION)) {
        return Ok(());
    }
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&lock_key(&["orgsync-migrate", schema])])?;
    tx.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {}", ddl::quote(schema)))?;
    tx.batch_execute(&format!(
        "CREATE TABLE IF NOT EXISTS {version_table} (id bigint NOT NULL PRIMARY KEY CHECK (id = 1), version bigint NOT NULL, migrated_at text NOT NULL)"
    ))?;
    let version: Option<i64> = tx
        .query_opt(&format!("SELECT version FROM {version_table} WHERE id = 1"), &[])?
        .map(|r| r.get(0));
    if let Some(v) = version.filter(|v| *v > i64::from(SCHEMA_VERSION)) {
        return Err(message(format!(
            "schema `{schema}` holds table contract version {v}, newer than this orgsync's version {SCHEMA_VERSION}; upgrade orgsync"
        )));
    }
    for statement in ddl::create_statements(Dialect::Postgres, Some(schema)) {
        tx.batch_execute(&statement)?;
    }
    let tables = ALL_TABLES
        .iter()
        .map(|d| (d.name.to_string(), *d))
        .chain(DATA_TABLES.iter().map(|d| (ddl::history_table(d), *d)));
    for (name, def) in tables {
        for (_, sql) in ddl::physical_columns(Dialect::Postgres, def) {
            let sql = sql.trim_end_matches(" NOT NULL");
            tx.batch_execute(&format!(
                "ALTER TABLE {} ADD COLUMN IF NOT EXISTS {sql}",
                ddl::qualified(Some(schema), &name)
            ))?;
        }
    }
    tx.execute(
        &format!(
            "INSERT INTO {version_table} (id, version, migrated_at) VALUES (1, $1, $2) \
             ON CONFLICT (id) DO UPDATE SET version = excluded.version, migrated_at = excluded.migrated_at"
        ),
        &[&i64::from(SCHEMA_VERSION), &format_timestamp(Utc::now())],
    )?;
    tx.commit()?;
    Ok(())
}

/// Whether PostgreSQL's jsonb accepts `text` (NUL escapes it rejects).
fn jsonb_accepts(text: &str) -> bool {
    !text.contains("\\u0000") && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Appends `text` escaped for COPY's text format.
fn push_copy_text(buf: &mut Vec<u8>, text: &str) {
    for b in text.bytes() {
        match b {
            b'\\' => buf.extend_from_slice(b"\\\\"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            _ => buf.push(b),
        }
    }
}

fn push_copy_value(buf: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => buf.extend_from_slice(b"\\N"),
        Value::Text(s) | Value::Json(s) => push_copy_text(buf, s),
        Value::Int(i) => buf.extend_from_slice(i.to_string().as_bytes()),
        Value::Bool(b) => buf.push(if *b { b't' } else { b'f' }),
        Value::Timestamp(t) => buf.extend_from_slice(format_timestamp(*t).as_bytes()),
    }
}

fn physical_column_list(def: &TableDef) -> String {
    ddl::physical_columns(Dialect::Postgres, def)
        .iter()
        .map(|(name, _)| ddl::quote(name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// COPYs rows into `table` (laid out as `def`, plus `content_json`).
fn copy_rows(
    tx: &mut Transaction<'_>,
    table: &str,
    def: &TableDef,
    rows: &[Row],
) -> Result<(), BoxError> {
    if rows.is_empty() {
        return Ok(());
    }
    let content = ddl::has_content_json(Dialect::Postgres, def)
        .then(|| def.column_index("content"))
        .flatten();
    let mut writer =
        tx.copy_in(&format!("COPY {table} ({}) FROM STDIN", physical_column_list(def)))?;
    let mut buf = Vec::with_capacity(COPY_CHUNK + 4096);
    for row in rows {
        for (i, value) in row.iter().enumerate() {
            if i > 0 {
                buf.push(b'\t');
            }
            push_copy_value(&mut buf, value);
        }
        if let Some(c) = content {
            buf.push(b'\t');
            match &row[c] {
                Value::Text(s) if jsonb_accepts(s) => push_copy_text(&mut buf, s),
                _ => buf.extend_from_slice(b"\\N"),
            }
        }
        buf.push(b'\n');
        if buf.len() >= COPY_CHUNK {
            writer.write_all(&buf)?;
            buf.clear();
        }
    }
    writer.write_all(&buf)?;
    writer.finish()?;
    Ok(())
}

impl PostgresSink {
    fn write_in_transaction(
        &self,
        tx: &mut Transaction<'_>,
        snapshot: &Snapshot,
    ) -> Result<(), BoxError> {
        let org_id = snapshot.org_id();
        tx.execute(
            "SELECT pg_advisory_xact_lock($1)",
            &[&lock_key(&["orgsync-org", &self.schema, org_id])],
        )?;
        for (name, rows) in &snapshot.tables {
            let def = name.def();
            let table = self.table(def.name);
            tx.execute(&format!("DELETE FROM {table} WHERE org_id = $1"), &[&org_id])?;
            copy_rows(tx, &table, def, rows)?;
            if self.options.history_runs > 0 {
                let cols = physical_column_list(def);
                tx.execute(
                    &format!(
                        "INSERT INTO {} ({cols}) SELECT {cols} FROM {table} WHERE org_id = $1",
                        self.table(&ddl::history_table(def))
                    ),
                    &[&org_id],
                )?;
            }
        }
        self.append_run(tx, &snapshot.run, &snapshot.errors)?;
        if self.options.history_runs > 0 {
            tx.execute(
                &format!(
                    "INSERT INTO {} (org_id, run_id) VALUES ($1, $2)",
                    self.table(HISTORY_RUN_TABLE)
                ),
                &[&org_id, &snapshot.run.run_id],
            )?;
        }
        let dropped: Vec<String> = tx
            .query(
                &format!(
                    "SELECT h.run_id FROM {} h LEFT JOIN {} r ON r.run_id = h.run_id WHERE h.org_id = $1 \
                     ORDER BY r.started_at DESC NULLS LAST, h.run_id DESC OFFSET $2",
                    self.table(HISTORY_RUN_TABLE),
                    self.table("orgsync_run")
                ),
                &[&org_id, &(self.options.history_runs as i64)],
            )?
            .iter()
            .map(|r| r.get(0))
            .collect();
        if !dropped.is_empty() {
            for def in DATA_TABLES {
                tx.execute(
                    &format!(
                        "DELETE FROM {} WHERE org_id = $1 AND run_id = ANY($2)",
                        self.table(&ddl::history_table(def))
                    ),
                    &[&org_id, &dropped],
                )?;
            }
            tx.execute(
                &format!(
                    "DELETE FROM {} WHERE org_id = $1 AND run_id = ANY($2)",
                    self.table(HISTORY_RUN_TABLE)
                ),
                &[&org_id, &dropped],
            )?;
        }
        Ok(())
    }

    fn append_run(
        &self,
        tx: &mut Transaction<'_>,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), BoxError> {
        copy_rows(tx, &self.table("orgsync_run"), TableName::Run.def(), &[run.to_row()])?;
        let error_rows: Vec<Row> =
            errors.iter().map(|e| e.to_row(&run.run_id, &run.org_id)).collect();
        copy_rows(tx, &self.table("orgsync_error"), TableName::Error.def(), &error_rows)
    }

    /// Rows of `table` (laid out as `def`) matching `filter` over `$1`, `$2`.
    fn read_rows(
        client: &mut Client,
        table: &str,
        def: &TableDef,
        filter: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
    ) -> Result<Vec<Row>, BoxError> {
        let cols: Vec<String> = def
            .columns
            .iter()
            .map(|c| match c.ty {
                ColumnType::Json => format!("{}::text", ddl::quote(c.name)),
                _ => ddl::quote(c.name),
            })
            .collect();
        let sql = format!("SELECT {} FROM {table} WHERE {filter}", cols.join(", "));
        let mut out = Vec::new();
        for r in client.query(&sql, params)? {
            let mut row = Vec::with_capacity(def.columns.len());
            for (i, col) in def.columns.iter().enumerate() {
                row.push(match col.ty {
                    ColumnType::Text => {
                        r.get::<_, Option<String>>(i).map_or(Value::Null, Value::Text)
                    }
                    ColumnType::Json => {
                        r.get::<_, Option<String>>(i).map_or(Value::Null, Value::Json)
                    }
                    ColumnType::Integer => {
                        r.get::<_, Option<i64>>(i).map_or(Value::Null, Value::Int)
                    }
                    ColumnType::Boolean => {
                        r.get::<_, Option<bool>>(i).map_or(Value::Null, Value::Bool)
                    }
                    ColumnType::Timestamp => {
                        r.get::<_, Option<DateTime<Utc>>>(i).map_or(Value::Null, Value::Timestamp)
                    }
                });
            }
            out.push(row);
        }
        Ok(out)
    }
}

impl Sink for PostgresSink {
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
        let destination = self.destination();
        self.writable()?;
        let mut client = self.client.take().expect("connected");
        let result = (|| -> Result<(), BoxError> {
            let mut tx = client.transaction()?;
            self.write_in_transaction(&mut tx, snapshot)?;
            crash_point::reached("rows_written")?;
            tx.commit()?;
            Ok(())
        })();
        if !client.is_closed() {
            self.client = Some(client);
        }
        result.map_err(|source| SinkError::Write { destination, source })
    }

    fn record_failed_run(
        &mut self,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), SinkError> {
        check_row(TableName::Run.def(), &run.to_row()).map_err(|reason| {
            SinkError::InvalidSnapshot {
                destination: self.destination(),
                reason: format!("orgsync_run: {reason}"),
            }
        })?;
        let destination = self.destination();
        self.writable()?;
        let mut client = self.client.take().expect("connected");
        let result = (|| -> Result<(), BoxError> {
            let mut tx = client.transaction()?;
            self.append_run(&mut tx, run, errors)?;
            tx.commit()?;
            Ok(())
        })();
        if !client.is_closed() {
            self.client = Some(client);
        }
        result.map_err(|source| SinkError::Write { destination, source })
    }
}

impl Reader for PostgresSink {
    fn describe(&self) -> String {
        self.destination()
    }

    fn organizations(&mut self) -> Result<Vec<String>, SinkError> {
        let destination = self.destination();
        let table = self.table("orgsync_run");
        let Some(client) = self.readable()? else { return Ok(Vec::new()) };
        let rows = client
            .query(
                &format!("SELECT DISTINCT org_id FROM {table} WHERE org_id <> '' ORDER BY org_id"),
                &[],
            )
            .map_err(|e| SinkError::Read { destination, source: e.into() })?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, SinkError> {
        let destination = self.destination();
        let table = self.table("orgsync_run");
        let Some(client) = self.readable()? else { return Ok(Vec::new()) };
        let result = (|| -> Result<Vec<RunRecord>, BoxError> {
            let rows = Self::read_rows(
                client,
                &table,
                TableName::Run.def(),
                "org_id = $1 ORDER BY started_at, run_id",
                &[&org_id],
            )?;
            rows.iter().map(run_from_row).collect::<Result<_, _>>().map_err(message)
        })();
        result.map_err(|source| SinkError::Read { destination, source })
    }

    fn read_snapshot(&mut self, org_id: &str, run_id: Option<&str>) -> Result<Snapshot, SinkError> {
        let destination = self.destination();
        let history_runs = self.options.history_runs;
        let not_found =
            |what: String| SinkError::NotFound { destination: destination.clone(), what };
        let runs = self.read_runs(org_id)?;
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
        }
        .clone();
        let tables_of = |name: &str| ddl::qualified(Some(&self.schema), name);
        let history_marker = tables_of(HISTORY_RUN_TABLE);
        let table_names: Vec<(String, String)> = DATA_TABLES
            .iter()
            .map(|d| (tables_of(d.name), tables_of(&ddl::history_table(d))))
            .collect();
        let error_table = tables_of("orgsync_error");
        let client = self.connect()?;
        let read = |e: BoxError| SinkError::Read { destination: destination.clone(), source: e };
        if let Some(id) = run_id {
            let kept: i64 = client
                .query_one(
                    &format!(
                        "SELECT count(*) FROM {history_marker} WHERE org_id = $1 AND run_id = $2"
                    ),
                    &[&org_id, &id],
                )
                .map_err(|e| read(e.into()))?
                .get(0);
            if kept == 0 {
                return Err(not_found(format!(
                    "the snapshot of run `{id}` (older than the {history_runs} kept per organization; see history_runs)"
                )));
            }
        }
        let result = (|| -> Result<Snapshot, BoxError> {
            let mut tables = BTreeMap::new();
            for (def, (current, history)) in DATA_TABLES.iter().zip(&table_names) {
                let rows = match run_id {
                    None => Self::read_rows(client, current, def, "org_id = $1", &[&org_id])?,
                    Some(id) => Self::read_rows(
                        client,
                        history,
                        def,
                        "org_id = $1 AND run_id = $2",
                        &[&org_id, &id],
                    )?,
                };
                if table_in_run(&run, def, &rows) {
                    tables.insert(def.id, rows);
                }
            }
            let mut error_rows = Self::read_rows(
                client,
                &error_table,
                TableName::Error.def(),
                "run_id = $1",
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
