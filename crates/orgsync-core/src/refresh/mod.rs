//! Incremental refresh (`refresh = "auto"`): read only what changed since
//! the previous run, carry the rest of its snapshot forward, and write a
//! complete snapshot as a full read would.
//!
//! An incremental run builds on the destination's latest snapshot of the
//! organization ([`baseline`]) and:
//!
//! 1. reads the management account's CloudTrail event history since the
//!    previous run's watermark, less `refresh_overlap_minutes` for events
//!    delivered late, and maps each write event to what it can change
//!    ([`events`]); with a sub-account chain, also the histories of the
//!    delegated administrators that may manage the organization's policies
//!    (the delegation policy's principals, the accounts registered for
//!    `organizations.amazonaws.com`), in their own sessions;
//! 2. always re-reads what is cheap and catches changes made outside that
//!    history: the organization, its roots, ListAccounts (names, emails,
//!    states; joins and departures), every policy listing and the other
//!    organization-wide listings (services, delegated administrators,
//!    handshakes, account-creation requests, the resource policy …);
//! 3. per resource (account, OU, root, policy), re-reads only what events
//!    name, what is new, what changed in the listings, and a **rolling
//!    slice** ([`Slice`]): every resource has a fixed phase in a period of
//!    `full_refresh_days`, and a run re-reads the resources whose phase fell
//!    in the time since the previous run — so, whatever the cadence, every
//!    resource is re-read at least once per period, and a change no event
//!    read shows (a member setting its own alternate contact, a delegated
//!    administrator the chain does not reach, changes AWS makes) is caught
//!    within `full_refresh_days` plus one run interval;
//! 4. assembles the OU/account tree from the previous one and the parents
//!    it re-listed (module `tree`), and carries every row it did not re-read
//!    forward with its `fetched_at` (module `merge`).
//!
//! It reads everything instead, saying why in `orgsync_run.refresh_reason`,
//! when there is no usable previous snapshot (none, another contract
//! version, another scope or fewer tables, a scoped run, organization-wide
//! errors in the previous run), when the watermark is older than
//! `full_refresh_days` or CloudTrail's 90-day event horizon, when
//! LookupEvents or ListAccounts fails, or when an event it does not
//! understand is in the history — never a silent stale answer.

pub mod events;
pub(crate) mod merge;
mod new_target;
pub(crate) mod tree;

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::time::Duration;

use aws_sdk_organizations::types::{Account, PolicySummary, Root};
use chrono::{DateTime, Utc};
use orgsync_schema::{
    AccountRow, DelegatedServiceRow, OrganizationalUnitRow, PolicyRow, PolicyTargetRow,
    ResourcePolicyRow, RootRow, Row, Scope, Snapshot, TableName, TagRow, Text,
};
use sha2::{Digest, Sha256};

use crate::planner::{Operation, Priority};
use crate::tables::{self, Ctx, Task, tag};

pub use events::Changes;

/// `refresh`: whether a sync may read only what changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RefreshMode {
    /// Incremental when the destination holds a usable snapshot (default).
    #[default]
    Auto,
    /// Always read everything (`refresh = "full"`, `--full`).
    Full,
}

/// The refresh settings of a sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct RefreshSettings {
    /// `refresh`.
    pub mode: RefreshMode,
    /// `full_refresh_days`: every row is re-read at least this often.
    pub full_refresh: Duration,
    /// `refresh_overlap_minutes`: how far before the watermark events are
    /// read again (CloudTrail delivers events minutes late).
    pub overlap: Duration,
}

/// Default `full_refresh_days`.
pub const DEFAULT_FULL_REFRESH_DAYS: f64 = 7.0;
/// Default `refresh_overlap_minutes`.
pub const DEFAULT_OVERLAP_MINUTES: i64 = 20;
/// How far back CloudTrail's event history reaches.
pub const EVENT_HORIZON: Duration = Duration::from_secs(90 * 24 * 3600);

impl Default for RefreshSettings {
    fn default() -> Self {
        Self {
            mode: RefreshMode::Auto,
            full_refresh: Duration::from_secs_f64(DEFAULT_FULL_REFRESH_DAYS * 86_400.0),
            overlap: Duration::from_secs(DEFAULT_OVERLAP_MINUTES as u64 * 60),
        }
    }
}

