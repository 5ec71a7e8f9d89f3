//! The PostgreSQL destination (`postgres://…` / `postgresql://…`), through
//! the synchronous `postgres` driver: the [`Backend`] of the shared SQL
//! destination ([`crate::sql`]), which holds the schema, write, history and
//! read logic.
//!
//! * Tables live in one schema (`SinkOptions::postgres_schema`, default
//!   `orgsync`), every name qualified by it. Types: text, bigint, boolean,
//!   timestamptz, jsonb; `content_json jsonb` beside every `content` column
//!   holds the document parsed (NULL when it is not JSON), while `content`
//!   keeps the text exactly as AWS returned it. JSON columns are read back
//!   as `::text`.
//! * Locks are transaction-scoped advisory locks: migration takes
//!   `hash("orgsync-migrate", schema)`, so concurrent first runs do not race;
//!   a write takes `hash("orgsync-org", schema, org_id)`, so a second run for
//!   the **same** organization waits until the first commits or rolls back,
//!   while runs for different organizations do not block each other.
//! * Rows are loaded with a text-format `COPY … FROM STDIN`.
//! * Steampipe-compatible views over the tables, in their own schema
//!   (`SinkOptions::postgres_steampipe_schema`), are (re)created with the
//!   schema ([`steampipe`]).
//! * Credentials: the password from the URL, else `PGPASSWORD`, else the
//!   password file ([`password`]); the user from the URL, else `PGUSER`,
//!   else `USER`. [`crate::Sink::describe`] and every error show the URL
//!   with its password masked.
//! * TLS: `sslmode=disable|prefer|require|verify-ca|verify-full` and
//!   `sslrootcert=PATH` in the URL ([`tls`]).
//!
//! The driver runs its own small Tokio runtime: call these methods from a
//! thread that is not driving an async runtime (`spawn_blocking`).

pub mod password;
pub mod steampipe;
pub mod tls;

use std::io::Write;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use chrono::{DateTime, Utc};
use orgsync_schema::{ColumnDef, ColumnType, Row, TableDef, Value, format_timestamp};
use postgres::types::ToSql;
use postgres::{Client, NoTls};
use sha2::{Digest, Sha256};

use crate::ddl::{self, Dialect};
use crate::mask_password;
use crate::sql::{Backend, BoxError, Lock, SqlSink, strings};
use crate::{SinkError, SinkOptions};
use tls::SslMode;

/// Bytes buffered before they are handed to COPY.
const COPY_CHUNK: usize = 1 << 20;

/// The PostgreSQL [`Backend`]: connection settings and the schema.
pub struct Postgres {
    config: postgres::Config,
    ssl_mode: SslMode,
    root_cert: Option<PathBuf>,
    masked_url: String,
    schema: String,
    views_schema: Option<String>,
}

/// `postgres://…`: a [`crate::Sink`] and a [`crate::Reader`].
pub type PostgresSink = SqlSink<Postgres>;

impl std::fmt::Debug for Postgres {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Postgres")
            .field("url", &self.masked_url)
            .field("schema", &self.schema)
            .field("views_schema", &self.views_schema)
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
        let views_schema = options.postgres_steampipe_schema.schema_for(&options.postgres_schema);
        if let Some(views) = &views_schema {
            check_schema_name(views).map_err(&invalid)?;
            if *views == options.postgres_schema {
                return Err(invalid(format!(
                    "the Steampipe views' schema `{views}` is the tables' schema; set postgres_steampipe_schema to another schema, e.g. `steampipe`, or `{}`",
                    crate::SteampipeViews::OFF
                )));
            }
        }
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
        let schema = options.postgres_schema.clone();
        let backend = Postgres { config, ssl_mode, root_cert, masked_url, schema, views_schema };
        Ok(SqlSink::with_backend(backend, options))
    }
}

/// A [`Value`] as a query parameter.
fn param(value: &Value) -> Box<dyn ToSql + Sync + '_> {
    match value {
        Value::Null => Box::new(None::<&str>),
        Value::Text(s) => Box::new(s.as_str()),
        Value::Json(s) => Box::new(s.as_str()),
        Value::Int(i) => Box::new(*i),
        Value::Bool(b) => Box::new(*b),
        Value::Timestamp(t) => Box::new(*t),
    }
}

impl Backend for Postgres {
    type Conn = Client;
    const DIALECT: Dialect = Dialect::Postgres;

    fn describe(&self) -> String {
        format!("{} (schema {})", self.masked_url, self.schema)
    }

    fn schema(&self) -> Option<&str> {
        Some(&self.schema)
    }

