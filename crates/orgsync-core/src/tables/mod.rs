//! The data tables: one file per table (or per pair of tables fetched by the
//! same calls) with its row layout and how it is fetched.
//!
//! Fetchers are small tasks run by [`crate::run`]: each makes one call (one
//! page, one item) through the [`Planner`], stores the rows it produced and
//! returns the follow-up tasks its answer made possible (the next page, the
//! children of an OU, the tags of a resource just discovered …). So work
//! starts as soon as its inputs exist, and nothing is fetched twice.
//!
//! Errors are per item: [`Ctx::fail`] turns a failed call into an
//! `orgsync_error` row (once per cause for access denied), or into a
//! run-level failure for credentials that stopped working or an account that
//! left its organization.
//!
//! Access denied on one item is not yet proof that the whole operation is
//! denied: an account closed mid-run answers AccessDenied for its own
//! contacts. A denial is therefore confirmed organization-wide (one row for
//! the cause, the operation not called again) only when a second,
//! different item of the same operation and scope is denied too; until
//! then it is a per-item error.

/// A row of the run, stamped with what every data table records:
/// `stamped!(ctx, AccountRow { account_id: …, … })` sets the row's
/// `org_id`, `run_id` and `fetched_at` from the run's [`Ctx`], and the
/// fields given.
macro_rules! stamped {
    ($ctx:expr, $row:ident { $($fields:tt)* }) => {
        $row {
            org_id: $ctx.org_cell(),
            run_id: $ctx.run_cell(),
            fetched_at: $ctx.fetched_cell(),
            $($fields)*
        }
    };
}
pub(crate) use stamped;

pub mod account_access;
pub mod account_api;
pub mod account_details;
pub mod alternate_contact;
pub mod delegated;
pub mod effective_policy;
pub mod enabled_service;
pub mod organization;
pub(crate) mod paging;
pub mod policy;
pub mod records;
pub mod root;
pub mod scope;
pub mod tag;
pub mod tree;

use std::collections::{BTreeMap, BTreeSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use orgsync_schema::{ErrorRecord, Row, TableName, TableRow, TableSet, Text, Timestamp};

use crate::aws::Clients;
use crate::aws::error::{ApiError, ErrorKind};
use crate::planner::progress::ProgressTracker;
use crate::planner::{Operation, Phase, Planner, Priority};

/// MaxResults on every paged list call (the most AWS allows).
pub const PAGE_SIZE: i32 = 20;

/// One unit of work: its phase and the future doing it, which returns the
/// follow-up tasks.
pub struct Task<'a> {
    pub(crate) phase: Phase,
    pub(crate) work: Pin<Box<dyn Future<Output = Vec<Task<'a>>> + Send + 'a>>,
}

impl<'a> Task<'a> {
    /// Wraps a future as a task of `phase`.
    pub fn new(phase: Phase, work: impl Future<Output = Vec<Task<'a>>> + Send + 'a) -> Self {
        Self { phase, work: Box::pin(work) }
    }
}

/// Which data tables (and so which fetches) a run needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Wanted {
    /// The tables read: the requested ones, and the inputs of a requested
    /// derived table.
    tables: TableSet,
    /// Whether the walk starts at the OUs of `organizational_unit_ids`
    /// (placed in the tree with ListParents and DescribeOrganizationalUnit)
    /// instead of at the roots.
    pub from_organizational_units: bool,
    /// The per-account Account API reads are made in the members' own
    /// sessions where they can be (`account_reads` other than `management`,
    /// with a sub-account chain; see [`account_api`]).
    pub member_reads: bool,
}

impl Wanted {
    /// From the requested tables; the effective-policy table is wanted when
    /// listed or when `effective_policies` is set.
    ///
    /// The tables a derived table is computed from are read whenever the
    /// derived table is wanted, written or not (the run drops the excluded
    /// ones after the derivation).
    pub fn from_tables(tables: &BTreeSet<TableName>, effective_policies: bool) -> Self {
        let mut read: TableSet = tables.iter().collect();
        for derived in crate::run::DERIVED_TABLES.iter().filter(|t| tables.contains(t)) {
            for input in crate::config::table_dependencies(*derived) {
                read.insert(*input);
            }
        }
        if effective_policies {
            read.insert(TableName::EffectivePolicy);
        }
        Self { tables: read, from_organizational_units: false, member_reads: false }
    }

