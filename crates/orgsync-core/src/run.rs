//! One extraction: reads the organization into a [`Snapshot`].
//!
//! [`extract`] reads the organization and its roots first (failures there
//! end the run with a [`UserError`]), then runs the task graph of
//! [`crate::tables`] — tree walk, policies, tags, contacts, services,
//! delegated administrators, handshakes, account-creation requests, the
//! resource policy, effective policies — through one
//! [`Planner`] until no work is left, and returns the rows (sorted by
//! primary key), the item-level errors and the run record with its
//! counters. Derived tables (policy applicability, findings) are computed from those
//! rows at the end, with no further calls ([`derive_tables`]). Nothing is
//! written here.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use aws_config::SdkConfig;
use chrono::Utc;
use futures::StreamExt;
use futures::stream::FuturesUnordered;
use orgsync_report::FindingSettings;
use orgsync_schema::{
    DATA_TABLES, RefreshKind, RefreshRecord, RunRecord, RunStatus, Scope, Snapshot, TableName,
};
use rand::Rng;

use crate::aws::error::{ApiError, ErrorKind};
use crate::config::AccountReads;
use crate::config::Plan;
use crate::error::UserError;
use crate::planner::progress::ProgressTracker;
use crate::planner::{
    DEFAULT_MAX_CONCURRENCY, Operation, OperationStats, Phase, Planner, ProgressListener,
    RateLimits, RetryPolicy,
};
use crate::refresh::{self, RefreshSettings};
use crate::scope::PreviousSnapshot;
pub use crate::tables::AccountReadCounts;
use crate::tables::account_access::{AccessCtx, SubAccountAccess};
use crate::tables::{self, Ctx, Task, Wanted, tree};

/// What to extract and how.
#[derive(Debug, Clone, PartialEq)]
pub struct ExtractOptions {
    /// Data tables to extract (dependencies are fetched as needed; only
    /// these tables are returned). `aws_organizations_account_access` is
    /// extracted only when [`Self::sub_account_access`] is given too.
    pub tables: BTreeSet<TableName>,
    /// Also extract `aws_organizations_effective_policy`.
    pub effective_policies: bool,
    /// Calls in flight at most (default [`DEFAULT_MAX_CONCURRENCY`]).
    pub max_concurrency: Option<usize>,
    /// Id of this run (see [`new_run_id`]).
    pub run_id: String,
    /// Hash of the non-secret settings, recorded in `orgsync_run`.
    pub config_fingerprint: String,
    /// Per-operation rate limits.
    pub rate_limits: RateLimits,
    /// Retries of throttled and transient failures.
    pub retry: RetryPolicy,
    /// How member accounts are reached for `aws_organizations_account_access`
    /// (`sub_account_assume_role_arn_chain`); the chain starts from the
    /// session whose configuration is passed to [`extract`].
    pub sub_account_access: Option<SubAccountAccess>,
    /// `account_reads`: where per-account Account API reads run (member
    /// sessions need [`Self::sub_account_access`]; without it every read goes
    /// through the management session).
    pub account_reads: AccountReads,
    /// Settings of the checks behind `orgsync_finding`.
    pub findings: FindingSettings,
    /// The part of the organization to read (default: all of it).
    pub scope: Scope,
    /// The destination's latest snapshot, for a scoped run to keep the
    /// rows outside its scope ([`crate::scope::merge`]; required when
    /// [`Self::scope`] is limited, unless nothing is to be kept) and for an
    /// incremental refresh to build on ([`crate::refresh`]).
    pub previous: Option<PreviousSnapshot>,
    /// `refresh`, `full_refresh_days`, `refresh_overlap_minutes`.
    pub refresh: RefreshSettings,
}

