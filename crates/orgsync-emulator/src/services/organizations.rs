//! AWS Organizations read operations (JSON 1.1).
//!
//! Callers must be in the management account or a delegated administrator
//! (DescribeOrganization: any member). Effective policies are computed by
//! merging the documents of that type attached on the path root → OUs →
//! account, in that order and, at one level, in policy-id order:
//! objects merge key by key; a member whose value is an object holding
//! `@@assign` replaces what was inherited; `@@append` adds to an inherited
//! `@@assign` list; `@@remove` removes values from it; any other value
//! replaces. SCP and RCP have no effective policy (InvalidInputException,
//! as on AWS); a type not enabled on the root, or with nothing attached on
//! the path, gives EffectivePolicyNotFoundException.
//!
//! The write operations are in `organizations_write`.
//!
//! ListHandshakesForOrganization (optional `Filter.ActionType` /
//! `Filter.ParentHandshakeId`) and ListCreateAccountStatus (optional
//! `States`) page like every list; DescribeResourcePolicy answers
//! ResourcePolicyNotFoundException when the organization has none.

use serde_json::{Map, Value, json};

use super::Call;
use crate::model::{
    Account, EntityKind, Organization, POLICY_TYPES, Policy, is_effective_policy_type,
};
use crate::paging::page;
use crate::protocol::{ApiError, Service};

/// Operations this module serves.
pub const OPERATIONS: [&str; 26] = [
    "DescribeOrganization",
    "ListRoots",
    "ListOrganizationalUnitsForParent",
    "ListAccountsForParent",
    "ListAccounts",
    "ListChildren",
    "ListParents",
    "DescribeAccount",
    "DescribeOrganizationalUnit",
    "ListPolicies",
    "DescribePolicy",
    "ListTargetsForPolicy",
    "ListPoliciesForTarget",
    "ListTagsForResource",
    "ListAWSServiceAccessForOrganization",
    "ListDelegatedAdministrators",
    "ListDelegatedServicesForAccount",
    "DescribeEffectivePolicy",
    "ListHandshakesForOrganization",
    "ListCreateAccountStatus",
    "DescribeCreateAccountStatus",
    "DescribeResourcePolicy",
    "ListAccountsWithInvalidEffectivePolicy",
    "ListEffectivePolicyValidationErrors",
    "ListInboundResponsibilityTransfers",
    "ListOutboundResponsibilityTransfers",
];

