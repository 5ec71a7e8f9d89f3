//! SQL DDL generated from the `orgsync-schema` definitions, for SQLite and
//! PostgreSQL: the tables of the contract, their `<table>_history`
//! companions, the bookkeeping tables only the databases have
//! (`orgsync_schema_version`, `orgsync_history_run`) and indexes.
//!
//! Physical types:
//!
//! | logical | SQLite | PostgreSQL |
//! |---|---|---|
//! | text | TEXT | text |
//! | integer | INTEGER | bigint |
//! | boolean | INTEGER (0/1) | boolean |
//! | timestamp | TEXT (RFC 3339, UTC, `Z`) | timestamptz |
//! | json | TEXT | jsonb |
//!
//! PostgreSQL adds `content_json jsonb` beside every `content` column: the
//! document parsed, NULL when it is not valid JSON.

use orgsync_schema::{
    ALL_TABLES, ColumnDef, ColumnType, DATA_TABLES, HISTORY_RUN_TABLE, ORG_ID, RUN_ID, RunRow,
    SCHEMA_VERSION_TABLE, TableDef, TableName, column,
};

/// A SQL dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite 3.
    Sqlite,
    /// PostgreSQL 12 and later.
    Postgres,
}

/// Name of the column PostgreSQL adds beside `content`.
pub const CONTENT_JSON_COLUMN: &str = "content_json";

/// Physical type of a logical column type.
pub fn physical_type(dialect: Dialect, ty: ColumnType) -> &'static str {
    match (dialect, ty) {
        (Dialect::Sqlite, ColumnType::Integer | ColumnType::Boolean) => "INTEGER",
        (Dialect::Sqlite, _) => "TEXT",
        (Dialect::Postgres, ColumnType::Text) => "text",
        (Dialect::Postgres, ColumnType::Integer) => "bigint",
        (Dialect::Postgres, ColumnType::Boolean) => "boolean",
        (Dialect::Postgres, ColumnType::Timestamp) => "timestamptz",
        (Dialect::Postgres, ColumnType::Json) => "jsonb",
    }
}

/// Name of the history table of a data table.
pub fn history_table(def: &TableDef) -> String {
    format!("{}_history", def.name)
}

/// Whether the dialect adds `content_json` to this table.
pub fn has_content_json(dialect: Dialect, def: &TableDef) -> bool {
    dialect == Dialect::Postgres && def.column_index("content").is_some()
}

/// `"name"`, or `"schema"."name"` when a schema is given.
pub fn qualified(schema: Option<&str>, name: &str) -> String {
    match schema {
        Some(s) => format!("{}.{}", quote(s), quote(name)),
        None => quote(name),
    }
}

/// A quoted SQL identifier.
pub fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

/// Column definition as it appears in CREATE TABLE / ALTER TABLE ADD COLUMN.
pub fn column_sql(dialect: Dialect, col: &ColumnDef) -> String {
    let mut sql = format!("{} {}", quote(col.name), physical_type(dialect, col.ty));
    if !col.nullable {
        sql.push_str(" NOT NULL");
    }
    sql
}