impl ExtractOptions {
    /// Every non-opt-in data table, default limits, a fresh run id.
    pub fn new() -> Self {
        Self {
            tables: DATA_TABLES.iter().filter(|t| !t.opt_in).map(|t| t.id).collect(),
            effective_policies: false,
            max_concurrency: None,
            run_id: new_run_id(),
            config_fingerprint: String::new(),
            rate_limits: RateLimits::default(),
            retry: RetryPolicy::default(),
            sub_account_access: None,
            account_reads: AccountReads::Auto,
            findings: FindingSettings::default(),
            scope: Scope::default(),
            previous: None,
            refresh: RefreshSettings::default(),
        }
    }
}

impl ExtractOptions {
    /// The settings of a validated plan's sync (the job of `orgsync sync`,
    /// `demo`, `tree --live` and the benchmark's measured child,
    /// `orgsync_job::run`, starts here): its tables, limits, sub-account
    /// chain, findings settings and scope, with `rate_limits` as the
    /// planner's assumptions. A scoped plan reads the destination's previous
    /// snapshot through `previous` to keep the rows outside its scope, and
    /// `refresh = "auto"` to refresh it incrementally; other plans never
    /// call it.
    pub fn for_plan(
        plan: &Plan,
        run_id: &str,
        rate_limits: RateLimits,
        previous: PreviousSnapshot,
    ) -> Self {
        ExtractOptions {
            tables: plan.tables.clone(),
            effective_policies: plan.effective_policies,
            max_concurrency: plan.max_concurrency,
            run_id: run_id.to_owned(),
            config_fingerprint: plan.config_fingerprint.clone(),
            rate_limits,
            sub_account_access: plan
                .sub_account_chain
                .clone()
                .map(|chain| SubAccountAccess::new(&plan.auth, chain)),
            account_reads: plan.account_reads,
            findings: plan.findings.clone(),
            scope: plan.scope.clone(),
            previous: (!plan.scope.is_whole() || plan.refresh.mode == refresh::RefreshMode::Auto)
                .then_some(previous),
            refresh: plan.refresh,
            ..ExtractOptions::new()
        }
    }
}

impl Default for ExtractOptions {
    fn default() -> Self {
        Self::new()
    }
}

/// A new run id: UTC time to the second plus random hex, sortable by start.
pub fn new_run_id() -> String {
    let suffix: u32 = rand::rng().random();
    format!("{}-{suffix:08x}", Utc::now().format("%Y%m%dT%H%M%SZ"))
}

/// The result of a run: the snapshot and the counters behind it.
#[derive(Debug, Clone)]
pub struct Extraction {
    /// Rows, errors and the run record.
    pub snapshot: Snapshot,
    /// Calls, throttles and retries per operation (operations called at least once).
    pub operations: BTreeMap<Operation, OperationStats>,
    /// Wall time of the extraction.
    pub duration: Duration,
    /// Accounts whose per-account Account API reads were made in their own
    /// sessions / through the management session.
    pub account_reads: AccountReadCounts,
}

