//! `aws_organizations_account_access` against the emulator over real HTTP and
//! SigV4: 200 member accounts reached through a two-hop sub-account chain
//! from the demo master chain, with members whose second role is missing,
//! whose trust policy rejects the external ID, whose first role trusts
//! nobody, whose alias call is denied, and members that are suspended. The
//! table is compared row for row with rows computed from the emulator's
//! model and the setup; the run is `succeeded`. The recorded requests prove,
//! server side, that every hop carries the external ID and that each hop is
//! signed by the session of the previous one. A master chain that ends in a
//! delegated administrator's account reaches the management account through
//! the template like any member.

use std::collections::{BTreeMap, BTreeSet};

use orgsync_core::config::Plan;
use orgsync_core::planner::{Operation, RateLimits};
use orgsync_core::run::{ExtractOptions, Extraction};
use orgsync_core::tables::account_access::NOT_ACTIVE_CODE;
use orgsync_emulator::{AccountState, Emulator, RecordedRequest, RoleSpec};
use orgsync_schema::{Row, RunStatus, TableName, Value};

use crate::common::{
    MEMBER_ROLE, assume_roles, demo_plan, extract_as, management_and_active_members, param,
    sub_account_access,
};

const SESSION: &str = "orgsync-sub-test";
const SECOND: &str = "arn:aws:iam::{accountId}:role/audit/OrgSyncMemberReader";

/// What the setup did to one ACTIVE member account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Setup {
    Reachable,
    SecondRoleMissing,
    WrongExternalId,
    FirstRoleTrustsNobody,
    AliasDenied,
    Suspended,
}

impl Setup {
    fn for_index(i: usize) -> Setup {
        match i % 10 {
            1 => Setup::SecondRoleMissing,
            2 => Setup::WrongExternalId,
            3 => Setup::FirstRoleTrustsNobody,
            4 => Setup::AliasDenied,
            5 => Setup::Suspended,
            _ => Setup::Reachable,
        }
    }
}

fn role(template: &str, account: &str) -> String {
    template.replace("{accountId}", account)
}

async fn start(accounts: usize) -> Emulator {
    crate::common::start(accounts, 11).await
}

/// The plan a user would give: demo keys, the demo master chain, the
/// two-hop sub-account chain, one external ID.
fn plan(emulator: &Emulator) -> Plan {
    let chain = format!("{MEMBER_ROLE},{SECOND}");
    demo_plan(
        emulator,
        &[
            ("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", &chain),
            ("ORGSYNC_ROLE_SESSION_NAME", SESSION),
        ],
    )
}

/// Applies the setup to every ACTIVE member account; returns it per account.
fn set_up(emulator: &Emulator) -> BTreeMap<String, Setup> {
    let demo = emulator.demo_identity();
    let controls = emulator.controls();
    let (management, active) = management_and_active_members(emulator);
    let mut setups = BTreeMap::new();
    for (i, account) in active.iter().enumerate() {
        let setup = Setup::for_index(i);
        let first = role(MEMBER_ROLE, account);
        let second = RoleSpec::new(role(SECOND, account))
            .trust(&first)
            .allow(&["iam:ListAccountAliases", "sts:GetCallerIdentity"]);
        match setup {
            Setup::SecondRoleMissing => {}
            Setup::WrongExternalId => controls.add_role(second.with_external_id("another-ext-id")),
            Setup::FirstRoleTrustsNobody => {
                controls.add_role(
                    RoleSpec::new(&first)
                        .trust(format!("arn:aws:iam::{management}:user/someone-else")),
                );
                controls.add_role(second.with_external_id(&demo.assume_external_id));
            }
            Setup::AliasDenied => {
                controls.add_role(second.with_external_id(&demo.assume_external_id));
                controls.deny_action(&role(SECOND, account), "iam:ListAccountAliases");
            }
            Setup::Suspended => {
                controls.add_role(second.with_external_id(&demo.assume_external_id));
                controls.mutate_org(|org| {
                    org.accounts.get_mut(account).unwrap().state = AccountState::Suspended;
                });
            }
            Setup::Reachable => {
                controls.add_role(second.with_external_id(&demo.assume_external_id))
            }
        }
        setups.insert(account.clone(), setup);
    }
    setups
}

