//! Load: three organizations (three emulators) synced at the same time into
//! one PostgreSQL schema, plus a second, racing run for one of them. No
//! interleaving (every row of an organization carries the run id of one
//! committed run), no deadlock, each organization's rows exactly its model,
//! and the same-organization race ends cleanly.

use std::collections::BTreeSet;
use std::time::Duration;

use orgsync_emulator::{Emulator, LatencySpec, ProfileSpec};

use super::support::{CONTACTS, describe, emulator, figures, postgres_url, psql, sync};

/// Fast answers with a little latency, so the runs overlap.
fn overlapping() -> ProfileSpec {
    ProfileSpec { latency: LatencySpec { fixed_ms: 4.0, jitter_ms: 4.0 }, ..ProfileSpec::fast() }
}

fn lines(text: &str) -> BTreeSet<String> {
    text.lines().map(str::to_owned).filter(|l| !l.is_empty()).collect()
}

/// Checks one organization in the schema against its emulator; returns rows checked.
fn check_org(url: &str, schema: &str, emulator: &Emulator) -> usize {
    let org = emulator.org_id();
    // Exactly the model's accounts, OUs and policies.
    let (accounts, ous, policies) = emulator.controls().with_org(|o| {
        (
            o.accounts.keys().cloned().collect::<BTreeSet<_>>(),
            o.organizational_units.keys().cloned().collect::<BTreeSet<_>>(),
            o.policies.keys().cloned().collect::<BTreeSet<_>>(),
        )
    });
    let got = |table: &str, column: &str| {
        lines(&psql(url, &format!("SELECT {column} FROM {schema}.{table} WHERE org_id = '{org}'")))
    };
    assert_eq!(got("aws_organizations_account", "account_id"), accounts, "{org} accounts");
    assert_eq!(got("aws_organizations_organizational_unit", "ou_id"), ous, "{org} OUs");
    assert_eq!(got("aws_organizations_policy", "policy_id"), policies, "{org} policies");
    // Every data row of the organization comes from one succeeded run, and
    // each table's row count is the count that run recorded.
    let mut run_ids = BTreeSet::new();
    let mut rows = 0;
    for table in orgsync_schema::DATA_TABLES.iter().map(|t| t.name) {
        if table == CONTACTS {
            continue;
        }
        let ids = lines(&psql(
            url,
            &format!("SELECT DISTINCT run_id FROM {schema}.{table} WHERE org_id = '{org}'"),
        ));
        run_ids.extend(ids);
        let count: usize =
            psql(url, &format!("SELECT count(*) FROM {schema}.{table} WHERE org_id = '{org}'"))
                .trim()
                .parse()
                .unwrap();
        rows += count;
    }
    assert_eq!(run_ids.len(), 1, "{org}: rows of several runs are mixed: {run_ids:?}");
    let run_id = run_ids.into_iter().next().unwrap();
    let status =
        psql(url, &format!("SELECT status FROM {schema}.orgsync_run WHERE run_id = '{run_id}'"));
    assert_eq!(status.trim(), "succeeded", "{org}: the rows' run");
    let recorded = psql(
        url,
        &format!(
            "SELECT (SELECT sum(value::bigint) FROM jsonb_each_text(counts::jsonb)) FROM {schema}.orgsync_run WHERE run_id = '{run_id}'"
        ),
    );
    assert_eq!(recorded.trim().parse::<usize>().unwrap(), rows, "{org}: rows vs the run's counts");
    rows
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_organizations_and_a_racing_rerun_into_one_postgres() {
    let Some(url) = postgres_url() else { return };
    let schema = format!("orgsync_load_{}", std::process::id());
    let emulators = vec![
        emulator(150, 61, overlapping()).await,
        emulator(120, 62, overlapping()).await,
        emulator(90, 63, overlapping()).await,
    ];
    let extra = ["--postgres-schema", schema.as_str(), "--exclude", CONTACTS];
    let runs = tokio::time::timeout(Duration::from_secs(300), async {
        let (a, b, c, again) = tokio::join!(
            sync(&emulators[0], &url, &extra),
            sync(&emulators[1], &url, &extra),
            sync(&emulators[2], &url, &extra),
            // The same organization as the first, at the same time.
            sync(&emulators[0], &url, &extra),
        );
        [a, b, c, again]
    })
    .await
    .expect("no deadlock: every run ends");

    for (i, output) in runs.iter().enumerate().take(3) {
        assert_eq!(output.status.code(), Some(0), "run {i}: {}", describe(output));
    }
    // The race: the second run of the first organization either waited for
    // the first and then succeeded, or failed cleanly naming the destination.
    let racer = &runs[3];
    println!("racing run of the same organization: exit {:?}", racer.status.code());
    match racer.status.code() {
        Some(0) => {}
        Some(1) | Some(2) => {
            let stderr = String::from_utf8_lossy(&racer.stderr);
            assert!(stderr.lines().any(|l| l.starts_with("error: ")), "{}", describe(racer));
        }
        other => panic!("racing run ended with {other:?}: {}", describe(racer)),
    }
    let mut compared = 0;
    for emulator in &emulators {
        compared += check_org(&url, &schema, emulator);
    }
    let statuses =
        lines(&psql(&url, &format!("SELECT org_id || ' ' || status FROM {schema}.orgsync_run")));
    let first_org_runs = statuses.iter().filter(|s| s.starts_with(&emulators[0].org_id())).count();
    assert!(first_org_runs >= 1, "{statuses:?}");
    psql(&url, &format!("DROP SCHEMA {schema} CASCADE"));
    figures("postgres_load", 0, 4, compared, 0);
    for emulator in emulators {
        emulator.shutdown().await;
    }
}
