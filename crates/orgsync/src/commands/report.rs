//! `orgsync report`: writes one self-contained HTML file (organization
//! chart, account table, policy coverage, changes since the previous run,
//! findings with the configured `findings_*` settings)
//! from the latest snapshot in the destination.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use orgsync_core::UserError;
use orgsync_report::{ReportInput, render_html};

use super::history::{self, SourceArgs};
use crate::printer::GlobalArgs;

/// Arguments of `orgsync report`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync report\n  orgsync report --destination sqlite:orgsync-demo.db --out demo.html\n  orgsync report --out reports/org.html --org o-a1b2c3d4e5"
)]
pub struct ReportArgs {
    /// The HTML file to write (replaced atomically).
    #[arg(long, value_name = "FILE.html", default_value = "orgsync-report.html")]
    pub out: PathBuf,
    #[command(flatten)]
    pub source: SourceArgs,
}

/// What was written, for the closing message.
struct Written {
    accounts: usize,
    changes: Option<usize>,
    run_id: String,
    org_id: String,
}

/// Writes `contents` to `path` through a temporary file in the same folder
/// and a rename, so a reader never sees a half-written report.
fn write_atomically(path: &Path, contents: &str) -> Result<(), UserError> {
    let failed = |e: std::io::Error| {
        UserError::failure(format!("failed to write the report `{}`", path.display()))
            .caused_by(e.to_string())
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(UserError::usage(format!("failed to write the report `{}`", path.display()))
            .caused_by(format!("folder `{}` does not exist", dir.display()))
            .with_hint("create the folder first or choose another --out"));
    }
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, contents).map_err(failed)?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        failed(e)
    })
}

fn generate(args: &ReportArgs) -> Result<Written, UserError> {
    let mut history = history::open(&args.source)?;
    let snapshot = history.snapshot(None)?;
    // The previous committed run, when its snapshot is still kept.
    let previous_run = history
        .committed_runs()
        .into_iter()
        .rfind(|r| (r.started_at, &r.run_id) < (snapshot.run.started_at, &snapshot.run.run_id))
        .cloned();
    let previous = match previous_run {
        Some(run) => match history.snapshot(Some(&run)) {
            Ok(s) => Some(s),
            Err(e) => {
                tracing::warn!("the report has no changes section: {}", e.message);
                None
            }
        },
        None => None,
    };
    let diff = previous.as_ref().map(|p| orgsync_report::diff(p, &snapshot));
    let html = render_html(&ReportInput {
        snapshot: &snapshot,
        diff: diff.as_ref(),
        generated_at: chrono::Utc::now(),
        findings: &history.findings,
    });
    write_atomically(&args.out, &html)?;
    Ok(Written {
        accounts: snapshot.rows(orgsync_schema::TableName::Account).len(),
        changes: diff.map(|d| d.change_count()),
        run_id: snapshot.run.run_id.clone(),
        org_id: snapshot.run.org_id.clone(),
    })
}

/// Runs `orgsync report`.
pub async fn run(args: ReportArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let out = args.out.clone();
    let written = tokio::task::spawn_blocking(move || generate(&args)).await??;
    let changes = match written.changes {
        Some(n) => format!("{n} changes since the previous run"),
        None => "no earlier run to compare with".to_owned(),
    };
    crate::printer::print_status(
        global,
        &format!(
            "wrote {} ({} accounts of {}, run {}, {changes})",
            out.display(),
            written.accounts,
            written.org_id,
            written.run_id
        ),
    );
    Ok(ExitCode::SUCCESS)
}
