//! Cross-check of `run::extract` against moto, an independent implementation
//! of the AWS APIs: `tests/core/moto_org.py setup` builds an organization in a
//! fresh `moto_server` (nested OUs 6 levels deep, 58 accounts with 25 in one
//! OU so pages of 20 are needed, SCP/TAG/AISERVICES_OPT_OUT/RCP policies
//! attached at every level, tags with awkward values — Unicode, commas,
//! quotes, newlines, leading `=`, `+`, `-`, `@`, empty — on accounts, OUs,
//! the root and policies, alternate contacts including the management
//! account's own, an account moved, one removed, one closed, enabled
//! services and delegated administrators); `tests/core/moto_org.py extract` reads
//! it back with a straightforward boto3 script; every table is compared row
//! by row with what orgsync extracted. The derived
//! `aws_organizations_policy_applicability` is compared with what the
//! script computes by walking `list_parents` up from each account and asking
//! `list_policies_for_target` at every node.
//!
//! moto differs from AWS in ways this test must not mistake for orgsync bugs:
//! - it does not cap MaxResults at 20 and `list_targets_for_policy` never
//!   pages, so target paging is exercised by the emulator tests instead;
//! - `list_policies` rejects every policy type but SERVICE_CONTROL_POLICY,
//!   RESOURCE_CONTROL_POLICY, TAG_POLICY, BACKUP_POLICY and
//!   AISERVICES_OPT_OUT_POLICY with `InvalidInputException`: orgsync treats
//!   a type the endpoint rejects (and no root reports) as not offered there
//!   and skips it without an error row, as the boto3 reference does;
//! - `describe_effective_policy` answers HTTP 500 (not implemented): the run
//!   still completes, with one error row per account and type;
//! - there is no authentication, throttling or fault injection (the
//!   emulator tests cover those);
//! - accounts and OUs carry no `Paths`/`Path`: `aws_paths` and `aws_path`
//!   are NULL (the emulator tests check them and their disagreements);
//! - ListHandshakesForOrganization and DescribeResourcePolicy answer HTTP
//!   500 (not implemented): `aws_organizations_handshake` and
//!   `aws_organizations_resource_policy` are checked against the emulator
//!   only and left out here;
//! - ListAccountsWithInvalidEffectivePolicy and the responsibility-transfer
//!   lists are not in moto: `aws_organizations_effective_policy_validation_error`
//!   and `aws_organizations_responsibility_transfer` are checked against the
//!   emulator only;
//! - moto's IAM has no ListOrganizationsFeatures:
//!   `aws_organizations_root_access_feature` is checked against the emulator
//!   only;
//! - ListCreateAccountStatus works (one SUCCEEDED request per account, no
//!   FAILED or IN_PROGRESS ones), but past 40 requests it answers the
//!   NextToken it was given forever: `aws_organizations_create_account_status`
//!   is cross-checked on its own organization of 30 accounts (two pages),
//!   and then at 46 requests, where orgsync must stop with one error row
//!   instead of looping;
//! - moto's Account service has only the alternate contacts (Put, Get,
//!   Delete): GetAccountInformation, ListRegions and GetContactInformation
//!   are not in moto 5.2, so `aws_organizations_account_information`,
//!   `_account_region` and `_account_contact` (opt-in tables, not in the
//!   default set this test reads) are checked against the emulator only.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use orgsync_core::planner::{NoProgress, Operation, RateLimits, RetryPolicy};
use orgsync_core::run::{ExtractOptions, extract};
use orgsync_core::tables::policy::policy_types;
use orgsync_schema::{ColumnType, DATA_TABLES, RunStatus, Snapshot, TableName, Value};
use serde_json::{Value as Json, json};

/// A `moto_server` on a free loopback port, killed on drop.
struct Moto {
    child: Child,
    endpoint: String,
}

impl Moto {
    fn start() -> Moto {
        let port = orgsync_test_support::free_port();
        let child = Command::new("moto_server")
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("moto_server must be on PATH (scripts/test.sh installs moto[server]==5.2.1)");
        let endpoint = format!("http://127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(30);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto_server did not start listening");
            std::thread::sleep(Duration::from_millis(100));
        }
        Moto { child, endpoint }
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn python() -> String {
    std::env::var("ORGSYNC_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn peer(args: &[&str]) -> Json {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/core/moto_org.py");
    let out = Command::new(python()).arg(script).args(args).output().expect("python3 runs");
    assert!(
        out.status.success(),
        "moto_org.py {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("moto_org.py prints JSON")
}

fn sdk_config(endpoint: &str) -> SdkConfig {
    SdkConfig::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .credentials_provider(SharedCredentialsProvider::new(Credentials::new(
            "AKIAMOTOTESTKEY00001",
            "moto-test-secret",
            None,
            None,
            "orgsync-test",
        )))
        .build()
}

/// A cell in the canonical form the Python peer prints.
fn canonical(ty: ColumnType, value: &Value) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Text(s) => Json::String(s.to_string()),
        Value::Int(i) => json!(i),
        Value::Bool(b) => json!(b),
        Value::Timestamp(t) => json!(t.timestamp_micros()),
        Value::Json(s) => {
            assert_eq!(ty, ColumnType::Json);
            serde_json::from_str(s).expect("JSON column holds JSON")
        }
    }
}

