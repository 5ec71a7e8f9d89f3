//! `orgsync demo`: starts the built-in AWS-compatible emulator in-process
//! with a generated organization, runs a full sync against it — real HTTP,
//! SigV4 signing, a two-role chain with an external ID — into
//! `orgsync-demo.db`, then prints the summary and the tree.
//!
//! The configuration goes through the same loading and validation as
//! `orgsync sync`, so the demo exercises exactly the production path.

use std::process::ExitCode;

use clap::Args;
use orgsync_core::UserError;
use orgsync_core::config::{self, Secret, Sources, StdinSecrets};
use orgsync_core::planner::RateLimits;
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource, Profile};
use orgsync_report::{OrgModel, TreeOptions, build_tree, render_tree_text};

use crate::printer::GlobalArgs;

/// Arguments of `orgsync demo`.
#[derive(Debug, Args)]
#[command(
    after_help = "Example:\n  orgsync demo\n  orgsync demo --accounts 2000 --destination jsonl:demo-out"
)]
pub struct DemoArgs {
    /// Accounts in the generated organization (management account included), 1–20000.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u32).range(1..=20_000))]
    pub accounts: u32,
    /// Seed of the generated organization (same seed, same organization).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Emulator quotas: `scaled:20` (AWS-like quotas ×20, latency ÷20), `aws-like`, `fast`, or a profile TOML file.
    #[arg(long, default_value = "scaled:20")]
    pub profile: String,
    /// Where to write.
    #[arg(long, default_value = "sqlite:orgsync-demo.db")]
    pub destination: String,
    /// Also extract effective policies per account.
    #[arg(long)]
    pub effective_policies: bool,
    /// Do not print the tree after the summary.
    #[arg(long)]
    pub no_tree: bool,
}

/// Runs `orgsync demo`.
pub async fn run(args: DemoArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let profile = Profile::parse(&args.profile).map_err(|e| {
        UserError::usage(format!("invalid `--profile {}`", args.profile))
            .caused_by(e.to_string())
            .with_hint("use `scaled:20`, `aws-like`, `fast` or the path of a profile TOML file")
    })?;
    // The planner assumes the emulator's quotas: AWS's, time-scaled alike.
    let rate_limits = match &profile {
        Profile::Scaled(factor) => RateLimits::scaled(*factor),
        Profile::Fast => RateLimits::scaled(100.0),
        Profile::AwsLike | Profile::Custom(_) => RateLimits::default(),
    };
    let emulator = Emulator::start(EmulatorConfig {
        org: OrgSource::Synthetic { accounts: args.accounts as usize, seed: args.seed },
        profile,
        ..EmulatorConfig::default()
    })
    .await
    .map_err(|e| {
        UserError::failure("failed to start the built-in emulator").caused_by(e.to_string())
    })?;
    crate::printer::print_status(
        global,
        &format!(
            "demo: emulator on {} with organization {} ({} accounts); role chain of {} hops with an external ID",
            emulator.endpoint_url(),
            emulator.org_id(),
            emulator.account_count(),
            emulator.demo_identity().master_assume_role_arn_chain.len()
        ),
    );

    let identity = emulator.demo_identity();
    let mut flags = vec![("access_key_id".to_owned(), identity.access_key_id.clone())];
    for role in &identity.master_assume_role_arn_chain {
        flags.push(("master_assume_role_arn_chain".to_owned(), role.clone()));
    }
    flags.extend([
        ("assume_external_id".to_owned(), identity.assume_external_id.clone()),
        ("endpoint_url".to_owned(), emulator.endpoint_url()),
        ("region".to_owned(), emulator.region().to_owned()),
        ("destination".to_owned(), args.destination.clone()),
    ]);
    if args.effective_policies {
        flags.push(("effective_policies".to_owned(), "true".to_owned()));
    }
    let sources = Sources {
        flags,
        stdin_secrets: StdinSecrets {
            secret_access_key: Some(Secret::new(identity.secret_access_key.clone())),
            session_token: None,
        },
        ..Sources::default()
    };
    let plan = config::load(sources).map_err(UserError::from)?;

    let result = crate::pipeline::sync(plan, rate_limits, global).await;
    emulator.shutdown().await;
    let result = result?;

    if let (Some(snapshot), false) = (&result.snapshot, args.no_tree || global.quiet) {
        let model = OrgModel::new(snapshot);
        let tree = build_tree(&model, &TreeOptions::default())
            .map_err(|e| UserError::failure("failed to draw the tree").caused_by(e.to_string()))?;
        println!();
        print!("{}", render_tree_text(&tree, global.colour_enabled()));
        println!();
        println!(
            "Explore it: orgsync tree --destination {0} | orgsync report --destination {0}",
            args.destination
        );
    }
    Ok(result.exit_code)
}
