//! The emulator's in-memory organization: roots, OUs, accounts, policies,
//! attachments, tags, contacts, delegated administrators and enabled services.
//!
//! Every field is public so tests can compute expected results from the
//! model. The model serialises deterministically (ordered maps only), which is
//! both the fixture file format (see [`crate::fixture`]) and how determinism of
//! synthetic organizations is tested. Lookups used per request go through a
//! derived index ([`Organization::reindex`]) so no request scans all accounts.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

pub use orgsync_schema::POLICY_TYPES;

/// Policy types that have an effective policy (all but SCP and RCP).
pub fn is_effective_policy_type(policy_type: &str) -> bool {
    POLICY_TYPES.contains(&policy_type)
        && policy_type != "SERVICE_CONTROL_POLICY"
        && policy_type != "RESOURCE_CONTROL_POLICY"
}

/// The three alternate contact types of the Account API.
pub const ALTERNATE_CONTACT_TYPES: [&str; 3] = ["BILLING", "OPERATIONS", "SECURITY"];

/// The Regions of the `aws` partition that Account Management lists, with
/// whether each is opt-in (off until an account enables it) or enabled by
/// default (cannot be disabled).
pub const REGIONS: [(&str, bool); 34] = [
    ("af-south-1", true),
    ("ap-east-1", true),
    ("ap-northeast-1", false),
    ("ap-northeast-2", false),
    ("ap-northeast-3", false),
    ("ap-south-1", false),
    ("ap-south-2", true),
    ("ap-southeast-1", false),
    ("ap-southeast-2", false),
    ("ap-southeast-3", true),
    ("ap-southeast-4", true),
    ("ap-southeast-5", true),
    ("ap-southeast-7", true),
    ("ca-central-1", false),
    ("ca-west-1", true),
    ("eu-central-1", false),
    ("eu-central-2", true),
    ("eu-north-1", false),
    ("eu-south-1", true),
    ("eu-south-2", true),
    ("eu-west-1", false),
    ("eu-west-2", false),
    ("eu-west-3", false),
    ("il-central-1", true),
    ("me-central-1", true),
    ("me-south-1", true),
    ("mx-central-1", true),
    ("sa-east-1", false),
    ("us-east-1", false),
    ("us-east-2", false),
    ("us-west-1", false),
    ("us-west-2", false),
    ("ap-east-2", true),
    ("eusc-de-east-1", true),
];

/// The opt-in statuses an opt-in Region can have (a Region enabled by
/// default is always `ENABLED_BY_DEFAULT`).
pub const REGION_OPT_STATUSES: [&str; 4] = ["ENABLED", "ENABLING", "DISABLING", "DISABLED"];

/// An account's lifecycle state (`Account.State`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AccountState {
    PendingActivation,
    #[default]
    Active,
    Suspended,
    PendingClosure,
    Closed,
}

impl AccountState {
    /// The wire value of `State`.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::PendingActivation => "PENDING_ACTIVATION",
            AccountState::Active => "ACTIVE",
            AccountState::Suspended => "SUSPENDED",
            AccountState::PendingClosure => "PENDING_CLOSURE",
            AccountState::Closed => "CLOSED",
        }
    }

    /// The retired `Status` value for this state (`Status` only had ACTIVE,
    /// SUSPENDED and PENDING_CLOSURE: a closed account showed SUSPENDED and an
    /// account pending activation showed ACTIVE).
    pub fn legacy_status(self) -> &'static str {
        match self {
            AccountState::PendingActivation | AccountState::Active => "ACTIVE",
            AccountState::Suspended | AccountState::Closed => "SUSPENDED",
            AccountState::PendingClosure => "PENDING_CLOSURE",
        }
    }
}

/// A policy type's status on the root.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyTypeStatus {
    pub policy_type: String,
    /// `ENABLED`, `PENDING_ENABLE` or `PENDING_DISABLE`.
    #[serde(default = "enabled")]
    pub status: String,
}

