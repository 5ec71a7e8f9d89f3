//! The fault matrix: one test per row, each running the real binary against
//! an emulator that injects the fault and comparing the SQLite destination
//! row for row with a fault-free run of the same organization (same seed).

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Output;
use std::time::Duration;

use orgsync_emulator::{AccountState, Emulator, FaultSpec, ProfileSpec, QuotaScope, QuotaSpec};

use super::support::{
    CONTACTS, ErrorRow, NO_CONTACTS, ScratchDb, Tables, assert_same_tables, baseline, describe,
    emulator, errors, fast_with, figures, first_snapshot, injected, remove_a_member, row_count,
    runs, sqlite_tables, sync,
};

/// Asserts that `output` is the exit 0 of the one run recorded in `db`,
/// `succeeded` with no error row.
fn assert_one_clean_run(db: &Path, output: &Output, test: &str) {
    assert_eq!(output.status.code(), Some(0), "{test}: {}", describe(output));
    let runs = runs(db);
    assert_eq!(runs.len(), 1, "{test}");
    assert_eq!(runs[0].status, "succeeded", "{test}");
    assert_eq!(errors(db, &runs[0].run_id), Vec::<ErrorRow>::new(), "{test}");
}

/// Runs one fault row that must end exactly like the fault-free run; with
/// a `credential_lifetime`, the role chain must also have been re-assumed.
async fn identical_despite(
    test: &str,
    faults: FaultSpec,
    (accounts, seed): (usize, u64),
    extra: &[&str],
    credential_lifetime: Option<Duration>,
) {
    let expected = baseline(accounts, seed, extra).await;
    let emulator = emulator(accounts, seed, fast_with(faults)).await;
    emulator.controls().set_credential_lifetime(credential_lifetime);
    let db = ScratchDb::new();
    let output = sync(&emulator, &db.destination, extra).await;
    assert_one_clean_run(&db.path, &output, test);
    if credential_lifetime.is_some() {
        assert!(assume_role_successes(&emulator) > 2, "{test}: the chain was re-assumed");
    }
    let compared =
        assert_same_tables(&expected, &sqlite_tables(&db.path, &emulator.org_id()), test);
    let faults = injected(&emulator);
    assert!(faults > 0, "{test}: the emulator injected no fault");
    figures(test, faults, 2, compared, 0);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ten_percent_of_calls_throttled_gives_identical_output() {
    let faults = FaultSpec { throttle_rate: 0.10, seed: 11, ..FaultSpec::default() };
    identical_despite("throttle_10pct", faults, (120, 21), NO_CONTACTS, None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_percent_of_calls_answering_5xx_gives_identical_output() {
    let faults = FaultSpec { error_5xx_rate: 0.02, seed: 12, ..FaultSpec::default() };
    identical_despite("http_5xx_2pct", faults, (120, 22), NO_CONTACTS, None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connection_resets_and_truncated_bodies_on_two_percent_give_identical_output() {
    let faults =
        FaultSpec { reset_rate: 0.02, truncate_rate: 0.02, seed: 13, ..FaultSpec::default() };
    identical_despite("reset_truncate_2pct", faults, (120, 23), NO_CONTACTS, None).await;
}

/// Counts STS AssumeRole calls the emulator answered successfully.
fn assume_role_successes(emulator: &Emulator) -> usize {
    emulator
        .controls()
        .requests()
        .iter()
        .filter(|r| r.service == "sts" && r.operation == "AssumeRole" && r.status == 200)
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn credentials_expiring_every_two_seconds_during_a_long_run_give_identical_output() {
    // Contacts included, under the Account API's quota of 10/s (a quota-less
    // endpoint is not paced: the planner climbs to whatever it answers), so
    // the run lasts several credential lifetimes.
    let (accounts, seed) = (30, 24);
    let expected = baseline(accounts, seed, &[]).await;
    let mut profile = ProfileSpec::fast();
    profile.quotas.insert(
        "account:GetAlternateContact".to_owned(),
        QuotaSpec { rate: 10.0, burst: 15.0, scope: QuotaScope::Caller },
    );
    let emulator = emulator(accounts, seed, profile).await;
    emulator.controls().set_credential_lifetime(Some(Duration::from_secs(2)));
    let db = ScratchDb::new();
    let started = std::time::Instant::now();
    let output = sync(&emulator, &db.destination, &[]).await;
    let elapsed = started.elapsed();
    assert_one_clean_run(&db.path, &output, "expiry");
    assert!(elapsed > Duration::from_secs(5), "the run must outlive two lifetimes: {elapsed:?}");
    // Two hops per walk; at least one renewal per lifetime after the first.
    let assumed = assume_role_successes(&emulator);
    let lifetimes = (elapsed.as_secs_f64() / 2.0).floor() as usize;
    assert!(
        assumed >= 2 * lifetimes,
        "the chain was re-assumed {assumed} hop(s) in {elapsed:?} with 2 s credentials"
    );
    let expired: Vec<_> = emulator
        .controls()
        .requests()
        .into_iter()
        .filter(|r| {
            r.error_code.as_deref() == Some("ExpiredTokenException")
                || r.error_code.as_deref() == Some("ExpiredToken")
        })
        .collect();
    let compared =
        assert_same_tables(&expected, &sqlite_tables(&db.path, &emulator.org_id()), "expiry");
    figures("credential_expiry_2s", expired.len() as u64 + lifetimes as u64, 2, compared, 0);
    emulator.shutdown().await;
}

/// The last role of the demo chain (the session every data call uses).
fn reader_role(emulator: &Emulator) -> String {
    emulator.demo_identity().master_assume_role_arn_chain.last().unwrap().clone()
}

/// Accounts the extractor has discovered so far (it asked for their tags or
/// policies), in the order first seen.
fn discovered_accounts(emulator: &Emulator) -> Vec<String> {
    let mut seen = Vec::new();
    for r in emulator.controls().requests() {
        let id = match r.operation.as_str() {
            "ListTagsForResource" => r.params.get("ResourceId"),
            "ListPoliciesForTarget" => r.params.get("TargetId"),
            _ => None,
        };
        if let Some(id) = id.and_then(|v| v.as_str())
            && id.len() == 12
            && !seen.iter().any(|s: &String| s == id)
        {
            seen.push(id.to_owned());
        }
    }
    seen
}

/// Account ids whose alternate contacts were requested so far.
fn contact_requests(emulator: &Emulator, account: &str) -> Vec<(u16, Option<String>)> {
    emulator
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.operation == "GetAlternateContact")
        .filter(|r| r.params.get("AccountId").and_then(|v| v.as_str()) == Some(account))
        .map(|r| (r.status, r.error_code))
        .collect()
}

/// The Fast profile with alternate contacts paced at 20 calls a second
/// (burst 2): the walk and the tags finish long before the contacts, so
/// `change_an_account_mid_run` finds a discovered account whose contacts
/// were not requested yet however fast the machine is.
fn fast_with_paced_contacts() -> ProfileSpec {
    let mut profile = ProfileSpec::fast();
    profile.quotas.insert(
        "account:GetAlternateContact".into(),
        QuotaSpec { rate: 20.0, burst: 2.0, scope: QuotaScope::Caller },
    );
    profile
}

/// Waits until the extractor discovered an ACTIVE member account whose
/// contacts were not requested yet and to which `change` applies (it
/// returns whether it did; an account it does not apply to, e.g. one
/// already under the target OU, is passed over); returns that account.
async fn change_an_account_mid_run(
    emulator: &Emulator,
    change: impl Fn(&Emulator, &str) -> bool,
) -> Option<String> {
    let management = emulator.controls().with_org(|o| o.management_account_id.clone());
    for _ in 0..5000 {
        for id in discovered_accounts(emulator) {
            let active = emulator
                .controls()
                .with_org(|o| o.accounts.get(&id).is_some_and(|a| a.state == AccountState::Active));
            if id != management
                && active
                && contact_requests(emulator, &id).is_empty()
                && change(emulator, &id)
            {
                return Some(id);
            }
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    None
}

/// A sync that met a change to one account mid-run, with what it is
/// compared against.
struct MidRun {
    /// The fault-free tables of the same organization (same seed).
    expected: Tables,
    emulator: Emulator,
    db: ScratchDb,
    /// The account `change` applied to.
    changed: String,
    output: std::process::Output,
}

impl MidRun {
    /// The tables the sync wrote.
    fn tables(&self) -> Tables {
        sqlite_tables(&self.db.path, &self.emulator.org_id())
    }

    /// Asserts that `actual` is the fault-free snapshot in every row not
    /// about the changed account, prints the figures of `test` and stops
    /// the emulator.
    async fn finish(self, actual: &Tables, test: &str, faults: u64) {
        let compared = assert_same_but_account(&self.expected, actual, &self.changed, test);
        figures(test, faults, 2, compared, 0);
        self.emulator.shutdown().await;
    }
}

/// Runs the real binary against an organization of `accounts` (`seed`)
/// served with `profile`, with `extra` arguments, and applies
/// `change` to an account the sync discovered but has not read yet.
async fn sync_with_an_account_changed_mid_run(
    (accounts, seed): (usize, u64),
    profile: ProfileSpec,
    extra: &[&str],
    change: impl Fn(&Emulator, &str) -> bool,
) -> MidRun {
    let expected = baseline(accounts, seed, extra).await;
    let emulator = emulator(accounts, seed, profile).await;
    let db = ScratchDb::new();
    let child = super::support::sync_command(&emulator, &db.destination, extra);
    let run = tokio::spawn(super::support::run(child));
    let changed = change_an_account_mid_run(&emulator, change)
        .await
        .expect("an account was discovered before its contacts were read");
    let output = run.await.unwrap();
    MidRun { expected, emulator, db, changed, output }
}

/// Removes every row that mentions `account` in any cell.
fn without_account(tables: &Tables, account: &str) -> Tables {
    let quoted = format!("'{account}'");
    tables
        .iter()
        .map(|(t, rows)| {
            (t.clone(), rows.iter().filter(|r| !r.contains(&quoted)).cloned().collect())
        })
        .collect()
}

/// The error rows of the one run in `db`, which must have ended `partial`
/// (exit code 1).
fn errors_of_partial_run(db: &Path, output: &Output) -> Vec<ErrorRow> {
    assert_eq!(output.status.code(), Some(1), "{}", describe(output));
    let run = &runs(db)[0];
    assert_eq!(run.status, "partial");
    errors(db, &run.run_id)
}

/// The message of the one error row of the partial run in `db`, which
/// must be `expected`: (table, resource_id, operation, code).
fn the_one_error(
    db: &Path,
    output: &Output,
    expected: (&str, Option<&str>, &str, &str),
    context: &str,
) -> Option<String> {
    let errors = errors_of_partial_run(db, output);
    let rows: Vec<_> = errors
        .iter()
        .map(|(t, r, o, c, _)| (t.as_str(), r.as_deref(), o.as_str(), c.as_str()))
        .collect();
    assert_eq!(rows, [expected], "{context}: {errors:?}");
    errors.into_iter().next().and_then(|(.., message)| message)
}

/// Asserts that `actual` is `expected` in every row not about `account`;
/// the number of rows compared.
fn assert_same_but_account(
    expected: &Tables,
    actual: &Tables,
    account: &str,
    context: &str,
) -> usize {
    assert_same_tables(
        &without_account(expected, account),
        &without_account(actual, account),
        context,
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_closed_mid_run_is_one_error_row_and_every_other_contact_is_read() {
    let mid_run =
        sync_with_an_account_changed_mid_run((24, 25), fast_with_paced_contacts(), &[], |e, id| {
            e.controls().close_account(id)
        })
        .await;
    let closed = mid_run.changed.as_str();
    let denied = contact_requests(&mid_run.emulator, closed)
        .iter()
        .filter(|(_, code)| code.as_deref() == Some("AccessDeniedException"))
        .count();
    assert!(denied > 0, "the closed account's contacts were requested after it closed");
    the_one_error(
        &mid_run.db.path,
        &mid_run.output,
        (CONTACTS, Some(closed), "GetAlternateContact", "AccessDeniedException"),
        "one error row for the closed account, none org-wide",
    );
    let actual = mid_run.tables();
    assert!(!actual[CONTACTS].is_empty());
    // Everything not about the closed account is exactly the fault-free snapshot:
    // in particular every other account's contacts.
    mid_run.finish(&actual, "account_closed_mid_run", denied as u64).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_removed_mid_run_gives_error_rows_for_it_only() {
    let mid_run =
        sync_with_an_account_changed_mid_run((24, 26), fast_with_paced_contacts(), &[], |e, id| {
            e.controls().remove_account(id)
        })
        .await;
    let errors = errors_of_partial_run(&mid_run.db.path, &mid_run.output);
    assert!(
        !errors.is_empty(),
        "reading a removed account's items fails: {}",
        describe(&mid_run.output)
    );
    for (table, resource, operation, code, _) in &errors {
        assert_eq!(
            resource.as_deref(),
            Some(mid_run.changed.as_str()),
            "only the removed account's items fail: {table} {operation} {code}"
        );
    }
    let actual = mid_run.tables();
    mid_run.finish(&actual, "account_removed_mid_run", errors.len() as u64).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_moved_mid_run_is_written_once_under_a_consistent_parent() {
    // Move a discovered account to the OU listed last (likely not listed yet),
    // so the walk may meet it twice.
    let move_to_last_ou = |e: &Emulator, id: &str| {
        let (parent, target_ou) = e.controls().with_org(|o| {
            let last = o.organizational_units.keys().max().cloned();
            (o.accounts[id].parent_id.clone(), last.expect("the synthetic org has OUs"))
        });
        parent != target_ou && e.controls().move_account(id, &target_ou)
    };
    let mid_run = sync_with_an_account_changed_mid_run(
        (60, 27),
        ProfileSpec::fast(),
        NO_CONTACTS,
        move_to_last_ou,
    )
    .await;
    let moved = mid_run.changed.as_str();
    assert_eq!(mid_run.output.status.code(), Some(0), "{}", describe(&mid_run.output));
    let actual = mid_run.tables();
    let account_rows: Vec<_> = actual["aws_organizations_account"]
        .iter()
        .filter(|r| r[1] == format!("'{moved}'"))
        .collect();
    assert_eq!(account_rows.len(), 1, "the moved account is written once: {account_rows:?}");
    // Its path agrees with the parent it is recorded under.
    let columns: Vec<&str> = orgsync_schema::TableName::Account.def().content_columns().collect();
    let col = |name: &str| columns.iter().position(|c| *c == name).unwrap();
    let row = account_rows[0];
    let parent = row[col("parent_id")].trim_matches('\'');
    let path = row[col("path")].trim_matches('\'');
    assert!(path.ends_with(&format!("{parent}/{moved}/")), "{path} under {parent}");
    mid_run.finish(&actual, "account_moved_mid_run", 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_denied_on_one_policy_type_is_one_error_row_and_the_rest_complete() {
    let (accounts, seed) = (80, 28);
    let expected = baseline(accounts, seed, NO_CONTACTS).await;
    let emulator = emulator(accounts, seed, ProfileSpec::fast()).await;
    emulator.controls().deny_policy_type(&reader_role(&emulator), "TAG_POLICY");
    let db = ScratchDb::new();
    let output = sync(&emulator, &db.destination, NO_CONTACTS).await;
    the_one_error(
        &db.path,
        &output,
        ("aws_organizations_policy", Some("TAG_POLICY"), "ListPolicies", "AccessDeniedException"),
        "deny TAG_POLICY",
    );
    // Expected: the fault-free snapshot without the tag policies, their
    // targets and their tags.
    let tag_policies: BTreeSet<String> = expected["aws_organizations_policy"]
        .iter()
        .filter(|r| r.contains(&"'TAG_POLICY'".to_owned()))
        .map(|r| r[1].clone())
        .collect();
    assert!(!tag_policies.is_empty(), "the organization has tag policies");
    let mut want = expected.clone();
    for (table, rows) in &mut want {
        if matches!(
            table.as_str(),
            "aws_organizations_policy"
                | "aws_organizations_policy_target"
                | "aws_organizations_tag"
        ) {
            rows.retain(|r| !tag_policies.contains(&r[1]));
        }
    }
    // The derived applicability: instead of the tag policies, every account
    // gets one `unknown` marker row for the type, naming the denied listing.
    let got = sqlite_tables(&db.path, &emulator.org_id());
    let applicability = "aws_organizations_policy_applicability";
    let markers: Vec<Vec<String>> =
        got[applicability].iter().filter(|r| r[2] == "'TAG_POLICY'").cloned().collect();
    let accounts: BTreeSet<&String> =
        expected["aws_organizations_account"].iter().map(|r| &r[1]).collect();
    assert_eq!(markers.iter().map(|r| &r[1]).collect::<BTreeSet<_>>(), accounts);
    for marker in &markers {
        assert_eq!((marker[3].as_str(), marker[5].as_str()), ("'*'", "'unknown'"), "{marker:?}");
        assert!(marker[11].contains("ListPolicies for TAG_POLICY failed: AccessDenied"));
    }
    let rows = want.get_mut(applicability).expect("the baseline has applicability rows");
    rows.retain(|r| r[2] != "'TAG_POLICY'");
    rows.extend(markers);
    rows.sort();
    let compared = assert_same_tables(&want, &got, "deny TAG_POLICY");
    figures("deny_policy_type", 1, 2, compared, 0);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn access_denied_on_get_alternate_contact_is_one_error_row_for_the_org() {
    let (accounts, seed) = (20, 29);
    let expected = baseline(accounts, seed, &[]).await;
    let emulator = emulator(accounts, seed, ProfileSpec::fast()).await;
    emulator.controls().deny_action(&reader_role(&emulator), "account:GetAlternateContact");
    let db = ScratchDb::new();
    let output = sync(&emulator, &db.destination, &[]).await;
    let message = the_one_error(
        &db.path,
        &output,
        (CONTACTS, None, "GetAlternateContact", "AccessDeniedException"),
        "one row for the cause, not one per account",
    );
    assert!(message.as_deref().is_some_and(|m| m.contains("not called again")), "{message:?}");
    let mut want = expected.clone();
    want.insert(CONTACTS.to_owned(), Vec::new());
    // Without contacts the snapshot cannot tell who lacks a SECURITY
    // contact: that finding (ORG-006) stays quiet rather than firing for all.
    let findings = want.get_mut("orgsync_finding").expect("the baseline has findings");
    assert!(findings.iter().any(|r| r[1] == "'ORG-006'"), "the baseline lacks contacts somewhere");
    findings.retain(|r| r[1] != "'ORG-006'");
    let compared =
        assert_same_tables(&want, &sqlite_tables(&db.path, &emulator.org_id()), "deny contacts");
    let calls = emulator.controls().counters().get("account:GetAlternateContact").calls;
    assert!(calls <= 20, "fan-out stopped after the denial was confirmed: {calls} calls");
    figures("deny_get_alternate_contact", calls, 2, compared, 0);
    emulator.shutdown().await;
}

/// A run that cannot start must fail with exit 1, name the hop or the cause
/// and the fix, and leave the previous snapshot untouched.
async fn fails_leaving_the_previous_snapshot(
    test: &str,
    breaks: impl FnOnce(&Emulator, &mut tokio::process::Command),
    expected_fragments: &[&str],
) {
    let (accounts, seed) = (40, 30);
    let emulator = emulator(accounts, seed, ProfileSpec::fast()).await;
    let db = ScratchDb::new();
    let before = first_snapshot(&emulator, &db, NO_CONTACTS).await;
    // A change the failed run must not write.
    remove_a_member(&emulator);

    let mut cmd = super::support::sync_command(&emulator, &db.destination, NO_CONTACTS);
    breaks(&emulator, &mut cmd);
    let output = super::support::run(cmd).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{test}: {}", describe(&output));
    assert!(stderr.lines().any(|l| l.starts_with("error: ")), "{test}: {stderr}");
    assert!(stderr.lines().any(|l| l.starts_with("hint: ")), "{test}: {stderr}");
    for fragment in expected_fragments {
        assert!(stderr.contains(fragment), "{test}: `{fragment}` missing from:\n{stderr}");
    }
    let compared = assert_same_tables(&before, &sqlite_tables(&db.path, &emulator.org_id()), test);
    let runs = runs(&db.path);
    assert_eq!(
        runs.iter().map(|r| r.status.as_str()).collect::<Vec<_>>(),
        vec!["succeeded", "failed"],
        "{test}: the failed run is recorded, the snapshot kept"
    );
    assert_eq!(row_count(&before), compared);
    figures(test, 1, 2, compared, 0);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organizations_not_enabled_fails_naming_the_cause_and_keeps_the_snapshot() {
    fails_leaving_the_previous_snapshot(
        "org_not_enabled",
        |emulator, _| emulator.controls().set_org_enabled(false),
        &["AWSOrganizationsNotInUseException"],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_external_id_fails_naming_the_hop_and_keeps_the_snapshot() {
    fails_leaving_the_previous_snapshot(
        "wrong_external_id",
        |_, cmd| {
            cmd.env("ORGSYNC_ASSUME_EXTERNAL_ID", "not-the-right-external-id");
        },
        &["hop 1 of 2", "OrgSyncJump", "external ID"],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_role_that_cannot_be_assumed_fails_naming_the_hop_and_keeps_the_snapshot() {
    fails_leaving_the_previous_snapshot(
        "role_not_assumable",
        |emulator, cmd| {
            let chain = emulator.demo_identity().master_assume_role_arn_chain;
            let missing = chain[1].replace("OrgSyncReader", "NoSuchRole");
            cmd.env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", format!("{},{missing}", chain[0]));
        },
        &["hop 2 of 2", "NoSuchRole"],
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_faults_at_once_give_identical_output() {
    let faults = FaultSpec {
        throttle_rate: 0.10,
        error_5xx_rate: 0.02,
        reset_rate: 0.02,
        truncate_rate: 0.02,
        seed: 14,
    };
    let lifetime = Some(Duration::from_secs(2));
    identical_despite("all_faults_at_once", faults, (30, 31), &[], lifetime).await;
}

/// Changes made through the emulator's API as its administrator, so each
/// is a CloudTrail event an incremental run reads: a tag, a move, an
/// alternate contact and an attachment.
async fn change_through_the_api(emulator: &Emulator) {
    let config = emulator.admin_sdk_config().await;
    let org = aws_sdk_organizations::Client::new(&config);
    let (member, parent, ou, policy) = emulator.controls().with_org(|o| {
        let member = o.active_members().next().unwrap();
        let ou = o.organizational_units.keys().find(|id| **id != member.parent_id).unwrap();
        let policy = o.policies.values().find(|p| !p.aws_managed).unwrap();
        (member.id.clone(), member.parent_id.clone(), ou.clone(), policy.id.clone())
    });
    let tag = aws_sdk_organizations::types::Tag::builder().key("k").value("v").build().unwrap();
    org.tag_resource().resource_id(&member).tags(tag).send().await.unwrap();
    org.move_account()
        .account_id(&member)
        .source_parent_id(&parent)
        .destination_parent_id(&ou)
        .send()
        .await
        .unwrap();
    let _ = org.attach_policy().policy_id(&policy).target_id(&ou).send().await;
    aws_sdk_account::Client::new(&config)
        .put_alternate_contact()
        .account_id(&member)
        .alternate_contact_type(aws_sdk_account::types::AlternateContactType::Billing)
        .name("Billing")
        .title("CFO")
        .email_address("billing@example.com")
        .phone_number("+1 555 0199")
        .send()
        .await
        .unwrap();
}

/// `orgsync_run.refresh` of every run, oldest first.
fn refresh_kinds(db: &std::path::Path) -> Vec<Option<String>> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt =
        conn.prepare("SELECT refresh FROM orgsync_run ORDER BY started_at, run_id").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_incremental_run_despite_all_faults_equals_a_full_read_and_a_failed_one_keeps_the_snapshot()
 {
    let (accounts, seed) = (30, 32);
    let emulator = emulator(accounts, seed, ProfileSpec::fast()).await;
    let db = ScratchDb::new();
    let destination = &db.destination;
    let before = first_snapshot(&emulator, &db, &[]).await;
    change_through_the_api(&emulator).await;

    // An incremental run that fails while writing leaves the snapshot as it was.
    let mut cmd = super::support::sync_command(&emulator, destination, &[]);
    cmd.env("ORGSYNC_TEST_FAIL_AT", "rows_written");
    let failed = super::support::run(cmd).await;
    assert_eq!(failed.status.code(), Some(1), "{}", describe(&failed));
    assert_same_tables(&before, &sqlite_tables(&db.path, &emulator.org_id()), "failed incremental");

    // Under every fault at once, the incremental run equals a full read.
    let faults = FaultSpec {
        throttle_rate: 0.10,
        error_5xx_rate: 0.02,
        reset_rate: 0.02,
        truncate_rate: 0.02,
        seed: 15,
    };
    emulator.controls().set_profile(orgsync_emulator::Profile::Custom(fast_with(faults)));
    emulator.controls().set_credential_lifetime(Some(Duration::from_secs(2)));
    let incremental = sync(&emulator, destination, &[]).await;
    assert_eq!(incremental.status.code(), Some(0), "{}", describe(&incremental));
    let faults_injected = injected(&emulator);
    assert!(faults_injected > 0, "the emulator injected no fault");
    let kinds = refresh_kinds(&db.path);
    assert_eq!(kinds, ["full", "incremental", "incremental"].map(|k| Some(k.to_owned())));
    let mut runs = runs(&db.path);
    let statuses: Vec<&str> = runs.iter().map(|r| r.status.as_str()).collect();
    assert_eq!(statuses, ["succeeded", "failed", "succeeded"]);
    let run = runs.pop().unwrap();
    assert_eq!(errors(&db.path, &run.run_id), Vec::<ErrorRow>::new());

    emulator.controls().set_profile(orgsync_emulator::Profile::Custom(ProfileSpec::fast()));
    emulator.controls().set_credential_lifetime(None);
    let full_db = ScratchDb::new();
    let full = first_snapshot(&emulator, &full_db, &["--full"]).await;
    let after = sqlite_tables(&db.path, &emulator.org_id());
    let compared = assert_same_tables(&full, &after, "incremental under faults");
    assert_ne!(before, after, "the changes were read");
    figures("incremental_all_faults", faults_injected, 4, compared, 0);
    emulator.shutdown().await;
}
