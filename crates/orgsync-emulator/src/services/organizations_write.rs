//! AWS Organizations write operations (JSON 1.1), callable from the
//! management account, and the policy-management ones also from a member
//! account the organization's resource-based delegation policy allows
//! ([`delegated`]; anyone else: AccessDeniedException), with the service's
//! validation and error codes:
//!
//! - CreateOrganizationalUnit (ParentNotFoundException,
//!   DuplicateOrganizationalUnitException among siblings,
//!   ConstraintViolationException `OU_DEPTH_LIMIT_EXCEEDED` past five levels),
//!   UpdateOrganizationalUnit, DeleteOrganizationalUnit
//!   (OrganizationalUnitNotEmptyException while it holds OUs or accounts);
//! - MoveAccount (AccountNotFoundException, SourceParentNotFoundException —
//!   also when the account is not in that parent —,
//!   DestinationParentNotFoundException, DuplicateAccountException when it
//!   is already there);
//! - a new OU or account gets the AWS-managed FullAWSAccess SCP and
//!   RCPFullAWSAccess RCP attached while their types are enabled;
//! - CreateAccount answers a `CreateAccountStatus` `IN_PROGRESS`, as AWS
//!   does; the request completes at once: SUCCEEDED with the new ACTIVE
//!   account in the root, or FAILED `EMAIL_ALREADY_EXISTS`; both show in
//!   ListCreateAccountStatus and DescribeCreateAccountStatus, and in a
//!   `CreateAccountResult` CloudTrail service event. A `RoleName`
//!   other than OrganizationAccountAccessRole adds that role (trusting the
//!   management account, allowed everything) to the new account;
//! - CloseAccount (AccountAlreadyClosedException; the management account:
//!   ConstraintViolationException `CANNOT_CLOSE_MANAGEMENT_ACCOUNT`),
//!   RemoveAccountFromOrganization (MasterCannotLeaveOrganizationException;
//!   a delegated administrator: `CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG`);
//! - CreatePolicy, UpdatePolicy (DuplicatePolicyException for a name taken
//!   in the type, MalformedPolicyDocumentException for content that is not a
//!   JSON object, `POLICY_CONTENT_LIMIT_EXCEEDED` past 5,120 characters,
//!   AWS-managed policies: InvalidInputException `IMMUTABLE_POLICY`),
//!   DeletePolicy (PolicyInUseException while attached);
//! - AttachPolicy (DuplicatePolicyAttachmentException,
//!   PolicyTypeNotEnabledException, `MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`
//!   past 5 SCPs/RCPs or 10 of another type on a target), DetachPolicy
//!   (PolicyNotAttachedException; the last SCP/RCP of a target:
//!   `MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED`);
//! - EnablePolicyType / DisablePolicyType on the root
//!   (PolicyTypeAlreadyEnabledException, PolicyTypeNotEnabledException,
//!   RootNotFoundException; disabling detaches every policy of the type,
//!   enabling SCPs or RCPs attaches FullAWSAccess / RCPFullAWSAccess
//!   everywhere);
//! - TagResource / UntagResource (TargetNotFoundException, at most 50 tags:
//!   `MAX_TAG_LIMIT_EXCEEDED`);
//! - RegisterDelegatedAdministrator (AccountAlreadyRegisteredException,
//!   `CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR`),
//!   DeregisterDelegatedAdministrator (AccountNotRegisteredException);
//! - EnableAWSServiceAccess / DisableAWSServiceAccess (idempotent).
//!
//! Every change goes through the model and is followed by
//! [`Organization::reindex`]; the caller records the CloudTrail event.

use rand::Rng;
use serde_json::{Value, json};

use super::organizations::{
    account_id_param, account_not_found, create_account_status_json, ensure_parent, find_policy,
    invalid_enum, invalid_policy_type, not_in_use, ou_json, ou_not_found, policy_json, required,
    root_json, target_not_found,
};
use super::{Call, Written};
use crate::identity::{ORGANIZATION_ACCOUNT_ACCESS_ROLE, RoleSpec};
use crate::model::{
    Account, AccountState, CreateAccountStatus, EntityKind, Organization, OrganizationalUnit,
    POLICY_TYPES, Policy, Tag,
};
use crate::protocol::{ApiError, Service};
use crate::trail::resource;

