//! `orgsync findings`: the organization checks (`ORG-001` …) on the latest
//! snapshot in the destination, as text, JSON or SARIF 2.1.0, with an exit
//! code for CI pipelines (`--fail-on`).
//!
//! The findings are recomputed from the snapshot with the current
//! `findings_*` settings (configuration file, `ORGSYNC_*` or the flags), so
//! changing the allow-list takes effect without a new sync, and a snapshot
//! written without `orgsync_finding` is checked too. No AWS call is made.

use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::UserError;
use orgsync_report::{
    OrgModel, Severity, at_or_above, findings, render_findings_json, render_findings_sarif,
    render_findings_text,
};

use super::history::{self, SourceArgs};
use crate::config_flags::FindingsFlags;
use crate::printer::GlobalArgs;

/// Output format of `orgsync findings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FindingsFormat {
    /// One block per finding, most severe first.
    Text,
    /// `{org_id, run_id, findings: [...]}`.
    Json,
    /// A SARIF 2.1.0 log (code-scanning tools read it).
    Sarif,
}

/// The `--fail-on` threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Low,
    Medium,
    High,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Low => Severity::Low,
            FailOn::Medium => Severity::Medium,
            FailOn::High => Severity::High,
        }
    }
}

/// Arguments of `orgsync findings`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync findings\n  orgsync findings --format sarif > orgsync.sarif\n  orgsync findings --fail-on high \\\n    --findings-delegated-admin-allowlist 111122223333,444455556666\n\nExit codes: 0 no finding at or above --fail-on (always 0 without it), 1 at least one, 2 usage error."
)]
pub struct FindingsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FindingsFormat::Text)]
    pub format: FindingsFormat,
    /// Exit with 1 when a finding of this severity or higher exists.
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<FailOn>,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub settings: FindingsFlags,
}

/// The output and whether the threshold was reached.
fn evaluate(args: &FindingsArgs) -> Result<(String, bool), UserError> {
    let mut history = history::open_with(&args.source, args.settings.flag_values())?;
    let snapshot = history.snapshot(None)?;
    let model = OrgModel::new(&snapshot);
    let found = findings(&snapshot, &model, &history.findings);
    let run = &snapshot.run;
    let text = match args.format {
        FindingsFormat::Text => render_findings_text(&run.org_id, &run.run_id, &found),
        FindingsFormat::Json => render_findings_json(&run.org_id, &run.run_id, &found),
        FindingsFormat::Sarif => {
            render_findings_sarif(&run.org_id, env!("CARGO_PKG_VERSION"), &found)
        }
    };
    let failed = args.fail_on.is_some_and(|t| at_or_above(&found, t.severity()) > 0);
    Ok((text, failed))
}

/// Runs `orgsync findings`.
pub async fn run(args: FindingsArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let (text, failed) = tokio::task::spawn_blocking(move || evaluate(&args)).await??;
    crate::printer::write_stdout(&text)?;
    Ok(if failed { ExitCode::from(orgsync_core::error::EXIT_FAILURE) } else { ExitCode::SUCCESS })
}
