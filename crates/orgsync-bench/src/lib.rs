//! The orgsync benchmark: "the fastest possible sync under AWS API
//! quotas", measured rather than claimed.
//!
//! One run of the `bench` binary starts the emulator in-process with a
//! time-scaled AWS-like profile, runs orgsync as a **child process** (so its
//! peak RSS and CPU time are its own, read from `wait4` by GNU time), runs a
//! sequential boto3 script against the same organization, and prints the
//! ratios: wall time over the lower bound the quotas allow, throttles, memory,
//! CPU, and the speed-up over boto3.
//!
//! - [`scenario`]: the emulator's quotas per scenario (what orgsync assumes,
//!   half of it, double of it).
//! - [`child`]: the measured orgsync run (configuration → session → extract →
//!   SQLite), printing a JSON summary.
//! - [`measure`]: spawning and measuring the children (orgsync, boto3).
//! - [`bound`]: the lower bounds (quota-limited operations, latency critical
//!   path).
//! - [`report`]: the Markdown tables and the targets.
//! - [`mod@derive`]: the cost of the derived policy-applicability table.
//! - [`mod@scope`]: a run scoped to one OU against a full run.
//! - [`mod@refresh`]: an incremental run after 1 % of the organization
//!   changed, against a full read and boto3.

pub mod bound;
pub mod child;
pub mod compare;
pub mod derive;
pub mod measure;
pub mod refresh;
pub mod report;
pub mod scenario;
pub mod scope;

use std::path::{Path, PathBuf};

use anyhow::Context;
use orgsync_emulator::Emulator;

/// `part` as a percentage of `whole`.
pub fn percent(part: f64, whole: f64) -> f64 {
    100.0 * part / whole
}

/// Bytes in MiB.
pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

/// The time-scaled AWS-like emulator serving a synthetic organization, as
/// the scope and refresh measurements start it (no request log).
pub async fn scaled_emulator(
    accounts: usize,
    seed: u64,
    time_scale: f64,
) -> anyhow::Result<Emulator> {
    Emulator::start(orgsync_emulator::EmulatorConfig {
        org: orgsync_emulator::OrgSource::Synthetic { accounts, seed },
        profile: orgsync_emulator::Profile::Scaled(time_scale),
        max_recorded_requests: 0,
        ..orgsync_emulator::EmulatorConfig::default()
    })
    .await
    .context("failed to start the emulator")
}

/// The configuration of a run against `emulator`: the demo identity and role
/// chain, a SQLite destination in `dir`. The boto3 script reads the same file.
pub fn write_config(emulator: &Emulator, dir: &Path, name: &str) -> anyhow::Result<PathBuf> {
    write_config_with(emulator, dir, name, serde_json::Map::new())
}

/// [`write_config`] with `extra` settings added.
pub fn write_config_with(
    emulator: &Emulator,
    dir: &Path,
    name: &str,
    extra: serde_json::Map<String, serde_json::Value>,
) -> anyhow::Result<PathBuf> {
    let identity = emulator.demo_identity();
    let mut config = serde_json::json!({
        "access_key_id": identity.access_key_id,
        "secret_access_key": identity.secret_access_key,
        "master_assume_role_arn_chain": identity.master_assume_role_arn_chain,
        "assume_external_id": identity.assume_external_id,
        "region": emulator.region(),
        "endpoint_url": emulator.endpoint_url(),
        "destination": format!("sqlite:{}", dir.join(format!("{name}.db")).display()),
    });
    if let Some(map) = config.as_object_mut() {
        map.extend(extra);
    }
    let path = dir.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&config)?)
        .with_context(|| format!("failed to write {}", path.display()))?;
    Ok(path)
}