/// Operations this module serves.
pub const OPERATIONS: [&str; 20] = [
    "CreateOrganizationalUnit",
    "UpdateOrganizationalUnit",
    "DeleteOrganizationalUnit",
    "MoveAccount",
    "CreateAccount",
    "CloseAccount",
    "RemoveAccountFromOrganization",
    "CreatePolicy",
    "UpdatePolicy",
    "DeletePolicy",
    "AttachPolicy",
    "DetachPolicy",
    "EnablePolicyType",
    "DisablePolicyType",
    "TagResource",
    "UntagResource",
    "RegisterDelegatedAdministrator",
    "DeregisterDelegatedAdministrator",
    "EnableAWSServiceAccess",
    "DisableAWSServiceAccess",
];

/// Deepest OU nesting below the root.
const MAX_OU_DEPTH: usize = 5;
/// Most tags on one resource.
const MAX_TAGS: usize = 50;
/// Largest policy document (characters).
const MAX_POLICY_CONTENT: usize = 5120;

fn constraint(reason: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(400, "ConstraintViolationException", message).with("Reason", reason)
}

fn error(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(400, code, message)
}

/// A required string of `min..=max` characters (InvalidInputException otherwise).
fn text<'a>(params: &'a Value, name: &str, min: usize, max: usize) -> Result<&'a str, ApiError> {
    let value = match params.get(name) {
        None | Some(Value::Null) if min > 0 => {
            return Err(ApiError::invalid_input(
                "INPUT_REQUIRED",
                format!("You must specify a value for {name}."),
            ));
        }
        None | Some(Value::Null) => "",
        Some(v) => v.as_str().ok_or_else(|| {
            ApiError::invalid_input("INVALID_INPUT", format!("{name} must be a string."))
        })?,
    };
    let len = value.chars().count();
    if len < min {
        return Err(ApiError::invalid_input(
            "MIN_LENGTH_EXCEEDED",
            format!(
                "You provided a value that is shorter than the minimum length of {min} for {name}."
            ),
        ));
    }
    if len > max {
        return Err(ApiError::invalid_input(
            "MAX_LENGTH_EXCEEDED",
            format!("You provided a value that exceeds the maximum length of {max} for {name}."),
        ));
    }
    Ok(value)
}

fn optional_text<'a>(
    params: &'a Value,
    name: &str,
    min: usize,
    max: usize,
) -> Result<Option<&'a str>, ApiError> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(_) => text(params, name, min, max).map(Some),
    }
}

/// `Tags` of a create or TagResource call.
fn tags_param(params: &Value, required_list: bool) -> Result<Vec<Tag>, ApiError> {
    let list = match params.get("Tags") {
        None | Some(Value::Null) if !required_list => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        _ => {
            return Err(ApiError::invalid_input(
                "INPUT_REQUIRED",
                "You must specify a list of Tags.",
            ));
        }
    };
    let mut tags = Vec::with_capacity(list.len());
    for tag in list {
        let key = text(tag, "Key", 1, 128)?;
        let value = text(tag, "Value", 0, 256)?;
        tags.push(Tag { key: key.to_string(), value: value.to_string() });
    }
    Ok(tags)
}

/// The tags of a create call: at most [`MAX_TAGS`].
fn check_tag_count(tags: &[Tag]) -> Result<(), ApiError> {
    if tags.len() > MAX_TAGS {
        return Err(constraint("MAX_TAG_LIMIT_EXCEEDED", "Too many tags."));
    }
    Ok(())
}

/// Adds or replaces tags on a resource, keeping at most [`MAX_TAGS`].
fn apply_tags(org: &mut Organization, resource_id: &str, tags: Vec<Tag>) -> Result<(), ApiError> {
    if org.tag_count_after(resource_id, &tags) > MAX_TAGS {
        return Err(constraint(
            "MAX_TAG_LIMIT_EXCEEDED",
            format!("You have exceeded the number of tags allowed on a resource ({MAX_TAGS})."),
        ));
    }
    if !tags.is_empty() {
        org.tag_resource(resource_id, tags);
    }
    Ok(())
}

fn random_lower(call: &Call<'_>, n: usize) -> String {
    const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = call.state.id_rng.lock();
    (0..n).map(|_| CHARS[rng.random_range(0..CHARS.len())] as char).collect()
}

