//! The incremental refresh: a full sync, 1 % of the
//! organization's resources changed through the emulator's API, then an
//! incremental sync, against a full read of the same moment and the
//! sequential boto3 script.
//!
//! `bench refresh --accounts 10000` starts the time-scaled emulator and:
//!
//! 1. runs a measured sync into an empty destination (a full read);
//! 2. makes `accounts / 100` changes as the emulator's administrator, with
//!    the AWS SDK (tags, alternate contacts, moves, attachments, OU and
//!    policy updates, new and closed accounts), so each is a CloudTrail
//!    event, and lets their delivery delay pass (the emulator clock moves
//!    on);
//! 3. runs a measured incremental sync into the same destination, with
//!    `full_refresh_days` set so that the time since the first sync is one
//!    hour of a 7-day period (an hourly cadence: a rolling slice of 1/168);
//! 4. runs a measured full sync of the same moment into another
//!    destination, compares the two destinations row by row (`run_id` and
//!    `fetched_at` aside), and runs the boto3 script (its fan-out sampled
//!    and extrapolated).
//!
//! It prints the calls the emulator answered and the wall time of each
//! run, the incremental run's share of the full read's, and its speed-up
//! over boto3.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use aws_sdk_organizations::types::Tag;
use orgsync_emulator::Emulator;
use orgsync_schema::TableName;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

use crate::compare::rows_different;
use crate::measure::{Boto3Command, run_orgsync};
use crate::{mib, percent, write_config_with};

/// Periods of a 7-day `full_refresh_days` in one hour: the slice of an
/// hourly cadence is 1/168 of the resources.
const HOURS_PER_WEEK: f64 = 168.0;

/// What one comparison found.
#[derive(Debug, Clone)]
pub struct RefreshResult {
    pub accounts: usize,
    pub changes: usize,
    pub events: u64,
    pub first_calls: u64,
    pub first_wall_seconds: f64,
    pub incremental_calls: u64,
    pub incremental_wall_seconds: f64,
    /// Peak RSS of the incremental run (it holds the previous snapshot).
    pub incremental_peak_rss_bytes: u64,
    /// Peak RSS of the full read of the same moment.
    pub full_peak_rss_bytes: u64,
    pub full_calls: u64,
    pub full_wall_seconds: f64,
    pub rows_different: u64,
    pub boto3_seconds: Option<f64>,
}

impl RefreshResult {
    /// One Markdown table row.
    pub fn markdown_row(&self) -> String {
        format!(
            "| {} | {} ({} events) | {} / {} ({:.2} %) | {:.2} s / {:.2} s ({:.1} %) | {:.0} / {:.0} MiB | {} | {} |",
            self.accounts,
            self.changes,
            self.events,
            self.incremental_calls,
            self.full_calls,
            percent(self.incremental_calls as f64, self.full_calls as f64),
            self.incremental_wall_seconds,
            self.full_wall_seconds,
            percent(self.incremental_wall_seconds, self.full_wall_seconds),
            mib(self.incremental_peak_rss_bytes),
            mib(self.full_peak_rss_bytes),
            self.rows_different,
            self.boto3_seconds.map_or("not run".to_owned(), |b| format!(
                "{b:.1} s ({:.0}×)",
                b / self.incremental_wall_seconds
            )),
        )
    }
}

/// The table header matching [`RefreshResult::markdown_row`].
pub const MARKDOWN_HEADER: &str = "| accounts | changes | API calls incremental / full | wall incremental / full | peak RSS incremental / full | rows different | sequential boto3 (incremental's speed-up) |\n|---:|---:|---:|---:|---:|---:|---:|";

/// The SDK clients of the emulator's administrator.
async fn admin_clients(
    emulator: &Emulator,
) -> (aws_sdk_organizations::Client, aws_sdk_account::Client) {
    let config = emulator.admin_sdk_config().await;
    (aws_sdk_organizations::Client::new(&config), aws_sdk_account::Client::new(&config))
}

/// Makes `count` changes through the API (see the module docs); returns
/// how many succeeded.
async fn change(emulator: &Emulator, count: usize, seed: u64) -> anyhow::Result<usize> {
    let (org, account) = admin_clients(emulator).await;
    let mut rng = StdRng::seed_from_u64(seed);
    let (root, ous, members, policies) = emulator.controls().with_org(|o| {
        let members: Vec<(String, String)> =
            o.active_members().map(|a| (a.id.clone(), a.parent_id.clone())).collect();
        let policies: Vec<String> = o
            .policies
            .values()
            .filter(|p| !p.aws_managed && p.policy_type == "SERVICE_CONTROL_POLICY")
            .map(|p| p.id.clone())
            .collect();
        (
            o.root.id.clone(),
            o.organizational_units.keys().cloned().collect::<Vec<_>>(),
            members,
            policies,
        )
    });
    let mut done = 0;
    for n in 0..count {
        let (id, parent) = members.choose(&mut rng).context("no member account")?.clone();
        let ou = ous.choose(&mut rng).cloned().unwrap_or_else(|| root.clone());
        let policy = policies.choose(&mut rng).cloned();
        let ok = match n % 10 {
            0..=2 => org
                .tag_resource()
                .resource_id(&id)
                .tags(Tag::builder().key("CostCenter").value(format!("cc-{n}")).build()?)
                .send()
                .await
                .is_ok(),
            3 | 4 => account
                .put_alternate_contact()
                .account_id(&id)
                .alternate_contact_type(aws_sdk_account::types::AlternateContactType::Security)
                .name(format!("Security {n}"))
                .title("CISO")
                .email_address(format!("security-{n}@example.com"))
                .phone_number("+1 555 0100")
                .send()
                .await
                .is_ok(),
            5 => org
                .move_account()
                .account_id(&id)
                .source_parent_id(&parent)
                .destination_parent_id(&ou)
                .send()
                .await
                .is_ok(),
            6 => match &policy {
                Some(p) => org.attach_policy().policy_id(p).target_id(&ou).send().await.is_ok(),
                None => false,
            },
            7 => org
                .update_organizational_unit()
                .organizational_unit_id(&ou)
                .name(format!("renamed-{n}"))
                .send()
                .await
                .is_ok(),
            8 => match &policy {
                Some(p) => org
                    .update_policy()
                    .policy_id(p)
                    .description(format!("revision {n}"))
                    .send()
                    .await
                    .is_ok(),
                None => false,
            },
            _ => org
                .create_account()
                .email(format!("bench-{n}@example.com"))
                .account_name(format!("bench-{n}"))
                .send()
                .await
                .is_ok(),
        };
        done += usize::from(ok);
    }
    Ok(done)
}

