//! Account Management API (REST-JSON): `POST /getAlternateContact`,
//! `/getContactInformation`, `/getAccountInformation` and `/listRegions`, and
//! the writes `/putAlternateContact` and `/deleteAlternateContact`.
//!
//! Without `AccountId` the caller's own account is meant. With it, the caller
//! must be in the management account or be a delegated administrator for
//! `account.amazonaws.com`, the organization must have trusted access
//! enabled for Account Management (`account.amazonaws.com` among its enabled
//! services), and the id must be a member account of the organization; the
//! management account passing its own id gets AccessDeniedException, as on
//! AWS. A contact type or primary contact that is not set gives
//! ResourceNotFoundException (data, not a failure). CLOSED accounts are
//! treated as no longer reachable (AccessDeniedException).
//!
//! ListRegions pages with MaxResults 1–50 (default 20) and an opaque
//! NextToken tied to the account, and filters on RegionOptStatusContains.
//!
//! PutAlternateContact validates as the service model does (Name 1–64,
//! Title 1–50, EmailAddress 1–254 and an address, PhoneNumber 1–25 of
//! `[\s0-9()+-]`) and replaces the contact of that type;
//! DeleteAlternateContact of a type that is not set is
//! ResourceNotFoundException. Both answer an empty body and are recorded in
//! the caller's CloudTrail history.

use serde_json::{Value, json};

use super::{Call, Written};
use crate::model::{ALTERNATE_CONTACT_TYPES, AccountState, AlternateContact, Organization};
use crate::protocol::{ApiError, Service};

/// Operations this module serves, with their paths.
pub const OPERATIONS: [(&str, &str); 6] = [
    ("/getAlternateContact", "GetAlternateContact"),
    ("/putAlternateContact", "PutAlternateContact"),
    ("/deleteAlternateContact", "DeleteAlternateContact"),
    ("/getContactInformation", "GetContactInformation"),
    ("/getAccountInformation", "GetAccountInformation"),
    ("/listRegions", "ListRegions"),
];

/// The operations that change an account.
pub const WRITE_OPERATIONS: [&str; 2] = ["PutAlternateContact", "DeleteAlternateContact"];

/// The service principal whose trusted access lets the management account
/// (or a delegated administrator) name member accounts.
pub const ACCOUNT_SERVICE_PRINCIPAL: &str = "account.amazonaws.com";

/// Largest MaxResults of ListRegions.
const REGIONS_MAX_RESULTS: i64 = 50;
/// ListRegions page size without MaxResults.
const REGIONS_DEFAULT_PAGE: i64 = 20;

/// The operation behind a request path.
pub fn operation_for_path(path: &str) -> Option<&'static str> {
    OPERATIONS.iter().find(|(p, _)| *p == path).map(|(_, op)| *op)
}

/// The account an Account API request is about (for quotas scoped by target).
pub fn target_account(params: &Value, caller_account: &str) -> String {
    params.get("AccountId").and_then(Value::as_str).unwrap_or(caller_account).to_string()
}

fn denied(call: &Call<'_>, operation: &str, why: &str) -> ApiError {
    ApiError::access_denied(
        Service::Account,
        format!(
            "User: {} is not authorized to perform: account:{operation} ({why})",
            call.principal.arn
        ),
    )
}

fn resolve_target(
    call: &Call<'_>,
    org: &Organization,
    operation: &str,
) -> Result<String, ApiError> {
    let caller = &call.principal.account_id;
    let Some(requested) = call.params.get("AccountId").and_then(Value::as_str) else {
        return Ok(caller.clone());
    };
    if requested.len() != 12 || !requested.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::validation(
            Service::Account,
            "Invalid AccountId: it must be 12 digits.",
        ));
    }
    if requested == caller.as_str() && *caller == org.management_account_id {
        return Err(denied(
            call,
            operation,
            "the management account must omit AccountId to refer to itself",
        ));
    }
    let delegated = org
        .delegated_administrators
        .get(caller)
        .is_some_and(|s| s.contains_key(ACCOUNT_SERVICE_PRINCIPAL));
    if *caller != org.management_account_id && !delegated {
        return Err(denied(
            call,
            operation,
            "only the management account or a delegated administrator may specify AccountId",
        ));
    }
    if !org.enabled_services.contains_key(ACCOUNT_SERVICE_PRINCIPAL) {
        return Err(denied(
            call,
            operation,
            "trusted access for AWS Account Management is not enabled for the organization; enable it with EnableAWSServiceAccess for account.amazonaws.com",
        ));
    }
    match org.accounts.get(requested) {
        Some(a) if a.state != AccountState::Closed => Ok(requested.to_string()),
        _ => Err(denied(call, operation, "the account is not a member of your organization")),
    }
}