/// Serves one Organizations operation.
pub(crate) fn handle(call: &Call<'_>, operation: &str) -> Result<Value, ApiError> {
    if !OPERATIONS.contains(&operation) {
        return Err(ApiError::unknown_operation(Service::Organizations, operation));
    }
    // Taken before the organization lock: locks are never nested.
    let denied_types = call.state.identity.read().denied_policy_types(call.principal);
    let org = call.state.org.read();
    if !call.in_organization(&org) {
        return Err(not_in_use());
    }
    let caller_account = &call.principal.account_id;
    let privileged = *caller_account == org.management_account_id
        || org.delegated_administrators.contains_key(caller_account);
    if operation != "DescribeOrganization" && !privileged {
        return Err(ApiError::access_denied(
            Service::Organizations,
            "You don't have permissions to access this resource.",
        ));
    }
    let p = call.params;
    match operation {
        "DescribeOrganization" => Ok(json!({ "Organization": organization_json(&org) })),
        "ListRoots" => call.page_of("ListRoots", &[&org.root.id], "Roots", |_| root_json(&org)),
        "ListOrganizationalUnitsForParent" => {
            let parent = required(p, "ParentId")?;
            ensure_parent(&org, parent)?;
            let ids = org.index.child_ous.get(parent).map(Vec::as_slice).unwrap_or(&[]);
            let listing = format!("ListOrganizationalUnitsForParent:{parent}");
            call.page_of(&listing, ids, "OrganizationalUnits", |id| ou_json(&org, id))
        }
        "ListAccountsForParent" => {
            let parent = required(p, "ParentId")?;
            ensure_parent(&org, parent)?;
            let ids = org.index.child_accounts.get(parent).map(Vec::as_slice).unwrap_or(&[]);
            let listing = format!("ListAccountsForParent:{parent}");
            call.page_of(&listing, ids, "Accounts", |id| call.account_json(&org, &org.accounts[id]))
        }
        "ListAccounts" => call.page_of("ListAccounts", &org.index.account_ids, "Accounts", |id| {
            call.account_json(&org, &org.accounts[id])
        }),
        "ListChildren" => {
            let parent = required(p, "ParentId")?;
            let child_type = required(p, "ChildType")?;
            ensure_parent(&org, parent)?;
            let ids = match child_type {
                "ACCOUNT" => org.index.child_accounts.get(parent),
                "ORGANIZATIONAL_UNIT" => org.index.child_ous.get(parent),
                other => {
                    return Err(ApiError::invalid_input(
                        "INVALID_ENUM",
                        format!("ChildType `{other}` is not one of ACCOUNT, ORGANIZATIONAL_UNIT."),
                    ));
                }
            };
            let ids = ids.map(Vec::as_slice).unwrap_or(&[]);
            let listing = format!("ListChildren:{parent}:{child_type}");
            call.page_of(&listing, ids, "Children", |id| json!({ "Id": id, "Type": child_type }))
        }
        "ListParents" => {
            let child = required(p, "ChildId")?;
            let parent = match org.kind_of(child) {
                Some(EntityKind::Account | EntityKind::OrganizationalUnit) => org.parent_of(child),
                _ => None,
            }
            .ok_or_else(|| {
                ApiError::new(400, "ChildNotFoundException", "We can't find an organizational unit (OU) or AWS account with the ChildId that you specified.")
            })?;
            let kind = if parent == org.root.id { "ROOT" } else { "ORGANIZATIONAL_UNIT" };
            call.page_of(
                &format!("ListParents:{child}"),
                &[parent],
                "Parents",
                |_| json!({ "Id": parent, "Type": kind }),
            )
        }
        "DescribeAccount" => {
            let id = account_id_param(p, "AccountId")?;
            let account = org.accounts.get(id).ok_or_else(account_not_found)?;
            Ok(json!({ "Account": call.account_json(&org, account) }))
        }
        "DescribeOrganizationalUnit" => {
            let id = required(p, "OrganizationalUnitId")?;
            if !org.organizational_units.contains_key(id) {
                return Err(ou_not_found());
            }
            Ok(json!({ "OrganizationalUnit": ou_json(&org, id) }))
        }
        "ListPolicies" => {
            let policy_type = policy_filter(call, p)?;
            ensure_policy_type_readable(&denied_types, policy_type)?;
            let ids = org.index.policies_by_type.get(policy_type).map(Vec::as_slice).unwrap_or(&[]);
            call.page_of(&format!("ListPolicies:{policy_type}"), ids, "Policies", |id| {
                policy_summary(&org, &org.policies[id])
            })
        }
        "DescribePolicy" => {
            let policy = find_policy(&org, required(p, "PolicyId")?)?;
            ensure_policy_type_readable(&denied_types, &policy.policy_type)?;
            Ok(policy_json(&org, policy))
        }
        "ListTargetsForPolicy" => {
            let policy = find_policy(&org, required(p, "PolicyId")?)?;
            let ids = org.index.targets_by_policy.get(&policy.id).map(Vec::as_slice).unwrap_or(&[]);
            let pg = call.page(&format!("ListTargetsForPolicy:{}", policy.id), ids, true)?;
            let targets: Vec<Value> =
                ids[pg.start..pg.end].iter().filter_map(|id| target_json(&org, id)).collect();
            Ok(with_token(json!({ "Targets": targets }), pg.next_token))
        }
        "ListPoliciesForTarget" => {
            let target = required(p, "TargetId")?;
            let policy_type = policy_filter(call, p)?;
            if !matches!(
                org.kind_of(target),
                Some(EntityKind::Root | EntityKind::OrganizationalUnit | EntityKind::Account)
            ) {
                return Err(target_not_found());
            }
            let ids: Vec<&String> = org
                .attachments
                .get(target)
                .map(|set| {
                    set.iter()
                        .filter(|id| {
                            org.policies.get(*id).is_some_and(|x| x.policy_type == policy_type)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let listing = format!("ListPoliciesForTarget:{target}:{policy_type}");
            call.page_of(&listing, &ids, "Policies", |id| policy_summary(&org, &org.policies[*id]))
        }
        "ListTagsForResource" => {
            let resource = required(p, "ResourceId")?;
            if org.kind_of(resource).is_none() {
                return Err(target_not_found());
            }
            let tags = org.tags.get(resource).map(Vec::as_slice).unwrap_or(&[]);
            let keys: Vec<&str> = tags.iter().map(|t| t.key.as_str()).collect();
            let pg = call.page(&format!("ListTagsForResource:{resource}"), &keys, false)?;
            let tags: Vec<Value> = tags[pg.start..pg.end]
                .iter()
                .map(|t| json!({ "Key": t.key, "Value": t.value }))
                .collect();
            Ok(with_token(json!({ "Tags": tags }), pg.next_token))
        }
        "ListAWSServiceAccessForOrganization" => {
            let services: Vec<&String> = org.enabled_services.keys().collect();
            call.page_of(
                "ListAWSServiceAccessForOrganization",
                &services,
                "EnabledServicePrincipals",
                |s| json!({ "ServicePrincipal": s, "DateEnabled": org.enabled_services[*s] }),
            )
        }
        "ListDelegatedAdministrators" => {
            let service = p.get("ServicePrincipal").and_then(Value::as_str);
            let ids = match service {
                Some(s) => org.index.delegated_by_service.get(s).map(Vec::as_slice).unwrap_or(&[]),
                None => org.index.delegated_admin_ids.as_slice(),
            };
            let pg = call.page(
                &format!("ListDelegatedAdministrators:{}", service.unwrap_or("")),
                ids,
                true,
            )?;
            let items: Vec<Value> = ids[pg.start..pg.end]
                .iter()
                .filter_map(|id| {
                    let account = org.accounts.get(id)?;
                    let services = org.delegated_administrators.get(id)?;
                    let date = match service {
                        Some(s) => services.get(s).copied(),
                        None => services.values().min().copied(),
                    }
                    .unwrap_or(account.joined_timestamp);
                    let mut v = call.account_json(&org, account);
                    if let Some(map) = v.as_object_mut() {
                        map.remove("Paths");
                        map.insert("DelegationEnabledDate".into(), json!(date));
                    }
                    Some(v)
                })
                .collect();
            Ok(with_token(json!({ "DelegatedAdministrators": items }), pg.next_token))
        }
        "ListDelegatedServicesForAccount" => {
            let id = required(p, "AccountId")?;
            if !org.accounts.contains_key(id) {
                return Err(account_not_found());
            }
            let services = org.delegated_administrators.get(id).ok_or_else(|| {
                ApiError::new(400, "AccountNotRegisteredException", "The provided account is not a registered delegated administrator for your organization.")
            })?;
            let keys: Vec<&String> = services.keys().collect();
            let listing = format!("ListDelegatedServicesForAccount:{id}");
            call.page_of(
                &listing,
                &keys,
                "DelegatedServices",
                |s| json!({ "ServicePrincipal": s, "DelegationEnabledDate": services[*s] }),
            )
        }
        "DescribeEffectivePolicy" => describe_effective_policy(call, &org),
        "ListHandshakesForOrganization" => list_handshakes(call, &org),
        "ListInboundResponsibilityTransfers" => list_transfers(call, &org, "INBOUND"),
        "ListOutboundResponsibilityTransfers" => list_transfers(call, &org, "OUTBOUND"),
        "ListAccountsWithInvalidEffectivePolicy" => {
            let policy_type = management_policy_type(&org, p)?;
            let ids: Vec<&String> = org
                .invalid_effective_policies
                .iter()
                .filter(|(id, types)| {
                    types.contains_key(policy_type) && org.accounts.contains_key(*id)
                })
                .map(|(id, _)| id)
                .collect();
            let listing = format!("ListAccountsWithInvalidEffectivePolicy:{policy_type}");
            let pg = call.page(&listing, &ids, true)?;
            let accounts: Vec<Value> = ids[pg.start..pg.end]
                .iter()
                .map(|id| call.account_json(&org, &org.accounts[*id]))
                .collect();
            Ok(with_token(
                json!({ "Accounts": accounts, "PolicyType": policy_type }),
                pg.next_token,
            ))
        }
        "ListEffectivePolicyValidationErrors" => {
            let policy_type = management_policy_type(&org, p)?;
            let id = required(p, "AccountId")?;
            if !org.accounts.contains_key(id) {
                return Err(account_not_found());
            }
            let invalid = org.invalid_effective_policies.get(id).and_then(|t| t.get(policy_type));
            let errors = invalid.map(|i| i.errors.as_slice()).unwrap_or(&[]);
            let keys: Vec<String> = (0..errors.len()).map(|n| n.to_string()).collect();
            let listing = format!("ListEffectivePolicyValidationErrors:{id}:{policy_type}");
            let pg = call.page(&listing, &keys, true)?;
            let items: Vec<Value> = errors[pg.start..pg.end]
                .iter()
                .map(|e| {
                    json!({
                        "ErrorCode": e.error_code,
                        "ErrorMessage": e.error_message,
                        "PathToError": e.path_to_error,
                        "ContributingPolicies": e.contributing_policies,
                    })
                })
                .collect();
            let mut answer = json!({
                "AccountId": id,
                "PolicyType": policy_type,
                "Path": org.path_of(id),
                "EffectivePolicyValidationErrors": items,
            });
            if let Some(invalid) = invalid {
                answer["EvaluationTimestamp"] = json!(invalid.evaluation_timestamp);
            }
            Ok(with_token(answer, pg.next_token))
        }
        "ListCreateAccountStatus" => list_create_account_status(call, &org),
        "DescribeCreateAccountStatus" => {
            let id = required(p, "CreateAccountRequestId")?;
            let status = org.create_account_statuses.get(id).ok_or_else(|| {
                ApiError::new(
                    400,
                    "CreateAccountStatusNotFoundException",
                    "We can't find an create account request with the CreateAccountRequestId that you specified.",
                )
            })?;
            Ok(json!({ "CreateAccountStatus": create_account_status_json(status) }))
        }
        "DescribeResourcePolicy" => {
            let policy = org.resource_policy.as_ref().ok_or_else(|| {
                ApiError::new(
                    400,
                    "ResourcePolicyNotFoundException",
                    "We can't find a resource policy request with the parameter that you specified.",
                )
            })?;
            Ok(json!({ "ResourcePolicy": {
                "ResourcePolicySummary": { "Id": policy.id, "Arn": org.resource_policy_arn(policy) },
                "Content": policy.content,
            } }))
        }
        _ => Err(ApiError::unknown_operation(Service::Organizations, operation)),
    }
}

impl Call<'_> {
    fn page<K: AsRef<str>>(
        &self,
        listing: &str,
        keys: &[K],
        accepts_max_results: bool,
    ) -> Result<crate::paging::Page, ApiError> {
        let mut rng = self.state.paging_rng.lock();
        page(self.params, listing, keys, &self.spec.paging, &mut *rng, accepts_max_results)
    }

    /// One page of the listing of `keys` (see [`Call::page`]): `render` of
    /// each key of the page, under `field`, and the next token.
    fn page_of<K: AsRef<str>>(
        &self,
        listing: &str,
        keys: &[K],
        field: &str,
        render: impl FnMut(&K) -> Value,
    ) -> Result<Value, ApiError> {
        let pg = self.page(listing, keys, true)?;
        let items: Vec<Value> = keys[pg.start..pg.end].iter().map(render).collect();
        Ok(with_token(json!({ field: items }), pg.next_token))
    }

    pub(super) fn account_json(&self, org: &Organization, account: &Account) -> Value {
        let mut map = Map::new();
        map.insert("Id".into(), json!(account.id));
        map.insert("Arn".into(), json!(org.account_arn(&account.id)));
        map.insert("Email".into(), json!(account.email));
        map.insert("Name".into(), json!(account.name));
        if self.spec.legacy_account_status {
            map.insert("Status".into(), json!(account.state.legacy_status()));
        }
        map.insert("State".into(), json!(account.state.as_str()));
        match org.reported_paths.get(&account.id) {
            None => {
                map.insert("Paths".into(), json!([org.path_of(&account.id)]));
            }
            Some(paths) if paths.is_empty() => {}
            Some(paths) => {
                map.insert("Paths".into(), json!(paths));
            }
        }
        map.insert("JoinedMethod".into(), json!(account.joined_method));
        map.insert("JoinedTimestamp".into(), json!(account.joined_timestamp));
        Value::Object(map)
    }
}

fn ensure_policy_type_readable(
    denied: &std::collections::HashSet<String>,
    policy_type: &str,
) -> Result<(), ApiError> {
    if denied.contains(policy_type) {
        return Err(ApiError::access_denied(
            Service::Organizations,
            format!("You don't have permissions to access policies of type {policy_type}."),
        ));
    }
    Ok(())
}

pub(super) fn with_token(mut value: Value, token: Option<String>) -> Value {
    if let (Some(token), Some(map)) = (token, value.as_object_mut()) {
        map.insert("NextToken".into(), Value::String(token));
    }
    value
}

pub(super) fn required<'a>(params: &'a Value, name: &str) -> Result<&'a str, ApiError> {
    params.get(name).and_then(Value::as_str).filter(|s| !s.is_empty()).ok_or_else(|| {
        ApiError::invalid_input("INPUT_REQUIRED", format!("You must specify a value for {name}."))
    })
}

fn policy_filter<'a>(call: &Call<'_>, params: &'a Value) -> Result<&'a str, ApiError> {
    let filter = required(params, "Filter")?;
    let offered = &call.spec.offered_policy_types;
    if POLICY_TYPES.contains(&filter) && (offered.is_empty() || offered.iter().any(|t| t == filter))
    {
        Ok(filter)
    } else {
        Err(invalid_policy_type(filter))
    }
}

pub(super) fn ensure_parent(org: &Organization, parent: &str) -> Result<(), ApiError> {
    if parent == org.root.id || org.organizational_units.contains_key(parent) {
        Ok(())
    } else {
        Err(ApiError::new(
            400,
            "ParentNotFoundException",
            "We can't find a root or OU with the ParentId that you specified.",
        ))
    }
}

/// InvalidInputException `INVALID_ENUM`: `value` is not one `name` takes.
pub(super) fn invalid_enum(name: &str, value: impl std::fmt::Display) -> ApiError {
    ApiError::invalid_input(
        "INVALID_ENUM",
        format!("You specified an invalid value for {name}: {value}."),
    )
}

/// InvalidInputException `INVALID_ENUM_POLICY_TYPE`.
pub(super) fn invalid_policy_type(policy_type: &str) -> ApiError {
    ApiError::invalid_input(
        "INVALID_ENUM_POLICY_TYPE",
        format!("You specified an invalid value for the policy type: {policy_type}."),
    )
}

/// The 12-digit account id in the parameter `name`.
pub(super) fn account_id_param<'a>(params: &'a Value, name: &str) -> Result<&'a str, ApiError> {
    let id = required(params, name)?;
    if id.len() != 12 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::invalid_input(
            "INVALID_PATTERN",
            format!(
                "You provided a value that does not match the required pattern: {name} must be 12 digits."
            ),
        ));
    }
    Ok(id)
}