/// The table computed from the model and the setup.
fn expected_rows(emulator: &Emulator, setups: &BTreeMap<String, Setup>, run_id: &str) -> Vec<Row> {
    let demo = emulator.demo_identity();
    let reader = demo.master_assume_role_arn_chain.last().unwrap().clone();
    emulator.controls().with_org(|org| {
        let mgmt = &org.management_account_id;
        let denied = |who: String, resource: &str| {
            (
                Some("AccessDenied".to_owned()),
                Some(format!(
                    "User: {who} is not authorized to perform: sts:AssumeRole on resource: {resource}"
                )),
            )
        };
        org.accounts
            .values()
            .map(|account| {
                let id = &account.id;
                let alias = org.account_aliases.get(id).cloned();
                let second = role(SECOND, id);
                let first_session = format!("arn:aws:sts::{id}:assumed-role/OrganizationAccountAccessRole/{SESSION}");
                let (reachable, role_arn, (code, message), alias) = if id == mgmt {
                    (true, reader.clone(), (None, None), alias)
                } else if account.state != AccountState::Active {
                    let message = format!(
                        "the account is {}: orgsync assumes roles only in ACTIVE accounts",
                        account.state.as_str()
                    );
                    (false, second, (Some(NOT_ACTIVE_CODE.to_owned()), Some(message)), None)
                } else {
                    match setups[id] {
                        Setup::Reachable => (true, second, (None, None), alias),
                        Setup::SecondRoleMissing | Setup::WrongExternalId => {
                            let cells = denied(first_session, &second);
                            (false, second, cells, None)
                        }
                        Setup::FirstRoleTrustsNobody => {
                            let master =
                                format!("arn:aws:sts::{mgmt}:assumed-role/OrgSyncReader/{SESSION}");
                            (false, second, denied(master, &role(MEMBER_ROLE, id)), None)
                        }
                        Setup::AliasDenied => {
                            let session = format!(
                                "arn:aws:sts::{id}:assumed-role/OrgSyncMemberReader/{SESSION}"
                            );
                            let message = format!(
                                "User: {session} is not authorized to perform: iam:ListAccountAliases"
                            );
                            (true, second, (Some("AccessDenied".to_owned()), Some(message)), None)
                        }
                        Setup::Suspended => unreachable!("suspended accounts are not ACTIVE"),
                    }
                };
                vec![
                    Value::text(&org.id),
                    Value::text(id),
                    Value::Bool(reachable),
                    Value::text(role_arn),
                    Value::opt_text(code),
                    Value::opt_text(message),
                    Value::opt_text(alias),
                    Value::text(run_id),
                ]
            })
            .collect()
    })
}

async fn run(plan: &Plan) -> Extraction {
    let options = ExtractOptions {
        tables: [TableName::Organization, TableName::Account, TableName::AccountAccess].into(),
        rate_limits: RateLimits::scaled(1000.0),
        sub_account_access: sub_account_access(plan),
        ..ExtractOptions::new()
    };
    extract_as(plan, &options).await
}

