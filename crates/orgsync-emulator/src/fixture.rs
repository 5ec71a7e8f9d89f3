//! Organizations loaded from fixture files, for exact test cases.
//!
//! A fixture is the serialised [`Organization`] model, as TOML (`.toml`) or
//! JSON (any other extension). Field names are those of the model structs
//! (snake_case); unknown fields are rejected. Minimal TOML example:
//!
//! ```toml
//! id = "o-exampleorg1"
//! management_account_id = "111111111111"
//! iam_root_access_features = ["RootCredentialsManagement"]  # needs trusted access for iam.amazonaws.com
//!
//! [root]
//! id = "r-ab12"
//! policy_types = [{ policy_type = "SERVICE_CONTROL_POLICY" }, { policy_type = "TAG_POLICY" }]
//!
//! [organizational_units.ou-ab12-11111111]
//! id = "ou-ab12-11111111"
//! name = "Workloads"
//! parent_id = "r-ab12"
//!
//! [accounts.111111111111]
//! id = "111111111111"
//! name = "management"
//! email = "mgmt@example.com"
//! parent_id = "r-ab12"
//! joined_method = "INVITED"
//! joined_timestamp = 1500000000
//!
//! [accounts.222222222222]
//! id = "222222222222"
//! name = "workload, \"prod\""
//! email = "prod@example.com"
//! parent_id = "ou-ab12-11111111"
//! state = "SUSPENDED"            # PENDING_ACTIVATION | ACTIVE | SUSPENDED | PENDING_CLOSURE | CLOSED
//!
//! [policies.p-FullAWSAccess]
//! id = "p-FullAWSAccess"
//! name = "FullAWSAccess"
//! policy_type = "SERVICE_CONTROL_POLICY"
//! aws_managed = true
//! content = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}'
//!
//! [attachments]
//! r-ab12 = ["p-FullAWSAccess"]
//!
//! [tags]
//! 222222222222 = [{ key = "Team", value = "=cmd|' /C calc'!A0" }]
//!
//! [alternate_contacts.222222222222.SECURITY]
//! name = "Sec Team"
//! title = "CISO"
//! email_address = "sec@example.com"
//! phone_number = "+1-555-0100"
//!
//! [delegated_administrators.222222222222]
//! "securityhub.amazonaws.com" = 1600000000
//!
//! [enabled_services]
//! "securityhub.amazonaws.com" = 1600000000
//!
//! [account_aliases]
//! 222222222222 = "example-prod"
//!
//! [handshakes.h-examplehandshake1]
//! id = "h-examplehandshake1"
//! state = "OPEN"                 # action defaults to INVITE
//! requested_timestamp = 1700000000
//! expiration_timestamp = 1701296000
//! parties = [{ id = "o-exampleorg1", type = "ORGANIZATION" }, { id = "new@example.com", type = "EMAIL" }]
//! resources = [{ type = "EMAIL", value = "new@example.com" }]
//!
//! [create_account_statuses.car-examplerequest1]
//! id = "car-examplerequest1"
//! account_name = "new-account"
//! state = "FAILED"
//! requested_timestamp = 1700000000
//! completed_timestamp = 1700000060
//! failure_reason = "EMAIL_ALREADY_EXISTS"
//!
//! [resource_policy]
//! id = "rp-example1"
//! content = '{"Version":"2012-10-17","Statement":[]}'
//!
//! [invalid_effective_policies.222222222222.TAG_POLICY]
//! evaluation_timestamp = 1700000000
//! errors = [{ error_code = "ELEMENTS_TOO_MANY", error_message = "…", path_to_error = "tags", contributing_policies = ["p-examplepol1"] }]
//!
//! [responsibility_transfers.rt-example1]
//! id = "rt-example1"
//! name = "Billing by the reseller"
//! direction = "OUTBOUND"         # or INBOUND
//! status = "ACCEPTED"
//! source = { management_account_id = "111111111111", management_account_email = "mgmt@example.com" }
//! target = { management_account_id = "999999999999", management_account_email = "billing@reseller.example.com" }
//! start_timestamp = 1700000000
//!
//! [reported_paths]               # Paths AWS reports when not the tree's (tests)
//! 222222222222 = ["o-exampleorg1/r-ab12/ou-ab12-99999999/222222222222/"]
//! ```
//!
//! Optional maps (`organizational_units`, `policies`, `attachments`, `tags`,
//! `alternate_contacts`, `contact_information`, `delegated_administrators`,
//! `enabled_services`, `account_aliases`, `handshakes`,
//! `create_account_statuses`, `invalid_effective_policies`,
//! `responsibility_transfers`, `reported_paths`), the `resource_policy` and
//! `iam_root_access_features` default to empty. References are
//! checked after loading ([`Organization::validate`]).

