//! Policy coverage: for each account and policy type, the policies that
//! apply to it, attached directly or inherited from an OU above it or from
//! the root.
//!
//! Computed from the account's place in the tree (its parent chain up to the
//! root) and the `aws_organizations_policy_target` rows. Policies are listed
//! in the order AWS evaluates inheritance: root first, then each OU down the
//! path, then the account itself.

use std::collections::BTreeMap;

use orgsync_schema::Snapshot;
use serde::Serialize;

use crate::model::{NodeKind, OrgModel};

/// Where a policy that applies to an account is attached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "via", rename_all = "snake_case")]
pub enum PolicySource {
    /// Attached to the account itself.
    Direct,
    /// Attached to a root or OU above the account.
    Inherited {
        /// Root or OU id.
        from_id: String,
        from_kind: NodeKind,
        from_name: String,
    },
}

/// One policy that applies to an account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppliedPolicy {
    pub policy_id: String,
    pub policy_name: String,
    #[serde(flatten)]
    pub source: PolicySource,
}

/// The policies that apply to one account, per policy type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountCoverage {
    pub account_id: String,
    pub account_name: String,
    /// Names from the root to the account's parent.
    pub ou_path: String,
    /// Policy type → applied policies (root first, the account last).
    pub by_type: BTreeMap<String, Vec<AppliedPolicy>>,
}

/// Coverage of every account of a snapshot, sorted by account name then id.
pub fn coverage(snapshot: &Snapshot) -> Vec<AccountCoverage> {
    coverage_of_model(&OrgModel::new(snapshot))
}

/// [`coverage`] over an already built model.
pub fn coverage_of_model(model: &OrgModel) -> Vec<AccountCoverage> {
    let mut order: Vec<usize> = (0..model.accounts.len()).collect();
    order.sort_by(|&a, &b| {
        (&model.accounts[a].name, &model.accounts[a].id)
            .cmp(&(&model.accounts[b].name, &model.accounts[b].id))
    });
    order.into_iter().map(|a| account_coverage(model, a)).collect()
}

/// Coverage of one account (by index into `model.accounts`).
pub fn account_coverage(model: &OrgModel, account: usize) -> AccountCoverage {
    let a = &model.accounts[account];
    let mut by_type: BTreeMap<String, Vec<AppliedPolicy>> = BTreeMap::new();
    for (policy, source) in applied_policies(model, account) {
        let p = &model.policies[policy];
        by_type.entry(p.policy_type.clone()).or_default().push(AppliedPolicy {
            policy_id: p.id.clone(),
            policy_name: p.name.clone(),
            source,
        });
    }
    AccountCoverage {
        account_id: a.id.clone(),
        account_name: a.name.clone(),
        ou_path: model.account_parent_path(account),
        by_type,
    }
}

/// Every (policy index, source) that applies to an account, root first.
pub fn applied_policies(model: &OrgModel, account: usize) -> Vec<(usize, PolicySource)> {
    let mut out = Vec::new();
    for c in model.account_chain(account) {
        let container = &model.containers[c];
        for &p in model.attached_policies(&container.id) {
            out.push((
                p,
                PolicySource::Inherited {
                    from_id: container.id.clone(),
                    from_kind: container.kind,
                    from_name: container.name.clone(),
                },
            ));
        }
    }
    for &p in model.attached_policies(&model.accounts[account].id) {
        out.push((p, PolicySource::Direct));
    }
    out
}