pub(super) fn not_in_use() -> ApiError {
    ApiError::new(
        400,
        "AWSOrganizationsNotInUseException",
        "Your account is not a member of an organization.",
    )
}

pub(super) fn account_not_found() -> ApiError {
    ApiError::new(400, "AccountNotFoundException", "You specified an account that doesn't exist.")
}

pub(super) fn target_not_found() -> ApiError {
    ApiError::new(
        400,
        "TargetNotFoundException",
        "We can't find a root, OU, account, or policy with the TargetId that you specified.",
    )
}

pub(super) fn ou_not_found() -> ApiError {
    ApiError::new(
        400,
        "OrganizationalUnitNotFoundException",
        "We can't find an OU with the OrganizationalUnitId that you specified.",
    )
}

pub(super) fn find_policy<'a>(org: &'a Organization, id: &str) -> Result<&'a Policy, ApiError> {
    org.policies.get(id).ok_or_else(|| {
        ApiError::new(
            400,
            "PolicyNotFoundException",
            "We can't find a policy with the PolicyId that you specified.",
        )
    })
}

pub(super) fn organization_json(org: &Organization) -> Value {
    json!({
        "Id": org.id,
        "Arn": org.arn(),
        "FeatureSet": org.feature_set,
        "MasterAccountArn": org.management_account_arn(),
        "MasterAccountId": org.management_account_id,
        "MasterAccountEmail": org.accounts.get(&org.management_account_id).map(|a| a.email.as_str()).unwrap_or(""),
        "AvailablePolicyTypes": [{ "Type": "SERVICE_CONTROL_POLICY", "Status": "ENABLED" }],
    })
}