/// Why a run that could have been incremental read everything (the
/// `refresh_reason`); `None` when a full read was asked for.
pub type FullReason = Option<String>;

/// The previous snapshot if an incremental run can build on it, else why
/// not (see [`FullReason`]).
pub fn baseline<'s>(
    settings: &RefreshSettings,
    previous: Option<&'s Snapshot>,
    read_tables: &[TableName],
    scope: &Scope,
    now: DateTime<Utc>,
) -> Result<&'s Snapshot, FullReason> {
    if settings.mode == RefreshMode::Full || !scope.is_whole() {
        // Asked for: `refresh = "full"`, `--full`, or a scoped run.
        return Err(None);
    }
    usable(settings, previous, read_tables, now).map_err(Some)
}

/// The previous snapshot, or why an incremental run cannot build on it.
fn usable<'s>(
    settings: &RefreshSettings,
    previous: Option<&'s Snapshot>,
    read_tables: &[TableName],
    now: DateTime<Utc>,
) -> Result<&'s Snapshot, String> {
    let previous = previous.ok_or("the destination holds no snapshot of this organization yet")?;
    let Some(refresh) = previous.run.refresh.as_ref() else {
        return Err(
            "the previous snapshot was written before table contract version 6 (no fetched_at)"
                .into(),
        );
    };
    if previous.run.scope.is_some() {
        return Err("the previous run read only part of the organization".into());
    }
    if let Some(missing) =
        read_tables.iter().find(|t| !previous.run.counts.contains_key(t.as_str()))
    {
        return Err(format!("the previous run did not read {}", missing.as_str()));
    }
    // An item error names an account, OU, root or policy, read again by
    // this run; any other (a denial for a whole operation or policy type)
    // left a table incomplete in a way only a full read reproduces.
    let mut known = ids(previous.typed::<AccountRow>().map(|r| r.account_id));
    known.extend(ids(previous.typed::<OrganizationalUnitRow>().map(|r| r.ou_id)));
    known.extend(ids(previous.typed::<RootRow>().map(|r| r.root_id)));
    known.extend(policy_ids(previous));
    known.extend(ids(previous.typed::<TagRow>().map(|r| r.resource_id)));
    let item = |id: &Option<String>| id.as_ref().is_some_and(|id| known.contains(id));
    if let Some(error) = previous.errors.iter().find(|e| !item(&e.resource_id)) {
        return Err(format!(
            "the previous run could not read {} at all ({} answered {})",
            error.table_name, error.api_operation, error.error_code
        ));
    }
    let age = (now - refresh.watermark).to_std().unwrap_or_default();
    if age >= settings.full_refresh {
        return Err(format!(
            "the previous run's watermark is {} old, beyond full_refresh_days",
            humantime_short(age)
        ));
    }
    if age + settings.overlap >= EVENT_HORIZON {
        return Err(
            "the previous run's watermark is beyond CloudTrail's 90-day event history".into()
        );
    }
    Ok(previous)
}

/// `3h 20m`, `45s`: a duration for people.
fn humantime_short(d: Duration) -> String {
    let secs = d.as_secs();
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m {}s", secs / 60, secs % 60),
        3600..86_400 => format!("{}h {}m", secs / 3600, secs % 3600 / 60),
        _ => format!("{}d {}h", secs / 86_400, secs % 86_400 / 3600),
    }
}

/// The rolling slice of one run: the resources whose phase in the period
/// `full_refresh_days` falls in `[from, to)`, the time since the previous
/// run's watermark. Consecutive runs cover consecutive intervals, so every
/// resource is in some run's slice at least once per period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slice {
    from_micros: i64,
    to_micros: i64,
    period_micros: i64,
}

impl Slice {
    /// The slice of a run starting at `to` after a watermark `from`.
    pub fn new(from: DateTime<Utc>, to: DateTime<Utc>, period: Duration) -> Self {
        let period_micros = i64::try_from(period.as_micros()).unwrap_or(i64::MAX).max(1);
        Self {
            from_micros: from.timestamp_micros(),
            to_micros: to.timestamp_micros(),
            period_micros,
        }
    }

    /// A resource's fixed phase in the period.
    fn phase(&self, id: &str) -> i64 {
        let digest = Sha256::digest(id.as_bytes());
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        (u64::from_be_bytes(first) % self.period_micros as u64) as i64
    }

