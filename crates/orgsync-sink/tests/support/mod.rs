//! Shared pieces of the destination test suite: snapshot generators (tricky
//! values and large organizations), the expected "observation" of a snapshot
//! in each destination's own terms, and the independent readers (rusqlite,
//! the postgres driver, Python's pyarrow / csv / json) that observe what a
//! destination really holds.

#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{DateTime, TimeZone, Utc};
use orgsync_schema::{
    ColumnType, DATA_TABLES, ErrorRecord, Row, RunRecord, RunStatus, Snapshot, TableDef, TableName,
    Value, format_timestamp,
};
use serde_json::{Value as J, json};

/// Strings that break naive writers.
pub const TRICKY: &[&str] = &[
    "plain",
    "Ünïcødé 日本語 🚀 ﷽",
    "line1\nline2\r\nline3",
    "say \"hi\", ok",
    "a,b,,c",
    "=1+2",
    "+SUM(A1)",
    "-10",
    "@cmd",
    "\tlead tab",
    "\rlead cr",
    "'quoted lead",
    "back\\slash\\n",
    "",
    " spaced ",
    "tab\tinside",
];

fn base_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 2, 29, 13, 5, 9).unwrap()
}

/// A JSON policy document of about `size` bytes with Unicode and escapes.
pub fn big_policy(size: usize) -> String {
    let mut statements = Vec::new();
    let mut n = 0;
    while serde_json::to_string(&statements).unwrap().len() < size {
        statements.push(json!({
            "Sid": format!("Stmt{n} ünï \"q\""),
            "Effect": "Deny",
            "Action": ["s3:*", "ec2:RunInstances"],
            "Resource": "*",
            "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1", "us-east-1"]}}
        }));
        n += 1;
    }
    // Pretty-printed with odd spacing: the text must come back verbatim.
    let body =
        serde_json::to_string_pretty(&json!({"Version": "2012-10-17", "Statement": statements}))
            .unwrap();
    body.replace("\n  ", "\n \t ")
}

fn cell(def: &TableDef, col_index: usize, org: &str, run: &str, i: usize, variant: usize) -> Value {
    let col = &def.columns[col_index];
    let key = i + col_index * 3 + variant;
    match col.name {
        "org_id" => return Value::text(org),
        "run_id" => return Value::text(run),
        _ => {}
    }
    if col.nullable && key.is_multiple_of(5) {
        return Value::Null;
    }
    match col.ty {
        ColumnType::Text => {
            if col.name == "content" {
                return match i {
                    0 => Value::text(big_policy(100 * 1024)),
                    1 => Value::text("not JSON: {\"Version\": \u{e9}"),
                    _ => Value::text(format!(
                        "{{\"Version\":\"2012-10-17\",\"n\":{i},\"v\":{variant}}}"
                    )),
                };
            }
            if col.nullable && key.is_multiple_of(7) {
                return Value::text("");
            }
            let is_key = def.primary_key.contains(&col.name);
            let t = TRICKY[key % TRICKY.len()];
            if is_key {
                Value::text(format!("{t}#{i}"))
            } else {
                Value::text(format!("{t}#{i}v{variant}"))
            }
        }
        ColumnType::Integer => Value::Int((i as i64 - 3) * 7 + variant as i64),
        ColumnType::Boolean => Value::Bool((i + variant).is_multiple_of(2)),
        ColumnType::Timestamp => {
            let micros = ((i * 1013 + variant * 7) % 999_999 + 1) as i64;
            Value::Timestamp(
                base_time()
                    + chrono::Duration::hours(i as i64)
                    + chrono::Duration::microseconds(micros),
            )
        }
        ColumnType::Json => Value::Json(match i % 3 {
            0 => "[{\"type\":\"SERVICE_CONTROL_POLICY\",\"status\":\"ENABLED\"}]".to_string(),
            1 => format!("{{ \"k\" : \"ü\\n\\\"{variant}\", \"n\": [1, 2.5, null, true] }}"),
            _ => "[]".to_string(),
        }),
    }
}