    fn connect(&self, _create: bool) -> Result<Client, SinkError> {
        match self.ssl_mode {
            SslMode::Disable => self.config.connect(NoTls).map_err(BoxError::from),
            mode => tls::connector(mode, self.root_cert.as_deref())
                .and_then(|tls| self.config.connect(tls).map_err(BoxError::from)),
        }
        .map_err(|source| SinkError::Open { destination: self.describe(), source })
    }

    fn placeholder(n: usize) -> String {
        format!("${n}")
    }

    fn select(col: &ColumnDef) -> String {
        match col.ty {
            ColumnType::Json => format!("{}::text", ddl::quote(col.name)),
            _ => ddl::quote(col.name),
        }
    }

    fn run_order(run: &str, marker: &str) -> [String; 2] {
        [format!("{run}started_at"), format!("{marker}run_id")]
    }

    fn begin(&self, client: &mut Client, lock: Lock<'_>) -> Result<(), BoxError> {
        client.batch_execute("BEGIN")?;
        let key = match lock {
            Lock::None => return Ok(()),
            Lock::Schema => lock_key(&["orgsync-migrate", &self.schema]),
            Lock::Org(org_id) => lock_key(&["orgsync-org", &self.schema, org_id]),
        };
        client.execute("SELECT pg_advisory_xact_lock($1)", &[&key])?;
        Ok(())
    }

    fn query(
        client: &mut Client,
        sql: &str,
        params: &[Value],
        types: &[ColumnType],
    ) -> Result<Vec<Row>, BoxError> {
        let params: Vec<_> = params.iter().map(param).collect();
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| &**p as _).collect();
        let mut out = Vec::new();
        for r in client.query(sql, &refs)? {
            let cell = |(i, ty): (usize, &ColumnType)| -> Result<Value, postgres::Error> {
                Ok(match ty {
                    ColumnType::Text => {
                        r.try_get::<_, Option<String>>(i)?.map_or(Value::Null, Value::text)
                    }
                    ColumnType::Json => {
                        r.try_get::<_, Option<String>>(i)?.map_or(Value::Null, Value::Json)
                    }
                    ColumnType::Integer => {
                        r.try_get::<_, Option<i64>>(i)?.map_or(Value::Null, Value::Int)
                    }
                    ColumnType::Boolean => {
                        r.try_get::<_, Option<bool>>(i)?.map_or(Value::Null, Value::Bool)
                    }
                    ColumnType::Timestamp => r
                        .try_get::<_, Option<DateTime<Utc>>>(i)?
                        .map_or(Value::Null, Value::Timestamp),
                })
            };
            out.push(types.iter().enumerate().map(cell).collect::<Result<_, _>>()?);
        }
        Ok(out)
    }

    fn load(
        client: &mut Client,
        table: &str,
        def: &TableDef,
        rows: &[Row],
    ) -> Result<(), BoxError> {
        copy_rows(client, table, def, rows)
    }

    fn tables(&self, client: &mut Client) -> Result<Vec<String>, BoxError> {
        let sql = "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace \
                   WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')";
        Ok(strings(Self::query(client, sql, &[Value::text(&self.schema)], &[ColumnType::Text])?))
    }

    fn columns(&self, client: &mut Client, table: &str) -> Result<Vec<String>, BoxError> {
        let sql = "SELECT attname::text FROM pg_attribute \
                   WHERE attrelid = to_regclass($1) AND attnum > 0 AND NOT attisdropped";
        let table = ddl::qualified(Some(&self.schema), table);
        Ok(strings(Self::query(client, sql, &[Value::text(table)], &[ColumnType::Text])?))
    }

    fn is_closed(client: &Client) -> bool {
        client.is_closed()
    }

    fn views_missing(&self, client: &mut Client) -> Result<bool, BoxError> {
        let Some(views) = &self.views_schema else { return Ok(false) };
        let sql = "SELECT viewname::text FROM pg_views WHERE schemaname = $1";
        let existing =
            strings(Self::query(client, sql, &[Value::text(views)], &[ColumnType::Text])?);
        let missing = steampipe::VIEWS.iter().any(|v| !existing.iter().any(|e| e == v));
        // A text `path` (no ltree then) is upgraded once the extension is there.
        let upgradable = path_type(client, views)?.as_deref() == Some("text")
            && installed_ltree(client)?.is_some();
        Ok(missing || upgradable)
    }

    fn create_views(&self, client: &mut Client) -> Result<(), BoxError> {
        let Some(views) = &self.views_schema else { return Ok(()) };
        let result = in_savepoint(client, "orgsync_views", |client| {
            client.batch_execute(&format!("CREATE SCHEMA IF NOT EXISTS {}", ddl::quote(views)))?;
            let path = ltree(client, views)?;
            let wanted = match path {
                steampipe::PathType::Ltree { .. } => "ltree",
                steampipe::PathType::Text => "text",
            };
            if path_type(client, views)?.is_some_and(|current| current != wanted) {
                // CREATE OR REPLACE cannot change a column's type.
                client.batch_execute(&format!(
                    "DROP VIEW {}.{}",
                    ddl::quote(views),
                    ddl::quote(steampipe::OU_VIEW)
                ))?;
            }
            for statement in steampipe::view_statements(&self.schema, views, &path) {
                client.batch_execute(&statement)?;
            }
            Ok(())
        });
        if let Err(e) = result {
            tracing::warn!(
                schema = %views,
                "the Steampipe-compatible views were not created: {}; the tables are written as usual",
                e
            );
        }
        Ok(())
    }
}

