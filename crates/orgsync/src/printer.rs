//! Global flags (`-v`, `--quiet`, `--log-format`, colour) and everything
//! printed to stderr: log set-up and the `error:` / `caused by:` / `hint:`
//! rendering of failures.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::UserError;

/// Flags that apply to every command.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// More log output (-v info, -vv debug, -vvv trace). RUST_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    /// Print nothing but data and errors (no progress, no summary chrome).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Log line format on stderr.
    #[arg(long, value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line (progress events included).
    Json,
}

impl GlobalArgs {
    /// Whether progress bars may be drawn on stderr.
    pub fn progress_enabled(&self) -> bool {
        !self.quiet && self.log_format == LogFormat::Text && std::io::stderr().is_terminal()
    }

    /// Whether colour may be used (NO_COLOR unset and stderr a terminal).
    pub fn colour_enabled(&self) -> bool {
        std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stderr().is_terminal()
    }
}

/// Sets up tracing on stderr from `-v`, `--quiet`, `RUST_LOG` and `--log-format`.
pub fn init_logging(global: &GlobalArgs) {
    use tracing_subscriber::EnvFilter;
    let default = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info,aws_config=warn,aws_smithy_runtime=warn",
        (false, 2) => "debug,aws_config=info,aws_smithy_runtime=info,hyper=info,h2=info,rustls=info",
        _ => "trace",
    };
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    let _ = match global.log_format {
        LogFormat::Json => builder.json().try_init(),
        LogFormat::Text => builder.with_ansi(global.colour_enabled()).try_init(),
    };
}

/// Prints a failure as `error:` / `caused by:` / `hint:` and returns its exit code.
pub fn print_error(err: &anyhow::Error) -> ExitCode {
    let (message, causes, hint, code) = match err.downcast_ref::<UserError>() {
        Some(u) => (u.message.clone(), u.causes.clone(), u.hint.clone(), u.exit_code),
        None => (err.to_string(), err.chain().skip(1).map(ToString::to_string).collect(), None, 1),
    };
    eprintln!("error: {message}");
    for cause in causes {
        eprintln!("caused by: {cause}");
    }
    if let Some(hint) = hint {
        eprintln!("hint: {hint}");
    }
    ExitCode::from(code)
}
