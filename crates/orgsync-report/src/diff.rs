//! What changed between two snapshots of one organization ([`diff`] →
//! [`OrgDiff`]): accounts, OUs, policies and their documents, attachments,
//! tags, alternate contacts and — when both runs read them
//! (`account_details`) — the accounts' Region opt-in statuses.
//!
//! Everything is matched by AWS id (accounts by account id, OUs by OU id,
//! policies by policy id, attachments by policy and target, tags by
//! resource and key, contacts by account and type), so a rename is a rename
//! and not a removal plus an addition. Every list is sorted (by name, then
//! id), so the same two snapshots always give the same diff.

use std::collections::{BTreeMap, BTreeSet};

use orgsync_schema::Snapshot;
use serde::Serialize;

use crate::json_diff::{JsonChange, diff_documents};
use crate::model::{AlternateContact, OrgModel};

/// All changes from one run to another. Serialises as the `--format json`
/// output of `orgsync diff`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OrgDiff {
    pub org_id: String,
    pub from_run_id: String,
    pub to_run_id: String,
    /// The scope of the newer run, when it read part of the organization
    /// (absent from the JSON otherwise).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    pub accounts: AccountChanges,
    pub organizational_units: OuChanges,
    pub policies: PolicyChanges,
    pub tags: TagChanges,
    pub alternate_contacts: ContactChanges,
    /// Region opt-in statuses that changed, when both runs read them
    /// (absent from the JSON when none changed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub region_opt_status: Vec<RegionChange>,
}

/// A Region whose opt-in status changed in an account (a Region new to the
/// list, or gone from it, has `old` or `new` NULL).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionChange {
    pub account_id: String,
    pub account_name: String,
    pub region_name: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// An account as it appears in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccountRef {
    pub account_id: String,
    pub name: String,
    /// Names from the root to the account's parent (`Root/Engineering`).
    pub ou_path: String,
    pub state: Option<String>,
}

/// A field of one resource that changed value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub id: String,
    /// The resource's name in the newer snapshot.
    pub name: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A resource that moved to another parent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Move {
    pub id: String,
    pub name: String,
    pub old_parent_id: String,
    pub new_parent_id: String,
    /// Name path of the old parent.
    pub old_path: String,
    /// Name path of the new parent.
    pub new_path: String,
}

/// Account changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AccountChanges {
    pub added: Vec<AccountRef>,
    pub removed: Vec<AccountRef>,
    pub moved: Vec<Move>,
    pub renamed: Vec<FieldChange>,
    pub state_changed: Vec<FieldChange>,
    pub email_changed: Vec<FieldChange>,
}

/// An OU as it appears in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OuRef {
    pub ou_id: String,
    pub name: String,
    /// Name path of its parent.
    pub parent_path: String,
}

/// OU changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct OuChanges {
    pub added: Vec<OuRef>,
    pub removed: Vec<OuRef>,
    pub renamed: Vec<FieldChange>,
    pub moved: Vec<Move>,
}

/// A policy as it appears in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyRef {
    pub policy_id: String,
    pub name: String,
    pub policy_type: String,
    pub aws_managed: bool,
}

/// A policy whose name, description or document changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyChange {
    pub policy: PolicyRef,
    /// Old → new name when renamed.
    pub renamed: Option<(String, String)>,
    /// Old → new description when it changed.
    pub description: Option<(Option<String>, Option<String>)>,
    /// Changes inside the document, empty when the content is the same.
    pub content: Vec<JsonChange>,
}

/// A policy attached to (or detached from) a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AttachmentRef {
    pub policy_id: String,
    pub policy_name: String,
    pub policy_type: String,
    pub target_id: String,
    /// ROOT, ORGANIZATIONAL_UNIT or ACCOUNT.
    pub target_type: String,
    pub target_name: String,
}

/// Policy changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PolicyChanges {
    pub added: Vec<PolicyRef>,
    pub removed: Vec<PolicyRef>,
    pub changed: Vec<PolicyChange>,
    pub attached: Vec<AttachmentRef>,
    pub detached: Vec<AttachmentRef>,
}