/// Measures one organization size (see the module docs).
pub async fn measure(
    exe: &Path,
    boto3: Option<(&Boto3Command, u64)>,
    accounts: usize,
    seed: u64,
    time_scale: f64,
) -> anyhow::Result<RefreshResult> {
    let emulator = crate::scaled_emulator(accounts, seed, time_scale).await?;
    let controls = emulator.controls();
    let calls = || -> u64 { controls.counters().per_operation.values().map(|c| c.calls).sum() };
    let dir = tempfile::tempdir()?;

    eprintln!("[{accounts} accounts] first sync (full) …");
    let first_started = Instant::now();
    let config = write_config_with(&emulator, dir.path(), "incremental", serde_json::Map::new())?;
    controls.reset_counters();
    let first = run_orgsync(exe, &config, time_scale, dir.path()).await?;
    let first_calls = calls();

    let changes = accounts / 100;
    eprintln!("  {:.1} s; {changes} changes through the API …", first.usage.wall_seconds);
    let made = change(&emulator, changes, seed).await?;
    // Every event delivered (AWS: 5–15 minutes; the emulator clock moves on).
    controls.advance_clock(Duration::from_secs(20 * 60));

    // The time since the first sync is one hour of the 7-day period.
    let hour = first_started.elapsed().as_secs_f64();
    let mut settings = serde_json::Map::new();
    settings.insert(
        "full_refresh_days".into(),
        serde_json::json!((hour * HOURS_PER_WEEK / 86_400.0).max(0.0007)),
    );
    let config = write_config_with(&emulator, dir.path(), "incremental", settings)?;
    eprintln!("  {made} made; incremental sync …");
    controls.reset_counters();
    let incremental = run_orgsync(exe, &config, time_scale, dir.path()).await?;
    let incremental_calls = calls();
    let events_read = incremental_events(&dir.path().join("incremental.db"))?;

    let mut full_settings = serde_json::Map::new();
    full_settings.insert("refresh".into(), serde_json::json!("full"));
    let reference = write_config_with(&emulator, dir.path(), "full", full_settings)?;
    eprintln!("  {:.2} s; full sync of the same moment …", incremental.usage.wall_seconds);
    controls.reset_counters();
    let full = run_orgsync(exe, &reference, time_scale, dir.path()).await?;
    let full_calls = calls();
    let different =
        rows_different(&dir.path().join("incremental.db"), &dir.path().join("full.db"))?;
    if !different.is_empty() {
        eprintln!("  rows different: {different:?}");
    }

    let boto3_seconds = match boto3 {
        Some((boto3, sample)) => {
            eprintln!(
                "  {:.2} s; sequential boto3 (fan-out sample of {sample} accounts) …",
                full.usage.wall_seconds
            );
            let config = write_config_with(&emulator, dir.path(), "boto3", serde_json::Map::new())?;
            let run = boto3.run(&config, &dir.path().join("boto3.db"), Some(sample)).await?;
            Some(run.estimated_seconds())
        }
        None => None,
    };
    emulator.shutdown().await;
    Ok(RefreshResult {
        accounts,
        changes: made,
        events: events_read,
        first_calls,
        first_wall_seconds: first.usage.wall_seconds,
        incremental_calls,
        incremental_wall_seconds: incremental.usage.wall_seconds,
        incremental_peak_rss_bytes: incremental.usage.peak_rss_bytes,
        full_peak_rss_bytes: full.usage.peak_rss_bytes,
        full_calls,
        full_wall_seconds: full.usage.wall_seconds,
        rows_different: different.values().sum(),
        boto3_seconds,
    })
}

/// `orgsync_run.events_read` of the latest run in a destination, which
/// must have been incremental.
fn incremental_events(db: &Path) -> anyhow::Result<u64> {
    let conn =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let sql = format!(
        "SELECT refresh, refresh_reason, events_read FROM {} ORDER BY started_at DESC LIMIT 1",
        TableName::Run.as_str()
    );
    let (refresh, reason, events): (String, Option<String>, Option<i64>) =
        conn.query_row(&sql, [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    anyhow::ensure!(refresh == "incremental", "the second sync read everything: {reason:?}");
    Ok(events.map_or(0, i64::unsigned_abs))
}
