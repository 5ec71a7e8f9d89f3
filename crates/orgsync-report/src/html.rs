//! The self-contained HTML report of `orgsync report`: one file with the
//! organization chart, the account table, policy coverage (per account, the
//! rows of `aws_organizations_policy_applicability`: each policy by type
//! with where it is inherited from, and what the snapshot cannot tell) and
//! the latest diff, the organization findings ([`mod@crate::findings`]) and
//! the organization's activity records (handshakes, account-creation
//! requests, the resource-based delegation policy, centralized root access,
//! effective policies that fail validation, billing responsibility transfers).
//!
//! The page is `assets/report.html` with the stylesheet `assets/report.css`
//! and the script `assets/report.js` inlined, and the data as one JSON
//! document in a `<script type="application/json">` block. Nothing is
//! fetched: a Content-Security-Policy of `default-src 'none'` allows only
//! the inline style and script by their SHA-256 hashes, so even a crafted
//! value could not load or run anything else. Data reaches the page only
//! through `textContent`, and the JSON block escapes `<`, `>` and `&` so no
//! value (tag values may contain `</script>`) can end the block early.

use base64::Engine;
use chrono::{DateTime, Utc};
use orgsync_schema::{
    AccountContactRow, AccountInformationRow, AccountRegionRow, Snapshot, TableName, Text,
    format_timestamp,
};
use serde_json::{Value as Json, json};
use sha2::{Digest, Sha256};

use crate::applicability::{Applies, Resolver};
use crate::diff::OrgDiff;
use crate::diff_render::sections;
use crate::findings::{FindingSettings, findings};
use crate::model::{NodeKind, OrgModel, policy_type_abbreviation};

const TEMPLATE: &str = include_str!("../assets/report.html");
const STYLE: &str = include_str!("../assets/report.css");
const SCRIPT: &str = include_str!("../assets/report.js");

/// What the report shows.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The latest snapshot of the organization.
    pub snapshot: &'a Snapshot,
    /// Changes from the previous run to `snapshot`, when there was one.
    pub diff: Option<&'a OrgDiff>,
    /// When the report was written.
    pub generated_at: DateTime<Utc>,
    /// Settings of the organization checks shown in the findings tab.
    pub findings: &'a FindingSettings,
}

/// Escapes text for HTML element content and attribute values.
fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// JSON text safe inside a `<script>` data block: `<`, `>` and `&` (which
/// only occur inside JSON strings) and the JavaScript line separators are
/// written as `\u` escapes, which `JSON.parse` turns back into the same
/// characters.
pub fn script_safe_json(value: &Json) -> String {
    let text = serde_json::to_string(value).expect("a JSON value serialises");
    let mut out = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `'sha256-…'` source expression of an inline block for the CSP.
fn csp_hash(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest))
}

