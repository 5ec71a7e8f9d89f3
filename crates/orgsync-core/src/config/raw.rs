//! Reading the configuration sources into one layer of raw values.
//!
//! Sources are read in order — file (JSON when its first non-blank character
//! is `{` or its name ends in `.json`, TOML otherwise), `ORGSYNC_*`
//! environment, flags, stdin secrets — and a later source replaces a key set
//! by an earlier one. In a file or the environment, an empty or
//! whitespace-only string for an optional key means "not set", like JSON
//! `null` (see [`super::keys`]); a flag's empty value is kept and reported. Nothing here interprets a
//! value beyond its syntax; [`super::validate`] does that. Secret keys are
//! wrapped in [`Secret`] as soon as they are read. File problems (unreadable,
//! too large, not UTF-8, syntax errors, duplicate keys, unknown keys) are
//! collected, never panicked on.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use super::keys::{self, ENV_PREFIX, Kind};
use super::problem::{ConfigProblem, Origin};
use crate::secret::Secret;

/// Largest configuration file accepted.
pub(crate) const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// `ORGSYNC_*` variables that are not configuration keys and are ignored.
const NON_KEY_ENV_PREFIXES: &[&str] = &["ORGSYNC_TEST_", "ORGSYNC_LOG"];
/// Single variables that are not keys: the configuration file, and the test
/// suites' `ORGSYNC_ALLOW_SKIP` (`orgsync-test-support`).
const NON_KEY_ENV_VARS: &[&str] = &["ORGSYNC_CONFIG", "ORGSYNC_ALLOW_SKIP"];

/// A value as read from a source, before interpretation.
#[derive(Debug, Clone)]
pub(crate) enum RawValue {
    /// A string (from a file, the environment or a flag).
    Str(String),
    /// The string value of a secret key.
    Secret(Secret),
    /// An integer (files only).
    Int(i64),
    /// A floating point number (files only; never valid).
    Float(f64),
    /// A boolean (files only).
    Bool(bool),
    /// An array (files only).
    List(Vec<RawValue>),
    /// A null inside an array (JSON only; never valid).
    Null,
    /// A table/object or a TOML date-time: never valid for any key.
    Other(&'static str),
}

impl RawValue {
    /// An empty or whitespace-only string.
    pub fn is_blank(&self) -> bool {
        match self {
            RawValue::Str(s) => s.trim().is_empty(),
            RawValue::Secret(s) => s.expose().trim().is_empty(),
            _ => false,
        }
    }

    /// The name of the value's type, for "expected X, found Y" messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            RawValue::Str(_) | RawValue::Secret(_) => "a string",
            RawValue::Int(_) => "an integer",
            RawValue::Float(_) => "a floating point number",
            RawValue::Bool(_) => "a boolean",
            RawValue::List(_) => "an array",
            RawValue::Null => "null",
            RawValue::Other(what) => what,
        }
    }
}

/// A raw value and where it came from.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub value: RawValue,
    pub origin: Origin,
}

/// The merged raw configuration: for each key, the value of the last source that set it.
#[derive(Debug, Default)]
pub(crate) struct RawConfig {
    pub entries: BTreeMap<&'static str, Entry>,
    /// Whether the configuration file itself holds a secret (for the permission warning).
    pub file_holds_secret: bool,
}

impl RawConfig {
    /// Sets a key from a file or the environment, replacing any earlier
    /// source's value. A blank string for an optional key is "not set" and
    /// leaves any earlier value in place.
    fn set(&mut self, key: &'static str, value: RawValue, origin: Origin) {
        if value.is_blank() && !keys::def(key).required_by_method() {
            return;
        }
        self.set_as_given(key, value, origin);
    }

    /// Sets a key whatever its value: a flag typed with an empty value
    /// (`--region ""`, often an unset shell variable) is a mistake worth
    /// reporting, not a data-hub export.
    fn set_as_given(&mut self, key: &'static str, value: RawValue, origin: Origin) {
        self.entries.insert(key, Entry { value: protect(key, value), origin });
    }

    /// Appends to a list key set from the same kind of source, or sets it.
    fn append_flag(&mut self, key: &'static str, value: String, origin: Origin) {
        match self.entries.get_mut(key) {
            Some(Entry { value: RawValue::List(items), origin: existing })
                if *existing == origin =>
            {
                items.push(RawValue::Str(value));
            }
            _ => self.set_as_given(key, RawValue::List(vec![RawValue::Str(value)]), origin),
        }
    }
}

/// Wraps the string value of a secret key in [`Secret`].
fn protect(key: &str, value: RawValue) -> RawValue {
    match value {
        RawValue::Str(s) if keys::def(key).is_secret() => RawValue::Secret(Secret::new(s)),
        other => other,
    }
}