    /// Whether the resource `id` is re-read by this run.
    pub fn contains(&self, id: &str) -> bool {
        let length = self.to_micros - self.from_micros;
        if length >= self.period_micros {
            return true;
        }
        if length <= 0 {
            return false;
        }
        let offset = (self.phase(id) - self.from_micros).rem_euclid(self.period_micros);
        offset < length
    }
}

/// What an incremental run re-reads per resource, asked by the fetchers
/// (the policy listing decides per policy; the tree per account and OU).
#[derive(Debug, Default)]
pub struct Selection {
    /// Policies of the previous snapshot.
    pub known_policies: BTreeSet<String>,
    /// Policies whose document is read again (DescribePolicy).
    pub policy_content: BTreeSet<String>,
    /// Policies whose targets are read again (ListTargetsForPolicy).
    pub policy_targets: BTreeSet<String>,
    /// Resources whose tags are read again.
    pub tags: BTreeSet<String>,
    /// Every policy's targets are read again.
    pub all_targets: bool,
    /// The run's rolling slice.
    pub slice: Option<Slice>,
    /// Every policy the listing returned, by id.
    listed: Mutex<BTreeMap<String, PolicySummary>>,
}

impl Selection {
    fn due(&self, id: &str, named: &BTreeSet<String>) -> bool {
        !self.known_policies.contains(id)
            || named.contains(id)
            || self.slice.is_some_and(|s| s.contains(id))
    }

    /// Whether DescribePolicy is called for the listed policy `id`.
    pub fn reads_policy_content(&self, id: &str) -> bool {
        self.due(id, &self.policy_content)
    }

    /// Whether ListTargetsForPolicy is called for the listed policy `id`
    /// (every policy's after a policy type was enabled or disabled, which
    /// attaches or detaches policies without an event per attachment).
    pub fn reads_policy_targets(&self, id: &str) -> bool {
        self.all_targets || self.due(id, &self.policy_targets)
    }

    /// Whether the tags of the listed policy `id` are read.
    pub fn reads_policy_tags(&self, id: &str) -> bool {
        self.due(id, &self.tags)
    }

    /// Notes a policy the listing returned.
    pub fn listed(&self, summary: &PolicySummary) {
        if let Some(id) = summary.id() {
            let mut listed = self.listed.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            listed.insert(id.to_owned(), summary.clone());
        }
    }

