//! Organization findings: every check fires on a snapshot built to trip it
//! and stays quiet on a healthy one (and where its data was not read).

use std::collections::BTreeSet;

use orgsync_report::{
    FindingSettings, OrgModel, Severity, SnapshotBuilder, at_or_above, findings,
    render_findings_sarif,
};
use orgsync_schema::{Snapshot, TableName, Value};

const REGION_SCP: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1"]}}}]}"#;
const PLAIN_SCP: &str =
    r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"ec2:*","Resource":"*"}}"#;

/// What each test changes in the healthy organization.
struct Knobs {
    ai_target: &'static str,
    region_content: &'static str,
    region_target: &'static str,
    tag_target: Option<&'static str>,
    feature_set: &'static str,
    member_contact: &'static str,
    suspended_parent: &'static str,
    unused_policy: bool,
    member_access: (bool, Option<&'static str>),
    contacts_read: bool,
    invalid_effective_policy: bool,
}

impl Default for Knobs {
    fn default() -> Self {
        Knobs {
            ai_target: "r-root",
            region_content: REGION_SCP,
            region_target: "r-root",
            tag_target: Some("r-root"),
            feature_set: "ALL",
            member_contact: "SECURITY",
            suspended_parent: "ou-retired",
            unused_policy: false,
            member_access: (true, None),
            contacts_read: true,
            invalid_effective_policy: false,
        }
    }
}

fn org(k: Knobs) -> Snapshot {
    let mut b = SnapshotBuilder::new("o-aaaaaaaaaa", "run-1", "111111111111")
        .organization("feature_set", Value::text(k.feature_set))
        .root("r-root", "Root")
        .ou("ou-work", "Workloads", "r-root")
        .ou("ou-retired", "Suspended accounts", "r-root")
        .account("111111111111", "management", "m@example.com", "ACTIVE", "r-root")
        .account("222222222222", "app", "a@example.com", "ACTIVE", "ou-work")
        .account("333333333333", "old", "o@example.com", "SUSPENDED", k.suspended_parent)
        .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", "{}")
        .policy("p-region", "Regions", "SERVICE_CONTROL_POLICY", k.region_content)
        .policy("p-ai", "AiOptOut", "AISERVICES_OPT_OUT_POLICY", "{}")
        .policy("p-tag", "CostCenter", "TAG_POLICY", "{}")
        .attach("p-FullAWSAccess", "r-root")
        .attach("p-FullAWSAccess", "ou-work")
        .attach("p-region", k.region_target)
        .attach("p-ai", k.ai_target)
        .contact("111111111111", "SECURITY", "Sec", "sec@example.com", "+1")
        .contact("222222222222", k.member_contact, "Sec", "sec@example.com", "+1")
        .row(
            TableName::DelegatedAdministrator,
            &[("account_id", Value::text("222222222222")), ("name", Value::text("app"))],
        )
        .row(
            TableName::AccountAccess,
            &[
                ("account_id", Value::text("222222222222")),
                ("reachable", Value::Bool(k.member_access.0)),
                ("error_code", Value::opt_text(k.member_access.1)),
            ],
        )
        .row(
            TableName::AccountAccess,
            &[
                ("account_id", Value::text("333333333333")),
                ("reachable", Value::Bool(false)),
                ("error_code", Value::text("AccountNotActive")),
            ],
        );
    if let Some(target) = k.tag_target {
        b = b.attach("p-tag", target);
    }
    if k.unused_policy {
        b = b.policy("p-unused", "Unused", "BACKUP_POLICY", "{}");
    }
    if k.invalid_effective_policy {
        for (number, code) in [(1, "ELEMENTS_TOO_MANY"), (2, "ELEMENTS_TOO_MANY")] {
            b = b.row(
                TableName::EffectivePolicyValidationError,
                &[
                    ("account_id", Value::text("222222222222")),
                    ("policy_type", Value::text("BACKUP_POLICY")),
                    ("error_number", Value::Int(number)),
                    ("error_code", Value::text(code)),
                    ("path_to_error", Value::text("plans.daily.rules")),
                    ("contributing_policies", Value::Json(r#"["p-backup1","p-backup2"]"#.into())),
                ],
            );
        }
    }
    if !k.contacts_read {
        b = b.without(TableName::AlternateContact);
    }
    b.build()
}

fn allowlisted() -> FindingSettings {
    FindingSettings {
        delegated_admin_allowlist: Some(BTreeSet::from(["222222222222".to_owned()])),
        ..FindingSettings::default()
    }
}

fn fired_with(s: &Snapshot, settings: &FindingSettings) -> Vec<(String, String)> {
    findings(s, &OrgModel::new(s), settings)
        .into_iter()
        .map(|f| (f.id.to_owned(), f.resource_id))
        .collect()
}

fn fired(s: &Snapshot) -> Vec<(String, String)> {
    fired_with(s, &allowlisted())
}

fn one(id: &str, resource: &str) -> Vec<(String, String)> {
    vec![(id.to_owned(), resource.to_owned())]
}

#[test]
fn a_healthy_organization_has_no_finding() {
    assert_eq!(fired(&org(Knobs::default())), vec![]);
}

#[test]
fn org_001_ai_opt_out_must_be_attached_at_the_root() {
    assert_eq!(
        fired(&org(Knobs { ai_target: "ou-work", ..Knobs::default() })),
        one("ORG-001", "r-root")
    );
    // Quiet when the AI policy listing failed: the snapshot cannot tell.
    let mut s = org(Knobs { ai_target: "ou-work", ..Knobs::default() });
    s.errors.push(orgsync_schema::ErrorRecord {
        table_name: "aws_organizations_policy".into(),
        resource_id: Some("AISERVICES_OPT_OUT_POLICY".into()),
        api_operation: "ListPolicies".into(),
        error_code: "AccessDeniedException".into(),
        message: None,
    });
    assert!(!fired(&s).iter().any(|(id, _)| id == "ORG-001"));
}

#[test]
fn org_002_an_attached_scp_must_restrict_regions() {
    assert_eq!(
        fired(&org(Knobs { region_content: PLAIN_SCP, ..Knobs::default() })),
        one("ORG-002", "o-aaaaaaaaaa")
    );
    assert!(orgsync_report::findings::restricts_regions(REGION_SCP));
    assert!(orgsync_report::findings::restricts_regions(
        r#"{"Statement":{"Effect":"Deny","Action":"*","Condition":{"ForAnyValue:StringNotLike":{"AWS:REQUESTEDREGION":"us-*"}}}}"#
    ));
    assert!(!orgsync_report::findings::restricts_regions(PLAIN_SCP));
    assert!(!orgsync_report::findings::restricts_regions("not json aws:RequestedRegion"));
}

#[test]
fn org_003_a_tag_policy_must_be_attached() {
    let got = fired(&org(Knobs { tag_target: None, ..Knobs::default() }));
    assert!(got.contains(&("ORG-003".into(), "o-aaaaaaaaaa".into())), "{got:?}");
}

#[test]
fn org_004_delegated_administrators_outside_the_allow_list() {
    let s = org(Knobs::default());
    let strict = FindingSettings {
        delegated_admin_allowlist: Some(BTreeSet::from(["999999999999".to_owned()])),
        ..FindingSettings::default()
    };
    assert_eq!(fired_with(&s, &strict), one("ORG-004", "222222222222"));
    // No allow-list configured: the check is off.
    assert_eq!(fired_with(&s, &FindingSettings::default()), vec![]);
}

#[test]
fn org_005_all_features_mode() {
    assert_eq!(
        fired(&org(Knobs { feature_set: "CONSOLIDATED_BILLING", ..Knobs::default() })),
        one("ORG-005", "o-aaaaaaaaaa")
    );
}

#[test]
fn org_006_security_contact_only_when_contacts_were_read() {
    assert_eq!(
        fired(&org(Knobs { member_contact: "OPERATIONS", ..Knobs::default() })),
        one("ORG-006", "222222222222")
    );
    assert_eq!(
        fired(&org(Knobs {
            member_contact: "OPERATIONS",
            contacts_read: false,
            ..Knobs::default()
        })),
        vec![]
    );
}

#[test]
fn org_007_accounts_need_an_scp_besides_full_aws_access() {
    // The region SCP moves to the retired OU: the member keeps only
    // FullAWSAccess; the management account (SCPs do not apply) and the
    // suspended account are not reported.
    let got = fired(&org(Knobs { region_target: "ou-retired", ..Knobs::default() }));
    assert_eq!(got, one("ORG-007", "222222222222"));
}

#[test]
fn org_008_retired_accounts_belong_in_a_dedicated_ou() {
    assert_eq!(
        fired(&org(Knobs { suspended_parent: "ou-work", ..Knobs::default() })),
        one("ORG-008", "333333333333")
    );
    assert_eq!(
        fired(&org(Knobs { suspended_parent: "r-root", ..Knobs::default() })),
        one("ORG-008", "333333333333")
    );
}

#[test]
fn org_009_ous_deeper_than_the_limit() {
    let s = org(Knobs::default());
    let shallow = FindingSettings { max_ou_depth: 0, ..allowlisted() };
    assert_eq!(
        fired_with(&s, &shallow),
        vec![("ORG-009".into(), "ou-retired".into()), ("ORG-009".into(), "ou-work".into())]
    );
    assert_eq!(fired_with(&s, &FindingSettings { max_ou_depth: 1, ..allowlisted() }), vec![]);
}

#[test]
fn org_010_policies_attached_nowhere() {
    assert_eq!(
        fired(&org(Knobs { unused_policy: true, ..Knobs::default() })),
        one("ORG-010", "p-unused")
    );
}

#[test]
fn org_011_unreachable_member_accounts() {
    assert_eq!(
        fired(&org(Knobs { member_access: (false, Some("AccessDenied")), ..Knobs::default() })),
        one("ORG-011", "222222222222")
    );
}

#[test]
fn org_012_effective_policies_failing_validation_one_finding_per_account() {
    let s = org(Knobs { invalid_effective_policy: true, ..Knobs::default() });
    assert_eq!(fired(&s), one("ORG-012", "222222222222"));
    let all = findings(&s, &OrgModel::new(&s), &allowlisted());
    assert!(
        all[0].message.contains(
            "BACKUP_POLICY ELEMENTS_TOO_MANY at plans.daily.rules (from p-backup1, p-backup2)"
        ),
        "{}",
        all[0].message
    );
    // Quiet when the validation errors were read and there are none (the
    // healthy organization) and when they were not read at all.
    let mut unread = s.clone();
    unread.tables.remove(&TableName::EffectivePolicyValidationError);
    assert_eq!(fired(&unread), vec![]);
}

#[test]
fn severities_thresholds_and_sarif() {
    let s =
        org(Knobs { feature_set: "CONSOLIDATED_BILLING", unused_policy: true, ..Knobs::default() });
    let all = findings(&s, &OrgModel::new(&s), &allowlisted());
    assert_eq!(at_or_above(&all, Severity::High), 1);
    assert_eq!(at_or_above(&all, Severity::Low), 2);
    let sarif: serde_json::Value =
        serde_json::from_str(&render_findings_sarif("o-aaaaaaaaaa", "0.1.0", &all)).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let run = &sarif["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "orgsync");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), orgsync_report::CHECKS.len());
    for result in run["results"].as_array().unwrap() {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap()));
        assert!(result["message"]["text"].as_str().unwrap().contains("Fix:"));
    }
}
