//! The organization's change log: CloudTrail LookupEvents in the Region of
//! the global services ([`crate::aws::global_events_region`]), once per
//! event source (`organizations.amazonaws.com`, `account.amazonaws.com`;
//! LookupEvents takes one lookup attribute), from the previous watermark
//! less the overlap, 50 events a page, newest first.
//!
//! Each write event is mapped to what it can change ([`Changes`]), from its
//! `requestParameters` (lowerCamelCase, as CloudTrail records them):
//!
//! | event | re-read |
//! |---|---|
//! | CreateOrganizationalUnit | the children of `parentId` |
//! | UpdateOrganizationalUnit, DeleteOrganizationalUnit | the children of the OU's parent |
//! | MoveAccount | the children of `sourceParentId` and `destinationParentId`; the account's effective policies |
//! | TagResource, UntagResource | the tags of `resourceId` |
//! | UpdatePolicy | the policy's document; effective policies where it is attached |
//! | AttachPolicy, DetachPolicy | the policy's targets; effective policies under `targetId` |
//! | EnablePolicyType, DisablePolicyType | every effective policy |
//! | Account Management writes (PutAlternateContact, PutContactInformation, EnableRegion, …) | every per-account table of `accountId` (or of the caller's account) |
//! | account and policy creation and removal, invitations and handshakes, delegated administrators, trusted access, the resource policy | nothing more: the listings every incremental run reads show them |
//!
//! Read-only events are skipped. A write event of Organizations that is
//! not in this table makes the run read everything (and say which event).

use std::collections::BTreeSet;

use aws_sdk_cloudtrail::types::{LookupAttribute, LookupAttributeKey};
use chrono::{DateTime, Utc};
use serde_json::Value as Json;

use crate::aws::error::ApiError;
use crate::planner::{Operation, Planner, Priority};

/// Event source of AWS Organizations.
pub const ORGANIZATIONS_SOURCE: &str = "organizations.amazonaws.com";
/// Event source of AWS Account Management.
pub const ACCOUNT_SOURCE: &str = "account.amazonaws.com";

/// Organizations writes whose effects the listings of every incremental
/// run show (no per-resource re-read needed).
const SHOWN_BY_LISTINGS: &[&str] = &[
    "AcceptHandshake",
    "CancelHandshake",
    "CloseAccount",
    "CreateAccount",
    "CreateAccountResult",
    "CreateGovCloudAccount",
    "CreateOrganization",
    "CreatePolicy",
    "DeclineHandshake",
    "DeleteOrganization",
    "DeletePolicy",
    "DeleteResourcePolicy",
    "DeregisterDelegatedAdministrator",
    "DisableAWSServiceAccess",
    "EnableAWSServiceAccess",
    "EnableAllFeatures",
    "InviteAccountToOrganization",
    "LeaveOrganization",
    "PutResourcePolicy",
    "RegisterDelegatedAdministrator",
    "RemoveAccountFromOrganization",
    "UpdateAccountName",
];

/// What the events since the watermark can have changed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Changes {
    /// Write events read (all sources).
    pub events: u64,
    /// Roots and OUs whose children are listed again.
    pub parents: BTreeSet<String>,
    /// OUs renamed or deleted: their parents' children are listed again.
    pub organizational_units: BTreeSet<String>,
    /// Accounts whose per-account tables are read again.
    pub accounts: BTreeSet<String>,
    /// Accounts moved: their effective policies are read again.
    pub moved_accounts: BTreeSet<String>,
    /// Resources whose tags are read again.
    pub tagged: BTreeSet<String>,
    /// Policies whose document is read again.
    pub policy_content: BTreeSet<String>,
    /// Policies whose targets are read again.
    pub policy_targets: BTreeSet<String>,
    /// Roots, OUs and accounts a policy was attached to or detached from.
    pub attachment_targets: BTreeSet<String>,
    /// A policy type was enabled or disabled: every effective policy is
    /// read again.
    pub policy_types: bool,
    /// Write events this mapping does not know (the run reads everything).
    pub unknown: BTreeSet<String>,
}

impl Changes {
    /// Adds what another history's events can have changed.
    pub fn merge(&mut self, other: Changes) {
        self.events += other.events;
        self.parents.extend(other.parents);
        self.organizational_units.extend(other.organizational_units);
        self.accounts.extend(other.accounts);
        self.moved_accounts.extend(other.moved_accounts);
        self.tagged.extend(other.tagged);
        self.policy_content.extend(other.policy_content);
        self.policy_targets.extend(other.policy_targets);
        self.attachment_targets.extend(other.attachment_targets);
        self.policy_types |= other.policy_types;
        self.unknown.extend(other.unknown);
    }

