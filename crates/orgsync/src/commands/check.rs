//! `orgsync check`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync check`.
#[derive(Debug, Args)]
pub struct CheckArgs {}

/// Runs `orgsync check`.
pub async fn run(_args: CheckArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync check` is not available in this build yet").into())
}
