//! `orgsync demo`: starts the built-in AWS-compatible emulator in-process
//! with a generated organization, runs a full sync against it — real HTTP,
//! SigV4 signing, a two-role chain with an external ID — into
//! `orgsync-demo.db`, then prints the summary and the tree. With
//! `--changes N` it then applies N realistic changes to the emulated
//! organization (each in its CloudTrail history, as the administrator's
//! write), syncs again — an incremental refresh — and prints what
//! `orgsync diff` shows.
//!
//! The configuration goes through the same loading and validation as
//! `orgsync sync`, so the demo exercises exactly the production path.

use std::process::ExitCode;

use clap::Args;
use orgsync_core::UserError;
use orgsync_core::config::{self, Secret, Sources, StdinSecrets};
use orgsync_core::planner::RateLimits;
use orgsync_core::refresh::{RefreshMode, RefreshSettings};
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource, Profile};
use orgsync_report::{OrgModel, TreeOptions, build_tree, render_tree_text};
use orgsync_schema::Snapshot;

use crate::printer::GlobalArgs;

/// Arguments of `orgsync demo`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  orgsync demo
  orgsync demo --changes 10
  orgsync demo --accounts 2000 --destination jsonl:demo-out")]
pub struct DemoArgs {
    /// Accounts in the generated organization (management account included), 1–20000.
    #[arg(long, default_value_t = 250, value_parser = clap::value_parser!(u32).range(1..=20_000))]
    pub accounts: u32,
    /// Seed of the generated organization (same seed, same organization).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// After the first sync, apply N realistic changes to the organization
    /// (moves, new and closed accounts, tags, contacts, policies, OU names),
    /// sync again and show the diff.
    #[arg(long, value_name = "N", default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=1000))]
    pub changes: u32,
    /// The emulator's API quotas and latency: `scaled:20` (AWS-like quotas
    /// ×20, latency ÷20), `aws-like`, `fast`, or a profile TOML file.
    #[arg(long, value_name = "PROFILE", default_value = "scaled:20")]
    pub quota_profile: String,
    /// Where to write.
    #[arg(long, default_value = "sqlite:orgsync-demo.db")]
    pub destination: String,
    /// Also extract effective policies per account.
    #[arg(long)]
    pub effective_policies: bool,
    /// Also extract each account's creation date and Region opt-in status.
    #[arg(long)]
    pub account_details: bool,
    /// Also extract each account's primary contact (synthetic personal data).
    #[arg(long)]
    pub primary_contacts: bool,
    /// Do not print the tree after the summary.
    #[arg(long)]
    pub no_tree: bool,
    /// Renamed to --quota-profile (in sync and check, --profile names an AWS profile).
    #[arg(long, hide = true, value_name = "PROFILE")]
    pub profile: Option<String>,
}

/// Parses `--quota-profile` of `demo` and `emulator serve`.
pub fn parse_quota_profile(
    value: &str,
    renamed_from_profile: Option<&String>,
) -> Result<Profile, UserError> {
    if let Some(old) = renamed_from_profile {
        return Err(UserError::usage("`--profile` is not an option of this command")
            .with_hint(format!(
                "the emulator's quota profile is `--quota-profile {old}`; `--profile` names an AWS profile in `sync`, `check` and `tree --live`"
            )));
    }
    Profile::parse(value).map_err(|e| {
        UserError::usage(format!("invalid `--quota-profile {value}`"))
            .caused_by(e.to_string())
            .with_hint("use `scaled:20`, `aws-like`, `fast` or the path of a profile TOML file (see crates/orgsync-emulator/PROFILES.md)")
    })
}

/// Runs `orgsync demo`.
pub async fn run(args: DemoArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let profile = parse_quota_profile(&args.quota_profile, args.profile.as_ref())?;
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
    let result = syncs(&emulator, &args, rate_limits, global).await;
    emulator.shutdown().await;
    let (exit_code, first, second) = result?;

    if global.quiet {
        return Ok(exit_code);
    }
    let mut out = String::new();
    if let (Some(snapshot), false) = (second.as_ref().or(first.as_ref()), args.no_tree) {
        let model = OrgModel::new(snapshot);
        let tree = build_tree(&model, &TreeOptions::default())
            .map_err(|e| UserError::failure("failed to draw the tree").caused_by(e.to_string()))?;
        out.push('\n');
        out.push_str(&render_tree_text(&tree, global.colour_enabled()));
    }
    if let (Some(old), Some(new)) = (&first, &second) {
        out.push('\n');
        out.push_str(&orgsync_report::render_text(&orgsync_report::diff(old, new)));
    }
    crate::printer::write_stdout(&out)?;
    crate::printer::print_status(
        global,
        explore_hint(&args.destination, second.is_some()).trim_end(),
    );
    Ok(exit_code)
}