/// Reads the configuration file into `raw`, collecting its problems.
pub(crate) fn read_file(path: &Path, raw: &mut RawConfig, problems: &mut Vec<ConfigProblem>) {
    let shown_path = path.display().to_string();
    let origin = Origin::File(shown_path.clone());
    let bytes = match read_limited(path) {
        Ok(bytes) => bytes,
        Err(message) => {
            problems.push(ConfigProblem::source(origin, message));
            return;
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let (line, column) = line_column(&e.as_bytes()[..at]);
            problems.push(ConfigProblem::source(
                origin,
                format!(
                    "the file is not valid UTF-8 (invalid byte at line {line}, column {column}); \
                     save it as UTF-8 text"
                ),
            ));
            return;
        }
    };
    let is_json = looks_like_json(&text)
        || path.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("json"));
    let pairs = if is_json { parse_json(&text) } else { parse_toml(&text) };
    let pairs = match pairs {
        Ok(pairs) => pairs,
        Err(message) => {
            problems.push(ConfigProblem::source(origin, message));
            return;
        }
    };
    for (name, value) in pairs {
        let Some(def) = keys::lookup(&name) else {
            problems.push(unknown_key(&name, &origin));
            continue;
        };
        let Some(value) = value else { continue }; // JSON null = not set
        if def.is_secret() {
            raw.file_holds_secret = true;
        }
        raw.set(def.name, value, origin.clone());
    }
    if raw.file_holds_secret {
        warn_if_readable_by_others(path);
    }
}

/// Whether a configuration file's text is JSON: its first character other
/// than whitespace (or a byte-order mark) is `{`. A data hub's export keeps
/// this shape whatever the file is called (`.conf`, `.txt`, no extension);
/// a TOML file cannot start with `{`.
fn looks_like_json(text: &str) -> bool {
    text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}').starts_with('{')
}

fn read_limited(path: &Path) -> Result<Vec<u8>, String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("cannot read the configuration file: {e}"))?;
    if meta.is_dir() {
        return Err("is a directory, not a configuration file".to_owned());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the file is {} bytes; a configuration file is at most {MAX_FILE_BYTES} bytes (is it the right file?)",
            meta.len()
        ));
    }
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read the configuration file: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!("the file is larger than {MAX_FILE_BYTES} bytes"));
    }
    Ok(bytes)
}

/// 1-based line and column of the end of `before`.
fn line_column(before: &[u8]) -> (usize, usize) {
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
    (line, column)
}

type Pairs = Vec<(String, Option<RawValue>)>;

fn parse_toml(text: &str) -> Result<Pairs, String> {
    // Messages are built from the parser's message and position only: its
    // default rendering quotes the offending line, which may hold a secret.
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let position = e
            .span()
            .map(|span| {
                let (line, column) = line_column(&text.as_bytes()[..span.start.min(text.len())]);
                format!(" at line {line}, column {column}")
            })
            .unwrap_or_default();
        format!("not valid TOML{position}: {}", e.message().trim_end())
    })?;
    Ok(table.into_iter().map(|(k, v)| (k, Some(from_toml(v)))).collect())
}

fn from_toml(value: toml::Value) -> RawValue {
    match value {
        toml::Value::String(s) => RawValue::Str(s),
        toml::Value::Integer(i) => RawValue::Int(i),
        toml::Value::Float(f) => RawValue::Float(f),
        toml::Value::Boolean(b) => RawValue::Bool(b),
        toml::Value::Datetime(_) => RawValue::Other("a date-time"),
        toml::Value::Array(items) => RawValue::List(items.into_iter().map(from_toml).collect()),
        toml::Value::Table(_) => RawValue::Other("a table"),
    }
}

/// A JSON object read as its key/value pairs in order, duplicates kept (so they can be reported).
struct JsonEntries(Vec<(String, serde_json::Value)>);

impl<'de> Deserialize<'de> for JsonEntries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = JsonEntries;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object of configuration keys")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonEntries, A::Error> {
                let mut entries = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    entries.push((key, map.next_value::<serde_json::Value>()?));
                }
                Ok(JsonEntries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

fn parse_json(text: &str) -> Result<Pairs, String> {
    let entries: JsonEntries =
        serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|e| {
            // serde_json messages hold positions and types, never the input text.
            format!("not valid JSON: {e}")
        })?;
    let mut seen = std::collections::BTreeSet::new();
    let mut duplicates = Vec::new();
    for (key, _) in &entries.0 {
        if !seen.insert(key.as_str()) && !duplicates.contains(key) {
            duplicates.push(key.clone());
        }
    }
    if !duplicates.is_empty() {
        let list = duplicates.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
        return Err(format!("duplicate key {list}: each key may appear only once"));
    }
    Ok(entries
        .0
        .into_iter()
        .map(|(k, v)| {
            let value = if v.is_null() { None } else { Some(from_json(v)) };
            (k, value)
        })
        .collect())
}

