//! `orgsync check` and configuration handling through the real binary:
//! bad configurations exit 2 before any network call, secrets are refused as
//! flag values and never printed (even at `-vvv`), a world-readable file
//! holding a secret is warned about, and against the emulator the check
//! prints the hop and permission tables (exit 0), or names the failing hop
//! or permission (exit 1).

use std::path::{Path, PathBuf};
use std::process::Output;

use orgsync_emulator::{Emulator, EmulatorConfig, READ_ACTIONS, RoleSpec, UserSpec};
use tokio::io::AsyncWriteExt;
use tokio::process::Command;

/// Secret values that must never appear in any output.
const CANARY_SECRET: &str = "CanarySecretKey0123456789abcdefghijklmnop";
const CANARY_WRONG_SECRET: &str = "WrongCanarySecret0123456789abcdefghijklm";
const CANARY_TOKEN: &str = "CanarySessionToken+ZZZ/0123456789abcdefghijkl";

fn case_file(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-data/config").join(case);
    ["config.toml", "config.json"].iter().map(|n| dir.join(n)).find(|p| p.exists()).unwrap()
}

/// The binary with a clean environment: no ORGSYNC_* or AWS_* leaking in from the machine.
fn orgsync(args: &[&str]) -> Command {
    let mut cmd = Command::from(crate::common::isolated_orgsync(Path::new("/nonexistent")));
    cmd.args(args);
    cmd
}

async fn run(mut cmd: Command, stdin: Option<&str>) -> Output {
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("orgsync runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        input.write_all(text.as_bytes()).await.unwrap();
    }
    drop(input);
    child.wait_with_output().await.unwrap()
}

fn text(output: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// Runs `cmd` with nothing on stdin; it must exit with `code`. Its stdout
/// and stderr.
async fn exits(cmd: Command, code: i32) -> (String, String) {
    let output = run(cmd, None).await;
    let (stdout, stderr) = text(&output);
    assert_eq!(output.status.code(), Some(code), "stdout:\n{stdout}\nstderr:\n{stderr}");
    (stdout, stderr)
}

async fn emulator() -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(6, 3)).await.unwrap()
}