/// The first id `next` draws that is not `taken`.
fn unused_id(mut next: impl FnMut() -> String, taken: impl Fn(&str) -> bool) -> String {
    loop {
        let candidate = next();
        if !taken(&candidate) {
            return candidate;
        }
    }
}

fn policy_type_param<'a>(params: &'a Value, name: &str) -> Result<&'a str, ApiError> {
    let policy_type = required(params, name)?;
    if !POLICY_TYPES.contains(&policy_type) {
        return Err(invalid_policy_type(policy_type));
    }
    Ok(policy_type)
}

fn policy_content(params: &Value, required_member: bool) -> Result<Option<String>, ApiError> {
    let content = match params.get("Content") {
        None | Some(Value::Null) if !required_member => return Ok(None),
        _ => text(params, "Content", 1, 1_000_000)?,
    };
    if !matches!(serde_json::from_str::<Value>(content), Ok(Value::Object(_))) {
        return Err(error(
            "MalformedPolicyDocumentException",
            "The provided policy document doesn't meet the requirements of the specified policy type.",
        ));
    }
    if content.chars().count() > MAX_POLICY_CONTENT {
        return Err(constraint(
            "POLICY_CONTENT_LIMIT_EXCEEDED",
            format!("The policy document is larger than {MAX_POLICY_CONTENT} characters."),
        ));
    }
    Ok(Some(content.to_string()))
}

fn duplicate_policy_name(org: &Organization, policy_type: &str, name: &str, except: &str) -> bool {
    org.index.policies_by_type.get(policy_type).is_some_and(|ids| {
        ids.iter().any(|id| id != except && org.policies.get(id).is_some_and(|p| p.name == name))
    })
}

/// Attaches the AWS-managed FullAWSAccess SCP and RCPFullAWSAccess RCP to a
/// new OU or account while their types are enabled, as AWS does.
/// `only_type` limits it to the managed policy of that type.
fn attach_managed_defaults(org: &mut Organization, target: &str, only_type: Option<&str>) {
    let defaults: Vec<String> = org
        .policies
        .values()
        .filter(|p| {
            p.aws_managed && matches!(p.name.as_str(), "FullAWSAccess" | "RCPFullAWSAccess")
        })
        .filter(|p| org.policy_type_enabled(&p.policy_type))
        .filter(|p| only_type.is_none_or(|t| p.policy_type == t))
        .map(|p| p.id.clone())
        .collect();
    for id in defaults {
        org.attach_policy(&id, target);
    }
}

fn duplicate_ou() -> ApiError {
    error("DuplicateOrganizationalUnitException", "An OU with the same name already exists.")
}

fn duplicate_policy() -> ApiError {
    error("DuplicatePolicyException", "A policy with the same name already exists.")
}

fn immutable_policy() -> ApiError {
    ApiError::invalid_input(
        "IMMUTABLE_POLICY",
        "You specified a policy that is managed by AWS and can't be modified.",
    )
}

fn attachment_limit(policy_type: &str) -> usize {
    match policy_type {
        "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY" => 5,
        _ => 10,
    }
}

fn service_principal(params: &Value) -> Result<&str, ApiError> {
    let principal = text(params, "ServicePrincipal", 1, 128)?;
    if !principal.ends_with(".amazonaws.com") {
        return Err(ApiError::invalid_input(
            "UNRECOGNIZED_SERVICE_PRINCIPAL",
            format!("You specified a service principal that isn't recognized: {principal}."),
        ));
    }
    Ok(principal)
}

fn now_s(call: &Call<'_>) -> i64 {
    call.state.now_ms().div_euclid(1000)
}

/// The policy-management operations the organization's resource-based
/// delegation policy can grant a member account.
const DELEGABLE: [&str; 7] = [
    "CreatePolicy",
    "UpdatePolicy",
    "DeletePolicy",
    "AttachPolicy",
    "DetachPolicy",
    "TagResource",
    "UntagResource",
];

