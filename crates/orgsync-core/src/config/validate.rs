//! Validation: raw values → [`Plan`], collecting every problem at once.
//!
//! Each key is checked for its type first and then for its shape (ARN,
//! external ID, session name, region, URL, destination…); then keys are
//! checked against each other (secret with key, one partition across all
//! chains, authentication method consistency, include/exclude). No check
//! touches the network. Messages show values through
//! [`super::problem::show_str`] or the secret mask, never raw.
//!
//! This file holds the [`Validator`] with its typed readers (string, secret,
//! boolean, number, list), the destination section and
//! [`Validator::finish`], which runs the sections in order — `auth`,
//! `chains`, the destination, `runtime` limits, `tables`, then the
//! findings, scope and refresh settings (`runtime`) — and assembles the plan.

mod auth;
mod chains;
mod runtime;
mod tables;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::LazyLock;

use orgsync_destination::SteampipeViews;
use regex::Regex;

use super::arn::short;
use super::keys::{self, *};
use super::plan::*;
use super::problem::{ConfigProblem, Origin, SHOWN_SECRET, show_str};
use super::raw::{Entry, RawConfig, RawValue};
use crate::secret::Secret;

/// A number read from a configuration value, before its range is checked.
enum Parsed<'v, T> {
    /// The value.
    Value(T),
    /// Text that is not a number.
    BadText,
    /// A value of another type (an array, a boolean …).
    WrongType(&'v RawValue),
}

/// Longest non-secret string value accepted.
const MAX_VALUE_CHARS: usize = 4096;
/// Longest secret value accepted (session tokens run to a few kilobytes).
const MAX_SECRET_CHARS: usize = 16384;

const DEFAULT_POSTGRES_SCHEMA: &str = "orgsync";
const DEFAULT_HISTORY_RUNS: i64 = 30;

static PG_IDENTIFIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$").expect("regex"));

/// A list value split into entries; `None` entries are empty ones.
struct ListValue {
    entries: Vec<Option<String>>,
}

/// Splits a list given as one string: entries are separated by commas,
/// semicolons, whitespace or newlines. Runs of whitespace are one separator;
/// an empty entry between two commas/semicolons is kept as `None` so it can
/// be reported.
fn split_list(text: &str) -> ListValue {
    let mut entries = Vec::new();
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return ListValue { entries };
    }
    for segment in trimmed.split([',', ';']) {
        let mut words = segment.split_whitespace().peekable();
        if words.peek().is_none() {
            entries.push(None);
        }
        entries.extend(words.map(|w| Some(w.to_owned())));
    }
    ListValue { entries }
}

/// Checks every key and builds the plan.
pub(crate) struct Validator<'a> {
    raw: &'a RawConfig,
    problems: Vec<ConfigProblem>,
    /// Empty keys of an authentication method other than the one in use:
    /// a data-hub export lists them all, so they are "not set".
    ignored: BTreeSet<&'static str>,
}

impl<'a> Validator<'a> {
    pub(crate) fn new(raw: &'a RawConfig, problems: Vec<ConfigProblem>) -> Self {
        Self { raw, problems, ignored: BTreeSet::new() }
    }