/// `orgsync check` with the emulator's demo identity.
fn demo_check(emulator: &Emulator) -> Command {
    let mut cmd = orgsync(&["check"]);
    cmd.envs(crate::common::demo_env(emulator));
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_configurations_exit_2_naming_the_key_before_any_network_call() {
    let emulator = emulator().await;
    for (case, key) in [
        ("bad_mixed_partitions", "`master_assume_role_arn_chain`"),
        ("bad_unknown_key_did_you_mean", "did you mean `assume_external_id`?"),
        ("bad_external_id_chars", "`assume_external_id`"),
        ("bad_invalid_utf8", "not valid UTF-8"),
        ("bad_json_duplicate_keys", "duplicate key `region`"),
        ("bad_many_problems_at_once", "`role_session_duration_seconds`"),
    ] {
        let file = case_file(case);
        let mut cmd = orgsync(&["check", "--config", file.to_str().unwrap()]);
        // The endpoint points at the emulator: a single request would show in its records.
        cmd.env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url());
        let output = run(cmd, None).await;
        let (stdout, stderr) = text(&output);
        assert_eq!(output.status.code(), Some(2), "{case}: {stderr}");
        assert!(
            stderr.lines().any(|l| l.starts_with("error: invalid configuration (")),
            "{case}: {stderr}"
        );
        assert!(
            stderr.lines().any(|l| l.starts_with("caused by: ") && l.contains(key)),
            "{case}: {stderr}"
        );
        assert!(stderr.contains("hint: "), "{case}: {stderr}");
        assert!(stdout.is_empty(), "{case}: {stdout}");
    }
    let output = run(
        orgsync(&["check", "--config", case_file("bad_many_problems_at_once").to_str().unwrap()]),
        None,
    )
    .await;
    let (_, stderr) = text(&output);
    assert_eq!(
        stderr.lines().filter(|l| l.starts_with("caused by: ")).count(),
        7,
        "every problem at once: {stderr}"
    );
    assert!(
        emulator.controls().requests().is_empty(),
        "no request may be sent for a bad configuration"
    );
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_secret_given_as_a_flag_value_is_refused_without_echoing_it() {
    let mut cmd = orgsync(&[
        "check",
        "--access-key-id",
        "AKIAIOSFODNN7EXAMPLE",
        "--secret-access-key",
        CANARY_SECRET,
    ]);
    cmd.env("ORGSYNC_ENDPOINT_URL", "http://127.0.0.1:9");
    let (stdout, stderr) = exits(cmd, 2).await;
    assert!(stderr.contains("secrets are never accepted as command-line values"), "{stderr}");
    assert!(stderr.contains("--secret-access-key-stdin"), "{stderr}");
    assert!(!stderr.contains(CANARY_SECRET) && !stdout.contains(CANARY_SECRET));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_config_file_with_a_secret_readable_by_others_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orgsync.toml");
    std::fs::write(&file, format!("access_key_id = \"AKIAIOSFODNN7EXAMPLE\"\nsecret_access_key = \"{CANARY_SECRET}\"\nrole_session_duration_seconds = 1\n")).unwrap();
    for (mode, warned) in [(0o644, true), (0o600, false)] {
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        let (_, stderr) = exits(orgsync(&["check", "--config", file.to_str().unwrap()]), 2).await;
        let warning = stderr.lines().find(|l| l.contains("chmod 600"));
        assert_eq!(warning.is_some(), warned, "mode {mode:o}: {stderr}");
        if let Some(line) = warning {
            assert!(line.contains("WARN") && line.contains(file.to_str().unwrap()), "{line}");
        }
        assert!(!stderr.contains(CANARY_SECRET));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_against_the_emulator_passes_every_hop_and_permission() {
    let emulator = emulator().await;
    let demo = emulator.demo_identity();
    let (stdout, _) = exits(demo_check(&emulator), 0).await;
    assert!(
        stdout.starts_with(
            "configuration: OK (access_key authentication, 2 role(s), region us-east-1"
        ),
        "{stdout}"
    );
    let hop_rows: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("0 ") || l.starts_with("1/2") || l.starts_with("2/2"))
        .collect();
    assert_eq!(hop_rows.len(), 3, "{stdout}");
    assert!(
        hop_rows[0].contains(&format!("(access key {})", demo.access_key_id))
            && hop_rows[0].contains(":user/orgsync-demo")
    );
    assert!(
        hop_rows[1].contains(&demo.master_assume_role_arn_chain[0])
            && hop_rows[1].contains("assumed-role/OrgSyncJump/")
    );
    assert!(
        hop_rows[2].contains(&demo.master_assume_role_arn_chain[1])
            && hop_rows[2].contains("assumed-role/OrgSyncReader/")
    );
    assert!(hop_rows.iter().all(|r| r.contains("  OK")), "{stdout}");
    for action in [
        "organizations:DescribeOrganization",
        "organizations:ListRoots",
        "organizations:ListOrganizationalUnitsForParent",
        "organizations:ListAccountsForParent",
        "organizations:ListPolicies",
        "organizations:DescribePolicy",
        "organizations:ListTargetsForPolicy",
        "organizations:ListTagsForResource",
        "organizations:ListAWSServiceAccessForOrganization",
        "organizations:ListDelegatedAdministrators",
        "organizations:ListDelegatedServicesForAccount",
        "organizations:ListHandshakesForOrganization",
        "organizations:ListCreateAccountStatus",
        "organizations:DescribeResourcePolicy",
        "organizations:ListAccountsWithInvalidEffectivePolicy",
        "organizations:ListEffectivePolicyValidationErrors",
        "organizations:ListInboundResponsibilityTransfers",
        "organizations:ListOutboundResponsibilityTransfers",
        "iam:ListOrganizationsFeatures",
        "account:GetAlternateContact",
        // The incremental refresh (`refresh = "auto"`, the default).
        "organizations:ListAccounts",
        "organizations:ListPoliciesForTarget",
        "cloudtrail:LookupEvents",
    ] {
        let row = stdout
            .lines()
            .find(|l| l.starts_with(action))
            .unwrap_or_else(|| panic!("{action} missing:\n{stdout}"));
        assert!(row.contains("  OK  "), "{row}");
    }
    // Listings are probed with one-item pages: the detail shows what was read, not a count.
    let accounts =
        stdout.lines().find(|l| l.starts_with("organizations:ListAccountsForParent")).unwrap();
    assert!(accounts.contains("allowed (a one-item page under r-"), "{accounts}");
    assert!(!stdout.contains("on the first page"), "{stdout}");
    assert!(stdout.ends_with("result: every check passed\n"), "{stdout}");
    // Each probe is one cheap call, signed by the last hop's session.
    let requests = emulator.controls().requests();
    let probes: Vec<_> = requests.iter().filter(|r| r.service != "sts").collect();
    assert_eq!(probes.len(), 23, "{probes:#?}");
    let last_key = &probes[0].access_key_id;
    assert!(probes.iter().all(|r| &r.access_key_id == last_key) && last_key != &demo.access_key_id);
    for r in probes.iter().filter(|r| r.params.get("MaxResults").is_some()) {
        assert_eq!(r.params["MaxResults"].to_string().trim_matches('"'), "1", "{r:?}");
    }
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_external_id_shows_the_failing_hop_and_exits_1() {
    let emulator = emulator().await;
    let demo = emulator.demo_identity();
    let mut cmd = demo_check(&emulator);
    cmd.env("ORGSYNC_ASSUME_EXTERNAL_ID", "not-the-right-id");
    let (stdout, stderr) = exits(cmd, 1).await;
    let hop1 = stdout.lines().find(|l| l.starts_with("1/2")).unwrap_or_else(|| panic!("{stdout}"));
    assert!(hop1.contains("FAIL AccessDenied") && hop1.contains("external ID is wrong"), "{hop1}");
    assert!(hop1.contains("the role `OrgSyncJump` in account"), "{hop1}");
    assert!(hop1.contains("its trust policy does not allow"), "{hop1}");
    assert!(!stdout.lines().any(|l| l.starts_with("2/2")), "the walk stops at the failed hop");
    assert!(stdout.contains("permissions: not checked (the role chain failed)"));
    assert!(
        stderr.contains(&format!(
            "error: failed to assume role `{}` (hop 1 of 2)",
            demo.master_assume_role_arn_chain[0]
        )),
        "{stderr}"
    );
    assert!(stderr.contains("caused by: AssumeRole: AccessDenied: "), "{stderr}");
    assert!(stderr.contains("hint: the role `OrgSyncJump` in account"), "{stderr}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_denied_permission_is_reported_with_its_fix_and_exits_1() {
    let emulator = emulator().await;
    let demo = emulator.demo_identity();
    emulator
        .controls()
        .deny_action(&demo.master_assume_role_arn_chain[1], "account:GetAlternateContact");
    let (stdout, stderr) = exits(demo_check(&emulator), 1).await;
    let row = stdout.lines().find(|l| l.starts_with("account:GetAlternateContact")).unwrap();
    assert!(
        row.contains("FAIL AccessDenied") && row.contains("allow account:GetAlternateContact"),
        "{row}"
    );
    assert!(
        stdout.lines().filter(|l| l.starts_with("organizations:") && l.contains("  OK  ")).count()
            == 20,
        "{stdout}"
    );
    assert!(stdout.contains("result: 1 of 23 permission checks failed"), "{stdout}");
    assert!(stderr.contains("error: 1 of 23 permission checks failed"), "{stderr}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn canary_secrets_never_appear_even_at_trace_level() {
    let emulator = emulator().await;
    let demo = emulator.demo_identity();
    let mgmt = emulator.controls().with_org(|org| org.management_account_id.clone());
    // A user whose secret key is the canary, with its own two-role chain.
    let user = format!("arn:aws:iam::{mgmt}:user/canary");
    let access_key_id = "AKIACANARY0123456789".to_owned();
    emulator.controls().add_user(UserSpec {
        arn: user.clone(),
        access_key_id: access_key_id.clone(),
        secret_access_key: CANARY_SECRET.to_owned(),
        allowed_actions: vec!["sts:AssumeRole".into(), "sts:GetCallerIdentity".into()],
    });
    let jump = format!("arn:aws:iam::{mgmt}:role/CanaryJump");
    let reader = format!("arn:aws:iam::{mgmt}:role/CanaryReader");
    let external_id = demo.assume_external_id.clone();
    emulator.controls().add_role(
        RoleSpec::new(&jump).trust(&user).with_external_id(&external_id).allow(&["sts:AssumeRole"]),
    );
    emulator.controls().add_role(
        RoleSpec::new(&reader).trust(&jump).with_external_id(&external_id).allow(&READ_ACTIONS),
    );
    let chain = format!("{jump} {reader}");
    let common = |cmd: &mut Command| {
        cmd.env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &chain)
            .env("ORGSYNC_ASSUME_EXTERNAL_ID", &external_id)
            .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url())
            .env("RUST_LOG", "trace");
    };

    // Right configuration, secret from the environment.
    let mut cmd = orgsync(&["-vvv", "check", "--access-key-id", &access_key_id]);
    common(&mut cmd);
    cmd.env("ORGSYNC_SECRET_ACCESS_KEY", CANARY_SECRET);
    let right = run(cmd, None).await;
    // Wrong configuration: temporary keys with a canary token, secrets from stdin.
    let mut cmd = orgsync(&[
        "-vvv",
        "check",
        "--access-key-id",
        "ASIACANARY0123456789",
        "--secret-access-key-stdin",
        "--session-token-stdin",
    ]);
    common(&mut cmd);
    let wrong = run(cmd, Some(&format!("{CANARY_WRONG_SECRET}\n{CANARY_TOKEN}\n"))).await;

    let (stdout, stderr) = text(&right);
    assert_eq!(
        right.status.code(),
        Some(0),
        "{stdout}\n{}",
        &stderr[stderr.len().saturating_sub(3000)..]
    );
    // Verbose logging is on (the AWS SDK's wire-level targets are capped, see printer.rs).
    assert!(stderr.lines().filter(|l| l.contains(" DEBUG ")).count() > 10, "verbose logging is on");
    let (wrong_out, wrong_err) = text(&wrong);
    assert_eq!(
        wrong.status.code(),
        Some(1),
        "{wrong_out}\n{}",
        &wrong_err[wrong_err.len().saturating_sub(3000)..]
    );
    assert!(
        wrong_err.contains("error: failed to assume role")
            || wrong_err.contains("InvalidClientTokenId"),
        "{wrong_out}"
    );
    for output in [&stdout, &stderr, &wrong_out, &wrong_err] {
        for canary in [CANARY_SECRET, CANARY_WRONG_SECRET, CANARY_TOKEN] {
            assert!(!output.contains(canary), "a secret leaked into the output");
        }
    }
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn default_chain_takes_the_initial_credentials_from_the_sdk_environment() {
    let emulator = emulator().await;
    let demo = emulator.demo_identity();
    let mut cmd = orgsync(&["check", "--authentication-method", "default_chain"]);
    cmd.env("AWS_ACCESS_KEY_ID", &demo.access_key_id)
        .env("AWS_SECRET_ACCESS_KEY", &demo.secret_access_key)
        .env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", demo.master_assume_role_arn_chain.join(";"))
        .env("ORGSYNC_ASSUME_EXTERNAL_ID", &demo.assume_external_id)
        .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url());
    let (stdout, _) = exits(cmd, 0).await;
    assert!(stdout.starts_with("configuration: OK (default_chain authentication"), "{stdout}");
    assert!(
        stdout.lines().any(|l| l.starts_with("0 ")
            && l.contains("default credential chain")
            && l.contains(":user/orgsync-demo")),
        "{stdout}"
    );
    emulator.shutdown().await;
}