/// The data the page renders, as embedded in the report. Indexes refer to
/// positions in `nodes` (roots and OUs), `accounts` and `policies`.
pub fn report_data(input: &ReportInput<'_>) -> Json {
    let model = OrgModel::new(input.snapshot);
    let node_kind = |k: NodeKind| if k == NodeKind::Root { "root" } else { "ou" };
    let policy_indexes = |target: &str| -> Vec<usize> { model.attached_policies(target).to_vec() };

    let nodes: Vec<Json> = model
        .containers
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let parent = c.parent_id.as_deref().and_then(|p| model.container(p));
            json!({
                "id": c.id,
                "name": c.name,
                "kind": node_kind(c.kind),
                "parent": parent.map_or(-1, |p| p as i64),
                "path": model.container_name_path(i),
                "ous": model.child_containers(i),
                "accounts": model.child_accounts(i),
                "policies": policy_indexes(&c.id),
            })
        })
        .collect();

    let mut tags_by_resource: std::collections::HashMap<&str, Vec<[&str; 2]>> =
        std::collections::HashMap::new();
    for t in &model.tags {
        tags_by_resource.entry(&t.resource_id).or_default().push([&t.key, &t.value]);
    }
    for list in tags_by_resource.values_mut() {
        list.sort_unstable();
    }

    let resolver = Resolver::new(input.snapshot, &model);
    let details = account_details(input.snapshot);
    let accounts: Vec<Json> = model
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| {
            // One entry per policy that applies (the nearest attachment):
            // [policy index, node it is inherited from or -1 for direct,
            // levels of the path it is attached at]; what cannot be
            // resolved goes to `unknown` as [type, policy id, reason].
            let mut coverage: Vec<[i64; 3]> = Vec::new();
            let mut unknown: Vec<[String; 3]> = Vec::new();
            for row in resolver.account(i) {
                let policy = model.policy(&row.policy_id);
                match (&row.applies, policy, &row.source) {
                    (Applies::Unknown, _, _) | (_, None, _) | (_, _, None) => unknown.push([
                        row.policy_type.clone(),
                        row.policy_id.clone(),
                        row.resolution.clone().unwrap_or_default(),
                    ]),
                    (applies, Some(p), Some(source)) => {
                        let from = if *applies == Applies::Direct {
                            -1
                        } else {
                            model.container(&source.id).map_or(-1, |c| c as i64)
                        };
                        coverage.push([p as i64, from, row.attachment_count.unwrap_or(1) as i64]);
                    }
                }
            }
            json!({
                "id": a.id,
                "name": a.name,
                "email": a.email,
                "state": a.state,
                "parent": model.container(&a.parent_id).map_or(-1, |c| c as i64),
                "management": a.is_management_account
                    || model.management_account_id.as_deref() == Some(a.id.as_str()),
                "joinedMethod": a.joined_method,
                "joined": a.joined_timestamp,
                "tags": tags_by_resource.get(a.id.as_str()).cloned().unwrap_or_default(),
                "coverage": coverage,
                "unknown": unknown,
                "details": details.get(a.id.as_str()).cloned().unwrap_or(Json::Null),
            })
        })
        .collect();

    let mut attachment_count = vec![0usize; model.policies.len()];
    for a in &model.attachments {
        if let Some(p) = model.policy(&a.policy_id) {
            attachment_count[p] += 1;
        }
    }
    let policies: Vec<Json> = model
        .policies
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "id": p.id,
                "name": p.name,
                "type": p.policy_type,
                "abbreviation": policy_type_abbreviation(&p.policy_type),
                "awsManaged": p.aws_managed,
                "description": p.description,
                "attachments": attachment_count[i],
            })
        })
        .collect();

    let run = &input.snapshot.run;
    let diff = input.diff.map(|d| {
        json!({
            "fromRunId": d.from_run_id,
            "toRunId": d.to_run_id,
            "changeCount": d.change_count(),
            "sections": sections(d),
        })
    });
    json!({
        "orgId": model.org_id,
        "managementAccountId": model.management_account_id,
        "run": {
            "id": run.run_id,
            "startedAt": format_timestamp(run.started_at),
            "finishedAt": run.finished_at.map(format_timestamp),
            "status": run.status.as_str(),
            "toolVersion": run.tool_version,
            "scope": model.scope,
            "errors": input.snapshot.errors.len(),
        },
        "generatedAt": format_timestamp(input.generated_at),
        "nodes": nodes,
        "roots": model.roots(),
        "accounts": accounts,
        "policies": policies,
        "diff": diff,
        "findings": findings(input.snapshot, &model, input.findings),
        "activity": activity(input.snapshot),
    })
}

