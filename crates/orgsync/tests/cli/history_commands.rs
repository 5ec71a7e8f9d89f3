//! `orgsync diff`, `orgsync tree` and `orgsync report` run as the real
//! binary against a real SQLite destination holding two runs (written
//! through the SQLite sink), checking output, exit codes and error
//! messages.

use std::path::Path;
use std::process::{Command, Output};

use chrono::{TimeZone, Utc};
use orgsync_report::{OrgModel, SnapshotBuilder, TreeOptions, build_tree, render_tree_text};
use orgsync_schema::Snapshot;
use orgsync_sink::SinkOptions;

use crate::common::run_expecting;

const DOC: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Deny","Action":"s3:*","Resource":"*"}]}"#;
const DOC2: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"A","Effect":"Deny","Action":"s3:Delete*","Resource":"*"}]}"#;

fn org(org_id: &str, run_id: &str, minute: u32, second_version: bool) -> Snapshot {
    let mut b = SnapshotBuilder::new(org_id, run_id, "111111111111")
        .started_at(Utc.with_ymd_and_hms(2025, 5, 1, 10, minute, 0).unwrap())
        .root("r-aa11", "Root")
        .ou("ou-aa11-eng00001", "Engineering", "r-aa11")
        .ou("ou-aa11-prod0001", "Prod", "ou-aa11-eng00001")
        .account("111111111111", "management", "root@example.com", "ACTIVE", "r-aa11")
        .account("222222222222", "api", "api@example.com", if second_version { "SUSPENDED" } else { "ACTIVE" }, "ou-aa11-prod0001")
        .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#)
        .policy("p-denys3000001", "DenyS3", "SERVICE_CONTROL_POLICY", if second_version { DOC2 } else { DOC })
        .attach("p-FullAWSAccess", "r-aa11")
        .attach("p-denys3000001", "ou-aa11-eng00001")
        .tag("222222222222", "ACCOUNT", "env", "prod");
    if second_version {
        b = b.account("333333333333", "data", "data@example.com", "ACTIVE", "ou-aa11-eng00001");
    }
    b.build()
}

fn write(destination: &str, snapshots: &[Snapshot]) {
    let mut sink = orgsync_sink::open(destination, &SinkOptions::default()).unwrap();
    sink.prepare().unwrap();
    for s in snapshots {
        sink.write_snapshot(s).unwrap();
    }
}

/// `orgsync ARGS…` in `dir`.
fn orgsync_in(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = crate::common::orgsync();
    cmd.current_dir(dir).args(args);
    cmd
}