fn canonical_rows(snapshot: &Snapshot, table: TableName) -> Vec<Json> {
    let def = table.def();
    snapshot
        .rows(table)
        .iter()
        .map(|row| {
            assert_eq!(row.len(), def.columns.len(), "{}: row width", def.name);
            // The boto3 extraction has no `fetched_at`: when orgsync read it.
            let cells = row.iter().zip(def.columns).filter(|(_, c)| c.name != "fetched_at");
            Json::Array(cells.map(|(v, c)| canonical(c.ty, v)).collect())
        })
        .collect()
}

fn sorted(mut rows: Vec<Json>) -> Vec<Json> {
    rows.sort_by_key(|r| r.to_string());
    rows
}

/// The tables moto cannot serve in the main fixture (see the module docs).
const NOT_FROM_MOTO: [TableName; 6] = [
    TableName::EffectivePolicyValidationError,
    TableName::ResponsibilityTransfer,
    TableName::Handshake,
    TableName::ResourcePolicy,
    TableName::CreateAccountStatus,
    TableName::RootAccessFeature,
];

fn options() -> ExtractOptions {
    let mut options = ExtractOptions {
        // moto answers in milliseconds and never throttles.
        rate_limits: RateLimits::scaled(100.0),
        retry: RetryPolicy { base_delay: Duration::from_millis(10), ..RetryPolicy::default() },
        ..ExtractOptions::new()
    };
    for table in NOT_FROM_MOTO {
        options.tables.remove(&table);
    }
    options
}

