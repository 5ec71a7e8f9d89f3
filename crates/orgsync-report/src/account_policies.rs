//! One account's policies by type, with where each is inherited from: what
//! `orgsync tree --account` prints and the HTML report's per-account view
//! shows.
//!
//! The rows are those of `aws_organizations_policy_applicability`
//! ([`mod@crate::applicability`]), recomputed from the snapshot so that a
//! snapshot written before that table existed (or with it excluded) is
//! answered too.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use orgsync_schema::Snapshot;
use serde::Serialize;

use crate::applicability::{ANY, Applicability, Applies, Resolver};
use crate::model::{NodeKind, OrgModel};
use crate::text::terminal_safe;

/// Why an account could not be selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccountQueryError {
    /// No account has that id or name.
    NotFound { query: String },
    /// Several accounts have that name: (id, OU path) of each.
    Ambiguous { query: String, candidates: Vec<(String, String)> },
}

impl std::fmt::Display for AccountQueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AccountQueryError::NotFound { query } => {
                write!(f, "no account has the id or name `{query}`")
            }
            AccountQueryError::Ambiguous { query, candidates } => {
                crate::tree::write_ambiguous(f, "accounts", query, candidates)
            }
        }
    }
}

impl std::error::Error for AccountQueryError {}

/// Finds the account `query` names: an exact id first, then a unique name.
pub fn find_account(model: &OrgModel, query: &str) -> Result<usize, AccountQueryError> {
    let query = query.trim();
    if let Some(i) = model.account(query) {
        return Ok(i);
    }
    let by_name: Vec<usize> =
        (0..model.accounts.len()).filter(|&i| model.accounts[i].name == query).collect();
    match by_name.len() {
        0 => Err(AccountQueryError::NotFound { query: query.to_owned() }),
        1 => Ok(by_name[0]),
        _ => {
            let mut candidates: Vec<(String, String)> = by_name
                .iter()
                .map(|&i| (model.accounts[i].id.clone(), model.account_parent_path(i)))
                .collect();
            candidates.sort();
            Err(AccountQueryError::Ambiguous { query: query.to_owned(), candidates })
        }
    }
}

/// One account and the policies that apply to it, by type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountPolicies {
    pub account_id: String,
    pub account_name: String,
    pub state: Option<String>,
    /// Names from the root to the account's parent.
    pub ou_path: String,
    /// Policy type (`*` for markers over every type) → rows, nearest
    /// attachment last (root first, the account itself last), markers at
    /// the end.
    pub by_type: BTreeMap<String, Vec<Applicability>>,
}

/// The policies of one account (by index into `model.accounts`).
pub fn account_policies(snapshot: &Snapshot, model: &OrgModel, account: usize) -> AccountPolicies {
    account_policies_with(&Resolver::new(snapshot, model), model, account)
}

/// [`account_policies`] with a resolver built once for many accounts.
pub fn account_policies_with(
    resolver: &Resolver<'_>,
    model: &OrgModel,
    account: usize,
) -> AccountPolicies {
    let a = &model.accounts[account];
    let mut by_type: BTreeMap<String, Vec<Applicability>> = BTreeMap::new();
    for row in resolver.account(account) {
        by_type.entry(row.policy_type.clone()).or_default().push(row);
    }
    for rows in by_type.values_mut() {
        rows.sort_by_key(|r| {
            (
                r.applies == Applies::Unknown,
                r.source.as_ref().map_or(usize::MAX, |s| s.depth),
                r.policy_name.clone(),
                r.policy_id.clone(),
            )
        });
    }
    AccountPolicies {
        account_id: a.id.clone(),
        account_name: a.name.clone(),
        state: a.state.clone(),
        ou_path: model.account_parent_path(account),
        by_type,
    }
}

/// How a row reads for people: `direct`, `inherited from OU Prod (ou-…,
/// depth 2)`, `unknown: …`.
pub fn describe_row(row: &Applicability) -> String {
    let mut out = match (&row.applies, &row.source) {
        (Applies::Direct, _) => "direct".to_owned(),
        (Applies::Inherited, Some(s)) => {
            let kind = match s.kind {
                NodeKind::Root => "root",
                NodeKind::OrganizationalUnit => "OU",
                NodeKind::Account => "account",
            };
            format!("inherited from {kind} {} ({}, depth {})", s.name, s.id, s.depth)
        }
        (Applies::Inherited, None) => "inherited".to_owned(),
        (Applies::Unknown, _) => "unknown".to_owned(),
    };
    if let Some(n) = row.attachment_count.filter(|n| *n > 1) {
        let _ = write!(out, "; attached at {n} levels of the path");
    }
    if let Some(why) = &row.resolution {
        let _ = write!(out, "; {why}");
    }
    out
}

