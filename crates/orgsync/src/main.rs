//! The `orgsync` command line: argument parsing, logging set-up and
//! dispatch to one module per command under `commands/`.
//!
//! Data goes to stdout; progress, logs and errors go to stderr.
//!
//! Cargo features: `emulator` (default) adds `orgsync demo` and `orgsync
//! emulator serve`; `failpoints` (tests only) compiles in the sink's crash
//! points.

mod commands;
mod config_flags;
mod pipeline;
mod printer;
mod progress;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Extract an AWS Organization into SQLite, PostgreSQL, Parquet, CSV or JSON Lines.
#[derive(Debug, Parser)]
#[command(name = "orgsync", version, about, long_about = None)]
#[cfg_attr(
    feature = "emulator",
    command(after_help = "Example:\n  orgsync demo\n  orgsync sync --config orgsync.toml")
)]
#[cfg_attr(
    not(feature = "emulator"),
    command(after_help = "Example:\n  orgsync sync --config orgsync.toml")
)]
struct Cli {
    #[command(flatten)]
    global: printer::GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a full sync against the built-in emulator (no AWS account, no network).
    #[cfg(feature = "emulator")]
    Demo(commands::demo::DemoArgs),
    /// Extract every enabled table into the destination (only what changed
    /// once it holds a snapshot).
    Sync(commands::sync::SyncArgs),
    /// Validate the configuration, walk the role chain and probe permissions.
    Check(commands::check::CheckArgs),
    /// Print the least-privilege IAM policies the configuration needs.
    Permissions(commands::permissions::PermissionsArgs),
    /// Print the organization as a tree.
    Tree(commands::tree::TreeArgs),
    /// Show what changed between two runs.
    Diff(commands::diff::DiffArgs),
    /// Write a self-contained HTML report.
    Report(commands::report::ReportArgs),
    /// Check the organization (ORG-001 …) and print the findings.
    Findings(commands::findings::FindingsArgs),
    /// Print the table contract as this build implements it.
    Schema(commands::schema::SchemaArgs),
    /// Run the AWS-compatible emulator.
    #[cfg(feature = "emulator")]
    Emulator(commands::emulator::EmulatorArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page (roff), or write one per command into a folder.
    Man(commands::completions::ManArgs),
}

/// The whole command-line definition, for completions and the manual page.
pub fn command() -> clap::Command {
    <Cli as clap::CommandFactory>::command()
}

/// The async runtime of a command. A sync is a few hundred concurrent calls
/// that each wait far longer for AWS than they compute, so one thread serves
/// it best: a multi-threaded runtime spends more CPU handing every response
/// between threads than on the response itself. The emulator serves many
/// clients at once and gets one worker per core.
fn runtime_for(command: &Command) -> tokio::runtime::Builder {
    #[cfg(feature = "emulator")]
    if let Command::Emulator(_) = command {
        return tokio::runtime::Builder::new_multi_thread();
    }
    let _ = command; // every other command runs on one thread
    tokio::runtime::Builder::new_current_thread()
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
            #[cfg(feature = "emulator")]
            Command::Demo(args) => commands::demo::run(args, &global).await,
            Command::Sync(args) => commands::sync::run(args, &global).await,
            Command::Check(args) => commands::check::run(args, &global).await,
            Command::Permissions(args) => commands::permissions::run(args, &global).await,
            Command::Tree(args) => commands::tree::run(args, &global).await,
            Command::Diff(args) => commands::diff::run(args, &global).await,
            Command::Report(args) => commands::report::run(args, &global).await,
            Command::Findings(args) => commands::findings::run(args, &global).await,
            Command::Schema(args) => commands::schema::run(args, &global).await,
            #[cfg(feature = "emulator")]
            Command::Emulator(args) => commands::emulator::run(args, &global).await,
            Command::Completions(args) => commands::completions::run_completions(&args),
            Command::Man(args) => commands::completions::run_man(&args),
        }
    });
    match result {
        Ok(code) => code,
        // A reader that stopped reading (`orgsync schema | head`) is not a
        // failure: end quietly with success, as cat and rg do.
        Err(err) if printer::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => printer::print_error(&err),
    }
}

