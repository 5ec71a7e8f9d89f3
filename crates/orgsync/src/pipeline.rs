//! The main job shared by `orgsync sync` and `orgsync demo`: validated plan
//! → destination health check → session (role chain) → extraction → one
//! atomic write → summary on stdout.
//!
//! A failure at any stage before the write leaves the destination's
//! snapshot untouched and records the run as `failed` where the destination
//! is reachable. SIGINT/SIGTERM stop the calls, commit nothing, record the
//! run as failed and exit 130/143.

use std::collections::BTreeMap;
use std::process::ExitCode;
use std::time::Instant;

use orgsync_core::config::Plan;
use orgsync_core::credentials::Session;
use orgsync_core::planner::RateLimits;
use orgsync_core::run::{self, ExtractOptions, Extraction};
use orgsync_schema::{ErrorRecord, RunRecord, RunStatus, Snapshot};
use orgsync_sink::Sink;

use crate::commands::history::sink_error;
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
    mut plan: Plan,
    rate_limits: RateLimits,
    global: &GlobalArgs,
) -> anyhow::Result<SyncResult> {
    let run_id = run::new_run_id();
    plan.auth.use_run_id_in_session_name(&run_id);
    let started_at = orgsync_schema::now_micros();
    let started = Instant::now();

    let sink = plan.destination.open().map_err(|e| sink_error(&e))?;
    let sink = blocking(move || {
        let mut sink = sink;
        sink.prepare().map(|()| sink)
    })
    .await?
    .map_err(|e| {
        let mut user = sink_error(&e);
        user.exit_code = orgsync_core::error::EXIT_USAGE;
        user.with_hint("check that the destination exists and is writable (see `destination` in the configuration)")
    })?;

    let failed_run = |org_id: String| RunRecord {
        run_id: run_id.clone(),
        org_id,
        started_at,
        finished_at: Some(orgsync_schema::now_micros()),
        status: RunStatus::Failed,
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_fingerprint: plan.config_fingerprint.clone(),
        api_calls: 0,
        throttled_calls: 0,
        retried_calls: 0,
        counts: BTreeMap::new(),
        scope: plan.scope.clone().limited(),
        accounts_read_as_member: None,
        accounts_read_through_management: None,
        refresh: None,
    };

    let listener = progress::listener_for(global);
    let work = async {
        let session = Session::connect(&plan.auth).await?;
        let options = ExtractOptions::for_plan(&plan, &run_id, rate_limits.clone());
        let on_expired = || session.invalidate();
        run::extract(session.sdk_config(), &on_expired, &options, listener.as_ref()).await
    };

    let result = tokio::select! {
        result = work => result,
        signal = shutdown_signal() => {
            tracing::warn!("received {}; stopping without committing", signal.name);
            let message = format!("cancelled by {}", signal.name);
            record_failure(sink, failed_run(String::new()), run_error("Cancelled", &message)).await;
            eprintln!("error: run {message}; nothing was committed");
            return Ok(SyncResult { exit_code: ExitCode::from(signal.exit_code), snapshot: None });
        }
    };
    drop(listener);

    let extraction = match result {
        Ok(extraction) => extraction,
        Err(user) => {
            record_failure(sink, failed_run(String::new()), run_error("RunFailed", &user.message))
                .await;
            return Err(user.into());
        }
    };

    let snapshot = extraction.snapshot.clone();
    let written = blocking({
        let snapshot = snapshot.clone();
        move || {
            let mut sink = sink;
            let result = sink.write_snapshot(&snapshot);
            (sink, result)
        }
    })
    .await?;
    let (sink, result) = written;
    if let Err(e) = result {
        let user = sink_error(&e).with_hint("the previous snapshot in the destination is unchanged; fix the destination and run again");
        let mut run = snapshot.run.clone();
        run.status = RunStatus::Failed;
        record_failure(sink, run, snapshot.errors.clone()).await;
        return Err(user.into());
    }
    // Closed off the runtime: a blocking client (PostgreSQL) must not be
    // dropped on an async worker thread.
    blocking(move || drop(sink)).await?;

    if !global.quiet {
        crate::printer::write_stdout(&summary(&extraction, &plan, started.elapsed()))?;
    }
    let exit_code = match snapshot.run.status {
        RunStatus::Succeeded => ExitCode::SUCCESS,
        RunStatus::Partial | RunStatus::Failed => ExitCode::from(orgsync_core::error::EXIT_FAILURE),
    };
    Ok(SyncResult { exit_code, snapshot: Some(snapshot) })
}

/// Reads the organization straight from AWS without writing anything
/// (`orgsync tree --live`): only `tables` (and what they need) are read.
pub async fn live_snapshot(
    mut plan: Plan,
    tables: std::collections::BTreeSet<orgsync_schema::TableName>,
    global: &GlobalArgs,
) -> Result<Snapshot, orgsync_core::UserError> {
    let run_id = run::new_run_id();
    plan.auth.use_run_id_in_session_name(&run_id);
    plan.tables = tables;
    plan.effective_policies = false;
    let session = Session::connect(&plan.auth).await?;
    let options = ExtractOptions::for_plan(&plan, &run_id, RateLimits::default());
    let listener = progress::listener_for(global);
    let on_expired = || session.invalidate();
    let extraction =
        run::extract(session.sdk_config(), &on_expired, &options, listener.as_ref()).await?;
    Ok(extraction.snapshot)
}

/// The `orgsync_error` row of a run that failed as a whole.
fn run_error(code: &str, message: &str) -> Vec<ErrorRecord> {
    vec![ErrorRecord {
        table_name: "orgsync_run".into(),
        resource_id: None,
        api_operation: "run".into(),
        error_code: code.into(),
        message: Some(message.into()),
    }]
}

/// Records a failed run in the destination, best effort (a destination
/// that cannot record it is logged, not fatal: the run already failed).
async fn record_failure(sink: Box<dyn Sink>, run: RunRecord, errors: Vec<ErrorRecord>) {
    let result = blocking(move || {
        let mut sink = sink;
        sink.record_failed_run(&run, &errors)
    })
    .await;
    match result {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::warn!("could not record the failed run: {e}"),
        Err(e) => tracing::warn!("could not record the failed run: {e}"),
    }
}

/// Runs blocking destination work off the async runtime.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| anyhow::anyhow!("destination task failed: {e}"))
}

/// A termination signal and the exit code it maps to.
struct Signal {
    name: &'static str,
    exit_code: u8,
}

/// Resolves at the first SIGINT (exit 130) or SIGTERM (exit 143).
async fn shutdown_signal() -> Signal {
    use tokio::signal::unix::{SignalKind, signal};
    let mut term = match signal(SignalKind::terminate()) {
        Ok(s) => s,
        Err(e) => {
            tracing::warn!("cannot listen for SIGTERM: {e}");
            let _ = tokio::signal::ctrl_c().await;
            return Signal { name: "SIGINT", exit_code: 130 };
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => Signal { name: "SIGINT", exit_code: 130 },
        _ = term.recv() => Signal { name: "SIGTERM", exit_code: 143 },
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