fn enabled() -> String {
    "ENABLED".to_string()
}

/// The organization's (single) root.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Root {
    pub id: String,
    #[serde(default = "root_name")]
    pub name: String,
    #[serde(default)]
    pub policy_types: Vec<PolicyTypeStatus>,
}

fn root_name() -> String {
    "Root".to_string()
}

/// An organizational unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrganizationalUnit {
    pub id: String,
    pub name: String,
    /// A root id or an OU id.
    pub parent_id: String,
}

/// A member (or the management) account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub id: String,
    pub name: String,
    pub email: String,
    /// A root id or an OU id.
    pub parent_id: String,
    #[serde(default)]
    pub state: AccountState,
    /// `CREATED` or `INVITED`.
    #[serde(default = "created")]
    pub joined_method: String,
    /// Epoch seconds.
    #[serde(default)]
    pub joined_timestamp: i64,
    /// When the account was created (GetAccountInformation), epoch seconds;
    /// `joined_timestamp` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_timestamp: Option<i64>,
}

fn created() -> String {
    "CREATED".to_string()
}

/// A policy of any type.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub policy_type: String,
    #[serde(default)]
    pub aws_managed: bool,
    /// The policy document, returned byte for byte by DescribePolicy.
    pub content: String,
}

/// One tag.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// An alternate contact of an account (Account API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlternateContact {
    pub name: String,
    pub title: String,
    pub email_address: String,
    pub phone_number: String,
}

/// An account's primary contact information (Account API).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactInformation {
    pub full_name: String,
    pub address_line1: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_or_region: Option<String>,
    pub postal_code: String,
    pub country_code: String,
    pub phone_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website_url: Option<String>,
}

/// A party of a handshake.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandshakeParty {
    /// Account ID, organization ID or email address.
    pub id: String,
    /// `ACCOUNT`, `ORGANIZATION` or `EMAIL`.
    #[serde(rename = "type")]
    pub party_type: String,
}

/// A resource of a handshake (resources nest, e.g. the organization's
/// master email under `ORGANIZATION`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HandshakeResource {
    /// `ACCOUNT`, `ORGANIZATION`, `ORGANIZATION_FEATURE_SET`, `EMAIL`,
    /// `MASTER_EMAIL`, `MASTER_NAME`, `NOTES` or `PARENT_HANDSHAKE`.
    #[serde(rename = "type")]
    pub resource_type: String,
    pub value: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<HandshakeResource>,
}

/// A handshake of the organization (what ListHandshakesForOrganization
/// returns: AWS keeps closed ones for 30 days, so the model holds only those).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Handshake {
    /// `h-` followed by 8–32 lowercase letters or digits.
    pub id: String,
    /// `INVITE`, `ENABLE_ALL_FEATURES`, `APPROVE_ALL_FEATURES` or
    /// `ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE`.
    #[serde(default = "invite")]
    pub action: String,
    /// `REQUESTED`, `OPEN`, `CANCELED`, `ACCEPTED`, `DECLINED` or `EXPIRED`.
    pub state: String,
    /// Epoch seconds.
    pub requested_timestamp: i64,
    /// Epoch seconds.
    pub expiration_timestamp: i64,
    pub parties: Vec<HandshakeParty>,
    #[serde(default)]
    pub resources: Vec<HandshakeResource>,
}

fn invite() -> String {
    "INVITE".to_string()
}

/// One account-creation request (ListCreateAccountStatus).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CreateAccountStatus {
    /// `car-` followed by 8–32 lowercase letters or digits.
    pub id: String,
    pub account_name: String,
    /// `IN_PROGRESS`, `SUCCEEDED` or `FAILED`.
    pub state: String,
    /// Epoch seconds.
    pub requested_timestamp: i64,
    /// Epoch seconds; absent while in progress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gov_cloud_account_id: Option<String>,
    /// e.g. `EMAIL_ALREADY_EXISTS` (FAILED only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure_reason: Option<String>,
}