/// A tag as it appears in a change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagRef {
    pub resource_id: String,
    /// ACCOUNT, ORGANIZATIONAL_UNIT, ROOT or POLICY.
    pub resource_type: String,
    pub resource_name: String,
    pub key: String,
    pub value: String,
}

/// A tag whose value changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TagChange {
    pub resource_id: String,
    pub resource_type: String,
    pub resource_name: String,
    pub key: String,
    pub old: String,
    pub new: String,
}

/// Tag changes on any resource.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TagChanges {
    pub added: Vec<TagRef>,
    pub removed: Vec<TagRef>,
    pub changed: Vec<TagChange>,
}

/// One field of an alternate contact, before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactField {
    /// Column name: name, title, email_address or phone_number.
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// An alternate contact that was set, unset or edited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactChange {
    pub account_id: String,
    pub account_name: String,
    /// BILLING, OPERATIONS or SECURITY.
    pub contact_type: String,
    /// The fields that differ (for an added contact: every set field with
    /// `old` NULL; for a removed one: every field it had, `new` NULL).
    pub fields: Vec<ContactField>,
}

/// Alternate contact changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ContactChanges {
    pub added: Vec<ContactChange>,
    pub removed: Vec<ContactChange>,
    pub changed: Vec<ContactChange>,
}

impl OrgDiff {
    /// Total number of changes (each list entry counts once).
    pub fn change_count(&self) -> usize {
        let a = &self.accounts;
        let o = &self.organizational_units;
        let p = &self.policies;
        let t = &self.tags;
        let c = &self.alternate_contacts;
        a.added.len()
            + a.removed.len()
            + a.moved.len()
            + a.renamed.len()
            + a.state_changed.len()
            + a.email_changed.len()
            + o.added.len()
            + o.removed.len()
            + o.renamed.len()
            + o.moved.len()
            + p.added.len()
            + p.removed.len()
            + p.changed.len()
            + p.attached.len()
            + p.detached.len()
            + t.added.len()
            + t.removed.len()
            + t.changed.len()
            + c.added.len()
            + c.removed.len()
            + c.changed.len()
            + self.region_opt_status.len()
    }

    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.change_count() == 0
    }
}

/// Computes what changed from `from` to `to` (two snapshots of the same
/// organization, usually consecutive runs).
pub fn diff(from: &Snapshot, to: &Snapshot) -> OrgDiff {
    diff_models(&OrgModel::new(from), &OrgModel::new(to))
}

/// [`diff`] over already built models.
pub fn diff_models(old: &OrgModel, new: &OrgModel) -> OrgDiff {
    OrgDiff {
        org_id: new.org_id.clone(),
        from_run_id: old.run_id.clone(),
        to_run_id: new.run_id.clone(),
        scope: new.scope.clone(),
        accounts: account_changes(old, new),
        organizational_units: ou_changes(old, new),
        policies: policy_changes(old, new),
        tags: tag_changes(old, new),
        alternate_contacts: contact_changes(old, new),
        region_opt_status: region_changes(old, new),
    }
}

