//! The CLI side of the sync job ([`orgsync_job::run()`]) shared by
//! `orgsync sync`, `orgsync demo` and `orgsync tree --live`: progress on
//! stderr, SIGINT/SIGTERM as the job's cancellation (exit 130/143), the
//! summary on stdout.

use std::process::ExitCode;

use orgsync_core::config::Plan;
use orgsync_core::planner::RateLimits;
use orgsync_core::run::Extraction;
use orgsync_job::{Cancel, Job, Outcome};
use orgsync_schema::{RunStatus, Snapshot};

use crate::printer::GlobalArgs;
use crate::progress;

/// What a finished sync hands back to its command.
pub struct SyncResult {
    /// Exit code: 0 succeeded, 1 partial/failed, 130/143 cancelled.
    pub exit_code: ExitCode,
    /// The committed snapshot (None when nothing was committed); `demo`
    /// diffs two of them.
    #[cfg_attr(not(feature = "emulator"), allow(dead_code))]
    pub snapshot: Option<Snapshot>,
}

/// Runs a whole sync for a validated plan and prints its summary.
///
/// `rate_limits` are the per-operation quotas the planner assumes: AWS's
/// (`RateLimits::default()`) for real accounts; the demo scales them with
/// its emulator's time-scaled quotas.
pub async fn sync(
    plan: Plan,
    rate_limits: RateLimits,
    global: &GlobalArgs,
) -> anyhow::Result<SyncResult> {
    let job = Job { plan, rate_limits, write: true };
    let finished = match orgsync_job::run(job, || progress::listener_for(global), shutdown_signal())
        .await?
    {
        Outcome::Finished(finished) => finished,
        Outcome::Cancelled(cancel) => {
            eprintln!("error: run cancelled by {}; nothing was committed", cancel.by);
            return Ok(SyncResult { exit_code: ExitCode::from(cancel.exit_code), snapshot: None });
        }
    };
    let extraction = finished.extraction;
    if !global.quiet {
        crate::printer::write_stdout(&summary(&extraction, &finished.plan, finished.elapsed))?;
    }
    let exit_code = match extraction.snapshot.run.status {
        RunStatus::Succeeded => ExitCode::SUCCESS,
        RunStatus::Partial | RunStatus::Failed => ExitCode::from(orgsync_core::error::EXIT_FAILURE),
    };
    Ok(SyncResult { exit_code, snapshot: Some(extraction.snapshot) })
}

/// Reads the organization straight from AWS without writing anything
/// (`orgsync tree --live`): only `tables` (and what they need) are read.
pub async fn live_snapshot(
    mut plan: Plan,
    tables: std::collections::BTreeSet<orgsync_schema::TableName>,
    global: &GlobalArgs,
) -> Result<Snapshot, orgsync_core::UserError> {
    plan.tables = tables;
    plan.effective_policies = false;
    let job = Job { plan, rate_limits: RateLimits::default(), write: false };
    let finished = orgsync_job::run_to_end(job, || progress::listener_for(global)).await?;
    Ok(finished.extraction.snapshot)
}

/// Resolves at the first SIGINT (exit 130) or SIGTERM (exit 143).
async fn shutdown_signal() -> Cancel {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = match signal(SignalKind::terminate()) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!("cannot listen for SIGTERM: {e}");
            let _ = tokio::signal::ctrl_c().await;
            return Cancel { by: "SIGINT", exit_code: 130 };
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => Cancel { by: "SIGINT", exit_code: 130 },
        _ = term.recv() => Cancel { by: "SIGTERM", exit_code: 143 },
    }
}

/// The summary printed on stdout after a committed run.
fn summary(extraction: &Extraction, plan: &Plan, elapsed: std::time::Duration) -> String {
    use std::fmt::Write as _;
    let snapshot = &extraction.snapshot;
    let run = &snapshot.run;
    let mut out = String::new();
    let _ = writeln!(out, "orgsync {} — organization {}", run.tool_version, run.org_id);
    let _ = writeln!(out, "run {} → {}", run.run_id, plan.destination.describe());
    let _ = writeln!(out);
    let width = run.counts.keys().map(String::len).max().unwrap_or(5).max(5);
    let _ = writeln!(out, "{:<width$}  {:>8}", "table", "rows");
    for (table, rows) in &run.counts {
        let _ = writeln!(out, "{table:<width$}  {rows:>8}");
    }
    let _ = writeln!(out);
    let op_width =
        extraction.operations.keys().map(|op| op.label().len()).max().unwrap_or(9).max(9);
    let _ = writeln!(
        out,
        "{:<op_width$} {:>8} {:>10} {:>8}",
        "operation", "calls", "throttled", "retried"
    );
    for (op, stats) in &extraction.operations {
        let _ = writeln!(
            out,
            "{:<op_width$} {:>8} {:>10} {:>8}",
            op.label(),
            stats.calls,
            stats.throttled,
            stats.retried
        );
    }
    // Only where a choice exists: without a sub-account chain every read
    // goes through the management session.
    let reads = extraction.account_reads;
    if plan.sub_account_chain.is_some() && reads.member + reads.management > 0 {
        let _ = writeln!(
            out,
            "\naccount reads ({}): {} account(s) in their own session, {} through the management session",
            plan.account_reads.as_str(),
            reads.member,
            reads.management
        );
    }
    match &run.refresh {
        Some(r) if r.kind == orgsync_schema::RefreshKind::Incremental => {
            let _ = writeln!(
                out,
                "\nrefresh: incremental — {} event(s) since the previous run, {} row(s) read from AWS, the rest carried forward",
                r.events_read.unwrap_or(0),
                r.rows_reread.unwrap_or(0)
            );
        }
        Some(r) => {
            if let Some(reason) = &r.reason {
                let _ = writeln!(out, "\nrefresh: full — {reason}");
            }
        }
        None => {}
    }
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "api calls {}, throttled {}, retried {}, item errors {}, duration {:.1}s, status {}",
        run.api_calls,
        run.throttled_calls,
        run.retried_calls,
        snapshot.errors.len(),
        elapsed.as_secs_f64(),
        run.status.as_str()
    );
    for e in &snapshot.errors {
        let _ = writeln!(
            out,
            "  error: {} {} {}: {} {}",
            e.table_name,
            e.api_operation,
            e.resource_id.as_deref().unwrap_or("-"),
            e.error_code,
            e.message.as_deref().unwrap_or("")
        );
    }
    out
}
