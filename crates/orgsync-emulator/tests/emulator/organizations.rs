//! Organizations and Account reads through the AWS SDK for Rust over the
//! demo two-role chain: every listing pages to the model's contents.

use aws_sdk_account::types::AlternateContactType;
use aws_sdk_organizations::types::{ChildType, PolicyType};
use orgsync_emulator::model::POLICY_TYPES;

use crate::common::{all_pages, alternate_contact, code, start_with_chain, user_config};

#[tokio::test]
async fn chain_reads_the_whole_organization() {
    let (emulator, config) = start_with_chain(300, 11).await;
    let demo = emulator.demo_identity();

    let sts = aws_sdk_sts::Client::new(&config);
    let me = sts.get_caller_identity().send().await.unwrap();
    let mgmt = emulator.controls().with_org(|o| o.management_account_id.clone());
    assert_eq!(me.account(), Some(mgmt.as_str()));
    assert_eq!(
        me.arn().unwrap(),
        format!("arn:aws:sts::{mgmt}:assumed-role/OrgSyncReader/orgsync-test")
    );
    assert_eq!(demo.master_assume_role_arn_chain.len(), 2);

    let orgs = aws_sdk_organizations::Client::new(&config);
    let org = orgs.describe_organization().send().await.unwrap().organization.unwrap();
    assert_eq!(org.id(), Some(emulator.org_id().as_str()));

    // ListAccounts pages (MaxResults 7) to every account in the model.
    let accounts: Vec<_> = all_pages!(orgs.list_accounts().max_results(7), accounts);
    assert_eq!(accounts.len(), emulator.account_count());
    assert!(accounts.iter().all(|a| a.state().is_some() && a.joined_timestamp().is_some()));

    // Walking the tree reaches every account exactly once.
    let roots = orgs.list_roots().send().await.unwrap().roots.unwrap();
    assert_eq!(roots.len(), 1);
    let mut stack = vec![roots[0].id().unwrap().to_string()];
    let mut seen_accounts = 0;
    let mut seen_ous = 0;
    while let Some(parent) = stack.pop() {
        let ous = all_pages!(
            orgs.list_organizational_units_for_parent().parent_id(&parent),
            organizational_units
        );
        let children = all_pages!(
            orgs.list_children().parent_id(&parent).child_type(ChildType::OrganizationalUnit),
            children
        );
        assert_eq!(ous.len(), children.len());
        seen_ous += ous.len();
        stack.extend(ous.iter().map(|ou| ou.id().unwrap().to_string()));
        let accounts = all_pages!(orgs.list_accounts_for_parent().parent_id(&parent), accounts);
        seen_accounts += accounts.len();
    }
    assert_eq!(seen_accounts, emulator.account_count());
    assert_eq!(seen_ous, emulator.controls().with_org(|o| o.organizational_units.len()));

    // Every policy type lists, and DescribePolicy returns the content byte for byte.
    for policy_type in POLICY_TYPES {
        let policies =
            all_pages!(orgs.list_policies().filter(PolicyType::from(policy_type)), policies);
        assert!(!policies.is_empty(), "{policy_type}");
        let id = policies[0].id().unwrap();
        let described = orgs.describe_policy().policy_id(id).send().await.unwrap().policy.unwrap();
        let expected = emulator.controls().with_org(|o| o.policies[id].content.clone());
        assert_eq!(described.content(), Some(expected.as_str()));
    }

    // Tags come back exactly, awkward values included.
    let (tagged, expected) = emulator.controls().with_org(|o| {
        let (id, tags) = o.tags.iter().max_by_key(|(_, t)| t.len()).unwrap();
        (id.clone(), tags.clone())
    });
    let tags = all_pages!(orgs.list_tags_for_resource().resource_id(&tagged), tags);
    let got: Vec<(String, String)> =
        tags.iter().map(|t| (t.key().to_string(), t.value().to_string())).collect();
    let want: Vec<(String, String)> =
        expected.iter().map(|t| (t.key.clone(), t.value.clone())).collect();
    assert_eq!(got, want);

    // MaxResults above 20 and forged tokens are InvalidInputException.
    let err = orgs.list_accounts().max_results(21).send().await.unwrap_err();
    assert_eq!(code(&err), "InvalidInputException");
    let err = orgs.list_accounts().next_token("bm90LWEtdG9rZW4").send().await.unwrap_err();
    assert_eq!(code(&err), "InvalidInputException");

    // SCP has no effective policy on AWS.
    let err = orgs
        .describe_effective_policy()
        .policy_type(aws_sdk_organizations::types::EffectivePolicyType::from(
            "SERVICE_CONTROL_POLICY",
        ))
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&err), "InvalidInputException");
    emulator.shutdown().await;
}

#[tokio::test]
async fn alternate_contacts_follow_the_management_account_rule() {
    let (emulator, config) = start_with_chain(120, 5).await;
    let (mgmt, member_with, member_without) = emulator.controls().with_org(|o| {
        let with = o
            .alternate_contacts
            .iter()
            .find(|(id, c)| {
                **id != o.management_account_id
                    && c.contains_key("SECURITY")
                    && o.accounts[*id].state != orgsync_emulator::AccountState::Closed
            })
            .map(|(id, _)| id.clone())
            .unwrap();
        let without = o
            .accounts
            .values()
            .find(|a| {
                a.state != orgsync_emulator::AccountState::Closed
                    && !o.alternate_contacts.get(&a.id).is_some_and(|c| c.contains_key("SECURITY"))
            })
            .map(|a| a.id.clone())
            .unwrap();
        (o.management_account_id.clone(), with, without)
    });
    let security = |account_id: Option<&str>| {
        alternate_contact(&config, account_id, AlternateContactType::Security)
    };
    let own = security(None).await.unwrap();
    assert!(own.alternate_contact.unwrap().email_address().is_some());
    let err = security(Some(&mgmt)).await.unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");
    let member = security(Some(&member_with)).await.unwrap();
    let expected = emulator
        .controls()
        .with_org(|o| o.alternate_contacts[&member_with]["SECURITY"].email_address.clone());
    assert_eq!(member.alternate_contact.unwrap().email_address(), Some(expected.as_str()));
    let err = security(Some(&member_without)).await.unwrap_err();
    assert!(err.as_service_error().unwrap().is_resource_not_found_exception());

    // A member account's own user cannot read the organization.
    let user = user_config(&emulator).await;
    let requests = emulator.controls().requests();
    let demo = emulator.demo_identity();
    assert!(requests.iter().any(|r| r.operation == "AssumeRole"
        && r.access_key_id == demo.access_key_id
        && r.params["ExternalId"] == demo.assume_external_id.as_str()));
    assert!(
        requests
            .iter()
            .filter(|r| r.service == "account")
            .all(|r| r.access_key_id.starts_with("ASIA"))
    );
    drop(user);
    emulator.shutdown().await;
}