pub(super) fn root_json(org: &Organization) -> Value {
    let types: Vec<Value> = org
        .root
        .policy_types
        .iter()
        .map(|t| json!({ "Type": t.policy_type, "Status": t.status }))
        .collect();
    json!({ "Id": org.root.id, "Arn": org.root_arn(), "Name": org.root.name, "PolicyTypes": types })
}

pub(super) fn ou_json(org: &Organization, id: &str) -> Value {
    let ou = &org.organizational_units[id];
    let mut v = json!({ "Id": ou.id, "Arn": org.ou_arn(&ou.id), "Name": ou.name });
    match org.reported_paths.get(id) {
        None => v["Path"] = json!(org.path_of(&ou.id)),
        Some(paths) => {
            if let Some(path) = paths.first() {
                v["Path"] = json!(path);
            }
        }
    }
    v
}

/// A policy with its content, as DescribePolicy, CreatePolicy and
/// UpdatePolicy answer it.
pub(super) fn policy_json(org: &Organization, policy: &Policy) -> Value {
    json!({ "Policy": { "PolicySummary": policy_summary(org, policy), "Content": policy.content } })
}

pub(super) fn policy_summary(org: &Organization, policy: &Policy) -> Value {
    json!({
        "Id": policy.id,
        "Arn": org.policy_arn(policy),
        "Name": policy.name,
        "Description": policy.description,
        "Type": policy.policy_type,
        "AwsManaged": policy.aws_managed,
    })
}

