//! `orgsync diff`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {}

/// Runs `orgsync diff`.
pub async fn run(_args: DiffArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync diff` is not available in this build yet").into())
}