    /// What a run of these settings reads: [`Wanted::from_tables`], the
    /// access table only with a sub-account chain, the walk from the scope's
    /// OUs when it has some, and member-side reads unless `account_reads`
    /// is `management` (they need the chain too).
    pub fn for_run(
        tables: &BTreeSet<TableName>,
        effective_policies: bool,
        sub_account_chain: bool,
        scope: &orgsync_schema::Scope,
        account_reads: crate::config::AccountReads,
    ) -> Self {
        let mut wanted = Self::from_tables(tables, effective_policies);
        if !sub_account_chain {
            wanted.tables.remove(TableName::AccountAccess);
        }
        wanted.from_organizational_units = !scope.organizational_unit_ids.is_empty();
        wanted.member_reads =
            sub_account_chain && account_reads != crate::config::AccountReads::Management;
        wanted
    }

    /// Whether `table` is read.
    pub fn has(&self, table: TableName) -> bool {
        self.tables.contains(table)
    }

    /// The tables this run reads, in contract order.
    pub fn tables(&self) -> Vec<TableName> {
        self.tables.iter().filter(|t| !crate::run::DERIVED_TABLES.contains(t)).collect()
    }

    /// Whether the OU/account tree must be walked.
    pub fn tree_walk(&self) -> bool {
        self.tables.contains_any(Operation::ListAccountsForParent.tables())
    }

    /// Whether any per-account Account API table is wanted (alternate
    /// contacts, account information, regions, primary contacts).
    pub fn account_api_reads(&self) -> bool {
        Operation::ALL.into_iter().any(|op| op.as_member().is_some() && self.reads_with(op))
    }

    /// Whether the per-account Account API reads are made in member sessions.
    pub fn reads_as_member(&self) -> bool {
        self.account_api_reads() && self.member_reads
    }

    /// Whether policies must be listed.
    pub fn policy_listing(&self) -> bool {
        self.reads_with(Operation::ListPolicies)
    }

    /// Whether a table read with `op` is wanted.
    fn reads_with(&self, op: Operation) -> bool {
        self.tables.contains_any(op.tables())
    }

    /// The operations a run with these tables calls (on an organization that
    /// has something of each kind), in [`Operation::ALL`] order: those of the
    /// tables read ([`Operation::tables`]), the scope's placement calls only
    /// for a scoped walk, and the member-side reads (and the sub-account
    /// AssumeRole they need) only with member reads. `orgsync check` probes
    /// exactly these and `orgsync permissions` grants exactly these; a test
    /// compares them with the calls a real sync makes.
    pub fn operations(&self) -> Vec<Operation> {
        Operation::ALL
            .into_iter()
            .filter(|op| match op {
                Operation::ListParents | Operation::DescribeOrganizationalUnit => {
                    self.from_organizational_units && self.tree_walk()
                }
                Operation::AssumeRoleSubAccount => {
                    self.has(TableName::AccountAccess) || self.reads_as_member()
                }
                op if op.is_member_side() => self.member_reads && self.reads_with(*op),
                op if op.is_refresh_only() => false,
                op if op.tables().is_empty() => true,
                op => self.reads_with(*op),
            })
            .collect()
    }
}

/// How an account's per-account Account API reads were made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadVia {
    /// In the member's own session (its own quota).
    Member,
    /// Through the management session (the management account itself, or a
    /// member read that way by configuration or fallback).
    Management,
}

/// How many accounts had their per-account Account API reads made each way
/// (an account with any read through the management session counts there).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct AccountReadCounts {
    /// Accounts read in their own sessions.
    pub member: u64,
    /// Accounts read through the management session.
    pub management: u64,
}

/// A failure that ends the run (see [`Ctx::fail`]).
#[derive(Debug, Clone)]
pub struct Fatal {
    /// The operation that failed.
    pub operation: Operation,
    /// What AWS answered.
    pub error: ApiError,
}

