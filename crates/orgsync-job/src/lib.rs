//! The sync job, once: validated plan → destination health check → session
//! (role chain) → extraction (incremental or full, [`orgsync_core::run`]) →
//! one atomic write, or the failed-run record. `orgsync sync`,
//! `orgsync demo`, `orgsync tree --live` (which writes nothing) and the
//! benchmark's measured child all run [`run()`]; what they print stays with
//! them: progress goes to the [`ProgressListener`] they pass, the summary
//! and messages are theirs to build from the [`Outcome`].
//!
//! This crate is the only one that sees both the extractor
//! (`orgsync-core`, which links no destination library) and the
//! destinations (`orgsync-sink`): the graph runs one way, core → job ←
//! sink, and the CLI and the benchmark sit on top.
//!
//! A failure at any stage before the write leaves the destination's
//! snapshot untouched and records the run as `failed` where the destination
//! is reachable. The `cancel` future (the CLI's SIGINT/SIGTERM) stops the
//! calls, commits nothing and records the run as failed.

use std::collections::BTreeMap;
use std::future::Future;
use std::time::{Duration, Instant};

use orgsync_core::UserError;
use orgsync_core::config::{Destination, Plan};
use orgsync_core::credentials::Session;
use orgsync_core::planner::{ProgressListener, RateLimits};
use orgsync_core::run::{self, ExtractOptions, Extraction};
use orgsync_core::scope::{PreviousError, PreviousSnapshot};
use orgsync_schema::{ErrorRecord, RunRecord, RunStatus, TableName};
use orgsync_sink::{Reader, Sink, SinkError};

/// One job: what to read, and whether to write it.
#[derive(Debug)]
pub struct Job {
    /// The validated plan.
    pub plan: Plan,
    /// The per-operation quotas the planner assumes: AWS's
    /// (`RateLimits::default()`) for real accounts; the demo and the
    /// benchmark scale them with their emulator's time-scaled quotas.
    pub rate_limits: RateLimits,
    /// Write the snapshot to the plan's destination (`sync`, `demo`, the
    /// benchmark); `false` only reads the organization (`tree --live`): the
    /// destination is neither prepared nor written.
    pub write: bool,
}

/// Why a job was cancelled, and the exit code that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancel {
    /// What cancelled it, e.g. `SIGINT`.
    pub by: &'static str,
    /// Exit code for the process (130 for SIGINT, 143 for SIGTERM).
    pub exit_code: u8,
}

/// How a job ended when it did not fail.
#[derive(Debug)]
pub enum Outcome {
    /// The organization was read (and, when [`Job::write`], committed;
    /// `partial` runs included).
    Finished(Box<Finished>),
    /// `cancel` resolved first: nothing was committed and the run was
    /// recorded as failed.
    Cancelled(Cancel),
}

/// A job that read the organization.
#[derive(Debug)]
pub struct Finished {
    /// The plan as run (its session name carries the run id).
    pub plan: Plan,
    /// The snapshot and its counters.
    pub extraction: Extraction,
    /// Time spent assuming the role chain.
    pub connect: Duration,
    /// Time spent writing the snapshot (zero when nothing was written).
    pub write: Duration,
    /// Time since the job started.
    pub elapsed: Duration,
}

