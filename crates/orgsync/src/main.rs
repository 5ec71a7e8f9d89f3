//! The `orgsync` command line: argument parsing, logging set-up and
//! dispatch to one module per command under `commands/`.
//!
//! Data goes to stdout; progress, logs and errors go to stderr.

mod commands;
mod config_flags;
mod pipeline;
mod printer;
mod progress;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Extract an AWS Organization into SQLite, PostgreSQL, Parquet, CSV or JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "orgsync", version, about, long_about = None, after_help = "Example:\n  orgsync demo\n  orgsync sync --config orgsync.toml")]
struct Cli {
    #[command(flatten)]
    global: printer::GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a full sync against the built-in emulator (no AWS account, no network).
    Demo(commands::demo::DemoArgs),
    /// Extract every enabled table into the destination.
    Sync(commands::sync::SyncArgs),
    /// Validate the configuration, walk the role chain and probe permissions.
    Check(commands::check::CheckArgs),
    /// Print the organization as a tree.
    Tree(commands::tree::TreeArgs),
    /// Show what changed between two runs.
    Diff(commands::diff::DiffArgs),
    /// Write a self-contained HTML report.
    Report(commands::report::ReportArgs),
    /// Print the table contract as this build implements it.
    Schema(commands::schema::SchemaArgs),
    /// Run the AWS-compatible emulator.
    Emulator(commands::emulator::EmulatorArgs),
}

/// The async runtime of a command. A sync is a few hundred concurrent calls
/// that each wait far longer for AWS than they compute, so one thread serves
/// it best: a multi-threaded runtime spends more CPU handing every response
/// between threads than on the response itself. The emulator serves many
/// clients at once and gets one worker per core.
fn runtime_for(command: &Command) -> tokio::runtime::Builder {
    match command {
        Command::Emulator(_) => tokio::runtime::Builder::new_multi_thread(),
        _ => tokio::runtime::Builder::new_current_thread(),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    printer::init_logging(&cli.global);
    let runtime = match runtime_for(&cli.command).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: failed to start the async runtime\ncaused by: {e}");
            return ExitCode::from(1);
        }
    };
    let global = cli.global;
    let result = runtime.block_on(async move {
        match cli.command {
            Command::Demo(args) => commands::demo::run(args, &global).await,
            Command::Sync(args) => commands::sync::run(args, &global).await,
            Command::Check(args) => commands::check::run(args, &global).await,
            Command::Tree(args) => commands::tree::run(args, &global).await,
            Command::Diff(args) => commands::diff::run(args, &global).await,
            Command::Report(args) => commands::report::run(args, &global).await,
            Command::Schema(args) => commands::schema::run(args, &global).await,
            Command::Emulator(args) => commands::emulator::run(args, &global).await,
        }
    });
    match result {
        Ok(code) => code,
        Err(err) => printer::print_error(&err),
    }
}
