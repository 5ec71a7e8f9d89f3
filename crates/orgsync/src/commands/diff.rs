//! `orgsync diff`: what changed between two runs of an organization in the
//! destination (default: the last two committed runs).
//!
//! Exit codes do not surprise scripts: 0 whether or not anything changed,
//! 2 for trouble (bad arguments, unknown run, unreadable destination). With
//! `--exit-code` a diff with changes exits 1, as diff(1) and
//! `git diff --exit-code` do.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::UserError;
use orgsync_core::error::EXIT_USAGE;

use super::history::{self, SourceArgs};
use crate::printer::GlobalArgs;

/// Output format of `orgsync diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Grouped lines for people.
    Text,
    /// The full diff as one JSON document.
    Json,
    /// Markdown, for pull requests and tickets.
    Markdown,
}

/// Arguments of `orgsync diff`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync diff\n  orgsync diff --from 20250101T000000Z-1a2b3c4d --format markdown\n  orgsync diff --destination sqlite:orgs.db --org o-a1b2c3d4e5 --format json\n  orgsync diff --exit-code --quiet && echo unchanged\n\nExit status: 0 (changes or not), 2 trouble; with --exit-code 1 when something changed."
)]
pub struct DiffArgs {
    /// Older run (id or unique prefix). Default: the committed run before --to.
    #[arg(long, value_name = "RUN")]
    pub from: Option<String>,
    /// Newer run (id or unique prefix). Default: the latest committed run.
    #[arg(long, value_name = "RUN")]
    pub to: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Exit with 1 when the runs differ and 0 when they do not, as diff(1)
    /// does (trouble stays 2).
    #[arg(long)]
    pub exit_code: bool,
    #[command(flatten)]
    pub source: SourceArgs,
}

/// Loads both snapshots and renders the diff.
fn compute(args: &DiffArgs) -> Result<(String, bool), UserError> {
    let mut history = history::open(&args.source)?;
    let committed = history.committed_runs();
    let to = match &args.to {
        Some(id) => history.resolve(id)?.clone(),
        None => (*committed.last().ok_or_else(|| {
            UserError::usage(format!(
                "organization `{}` has no committed run to compare",
                history.org_id
            ))
            .with_hint(history.recent_runs_hint())
        })?)
        .clone(),
    };
    let from = match &args.from {
        Some(id) => history.resolve(id)?.clone(),
        None => {
            let before: Vec<_> = committed
                .iter()
                .filter(|r| (r.started_at, &r.run_id) < (to.started_at, &to.run_id))
                .collect();
            (**before.last().ok_or_else(|| {
                UserError::usage(format!(
                    "nothing to compare: run `{}` is the first committed run of organization `{}`",
                    to.run_id, history.org_id
                ))
                .with_hint(history.second_run_hint())
            })?)
            .clone()
        }
    };
    let old = history.snapshot(Some(&from))?;
    let new = history.snapshot(Some(&to))?;
    let d = orgsync_report::diff(&old, &new);
    let text = match args.format {
        DiffFormat::Text => orgsync_report::render_text(&d),
        DiffFormat::Json => orgsync_report::render_json(&d),
        DiffFormat::Markdown => orgsync_report::render_markdown(&d),
    };
    Ok((text, !d.is_empty()))
}

/// Runs `orgsync diff`.
pub async fn run(args: DiffArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let exit_code_on_changes = args.exit_code;
    let result = tokio::task::spawn_blocking(move || compute(&args)).await?;
    let (text, changed) = result.map_err(|mut e| {
        // Every kind of trouble is exit 2, never 1 (which --exit-code gives to "changes").
        e.exit_code = EXIT_USAGE;
        e
    })?;
    // `--exit-code --quiet` asks only "did anything change?", like `git diff --quiet`.
    if !(global.quiet && exit_code_on_changes) {
        crate::printer::write_stdout(&text)?;
    }
    Ok(ExitCode::from(u8::from(changed && exit_code_on_changes)))
}
