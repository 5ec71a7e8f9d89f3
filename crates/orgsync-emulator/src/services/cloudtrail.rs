//! CloudTrail `LookupEvents` (JSON 1.1, target
//! `com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents`)
//! over the caller's account history ([`crate::trail`]).
//!
//! As on AWS: newest first; at most one `LookupAttributes` entry, keyed
//! EventId, EventName, ReadOnly, Username, ResourceType, ResourceName,
//! EventSource or AccessKeyId (else InvalidLookupAttributesException);
//! `StartTime`/`EndTime` inclusive (start after end:
//! InvalidTimeRangeException); `MaxResults` 1–50, default 50
//! (InvalidMaxResultsException); a NextToken is bound to the query it came
//! from (InvalidNextTokenException otherwise) and remembers the event it
//! follows, so events delivered meanwhile neither shift nor repeat a page;
//! `EventCategory` may only be `insight` (none are recorded, so the answer is
//! empty). Only events whose delivery delay has passed are returned.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use super::Call;
use crate::protocol::ApiError;
use crate::trail::TrailEvent;

/// The X-Amz-Target prefix of CloudTrail operations.
pub const TARGET_PREFIX: &str = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
/// `eventSource` of Organizations events.
pub const ORGANIZATIONS_SOURCE: &str = "organizations.amazonaws.com";
/// `eventSource` of Account Management events.
pub const ACCOUNT_SOURCE: &str = "account.amazonaws.com";

/// The lookup attribute keys CloudTrail accepts.
pub const LOOKUP_ATTRIBUTE_KEYS: [&str; 8] = [
    "EventId",
    "EventName",
    "ReadOnly",
    "Username",
    "ResourceType",
    "ResourceName",
    "EventSource",
    "AccessKeyId",
];

const MAX_RESULTS: i64 = 50;

fn error(code: &str, message: impl Into<String>) -> ApiError {
    ApiError::new(400, code, message)
}

/// A JSON 1.1 timestamp (epoch seconds, possibly fractional) in milliseconds.
fn timestamp_ms(params: &Value, name: &str) -> Result<Option<i64>, ApiError> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v.as_f64().map(|s| Some((s * 1000.0).round() as i64)).ok_or_else(|| {
            error("InvalidTimeRangeException", format!("{name} is not a timestamp."))
        }),
    }
}

fn matches(event: &TrailEvent, key: &str, value: &str) -> bool {
    match key {
        "EventId" => event.event_id == value,
        "EventName" => event.event_name == value,
        "ReadOnly" => value.eq_ignore_ascii_case(if event.read_only { "true" } else { "false" }),
        "Username" => !event.username.is_empty() && event.username == value,
        "ResourceType" => event.resources.iter().any(|(t, _)| t == value),
        "ResourceName" => event.resources.iter().any(|(_, n)| n == value),
        "EventSource" => event.event_source == value,
        "AccessKeyId" => !event.access_key_id.is_empty() && event.access_key_id == value,
        _ => false,
    }
}