/// The organization's resource-based delegation policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResourcePolicy {
    /// `rp-` followed by 8–128 lowercase letters or digits.
    pub id: String,
    /// The document, returned byte for byte by DescribeResourcePolicy.
    pub content: String,
}

/// One validation error of an account's effective policy.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EffectivePolicyValidationError {
    /// e.g. `ELEMENTS_TOO_MANY`.
    pub error_code: String,
    pub error_message: String,
    pub path_to_error: String,
    #[serde(default)]
    pub contributing_policies: Vec<String>,
}

/// An account's effective policy of one type that fails validation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvalidEffectivePolicy {
    /// Epoch seconds.
    pub evaluation_timestamp: i64,
    pub errors: Vec<EffectivePolicyValidationError>,
}

/// One side of a responsibility transfer: a management account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransferParticipant {
    pub management_account_id: String,
    pub management_account_email: String,
}

/// A billing responsibility transfer with another organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityTransfer {
    pub id: String,
    pub name: String,
    /// `INBOUND` (this organization takes the responsibility on) or `OUTBOUND`.
    pub direction: String,
    /// `REQUESTED`, `ACCEPTED`, `DECLINED`, `CANCELED`, `EXPIRED` or `WITHDRAWN`.
    pub status: String,
    pub source: TransferParticipant,
    pub target: TransferParticipant,
    /// Epoch seconds.
    pub start_timestamp: i64,
    /// Epoch seconds; absent while open-ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_timestamp: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_handshake_id: Option<String>,
}

/// The whole organization.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    /// `o-` followed by 10 lowercase letters or digits.
    pub id: String,
    #[serde(default = "feature_set_all")]
    pub feature_set: String,
    pub management_account_id: String,
    pub root: Root,
    /// OU id → OU.
    #[serde(default)]
    pub organizational_units: BTreeMap<String, OrganizationalUnit>,
    /// Account id → account (the management account included).
    pub accounts: BTreeMap<String, Account>,
    /// Policy id → policy (AWS-managed ones included).
    #[serde(default)]
    pub policies: BTreeMap<String, Policy>,
    /// Target id (root, OU or account) → attached policy ids.
    #[serde(default)]
    pub attachments: BTreeMap<String, BTreeSet<String>>,
    /// Resource id (root, OU, account or policy) → tags in order.
    #[serde(default)]
    pub tags: BTreeMap<String, Vec<Tag>>,
    /// Account id → contact type (BILLING, OPERATIONS, SECURITY) → contact.
    #[serde(default)]
    pub alternate_contacts: BTreeMap<String, BTreeMap<String, AlternateContact>>,
    /// Account id → primary contact information.
    #[serde(default)]
    pub contact_information: BTreeMap<String, ContactInformation>,
    /// Account id → opt-in Region → its status (ENABLED, ENABLING,
    /// DISABLING; DISABLED when absent). Regions enabled by default are not
    /// listed here: they are always `ENABLED_BY_DEFAULT`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub region_opt_status: BTreeMap<String, BTreeMap<String, String>>,
    /// Delegated administrator account id → service principal → delegation date (epoch s).
    #[serde(default)]
    pub delegated_administrators: BTreeMap<String, BTreeMap<String, i64>>,
    /// Service principal with trusted access → date enabled (epoch s).
    #[serde(default)]
    pub enabled_services: BTreeMap<String, i64>,
    /// Account id → IAM account alias.
    #[serde(default)]
    pub account_aliases: BTreeMap<String, String>,
    /// Handshake id → handshake.
    #[serde(default)]
    pub handshakes: BTreeMap<String, Handshake>,
    /// Create-account request id → status.
    #[serde(default)]
    pub create_account_statuses: BTreeMap<String, CreateAccountStatus>,
    /// The resource-based delegation policy, when one is set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_policy: Option<ResourcePolicy>,
    /// OU or account id → the `Path`s Organizations reports for it, when
    /// they are not its place in the tree (tests of disagreements; an empty
    /// list omits the field, as older responses do). An OU reports the first.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reported_paths: BTreeMap<String, Vec<String>>,
    /// Centralized root access features enabled for member accounts (IAM
    /// ListOrganizationsFeatures): `RootCredentialsManagement`, `RootSessions`.
    /// IAM answers only when `iam.amazonaws.com` has trusted access.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub iam_root_access_features: Vec<String>,
    /// Account id → management policy type → why its effective policy of
    /// that type fails validation.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub invalid_effective_policies: BTreeMap<String, BTreeMap<String, InvalidEffectivePolicy>>,
    /// Transfer id → billing responsibility transfer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub responsibility_transfers: BTreeMap<String, ResponsibilityTransfer>,
    /// Derived lookups; rebuilt by [`Organization::reindex`].
    #[serde(skip)]
    pub index: OrgIndex,
}

