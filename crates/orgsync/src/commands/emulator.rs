//! `orgsync emulator serve`: runs the AWS-compatible emulator standalone on a
//! loopback port for other clients (boto3, the AWS CLI, benchmarks). Once
//! listening it prints exactly one JSON line on stdout with the endpoint, the
//! read-only demo identity and the management administrator's keys (which may
//! write: the emulator's Organizations and Account writes, recorded in
//! CloudTrail), then serves until SIGINT/SIGTERM.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Subcommand};
use orgsync_core::UserError;
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource};

use crate::printer::GlobalArgs;

/// Arguments of `orgsync emulator`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  orgsync emulator serve --accounts 1000 --seed 7 --quota-profile aws-like --port 0"
)]
pub struct EmulatorArgs {
    #[command(subcommand)]
    pub command: EmulatorCommand,
}

/// What to do with the emulator.
#[derive(Debug, Subcommand)]
pub enum EmulatorCommand {
    /// Serve the emulator on 127.0.0.1 until interrupted.
    #[command(
        after_help = "Example:\n  orgsync emulator serve --accounts 250 --port 0\n  orgsync emulator serve --fixture org.toml --quota-profile my-profile.toml"
    )]
    Serve(ServeArgs),
}

/// Arguments of `orgsync emulator serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Accounts in the synthetic organization (management account included), 1–20000.
    #[arg(long, default_value_t = 250, conflicts_with = "fixture")]
    pub accounts: usize,
    /// Seed of the synthetic organization (same seed, same organization).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Load the organization from a TOML or JSON fixture instead of generating one.
    #[arg(long)]
    pub fixture: Option<PathBuf>,
    /// The emulator's API quotas and latency: `fast`, `aws-like`, `scaled:FACTOR` or a TOML file.
    #[arg(long, value_name = "PROFILE", default_value = "fast")]
    pub quota_profile: String,
    /// Renamed to --quota-profile (in sync and check, --profile names an AWS profile).
    #[arg(long, hide = true, value_name = "PROFILE")]
    pub profile: Option<String>,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Lifetime in seconds of credentials issued by AssumeRole (default: as requested).
    #[arg(long)]
    pub credential_lifetime: Option<u64>,
}

/// Runs `orgsync emulator`.
pub async fn run(args: EmulatorArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        EmulatorCommand::Serve(serve) => run_serve(serve).await,
    }
}

async fn run_serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if args.fixture.is_none()
        && !(1..=orgsync_emulator::synthetic::MAX_ACCOUNTS).contains(&args.accounts)
    {
        return Err(UserError::usage(format!("`--accounts {}` is out of range", args.accounts))
            .with_hint("use a number of accounts between 1 and 20000")
            .into());
    }
    if args.credential_lifetime == Some(0) {
        return Err(UserError::usage(
            "`--credential-lifetime 0` would issue already-expired credentials",
        )
        .with_hint("give a lifetime in seconds, e.g. `--credential-lifetime 30`")
        .into());
    }
    let profile = super::demo::parse_quota_profile(&args.quota_profile, args.profile.as_ref())?;
    let org = match &args.fixture {
        Some(path) => OrgSource::Fixture(path.clone()),
        None => OrgSource::Synthetic { accounts: args.accounts, seed: args.seed },
    };
    let config = EmulatorConfig {
        org,
        profile,
        port: args.port,
        credential_lifetime: args.credential_lifetime.map(Duration::from_secs),
        ..EmulatorConfig::default()
    };
    let emulator = Emulator::start(config).await.map_err(|e| {
        let what = match &args.fixture {
            Some(path) => format!("failed to start the emulator with fixture `{}`", path.display()),
            None => format!("failed to start the emulator on 127.0.0.1:{}", args.port),
        };
        let hint = if e.kind() == std::io::ErrorKind::AddrInUse {
            "pick another `--port`, or `--port 0` for any free port"
        } else {
            "check the fixture file against the format in the orgsync-emulator crate docs"
        };
        UserError::usage(what).caused_by(e.to_string()).with_hint(hint)
    })?;
    let demo = emulator.demo_identity();
    let admin = emulator.admin_identity();
    let line = serde_json::json!({
        "endpoint_url": emulator.endpoint_url(),
        "region": emulator.region(),
        "access_key_id": demo.access_key_id,
        // A demo credential of the local emulator, printed on purpose so scripts can use it.
        "secret_access_key": demo.secret_access_key,
        "master_assume_role_arn_chain": demo.master_assume_role_arn_chain,
        "assume_external_id": demo.assume_external_id,
        "admin_access_key_id": admin.access_key_id,
        // The local emulator's administrator credential, printed on purpose like the demo one.
        "admin_secret_access_key": admin.secret_access_key,
        "org_id": emulator.org_id(),
        "accounts": emulator.account_count(),
    });
    {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "{line}")?;
        stdout.flush()?;
    }
    tracing::info!(endpoint = %emulator.endpoint_url(), "emulator serving; stop with Ctrl-C or SIGTERM");
    wait_for_shutdown_signal().await?;
    emulator.shutdown().await;
    Ok(ExitCode::SUCCESS)
}

#[cfg(unix)]
async fn wait_for_shutdown_signal() -> std::io::Result<()> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut terminate = signal(SignalKind::terminate())?;
    tokio::select! {
        result = tokio::signal::ctrl_c() => result,
        _ = terminate.recv() => Ok(()),
    }
}

#[cfg(not(unix))]
async fn wait_for_shutdown_signal() -> std::io::Result<()> {
    tokio::signal::ctrl_c().await
}