#[tokio::test]
async fn two_hundred_members_reachable_or_not_are_rows_and_the_run_succeeds() {
    let emulator = start(201).await;
    let setups = set_up(&emulator);
    let kinds: BTreeSet<Setup> = setups.values().copied().collect();
    assert_eq!(kinds.len(), 6, "every kind of member is present: {kinds:?}");
    let plan = plan(&emulator);
    emulator.controls().clear_requests();

    let extraction = run(&plan).await;
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.errors, Vec::new(), "unreachable members are data, not errors");
    assert_eq!(snapshot.run.status, RunStatus::Succeeded);

    let rows = &snapshot.tables[&TableName::AccountAccess];
    let mut expected = expected_rows(&emulator, &setups, &snapshot.run.run_id);
    for row in &mut expected {
        row.push(orgsync_schema::Value::Timestamp(snapshot.run.started_at));
    }
    assert_eq!(rows.len(), 201, "one row per account");
    for (got, want) in rows.iter().zip(&expected) {
        assert_eq!(got, want);
    }
    assert_eq!(rows, &expected);
    let accounts: Vec<&Value> =
        snapshot.tables[&TableName::Account].iter().map(|r| &r[1]).collect();
    let access: Vec<&Value> = rows.iter().map(|r| &r[1]).collect();
    assert_eq!(accounts, access, "the access table covers the account table");

    // Calls: hop 1 for every ACTIVE member, hop 2 where hop 1 passed, the
    // alias call where the chain passed and for the management account.
    let count = |s: Setup| setups.values().filter(|v| **v == s).count() as u64;
    let attempted = setups.len() as u64 - count(Setup::Suspended);
    let second_hops = attempted - count(Setup::FirstRoleTrustsNobody);
    let reached = second_hops - count(Setup::SecondRoleMissing) - count(Setup::WrongExternalId);
    let ops = &extraction.operations;
    assert_eq!(ops[&Operation::AssumeRoleSubAccount].calls, attempted + second_hops);
    assert_eq!(ops[&Operation::ListAccountAliases].calls, reached + 1);
    let served = emulator.controls().counters();
    let master_hops = plan.auth.chain.len() as u64;
    assert_eq!(served.get("sts:AssumeRole").calls, master_hops + attempted + second_hops);
    assert_eq!(served.get("iam:ListAccountAliases").calls, reached + 1);
    emulator.shutdown().await;
}

#[tokio::test]
async fn every_member_hop_carries_the_external_id_and_is_signed_by_the_previous_hop() {
    let emulator = start(13).await;
    let demo = emulator.demo_identity();
    let controls = emulator.controls();
    let (_, members) = management_and_active_members(&emulator);
    for account in &members {
        // The second role trusts only sessions of the first role of its own
        // account and requires the external ID: the emulator refuses any
        // other signer, so a passing hop 2 proves who signed it.
        controls.add_role(
            RoleSpec::new(role(SECOND, account))
                .trust(role(MEMBER_ROLE, account))
                .with_external_id(&demo.assume_external_id)
                .allow(&["iam:ListAccountAliases"]),
        );
    }
    let plan = plan(&emulator);
    emulator.controls().clear_requests();
    let extraction = run(&plan).await;
    assert_eq!(extraction.snapshot.run.status, RunStatus::Succeeded);
    let rows = &extraction.snapshot.tables[&TableName::AccountAccess];
    assert!(rows.iter().all(|r| r[2] == Value::Bool(true) || r[4] == Value::text(NOT_ACTIVE_CODE)));

    let requests = controls.requests();
    let organizations_key = requests
        .iter()
        .find(|r| r.service == "organizations")
        .map(|r| r.access_key_id.clone())
        .expect("organizations calls");
    let hops: Vec<&RecordedRequest> = assume_roles(&requests)
        .into_iter()
        .filter(|h| !demo.master_assume_role_arn_chain.iter().any(|m| m == param(h, "RoleArn")))
        .collect();
    assert_eq!(hops.len(), members.len() * 2, "two hops per ACTIVE member: {hops:#?}");
    let mut second_hop_keys = BTreeSet::new();
    for account in &members {
        let first =
            hops.iter().find(|h| param(h, "RoleArn") == role(MEMBER_ROLE, account)).unwrap();
        let second = hops.iter().find(|h| param(h, "RoleArn") == role(SECOND, account)).unwrap();
        for hop in [first, second] {
            assert_eq!(hop.status, 200, "{hop:#?}");
            assert_eq!(param(hop, "ExternalId"), demo.assume_external_id, "{hop:#?}");
            assert_eq!(param(hop, "RoleSessionName"), SESSION);
            assert_eq!(param(hop, "DurationSeconds"), "3600");
        }
        // Hop 1 is signed by the master session (the key of every
        // Organizations call); hop 2 by a fresh member session key.
        assert_eq!(first.access_key_id, organizations_key);
        assert!(second.access_key_id.starts_with("ASIA"));
        assert_ne!(second.access_key_id, organizations_key);
        assert!(second_hop_keys.insert(second.access_key_id.clone()), "one session per account");
    }
    // Each alias call is signed by a key that signed no AssumeRole (the last hop's session).
    let alias_calls: Vec<&RecordedRequest> =
        requests.iter().filter(|r| r.operation == "ListAccountAliases").collect();
    assert_eq!(alias_calls.len(), members.len() + 1);
    for call in &alias_calls {
        assert_eq!(call.status, 200, "{call:#?}");
        assert!(!second_hop_keys.contains(&call.access_key_id));
    }
    assert_eq!(
        alias_calls.iter().filter(|c| c.access_key_id == organizations_key).count(),
        1,
        "the management account's alias is read with the master session"
    );
    emulator.shutdown().await;
}