fn feature_set_all() -> String {
    "ALL".to_string()
}

/// Lookups derived from the model so requests never scan every account.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OrgIndex {
    /// Parent id → child OU ids (sorted).
    pub child_ous: HashMap<String, Vec<String>>,
    /// Parent id → child account ids (sorted).
    pub child_accounts: HashMap<String, Vec<String>>,
    /// All account ids (sorted).
    pub account_ids: Vec<String>,
    /// Policy type → policy ids (sorted).
    pub policies_by_type: HashMap<String, Vec<String>>,
    /// Policy id → target ids (sorted).
    pub targets_by_policy: HashMap<String, Vec<String>>,
    /// Service principal → delegated administrator account ids (sorted).
    pub delegated_by_service: HashMap<String, Vec<String>>,
    /// Delegated administrator account ids (sorted).
    pub delegated_admin_ids: Vec<String>,
}

/// What kind of thing an id names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Root,
    OrganizationalUnit,
    Account,
    Policy,
}

impl Organization {
    /// Rebuilds [`Organization::index`]; call after every change to the model.
    pub fn reindex(&mut self) {
        let mut index = OrgIndex::default();
        for ou in self.organizational_units.values() {
            index.child_ous.entry(ou.parent_id.clone()).or_default().push(ou.id.clone());
        }
        for account in self.accounts.values() {
            index
                .child_accounts
                .entry(account.parent_id.clone())
                .or_default()
                .push(account.id.clone());
        }
        index.account_ids = self.accounts.keys().cloned().collect();
        for policy in self.policies.values() {
            index
                .policies_by_type
                .entry(policy.policy_type.clone())
                .or_default()
                .push(policy.id.clone());
        }
        for (target, policies) in &self.attachments {
            for policy in policies {
                index.targets_by_policy.entry(policy.clone()).or_default().push(target.clone());
            }
        }
        for (account, services) in &self.delegated_administrators {
            index.delegated_admin_ids.push(account.clone());
            for service in services.keys() {
                index
                    .delegated_by_service
                    .entry(service.clone())
                    .or_default()
                    .push(account.clone());
            }
        }
        for list in index
            .child_ous
            .values_mut()
            .chain(index.child_accounts.values_mut())
            .chain(index.policies_by_type.values_mut())
            .chain(index.targets_by_policy.values_mut())
            .chain(index.delegated_by_service.values_mut())
        {
            list.sort();
        }
        self.index = index;
    }

    /// The management account's ARN.
    pub fn management_account_arn(&self) -> String {
        self.account_arn(&self.management_account_id)
    }

    /// The organization's ARN.
    pub fn arn(&self) -> String {
        format!("arn:aws:organizations::{}:organization/{}", self.management_account_id, self.id)
    }

    /// An account's ARN.
    pub fn account_arn(&self, account_id: &str) -> String {
        format!(
            "arn:aws:organizations::{}:account/{}/{}",
            self.management_account_id, self.id, account_id
        )
    }

