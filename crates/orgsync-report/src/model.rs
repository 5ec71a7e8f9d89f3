//! A typed, indexed view of one [`Snapshot`]: roots, OUs, accounts,
//! policies, attachments, tags and alternate contacts decoded from the
//! typed rows (`AccountRow`, …), plus the parent/child indexes every consumer needs.
//!
//! Built once per snapshot in linear time; the diff, the tree, the coverage
//! and the HTML report all work on this view, so no other module knows the
//! column order of a table.

use std::collections::{BTreeMap, HashMap};

use orgsync_schema::{
    AccountRegionRow, AccountRow, AlternateContactRow, OrganizationRow, OrganizationalUnitRow,
    PolicyRow, PolicyTargetRow, RootRow, Snapshot, TableName, TagRow, Text, column,
    format_timestamp,
};

/// The text of a typed cell.
fn owned(text: Text) -> String {
    text.into()
}

/// The text of a nullable typed cell, empty when NULL.
fn or_empty(text: Option<Text>) -> String {
    text.map(owned).unwrap_or_default()
}

/// What kind of node of the organization tree an ID names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum NodeKind {
    /// An organization root.
    Root,
    /// An organizational unit.
    OrganizationalUnit,
    /// An account.
    Account,
}

impl NodeKind {
    /// The `target_type` / `resource_type` spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Root => "ROOT",
            NodeKind::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
            NodeKind::Account => "ACCOUNT",
        }
    }

    /// A short word for people ("root", "OU", "account").
    pub fn label(self) -> &'static str {
        match self {
            NodeKind::Root => "root",
            NodeKind::OrganizationalUnit => "OU",
            NodeKind::Account => "account",
        }
    }
}

/// A root or an OU: a node that can hold OUs and accounts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Container {
    pub id: String,
    pub kind: NodeKind,
    /// Name as AWS returned it (empty when NULL).
    pub name: String,
    /// Parent root/OU id; `None` for a root.
    pub parent_id: Option<String>,
}

/// One account row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub email: Option<String>,
    pub state: Option<String>,
    pub joined_method: Option<String>,
    pub joined_timestamp: Option<String>,
    pub parent_id: String,
    pub is_management_account: bool,
}

/// One policy row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub policy_type: String,
    pub aws_managed: bool,
    pub content: Option<String>,
}

/// One policy attachment row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub policy_id: String,
    pub target_id: String,
    pub target_type: String,
    pub target_name: Option<String>,
}

/// One tag row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub resource_id: String,
    pub resource_type: String,
    pub key: String,
    pub value: String,
}

/// One alternate contact row.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AlternateContact {
    pub account_id: String,
    pub contact_type: String,
    pub name: Option<String>,
    pub title: Option<String>,
    pub email_address: Option<String>,
    pub phone_number: Option<String>,
}