/// Whether the delegation policy (DescribeResourcePolicy) allows `caller`
/// the policy-management `operation`: a statement with `Effect` Allow,
/// the caller's account (`arn:aws:iam::ID:root` or the bare ID) as its AWS
/// principal and the action (`organizations:Op`, `organizations:*` or `*`)
/// in its `Action`. Conditions are not evaluated.
fn delegated(org: &Organization, caller: &str, operation: &str) -> bool {
    if !DELEGABLE.contains(&operation) {
        return false;
    }
    let Some(policy) = &org.resource_policy else { return false };
    let Ok(document) = serde_json::from_str::<Value>(&policy.content) else { return false };
    let as_list = |v: &Value| -> Vec<String> {
        match v {
            Value::String(s) => vec![s.clone()],
            Value::Array(items) => {
                items.iter().filter_map(|i| i.as_str().map(str::to_owned)).collect()
            }
            _ => Vec::new(),
        }
    };
    let statements = match &document["Statement"] {
        Value::Array(items) => items.clone(),
        single @ Value::Object(_) => vec![single.clone()],
        _ => Vec::new(),
    };
    let action = format!("organizations:{operation}");
    statements.iter().any(|statement| {
        statement["Effect"] == "Allow"
            && as_list(&statement["Principal"]["AWS"])
                .iter()
                .any(|p| p == caller || *p == format!("arn:aws:iam::{caller}:root"))
            && as_list(&statement["Action"])
                .iter()
                .any(|a| *a == action || a == "organizations:*" || a == "*")
    })
}

/// Serves one Organizations write operation.
pub(crate) fn handle(call: &Call<'_>, operation: &str) -> Result<Written, ApiError> {
    let mut extra_role: Option<RoleSpec> = None;
    let written = {
        let mut org = call.state.org.write();
        if !call.in_organization(&org) {
            return Err(not_in_use());
        }
        let caller = &call.principal.account_id;
        if *caller != org.management_account_id && !delegated(&org, caller, operation) {
            return Err(ApiError::access_denied(
                Service::Organizations,
                "You don't have permissions to access this resource. This operation can be called only from the organization's management account.",
            ));
        }
        let written = apply(call, &mut org, operation, &mut extra_role)?;
        org.reindex();
        written
    };
    // The identity lock is taken after the organization lock is released.
    if let Some(role) = extra_role {
        call.state.identity.write().add_role(role);
    }
    Ok(written)
}

