//! `orgsync sync`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {}

/// Runs `orgsync sync`.
pub async fn run(_args: SyncArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync sync` is not available in this build yet").into())
}