use std::path::Path;

use crate::model::Organization;

/// Why a fixture could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum FixtureError {
    #[error("failed to read fixture `{path}`: {message}")]
    Read { path: String, message: String },
    #[error("invalid fixture `{path}`: {message}")]
    Invalid { path: String, message: String },
}

/// Loads and validates a fixture file.
pub fn load(path: &Path) -> Result<Organization, FixtureError> {
    let display = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| FixtureError::Read { path: display.clone(), message: e.to_string() })?;
    let is_toml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    parse(&text, is_toml)
        .map_err(|e| FixtureError::Invalid { path: display, message: e.to_string() })
}

/// Why fixture text does not describe a valid organization.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    /// The text is not TOML of the fixture format.
    #[error(transparent)]
    Toml(#[from] toml::de::Error),
    /// The text is not JSON of the fixture format.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    /// The organization breaks its own references or formats: every
    /// problem [`Organization::validate`] found.
    #[error("{}", problems.join("; "))]
    Inconsistent {
        /// The problems, one sentence each.
        problems: Vec<String>,
    },
}

/// Parses fixture text (TOML or JSON) and validates it.
pub fn parse(text: &str, is_toml: bool) -> Result<Organization, ParseError> {
    let mut org: Organization =
        if is_toml { toml::from_str(text)? } else { serde_json::from_str(text)? };
    let problems = org.validate();
    if !problems.is_empty() {
        return Err(ParseError::Inconsistent { problems });
    }
    org.reindex();
    Ok(org)
}

/// Serialises an organization in the fixture format (JSON, pretty).
pub fn to_json(org: &Organization) -> String {
    serde_json::to_string_pretty(org).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_example_loads() {
        let example = crate::toml_example(include_str!("fixture.rs"), "//! ");
        let org = parse(&example, true).unwrap();
        assert_eq!(org.accounts.len(), 2);
        assert_eq!(org.index.child_accounts["ou-ab12-11111111"], ["222222222222"]);
        assert_eq!(org.handshakes["h-examplehandshake1"].action, "INVITE");
        assert_eq!(org.create_account_statuses.len(), 1);
        assert!(org.resource_policy.is_some());
        assert_eq!(org.iam_root_access_features, ["RootCredentialsManagement"]);
        assert_eq!(org.invalid_effective_policies["222222222222"]["TAG_POLICY"].errors.len(), 1);
        assert_eq!(org.reported_paths.len(), 1);
        assert_eq!(org.responsibility_transfers["rt-example1"].direction, "OUTBOUND");
    }

    #[test]
    fn synthetic_round_trips_through_json() {
        let org = crate::synthetic::generate(60, 3);
        let back = parse(&to_json(&org), false).unwrap();
        assert_eq!(back, org);
    }

    #[test]
    fn broken_references_are_named() {
        let err = parse(
            r#"{"id":"o-x","management_account_id":"111111111111","root":{"id":"r-1"},"accounts":{"111111111111":{"id":"111111111111","name":"m","email":"e","parent_id":"ou-missing"}}}"#,
            false,
        )
        .unwrap_err();
        assert!(matches!(err, ParseError::Inconsistent { .. }), "{err:?}");
        assert!(err.to_string().contains("ou-missing"), "{err}");
    }
}