fn apply(
    call: &Call<'_>,
    org: &mut Organization,
    operation: &str,
    extra_role: &mut Option<RoleSpec>,
) -> Result<Written, ApiError> {
    let p = call.params;
    let empty = |resources: Vec<(String, String)>| Written::new(json!({}), resources);
    match operation {
        "CreateOrganizationalUnit" => {
            let parent = required(p, "ParentId")?.to_string();
            let name = text(p, "Name", 1, 128)?.to_string();
            let tags = tags_param(p, false)?;
            ensure_parent(org, &parent)?;
            let siblings = org.index.child_ous.get(&parent).cloned().unwrap_or_default();
            if siblings.iter().any(|id| org.organizational_units[id].name == name) {
                return Err(duplicate_ou());
            }
            if org.lineage(&parent).len() > MAX_OU_DEPTH {
                return Err(constraint(
                    "OU_DEPTH_LIMIT_EXCEEDED",
                    "You attempted to create an OU tree that is too many levels deep.",
                ));
            }
            let suffix = org.root.id.trim_start_matches("r-").to_string();
            let id = unused_id(
                || format!("ou-{suffix}-{}", random_lower(call, 8)),
                |id| org.organizational_units.contains_key(id),
            );
            check_tag_count(&tags)?;
            org.organizational_units.insert(
                id.clone(),
                OrganizationalUnit { id: id.clone(), name, parent_id: parent.clone() },
            );
            apply_tags(org, &id, tags)?;
            attach_managed_defaults(org, &id, None);
            let ou = ou_json(org, &id);
            Ok(Written::new(
                json!({ "OrganizationalUnit": ou }),
                vec![resource(&id), resource(&parent)],
            ))
        }
        "UpdateOrganizationalUnit" => {
            let id = required(p, "OrganizationalUnitId")?.to_string();
            let name = optional_text(p, "Name", 1, 128)?.map(str::to_string);
            let ou = org.organizational_units.get(&id).ok_or_else(ou_not_found)?.clone();
            if let Some(name) = name {
                let taken = org.index.child_ous.get(&ou.parent_id).is_some_and(|ids| {
                    ids.iter()
                        .any(|other| *other != id && org.organizational_units[other].name == name)
                });
                if taken {
                    return Err(duplicate_ou());
                }
                if let Some(ou) = org.organizational_units.get_mut(&id) {
                    ou.name = name;
                }
            }
            let ou = ou_json(org, &id);
            Ok(Written::new(json!({ "OrganizationalUnit": ou }), vec![resource(&id)]))
        }
        "DeleteOrganizationalUnit" => {
            let id = required(p, "OrganizationalUnitId")?.to_string();
            if !org.organizational_units.contains_key(&id) {
                return Err(ou_not_found());
            }
            let has_children = org.index.child_ous.get(&id).is_some_and(|c| !c.is_empty())
                || org.index.child_accounts.get(&id).is_some_and(|c| !c.is_empty());
            if has_children {
                return Err(error(
                    "OrganizationalUnitNotEmptyException",
                    "The specified OU is not empty. Move all accounts to another root or to other OUs, remove all child OUs, and try the operation again.",
                ));
            }
            org.delete_organizational_unit(&id);
            Ok(empty(vec![resource(&id)]))
        }
        "MoveAccount" => {
            let account_id = account_id_param(p, "AccountId")?.to_string();
            let source = required(p, "SourceParentId")?.to_string();
            let destination = required(p, "DestinationParentId")?.to_string();
            let account = org.accounts.get(&account_id).ok_or_else(account_not_found)?;
            let source_exists =
                source == org.root.id || org.organizational_units.contains_key(&source);
            if !source_exists || account.parent_id != source {
                return Err(error(
                    "SourceParentNotFoundException",
                    "We can't find a source root or OU with the ParentId that you specified.",
                ));
            }
            if destination != org.root.id && !org.organizational_units.contains_key(&destination) {
                return Err(error(
                    "DestinationParentNotFoundException",
                    "We can't find the destination container (a root or OU) with the ParentId that you specified.",
                ));
            }
            if destination == source {
                return Err(error(
                    "DuplicateAccountException",
                    "That account is already present in the specified destination.",
                ));
            }
            org.move_account(&account_id, &destination);
            Ok(empty(vec![resource(&account_id), resource(&source), resource(&destination)]))
        }
        "CreateAccount" => create_account(call, org, extra_role),
        "CloseAccount" => {
            let account_id = account_id_param(p, "AccountId")?.to_string();
            let account = org.accounts.get(&account_id).ok_or_else(account_not_found)?;
            if account_id == org.management_account_id {
                return Err(constraint(
                    "CANNOT_CLOSE_MANAGEMENT_ACCOUNT",
                    "You attempted to close the management account. To close the management account for the organization, you must first either remove or close all member accounts in the organization.",
                ));
            }
            if matches!(account.state, AccountState::Closed | AccountState::PendingClosure) {
                return Err(error(
                    "AccountAlreadyClosedException",
                    "You attempted to close an account that is already closed.",
                ));
            }
            org.close_account(&account_id);
            Ok(empty(vec![resource(&account_id)]))
        }
        "RemoveAccountFromOrganization" => {
            let account_id = account_id_param(p, "AccountId")?.to_string();
            if !org.accounts.contains_key(&account_id) {
                return Err(account_not_found());
            }
            if account_id == org.management_account_id {
                return Err(error(
                    "MasterCannotLeaveOrganizationException",
                    "You can't remove a management account from an organization. If you want the management account to become a member account in another organization, you must first delete the current organization of the management account.",
                ));
            }
            if org.delegated_administrators.contains_key(&account_id) {
                return Err(constraint(
                    "CANNOT_REMOVE_DELEGATED_ADMINISTRATOR_FROM_ORG",
                    "You attempted to remove an account that is registered as a delegated administrator for a service integrated with your organization. To complete this operation, you must first deregister this account as a delegated administrator.",
                ));
            }
            org.remove_account(&account_id);
            Ok(empty(vec![resource(&account_id)]))
        }
        "CreatePolicy" => {
            let name = text(p, "Name", 1, 128)?.to_string();
            let description = text(p, "Description", 0, 512)?.to_string();
            let policy_type = policy_type_param(p, "Type")?.to_string();
            let content = policy_content(p, true)?.unwrap_or_default();
            let tags = tags_param(p, false)?;
            check_tag_count(&tags)?;
            if duplicate_policy_name(org, &policy_type, &name, "") {
                return Err(duplicate_policy());
            }
            let id = unused_id(
                || format!("p-{}", random_lower(call, 8)),
                |id| org.policies.contains_key(id),
            );
            let policy = Policy {
                id: id.clone(),
                name,
                description,
                policy_type,
                aws_managed: false,
                content,
            };
            org.policies.insert(id.clone(), policy);
            org.reindex();
            apply_tags(org, &id, tags)?;
            Ok(Written::new(policy_json(org, &org.policies[&id]), vec![resource(&id)]))
        }
        "UpdatePolicy" => {
            let id = required(p, "PolicyId")?.to_string();
            let name = optional_text(p, "Name", 1, 128)?.map(str::to_string);
            let description = optional_text(p, "Description", 0, 512)?.map(str::to_string);
            let content = policy_content(p, false)?;
            let policy = find_policy(org, &id)?.clone();
            if policy.aws_managed {
                return Err(immutable_policy());
            }
            if let Some(name) = &name
                && duplicate_policy_name(org, &policy.policy_type, name, &id)
            {
                return Err(duplicate_policy());
            }
            if let Some(stored) = org.policies.get_mut(&id) {
                if let Some(name) = name {
                    stored.name = name;
                }
                if let Some(description) = description {
                    stored.description = description;
                }
                if let Some(content) = content {
                    stored.content = content;
                }
            }
            Ok(Written::new(policy_json(org, &org.policies[&id]), vec![resource(&id)]))
        }
        "DeletePolicy" => {
            let id = required(p, "PolicyId")?.to_string();
            let policy = find_policy(org, &id)?;
            if policy.aws_managed {
                return Err(immutable_policy());
            }
            if org.index.targets_by_policy.get(&id).is_some_and(|t| !t.is_empty()) {
                return Err(error(
                    "PolicyInUseException",
                    "The policy is attached to one or more entities. You must detach it from all roots, OUs, and accounts before performing this operation.",
                ));
            }
            org.delete_policy(&id);
            Ok(empty(vec![resource(&id)]))
        }
        "AttachPolicy" | "DetachPolicy" => {
            let policy_id = required(p, "PolicyId")?.to_string();
            let target = required(p, "TargetId")?.to_string();
            let policy_type = find_policy(org, &policy_id)?.policy_type.clone();
            if !matches!(
                org.kind_of(&target),
                Some(EntityKind::Root | EntityKind::OrganizationalUnit | EntityKind::Account)
            ) {
                return Err(target_not_found());
            }
            let same_type = org
                .attachments
                .get(&target)
                .map(|set| {
                    set.iter()
                        .filter(|id| {
                            org.policies.get(*id).is_some_and(|x| x.policy_type == policy_type)
                        })
                        .count()
                })
                .unwrap_or(0);
            let attached = org.attachments.get(&target).is_some_and(|set| set.contains(&policy_id));
            if operation == "AttachPolicy" {
                if !org.policy_type_enabled(&policy_type) {
                    return Err(error(
                        "PolicyTypeNotEnabledException",
                        "The specified policy type isn't currently enabled in this root. You can't attach policies of the specified type to entities in a root until you enable that type in the root.",
                    ));
                }
                if attached {
                    return Err(error(
                        "DuplicatePolicyAttachmentException",
                        "The selected policy is already attached to the specified target.",
                    ));
                }
                if same_type >= attachment_limit(&policy_type) {
                    return Err(constraint(
                        "MAX_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                        "You attempted to exceed the number of policies of a certain type that can be attached to an entity at one time.",
                    ));
                }
                org.attach_policy(&policy_id, &target);
            } else {
                if !attached {
                    return Err(error(
                        "PolicyNotAttachedException",
                        "The policy isn't attached to the specified target in the specified root.",
                    ));
                }
                let guarded = matches!(
                    policy_type.as_str(),
                    "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY"
                ) && org.policy_type_enabled(&policy_type);
                if guarded && same_type <= 1 {
                    return Err(constraint(
                        "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED",
                        "You attempted to detach a policy from an entity that would cause the entity to have fewer than the minimum number of policies of a certain type required.",
                    ));
                }
                org.detach_policy(&policy_id, &target);
                if org.attachments.get(&target).is_some_and(|set| set.is_empty()) {
                    org.attachments.remove(&target);
                }
            }
            Ok(empty(vec![resource(&policy_id), resource(&target)]))
        }
        "EnablePolicyType" | "DisablePolicyType" => {
            let root_id = required(p, "RootId")?.to_string();
            let policy_type = policy_type_param(p, "PolicyType")?.to_string();
            if root_id != org.root.id {
                return Err(error(
                    "RootNotFoundException",
                    "We can't find a root with the RootId that you specified.",
                ));
            }
            let enabled = org.policy_type_enabled(&policy_type);
            if operation == "EnablePolicyType" {
                if enabled {
                    return Err(error(
                        "PolicyTypeAlreadyEnabledException",
                        "The specified policy type is already enabled.",
                    ));
                }
                org.enable_policy_type(&policy_type);
                // Enabling SCPs or RCPs attaches the AWS-managed full-access
                // policy of the type to the root, every OU and every account.
                if matches!(
                    policy_type.as_str(),
                    "SERVICE_CONTROL_POLICY" | "RESOURCE_CONTROL_POLICY"
                ) {
                    let targets: Vec<String> = std::iter::once(org.root.id.clone())
                        .chain(org.organizational_units.keys().cloned())
                        .chain(org.accounts.keys().cloned())
                        .collect();
                    for target in targets {
                        attach_managed_defaults(org, &target, Some(&policy_type));
                    }
                }
            } else {
                if !enabled {
                    return Err(error(
                        "PolicyTypeNotEnabledException",
                        "This operation can be performed only for enabled policy types.",
                    ));
                }
                org.disable_policy_type(&policy_type);
            }
            Ok(Written::new(json!({ "Root": root_json(org) }), vec![resource(&root_id)]))
        }
        "TagResource" | "UntagResource" => {
            let id = required(p, "ResourceId")?.to_string();
            if org.kind_of(&id).is_none() {
                return Err(target_not_found());
            }
            if operation == "TagResource" {
                let tags = tags_param(p, true)?;
                apply_tags(org, &id, tags)?;
            } else {
                let keys: Vec<String> = match p.get("TagKeys") {
                    Some(Value::Array(keys)) => {
                        keys.iter().filter_map(Value::as_str).map(str::to_string).collect()
                    }
                    _ => {
                        return Err(ApiError::invalid_input(
                            "INPUT_REQUIRED",
                            "You must specify a value for TagKeys.",
                        ));
                    }
                };
                org.untag_resource(&id, &keys);
            }
            Ok(empty(vec![resource(&id)]))
        }
        "RegisterDelegatedAdministrator" | "DeregisterDelegatedAdministrator" => {
            let account_id = account_id_param(p, "AccountId")?.to_string();
            let principal = service_principal(p)?.to_string();
            if !org.accounts.contains_key(&account_id) {
                return Err(account_not_found());
            }
            let registered = org
                .delegated_administrators
                .get(&account_id)
                .is_some_and(|s| s.contains_key(&principal));
            if operation == "RegisterDelegatedAdministrator" {
                if account_id == org.management_account_id {
                    return Err(constraint(
                        "CANNOT_REGISTER_MASTER_AS_DELEGATED_ADMINISTRATOR",
                        "You attempted to register the management account of the organization as a delegated administrator for an AWS service integrated with Organizations.",
                    ));
                }
                if registered {
                    return Err(error(
                        "AccountAlreadyRegisteredException",
                        "The provided account is already a delegated administrator for your organization.",
                    ));
                }
                let now = now_s(call);
                org.delegated_administrators
                    .entry(account_id.clone())
                    .or_default()
                    .insert(principal, now);
            } else {
                if !registered {
                    return Err(error(
                        "AccountNotRegisteredException",
                        "The provided account is not a registered delegated administrator for your organization.",
                    ));
                }
                if let Some(services) = org.delegated_administrators.get_mut(&account_id) {
                    services.remove(&principal);
                    if services.is_empty() {
                        org.delegated_administrators.remove(&account_id);
                    }
                }
            }
            Ok(empty(vec![resource(&account_id)]))
        }
        "EnableAWSServiceAccess" => {
            let principal = service_principal(p)?.to_string();
            let now = now_s(call);
            org.enabled_services.entry(principal).or_insert(now);
            Ok(empty(Vec::new()))
        }
        "DisableAWSServiceAccess" => {
            let principal = service_principal(p)?.to_string();
            org.enabled_services.remove(&principal);
            Ok(empty(Vec::new()))
        }
        other => Err(ApiError::unknown_operation(Service::Organizations, other)),
    }
}

