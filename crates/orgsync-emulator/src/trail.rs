//! CloudTrail event history: every successful write (Organizations or
//! Account Management) becomes a management event in the history of the
//! **caller's** account, as CloudTrail records it there.
//!
//! An event carries what `LookupEvents` returns (EventId, EventName,
//! EventSource, EventTime, Username, AccessKeyId, ReadOnly, Resources) and the
//! full record AWS serialises into `CloudTrailEvent`: `eventVersion`,
//! `userIdentity` (type `IAMUser` or `AssumedRole` with its `sessionContext`),
//! `eventTime`, `eventSource`, `eventName`, `awsRegion`, `sourceIPAddress`,
//! `userAgent`, `requestParameters` and `responseElements` (the request and
//! response with lowerCamelCase member names, `null` when the response is
//! empty), `requestID`, `eventID`, `readOnly`, `eventType`,
//! `managementEvent`, `recipientAccountId` and `eventCategory`. Personal
//! data is masked as AWS masks it: CreateAccount's `email` and `accountName`
//! (request and response) read `****`; PutAlternateContact's `emailAddress`,
//! `name`, `phoneNumber` and `title` read `HIDDEN_DUE_TO_SECURITY_REASONS`.
//!
//! AWS also records events on its own behalf: a [`ServiceEvent`]
//! (`eventType` `AwsServiceEvent`, `userIdentity` `{accountId, invokedBy}`,
//! `serviceEventDetails`, no Username or AccessKeyId), such as
//! `CreateAccountResult` when an account creation completes.
//!
//! Each event becomes visible to LookupEvents only at `visible_at_ms`: the
//! call's time plus the profile's CloudTrail delivery delay
//! ([`crate::profile::CloudTrailSpec`]), on the emulator clock.

use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

use crate::identity::{Principal, PrincipalKind, role_unique_id};
use crate::services::{Call, Written};

/// One recorded management event.
#[derive(Clone, Debug, PartialEq)]
pub struct TrailEvent {
    /// Insertion order over the whole emulator (ties of `event_time_ms`).
    pub seq: u64,
    /// A UUID.
    pub event_id: String,
    /// The operation, e.g. `CreateOrganizationalUnit`.
    pub event_name: String,
    /// `organizations.amazonaws.com` or `account.amazonaws.com`.
    pub event_source: String,
    /// When the call was made (epoch milliseconds, emulator clock, whole
    /// seconds as CloudTrail records them).
    pub event_time_ms: i64,
    /// When LookupEvents starts returning it (epoch milliseconds).
    pub visible_at_ms: i64,
    /// The IAM user name or the role session name ("" for service events).
    pub username: String,
    /// "" for service events.
    pub access_key_id: String,
    /// Always false: only writes are recorded.
    pub read_only: bool,
    /// `(ResourceType, ResourceName)` pairs.
    pub resources: Vec<(String, String)>,
    /// The full record (`CloudTrailEvent`, as an object).
    pub record: Value,
}

impl TrailEvent {
    /// The account whose history holds the event (the caller's).
    pub fn account_id(&self) -> &str {
        self.record["recipientAccountId"].as_str().unwrap_or_default()
    }
}

/// A successful write as the trail records it: the request that made it,
/// its name and what it answered and touched.
pub(crate) struct WriteRecord<'a> {
    pub call: &'a Call<'a>,
    pub event_source: &'static str,
    pub event_name: &'a str,
    pub written: &'a Written,
}

/// An event AWS records on its own behalf after a write.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceEvent {
    pub event_name: String,
    /// `serviceEventDetails`.
    pub details: Value,
    pub resources: Vec<(String, String)>,
}

/// The CloudFormation-style resource types of Organizations ids, by id prefix.
const RESOURCE_TYPES_BY_PREFIX: [(&str, &str); 4] = [
    ("r-", "AWS::Organizations::Root"),
    ("ou-", "AWS::Organizations::OrganizationalUnit"),
    ("p-", "AWS::Organizations::Policy"),
    ("o-", "AWS::Organizations::Organization"),
];

/// The CloudFormation-style resource type of an Organizations id (an
/// account's when no prefix matches).
pub fn resource_type_of(id: &str) -> &'static str {
    RESOURCE_TYPES_BY_PREFIX
        .iter()
        .find(|(prefix, _)| id.starts_with(prefix))
        .map_or("AWS::Organizations::Account", |(_, resource_type)| resource_type)
}

