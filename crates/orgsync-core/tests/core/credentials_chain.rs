//! Credentials against the emulator over real HTTP with SigV4: the role
//! chain hop by hop (proven from the emulator's recorded requests, server
//! side), failures naming their hop, renewal before expiry for longer than a
//! session lives, `invalidate()` after an expired token, and sub-account
//! sessions.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use orgsync_core::config::{self, Plan};
use orgsync_core::credentials::{self, ManualClock, Session};
use orgsync_emulator::{
    Emulator, EmulatorConfig, OrgSource, READ_ACTIONS, RecordedRequest, RoleSpec, WebIdentityTrust,
};

use crate::common::{MEMBER_ROLE, WebIdentityStart, assume_roles, param, web_identity_plan};

const SESSION_NAME: &str = "orgsync-chain-test";

async fn start(accounts: usize, credential_lifetime: Option<Duration>) -> Emulator {
    Emulator::start(EmulatorConfig {
        org: OrgSource::Synthetic { accounts, seed: 7 },
        credential_lifetime,
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator starts")
}

/// Adds a third role trusting the demo chain's second role (same external
/// ID) and returns the demo chain with it as the last hop.
fn three_hop_chain(emulator: &Emulator) -> Vec<String> {
    let demo = emulator.demo_identity();
    let mgmt = emulator.controls().with_org(|org| org.management_account_id.clone());
    let third = format!("arn:aws:iam::{mgmt}:role/ops/OrgSyncThird");
    emulator.controls().add_role(
        RoleSpec::new(&third)
            .trust(&demo.master_assume_role_arn_chain[1])
            .with_external_id(&demo.assume_external_id)
            .allow(&READ_ACTIONS),
    );
    let mut chain = demo.master_assume_role_arn_chain;
    chain.push(third);
    chain
}

/// A plan for the emulator's demo user (its keys, master chain and external
/// ID), loaded through the configuration layer as a user would give it
/// (environment variables), with this file's session name and `settings`
/// added or replacing them.
fn plan(emulator: &Emulator, settings: &[(&str, &str)]) -> Plan {
    let mut all = vec![("ORGSYNC_ROLE_SESSION_NAME", SESSION_NAME)];
    all.extend_from_slice(settings);
    crate::common::demo_plan(emulator, &all)
}

/// The demo user's plan with `chain` as its master chain.
fn plan_with_chain(emulator: &Emulator, chain: &[String]) -> Plan {
    plan(emulator, &[("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &chain.join(","))])
}

async fn list_roots(session: &Session) -> Result<usize, String> {
    let client = aws_sdk_organizations::Client::new(session.sdk_config());
    client
        .list_roots()
        .send()
        .await
        .map(|out| out.roots().len())
        .map_err(|e| format!("{}", aws_smithy_types::error::display::DisplayErrorContext(&e)))
}

#[tokio::test]
async fn three_hop_chain_carries_the_external_id_and_signs_each_hop_with_the_previous_session() {
    let emulator = start(12, None).await;
    let demo = emulator.demo_identity();
    let chain = three_hop_chain(&emulator);
    let plan = plan_with_chain(&emulator, &chain);
    emulator.controls().clear_requests();

    let session = Session::connect(&plan.auth).await.expect("the chain is assumed");
    let client = aws_sdk_organizations::Client::new(session.sdk_config());
    let pages =
        client.list_accounts().max_results(5).into_paginator().send().try_collect().await.unwrap();
    assert_eq!(pages.iter().map(|p| p.accounts().len()).sum::<usize>(), 12);
    let identity =
        aws_sdk_sts::Client::new(session.sdk_config()).get_caller_identity().send().await.unwrap();
    assert!(
        identity.arn().unwrap().contains(":assumed-role/OrgSyncThird/orgsync-chain-test"),
        "{identity:?}"
    );

    let requests = emulator.controls().requests();
    let hops = assume_roles(&requests);
    assert_eq!(hops.len(), 3, "one AssumeRole per hop: {hops:#?}");
    for (i, hop) in hops.iter().enumerate() {
        assert_eq!(hop.status, 200, "{hop:#?}");
        assert_eq!(param(hop, "RoleArn"), chain[i]);
        assert_eq!(
            param(hop, "ExternalId"),
            demo.assume_external_id,
            "external ID on hop {}",
            i + 1
        );
        assert_eq!(param(hop, "RoleSessionName"), SESSION_NAME);
    }
    assert_eq!(param(hops[0], "DurationSeconds"), "3600");
    // Hop 1 is signed by the configured key; every later hop by a new session key.
    assert_eq!(hops[0].access_key_id, demo.access_key_id);
    let signers: Vec<&str> = hops.iter().map(|h| h.access_key_id.as_str()).collect();
    for i in 1..3 {
        assert!(signers[i].starts_with("ASIA"), "hop {} signed by {}", i + 1, signers[i]);
        assert!(!signers[..i].contains(&signers[i]), "hop {} reuses an earlier key", i + 1);
    }
    // Every Organizations call is signed by the last hop's key, used for no AssumeRole.
    let org_calls: Vec<_> = requests.iter().filter(|r| r.service == "organizations").collect();
    assert!(!org_calls.is_empty());
    let final_key = &org_calls[0].access_key_id;
    assert!(org_calls.iter().all(|r| &r.access_key_id == final_key && r.status == 200));
    assert!(final_key.starts_with("ASIA") && !signers.contains(&final_key.as_str()));
    assert_eq!(session.chain_walks(), 1);
    emulator.shutdown().await;
}

#[tokio::test]
async fn the_walk_links_each_hop_to_the_session_that_signed_the_next() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let chain = three_hop_chain(&emulator);
    let plan = plan_with_chain(&emulator, &chain);
    emulator.controls().clear_requests();

    let walk = credentials::walk_chain(&plan.auth).await;
    assert!(walk.passed(), "{walk:#?}");
    assert_eq!(walk.steps.len(), 4);
    let names = [
        "user/orgsync-demo",
        "assumed-role/OrgSyncJump/",
        "assumed-role/OrgSyncReader/",
        "assumed-role/OrgSyncThird/",
    ];
    for (step, name) in walk.steps.iter().zip(names) {
        let identity = step.outcome.as_ref().unwrap();
        assert!(identity.arn.contains(name), "{step:#?}");
    }
    // Server side: GetCallerIdentity after hop n is signed by hop n's key, and
    // that same key signs the AssumeRole of hop n+1.
    let requests = emulator.controls().requests();
    let sts: Vec<&RecordedRequest> = requests.iter().filter(|r| r.service == "sts").collect();
    let ops: Vec<&str> = sts.iter().map(|r| r.operation.as_str()).collect();
    assert_eq!(
        ops,
        [
            "GetCallerIdentity",
            "AssumeRole",
            "GetCallerIdentity",
            "AssumeRole",
            "GetCallerIdentity",
            "AssumeRole",
            "GetCallerIdentity"
        ]
    );
    assert_eq!(sts[0].access_key_id, demo.access_key_id);
    assert_eq!(sts[1].access_key_id, demo.access_key_id);
    for hop in 1..3 {
        let identity_of_hop = sts[2 * hop].access_key_id.clone();
        assert_eq!(
            sts[2 * hop + 1].access_key_id,
            identity_of_hop,
            "hop {} is signed by hop {}'s session",
            hop + 1,
            hop
        );
        assert_eq!(param(sts[2 * hop + 1], "ExternalId"), demo.assume_external_id);
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_wrong_external_id_fails_naming_the_first_hop() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let plan = plan(&emulator, &[("ORGSYNC_ASSUME_EXTERNAL_ID", "not-the-external-id")]);
    let err = Session::connect(&plan.auth).await.expect_err("the external ID is wrong");
    assert_eq!(
        err.message,
        format!("failed to assume role `{}` (hop 1 of 2)", demo.master_assume_role_arn_chain[0])
    );
    assert!(err.causes[0].starts_with("AssumeRole: AccessDenied: "), "{err:?}");
    let hint = err.hint.unwrap();
    assert!(
        hint.contains("the role `OrgSyncJump` in account")
            && hint.contains("may not exist (check the ARN for a typo: arn:aws:iam::")
            && hint.contains("its trust policy does not allow")
            && hint.contains("external ID is wrong"),
        "{hint}"
    );
    assert_eq!(err.exit_code, 1);
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_role_that_does_not_trust_the_previous_one_fails_naming_its_hop() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let mgmt = emulator.controls().with_org(|org| org.management_account_id.clone());
    let untrusting = format!("arn:aws:iam::{mgmt}:role/TrustsOnlyTheUser");
    emulator.controls().add_role(
        RoleSpec::new(&untrusting)
            .trust(format!("arn:aws:iam::{mgmt}:user/orgsync-demo"))
            .with_external_id(&demo.assume_external_id),
    );
    let chain = vec![demo.master_assume_role_arn_chain[0].clone(), untrusting.clone()];
    let plan = plan_with_chain(&emulator, &chain);
    let err = Session::connect(&plan.auth).await.expect_err("hop 2 is not trusted");
    assert_eq!(err.message, format!("failed to assume role `{untrusting}` (hop 2 of 2)"));
    let hint = err.hint.unwrap();
    assert!(
        hint.contains("the role `TrustsOnlyTheUser` in account")
            && hint.contains("its trust policy does not allow role `OrgSyncJump`"),
        "{hint}"
    );

    let walk = credentials::walk_chain(&plan.auth).await;
    assert!(!walk.passed());
    let last = walk.steps.last().unwrap();
    assert_eq!(last.hop, 2);
    assert_eq!(last.outcome.as_ref().unwrap_err().code.as_deref(), Some("AccessDenied"));
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_wrong_secret_key_is_reported_at_the_first_hop() {
    let emulator = start(3, None).await;
    let mut plan = plan(&emulator, &[]);
    let config::InitialCredentials::AccessKey { secret_access_key, .. } = &mut plan.auth.initial
    else {
        unreachable!()
    };
    *secret_access_key = config::Secret::new("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    let err = Session::connect(&plan.auth).await.expect_err("wrong secret");
    assert!(err.message.contains("(hop 1 of 2)"), "{err:?}");
    assert!(err.causes[0].contains("SignatureDoesNotMatch"), "{err:?}");
    assert!(err.hint.unwrap().contains("secret access key does not belong"));
    emulator.shutdown().await;
}

#[tokio::test]
async fn sessions_are_renewed_before_expiry_by_reassuming_the_whole_chain() {
    // Sessions live 4 s; calls go on for 13 s: several lifetimes.
    let emulator = start(3, Some(Duration::from_secs(4))).await;
    let demo = emulator.demo_identity();
    let chain = demo.master_assume_role_arn_chain.clone();
    let plan = plan(&emulator, &[]);
    emulator.controls().clear_requests();
    let session = Session::connect(&plan.auth).await.unwrap();
    let started = Instant::now();
    let mut calls = 0;
    while started.elapsed() < Duration::from_secs(13) {
        list_roots(&session).await.expect("no call fails while sessions expire underneath");
        calls += 1;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let requests = emulator.controls().requests();
    let failed: Vec<_> = requests.iter().filter(|r| r.status != 200).collect();
    assert!(failed.is_empty(), "no request may fail (no auth error): {failed:#?}");
    let org_calls = requests.iter().filter(|r| r.service == "organizations").count();
    assert_eq!(org_calls, calls);
    let hops = assume_roles(&requests);
    assert_eq!(hops.len() % 2, 0);
    let walks = hops.len() / 2;
    assert!(walks >= 4, "13 s of 4 s sessions need at least 4 walks, saw {walks}");
    assert_eq!(session.chain_walks() as usize, walks);
    for walk in hops.chunks(2) {
        assert_eq!(param(walk[0], "RoleArn"), chain[0], "every renewal starts from hop 1");
        assert_eq!(walk[0].access_key_id, demo.access_key_id, "…signed by the initial credentials");
        assert_eq!(param(walk[1], "RoleArn"), chain[1]);
        assert_eq!(walk[1].access_key_id.len(), 20);
        assert_ne!(walk[1].access_key_id, demo.access_key_id);
    }
    emulator.shutdown().await;
}

#[tokio::test]
async fn the_injected_clock_decides_renewal_without_sleeping() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let plan = plan(&emulator, &[]);
    emulator.controls().clear_requests();
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let session = Session::connect_with_clock(&plan.auth, clock.clone()).await.unwrap();
    let first = session.credentials().await.unwrap();
    clock.advance(Duration::from_secs(40 * 60));
    let same = session.credentials().await.unwrap();
    assert_eq!(
        first.access_key_id(),
        same.access_key_id(),
        "40 min into a 60 min session: still cached"
    );
    assert_eq!(assume_roles(&emulator.controls().requests()).len(), 2);
    clock.advance(Duration::from_secs(16 * 60));
    let renewed = session.credentials().await.unwrap();
    assert_ne!(first.access_key_id(), renewed.access_key_id(), "56 min in: renewed");
    let hops = emulator.controls().requests();
    let hops = assume_roles(&hops);
    assert_eq!(hops.len(), 4);
    assert_eq!(hops[2].access_key_id, demo.access_key_id, "renewal starts at hop 1");
    assert_eq!(session.chain_walks(), 2);
    emulator.shutdown().await;
}

#[tokio::test]
async fn invalidate_after_an_expired_token_reassumes_the_chain_once() {
    let emulator = start(3, None).await;
    let plan = plan(&emulator, &[]);
    let session = Session::connect(&plan.auth).await.unwrap();
    assert_eq!(list_roots(&session).await.unwrap(), 1);
    // The server's clock jumps past the session's expiry; ours does not know.
    emulator.controls().advance_clock(Duration::from_secs(2 * 3600));
    let err = list_roots(&session).await.expect_err("the session expired server side");
    assert!(err.contains("ExpiredToken"), "{err}");
    session.invalidate();
    assert_eq!(list_roots(&session).await.unwrap(), 1, "one re-assume and the call succeeds");
    assert_eq!(session.chain_walks(), 2);
    emulator.shutdown().await;
}

#[tokio::test]
async fn without_a_chain_the_initial_keys_sign_every_call() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let plan = plan_with_chain(&emulator, &[]);
    emulator.controls().clear_requests();
    let session = Session::connect(&plan.auth).await.unwrap();
    assert_eq!(list_roots(&session).await.unwrap(), 1);
    let requests = emulator.controls().requests();
    assert!(assume_roles(&requests).is_empty());
    assert!(requests.iter().all(|r| r.access_key_id == demo.access_key_id));
    emulator.shutdown().await;
}

#[tokio::test]
async fn sub_account_sessions_start_from_the_master_session() {
    let emulator = start(4, None).await;
    let (mgmt, member) = emulator.controls().with_org(|org| {
        let member =
            org.accounts.keys().find(|id| **id != org.management_account_id).unwrap().clone();
        (org.management_account_id.clone(), member)
    });
    let plan = plan(&emulator, &[("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", MEMBER_ROLE)]);
    let session = Session::connect(&plan.auth).await.unwrap();
    let sub = session
        .sub_account(plan.sub_account_chain.as_ref().unwrap(), &member)
        .await
        .expect("member reachable");
    assert_eq!(sub.last_role.account_id(), member);
    let identity =
        aws_sdk_sts::Client::new(&sub.sdk_config).get_caller_identity().send().await.unwrap();
    assert_eq!(identity.account(), Some(member.as_str()));
    assert_ne!(member, mgmt);
    emulator.shutdown().await;
}

/// The issuer of the CI job's web-identity tokens.
const ISSUER: &str = "https://token.example";

#[tokio::test]
async fn web_identity_starts_the_chain_and_its_token_file_is_reread_at_each_renewal() {
    let emulator = start(3, None).await;
    let demo = emulator.demo_identity();
    let dir = tempfile::tempdir().unwrap();
    let WebIdentityStart { token_file, plan, .. } =
        web_identity_plan(&emulator, ISSUER, dir.path(), &[]);
    emulator.controls().clear_requests();
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let session = Session::connect_with_clock(&plan.auth, clock.clone()).await.unwrap();
    assert_eq!(list_roots(&session).await.unwrap(), 1);
    let requests = emulator.controls().requests();
    let ops: Vec<&str> =
        requests.iter().filter(|r| r.service == "sts").map(|r| r.operation.as_str()).collect();
    assert_eq!(ops, ["AssumeRoleWithWebIdentity", "AssumeRole"]);
    assert!(requests[0].access_key_id.is_empty(), "AssumeRoleWithWebIdentity is unsigned");
    assert_eq!(param(&requests[1], "ExternalId"), demo.assume_external_id);

    // The token file is read again at renewal: a broken token now fails hop 1.
    std::fs::write(&token_file, "not-a-jwt").unwrap();
    clock.advance(Duration::from_secs(3600));
    let failure = session.credentials().await.expect_err("the new token is invalid");
    assert_eq!((failure.hop, failure.total), (1, 2));
    assert_eq!(failure.code.as_deref(), Some("InvalidIdentityToken"));
    assert!(failure.hint.contains("web_identity_token_file"), "{failure:?}");
    std::fs::write(&token_file, WebIdentityTrust::token(ISSUER)).unwrap();
    session.credentials().await.expect("a fresh token renews the chain");
    emulator.shutdown().await;
}