#[tokio::test]
async fn without_a_sub_account_chain_the_table_is_not_extracted() {
    let emulator = start(5).await;
    let plan = plan(&emulator);
    let options = ExtractOptions {
        tables: [TableName::Organization, TableName::AccountAccess].into(),
        rate_limits: RateLimits::scaled(1000.0),
        ..ExtractOptions::new()
    };
    emulator.controls().clear_requests();
    let extraction = extract_as(&plan, &options).await;
    assert!(!extraction.snapshot.tables.contains_key(&TableName::AccountAccess));
    assert!(emulator.controls().requests().iter().all(|r| r.service != "iam"));
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_master_chain_ending_in_a_delegated_administrator_reaches_the_management_account_like_a_member()
 {
    let emulator = start(8).await;
    let demo = emulator.demo_identity();
    let controls = emulator.controls();
    let (mgmt, active) = management_and_active_members(&emulator);
    let delegated = controls.with_org(|org| {
        active
            .iter()
            .find(|id| org.delegated_administrators.contains_key(*id))
            .expect("the synthetic organization has an ACTIVE delegated administrator")
            .clone()
    });
    let others = active.into_iter().filter(|id| *id != delegated).collect::<Vec<_>>();
    let delegated_reader = format!("arn:aws:iam::{delegated}:role/DelegatedReader");
    controls.add_role(
        RoleSpec::new(&delegated_reader)
            .trust(demo.master_assume_role_arn_chain.last().unwrap())
            .with_external_id(&demo.assume_external_id)
            .allow(&orgsync_emulator::READ_ACTIONS),
    );
    // Every account but the delegated administrator's trusts its session.
    for account in others.iter().chain([&mgmt]) {
        controls.add_role(RoleSpec::new(role(MEMBER_ROLE, account)).trust(&delegated_reader));
    }
    let mut chain = demo.master_assume_role_arn_chain.clone();
    chain.push(delegated_reader.clone());
    let chain = chain.join(",");
    let plan = demo_plan(
        &emulator,
        &[
            ("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &chain),
            ("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", MEMBER_ROLE),
        ],
    );
    let extraction = run(&plan).await;
    assert_eq!(extraction.snapshot.run.status, RunStatus::Succeeded);
    let rows = &extraction.snapshot.tables[&TableName::AccountAccess];
    let row = |id: &str| rows.iter().find(|r| r[1] == Value::text(id)).unwrap().clone();
    let alias = |id: &str| controls.with_org(|org| org.account_aliases.get(id).cloned());
    let delegated_row = row(&delegated);
    assert_eq!(delegated_row[2], Value::Bool(true));
    assert_eq!(delegated_row[3], Value::text(&delegated_reader), "reached by the master chain");
    assert_eq!(delegated_row[6], Value::opt_text(alias(&delegated)));
    let management_row = row(&mgmt);
    assert_eq!(management_row[2], Value::Bool(true), "{management_row:?}");
    assert_eq!(
        management_row[3],
        Value::text(role(MEMBER_ROLE, &mgmt)),
        "reached through the template"
    );
    assert_eq!(management_row[6], Value::opt_text(alias(&mgmt)));
    for account in &others {
        assert_eq!(row(account)[2], Value::Bool(true), "{:?}", row(account));
        assert_eq!(row(account)[6], Value::opt_text(alias(account)));
    }
    emulator.shutdown().await;
}
