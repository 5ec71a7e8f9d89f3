//! End-to-end tests of `orgsync sync`, `orgsync demo` and `orgsync tree
//! --live` through the real binary against the emulator over real HTTP
//! (SigV4, a two-role chain with an external ID), reading the results back
//! from the SQLite destination with an independent connection.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource, Profile};

use crate::common::{self, ScratchDb, orgsync, run_expecting, text};

async fn emulator(accounts: usize, seed: u64) -> Emulator {
    common::fast_emulator(accounts, seed).await
}

/// Writes the seed-style configuration file for the emulator's demo identity
/// (the chain as one comma-separated string, as the data hub exports it).
fn write_config(dir: &Path, emulator: &Emulator, destination: &str) -> std::path::PathBuf {
    let identity = emulator.demo_identity();
    let path = dir.join("orgsync.toml");
    let body = format!(
        "access_key_id = \"{}\"\nsecret_access_key = \"{}\"\nmaster_assume_role_arn_chain = \"{}\"\nassume_external_id = \"{}\"\nendpoint_url = \"{}\"\ndestination = \"{}\"\n",
        identity.access_key_id,
        identity.secret_access_key,
        identity.master_assume_role_arn_chain.join(", "),
        identity.assume_external_id,
        emulator.endpoint_url(),
        destination
    );
    std::fs::write(&path, body).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    path
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn sync_writes_every_account_and_records_a_succeeded_run() {
    let emulator = emulator(80, 11).await;
    let destination = SqliteDestination::new(&emulator);
    let db = &destination.db.path;

    let output = destination.sync(&[]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("status succeeded"), "{stdout}");
    assert!(stdout.contains("aws_organizations_account"), "{stdout}");

    let org_id = emulator.org_id();
    let accounts = emulator.controls().with_org(|org| org.accounts.len()) as i64;
    assert_eq!(accounts, 80);
    assert_eq!(
        count(
            db,
            &format!("SELECT COUNT(*) FROM aws_organizations_account WHERE org_id = '{org_id}'")
        ),
        accounts
    );
    assert_eq!(
        count(db, "SELECT COUNT(*) FROM orgsync_run WHERE status = 'succeeded'"),
        1,
        "one succeeded run recorded"
    );
    // The run's counts agree with the tables.
    let conn = rusqlite::Connection::open(db).unwrap();
    let counts: String =
        conn.query_row("SELECT counts FROM orgsync_run", [], |r| r.get(0)).unwrap();
    let counts: serde_json::Value = serde_json::from_str(&counts).unwrap();
    assert_eq!(counts["aws_organizations_account"], accounts);
    // Run timestamps carry microseconds at most, as documented.
    let (started_at, finished_at): (String, String) = conn
        .query_row("SELECT started_at, finished_at FROM orgsync_run", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    for ts in [&started_at, &finished_at] {
        let fraction = ts.strip_suffix('Z').unwrap().split('.').nth(1).unwrap_or("");
        assert!(fraction.len() <= 6, "more than microseconds: {ts}");
    }

    // Every Organizations call was signed by the last hop of the chain, not the user.
    let user_key = emulator.demo_identity().access_key_id;
    let org_calls: Vec<_> = emulator
        .controls()
        .requests()
        .into_iter()
        .filter(|r| r.service == "organizations")
        .collect();
    assert!(!org_calls.is_empty());
    assert!(
        org_calls
            .iter()
            .all(|r| r.access_key_id != user_key && r.access_key_id.starts_with("ASIA"))
    );
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_sync_replaces_the_snapshot_and_tree_reads_it_back_like_live() {
    let emulator = emulator(40, 5).await;
    let destination = SqliteDestination::new(&emulator);
    let (db, config) = (&destination.db.path, &destination.config);
    for _ in 0..2 {
        destination.sync(&[]);
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM orgsync_run"), 2);
    assert_eq!(count(db, "SELECT COUNT(*) FROM aws_organizations_account"), 40);
    assert_eq!(count(db, "SELECT COUNT(DISTINCT run_id) FROM aws_organizations_account"), 1);

    let stored =
        run_expecting(orgsync().args(["tree", "--format", "json", "--config"]).arg(config), 0);
    let live = run_expecting(
        orgsync().args(["tree", "--live", "--format", "json", "--config"]).arg(config),
        0,
    );
    assert_eq!(String::from_utf8_lossy(&stored.stdout), String::from_utf8_lossy(&live.stdout));
    emulator.shutdown().await;
}

#[test]
fn demo_runs_the_whole_job_against_the_built_in_emulator() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let output = run_expecting(
        orgsync()
            .args(["demo", "--accounts", "60", "--quota-profile", "scaled:50", "--destination"])
            .arg(format!("sqlite:{}", db.display())),
        0,
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("status succeeded"), "{stdout}");
    assert!(stdout.contains("Root ("), "the tree follows the summary: {stdout}");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM aws_organizations_account"), 60);
    assert!(count(&db, "SELECT COUNT(*) FROM aws_organizations_policy") > 13);
    assert_eq!(count(&db, "SELECT COUNT(*) FROM orgsync_error"), 0);
}

#[test]
fn demo_with_changes_syncs_twice_and_leaves_commands_that_work_when_copied() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_expecting(
        orgsync()
            .current_dir(dir.path())
            .args(["demo", "--accounts", "80", "--quota-profile", "fast", "--changes", "9"])
            .args(["--no-tree", "--seed", "4"]),
        0,
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("demo: 9 change(s) made in the organization"), "{stderr}");
    let db = dir.path().join("orgsync-demo.db");
    assert_eq!(count(&db, "SELECT COUNT(*) FROM orgsync_run WHERE status = 'succeeded'"), 2);

    // The diff the demo printed is the one `orgsync diff` gives afterwards.
    let printed_diff = &stdout[stdout.find(" → run ").expect("a diff headline")..];
    assert!(printed_diff.lines().next().unwrap().ends_with("changes"), "{stdout}");
    for heading in ["Accounts (", "Organizational units (", "Policy attachments ("] {
        assert!(printed_diff.contains(heading), "no `{heading}` in {printed_diff}");
    }

    // Every command of "Explore it" runs as printed, from the same folder.
    let commands: Vec<&str> = stderr
        .lines()
        .skip_while(|l| !l.starts_with("Explore it"))
        .filter(|l| l.starts_with("  "))
        .collect();
    assert_eq!(commands.len(), 3, "{stderr}");
    for command in commands {
        let words: Vec<&str> = command.split_whitespace().collect();
        assert!(!words.contains(&"|"), "{command}");
        let program = std::fs::canonicalize(words[0]).unwrap();
        assert_eq!(program, std::fs::canonicalize(env!("CARGO_BIN_EXE_orgsync")).unwrap());
        let run = orgsync().current_dir(dir.path()).args(&words[1..]).output().unwrap();
        assert_eq!(run.status.code(), Some(0), "`{command}`: {}", text(&run));
        if words[1] == "diff" {
            assert!(String::from_utf8_lossy(&run.stdout).starts_with("## Organization changes"));
        }
    }
    assert!(dir.path().join("orgsync-report.html").is_file());

    // Right after the demo, the default destination points at the demo's database.
    let tree = run_expecting(orgsync().current_dir(dir.path()).arg("tree"), 2);
    assert!(
        String::from_utf8_lossy(&tree.stderr)
            .contains("hint: `orgsync demo` wrote `orgsync-demo.db` in this folder: add `--destination sqlite:orgsync-demo.db`"),
        "{}",
        text(&tree)
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_that_cannot_authenticate_fails_and_leaves_the_snapshot_untouched() {
    let emulator = emulator(30, 3).await;
    let destination = SqliteDestination::new(&emulator);
    let db = &destination.db.path;
    destination.sync(&[]);
    // Each account of the snapshot with the run that wrote it.
    let accounts_and_runs = || -> Vec<(String, String)> {
        let conn = rusqlite::Connection::open(db).unwrap();
        let mut stmt = conn
            .prepare("SELECT account_id, run_id FROM aws_organizations_account ORDER BY account_id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(Result::unwrap).collect()
    };
    let before = accounts_and_runs();

    let output = run_expecting(
        &mut destination.sync_command(&["--assume-external-id", "not-the-right-id"]),
        1,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("(hop 1 of 2)"), "{stderr}");
    assert!(stderr.contains("hint:"), "{stderr}");

    let after = accounts_and_runs();
    assert_eq!(before, after, "the previous snapshot is untouched");
    assert_eq!(count(db, "SELECT COUNT(*) FROM orgsync_run WHERE status = 'failed'"), 1);
    emulator.shutdown().await;
}

#[test]
fn emulator_serve_prints_one_json_line_that_a_client_can_use_and_stops_on_sigterm() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;

    let mut child = orgsync()
        .args(["emulator", "serve", "--accounts", "25", "--seed", "9", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let info: serde_json::Value = serde_json::from_str(&line).expect("one JSON line");
    for key in [
        "endpoint_url",
        "region",
        "access_key_id",
        "secret_access_key",
        "master_assume_role_arn_chain",
        "assume_external_id",
        "org_id",
        "accounts",
    ] {
        assert!(info.get(key).is_some(), "missing {key} in {line}");
    }
    assert_eq!(info["accounts"], 25);
    let endpoint = info["endpoint_url"].as_str().unwrap();
    assert!(endpoint.starts_with("http://127.0.0.1:"), "{endpoint}");

    // A client configured from that line passes every check.
    let chain: Vec<&str> = info["master_assume_role_arn_chain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let output = orgsync()
        .arg("check")
        .args(["--access-key-id", info["access_key_id"].as_str().unwrap()])
        .args(["--master-assume-role-arn-chain", &chain.join(";")])
        .args(["--assume-external-id", info["assume_external_id"].as_str().unwrap()])
        .args(["--endpoint-url", endpoint])
        .env("ORGSYNC_SECRET_ACCESS_KEY", info["secret_access_key"].as_str().unwrap())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));

    let pid = child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let status = child.wait().unwrap();
    assert!(status.success(), "a clean exit on SIGTERM: {status:?}");
}

/// Policy coverage (direct and inherited, per type) computed from a synced
/// snapshot equals an independent walk of the emulator's own model: for each
/// account, the policies attached to the root, every OU on its path and the
/// account itself.
#[tokio::test(flavor = "multi_thread")]
async fn policy_coverage_and_applicability_of_a_synced_snapshot_match_the_emulators_attachment_walk()
 {
    use std::collections::BTreeSet;

    let emulator = emulator(1500, 21).await;
    let destination = SqliteDestination::new(&emulator);
    destination.sync(&[]);

    let mut reader = orgsync_sink::open_reader(
        &destination.db.destination,
        &orgsync_sink::SinkOptions::default(),
    )
    .unwrap();
    let snapshot = reader.read_snapshot(&emulator.org_id(), None).unwrap();
    let mut actual = BTreeSet::new();
    for account in orgsync_report::coverage(&snapshot) {
        for (policy_type, applied) in &account.by_type {
            for policy in applied {
                let from = match &policy.source {
                    orgsync_report::PolicySource::Direct => account.account_id.clone(),
                    orgsync_report::PolicySource::Inherited { from_id, .. } => from_id.clone(),
                };
                actual.insert((
                    account.account_id.clone(),
                    policy_type.clone(),
                    policy.policy_id.clone(),
                    from,
                ));
            }
        }
    }

    let (expected, deepest, nearest) = emulator.controls().with_org(|org| {
        let mut expected = BTreeSet::new();
        let mut nearest = BTreeSet::new();
        let mut deepest = 0;
        for account in org.accounts.values() {
            // The account, then its parents up to the root.
            let mut chain = vec![account.id.clone()];
            let mut parent = account.parent_id.clone();
            while parent != org.root.id {
                chain.push(parent.clone());
                parent = org.organizational_units[&parent].parent_id.clone();
            }
            chain.push(org.root.id.clone());
            deepest = deepest.max(chain.len() - 1);
            let mut seen = BTreeSet::new();
            for node in &chain {
                for policy_id in org.attachments.get(node).into_iter().flatten() {
                    let policy = &org.policies[policy_id];
                    let row = (
                        account.id.clone(),
                        policy.policy_type.clone(),
                        policy_id.clone(),
                        node.clone(),
                    );
                    // The chain starts at the account: the first node a
                    // policy is attached to is its nearest attachment.
                    if seen.insert(policy_id.clone()) {
                        nearest.insert(row.clone());
                    }
                    expected.insert(row);
                }
            }
        }
        (expected, deepest, nearest)
    });
    // The applicability table, as written to SQLite and read back.
    let table = orgsync_schema::TableName::PolicyApplicability;
    let col = |name: &str| table.def().column_index(name).unwrap();
    let written: BTreeSet<(String, String, String, String)> = snapshot
        .rows(table)
        .iter()
        .map(|r| {
            let s = |c: &str| r[col(c)].as_str().unwrap().to_owned();
            (s("account_id"), s("policy_type"), s("policy_id"), s("source_id"))
        })
        .collect();
    assert_eq!(written, nearest);
    assert!(deepest >= 5, "the organization has accounts 5 levels deep (deepest {deepest})");
    assert!(!expected.is_empty());
    assert_eq!(actual, expected);
    emulator.shutdown().await;
}

/// Every action of an identity's policy document (Action as a string or a list).
fn policy_actions(policy: &serde_json::Value) -> Vec<String> {
    let mut actions = Vec::new();
    for statement in policy["Statement"].as_array().unwrap() {
        match &statement["Action"] {
            serde_json::Value::String(a) => actions.push(a.clone()),
            serde_json::Value::Array(list) => {
                actions.extend(list.iter().map(|a| a.as_str().unwrap().to_owned()));
            }
            other => panic!("unexpected Action {other}"),
        }
    }
    actions
}

/// Gives the emulator's user and roles exactly the printed policies (less
/// `without`): allowed actions, trusted principal and external ID.
fn apply_permissions(emulator: &Emulator, permissions: &serde_json::Value, without: Option<&str>) {
    let identity = emulator.demo_identity();
    let mgmt = emulator.controls().with_org(|org| org.management_account_id.clone());
    let user_arn = format!("arn:aws:iam::{mgmt}:user/orgsync-demo");
    for entry in permissions["identities"].as_array().unwrap() {
        let actions: Vec<String> = policy_actions(&entry["policy"])
            .into_iter()
            .filter(|a| Some(a.as_str()) != without)
            .collect();
        let allowed: Vec<&str> = actions.iter().map(String::as_str).collect();
        match entry["role_arn"].as_str() {
            None => emulator.controls().add_user(orgsync_emulator::UserSpec {
                arn: user_arn.clone(),
                access_key_id: identity.access_key_id.clone(),
                secret_access_key: identity.secret_access_key.clone(),
                allowed_actions: actions.clone(),
            }),
            Some(role) => {
                let statement = &entry["trust_policy"]["Statement"][0];
                let principal = statement["Principal"]["AWS"].as_str().unwrap();
                let principal = principal
                    .replace(orgsync_core::permissions::INITIAL_PRINCIPAL_PLACEHOLDER, &user_arn);
                let external =
                    statement["Condition"]["StringEquals"]["sts:ExternalId"].as_str().unwrap();
                emulator.controls().add_role(
                    orgsync_emulator::RoleSpec::new(role)
                        .trust(&principal)
                        .with_external_id(external)
                        .allow(&allowed),
                );
            }
        }
    }
}

/// `service:Operation` of every organizations/account/iam call since the last reset.
fn called_actions(emulator: &Emulator) -> std::collections::BTreeSet<String> {
    emulator
        .controls()
        .counters()
        .per_operation
        .into_iter()
        .filter(|(op, c)| c.calls > 0 && !op.starts_with("sts:"))
        .map(|(op, _)| op)
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_printed_permissions_are_exactly_what_a_sync_needs() {
    // Few accounts: `orgsync sync` keeps AWS's own quotas, about 30 syncs here.
    let emulator = emulator(6, 5).await;
    let destination = SqliteDestination::new(&emulator);
    let (db, config) = (&destination.db.path, &destination.config);
    // Full reads make exactly the calls of their tables; the incremental
    // refresh (`--refresh auto`) is checked after them.
    let mut body = std::fs::read_to_string(config).unwrap();
    body.push_str("refresh = \"full\"\n");
    std::fs::write(config, body).unwrap();
    let permissions = |extra: &[&str]| -> serde_json::Value {
        let out = run_expecting(
            orgsync().args(["permissions", "--format", "json", "--config"]).arg(config).args(extra),
            0,
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let sync = |extra: &[&str]| destination.sync_command(extra).output().unwrap();

    // For table sets from one table to all of them, the reading identity's
    // actions are exactly the calls a sync makes and what `check` probes.
    let table_sets: [&[&str]; 9] = [
        &["--include", "organization"],
        &[
            "--include",
            "handshake",
            "--include",
            "create_account_status",
            "--include",
            "resource_policy",
        ],
        &["--include", "account"],
        &["--include", "policy"],
        &["--include", "policy_target", "--include", "alternate_contact"],
        &["--include", "delegated_service", "--include", "enabled_service"],
        &["--include", "tag"],
        &["--effective-policies"],
        &["--include", "organization", "--account-details", "--primary-contacts"],
    ];
    for extra in table_sets {
        let expected: std::collections::BTreeSet<String> = permissions(extra)["read_actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect();
        emulator.controls().reset_counters();
        let out = sync(extra);
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {}", text(&out));
        assert_eq!(called_actions(&emulator), expected, "sync {extra:?}");
        // `orgsync check` probes exactly these actions, one call each.
        emulator.controls().reset_counters();
        let out = orgsync().arg("check").arg("--config").arg(config).args(extra).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{extra:?}: {}", text(&out));
        assert_eq!(called_actions(&emulator), expected, "check {extra:?}");
        for action in &expected {
            assert!(String::from_utf8_lossy(&out.stdout).contains(action.as_str()), "{action}");
        }
    }

    // With `refresh = "auto"` the policies add the incremental refresh's
    // reads, and an incremental sync calls nothing they do not allow.
    let all = ["--effective-policies", "--account-details", "--primary-contacts"];
    let actions = |extra: &[&str]| -> std::collections::BTreeSet<String> {
        permissions(extra)["read_actions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a.as_str().unwrap().to_owned())
            .collect()
    };
    let auto: Vec<&str> = ["--refresh", "auto"].iter().chain(&all).copied().collect();
    let (full_actions, auto_actions) = (actions(&all), actions(&auto));
    let added: Vec<&String> = auto_actions.difference(&full_actions).collect();
    assert_eq!(
        added,
        [
            "cloudtrail:LookupEvents",
            "organizations:ListAccounts",
            "organizations:ListPoliciesForTarget"
        ]
    );
    assert!(sync(&all).status.success());
    emulator.controls().reset_counters();
    let out = sync(&auto);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let called = called_actions(&emulator);
    assert!(called.contains("cloudtrail:LookupEvents"), "{called:?}");
    assert!(called.is_subset(&auto_actions), "{called:?} not within {auto_actions:?}");
    assert_eq!(count(db, "SELECT COUNT(*) FROM orgsync_run WHERE refresh = 'incremental'"), 1);

    // With exactly the printed policies the whole sync succeeds …
    let printed = permissions(&all);
    apply_permissions(&emulator, &printed, None);
    let out = sync(&all);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(count(db, "SELECT COUNT(*) FROM orgsync_error"), 0);

    // … and without any one of the reading identity's actions it does not,
    // naming the missing operation.
    let read_actions: Vec<String> = printed["read_actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_owned())
        .collect();
    assert!(read_actions.len() >= 12, "{read_actions:?}");
    for action in &read_actions {
        apply_permissions(&emulator, &printed, Some(action));
        let out = sync(&all);
        assert_eq!(out.status.code(), Some(1), "without {action}: {}", text(&out));
        let operation = action.split(':').nth(1).unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        let recorded: i64 = count(
            db,
            &format!(
                "SELECT COUNT(*) FROM orgsync_error WHERE run_id = (SELECT run_id FROM orgsync_run \
                 ORDER BY started_at DESC LIMIT 1) AND api_operation LIKE '%{operation}'"
            ),
        );
        assert!(
            stderr.contains(operation) || recorded > 0,
            "without {action} nothing names it: {}",
            text(&out)
        );
    }
    emulator.shutdown().await;
}

/// `orgsync demo` arguments picking the emulator's AWS-like quotas, slow
/// enough (a few seconds for 12 accounts) for periodic progress lines. The
/// one place naming the quota-profile flag.
const SLOW_DEMO: &[&str] =
    &["demo", "--accounts", "12", "--quota-profile", "aws-like", "--no-tree"];

/// Runs `orgsync <global...> demo` into a fresh JSON Lines directory with a
/// short progress-line period; stdout and stderr piped.
fn demo_with_piped_stderr(global: &[&str], demo: &[&str], dir: &Path) -> std::process::Child {
    orgsync()
        .env("ORGSYNC_STATUS_INTERVAL_MS", "300")
        .args(global)
        .args(demo)
        .arg("--destination")
        .arg(format!("jsonl:{}", dir.join("out").display()))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap()
}

#[test]
fn piped_stderr_gets_a_periodic_progress_line_and_quiet_silences_it() {
    let (plain_dir, quiet_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let plain = demo_with_piped_stderr(&[], SLOW_DEMO, plain_dir.path());
    let quiet = demo_with_piped_stderr(&["--quiet"], SLOW_DEMO, quiet_dir.path());
    let plain = plain.wait_with_output().unwrap();
    let quiet = quiet.wait_with_output().unwrap();
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain));
    assert_eq!(quiet.status.code(), Some(0), "{}", text(&quiet));

    let stderr = String::from_utf8_lossy(&plain.stderr);
    // The demo closes with its "Explore it:" commands; what comes before is the run.
    let (stderr, explore) = stderr.split_once("\nExplore it:\n").expect("the demo's closing hint");
    assert!(explore.contains(" tree --destination "), "{explore}");
    let progress: Vec<&str> = stderr.lines().filter(|l| l.starts_with("progress: ")).collect();
    assert!(!progress.is_empty(), "no progress line: {stderr}");
    for line in &progress {
        assert!(line.contains("/s") && line.ends_with(" elapsed"), "{line}");
    }
    let others: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("progress: ") && !l.starts_with("demo: emulator on "))
        .collect();
    assert!(others.is_empty(), "nothing else on stderr: {others:?}");
    assert!(!String::from_utf8_lossy(&plain.stdout).contains("progress:"));

    assert!(quiet.stderr.is_empty(), "{}", text(&quiet));
}

#[test]
fn json_logs_carry_progress_events_as_json_fields_not_encoded_strings() {
    let dir = tempfile::tempdir().unwrap();
    let output = run_expecting(
        orgsync()
            .args(["--log-format", "json"])
            .args(["demo", "--accounts", "20", "--no-tree", "--destination"])
            .arg(format!("jsonl:{}", dir.path().join("out").display())),
        0,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    let mut events = std::collections::BTreeMap::<String, usize>::new();
    for line in stderr.lines() {
        let value: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        if value["target"] != "orgsync::progress" {
            continue;
        }
        let fields = value["fields"].as_object().unwrap_or_else(|| panic!("{line}"));
        assert_eq!(fields["message"], "progress", "{line}");
        let event = fields["event"].as_str().unwrap_or_else(|| panic!("{line}"));
        *events.entry(event.to_owned()).or_default() += 1;
        match event {
            "items" => {
                assert!(fields["phase"].is_string(), "{line}");
                assert!(fields["done"].is_u64() && fields["total"].is_u64(), "{line}");
                assert!(fields["total_final"].is_boolean(), "{line}");
            }
            "phase_started" | "phase_finished" => {
                assert!(fields["phase"].is_string(), "{line}");
            }
            "throttled" => {
                assert!(fields["operation"].is_string(), "{line}");
                assert!(fields["rate_per_second"].is_number(), "{line}");
            }
            other => panic!("unknown progress event {other}: {line}"),
        }
        if event == "phase_finished" {
            assert!(fields["done"].is_u64() && fields["rate_per_second"].is_number(), "{line}");
        }
    }
    for event in ["phase_started", "items", "phase_finished"] {
        assert!(events.get(event).is_some_and(|n| *n > 0), "no {event} in {events:?}: {stderr}");
    }
    assert_eq!(events["phase_started"], events["phase_finished"], "{events:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn text_log_lines_name_the_rust_module_only_from_vv_up() {
    // An endpoint without GUARDDUTY_POLICY (as a partition lacking a newer
    // type): orgsync logs the type it skips at INFO.
    let mut spec = orgsync_emulator::ProfileSpec::fast();
    spec.offered_policy_types = orgsync_emulator::model::POLICY_TYPES
        .iter()
        .filter(|t| **t != "GUARDDUTY_POLICY")
        .map(|t| (*t).to_owned())
        .collect();
    let emulator = Emulator::start(EmulatorConfig {
        org: OrgSource::Synthetic { accounts: 5, seed: 1 },
        profile: Profile::Custom(spec),
        ..EmulatorConfig::default()
    })
    .await
    .expect("emulator starts");
    emulator.controls().mutate_org(|org| {
        org.root.policy_types.retain(|t| t.policy_type != "GUARDDUTY_POLICY");
        org.policies.retain(|_, p| p.policy_type != "GUARDDUTY_POLICY");
        let policies = org.policies.clone();
        for attached in org.attachments.values_mut() {
            attached.retain(|p| policies.contains_key(p));
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let config =
        write_config(dir.path(), &emulator, &format!("jsonl:{}", dir.path().join("out").display()));
    let run = |verbosity: &str| {
        let output =
            run_expecting(orgsync().arg(verbosity).arg("sync").arg("--config").arg(&config), 0);
        String::from_utf8_lossy(&output.stderr)
            .lines()
            .find(|l| l.contains("policy type not offered"))
            .unwrap_or_else(|| panic!("no policy-type line: {}", text(&output)))
            .to_owned()
    };
    let info = run("-v");
    assert!(!info.contains("orgsync_core::"), "{info}");
    assert!(info.contains(" INFO policy type not offered"), "{info}");
    let debug = run("-vv");
    assert!(debug.contains("orgsync_core::tables::policy: policy type not offered"), "{debug}");
}

#[test]
fn a_destination_in_a_missing_folder_is_refused_not_created() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("tpyo");
    for destination in [
        format!("sqlite:{}", typo.join("org.db").display()),
        format!("jsonl:{}", typo.join("out").display()),
        format!("csv:{}", typo.join("out").display()),
        format!("parquet:{}", typo.join("out").display()),
    ] {
        let output = orgsync()
            .args(["demo", "--accounts", "3", "--no-tree", "--destination", &destination])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{destination}: {}", text(&output));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains(&format!(
                "folder `{}` does not exist, so `{}` cannot be created in it; create it first or check the path",
                typo.display(),
                typo.join(if destination.starts_with("sqlite:") { "org.db" } else { "out" }).display()
            )),
            "{destination}: {stderr}"
        );
        assert!(!typo.exists(), "{destination}: the missing folder was created");
    }
    // The destination itself is still created in a folder that exists.
    run_expecting(
        orgsync()
            .args(["demo", "--accounts", "3", "--no-tree", "--destination"])
            .arg(format!("jsonl:{}", dir.path().join("fresh").display())),
        0,
    );
    assert!(dir.path().join("fresh").is_dir());
}

/// Loads the destination dumped in `test-data/destinations/<name>` (written
/// by an earlier release, see its README) into `db`.
fn load_destination(db: &Path, name: &str) {
    let dump = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../test-data/destinations")
            .join(name)
            .join("orgsync.sql"),
    )
    .unwrap();
    rusqlite::Connection::open(db).unwrap().execute_batch(&dump).unwrap();
}

/// Every run's id in `db`, oldest first.
fn run_ids(db: &Path) -> Vec<String> {
    strings(db, "SELECT run_id FROM orgsync_run ORDER BY started_at")
}

fn strings(db: &Path, sql: &str) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let rows = stmt.query_map([], |r| r.get::<_, String>(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

/// A scratch SQLite destination and a configuration syncing the emulator
/// into it.
struct SqliteDestination {
    db: ScratchDb,
    config: PathBuf,
}

impl SqliteDestination {
    fn new(emulator: &Emulator) -> Self {
        let db = ScratchDb::new();
        let config = write_config(db.dir.path(), emulator, &db.destination);
        Self { db, config }
    }

    /// `orgsync sync` with the configuration and `flags`.
    fn sync_command(&self, flags: &[&str]) -> Command {
        let mut cmd = orgsync();
        cmd.arg("sync").args(flags).arg("--config").arg(&self.config);
        cmd
    }

    /// `orgsync sync` with the configuration and `flags`, which must succeed.
    fn sync(&self, flags: &[&str]) -> Output {
        run_expecting(&mut self.sync_command(flags), 0)
    }
}

/// A destination an earlier release wrote ([`load_destination`]) in a
/// scratch SQLite file, with a configuration syncing the emulator into it.
struct OldDestination {
    destination: SqliteDestination,
    /// The runs the earlier release wrote (two), oldest first.
    old_runs: Vec<String>,
}

impl OldDestination {
    /// Loads `test-data/destinations/<name>`, which must be of contract
    /// `version` and hold two runs.
    fn load(emulator: &Emulator, name: &str, version: i64) -> Self {
        let destination = SqliteDestination::new(emulator);
        load_destination(&destination.db.path, name);
        let old_runs = run_ids(&destination.db.path);
        let old = Self { destination, old_runs };
        assert_eq!(old.version(), version);
        assert_eq!(old.old_runs.len(), 2);
        old
    }

    /// The database file.
    fn db(&self) -> &Path {
        &self.destination.db.path
    }

    /// The contract version the destination records.
    fn version(&self) -> i64 {
        count(self.db(), "SELECT version FROM orgsync_schema_version")
    }

    /// Every run's id, oldest first.
    fn run_ids(&self) -> Vec<String> {
        run_ids(self.db())
    }

    /// How many of `tables` and their history tables exist.
    fn tables_present(&self, tables: &[&str]) -> i64 {
        tables
            .iter()
            .map(|t| {
                count(
                    self.db(),
                    &format!(
                        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('{t}', '{t}_history')"
                    ),
                )
            })
            .sum()
    }

    /// Asserts that a new run was added after the old ones and that
    /// `orgsync diff` reads each pair of consecutive runs back in full; the
    /// run ids.
    fn assert_runs_read_back(&self, new_runs: usize) -> Vec<String> {
        let runs = self.run_ids();
        assert_eq!(runs.len(), 2 + new_runs);
        assert_eq!(runs[..2], self.old_runs[..]);
        for pair in runs.windows(2) {
            run_expecting(
                orgsync()
                    .args(["diff", "--format", "json", "--from", &pair[0], "--to", &pair[1]])
                    .arg("--destination")
                    .arg(&self.destination.db.destination),
                0,
            );
        }
        runs
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_version_2_destination_is_migrated_in_place_and_keeps_its_runs() {
    // The organization the version-2 destination was written from.
    let emulator = emulator(12, 3).await;
    assert_eq!(emulator.controls().with_org(|o| o.id.clone()), "o-dwxc6l2d2v");
    let old = OldDestination::load(&emulator, "sqlite_v2", 2);
    let (db, old_runs) = (old.db(), &old.old_runs);
    let new_tables = [
        "aws_organizations_handshake",
        "aws_organizations_create_account_status",
        "aws_organizations_resource_policy",
    ];
    assert_eq!(old.tables_present(&new_tables), 0);

    // A migration that fails half-way changes nothing: a view where the
    // migration must alter a table makes its last step fail.
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch(
            "CREATE VIEW aws_organizations_resource_policy_history AS SELECT 'o' AS org_id, 'r' AS run_id",
        )
        .unwrap();
    let out = old.destination.sync_command(&[]).output().unwrap();
    assert_ne!(out.status.code(), Some(0), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("Cannot add a column to a view"), "{}", text(&out));
    assert_eq!(old.version(), 2, "the version is not raised");
    assert_eq!(
        old.tables_present(&new_tables),
        0,
        "no table of the failed migration is left behind"
    );
    assert_eq!(&old.run_ids(), old_runs);

    // Without the obstacle, the next sync migrates in place and writes.
    rusqlite::Connection::open(db)
        .unwrap()
        .execute_batch("DROP VIEW aws_organizations_resource_policy_history")
        .unwrap();
    old.destination.sync(&[]);
    assert_eq!(old.version(), i64::from(orgsync_schema::SCHEMA_VERSION));
    assert_eq!(old.tables_present(&new_tables), 6);
    for table in new_tables {
        assert!(count(db, &format!("SELECT COUNT(*) FROM {table}")) > 0, "{table}");
    }
    // Columns added to existing tables (AWS's own paths): there, NULL in the
    // version-2 runs' history, filled by the new run.
    for (table, column) in [
        ("aws_organizations_account", "aws_paths"),
        ("aws_organizations_organizational_unit", "aws_path"),
    ] {
        for t in [table.to_owned(), format!("{table}_history")] {
            let sql =
                format!("SELECT COUNT(*) FROM pragma_table_info('{t}') WHERE name = '{column}'");
            assert_eq!(count(db, &sql), 1, "{t}.{column}");
        }
        let nulls = format!(
            "SELECT COUNT(*) FROM {table}_history WHERE {column} IS NULL AND run_id IN ('{}', '{}')",
            old_runs[0], old_runs[1]
        );
        let old_rows = format!(
            "SELECT COUNT(*) FROM {table}_history WHERE run_id IN ('{}', '{}')",
            old_runs[0], old_runs[1]
        );
        assert_eq!(count(db, &nulls), count(db, &old_rows));
        let filled = format!("SELECT COUNT(*) FROM {table} WHERE {column} IS NULL");
        assert_eq!(count(db, &filled), 0, "{table}.{column} filled by the new run");
    }
    // The version-2 runs are still read back in full …
    let runs = old.assert_runs_read_back(1);
    // … and the first of them, written before the organization changed,
    // holds the same accounts, OUs and tags as the new run: the synthetic
    // organization of a seed kept its earlier content.
    for (table, columns) in [
        (
            "aws_organizations_account",
            "account_id, name, email, state, joined_method, joined_timestamp, parent_id, depth, path",
        ),
        ("aws_organizations_organizational_unit", "ou_id, name, parent_id, depth, path, name_path"),
        ("aws_organizations_tag", "resource_id, key, value"),
    ] {
        let select = |from: &str, run: &str| {
            strings(
                db,
                &format!(
                    "SELECT json_array({columns}) FROM {from} WHERE run_id = '{run}' ORDER BY 1"
                ),
            )
        };
        let new_run = &runs[2];
        let first = select(&format!("{table}_history"), &old_runs[0]);
        assert!(!first.is_empty(), "{table}");
        assert_eq!(first, select(table, new_run), "{table}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_version_5_destination_is_read_in_full_once_then_refreshed_incrementally() {
    // Written by the release before contract version 6 (see its README).
    let emulator = emulator(12, 3).await;
    let old = OldDestination::load(&emulator, "sqlite_v5", 5);
    let (db, old_runs) = (old.db(), &old.old_runs);

    let out = old.destination.sync(&[]);
    assert_eq!(old.version(), i64::from(orgsync_schema::SCHEMA_VERSION));
    assert!(
        text(&out).contains(
            "refresh: full — the previous snapshot was written before table contract version 6"
        ),
        "{}",
        text(&out)
    );
    // Every data table and its history gained `fetched_at`, set on the new rows only.
    for def in orgsync_schema::DATA_TABLES.iter().filter(|t| !t.opt_in) {
        for table in [def.name.to_owned(), format!("{}_history", def.name)] {
            let columns = strings(db, &format!("SELECT name FROM pragma_table_info('{table}')"));
            assert!(columns.iter().any(|c| c == "fetched_at"), "{table}: {columns:?}");
        }
    }
    let unset = |run: &str| {
        count(
            db,
            &format!(
                "SELECT COUNT(*) FROM aws_organizations_account_history WHERE run_id = '{run}' AND fetched_at IS NULL"
            ),
        )
    };
    assert!(unset(&old_runs[1]) > 0, "rows written before version 6 have no fetched_at");
    assert_eq!(unset(&old.run_ids()[2]), 0);

    let out = old.destination.sync(&[]);
    assert!(text(&out).contains("refresh: incremental"), "{}", text(&out));
    let kinds =
        strings(db, "SELECT coalesce(refresh, 'before 6') FROM orgsync_run ORDER BY started_at");
    assert_eq!(kinds, ["before 6", "before 6", "full", "incremental"]);
    // The version-5 runs are still read back in full, next to the new ones.
    old.assert_runs_read_back(2);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_version_4_destination_gains_the_account_management_tables_and_keeps_its_runs() {
    // Written by the release before contract version 5 (see its README).
    let emulator = emulator(12, 3).await;
    let old = OldDestination::load(&emulator, "sqlite_v4", 4);
    let db = old.db();
    let new_tables = [
        "aws_organizations_account_information",
        "aws_organizations_account_region",
        "aws_organizations_account_contact",
    ];
    assert_eq!(old.tables_present(&new_tables), 0);

    old.destination.sync(&["--account-details", "--primary-contacts"]);
    assert_eq!(old.version(), i64::from(orgsync_schema::SCHEMA_VERSION));
    let active = count(
        db,
        "SELECT COUNT(*) FROM aws_organizations_account WHERE state = 'ACTIVE' AND run_id = (SELECT run_id FROM orgsync_run ORDER BY started_at DESC LIMIT 1)",
    );
    for table in new_tables {
        assert_eq!(old.tables_present(&[table]), 2, "{table} and its history");
        assert!(count(db, &format!("SELECT COUNT(*) FROM {table}")) > 0, "{table}");
    }
    assert_eq!(count(db, "SELECT COUNT(*) FROM aws_organizations_account_information"), active);
    assert_eq!(
        count(db, "SELECT COUNT(DISTINCT account_id) FROM aws_organizations_account_region"),
        active
    );
    // The version-4 runs are still read back in full, next to the new one.
    old.assert_runs_read_back(1);
}
