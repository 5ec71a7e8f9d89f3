//! boto3 drives every implemented operation (see
//! `tests/boto3_all_operations.py`): responses parse, paginators page, errors
//! map to the modeled exception classes and throttling is recognised.

use std::collections::BTreeMap;

use orgsync_emulator::AccountState;
use orgsync_emulator::model::POLICY_TYPES;
use serde_json::json;

fn python() -> Option<String> {
    orgsync_test_support::python_with(&["boto3"])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_drives_every_operation() {
    let Some(python) = python() else { return };
    let emulator = crate::common::start(450, 17).await;
    let controls = emulator.controls();
    let facts = controls.with_org(|o| {
        let mgmt = &o.management_account_id;
        let live = |id: &String| o.accounts[id].state != AccountState::Closed && id != mgmt;
        let sample = o.accounts.values().find(|a| a.parent_id != o.root.id).unwrap();
        let contact = o
            .alternate_contacts
            .iter()
            .find(|(id, c)| live(id) && c.contains_key("SECURITY"))
            .unwrap();
        let no_contact = o
            .accounts
            .keys()
            .find(|id| live(id) && !o.alternate_contacts.get(*id).is_some_and(|c| c.contains_key("SECURITY")))
            .unwrap();
        let mut tags = BTreeMap::new();
        let pick = |pred: &dyn Fn(&str) -> bool| {
            o.tags.iter().filter(|(id, _)| pred(id)).max_by_key(|(_, t)| t.len()).map(|(id, t)| (id.clone(), t.clone()))
        };
        for (id, t) in [
            pick(&|id: &str| id.len() == 12),
            pick(&|id: &str| id.starts_with("ou-")),
            pick(&|id: &str| id.starts_with("r-")),
            pick(&|id: &str| id.starts_with("p-")),
        ]
        .into_iter()
        .flatten()
        {
            tags.insert(id, t.iter().map(|t| json!([t.key, t.value])).collect::<Vec<_>>());
        }
        let tag_policy_account = o
            .accounts
            .keys()
            .find(|id| {
                o.lineage(id).iter().any(|level| {
                    o.attachments.get(level).is_some_and(|set| {
                        set.iter().any(|p| o.policies[p].policy_type == "TAG_POLICY")
                    })
                })
            })
            .unwrap();
        let policies_by_type: BTreeMap<&str, usize> =
            POLICY_TYPES.iter().map(|t| (*t, o.index.policies_by_type[*t].len())).collect();
        json!({
            "org_id": o.id,
            "management_account_id": mgmt,
            "accounts": o.accounts.len(),
            "ous": o.organizational_units.len(),
            "sample_account": sample.id,
            "sample_account_parent": sample.parent_id,
            "sample_ou": o.organizational_units.keys().next().unwrap(),
            "policies_by_type": policies_by_type,
            "full_access_targets": o.index.targets_by_policy["p-FullAWSAccess"].len(),
            "tags": tags,
            "enabled_services": o.enabled_services.len(),
            "delegated_admins": o.delegated_administrators.len(),
            "tag_policy_account": tag_policy_account,
            "contact_account": contact.0,
            "contact_email": contact.1["SECURITY"].email_address,
            "no_contact_account": no_contact,
            "regions": orgsync_emulator::model::REGIONS.len(),
            "management_aliases": o.account_aliases.get(mgmt).map(|a| vec![a.clone()]).unwrap_or_default(),
        })
    });
    let info = crate::common::script_info(&emulator, facts);
    // Slow refills, so that a loaded machine (other tests' Python processes)
    // still calls faster than the buckets fill.
    crate::common::set_caller_quotas(
        &emulator,
        &[
            ("organizations:DescribeOrganization", 0.5, 1.0),
            ("account:GetContactInformation", 0.25, 1.0),
        ],
    );

    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/boto3_all_operations.py");
    let output = crate::common::boto3_command(&python, &info.to_string())
        .arg(script)
        .output()
        .await
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "boto3 script failed:\n{stdout}\n{stderr}");
    println!("{stdout}");

    // The Organizations operations boto3 called are all the implemented ones.
    let called: std::collections::BTreeSet<String> = controls
        .requests()
        .iter()
        .filter(|r| r.service == "organizations" && r.status == 200)
        .map(|r| r.operation.clone())
        .collect();
    assert_eq!(called.len(), 18, "{called:?}");
    emulator.shutdown().await;
}
