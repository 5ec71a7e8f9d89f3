//! Validation: raw values → [`Plan`], collecting every problem at once.
//!
//! Each key is checked for its type first and then for its shape (ARN,
//! external ID, session name, region, URL, destination…); then keys are
//! checked against each other (secret with key, one partition across all
//! chains, authentication method consistency, include/exclude). No check
//! touches the network. Messages show values through
//! [`super::problem::show_str`] or the secret mask, never raw.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::LazyLock;

use orgsync_destination::SteampipeViews;
use orgsync_report::FindingSettings;
use orgsync_schema::{Scope, TableName};
use regex::Regex;
use sha2::{Digest, Sha256};

use super::keys::{self, *};
use super::plan::*;
use super::problem::{ConfigProblem, Origin, SHOWN_SECRET, show_str};
use super::raw::{Entry, RawConfig, RawValue};
use super::tables::{self, TableLookup};
use crate::refresh::{RefreshMode, RefreshSettings};
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
/// Most roles in a chain.
const MAX_CHAIN_HOPS: usize = 10;

const ARN_EXPECTED: &str =
    "expected arn:{aws|aws-cn|aws-us-gov}:iam::{12 digits}:role/{path}{name}";
const DEFAULT_DURATION: i64 = 3600;
const DEFAULT_POSTGRES_SCHEMA: &str = "orgsync";
const DEFAULT_HISTORY_RUNS: i64 = 30;

static ROLE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@-]{1,64}$").expect("regex"));
static ROLE_PATH_SEGMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\x21-\x2E\x30-\x7E]+$").expect("regex"));
static EXTERNAL_ID_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@:/-]{2,1224}$").expect("regex"));
static SESSION_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@-]{2,64}$").expect("regex"));
static ACCESS_KEY_ID_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(AKIA|ASIA)[A-Z0-9]{16}$").expect("regex"));
static SECRET_KEY_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9/+=]{16,128}$").expect("regex"));
static REGION_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$").expect("regex"));
static PG_IDENTIFIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$").expect("regex"));
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{[^{}]*\}").expect("regex"));

/// Parses a role ARN, or says precisely what is wrong with it.
pub(crate) fn parse_role_arn(arn: &str) -> Result<RoleArn, String> {
    let Some(rest) = arn.strip_prefix("arn:") else {
        return Err("does not start with `arn:`".to_owned());
    };
    let parts: Vec<&str> = rest.splitn(5, ':').collect();
    let [partition, service, region, account, resource] = parts[..] else {
        return Err("has too few `:`-separated parts".to_owned());
    };
    let Some(partition) = Partition::parse(partition) else {
        return Err(format!(
            "has the unknown partition `{}` (expected aws, aws-cn or aws-us-gov)",
            short(partition)
        ));
    };
    if service == "sts" && resource.starts_with("assumed-role/") {
        return Err(
            "is an assumed-role session ARN, not a role ARN; use arn:…:iam::ACCOUNT:role/NAME"
                .to_owned(),
        );
    }
    if service != "iam" {
        return Err(format!("is not an IAM ARN (service `{}`)", short(service)));
    }
    if !region.is_empty() {
        return Err("has a region, but IAM ARNs have none (`iam::`)".to_owned());
    }
    if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("has the account ID `{}`, which is not 12 digits", short(account)));
    }
    let Some(role_path) = resource.strip_prefix("role/") else {
        return Err(format!(
            "names `{}`, which is not a role (expected role/NAME)",
            short(resource)
        ));
    };
    let (path, name) = match role_path.rsplit_once('/') {
        Some((path, name)) => (Some(path), name),
        None => (None, role_path),
    };
    if !ROLE_NAME.is_match(name) {
        return Err(
            "has an invalid role name (1–64 characters of letters, digits and _+=,.@-)".to_owned()
        );
    }
    if let Some(path) = path
        && (path.len() > 510 || !path.split('/').all(|segment| ROLE_PATH_SEGMENT.is_match(segment)))
    {
        return Err(
            "has an invalid role path (segments of printable ASCII separated by /)".to_owned()
        );
    }
    Ok(RoleArn::from_parts(arn.to_owned(), partition, account.to_owned(), name.to_owned()))
}

