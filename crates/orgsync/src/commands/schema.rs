//! `orgsync schema`: prints the table contract as this build implements it,
//! generated from the `orgsync-schema` definitions — SQL DDL (SQLite by
//! default, PostgreSQL with `--dialect postgres`), JSON, or Markdown (the
//! text of `docs/schema.md`), or the configuration keys (`--format config`,
//! from the key registry that also builds the flags).

use anyhow::Context;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_sink::ddl::{Dialect, render_sql};
use orgsync_sink::schema_doc::{render_json, render_markdown};

use crate::printer::GlobalArgs;

/// Output format of `orgsync schema`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaFormat {
    /// CREATE TABLE statements.
    Sql,
    /// Machine-readable table definitions.
    Json,
    /// Documentation (docs/schema.md).
    Markdown,
    /// The configuration keys (Markdown): environment variables, flags,
    /// types and meanings, from the key registry.
    Config,
}

/// SQL dialect of `--format sql`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SqlDialect {
    /// SQLite (the `sqlite:PATH` destination).
    Sqlite,
    /// PostgreSQL (the `postgres://…` destination).
    Postgres,
}

/// Arguments of `orgsync schema`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync schema\n  orgsync schema --format sql --dialect postgres --postgres-schema inventory\n  orgsync schema --format markdown > docs/schema.md\n  orgsync schema --format config"
)]
pub struct SchemaArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = SchemaFormat::Sql)]
    pub format: SchemaFormat,
    /// SQL dialect (with --format sql).
    #[arg(long, value_enum, default_value_t = SqlDialect::Sqlite)]
    pub dialect: SqlDialect,
    /// PostgreSQL schema holding the tables (with --dialect postgres).
    #[arg(long, default_value = "orgsync", value_name = "NAME")]
    pub postgres_schema: String,
}

/// Runs `orgsync schema`.
pub async fn run(args: SchemaArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let text = match (args.format, args.dialect) {
        (SchemaFormat::Sql, SqlDialect::Sqlite) => render_sql(Dialect::Sqlite, None),
        (SchemaFormat::Sql, SqlDialect::Postgres) => {
            render_sql(Dialect::Postgres, Some(&args.postgres_schema))
        }
        (SchemaFormat::Json, _) => render_json(),
        (SchemaFormat::Markdown, _) => render_markdown(),
        (SchemaFormat::Config, _) => orgsync_core::config::render_keys_markdown(),
    };
    crate::printer::write_stdout(&text).context("failed to write the schema to stdout")?;
    Ok(ExitCode::SUCCESS)
}
