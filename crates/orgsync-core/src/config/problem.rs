//! Configuration problems and their rendering.
//!
//! A [`ConfigProblem`] names the key, shows the offending value (secrets
//! masked, long values shortened), says where it came from, what was
//! expected, and gives an example. [`ConfigErrors`] holds every problem of a
//! configuration and converts into a [`UserError`] with exit code 2 whose
//! causes are the problems, one per line.

use std::fmt;

use crate::error::UserError;

/// Longest value shown in a message; longer values are shortened.
const SHOWN_VALUE_CHARS: usize = 64;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The configuration file (path as given).
    File(String),
    /// An `ORGSYNC_*` environment variable.
    Env(String),
    /// A command-line flag.
    Flag(String),
    /// A line read from standard input (`--…-stdin`).
    Stdin(String),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::File(path) => write!(f, "in {path}"),
            Origin::Env(var) => write!(f, "from {var}"),
            Origin::Flag(flag) => write!(f, "from {flag}"),
            Origin::Stdin(flag) => write!(f, "from stdin ({flag})"),
        }
    }
}

/// One thing wrong with a configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The key concerned (`None` for problems of a whole file).
    pub key: Option<String>,
    /// The offending value as it may be shown (secrets masked, long values shortened).
    pub shown_value: Option<String>,
    /// Where the value came from.
    pub origin: Option<Origin>,
    /// What is wrong and what is expected.
    pub message: String,
    /// A valid example.
    pub example: Option<String>,
}

impl ConfigProblem {
    /// A problem of a key.
    pub(crate) fn key(key: &str, message: impl Into<String>) -> Self {
        Self {
            key: Some(key.to_owned()),
            shown_value: None,
            origin: None,
            message: message.into(),
            example: None,
        }
    }

    /// A problem of a whole source (a file that cannot be read or parsed).
    pub(crate) fn source(origin: Origin, message: impl Into<String>) -> Self {
        Self {
            key: None,
            shown_value: None,
            origin: Some(origin),
            message: message.into(),
            example: None,
        }
    }

    /// Sets the value shown.
    pub(crate) fn value(mut self, shown: impl Into<String>) -> Self {
        self.shown_value = Some(shown.into());
        self
    }

    /// Sets where the value came from.
    pub(crate) fn origin(mut self, origin: Option<&Origin>) -> Self {
        self.origin = origin.cloned();
        self
    }

    /// Sets the example.
    pub(crate) fn example(mut self, example: impl Into<String>) -> Self {
        self.example = Some(example.into());
        self
    }
}

impl fmt::Display for ConfigProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.key, &self.shown_value) {
            (Some(key), Some(value)) => write!(f, "`{key}` = {value}")?,
            (Some(key), None) => write!(f, "`{key}`")?,
            (None, _) => f.write_str("configuration")?,
        }
        if let Some(origin) = &self.origin {
            write!(f, " ({origin})")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(example) = &self.example {
            write!(f, "; example: {example}")?;
        }
        Ok(())
    }
}

/// Every problem of a configuration (never empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigProblem>);

impl ConfigErrors {
    /// The problems, in the order found.
    pub fn problems(&self) -> &[ConfigProblem] {
        &self.0
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", headline(self.0.len()))?;
        for problem in &self.0 {
            write!(f, "\n  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

fn headline(count: usize) -> String {
    match count {
        1 => "invalid configuration (1 problem)".to_owned(),
        n => format!("invalid configuration ({n} problems)"),
    }
}

impl From<ConfigErrors> for UserError {
    fn from(errors: ConfigErrors) -> Self {
        let mut user = UserError::usage(headline(errors.0.len()));
        for problem in &errors.0 {
            user = user.caused_by(problem.to_string());
        }
        user.with_hint(
            "fix the keys named above in the configuration file, the ORGSYNC_* environment or the flags \
             (later sources win: file < environment < flags); no AWS call was made",
        )
    }
}

/// How a non-secret string value is shown: quoted, control characters
/// escaped, shortened when long.
pub(crate) fn show_str(value: &str) -> String {
    let count = value.chars().count();
    let head: String = value.chars().take(SHOWN_VALUE_CHARS).collect();
    let escaped: String = head.escape_debug().collect();
    if count > SHOWN_VALUE_CHARS {
        format!("\"{escaped}…\" ({count} characters)")
    } else {
        format!("\"{escaped}\"")
    }
}

/// How a secret value is shown: only that it is set.
pub(crate) const SHOWN_SECRET: &str = "<secret: set, hidden>";