/// Region opt-in changes of accounts in both snapshots, when both read them
/// (an account added or removed is an account change, not a Region one).
fn region_changes(old: &OrgModel, new: &OrgModel) -> Vec<RegionChange> {
    let (Some(before), Some(after)) = (&old.region_opt_status, &new.region_opt_status) else {
        return Vec::new();
    };
    let accounts_of = |m: &BTreeMap<(String, String), String>| -> BTreeSet<String> {
        m.keys().map(|(account, _)| account.clone()).collect()
    };
    let in_both: BTreeSet<String> =
        accounts_of(before).intersection(&accounts_of(after)).cloned().collect();
    let keys: BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    let mut out: Vec<RegionChange> = keys
        .into_iter()
        .filter(|(account, _)| in_both.contains(account))
        .filter_map(|key @ (account_id, region_name)| {
            let (a, b) = (before.get(key), after.get(key));
            (a != b).then(|| RegionChange {
                account_id: account_id.clone(),
                account_name: new
                    .resource_name(account_id)
                    .or_else(|| old.resource_name(account_id))
                    .map_or_else(|| account_id.clone(), str::to_owned),
                region_name: region_name.clone(),
                old: a.cloned(),
                new: b.cloned(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        (&a.account_name, &a.account_id, &a.region_name).cmp(&(
            &b.account_name,
            &b.account_id,
            &b.region_name,
        ))
    });
    out
}

fn account_ref(model: &OrgModel, i: usize) -> AccountRef {
    let a = &model.accounts[i];
    AccountRef {
        account_id: a.id.clone(),
        name: a.name.clone(),
        ou_path: model.account_parent_path(i),
        state: a.state.clone(),
    }
}

fn sort_by_name_id<T>(items: &mut [T], key: impl Fn(&T) -> (&str, &str)) {
    items.sort_by(|a, b| key(a).cmp(&key(b)));
}

fn account_changes(old: &OrgModel, new: &OrgModel) -> AccountChanges {
    let mut out = AccountChanges::default();
    for (i, a) in new.accounts.iter().enumerate() {
        let Some(j) = old.account(&a.id) else {
            out.added.push(account_ref(new, i));
            continue;
        };
        let before = &old.accounts[j];
        let field = |o: Option<&String>, n: Option<&String>| FieldChange {
            id: a.id.clone(),
            name: a.name.clone(),
            old: o.cloned(),
            new: n.cloned(),
        };
        if before.parent_id != a.parent_id {
            out.moved.push(Move {
                id: a.id.clone(),
                name: a.name.clone(),
                old_parent_id: before.parent_id.clone(),
                new_parent_id: a.parent_id.clone(),
                old_path: old.account_parent_path(j),
                new_path: new.account_parent_path(i),
            });
        }
        if before.name != a.name {
            out.renamed.push(field(Some(&before.name), Some(&a.name)));
        }
        if before.state != a.state {
            out.state_changed.push(field(before.state.as_ref(), a.state.as_ref()));
        }
        if before.email != a.email {
            out.email_changed.push(field(before.email.as_ref(), a.email.as_ref()));
        }
    }
    out.removed = (0..old.accounts.len())
        .filter(|&j| new.account(&old.accounts[j].id).is_none())
        .map(|j| account_ref(old, j))
        .collect();
    sort_by_name_id(&mut out.added, |a| (&a.name, &a.account_id));
    sort_by_name_id(&mut out.removed, |a| (&a.name, &a.account_id));
    sort_by_name_id(&mut out.moved, |m| (&m.name, &m.id));
    for list in [&mut out.renamed, &mut out.state_changed, &mut out.email_changed] {
        sort_by_name_id(list, |f| (&f.name, &f.id));
    }
    out
}

fn ou_ref(model: &OrgModel, i: usize) -> OuRef {
    let c = &model.containers[i];
    let parent_path = c
        .parent_id
        .as_deref()
        .map(|p| {
            model.container(p).map_or_else(|| p.to_owned(), |pi| model.container_name_path(pi))
        })
        .unwrap_or_default();
    OuRef { ou_id: c.id.clone(), name: c.name.clone(), parent_path }
}

fn ou_changes(old: &OrgModel, new: &OrgModel) -> OuChanges {
    use crate::model::NodeKind::OrganizationalUnit;
    let mut out = OuChanges::default();
    for (i, c) in new.containers.iter().enumerate().filter(|(_, c)| c.kind == OrganizationalUnit) {
        let Some(j) = old.container(&c.id) else {
            out.added.push(ou_ref(new, i));
            continue;
        };
        let before = &old.containers[j];
        if before.name != c.name {
            out.renamed.push(FieldChange {
                id: c.id.clone(),
                name: c.name.clone(),
                old: Some(before.name.clone()),
                new: Some(c.name.clone()),
            });
        }
        if before.parent_id != c.parent_id {
            out.moved.push(Move {
                id: c.id.clone(),
                name: c.name.clone(),
                old_parent_id: before.parent_id.clone().unwrap_or_default(),
                new_parent_id: c.parent_id.clone().unwrap_or_default(),
                old_path: ou_ref(old, j).parent_path,
                new_path: ou_ref(new, i).parent_path,
            });
        }
    }
    out.removed = old
        .containers
        .iter()
        .enumerate()
        .filter(|(_, c)| c.kind == OrganizationalUnit && new.container(&c.id).is_none())
        .map(|(j, _)| ou_ref(old, j))
        .collect();
    sort_by_name_id(&mut out.added, |o| (&o.name, &o.ou_id));
    sort_by_name_id(&mut out.removed, |o| (&o.name, &o.ou_id));
    sort_by_name_id(&mut out.renamed, |f| (&f.name, &f.id));
    sort_by_name_id(&mut out.moved, |m| (&m.name, &m.id));
    out
}

fn policy_ref(model: &OrgModel, i: usize) -> PolicyRef {
    let p = &model.policies[i];
    PolicyRef {
        policy_id: p.id.clone(),
        name: p.name.clone(),
        policy_type: p.policy_type.clone(),
        aws_managed: p.aws_managed,
    }
}

/// Attachments keyed by (policy id, target id).
fn attachment_refs(model: &OrgModel) -> BTreeMap<(String, String), AttachmentRef> {
    model
        .attachments
        .iter()
        .map(|a| {
            let policy = model.policy(&a.policy_id).map(|i| &model.policies[i]);
            let target_name = a
                .target_name
                .clone()
                .or_else(|| model.resource_name(&a.target_id).map(str::to_owned))
                .unwrap_or_default();
            let r = AttachmentRef {
                policy_id: a.policy_id.clone(),
                policy_name: policy.map(|p| p.name.clone()).unwrap_or_default(),
                policy_type: policy.map(|p| p.policy_type.clone()).unwrap_or_default(),
                target_id: a.target_id.clone(),
                target_type: a.target_type.clone(),
                target_name,
            };
            ((a.policy_id.clone(), a.target_id.clone()), r)
        })
        .collect()
}

fn policy_changes(old: &OrgModel, new: &OrgModel) -> PolicyChanges {
    let mut out = PolicyChanges::default();
    for (i, p) in new.policies.iter().enumerate() {
        let Some(j) = old.policy(&p.id) else {
            out.added.push(policy_ref(new, i));
            continue;
        };
        let before = &old.policies[j];
        let renamed = (before.name != p.name).then(|| (before.name.clone(), p.name.clone()));
        let description = (before.description != p.description)
            .then(|| (before.description.clone(), p.description.clone()));
        let content = match (&before.content, &p.content) {
            (Some(a), Some(b)) => diff_documents(a, b),
            (None, None) => Vec::new(),
            (a, b) => vec![JsonChange { pointer: String::new(), old: a.clone(), new: b.clone() }],
        };
        if renamed.is_some() || description.is_some() || !content.is_empty() {
            out.changed.push(PolicyChange {
                policy: policy_ref(new, i),
                renamed,
                description,
                content,
            });
        }
    }
    out.removed = (0..old.policies.len())
        .filter(|&j| new.policy(&old.policies[j].id).is_none())
        .map(|j| policy_ref(old, j))
        .collect();
    sort_by_name_id(&mut out.added, |p| (&p.name, &p.policy_id));
    sort_by_name_id(&mut out.removed, |p| (&p.name, &p.policy_id));
    sort_by_name_id(&mut out.changed, |c| (&c.policy.name, &c.policy.policy_id));

    let before = attachment_refs(old);
    let after = attachment_refs(new);
    out.attached =
        after.iter().filter(|(k, _)| !before.contains_key(*k)).map(|(_, v)| v.clone()).collect();
    out.detached =
        before.iter().filter(|(k, _)| !after.contains_key(*k)).map(|(_, v)| v.clone()).collect();
    for list in [&mut out.attached, &mut out.detached] {
        list.sort_by(|a, b| {
            (&a.policy_name, &a.policy_id, &a.target_name, &a.target_id).cmp(&(
                &b.policy_name,
                &b.policy_id,
                &b.target_name,
                &b.target_id,
            ))
        });
    }
    out
}

fn tag_changes(old: &OrgModel, new: &OrgModel) -> TagChanges {
    let index = |m: &OrgModel| -> BTreeMap<(String, String), (String, String)> {
        m.tags
            .iter()
            .map(|t| {
                ((t.resource_id.clone(), t.key.clone()), (t.resource_type.clone(), t.value.clone()))
            })
            .collect()
    };
    let (before, after) = (index(old), index(new));
    let name_of = |id: &str| {
        new.resource_name(id)
            .or_else(|| old.resource_name(id))
            .map_or_else(|| id.to_owned(), str::to_owned)
    };
    let tag_ref = |(id, key): &(String, String), (ty, value): &(String, String)| TagRef {
        resource_id: id.clone(),
        resource_type: ty.clone(),
        resource_name: name_of(id),
        key: key.clone(),
        value: value.clone(),
    };
    let mut out = TagChanges::default();
    for (k, v) in &after {
        match before.get(k) {
            None => out.added.push(tag_ref(k, v)),
            Some((_, old_value)) if *old_value != v.1 => out.changed.push(TagChange {
                resource_id: k.0.clone(),
                resource_type: v.0.clone(),
                resource_name: name_of(&k.0),
                key: k.1.clone(),
                old: old_value.clone(),
                new: v.1.clone(),
            }),
            Some(_) => {}
        }
    }
    out.removed = before
        .iter()
        .filter(|(k, _)| !after.contains_key(*k))
        .map(|(k, v)| tag_ref(k, v))
        .collect();
    let order = |ty: &str, name: &str, id: &str, key: &str| {
        (ty.to_owned(), name.to_owned(), id.to_owned(), key.to_owned())
    };
    out.added.sort_by_key(|t| order(&t.resource_type, &t.resource_name, &t.resource_id, &t.key));
    out.removed.sort_by_key(|t| order(&t.resource_type, &t.resource_name, &t.resource_id, &t.key));
    out.changed.sort_by_key(|t| order(&t.resource_type, &t.resource_name, &t.resource_id, &t.key));
    out
}

fn contact_changes(old: &OrgModel, new: &OrgModel) -> ContactChanges {
    let index = |m: &OrgModel| -> BTreeMap<(String, String), AlternateContact> {
        m.contacts
            .iter()
            .map(|c| ((c.account_id.clone(), c.contact_type.clone()), c.clone()))
            .collect()
    };
    let (before, after) = (index(old), index(new));
    let name_of = |id: &str| {
        new.resource_name(id)
            .or_else(|| old.resource_name(id))
            .map_or_else(|| id.to_owned(), str::to_owned)
    };
    let change = |(account_id, contact_type): &(String, String),
                  a: Option<&AlternateContact>,
                  b: Option<&AlternateContact>| {
        // A contact that is not set: its fields with no value.
        let unset = AlternateContact::default();
        let olds = a.unwrap_or(&unset).fields();
        let news = b.unwrap_or(&unset).fields();
        let fields = olds
            .iter()
            .zip(news.iter())
            .filter(|((_, o), (_, n))| o != n)
            .map(|((field, o), (_, n))| ContactField {
                field: (*field).to_owned(),
                old: o.map(str::to_owned),
                new: n.map(str::to_owned),
            })
            .collect();
        ContactChange {
            account_id: account_id.clone(),
            account_name: name_of(account_id),
            contact_type: contact_type.clone(),
            fields,
        }
    };
    let mut out = ContactChanges::default();
    let keys: BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    for key in keys {
        match (before.get(key), after.get(key)) {
            (None, Some(b)) => out.added.push(change(key, None, Some(b))),
            (Some(a), None) => out.removed.push(change(key, Some(a), None)),
            (Some(a), Some(b)) if a != b => out.changed.push(change(key, Some(a), Some(b))),
            _ => {}
        }
    }
    for list in [&mut out.added, &mut out.removed, &mut out.changed] {
        list.sort_by(|a, b| {
            (&a.account_name, &a.account_id, &a.contact_type).cmp(&(
                &b.account_name,
                &b.account_id,
                &b.contact_type,
            ))
        });
    }
    out
}
