//! `orgsync sync`: authenticate, extract every enabled table (incrementally
//! once the destination holds a snapshot: `orgsync_core::refresh`), write
//! the destination atomically, record the run, print the summary.

use std::process::ExitCode;

use clap::Args;

use orgsync_core::planner::RateLimits;

use crate::config_flags::ConfigFlags;
use crate::printer::GlobalArgs;

/// Arguments of `orgsync sync`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync sync --config orgsync.toml\n  orgsync sync --config orgsync.toml --full\n  orgsync sync --config orgsync.toml --destination postgres://me@db/inventory\n  ORGSYNC_SECRET_ACCESS_KEY=… orgsync sync --config hub-export.json"
)]
pub struct SyncArgs {
    #[command(flatten)]
    pub config: ConfigFlags,
}

/// Runs `orgsync sync`.
pub async fn run(args: SyncArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let plan = args.config.load_plan()?;
    Ok(crate::pipeline::sync(plan, RateLimits::default(), global).await?.exit_code)
}