/// Reads the organization (see the module docs).
///
/// `on_expired` is called (once per expiry) when AWS answers that the
/// credentials expired; the failed call is then retried with fresh clients.
pub async fn extract(
    sdk_config: &SdkConfig,
    on_expired: &(dyn Fn() + Sync),
    options: &ExtractOptions,
    progress: &dyn ProgressListener,
) -> Result<Extraction, UserError> {
    let started = Instant::now();
    let started_at = orgsync_schema::now_micros();
    let planner = Planner::new(
        sdk_config,
        on_expired,
        options.max_concurrency.unwrap_or(DEFAULT_MAX_CONCURRENCY).max(1),
        &options.rate_limits,
        options.retry,
        progress,
    );
    let tracker = ProgressTracker::new(progress);
    let want = Wanted::for_run(
        &options.tables,
        options.effective_policies,
        options.sub_account_access.is_some(),
        &options.scope,
        options.account_reads,
    );

    // The organization phase is two items, DescribeOrganization and
    // ListRoots, both queued up front: queueing the second only after the
    // first was done would let the phase finish at 1 of 1 and then grow to 2.
    tracker.queued(Phase::Organization);
    tracker.queued(Phase::Organization);
    let org = tables::organization::describe(&planner).await.map_err(|e| {
        run_failure(sdk_config, "read the organization", Operation::DescribeOrganization, &e)
    })?;
    tracker.done(Phase::Organization);
    let org_id = org.id().unwrap_or_default().to_owned();

    let roots = tables::root::list(&planner).await.map_err(|e| {
        run_failure(sdk_config, "list the organization's roots", Operation::ListRoots, &e)
    })?;

    let mut ctx = Ctx::new(
        planner,
        tracker,
        options.run_id.clone(),
        org_id.clone(),
        org.master_account_id().map(str::to_owned),
        want,
    );
    ctx.fetched_at = started_at;
    ctx.effective_policy_types = tables::effective_policy::enabled_types(&roots);
    ctx.root_policy_types = tables::policy::root_types(&roots);
    if want.has(TableName::AccountAccess) || want.reads_as_member() {
        ctx.account_access =
            options.sub_account_access.clone().map(|settings| AccessCtx::new(sdk_config, settings));
    }
    ctx.scope = options.scope.clone();
    ctx.account_reads = options.account_reads;
    if want.has(TableName::RootAccessFeature) {
        ctx.iam = Some(tables::records::IamReader::new(sdk_config));
    }
    // Read before any call of the scope: a scoped run that cannot keep the
    // other scopes' rows must not start. A whole run that cannot read it
    // reads everything.
    let mut full_reason = None;
    let previous = match &options.previous {
        Some(previous) => match previous.read(&org_id).await {
            Ok(snapshot) => snapshot.filter(|p| p.org_id() == org_id).map(|mut previous| {
                // Derived tables are computed again from the rows at the end;
                // the previous ones would only hold memory.
                previous.tables.retain(|table, _| !DERIVED_TABLES.contains(table));
                previous
            }),
            Err(e) if !options.scope.is_whole() => {
                return Err(UserError::failure("failed to read the destination's previous snapshot, which a scoped run keeps outside its scope")
                    .caused_by_error(e.as_ref())
                    .with_hint("fix the destination, or run without organizational_unit_ids / exclude_* (a full run replaces everything)"));
            }
            Err(e) => {
                full_reason =
                    Some(format!("the destination's previous snapshot could not be read: {e}"));
                None
            }
        },
        None => None,
    };
    let incremental = match full_reason {
        Some(_) => None,
        None => match refresh::start(&ctx, &options.refresh, previous.as_ref(), &roots, started_at)
            .await
        {
            Ok(incremental) => Some(incremental),
            Err(reason) => {
                full_reason = reason;
                None
            }
        },
    };
    if let Some(incremental) = &incremental {
        ctx.refresh = Some(
            incremental.selection(previous.as_ref().expect("an incremental run has a baseline")),
        );
    }
    let ctx = ctx;

    tables::organization::store(&ctx, &org);
    let mut initial: Vec<Task<'_>> = Vec::new();
    for root in &roots {
        tables::root::store(&ctx, root);
        let Some(root_id) = root.id() else { continue };
        if incremental.is_none() && want.tree_walk() && !want.from_organizational_units {
            initial.extend(tree::walk(&ctx, tree::Parent::root(&org_id, root_id, root.name())));
        }
        if want.has(TableName::Tag) {
            initial.push(tables::tag::task(
                &ctx,
                root_id.to_owned(),
                tables::tag::ResourceType::Root,
            ));
        }
    }
    if incremental.is_none() && want.tree_walk() && want.from_organizational_units {
        initial.extend(
            tables::scope::start(&ctx, &roots)
                .await
                .map_err(|failure| scope_failure(sdk_config, &failure))?,
        );
    }
    let assembled = incremental.as_ref().map(|incremental| {
        let baseline = previous.as_ref().expect("an incremental run has a baseline");
        incremental.assemble(&ctx, &roots, baseline, &mut initial)
    });
    if want.policy_listing() {
        initial.extend(tables::policy::tasks(&ctx, tables::policy::policy_types(&roots)));
    }
    if want.has(TableName::EnabledService) {
        initial.push(tables::enabled_service::task(&ctx));
    }
    if want.has(TableName::DelegatedAdministrator) || want.has(TableName::DelegatedService) {
        initial.push(tables::delegated::task(&ctx));
    }
    initial.extend(tables::records::tasks(&ctx));
    run_tasks(&ctx, initial).await;

    if let Some(fatal) = ctx.fatal() {
        return Err(run_failure(
            sdk_config,
            "read the organization",
            fatal.operation,
            &fatal.error,
        ));
    }

    let (mut tables, errors) = ctx.take_results();
    let refresh_record = match (&incremental, assembled, previous) {
        (Some(incremental), Some(assembled), Some(baseline)) => {
            let rows_reread = incremental.carry_forward(&ctx, baseline, &assembled, &mut tables);
            RefreshRecord {
                kind: RefreshKind::Incremental,
                reason: None,
                watermark: started_at,
                events_read: Some(incremental.changes.events),
                rows_reread: Some(rows_reread),
            }
        }
        (_, _, previous) => {
            if let Some(previous) = previous.filter(|_| !options.scope.is_whole()) {
                tables = crate::scope::merge(&previous, tables, &options.scope, &options.run_id);
            }
            RefreshRecord {
                kind: RefreshKind::Full,
                reason: full_reason,
                watermark: started_at,
                events_read: None,
                rows_reread: None,
            }
        }
    };
    let operations = ctx.planner.stats();
    let account_reads = ctx.account_read_counts();
    let sum = |f: fn(&OperationStats) -> u64| operations.values().map(f).sum::<u64>();
    let run = RunRecord {
        run_id: options.run_id.clone(),
        org_id,
        started_at,
        finished_at: Some(orgsync_schema::now_micros()),
        status: if errors.is_empty() { RunStatus::Succeeded } else { RunStatus::Partial },
        tool_version: env!("CARGO_PKG_VERSION").to_owned(),
        config_fingerprint: options.config_fingerprint.clone(),
        api_calls: sum(|s| s.calls),
        throttled_calls: sum(|s| s.throttled),
        retried_calls: sum(|s| s.retried),
        counts: BTreeMap::new(),
        scope: options.scope.clone().limited(),
        accounts_read_as_member: (account_reads.member + account_reads.management > 0)
            .then_some(account_reads.member),
        accounts_read_through_management: (account_reads.member + account_reads.management > 0)
            .then_some(account_reads.management),
        refresh: Some(refresh_record),
    };
    let mut snapshot = Snapshot { run, tables, errors };
    derive_tables(&mut snapshot, &options.tables, &options.findings);
    snapshot.run.counts = snapshot
        .tables
        .iter()
        .map(|(t, rows)| (t.as_str().to_owned(), rows.len() as u64))
        .collect();
    Ok(Extraction { snapshot, operations, duration: started.elapsed(), account_reads })
}