/// Every physical column of a table in order: `(name, SQL definition)`.
pub fn physical_columns(dialect: Dialect, def: &TableDef) -> Vec<(&'static str, String)> {
    let mut cols: Vec<(&'static str, String)> =
        def.columns.iter().map(|c| (c.name, column_sql(dialect, c))).collect();
    if has_content_json(dialect, def) {
        cols.push((CONTENT_JSON_COLUMN, format!("{} jsonb", quote(CONTENT_JSON_COLUMN))));
    }
    cols
}

fn create_table(
    dialect: Dialect,
    schema: Option<&str>,
    name: &str,
    def: &TableDef,
    key: &[&str],
) -> String {
    let mut lines: Vec<String> =
        physical_columns(dialect, def).into_iter().map(|(_, sql)| format!("  {sql}")).collect();
    if !key.is_empty() {
        let key: Vec<String> = key.iter().map(|k| quote(k)).collect();
        lines.push(format!("  PRIMARY KEY ({})", key.join(", ")));
    }
    format!("CREATE TABLE IF NOT EXISTS {} (\n{}\n)", qualified(schema, name), lines.join(",\n"))
}

/// Every statement that creates the schema, in order, each idempotent
/// (`IF NOT EXISTS`). `schema` is the PostgreSQL schema (None for SQLite).
pub fn create_statements(dialect: Dialect, schema: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(s) = schema {
        out.push(format!("CREATE SCHEMA IF NOT EXISTS {}", quote(s)));
    }
    let text = physical_type(dialect, ColumnType::Text);
    let int = physical_type(dialect, ColumnType::Integer);
    out.push(format!(
        "CREATE TABLE IF NOT EXISTS {} (\n  \"id\" {int} NOT NULL PRIMARY KEY CHECK (\"id\" = 1),\n  \"version\" {int} NOT NULL,\n  \"migrated_at\" {text} NOT NULL\n)",
        qualified(schema, SCHEMA_VERSION_TABLE)
    ));
    for def in ALL_TABLES {
        out.push(create_table(dialect, schema, def.name, def, def.primary_key));
    }
    for def in DATA_TABLES {
        let mut key = vec![RUN_ID];
        key.extend(def.primary_key.iter().copied());
        out.push(create_table(dialect, schema, &history_table(def), def, &key));
    }
    let (org_id, run_id) = (quote(ORG_ID), quote(RUN_ID));
    out.push(format!(
        "CREATE TABLE IF NOT EXISTS {} (\n  {org_id} {text} NOT NULL,\n  {run_id} {text} NOT NULL,\n  PRIMARY KEY ({org_id}, {run_id})\n)",
        qualified(schema, HISTORY_RUN_TABLE)
    ));
    let (run, error) = (TableName::Run.as_str(), TableName::Error.as_str());
    out.push(format!(
        "CREATE INDEX IF NOT EXISTS {} ON {} ({org_id}, {})",
        quote(&format!("{run}_org_started")),
        qualified(schema, run),
        quote(column!(RunRow, started_at)),
    ));
    out.push(format!(
        "CREATE INDEX IF NOT EXISTS {} ON {} ({org_id}, {run_id})",
        quote(&format!("{error}_org_run")),
        qualified(schema, error)
    ));
    out
}

/// The whole DDL as one script, statements separated by `;` and a blank
/// line. This is what `orgsync schema --format sql` prints.
pub fn render_sql(dialect: Dialect, schema: Option<&str>) -> String {
    let header = match dialect {
        Dialect::Sqlite => "-- orgsync table contract: SQLite DDL (sqlite:PATH)".to_string(),
        Dialect::Postgres => {
            format!(
                "-- orgsync table contract: PostgreSQL DDL (postgres://…), schema {}",
                schema.unwrap_or("orgsync")
            )
        }
    };
    let mut out = format!(
        "{header}\n-- schema version {}; generated from orgsync-schema\n\n",
        orgsync_schema::SCHEMA_VERSION
    );
    for stmt in create_statements(dialect, schema) {
        out.push_str(&stmt);
        out.push_str(";\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_ddl_runs_in_sqlite_and_is_idempotent() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let sql = render_sql(Dialect::Sqlite, None);
        conn.execute_batch(&sql).unwrap();
        conn.execute_batch(&sql).unwrap();
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables as usize, ALL_TABLES.len() + DATA_TABLES.len() + 2);
    }

    #[test]
    fn postgres_ddl_has_content_json_and_typed_columns() {
        let sql = render_sql(Dialect::Postgres, Some("orgsync"));
        assert!(sql.contains("\"orgsync\".\"aws_organizations_policy\" (\n"));
        assert!(sql.contains("\"content_json\" jsonb"));
        assert!(sql.contains("\"joined_timestamp\" timestamptz"));
        assert!(sql.contains("\"policy_types\" jsonb NOT NULL"));
    }
}
