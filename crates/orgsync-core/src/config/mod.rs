//! Configuration: the connector's flat keys (registry: `keys.rs`) from a TOML or
//! JSON file, `ORGSYNC_*` environment variables, flags and stdin secrets,
//! validated into a [`Plan`]. An empty string for an optional key is "not
//! set", like JSON `null` (see `keys`).
//!
//! [`load`] reads and merges the [`Sources`] (later wins: file < environment
//! < flags < stdin), checks every key, and returns either the plan or
//! [`ConfigErrors`] listing *every* problem, each naming the key, its value
//! (secrets masked), its source, what was expected and an example. No
//! network call is made. `ConfigErrors` converts into a [`crate::UserError`]
//! with exit code 2.

mod arn;
mod fingerprint;
mod keys;
mod plan;
mod problem;
mod raw;
mod tables;
mod validate;

use std::path::PathBuf;

pub use keys::{KeyDef, Kind, Section, Shorthand};
pub use plan::{
    ACCOUNT_ID_PLACEHOLDER, AccountReads, AuthMethod, AuthPlan, Destination, InitialCredentials,
    Partition, Plan, RoleArn, RoleArnError, SubAccountChain,
};
pub use problem::{ConfigErrors, ConfigProblem, Origin};
pub use tables::{table_dependencies, with_dependencies};

pub use crate::secret::Secret;

/// The configuration sources of one invocation.
#[derive(Debug, Default, Clone)]
pub struct Sources {
    /// `--config FILE`: JSON when its content starts with `{` (or its name
    /// ends in `.json`), TOML otherwise.
    pub file: Option<PathBuf>,
    /// Environment variables (all of them, or just the `ORGSYNC_*` ones; others are ignored).
    pub env: Vec<(String, String)>,
    /// Names of `ORGSYNC_*` variables whose value is not valid UTF-8.
    pub env_not_utf8: Vec<String>,
    /// Flag values as `(key, value)` with the key in snake_case (`region`,
    /// `master_assume_role_arn_chain`…). List keys may repeat; their values accumulate.
    pub flags: Vec<(String, String)>,
    /// Secrets read from stdin (`--secret-access-key-stdin`, `--session-token-stdin`).
    pub stdin_secrets: StdinSecrets,
}

/// Secrets read from standard input.
#[derive(Debug, Default, Clone)]
pub struct StdinSecrets {
    /// `--secret-access-key-stdin`
    pub secret_access_key: Option<Secret>,
    /// `--session-token-stdin`
    pub session_token: Option<Secret>,
}

impl StdinSecrets {
    /// Sets the secret of a secret key read from stdin; `false` when `key`
    /// is not a secret key.
    pub fn insert(&mut self, key: &str, secret: Secret) -> bool {
        let slot = match key {
            keys::SECRET_ACCESS_KEY => &mut self.secret_access_key,
            keys::SESSION_TOKEN => &mut self.session_token,
            _ => return false,
        };
        *slot = Some(secret);
        true
    }

    /// The secrets read, each with its key, in the order they are read.
    fn into_pairs(self) -> impl Iterator<Item = (&'static str, Secret)> {
        [
            (keys::SECRET_ACCESS_KEY, self.secret_access_key),
            (keys::SESSION_TOKEN, self.session_token),
        ]
        .into_iter()
        .filter_map(|(key, secret)| Some((key, secret?)))
    }
}

impl Sources {
    /// Sources with this process's `ORGSYNC_*` environment.
    pub fn from_process_env() -> Self {
        let mut sources = Sources::default();
        for (name, value) in std::env::vars_os() {
            let Some(name) = name.to_str() else { continue };
            if !name.starts_with(keys::ENV_PREFIX) {
                continue;
            }
            match value.into_string() {
                Ok(value) => sources.env.push((name.to_owned(), value)),
                Err(_) => sources.env_not_utf8.push(name.to_owned()),
            }
        }
        sources
    }
}

/// Reads, merges and validates the configuration. Every problem is
/// reported at once; nothing touches the network.
pub fn load(sources: Sources) -> Result<Plan, ConfigErrors> {
    let mut problems = Vec::new();
    let mut merged = raw::RawConfig::default();
    if let Some(file) = &sources.file {
        raw::read_file(file, &mut merged, &mut problems);
    }
    raw::read_env(&sources.env, &mut merged);
    for var in &sources.env_not_utf8 {
        problems
            .push(ConfigProblem::source(Origin::Env(var.clone()), "the value is not valid UTF-8"));
    }
    raw::read_flags(&sources.flags, &mut merged, &mut problems);
    for (key, secret) in sources.stdin_secrets.into_pairs() {
        raw::set_stdin_secret(key, secret, &mut merged);
    }
    validate::Validator::new(&merged, problems).finish(sources.file.clone()).map_err(ConfigErrors)
}

/// Every configuration key with its environment variable and flag
/// (`None` for secrets, which have no flag), in the order of the connector
/// contract's specification.
pub fn key_names() -> impl Iterator<Item = (&'static str, String, Option<String>)> {
    keys::KEYS.iter().map(|k| (k.name, k.env_var(), (!k.is_secret()).then(|| k.flag())))
}

/// Every configuration key's declaration, in the order of the connector
/// contract's specification (the keys of a section in their `--help` order).
pub fn keys() -> &'static [KeyDef] {
    keys::KEYS
}

/// The flags that set a key to a fixed value (`--full`).
pub fn shorthands() -> &'static [Shorthand] {
    keys::SHORTHANDS
}

/// The key reference as a Markdown table (`orgsync schema --format config`):
/// each key with its environment variable, flag, type and meaning.
pub fn render_keys_markdown() -> String {
    let mut out = String::from(
        "# Configuration keys\n\n\
         Sources, later wins: configuration file (`--config FILE`) < environment \
         `ORGSYNC_<KEY>` < command-line flags. Secrets have no flag: file, \
         environment, or their `--…-stdin` flag.\n\n\
         | key | environment | flag | type | meaning | example |\n\
         |---|---|---|---|---|---|\n",
    );
    for key in keys::KEYS {
        let flag = if key.is_secret() {
            format!("`{}`", key.stdin_flag())
        } else {
            format!("`{} <{}>`", key.flag(), key.value_name)
        };
        let help = key.help.replace('|', "\\|");
        let example = key.example.replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | `{}` | {flag} | {} | {help} | `{example}` |\n",
            key.name,
            key.env_var(),
            key.kind.describe(),
        ));
    }
    out
}
