//! `orgsync report`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync report`.
#[derive(Debug, Args)]
pub struct ReportArgs {}

/// Runs `orgsync report`.
pub async fn run(_args: ReportArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync report` is not available in this build yet").into())
}
