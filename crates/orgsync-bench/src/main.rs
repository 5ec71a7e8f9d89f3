//! `bench`: runs the benchmark and prints its tables (see the
//! crate docs and BENCHMARKS.md).
//!
//! ```text
//! cargo run --release -p orgsync-bench -- [--accounts 100,1000,10000] [--scenarios known,half,double]
//! ```
//!
//! `bench applicability [--accounts 10000]` measures the derived policy
//! applicability table instead (see `orgsync_bench::derive`), `bench scope`
//! a scoped run (`orgsync_bench::scope`) and `bench refresh` an incremental
//! one (`orgsync_bench::refresh`).
//!
//! The hidden `sync-child` subcommand is the measured orgsync run the
//! benchmark spawns (see `orgsync_bench::child`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand};
use orgsync_bench::bound::{critical_path, quota_bounds, single_caller_bounds};
use orgsync_bench::child::run_sync;
use orgsync_bench::compare::rows_different;
use orgsync_bench::measure::{Boto3Command, run_orgsync};
use orgsync_bench::report::{
    Boto3Result, ScenarioResult, SizeResult, size_section, targets, targets_table,
};
use orgsync_bench::scenario::{DEMO_RATE_SCALE, Scenario};
use orgsync_bench::{write_config, write_config_with};
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource};

/// AssumeRole calls before the first Organizations call (the demo chain has two roles).
const ROLE_CHAIN_HOPS: u64 = 2;

/// Benchmark orgsync against the time-scaled AWS-like emulator.
#[derive(Debug, Parser)]
#[command(
    name = "bench",
    after_help = "Example:\n  cargo run --release -p orgsync-bench -- --accounts 100,1000 --scenarios known"
)]
struct Args {
    #[command(subcommand)]
    command: Option<Command>,
    /// Organization sizes (accounts, management account included).
    #[arg(long, value_delimiter = ',', default_value = "100,1000,10000")]
    accounts: Vec<usize>,
    /// Quota scenarios: the emulator enforces the quotas orgsync assumes
    /// (`known`), half of them, double of them, some lower and some higher
    /// (`perturbed`), the Account API quota per target account
    /// (`per-target`), or none at all (`none`, a fast local endpoint);
    /// `member-reads` reads the contacts in the members' own sessions
    /// (compared with `known`).
    #[arg(long, value_delimiter = ',', default_value = "known,half,double")]
    scenarios: Vec<Scenario>,
    /// Time scale: emulator quotas × F and latency ÷ F (orgsync's rate
    /// assumptions are scaled by the same F). 1 = real time (the boto3
    /// comparison is then skipped: it would take as long as AWS).
    #[arg(long, default_value_t = 20.0)]
    time_scale: f64,
    /// Seed of the synthetic organizations.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Skip the sequential boto3 comparison.
    #[arg(long)]
    no_boto3: bool,
    /// Python interpreter with boto3 installed.
    #[arg(long, env = "ORGSYNC_TEST_PYTHON", default_value = "python3")]
    python: String,
    /// The sequential boto3 script.
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scripts/boto3_sequential.py"))]
    boto3_script: PathBuf,
    /// Longest boto3 run (seconds) before its fan-out is sampled and
    /// extrapolated (predicted from the previous, smaller organization).
    #[arg(long, default_value_t = 600.0)]
    boto3_budget_seconds: f64,
    /// Always sample the boto3 fan-out to this many accounts (per size).
    #[arg(long)]
    boto3_sample_accounts: Option<u64>,
    /// Also write the Markdown results to this file.
    #[arg(long)]
    output: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// The measured orgsync run (spawned by the benchmark).
    #[command(hide = true)]
    SyncChild {
        #[arg(long)]
        config: PathBuf,
        #[arg(long)]
        rate_scale: f64,
    },
    /// API calls and wall time of a run scoped to one OU holding about a
    /// tenth of the organization, against a full run.
    Scope {
        /// Organization sizes.
        #[arg(long, value_delimiter = ',', default_value = "10000")]
        accounts: Vec<usize>,
        /// The share of the accounts the scoped OU should hold.
        #[arg(long, default_value_t = 0.1)]
        share: f64,
    },
    /// An incremental sync after 1 % of the organization changed through
    /// the API, against a full read of the same moment and sequential boto3.
    Refresh {
        /// Organization sizes.
        #[arg(long, value_delimiter = ',', default_value = "10000")]
        accounts: Vec<usize>,
        /// Accounts of boto3's sampled fan-out (0: boto3 is not run).
        #[arg(long, default_value_t = 200)]
        boto3_sample: u64,
    },
    /// Rows and derivation time of aws_organizations_policy_applicability,
    /// against the CPU time of a whole sync.
    Applicability {
        /// Organization sizes.
        #[arg(long, value_delimiter = ',', default_value = "10000")]
        accounts: Vec<usize>,
        /// Timed derivations per size (the median is reported).
        #[arg(long, default_value_t = 5)]
        repeats: usize,
    },
}