fn target_json(org: &Organization, id: &str) -> Option<Value> {
    let (arn, name, kind) = match org.kind_of(id)? {
        EntityKind::Root => (org.root_arn(), org.root.name.clone(), "ROOT"),
        EntityKind::OrganizationalUnit => {
            (org.ou_arn(id), org.organizational_units[id].name.clone(), "ORGANIZATIONAL_UNIT")
        }
        EntityKind::Account => (org.account_arn(id), org.accounts[id].name.clone(), "ACCOUNT"),
        EntityKind::Policy => return None,
    };
    Some(json!({ "TargetId": id, "Arn": arn, "Name": name, "Type": kind }))
}

fn describe_effective_policy(call: &Call<'_>, org: &Organization) -> Result<Value, ApiError> {
    let policy_type = required(call.params, "PolicyType")?;
    if !is_effective_policy_type(policy_type) {
        return Err(ApiError::invalid_input(
            "INVALID_ENUM_POLICY_TYPE",
            format!(
                "You specified an invalid value for the policy type: {policy_type}. Effective policies exist only for management policy types."
            ),
        ));
    }
    let target = call
        .params
        .get("TargetId")
        .and_then(Value::as_str)
        .unwrap_or(call.principal.account_id.as_str());
    match org.kind_of(target) {
        Some(EntityKind::Account) => {}
        Some(_) => {
            return Err(ApiError::invalid_input(
                "INVALID_PARTY_TYPE_TARGET",
                "You can request an effective policy only for an account.",
            ));
        }
        None => return Err(target_not_found()),
    }
    let not_found = || {
        ApiError::new(
            400,
            "EffectivePolicyNotFoundException",
            "We can't find an effective policy of the specified type for the target.",
        )
    };
    if !org.policy_type_enabled(policy_type) {
        return Err(not_found());
    }
    let mut merged = Map::new();
    let mut any = false;
    for level in org.lineage(target) {
        let Some(attached) = org.attachments.get(&level) else { continue };
        for policy_id in attached {
            let Some(policy) = org.policies.get(policy_id) else { continue };
            if policy.policy_type != policy_type {
                continue;
            }
            if let Ok(Value::Object(doc)) = serde_json::from_str::<Value>(&policy.content) {
                merge_effective(&mut merged, &doc);
                any = true;
            }
        }
    }
    if !any {
        return Err(not_found());
    }
    let last_updated = org.accounts.get(target).map(|a| a.joined_timestamp).unwrap_or(0);
    Ok(json!({
        "EffectivePolicy": {
            "PolicyContent": serde_json::to_string(&Value::Object(merged)).unwrap_or_default(),
            "LastUpdatedTimestamp": last_updated,
            "TargetId": target,
            "PolicyType": policy_type,
        }
    }))
}