/// Runs `f` inside a savepoint: on error, rolls back to it (the enclosing
/// transaction goes on) and returns the error.
fn in_savepoint(
    client: &mut Client,
    name: &str,
    f: impl FnOnce(&mut Client) -> Result<(), BoxError>,
) -> Result<(), BoxError> {
    client.batch_execute(&format!("SAVEPOINT {name}"))?;
    match f(client) {
        Ok(()) => Ok(client.batch_execute(&format!("RELEASE SAVEPOINT {name}"))?),
        Err(e) => {
            client.batch_execute(&format!("ROLLBACK TO SAVEPOINT {name}"))?;
            Err(e)
        }
    }
}

/// The type of `path` in the OU view of `views`, if the view exists.
fn path_type(client: &mut Client, views: &str) -> Result<Option<String>, BoxError> {
    let sql = "SELECT udt_name::text FROM information_schema.columns \
               WHERE table_schema = $1 AND table_name = $2 AND column_name = 'path'";
    let params = [Value::text(views), Value::text(steampipe::OU_VIEW)];
    Ok(strings(Postgres::query(client, sql, &params, &[ColumnType::Text])?).into_iter().next())
}

/// The schema of the installed `ltree` extension, if any.
fn installed_ltree(client: &mut Client) -> Result<Option<String>, BoxError> {
    let sql = "SELECT n.nspname::text FROM pg_extension e                JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'ltree'";
    Ok(strings(Postgres::query(client, sql, &[], &[ColumnType::Text])?).into_iter().next())
}

/// How the OU view types `path`: `ltree` where the extension is installed or
/// can be installed into `views`, `text` otherwise (with a warning saying why).
fn ltree(client: &mut Client, views: &str) -> Result<steampipe::PathType, BoxError> {
    if let Some(schema) = installed_ltree(client)? {
        return Ok(steampipe::PathType::Ltree { schema });
    }
    let sql = "SELECT name::text FROM pg_available_extensions WHERE name = 'ltree'";
    let why = if strings(Postgres::query(client, sql, &[], &[ColumnType::Text])?).is_empty() {
        "the server does not have the ltree extension (PostgreSQL's contrib modules)".to_string()
    } else {
        let create = format!("CREATE EXTENSION IF NOT EXISTS ltree SCHEMA {}", ddl::quote(views));
        let created = in_savepoint(client, "orgsync_ltree", |client| {
            crate::crash_point::reached("create_ltree")?;
            Ok(client.batch_execute(&create)?)
        });
        match created {
            Ok(()) => return Ok(steampipe::PathType::Ltree { schema: views.to_string() }),
            // Another writer may have installed it meanwhile.
            Err(_) if let Some(schema) = installed_ltree(client)? => {
                return Ok(steampipe::PathType::Ltree { schema });
            }
            Err(e) => format!("the ltree extension could not be installed: {}", e),
        }
    };
    tracing::warn!(
        schema = %views,
        "{why}; the Steampipe view {} has `path` as text \
         (`=` and LIKE work; ltree operators need the extension: `CREATE EXTENSION ltree`, then the next sync)",
        steampipe::OU_VIEW
    );
    Ok(steampipe::PathType::Text)
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
        Value::Text(s) => push_copy_text(buf, s),
        Value::Json(s) => push_copy_text(buf, s),
        Value::Int(i) => buf.extend_from_slice(i.to_string().as_bytes()),
        Value::Bool(b) => buf.push(if *b { b't' } else { b'f' }),
        Value::Timestamp(t) => buf.extend_from_slice(format_timestamp(*t).as_bytes()),
    }
}

/// COPYs rows into `table` (laid out as `def`, plus `content_json`).
fn copy_rows(
    client: &mut Client,
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
    let columns: Vec<String> = ddl::physical_columns(Dialect::Postgres, def)
        .iter()
        .map(|(name, _)| ddl::quote(name))
        .collect();
    let mut writer =
        client.copy_in(&format!("COPY {table} ({}) FROM STDIN", columns.join(", ")))?;
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