/// Tables computed from the rows of others after the extraction.
pub const DERIVED_TABLES: [TableName; 2] = [TableName::PolicyApplicability, TableName::Finding];

/// Adds the derived tables that are wanted (computed from the rows read, no
/// calls), then drops the tables that were read only to derive them.
pub fn derive_tables(
    snapshot: &mut Snapshot,
    wanted: &BTreeSet<TableName>,
    findings: &FindingSettings,
) {
    if wanted.contains(&TableName::Finding) {
        let mut rows = orgsync_report::finding_rows(snapshot, findings);
        tables::sort_by_primary_key(TableName::Finding, &mut rows);
        snapshot.tables.insert(TableName::Finding, rows);
    }
    if wanted.contains(&TableName::PolicyApplicability) {
        let started = Instant::now();
        let mut rows = orgsync_report::applicability_rows(snapshot);
        tables::sort_by_primary_key(TableName::PolicyApplicability, &mut rows);
        tracing::debug!(
            rows = rows.len(),
            elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
            "derived {}",
            TableName::PolicyApplicability.as_str()
        );
        snapshot.tables.insert(TableName::PolicyApplicability, rows);
    }
    let inputs: Vec<TableName> = DERIVED_TABLES
        .iter()
        .filter(|t| wanted.contains(t))
        .flat_map(|t| crate::config::table_dependencies(*t).iter().copied())
        .collect();
    snapshot.tables.retain(|t, _| wanted.contains(t) || !inputs.contains(t));
}

