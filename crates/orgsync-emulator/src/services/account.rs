//! Account Management API (REST-JSON): `POST /getAlternateContact` and
//! `POST /getContactInformation`.
//!
//! Without `AccountId` the caller's own account is meant. With it, the caller
//! must be in the management account or be a delegated administrator for
//! `account.amazonaws.com`, and the id must be a member account of the
//! organization; the management account passing its own id gets
//! AccessDeniedException, as on AWS. A contact type that is not set gives
//! ResourceNotFoundException (data, not a failure). CLOSED accounts are
//! treated as no longer reachable (AccessDeniedException).

use serde_json::{Value, json};

use super::Call;
use crate::model::{ALTERNATE_CONTACT_TYPES, AccountState, Organization};
use crate::protocol::{ApiError, Service};

/// Operations this module serves, with their paths.
pub const OPERATIONS: [(&str, &str); 2] = [
    ("/getAlternateContact", "GetAlternateContact"),
    ("/getContactInformation", "GetContactInformation"),
];

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
        .is_some_and(|s| s.contains_key("account.amazonaws.com"));
    if *caller != org.management_account_id && !delegated {
        return Err(denied(
            call,
            operation,
            "only the management account or a delegated administrator may specify AccountId",
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
        other => Err(ApiError::unknown_operation(Service::Account, other)),
    }
}
