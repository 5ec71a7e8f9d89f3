//! Quotas, faults, paging quirks, latency and mutations, observed through the
//! AWS SDK for Rust.

use std::time::{Duration, Instant};

use aws_config::retry::RetryConfig;
use aws_sdk_organizations::types::PolicyType;
use orgsync_emulator::{FaultSpec, PagingSpec};

use crate::common::{all_pages, code, set_caller_quotas, set_fast_profile, start_with_chain};

fn retrying(
    config: &aws_config::SdkConfig,
    attempts: u32,
    backoff_ms: u64,
) -> aws_sdk_organizations::Client {
    let backoff = Duration::from_millis(backoff_ms);
    let conf = aws_sdk_organizations::config::Builder::from(config)
        .retry_config(
            RetryConfig::standard().with_max_attempts(attempts).with_initial_backoff(backoff),
        )
        .build();
    aws_sdk_organizations::Client::from_conf(conf)
}

async fn all_accounts(client: &aws_sdk_organizations::Client) -> Vec<String> {
    all_pages!(client.list_accounts().max_results(20), accounts)
        .into_iter()
        .map(|a| a.id.unwrap())
        .collect()
}

#[tokio::test]
async fn quotas_throttle_and_the_sdk_retries_them() {
    let (emulator, config) = start_with_chain(40, 1).await;
    set_caller_quotas(
        &emulator,
        &[("organizations:ListRoots", 10.0, 2.0), ("account:*", 1.0, 1.0)],
    );

    let no_retry = aws_sdk_organizations::Client::new(&config);
    no_retry.list_roots().send().await.unwrap();
    no_retry.list_roots().send().await.unwrap();
    let err = no_retry.list_roots().send().await.unwrap_err();
    assert_eq!(code(&err), "TooManyRequestsException");
    // Other operations have their own buckets.
    no_retry.describe_organization().send().await.unwrap();

    // With retries on, the SDK classifies it as retryable and gets through.
    retrying(&config, 6, 300).list_roots().send().await.unwrap();
    let counters = emulator.controls().counters().get("organizations:ListRoots");
    assert!(counters.throttled >= 2, "{counters:?}");

    let account = aws_sdk_account::Client::new(&config);
    account.get_contact_information().send().await.ok();
    let err = account.get_contact_information().send().await.unwrap_err();
    assert_eq!(code(&err), "TooManyRequestsException");
    assert_eq!(err.raw_response().unwrap().status().as_u16(), 429);
    emulator.shutdown().await;
}

#[tokio::test]
async fn injected_faults_are_survived_with_retries() {
    let (emulator, config) = start_with_chain(400, 2).await;
    let expected = emulator.account_count();
    let client = retrying(&config, 12, 20);
    client.list_roots().send().await.unwrap(); // credentials are cached before faults start
    emulator.controls().set_faults(FaultSpec {
        throttle_rate: 0.1,
        error_5xx_rate: 0.1,
        reset_rate: 0.05,
        truncate_rate: 0.05,
        seed: 9,
    });
    assert_eq!(all_accounts(&client).await.len(), expected);
    let c = emulator.controls().counters().get("organizations:ListAccounts");
    assert!(c.faulted > 0 && c.throttled > 0, "{c:?}");
    assert!(c.calls > 20, "{c:?}");
    let statuses: Vec<u16> = emulator.controls().requests().iter().map(|r| r.status).collect();
    assert!(statuses.contains(&500) || statuses.contains(&503));
    emulator.shutdown().await;
}

#[tokio::test]
async fn empty_and_short_pages_still_page_to_the_end() {
    let (emulator, config) = start_with_chain(300, 3).await;
    set_fast_profile(&emulator, |spec| {
        spec.paging =
            PagingSpec { default_page_size: 20, empty_page_rate: 0.3, short_page_rate: 0.3 };
    });
    let client = aws_sdk_organizations::Client::new(&config);
    let pages = client
        .list_accounts()
        .into_paginator()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let empty_with_token =
        pages.iter().filter(|p| p.accounts().is_empty() && p.next_token().is_some()).count();
    assert!(empty_with_token > 0);
    let total: usize = pages.iter().map(|p| p.accounts().len()).sum();
    assert_eq!(total, emulator.account_count());
    emulator.shutdown().await;
}

#[tokio::test]
async fn latency_is_added() {
    let (emulator, config) = start_with_chain(20, 4).await;
    set_fast_profile(&emulator, |spec| spec.latency.fixed_ms = 80.0);
    let started = Instant::now();
    aws_sdk_organizations::Client::new(&config).list_roots().send().await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(80));
    emulator.shutdown().await;
}

#[tokio::test]
async fn mutations_apply_immediately_and_after_n_calls() {
    let (emulator, config) = start_with_chain(80, 5).await;
    let client = aws_sdk_organizations::Client::new(&config);
    let controls = emulator.controls();
    let (victim, closed, removed, ou, root) = controls.with_org(|o| {
        let ids: Vec<&String> =
            o.accounts.keys().filter(|id| **id != o.management_account_id).collect();
        let ou = o.organizational_units.keys().next().unwrap().clone();
        (ids[0].clone(), ids[1].clone(), ids[2].clone(), ou, o.root.id.clone())
    });
    let before = controls.organizations_calls();
    let moved_to = ou.clone();
    let moved = victim.clone();
    controls.after_calls(
        before + 2,
        Box::new(move |org| {
            org.move_account(&moved, &moved_to);
        }),
    );
    client.describe_organization().send().await.unwrap();
    client.describe_organization().send().await.unwrap();
    let parents = client.list_parents().child_id(&victim).send().await.unwrap().parents.unwrap();
    assert_eq!(parents[0].id(), Some(ou.as_str()));

    assert!(controls.close_account(&closed));
    let state =
        client.describe_account().account_id(&closed).send().await.unwrap().account.unwrap();
    assert_eq!(state.state().map(|s| s.as_str()), Some("CLOSED"));

    assert!(controls.remove_account(&removed));
    let err = client.describe_account().account_id(&removed).send().await.unwrap_err();
    assert_eq!(code(&err), "AccountNotFoundException");
    assert_eq!(all_accounts(&client).await.len(), emulator.account_count());

    assert!(controls.detach_policy("p-FullAWSAccess", &root));
    let attached = client
        .list_policies_for_target()
        .target_id(&root)
        .filter(PolicyType::ServiceControlPolicy)
        .send()
        .await
        .unwrap()
        .policies
        .unwrap();
    assert!(attached.iter().all(|p| p.id() != Some("p-FullAWSAccess")));
    emulator.shutdown().await;
}
