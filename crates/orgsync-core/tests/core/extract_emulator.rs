//! `run::extract` against the project's emulator over real HTTP, SigV4 and
//! the demo two-role chain with an external ID: every table compared with
//! rows computed from the emulator's model, the exact number of calls the
//! tree walk needs, and the `orgsync_error` rows of item-level failures.

use std::collections::{BTreeMap, BTreeSet};

use aws_config::SdkConfig;
use aws_config::retry::RetryConfig;
use chrono::{DateTime, Utc};
use orgsync_core::planner::{
    NoProgress, Operation, Phase, ProgressEvent, RateLimits, RecordingProgress,
};
use orgsync_core::run::{ExtractOptions, Extraction, extract};
use orgsync_core::tables::sort_by_primary_key;
use orgsync_emulator::model::EntityKind;
use orgsync_emulator::{AccountState, Emulator, Organization};
use orgsync_schema::{Row, RunStatus, TableName, Value};

use crate::common::start;

/// The demo identity: static user keys, then the two-role chain with the external ID.
async fn chain_config(emulator: &Emulator) -> SdkConfig {
    emulator.demo_chain_sdk_config(RetryConfig::standard()).await
}

fn last_role(emulator: &Emulator) -> String {
    emulator.demo_identity().master_assume_role_arn_chain.last().unwrap().clone()
}

fn options() -> ExtractOptions {
    // The Fast profile has no quotas: do not hold the client back either.
    ExtractOptions { rate_limits: RateLimits::scaled(1000.0), ..ExtractOptions::new() }
}

/// (table, resource, operation, code) of each error row of `snapshot`.
fn error_keys(snapshot: &orgsync_schema::Snapshot) -> Vec<(&str, Option<&str>, &str, &str)> {
    snapshot
        .errors
        .iter()
        .map(|e| {
            (
                e.table_name.as_str(),
                e.resource_id.as_deref(),
                e.api_operation.as_str(),
                e.error_code.as_str(),
            )
        })
        .collect()
}

/// `options` with the opt-in Account Management tables (`account_details`,
/// `primary_contacts`) added.
fn with_account_management_tables(mut options: ExtractOptions) -> ExtractOptions {
    options.tables.extend([
        TableName::AccountInformation,
        TableName::AccountRegion,
        TableName::AccountContact,
    ]);
    options
}

async fn run(emulator: &Emulator, options: &ExtractOptions) -> Extraction {
    let config = chain_config(emulator).await;
    let on_expired = || {};
    extract(&config, &on_expired, options, &NoProgress).await.expect("extract")
}

fn ts(epoch_seconds: i64) -> Value {
    Value::Timestamp(DateTime::<Utc>::from_timestamp(epoch_seconds, 0).unwrap())
}

fn text(s: &str) -> Value {
    Value::text(s)
}

/// Depth, id path and name path of a root or OU, from the model's parent links.
fn place(org: &Organization, id: &str) -> (i64, String, String) {
    if id == org.root.id {
        return (0, format!("{}/{}/", org.id, id), org.root.name.clone());
    }
    let ou = &org.organizational_units[id];
    let (depth, path, names) = place(org, &ou.parent_id);
    (depth + 1, format!("{path}{id}/"), format!("{names}/{}", ou.name))
}