/// The `PolicyType` of a call about effective policies: a management
/// policy type enabled on the root.
fn management_policy_type<'a>(org: &Organization, params: &'a Value) -> Result<&'a str, ApiError> {
    let policy_type = required(params, "PolicyType")?;
    if !is_effective_policy_type(policy_type) {
        return Err(invalid_policy_type(policy_type));
    }
    if !org.policy_type_enabled(policy_type) {
        return Err(ApiError::new(
            400,
            "PolicyTypeNotEnabledException",
            "The specified policy type isn't currently enabled in this root.",
        ));
    }
    Ok(policy_type)
}

fn list_transfers(call: &Call<'_>, org: &Organization, direction: &str) -> Result<Value, ApiError> {
    let kind = required(call.params, "Type")?;
    if kind != "BILLING" {
        return Err(invalid_enum("Type", kind));
    }
    let only = call.params.get("Id").and_then(Value::as_str);
    let ids: Vec<&String> = org
        .responsibility_transfers
        .values()
        .filter(|t| t.direction == direction && only.is_none_or(|id| t.id == id))
        .map(|t| &t.id)
        .collect();
    if let Some(id) = only
        && ids.is_empty()
        && direction == "INBOUND"
    {
        return Err(ApiError::new(
            400,
            "ResponsibilityTransferNotFoundException",
            format!("We can't find a transfer with the ID {id}."),
        ));
    }
    let listing = format!("List{direction}ResponsibilityTransfers:{}", only.unwrap_or(""));
    let participant = |p: &crate::model::TransferParticipant| json!({ "ManagementAccountId": p.management_account_id, "ManagementAccountEmail": p.management_account_email });
    call.page_of(&listing, &ids, "ResponsibilityTransfers", |id| {
        let t = &org.responsibility_transfers[*id];
        let mut v = json!({
            "Arn": org.transfer_arn(t),
            "Name": t.name,
            "Id": t.id,
            "Type": "BILLING",
            "Status": t.status,
            "Source": participant(&t.source),
            "Target": participant(&t.target),
            "StartTimestamp": t.start_timestamp,
        });
        if let Some(end) = t.end_timestamp {
            v["EndTimestamp"] = json!(end);
        }
        if let Some(h) = &t.active_handshake_id {
            v["ActiveHandshakeId"] = json!(h);
        }
        v
    })
}

