//! `orgsync tree`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync tree`.
#[derive(Debug, Args)]
pub struct TreeArgs {}

/// Runs `orgsync tree`.
pub async fn run(_args: TreeArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync tree` is not available in this build yet").into())
}