/// At most 40 characters of a fragment, for ARN messages.
fn short(fragment: &str) -> String {
    let cut: String = fragment.chars().take(40).collect();
    let cut: String = cut.escape_debug().collect();
    if fragment.chars().count() > 40 { format!("{cut}…") } else { cut }
}

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

    /// Whether a key is set to an empty or whitespace-only string.
    fn blank(&self, key: &str) -> bool {
        self.entry(key).is_some_and(|e| e.value.is_blank())
    }

    /// Decides which empty method keys mean "not set": those of every
    /// authentication method but the one in use (given, or inferred from the
    /// non-empty keys first, then from the empty ones, so that an export
    /// whose only access keys are `""` reports them as empty).
    fn ignore_blank_keys_of_other_methods(&mut self) {
        const ACCESS: [&str; 2] = [ACCESS_KEY_ID, SECRET_ACCESS_KEY];
        const WEB: [&str; 2] = [WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN];
        let given = match self.entry(AUTHENTICATION_METHOD).map(|e| &e.value) {
            Some(RawValue::Str(s)) => match s.trim() {
                "access_key" => Some(AuthMethod::AccessKey),
                "web_identity" => Some(AuthMethod::WebIdentity),
                "default_chain" => Some(AuthMethod::DefaultChain),
                _ => None,
            },
            _ => None,
        };
        let filled = |v: &Self, keys: [&str; 2]| {
            keys.iter().any(|k| v.entry(k).is_some_and(|e| !e.value.is_blank()))
        };
        let present = |v: &Self, keys: [&str; 2]| keys.iter().any(|k| v.entry(k).is_some());
        let method = given.or_else(|| {
            if filled(self, ACCESS) {
                Some(AuthMethod::AccessKey)
            } else if filled(self, WEB) {
                Some(AuthMethod::WebIdentity)
            } else if present(self, ACCESS) {
                Some(AuthMethod::AccessKey)
            } else if present(self, WEB) {
                Some(AuthMethod::WebIdentity)
            } else {
                None
            }
        });
        for (keys, owner) in [(ACCESS, AuthMethod::AccessKey), (WEB, AuthMethod::WebIdentity)] {
            if method != Some(owner) {
                for key in keys {
                    if self.blank(key) {
                        self.ignored.insert(key);
                    }
                }
            }
        }
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

    /// `refresh`, `full_refresh_days` and `refresh_overlap_minutes`.
    fn refresh_settings(&mut self) -> Option<RefreshSettings> {
        let mut settings = RefreshSettings::default();
        match self.string(REFRESH).as_deref().map(str::trim) {
            None | Some("auto") => {}
            Some("full") => settings.mode = RefreshMode::Full,
            Some(other) => {
                let hint = keys::closest(other, ["auto", "full"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(REFRESH, format!("expected auto or full{hint}"));
                return None;
            }
        }
        if self.entry(FULL_REFRESH_DAYS).is_some() {
            // Down to a minute (tests); CloudTrail keeps 90 days of events.
            let days = self.number(FULL_REFRESH_DAYS, 0.0007..=90.0, " days")?;
            settings.full_refresh = std::time::Duration::from_secs_f64(days * 86_400.0);
        }
        if self.entry(REFRESH_OVERLAP_MINUTES).is_some() {
            let minutes = self.int(REFRESH_OVERLAP_MINUTES, 0..=1440, " minutes")?;
            settings.overlap = std::time::Duration::from_secs(minutes as u64 * 60);
        }
        Some(settings)
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

    /// A chain of role ARNs; reports empty entries and malformed ARNs.
    fn role_chain(&mut self, key: &str) -> Option<Vec<RoleArn>> {
        let list = self.list(key)?;
        if list.entries.len() > MAX_CHAIN_HOPS {
            self.report(
                key,
                format!("has {} roles; a chain has at most {MAX_CHAIN_HOPS}", list.entries.len()),
            );
            return None;
        }
        let total = list.entries.len();
        let mut chain = Vec::with_capacity(total);
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let hop = index + 1;
            match entry {
                None => {
                    self.report(key, format!("entry {hop} of {total} is empty (two separators in a row?); {ARN_EXPECTED}"));
                    ok = false;
                }
                Some(arn) => match parse_role_arn(arn) {
                    Ok(role) => chain.push(role),
                    Err(why) => {
                        self.report(
                            key,
                            format!(
                                "entry {hop} of {total} {} {why}; {ARN_EXPECTED}",
                                show_str(arn)
                            ),
                        );
                        ok = false;
                    }
                },
            }
        }
        ok.then_some(chain)
    }

    fn single_role(&mut self, key: &str) -> Option<RoleArn> {
        let arn = self.string(key)?;
        match parse_role_arn(arn.trim()) {
            Ok(role) => Some(role),
            Err(why) => {
                self.report(key, format!("{why}; {ARN_EXPECTED}"));
                None
            }
        }
    }

    /// The sub-account template chain and a sample of its ARNs (for the
    /// partition check); `None` when it has problems, `Some(None)` when empty.
    #[allow(clippy::option_option)]
    fn sub_account_chain(&mut self) -> Option<Option<(SubAccountChain, Vec<RoleArn>)>> {
        let key = SUB_ACCOUNT_CHAIN;
        let list = self.list(key)?;
        if list.entries.is_empty() {
            return Some(None);
        }
        let total = list.entries.len();
        if total > MAX_CHAIN_HOPS {
            self.report(key, format!("has {total} roles; a chain has at most {MAX_CHAIN_HOPS}"));
            return None;
        }
        let mut templates = Vec::new();
        let mut samples = Vec::new();
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let hop = index + 1;
            let Some(template) = entry else {
                self.report(
                    key,
                    format!("entry {hop} of {total} is empty (two separators in a row?)"),
                );
                ok = false;
                continue;
            };
            if let Some(bad) = PLACEHOLDER
                .find_iter(template)
                .map(|m| m.as_str())
                .find(|p| *p != ACCOUNT_ID_PLACEHOLDER)
            {
                self.report(
                    key,
                    format!("entry {hop} of {total} uses the unknown placeholder `{}`; did you mean `{ACCOUNT_ID_PLACEHOLDER}`?", short(bad)),
                );
                ok = false;
                continue;
            }
            match parse_role_arn(&template.replace(ACCOUNT_ID_PLACEHOLDER, "123456789012")) {
                Ok(sample) => samples.push(sample),
                Err(why) => {
                    self.report(
                        key,
                        format!(
                            "entry {hop} of {total} {} {why}; {ARN_EXPECTED}",
                            show_str(template)
                        ),
                    );
                    ok = false;
                }
            }
            templates.push(template.clone());
        }
        if ok && !templates.iter().any(|t| t.contains(ACCOUNT_ID_PLACEHOLDER)) {
            self.report(
                key,
                format!(
                    "no entry contains `{ACCOUNT_ID_PLACEHOLDER}`, so every member account would be reached through the same role; \
                     put `{ACCOUNT_ID_PLACEHOLDER}` where the member account's ID goes"
                ),
            );
            ok = false;
        }
        ok.then(|| Some((SubAccountChain::new(templates), samples)))
    }

    /// Runs every check; returns the plan when there was no problem.
    pub(crate) fn finish(
        mut self,
        config_file: Option<PathBuf>,
    ) -> Result<Plan, Vec<ConfigProblem>> {
        // --- initial credentials -------------------------------------------------------
        self.ignore_blank_keys_of_other_methods();
        for key in [ACCESS_KEY_ID, WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN] {
            if self.blank(key) {
                self.report(key, "is empty");
            }
        }
        let access_key_id = if self.blank(ACCESS_KEY_ID) {
            None
        } else {
            self.string(ACCESS_KEY_ID).map(|k| k.trim().to_owned())
        };
        if let Some(id) = &access_key_id
            && !ACCESS_KEY_ID_SHAPE.is_match(id)
        {
            self.report(
                ACCESS_KEY_ID,
                "is not an access key ID: expected 20 characters, AKIA (long-term key) or ASIA (temporary key) \
                 followed by 16 upper-case letters or digits",
            );
        }
        let secret_access_key = self.secret(SECRET_ACCESS_KEY);
        if let Some(secret) = &secret_access_key
            && !SECRET_KEY_SHAPE.is_match(secret.expose())
        {
            self.report(
                SECRET_ACCESS_KEY,
                "is not a secret access key: expected 40 characters of letters, digits, / and +",
            );
        }
        let session_token = self.secret(SESSION_TOKEN);
        let set = |v: &Self, key: &str| v.entry(key).is_some();

        let method_text = self.string(AUTHENTICATION_METHOD);
        let method = match method_text.as_deref().map(str::trim) {
            None => Some(if set(&self, ACCESS_KEY_ID) || set(&self, SECRET_ACCESS_KEY) {
                AuthMethod::AccessKey
            } else if set(&self, WEB_IDENTITY_TOKEN_FILE) || set(&self, WEB_IDENTITY_ROLE_ARN) {
                AuthMethod::WebIdentity
            } else {
                AuthMethod::DefaultChain
            }),
            Some("access_key") => Some(AuthMethod::AccessKey),
            Some("web_identity") => Some(AuthMethod::WebIdentity),
            Some("default_chain") => Some(AuthMethod::DefaultChain),
            Some(other) => {
                let hint = keys::closest(other, ["access_key", "web_identity", "default_chain"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(
                    AUTHENTICATION_METHOD,
                    format!("expected access_key, web_identity or default_chain{hint}"),
                );
                None
            }
        };
        let profile = self.string(PROFILE).map(|p| p.trim().to_owned());
        let token_file = if self.blank(WEB_IDENTITY_TOKEN_FILE) {
            None
        } else {
            self.string(WEB_IDENTITY_TOKEN_FILE).map(PathBuf::from)
        };
        let web_role = if set(&self, WEB_IDENTITY_ROLE_ARN) && !self.blank(WEB_IDENTITY_ROLE_ARN) {
            self.single_role(WEB_IDENTITY_ROLE_ARN)
        } else {
            None
        };

        if set(&self, SESSION_TOKEN) && !set(&self, ACCESS_KEY_ID) {
            self.report(
                SESSION_TOKEN,
                "is set without `access_key_id`: a session token belongs to temporary access keys",
            );
        }
        if let (Some(id), true) = (&access_key_id, set(&self, SESSION_TOKEN))
            && id.starts_with("AKIA")
        {
            self.report(SESSION_TOKEN, "is set, but `access_key_id` is a long-term key (AKIA…); session tokens come with temporary keys (ASIA…)");
        }
        if let (Some(id), false) = (&access_key_id, set(&self, SESSION_TOKEN))
            && id.starts_with("ASIA")
            && ACCESS_KEY_ID_SHAPE.is_match(id)
        {
            self.report(SESSION_TOKEN, "is missing: `access_key_id` is a temporary key (ASIA…), which needs its session token");
        }
        let initial = match method {
            Some(AuthMethod::AccessKey) => {
                if !set(&self, ACCESS_KEY_ID) {
                    self.report(ACCESS_KEY_ID, "is missing: `secret_access_key` (or authentication_method = \"access_key\") needs the access key ID it belongs to");
                }
                if !set(&self, SECRET_ACCESS_KEY) {
                    self.report(SECRET_ACCESS_KEY, "is missing: `access_key_id` needs its secret access key (file, ORGSYNC_SECRET_ACCESS_KEY or --secret-access-key-stdin)");
                }
                for key in [PROFILE, WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN] {
                    if set(&self, key) {
                        self.report(key, "only applies with another authentication_method; remove it or the access keys");
                    }
                }
                match (access_key_id.clone(), secret_access_key.clone()) {
                    (Some(access_key_id), Some(secret_access_key)) => {
                        Some(InitialCredentials::AccessKey {
                            access_key_id,
                            secret_access_key,
                            session_token: session_token.clone(),
                        })
                    }
                    _ => None,
                }
            }
            Some(AuthMethod::WebIdentity) => {
                if !set(&self, WEB_IDENTITY_TOKEN_FILE) {
                    self.report(WEB_IDENTITY_TOKEN_FILE, "is missing: authentication_method = \"web_identity\" needs the OIDC token file");
                }
                if !set(&self, WEB_IDENTITY_ROLE_ARN) {
                    self.report(WEB_IDENTITY_ROLE_ARN, "is missing: authentication_method = \"web_identity\" needs the role to assume with the token");
                }
                for key in [ACCESS_KEY_ID, SECRET_ACCESS_KEY, PROFILE] {
                    if set(&self, key) {
                        self.report(
                            key,
                            "does not apply to authentication_method = \"web_identity\"; remove it",
                        );
                    }
                }
                if let Some(file) = &token_file
                    && !file.is_file()
                {
                    self.report(WEB_IDENTITY_TOKEN_FILE, "does not exist or is not a file");
                }
                match (token_file.clone(), web_role.clone()) {
                    (Some(token_file), Some(role_arn)) => {
                        Some(InitialCredentials::WebIdentity { token_file, role_arn })
                    }
                    _ => None,
                }
            }
            Some(AuthMethod::DefaultChain) => {
                for key in [
                    ACCESS_KEY_ID,
                    SECRET_ACCESS_KEY,
                    WEB_IDENTITY_TOKEN_FILE,
                    WEB_IDENTITY_ROLE_ARN,
                ] {
                    if set(&self, key) {
                        self.report(key, "does not apply to authentication_method = \"default_chain\"; remove it or change the method");
                    }
                }
                Some(InitialCredentials::DefaultChain { profile: profile.clone() })
            }
            None => None,
        };
        if let Some(p) = &profile
            && p.is_empty()
        {
            self.report(PROFILE, "is empty");
        }

        // --- chains ------------------------------------------------------------------------
        let chain =
            if set(&self, MASTER_CHAIN) { self.role_chain(MASTER_CHAIN) } else { Some(Vec::new()) };
        let sub = if set(&self, SUB_ACCOUNT_CHAIN) { self.sub_account_chain() } else { Some(None) };

        let external_id = self.string(EXTERNAL_ID).map(|e| e.trim().to_owned());
        if let Some(id) = &external_id
            && !EXTERNAL_ID_SHAPE.is_match(id)
        {
            self.report(EXTERNAL_ID, "must be 2–1224 characters of letters, digits and _+=,.@:/-");
        }
        let role_session_name = self.string(ROLE_SESSION_NAME).map(|n| n.trim().to_owned());
        if let Some(name) = &role_session_name
            && !SESSION_NAME.is_match(name)
        {
            self.report(
                ROLE_SESSION_NAME,
                "must be 2–64 characters of letters, digits and _+=,.@-",
            );
        }
        let duration = if set(&self, ROLE_SESSION_DURATION) {
            self.int(ROLE_SESSION_DURATION, 900..=43200, " seconds (15 minutes to 12 hours)")
        } else {
            Some(DEFAULT_DURATION)
        };

        // --- partition and region ----------------------------------------------------------------
        let mut partitions: BTreeMap<Partition, Vec<String>> = BTreeMap::new();
        if let Some(role) = &web_role {
            partitions
                .entry(role.partition())
                .or_default()
                .push(format!("{WEB_IDENTITY_ROLE_ARN} {}", role));
        }
        for (hop, role) in chain.iter().flatten().enumerate() {
            partitions
                .entry(role.partition())
                .or_default()
                .push(format!("{MASTER_CHAIN} entry {}", hop + 1));
        }
        if let Some(Some((_, samples))) = &sub {
            for (hop, role) in samples.iter().enumerate() {
                partitions
                    .entry(role.partition())
                    .or_default()
                    .push(format!("{SUB_ACCOUNT_CHAIN} entry {}", hop + 1));
            }
        }
        if partitions.len() > 1 {
            let listing = partitions
                .iter()
                .map(|(p, uses)| format!("{p} ({})", uses.join(", ")))
                .collect::<Vec<_>>()
                .join(" and ");
            let key = if set(&self, MASTER_CHAIN) { MASTER_CHAIN } else { SUB_ACCOUNT_CHAIN };
            self.report(
                key,
                format!(
                    "mixes partitions: {listing}; every role of the chains must be in one partition"
                ),
            );
        }
        let arn_partition = partitions.keys().next().copied();
        let region = self.string(REGION).map(|r| r.trim().to_owned());
        if let Some(r) = &region {
            if !REGION_SHAPE.is_match(r) {
                self.report(
                    REGION,
                    "is not a region name (e.g. us-east-1, cn-northwest-1, us-gov-west-1)",
                );
            } else if let Some(p) = arn_partition
                && Partition::of_region(r) != p
            {
                self.report(
                    REGION,
                    format!(
                        "belongs to partition {}, but the role ARNs are in partition {p} (whose Organizations region is {})",
                        Partition::of_region(r),
                        p.default_region()
                    ),
                );
            }
        }
        let partition =
            arn_partition.or(region.as_deref().map(Partition::of_region)).unwrap_or(Partition::Aws);
        let region = region.unwrap_or_else(|| partition.default_region().to_owned());

        let endpoint_url = self.string(ENDPOINT_URL).map(|u| u.trim().to_owned());
        if let Some(url) = &endpoint_url
            && let Err(why) = check_endpoint_url(url)
        {
            self.report(ENDPOINT_URL, why);
        }

        // --- destination ------------------------------------------------------------------
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
        let history_runs = if set(&self, HISTORY_RUNS) {
            self.int(HISTORY_RUNS, 0..=1_000_000, " runs (0 keeps none)")
        } else {
            Some(DEFAULT_HISTORY_RUNS)
        };
        let max_concurrency = if set(&self, MAX_CONCURRENCY) {
            self.int(MAX_CONCURRENCY, 1..=1024, "").map(Some)
        } else {
            Some(None)
        };

        let account_reads = match self.string(ACCOUNT_READS).as_deref().map(str::trim) {
            None | Some("auto") => Some(AccountReads::Auto),
            Some("management") => Some(AccountReads::Management),
            Some("member") => {
                if sub.as_ref().is_some_and(Option::is_none) {
                    self.report(
                        ACCOUNT_READS,
                        format!("is `member`, which needs `{SUB_ACCOUNT_CHAIN}` to reach the member accounts; set it, or use `auto`"),
                    );
                }
                Some(AccountReads::Member)
            }
            Some(other) => {
                let hint = keys::closest(other, ["auto", "management", "member"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(ACCOUNT_READS, format!("expected auto, management or member{hint}"));
                None
            }
        };

        // --- tables -----------------------------------------------------------------------------
        let mut effective_policies = self.bool(EFFECTIVE_POLICIES).unwrap_or(false);
        let account_details = self.bool(ACCOUNT_DETAILS).unwrap_or(false);
        let primary_contacts = self.bool(PRIMARY_CONTACTS).unwrap_or(false);
        let include = self.table_list(INCLUDE);
        let exclude = self.table_list(EXCLUDE);
        let sub_chain = sub.clone().flatten().map(|(chain, _)| chain);
        let mut tables = BTreeSet::new();
        if let (Some(include), Some(exclude)) = (&include, &exclude) {
            if include.contains(&TableName::EffectivePolicy) {
                effective_policies = true;
            }
            if include.contains(&TableName::AccountAccess) && sub_chain.is_none() {
                self.report(INCLUDE, format!("includes aws_organizations_account_access, which needs `{SUB_ACCOUNT_CHAIN}`"));
            }
            for both in include.intersection(exclude) {
                self.report(
                    EXCLUDE,
                    format!(
                        "excludes {}, which `include` names too; name it in one of them",
                        both.as_str()
                    ),
                );
            }
            let mut requested =
                if include.is_empty() { tables::default_tables() } else { include.clone() };
            if effective_policies {
                requested.insert(TableName::EffectivePolicy);
            }
            if account_details {
                requested.extend([TableName::AccountInformation, TableName::AccountRegion]);
            }
            if primary_contacts {
                requested.insert(TableName::AccountContact);
            }
            if sub_chain.is_some() {
                requested.insert(TableName::AccountAccess);
            }
            tables = tables::with_dependencies(&requested);
            tables.retain(|t| !exclude.contains(t));
            if tables.is_empty() {
                self.report(EXCLUDE, "excludes every table; nothing would be extracted");
            }
        }

        // --- findings --------------------------------------------------------------------------------
        let findings = self.findings_settings();
        let scope = self.scope();
        let refresh = self.refresh_settings();

        // --- done -----------------------------------------------------------------------------------
        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let (
            Some(initial),
            Some(chain),
            Some(sub),
            Some(duration),
            Some(target),
            Some(history_runs),
            Some(max_concurrency),
            Some(account_reads),
        ) = (initial, chain, sub, duration, target, history_runs, max_concurrency, account_reads)
        else {
            // Every missing value above was reported; this guards against a missed case.
            return Err(vec![ConfigProblem::key(DESTINATION, "the configuration is incomplete")]);
        };
        let explicit_session_name = role_session_name.is_some();
        let auth = AuthPlan {
            initial,
            chain,
            external_id,
            role_session_name: role_session_name.unwrap_or_else(|| {
                format!("orgsync-{}", chrono::Utc::now().format("%Y%m%dT%H%M%SZ"))
            }),
            role_session_name_is_default: !explicit_session_name,
            role_session_duration_seconds: u32::try_from(duration).expect("validated range"),
            partition,
            region,
            endpoint_url,
        };
        let options = orgsync_destination::SinkOptions {
            csv_formula_escape,
            postgres_schema,
            postgres_steampipe_schema,
            history_runs: usize::try_from(history_runs).expect("validated range"),
        };
        let destination = Destination::new(destination_text, target, options);
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
        plan.config_fingerprint = fingerprint(&plan);
        Ok(plan)
    }

    /// `findings_delegated_admin_allowlist` (12-digit account ids) and
    /// `findings_max_ou_depth` (0–100, default 5).
    fn findings_settings(&mut self) -> Option<FindingSettings> {
        let mut settings = FindingSettings::default();
        let mut ok = true;
        if self.entry(FINDINGS_MAX_OU_DEPTH).is_some() {
            match self.int(FINDINGS_MAX_OU_DEPTH, 0..=100, " levels") {
                Some(depth) => settings.max_ou_depth = depth,
                None => ok = false,
            }
        }
        if self.entry(FINDINGS_DELEGATED_ADMIN_ALLOWLIST).is_some() {
            let ids = self.id_list(FINDINGS_DELEGATED_ADMIN_ALLOWLIST, IdKind::Account)?;
            settings.delegated_admin_allowlist = Some(ids.into_iter().collect());
        }
        ok.then_some(settings)
    }

    /// The scope keys: OUs to read, OUs and accounts to leave out.
    fn scope(&mut self) -> Option<Scope> {
        let mut list = |key: &str, kind: IdKind| {
            if self.entry(key).is_some() { self.id_list(key, kind) } else { Some(Vec::new()) }
        };
        let scope = Scope {
            organizational_unit_ids: list(ORGANIZATIONAL_UNIT_IDS, IdKind::OrganizationalUnit)?,
            exclude_organizational_unit_ids: list(
                EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
                IdKind::OrganizationalUnit,
            )?,
            exclude_account_ids: list(EXCLUDE_ACCOUNT_IDS, IdKind::Account)?,
        };
        if let Some(both) = scope
            .organizational_unit_ids
            .iter()
            .find(|id| scope.exclude_organizational_unit_ids.contains(id))
        {
            self.report(
                EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
                format!(
                    "`{both}` is also in organizational_unit_ids; an OU is either read or left out"
                ),
            );
            return None;
        }
        Some(scope)
    }

    /// A list of account or OU ids, each checked, duplicates dropped, order kept.
    fn id_list(&mut self, key: &str, kind: IdKind) -> Option<Vec<String>> {
        let list = self.list(key)?;
        let mut ids: Vec<String> = Vec::new();
        for (index, entry) in list.entries.iter().enumerate() {
            match entry {
                Some(id) if kind.accepts(id) => {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                Some(id) => {
                    self.report(
                        key,
                        format!("entry {} (`{}`) is not {}", index + 1, short(id), kind.expected()),
                    );
                    return None;
                }
                None => {
                    self.report(key, format!("entry {} is empty", index + 1));
                    return None;
                }
            }
        }
        Some(ids)
    }

    /// `include`/`exclude`: table names (full or without `aws_organizations_`).
    fn table_list(&mut self, key: &str) -> Option<BTreeSet<TableName>> {
        if !self.raw.entries.contains_key(key) {
            return Some(BTreeSet::new());
        }
        let list = self.list(key)?;
        let mut tables = BTreeSet::new();
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let Some(name) = entry else {
                self.report(key, format!("entry {} is empty", index + 1));
                ok = false;
                continue;
            };
            match tables::lookup_table(name) {
                TableLookup::Data(t) => {
                    tables.insert(t);
                }
                TableLookup::Bookkeeping(n) => {
                    self.report(
                        key,
                        format!("names {n}, which is always written and cannot be chosen"),
                    );
                    ok = false;
                }
                TableLookup::Unknown(close) => {
                    let hint = match close {
                        Some(c) => format!("did you mean `{c}`?"),
                        None => format!("the tables are {}", tables::data_table_names()),
                    };
                    self.report(key, format!("{} is not a table; {hint}", show_str(name)));
                    ok = false;
                }
            }
        }
        ok.then_some(tables)
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

/// sha256 (hex) of the canonical JSON of the plan's non-secret settings.
/// A generated session name is left out so the fingerprint is stable across runs.
fn fingerprint(plan: &Plan) -> String {
    let auth = &plan.auth;
    let initial = match &auth.initial {
        InitialCredentials::AccessKey { access_key_id, session_token, .. } => serde_json::json!({
            "method": "access_key", "access_key_id": access_key_id, "temporary": session_token.is_some()
        }),
        InitialCredentials::WebIdentity { token_file, role_arn } => serde_json::json!({
            "method": "web_identity", "token_file": token_file, "role_arn": role_arn.as_str()
        }),
        InitialCredentials::DefaultChain { profile } => {
            serde_json::json!({ "method": "default_chain", "profile": profile })
        }
    };
    let canonical = serde_json::json!({
        "initial": initial,
        "master_assume_role_arn_chain": auth.chain.iter().map(RoleArn::as_str).collect::<Vec<_>>(),
        "assume_external_id": auth.external_id,
        "role_session_name": (!auth.role_session_name_is_default).then_some(&auth.role_session_name),
        "role_session_duration_seconds": auth.role_session_duration_seconds,
        "partition": auth.partition.as_str(),
        "region": auth.region,
        "endpoint_url": auth.endpoint_url,
        "sub_account_assume_role_arn_chain": plan.sub_account_chain.as_ref().map(SubAccountChain::templates),
        "account_reads": plan.account_reads.as_str(),
        "tables": plan.tables.iter().map(|t| t.as_str()).collect::<Vec<_>>(),
        "effective_policies": plan.effective_policies,
        "max_concurrency": plan.max_concurrency,
        "destination": plan.destination.describe(),
        "csv_formula_escape": plan.destination.options.csv_formula_escape,
        "postgres_schema": plan.destination.options.postgres_schema,
        "postgres_steampipe_schema": plan.destination.steampipe_schema(),
        "history_runs": plan.destination.options.history_runs,
        "findings_delegated_admin_allowlist": plan.findings.delegated_admin_allowlist,
        "findings_max_ou_depth": plan.findings.max_ou_depth,
        "scope": plan.scope,
    });
    // serde_json's preserve_order keeps insertion order; sort keys for a canonical form.
    let sorted: BTreeMap<String, serde_json::Value> = match canonical {
        serde_json::Value::Object(map) => map.into_iter().collect(),
        _ => unreachable!("built as an object"),
    };
    let bytes = serde_json::to_vec(&sorted).expect("JSON values serialize");
    hex::encode(Sha256::digest(&bytes))
}

/// What an entry of an id list must be.
#[derive(Debug, Clone, Copy)]
enum IdKind {
    Account,
    OrganizationalUnit,
}

/// An OU id: `ou-`, the root's 4–32 characters, `-`, 8–32 characters.
static OU_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$").expect("valid regex"));

impl IdKind {
    fn accepts(self, id: &str) -> bool {
        match self {
            IdKind::Account => id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()),
            IdKind::OrganizationalUnit => OU_ID.is_match(id),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            IdKind::Account => "a 12-digit account ID",
            IdKind::OrganizationalUnit => "an OU ID such as `ou-ab12-11aa22bb`",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_arns_parse_with_paths_and_partitions() {
        let role =
            parse_role_arn("arn:aws-cn:iam::123456789012:role/ops/readers/OrgReader").unwrap();
        assert_eq!(role.partition(), Partition::AwsCn);
        assert_eq!(role.account_id(), "123456789012");
        assert_eq!(role.role_name(), "OrgReader");
        for (bad, why) in [
            ("arn:aws:iam::12345678901:role/A", "12 digits"),
            ("arn:aws-eu:iam::123456789012:role/A", "unknown partition"),
            ("arn:aws:iam::123456789012:user/A", "not a role"),
            ("arn:aws:iam:us-east-1:123456789012:role/A", "region"),
            ("arn:aws:sts::123456789012:assumed-role/A/s", "assumed-role"),
            ("aws:iam::123456789012:role/A", "arn:"),
            ("arn:aws:iam::123456789012:role/", "role name"),
            ("arn:aws:iam::123456789012:role/a//b", "role path"),
        ] {
            let err = parse_role_arn(bad).unwrap_err();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

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