fn column(table: TableName, name: &str) -> usize {
    table.def().column_index(name).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_table_matches_a_boto3_extraction_of_the_same_moto_organization() {
    let moto = Moto::start();
    let facts = peer(&["setup", &moto.endpoint]);
    let config = sdk_config(&moto.endpoint);
    let options = options();
    let no_renewal = || panic!("static credentials never expire");
    let extraction = extract(&config, &no_renewal, &options, &NoProgress).await.expect("extract");
    let snapshot = &extraction.snapshot;

    let types = policy_types(&[]).join(",");
    let reference = peer(&["extract", &moto.endpoint, &options.run_id, &types]);

    // Every non-opt-in table, row by row (the findings are a verdict on these
    // rows, not data boto3 reads: they are checked to be derived from them).
    assert_eq!(
        snapshot.rows(TableName::Finding),
        orgsync_report::finding_rows(snapshot, &Default::default()).as_slice()
    );
    for def in DATA_TABLES
        .iter()
        .filter(|t| !t.opt_in && t.id != TableName::Finding && !NOT_FROM_MOTO.contains(&t.id))
    {
        let expected = reference["tables"][def.name].as_array().unwrap().clone();
        let actual = canonical_rows(snapshot, def.id);
        let (expected, actual) = (sorted(expected), sorted(actual));
        for (e, a) in expected.iter().zip(&actual) {
            assert_eq!(a, e, "{}: first differing row", def.name);
        }
        assert_eq!(actual.len(), expected.len(), "{}: row count", def.name);
        assert!(!actual.is_empty(), "{} is empty: the fixture should fill every table", def.name);
        assert_eq!(snapshot.run.counts[def.name], actual.len() as u64);
    }

    // Item-level errors: none (types moto lacks are skipped, not errors).
    let errors: Vec<Json> = snapshot
        .errors
        .iter()
        .map(|e| json!([e.table_name, e.resource_id, e.api_operation, e.error_code, e.message]))
        .collect();
    assert_eq!(sorted(errors), sorted(reference["errors"].as_array().unwrap().clone()));
    assert!(snapshot.errors.is_empty(), "{:?}", snapshot.errors);
    assert_eq!(snapshot.run.status, RunStatus::Succeeded);

    // The fixture really has what the brief asks for.
    let accounts = snapshot.rows(TableName::Account);
    assert_eq!(accounts.len() as u64, facts["accounts"].as_u64().unwrap());
    let id_col = column(TableName::Account, "account_id");
    let find = |id: &Json| accounts.iter().find(|r| r[id_col].as_str() == id.as_str());
    assert!(find(&facts["removed"]).is_none(), "a removed account is not in the account set");
    let closed = find(&facts["closed"]).unwrap();
    assert_eq!(closed[column(TableName::Account, "state")], Value::text("SUSPENDED"));
    let moved = find(&facts["moved"]).unwrap();
    assert_eq!(
        moved[column(TableName::Account, "parent_id")].as_str(),
        facts["deepest_ou"].as_str()
    );
    assert_eq!(moved[column(TableName::Account, "depth")], Value::Int(7));
    let max_depth = snapshot
        .rows(TableName::OrganizationalUnit)
        .iter()
        .filter_map(|r| r[column(TableName::OrganizationalUnit, "depth")].as_i64())
        .max();
    assert_eq!(max_depth, Some(6));
    let management = find(&facts["management_account_id"]).unwrap();
    assert_eq!(management[column(TableName::Account, "is_management_account")], Value::Bool(true));
    let contacts = snapshot.rows(TableName::AlternateContact);
    assert!(
        contacts.iter().any(|r| r[1].as_str() == facts["management_account_id"].as_str()),
        "the management account's own contact (read without AccountId)"
    );

    // Counters: every call counted, nothing throttled, the walk never used ListAccounts.
    let ops = &extraction.operations;
    assert_eq!(snapshot.run.api_calls, ops.values().map(|s| s.calls).sum::<u64>());
    assert_eq!(snapshot.run.throttled_calls, 0);
    assert_eq!(ops[&Operation::DescribeOrganization].calls, 1);
    assert_eq!(
        ops[&Operation::ListPolicies].calls,
        policy_types(&[]).len() as u64 + 1,
        "one call per type, plus a second page of the 23 SCPs"
    );
    // 58 accounts + 9 OUs + 1 root + 29 policies tagged, one call each.
    assert_eq!(ops[&Operation::ListTagsForResource].calls, 58 + 9 + 1 + 29);
    // ACTIVE accounts (all but the closed one) × 3 contact types.
    assert_eq!(ops[&Operation::GetAlternateContact].calls, 57 * 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unimplemented_effective_policies_leave_the_rest_of_the_run_intact() {
    let moto = Moto::start();
    peer(&["setup", &moto.endpoint]);
    let config = sdk_config(&moto.endpoint);
    let mut options = options();
    options.effective_policies = true;
    options.retry.max_attempts = 2;
    let no_renewal = || panic!("static credentials never expire");
    let extraction = extract(&config, &no_renewal, &options, &NoProgress).await.expect("extract");
    let snapshot = &extraction.snapshot;
    assert!(snapshot.rows(TableName::EffectivePolicy).is_empty());
    assert!(snapshot.tables.contains_key(&TableName::EffectivePolicy));
    let effective_errors: Vec<_> =
        snapshot.errors.iter().filter(|e| e.api_operation == "DescribeEffectivePolicy").collect();
    // 57 ACTIVE accounts × the two enabled types with effective policies.
    assert_eq!(effective_errors.len(), 57 * 2);
    assert!(
        effective_errors.iter().all(|e| e.error_code == "HTTP500" && e.resource_id.is_some()),
        "{effective_errors:?}"
    );
    assert_eq!(snapshot.rows(TableName::Account).len(), 58);
    let stats = &extraction.operations[&Operation::DescribeEffectivePolicy];
    assert_eq!(stats.calls, 57 * 2 * 2, "each retried once");
    assert_eq!(stats.retried, 57 * 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn account_creation_requests_match_boto3_and_a_repeating_next_token_ends_the_list() {
    let moto = Moto::start();
    let config = sdk_config(&moto.endpoint);
    let mut options = options();
    options.tables = [TableName::Organization, TableName::CreateAccountStatus].into();
    let no_renewal = || panic!("static credentials never expire");

    // 30 created accounts and the management account: two pages of 20.
    let reference = peer(&["create-accounts", &moto.endpoint, "30", &options.run_id]);
    let expected = reference["rows"].as_array().unwrap().clone();
    assert_eq!(expected.len(), 31);
    let extraction = extract(&config, &no_renewal, &options, &NoProgress).await.expect("extract");
    let snapshot = &extraction.snapshot;
    assert!(snapshot.errors.is_empty(), "{:?}", snapshot.errors);
    let actual = canonical_rows(snapshot, TableName::CreateAccountStatus);
    assert_eq!(sorted(actual), sorted(expected));
    assert_eq!(extraction.operations[&Operation::ListCreateAccountStatus].calls, 2);

    // 46 requests: moto's second page names itself as the next one. The
    // list stops there (40 rows) with one error row instead of looping.
    let reference = peer(&["create-accounts", &moto.endpoint, "15", &options.run_id]);
    let all = reference["rows"].as_array().unwrap().clone();
    assert_eq!(all.len(), 46);
    let extraction = extract(&config, &no_renewal, &options, &NoProgress).await.expect("extract");
    let snapshot = &extraction.snapshot;
    assert_eq!(snapshot.run.status, RunStatus::Partial);
    let actual = canonical_rows(snapshot, TableName::CreateAccountStatus);
    assert_eq!(actual.len(), 40);
    assert!(actual.iter().all(|row| all.contains(row)));
    let errors: Vec<_> = snapshot
        .errors
        .iter()
        .map(|e| (e.table_name.as_str(), e.api_operation.as_str(), e.error_code.as_str()))
        .collect();
    assert_eq!(
        errors,
        [(
            "aws_organizations_create_account_status",
            "ListCreateAccountStatus",
            "RepeatedNextToken"
        )]
    );
    assert_eq!(extraction.operations[&Operation::ListCreateAccountStatus].calls, 2);
}