    /// Adds what one event can have changed.
    pub fn add(&mut self, source: &str, name: &str, record: &Json) {
        let request = &record["requestParameters"];
        let param = |key: &str| request[key].as_str().filter(|v| !v.is_empty()).map(str::to_owned);
        let read_only = record["readOnly"].as_bool().unwrap_or(false)
            || ["List", "Describe", "Get"].iter().any(|p| name.starts_with(p));
        if read_only {
            return;
        }
        self.events += 1;
        if source == ACCOUNT_SOURCE {
            // A management-account call names the member; a member's call
            // about itself does not (its own account is the caller's).
            let account = param("accountId")
                .or_else(|| record["userIdentity"]["accountId"].as_str().map(str::to_owned));
            self.accounts.extend(account);
            return;
        }
        match name {
            "CreateOrganizationalUnit" => self.parents.extend(param("parentId")),
            "UpdateOrganizationalUnit" | "DeleteOrganizationalUnit" => {
                self.organizational_units.extend(param("organizationalUnitId"));
            }
            "MoveAccount" => {
                self.parents.extend(param("sourceParentId"));
                self.parents.extend(param("destinationParentId"));
                self.moved_accounts.extend(param("accountId"));
            }
            "TagResource" | "UntagResource" => self.tagged.extend(param("resourceId")),
            "UpdatePolicy" => self.policy_content.extend(param("policyId")),
            "AttachPolicy" | "DetachPolicy" => {
                self.policy_targets.extend(param("policyId"));
                self.attachment_targets.extend(param("targetId"));
            }
            "EnablePolicyType" | "DisablePolicyType" => self.policy_types = true,
            known if SHOWN_BY_LISTINGS.contains(&known) => {}
            unknown => {
                self.unknown.insert(unknown.to_owned());
            }
        }
    }
}

/// Reads every event of both sources from `since` (its whole second) on,
/// in the history of the management session's account, or with `client`
/// in another account's (a delegated administrator's).
pub async fn read(
    planner: &Planner<'_>,
    since: DateTime<Utc>,
    client: Option<&aws_sdk_cloudtrail::Client>,
) -> Result<Changes, ApiError> {
    let mut changes = Changes::default();
    for source in [ORGANIZATIONS_SOURCE, ACCOUNT_SOURCE] {
        let attribute = LookupAttribute::builder()
            .attribute_key(LookupAttributeKey::EventSource)
            .attribute_value(source)
            .build()
            .expect("key and value are set");
        // CloudTrail records whole seconds: an event in the watermark's
        // second may carry a time before it.
        let start = aws_smithy_types::DateTime::from_secs(since.timestamp());
        let mut token: Option<String> = None;
        loop {
            let page = planner
                .call(Operation::LookupEvents, Priority::Listing, |c| {
                    client
                        .unwrap_or(&c.cloudtrail)
                        .lookup_events()
                        .lookup_attributes(attribute.clone())
                        .start_time(start)
                        .max_results(50)
                        .set_next_token(token.clone())
                        .send()
                })
                .await?;
            for event in page.events() {
                let name = event.event_name().unwrap_or_default();
                let record: Json = event
                    .cloud_trail_event()
                    .and_then(|text| serde_json::from_str(text).ok())
                    .unwrap_or(Json::Null);
                let source = event.event_source().unwrap_or(source);
                changes.add(source, name, &record);
            }
            token = crate::tables::next_token(page.next_token());
            if token.is_none() {
                break;
            }
        }
    }
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn events_map_to_what_they_can_change() {
        let mut changes = Changes::default();
        let event = |params: Json| json!({ "requestParameters": params, "readOnly": false });
        changes.add(
            ORGANIZATIONS_SOURCE,
            "MoveAccount",
            &event(json!({"accountId": "111111111111", "sourceParentId": "r-ab12", "destinationParentId": "ou-ab12-1"})),
        );
        changes.add(
            ORGANIZATIONS_SOURCE,
            "CreateOrganizationalUnit",
            &event(json!({"parentId": "ou-ab12-2", "name": "x"})),
        );
        changes.add(
            ORGANIZATIONS_SOURCE,
            "AttachPolicy",
            &event(json!({"policyId": "p-1", "targetId": "ou-ab12-3"})),
        );
        changes.add(ORGANIZATIONS_SOURCE, "ListAccounts", &json!({"readOnly": true}));
        changes.add(ORGANIZATIONS_SOURCE, "CreatePolicy", &event(json!({"name": "n"})));
        changes.add(ORGANIZATIONS_SOURCE, "SomethingNew", &event(json!({})));
        // A member's own call names no account: the caller's is meant.
        changes.add(
            ACCOUNT_SOURCE,
            "PutAlternateContact",
            &json!({"requestParameters": {"alternateContactType": "BILLING"}, "userIdentity": {"accountId": "222222222222"}}),
        );
        assert_eq!(changes.events, 6);
        assert_eq!(
            changes.parents,
            BTreeSet::from(["r-ab12".into(), "ou-ab12-1".into(), "ou-ab12-2".into()])
        );
        assert_eq!(changes.moved_accounts, BTreeSet::from(["111111111111".into()]));
        assert_eq!(changes.policy_targets, BTreeSet::from(["p-1".into()]));
        assert_eq!(changes.attachment_targets, BTreeSet::from(["ou-ab12-3".into()]));
        assert_eq!(changes.accounts, BTreeSet::from(["222222222222".into()]));
        assert_eq!(changes.unknown, BTreeSet::from(["SomethingNew".into()]));
    }
}