fn run_record(
    org: &str,
    run: &str,
    minute: i64,
    tables: &BTreeMap<TableName, Vec<Row>>,
) -> RunRecord {
    RunRecord {
        run_id: run.into(),
        org_id: org.into(),
        started_at: base_time()
            + chrono::Duration::minutes(minute)
            + chrono::Duration::microseconds(250),
        finished_at: Some(base_time() + chrono::Duration::minutes(minute + 1)),
        status: RunStatus::Partial,
        tool_version: "0.1.0-test".into(),
        config_fingerprint: "sha256:00ff".into(),
        api_calls: 1234,
        throttled_calls: 5,
        retried_calls: 6,
        counts: tables
            .iter()
            .map(|(t, rows)| (t.as_str().to_string(), rows.len() as u64))
            .collect(),
        scope: Some(orgsync_schema::Scope {
            organizational_unit_ids: vec!["ou-ab12-11aa22bb".into()],
            exclude_account_ids: vec!["111122223333".into()],
            ..orgsync_schema::Scope::default()
        }),
        accounts_read_as_member: Some(1_000),
        accounts_read_through_management: Some(7),
        refresh: None,
    }
}

/// A snapshot with `rows` rows in every data table, full of tricky values.
/// `minute` orders runs in time.
pub fn tricky_snapshot(org: &str, run: &str, variant: usize, rows: usize, minute: i64) -> Snapshot {
    let mut tables = BTreeMap::new();
    for def in DATA_TABLES {
        // A table keyed by the organization alone holds one row.
        let n = if def.primary_key == ["org_id"] { 1 } else { rows };
        let table_rows: Vec<Row> = (0..n)
            .map(|i| (0..def.columns.len()).map(|c| cell(def, c, org, run, i, variant)).collect())
            .collect();
        tables.insert(def.id, table_rows);
    }
    let errors = vec![
        ErrorRecord {
            table_name: "aws_organizations_tag".into(),
            resource_id: Some("=HYPERLINK(\"x\")".into()),
            api_operation: "ListTagsForResource".into(),
            error_code: "AccessDenied".into(),
            message: Some("denied,\n \"quoted\" ü".into()),
        },
        ErrorRecord {
            table_name: "aws_organizations_account".into(),
            resource_id: None,
            api_operation: "DescribeAccount".into(),
            error_code: "AccountNotFound".into(),
            message: None,
        },
    ];
    let run = run_record(org, run, minute, &tables);
    Snapshot { run, tables, errors }
}

/// A realistic large organization: `accounts` accounts, ~15 rows per account
/// over all tables.
pub fn large_snapshot(
    org: &str,
    run: &str,
    variant: usize,
    accounts: usize,
    minute: i64,
) -> Snapshot {
    let per_table = |t: TableName| match t {
        TableName::Organization => 1,
        TableName::Root => 1,
        TableName::OrganizationalUnit => accounts / 20 + 1,
        TableName::Account => accounts,
        TableName::Tag => accounts * 4,
        TableName::AlternateContact => accounts * 3,
        TableName::Policy => 200,
        TableName::PolicyTarget => accounts * 3,
        TableName::EnabledService => 30,
        TableName::DelegatedAdministrator => 10,
        TableName::DelegatedService => 20,
        TableName::EffectivePolicy => accounts * 2,
        TableName::AccountAccess => accounts,
        TableName::Handshake => 20,
        TableName::CreateAccountStatus => accounts / 20 + 1,
        TableName::ResourcePolicy => 1,
        _ => 0,
    };
    let mut tables = BTreeMap::new();
    for def in DATA_TABLES {
        let n = per_table(def.id);
        let rows: Vec<Row> = (0..n)
            .map(|i| {
                (0..def.columns.len())
                    .map(|c| match cell(def, c, org, run, i, variant) {
                        // Keep big documents to a few rows.
                        Value::Text(s) if s.len() > 4096 && i > 0 => Value::text("{}"),
                        v => v,
                    })
                    .collect()
            })
            .collect();
        tables.insert(def.id, rows);
    }
    let run = run_record(org, run, minute, &tables);
    Snapshot { run, tables, errors: vec![] }
}

/// Total rows of a snapshot.
pub fn row_count(s: &Snapshot) -> usize {
    s.tables.values().map(Vec::len).sum()
}

/// How a destination presents values (what its independent reader returns).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sqlite,
    Postgres,
    Parquet,
    Csv { escape: bool },
    Jsonl,
}

