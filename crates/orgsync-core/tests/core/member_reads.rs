//! Member-side Account API reads (`account_reads`) against the
//! emulator over real HTTP and SigV4: the same organization read through the
//! management session and in each member's own session gives identical
//! tables, table by table (the alternate contacts and the Account
//! Management tables of `account_details` and `primary_contacts`); the
//! emulator's per-caller counters show the Account API calls spread over
//! the members' own quotas; with
//! `auto`, members whose role is denied the call or whose hop fails are read
//! through the management session (counted), with `member` they are error
//! rows; each member is assumed once for all its tables.

use std::collections::BTreeMap;

use orgsync_core::config::{AccountReads, Plan};
use orgsync_core::planner::{Operation, RateLimits};
use orgsync_core::run::{AccountReadCounts, ExtractOptions, Extraction};
use orgsync_emulator::{Emulator, RoleSpec};
use orgsync_schema::{DATA_TABLES, RunStatus, TableName};

use crate::common::{
    MEMBER_ROLE, demo_plan, extract_as, management_and_active_members, sub_account_access,
};

const RUN_ID: &str = "20261130T000000Z-00000014";

async fn start(accounts: usize) -> Emulator {
    crate::common::start(accounts, 14).await
}

fn plan(emulator: &Emulator, account_reads: &str) -> Plan {
    demo_plan(
        emulator,
        &[
            ("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", MEMBER_ROLE),
            ("ORGSYNC_ROLE_SESSION_NAME", "orgsync-member-reads"),
            ("ORGSYNC_ACCOUNT_READS", account_reads),
            ("ORGSYNC_ACCOUNT_DETAILS", "true"),
            ("ORGSYNC_PRIMARY_CONTACTS", "true"),
        ],
    )
}

/// `plan` without the Account Management tables of `account_details` and
/// `primary_contacts`: the alternate contacts are the only member-side reads.
fn contacts_only(mut plan: Plan) -> Plan {
    for table in
        [TableName::AccountInformation, TableName::AccountRegion, TableName::AccountContact]
    {
        plan.tables.remove(&table);
    }
    plan
}

async fn run(plan: &Plan) -> Extraction {
    let options = ExtractOptions {
        tables: plan.tables.clone(),
        run_id: RUN_ID.to_owned(),
        rate_limits: RateLimits::scaled(50.0),
        sub_account_access: sub_account_access(plan),
        account_reads: plan.account_reads,
        ..ExtractOptions::new()
    };
    extract_as(plan, &options).await
}

/// Every data table of `a` equals `b`'s, table by table (`run_id` and
/// `fetched_at` aside).
fn assert_same_tables(a: &Extraction, b: &Extraction, what: &str) {
    let (a, b) = (a.snapshot.content(), b.snapshot.content());
    for def in DATA_TABLES {
        let (x, y) = (a.get(&def.id), b.get(&def.id));
        assert_eq!(x.map(Vec::len), y.map(Vec::len), "{what}: rows of {}", def.name);
        assert_eq!(x, y, "{what}: {}", def.name);
    }
}

#[tokio::test]
async fn both_ways_give_the_same_rows_and_member_reads_spread_over_the_members_quotas() {
    let emulator = start(60).await;
    let controls = emulator.controls();
    let (management, members) = management_and_active_members(&emulator);

    let through_management = run(&plan(&emulator, "management")).await;
    let served = controls.counters();
    let callers = served.by_caller("account:GetAlternateContact");
    assert_eq!(callers.len(), 1, "one caller: {callers:?}");
    assert_eq!(callers[&management].calls, 3 * (members.len() as u64 + 1));
    assert_eq!(
        through_management.account_reads,
        AccountReadCounts { member: 0, management: members.len() as u64 + 1 }
    );

    controls.reset_counters();
    let as_member = run(&plan(&emulator, "member")).await;
    assert_eq!(as_member.snapshot.run.status, RunStatus::Succeeded);
    for table in [
        TableName::AlternateContact,
        TableName::AccountInformation,
        TableName::AccountRegion,
        TableName::AccountContact,
    ] {
        assert!(!as_member.snapshot.tables[&table].is_empty(), "{}", table.as_str());
    }
    assert_same_tables(&through_management, &as_member, "management vs member");
    assert_eq!(
        as_member.account_reads,
        AccountReadCounts { member: members.len() as u64, management: 1 }
    );
    // … and so does the run's `orgsync_run` row.
    let record = &as_member.snapshot.run;
    assert_eq!(record.accounts_read_as_member, Some(members.len() as u64));
    assert_eq!(record.accounts_read_through_management, Some(1));
    let record = &through_management.snapshot.run;
    assert_eq!(record.accounts_read_as_member, Some(0));
    assert_eq!(record.accounts_read_through_management, Some(members.len() as u64 + 1));

    // Server side: each member made its own three calls, the management
    // session only its own account's three.
    let served = controls.counters();
    let callers = served.by_caller("account:GetAlternateContact");
    assert_eq!(callers.len(), members.len() + 1, "{callers:?}");
    assert_eq!(callers[&management].calls, 3);
    for member in &members {
        assert_eq!(callers[member].calls, 3, "{member}");
    }
    // The account details and primary contact: one call per account each,
    // every member in its own session.
    for action in
        ["account:GetAccountInformation", "account:ListRegions", "account:GetContactInformation"]
    {
        let callers = served.by_caller(action);
        assert_eq!(callers.len(), members.len() + 1, "{action}: {callers:?}");
        assert!(callers.values().all(|c| c.calls == 1), "{action}: {callers:?}");
    }
    // One AssumeRole per member for both tables (the access table and the
    // contacts share the session), plus the master chain's two hops.
    let ops = &as_member.operations;
    assert_eq!(ops[&Operation::AssumeRoleSubAccount].calls, members.len() as u64);
    assert_eq!(ops[&Operation::GetAlternateContactAsMember].calls, 3 * members.len() as u64);
    assert_eq!(ops[&Operation::GetAlternateContact].calls, 3);
    assert_eq!(served.get("sts:AssumeRole").calls, members.len() as u64 + 2);

    // `auto` reaches every member too.
    controls.reset_counters();
    let auto = run(&plan(&emulator, "auto")).await;
    assert_same_tables(&through_management, &auto, "management vs auto");
    assert_eq!(auto.account_reads, as_member.account_reads);
    emulator.shutdown().await;
}