/// Every table orgsync writes, computed from the model (effective policies: keys only).
fn expected_tables(org: &Organization, run_id: &str) -> BTreeMap<TableName, Vec<Row>> {
    // A row: the organization id, `cells`, the run id.
    let row = |cells: Vec<Value>| [vec![text(&org.id)], cells, vec![text(run_id)]].concat();
    let mut t: BTreeMap<TableName, Vec<Row>> = BTreeMap::new();
    let management = &org.accounts[&org.management_account_id];
    t.entry(TableName::Organization).or_default().push(row(vec![
        text(&org.arn()),
        text(&org.feature_set),
        text(&org.management_account_id),
        text(&org.management_account_arn()),
        text(&management.email),
    ]));
    let policy_types: Vec<serde_json::Value> = org
        .root
        .policy_types
        .iter()
        .map(|p| serde_json::json!({"type": p.policy_type, "status": p.status}))
        .collect();
    t.entry(TableName::Root).or_default().push(row(vec![
        text(&org.root.id),
        text(&org.root_arn()),
        text(&org.root.name),
        Value::Json(serde_json::Value::Array(policy_types).to_string()),
    ]));
    for ou in org.organizational_units.values() {
        let (depth, path, names) = place(org, &ou.id);
        t.entry(TableName::OrganizationalUnit).or_default().push(row(vec![
            text(&ou.id),
            text(&org.ou_arn(&ou.id)),
            text(&ou.name),
            text(&ou.parent_id),
            Value::Int(depth),
            text(&path),
            text(&names),
            text(&path),
        ]));
    }
    for a in org.accounts.values() {
        let (depth, path, _) = place(org, &a.parent_id);
        t.entry(TableName::Account).or_default().push(row(vec![
            text(&a.id),
            text(&org.account_arn(&a.id)),
            text(&a.name),
            text(&a.email),
            text(a.state.as_str()),
            text(a.state.legacy_status()),
            text(&a.joined_method),
            ts(a.joined_timestamp),
            text(&a.parent_id),
            Value::Int(depth + 1),
            text(&format!("{path}{}/", a.id)),
            Value::Bool(a.id == org.management_account_id),
            Value::Json(serde_json::json!([format!("{path}{}/", a.id)]).to_string()),
        ]));
        if a.state == AccountState::Active {
            for (kind, c) in org.alternate_contacts.get(&a.id).into_iter().flatten() {
                t.entry(TableName::AlternateContact).or_default().push(row(vec![
                    text(&a.id),
                    text(kind),
                    text(&c.name),
                    text(&c.title),
                    text(&c.email_address),
                    text(&c.phone_number),
                ]));
            }
            t.entry(TableName::AccountInformation).or_default().push(row(vec![
                text(&a.id),
                text(&a.name),
                text(a.state.as_str()),
                ts(a.created_timestamp.unwrap_or(a.joined_timestamp)),
            ]));
            for (region, status) in org.regions_of(&a.id) {
                t.entry(TableName::AccountRegion).or_default().push(row(vec![
                    text(&a.id),
                    text(region),
                    text(&status),
                ]));
            }
            if let Some(c) = org.contact_information.get(&a.id) {
                let opt = |v: &Option<String>| v.as_deref().map(text).unwrap_or(Value::Null);
                t.entry(TableName::AccountContact).or_default().push(row(vec![
                    text(&a.id),
                    text(&c.full_name),
                    opt(&c.company_name),
                    text(&c.address_line1),
                    opt(&c.address_line2),
                    Value::Null,
                    text(&c.city),
                    Value::Null,
                    opt(&c.state_or_region),
                    text(&c.postal_code),
                    text(&c.country_code),
                    text(&c.phone_number),
                    opt(&c.website_url),
                ]));
            }
        }
    }
    for (resource, tags) in &org.tags {
        let kind = match org.kind_of(resource).expect("tagged resource exists") {
            EntityKind::Root => "ROOT",
            EntityKind::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
            EntityKind::Account => "ACCOUNT",
            EntityKind::Policy => "POLICY",
        };
        for tag in tags {
            t.entry(TableName::Tag).or_default().push(row(vec![
                text(resource),
                text(kind),
                text(&tag.key),
                text(&tag.value),
            ]));
        }
    }
    for p in org.policies.values() {
        t.entry(TableName::Policy).or_default().push(row(vec![
            text(&p.id),
            text(&org.policy_arn(p)),
            text(&p.name),
            text(&p.description),
            text(&p.policy_type),
            Value::Bool(p.aws_managed),
            text(&p.content),
        ]));
    }
    for (target, policies) in &org.attachments {
        let (kind, name) = match org.kind_of(target).expect("target exists") {
            EntityKind::Root => ("ROOT", org.root.name.clone()),
            EntityKind::OrganizationalUnit => {
                ("ORGANIZATIONAL_UNIT", org.organizational_units[target].name.clone())
            }
            EntityKind::Account => ("ACCOUNT", org.accounts[target].name.clone()),
            EntityKind::Policy => unreachable!("policies are not targets"),
        };
        for p in policies {
            t.entry(TableName::PolicyTarget).or_default().push(row(vec![
                text(p),
                text(target),
                text(kind),
                text(&name),
            ]));
        }
    }
    for (principal, date) in &org.enabled_services {
        t.entry(TableName::EnabledService).or_default().push(row(vec![text(principal), ts(*date)]));
    }
    for (id, services) in &org.delegated_administrators {
        let a = &org.accounts[id];
        let first = services.values().min().copied().unwrap_or(a.joined_timestamp);
        t.entry(TableName::DelegatedAdministrator).or_default().push(row(vec![
            text(id),
            text(&org.account_arn(id)),
            text(&a.name),
            text(&a.email),
            text(a.state.as_str()),
            text(&a.joined_method),
            ts(a.joined_timestamp),
            ts(first),
        ]));
        for (service, date) in services {
            t.entry(TableName::DelegatedService).or_default().push(row(vec![
                text(id),
                text(service),
                ts(*date),
            ]));
        }
    }
    for h in org.handshakes.values() {
        let target = h.parties.iter().find(|p| p.party_type != "ORGANIZATION");
        let parties: Vec<serde_json::Value> = h
            .parties
            .iter()
            .map(|p| serde_json::json!({"id": p.id, "type": p.party_type}))
            .collect();
        fn resources(list: &[orgsync_emulator::model::HandshakeResource]) -> serde_json::Value {
            serde_json::Value::Array(
                list.iter()
                    .map(|r| {
                        let mut v = serde_json::json!({"type": r.resource_type, "value": r.value});
                        if !r.resources.is_empty() {
                            v["resources"] = resources(&r.resources);
                        }
                        v
                    })
                    .collect(),
            )
        }
        t.entry(TableName::Handshake).or_default().push(row(vec![
            text(&h.id),
            text(&org.handshake_arn(h)),
            text(&h.action),
            text(&h.state),
            ts(h.requested_timestamp),
            ts(h.expiration_timestamp),
            Value::opt_text(target.map(|p| p.id.clone())),
            Value::opt_text(target.map(|p| p.party_type.clone())),
            Value::Json(serde_json::Value::Array(parties).to_string()),
            Value::Json(resources(&h.resources).to_string()),
        ]));
    }
    for s in org.create_account_statuses.values() {
        t.entry(TableName::CreateAccountStatus).or_default().push(row(vec![
            text(&s.id),
            text(&s.account_name),
            text(&s.state),
            ts(s.requested_timestamp),
            s.completed_timestamp.map_or(Value::Null, ts),
            Value::opt_text(s.account_id.clone()),
            Value::opt_text(s.gov_cloud_account_id.clone()),
            Value::opt_text(s.failure_reason.clone()),
        ]));
    }
    if org.enabled_services.contains_key("iam.amazonaws.com") {
        for feature in &org.iam_root_access_features {
            t.entry(TableName::RootAccessFeature).or_default().push(row(vec![text(feature)]));
        }
    }
    for (account, types) in &org.invalid_effective_policies {
        for (policy_type, invalid) in types {
            for (n, e) in invalid.errors.iter().enumerate() {
                t.entry(TableName::EffectivePolicyValidationError).or_default().push(row(vec![
                    text(account),
                    text(policy_type),
                    Value::Int(n as i64 + 1),
                    text(&e.error_code),
                    text(&e.error_message),
                    text(&e.path_to_error),
                    Value::Json(serde_json::json!(e.contributing_policies).to_string()),
                    ts(invalid.evaluation_timestamp),
                ]));
            }
        }
    }
    for tr in org.responsibility_transfers.values() {
        t.entry(TableName::ResponsibilityTransfer).or_default().push(row(vec![
            text(&tr.direction),
            text(&tr.id),
            text(&org.transfer_arn(tr)),
            text(&tr.name),
            text("BILLING"),
            text(&tr.status),
            text(&tr.source.management_account_id),
            text(&tr.source.management_account_email),
            text(&tr.target.management_account_id),
            text(&tr.target.management_account_email),
            ts(tr.start_timestamp),
            tr.end_timestamp.map_or(Value::Null, ts),
            Value::opt_text(tr.active_handshake_id.clone()),
        ]));
    }
    if let Some(p) = &org.resource_policy {
        t.entry(TableName::ResourcePolicy).or_default().push(row(vec![
            text(&p.id),
            text(&org.resource_policy_arn(p)),
            text(&p.content),
        ]));
    }
    for (table, rows) in &mut t {
        sort_by_primary_key(*table, rows);
    }
    t
}