const HANDSHAKE_ACTIONS: [&str; 5] = [
    "INVITE",
    "ENABLE_ALL_FEATURES",
    "APPROVE_ALL_FEATURES",
    "ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE",
    "TRANSFER_RESPONSIBILITY",
];

fn list_handshakes(call: &Call<'_>, org: &Organization) -> Result<Value, ApiError> {
    let filter = call.params.get("Filter");
    let action = filter.and_then(|f| f.get("ActionType")).and_then(Value::as_str);
    let parent = filter.and_then(|f| f.get("ParentHandshakeId")).and_then(Value::as_str);
    if action.is_some() && parent.is_some() {
        return Err(ApiError::invalid_input(
            "INVALID_INPUT",
            "You can specify only one of ActionType and ParentHandshakeId in the filter.",
        ));
    }
    if let Some(action) = action.filter(|a| !HANDSHAKE_ACTIONS.contains(a)) {
        return Err(invalid_enum("ActionType", action));
    }
    let ids: Vec<&String> = org
        .handshakes
        .values()
        .filter(|h| action.is_none_or(|a| h.action == a))
        .filter(|h| {
            parent.is_none_or(|p| {
                h.resources.iter().any(|r| r.resource_type == "PARENT_HANDSHAKE" && r.value == p)
            })
        })
        .map(|h| &h.id)
        .collect();
    let listing =
        format!("ListHandshakesForOrganization:{}:{}", action.unwrap_or(""), parent.unwrap_or(""));
    call.page_of(&listing, &ids, "Handshakes", |id| handshake_json(org, &org.handshakes[*id]))
}

fn handshake_json(org: &Organization, h: &crate::model::Handshake) -> Value {
    fn resources(list: &[crate::model::HandshakeResource]) -> Vec<Value> {
        list.iter()
            .map(|r| {
                let mut v = json!({ "Type": r.resource_type, "Value": r.value });
                if !r.resources.is_empty() {
                    v["Resources"] = Value::Array(resources(&r.resources));
                }
                v
            })
            .collect()
    }
    let parties: Vec<Value> =
        h.parties.iter().map(|p| json!({ "Id": p.id, "Type": p.party_type })).collect();
    json!({
        "Id": h.id,
        "Arn": org.handshake_arn(h),
        "Parties": parties,
        "State": h.state,
        "RequestedTimestamp": h.requested_timestamp,
        "ExpirationTimestamp": h.expiration_timestamp,
        "Action": h.action,
        "Resources": resources(&h.resources),
    })
}

