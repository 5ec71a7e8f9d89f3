//! Identity rules over real HTTP with the AWS SDK for Rust: signatures, keys,
//! session tokens, trust policies, external IDs, durations, role chaining,
//! expiry, explicit denies and member-account access.

use std::time::Duration;

use aws_config::SdkConfig;
use aws_sdk_account::types::AlternateContactType;
use orgsync_emulator::{DemoIdentity, Emulator};

use crate::common::{
    access_role, alternate_contact, assume, assumed_config, caller_identity_error, code,
    contact_information_error, list_roots_error, session_config, start, static_config, user_config,
};

/// Starts an emulator as [`start`] does, with its demo identity and the demo
/// user's SdkConfig.
async fn start_as_demo_user(accounts: usize, seed: u64) -> (Emulator, DemoIdentity, SdkConfig) {
    let emulator = start(accounts, seed).await;
    let demo = emulator.demo_identity();
    let user = user_config(&emulator).await;
    (emulator, demo, user)
}

/// The ARNs of the demo chain's roles: the jump role, then the reader role.
fn chain_roles(demo: &DemoIdentity) -> [&str; 2] {
    [&demo.master_assume_role_arn_chain[0], &demo.master_assume_role_arn_chain[1]]
}

#[tokio::test]
async fn wrong_secret_is_a_signature_mismatch_in_every_protocol() {
    let emulator = start(30, 1).await;
    let demo = emulator.demo_identity();
    let config = static_config(&emulator, &demo.access_key_id, "not-the-secret", None).await;
    assert_eq!(caller_identity_error(&config).await, "SignatureDoesNotMatch");
    assert_eq!(list_roots_error(&config).await, "InvalidSignatureException");
    assert_eq!(contact_information_error(&config).await, "InvalidSignatureException");
    emulator.shutdown().await;
}

#[tokio::test]
async fn unknown_keys_and_forged_session_tokens_are_rejected() {
    let (emulator, demo, user) = start_as_demo_user(30, 1).await;
    let config = static_config(&emulator, "AKIAUNKNOWNKEY000000", "whatever", None).await;
    assert_eq!(caller_identity_error(&config).await, "InvalidClientTokenId");
    assert_eq!(list_roots_error(&config).await, "UnrecognizedClientException");

    let [jump, _] = chain_roles(&demo);
    let creds = assume(&user, jump, Some(&demo.assume_external_id), None).await.unwrap();
    assert!(creds.access_key_id.starts_with("ASIA"));
    let forged = static_config(
        &emulator,
        &creds.access_key_id,
        &creds.secret_access_key,
        Some("forged-token"),
    )
    .await;
    assert_eq!(caller_identity_error(&forged).await, "InvalidClientTokenId");
    let missing =
        static_config(&emulator, &creds.access_key_id, &creds.secret_access_key, None).await;
    assert_eq!(caller_identity_error(&missing).await, "InvalidClientTokenId");
    emulator.shutdown().await;
}