/// Runs `orgsync ARGS…` in `dir`, whatever its exit code.
fn orgsync(dir: &Path, args: &[&str]) -> Output {
    orgsync_in(dir, args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs orgsync in `dir`, which must exit 0; its stdout.
fn succeeds(dir: &Path, args: &[&str]) -> String {
    text(&run_expecting(&mut orgsync_in(dir, args), 0).stdout)
}

/// Runs orgsync in `dir`, which must exit 2 (trouble); its stderr.
fn fails_with_2(dir: &Path, args: &[&str]) -> String {
    text(&run_expecting(&mut orgsync_in(dir, args), 2).stderr)
}

/// A destination `sqlite:orgsync.db` in a fresh folder with two runs of one org.
fn two_runs() -> (tempfile::TempDir, Snapshot, Snapshot) {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (org("o-aaaaaaaaaa", "run-a", 0, false), org("o-aaaaaaaaaa", "run-b", 5, true));
    write(&format!("sqlite:{}", dir.path().join("orgsync.db").display()), &[a.clone(), b.clone()]);
    (dir, a, b)
}

#[test]
fn diff_of_the_last_two_runs_prints_the_changes_and_exits_0() {
    let (dir, a, b) = two_runs();
    let diff = succeeds(dir.path(), &["diff"]);
    // What came back from SQLite diffs exactly like the snapshots written.
    assert_eq!(diff, orgsync_report::render_text(&orgsync_report::diff(&a, &b)));
    assert!(diff.contains(r#"~ /Statement/0/Action: "s3:*" → "s3:Delete*""#), "{diff}");

    let same = succeeds(dir.path(), &["diff", "--from", "run-a", "--to", "run-a"]);
    assert_eq!(same, "o-aaaaaaaaaa: run run-a → run run-a: no changes\n");

    let json = succeeds(dir.path(), &["diff", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["change_count"], 3);
    assert_eq!(value["accounts"]["state_changed"][0]["new"], "SUSPENDED");

    let markdown = succeeds(dir.path(), &["diff", "--format", "markdown"]);
    assert!(markdown.starts_with("## Organization changes: `o-aaaaaaaaaa`"));
}

#[test]
fn diff_exit_code_follows_diff_1_only_when_asked() {
    let (dir, _, _) = two_runs();
    let changed = orgsync(dir.path(), &["diff", "--exit-code"]);
    assert_eq!(changed.status.code(), Some(1), "{}", text(&changed.stderr));
    assert!(text(&changed.stdout).contains("3 changes"), "{}", text(&changed.stdout));
    succeeds(dir.path(), &["diff", "--exit-code", "--from", "run-a", "--to", "run-a"]);
    let quiet = orgsync(dir.path(), &["diff", "--exit-code", "--quiet"]);
    assert_eq!(quiet.status.code(), Some(1));
    assert!(quiet.stdout.is_empty() && quiet.stderr.is_empty(), "{}", text(&quiet.stdout));
    // Trouble stays 2 with or without --exit-code.
    fails_with_2(dir.path(), &["diff", "--exit-code", "--from", "run-zzz"]);
}

#[test]
fn a_file_destination_diff_says_it_keeps_no_history() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("out");
    write(&format!("jsonl:{}", out_dir.display()), &[org("o-aaaaaaaaaa", "run-a", 0, false)]);
    let destination = format!("jsonl:{}", out_dir.display());
    let stderr = fails_with_2(dir.path(), &["diff", "--destination", &destination]);
    assert!(stderr.contains("holds only the current snapshot"), "{stderr}");
    assert!(!stderr.contains("run `orgsync sync` again"), "{stderr}");
}

/// Runs orgsync with stdout into a pipe whose reader stops after the first
/// line, as `orgsync … | head -n 1` does.
fn into_closed_pipe(dir: &Path, args: &[&str]) -> Output {
    use std::io::BufRead;
    let mut child = Command::new(env!("CARGO_BIN_EXE_orgsync"))
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(!first.is_empty(), "{args:?} printed nothing");
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly_with_success() {
    let (dir, _, _) = two_runs();
    // Large enough to outgrow the pipe's buffer, so the write really fails.
    let big = tempfile::tempdir().unwrap();
    let big_db = format!("sqlite:{}", big.path().join("big.db").display());
    let mut builder = SnapshotBuilder::new("o-bbbbbbbbbb", "run-big", "111111111111")
        .root("r-bb11", "Root")
        .account("111111111111", "management", "root@example.com", "ACTIVE", "r-bb11");
    for n in 0..3000_u64 {
        let id = format!("{:012}", 200_000_000_000 + n);
        builder =
            builder.account(&id, &format!("account-{n}"), "a@example.com", "ACTIVE", "r-bb11");
    }
    let large = builder.build();
    write(&big_db, &[large]);
    for args in [
        vec!["schema", "--format", "markdown"],
        vec!["completions", "bash"],
        vec!["tree", "--format", "json", "--destination", big_db.as_str()],
        vec!["diff", "--format", "json"],
    ] {
        let out = into_closed_pipe(dir.path(), &args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", text(&out.stderr));
    }
}

#[test]
fn unknown_run_is_exit_2_naming_it_and_listing_recent_runs() {
    let (dir, _, _) = two_runs();
    let out = run_expecting(&mut orgsync_in(dir.path(), &["diff", "--from", "run-zzz"]), 2);
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("error: run `run-zzz` not found for organization `o-aaaaaaaaaa`"),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "hint: recent runs, newest first: run-b (2025-05-01T10:05:00Z, succeeded), run-a"
        ),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn several_organizations_need_org() {
    let (dir, _, _) = two_runs();
    let db = format!("sqlite:{}", dir.path().join("orgsync.db").display());
    write(&db, &[org("o-bbbbbbbbbb", "run-c", 1, false)]);
    let stderr = fails_with_2(dir.path(), &["tree"]);
    assert!(stderr.contains("holds 2 organizations"), "{stderr}");
    assert!(stderr.contains("hint: choose one with --org: o-aaaaaaaaaa, o-bbbbbbbbbb"), "{stderr}");

    let first_run_only = fails_with_2(dir.path(), &["diff", "--org", "o-bbbbbbbbbb"]);
    assert!(first_run_only.contains("nothing to compare: run `run-c` is the first committed run"));

    let unknown =
        fails_with_2(dir.path(), &["tree", "--org", "o-cccccccccc", "--destination", &db]);
    assert!(unknown.contains("organization `o-cccccccccc` has no run in"));
}

#[test]
fn tree_prints_the_latest_snapshot_and_selects_subtrees() {
    let (dir, _, b) = two_runs();
    let tree = succeeds(dir.path(), &["tree"]);
    let model = OrgModel::new(&b);
    assert_eq!(
        tree,
        render_tree_text(&build_tree(&model, &TreeOptions::default()).unwrap(), false)
    );
    assert_eq!(
        tree,
        "Root (r-aa11)  [SCP: FullAWSAccess]\n\
         ├─ Engineering (ou-aa11-eng00001)  [SCP: DenyS3]\n\
         │  ├─ Prod (ou-aa11-prod0001)\n\
         │  │  └─ api (222222222222) SUSPENDED\n\
         │  └─ data (333333333333) ACTIVE\n\
         └─ management (111111111111) ACTIVE management account\n"
    );
    let sub =
        succeeds(dir.path(), &["tree", "--ou", "Engineering", "--depth", "0", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&sub).unwrap();
    assert_eq!(json[0]["hidden"], serde_json::json!({"organizational_units": 1, "accounts": 2}));

    let account = succeeds(dir.path(), &["tree", "--account", "api"]);
    let view = orgsync_report::account_policies(
        &b,
        &model,
        orgsync_report::find_account(&model, "222222222222").unwrap(),
    );
    assert_eq!(account, orgsync_report::render_account_policies_text(&view));
    assert!(account.contains("inherited from root Root (r-aa11, depth 0)"), "{account}");
    let missing = fails_with_2(dir.path(), &["tree", "--account", "nobody"]);
    assert!(missing.contains("no account has the id or name `nobody`"));

    let bad = fails_with_2(dir.path(), &["tree", "--ou", "Nope"]);
    assert!(bad.contains("caused by: no root or OU has the id, name or path `Nope`"));
}

#[test]
fn report_writes_one_self_contained_file() {
    let (dir, _, _) = two_runs();
    let out = run_expecting(&mut orgsync_in(dir.path(), &["report"]), 0);
    assert!(text(&out.stderr).contains("wrote orgsync-report.html (3 accounts of o-aaaaaaaaaa, run run-b, 3 changes since the previous run)"));
    let html = std::fs::read_to_string(dir.path().join("orgsync-report.html")).unwrap();
    assert!(html.contains("default-src &#39;none&#39;"));
    assert!(html.contains("\"changeCount\":3"));

    let custom = fails_with_2(dir.path(), &["report", "--out", "nested/missing/r.html"]);
    assert!(custom.contains("folder `nested/missing` does not exist"));
}

#[test]
fn an_empty_destination_says_to_sync_first() {
    let dir = tempfile::tempdir().unwrap();
    write(&format!("sqlite:{}", dir.path().join("orgsync.db").display()), &[]);
    let stderr = fails_with_2(dir.path(), &["report"]);
    assert!(stderr.contains("holds no organization yet"), "{stderr}");
    assert!(stderr.contains("hint: run `orgsync sync`"));
}

#[test]
fn completions_for_every_shell_name_the_commands_and_bash_loads_them() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let script = succeeds(dir.path(), &["completions", shell]);
        for word in ["demo", "sync", "check", "tree", "diff", "report", "--quota-profile"] {
            assert!(script.contains(word), "{shell} completion lacks `{word}`");
        }
    }
    // bash really registers it: `complete -p orgsync` succeeds after sourcing.
    let script = dir.path().join("orgsync.bash");
    std::fs::write(&script, succeeds(dir.path(), &["completions", "bash"])).unwrap();
    let bash = Command::new("bash")
        .arg("-c")
        .arg(format!("source '{}' && complete -p orgsync", script.display()))
        .output()
        .unwrap();
    assert!(bash.status.success(), "{}", text(&bash.stderr));
    assert!(text(&bash.stdout).contains("orgsync"), "{}", text(&bash.stdout));
    fails_with_2(dir.path(), &["completions", "tcsh"]);
}

#[test]
fn the_manual_page_is_roff_and_covers_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let page = succeeds(dir.path(), &["man"]);
    assert!(page.starts_with(".ie") || page.contains(".TH orgsync"), "{}", &page[..200]);
    assert!(page.contains("demo") && page.contains("completions"));

    let pages = dir.path().join("man1");
    std::fs::create_dir(&pages).unwrap();
    succeeds(dir.path(), &["man", "--out-dir", pages.to_str().unwrap()]);
    for name in ["orgsync", "orgsync-sync", "orgsync-diff", "orgsync-emulator-serve"] {
        let page = std::fs::read_to_string(pages.join(format!("{name}.1"))).unwrap();
        assert!(page.contains(".TH"), "{name}");
    }
    let sync_page = std::fs::read_to_string(pages.join("orgsync-sync.1")).unwrap();
    assert!(sync_page.contains("master\\-assume\\-role\\-arn\\-chain"), "{sync_page}");
    fails_with_2(dir.path(), &["man", "--out-dir", "no/such/folder"]);
}

#[test]
fn findings_prints_checks_and_fails_at_the_chosen_severity() {
    let (dir, _, b) = two_runs();
    let model = OrgModel::new(&b);
    let expected =
        orgsync_report::findings(&b, &model, &orgsync_report::FindingSettings::default());
    let ids: Vec<&str> = expected.iter().map(|f| f.id).collect();
    // No AI opt-out at the root, no region SCP, no tag policy, no SECURITY
    // contacts, a suspended account in Prod; nothing high.
    for id in ["ORG-001", "ORG-002", "ORG-003", "ORG-006", "ORG-008"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }

    assert_eq!(
        succeeds(dir.path(), &["findings"]),
        orgsync_report::render_findings_text("o-aaaaaaaaaa", "run-b", &expected)
    );
    assert_eq!(orgsync(dir.path(), &["findings", "--fail-on", "high"]).status.code(), Some(0));
    assert_eq!(orgsync(dir.path(), &["findings", "--fail-on", "medium"]).status.code(), Some(1));

    assert_eq!(
        succeeds(dir.path(), &["findings", "--format", "json"]),
        orgsync_report::render_findings_json("o-aaaaaaaaaa", "run-b", &expected)
    );
    let sarif = succeeds(dir.path(), &["findings", "--format", "sarif"]);
    let sarif: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), expected.len());

    // Settings come from flags (or the configuration): a lower OU depth limit.
    let deep =
        succeeds(dir.path(), &["findings", "--findings-max-ou-depth", "1", "--format", "json"]);
    let deep: serde_json::Value = serde_json::from_str(&deep).unwrap();
    let ou_findings: Vec<&str> = deep["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["id"] == "ORG-009")
        .map(|f| f["resource_id"].as_str().unwrap())
        .collect();
    assert_eq!(ou_findings, vec!["ou-aa11-prod0001"]);
    let bad =
        fails_with_2(dir.path(), &["findings", "--findings-delegated-admin-allowlist", "12ab"]);
    assert!(bad.contains("not a 12-digit account ID"), "{bad}");
}
