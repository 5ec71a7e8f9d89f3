//! Sessions during a run with the sub-account chain, against the emulator:
//! the master session starts from a web identity whose token file is
//! rotated mid-run while every session expires (emulator clock and the
//! injected clock move an hour on); the renewal must read the new token
//! (the old token's issuer is no longer trusted by then), member accounts
//! reached before the expiry are reached again, and the run succeeds with
//! every member reachable. And a member session that is about to expire is
//! assumed again before it is used.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use orgsync_core::credentials::{ManualClock, Session};
use orgsync_core::planner::{NoProgress, Operation, RateLimits};
use orgsync_core::run::{ExtractOptions, extract};
use orgsync_core::tables::account_access::RENEW_BEFORE_EXPIRY;
use orgsync_emulator::{AccountState, Emulator, EmulatorConfig, WebIdentityTrust};
use orgsync_schema::{RunStatus, TableName, Value};

use crate::common::{
    MEMBER_ROLE, WebIdentityStart, demo_plan, management_and_active_members, sub_account_access,
    web_identity_plan,
};

/// The issuers of the first and the rotated web-identity token.
const FIRST_ISSUER: &str = "https://token.example";
const ROTATED_ISSUER: &str = "https://rotated.example";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_web_identity_token_rotated_mid_run_is_used_at_the_renewal() {
    let emulator = Emulator::start(EmulatorConfig::synthetic(120, 5)).await.unwrap();
    let controls = emulator.controls();
    let dir = tempfile::tempdir().unwrap();
    let sub_account_chain = [("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", MEMBER_ROLE)];
    let WebIdentityStart { token_file, ci_role, plan, .. } =
        web_identity_plan(&emulator, FIRST_ISSUER, dir.path(), &sub_account_chain);
    let clock = Arc::new(ManualClock::new(SystemTime::now()));
    let session = Session::connect_with_clock(&plan.auth, clock.clone()).await.unwrap();

    // From now on only the rotated token's issuer is trusted: a renewal
    // with the first token would fail.
    controls.add_web_identity_role(&ci_role, ROTATED_ISSUER);
    let rotate = {
        let token_file = token_file.clone();
        let clock = clock.clone();
        let controls = controls.clone();
        move |_: &mut orgsync_emulator::Organization| {
            std::fs::write(&token_file, WebIdentityTrust::token(ROTATED_ISSUER)).unwrap();
            clock.advance(Duration::from_secs(3600));
            controls.advance_clock(Duration::from_secs(3600));
        }
    };
    controls.clear_requests();
    let served_before = controls.organizations_calls();
    controls.after_calls(served_before + 12, Box::new(rotate));

    let options = ExtractOptions {
        tables: [TableName::Organization, TableName::Account, TableName::AccountAccess].into(),
        rate_limits: RateLimits::scaled(1000.0),
        max_concurrency: Some(4),
        sub_account_access: sub_account_access(&plan),
        ..ExtractOptions::new()
    };
    let on_expired = || session.invalidate();
    let extraction =
        extract(session.sdk_config(), &on_expired, &options, &NoProgress).await.expect("extract");

    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Succeeded, "{:#?}", snapshot.errors);
    assert_eq!(session.chain_walks(), 2, "one renewal after the expiry");
    let requests = controls.requests();
    let web: Vec<_> =
        requests.iter().filter(|r| r.operation == "AssumeRoleWithWebIdentity").collect();
    assert_eq!(web.len(), 1, "the renewal: {web:#?}");
    assert_eq!(web[0].status, 200, "the rotated token was accepted: {web:#?}");

    let active: Vec<String> = controls.with_org(|org| {
        org.accounts
            .values()
            .filter(|a| a.state == AccountState::Active)
            .map(|a| a.id.clone())
            .collect()
    });
    let rows = &snapshot.tables[&TableName::AccountAccess];
    let reachable: Vec<String> = rows
        .iter()
        .filter(|r| r[2] == Value::Bool(true))
        .map(|r| r[1].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(reachable, active, "every ACTIVE account is reachable across the expiry");
    assert!(
        rows.iter().all(|r| r[2] == Value::Bool(true) || r[4].as_str() == Some("AccountNotActive"))
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_member_session_about_to_expire_is_assumed_again_before_its_alias_call() {
    let emulator = Emulator::start(EmulatorConfig::synthetic(20, 9)).await.unwrap();
    let controls = emulator.controls();
    let plan = demo_plan(&emulator, &[("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", MEMBER_ROLE)]);
    let session = Session::connect(&plan.auth).await.unwrap();
    // Member sessions now live less than RENEW_BEFORE_EXPIRY: each one is
    // due for renewal as soon as it is obtained, so it is assumed again
    // (once) before the alias call, which then succeeds.
    controls.set_credential_lifetime(Some(RENEW_BEFORE_EXPIRY / 2));
    controls.clear_requests();
    let options = ExtractOptions {
        tables: [TableName::Organization, TableName::AccountAccess].into(),
        rate_limits: RateLimits::scaled(1000.0),
        sub_account_access: sub_account_access(&plan),
        ..ExtractOptions::new()
    };
    let extraction = extract(session.sdk_config(), &|| session.invalidate(), &options, &NoProgress)
        .await
        .expect("extract");
    assert_eq!(extraction.snapshot.run.status, RunStatus::Succeeded);
    let members = management_and_active_members(&emulator).1.len() as u64;
    let ops = &extraction.operations;
    assert_eq!(ops[&Operation::AssumeRoleSubAccount].calls, 2 * members);
    assert_eq!(ops[&Operation::ListAccountAliases].calls, members + 1);
    let rows = &extraction.snapshot.tables[&TableName::AccountAccess];
    let reachable = rows.iter().filter(|r| r[2] == Value::Bool(true)).count() as u64;
    assert_eq!(reachable, members + 1);
    emulator.shutdown().await;
}
