//! Policy applicability: one answer per (account, policy) that applies to
//! it, for every policy type — attached to the account (`direct`) or to the
//! nearest OU or root above it (`inherited`) — and `unknown` marker rows
//! where the snapshot cannot tell, so a gap in the data never reads as "no
//! policy applies".
//!
//! This is the derived table `aws_organizations_policy_applicability`,
//! computed from the snapshot alone (no API calls). Which policies apply is
//! [`crate::coverage::applied_policies`] (the one walk up the tree that the
//! report's coverage uses too); this module collapses it to one row per
//! policy (the nearest attachment wins, `attachment_count` says on how many
//! nodes of the path it is attached) and adds the markers:
//!
//! * a policy type whose listing or description failed (an `orgsync_error`
//!   row of `aws_organizations_policy` whose resource is the type, or none):
//!   one row per account with `policy_id = '*'` for that type (`'*'` for
//!   every type when the error names none);
//! * a policy whose targets could not be listed (ListTargetsForPolicy
//!   error for that policy) and that is not seen on the account's path: a
//!   row for that policy with `applies = 'unknown'`; a ListTargetsForPolicy
//!   failure for no policy in particular (a denial confirmed organization
//!   wide) makes every type unknown;
//! * a policy attached on the path whose own row is missing (its
//!   DescribePolicy failed): a `direct`/`inherited` row with
//!   `policy_type = '*'` and the reason in `resolution`;
//! * an account whose path to a root is not in the snapshot, or with an
//!   error row of the policy tables naming a node of its path: one
//!   `('*', '*')` marker row.

use std::collections::{BTreeMap, HashMap};

use orgsync_schema::{
    PolicyApplicabilityRow, Row, Snapshot, TableName, TableRow, Text, TextCells, Timestamp,
};
use serde::Serialize;

use crate::coverage::{PolicySource, applied_policies};
use crate::model::{NodeKind, OrgModel};

/// The `policy_type` / `policy_id` of a marker that stands for "every".
pub const ANY: &str = "*";

/// How a policy applies to an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applies {
    /// Attached to the account itself.
    Direct,
    /// Attached to an OU or root above the account.
    Inherited,
    /// The snapshot cannot tell (see `resolution`).
    Unknown,
}

impl Applies {
    /// The value written to the `applies` column.
    pub fn as_str(self) -> &'static str {
        match self {
            Applies::Direct => "direct",
            Applies::Inherited => "inherited",
            Applies::Unknown => "unknown",
        }
    }
}

/// The node a policy is attached to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    pub id: String,
    pub kind: NodeKind,
    pub name: String,
    /// Root = 0, top-level OU = 1, an account its own depth.
    pub depth: usize,
}

/// One row of `aws_organizations_policy_applicability`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Applicability {
    pub account_id: String,
    pub policy_type: String,
    pub policy_id: String,
    pub policy_name: Option<String>,
    pub applies: Applies,
    /// The nearest attachment (None on `unknown` rows).
    pub source: Option<Source>,
    /// Nodes of the path the policy is attached to (None on `unknown` rows).
    pub attachment_count: Option<usize>,
    /// Why the row is not a plain answer (None when resolved).
    pub resolution: Option<String>,
}

impl Applicability {
    /// The row of the table, its texts taken from `cells` (shared with the
    /// other rows made from it).
    fn to_shared_row(&self, run: &RunCells, cells: &mut TextCells) -> Row {
        let source = self.source.as_ref();
        PolicyApplicabilityRow {
            org_id: run.org_id.clone(),
            account_id: cells.shared(&self.account_id),
            policy_type: cells.shared(&self.policy_type),
            policy_id: cells.shared(&self.policy_id),
            policy_name: cells.opt_shared(self.policy_name.as_deref()),
            applies: cells.shared(self.applies.as_str()),
            source_id: cells.opt_shared(source.map(|s| s.id.as_str())),
            source_type: cells.opt_shared(source.map(|s| s.kind.as_str())),
            source_name: cells.opt_shared(source.map(|s| s.name.as_str())),
            source_depth: source.map(|s| s.depth as i64),
            attachment_count: self.attachment_count.map(|n| n as i64),
            resolution: cells.opt_shared(self.resolution.as_deref()),
            run_id: run.run_id.clone(),
            fetched_at: run.fetched_at,
        }
        .into_row()
    }
}

/// The cells every derived row of a snapshot shares: its organization,
/// its run and, as `fetched_at`, the run's start.
pub(crate) struct RunCells {
    pub org_id: Text,
    pub run_id: Text,
    pub fetched_at: Option<Timestamp>,
}