/// `(resource_type_of(id), id)`.
pub fn resource(id: &str) -> (String, String) {
    (resource_type_of(id).to_string(), id.to_string())
}

/// A UUID derived from the request id and the sequence number.
fn event_uuid(request_id: &str, seq: u64) -> String {
    let digest = Sha256::digest(format!("{request_id}/{seq}").as_bytes());
    let h = hex::encode(&digest[..16]);
    format!("{}-{}-4{}-a{}-{}", &h[0..8], &h[8..12], &h[13..16], &h[17..20], &h[20..32])
}

/// `CreateOrganizationalUnit` → `createOrganizationalUnit`.
fn lower_camel(key: &str) -> String {
    let mut chars = key.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Renames every object member to lowerCamelCase, as CloudTrail shows
/// requestParameters and responseElements.
pub fn camel_case_members(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter().map(|(k, v)| (lower_camel(k), camel_case_members(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(camel_case_members).collect()),
        other => other.clone(),
    }
}

/// Masks the personal data CloudTrail does not record (see the module docs).
fn mask_personal_data(event_name: &str, request: &mut Value, response: &mut Value) {
    let mask = |value: &mut Value, keys: &[&str], with: &str| {
        if let Some(map) = value.as_object_mut() {
            for key in keys {
                if let Some(v) = map.get_mut(*key) {
                    *v = Value::String(with.to_string());
                }
            }
        }
    };
    match event_name {
        "CreateAccount" => {
            mask(request, &["email", "accountName"], "****");
            if let Some(status) = response.get_mut("createAccountStatus") {
                mask(status, &["accountName"], "****");
            }
        }
        "PutAlternateContact" => mask(
            request,
            &["emailAddress", "name", "phoneNumber", "title"],
            "HIDDEN_DUE_TO_SECURITY_REASONS",
        ),
        _ => {}
    }
}

/// RFC 3339 UTC with seconds, as CloudTrail writes `eventTime`.
pub fn rfc3339(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap_or_default()
        .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn user_identity(principal: &Principal, access_key_id: &str, now_ms: i64) -> (Value, String) {
    match &principal.kind {
        PrincipalKind::User => {
            let name = principal.arn.rsplit('/').next().unwrap_or_default().to_string();
            let identity = json!({
                "type": "IAMUser",
                "principalId": principal.user_id,
                "arn": principal.arn,
                "accountId": principal.account_id,
                "accessKeyId": access_key_id,
                "userName": name,
            });
            (identity, name)
        }
        PrincipalKind::AssumedRole { role_arn, session_name, .. } => {
            let role_name = role_arn.rsplit('/').next().unwrap_or_default();
            let identity = json!({
                "type": "AssumedRole",
                "principalId": principal.user_id,
                "arn": principal.arn,
                "accountId": principal.account_id,
                "accessKeyId": access_key_id,
                "sessionContext": {
                    "sessionIssuer": {
                        "type": "Role",
                        "principalId": role_unique_id(role_arn),
                        "arn": role_arn,
                        "accountId": principal.account_id,
                        "userName": role_name,
                    },
                    "attributes": {
                        "creationDate": rfc3339(now_ms),
                        "mfaAuthenticated": "false",
                    },
                },
            });
            (identity, session_name.clone())
        }
    }
}

/// Builds the event of one successful write made at `now_ms`, visible from
/// `visible_at_ms`.
pub(crate) fn build_event(
    write: &WriteRecord<'_>,
    seq: u64,
    now_ms: i64,
    visible_at_ms: i64,
    region: &str,
) -> TrailEvent {
    let WriteRecord { call, event_source, event_name, written } = *write;
    let event_id = event_uuid(call.request_id, seq);
    let (identity, username) = user_identity(call.principal, call.access_key_id, now_ms);
    let mut response = match &written.response {
        Value::Object(map) if map.is_empty() => Value::Null,
        Value::Null => Value::Null,
        other => camel_case_members(other),
    };
    let mut request = match call.params {
        Value::Object(map) if map.is_empty() => Value::Null,
        other => camel_case_members(other),
    };
    mask_personal_data(event_name, &mut request, &mut response);
    let mut record = Map::new();
    record.insert("eventVersion".into(), json!("1.08"));
    record.insert("userIdentity".into(), identity);
    record.insert("eventTime".into(), json!(rfc3339(now_ms)));
    record.insert("eventSource".into(), json!(event_source));
    record.insert("eventName".into(), json!(event_name));
    record.insert("awsRegion".into(), json!(region));
    record.insert("sourceIPAddress".into(), json!("127.0.0.1"));
    record.insert("userAgent".into(), json!(call.user_agent));
    record.insert("requestParameters".into(), request);
    record.insert("responseElements".into(), response);
    record.insert("requestID".into(), json!(call.request_id));
    record.insert("eventID".into(), json!(event_id));
    record.insert("readOnly".into(), json!(false));
    if !written.resources.is_empty() {
        let resources: Vec<Value> = written
            .resources
            .iter()
            .map(|(kind, name)| json!({ "type": kind, "ARN": name, "accountId": call.principal.account_id }))
            .collect();
        record.insert("resources".into(), Value::Array(resources));
    }
    record.insert("eventType".into(), json!("AwsApiCall"));
    record.insert("managementEvent".into(), json!(true));
    record.insert("recipientAccountId".into(), json!(call.principal.account_id));
    record.insert("eventCategory".into(), json!("Management"));
    TrailEvent {
        seq,
        event_id,
        event_name: event_name.to_string(),
        event_source: event_source.to_string(),
        event_time_ms: now_ms,
        visible_at_ms,
        username,
        access_key_id: call.access_key_id.to_string(),
        read_only: false,
        resources: written.resources.clone(),
        record: Value::Object(record),
    }
}

/// Builds an Organizations service event in `account_id`'s history.
pub(crate) fn build_service_event(
    event: &ServiceEvent,
    account_id: &str,
    request_id: &str,
    seq: u64,
    event_time_ms: i64,
    visible_at_ms: i64,
    region: &str,
) -> TrailEvent {
    let event_id = event_uuid(request_id, seq);
    let mut record = Map::new();
    record.insert("eventVersion".into(), json!("1.08"));
    record.insert(
        "userIdentity".into(),
        json!({ "accountId": account_id, "invokedBy": "AWS Internal" }),
    );
    record.insert("eventTime".into(), json!(rfc3339(event_time_ms)));
    record.insert("eventSource".into(), json!("organizations.amazonaws.com"));
    record.insert("eventName".into(), json!(event.event_name));
    record.insert("awsRegion".into(), json!(region));
    record.insert("sourceIPAddress".into(), json!("AWS Internal"));
    record.insert("userAgent".into(), json!("AWS Internal"));
    record.insert("requestParameters".into(), Value::Null);
    record.insert("responseElements".into(), Value::Null);
    record.insert("eventID".into(), json!(event_id));
    record.insert("readOnly".into(), json!(false));
    record.insert("eventType".into(), json!("AwsServiceEvent"));
    record.insert("managementEvent".into(), json!(true));
    record.insert("recipientAccountId".into(), json!(account_id));
    record.insert("serviceEventDetails".into(), event.details.clone());
    record.insert("eventCategory".into(), json!("Management"));
    TrailEvent {
        seq,
        event_id,
        event_name: event.event_name.clone(),
        event_source: "organizations.amazonaws.com".to_string(),
        event_time_ms,
        visible_at_ms,
        username: String::new(),
        access_key_id: String::new(),
        read_only: false,
        resources: event.resources.clone(),
        record: Value::Object(record),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_become_lower_camel_case() {
        let v = json!({"ParentId": "r-ab12", "Tags": [{"Key": "a", "Value": "b"}]});
        assert_eq!(
            camel_case_members(&v),
            json!({"parentId": "r-ab12", "tags": [{"key": "a", "value": "b"}]})
        );
    }

    #[test]
    fn event_ids_look_like_uuids() {
        let id = event_uuid("req", 3);
        assert_eq!(id.len(), 36);
        assert_eq!(id.matches('-').count(), 4);
        assert_ne!(id, event_uuid("req", 4));
    }

    #[test]
    fn resource_types_follow_id_prefixes() {
        assert_eq!(resource_type_of("ou-ab12-abcdefgh"), "AWS::Organizations::OrganizationalUnit");
        assert_eq!(resource_type_of("123456789012"), "AWS::Organizations::Account");
        assert_eq!(resource_type_of("p-abcdefgh"), "AWS::Organizations::Policy");
    }
}