    /// The policies the listing returned, by id.
    pub fn take_listed(&self) -> BTreeMap<String, PolicySummary> {
        std::mem::take(&mut *self.listed.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }
}

/// An incremental run under way: what changed, and what it listed before
/// its fan-out starts.
pub(crate) struct Incremental {
    /// What the events since the watermark can have changed.
    pub changes: Changes,
    /// The run's rolling slice.
    pub slice: Slice,
    previous_tree: tree::PreviousTree,
    listed: Mutex<Option<tree::Listed>>,
    /// Resources the previous run could not read (read again).
    failed: BTreeSet<String>,
}

/// What an incremental run read per account and resource.
pub(crate) struct Refreshed {
    tree: tree::Assembled,
    accounts_read: BTreeSet<String>,
    effective_read: BTreeSet<String>,
    tags_read: BTreeSet<String>,
}

/// Decides whether this run is incremental: the baseline, the events since
/// its watermark and the tree listings (see the module docs). `Err` is a
/// full read, and why.
pub(crate) async fn start(
    ctx: &Ctx<'_>,
    settings: &RefreshSettings,
    previous: Option<&Snapshot>,
    roots: &[Root],
    now: DateTime<Utc>,
) -> Result<Incremental, FullReason> {
    let base = baseline(settings, previous, &ctx.want.tables(), &ctx.scope, now)?;
    let reason = |text: String| Some(text);
    let watermark = base.run.refresh.as_ref().map_or(base.run.started_at, |r| r.watermark);
    let overlap = chrono::Duration::from_std(settings.overlap).unwrap_or_default();
    let since = watermark - overlap;
    let mut changes = events::read(&ctx.planner, since, None).await.map_err(|e| {
        reason(format!(
            "{} answered {}; an incremental refresh reads the organization's CloudTrail event history",
            Operation::LookupEvents.qualified_name(),
            e.describe()
        ))
    })?;
    changes.merge(delegated_changes(ctx, base, since).await);
    if !changes.unknown.is_empty() {
        let names: Vec<&str> = changes.unknown.iter().map(String::as_str).collect();
        return Err(reason(format!(
            "the event history holds writes orgsync does not map ({})",
            names.join(", ")
        )));
    }
    let slice = Slice::new(watermark, now, settings.full_refresh);
    let previous_tree = tree::PreviousTree::of(base);
    let failed: BTreeSet<String> =
        base.errors.iter().filter_map(|e| e.resource_id.clone()).collect();
    let listed = if ctx.want.tree_walk() {
        let mut dirty: BTreeSet<String> = changes.parents.clone();
        let parent_of = |id: &String| {
            previous_tree
                .ou_parents
                .get(id)
                .or_else(|| previous_tree.account_parents.get(id))
                .cloned()
        };
        dirty.extend(changes.organizational_units.iter().filter_map(parent_of));
        dirty.extend(failed.iter().filter_map(parent_of));
        let containers = roots.iter().filter_map(|r| r.id().map(str::to_owned));
        dirty.extend(
            containers.chain(previous_tree.ous.keys().cloned()).filter(|id| slice.contains(id)),
        );
        tree::read(ctx, &previous_tree, roots, dirty).await.map_err(|(op, e)| {
            reason(format!("{} answered {}", op.qualified_name(), e.describe()))
        })?
    } else {
        tree::Listed::default()
    };
    Ok(Incremental { changes, slice, previous_tree, listed: Mutex::new(Some(listed)), failed })
}

/// The member accounts that may manage the organization's policies: those
/// the resource-based delegation policy names as principals, and those
/// registered as delegated administrators for AWS Organizations.
fn delegated_administrators(base: &Snapshot) -> BTreeSet<String> {
    let mut accounts: BTreeSet<String> =
        ids(base.typed::<ResourcePolicyRow>().filter_map(|r| r.content))
            .iter()
            .filter_map(|text| serde_json::from_str::<serde_json::Value>(text).ok())
            .flat_map(|document| {
                let statements = match &document["Statement"] {
                    serde_json::Value::Array(items) => items.clone(),
                    single => vec![single.clone()],
                };
                statements
                    .into_iter()
                    .flat_map(|s| match &s["Principal"]["AWS"] {
                        serde_json::Value::Array(items) => items.clone(),
                        single => vec![single.clone()],
                    })
                    .filter_map(|p| p.as_str().map(str::to_owned))
                    .collect::<Vec<_>>()
            })
            .filter_map(|principal| {
                let id = principal
                    .strip_prefix("arn:aws:iam::")
                    .map_or(principal.as_str(), |rest| rest.split(':').next().unwrap_or_default());
                (id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit())).then(|| id.to_owned())
            })
            .collect();
    accounts.extend(ids(base
        .typed::<DelegatedServiceRow>()
        .filter(|r| r.service_principal == events::ORGANIZATIONS_SOURCE)
        .map(|r| r.account_id)));
    accounts
}

/// The changes in the delegated administrators' own event histories,
/// read in their sessions when the sub-account chain reaches them. One
/// that cannot be reached or read is left to the rolling slice.
async fn delegated_changes(ctx: &Ctx<'_>, base: &Snapshot, since: DateTime<Utc>) -> Changes {
    let mut changes = Changes::default();
    let Some(access) = ctx.account_access.as_ref() else { return changes };
    for account in delegated_administrators(base) {
        let Some(roles) = access.settings().chain.for_account(&account) else { continue };
        let creds = match access.member_session(ctx, &account, &roles, Priority::Listing).await {
            Ok(creds) => creds,
            Err(hop) => {
                tracing::info!(
                    account,
                    code = hop.error.code,
                    "delegated administrator not reached; its changes wait for the rolling slice"
                );
                continue;
            }
        };
        let client = access.cloudtrail_client(&creds);
        match events::read(&ctx.planner, since, Some(&client)).await {
            Ok(theirs) => changes.merge(theirs),
            Err(e) => {
                tracing::info!(
                    account,
                    code = e.code,
                    "delegated administrator's event history not read; its changes wait for the rolling slice"
                );
            }
        }
    }
    changes
}

/// The distinct texts of a column (e.g. the ids of a table's rows).
fn ids(texts: impl Iterator<Item = Text>) -> BTreeSet<String> {
    texts.map(String::from).collect()
}

