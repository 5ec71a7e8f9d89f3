//! `orgsync schema`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {}

/// Runs `orgsync schema`.
pub async fn run(_args: SchemaArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync schema` is not available in this build yet").into())
}
