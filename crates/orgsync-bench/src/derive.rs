//! The cost of the derived table `aws_organizations_policy_applicability`:
//! rows and derivation time on a synthetic organization, set
//! against the CPU time of a whole sync of the same organization.
//!
//! `bench applicability --accounts 10000` starts the emulator, runs one
//! measured sync as a child process (as the main benchmark does: its CPU
//! time read by GNU time, the derivation included), then reads the snapshot
//! it wrote back from the SQLite destination and times
//! [`orgsync_report::applicability_rows`] on it several times, reporting
//! the median. The derivation is
//! single-threaded, so its wall time is its CPU time.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource};
use orgsync_schema::TableName;
use orgsync_sink::SinkOptions;

/// What one measurement found.
#[derive(Debug, Clone)]
pub struct DeriveResult {
    pub accounts: usize,
    pub rows: usize,
    /// Median of the timed derivations.
    pub derive: Duration,
    /// Every timed derivation.
    pub samples: Vec<Duration>,
    /// CPU time (user + system) of the measured sync child.
    pub sync_cpu_seconds: f64,
    pub sync_wall_seconds: f64,
}

impl DeriveResult {
    /// The derivation's share of the sync's CPU time.
    pub fn share_of_sync_cpu(&self) -> f64 {
        self.derive.as_secs_f64() / self.sync_cpu_seconds
    }

    /// One Markdown table row.
    pub fn markdown_row(&self) -> String {
        format!(
            "| {} | {} | {:.1} ms | {:.2} s | {:.2} s | {:.2} % |",
            self.accounts,
            self.rows,
            self.derive.as_secs_f64() * 1000.0,
            self.sync_cpu_seconds,
            self.sync_wall_seconds,
            self.share_of_sync_cpu() * 100.0
        )
    }
}

/// The table header matching [`DeriveResult::markdown_row`].
pub const MARKDOWN_HEADER: &str = "| accounts | applicability rows | derivation (median) | sync CPU (user+sys) | sync wall | derivation / sync CPU |\n|---:|---:|---:|---:|---:|---:|";

/// Measures one organization size (see the module docs).
pub async fn measure(
    exe: &Path,
    accounts: usize,
    seed: u64,
    time_scale: f64,
    repeats: usize,
) -> anyhow::Result<DeriveResult> {
    let dir = tempfile::tempdir()?;
    let profile = crate::scenario::Scenario::Known.profile(time_scale);
    let emulator = Emulator::start(EmulatorConfig {
        org: OrgSource::Synthetic { accounts, seed },
        profile,
        max_recorded_requests: 0,
        ..EmulatorConfig::default()
    })
    .await
    .context("failed to start the emulator")?;
    let config = crate::write_config(&emulator, dir.path(), "orgsync")?;
    let sync = crate::measure::run_orgsync(exe, &config, time_scale, dir.path()).await?;
    let synced_rows =
        sync.summary.rows.get(TableName::PolicyApplicability.as_str()).copied().unwrap_or(0);

    let org_id = emulator.org_id();
    emulator.shutdown().await;
    let destination = format!("sqlite:{}", dir.path().join("orgsync.db").display());
    let mut reader = orgsync_sink::open_reader(&destination, &SinkOptions::default())?;
    let snapshot = reader.read_snapshot(&org_id, None)?;
    let accounts = snapshot.rows(TableName::Account).len();
    let mut samples = Vec::with_capacity(repeats);
    let mut rows = 0;
    for _ in 0..repeats.max(1) {
        let started = Instant::now();
        rows = std::hint::black_box(orgsync_report::applicability_rows(&snapshot)).len();
        samples.push(started.elapsed());
    }
    anyhow::ensure!(
        rows as u64 == synced_rows,
        "the sync wrote {synced_rows} applicability rows, the derivation made {rows}"
    );
    let mut sorted = samples.clone();
    sorted.sort();
    Ok(DeriveResult {
        accounts,
        rows,
        derive: sorted[sorted.len() / 2],
        samples,
        sync_cpu_seconds: sync.usage.cpu_seconds,
        sync_wall_seconds: sync.usage.wall_seconds,
    })
}
