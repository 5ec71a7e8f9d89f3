//! A readable structural diff of two JSON documents (policy content), as a
//! list of changes at JSON-pointer paths (RFC 6901) with old → new values.
//!
//! Rules that keep policy diffs readable:
//! * objects are compared key by key;
//! * arrays whose elements are all objects with distinct string `Sid`s
//!   (IAM-style statements) are matched by `Sid`, so inserting a statement
//!   does not show every later one as changed;
//! * arrays of scalars (action lists, regions) change as a whole, shown as
//!   old list → new list;
//! * other arrays are compared index by index.
//!
//! Documents that do not parse as JSON are compared as text: one change at
//! the empty pointer `""` with the old and new text.

use serde::Serialize;
use serde_json::Value as Json;

/// One change inside a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JsonChange {
    /// JSON pointer of the changed value (`""` is the whole document).
    pub pointer: String,
    /// Value before, compact JSON; `None` when the value was added.
    pub old: Option<String>,
    /// Value after, compact JSON; `None` when the value was removed.
    pub new: Option<String>,
}

/// Compares two documents; empty when they are equal as JSON (formatting
/// and key order differences are no change).
pub fn diff_documents(old: &str, new: &str) -> Vec<JsonChange> {
    match (serde_json::from_str::<Json>(old), serde_json::from_str::<Json>(new)) {
        (Ok(a), Ok(b)) => {
            let mut changes = Vec::new();
            diff_values(&a, &b, &mut String::new(), &mut changes);
            changes
        }
        _ if old == new => Vec::new(),
        _ => vec![JsonChange {
            pointer: String::new(),
            old: Some(old.to_owned()),
            new: Some(new.to_owned()),
        }],
    }
}

fn compact(v: &Json) -> String {
    serde_json::to_string(v).expect("a JSON value serialises")
}

/// Escapes one reference token of a JSON pointer (`~` → `~0`, `/` → `~1`).
fn push_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    for c in token.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

fn diff_values(old: &Json, new: &Json, pointer: &mut String, out: &mut Vec<JsonChange>) {
    if old == new {
        return;
    }
    match (old, new) {
        (Json::Object(a), Json::Object(b)) => {
            let mut keys: Vec<&String> =
                a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))).collect();
            keys.sort();
            for key in keys {
                let len = pointer.len();
                push_token(pointer, key);
                match (a.get(key), b.get(key)) {
                    (Some(x), Some(y)) => diff_values(x, y, pointer, out),
                    (Some(x), None) => out.push(JsonChange {
                        pointer: pointer.clone(),
                        old: Some(compact(x)),
                        new: None,
                    }),
                    (None, Some(y)) => out.push(JsonChange {
                        pointer: pointer.clone(),
                        old: None,
                        new: Some(compact(y)),
                    }),
                    (None, None) => {}
                }
                pointer.truncate(len);
            }
        }
        (Json::Array(a), Json::Array(b)) if is_scalar_list(a) && is_scalar_list(b) => {
            out.push(JsonChange {
                pointer: pointer.clone(),
                old: Some(compact(old)),
                new: Some(compact(new)),
            });
        }
        (Json::Array(a), Json::Array(b)) => match (sids(a), sids(b)) {
            (Some(sa), Some(sb)) => diff_by_sid(a, &sa, b, &sb, pointer, out),
            _ => diff_by_index(a, b, pointer, out),
        },
        _ => out.push(JsonChange {
            pointer: pointer.clone(),
            old: Some(compact(old)),
            new: Some(compact(new)),
        }),
    }
}

fn is_scalar_list(items: &[Json]) -> bool {
    items.iter().all(|v| !v.is_object() && !v.is_array())
}

/// The `Sid` of every element when all are objects with distinct string Sids.
fn sids(items: &[Json]) -> Option<Vec<&str>> {
    let sids: Vec<&str> =
        items.iter().map(|v| v.get("Sid").and_then(Json::as_str)).collect::<Option<_>>()?;
    let mut sorted = sids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    (sorted.len() == sids.len() && !sids.is_empty()).then_some(sids)
}

