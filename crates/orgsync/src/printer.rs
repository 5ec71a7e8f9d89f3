//! Global flags (`-v`, `--quiet`, `--log-format`, colour) and everything
//! printed to stderr: log set-up and the `error:` / `caused by:` / `hint:`
//! rendering of failures.

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::UserError;

/// Flags that apply to every command.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
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
///
/// Whatever the level asked for (`-vvv`, `RUST_LOG=trace`), the AWS SDK's
/// and the HTTP stack's own events are capped by [`within_wire_log_cap`]:
/// at trace level they print whole requests and responses, whose bodies
/// hold the web identity token, session credentials and signed headers.
pub fn init_logging(global: &GlobalArgs) {
    use tracing_subscriber::filter::{FilterExt, filter_fn};
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    use tracing_subscriber::{EnvFilter, Layer};
    let default = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info,aws_config=warn,aws_smithy_runtime=warn",
        (false, 2) => {
            "debug,aws_config=info,aws_smithy_runtime=info,hyper=info,h2=info,rustls=info"
        }
        _ => "trace",
    };
    let mut filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    if global.log_format == LogFormat::Json && !global.quiet {
        // With JSON logs progress events and status lines are log lines:
        // let them through at any verbosity (see `crate::progress`).
        for target in [PROGRESS_TARGET, STATUS_TARGET] {
            if let Ok(directive) = format!("{target}=info").parse() {
                filter = filter.add_directive(directive);
            }
        }
    }
    let filter = filter.and(filter_fn(|meta| within_wire_log_cap(meta.target(), *meta.level())));
    let layer = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    let layer = match global.log_format {
        LogFormat::Json => layer.json().boxed(),
        LogFormat::Text => layer
            .with_ansi(global.colour_enabled())
            .with_target(shows_targets(global.verbose))
            .boxed(),
    };
    let _ = tracing_subscriber::registry().with(layer.with_filter(filter)).try_init();
}

/// The `tracing` target of progress events.
pub const PROGRESS_TARGET: &str = "orgsync::progress";

/// The `tracing` target of status lines (see [`print_status`]).
pub const STATUS_TARGET: &str = "orgsync::status";

/// Prints a line for people about what a command does or did (not data, not
/// an error) on stderr: as is with text logs, as an `info` log line of
/// [`STATUS_TARGET`] with `--log-format json` so every stderr line is
/// JSON, not at all with `--quiet`.
pub fn print_status(global: &GlobalArgs, line: &str) {
    if global.quiet {
        return;
    }
    match global.log_format {
        LogFormat::Text => eprintln!("{line}"),
        LogFormat::Json => tracing::info!(target: STATUS_TARGET, "{line}"),
    }
}

/// Whether text log lines name their target (the Rust module path): only
/// from `-vv` up, where it helps whoever debugs; a user's warning reads
/// better without `orgsync_core::tables::…`. JSON lines always carry it.
fn shows_targets(verbose: u8) -> bool {
    verbose >= 2
}

/// The most verbose level let through for third-party targets (by target
/// prefix, first match wins) that can print wire data: request and
/// response bodies, signed headers, canonical requests.
const WIRE_LOG_CAPS: &[(&str, tracing::Level)] = &[
    ("aws_smithy_runtime", tracing::Level::INFO),
    ("aws_sigv4", tracing::Level::INFO),
    ("hyper", tracing::Level::INFO),
    ("h2", tracing::Level::INFO),
    ("aws_", tracing::Level::DEBUG),
    ("rustls", tracing::Level::DEBUG),
    ("tower", tracing::Level::DEBUG),
];

/// Whether an event of `target` at `level` may be logged (see [`WIRE_LOG_CAPS`]).
fn within_wire_log_cap(target: &str, level: tracing::Level) -> bool {
    WIRE_LOG_CAPS
        .iter()
        .find(|(prefix, _)| target.starts_with(prefix))
        .is_none_or(|(_, cap)| level <= *cap)
}

/// Writes `text` to stdout and flushes it. Data goes through here rather
/// than `print!`, which panics when the reader has gone away; a broken pipe
/// comes back as an error that [`is_broken_pipe`] recognises.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// Whether a failure is only a closed stdout (`orgsync schema | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
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

#[cfg(test)]
mod tests {
    use super::{shows_targets, within_wire_log_cap};
    use tracing::Level;

    #[test]
    fn text_log_lines_name_their_target_only_from_vv_up() {
        assert!(!shows_targets(0));
        assert!(!shows_targets(1));
        assert!(shows_targets(2));
        assert!(shows_targets(3));
    }

    #[test]
    fn wire_logging_targets_are_capped_whatever_the_level_asked_for() {
        assert!(!within_wire_log_cap("aws_smithy_runtime::client::orchestrator", Level::TRACE));
        assert!(!within_wire_log_cap("aws_smithy_runtime::client::orchestrator", Level::DEBUG));
        assert!(within_wire_log_cap("aws_smithy_runtime::client::orchestrator", Level::INFO));
        assert!(!within_wire_log_cap("aws_sigv4::http_request::sign", Level::TRACE));
        assert!(!within_wire_log_cap("aws_sdk_sts::operation", Level::TRACE));
        assert!(within_wire_log_cap("aws_config::sts", Level::DEBUG));
        assert!(!within_wire_log_cap("hyper_util::client", Level::DEBUG));
        assert!(!within_wire_log_cap("h2::codec", Level::TRACE));
        assert!(within_wire_log_cap("orgsync_core::credentials::chain", Level::TRACE));
    }
}