fn create_account(
    call: &Call<'_>,
    org: &mut Organization,
    extra_role: &mut Option<RoleSpec>,
) -> Result<Written, ApiError> {
    let p = call.params;
    let email = text(p, "Email", 6, 64)?.to_string();
    if !email.split_once('@').is_some_and(|(user, host)| !user.is_empty() && host.contains('.')) {
        return Err(ApiError::invalid_input(
            "INVALID_EMAIL_ADDRESS_TARGET",
            "You specified an invalid email address for the invited account owner.",
        ));
    }
    let name = text(p, "AccountName", 1, 50)?.to_string();
    let role_name = optional_text(p, "RoleName", 1, 64)?
        .unwrap_or(ORGANIZATION_ACCOUNT_ACCESS_ROLE)
        .to_string();
    if let Some(access) = p.get("IamUserAccessToBilling").and_then(Value::as_str)
        && !matches!(access, "ALLOW" | "DENY")
    {
        return Err(invalid_enum("IamUserAccessToBilling", access));
    }
    let tags = tags_param(p, false)?;
    check_tag_count(&tags)?;
    let now = now_s(call);
    let request_id = unused_id(
        || format!("car-{}", random_lower(call, 32)),
        |id| org.create_account_statuses.contains_key(id),
    );
    let email_taken = org.accounts.values().any(|a| a.email.eq_ignore_ascii_case(&email));
    let mut status = CreateAccountStatus {
        id: request_id.clone(),
        account_name: name.clone(),
        state: "IN_PROGRESS".to_string(),
        requested_timestamp: now,
        completed_timestamp: None,
        account_id: None,
        gov_cloud_account_id: None,
        failure_reason: None,
    };
    let response = json!({ "CreateAccountStatus": create_account_status_json(&status) });
    let mut resources = Vec::new();
    status.completed_timestamp = Some(now);
    if email_taken {
        status.state = "FAILED".to_string();
        status.failure_reason = Some("EMAIL_ALREADY_EXISTS".to_string());
    } else {
        let account_id = unused_id(
            || {
                let n: u64 =
                    call.state.id_rng.lock().random_range(100_000_000_000..1_000_000_000_000);
                format!("{n:012}")
            },
            |id| org.accounts.contains_key(id),
        );
        org.accounts.insert(
            account_id.clone(),
            Account {
                id: account_id.clone(),
                name,
                email,
                parent_id: org.root.id.clone(),
                state: AccountState::Active,
                joined_method: "CREATED".to_string(),
                joined_timestamp: now,
                created_timestamp: Some(now),
            },
        );
        org.reindex();
        apply_tags(org, &account_id, tags)?;
        attach_managed_defaults(org, &account_id, None);
        if role_name != ORGANIZATION_ACCOUNT_ACCESS_ROLE {
            *extra_role = Some(
                RoleSpec::new(format!("arn:aws:iam::{account_id}:role/{role_name}"))
                    .trust(format!("arn:aws:iam::{}:root", org.management_account_id)),
            );
        }
        status.state = "SUCCEEDED".to_string();
        status.account_id = Some(account_id.clone());
        resources.push(resource(&account_id));
    }
    // AWS reports the outcome with a CreateAccountResult service event.
    let mut details = json!({ "createAccountStatus": {
        "id": status.id,
        "state": status.state,
        "accountName": "****",
        "requestedTimestamp": crate::trail::rfc3339(status.requested_timestamp * 1000),
        "completedTimestamp": crate::trail::rfc3339(now * 1000),
    } });
    if let Some(id) = &status.account_id {
        details["createAccountStatus"]["accountId"] = json!(id);
    }
    if let Some(reason) = &status.failure_reason {
        details["createAccountStatus"]["failureReason"] = json!(reason);
    }
    let service_event = crate::trail::ServiceEvent {
        event_name: "CreateAccountResult".to_string(),
        details,
        resources: resources.clone(),
    };
    org.create_account_statuses.insert(request_id, status);
    Ok(Written { service_event: Some(service_event), response, resources })
}
