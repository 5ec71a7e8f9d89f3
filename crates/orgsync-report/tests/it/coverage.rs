//! Policy coverage: inheritance through five OU levels, per policy type.

use orgsync_report::{PolicySource, SnapshotBuilder, coverage};
use orgsync_schema::Snapshot;

use crate::fixture::FULL_ACCESS;

const SCP: &str = "SERVICE_CONTROL_POLICY";
const TAG: &str = "TAG_POLICY";

/// Root → L1 → L2 → L3 → L4 → L5 → `deep` (5 OU levels), a sibling account
/// in L2, and policies attached at several levels.
fn five_levels() -> Snapshot {
    let doc = r#"{"Version":"2012-10-17","Statement":[]}"#;
    SnapshotBuilder::new("o-deep", "run-1", "100000000000")
        .root("r-root", "Root")
        .ou("ou-l1", "Level1", "r-root")
        .ou("ou-l2", "Level2", "ou-l1")
        .ou("ou-l3", "Level3", "ou-l2")
        .ou("ou-l4", "Level4", "ou-l3")
        .ou("ou-l5", "Level5", "ou-l4")
        .ou("ou-other", "Other", "r-root")
        .account("100000000000", "management", "m@example.com", "ACTIVE", "r-root")
        .account("200000000000", "deep", "d@example.com", "ACTIVE", "ou-l5")
        .account("300000000000", "shallow", "s@example.com", "ACTIVE", "ou-l2")
        .account("400000000000", "elsewhere", "e@example.com", "ACTIVE", "ou-other")
        .policy("p-FullAWSAccess", "FullAWSAccess", SCP, FULL_ACCESS)
        .policy("p-l1", "L1Guard", SCP, doc)
        .policy("p-l3", "L3Guard", SCP, doc)
        .policy("p-l5", "L5Guard", SCP, doc)
        .policy("p-acct", "DeepOnly", SCP, doc)
        .policy("p-tag", "CostCenter", TAG, "{}")
        .policy("p-other", "OtherGuard", SCP, doc)
        .attach("p-FullAWSAccess", "r-root")
        .attach("p-l1", "ou-l1")
        .attach("p-tag", "ou-l2")
        .attach("p-l3", "ou-l3")
        .attach("p-l5", "ou-l5")
        .attach("p-acct", "200000000000")
        .attach("p-other", "ou-other")
        .build()
}

/// One line per policy type for one account: `TYPE: name (where it comes
/// from), …`, where it comes from being `direct` or the id of the root or OU
/// it is inherited from.
fn applied(snapshot: &Snapshot, account: &str) -> Vec<String> {
    let cov = coverage(snapshot);
    let acc = cov.iter().find(|c| c.account_id == account).expect("account has coverage");
    acc.by_type
        .iter()
        .map(|(ty, list)| {
            let entries: Vec<String> = list
                .iter()
                .map(|p| {
                    let via = match &p.source {
                        PolicySource::Direct => "direct",
                        PolicySource::Inherited { from_id, .. } => from_id,
                    };
                    format!("{} ({via})", p.policy_name)
                })
                .collect();
            format!("{ty}: {}", entries.join(", "))
        })
        .collect()
}

#[test]
fn account_five_levels_deep_inherits_from_every_ancestor_in_order() {
    let s = five_levels();
    assert_eq!(
        applied(&s, "200000000000"),
        [
            "SERVICE_CONTROL_POLICY: FullAWSAccess (r-root), L1Guard (ou-l1), L3Guard (ou-l3), L5Guard (ou-l5), DeepOnly (direct)",
            "TAG_POLICY: CostCenter (ou-l2)",
        ]
    );
    let cov = coverage(&s);
    let deep = cov.iter().find(|c| c.account_id == "200000000000").unwrap();
    assert_eq!(deep.ou_path, "Root/Level1/Level2/Level3/Level4/Level5");
}

#[test]
fn policies_below_an_account_do_not_apply_to_it() {
    let s = five_levels();
    let cases: [(&str, &[&str]); 3] = [
        (
            "300000000000",
            &[
                "SERVICE_CONTROL_POLICY: FullAWSAccess (r-root), L1Guard (ou-l1)",
                "TAG_POLICY: CostCenter (ou-l2)",
            ],
        ),
        (
            "400000000000",
            &["SERVICE_CONTROL_POLICY: FullAWSAccess (r-root), OtherGuard (ou-other)"],
        ),
        ("100000000000", &["SERVICE_CONTROL_POLICY: FullAWSAccess (r-root)"]),
    ];
    for (account, expected) in cases {
        assert_eq!(applied(&s, account), expected, "account {account}");
    }
}

#[test]
fn coverage_is_sorted_by_account_name_and_serialises_its_source() {
    let cov = coverage(&five_levels());
    let names: Vec<&str> = cov.iter().map(|c| c.account_name.as_str()).collect();
    assert_eq!(names, ["deep", "elsewhere", "management", "shallow"]);
    let json = serde_json::to_value(&cov[0].by_type[SCP][1]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"policy_id": "p-l1", "policy_name": "L1Guard", "via": "inherited",
            "from_id": "ou-l1", "from_kind": "ORGANIZATIONAL_UNIT", "from_name": "Level1"})
    );
}