/// (account, policy type) pairs that have an effective policy in the model.
fn expected_effective_keys(org: &Organization) -> BTreeSet<(String, String)> {
    let enabled: Vec<&str> = org
        .root
        .policy_types
        .iter()
        .filter(|p| p.status == "ENABLED")
        .map(|p| p.policy_type.as_str())
        .filter(|t| orgsync_emulator::model::is_effective_policy_type(t))
        .collect();
    let mut keys = BTreeSet::new();
    for a in org.accounts.values().filter(|a| a.state == AccountState::Active) {
        for level in org.lineage(&a.id) {
            for p in org.attachments.get(&level).into_iter().flatten() {
                let ty = org.policies[p].policy_type.as_str();
                if enabled.contains(&ty) {
                    keys.insert((a.id.clone(), ty.to_owned()));
                }
            }
        }
    }
    keys
}

/// Compares the rows read with the rows expected from the model, which
/// has no `fetched_at` (the last column, when the read rows have it).
fn assert_rows_equal(table: TableName, actual: &[Row], expected: &[Row]) {
    for (a, e) in actual.iter().zip(expected) {
        assert_eq!(&a[..e.len()], &e[..], "{}: first differing row", table.as_str());
    }
    assert_eq!(actual.len(), expected.len(), "{}: row count", table.as_str());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_table_of_a_2000_account_organization_matches_the_model() {
    let emulator = start(2000, 7).await;
    let mut options = with_account_management_tables(options());
    options.effective_policies = true;
    let extraction = run(&emulator, &options).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Succeeded, "{:?}", snapshot.errors);
    assert!(snapshot.errors.is_empty());

    let (expected, effective_keys) = emulator
        .controls()
        .with_org(|org| (expected_tables(org, &options.run_id), expected_effective_keys(org)));
    assert_eq!(expected[&TableName::Account].len(), emulator.account_count());
    assert!(emulator.account_count() >= 2000);
    for (table, rows) in &expected {
        assert_rows_equal(*table, snapshot.rows(*table), rows);
        assert_eq!(snapshot.run.counts[table.as_str()], rows.len() as u64);
    }
    for table in [
        TableName::Tag,
        TableName::AlternateContact,
        TableName::PolicyTarget,
        TableName::Handshake,
        TableName::CreateAccountStatus,
        TableName::ResourcePolicy,
        TableName::RootAccessFeature,
        TableName::EffectivePolicyValidationError,
        TableName::ResponsibilityTransfer,
        TableName::AccountInformation,
        TableName::AccountRegion,
        TableName::AccountContact,
    ] {
        assert!(!snapshot.rows(table).is_empty(), "{} should not be empty", table.as_str());
    }
    // More than a page of each list, so paging is exercised.
    assert!(expected[&TableName::Handshake].len() > 20);
    assert!(expected[&TableName::CreateAccountStatus].len() > 20);
    let type_col = TableName::Policy.def().column_index("type").unwrap();
    assert!(
        snapshot
            .rows(TableName::Policy)
            .iter()
            .any(|r| r[type_col].as_str() == Some("GUARDDUTY_POLICY"))
    );
    assert!(actual_keys_of(snapshot).iter().any(|(_, t)| t == "GUARDDUTY_POLICY"));
    let actual_keys = actual_keys_of(snapshot);
    assert!(!effective_keys.is_empty());
    assert_eq!(actual_keys, effective_keys);
    for row in snapshot.rows(TableName::EffectivePolicy) {
        serde_json::from_str::<serde_json::Value>(row[3].as_str().unwrap()).expect("JSON document");
    }

    // Planner counters agree with what the server counted.
    let counters = emulator.controls().counters();
    for (op, stats) in &extraction.operations {
        assert_eq!(counters.get(&op.qualified_name()).calls, stats.calls, "{op}");
    }
}