fn micros(t: &DateTime<Utc>) -> J {
    json!(t.timestamp_micros())
}

/// JSON compared by meaning (PostgreSQL normalises jsonb).
pub fn json_meaning(text: &str) -> J {
    json!({ "json": serde_json::from_str::<J>(text).expect("valid JSON") })
}

/// What the independent reader of `kind` should see for `value`.
pub fn expected_cell(kind: Kind, value: &Value) -> J {
    match (kind, value) {
        (Kind::Csv { escape }, v) => {
            J::String(orgsync_sink::csv_cell_text(v, escape).unwrap_or_default())
        }
        (_, Value::Null) => J::Null,
        (Kind::Postgres, Value::Json(s)) => json_meaning(s),
        (_, Value::Text(s)) => J::String(s.to_string()),
        (_, Value::Json(s)) => J::String(s.clone()),
        (_, Value::Int(i)) => json!(i),
        (Kind::Sqlite, Value::Bool(b)) => json!(i64::from(*b)),
        (_, Value::Bool(b)) => json!(b),
        (Kind::Postgres | Kind::Parquet, Value::Timestamp(t)) => micros(t),
        (_, Value::Timestamp(t)) => J::String(format_timestamp(*t)),
    }
}

/// Table name → rows (each a list of cells), rows sorted.
pub type Observation = BTreeMap<String, Vec<Vec<J>>>;

fn sorted(mut rows: Vec<Vec<J>>) -> Vec<Vec<J>> {
    rows.sort_by_key(|r| serde_json::to_string(r).unwrap());
    rows
}

/// The expected observation of the data tables, run and errors of `s`.
pub fn expected(kind: Kind, s: &Snapshot) -> Observation {
    let mut out = Observation::new();
    for (def, rows) in s.all_table_rows() {
        let rows =
            rows.iter().map(|r| r.iter().map(|v| expected_cell(kind, v)).collect()).collect();
        out.insert(def.name.to_string(), sorted(rows));
    }
    out
}

/// Only the data tables of an observation.
pub fn data_only(mut o: Observation) -> Observation {
    o.retain(|t, _| DATA_TABLES.iter().any(|d| d.name == t));
    o
}

/// Restricts `orgsync_run`/`orgsync_error` of an observation to one run.
pub fn only_run(mut o: Observation, run_id: &str) -> Observation {
    for t in ["orgsync_run", "orgsync_error"] {
        if let Some(rows) = o.get_mut(t) {
            rows.retain(|r| r[0] == J::String(run_id.into()));
        }
    }
    o
}

/// Run ids present in the observed `orgsync_run`.
pub fn observed_runs(o: &Observation) -> BTreeSet<String> {
    o.get("orgsync_run").map_or_else(BTreeSet::new, |rows| {
        rows.iter().map(|r| r[0].as_str().unwrap().to_string()).collect()
    })
}

/// Fails with the first difference between two observations.
pub fn assert_same(what: &str, actual: &Observation, expected: &Observation) {
    let tables: BTreeSet<&String> = actual.keys().chain(expected.keys()).collect();
    for t in tables {
        let (a, e) = (actual.get(t), expected.get(t));
        let (Some(a), Some(e)) = (a, e) else {
            panic!(
                "{what}: table {t} present in actual: {}, expected: {}",
                a.is_some(),
                e.is_some()
            );
        };
        assert_eq!(a.len(), e.len(), "{what}: {t}: row count");
        for (ra, re) in a.iter().zip(e) {
            if ra != re {
                let def = TableDef::by_name(t).unwrap();
                for (i, (ca, ce)) in ra.iter().zip(re).enumerate() {
                    let col = def.columns.get(i).map_or("?", |c| c.name);
                    assert_eq!(ca, ce, "{what}: {t}.{col} differs (row {ra:?})");
                }
                panic!("{what}: {t}: row lengths differ: {ra:?} vs {re:?}");
            }
        }
    }
}