    /// An OU's ARN.
    pub fn ou_arn(&self, ou_id: &str) -> String {
        format!("arn:aws:organizations::{}:ou/{}/{}", self.management_account_id, self.id, ou_id)
    }

    /// The root's ARN.
    pub fn root_arn(&self) -> String {
        format!(
            "arn:aws:organizations::{}:root/{}/{}",
            self.management_account_id, self.id, self.root.id
        )
    }

    /// A handshake's ARN.
    pub fn handshake_arn(&self, handshake: &Handshake) -> String {
        format!(
            "arn:aws:organizations::{}:handshake/{}/{}/{}",
            self.management_account_id,
            self.id,
            handshake.action.to_lowercase(),
            handshake.id
        )
    }

    /// A responsibility transfer's ARN.
    pub fn transfer_arn(&self, transfer: &ResponsibilityTransfer) -> String {
        format!(
            "arn:aws:organizations::{}:transfer/{}/billing/{}/{}",
            self.management_account_id,
            self.id,
            transfer.direction.to_lowercase(),
            transfer.id
        )
    }

    /// The resource policy's ARN.
    pub fn resource_policy_arn(&self, policy: &ResourcePolicy) -> String {
        format!(
            "arn:aws:organizations::{}:resourcepolicy/{}/{}",
            self.management_account_id, self.id, policy.id
        )
    }

    /// A policy's ARN (AWS-managed policies live under account `aws`).
    pub fn policy_arn(&self, policy: &Policy) -> String {
        let type_path = policy.policy_type.to_lowercase();
        if policy.aws_managed {
            format!("arn:aws:organizations::aws:policy/{type_path}/{}", policy.id)
        } else {
            format!(
                "arn:aws:organizations::{}:policy/{}/{type_path}/{}",
                self.management_account_id, self.id, policy.id
            )
        }
    }

    /// What `id` names in this organization, if anything.
    pub fn kind_of(&self, id: &str) -> Option<EntityKind> {
        if id == self.root.id {
            Some(EntityKind::Root)
        } else if self.organizational_units.contains_key(id) {
            Some(EntityKind::OrganizationalUnit)
        } else if self.accounts.contains_key(id) {
            Some(EntityKind::Account)
        } else if self.policies.contains_key(id) {
            Some(EntityKind::Policy)
        } else {
            None
        }
    }

    /// Member accounts (every account but the management account) that are
    /// ACTIVE, in account-id order.
    pub fn active_members(&self) -> impl Iterator<Item = &Account> {
        self.accounts
            .values()
            .filter(|a| a.id != self.management_account_id && a.state == AccountState::Active)
    }

    /// The parent of an OU or account.
    pub fn parent_of(&self, id: &str) -> Option<&str> {
        if let Some(ou) = self.organizational_units.get(id) {
            Some(&ou.parent_id)
        } else {
            self.accounts.get(id).map(|a| a.parent_id.as_str())
        }
    }

    /// The chain root → … → `id` (ids, inclusive), following parents.
    pub fn lineage(&self, id: &str) -> Vec<String> {
        let mut chain = vec![id.to_string()];
        let mut current = id;
        while let Some(parent) = self.parent_of(current) {
            chain.push(parent.to_string());
            current = parent;
            if chain.len() > 64 {
                break; // a corrupt fixture with a cycle
            }
        }
        chain.reverse();
        chain
    }

    /// The Organizations `Path` of an OU or account: `o-xxx/r-xxx/ou-xxx/…/ID/`.
    pub fn path_of(&self, id: &str) -> String {
        let mut path = format!("{}/", self.id);
        for part in self.lineage(id) {
            path.push_str(&part);
            path.push('/');
        }
        path
    }

    /// Whether a policy type is enabled on the root.
    pub fn policy_type_enabled(&self, policy_type: &str) -> bool {
        self.root.policy_types.iter().any(|p| p.policy_type == policy_type && p.status == "ENABLED")
    }

