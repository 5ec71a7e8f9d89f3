//! Scoped runs (`organizational_unit_ids`, `exclude_organizational_unit_ids`,
//! `exclude_account_ids`) through the real binary against the emulator over
//! real HTTP, read back with an independent reader:
//!
//! * a scoped run calls nothing for resources outside its scope (the
//!   emulator's request log) and, over a full snapshot, leaves every table
//!   as a full read has it;
//! * two scoped runs of disjoint OUs into one destination (SQLite and JSON
//!   Lines) keep each other's rows, which are then those of a full read;
//! * exclusions, the recorded scope, `tree` and `diff` showing it, and an
//!   OU that is not in the organization (exit code 2).

use std::collections::BTreeSet;
use std::path::Path;

use orgsync_emulator::Emulator;
use orgsync_emulator::model::Organization;
use orgsync_schema::{Snapshot, TableName, Value};

use crate::common::{fast_emulator as start, orgsync_for as orgsync, run_expecting, text};

/// `orgsync sync --destination D ARGS…`, which must succeed.
fn sync(emulator: &Emulator, destination: &str, args: &[&str]) {
    run_expecting(
        orgsync(emulator).args(["sync", "-q", "--destination", destination]).args(args),
        0,
    );
}

/// `orgsync sync --destination D ARGS…`, which must be refused as a
/// configuration error (exit code 2); its stderr.
fn refused_sync(emulator: &Emulator, destination: &str, args: &[&str]) -> String {
    let output =
        run_expecting(orgsync(emulator).args(["sync", "--destination", destination]).args(args), 2);
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `sqlite:<dir>/<file>`.
fn sqlite_in(dir: &Path, file: &str) -> String {
    format!("sqlite:{}", dir.join(file).display())
}

fn snapshot(destination: &str, org_id: &str) -> Snapshot {
    let mut reader =
        orgsync_sink::open_reader(destination, &orgsync_sink::SinkOptions::default()).unwrap();
    reader.read_snapshot(org_id, None).unwrap()
}

/// The OUs of `ou_id`'s subtree (itself included) and the accounts in it.
fn subtree(org: &Organization, ou_id: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut ous = BTreeSet::from([ou_id.to_owned()]);
    let mut grew = true;
    while grew {
        grew = false;
        for ou in org.organizational_units.values() {
            if ous.contains(&ou.parent_id) && ous.insert(ou.id.clone()) {
                grew = true;
            }
        }
    }
    let accounts = org
        .accounts
        .values()
        .filter(|a| ous.contains(&a.parent_id))
        .map(|a| a.id.clone())
        .collect();
    (ous, accounts)
}

/// A synthetic organization served by the emulator, two of its top-level
/// OUs with accounts in their subtrees (`a`, `b`), and a folder for the
/// destinations.
struct ScopedOrg {
    emulator: Emulator,
    org: Organization,
    a: String,
    b: String,
    dir: tempfile::TempDir,
}

impl ScopedOrg {
    async fn start(accounts: usize, seed: u64) -> Self {
        let emulator = start(accounts, seed).await;
        let org = emulator.controls().with_org(Organization::clone);
        let mut top: Vec<&String> = org
            .organizational_units
            .values()
            .filter(|ou| ou.parent_id == org.root.id)
            .map(|ou| &ou.id)
            .filter(|id| subtree(&org, id).1.len() >= 5)
            .collect();
        top.sort();
        assert!(top.len() >= 2, "two top-level OUs with accounts");
        let (a, b) = (top[0].clone(), top[1].clone());
        ScopedOrg { emulator, org, a, b, dir: tempfile::tempdir().unwrap() }
    }
}

/// The account ids of an account table.
fn account_ids(snapshot: &Snapshot) -> BTreeSet<String> {
    let col = TableName::Account.def().column_index("account_id").unwrap();
    snapshot.rows(TableName::Account).iter().map(|r| r[col].as_str().unwrap().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_scoped_run_reads_only_its_subtree_and_over_a_full_snapshot_leaves_a_full_read() {
    let ScopedOrg { emulator, org, a, dir, .. } = ScopedOrg::start(300, 3).await;
    let (a_ous, a_accounts) = subtree(&org, &a);
    let excluded = a_accounts.iter().next().unwrap().clone();

    let db = sqlite_in(dir.path(), "org.db");
    sync(&emulator, &db, &[]);
    let full = snapshot(&db, &org.id);
    emulator.controls().reset_counters();
    let before = emulator.controls().requests().len();
    sync(&emulator, &db, &["--organizational-unit-ids", &a, "--exclude-account-ids", &excluded]);
    let after = snapshot(&db, &org.id);

    // Only the scope's parents were listed, only its accounts read.
    let requests = &emulator.controls().requests()[before..];
    // The `key` parameter of every request for one of `operations`.
    let params = |operations: &[&str], key: &str| -> BTreeSet<String> {
        requests
            .iter()
            .filter(|r| operations.contains(&r.operation.as_str()))
            .filter_map(|r| r.params.get(key).and_then(|v| v.as_str()).map(str::to_owned))
            .collect()
    };
    let listed = params(&["ListAccountsForParent", "ListOrganizationalUnitsForParent"], "ParentId");
    assert_eq!(listed, a_ous, "parents listed");
    let contacts = params(&["GetAlternateContact"], "AccountId");
    let active_in_scope: BTreeSet<String> = a_accounts
        .iter()
        .filter(|id| **id != excluded && org.accounts[*id].state.as_str() == "ACTIVE")
        .cloned()
        .collect();
    assert_eq!(contacts, active_in_scope, "contacts read");
    let mut tagged = params(&["ListTagsForResource"], "ResourceId");
    tagged.retain(|id| org.accounts.contains_key(id));
    let mut expected_tagged = a_accounts.clone();
    expected_tagged.remove(&excluded);
    assert_eq!(tagged, expected_tagged, "accounts whose tags were read");

    // Over a full snapshot, every table is as a full read has it.
    assert_eq!(Snapshot::content(&after), Snapshot::content(&full));
    let scope = after.run.scope.clone().expect("the scope is recorded");
    assert_eq!(scope.organizational_unit_ids, vec![a.clone()]);
    assert_eq!(scope.exclude_account_ids, vec![excluded.clone()]);

    // `tree` and `diff` say what the latest run read.
    let tree = orgsync(&emulator).args(["tree", "--destination", &db]).output().unwrap();
    assert_eq!(tree.status.code(), Some(0), "{}", text(&tree));
    let first = String::from_utf8_lossy(&tree.stdout).lines().next().unwrap_or_default().to_owned();
    assert!(
        first.starts_with(&format!("scope: OUs {a}; excluding accounts {excluded}")),
        "{first}"
    );
    let diff = orgsync(&emulator).args(["diff", "--destination", &db]).output().unwrap();
    assert_eq!(diff.status.code(), Some(0), "{}", text(&diff));
    let diff = String::from_utf8_lossy(&diff.stdout);
    assert!(diff.contains("no changes"), "{diff}");
    assert!(diff.contains(&format!("scope: OUs {a}")), "{diff}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn two_scoped_runs_of_disjoint_ous_keep_each_others_rows() {
    let ScopedOrg { emulator, org, a, b, dir } = ScopedOrg::start(300, 4).await;
    let in_scope: BTreeSet<String> =
        subtree(&org, &a).1.union(&subtree(&org, &b).1).cloned().collect();

    let full_db = sqlite_in(dir.path(), "full.db");
    sync(&emulator, &full_db, &["--account-details"]);
    let full = Snapshot::content(&snapshot(&full_db, &org.id));

    for destination in [
        sqlite_in(dir.path(), "scoped.db"),
        format!("jsonl:{}", dir.path().join("scoped-jsonl").display()),
    ] {
        if let Some(folder) = destination.strip_prefix("jsonl:") {
            std::fs::create_dir(folder).unwrap();
        }
        sync(&emulator, &destination, &["--account-details", "--organizational-unit-ids", &a]);
        sync(&emulator, &destination, &["--account-details", "--organizational-unit-ids", &b]);
        let scoped = snapshot(&destination, &org.id);
        assert_eq!(account_ids(&scoped), in_scope, "{destination}: both scopes' accounts");

        // Each table holds exactly a full read's rows for what the two
        // scopes cover: their accounts (and the OUs above them), and every
        // policy, target and service, which any run reads whole.
        let scoped = Snapshot::content(&scoped);
        for (table, rows) in &scoped {
            let def = table.def();
            let expected: Vec<Vec<Value>> = match *table {
                TableName::Account
                | TableName::AlternateContact
                | TableName::AccountInformation
                | TableName::AccountRegion => {
                    let col = def.column_index("account_id").unwrap();
                    full[table]
                        .iter()
                        .filter(|r| in_scope.contains(r[col].as_str().unwrap()))
                        .cloned()
                        .collect()
                }
                TableName::PolicyApplicability
                | TableName::Finding
                | TableName::OrganizationalUnit
                | TableName::Tag => continue,
                _ => full[table].clone(),
            };
            assert_eq!(rows, &expected, "{destination}: {}", table.as_str());
        }
    }
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn exclusions_leave_subtrees_out_and_an_unknown_ou_is_a_configuration_error() {
    let ScopedOrg { emulator, org, a, dir, .. } = ScopedOrg::start(120, 6).await;
    let (_, a_accounts) = subtree(&org, &a);

    let db = sqlite_in(dir.path(), "org.db");
    sync(&emulator, &db, &["--exclude-organizational-unit-ids", &a]);
    let written = snapshot(&db, &org.id);
    let expected: BTreeSet<String> =
        org.accounts.keys().filter(|id| !a_accounts.contains(*id)).cloned().collect();
    assert_eq!(account_ids(&written), expected);
    let ou_col = TableName::OrganizationalUnit.def().column_index("path").unwrap();
    assert!(
        written
            .rows(TableName::OrganizationalUnit)
            .iter()
            .all(|r| !r[ou_col].as_str().unwrap().contains(&a)),
        "no OU of the excluded subtree"
    );
    assert_eq!(
        written.run.scope.as_ref().map(|s| s.exclude_organizational_unit_ids.clone()),
        Some(vec![a.clone()])
    );

    let stderr = refused_sync(&emulator, &db, &["--organizational-unit-ids", "ou-zzzz-zzzzzzzz"]);
    assert!(stderr.contains("organizational_unit_ids names `ou-zzzz-zzzzzzzz`"), "{stderr}");
    // Nothing was written: the previous snapshot stays.
    assert_eq!(account_ids(&snapshot(&db, &org.id)), expected);

    let stderr = refused_sync(&emulator, &db, &["--exclude-account-ids", "12345"]);
    assert!(stderr.contains("exclude_account_ids"), "{stderr}");
    assert!(Path::new(&db["sqlite:".len()..]).exists());
    emulator.shutdown().await;
}