#[cfg(test)]
mod tests {
    use super::command;

    /// Every command, nested ones included, as `(path, command)`.
    fn all_commands() -> Vec<(String, clap::Command)> {
        let mut found = Vec::new();
        let mut pending = vec![("orgsync".to_owned(), command())];
        while let Some((path, cmd)) = pending.pop() {
            for sub in cmd.get_subcommands() {
                pending.push((format!("{path} {}", sub.get_name()), sub.clone()));
            }
            found.push((path, cmd));
        }
        found
    }

    /// The examples of a help text: lines after `Example(s):` up to a blank
    /// line, with `\` continuations joined and `# comments` dropped.
    fn examples(help: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut inside = false;
        let mut pending = String::new();
        for line in help.lines() {
            if line.starts_with("Example") {
                inside = true;
                continue;
            }
            if !inside {
                continue;
            }
            if line.trim().is_empty() {
                inside = false;
                continue;
            }
            let line = line.split(" # ").next().unwrap_or_default().trim();
            match line.strip_suffix('\\') {
                Some(head) => pending.push_str(head),
                None => {
                    pending.push_str(line);
                    out.push(std::mem::take(&mut pending));
                }
            }
        }
        assert!(pending.is_empty(), "a continued example never ends: {pending}");
        out
    }

    #[test]
    fn every_help_example_fits_80_columns_and_parses_when_copied() {
        let mut checked = 0;
        for (path, cmd) in all_commands() {
            let help = cmd.clone().term_width(80).render_long_help().to_string();
            for line in help.lines() {
                assert!(line.chars().count() <= 80, "`{path} --help` line too wide: {line}");
            }
            for example in examples(&help) {
                // The orgsync part of a pipeline, without environment assignments.
                let words: Vec<&str> = example
                    .split_whitespace()
                    .skip_while(|w| *w != "orgsync")
                    .take_while(|w| !matches!(*w, "|" | ">" | ">>" | "&&" | "||"))
                    .collect();
                if words.is_empty() {
                    continue;
                }
                command().try_get_matches_from(&words).unwrap_or_else(|e| {
                    panic!("example of `{path}` does not parse: {example}\n{e}")
                });
                checked += 1;
            }
        }
        assert!(checked >= 20, "only {checked} examples found");
    }

    #[test]
    fn command_options_come_before_the_configuration_sections() {
        for name in ["tree", "diff", "report"] {
            let mut cmd = command();
            let sub = cmd.find_subcommand_mut(name).expect("subcommand").clone();
            let help = sub.term_width(100).render_long_help().to_string();
            let own = help.find("--org").expect("--org listed");
            let config = help.find("--config").expect("--config listed");
            assert!(own < config, "`{name} --help` lists --config before its own options");
            if name != "tree" {
                assert!(!help.contains("--access-key-id"), "`{name} --help` lists AWS flags");
            }
        }
        let help = command()
            .find_subcommand_mut("tree")
            .expect("tree")
            .clone()
            .render_long_help()
            .to_string();
        let live = help.find("--live").expect("--live");
        let aws = help.find("--access-key-id").expect("tree keeps AWS flags for --live");
        assert!(live < aws);
    }

    #[cfg(feature = "emulator")]
    #[test]
    fn profile_has_one_meaning() {
        for name in ["demo", "emulator"] {
            let mut cmd = command();
            let mut sub = cmd.find_subcommand_mut(name).expect("subcommand").clone();
            if name == "emulator" {
                sub = sub.find_subcommand("serve").expect("serve").clone();
            }
            let help = sub.render_long_help().to_string();
            assert!(help.contains("--quota-profile"), "{name}");
            assert!(!help.contains("--profile "), "`{name}` still shows --profile");
        }
    }
}
