//! What member-side Account API reads need: a member session
//! calling GetAlternateContact without AccountId reads its own contacts and
//! is counted against its own quota; member roles can be denied the call by
//! role name; AssumeRole is counted per calling account.

use aws_sdk_account::types::AlternateContactType;
use orgsync_emulator::identity::ORGANIZATION_ACCOUNT_ACCESS_ROLE;
use orgsync_emulator::{Profile, RoleSpec};

use crate::common::{
    access_role, alternate_contact, assume, assumed_config, code, set_caller_quotas,
    start_with_chain,
};

#[tokio::test]
async fn members_read_their_own_contacts_against_their_own_quota() {
    let (emulator, reader) = start_with_chain(40, 14).await;
    let controls = emulator.controls();
    // One GetAlternateContact per caller per second, no burst beyond one.
    set_caller_quotas(&emulator, &[("account:GetAlternateContact", 0.001, 1.0)]);
    let (management, members): (String, Vec<String>) = controls.with_org(|org| {
        let members = org
            .active_members()
            .filter(|a| {
                org.alternate_contacts.get(&a.id).is_some_and(|c| c.contains_key("BILLING"))
            })
            .take(3)
            .map(|a| a.id.clone())
            .collect();
        (org.management_account_id.clone(), members)
    });
    assert_eq!(members.len(), 3, "the synthetic organization has members with contacts");
    for member in &members {
        let config = assumed_config(&emulator, &reader, &access_role(member), None).await;
        let out = alternate_contact(&config, None, AlternateContactType::Billing).await.unwrap();
        let expected = controls.with_org(|org| org.alternate_contacts[member]["BILLING"].clone());
        let contact = out.alternate_contact().unwrap();
        assert_eq!(contact.email_address(), Some(expected.email_address.as_str()));
        assert_eq!(contact.name(), Some(expected.name.as_str()));
    }
    // The management session's own bucket is untouched by the members' calls …
    alternate_contact(&reader, Some(&members[0]), AlternateContactType::Billing).await.unwrap();
    // … and empty after its one call.
    let err = alternate_contact(&reader, Some(&members[1]), AlternateContactType::Billing)
        .await
        .unwrap_err();
    assert_eq!(code(&err), "TooManyRequestsException");

    let counters = controls.counters();
    let by_caller = counters.by_caller("account:GetAlternateContact");
    for member in &members {
        assert_eq!(by_caller[member].calls, 1, "{member}");
        assert_eq!(by_caller[member].throttled, 0, "{member}");
    }
    assert_eq!(by_caller[&management].calls, 2);
    assert_eq!(by_caller[&management].throttled, 1);
    assert_eq!(counters.get("account:GetAlternateContact").calls, 5);
    // The master chain's two hops, then hop 1 into each member: all signed
    // in the management account.
    assert_eq!(counters.by_caller("sts:AssumeRole")[&management].calls, 2 + 3);

    // Denied by role name in every account.
    controls
        .deny_action_for_role_name(ORGANIZATION_ACCOUNT_ACCESS_ROLE, "account:GetAlternateContact");
    let config = assumed_config(&emulator, &reader, &access_role(&members[2]), None).await;
    let err = alternate_contact(&config, None, AlternateContactType::Security).await.unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");
    emulator.shutdown().await;
}

#[tokio::test]
async fn assume_role_has_a_quota_per_calling_account() {
    let (emulator, reader) = start_with_chain(10, 3).await;
    let controls = emulator.controls();
    let member = controls.with_org(|org| org.active_members().next().unwrap().id.clone());
    // Assumed before the quota: the chain's own hops stay outside it.
    let role = access_role(&member);
    assume(&reader, &role, None, None).await.unwrap();
    set_caller_quotas(&emulator, &[("sts:*", 0.001, 2.0)]);
    assume(&reader, &role, None, None).await.unwrap();
    assume(&reader, &role, None, None).await.unwrap();
    let err = assume(&reader, &role, None, None).await.unwrap_err();
    assert_eq!(code(&err), "Throttling");
    // Another caller (a session in the member account) has its own bucket.
    controls.set_profile(Profile::Fast);
    let member_config = assumed_config(&emulator, &reader, &role, None).await;
    let own = format!("arn:aws:iam::{member}:role/Own");
    controls.add_role(RoleSpec::new(&own).trust(format!("arn:aws:iam::{member}:root")));
    set_caller_quotas(&emulator, &[("sts:*", 0.001, 1.0)]);
    assume(&reader, &role, None, None).await.unwrap();
    assert_eq!(code(&assume(&reader, &role, None, None).await.unwrap_err()), "Throttling");
    assume(&member_config, &own, None, None).await.unwrap();
    let management = controls.with_org(|org| org.management_account_id.clone());
    let callers = controls.counters().by_caller("sts:AssumeRole");
    assert_eq!(callers[&member].throttled, 0);
    assert_eq!(callers[&management].throttled, 2);
    emulator.shutdown().await;
}