impl RunCells {
    pub fn of(snapshot: &Snapshot, cells: &mut TextCells) -> Self {
        Self {
            org_id: cells.shared(snapshot.org_id()),
            run_id: cells.shared(&snapshot.run.run_id),
            fetched_at: Some(snapshot.run.started_at),
        }
    }
}

/// What the `orgsync_error` rows of a snapshot leave unknown.
#[derive(Debug, Default)]
struct Unknowns {
    /// Policy type (or [`ANY`]) → reason: the type could not be listed.
    types: BTreeMap<String, String>,
    /// Policy id → reason: its targets could not be listed.
    targets: BTreeMap<String, String>,
    /// Policy id → reason: the policy could not be described.
    policies: BTreeMap<String, String>,
    /// Root/OU/account id → reason: an error names a node of a path.
    nodes: HashMap<String, String>,
}

fn reason(e: &orgsync_schema::ErrorRecord) -> String {
    let on = e.resource_id.as_deref().map(|r| format!(" for {r}")).unwrap_or_default();
    format!("{}{on} failed: {}", e.api_operation, e.error_code)
}

impl Unknowns {
    fn of(snapshot: &Snapshot, model: &OrgModel) -> Self {
        let mut u = Unknowns::default();
        let policy = TableName::Policy.as_str();
        let target = TableName::PolicyTarget.as_str();
        for e in &snapshot.errors {
            if e.table_name != policy && e.table_name != target {
                continue;
            }
            let why = reason(e);
            let resource = e.resource_id.as_deref();
            match resource {
                Some(r) if model.container(r).is_some() || model.account(r).is_some() => {
                    u.nodes.entry(r.to_owned()).or_insert(why);
                }
                Some(r) if r.starts_with("p-") => {
                    let map = if e.table_name == target { &mut u.targets } else { &mut u.policies };
                    map.entry(r.to_owned()).or_insert(why);
                }
                // A policy type, or an organization-wide denial (no resource).
                Some(r) if e.table_name == policy => {
                    u.types.entry(r.to_owned()).or_insert(why);
                }
                _ => {
                    u.types.entry(ANY.to_owned()).or_insert(why);
                }
            }
        }
        u
    }
}

/// Every row of `aws_organizations_policy_applicability` for a snapshot,
/// sorted by account, policy type and policy id.
pub fn applicability(snapshot: &Snapshot, model: &OrgModel) -> Vec<Applicability> {
    let resolver = Resolver::new(snapshot, model);
    accounts_by_id(model).flat_map(|account| resolver.account(account)).collect()
}

/// Indexes into `model.accounts`, sorted by account id.
fn accounts_by_id(model: &OrgModel) -> impl Iterator<Item = usize> {
    let mut order: Vec<usize> = (0..model.accounts.len()).collect();
    order.sort_by(|&a, &b| model.accounts[a].id.cmp(&model.accounts[b].id));
    order.into_iter()
}

/// Answers per account, with the snapshot's errors read once.
pub struct Resolver<'m> {
    model: &'m OrgModel,
    unknowns: Unknowns,
    /// Attachments whose policy has no row in the snapshot, per target.
    unread: HashMap<&'m str, Vec<&'m str>>,
}

impl<'m> Resolver<'m> {
    /// Reads the errors of `snapshot` (whose view `model` is).
    pub fn new(snapshot: &Snapshot, model: &'m OrgModel) -> Self {
        let mut unread: HashMap<&str, Vec<&str>> = HashMap::new();
        for a in &model.attachments {
            if model.policy(&a.policy_id).is_none() {
                unread.entry(a.target_id.as_str()).or_default().push(a.policy_id.as_str());
            }
        }
        Self { model, unknowns: Unknowns::of(snapshot, model), unread }
    }

    /// The rows of one account (by index into `model.accounts`), sorted by
    /// policy type and id.
    pub fn account(&self, account: usize) -> Vec<Applicability> {
        account_applicability(self.model, &self.unknowns, &self.unread, account)
    }
}

/// The table's rows for a snapshot, ready to write: the rows of
/// [`applicability`], built one account at a time (the whole table is never
/// held twice, as [`Applicability`] values and as rows), each distinct text
/// held once ([`TextCells`]: the rows repeat a few policies, sources and
/// the account's ID).
pub fn applicability_rows(snapshot: &Snapshot) -> Vec<Row> {
    let model = OrgModel::new(snapshot);
    let resolver = Resolver::new(snapshot, &model);
    let mut cells = TextCells::default();
    let run = RunCells::of(snapshot, &mut cells);
    let mut rows: Vec<Row> = accounts_by_id(&model)
        .flat_map(|account| resolver.account(account))
        .map(|a| a.to_shared_row(&run, &mut cells))
        .collect();
    rows.shrink_to_fit();
    rows
}

