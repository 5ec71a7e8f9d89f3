//! Synthetic organizations are a pure function of (accounts, seed).

use orgsync_emulator::fixture::to_json;
use orgsync_emulator::model::{AccountState, POLICY_TYPES};
use orgsync_emulator::synthetic::generate;

#[test]
fn same_seed_gives_a_byte_identical_organization() {
    assert_eq!(to_json(&generate(2_000, 42)), to_json(&generate(2_000, 42)));
}

#[test]
fn different_seeds_differ() {
    let a = to_json(&generate(500, 1));
    let b = to_json(&generate(500, 2));
    assert_ne!(a, b);
}

#[test]
fn synthetic_organizations_have_the_promised_shape() {
    let org = generate(20_000, 7);
    assert_eq!(org.accounts.len(), 20_000);
    assert!(org.validate().is_empty(), "{:?}", org.validate());
    let depth = org.organizational_units.keys().map(|id| org.lineage(id).len() - 1).max().unwrap();
    assert!((2..=5).contains(&depth), "depth {depth}");
    let empty_ous = org
        .organizational_units
        .keys()
        .filter(|id| {
            !org.index.child_accounts.contains_key(*id) && !org.index.child_ous.contains_key(*id)
        })
        .count();
    assert!(empty_ous > 0);
    for state in [
        AccountState::Active,
        AccountState::Suspended,
        AccountState::PendingClosure,
        AccountState::Closed,
        AccountState::PendingActivation,
    ] {
        assert!(org.accounts.values().any(|a| a.state == state), "{state:?}");
    }
    for policy_type in POLICY_TYPES {
        assert!(org.index.policies_by_type.contains_key(policy_type), "{policy_type}");
    }
    // The managed SCP is attached to the root, every OU and every account.
    assert_eq!(
        org.index.targets_by_policy["p-FullAWSAccess"].len(),
        1 + org.organizational_units.len() + org.accounts.len()
    );
    let values: Vec<&str> = org.tags.values().flatten().map(|t| t.value.as_str()).collect();
    for prefix in ["=", "+", "-", "@"] {
        assert!(values.iter().any(|v| v.starts_with(prefix)), "{prefix}");
    }
    assert!(values.iter().any(|v| v.contains('\n')) && values.iter().any(|v| v.contains(',')));
    assert!(org.accounts.keys().any(|id| !org.alternate_contacts.contains_key(id)));
    assert!(!org.delegated_administrators.is_empty() && !org.enabled_services.is_empty());
    // The organization's records: handshakes of the last 30 days in every
    // state an invitation reaches, account-creation requests in every state.
    let now = orgsync_emulator::synthetic::reference_time();
    for state in ["OPEN", "ACCEPTED", "DECLINED", "CANCELED", "EXPIRED"] {
        assert!(org.handshakes.values().any(|h| h.state == state), "handshake {state}");
    }
    for h in org.handshakes.values() {
        assert!(h.requested_timestamp > now - 35 * 86_400, "{} is older than the window", h.id);
        assert!(h.id.starts_with("h-") && h.parties.len() == 2);
        if h.state == "ACCEPTED" {
            let member = &org.accounts[&h.parties[1].id];
            assert_eq!(member.joined_method, "INVITED");
        }
    }
    for state in ["IN_PROGRESS", "SUCCEEDED", "FAILED"] {
        assert!(org.create_account_statuses.values().any(|s| s.state == state), "{state}");
    }
    for s in org.create_account_statuses.values() {
        assert_eq!(s.failure_reason.is_some(), s.state == "FAILED", "{}", s.id);
        assert_eq!(s.account_id.is_some(), s.state == "SUCCEEDED", "{}", s.id);
        if let Some(id) = &s.account_id {
            assert_eq!(org.accounts[id].joined_method, "CREATED");
        }
    }
    let policy = org.resource_policy.as_ref().expect("a resource policy");
    serde_json::from_str::<serde_json::Value>(&policy.content).expect("a JSON document");
}

#[test]
fn every_synthetic_organization_has_an_invalid_effective_policy() {
    // Tests expect every operation a sync can make to be called, even in
    // the smallest organizations they use.
    for accounts in [2, 6, 12, 30, 40, 80, 500] {
        for seed in [1, 3, 5, 7, 11, 30, 31] {
            let org = generate(accounts, seed);
            assert!(!org.invalid_effective_policies.is_empty(), "{accounts} accounts, seed {seed}");
            for (account, types) in &org.invalid_effective_policies {
                for (policy_type, invalid) in types {
                    assert!(org.policy_type_enabled(policy_type));
                    for e in &invalid.errors {
                        assert!(!e.contributing_policies.is_empty(), "{account} {policy_type}");
                    }
                }
            }
        }
    }
}
