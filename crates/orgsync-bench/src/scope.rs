//! The cost of a scoped run: one OU holding about a tenth of a
//! synthetic organization, against a full run of the same organization.
//!
//! `bench scope --accounts 10000` starts the time-scaled emulator, picks the
//! OU whose subtree holds the share of accounts closest to `--share`
//! (default 10 %), then runs two measured syncs as child processes (the
//! main benchmark's way): the whole organization, then that OU alone
//! (`organizational_unit_ids`). It prints the API calls the emulator
//! answered and the wall time of each, and the scoped run's share of both.

use std::path::Path;

use anyhow::Context;
use orgsync_emulator::model::Organization;

use crate::measure::run_orgsync;
use crate::{percent, write_config};

/// What one comparison found.
#[derive(Debug, Clone)]
pub struct ScopeResult {
    pub accounts: usize,
    pub organizational_unit_id: String,
    pub accounts_in_scope: usize,
    pub full_calls: u64,
    pub scoped_calls: u64,
    pub full_wall_seconds: f64,
    pub scoped_wall_seconds: f64,
}

impl ScopeResult {
    /// One Markdown table row.
    pub fn markdown_row(&self) -> String {
        format!(
            "| {} | {} | {} ({:.1} %) | {} / {} ({:.1} %) | {:.2} s / {:.2} s ({:.1} %) |",
            self.accounts,
            self.organizational_unit_id,
            self.accounts_in_scope,
            percent(self.accounts_in_scope as f64, self.accounts as f64),
            self.scoped_calls,
            self.full_calls,
            percent(self.scoped_calls as f64, self.full_calls as f64),
            self.scoped_wall_seconds,
            self.full_wall_seconds,
            percent(self.scoped_wall_seconds, self.full_wall_seconds),
        )
    }
}

/// The table header matching [`ScopeResult::markdown_row`].
pub const MARKDOWN_HEADER: &str = "| accounts | scoped OU | accounts in scope | API calls scoped / full | wall scoped / full |\n|---:|---|---:|---:|---:|";

/// The OU whose subtree's share of the accounts is closest to `share`, and
/// how many accounts that subtree holds.
fn pick_ou(org: &Organization, share: f64) -> Option<(String, usize)> {
    let target = share * org.accounts.len() as f64;
    org.organizational_units
        .keys()
        .map(|id| (id.clone(), subtree_accounts(org, id)))
        .min_by(|a, b| (a.1 as f64 - target).abs().total_cmp(&(b.1 as f64 - target).abs()))
}

fn subtree_accounts(org: &Organization, ou_id: &str) -> usize {
    org.accounts
        .values()
        .filter(|a| {
            let mut parent = a.parent_id.as_str();
            while let Some(ou) = org.organizational_units.get(parent) {
                if ou.id == ou_id {
                    return true;
                }
                parent = &ou.parent_id;
            }
            false
        })
        .count()
}

/// Measures one organization size (see the module docs).
pub async fn measure(
    exe: &Path,
    accounts: usize,
    seed: u64,
    time_scale: f64,
    share: f64,
) -> anyhow::Result<ScopeResult> {
    let emulator = crate::scaled_emulator(accounts, seed, time_scale).await?;
    let controls = emulator.controls();
    let (ou, in_scope) =
        controls.with_org(|org| pick_ou(org, share)).context("the organization has no OU")?;
    let calls = || -> u64 { controls.counters().per_operation.values().map(|c| c.calls).sum() };

    let dir = tempfile::tempdir()?;
    let full_config = write_config(&emulator, dir.path(), "full")?;
    controls.reset_counters();
    let full = run_orgsync(exe, &full_config, time_scale, dir.path()).await?;
    let full_calls = calls();

    let scoped_config = write_config(&emulator, dir.path(), "scoped")?;
    let mut config: serde_json::Value = serde_json::from_slice(&std::fs::read(&scoped_config)?)?;
    config["organizational_unit_ids"] = serde_json::json!([ou]);
    std::fs::write(&scoped_config, serde_json::to_vec_pretty(&config)?)?;
    controls.reset_counters();
    let scoped = run_orgsync(exe, &scoped_config, time_scale, dir.path()).await?;
    let scoped_calls = calls();
    emulator.shutdown().await;

    Ok(ScopeResult {
        accounts,
        organizational_unit_id: ou,
        accounts_in_scope: in_scope,
        full_calls,
        scoped_calls,
        full_wall_seconds: full.usage.wall_seconds,
        scoped_wall_seconds: scoped.usage.wall_seconds,
    })
}