/// The Python interpreter of the independent readers.
pub fn python() -> String {
    std::env::var("ORGSYNC_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

/// Observes `DIR/<org>` of a file destination with Python.
pub fn observe_files(kind: Kind, root: &Path, org: &str) -> Observation {
    let dir = root.join(org);
    let ext = match kind {
        Kind::Parquet => "parquet",
        Kind::Csv { .. } => "csv",
        Kind::Jsonl => "jsonl",
        _ => unreachable!(),
    };
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/readers.py");
    let out = Command::new(python())
        .arg(&script)
        .arg(ext)
        .arg(&dir)
        .output()
        .expect("run the Python reader");
    assert!(
        out.status.success(),
        "Python reader failed on {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let parsed: BTreeMap<String, J> = serde_json::from_slice(&out.stdout).unwrap();
    let mut obs = Observation::new();
    for (table, content) in parsed {
        let def = TableDef::by_name(&table).unwrap_or_else(|| panic!("unknown table file {table}"));
        let columns: Vec<&str> =
            content["columns"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
        let names: Vec<&str> = def.column_names().collect();
        let rows: Vec<J> = content["rows"].as_array().unwrap().clone();
        if !rows.is_empty() || matches!(kind, Kind::Parquet | Kind::Csv { .. }) {
            assert_eq!(columns, names, "{table}: columns in contract order");
        }
        if kind == Kind::Parquet {
            let types: Vec<&str> =
                content["types"].as_array().unwrap().iter().map(|c| c.as_str().unwrap()).collect();
            let nullable: Vec<bool> = content["nullable"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_bool().unwrap())
                .collect();
            for ((col, ty), null) in def.columns.iter().zip(types).zip(nullable) {
                let want = match col.ty {
                    ColumnType::Text | ColumnType::Json => "string",
                    ColumnType::Integer => "int64",
                    ColumnType::Boolean => "bool",
                    ColumnType::Timestamp => "timestamp[us, tz=UTC]",
                };
                assert_eq!(ty, want, "{table}.{}: arrow type", col.name);
                assert_eq!(null, col.nullable, "{table}.{}: nullability", col.name);
            }
        }
        let rows = rows.into_iter().map(|r| r.as_array().unwrap().clone()).collect();
        obs.insert(table, sorted(rows));
    }
    obs
}

/// Observes one organization in an SQLite file with plain SQL (rusqlite).
pub fn observe_sqlite(path: &Path, org: &str) -> Observation {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut obs = Observation::new();
    for def in orgsync_schema::ALL_TABLES {
        let mut stmt =
            conn.prepare(&format!("SELECT * FROM \"{}\" WHERE org_id = ?1", def.name)).unwrap();
        let names: Vec<String> = stmt.column_names().map(|s| s.to_string()).collect();
        assert_eq!(names, def.column_names().collect::<Vec<_>>(), "{}: columns", def.name);
        let rows = stmt
            .query_map([org], |r| {
                Ok((0..def.columns.len())
                    .map(|i| match r.get_ref(i).unwrap() {
                        rusqlite::types::ValueRef::Null => J::Null,
                        rusqlite::types::ValueRef::Integer(n) => json!(n),
                        rusqlite::types::ValueRef::Text(t) => {
                            J::String(String::from_utf8(t.to_vec()).unwrap())
                        }
                        other => panic!("{}: unexpected SQLite value {other:?}", def.name),
                    })
                    .collect::<Vec<_>>())
            })
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        obs.insert(def.name.to_string(), sorted(rows));
    }
    obs
}

/// Run ids in the SQLite history tables for an organization.
pub fn sqlite_history_runs(path: &Path, org: &str) -> BTreeSet<String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    let mut out = BTreeSet::new();
    for def in DATA_TABLES {
        let mut stmt = conn
            .prepare(&format!(
                "SELECT DISTINCT run_id FROM \"{}_history\" WHERE org_id = ?1",
                def.name
            ))
            .unwrap();
        out.extend(stmt.query_map([org], |r| r.get::<_, String>(0)).unwrap().map(Result::unwrap));
    }
    out
}

pub use orgsync_test_support::env_vars as test_env;

/// The test PostgreSQL URL (see [`test_env`]).
pub fn pg_url() -> Option<String> {
    test_env(["ORGSYNC_TEST_POSTGRES_URL"]).map(|[url]| url)
}

/// A schema name unique to this test and process.
pub fn pg_schema(test: &str) -> String {
    format!("t_{}_{}", test, std::process::id())
}

pub fn pg_client(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap()
}

/// Observes one organization in PostgreSQL with plain SQL; also checks the
/// column types and `content_json`.
pub fn observe_postgres(url: &str, schema: &str, org: &str) -> Observation {
    let mut client = pg_client(url);
    let mut obs = Observation::new();
    for def in orgsync_schema::ALL_TABLES {
        let types: Vec<(String, String)> = client
            .query(
                "SELECT column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 ORDER BY ordinal_position",
                &[&schema, &def.name],
            )
            .unwrap()
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        for (i, col) in def.columns.iter().enumerate() {
            let want = match col.ty {
                ColumnType::Text => "text",
                ColumnType::Integer => "bigint",
                ColumnType::Boolean => "boolean",
                ColumnType::Timestamp => "timestamp with time zone",
                ColumnType::Json => "jsonb",
            };
            assert_eq!(
                types[i],
                (col.name.to_string(), want.to_string()),
                "{}: column {i}",
                def.name
            );
        }
        let exprs: Vec<String> = def
            .columns
            .iter()
            .map(|c| match c.ty {
                ColumnType::Timestamp => {
                    format!("(extract(epoch from \"{}\") * 1000000)::bigint", c.name)
                }
                ColumnType::Json => format!("\"{}\"::text", c.name),
                _ => format!("\"{}\"", c.name),
            })
            .collect();
        let rows = client
            .query(
                &format!(
                    "SELECT {} FROM \"{schema}\".\"{}\" WHERE org_id = $1",
                    exprs.join(", "),
                    def.name
                ),
                &[&org],
            )
            .unwrap();
        let rows = rows
            .iter()
            .map(|r| {
                def.columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| match c.ty {
                        ColumnType::Text => {
                            r.get::<_, Option<String>>(i).map_or(J::Null, J::String)
                        }
                        ColumnType::Json => {
                            r.get::<_, Option<String>>(i).map_or(J::Null, |s| json_meaning(&s))
                        }
                        ColumnType::Integer | ColumnType::Timestamp => {
                            r.get::<_, Option<i64>>(i).map_or(J::Null, |n| json!(n))
                        }
                        ColumnType::Boolean => {
                            r.get::<_, Option<bool>>(i).map_or(J::Null, |b| json!(b))
                        }
                    })
                    .collect()
            })
            .collect();
        obs.insert(def.name.to_string(), sorted(rows));
        if def.column_index("content").is_some() {
            for r in client
                .query(&format!("SELECT content, content_json::text FROM \"{schema}\".\"{}\" WHERE org_id = $1", def.name), &[&org])
                .unwrap()
            {
                let content: Option<String> = r.get(0);
                let parsed: Option<String> = r.get(1);
                let want = content.as_deref().and_then(|c| serde_json::from_str::<J>(c).ok());
                assert_eq!(parsed.map(|p| serde_json::from_str::<J>(&p).unwrap()), want, "{}: content_json", def.name);
            }
        }
    }
    obs
}

/// Run ids in the PostgreSQL history tables for an organization.
pub fn pg_history_runs(url: &str, schema: &str, org: &str) -> BTreeSet<String> {
    let mut client = pg_client(url);
    let mut out = BTreeSet::new();
    for def in DATA_TABLES {
        for r in client
            .query(
                &format!(
                    "SELECT DISTINCT run_id FROM \"{schema}\".\"{}_history\" WHERE org_id = $1",
                    def.name
                ),
                &[&org],
            )
            .unwrap()
        {
            out.insert(r.get::<_, String>(0));
        }
    }
    out
}

pub fn drop_pg_schema(url: &str, schema: &str) {
    pg_client(url).batch_execute(&format!("DROP SCHEMA IF EXISTS \"{schema}\" CASCADE")).unwrap();
}

/// Every file under `dir` with its bytes (for byte-identity checks).
pub fn file_bytes(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    if dir.is_file() {
        out.insert(dir.to_path_buf(), std::fs::read(dir).unwrap());
        return out;
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(file_bytes(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}

/// A snapshot as the semantic form readers must return (JSON parsed), for
/// comparing a [`orgsync_sink::Reader`]'s result with what was written.
pub fn semantic(s: &Snapshot) -> Observation {
    expected(Kind::Postgres, s)
}