/// The policies a snapshot knows: those described and those attached.
fn policy_ids(snapshot: &Snapshot) -> BTreeSet<String> {
    let mut known = ids(snapshot.typed::<PolicyRow>().map(|r| r.policy_id));
    known.extend(ids(snapshot.typed::<PolicyTargetRow>().map(|r| r.policy_id)));
    known
}

impl Incremental {
    /// The per-policy selection of the policy listing.
    pub fn selection(&self, base: &Snapshot) -> Selection {
        let known_policies = policy_ids(base);
        let with_failed = |named: &BTreeSet<String>| -> BTreeSet<String> {
            named.union(&self.failed).cloned().collect()
        };
        Selection {
            known_policies,
            policy_content: with_failed(&self.changes.policy_content),
            policy_targets: with_failed(&self.changes.policy_targets),
            tags: with_failed(&self.changes.tagged),
            all_targets: self.changes.policy_types,
            slice: Some(self.slice),
            listed: Mutex::default(),
        }
    }

    /// Stores the tree's rows and queues what is read again per account and
    /// OU (see the module docs).
    pub fn assemble<'a>(
        &self,
        ctx: &'a Ctx<'a>,
        roots: &[Root],
        base: &Snapshot,
        tasks: &mut Vec<Task<'a>>,
    ) -> Refreshed {
        let listed = self
            .listed
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take()
            .unwrap_or_default();
        let tree = tree::assemble(ctx, roots, &self.previous_tree, listed);
        let changes = &self.changes;
        let named = |id: &str| {
            changes.accounts.contains(id) || self.failed.contains(id) || self.slice.contains(id)
        };
        let previous_accounts = previous_account_cells(base);
        let accounts_read: BTreeSet<String> = tree
            .accounts
            .iter()
            .filter(|(id, account)| {
                named(id) || previous_accounts.get(*id) != Some(&account_cells(account))
            })
            .map(|(id, _)| id.clone())
            .collect();
        let mut tags_read: BTreeSet<String> =
            roots.iter().filter_map(|r| r.id().map(str::to_owned)).collect();
        if ctx.want.has(TableName::Tag) {
            for ou in &tree.ous {
                let due = tree.new_ous.contains(ou)
                    || changes.tagged.contains(ou)
                    || self.failed.contains(ou)
                    || self.slice.contains(ou);
                if due {
                    tasks.push(tag::task(ctx, ou.clone(), tag::ResourceType::OrganizationalUnit));
                    tags_read.insert(ou.clone());
                }
            }
            for id in changes.tagged.iter().filter(|id| tree.accounts.contains_key(*id)) {
                if !accounts_read.contains(id) {
                    tasks.push(tag::task(ctx, id.clone(), tag::ResourceType::Account));
                    tags_read.insert(id.clone());
                }
            }
            tags_read.extend(accounts_read.iter().cloned());
        }
        for id in &accounts_read {
            tasks.extend(tables::tree::account_fan_out(ctx, id, &tree.accounts[id]));
        }
        if ctx.want.has(TableName::PolicyTarget) {
            // AWS attaches FullAWSAccess and RCPFullAWSAccess to a new OU or
            // account without an AttachPolicy event.
            let new_accounts = tree
                .accounts
                .keys()
                .filter(|id| !self.previous_tree.account_parents.contains_key(*id));
            let new_targets = tree
                .new_ous
                .iter()
                .map(|id| (id, "ORGANIZATIONAL_UNIT"))
                .chain(new_accounts.map(|id| (id, "ACCOUNT")));
            let enabled: BTreeSet<&str> = roots
                .iter()
                .flat_map(|r| r.policy_types())
                .filter(|p| p.status().is_some_and(|s| s.as_str() == "ENABLED"))
                .filter_map(|p| p.r#type().map(|t| t.as_str()))
                .collect();
            for (id, kind) in new_targets {
                let name = tree.names.get(id).cloned().flatten();
                for policy_type in &enabled {
                    tasks.push(new_target::task(ctx, id, kind, name.clone(), policy_type));
                }
            }
        }
        let mut effective_read = accounts_read.clone();
        if ctx.want.has(TableName::EffectivePolicy) {
            // Effective policies follow attachments anywhere above an account.
            let mut touched: BTreeSet<String> = changes.attachment_targets.clone();
            let updated = &changes.policy_content;
            for row in base.typed::<PolicyTargetRow>() {
                if updated.contains(row.policy_id.as_str()) {
                    touched.insert(row.target_id.into());
                }
            }
            for (id, account) in &tree.accounts {
                let lineage = tree.lineage.get(id).map(Vec::as_slice).unwrap_or_default();
                let due = changes.policy_types
                    || tree.moved.contains(id)
                    || changes.moved_accounts.contains(id)
                    || lineage.iter().any(|node| touched.contains(node));
                if due && !accounts_read.contains(id) {
                    effective_read.insert(id.clone());
                    if tables::tree::is_active(account) {
                        tasks.extend(tables::effective_policy::tasks(ctx, id));
                    }
                }
            }
        }
        Refreshed { tree, accounts_read, effective_read, tags_read }
    }

    /// Adds the rows of `base` carried forward to `tables` (module
    /// `merge`; `base` is consumed) and returns how many rows were read
    /// from AWS.
    pub fn carry_forward(
        &self,
        ctx: &Ctx<'_>,
        base: Snapshot,
        refreshed: &Refreshed,
        tables: &mut BTreeMap<TableName, Vec<Row>>,
    ) -> u64 {
        let read: usize = tables.values().map(Vec::len).sum();
        let rows_reread = read.saturating_sub(refreshed.tree.carried_ous.len()) as u64;
        let selection = ctx.refresh.as_ref();
        let policies = selection.map(Selection::take_listed).unwrap_or_default();
        let chosen = |reads: fn(&Selection, &str) -> bool| -> BTreeSet<String> {
            policies.keys().filter(|id| selection.is_none_or(|s| reads(s, id))).cloned().collect()
        };
        let mut tags_read = refreshed.tags_read.clone();
        tags_read.extend(chosen(Selection::reads_policy_tags));
        let roots = ids(base.typed::<RootRow>().map(|r| r.root_id))
            .into_iter()
            .chain(refreshed.tree.lineage.values().filter_map(|l| l.first().cloned()))
            .collect();
        let carry = merge::Carry {
            tree: &refreshed.tree,
            roots: &roots,
            policies: &policies,
            accounts_read: &refreshed.accounts_read,
            effective_read: &refreshed.effective_read,
            tags_read: &tags_read,
            content_read: &chosen(Selection::reads_policy_content),
            targets_read: &chosen(Selection::reads_policy_targets),
        };
        merge::carry_forward(&carry, base, tables, &ctx.run_id);
        rows_reread
    }
}