    /// Attaches a policy to a target (idempotent).
    pub fn attach_policy(&mut self, policy_id: &str, target_id: &str) {
        self.attachments.entry(target_id.to_string()).or_default().insert(policy_id.to_string());
    }

    /// Moves an account to another parent; returns whether anything changed.
    pub fn move_account(&mut self, account_id: &str, new_parent_id: &str) -> bool {
        let parent_exists =
            new_parent_id == self.root.id || self.organizational_units.contains_key(new_parent_id);
        match self.accounts.get_mut(account_id) {
            Some(account) if parent_exists => {
                account.parent_id = new_parent_id.to_string();
                self.reindex();
                true
            }
            _ => false,
        }
    }

    /// Marks an account CLOSED; returns whether it existed.
    pub fn close_account(&mut self, account_id: &str) -> bool {
        match self.accounts.get_mut(account_id) {
            Some(account) => {
                account.state = AccountState::Closed;
                true
            }
            None => false,
        }
    }

    /// The opt-in status of every Region for `account_id`, in
    /// [`REGIONS`] order (ListRegions).
    pub fn regions_of(&self, account_id: &str) -> Vec<(&'static str, String)> {
        let overrides = self.region_opt_status.get(account_id);
        REGIONS
            .iter()
            .map(|&(name, opt_in)| {
                let status = if !opt_in {
                    "ENABLED_BY_DEFAULT".to_string()
                } else {
                    overrides
                        .and_then(|o| o.get(name))
                        .cloned()
                        .unwrap_or_else(|| "DISABLED".to_string())
                };
                (name, status)
            })
            .collect()
    }

    /// Removes an account from the organization with everything attached to
    /// it; returns whether it existed.
    pub fn remove_account(&mut self, account_id: &str) -> bool {
        if self.accounts.remove(account_id).is_none() {
            return false;
        }
        self.attachments.remove(account_id);
        self.tags.remove(account_id);
        self.alternate_contacts.remove(account_id);
        self.contact_information.remove(account_id);
        self.region_opt_status.remove(account_id);
        self.delegated_administrators.remove(account_id);
        self.account_aliases.remove(account_id);
        self.reported_paths.remove(account_id);
        self.invalid_effective_policies.remove(account_id);
        self.reindex();
        true
    }

    /// Detaches a policy from a target; returns whether it was attached.
    pub fn detach_policy(&mut self, policy_id: &str, target_id: &str) -> bool {
        let removed = self.attachments.get_mut(target_id).is_some_and(|set| set.remove(policy_id));
        if removed {
            self.reindex();
        }
        removed
    }

    /// Removes an (empty) OU with its attachments, tags and reported paths;
    /// returns whether it existed. Its children, if any, are left to the
    /// caller (Organizations refuses to delete an OU that has any).
    pub fn delete_organizational_unit(&mut self, ou_id: &str) -> bool {
        if self.organizational_units.remove(ou_id).is_none() {
            return false;
        }
        self.attachments.remove(ou_id);
        self.tags.remove(ou_id);
        self.reported_paths.remove(ou_id);
        self.reindex();
        true
    }

    /// Removes a policy with its attachments and tags; returns whether it existed.
    pub fn delete_policy(&mut self, policy_id: &str) -> bool {
        if self.policies.remove(policy_id).is_none() {
            return false;
        }
        self.tags.remove(policy_id);
        for set in self.attachments.values_mut() {
            set.remove(policy_id);
        }
        self.attachments.retain(|_, set| !set.is_empty());
        self.reindex();
        true
    }

    /// Enables a policy type on the root (idempotent).
    pub fn enable_policy_type(&mut self, policy_type: &str) {
        self.root.policy_types.retain(|t| t.policy_type != policy_type);
        self.root.policy_types.push(PolicyTypeStatus {
            policy_type: policy_type.to_string(),
            status: "ENABLED".to_string(),
        });
    }