    fn entry(&self, key: &str) -> Option<&'a Entry> {
        if self.ignored.contains(key) {
            return None;
        }
        self.raw.entries.get(key)
    }

    /// Whether a key is set (to any value).
    fn is_set(&self, key: &str) -> bool {
        self.entry(key).is_some()
    }

    /// Whether a key is set to an empty or whitespace-only string.
    fn blank(&self, key: &str) -> bool {
        self.entry(key).is_some_and(|e| e.value.is_blank())
    }

    /// A value as it may be shown.
    fn shown(key: &str, value: &RawValue) -> String {
        match value {
            RawValue::Secret(_) => SHOWN_SECRET.to_owned(),
            RawValue::Str(s) if key == DESTINATION => show_str(&mask_url_password(s)),
            RawValue::Str(s) => show_str(s),
            RawValue::Int(i) => i.to_string(),
            RawValue::Float(f) => f.to_string(),
            RawValue::Bool(b) => b.to_string(),
            RawValue::Null => "null".to_owned(),
            RawValue::Other(what) => format!("<{what}>"),
            RawValue::List(items) => {
                let shown: Vec<String> =
                    items.iter().take(5).map(|i| Self::shown(key, i)).collect();
                let more = if items.len() > 5 {
                    format!(", … ({} entries)", items.len())
                } else {
                    String::new()
                };
                format!("[{}{more}]", shown.join(", "))
            }
        }
    }

    /// Records a problem with the key's current value, origin and example.
    fn report(&mut self, key: &str, message: impl Into<String>) {
        let def = keys::def(key);
        let mut problem = ConfigProblem::key(key, message).example(def.example);
        if let Some(entry) = self.entry(key) {
            problem = problem.value(Self::shown(key, &entry.value)).origin(Some(&entry.origin));
        }
        self.problems.push(problem);
    }

    fn wrong_type(&mut self, key: &str, expected: &str, found: &RawValue) {
        self.report(key, format!("expected {expected}, found {}", found.type_name()));
    }

    /// Checks a plain string's length and characters (list keys may hold
    /// newlines and tabs, which separate entries).
    fn check_text(&mut self, key: &str, s: &str) -> bool {
        let is_list = keys::def(key).kind == Kind::List;
        let count = s.chars().count();
        if count > MAX_VALUE_CHARS {
            self.report(
                key,
                format!("is too long ({count} characters; at most {MAX_VALUE_CHARS})"),
            );
            return false;
        }
        if s.chars().any(|c| c.is_control() && !(is_list && c.is_whitespace())) {
            self.report(key, "contains a control character (newline, tab, NUL…)");
            return false;
        }
        true
    }

    fn string(&mut self, key: &str) -> Option<String> {
        let entry = self.entry(key)?;
        match &entry.value {
            RawValue::Str(s) => self.check_text(key, s).then(|| s.clone()),
            other => {
                self.wrong_type(key, "a string", other);
                None
            }
        }
    }

    fn secret(&mut self, key: &str) -> Option<Secret> {
        let entry = self.entry(key)?;
        match &entry.value {
            RawValue::Secret(s) if s.char_count() > MAX_SECRET_CHARS => {
                self.report(key, format!("is too long (more than {MAX_SECRET_CHARS} characters)"));
                None
            }
            RawValue::Secret(s) if s.expose().trim().is_empty() => {
                self.report(key, "is empty");
                None
            }
            RawValue::Secret(s)
                if s.expose().chars().any(|c| c.is_whitespace() || c.is_control()) =>
            {
                self.report(key, "contains whitespace or a control character (a stray newline or space when pasting?)");
                None
            }
            RawValue::Secret(s) => Some(s.clone()),
            other => {
                self.wrong_type(key, "a string", other);
                None
            }
        }
    }

    fn bool(&mut self, key: &str) -> Option<bool> {
        let entry = self.entry(key)?;
        match &entry.value {
            RawValue::Bool(b) => Some(*b),
            RawValue::Str(s) => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" | "on" => Some(true),
                "false" | "0" | "no" | "off" => Some(false),
                _ => {
                    self.report(key, "expected a boolean (true or false)");
                    None
                }
            },
            other => {
                self.wrong_type(key, "a boolean (true or false)", other);
                None
            }
        }
    }

    fn int(&mut self, key: &str, range: std::ops::RangeInclusive<i64>, unit: &str) -> Option<i64> {
        let entry = self.entry(key)?;
        let parsed = match &entry.value {
            RawValue::Int(i) => Parsed::Value(*i),
            RawValue::Str(s) => s.trim().parse::<i64>().map_or(Parsed::BadText, Parsed::Value),
            other => Parsed::WrongType(other),
        };
        self.in_range(key, parsed, range, unit, ("an integer", "expected an integer"))
    }

    fn number(
        &mut self,
        key: &str,
        range: std::ops::RangeInclusive<f64>,
        unit: &str,
    ) -> Option<f64> {
        let entry = self.entry(key)?;
        let parsed = match &entry.value {
            RawValue::Int(i) => Parsed::Value(*i as f64),
            RawValue::Float(f) => Parsed::Value(*f),
            RawValue::Str(s) => match s.trim().parse::<f64>() {
                Ok(f) if f.is_finite() => Parsed::Value(f),
                _ => Parsed::BadText,
            },
            other => Parsed::WrongType(other),
        };
        self.in_range(key, parsed, range, unit, ("a number", "expected a number, e.g. 7 or 0.5"))
    }

    /// A parsed value inside `range`, or the problem reported: `expected`
    /// names the type for a value of another type and says what text was
    /// expected.
    fn in_range<T: PartialOrd + std::fmt::Display>(
        &mut self,
        key: &str,
        parsed: Parsed<'_, T>,
        range: std::ops::RangeInclusive<T>,
        unit: &str,
        (type_name, bad_text): (&str, &str),
    ) -> Option<T> {
        let value = match parsed {
            Parsed::Value(v) => v,
            Parsed::BadText => {
                self.report(key, bad_text);
                return None;
            }
            Parsed::WrongType(other) => {
                self.wrong_type(key, type_name, other);
                return None;
            }
        };
        if !range.contains(&value) {
            self.report(
                key,
                format!("must be between {} and {}{unit}", range.start(), range.end()),
            );
            return None;
        }
        Some(value)
    }

    fn list(&mut self, key: &str) -> Option<ListValue> {
        let entry = self.entry(key)?;
        match &entry.value {
            RawValue::Str(s) => self.check_text(key, s).then(|| split_list(s)),
            RawValue::List(items) => {
                // A repeated flag is a list of strings each of which may
                // itself hold several separated entries (as the flag help
                // says); an array element from a file is exactly one entry.
                let from_flags = matches!(entry.origin, Origin::Flag(_));
                let mut entries = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        RawValue::Str(s) => {
                            if !self.check_text(key, s) {
                                return None;
                            }
                            if from_flags {
                                entries.extend(split_list(s).entries);
                                continue;
                            }
                            let s = s.trim();
                            entries.push((!s.is_empty()).then(|| s.to_owned()));
                        }
                        other => {
                            self.wrong_type(key, "an array of strings", other);
                            return None;
                        }
                    }
                }
                Some(ListValue { entries })
            }
            other => {
                self.wrong_type(
                    key,
                    "an array of strings (or one string of comma-separated entries)",
                    other,
                );
                None
            }
        }
    }

    /// Runs every check, section by section; returns the plan when there was no problem.
    pub(crate) fn finish(
        mut self,
        config_file: Option<PathBuf>,
    ) -> Result<Plan, Vec<ConfigProblem>> {
        let auth::Auth { initial, web_role } = self.auth();
        let chains = self.chains(web_role.as_ref());
        let destination = self.destination();
        let sub = chains.sub;
        let runtime::Limits { max_concurrency, account_reads } =
            self.limits(sub.as_ref().is_some_and(Option::is_none));
        let sub_chain = sub.as_ref().is_some_and(Option::is_some);
        let tables::Tables { tables, effective_policies } = self.tables(sub_chain);
        let findings = self.findings_settings();
        let scope = self.scope();
        let refresh = self.refresh_settings();

        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let (
            Some(initial),
            Some(chain),
            Some(sub),
            Some(duration),
            Some(destination),
            Some(max_concurrency),
            Some(account_reads),
        ) = (
            initial,
            chains.chain,
            sub,
            chains.duration,
            destination,
            max_concurrency,
            account_reads,
        )
        else {
            // Every missing value above was reported; this guards against a missed case.
            return Err(vec![ConfigProblem::key(DESTINATION, "the configuration is incomplete")]);
        };
        let explicit_session_name = chains.role_session_name.is_some();
        let auth = AuthPlan {
            initial,
            chain,
            external_id: chains.external_id,
            role_session_name: chains.role_session_name.unwrap_or_else(|| {
                format!("orgsync-{}", chrono::Utc::now().format("%Y%m%dT%H%M%SZ"))
            }),
            role_session_name_is_default: !explicit_session_name,
            role_session_duration_seconds: u32::try_from(duration).expect("validated range"),
            partition: chains.partition,
            region: chains.region,
            endpoint_url: chains.endpoint_url,
        };
        let Some(findings) = findings else {
            return Err(vec![ConfigProblem::key(
                FINDINGS_MAX_OU_DEPTH,
                "the configuration is incomplete",
            )]);
        };
        let Some(refresh) = refresh else {
            return Err(vec![ConfigProblem::key(REFRESH, "the configuration is incomplete")]);
        };
        let Some(scope) = scope else {
            return Err(vec![ConfigProblem::key(
                ORGANIZATIONAL_UNIT_IDS,
                "the configuration is incomplete",
            )]);
        };
        let mut plan = Plan {
            auth,
            destination,
            tables,
            effective_policies,
            max_concurrency: max_concurrency.map(|c| usize::try_from(c).expect("validated range")),
            sub_account_chain: sub.map(|(chain, _)| chain),
            account_reads,
            config_fingerprint: String::new(),
            config_file,
            findings,
            scope,
            refresh,
        };
        plan.config_fingerprint = super::fingerprint::fingerprint(&plan);
        Ok(plan)
    }

    /// The destination and its options (`destination`, `csv_formula_escape`,
    /// `postgres_schema`, `postgres_steampipe_schema`, `history_runs`).
    fn destination(&mut self) -> Option<Destination> {
        let destination_text = self
            .string(DESTINATION)
            .unwrap_or_else(|| orgsync_destination::DEFAULT_DESTINATION.to_owned());
        let target = match parse_destination(&destination_text) {
            Ok(target) => Some(target),
            Err(why) => {
                self.report(DESTINATION, why);
                None
            }
        };
        let csv_formula_escape = self.bool(CSV_FORMULA_ESCAPE).unwrap_or(true);
        let postgres_schema = self
            .string(POSTGRES_SCHEMA)
            .map(|s| s.trim().to_owned())
            .unwrap_or_else(|| DEFAULT_POSTGRES_SCHEMA.to_owned());
        if !PG_IDENTIFIER.is_match(&postgres_schema) {
            self.report(
                POSTGRES_SCHEMA,
                "must be a plain identifier: a letter or _, then up to 62 letters, digits or _",
            );
        }
        let postgres_steampipe_schema = match self.string(POSTGRES_STEAMPIPE_SCHEMA) {
            None => SteampipeViews::Default,
            Some(name) if name.trim() == SteampipeViews::OFF => SteampipeViews::Off,
            Some(name) => {
                let name = name.trim().to_owned();
                if !PG_IDENTIFIER.is_match(&name) {
                    self.report(
                        POSTGRES_STEAMPIPE_SCHEMA,
                        "must be a plain identifier (a letter or _, then up to 62 letters, digits or _) or \"none\" for no views",
                    );
                } else if name == postgres_schema {
                    self.report(
                        POSTGRES_STEAMPIPE_SCHEMA,
                        "must differ from postgres_schema: the views have the tables' names (e.g. \"steampipe\", or \"none\" for no views)",
                    );
                }
                SteampipeViews::Schema(name)
            }
        };
        let history_runs = if self.is_set(HISTORY_RUNS) {
            self.int(HISTORY_RUNS, 0..=1_000_000, " runs (0 keeps none)")
        } else {
            Some(DEFAULT_HISTORY_RUNS)
        };
        let options = sink_options(
            csv_formula_escape,
            postgres_schema,
            postgres_steampipe_schema,
            history_runs?,
        );
        Some(Destination::new(destination_text, target?, options))
    }
}