fn from_json(value: serde_json::Value) -> RawValue {
    match value {
        serde_json::Value::Null => RawValue::Null,
        serde_json::Value::Bool(b) => RawValue::Bool(b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => RawValue::Int(i),
            None => RawValue::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        serde_json::Value::String(s) => RawValue::Str(s),
        serde_json::Value::Array(items) => {
            RawValue::List(items.into_iter().map(from_json).collect())
        }
        serde_json::Value::Object(_) => RawValue::Other("an object"),
    }
}

fn unknown_key(name: &str, origin: &Origin) -> ConfigProblem {
    let shown: String = name.chars().take(64).collect::<String>().escape_debug().collect();
    let mut problem = ConfigProblem::key(&shown, "unknown key".to_owned()).origin(Some(origin));
    match keys::suggest_key(name) {
        Some(close) => problem.message = format!("unknown key; did you mean `{close}`?"),
        None => {
            problem.message = format!(
                "unknown key; the keys are {}",
                keys::KEYS.iter().map(|k| k.name).collect::<Vec<_>>().join(", ")
            )
        }
    }
    problem
}

#[cfg(unix)]
fn warn_if_readable_by_others(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        tracing::warn!(
            "the configuration file {} holds a secret and can be read by group or others; run `chmod 600 {}`",
            path.display(),
            path.display()
        );
    }
}

#[cfg(not(unix))]
fn warn_if_readable_by_others(_path: &Path) {}

/// Reads the `ORGSYNC_*` variables into `raw`. Unknown `ORGSYNC_*` variables
/// are warned about (with a "did you mean"), since the environment is shared
/// with other tools; an empty or whitespace-only variable counts as not set.
pub(crate) fn read_env(env: &[(String, String)], raw: &mut RawConfig) {
    for (var, value) in env {
        let Some(rest) = var.strip_prefix(ENV_PREFIX) else { continue };
        if NON_KEY_ENV_VARS.contains(&var.as_str())
            || NON_KEY_ENV_PREFIXES.iter().any(|p| var.starts_with(p))
        {
            continue;
        }
        let name = rest.to_ascii_lowercase();
        let Some(def) = keys::lookup(&name) else {
            match keys::suggest_key(&name) {
                Some(close) => tracing::warn!(
                    "ignoring unknown environment variable {var}; did you mean {}?",
                    keys::def(close).env_var()
                ),
                None => tracing::warn!(
                    "ignoring unknown environment variable {var}: it is not a configuration key"
                ),
            }
            continue;
        };
        if value.trim().is_empty() {
            continue;
        }
        raw.set(def.name, RawValue::Str(value.clone()), Origin::Env(var.clone()));
    }
}

/// Reads flag values (`(key, value)` pairs, keys in snake_case) into `raw`.
/// List keys given several times accumulate. Secret keys are refused.
pub(crate) fn read_flags(
    flags: &[(String, String)],
    raw: &mut RawConfig,
    problems: &mut Vec<ConfigProblem>,
) {
    for (name, value) in flags {
        let Some(def) = keys::lookup(name) else {
            let mut problem = ConfigProblem::key(name, "unknown key given as a flag");
            if let Some(close) = keys::suggest_key(name) {
                problem.message = format!("unknown key given as a flag; did you mean `{close}`?");
            }
            problems.push(problem);
            continue;
        };
        let origin = Origin::Flag(def.flag());
        if def.is_secret() {
            problems.push(
                ConfigProblem::key(
                    def.name,
                    format!(
                        "secrets are never accepted as command-line values (they would show in `ps`); \
                         use {}-stdin, the configuration file or {}",
                        def.flag(),
                        def.env_var()
                    ),
                )
                .origin(Some(&origin)),
            );
            continue;
        }
        if def.kind == Kind::List {
            raw.append_flag(def.name, value.clone(), origin);
        } else {
            raw.set_as_given(def.name, RawValue::Str(value.clone()), origin);
        }
    }
}

/// Sets a secret read from stdin.
pub(crate) fn set_stdin_secret(key: &'static str, secret: Secret, raw: &mut RawConfig) {
    let flag = format!("{}-stdin", keys::def(key).flag());
    raw.entries.insert(key, Entry { value: RawValue::Secret(secret), origin: Origin::Stdin(flag) });
}