/// Serves one Account operation.
pub(crate) fn handle(call: &Call<'_>, operation: &str) -> Result<Value, ApiError> {
    let org = call.state.org.read();
    let target = resolve_target(call, &org, operation)?;
    match operation {
        "GetAlternateContact" => {
            let contact_type = contact_type(call)?;
            let contact_type = contact_type.as_str();
            let contact =
                org.alternate_contacts.get(&target).and_then(|c| c.get(contact_type)).ok_or_else(
                    || {
                        ApiError::new(
                            404,
                            "ResourceNotFoundException",
                            "No contact of the inputted alternate contact type found.",
                        )
                    },
                )?;
            Ok(json!({
                "AlternateContact": {
                    "AlternateContactType": contact_type,
                    "EmailAddress": contact.email_address,
                    "Name": contact.name,
                    "PhoneNumber": contact.phone_number,
                    "Title": contact.title,
                }
            }))
        }
        "GetContactInformation" => {
            let info = org.contact_information.get(&target).ok_or_else(|| {
                ApiError::new(
                    404,
                    "ResourceNotFoundException",
                    "No contact information found for the account.",
                )
            })?;
            let mut map = serde_json::Map::new();
            map.insert("FullName".into(), json!(info.full_name));
            map.insert("AddressLine1".into(), json!(info.address_line1));
            let optional = [
                ("AddressLine2", &info.address_line2),
                ("StateOrRegion", &info.state_or_region),
                ("CompanyName", &info.company_name),
                ("WebsiteUrl", &info.website_url),
            ];
            map.insert("City".into(), json!(info.city));
            map.insert("PostalCode".into(), json!(info.postal_code));
            map.insert("CountryCode".into(), json!(info.country_code));
            map.insert("PhoneNumber".into(), json!(info.phone_number));
            for (key, value) in optional {
                if let Some(v) = value {
                    map.insert(key.into(), json!(v));
                }
            }
            Ok(json!({ "ContactInformation": Value::Object(map) }))
        }
        "GetAccountInformation" => {
            let account = org.accounts.get(&target).ok_or_else(|| {
                ApiError::new(404, "ResourceNotFoundException", "The account was not found.")
            })?;
            let created = account.created_timestamp.unwrap_or(account.joined_timestamp);
            let created = chrono::DateTime::from_timestamp(created, 0)
                .unwrap_or_default()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
            Ok(json!({
                "AccountId": account.id,
                "AccountName": account.name,
                "AccountCreatedDate": created,
                "AccountState": account.state.as_str(),
            }))
        }
        "ListRegions" => list_regions(call, &org, &target),
        other => Err(ApiError::unknown_operation(Service::Account, other)),
    }
}

fn contact_type(call: &Call<'_>) -> Result<String, ApiError> {
    let contact_type =
        call.params.get("AlternateContactType").and_then(Value::as_str).unwrap_or("");
    if !ALTERNATE_CONTACT_TYPES.contains(&contact_type) {
        return Err(ApiError::validation(
            Service::Account,
            format!(
                "Invalid AlternateContactType `{contact_type}`: must be one of BILLING, OPERATIONS, SECURITY."
            ),
        ));
    }
    Ok(contact_type.to_string())
}

/// A required string member of 1..=`max` characters.
fn bounded(call: &Call<'_>, name: &str, max: usize) -> Result<String, ApiError> {
    let value = call.params.get(name).and_then(Value::as_str).unwrap_or("");
    let len = value.chars().count();
    if len == 0 || len > max {
        return Err(ApiError::validation(
            Service::Account,
            format!("Invalid {name}: it must be 1 to {max} characters long."),
        ));
    }
    Ok(value.to_string())
}

