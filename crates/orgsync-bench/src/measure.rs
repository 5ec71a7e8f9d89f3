//! Spawning and measuring the benchmark's children.
//!
//! orgsync runs as a child process under GNU time, which reads the child's
//! resource usage with `wait4`: peak RSS (`ru_maxrss`) and CPU time
//! (`ru_utime + ru_stime`) are orgsync's alone, not the emulator's or the
//! benchmark's. The boto3 script runs as another child; its wall time and
//! JSON summary are read.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::Instant;

use anyhow::{Context, bail};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tokio::process::Command;

use crate::child::ChildSummary;

/// Where GNU time lives.
pub const GNU_TIME: &str = "/usr/bin/time";

/// Resource usage of one child, from `wait4`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Usage {
    /// Wall time measured around the child (seconds).
    pub wall_seconds: f64,
    /// Peak resident set size (bytes).
    pub peak_rss_bytes: u64,
    /// User + system CPU time (seconds).
    pub cpu_seconds: f64,
}

/// One measured orgsync run.
#[derive(Debug, Clone)]
pub struct OrgsyncRun {
    pub usage: Usage,
    pub summary: ChildSummary,
}

/// The JSON summary a child that exited successfully printed on stdout;
/// `child` names it in the errors.
fn json_summary<T: DeserializeOwned>(output: &Output, child: &str) -> anyhow::Result<T> {
    if !output.status.success() {
        bail!("{child} failed ({}):\n{}", output.status, String::from_utf8_lossy(&output.stderr));
    }
    serde_json::from_slice(&output.stdout)
        .with_context(|| format!("{child} printed no JSON summary"))
}

/// Runs `exe sync-child --config CONFIG --rate-scale SCALE` under GNU time.
pub async fn run_orgsync(
    exe: &Path,
    config: &Path,
    rate_scale: f64,
    work_dir: &Path,
) -> anyhow::Result<OrgsyncRun> {
    if !Path::new(GNU_TIME).exists() {
        bail!(
            "{GNU_TIME} (GNU time) is needed to read the child's peak RSS and CPU time with wait4; install the `time` package"
        );
    }
    let usage_file = work_dir.join("orgsync.rusage");
    let started = Instant::now();
    let output = Command::new(GNU_TIME)
        .arg("-f")
        .arg("%M %U %S")
        .arg("-o")
        .arg(&usage_file)
        .arg("--")
        .arg(exe)
        .arg("sync-child")
        .arg("--config")
        .arg(config)
        .arg("--rate-scale")
        .arg(rate_scale.to_string())
        .stdin(Stdio::null())
        .output()
        .await
        .context("failed to start the orgsync child")?;
    let wall_seconds = started.elapsed().as_secs_f64();
    let summary: ChildSummary = json_summary(&output, "the orgsync child")?;
    let text = std::fs::read_to_string(&usage_file).context("GNU time wrote no usage")?;
    let fields: Vec<f64> = text
        .lines()
        .last()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .with_context(|| format!("unexpected GNU time output `{text}`"))?;
    let [max_rss_kib, user, system] = fields[..] else {
        bail!("unexpected GNU time output `{text}`")
    };
    Ok(OrgsyncRun {
        usage: Usage {
            wall_seconds,
            peak_rss_bytes: (max_rss_kib * 1024.0) as u64,
            cpu_seconds: user + system,
        },
        summary,
    })
}

/// What the boto3 script prints.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
pub struct Boto3Summary {
    /// The script's own wall time.
    pub total_seconds: f64,
    /// Time spent in the per-account fan-out (tags, alternate contacts).
    pub fanout_seconds: f64,
    /// Accounts whose fan-out was read.
    pub fanout_accounts: u64,
    /// Accounts found by the walk.
    pub accounts: u64,
    /// Rows per table.
    pub rows: std::collections::BTreeMap<String, u64>,
}

/// One measured boto3 run.
#[derive(Debug, Clone)]
pub struct Boto3Run {
    pub wall_seconds: f64,
    pub summary: Boto3Summary,
}

impl Boto3Run {
    /// Whether the fan-out covered a sample only.
    pub fn sampled(&self) -> bool {
        self.summary.fanout_accounts < self.summary.accounts
    }

    /// The wall time, extrapolated linearly from the sampled fan-out to
    /// every account when the run was sampled.
    pub fn estimated_seconds(&self) -> f64 {
        if !self.sampled() || self.summary.fanout_accounts == 0 {
            return self.wall_seconds;
        }
        let per_account = self.summary.fanout_seconds / self.summary.fanout_accounts as f64;
        self.wall_seconds
            + per_account * (self.summary.accounts - self.summary.fanout_accounts) as f64
    }
}

/// How to run the boto3 script.
#[derive(Debug, Clone)]
pub struct Boto3Command {
    pub python: String,
    pub script: PathBuf,
}

impl Boto3Command {
    /// Runs the script with the identity/endpoint file `config`, writing
    /// SQLite to `out`; `sample` limits the fan-out to that many accounts.
    pub async fn run(
        &self,
        config: &Path,
        out: &Path,
        sample: Option<u64>,
    ) -> anyhow::Result<Boto3Run> {
        let mut command = Command::new(&self.python);
        command
            .arg(&self.script)
            .arg("--config")
            .arg(config)
            .arg("--out")
            .arg(out)
            .arg("--policy-types")
            .arg(orgsync_schema::POLICY_TYPES.join(","))
            .stdin(Stdio::null());
        if let Some(sample) = sample {
            command.arg("--sample-accounts").arg(sample.to_string());
        }
        let started = Instant::now();
        let output = command.output().await.with_context(|| {
            format!("failed to start `{} {}`", self.python, self.script.display())
        })?;
        let wall_seconds = started.elapsed().as_secs_f64();
        let summary = json_summary(&output, "the boto3 script")?;
        Ok(Boto3Run { wall_seconds, summary })
    }
}