/// The options every destination receives.
fn sink_options(
    csv_formula_escape: bool,
    postgres_schema: String,
    postgres_steampipe_schema: SteampipeViews,
    history_runs: i64,
) -> orgsync_destination::SinkOptions {
    orgsync_destination::SinkOptions {
        csv_formula_escape,
        postgres_schema,
        postgres_steampipe_schema,
        history_runs: usize::try_from(history_runs).expect("validated range"),
    }
}

/// Checks `endpoint_url`: an http(s) URL with a host, no credentials, and
/// `http://` only for loopback hosts.
fn check_endpoint_url(text: &str) -> Result<(), String> {
    let url = url::Url::parse(text).map_err(|e| {
        format!("is not a URL ({e}); expected e.g. https://host or http://127.0.0.1:PORT")
    })?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err("must not contain a user name or password".to_owned());
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err("must not have a query (?…) or fragment (#…)".to_owned());
    }
    let loopback = match url.host() {
        None => return Err("has no host".to_owned()),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
    };
    match url.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        "http" => Err("uses http:// for a host that is not loopback; credentials would cross the network unencrypted — use https://".to_owned()),
        other => Err(format!("has the scheme `{}`; expected https:// (or http:// for a loopback host)", short(other))),
    }
}

/// Replaces the password of a URL-shaped string (user-info `user:PASSWORD@`
/// or a `password=` query parameter) with `***`. Works on strings that do not
/// parse as URLs too, since those are the ones shown in error messages.
fn mask_url_password(text: &str) -> String {
    let mut masked = text.to_owned();
    if let Some(scheme_end) = masked.find("://") {
        let authority_start = scheme_end + 3;
        let authority_end = masked[authority_start..]
            .find(['/', '?', '#'])
            .map_or(masked.len(), |i| authority_start + i);
        if let Some(at) = masked[authority_start..authority_end].rfind('@')
            && let Some(colon) = masked[authority_start..authority_start + at].find(':')
        {
            masked.replace_range(authority_start + colon + 1..authority_start + at, "***");
        }
    }
    if let Some(query_start) = masked.find('?') {
        let (head, query) = masked.split_at(query_start + 1);
        let query: Vec<String> = query
            .split('&')
            .map(|pair| match pair.split_once('=') {
                Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                _ => pair.to_owned(),
            })
            .collect();
        masked = format!("{head}{}", query.join("&"));
    }
    masked
}