    /// Disables a policy type on the root and detaches every policy of that
    /// type, as Organizations does.
    pub fn disable_policy_type(&mut self, policy_type: &str) {
        self.root.policy_types.retain(|t| t.policy_type != policy_type);
        let of_type: BTreeSet<&String> = self
            .policies
            .values()
            .filter(|p| p.policy_type == policy_type)
            .map(|p| &p.id)
            .collect();
        for set in self.attachments.values_mut() {
            set.retain(|id| !of_type.contains(id));
        }
        self.attachments.retain(|_, set| !set.is_empty());
        self.reindex();
    }

    /// Adds tags to a resource, replacing the value of a key it already has
    /// and keeping the order of first tagging.
    pub fn tag_resource(&mut self, resource_id: &str, tags: Vec<Tag>) {
        let existing = self.tags.entry(resource_id.to_string()).or_default();
        for tag in tags {
            match existing.iter_mut().find(|t| t.key == tag.key) {
                Some(t) => t.value = tag.value,
                None => existing.push(tag),
            }
        }
        if existing.is_empty() {
            self.tags.remove(resource_id);
        }
    }

    /// Removes the tags with these keys from a resource (absent keys are ignored).
    pub fn untag_resource(&mut self, resource_id: &str, keys: &[String]) {
        if let Some(tags) = self.tags.get_mut(resource_id) {
            tags.retain(|t| !keys.contains(&t.key));
            if tags.is_empty() {
                self.tags.remove(resource_id);
            }
        }
    }

    /// How many tags a resource would carry after tagging it with `tags`.
    pub fn tag_count_after(&self, resource_id: &str, tags: &[Tag]) -> usize {
        let existing = self.tags.get(resource_id).map(Vec::as_slice).unwrap_or(&[]);
        existing.len() + tags.iter().filter(|t| !existing.iter().any(|e| e.key == t.key)).count()
    }