/// The first sync, then (with `--changes`) the changes and the second sync.
async fn syncs(
    emulator: &Emulator,
    args: &DemoArgs,
    rate_limits: RateLimits,
    global: &GlobalArgs,
) -> anyhow::Result<(ExitCode, Option<Snapshot>, Option<Snapshot>)> {
    let plan = demo_plan(emulator, args)?;
    // Each demo starts a new emulator, whose event history does not know
    // what an earlier demo left in the destination: the first sync reads
    // everything.
    let full = config::Plan {
        refresh: RefreshSettings { mode: RefreshMode::Full, ..plan.refresh },
        ..plan.clone()
    };
    let first = crate::pipeline::sync(full, rate_limits.clone(), global).await?;
    if args.changes == 0 || first.snapshot.is_none() {
        return Ok((first.exit_code, first.snapshot, None));
    }
    // Made as the administrator would, each in the event history: the
    // second sync is an incremental refresh.
    let applied = emulator.make_realistic_changes(args.changes as usize, args.seed);
    let mut lines =
        format!("\ndemo: {} change(s) made in the organization since that sync:", applied.len());
    for change in &applied {
        lines.push_str(&format!("\n  - {change}"));
    }
    crate::printer::print_status(global, &lines);
    crate::printer::print_status(global, "demo: syncing again");
    let second = crate::pipeline::sync(plan, rate_limits, global).await?;
    Ok((second.exit_code, first.snapshot, second.snapshot))
}

/// The configuration of the demo: the emulator's identity and role chain,
/// through the same loading and validation as `orgsync sync`.
fn demo_plan(emulator: &Emulator, args: &DemoArgs) -> Result<config::Plan, UserError> {
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
    for (on, key) in [
        (args.effective_policies, "effective_policies"),
        (args.account_details, "account_details"),
        (args.primary_contacts, "primary_contacts"),
    ] {
        if on {
            flags.push((key.to_owned(), "true".to_owned()));
        }
    }
    let sources = Sources {
        flags,
        stdin_secrets: StdinSecrets {
            secret_access_key: Some(Secret::new(identity.secret_access_key.clone())),
            session_token: None,
        },
        ..Sources::default()
    };
    config::load(sources).map_err(UserError::from)
}

/// "What next" after the demo: commands that work when copied, one per line,
/// naming the demo's destination and the program as this shell can run it.
fn explore_hint(destination: &str, changed: bool) -> String {
    let program = program_invocation();
    let dest = shell_word(destination);
    let mut hint = String::from("\nExplore it:\n");
    hint.push_str(&format!("  {program} tree --destination {dest}\n"));
    if changed {
        hint.push_str(&format!("  {program} diff --destination {dest} --format markdown\n"));
    } else {
        hint.push_str(&format!("  {program} demo --changes 10      # change the organization, sync again, show the diff\n"));
    }
    hint.push_str(&format!("  {program} report --destination {dest} --out orgsync-report.html\n"));
    if program != "orgsync" {
        hint.push_str(
            "(`orgsync` is not on your PATH; `cargo install --locked --path crates/orgsync` from the source folder puts it there)\n",
        );
    }
    hint
}

/// How to run this very program from the current shell: `orgsync` when that
/// name on PATH is this binary, else its path (relative when below the
/// current folder, e.g. `target/release/orgsync`).
pub fn program_invocation() -> String {
    let Ok(exe) = std::env::current_exe().and_then(std::fs::canonicalize) else {
        return "orgsync".to_owned();
    };
    let on_path = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path)
            .any(|dir| std::fs::canonicalize(dir.join("orgsync")).is_ok_and(|found| found == exe))
    });
    if on_path {
        return "orgsync".to_owned();
    }
    let shown = std::env::current_dir()
        .ok()
        .and_then(|cwd| std::fs::canonicalize(cwd).ok())
        .and_then(|cwd| exe.strip_prefix(cwd).ok().map(std::path::Path::to_path_buf))
        .map_or_else(|| exe.display().to_string(), |rel| rel.display().to_string());
    let shown = if shown.contains('/') { shown } else { format!("./{shown}") };
    shell_word(&shown)
}

/// `word` quoted for a POSIX shell when it needs quoting.
fn shell_word(word: &str) -> String {
    if word.chars().all(|c| c.is_ascii_alphanumeric() || "/._-:+=@,%".contains(c)) {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shell_words_are_quoted_only_when_needed() {
        assert_eq!(shell_word("sqlite:orgsync-demo.db"), "sqlite:orgsync-demo.db");
        assert_eq!(shell_word("target/release/orgsync"), "target/release/orgsync");
        assert_eq!(shell_word("/tmp/my dir/orgsync"), "'/tmp/my dir/orgsync'");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
    }

    #[test]
    fn the_explore_hint_names_the_destination_on_every_command() {
        let hint = explore_hint("sqlite:out/demo one.db", true);
        let commands: Vec<&str> = hint.lines().filter(|l| l.starts_with("  ")).collect();
        assert_eq!(commands.len(), 3, "{hint}");
        for command in commands {
            assert!(command.contains("--destination 'sqlite:out/demo one.db'"), "{command}");
            assert!(!command.contains(" | "), "{command}");
        }
    }
}