/// Per account, what the Account Management tables read (for the account's
/// detail in the Coverage tab), with only the keys of the tables that were
/// read: `created` (account information), `regions` (the opt-in Regions
/// that are not DISABLED, as `[name, status]`), `contact` (the primary
/// contact in one line).
fn account_details(snapshot: &Snapshot) -> std::collections::HashMap<Text, Json> {
    let mut details: std::collections::HashMap<Text, serde_json::Map<String, Json>> =
        std::collections::HashMap::new();
    if snapshot.tables.contains_key(&TableName::AccountRegion) {
        for row in snapshot.typed::<AccountRegionRow>() {
            let Some(status) = row.region_opt_status else { continue };
            let entry = details.entry(row.account_id).or_default();
            let regions = entry.entry("regions").or_insert_with(|| json!([]));
            if status != "ENABLED_BY_DEFAULT" && status != "DISABLED" {
                regions.as_array_mut().expect("an array").push(json!([row.region_name, status]));
            }
        }
    }
    for row in snapshot.typed::<AccountInformationRow>() {
        let created = row.account_created_date.map(format_timestamp);
        details.entry(row.account_id).or_default().insert("created".into(), json!(created));
    }
    for row in snapshot.typed::<AccountContactRow>() {
        let line: Vec<Text> = [row.full_name, row.company_name, row.city, row.country_code]
            .into_iter()
            .flatten()
            .collect();
        let line = line.iter().map(Text::as_str).collect::<Vec<_>>().join(", ");
        details.entry(row.account_id).or_default().insert("contact".into(), json!(line));
    }
    details.into_iter().map(|(k, v)| (k, Json::Object(v))).collect()
}

/// The record tables for the Activity tab: per table, whether it was read,
/// its rows as objects keyed by column name (`org_id`/`run_id` left out)
/// and the errors that kept it from being read.
fn activity(snapshot: &Snapshot) -> Json {
    let table = |name: TableName| -> Json {
        let def = name.def();
        let rows: Vec<Json> = snapshot
            .rows(name)
            .iter()
            .map(|row| {
                let mut object = serde_json::Map::new();
                for (column, value) in def.columns.iter().zip(row) {
                    if column.name == orgsync_schema::ORG_ID
                        || orgsync_schema::RUN_COLUMNS.contains(&column.name)
                    {
                        continue;
                    }
                    object.insert(
                        column.name.to_owned(),
                        value.render().map_or(Json::Null, Json::from),
                    );
                }
                Json::Object(object)
            })
            .collect();
        let errors: Vec<Json> = snapshot
            .errors
            .iter()
            .filter(|e| e.table_name == def.name)
            .map(|e| json!({ "operation": e.api_operation, "code": e.error_code, "message": e.message }))
            .collect();
        json!({ "read": snapshot.tables.contains_key(&name), "rows": rows, "errors": errors })
    };
    json!({
        "handshakes": table(TableName::Handshake),
        "createAccount": table(TableName::CreateAccountStatus),
        "resourcePolicy": table(TableName::ResourcePolicy),
        "rootAccess": table(TableName::RootAccessFeature),
        "invalidPolicies": table(TableName::EffectivePolicyValidationError),
        "transfers": table(TableName::ResponsibilityTransfer),
    })
}

/// The whole report as one HTML document.
pub fn render_html(input: &ReportInput<'_>) -> String {
    let data = script_safe_json(&report_data(input));
    let csp = format!(
        "default-src 'none'; style-src {}; script-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(STYLE),
        csp_hash(SCRIPT)
    );
    let title = html_escape(&format!("orgsync report: {}", input.snapshot.org_id()));
    // Placeholders are replaced in one pass over the template, so text in
    // the data can never be mistaken for a placeholder.
    let mut out = String::with_capacity(TEMPLATE.len() + STYLE.len() + SCRIPT.len() + data.len());
    let mut rest = TEMPLATE;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find("}}").expect("template placeholders are closed");
        match &rest[start + 2..end] {
            "CSP" => out.push_str(&html_escape(&csp)),
            "TITLE" => out.push_str(&title),
            "STYLE" => out.push_str(STYLE),
            "SCRIPT" => out.push_str(SCRIPT),
            "DATA" => out.push_str(&data),
            other => panic!("unknown template placeholder {other}"),
        }
        rest = &rest[end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_safe_json_cannot_close_the_block_and_round_trips() {
        let value = json!({"v": "</script><script>alert(1)</script> & \u{2028} \"q\" ü"});
        let text = script_safe_json(&value);
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        assert_eq!(serde_json::from_str::<Json>(&text).unwrap(), value);
    }

    #[test]
    fn html_escape_covers_markup_and_quotes() {
        assert_eq!(
            html_escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }
}