/// Serves PutAlternateContact and DeleteAlternateContact.
pub(crate) fn handle_write(call: &Call<'_>, operation: &str) -> Result<Written, ApiError> {
    let mut org = call.state.org.write();
    let target = resolve_target(call, &org, operation)?;
    let contact_type = contact_type(call)?;
    match operation {
        "PutAlternateContact" => {
            let name = bounded(call, "Name", 64)?;
            let title = bounded(call, "Title", 50)?;
            let email = bounded(call, "EmailAddress", 254)?;
            let phone = bounded(call, "PhoneNumber", 25)?;
            let plausible_email = email
                .split_once('@')
                .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
            if !plausible_email {
                return Err(ApiError::validation(
                    Service::Account,
                    "Invalid EmailAddress: it must be an email address.",
                ));
            }
            if !phone.chars().all(|c| c.is_ascii_digit() || " ()+-".contains(c)) {
                return Err(ApiError::validation(
                    Service::Account,
                    "Invalid PhoneNumber: it may contain only digits, spaces, parentheses, + and -.",
                ));
            }
            org.alternate_contacts.entry(target.clone()).or_default().insert(
                contact_type,
                AlternateContact { name, title, email_address: email, phone_number: phone },
            );
        }
        "DeleteAlternateContact" => {
            let removed = org
                .alternate_contacts
                .get_mut(&target)
                .and_then(|contacts| contacts.remove(&contact_type));
            if removed.is_none() {
                return Err(ApiError::new(
                    404,
                    "ResourceNotFoundException",
                    "No contact of the inputted alternate contact type found.",
                ));
            }
            if org.alternate_contacts.get(&target).is_some_and(|c| c.is_empty()) {
                org.alternate_contacts.remove(&target);
            }
        }
        other => return Err(ApiError::unknown_operation(Service::Account, other)),
    }
    org.reindex();
    Ok(Written::new(json!({}), vec![crate::trail::resource(&target)]))
}

/// ListRegions of `target` (see the module docs).
fn list_regions(call: &Call<'_>, org: &Organization, target: &str) -> Result<Value, ApiError> {
    let invalid = |message: String| ApiError::validation(Service::Account, message);
    let page_size = match call.params.get("MaxResults") {
        None | Some(Value::Null) => REGIONS_DEFAULT_PAGE,
        Some(value) => match value.as_i64() {
            Some(n) if (1..=REGIONS_MAX_RESULTS).contains(&n) => n,
            _ => {
                return Err(invalid(format!(
                    "Invalid MaxResults `{value}`: it must be between 1 and {REGIONS_MAX_RESULTS}."
                )));
            }
        },
    };
    let wanted: Option<Vec<&str>> = match call.params.get("RegionOptStatusContains") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => {
            let statuses: Vec<&str> = items.iter().filter_map(Value::as_str).collect();
            if let Some(bad) = statuses.iter().find(|s| {
                **s != "ENABLED_BY_DEFAULT" && !crate::model::REGION_OPT_STATUSES.contains(s)
            }) {
                return Err(invalid(format!(
                    "Invalid RegionOptStatusContains value `{bad}`: must be ENABLED, ENABLING, DISABLING, DISABLED or ENABLED_BY_DEFAULT."
                )));
            }
            Some(statuses)
        }
        Some(other) => return Err(invalid(format!("Invalid RegionOptStatusContains `{other}`."))),
    };
    let regions: Vec<(&str, String)> = org
        .regions_of(target)
        .into_iter()
        .filter(|(_, status)| wanted.as_ref().is_none_or(|w| w.contains(&status.as_str())))
        .collect();
    let prefix = format!("regions-{target}-");
    let start = match call.params.get("NextToken").and_then(Value::as_str) {
        None | Some("") => 0,
        Some(token) => token
            .strip_prefix(&prefix)
            .and_then(|offset| offset.parse::<usize>().ok())
            .filter(|offset| *offset < regions.len())
            .ok_or_else(|| {
                invalid("Invalid NextToken: it was not issued for this request.".into())
            })?,
    };
    let end = (start + page_size as usize).min(regions.len());
    let page: Vec<Value> = regions[start..end]
        .iter()
        .map(|(name, status)| json!({ "RegionName": name, "RegionOptStatus": status }))
        .collect();
    let mut out = json!({ "Regions": page });
    if end < regions.len() {
        out["NextToken"] = json!(format!("{prefix}{end}"));
    }
    Ok(out)
}