/// Runs one job (see the crate docs). `progress` makes the listener of the
/// extraction's events once the destination passed its health check (so
/// nothing is shown for a job that fails there); the listener is dropped
/// when the extraction ends. `cancel` stops the job when it resolves first.
pub async fn run(
    job: Job,
    progress: impl FnOnce() -> Box<dyn ProgressListener>,
    cancel: impl Future<Output = Cancel>,
) -> Result<Outcome, UserError> {
    let Job { mut plan, rate_limits, write } = job;
    let run_id = run::new_run_id();
    plan.auth.use_run_id_in_session_name(&run_id);
    let started_at = orgsync_schema::now_micros();
    let started = Instant::now();

    let sink = if write { Some(prepared_sink(&plan.destination).await?) } else { None };

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

    // Boxed: the extraction's future is deep enough that callers nesting
    // it in their own futures reach the compiler's layout depth limit.
    let progress = progress();
    let work = Box::pin(async {
        let connecting = Instant::now();
        let session = Session::connect(&plan.auth).await?;
        let connect = connecting.elapsed();
        let previous = previous_snapshot(&plan.destination);
        let options = ExtractOptions::for_plan(&plan, &run_id, rate_limits.clone(), previous);
        let on_expired = || session.invalidate();
        run::extract(session.sdk_config(), &on_expired, &options, progress.as_ref())
            .await
            .map(|extraction| (extraction, connect))
    });

    let result = tokio::select! {
        result = work => result,
        cancelled = cancel => {
            tracing::warn!("received {}; stopping without committing", cancelled.by);
            let message = format!("cancelled by {}", cancelled.by);
            record_failure(sink, failed_run(String::new()), run_error("Cancelled", &message)).await;
            return Ok(Outcome::Cancelled(cancelled));
        }
    };
    drop(progress);

    let (mut extraction, connect) = match result {
        Ok(done) => done,
        Err(user) => {
            record_failure(sink, failed_run(String::new()), run_error("RunFailed", &user.message))
                .await;
            return Err(user);
        }
    };

    let mut write = Duration::ZERO;
    if let Some(sink) = sink {
        let writing = Instant::now();
        // The snapshot moves to the blocking task and back: a copy of it
        // would double the run's peak memory.
        let (sink, written, result) = blocking(move || {
            let mut sink = sink;
            let result = sink.write_snapshot(&extraction.snapshot);
            (sink, extraction, result)
        })
        .await?;
        extraction = written;
        if let Err(e) = result {
            let user = UserError::from(&e).with_hint("the previous snapshot in the destination is unchanged; fix the destination and run again");
            let mut run = extraction.snapshot.run.clone();
            run.status = RunStatus::Failed;
            record_failure(Some(sink), run, extraction.snapshot.errors.clone()).await;
            return Err(user);
        }
        blocking(move || drop(sink)).await?;
        write = writing.elapsed();
    }
    Ok(Outcome::Finished(Box::new(Finished {
        plan,
        extraction,
        connect,
        write,
        elapsed: started.elapsed(),
    })))
}

/// [`run()`] with nothing to cancel it (`tree --live`, the benchmark).
pub async fn run_to_end(
    job: Job,
    progress: impl FnOnce() -> Box<dyn ProgressListener>,
) -> Result<Finished, UserError> {
    match run(job, progress, std::future::pending()).await? {
        Outcome::Finished(finished) => Ok(*finished),
        Outcome::Cancelled(cancel) => unreachable!("a pending future never cancels: {cancel:?}"),
    }
}

/// The sink of `destination`, health-checked (schema created or migrated);
/// a destination that fails the check is a usage error (exit 2).
async fn prepared_sink(destination: &Destination) -> Result<Box<dyn Sink>, UserError> {
    let sink = open_sink(destination).map_err(|e| UserError::from(&e))?;
    blocking(move || {
        let mut sink = sink;
        sink.prepare().map(|()| sink)
    })
    .await?
    .map_err(|e| {
        let mut user = UserError::from(&e);
        user.exit_code = orgsync_core::error::EXIT_USAGE;
        user.with_hint("check that the destination exists and is writable (see `destination` in the configuration)")
    })
}

/// The sink for a configured destination (nothing is touched until
/// [`Sink::prepare`]).
pub fn open_sink(destination: &Destination) -> Result<Box<dyn Sink>, SinkError> {
    orgsync_sink::open(destination.expose(), &destination.options)
}

/// A reader over a configured destination (never creates it).
pub fn open_reader(destination: &Destination) -> Result<Box<dyn Reader>, SinkError> {
    orgsync_sink::open_reader(destination.expose(), &destination.options)
}

/// The latest committed snapshot in `destination`, read off the async
/// runtime (the PostgreSQL client blocks) when the extraction asks for it.
pub fn previous_snapshot(destination: &Destination) -> PreviousSnapshot {
    let destination = destination.clone();
    PreviousSnapshot::new(move |org_id: String| {
        let destination = destination.clone();
        async move {
            let read = move || match open_reader(&destination)?.read_snapshot(&org_id, None) {
                Ok(snapshot) => Ok(Some(snapshot)),
                Err(SinkError::NotFound { .. }) => Ok(None),
                Err(e) => Err(e),
            };
            match tokio::task::spawn_blocking(read).await {
                Ok(result) => result.map_err(PreviousError::from),
                Err(e) => Err(format!("reading the destination stopped: {e}").into()),
            }
        }
    })
}

/// The `orgsync_error` row of a run that failed as a whole.
fn run_error(code: &str, message: &str) -> Vec<ErrorRecord> {
    vec![ErrorRecord {
        table_name: TableName::Run.as_str().into(),
        resource_id: None,
        api_operation: "run".into(),
        error_code: code.into(),
        message: Some(message.into()),
    }]
}

/// Records a failed run in the destination (when the job writes one), best
/// effort: a destination that cannot record it is logged, not fatal (the
/// run already failed).
async fn record_failure(sink: Option<Box<dyn Sink>>, run: RunRecord, errors: Vec<ErrorRecord>) {
    let Some(sink) = sink else { return };
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
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, UserError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| UserError::failure("destination task failed").caused_by(e.to_string()))
}
