//! `orgsync emulator`.

use std::process::ExitCode;

use clap::Args;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync emulator`.
#[derive(Debug, Args)]
pub struct EmulatorArgs {}

/// Runs `orgsync emulator`.
pub async fn run(_args: EmulatorArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    Err(orgsync_core::UserError::failure("`orgsync emulator` is not available in this build yet").into())
}