fn main() -> ExitCode {
    let args = Args::parse();
    // The measured child runs on the runtime `orgsync sync` uses (one
    // thread); the benchmark hosts the emulator on one worker per core.
    let runtime = match &args.command {
        Some(Command::SyncChild { .. }) => tokio::runtime::Builder::new_current_thread(),
        Some(Command::Applicability { .. } | Command::Scope { .. } | Command::Refresh { .. })
        | None => tokio::runtime::Builder::new_multi_thread(),
    }
    .enable_all()
    .build();
    let result = match runtime {
        Err(e) => Err(anyhow::Error::new(e).context("failed to start the async runtime")),
        Ok(runtime) => runtime.block_on(async {
            match &args.command {
                Some(Command::SyncChild { config, rate_scale }) => {
                    sync_child(config, *rate_scale).await
                }
                Some(Command::Applicability { accounts, repeats }) => {
                    applicability(&args, accounts, *repeats).await
                }
                Some(Command::Scope { accounts, share }) => scope(&args, accounts, *share).await,
                Some(Command::Refresh { accounts, boto3_sample }) => {
                    refresh(&args, accounts, *boto3_sample).await
                }
                None => bench(&args).await,
            }
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The benchmark's own executable, which it spawns as the measured child.
fn own_executable() -> anyhow::Result<PathBuf> {
    std::env::current_exe().context("failed to find the benchmark's own executable")
}

async fn applicability(args: &Args, sizes: &[usize], repeats: usize) -> anyhow::Result<()> {
    let exe = own_executable()?;
    println!("{}", orgsync_bench::derive::MARKDOWN_HEADER);
    for &accounts in sizes {
        eprintln!("[{accounts} accounts] sync, then {repeats} derivations …");
        let result =
            orgsync_bench::derive::measure(&exe, accounts, args.seed, args.time_scale, repeats)
                .await?;
        eprintln!("  samples: {:?}", result.samples);
        println!("{}", result.markdown_row());
    }
    Ok(())
}

async fn scope(args: &Args, sizes: &[usize], share: f64) -> anyhow::Result<()> {
    let exe = own_executable()?;
    println!("{}", orgsync_bench::scope::MARKDOWN_HEADER);
    for &accounts in sizes {
        eprintln!("[{accounts} accounts] full sync, then one OU …");
        let result =
            orgsync_bench::scope::measure(&exe, accounts, args.seed, args.time_scale, share)
                .await?;
        println!("{}", result.markdown_row());
    }
    Ok(())
}

async fn refresh(args: &Args, sizes: &[usize], boto3_sample: u64) -> anyhow::Result<()> {
    let exe = own_executable()?;
    let boto3 = Boto3Command { python: args.python.clone(), script: args.boto3_script.clone() };
    let boto3 = (boto3_sample > 0 && !args.no_boto3).then_some((&boto3, boto3_sample));
    let mut rows = Vec::new();
    for &accounts in sizes {
        let result =
            orgsync_bench::refresh::measure(&exe, boto3, accounts, args.seed, args.time_scale)
                .await?;
        rows.push(result.markdown_row());
    }
    println!("{}\n{}", orgsync_bench::refresh::MARKDOWN_HEADER, rows.join("\n"));
    Ok(())
}

async fn sync_child(config: &Path, rate_scale: f64) -> anyhow::Result<()> {
    let summary = run_sync(config, rate_scale).await?;
    println!("{}", serde_json::to_string(&summary)?);
    Ok(())
}

async fn bench(args: &Args) -> anyhow::Result<()> {
    let exe = own_executable()?;
    let boto3 = Boto3Command { python: args.python.clone(), script: args.boto3_script.clone() };
    let mut sizes: Vec<SizeResult> = Vec::new();
    let mut scenarios = args.scenarios.clone();
    scenarios.sort();
    scenarios.dedup();
    for &accounts in &args.accounts {
        let mut size: Option<SizeResult> = None;
        // The `known` run's destination, compared with the member-reads run's.
        let mut known_db: Option<(tempfile::TempDir, PathBuf)> = None;
        for &scenario in &scenarios {
            let dir = tempfile::tempdir()?;
            let profile = scenario.profile(args.time_scale);
            let spec = profile.spec();
            let emulator = Emulator::start(EmulatorConfig {
                org: OrgSource::Synthetic { accounts, seed: args.seed },
                profile: profile.clone(),
                max_recorded_requests: 0,
                ..EmulatorConfig::default()
            })
            .await
            .context("failed to start the emulator")?;
            let controls = emulator.controls();
            let size = size.get_or_insert_with(|| {
                controls.with_org(|org| SizeResult {
                    accounts: org.accounts.len(),
                    organizational_units: org.organizational_units.len(),
                    policies: org.policies.len(),
                    scenarios: Vec::new(),
                    boto3: None,
                })
            });
            let path = controls.with_org(|org| {
                critical_path(org, &spec, spec.paging.default_page_size, ROLE_CHAIN_HOPS)
            });

            eprintln!("[{accounts} accounts, quotas {}] orgsync …", scenario.name());
            let config =
                write_config_with(&emulator, dir.path(), "orgsync", scenario.extra_config())?;
            let run = run_orgsync(&exe, &config, args.time_scale, dir.path()).await?;
            let server = controls.counters();
            let bounds = quota_bounds(&spec, &server);
            let single_caller = single_caller_bounds(&spec, &server);
            let db = dir.path().join("orgsync.db");
            let rows_different = match (&known_db, scenario.member_reads()) {
                (Some((_, known)), true) => Some(rows_different(known, &db)?),
                _ => None,
            };
            let reference = if scenario == Scenario::None {
                // The same sync told the quotas (none), as `orgsync demo` is.
                eprintln!("[{accounts} accounts, quotas none] orgsync told the quotas …");
                controls.reset_counters();
                let config = write_config(&emulator, dir.path(), "reference")?;
                Some(run_orgsync(&exe, &config, DEMO_RATE_SCALE, dir.path()).await?)
            } else {
                None
            };
            let result = ScenarioResult {
                scenario,
                run,
                server,
                bounds,
                path,
                single_caller,
                rows_different,
                reference,
            };
            if scenario.member_reads() {
                eprintln!(
                    "  single-caller bound {:.2} s ({}), wall / single-caller bound {:.3}; accounts read as member {}, through management {}; rows different {:?}",
                    result.single_caller_bound(),
                    result.single_caller_bottleneck(),
                    result.single_caller_ratio(),
                    result.run.summary.accounts_read_as_member,
                    result.run.summary.accounts_read_through_management,
                    result.rows_different,
                );
            }
            eprintln!(
                "  wall {:.2} s, lower bound {:.2} s ({}), ratio {:.3}, throttled {} of {}\n  {}",
                result.run.usage.wall_seconds,
                result.lower_bound(),
                result.bottleneck(),
                result.ratio(),
                result.throttled(),
                result.calls(),
                result.throttled_line(),
            );
            size.scenarios.push(result);

            if scenario.quotas_known() && !args.no_boto3 && args.time_scale != 1.0 {
                // Fresh buckets, fresh counters, same organization.
                controls.set_profile(profile);
                controls.reset_counters();
                let sample = args
                    .boto3_sample_accounts
                    .or_else(|| boto3_sample(&sizes, size.accounts, args.boto3_budget_seconds));
                eprintln!(
                    "[{accounts} accounts, quotas known] boto3 sequential{} …",
                    sample
                        .map(|k| format!(" (fan-out sample of {k} accounts)"))
                        .unwrap_or_default()
                );
                let config = write_config(&emulator, dir.path(), "boto3")?;
                let run = boto3.run(&config, &dir.path().join("boto3.db"), sample).await?;
                eprintln!(
                    "  wall {:.2} s (estimated full run {:.2} s)",
                    run.wall_seconds,
                    run.estimated_seconds()
                );
                size.boto3 = Some(Boto3Result { run, server: controls.counters() });
            }
            emulator.shutdown().await;
            if scenario.quotas_known() {
                known_db = Some((dir, db));
            }
        }
        if let Some(size) = size {
            println!("{}", size_section(&size));
            sizes.push(size);
        }
    }
    let report = render(args, &sizes);
    println!("{report}");
    if let Some(path) = &args.output {
        let all: String =
            sizes.iter().map(|s| size_section(s) + "\n").collect::<String>() + &report;
        std::fs::write(path, all).with_context(|| format!("failed to write {}", path.display()))?;
    }
    Ok(())
}

/// A fan-out sample size for boto3 when the run predicted from the previous
/// (smaller) organization would exceed the budget.
fn boto3_sample(previous: &[SizeResult], accounts: usize, budget_seconds: f64) -> Option<u64> {
    let last = previous.iter().filter(|s| s.boto3.is_some()).max_by_key(|s| s.accounts)?;
    let run = &last.boto3.as_ref()?.run;
    let predicted = run.estimated_seconds() * accounts as f64 / last.accounts as f64;
    if predicted <= budget_seconds {
        return None;
    }
    let share = (budget_seconds * 0.5 / predicted).clamp(0.01, 1.0);
    Some(((accounts as f64 * share) as u64).max(100))
}

fn render(args: &Args, sizes: &[SizeResult]) -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let date = chrono::Utc::now().format("%Y-%m-%d %H:%M UTC");
    let scale = args.time_scale;
    format!(
        "Measured {date} on a machine with {cores} cores; time scale ×{scale} (quotas × {scale}, latency ÷ {scale}).\n\n{}",
        targets_table(&targets(sizes, scale))
    )
}