/// (account, policy type) of the effective-policy rows.
fn actual_keys_of(snapshot: &orgsync_schema::Snapshot) -> BTreeSet<(String, String)> {
    snapshot
        .rows(TableName::EffectivePolicy)
        .iter()
        .map(|r| (r[1].as_str().unwrap().to_owned(), r[2].as_str().unwrap().to_owned()))
        .collect()
}

fn pages(items: usize) -> u64 {
    items.div_ceil(20).max(1) as u64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_tree_walk_makes_the_minimum_number_of_calls() {
    let emulator = start(500, 11).await;
    let extraction = run(&emulator, &options()).await;
    let counters = emulator.controls().counters();
    let calls = |op: Operation| counters.get(&op.qualified_name()).calls;
    let expected = emulator.controls().with_org(|org| {
        let parents: Vec<&str> = std::iter::once(org.root.id.as_str())
            .chain(org.organizational_units.keys().map(String::as_str))
            .collect();
        let children = |ous: bool, parent: &str| {
            if ous {
                org.organizational_units.values().filter(|o| o.parent_id == parent).count()
            } else {
                org.accounts.values().filter(|a| a.parent_id == parent).count()
            }
        };
        let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
        for p in org.policies.values() {
            *by_type.entry(p.policy_type.as_str()).or_default() += 1;
        }
        let mut targets: BTreeMap<&str, usize> = BTreeMap::new();
        for policies in org.attachments.values() {
            for p in policies {
                *targets.entry(p.as_str()).or_default() += 1;
            }
        }
        let tagged = |id: &str| pages(org.tags.get(id).map_or(0, Vec::len));
        let resources = parents.iter().copied().chain(org.accounts.keys().map(String::as_str));
        BTreeMap::from([
            // Σ over parents (root and every OU) of max(1, ceil(child OUs / 20)).
            (
                Operation::ListOrganizationalUnitsForParent,
                parents.iter().map(|p| pages(children(true, p))).sum::<u64>(),
            ),
            // Σ over parents of max(1, ceil(child accounts / 20)).
            (
                Operation::ListAccountsForParent,
                parents.iter().map(|p| pages(children(false, p))).sum::<u64>(),
            ),
            // One DescribePolicy per policy.
            (Operation::DescribePolicy, org.policies.len() as u64),
            // Σ over policies of max(1, ceil(targets / 20)).
            (
                Operation::ListTargetsForPolicy,
                org.policies
                    .keys()
                    .map(|p| pages(targets.get(p.as_str()).copied().unwrap_or(0)))
                    .sum(),
            ),
            // Σ over root, OUs, accounts and policies of max(1, ceil(tags / 20)).
            (
                Operation::ListTagsForResource,
                resources.chain(org.policies.keys().map(String::as_str)).map(tagged).sum(),
            ),
            // Three contact types per ACTIVE account.
            (
                Operation::GetAlternateContact,
                3 * org.accounts.values().filter(|a| a.state == AccountState::Active).count()
                    as u64,
            ),
            (Operation::DescribeOrganization, 1),
            (Operation::ListRoots, 1),
            // The organization's records: one list each, one describe.
            (Operation::ListHandshakesForOrganization, pages(org.handshakes.len())),
            (Operation::ListCreateAccountStatus, pages(org.create_account_statuses.len())),
            (Operation::DescribeResourcePolicy, 1),
            (Operation::ListOrganizationsFeatures, 1),
            (Operation::ListInboundResponsibilityTransfers, 1),
            (Operation::ListOutboundResponsibilityTransfers, 1),
            // One list per management type enabled on the root, then one
            // per account it names.
            (
                Operation::ListAccountsWithInvalidEffectivePolicy,
                org.root
                    .policy_types
                    .iter()
                    .filter(|p| p.status == "ENABLED")
                    .filter(|p| orgsync_emulator::model::is_effective_policy_type(&p.policy_type))
                    .map(|p| {
                        pages(
                            org.invalid_effective_policies
                                .values()
                                .filter(|types| types.contains_key(&p.policy_type))
                                .count(),
                        )
                    })
                    .sum(),
            ),
            (
                Operation::ListEffectivePolicyValidationErrors,
                org.invalid_effective_policies
                    .values()
                    .flat_map(|types| types.values())
                    .map(|invalid| pages(invalid.errors.len()))
                    .sum(),
            ),
        ])
    });
    for (op, n) in &expected {
        assert_eq!(calls(*op), *n, "{op}");
        assert_eq!(extraction.operations[op].calls, *n, "{op} (planner counters)");
    }
    assert_eq!(counters.get("organizations:ListAccounts").calls, 0);
    assert_eq!(counters.get("organizations:ListParents").calls, 0);
    assert_eq!(extraction.snapshot.run.retried_calls, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_denied_on_alternate_contacts_is_one_error_row_for_the_whole_org() {
    let emulator = start(200, 3).await;
    emulator.controls().deny_action(&last_role(&emulator), "account:GetAlternateContact");
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    assert_eq!(
        error_keys(snapshot),
        [(
            "aws_organizations_alternate_contact",
            None,
            "GetAlternateContact",
            "AccessDeniedException"
        )]
    );
    assert!(snapshot.rows(TableName::AlternateContact).is_empty());
    // Stopped once the denial was confirmed: at most the calls in flight
    // (max_concurrency) plus one sent in each slot freed by an answer that
    // could not confirm it yet, i.e. the other contact types of the first
    // denied account (2) and that account's own first answer (1); not one
    // per account (600).
    let calls = extraction.operations[&Operation::GetAlternateContact].calls;
    let bound = (orgsync_core::planner::DEFAULT_MAX_CONCURRENCY + 3) as u64;
    assert!(calls <= bound, "{calls} GetAlternateContact calls (at most {bound})");
    assert_eq!(snapshot.rows(TableName::Account).len(), emulator.account_count());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_denied_on_one_policy_type_is_one_error_row_for_that_type() {
    let emulator = start(200, 3).await;
    emulator.controls().deny_policy_type(&last_role(&emulator), "TAG_POLICY");
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    let errors = error_keys(snapshot);
    assert_eq!(
        errors,
        vec![(
            "aws_organizations_policy",
            Some("TAG_POLICY"),
            "ListPolicies",
            "AccessDeniedException"
        )]
    );
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    let type_col = TableName::Policy.def().column_index("type").unwrap();
    let types: BTreeSet<&str> =
        snapshot.rows(TableName::Policy).iter().filter_map(|r| r[type_col].as_str()).collect();
    assert!(!types.contains("TAG_POLICY"));
    assert!(types.contains("SERVICE_CONTROL_POLICY"));
}

#[tokio::test(flavor = "current_thread")]
async fn an_account_removed_mid_run_is_an_error_row_and_the_run_goes_on() {
    // With one call in flight and one thread, the call order is deterministic:
    // a first run finds when the tags of a suspended/closed account (no contact
    // calls of its own) are read; a second run removes it just before that.
    let mut options = options();
    options.max_concurrency = Some(1);
    let emulator = start(120, 5).await;
    let victim = emulator.controls().with_org(|org| {
        org.accounts
            .values()
            .find(|a| a.state != AccountState::Active && a.id != org.management_account_id)
            .map(|a| a.id.clone())
            .expect("the synthetic org has a non-active account")
    });
    run(&emulator, &options).await;
    let organizations_calls_before = emulator
        .controls()
        .requests()
        .iter()
        .filter(|r| r.service == "organizations")
        .position(|r| {
            r.operation == "ListTagsForResource"
                && r.params.get("ResourceId").and_then(|v| v.as_str()) == Some(victim.as_str())
        })
        .expect("the victim's tags were read") as u64;
    emulator.shutdown().await;

    let emulator = start(120, 5).await;
    let id = victim.clone();
    emulator.controls().after_calls(
        organizations_calls_before,
        Box::new(move |org| {
            org.remove_account(&id);
        }),
    );
    let extraction = run(&emulator, &options).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    assert_eq!(snapshot.errors.len(), 1, "{:?}", snapshot.errors);
    let e = &snapshot.errors[0];
    assert_eq!(
        (e.table_name.as_str(), e.resource_id.as_deref(), e.api_operation.as_str()),
        ("aws_organizations_tag", Some(victim.as_str()), "ListTagsForResource")
    );
    assert!(
        ["TargetNotFoundException", "AccountNotFoundException"].contains(&e.error_code.as_str()),
        "{}",
        e.error_code
    );
    // Listed by the walk before it went away; everything else complete.
    let ids: Vec<&str> =
        snapshot.rows(TableName::Account).iter().filter_map(|r| r[1].as_str()).collect();
    assert!(ids.contains(&victim.as_str()));
    assert_eq!(ids.len(), 120);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_started_phase_finishes_at_its_last_item_count() {
    let emulator = start(150, 13).await;
    let mut options = options();
    options.effective_policies = true;
    let config = chain_config(&emulator).await;
    let on_expired = || {};
    let recorder = RecordingProgress::default();
    extract(&config, &on_expired, &options, &recorder).await.expect("extract");
    let events = recorder.events();

    let started: Vec<Phase> = events
        .iter()
        .filter_map(|e| match e {
            ProgressEvent::PhaseStarted { phase } => Some(*phase),
            _ => None,
        })
        .collect();
    assert!(started.len() >= 6, "phases started: {started:?}");
    for phase in started {
        let finished: Vec<(usize, u64)> = events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match e {
                ProgressEvent::PhaseFinished { phase: p, done } if *p == phase => Some((i, *done)),
                _ => None,
            })
            .collect();
        assert_eq!(finished.len(), 1, "{phase:?}: one PhaseFinished, got {finished:?}");
        let (finished_at, finished_done) = finished[0];
        let items: Vec<(usize, u64, u64)> = events
            .iter()
            .enumerate()
            .filter_map(|(i, e)| match e {
                ProgressEvent::Items { phase: p, done, total, .. } if *p == phase => {
                    Some((i, *done, *total))
                }
                _ => None,
            })
            .collect();
        let &(last_at, last_done, last_total) = items.last().expect("items of a started phase");
        assert!(last_at < finished_at, "{phase:?}: an Items event after PhaseFinished");
        assert_eq!(last_done, last_total, "{phase:?}: last Items not complete");
        assert_eq!(
            finished_done, last_total,
            "{phase:?}: finished at {finished_done} of {last_total}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn run_timestamps_are_whole_microseconds_as_every_destination_keeps_them() {
    use chrono::Timelike;
    let emulator = start(5, 1).await;
    let run = run(&emulator, &options()).await.snapshot.run;
    assert_eq!(run.started_at.nanosecond() % 1_000, 0, "{}", run.started_at);
    let finished_at = run.finished_at.expect("finished");
    assert_eq!(finished_at.nanosecond() % 1_000, 0, "{finished_at}");
}

/// `aws_organizations_policy_applicability` computed independently of
/// orgsync-report: each account's lineage in the emulator's model, walked
/// from the root down, the attachments at each level (what
/// ListPoliciesForTarget answers for that node), the nearest one winning.
fn expected_applicability(org: &Organization, run_id: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    for a in org.accounts.values() {
        let lineage = org.lineage(&a.id);
        let mut nearest: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (depth, node) in lineage.iter().enumerate() {
            for p in org.attachments.get(node).into_iter().flatten() {
                let entry = nearest.entry(p.as_str()).or_insert((depth, 0));
                entry.0 = depth;
                entry.1 += 1;
            }
        }
        for (p, (depth, count)) in nearest {
            let node = &lineage[depth];
            let (kind, name) = match org.kind_of(node).expect("node exists") {
                EntityKind::Root => ("ROOT", org.root.name.clone()),
                EntityKind::OrganizationalUnit => {
                    ("ORGANIZATIONAL_UNIT", org.organizational_units[node].name.clone())
                }
                EntityKind::Account => ("ACCOUNT", org.accounts[node].name.clone()),
                EntityKind::Policy => unreachable!("policies are not targets"),
            };
            let policy = &org.policies[p];
            rows.push(vec![
                text(&org.id),
                text(&a.id),
                text(&policy.policy_type),
                text(p),
                text(&policy.name),
                text(if kind == "ACCOUNT" { "direct" } else { "inherited" }),
                text(node),
                text(kind),
                text(&name),
                Value::Int(depth as i64),
                Value::Int(count as i64),
                Value::Null,
                text(run_id),
            ]);
        }
    }
    sort_by_primary_key(TableName::PolicyApplicability, &mut rows);
    rows
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn policy_applicability_equals_an_independent_walk_of_the_model() {
    let emulator = start(300, 11).await;
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Succeeded, "{:?}", snapshot.errors);
    let (expected, states, types) = emulator.controls().with_org(|org| {
        let states: BTreeSet<&str> = org.accounts.values().map(|a| a.state.as_str()).collect();
        let types: BTreeSet<String> = org
            .attachments
            .values()
            .flatten()
            .map(|p| org.policies[p].policy_type.clone())
            .collect();
        (expected_applicability(org, &snapshot.run.run_id), states, types)
    });
    // The synthetic organization has what the comparison must cover.
    assert!(states.contains("SUSPENDED") && states.contains("CLOSED"), "{states:?}");
    assert!(types.len() >= 4, "{types:?}");
    let actual = snapshot.rows(TableName::PolicyApplicability);
    assert_rows_equal(TableName::PolicyApplicability, actual, &expected);
    assert_eq!(
        snapshot.run.counts["aws_organizations_policy_applicability"],
        expected.len() as u64
    );
    // The findings table is derived in the same pass, from the same rows.
    let findings = snapshot.rows(TableName::Finding);
    assert!(!findings.is_empty());
    assert_eq!(findings, orgsync_report::finding_rows(snapshot, &Default::default()).as_slice());
    // Every account has at least one row (FullAWSAccess at the root).
    let accounts: BTreeSet<&str> = actual.iter().filter_map(|r| r[1].as_str()).collect();
    assert_eq!(accounts.len(), emulator.account_count());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_denied_policy_type_is_an_unknown_row_per_account_not_a_gap() {
    let emulator = start(120, 5).await;
    emulator.controls().deny_policy_type(&last_role(&emulator), "TAG_POLICY");
    // Policy targets are excluded from what is written: still read for the derivation.
    let mut options = options();
    options.tables.remove(&TableName::PolicyTarget);
    let extraction = run(&emulator, &options).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    assert!(!snapshot.tables.contains_key(&TableName::PolicyTarget));
    let rows = snapshot.rows(TableName::PolicyApplicability);
    let markers: Vec<&Row> = rows.iter().filter(|r| r[2].as_str() == Some("TAG_POLICY")).collect();
    assert_eq!(markers.len(), emulator.account_count(), "one marker per account");
    for m in markers {
        assert_eq!(m[3], text("*"));
        assert_eq!(m[5], text("unknown"));
        assert_eq!(m[11], text("ListPolicies for TAG_POLICY failed: AccessDeniedException"));
    }
    // The other types are still answered.
    assert!(
        rows.iter().any(|r| r[2].as_str() == Some("SERVICE_CONTROL_POLICY")
            && r[5].as_str() == Some("inherited"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_resource_policy_is_no_row_and_no_error() {
    let emulator = start(60, 9).await;
    emulator.controls().mutate_org(|org| org.resource_policy = None);
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Succeeded, "{:?}", snapshot.errors);
    assert!(snapshot.tables.contains_key(&TableName::ResourcePolicy));
    assert!(snapshot.rows(TableName::ResourcePolicy).is_empty());
    assert_eq!(extraction.operations[&Operation::DescribeResourcePolicy].calls, 1);
    assert_eq!(snapshot.run.counts["aws_organizations_resource_policy"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_denied_on_each_record_table_is_one_error_row_and_the_rest_is_read() {
    for (action, table) in [
        ("organizations:ListHandshakesForOrganization", TableName::Handshake),
        ("organizations:ListCreateAccountStatus", TableName::CreateAccountStatus),
        ("organizations:DescribeResourcePolicy", TableName::ResourcePolicy),
        ("iam:ListOrganizationsFeatures", TableName::RootAccessFeature),
        (
            "organizations:ListAccountsWithInvalidEffectivePolicy",
            TableName::EffectivePolicyValidationError,
        ),
    ] {
        // Paging would bring more calls: one row per page of 1 item.
        let emulator = start(1200, 4).await;
        emulator.controls().deny_action(&last_role(&emulator), action);
        let extraction = run(&emulator, &options()).await;
        let snapshot = &extraction.snapshot;
        assert_eq!(snapshot.run.status, RunStatus::Partial, "{action}");
        let errors = error_keys(snapshot);
        let operation = action.split(':').nth(1).unwrap();
        // IAM (query protocol) spells it without the suffix.
        let denied_code =
            if action.starts_with("iam:") { "AccessDenied" } else { "AccessDeniedException" };
        assert_eq!(errors, vec![(table.as_str(), None, operation, denied_code)], "{action}");
        assert!(snapshot.rows(table).is_empty(), "{action}");
        // The other record tables are read in full.
        let expected = emulator.controls().with_org(|org| expected_tables(org, &options().run_id));
        for other in [
            TableName::Handshake,
            TableName::CreateAccountStatus,
            TableName::ResourcePolicy,
            TableName::RootAccessFeature,
            TableName::EffectivePolicyValidationError,
        ] {
            if other != table {
                assert_eq!(snapshot.rows(other).len(), expected[&other].len(), "{action}");
            }
        }
        assert_eq!(snapshot.rows(TableName::Account).len(), emulator.account_count());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn aws_paths_are_kept_and_a_disagreement_with_the_walk_is_an_error_row() {
    let emulator = start(80, 13).await;
    let (wrong, two, none, ou, ou_path) = emulator.controls().mutate_org(|org| {
        let members: Vec<String> = org
            .accounts
            .keys()
            .filter(|id| **id != org.management_account_id)
            .take(3)
            .cloned()
            .collect();
        let ou = org.organizational_units.keys().next().unwrap().clone();
        let elsewhere = format!("{}/{}/ou-moved-away/", org.id, org.root.id);
        org.reported_paths.insert(members[0].clone(), vec![format!("{elsewhere}{}/", members[0])]);
        let own = org.path_of(&members[1]);
        org.reported_paths.insert(members[1].clone(), vec![own, elsewhere.clone()]);
        org.reported_paths.insert(members[2].clone(), Vec::new());
        org.reported_paths.insert(ou.clone(), vec![elsewhere]);
        let ou_path = org.path_of(&ou);
        (members[0].clone(), members[1].clone(), members[2].clone(), ou, ou_path)
    });
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    let errors: Vec<_> = snapshot
        .errors
        .iter()
        .map(|e| {
            (
                e.table_name.as_str(),
                e.resource_id.clone().unwrap(),
                e.api_operation.as_str(),
                e.error_code.as_str(),
            )
        })
        .collect();
    assert_eq!(
        errors,
        vec![
            ("aws_organizations_account", wrong.clone(), "ListAccountsForParent", "PathMismatch"),
            (
                "aws_organizations_organizational_unit",
                ou.clone(),
                "ListOrganizationalUnitsForParent",
                "PathMismatch"
            ),
        ]
    );
    assert!(snapshot.errors[1].message.as_deref().unwrap().contains(&ou_path));
    let accounts = TableName::Account.def();
    let (id_col, path_col, aws_col) = (
        accounts.column_index("account_id").unwrap(),
        accounts.column_index("path").unwrap(),
        accounts.column_index("aws_paths").unwrap(),
    );
    let row = |id: &str| {
        snapshot.rows(TableName::Account).iter().find(|r| r[id_col].as_str() == Some(id)).unwrap()
    };
    let aws_paths = |id: &str| -> Vec<String> {
        serde_json::from_str(row(id)[aws_col].as_str().unwrap()).unwrap()
    };
    // The walk's path stays in `path`; AWS's answer is kept as it came.
    assert!(!aws_paths(&wrong).contains(&row(&wrong)[path_col].as_str().unwrap().to_owned()));
    assert_eq!(aws_paths(&two).len(), 2, "more than one path fits the contract");
    assert_eq!(aws_paths(&two)[0], row(&two)[path_col].as_str().unwrap());
    assert_eq!(row(&none)[aws_col], Value::Null, "no Paths returned: NULL");
    let ous = TableName::OrganizationalUnit.def();
    let ou_row = snapshot
        .rows(TableName::OrganizationalUnit)
        .iter()
        .find(|r| r[1].as_str() == Some(ou.as_str()))
        .unwrap();
    assert_eq!(ou_row[ous.column_index("path").unwrap()], text(&ou_path));
    assert_ne!(ou_row[ous.column_index("aws_path").unwrap()], text(&ou_path));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trusted_access_for_iam_not_enabled_is_one_clear_error_row() {
    let emulator = start(300, 21).await;
    emulator.controls().mutate_org(|org| {
        org.enabled_services.remove("iam.amazonaws.com");
    });
    let extraction = run(&emulator, &options()).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    assert_eq!(
        error_keys(snapshot),
        [(
            "aws_organizations_root_access_feature",
            None,
            "ListOrganizationsFeatures",
            "ServiceAccessNotEnabledException"
        )]
    );
    let message = snapshot.errors[0].message.as_deref().unwrap();
    assert!(
        message.contains("trusted access for IAM (iam.amazonaws.com) is not enabled"),
        "{message}"
    );
    assert!(snapshot.rows(TableName::RootAccessFeature).is_empty());
    assert_eq!(extraction.operations[&Operation::ListOrganizationsFeatures].calls, 1);
    assert_eq!(snapshot.rows(TableName::Account).len(), emulator.account_count());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn trusted_access_for_account_management_not_enabled_is_one_error_row_per_table() {
    let emulator = start(300, 23).await;
    emulator.controls().mutate_org(|org| {
        org.enabled_services.remove("account.amazonaws.com");
    });
    let options = with_account_management_tables(options());
    let extraction = run(&emulator, &options).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    let errors: Vec<(&str, Option<&str>, &str)> = snapshot
        .errors
        .iter()
        .map(|e| (e.table_name.as_str(), e.resource_id.as_deref(), e.api_operation.as_str()))
        .collect();
    assert_eq!(
        errors,
        vec![
            ("aws_organizations_account_contact", None, "GetContactInformation"),
            ("aws_organizations_account_information", None, "GetAccountInformation"),
            ("aws_organizations_account_region", None, "ListRegions"),
            ("aws_organizations_alternate_contact", None, "GetAlternateContact"),
        ],
        "one row per table, not one per account"
    );
    for e in &snapshot.errors {
        assert_eq!(e.error_code, "AccessDeniedException");
        let message = e.message.as_deref().unwrap();
        assert!(message.contains("trusted access for AWS Account Management"), "{message}");
        assert!(message.contains("was not called again"), "{message}");
    }
    // The management account reads itself without AccountId: still read.
    let management = emulator.controls().with_org(|org| org.management_account_id.clone());
    for table in [TableName::AccountInformation, TableName::AccountRegion] {
        let accounts: BTreeSet<&str> =
            snapshot.rows(table).iter().map(|r| r[1].as_str().unwrap()).collect();
        assert_eq!(accounts, BTreeSet::from([management.as_str()]), "{}", table.as_str());
    }
    // The fan-out stops once the denial is confirmed.
    let bound = (orgsync_core::planner::DEFAULT_MAX_CONCURRENCY + 3) as u64;
    for op in [Operation::GetAccountInformation, Operation::ListRegions] {
        let calls = extraction.operations[&op].calls;
        assert!(calls <= bound, "{calls} {op} calls (at most {bound})");
    }
    assert_eq!(snapshot.rows(TableName::Account).len(), emulator.account_count());
}