    /// Checks referential integrity (used for fixtures); returns the problems.
    pub fn validate(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let parent_ok = |p: &str| p == self.root.id || self.organizational_units.contains_key(p);
        if !self.accounts.contains_key(&self.management_account_id) {
            problems.push(format!(
                "management account `{}` is not in `accounts`",
                self.management_account_id
            ));
        }
        for (id, ou) in &self.organizational_units {
            if id != &ou.id {
                problems.push(format!("OU key `{id}` differs from its id `{}`", ou.id));
            }
            if !parent_ok(&ou.parent_id) {
                problems.push(format!("OU `{id}` has unknown parent `{}`", ou.parent_id));
            }
            if self.lineage(id).len() > 6 {
                problems.push(format!("OU `{id}` is nested deeper than 5 levels (or in a cycle)"));
            }
        }
        for (id, account) in &self.accounts {
            if id != &account.id {
                problems.push(format!("account key `{id}` differs from its id `{}`", account.id));
            }
            if id.len() != 12 || !id.bytes().all(|b| b.is_ascii_digit()) {
                problems.push(format!("account id `{id}` is not 12 digits"));
            }
            if !parent_ok(&account.parent_id) {
                problems.push(format!("account `{id}` has unknown parent `{}`", account.parent_id));
            }
        }
        for (id, policy) in &self.policies {
            if id != &policy.id {
                problems.push(format!("policy key `{id}` differs from its id `{}`", policy.id));
            }
            if !POLICY_TYPES.contains(&policy.policy_type.as_str()) {
                problems.push(format!("policy `{id}` has unknown type `{}`", policy.policy_type));
            }
        }
        for (target, policies) in &self.attachments {
            if !matches!(
                self.kind_of(target),
                Some(EntityKind::Root | EntityKind::OrganizationalUnit | EntityKind::Account)
            ) {
                problems.push(format!("attachment target `{target}` does not exist"));
            }
            for p in policies {
                if !self.policies.contains_key(p) {
                    problems.push(format!("attachment of unknown policy `{p}` to `{target}`"));
                }
            }
        }
        for resource in self.tags.keys() {
            if self.kind_of(resource).is_none() {
                problems.push(format!("tags for unknown resource `{resource}`"));
            }
        }
        for account in self
            .alternate_contacts
            .keys()
            .chain(self.contact_information.keys())
            .chain(self.region_opt_status.keys())
            .chain(self.delegated_administrators.keys())
            .chain(self.account_aliases.keys())
            .chain(self.invalid_effective_policies.keys())
        {
            if !self.accounts.contains_key(account) {
                problems.push(format!("data for unknown account `{account}`"));
            }
        }
        for (account, regions) in &self.region_opt_status {
            for (region, status) in regions {
                match REGIONS.iter().find(|(name, _)| name == region) {
                    None => problems.push(format!("account `{account}`: unknown Region `{region}`")),
                    Some((_, false)) => problems.push(format!(
                        "account `{account}`: Region `{region}` is enabled by default and has no opt-in status"
                    )),
                    Some((_, true)) if !REGION_OPT_STATUSES.contains(&status.as_str()) => problems
                        .push(format!(
                            "account `{account}`: Region `{region}` has unknown status `{status}` (ENABLED, ENABLING, DISABLING or DISABLED)"
                        )),
                    Some(_) => {}
                }
            }
        }
        for id in self.reported_paths.keys() {
            if !matches!(
                self.kind_of(id),
                Some(EntityKind::OrganizationalUnit | EntityKind::Account)
            ) {
                problems.push(format!("reported paths for unknown OU or account `{id}`"));
            }
        }
        for types in self.alternate_contacts.values() {
            for t in types.keys() {
                if !ALTERNATE_CONTACT_TYPES.contains(&t.as_str()) {
                    problems.push(format!("unknown alternate contact type `{t}`"));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::generate;

    #[test]
    fn write_helpers_keep_the_model_valid() {
        let mut org = generate(80, 4);
        let policy = org
            .policies
            .values()
            .find(|p| !p.aws_managed && p.policy_type == "TAG_POLICY")
            .map(|p| p.id.clone())
            .unwrap();
        assert!(org.delete_policy(&policy));
        assert!(!org.index.targets_by_policy.contains_key(&policy));
        assert!(!org.delete_policy(&policy));

        org.disable_policy_type("BACKUP_POLICY");
        assert!(!org.policy_type_enabled("BACKUP_POLICY"));
        assert!(
            org.attachments
                .values()
                .flatten()
                .all(|id| org.policies[id].policy_type != "BACKUP_POLICY")
        );
        org.enable_policy_type("BACKUP_POLICY");
        assert!(org.policy_type_enabled("BACKUP_POLICY"));

        let leaf = org
            .organizational_units
            .keys()
            .find(|id| {
                !org.index.child_ous.contains_key(*id)
                    && !org.index.child_accounts.contains_key(*id)
            })
            .cloned();
        if let Some(leaf) = leaf {
            assert!(org.delete_organizational_unit(&leaf));
            assert!(!org.attachments.contains_key(&leaf));
        }

        let account = org.index.account_ids[1].clone();
        let tag = |k: &str, v: &str| Tag { key: k.into(), value: v.into() };
        let keys: Vec<String> = org
            .tags
            .get(&account)
            .map(|t| t.iter().map(|t| t.key.clone()).collect())
            .unwrap_or_default();
        org.untag_resource(&account, &keys);
        assert_eq!(org.tag_count_after(&account, &[tag("a", "1")]), 1);
        org.tag_resource(&account, vec![tag("a", "1"), tag("b", "2")]);
        org.tag_resource(&account, vec![tag("a", "3")]);
        assert_eq!(org.tags[&account], vec![tag("a", "3"), tag("b", "2")]);
        assert_eq!(org.tag_count_after(&account, &[tag("a", "4"), tag("c", "5")]), 3);
        org.untag_resource(&account, &["a".into(), "b".into()]);
        assert!(!org.tags.contains_key(&account));
        assert!(org.validate().is_empty(), "{:?}", org.validate());
    }
}