#[tokio::test]
async fn trust_policy_and_external_id_are_enforced() {
    let (emulator, demo, user) = start_as_demo_user(30, 2).await;
    let [jump, reader] = chain_roles(&demo);

    // The reader trusts only the jump role.
    let err = assume(&user, reader, Some(&demo.assume_external_id), None).await.unwrap_err();
    assert_eq!(code(&err), "AccessDenied");
    // External ID missing or wrong.
    let err = assume(&user, jump, None, None).await.unwrap_err();
    assert_eq!(code(&err), "AccessDenied");
    let err = assume(&user, jump, Some("wrong-external-id"), None).await.unwrap_err();
    assert_eq!(code(&err), "AccessDenied");
    // A role that does not exist.
    let err =
        assume(&user, &jump.replace("OrgSyncJump", "Nope"), Some(&demo.assume_external_id), None)
            .await
            .unwrap_err();
    assert_eq!(code(&err), "AccessDenied");
    // The right external ID works, and GetCallerIdentity shows the session.
    let creds = assume(&user, jump, Some(&demo.assume_external_id), None).await.unwrap();
    let hop1 = session_config(&emulator, &creds).await;
    let me = aws_sdk_sts::Client::new(&hop1).get_caller_identity().send().await.unwrap();
    assert!(
        me.arn().unwrap().ends_with(":assumed-role/OrgSyncJump/orgsync-test"),
        "{:?}",
        me.arn()
    );
    // The jump role may not read the organization.
    assert_eq!(list_roots_error(&hop1).await, "AccessDeniedException");

    // Every request was recorded with the key that signed it.
    let requests = emulator.controls().requests();
    let denied: Vec<_> = requests
        .iter()
        .filter(|r| r.operation == "AssumeRole" && r.error_code.as_deref() == Some("AccessDenied"))
        .collect();
    assert_eq!(denied.len(), 4);
    assert!(denied.iter().all(|r| r.access_key_id == demo.access_key_id && r.status == 403));
    assert!(
        requests
            .iter()
            .any(|r| r.operation == "ListRoots" && r.access_key_id == creds.access_key_id)
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn durations_are_validated_and_chaining_is_capped_at_one_hour() {
    let (emulator, demo, user) = start_as_demo_user(30, 3).await;
    let [jump, reader] = chain_roles(&demo);
    let ext = Some(demo.assume_external_id.as_str());
    for bad in [899, 43_201] {
        let err = assume(&user, jump, ext, Some(bad)).await.unwrap_err();
        assert_eq!(code(&err), "ValidationError", "{bad}");
    }
    // The jump role's MaxSessionDuration is one hour.
    let err = assume(&user, jump, ext, Some(7200)).await.unwrap_err();
    assert_eq!(code(&err), "ValidationError");
    let creds = assume(&user, jump, ext, Some(3600)).await.unwrap();
    let hop1 = session_config(&emulator, &creds).await;
    // The reader allows 4 hours, but a chained session gets at most one.
    let err = assume(&hop1, reader, ext, Some(7200)).await.unwrap_err();
    assert_eq!(code(&err), "ValidationError");
    use aws_sdk_sts::error::ProvideErrorMetadata;
    let message = err.as_service_error().and_then(|e| e.message()).unwrap_or_default();
    assert!(message.contains("role chaining"), "{message}");
    assert!(assume(&hop1, reader, ext, Some(3600)).await.is_ok());
    // Bad session names.
    let err = aws_sdk_sts::Client::new(&user)
        .assume_role()
        .role_arn(jump)
        .role_session_name("has spaces")
        .external_id(&demo.assume_external_id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&err), "ValidationError");
    emulator.shutdown().await;
}

#[tokio::test]
async fn issued_credentials_expire_after_the_configured_lifetime() {
    let (emulator, demo, user) = start_as_demo_user(30, 4).await;
    emulator.controls().set_credential_lifetime(Some(Duration::from_secs(30)));
    let [jump, reader] = chain_roles(&demo);
    let ext = Some(demo.assume_external_id.as_str());
    let hop1 = assume(&user, jump, ext, None).await.unwrap();
    let expiry = hop1.expiration.secs()
        - aws_smithy_types::DateTime::from(std::time::SystemTime::now()).secs();
    assert!((28..=31).contains(&expiry), "expires in {expiry}s");
    let hop1 = session_config(&emulator, &hop1).await;
    let hop2 = assumed_config(&emulator, &hop1, reader, ext).await;
    aws_sdk_organizations::Client::new(&hop2).list_roots().send().await.unwrap();

    emulator.controls().advance_clock(Duration::from_secs(31));
    assert_eq!(caller_identity_error(&hop1).await, "ExpiredToken");
    assert_eq!(list_roots_error(&hop2).await, "ExpiredTokenException");
    assert_eq!(contact_information_error(&hop2).await, "ExpiredTokenException");
    // Static user keys never expire.
    aws_sdk_sts::Client::new(&user).get_caller_identity().send().await.unwrap();
    emulator.shutdown().await;
}

#[tokio::test]
async fn explicit_denies_and_member_accounts() {
    let (emulator, demo, user) = start_as_demo_user(60, 6).await;
    let [jump, reader_role] = chain_roles(&demo);
    let ext = Some(demo.assume_external_id.as_str());
    let hop1 = assumed_config(&emulator, &user, jump, ext).await;
    let reader = assumed_config(&emulator, &hop1, reader_role, ext).await;

    emulator.controls().deny_action(reader_role, "account:GetAlternateContact");
    let err = alternate_contact(&reader, None, AlternateContactType::Billing).await.unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");
    emulator.controls().deny_policy_type(reader_role, "TAG_POLICY");
    let err = aws_sdk_organizations::Client::new(&reader)
        .list_policies()
        .filter(aws_sdk_organizations::types::PolicyType::TagPolicy)
        .send()
        .await
        .unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");

    // OrganizationAccountAccessRole in a member account trusts the management account.
    let (member, alias) = emulator.controls().with_org(|o| {
        o.account_aliases
            .iter()
            .find(|(id, _)| {
                **id != o.management_account_id
                    && o.accounts[*id].state != orgsync_emulator::AccountState::Closed
            })
            .map(|(id, a)| (id.clone(), a.clone()))
            .unwrap()
    });
    let member_config = assumed_config(&emulator, &reader, &access_role(&member), None).await;
    let orgs = aws_sdk_organizations::Client::new(&member_config);
    orgs.describe_organization().send().await.unwrap();
    let err = orgs.list_accounts().send().await.unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");

    emulator.controls().set_org_enabled(false);
    assert_eq!(list_roots_error(&reader).await, "AWSOrganizationsNotInUseException");
    assert!(!alias.is_empty());
    emulator.shutdown().await;
}