/// Runs tasks and their follow-ups until none is left (or the run failed).
async fn run_tasks<'a>(ctx: &'a Ctx<'a>, initial: Vec<Task<'a>>) {
    let mut running = FuturesUnordered::new();
    let queue = |running: &mut FuturesUnordered<_>, task: Task<'a>| {
        ctx.progress.queued(task.phase);
        let phase = task.phase;
        let work = task.work;
        running.push(async move { (phase, work.await) });
    };
    for task in initial {
        queue(&mut running, task);
    }
    // ListRoots is done once the work it made possible is queued: the
    // phases it feeds may finish from now on.
    ctx.progress.done(Phase::Organization);
    while let Some((phase, follow_ups)) = running.next().await {
        for task in follow_ups {
            queue(&mut running, task);
        }
        ctx.progress.done(phase);
        if ctx.fatal().is_some() {
            return;
        }
    }
}

/// An OU of `organizational_unit_ids` that could not be placed in the tree.
fn scope_failure(sdk_config: &SdkConfig, failure: &tables::scope::StartFailure) -> UserError {
    let ou = &failure.organizational_unit_id;
    let not_found = matches!(
        failure.error.code.as_str(),
        "ChildNotFoundException"
            | "OrganizationalUnitNotFoundException"
            | "ParentNotFoundException"
    );
    if not_found {
        return UserError::usage(format!(
            "organizational_unit_ids names `{ou}`, which is not an OU of this organization"
        ))
        .caused_by(format!("{} answered {}", failure.operation.qualified_name(), failure.error.describe()))
        .with_hint("`orgsync tree` lists the organization's OUs with their IDs; fix organizational_unit_ids");
    }
    run_failure(
        sdk_config,
        &format!("place OU {ou} of organizational_unit_ids in the tree"),
        failure.operation,
        &failure.error,
    )
}

/// A run-level failure as a [`UserError`] with a hint.
fn run_failure(sdk_config: &SdkConfig, what: &str, op: Operation, err: &ApiError) -> UserError {
    let name = op.qualified_name();
    let service = name.split(':').next().unwrap_or("organizations");
    if let Some(failed) =
        err.network_failure(&crate::aws::network::service_endpoint(sdk_config, service))
    {
        return UserError::failure(format!("failed to {what}"))
            .caused_by(format!("{name}: {}", failed.cause))
            .with_hint(failed.hint);
    }
    let error = UserError::failure(format!("failed to {what}")).caused_by(format!(
        "{} answered {}",
        op.qualified_name(),
        err.describe()
    ));
    match err.kind {
        ErrorKind::OrganizationNotInUse => error.with_hint(
            "the credentials belong to an account that is not in an organization; use credentials \
             of the organization's management account (or a delegated administrator), e.g. through \
             the role chain in your configuration",
        ),
        ErrorKind::AccessDenied => error.with_hint(format!(
            "allow `{}` for the identity orgsync runs as, and call it from the management account or \
             a delegated administrator; `orgsync check` probes every permission a sync needs",
            op.qualified_name()
        )),
        ErrorKind::ExpiredCredentials | ErrorKind::Authentication => error.with_hint(
            "the credentials were rejected or could not be renewed; check the access keys and the role \
             chain with `orgsync check`",
        ),
        ErrorKind::Throttled => error.with_hint(
            "AWS kept throttling this call; lower max_concurrency or try again later",
        ),
        ErrorKind::Transient => error.with_hint(
            "AWS or the network kept failing; check connectivity (and endpoint_url, if set) and try again",
        ),
        ErrorKind::Service => error,
    }
}