impl AlternateContact {
    /// The contact's fields as (column name, value) pairs, in contract order.
    pub fn fields(&self) -> [(&'static str, Option<&str>); 4] {
        [
            (column!(AlternateContactRow, name), self.name.as_deref()),
            (column!(AlternateContactRow, title), self.title.as_deref()),
            (column!(AlternateContactRow, email_address), self.email_address.as_deref()),
            (column!(AlternateContactRow, phone_number), self.phone_number.as_deref()),
        ]
    }
}

/// The indexed view of one snapshot. See the module docs.
#[derive(Debug, Clone)]
pub struct OrgModel {
    pub org_id: String,
    pub run_id: String,
    /// The part of the organization the run read, for people; `None` for all of it.
    pub scope: Option<String>,
    pub management_account_id: Option<String>,
    /// Roots and OUs, roots first, each group in row order.
    pub containers: Vec<Container>,
    pub accounts: Vec<Account>,
    pub policies: Vec<Policy>,
    pub attachments: Vec<Attachment>,
    pub tags: Vec<Tag>,
    pub contacts: Vec<AlternateContact>,
    /// (account, Region) → opt-in status, when the run read
    /// `aws_organizations_account_region` (`account_details`); `None` when not.
    pub region_opt_status: Option<BTreeMap<(String, String), String>>,
    container_index: HashMap<String, usize>,
    account_index: HashMap<String, usize>,
    policy_index: HashMap<String, usize>,
    /// Child containers of each container (by index), sorted by name then id.
    child_containers: Vec<Vec<usize>>,
    /// Child accounts of each container (by index), sorted by name then id.
    child_accounts: Vec<Vec<usize>>,
    /// Policies attached directly to each target id, sorted by type, name, id.
    attached: HashMap<String, Vec<usize>>,
}

impl OrgModel {
    /// Builds the view of a snapshot (linear in its rows, plus sorting of
    /// each child list).
    pub fn new(snapshot: &Snapshot) -> Self {
        let management_account_id = snapshot
            .typed::<OrganizationRow>()
            .next()
            .and_then(|org| org.management_account_id.map(owned));

        let mut containers: Vec<Container> = snapshot
            .typed::<RootRow>()
            .map(|root| Container {
                id: owned(root.root_id),
                kind: NodeKind::Root,
                name: or_empty(root.name),
                parent_id: None,
            })
            .collect();
        containers.extend(snapshot.typed::<OrganizationalUnitRow>().map(|ou| Container {
            id: owned(ou.ou_id),
            kind: NodeKind::OrganizationalUnit,
            name: or_empty(ou.name),
            parent_id: Some(owned(ou.parent_id)),
        }));

        let accounts: Vec<Account> = snapshot
            .typed::<AccountRow>()
            .map(|acc| Account {
                id: owned(acc.account_id),
                name: or_empty(acc.name),
                email: acc.email.map(owned),
                state: acc.state.map(owned),
                joined_method: acc.joined_method.map(owned),
                joined_timestamp: acc.joined_timestamp.map(format_timestamp),
                parent_id: owned(acc.parent_id),
                is_management_account: acc.is_management_account,
            })
            .collect();

        let policies: Vec<Policy> = snapshot
            .typed::<PolicyRow>()
            .map(|pol| Policy {
                id: owned(pol.policy_id),
                name: or_empty(pol.name),
                description: pol.description.map(owned),
                policy_type: owned(pol.r#type),
                aws_managed: pol.aws_managed,
                content: pol.content.map(owned),
            })
            .collect();

        let attachments: Vec<Attachment> = snapshot
            .typed::<PolicyTargetRow>()
            .map(|tgt| Attachment {
                policy_id: owned(tgt.policy_id),
                target_id: owned(tgt.target_id),
                target_type: owned(tgt.target_type),
                target_name: tgt.target_name.map(owned),
            })
            .collect();

        let tags: Vec<Tag> = snapshot
            .typed::<TagRow>()
            .map(|tag| Tag {
                resource_id: owned(tag.resource_id),
                resource_type: owned(tag.resource_type),
                key: owned(tag.key),
                value: owned(tag.value),
            })
            .collect();

        let contacts: Vec<AlternateContact> = snapshot
            .typed::<AlternateContactRow>()
            .map(|con| AlternateContact {
                account_id: owned(con.account_id),
                contact_type: owned(con.contact_type),
                name: con.name.map(owned),
                title: con.title.map(owned),
                email_address: con.email_address.map(owned),
                phone_number: con.phone_number.map(owned),
            })
            .collect();

        let region_opt_status =
            snapshot.tables.contains_key(&TableName::AccountRegion).then(|| {
                snapshot
                    .typed::<AccountRegionRow>()
                    .map(|reg| {
                        (
                            (owned(reg.account_id), owned(reg.region_name)),
                            or_empty(reg.region_opt_status),
                        )
                    })
                    .collect()
            });

        let container_index: HashMap<String, usize> =
            containers.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
        let account_index: HashMap<String, usize> =
            accounts.iter().enumerate().map(|(i, a)| (a.id.clone(), i)).collect();
        let policy_index: HashMap<String, usize> =
            policies.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();

        let mut child_containers = vec![Vec::new(); containers.len()];
        for (i, c) in containers.iter().enumerate() {
            if let Some(&p) = c.parent_id.as_ref().and_then(|p| container_index.get(p))
                && p != i
            {
                child_containers[p].push(i);
            }
        }
        for children in &mut child_containers {
            children.sort_by(|&a, &b| {
                (&containers[a].name, &containers[a].id)
                    .cmp(&(&containers[b].name, &containers[b].id))
            });
        }
        let mut child_accounts = vec![Vec::new(); containers.len()];
        for (i, a) in accounts.iter().enumerate() {
            if let Some(&p) = container_index.get(&a.parent_id) {
                child_accounts[p].push(i);
            }
        }
        for children in &mut child_accounts {
            children.sort_by(|&a, &b| {
                (&accounts[a].name, &accounts[a].id).cmp(&(&accounts[b].name, &accounts[b].id))
            });
        }

        let mut attached: HashMap<String, Vec<usize>> = HashMap::new();
        for a in &attachments {
            if let Some(&p) = policy_index.get(&a.policy_id) {
                attached.entry(a.target_id.clone()).or_default().push(p);
            }
        }
        for list in attached.values_mut() {
            list.sort_by(|&a, &b| {
                let (pa, pb) = (&policies[a], &policies[b]);
                (&pa.policy_type, &pa.name, &pa.id).cmp(&(&pb.policy_type, &pb.name, &pb.id))
            });
            list.dedup();
        }

        Self {
            org_id: snapshot.org_id().to_owned(),
            run_id: snapshot.run.run_id.clone(),
            scope: snapshot.run.scope.as_ref().map(orgsync_schema::Scope::describe),
            management_account_id,
            containers,
            accounts,
            policies,
            attachments,
            tags,
            contacts,
            region_opt_status,
            container_index,
            account_index,
            policy_index,
            child_containers,
            child_accounts,
            attached,
        }
    }

    /// Index of a root or OU by id.
    pub fn container(&self, id: &str) -> Option<usize> {
        self.container_index.get(id).copied()
    }

    /// Index of an account by id.
    pub fn account(&self, id: &str) -> Option<usize> {
        self.account_index.get(id).copied()
    }

    /// Index of a policy by id.
    pub fn policy(&self, id: &str) -> Option<usize> {
        self.policy_index.get(id).copied()
    }

    /// Indexes of the roots, sorted by name then id.
    pub fn roots(&self) -> Vec<usize> {
        let mut roots: Vec<usize> = (0..self.containers.len())
            .filter(|&i| self.containers[i].kind == NodeKind::Root)
            .collect();
        roots.sort_by(|&a, &b| {
            (&self.containers[a].name, &self.containers[a].id)
                .cmp(&(&self.containers[b].name, &self.containers[b].id))
        });
        roots
    }

    /// Child roots/OUs of a container, sorted by name then id.
    pub fn child_containers(&self, container: usize) -> &[usize] {
        &self.child_containers[container]
    }

    /// Child accounts of a container, sorted by name then id.
    pub fn child_accounts(&self, container: usize) -> &[usize] {
        &self.child_accounts[container]
    }

    /// Policies attached directly to a root, OU or account id, sorted by
    /// type, name and id.
    pub fn attached_policies(&self, target_id: &str) -> &[usize] {
        self.attached.get(target_id).map_or(&[], Vec::as_slice)
    }

    /// The chain of containers from the root down to `container`
    /// (inclusive). Stops at a missing parent or a cycle.
    pub fn container_chain(&self, container: usize) -> Vec<usize> {
        let mut chain = vec![container];
        let mut current = container;
        while let Some(parent) =
            self.containers[current].parent_id.as_deref().and_then(|p| self.container(p))
        {
            if chain.contains(&parent) {
                break;
            }
            chain.push(parent);
            current = parent;
        }
        chain.reverse();
        chain
    }

    /// The containers above an account, root first (empty when its parent
    /// is unknown).
    pub fn account_chain(&self, account: usize) -> Vec<usize> {
        self.container(&self.accounts[account].parent_id)
            .map_or_else(Vec::new, |p| self.container_chain(p))
    }

    /// Names from the root down to a container, `/`-joined
    /// (e.g. `Root/Engineering/Prod`).
    pub fn container_name_path(&self, container: usize) -> String {
        self.container_chain(container)
            .iter()
            .map(|&c| self.containers[c].name.as_str())
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Name path of the container an account sits in; its raw parent id when
    /// that container is not in the snapshot.
    pub fn account_parent_path(&self, account: usize) -> String {
        let parent = &self.accounts[account].parent_id;
        self.container(parent).map_or_else(|| parent.clone(), |c| self.container_name_path(c))
    }

    /// A display name for any resource id of this snapshot (account, OU,
    /// root or policy), `None` when the id is unknown.
    pub fn resource_name(&self, id: &str) -> Option<&str> {
        if let Some(i) = self.account(id) {
            return Some(&self.accounts[i].name);
        }
        if let Some(i) = self.container(id) {
            return Some(&self.containers[i].name);
        }
        self.policy(id).map(|i| self.policies[i].name.as_str())
    }
}

/// Short abbreviation of a policy type for compact displays
/// (`SERVICE_CONTROL_POLICY` → `SCP`); unknown types are returned as is.
pub fn policy_type_abbreviation(policy_type: &str) -> &str {
    match policy_type {
        "SERVICE_CONTROL_POLICY" => "SCP",
        "RESOURCE_CONTROL_POLICY" => "RCP",
        "TAG_POLICY" => "TAG",
        "BACKUP_POLICY" => "BACKUP",
        "AISERVICES_OPT_OUT_POLICY" => "AIOPTOUT",
        "CHATBOT_POLICY" => "CHATBOT",
        "DECLARATIVE_POLICY_EC2" => "DECL-EC2",
        "SECURITYHUB_POLICY" => "SECHUB",
        "INSPECTOR_POLICY" => "INSPECTOR",
        "BEDROCK_POLICY" => "BEDROCK",
        "S3_POLICY" => "S3",
        "NETWORK_SECURITY_DIRECTOR_POLICY" => "NSD",
        "UPGRADE_ROLLOUT_POLICY" => "UPGRADE",
        "GUARDDUTY_POLICY" => "GUARDDUTY",
        other => other,
    }
}
