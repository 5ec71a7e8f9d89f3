//! The real `orgsync` binary against the emulator with every authentication
//! method and the sub-account chain: `sync` writes
//! `aws_organizations_account_access` (unreachable members are rows, the run
//! succeeds), `sync` starts from a web identity token file and from the AWS
//! SDK's default chain with a named profile (`source_profile` + `role_arn`
//! in temporary AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE given to the
//! child only), and `check --sample N` shows each hop and the alias call of
//! sampled member accounts with a fix for each failure.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::common::text;

use orgsync_emulator::{Emulator, EmulatorConfig, RoleSpec, WebIdentityTrust};

const TEMPLATE: &str = "arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole";

/// The binary with a clean environment and HOME at `home`.
fn orgsync(home: &Path, args: &[&str]) -> Command {
    let mut cmd = crate::common::isolated_orgsync(home);
    cmd.args(args);
    cmd
}

async fn emulator(accounts: usize) -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(accounts, 23)).await.expect("emulator starts")
}

/// Runs the child off the async runtime (the emulator serves on it).
async fn output(mut cmd: Command) -> Output {
    tokio::task::spawn_blocking(move || cmd.output().expect("orgsync runs")).await.unwrap()
}

/// Runs the child, which must exit with `code`; its stdout.
async fn stdout_of(cmd: Command, code: i32) -> String {
    let out = output(cmd).await;
    assert_eq!(out.status.code(), Some(code), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn query<T: rusqlite::types::FromSql>(db: &Path, sql: &str) -> T {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The ACTIVE member accounts.
fn active_member_ids(emulator: &Emulator) -> Vec<String> {
    emulator.controls().with_org(|org| org.active_members().map(|a| a.id.clone()).collect())
}

/// Replaces the member role of `account` by one that trusts nobody.
fn break_member(emulator: &Emulator, account: &str) {
    emulator.controls().add_role(
        RoleSpec::new(TEMPLATE.replace("{accountId}", account))
            .trust("arn:aws:iam::000000000000:root"),
    );
}

/// Breaks the member role of every `step`th ACTIVE member account: the
/// ACTIVE members, and those broken.
fn break_every(emulator: &Emulator, step: usize) -> (Vec<String>, Vec<String>) {
    let active = active_member_ids(emulator);
    let broken: Vec<String> = active.iter().step_by(step).cloned().collect();
    for account in &broken {
        break_member(emulator, account);
    }
    (active, broken)
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_writes_one_access_row_per_account_and_unreachable_members_are_data() {
    let emulator = emulator(40).await;
    let (active, broken) = break_every(&emulator, 7);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("org.db");
    let mut cmd = orgsync(dir.path(), &["sync"]);
    cmd.envs(crate::common::demo_env(&emulator));
    cmd.env("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", TEMPLATE)
        .env("ORGSYNC_DESTINATION", format!("sqlite:{}", db.display()));
    let stdout = stdout_of(cmd, 0).await;
    assert!(stdout.contains("status succeeded"), "{stdout}");
    assert!(stdout.contains("sts:AssumeRole"), "{stdout}");
    assert!(stdout.contains("iam:ListAccountAliases"), "{stdout}");

    let total: i64 = query(&db, "SELECT count(*) FROM aws_organizations_account_access");
    assert_eq!(total as usize, emulator.account_count());
    let accounts: i64 = query(&db, "SELECT count(*) FROM aws_organizations_account");
    assert_eq!(total, accounts);
    let reachable: i64 =
        query(&db, "SELECT count(*) FROM aws_organizations_account_access WHERE reachable");
    assert_eq!(reachable as usize, active.len() - broken.len() + 1, "members + management");
    let denied: i64 = query(
        &db,
        "SELECT count(*) FROM aws_organizations_account_access \
         WHERE NOT reachable AND error_code = 'AccessDenied' AND role_arn LIKE '%OrganizationAccountAccessRole'",
    );
    assert_eq!(denied as usize, broken.len());
    let errors: i64 = query(&db, "SELECT count(*) FROM orgsync_error");
    assert_eq!(errors, 0);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_starts_from_a_web_identity_token_file() {
    let emulator = emulator(12).await;
    let demo = emulator.demo_identity();
    let controls = emulator.controls();
    let mgmt = controls.with_org(|org| org.management_account_id.clone());
    let (ci_role, reader) = emulator.add_web_identity_reader("https://token.example");
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("token");
    std::fs::write(&token_file, WebIdentityTrust::token("https://token.example")).unwrap();
    let db = dir.path().join("org.db");
    let command = |args: &[&str]| {
        let mut cmd = orgsync(dir.path(), args);
        cmd.env("ORGSYNC_AUTHENTICATION_METHOD", "web_identity")
            .env("ORGSYNC_WEB_IDENTITY_TOKEN_FILE", &token_file)
            .env("ORGSYNC_WEB_IDENTITY_ROLE_ARN", &ci_role)
            .env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &reader)
            .env("ORGSYNC_ASSUME_EXTERNAL_ID", &demo.assume_external_id)
            .env("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", TEMPLATE)
            .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url())
            .env("ORGSYNC_DESTINATION", format!("sqlite:{}", db.display()));
        cmd
    };
    controls.clear_requests();
    stdout_of(command(&["sync"]), 0).await;
    let accounts: i64 = query(&db, "SELECT count(*) FROM aws_organizations_account");
    assert_eq!(accounts as usize, emulator.account_count());
    let management_role: String = query(
        &db,
        &format!(
            "SELECT role_arn FROM aws_organizations_account_access WHERE account_id = '{mgmt}'"
        ),
    );
    assert_eq!(management_role, reader, "the management account is reached by the master chain");
    let sts: Vec<String> = controls
        .requests()
        .iter()
        .filter(|r| r.service == "sts")
        .take(2)
        .map(|r| r.operation.clone())
        .collect();
    assert_eq!(sts, ["AssumeRoleWithWebIdentity", "AssumeRole"]);

    // check names the method and shows the web identity hop, the chain and a member.
    let stdout = stdout_of(command(&["check", "--sample", "1"]), 0).await;
    assert!(stdout.starts_with("configuration: OK (web_identity authentication"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("1/2") && l.contains(&ci_role)), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("2/2") && l.contains(&reader)), "{stdout}");
    assert!(stdout.contains("sub-account chain (1 of "), "{stdout}");
    emulator.shutdown().await;
}

/// Writes a shared credentials file with the demo user's keys as profile
/// `base` and a config file whose profile `orgsync` assumes the demo chain's
/// first role from `base` with the external ID.
fn write_aws_files(dir: &Path, emulator: &Emulator) -> (PathBuf, PathBuf) {
    let demo = emulator.demo_identity();
    let credentials = dir.join("credentials");
    std::fs::write(
        &credentials,
        format!(
            "[base]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
            demo.access_key_id, demo.secret_access_key
        ),
    )
    .unwrap();
    let config = dir.join("config");
    std::fs::write(
        &config,
        format!(
            "[profile base]\nregion = us-east-1\nendpoint_url = {url}\n\n\
             [profile orgsync]\nregion = us-east-1\nendpoint_url = {url}\nsource_profile = base\n\
             role_arn = {role}\nexternal_id = {external}\nrole_session_name = from-profile\n",
            url = emulator.endpoint_url(),
            role = demo.master_assume_role_arn_chain[0],
            external = demo.assume_external_id,
        ),
    )
    .unwrap();
    (config, credentials)
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_with_default_chain_uses_a_named_profile_with_source_profile_and_role_arn() {
    let emulator = emulator(10).await;
    let demo = emulator.demo_identity();
    let dir = tempfile::tempdir().unwrap();
    let (config, credentials) = write_aws_files(dir.path(), &emulator);
    let db = dir.path().join("org.db");
    let command = |args: &[&str]| {
        let mut cmd = orgsync(dir.path(), args);
        cmd.env("AWS_CONFIG_FILE", &config)
            .env("AWS_SHARED_CREDENTIALS_FILE", &credentials)
            .env("ORGSYNC_AUTHENTICATION_METHOD", "default_chain")
            .env("ORGSYNC_PROFILE", "orgsync")
            .env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &demo.master_assume_role_arn_chain[1])
            .env("ORGSYNC_ASSUME_EXTERNAL_ID", &demo.assume_external_id)
            .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url())
            .env("ORGSYNC_DESTINATION", format!("sqlite:{}", db.display()));
        cmd
    };
    emulator.controls().clear_requests();
    stdout_of(command(&["sync"]), 0).await;
    let accounts: i64 = query(&db, "SELECT count(*) FROM aws_organizations_account");
    assert_eq!(accounts as usize, emulator.account_count());

    // Server side: the profile's role was assumed with the user's key and
    // the external ID, and the configured chain continued from that session.
    let requests = emulator.controls().requests();
    let hops: Vec<_> =
        requests.iter().filter(|r| r.service == "sts" && r.operation == "AssumeRole").collect();
    assert_eq!(hops.len(), 2, "{hops:#?}");
    let param = |i: usize, name: &str| hops[i].params[name].as_str().unwrap_or_default().to_owned();
    assert_eq!(param(0, "RoleArn"), demo.master_assume_role_arn_chain[0]);
    assert_eq!(param(0, "RoleSessionName"), "from-profile");
    assert_eq!(param(0, "ExternalId"), demo.assume_external_id);
    assert_eq!(hops[0].access_key_id, demo.access_key_id);
    assert_eq!(param(1, "RoleArn"), demo.master_assume_role_arn_chain[1]);
    assert_eq!(param(1, "ExternalId"), demo.assume_external_id);
    assert!(hops[1].access_key_id.starts_with("ASIA"));

    // check names the method and the profile, then walks the configured chain.
    let stdout = stdout_of(command(&["check"]), 0).await;
    assert!(stdout.starts_with("configuration: OK (default_chain authentication"), "{stdout}");
    assert!(stdout.contains("profile `orgsync`"), "{stdout}");
    assert!(stdout.contains("assumed-role/OrgSyncReader/"), "{stdout}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn check_samples_member_accounts_hop_by_hop_with_the_alias_call() {
    let emulator = emulator(15).await;
    let dir = tempfile::tempdir().unwrap();
    let check = |sample: &str| {
        let mut cmd = orgsync(dir.path(), &["check", "--sample", sample]);
        cmd.envs(crate::common::demo_env(&emulator));
        cmd.env("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", TEMPLATE);
        cmd
    };
    let stdout = stdout_of(check("2"), 0).await;
    assert!(stdout.starts_with("configuration: OK (access_key authentication"), "{stdout}");
    let active = active_member_ids(&emulator);
    assert!(
        stdout.contains(&format!(
            "sub-account chain (2 of {} ACTIVE member account(s) sampled)",
            active.len()
        )),
        "{stdout}"
    );
    // Rows of the sub-account table start with the account (probe details may name others).
    let sampled: Vec<&String> =
        active.iter().filter(|id| stdout.lines().any(|l| l.starts_with(id.as_str()))).collect();
    assert_eq!(sampled.len(), 2, "{stdout}");
    for account in &sampled {
        let role = TEMPLATE.replace("{accountId}", account);
        assert!(
            stdout.lines().any(|l| l.starts_with(account.as_str())
                && l.contains("1/1")
                && l.contains(&role)
                && l.contains("OK")),
            "{stdout}"
        );
        assert!(
            stdout.lines().any(|l| l.starts_with(account.as_str())
                && l.contains("iam:ListAccountAliases")
                && l.contains("OK")),
            "{stdout}"
        );
        // account_reads = auto (default): the member-side contact read is tried too.
        assert!(
            stdout.lines().any(|l| l.starts_with(account.as_str())
                && l.contains("account:GetAlternateContact")
                && l.contains("OK")),
            "{stdout}"
        );
    }

    // With account_details, the member-side reads of its tables are tried too.
    let mut details = check("2");
    details.env("ORGSYNC_ACCOUNT_DETAILS", "true");
    let stdout = stdout_of(details, 0).await;
    for account in &sampled {
        for action in ["account:GetAccountInformation", "account:ListRegions"] {
            assert!(
                stdout.lines().any(|l| l.starts_with(account.as_str())
                    && l.contains(action)
                    && l.contains("OK, in the member's session")),
                "{action}: {stdout}"
            );
        }
    }

    // A member role denied the contact read: `auto` notes it and passes
    // (that account would be read through the management session), `member` fails.
    emulator
        .controls()
        .deny_action_for_role_name("OrganizationAccountAccessRole", "account:GetAlternateContact");
    let stdout = stdout_of(check("2"), 0).await;
    assert!(
        stdout.lines().any(|l| l.contains("account:GetAlternateContact")
            && l.contains("FAIL AccessDeniedException")
            && l.contains("through the management session")),
        "{stdout}"
    );
    let mut member = check("2");
    member.env("ORGSYNC_ACCOUNT_READS", "member");
    stdout_of(member, 1).await;

    // Every member role now trusts nobody: each sampled hop fails with a fix.
    for account in &active {
        break_member(&emulator, account);
    }
    let out = output(check("3")).await;
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let failing: Vec<&str> =
        stdout.lines().filter(|l| l.contains("1/1") && l.contains("FAIL AccessDenied")).collect();
    assert_eq!(failing.len(), 3, "{stdout}");
    assert!(failing.iter().all(|l| l.contains("trust policy")), "{stdout}");
    assert_eq!(
        stdout
            .lines()
            .filter(|l| l.contains("iam:ListAccountAliases") && l.contains("NOT TRIED"))
            .count(),
        3
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("error: the sub-account chain failed 3 check(s)"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");

    // --sample 0 skips the sub-account part.
    assert!(!stdout_of(check("0"), 0).await.contains("sub-account chain"));
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_reads_contacts_in_member_sessions_and_says_how_many_accounts_each_way() {
    let emulator = emulator(30).await;
    let (active, broken) = break_every(&emulator, 6);
    let dir = tempfile::tempdir().unwrap();
    let contacts = |reads: &str| {
        let db = dir.path().join(format!("{reads}.db"));
        let mut cmd = orgsync(dir.path(), &["sync", "--account-reads", reads]);
        cmd.envs(crate::common::demo_env(&emulator));
        cmd.env("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", TEMPLATE)
            .env("ORGSYNC_DESTINATION", format!("sqlite:{}", db.display()));
        (cmd, db)
    };
    let (cmd, management_db) = contacts("management");
    let stdout = stdout_of(cmd, 0).await;
    let all = active.len() + 1;
    assert!(
        stdout.contains(&format!(
            "account reads (management): 0 account(s) in their own session, {all} through the management session"
        )),
        "{stdout}"
    );
    let (cmd, auto_db) = contacts("auto");
    let stdout = stdout_of(cmd, 0).await;
    assert!(
        stdout.contains(&format!(
            "account reads (auto): {} account(s) in their own session, {} through the management session",
            active.len() - broken.len(),
            broken.len() + 1
        )),
        "{stdout}"
    );
    assert!(stdout.contains("account:GetAlternateContact (member sessions)"), "{stdout}");
    let rows = |db: &Path| -> Vec<String> {
        let conn = rusqlite::Connection::open(db).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT account_id || '|' || contact_type || '|' || coalesce(name, '') || '|' || \
                 coalesce(title, '') || '|' || coalesce(email_address, '') || '|' || \
                 coalesce(phone_number, '') FROM aws_organizations_alternate_contact \
                 ORDER BY account_id, contact_type",
            )
            .unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
    };
    let through_management = rows(&management_db);
    assert!(!through_management.is_empty());
    assert_eq!(through_management, rows(&auto_db));
    // orgsync_run says it too.
    let member: i64 = query(&auto_db, "SELECT accounts_read_as_member FROM orgsync_run");
    let management: i64 =
        query(&auto_db, "SELECT accounts_read_through_management FROM orgsync_run");
    assert_eq!(
        (member as usize, management as usize),
        (active.len() - broken.len(), broken.len() + 1)
    );
    emulator.shutdown().await;
}