/// The account's policies as text: one block per type, one line per policy.
pub fn render_account_policies_text(view: &AccountPolicies) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({}) {}",
        terminal_safe(&view.account_name),
        view.account_id,
        view.state.as_deref().unwrap_or("")
    );
    let _ = writeln!(out, "in {}", terminal_safe(&view.ou_path));
    if view.by_type.is_empty() {
        let _ = writeln!(out, "\nno policies apply (none are attached on its path)");
    }
    for (policy_type, rows) in &view.by_type {
        let title = if policy_type == ANY { "policies of unknown type" } else { policy_type };
        let _ = writeln!(out, "\n{title}");
        for row in rows {
            let name = if row.policy_id == ANY {
                "(every policy of this type)".to_owned()
            } else {
                format!(
                    "{} ({})",
                    terminal_safe(row.policy_name.as_deref().unwrap_or("?")),
                    row.policy_id
                )
            };
            let _ = writeln!(out, "  {name}  {}", terminal_safe(&describe_row(row)));
        }
    }
    out
}

/// The account's policies as pretty JSON.
pub fn render_account_policies_json(view: &AccountPolicies) -> String {
    let mut out = serde_json::to_string_pretty(view).expect("the view serialises");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::SnapshotBuilder;

    fn snapshot() -> Snapshot {
        SnapshotBuilder::new("o-aaaaaaaaaa", "run-1", "111111111111")
            .root("r-root", "Root")
            .ou("ou-eng", "Engineering", "r-root")
            .ou("ou-prod", "Prod", "ou-eng")
            .account("222222222222", "api", "a@example.com", "ACTIVE", "ou-prod")
            .account("333333333333", "twin", "t1@example.com", "ACTIVE", "ou-eng")
            .account("444444444444", "twin", "t2@example.com", "ACTIVE", "r-root")
            .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", "{}")
            .policy("p-region", "DenyRegions", "SERVICE_CONTROL_POLICY", "{}")
            .policy("p-tags", "CostCenter", "TAG_POLICY", "{}")
            .attach("p-FullAWSAccess", "r-root")
            .attach("p-FullAWSAccess", "222222222222")
            .attach("p-region", "ou-eng")
            .attach("p-tags", "ou-prod")
            .error(
                "aws_organizations_policy",
                Some("BACKUP_POLICY"),
                "ListPolicies",
                "AccessDeniedException",
            )
            .build()
    }

    #[test]
    fn an_account_is_found_by_id_or_unique_name() {
        let s = snapshot();
        let model = OrgModel::new(&s);
        assert_eq!(model.accounts[find_account(&model, "api").unwrap()].id, "222222222222");
        assert_eq!(model.accounts[find_account(&model, "333333333333").unwrap()].name, "twin");
        let err = find_account(&model, "twin").unwrap_err().to_string();
        assert_eq!(
            err,
            "2 accounts are named `twin`: 333333333333 (Root/Engineering), 444444444444 (Root)"
        );
        assert!(matches!(find_account(&model, "nope"), Err(AccountQueryError::NotFound { .. })));
    }

    #[test]
    fn text_lists_policies_by_type_with_where_each_comes_from() {
        let s = snapshot();
        let model = OrgModel::new(&s);
        let view = account_policies(&s, &model, find_account(&model, "api").unwrap());
        assert_eq!(
            render_account_policies_text(&view),
            "api (222222222222) ACTIVE\n\
             in Root/Engineering/Prod\n\
             \n\
             BACKUP_POLICY\n  \
             (every policy of this type)  unknown; ListPolicies for BACKUP_POLICY failed: AccessDeniedException\n\
             \n\
             SERVICE_CONTROL_POLICY\n  \
             DenyRegions (p-region)  inherited from OU Engineering (ou-eng, depth 1)\n  \
             FullAWSAccess (p-FullAWSAccess)  direct; attached at 2 levels of the path\n\
             \n\
             TAG_POLICY\n  \
             CostCenter (p-tags)  inherited from OU Prod (ou-prod, depth 2)\n"
        );
        let json: serde_json::Value =
            serde_json::from_str(&render_account_policies_json(&view)).unwrap();
        assert_eq!(json["by_type"]["TAG_POLICY"][0]["applies"], "inherited");
        assert_eq!(json["by_type"]["TAG_POLICY"][0]["source"]["id"], "ou-prod");
    }
}