/// Matches statements by Sid. Changed and added statements are addressed by
/// their index in the new document, removed ones by their old index.
fn diff_by_sid(
    a: &[Json],
    sa: &[&str],
    b: &[Json],
    sb: &[&str],
    pointer: &mut String,
    out: &mut Vec<JsonChange>,
) {
    for (i, sid) in sa.iter().enumerate() {
        if !sb.contains(sid) {
            let len = pointer.len();
            push_token(pointer, &i.to_string());
            out.push(JsonChange { pointer: pointer.clone(), old: Some(compact(&a[i])), new: None });
            pointer.truncate(len);
        }
    }
    for (j, sid) in sb.iter().enumerate() {
        let len = pointer.len();
        push_token(pointer, &j.to_string());
        match sa.iter().position(|s| s == sid) {
            Some(i) => diff_values(&a[i], &b[j], pointer, out),
            None => out.push(JsonChange {
                pointer: pointer.clone(),
                old: None,
                new: Some(compact(&b[j])),
            }),
        }
        pointer.truncate(len);
    }
}

fn diff_by_index(a: &[Json], b: &[Json], pointer: &mut String, out: &mut Vec<JsonChange>) {
    for i in 0..a.len().max(b.len()) {
        let len = pointer.len();
        push_token(pointer, &i.to_string());
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => diff_values(x, y, pointer, out),
            (Some(x), None) => {
                out.push(JsonChange { pointer: pointer.clone(), old: Some(compact(x)), new: None })
            }
            (None, Some(y)) => {
                out.push(JsonChange { pointer: pointer.clone(), old: None, new: Some(compact(y)) })
            }
            (None, None) => {}
        }
        pointer.truncate(len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(pointer: &str, old: Option<&str>, new: Option<&str>) -> JsonChange {
        JsonChange { pointer: pointer.into(), old: old.map(Into::into), new: new.map(Into::into) }
    }

    #[test]
    fn formatting_and_key_order_are_no_change() {
        assert!(diff_documents(r#"{"a":1,"b":[1,2]}"#, "{ \"b\": [1, 2],\n \"a\": 1 }").is_empty());
    }

    #[test]
    fn statements_are_matched_by_sid() {
        let old = r#"{"Version":"2012-10-17","Statement":[
            {"Sid":"A","Effect":"Deny","Action":["s3:*"]},
            {"Sid":"B","Effect":"Deny","Action":"iam:*"}]}"#;
        let new = r#"{"Version":"2012-10-17","Statement":[
            {"Sid":"N","Effect":"Allow","Action":"*"},
            {"Sid":"A","Effect":"Deny","Action":["s3:*","ec2:*"]}]}"#;
        assert_eq!(
            diff_documents(old, new),
            vec![
                change(
                    "/Statement/1",
                    Some(r#"{"Sid":"B","Effect":"Deny","Action":"iam:*"}"#),
                    None
                ),
                change("/Statement/0", None, Some(r#"{"Sid":"N","Effect":"Allow","Action":"*"}"#)),
                change("/Statement/1/Action", Some(r#"["s3:*"]"#), Some(r#"["s3:*","ec2:*"]"#)),
            ]
        );
    }

    #[test]
    fn keys_with_slash_and_tilde_are_escaped() {
        assert_eq!(
            diff_documents(r#"{"a/b":{"c~d":1}}"#, r#"{"a/b":{"c~d":2}}"#),
            vec![change("/a~1b/c~0d", Some("1"), Some("2"))]
        );
    }

    #[test]
    fn arrays_without_sids_compare_by_index() {
        assert_eq!(
            diff_documents(r#"[{"x":1},{"x":2}]"#, r#"[{"x":1},{"x":3},{"x":4}]"#),
            vec![change("/1/x", Some("2"), Some("3")), change("/2", None, Some(r#"{"x":4}"#))]
        );
    }

    #[test]
    fn unparsable_documents_compare_as_text() {
        assert_eq!(diff_documents("not json", "not json"), vec![]);
        assert_eq!(
            diff_documents("not json", "{}"),
            vec![change("", Some("not json"), Some("{}"))]
        );
    }
}