fn marker(account_id: &str, policy_type: &str, policy_id: &str, why: String) -> Applicability {
    Applicability {
        account_id: account_id.to_owned(),
        policy_type: policy_type.to_owned(),
        policy_id: policy_id.to_owned(),
        policy_name: None,
        applies: Applies::Unknown,
        source: None,
        attachment_count: None,
        resolution: Some(why),
    }
}

fn account_applicability(
    model: &OrgModel,
    unknowns: &Unknowns,
    unread: &HashMap<&str, Vec<&str>>,
    account: usize,
) -> Vec<Applicability> {
    let a = &model.accounts[account];
    let chain = model.account_chain(account);
    let mut rows: BTreeMap<(String, String), Applicability> = BTreeMap::new();
    let mut put = |row: Applicability| {
        rows.entry((row.policy_type.clone(), row.policy_id.clone())).or_insert(row);
    };

    // The path must reach a root for the answer to be complete.
    let reaches_root = chain.first().is_some_and(|&c| model.containers[c].kind == NodeKind::Root);
    if !reaches_root {
        let missing = chain
            .first()
            .and_then(|&c| model.containers[c].parent_id.clone())
            .unwrap_or_else(|| a.parent_id.clone());
        put(marker(
            &a.id,
            ANY,
            ANY,
            format!("the path to the root is not in the snapshot (parent {missing} missing)"),
        ));
    }
    let path_ids = chain.iter().map(|&c| model.containers[c].id.as_str()).chain([a.id.as_str()]);
    for id in path_ids.clone() {
        if let Some(why) = unknowns.nodes.get(id) {
            put(marker(&a.id, ANY, ANY, why.clone()));
        }
    }

    // Known policies: the nearest attachment wins (root first, account last).
    let mut nearest: BTreeMap<usize, (PolicySource, usize)> = BTreeMap::new();
    for (policy, source) in applied_policies(model, account) {
        let entry = nearest.entry(policy).or_insert((source.clone(), 0));
        entry.0 = source;
        entry.1 += 1;
    }
    let depth_of = |id: &str| chain.iter().position(|&c| model.containers[c].id == id);
    let source_of = |source: &PolicySource| match source {
        PolicySource::Direct => (
            Applies::Direct,
            Source {
                id: a.id.clone(),
                kind: NodeKind::Account,
                name: a.name.clone(),
                depth: chain.len(),
            },
        ),
        PolicySource::Inherited { from_id, from_kind, from_name } => (
            Applies::Inherited,
            Source {
                id: from_id.clone(),
                kind: *from_kind,
                name: from_name.clone(),
                depth: depth_of(from_id).unwrap_or_default(),
            },
        ),
    };
    for (policy, (source, count)) in &nearest {
        let p = &model.policies[*policy];
        let (applies, source) = source_of(source);
        put(Applicability {
            account_id: a.id.clone(),
            policy_type: p.policy_type.clone(),
            policy_id: p.id.clone(),
            policy_name: Some(p.name.clone()),
            applies,
            source: Some(source),
            attachment_count: Some(*count),
            resolution: None,
        });
    }

    // Attached on the path, but the policy itself was not read.
    let mut unread_here: BTreeMap<&str, (PolicySource, usize)> = BTreeMap::new();
    for (level, id) in path_ids.enumerate() {
        for &policy_id in unread.get(id).map_or(&[][..], Vec::as_slice) {
            let source = if level == chain.len() {
                PolicySource::Direct
            } else {
                let c = &model.containers[chain[level]];
                PolicySource::Inherited {
                    from_id: c.id.clone(),
                    from_kind: c.kind,
                    from_name: c.name.clone(),
                }
            };
            let entry = unread_here.entry(policy_id).or_insert((source.clone(), 0));
            entry.0 = source;
            entry.1 += 1;
        }
    }
    for (policy_id, (source, count)) in unread_here {
        let (applies, source) = source_of(&source);
        let why = unknowns.policies.get(policy_id).cloned().unwrap_or_else(|| {
            format!("policy {policy_id} is attached but not in the snapshot; its type is unknown")
        });
        put(Applicability {
            account_id: a.id.clone(),
            policy_type: ANY.to_owned(),
            policy_id: policy_id.to_owned(),
            policy_name: None,
            applies,
            source: Some(source),
            attachment_count: Some(count),
            resolution: Some(why),
        });
    }

    // Policies whose targets are unknown and that were not seen on the path.
    for (policy_id, why) in &unknowns.targets {
        let seen = rows.values().any(|r| &r.policy_id == policy_id);
        if !seen {
            let known = model.policy(policy_id).map(|p| &model.policies[p]);
            let policy_type = known.map_or(ANY, |p| p.policy_type.as_str());
            let mut row = marker(&a.id, policy_type, policy_id, why.clone());
            row.policy_name = known.map(|p| p.name.clone());
            rows.entry((policy_type.to_owned(), policy_id.clone())).or_insert(row);
        }
    }
    // Whole types (or everything) that could not be listed.
    for (policy_type, why) in &unknowns.types {
        rows.entry((policy_type.clone(), ANY.to_owned()))
            .or_insert_with(|| marker(&a.id, policy_type, ANY, why.clone()));
    }
    rows.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SnapshotBuilder;

    #[test]
    fn nearest_attachment_wins_and_counts_every_level() {
        let s = SnapshotBuilder::new("o-aaaaaaaaaa", "run-1", "111111111111")
            .root("r-root", "Root")
            .ou("ou-a", "Eng", "r-root")
            .ou("ou-b", "Prod", "ou-a")
            .account("111111111111", "app", "app@example.com", "ACTIVE", "ou-b")
            .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", "{}")
            .policy("p-deny", "deny", "SERVICE_CONTROL_POLICY", "{}")
            .policy("p-tag", "tags", "TAG_POLICY", "{}")
            .attach("p-FullAWSAccess", "r-root")
            .attach("p-FullAWSAccess", "111111111111")
            .attach("p-deny", "ou-a")
            .attach("p-tag", "ou-b")
            .build();
        let model = OrgModel::new(&s);
        let rows = applicability(&s, &model);
        let got: Vec<(&str, &str, Applies, &str, usize, usize)> = rows
            .iter()
            .map(|r| {
                let src = r.source.as_ref().unwrap();
                (
                    r.policy_type.as_str(),
                    r.policy_id.as_str(),
                    r.applies,
                    src.id.as_str(),
                    src.depth,
                    r.attachment_count.unwrap(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "SERVICE_CONTROL_POLICY",
                    "p-FullAWSAccess",
                    Applies::Direct,
                    "111111111111",
                    3,
                    2
                ),
                ("SERVICE_CONTROL_POLICY", "p-deny", Applies::Inherited, "ou-a", 1, 1),
                ("TAG_POLICY", "p-tag", Applies::Inherited, "ou-b", 2, 1),
            ]
        );
        assert!(rows.iter().all(|r| r.resolution.is_none()));
    }

    #[test]
    fn errors_become_unknown_markers_not_gaps() {
        let s = SnapshotBuilder::new("o-aaaaaaaaaa", "run-1", "111111111111")
            .root("r-root", "Root")
            .account("111111111111", "app", "app@example.com", "ACTIVE", "r-root")
            .account("222222222222", "orphan", "orphan@example.com", "ACTIVE", "ou-gone")
            .policy("p-scp", "scp", "SERVICE_CONTROL_POLICY", "{}")
            .policy("p-bk", "backup", "BACKUP_POLICY", "{}")
            .attach("p-scp", "r-root")
            .attach("p-unread", "111111111111")
            .error(
                "aws_organizations_policy",
                Some("TAG_POLICY"),
                "ListPolicies",
                "AccessDeniedException",
            )
            .error(
                "aws_organizations_policy_target",
                Some("p-bk"),
                "ListTargetsForPolicy",
                "ServiceException",
            )
            .error(
                "aws_organizations_policy",
                Some("p-unread"),
                "DescribePolicy",
                "ServiceException",
            )
            .build();
        let model = OrgModel::new(&s);
        let rows = applicability(&s, &model);
        let of = |account: &str| -> Vec<(String, String, Applies)> {
            rows.iter()
                .filter(|r| r.account_id == account)
                .map(|r| (r.policy_type.clone(), r.policy_id.clone(), r.applies))
                .collect()
        };
        let s = |x: &str| x.to_owned();
        assert_eq!(
            of("111111111111"),
            vec![
                (s("*"), s("p-unread"), Applies::Direct),
                (s("BACKUP_POLICY"), s("p-bk"), Applies::Unknown),
                (s("SERVICE_CONTROL_POLICY"), s("p-scp"), Applies::Inherited),
                (s("TAG_POLICY"), s("*"), Applies::Unknown),
            ]
        );
        assert_eq!(
            of("222222222222"),
            vec![
                (s("*"), s("*"), Applies::Unknown),
                (s("BACKUP_POLICY"), s("p-bk"), Applies::Unknown),
                (s("TAG_POLICY"), s("*"), Applies::Unknown),
            ]
        );
        let tag = rows.iter().find(|r| r.policy_type == "TAG_POLICY").unwrap();
        assert_eq!(
            tag.resolution.as_deref(),
            Some("ListPolicies for TAG_POLICY failed: AccessDeniedException")
        );
        assert!(
            rows.iter().filter(|r| r.applies == Applies::Unknown).all(|r| r.resolution.is_some())
        );
    }
}