const CREATE_ACCOUNT_STATES: [&str; 3] = ["IN_PROGRESS", "SUCCEEDED", "FAILED"];

fn list_create_account_status(call: &Call<'_>, org: &Organization) -> Result<Value, ApiError> {
    let states: Vec<&str> = match call.params.get("States") {
        None | Some(Value::Null) => CREATE_ACCOUNT_STATES.to_vec(),
        Some(Value::Array(list)) => {
            let mut states = Vec::new();
            for s in list {
                match s.as_str() {
                    Some(s) if CREATE_ACCOUNT_STATES.contains(&s) => states.push(s),
                    _ => return Err(invalid_enum("States", s)),
                }
            }
            states
        }
        Some(other) => {
            return Err(ApiError::invalid_input(
                "INVALID_INPUT",
                format!("States must be a list, not {other}."),
            ));
        }
    };
    let ids: Vec<&String> = org
        .create_account_statuses
        .values()
        .filter(|s| states.contains(&s.state.as_str()))
        .map(|s| &s.id)
        .collect();
    let listing = format!("ListCreateAccountStatus:{}", states.join(","));
    call.page_of(&listing, &ids, "CreateAccountStatuses", |id| {
        create_account_status_json(&org.create_account_statuses[*id])
    })
}

/// A `CreateAccountStatus` as Organizations returns it.
pub(super) fn create_account_status_json(s: &crate::model::CreateAccountStatus) -> Value {
    let mut v = json!({
        "Id": s.id,
        "AccountName": s.account_name,
        "State": s.state,
        "RequestedTimestamp": s.requested_timestamp,
    });
    let optional = [
        ("CompletedTimestamp", s.completed_timestamp.map(Value::from)),
        ("AccountId", s.account_id.clone().map(Value::from)),
        ("GovCloudAccountId", s.gov_cloud_account_id.clone().map(Value::from)),
        ("FailureReason", s.failure_reason.clone().map(Value::from)),
    ];
    for (key, value) in optional {
        if let Some(value) = value {
            v[key] = value;
        }
    }
    v
}

/// Merges one policy document into the effective document (rules in the module docs).
pub fn merge_effective(into: &mut Map<String, Value>, doc: &Map<String, Value>) {
    for (key, value) in doc {
        match value {
            Value::Object(obj) if obj.contains_key("@@assign") => {
                into.insert(key.clone(), json!({ "@@assign": obj["@@assign"].clone() }));
            }
            Value::Object(obj) if obj.contains_key("@@append") || obj.contains_key("@@remove") => {
                let entry = into.entry(key.clone()).or_insert_with(|| json!({ "@@assign": [] }));
                if let Some(Value::Array(list)) = entry.get_mut("@@assign") {
                    if let Some(Value::Array(extra)) = obj.get("@@append") {
                        for v in extra {
                            if !list.contains(v) {
                                list.push(v.clone());
                            }
                        }
                    }
                    if let Some(Value::Array(gone)) = obj.get("@@remove") {
                        list.retain(|v| !gone.contains(v));
                    }
                }
            }
            Value::Object(obj) => {
                let entry = into.entry(key.clone()).or_insert_with(|| Value::Object(Map::new()));
                if !entry.is_object() {
                    *entry = Value::Object(Map::new());
                }
                if let Value::Object(inner) = entry {
                    merge_effective(inner, obj);
                }
            }
            other => {
                into.insert(key.clone(), other.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn effective_merge_follows_inheritance_operators() {
        let mut merged = Map::new();
        let root = json!({"tags": {"cc": {"tag_key": {"@@assign": "CostCenter"}, "tag_value": {"@@assign": ["1", "2"]}}}});
        let ou = json!({"tags": {"cc": {"tag_value": {"@@append": ["3"], "@@remove": ["1"]}}, "team": {"tag_key": {"@@assign": "Team"}}}});
        merge_effective(&mut merged, root.as_object().unwrap());
        merge_effective(&mut merged, ou.as_object().unwrap());
        assert_eq!(
            Value::Object(merged),
            json!({"tags": {"cc": {"tag_key": {"@@assign": "CostCenter"}, "tag_value": {"@@assign": ["2", "3"]}}, "team": {"tag_key": {"@@assign": "Team"}}}})
        );
    }
}