/// Serves LookupEvents.
pub(crate) fn lookup_events(call: &Call<'_>) -> Result<Value, ApiError> {
    let p = call.params;
    let attribute = match p.get("LookupAttributes") {
        None | Some(Value::Null) => None,
        Some(Value::Array(list)) if list.is_empty() => None,
        Some(Value::Array(list)) if list.len() == 1 => {
            let key = list[0].get("AttributeKey").and_then(Value::as_str).unwrap_or_default();
            let value = list[0].get("AttributeValue").and_then(Value::as_str).unwrap_or_default();
            if !LOOKUP_ATTRIBUTE_KEYS.contains(&key) {
                return Err(error(
                    "InvalidLookupAttributesException",
                    format!(
                        "Invalid attribute key `{key}`: must be one of {}.",
                        LOOKUP_ATTRIBUTE_KEYS.join(", ")
                    ),
                ));
            }
            if value.is_empty() {
                return Err(error(
                    "InvalidLookupAttributesException",
                    "The attribute value must not be empty.",
                ));
            }
            Some((key, value))
        }
        Some(Value::Array(_)) => {
            return Err(error(
                "InvalidLookupAttributesException",
                "You can specify only one lookup attribute.",
            ));
        }
        Some(_) => {
            return Err(error(
                "InvalidLookupAttributesException",
                "LookupAttributes must be a list.",
            ));
        }
    };
    let start = timestamp_ms(p, "StartTime")?;
    let end = timestamp_ms(p, "EndTime")?;
    if let (Some(s), Some(e)) = (start, end)
        && s > e
    {
        return Err(error(
            "InvalidTimeRangeException",
            "The start time must be earlier than or equal to the end time.",
        ));
    }
    let limit = match p.get("MaxResults") {
        None | Some(Value::Null) => MAX_RESULTS,
        Some(v) => match v.as_i64() {
            Some(n) if (1..=MAX_RESULTS).contains(&n) => n,
            _ => {
                return Err(error(
                    "InvalidMaxResultsException",
                    "MaxResults must be between 1 and 50.",
                ));
            }
        },
    } as usize;
    let category = p.get("EventCategory").and_then(Value::as_str);
    if let Some(c) = category
        && c != "insight"
    {
        return Err(error(
            "InvalidEventCategoryException",
            format!("Invalid EventCategory `{c}`: the only value is insight."),
        ));
    }
    let query = format!(
        "{:?}|{start:?}|{end:?}|{}|{}",
        attribute,
        category.unwrap_or_default(),
        call.principal.account_id
    );
    let after = match p.get("NextToken").and_then(Value::as_str) {
        None | Some("") => None,
        Some(token) => Some(decode_token(token, &query).ok_or_else(|| {
            error("InvalidNextTokenException", "The NextToken is not valid for this request.")
        })?),
    };
    if category.is_some() {
        return Ok(json!({ "Events": [] }));
    }
    let now = call.state.now_ms();
    let trail = call.state.trail.lock();
    let history = trail.get(&call.principal.account_id).map(Vec::as_slice).unwrap_or(&[]);
    let mut found: Vec<&TrailEvent> = history
        .iter()
        .filter(|e| e.visible_at_ms <= now)
        .filter(|e| start.is_none_or(|s| e.event_time_ms >= s))
        .filter(|e| end.is_none_or(|x| e.event_time_ms <= x))
        .filter(|e| attribute.is_none_or(|(k, v)| matches(e, k, v)))
        .collect();
    // Newest first.
    found.sort_by_key(|e| std::cmp::Reverse((e.event_time_ms, e.seq)));
    let begin = match after {
        None => 0,
        Some(cursor) => found.partition_point(|e| (e.event_time_ms, e.seq) >= cursor),
    };
    let end_index = (begin + limit).min(found.len());
    let page = &found[begin..end_index];
    let events: Vec<Value> = page.iter().map(|e| event_json(e)).collect();
    let mut out = json!({ "Events": events });
    if end_index < found.len()
        && let Some(last) = page.last()
    {
        out["NextToken"] = json!(encode_token((last.event_time_ms, last.seq), &query));
    }
    Ok(out)
}

fn event_json(event: &TrailEvent) -> Value {
    let resources: Vec<Value> = event
        .resources
        .iter()
        .map(|(t, n)| json!({ "ResourceType": t, "ResourceName": n }))
        .collect();
    let mut out = json!({
        "EventId": event.event_id,
        "EventName": event.event_name,
        "ReadOnly": if event.read_only { "true" } else { "false" },
        "EventTime": event.event_time_ms as f64 / 1000.0,
        "EventSource": event.event_source,
        "Resources": resources,
        "CloudTrailEvent": serde_json::to_string(&event.record).unwrap_or_default(),
    });
    // Service events have neither.
    if !event.access_key_id.is_empty() {
        out["AccessKeyId"] = json!(event.access_key_id);
    }
    if !event.username.is_empty() {
        out["Username"] = json!(event.username);
    }
    out
}

fn query_tag(query: &str) -> String {
    hex::encode(&Sha256::digest(query.as_bytes())[..8])
}

fn encode_token(cursor: (i64, u64), query: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("{}|{}|{}", query_tag(query), cursor.0, cursor.1))
}

fn decode_token(token: &str, query: &str) -> Option<(i64, u64)> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?;
    let mut parts = raw.split('|');
    if parts.next()? != query_tag(query) {
        return None;
    }
    let time = parts.next()?.parse().ok()?;
    let seq = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((time, seq))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_bound_to_their_query() {
        let token = encode_token((1_700_000_000_000, 7), "q1");
        assert_eq!(decode_token(&token, "q1"), Some((1_700_000_000_000, 7)));
        assert_eq!(decode_token(&token, "q2"), None);
        assert_eq!(decode_token("forged", "q1"), None);
    }
}
