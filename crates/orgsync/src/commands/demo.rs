//! `orgsync demo`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync demo`.
#[derive(Debug, Args)]
pub struct DemoArgs {}

/// Runs `orgsync demo`.
pub async fn run(_args: DemoArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync demo` is not available in this build yet").into())
}