/// Everything the fetchers share during one run.
pub struct Ctx<'a> {
    pub planner: Planner<'a>,
    pub(crate) progress: ProgressTracker<'a>,
    pub run_id: String,
    /// When the run started: the `fetched_at` of every row it reads.
    pub fetched_at: chrono::DateTime<chrono::Utc>,
    pub org_id: String,
    /// `org_id` as the text every row shares.
    org_text: Text,
    /// `run_id` as the text every row shares.
    run_text: Text,
    pub management_account_id: Option<String>,
    pub want: Wanted,
    /// Policy types whose effective policies are read (enabled on a root,
    /// SCP and RCP excluded).
    pub effective_policy_types: Vec<String>,
    /// Policy types any root reports (enabled or being enabled).
    pub root_policy_types: BTreeSet<String>,
    /// How member accounts are reached (when the access table is wanted or
    /// member reads are on).
    pub account_access: Option<account_access::AccessCtx>,
    /// The part of the organization this run reads.
    pub scope: orgsync_schema::Scope,
    /// `account_reads` of the run.
    pub account_reads: crate::config::AccountReads,
    read_via: Mutex<BTreeMap<String, ReadVia>>,
    /// IAM as the reading identity (when the root access table is wanted).
    pub iam: Option<records::IamReader>,
    /// What an incremental run re-reads per policy (None: a full read).
    pub refresh: Option<crate::refresh::Selection>,
    rows: Mutex<BTreeMap<TableName, Vec<Row>>>,
    errors: Mutex<Vec<ErrorRecord>>,
    denied: Mutex<Denials>,
    fatal: Mutex<Option<Fatal>>,
}

/// Key of a denial: the operation and its scope (e.g. a policy type).
type DenialKey = (Operation, Option<String>);

/// Access denials seen so far in a run (see the module docs).
#[derive(Default)]
struct Denials {
    /// Denied organization-wide: not called again in this run.
    confirmed: BTreeSet<DenialKey>,
    /// Denied for exactly one item so far (that item's id).
    single_item: BTreeMap<DenialKey, String>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Whether `e` is the `orgsync_error` row of `op` in `table` for `resource_id`.
fn is_row_of(e: &ErrorRecord, table: TableName, op: Operation, resource_id: Option<&str>) -> bool {
    e.table_name == table.as_str()
        && e.api_operation == op.name()
        && e.resource_id.as_deref() == resource_id
}

impl<'a> Ctx<'a> {
    /// A context for one run; `org_id` and the management account are known
    /// from DescribeOrganization.
    pub(crate) fn new(
        planner: Planner<'a>,
        progress: ProgressTracker<'a>,
        run_id: String,
        org_id: String,
        management_account_id: Option<String>,
        want: Wanted,
    ) -> Self {
        let rows = want.tables().into_iter().map(|t| (t, Vec::new())).collect();
        let run_text = Text::from(run_id.as_str());
        Self {
            planner,
            progress,
            run_id,
            fetched_at: orgsync_schema::now_micros(),
            org_text: Text::from(org_id.as_str()),
            run_text,
            org_id,
            management_account_id,
            want,
            effective_policy_types: Vec::new(),
            root_policy_types: BTreeSet::new(),
            account_access: None,
            scope: orgsync_schema::Scope::default(),
            account_reads: crate::config::AccountReads::Auto,
            read_via: Mutex::new(BTreeMap::new()),
            iam: None,
            refresh: None,
            rows: Mutex::new(rows),
            errors: Mutex::new(Vec::new()),
            denied: Mutex::new(Denials::default()),
            fatal: Mutex::new(None),
        }
    }

    /// `org_id` for the first column of a row (one text shared by every row).
    pub fn org_cell(&self) -> Text {
        self.org_text.clone()
    }

    /// `run_id` for the `run_id` column of a row (one text shared by every row).
    pub fn run_cell(&self) -> Text {
        self.run_text.clone()
    }

    /// This run's start, the `fetched_at` of every row it reads.
    pub fn fetched_cell(&self) -> Option<Timestamp> {
        Some(self.fetched_at)
    }

    /// Stores a row of a wanted table (rows of other tables are dropped).
    pub fn push_row<R: TableRow>(&self, row: R) {
        if let Some(rows) = lock(&self.rows).get_mut(&R::TABLE) {
            rows.push(row.into_row());
        }
    }