/// The ListAccounts columns of an account row: name, email, state, status.
type AccountCells = [Option<String>; 4];

fn account_cells(account: &Account) -> AccountCells {
    [
        account.name().map(str::to_owned),
        account.email().map(str::to_owned),
        account.state().map(|s| s.as_str().to_owned()),
        account.status().map(|s| s.as_str().to_owned()),
    ]
}

fn previous_account_cells(base: &Snapshot) -> BTreeMap<String, AccountCells> {
    base.typed::<AccountRow>()
        .map(|row| {
            let text = |t: Option<Text>| t.map(String::from);
            (
                row.account_id.into(),
                [text(row.name), text(row.email), text(row.state), text(row.status)],
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap()
    }

    #[test]
    fn consecutive_slices_cover_every_resource_once_per_period() {
        let period = Duration::from_secs(1000);
        let ids: Vec<String> = (0..2000).map(|i| format!("{i:012}")).collect();
        // Irregular cadence: the slices of consecutive runs tile the timeline.
        let starts = [0, 70, 300, 310, 650, 999, 1000, 1400];
        let mut seen = BTreeSet::new();
        let mut sizes = Vec::new();
        for pair in starts.windows(2) {
            let slice = Slice::new(at(pair[0]), at(pair[1]), period);
            let hit: Vec<&String> = ids.iter().filter(|id| slice.contains(id)).collect();
            sizes.push(hit.len());
            seen.extend(hit.into_iter().cloned());
        }
        assert_eq!(seen.len(), ids.len(), "every resource in some slice within one period");
        // A slice's size follows its share of the period (70 s of 1000 s ≈ 7 %).
        assert!((100..=180).contains(&sizes[0]), "{sizes:?}");
        // Runs a period apart or more re-read everything; a zero interval nothing.
        assert!(ids.iter().all(|id| Slice::new(at(0), at(1000), period).contains(id)));
        assert!(!ids.iter().any(|id| Slice::new(at(5), at(5), period).contains(id)));
    }
}