/// Parses `destination` with the sinks' own parser, adding a hint for
/// likely slips (a bare path, a misspelt kind).
fn parse_destination(text: &str) -> Result<orgsync_destination::Destination, String> {
    orgsync_destination::Destination::parse(text).map_err(|err| {
        let reason = match err {
            orgsync_destination::SinkError::InvalidDestination { reason, .. } => reason,
            other => other.to_string(),
        };
        let hint = match text.split_once(':') {
            None if text.ends_with(".db") || text.ends_with(".sqlite") => {
                format!(" (write sqlite:{text})")
            }
            Some((kind, _)) if !kind.contains('/') => {
                keys::closest(kind, ["sqlite", "postgres", "parquet", "csv", "jsonl"])
                    .filter(|c| *c != kind)
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default()
            }
            _ => String::new(),
        };
        format!("{reason}{hint}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_every_separator_and_keep_empty_entries() {
        let list = split_list(" a, b;c\nd  e\t f ");
        assert_eq!(list.entries, ["a", "b", "c", "d", "e", "f"].map(|s| Some(s.to_owned())));
        let list = split_list("a,,b");
        assert_eq!(list.entries, vec![Some("a".to_owned()), None, Some("b".to_owned())]);
        assert!(split_list("  \n").entries.is_empty());
    }

    #[test]
    fn a_chain_flag_splits_like_the_seed_string_and_repeated_flags_accumulate() {
        let a = "arn:aws:iam::111122223333:role/Hop1";
        let b = "arn:aws:iam::444455556666:role/Hop2";
        let c = "arn:aws:iam::444455556666:role/Hop3";
        let sources = crate::config::Sources {
            flags: vec![
                ("access_key_id".into(), "AKIAABCDEFGHIJKLMNOP".into()),
                ("master_assume_role_arn_chain".into(), format!("{a}, {b}")),
                ("master_assume_role_arn_chain".into(), c.into()),
            ],
            stdin_secrets: crate::config::StdinSecrets {
                secret_access_key: Some(crate::secret::Secret::new("s".repeat(40))),
                session_token: None,
            },
            ..Default::default()
        };
        let plan = crate::config::load(sources).expect("valid");
        let chain: Vec<&str> = plan.auth.chain.iter().map(RoleArn::as_str).collect();
        assert_eq!(chain, [a, b, c]);
    }

    #[test]
    fn endpoint_urls_allow_http_only_on_loopback() {
        assert!(check_endpoint_url("http://127.0.0.1:4566").is_ok());
        assert!(check_endpoint_url("http://[::1]:4566").is_ok());
        assert!(check_endpoint_url("http://localhost:4566").is_ok());
        assert!(
            check_endpoint_url("https://vpce-1.organizations.us-east-1.vpce.amazonaws.com").is_ok()
        );
        assert!(check_endpoint_url("http://10.0.0.1:4566").unwrap_err().contains("loopback"));
        assert!(check_endpoint_url("ftp://127.0.0.1").unwrap_err().contains("scheme"));
        assert!(check_endpoint_url("https://u:p@host").unwrap_err().contains("password"));
    }

    #[test]
    fn destination_hints_and_password_masking() {
        assert!(parse_destination("orgsync.db").unwrap_err().contains("sqlite:orgsync.db"));
        assert!(parse_destination("sqlit:x").unwrap_err().contains("did you mean `sqlite`"));
        assert!(parse_destination("sqlite:x.db").is_ok());
        assert_eq!(mask_url_password("postgres://bob:hunter2@/db"), "postgres://bob:***@/db");
        assert_eq!(
            mask_url_password("postgres://bob@h/db?sslmode=require&password=hunter2"),
            "postgres://bob@h/db?sslmode=require&password=***"
        );
        assert_eq!(mask_url_password("sqlite:x.db"), "sqlite:x.db");
    }
}