    /// Whether `op` (for `scope`, e.g. a policy type) was denied earlier in
    /// this run, so it is not called again.
    pub fn is_denied(&self, op: Operation, scope: Option<&str>) -> bool {
        lock(&self.denied).confirmed.contains(&(op, scope.map(str::to_owned)))
    }

    /// Calls `op` unless it is denied for `scope` in this run: asked before
    /// waiting for the planner and again right before sending (see
    /// [`Planner::call_unless`]). None when not sent.
    pub async fn call_unless_denied<T, E, F, Fut>(
        &self,
        op: Operation,
        priority: Priority,
        scope: Option<&str>,
        send: F,
    ) -> Option<Result<T, ApiError>>
    where
        F: FnMut(Arc<Clients>) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        if self.is_denied(op, scope) {
            return None;
        }
        self.planner.call_unless(op, priority, || self.is_denied(op, scope), send).await
    }

    /// One fan-out read of `op` for `account_id` into `table`: the answer,
    /// or None when not sent (denied), when AWS answers `absent_code`
    /// (nothing set: no row, not an error) or when it failed (recorded for
    /// the account, with `failed_for` before AWS's message when given).
    pub async fn read_for_account<T, E, F, Fut>(
        &self,
        table: TableName,
        op: Operation,
        account_id: &str,
        absent_code: &str,
        failed_for: Option<&str>,
        send: F,
    ) -> Option<T>
    where
        F: FnMut(Arc<Clients>) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        match self.call_unless_denied(op, Priority::FanOut, None, send).await? {
            Ok(out) => Some(out),
            Err(err) if err.code == absent_code => None,
            Err(mut err) => {
                if let Some(what) = failed_for {
                    err.message = Some(match err.message.take() {
                        Some(m) => format!("{what}: {m}"),
                        None => what.to_owned(),
                    });
                }
                self.fail(table, op, Some(account_id), None, err);
                None
            }
        }
    }

    /// Notes that a per-account Account API read of `account_id` was made
    /// `via` (once through the management session, the account stays there).
    pub fn note_account_read(&self, account_id: &str, via: ReadVia) {
        let mut reads = lock(&self.read_via);
        match reads.get(account_id) {
            Some(ReadVia::Management) => {}
            _ => {
                reads.insert(account_id.to_owned(), via);
            }
        }
    }

    /// How `account_id` has been read so far.
    pub fn account_read_via(&self, account_id: &str) -> Option<ReadVia> {
        lock(&self.read_via).get(account_id).copied()
    }

    /// Accounts read each way in this run.
    pub fn account_read_counts(&self) -> AccountReadCounts {
        let reads = lock(&self.read_via);
        let member = reads.values().filter(|v| **v == ReadVia::Member).count() as u64;
        AccountReadCounts { member, management: reads.len() as u64 - member }
    }

    /// Whether a run-level failure happened (the driver stops).
    pub fn fatal(&self) -> Option<Fatal> {
        lock(&self.fatal).clone()
    }

    /// Handles a failed call of `op` for the item `resource_id` of `table`.
    ///
    /// - Access denied without an item (a list call of the operation
    ///   itself): recorded once per operation and `scope` (e.g. a policy
    ///   type) with resource_id = the scope, and the operation is not called
    ///   again for that scope.
    /// - Access denied on an item: a per-item row (once per item) until a
    ///   second, different item of the same operation and scope is denied;
    ///   then the denial is organization-wide: the first item's row is
    ///   replaced by one row for the cause and the operation is not called
    ///   again for that scope.
    /// - Expired or invalid credentials, organization not in use: the run
    ///   fails.
    /// - Anything else: one `orgsync_error` row for this item.
    pub fn fail(
        &self,
        table: TableName,
        op: Operation,
        resource_id: Option<&str>,
        scope: Option<&str>,
        err: ApiError,
    ) {
        match err.kind {
            ErrorKind::ExpiredCredentials
            | ErrorKind::Authentication
            | ErrorKind::OrganizationNotInUse => {
                let mut fatal = lock(&self.fatal);
                if fatal.is_none() {
                    *fatal = Some(Fatal { operation: op, error: err });
                }
            }
            ErrorKind::AccessDenied => self.denied(table, op, resource_id, scope, &err),
            ErrorKind::Throttled | ErrorKind::Transient | ErrorKind::Service => {
                self.record(table, resource_id.or(scope), op, &err.code, err.message.clone());
            }
        }
    }

    /// Access denied (see [`Ctx::fail`]).
    fn denied(
        &self,
        table: TableName,
        op: Operation,
        resource_id: Option<&str>,
        scope: Option<&str>,
        err: &ApiError,
    ) {
        let key = (op, scope.map(str::to_owned));
        let aws = err.message.as_deref().filter(|m| !m.is_empty()).unwrap_or(&err.code);
        let what = scope.map(|s| format!(" for {s}")).unwrap_or_default();
        let mut denials = lock(&self.denied);
        if denials.confirmed.contains(&key) {
            return;
        }
        let Some(resource) = resource_id else {
            denials.confirmed.insert(key);
            drop(denials);
            self.record(table, scope, op, &err.code, Some(aws.to_owned()));
            return;
        };
        match denials.single_item.get(&key).cloned() {
            None => {
                denials.single_item.insert(key, resource.to_owned());
                drop(denials);
                self.record(table, Some(resource), op, &err.code, Some(aws.to_owned()));
            }
            Some(first) if first == resource => {} // the same item again: one row per item
            Some(first) => {
                denials.confirmed.insert(key);
                drop(denials);
                lock(&self.errors).retain(|e| !is_row_of(e, table, op, Some(&first)));
                let message = format!(
                    "{aws} (denied for {first} and {resource}); {op} was not called again{what} in this run"
                );
                self.record(table, scope, op, &err.code, Some(message));
            }
        }
    }

    /// Records one `orgsync_error` row as is (no denial bookkeeping), unless
    /// the item already has a row for `op` in `table`.
    pub(crate) fn record_error(
        &self,
        table: TableName,
        resource_id: Option<&str>,
        op: Operation,
        code: &str,
        message: Option<String>,
    ) {
        let recorded = lock(&self.errors).iter().any(|e| is_row_of(e, table, op, resource_id));
        if !recorded {
            self.record(table, resource_id, op, code, message);
        }
    }

    fn record(
        &self,
        table: TableName,
        resource_id: Option<&str>,
        op: Operation,
        code: &str,
        message: Option<String>,
    ) {
        tracing::warn!(
            table = table.as_str(),
            resource_id,
            operation = op.name(),
            code,
            "item not read"
        );
        lock(&self.errors).push(ErrorRecord {
            table_name: table.as_str().to_owned(),
            resource_id: resource_id.map(str::to_owned),
            api_operation: op.name().to_owned(),
            error_code: code.to_owned(),
            message,
        });
    }

    /// Takes the rows (each table sorted by its primary key) and the errors
    /// (sorted) out of the context.
    pub(crate) fn take_results(&self) -> (BTreeMap<TableName, Vec<Row>>, Vec<ErrorRecord>) {
        let mut rows = std::mem::take(&mut *lock(&self.rows));
        for (table, rows) in &mut rows {
            sort_by_primary_key(*table, rows);
        }
        let mut errors = std::mem::take(&mut *lock(&self.errors));
        errors.sort();
        (rows, errors)
    }
}

/// Sorts rows by their table's primary key.
pub fn sort_by_primary_key(table: TableName, rows: &mut [Row]) {
    let def = table.def();
    let key: Vec<usize> = def.primary_key.iter().filter_map(|k| def.column_index(k)).collect();
    rows.sort_by(|a, b| {
        key.iter()
            .map(|&i| a[i].cmp(&b[i]))
            .find(|o| o.is_ne())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
}

/// Text from an SDK enum (`as_str` works for unknown values too).
pub fn enum_text<T: AsRef<str>>(value: Option<&T>) -> Option<Text> {
    value.map(|v| Text::from(v.as_ref()))
}

/// Text when AWS returned some.
pub fn opt_text(value: Option<&str>) -> Option<Text> {
    value.map(Text::from)
}

/// A timestamp from an SDK timestamp.
pub fn time_cell(t: Option<&aws_smithy_types::DateTime>) -> Option<Timestamp> {
    t.and_then(crate::aws::to_utc)
}

/// NextToken as the token of the next page: absent or empty means done.
pub fn next_token(token: Option<&str>) -> Option<String> {
    token.filter(|t| !t.is_empty()).map(str::to_owned)
}
