//! User-facing errors: a message, its causes, a hint and an exit code.
//!
//! Anything that reaches the user as `error: …` / `caused by: …` / `hint: …`
//! is built as a [`UserError`]. Messages never contain secret values: they
//! are built from redacted types only.

use std::fmt;

/// Exit code for usage and configuration errors.
pub const EXIT_USAGE: u8 = 2;
/// Exit code for failures at run time (and `partial` runs).
pub const EXIT_FAILURE: u8 = 1;

/// An error meant for people: what failed, why, and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserError {
    /// "failed to X `subject`"
    pub message: String,
    /// Causes, outermost first.
    pub causes: Vec<String>,
    /// How to fix it, when known.
    pub hint: Option<String>,
    /// Process exit code (2 usage/configuration, 1 run time).
    pub exit_code: u8,
}

impl UserError {
    /// A run-time failure (exit 1).
    pub fn failure(message: impl Into<String>) -> Self {
        Self { message: message.into(), causes: Vec::new(), hint: None, exit_code: EXIT_FAILURE }
    }

    /// A usage or configuration error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self { message: message.into(), causes: Vec::new(), hint: None, exit_code: EXIT_USAGE }
    }

    /// Adds a cause line.
    #[must_use]
    pub fn caused_by(mut self, cause: impl Into<String>) -> Self {
        self.causes.push(cause.into());
        self
    }

    /// Adds `error` and every error in its source chain as cause lines.
    #[must_use]
    pub fn caused_by_error(mut self, error: &(dyn std::error::Error + 'static)) -> Self {
        let mut next = Some(error);
        while let Some(cause) = next {
            self.causes.push(cause.to_string());
            next = cause.source();
        }
        self
    }

    /// Sets the hint line.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// A destination's error for people: its message, then every cause in its
/// source chain; exit 2 for an unparsable destination, 1 otherwise.
impl From<&orgsync_destination::SinkError> for UserError {
    fn from(err: &orgsync_destination::SinkError) -> Self {
        let user = if err.exit_code() == EXIT_USAGE {
            UserError::usage(err.to_string())
        } else {
            UserError::failure(err.to_string())
        };
        match std::error::Error::source(err) {
            Some(cause) => user.caused_by_error(cause),
            None => user,
        }
    }
}