#[tokio::test]
async fn auto_falls_back_per_account_on_a_denied_member_role_or_a_failed_hop() {
    let emulator = start(40).await;
    let controls = emulator.controls();
    let (management, members) = management_and_active_members(&emulator);
    let denied: Vec<&String> = members.iter().step_by(5).collect();
    let unreachable: Vec<&String> = members.iter().skip(2).step_by(5).collect();
    for account in &denied {
        controls.deny_action(
            &MEMBER_ROLE.replace("{accountId}", account),
            "account:GetAlternateContact",
        );
    }
    for account in &unreachable {
        // A role that trusts nobody: hop 1 is refused.
        controls.add_role(
            RoleSpec::new(MEMBER_ROLE.replace("{accountId}", account))
                .trust(format!("arn:aws:iam::{management}:user/someone-else")),
        );
    }
    let falls_back = denied.len() + unreachable.len();
    assert!(denied.len() >= 2 && unreachable.len() >= 2);
    assert!(denied.iter().all(|d| !unreachable.contains(d)));

    let through_management = run(&contacts_only(plan(&emulator, "management"))).await;
    controls.reset_counters();
    let auto = run(&contacts_only(plan(&emulator, "auto"))).await;
    assert_eq!(auto.snapshot.run.status, RunStatus::Succeeded);
    assert_eq!(auto.snapshot.errors, Vec::new());
    assert_same_tables(&through_management, &auto, "management vs auto with fallbacks");
    assert_eq!(
        auto.account_reads,
        AccountReadCounts {
            member: (members.len() - falls_back) as u64,
            management: falls_back as u64 + 1
        }
    );
    let callers = controls.counters().by_caller("account:GetAlternateContact");
    // Denied members tried once per contact type (then through the management session).
    for account in &denied {
        assert_eq!(callers[*account].calls, 3, "{account}");
    }
    for account in &unreachable {
        assert!(!callers.contains_key(*account), "{account}");
    }
    assert_eq!(callers[&management].calls, 3 * (falls_back as u64 + 1));

    // `member`: no fallback; each account that could not be read is an
    // error row, the other accounts' rows are the same.
    let as_member = run(&contacts_only(plan(&emulator, "member"))).await;
    assert_eq!(as_member.snapshot.run.status, RunStatus::Partial);
    let errors: BTreeMap<&str, Vec<&str>> =
        as_member.snapshot.errors.iter().fold(BTreeMap::new(), |mut m, e| {
            m.entry(e.resource_id.as_deref().unwrap_or("-")).or_default().push(&e.error_code);
            m
        });
    for account in &unreachable {
        assert_eq!(errors[account.as_str()], ["AccessDenied"], "{account}: hop 1 refused");
    }
    for account in &denied {
        assert_eq!(errors[account.as_str()], ["AccessDeniedException"], "{account}: one row");
    }
    assert_eq!(errors.len(), falls_back, "{errors:?}");
    let skipped: Vec<&str> = unreachable.iter().chain(&denied).map(|a| a.as_str()).collect();
    let contacts = |e: &Extraction| {
        e.snapshot.content()[&TableName::AlternateContact]
            .iter()
            .filter(|r| !skipped.iter().any(|a| r[1] == orgsync_schema::Value::text(*a)))
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(contacts(&through_management), contacts(&as_member));
    let read_rows = &as_member.snapshot.tables[&TableName::AlternateContact];
    assert!(
        read_rows.iter().all(|r| !skipped.iter().any(|a| r[1] == orgsync_schema::Value::text(*a))),
        "nothing read through the management session for a member"
    );
    assert_eq!(
        as_member.account_reads,
        AccountReadCounts { member: (members.len() - falls_back) as u64, management: 1 }
    );
    assert_eq!(AccountReads::Member, plan(&emulator, "member").account_reads);
    emulator.shutdown().await;
}

#[tokio::test]
async fn a_member_session_about_to_expire_is_assumed_again_before_use() {
    let emulator = start(12).await;
    let controls = emulator.controls();
    let (_, members) = management_and_active_members(&emulator);
    let reference = run(&contacts_only(plan(&emulator, "member"))).await;
    // Sessions issued from now on last 30 s: less than the minute of margin
    // a member session must have left, so every read assumes it again.
    controls.set_credential_lifetime(Some(std::time::Duration::from_secs(30)));
    let mut plan = contacts_only(plan(&emulator, "member"));
    plan.tables.remove(&TableName::AccountAccess);
    let renewed = run(&plan).await;
    assert_eq!(renewed.snapshot.run.status, RunStatus::Succeeded);
    assert_eq!(
        renewed.snapshot.content()[&TableName::AlternateContact],
        reference.snapshot.content()[&TableName::AlternateContact]
    );
    // One assumption per contact type and member instead of one per member.
    assert_eq!(
        renewed.operations[&Operation::AssumeRoleSubAccount].calls,
        3 * members.len() as u64
    );
    assert_eq!(
        renewed.account_reads,
        AccountReadCounts { member: members.len() as u64, management: 1 }
    );
    emulator.shutdown().await;
}
