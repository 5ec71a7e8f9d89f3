//! The registry of configuration keys: every key of the connector contract
//! (its configuration specification, kept outside this repository) declared
//! once, with its type, whether it is secret, its `--help` section, value
//! name and help, and an example.
//!
//! Parsing, validation messages, "did you mean" hints, environment variable
//! names, the CLI's flags (built with clap's builder API in
//! `crates/orgsync/src/config_flags.rs`) and the key reference of
//! `orgsync schema --format config` are all derived from this one table.
//! A new key is one entry of the `keys!` table below (its constant and its
//! [`KEYS`] entry), plus its check in `validate/`, its field in the plan and,
//! when it changes what a run reads or writes, its field in `fingerprint.rs`.
//!
//! Empty values: a data hub exports every parameter, the unused ones as
//! `null` or `""`. For an optional key an empty or whitespace-only string
//! means "not set", exactly like JSON `null` (or a key left out), whether it
//! comes from a JSON or TOML file or an `ORGSYNC_*` variable. (A flag typed
//! with an empty value, `--region ""`, is still reported.) The
//! keys an authentication method needs ([`KeyDef::required_by_method`]) are
//! kept when empty, so `access_key_id = ""` is reported as empty rather than
//! silently falling back to another method.

/// The shape a key's value must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string.
    Str,
    /// A secret string (never shown, never a flag value).
    Secret,
    /// A boolean (`true`/`false`; environment and flags also take 1/0, yes/no).
    Bool,
    /// An integer.
    Int,
    /// A number, integer or decimal.
    Number,
    /// A list of strings, given as an array or as one string whose items are
    /// separated by commas, semicolons, whitespace or newlines.
    List,
}

impl Kind {
    /// The type as the documentation names it.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Str => "string",
            Kind::Secret => "secret string",
            Kind::Bool => "boolean",
            Kind::Int => "integer",
            Kind::Number => "number",
            Kind::List => "list of strings",
        }
    }
}

/// The group a key belongs to: the commands that take it and its `--help`
/// section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// Credentials, the role chains and where AWS is (`sync`, `check`,
    /// `permissions`, `tree --live`).
    Aws,
    /// The destination and its options (every command that reads or writes one).
    Destination,
    /// What a sync extracts and writes, and how hard it may push.
    Extraction,
    /// Settings of the organization checks (`sync`, `findings`).
    Findings,
}

impl Section {
    /// The `--help` heading of the section's flags; `None`: they follow the
    /// heading before them.
    pub fn heading(self) -> Option<&'static str> {
        match self {
            Section::Aws => Some("AWS access (secrets only from the file, ORGSYNC_* or stdin)"),
            Section::Destination => Some("Configuration file and destination"),
            Section::Extraction => Some("What to extract and write"),
            Section::Findings => None,
        }
    }
}

/// One configuration key: everything the file and environment parsing,
/// validation messages, the command-line flags and the documentation need.
#[derive(Debug, Clone, Copy)]
pub struct KeyDef {
    /// The key as written in files (snake_case).
    pub name: &'static str,
    /// Its value's shape.
    pub kind: Kind,
    /// The commands and `--help` section it belongs to.
    pub section: Section,
    /// The flag's value name in `--help` (`--region <REGION>`).
    pub value_name: &'static str,
    /// What it means, one sentence or two (the flag's help). For a secret:
    /// the help of its `--…-stdin` flag.
    pub help: &'static str,
    /// A valid value, written as a TOML line, for messages.
    pub example: &'static str,
    /// Whether its flag may be repeated, the values accumulating (list keys
    /// whose flag takes one entry or a few at a time).
    pub repeatable: bool,
}

/// A flag that sets a key to a fixed value (`--full` = `--refresh full`).
#[derive(Debug, Clone, Copy)]
pub struct Shorthand {
    /// The flag without its dashes.
    pub flag: &'static str,
    /// The key it sets; the two flags conflict.
    pub key: &'static str,
    /// The value it sets.
    pub value: &'static str,
    /// Its help.
    pub help: &'static str,
}

impl KeyDef {
    /// Whether the value must never be shown.
    pub fn is_secret(&self) -> bool {
        self.kind == Kind::Secret
    }

    /// Whether an authentication method cannot do without this key, so an
    /// empty value is reported ("is empty") instead of meaning "not set".
    pub(crate) fn required_by_method(&self) -> bool {
        matches!(
            self.name,
            ACCESS_KEY_ID | SECRET_ACCESS_KEY | WEB_IDENTITY_TOKEN_FILE | WEB_IDENTITY_ROLE_ARN
        )
    }

    /// `ORGSYNC_<KEY_IN_UPPER_CASE>`.
    pub fn env_var(&self) -> String {
        format!("{ENV_PREFIX}{}", self.name.to_ascii_uppercase())
    }

    /// The command-line flag (`--key-with-dashes`); for a secret, the flag
    /// that is refused (its value is read with [`KeyDef::stdin_flag`]).
    pub fn flag(&self) -> String {
        format!("--{}", self.long())
    }

    /// The flag without its dashes (`key-with-dashes`).
    pub fn long(&self) -> String {
        self.name.replace('_', "-")
    }

    /// `--key-with-dashes-stdin`, which reads a secret from standard input.
    pub fn stdin_flag(&self) -> String {
        format!("{}-stdin", self.flag())
    }
}

/// Prefix of every configuration environment variable.
pub(crate) const ENV_PREFIX: &str = "ORGSYNC_";

/// Declares every key once: its constant (the name as written in files)
/// and its entry of [`KEYS`], in order.
macro_rules! keys {
    ($(
        $constant:ident = $name:literal {
            kind: $kind:ident,
            section: $section:ident,
            value_name: $value_name:literal,
            help: $help:expr,
            example: $example:expr,
            $(repeatable: $repeatable:literal,)?
        }
    )*) => {
        $(pub(crate) const $constant: &str = $name;)*

        /// Every key, in the order of the connector contract's specification (the
        /// authentication keys first), the keys of a section in their `--help` order.
        pub(crate) static KEYS: &[KeyDef] = &[$(KeyDef {
            name: $constant,
            kind: Kind::$kind,
            section: Section::$section,
            value_name: $value_name,
            help: $help,
            example: $example,
            repeatable: keys!(@flag $($repeatable)?),
        }),*];
    };
    (@flag) => { false };
    (@flag $value:literal) => { $value };
}

keys! {
    ACCESS_KEY_ID = "access_key_id" {
        kind: Str,
        section: Aws,
        value_name: "ID",
        help: "Initial access key ID (AKIA… or ASIA…).",
        example: r#"access_key_id = "AKIAIOSFODNN7EXAMPLE""#,
    }
    SECRET_ACCESS_KEY = "secret_access_key" {
        kind: Secret,
        section: Aws,
        value_name: "SECRET",
        help: "Read the secret access key from the first line of stdin.",
        example: r#"secret_access_key = "<40-character secret key>""#,
    }
    SESSION_TOKEN = "session_token" {
        kind: Secret,
        section: Aws,
        value_name: "SECRET",
        help: "Read the session token from stdin (the line after the secret key when both are read).",
        example: r#"session_token = "<session token of temporary credentials>""#,
    }
    MASTER_CHAIN = "master_assume_role_arn_chain" {
        kind: List,
        section: Aws,
        value_name: "ARNS",
        help: "Role ARNs assumed one after another (comma, semicolon or space separated).",
        example: r#"master_assume_role_arn_chain = ["arn:aws:iam::111122223333:role/OrgReader"]"#,
    }
    EXTERNAL_ID = "assume_external_id" {
        kind: Str,
        section: Aws,
        value_name: "ID",
        help: "External ID sent with every AssumeRole.",
        example: r#"assume_external_id = "orgsync-7f3a9c""#,
    }
    AUTHENTICATION_METHOD = "authentication_method" {
        kind: Str,
        section: Aws,
        value_name: "METHOD",
        help: "access_key, web_identity or default_chain.",
        example: r#"authentication_method = "access_key""#,
    }
    PROFILE = "profile" {
        kind: Str,
        section: Aws,
        value_name: "NAME",
        help: "Named AWS profile (~/.aws/config) for default_chain.",
        example: r#"profile = "org-admin""#,
    }
    WEB_IDENTITY_TOKEN_FILE = "web_identity_token_file" {
        kind: Str,
        section: Aws,
        value_name: "FILE",
        help: "OIDC token file for web_identity (re-read at every renewal).",
        example: r#"web_identity_token_file = "/var/run/secrets/token""#,
    }
    WEB_IDENTITY_ROLE_ARN = "web_identity_role_arn" {
        kind: Str,
        section: Aws,
        value_name: "ARN",
        help: "Role assumed with the web identity token.",
        example: r#"web_identity_role_arn = "arn:aws:iam::111122223333:role/ci-oidc""#,
    }
    SUB_ACCOUNT_CHAIN = "sub_account_assume_role_arn_chain" {
        kind: List,
        section: Aws,
        value_name: "ARNS",
        help: "Template chain into member accounts; {accountId} is replaced per account.",
        example: r#"sub_account_assume_role_arn_chain = ["arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole"]"#,
    }
    ROLE_SESSION_NAME = "role_session_name" {
        kind: Str,
        section: Aws,
        value_name: "NAME",
        help: "RoleSessionName of every AssumeRole (default orgsync-<run id>).",
        example: r#"role_session_name = "orgsync-nightly""#,
    }
    ROLE_SESSION_DURATION = "role_session_duration_seconds" {
        kind: Int,
        section: Aws,
        value_name: "SECONDS",
        help: "Session duration, 900–43200 (chained hops are capped at 3600).",
        example: "role_session_duration_seconds = 3600",
    }
    REGION = "region" {
        kind: Str,
        section: Aws,
        value_name: "REGION",
        help: "Signing region (default: the partition's Organizations region).",
        example: r#"region = "us-east-1""#,
    }
    ENDPOINT_URL = "endpoint_url" {
        kind: Str,
        section: Aws,
        value_name: "URL",
        help: "One endpoint for STS, Organizations and Account (http:// only for loopback).",
        example: r#"endpoint_url = "https://organizations.us-east-1.amazonaws.com""#,
    }
    INCLUDE = "include" {
        kind: List,
        section: Extraction,
        value_name: "TABLE",
        help: "Tables to extract (repeatable or comma-separated; dependencies are added).",
        example: r#"include = ["aws_organizations_account", "aws_organizations_policy"]"#,
        repeatable: true,
    }
    EXCLUDE = "exclude" {
        kind: List,
        section: Extraction,
        value_name: "TABLE",
        help: "Tables not to write (repeatable or comma-separated).",
        example: r#"exclude = ["aws_organizations_alternate_contact"]"#,
        repeatable: true,
    }
    EFFECTIVE_POLICIES = "effective_policies" {
        kind: Bool,
        section: Extraction,
        value_name: "BOOL",
        help: "Also extract effective policies per account.",
        example: "effective_policies = true",
    }
    ACCOUNT_DETAILS = "account_details" {
        kind: Bool,
        section: Extraction,
        value_name: "BOOL",
        help: "Also extract each account's creation date and Region opt-in status \
         (one GetAccountInformation and one ListRegions per account).",
        example: "account_details = true",
    }
    PRIMARY_CONTACTS = "primary_contacts" {
        kind: Bool,
        section: Extraction,
        value_name: "BOOL",
        help: "Also extract each account's primary contact (personal data).",
        example: "primary_contacts = true",
    }
    MAX_CONCURRENCY = "max_concurrency" {
        kind: Int,
        section: Extraction,
        value_name: "N",
        help: "Upper bound on AWS calls in flight.",
        example: "max_concurrency = 8",
    }
    ACCOUNT_READS = "account_reads" {
        kind: Str,
        section: Extraction,
        value_name: "auto|management|member",
        help: "Where per-account Account API reads run: auto (each member's own \
         session when the sub-account chain reaches it, else the management \
         session), management, or member.",
        example: r#"account_reads = "auto""#,
    }
    DESTINATION = "destination" {
        kind: Str,
        section: Destination,
        value_name: "DESTINATION",
        help: "sqlite:PATH, postgres://…, parquet:DIR, csv:DIR or jsonl:DIR.",
        example: r#"destination = "sqlite:orgsync.db""#,
    }
    CSV_FORMULA_ESCAPE = "csv_formula_escape" {
        kind: Bool,
        section: Extraction,
        value_name: "BOOL",
        help: "CSV: prefix formula-leading cells with '.",
        example: "csv_formula_escape = true",
    }
    POSTGRES_SCHEMA = "postgres_schema" {
        kind: Str,
        section: Destination,
        value_name: "SCHEMA",
        help: "PostgreSQL schema of the tables.",
        example: r#"postgres_schema = "orgsync""#,
    }
    POSTGRES_STEAMPIPE_SCHEMA = "postgres_steampipe_schema" {
        kind: Str,
        section: Destination,
        value_name: "SCHEMA",
        help: "PostgreSQL schema of the Steampipe-compatible views (\"none\": no views).",
        example: r#"postgres_steampipe_schema = "steampipe""#,
    }
    HISTORY_RUNS = "history_runs" {
        kind: Int,
        section: Extraction,
        value_name: "N",
        help: "Runs kept in the history.",
        example: "history_runs = 30",
    }
    REFRESH = "refresh" {
        kind: Str,
        section: Extraction,
        value_name: "auto|full",
        help: "auto: read only what changed since the destination's last snapshot \
         (CloudTrail events, listings and a rolling slice), when it can; full: \
         read everything.",
        example: r#"refresh = "auto""#,
    }
    FULL_REFRESH_DAYS = "full_refresh_days" {
        kind: Number,
        section: Extraction,
        value_name: "DAYS",
        help: "Every row is read from AWS again at least this often (days; decimals allowed).",
        example: "full_refresh_days = 7",
    }
    REFRESH_OVERLAP_MINUTES = "refresh_overlap_minutes" {
        kind: Int,
        section: Extraction,
        value_name: "MINUTES",
        help: "How far before the previous run's watermark events are read again \
         (CloudTrail delivers events minutes late).",
        example: "refresh_overlap_minutes = 20",
    }
    ORGANIZATIONAL_UNIT_IDS = "organizational_unit_ids" {
        kind: List,
        section: Extraction,
        value_name: "OU_ID",
        help: "Read only these OUs' subtrees (repeatable or comma-separated OU IDs).",
        example: r#"organizational_unit_ids = ["ou-ab12-11aa22bb"]"#,
        repeatable: true,
    }
    EXCLUDE_ORGANIZATIONAL_UNIT_IDS = "exclude_organizational_unit_ids" {
        kind: List,
        section: Extraction,
        value_name: "OU_ID",
        help: "Leave these OUs' subtrees out (repeatable or comma-separated OU IDs).",
        example: r#"exclude_organizational_unit_ids = ["ou-ab12-33cc44dd"]"#,
        repeatable: true,
    }
    EXCLUDE_ACCOUNT_IDS = "exclude_account_ids" {
        kind: List,
        section: Extraction,
        value_name: "ACCOUNT_ID",
        help: "Leave these accounts out (repeatable or comma-separated account IDs).",
        example: r#"exclude_account_ids = ["111122223333"]"#,
        repeatable: true,
    }
    FINDINGS_DELEGATED_ADMIN_ALLOWLIST = "findings_delegated_admin_allowlist" {
        kind: List,
        section: Findings,
        value_name: "IDS",
        help: "Account IDs allowed to be delegated administrators (ORG-004 reports \
         any other; off when not set).",
        example: r#"findings_delegated_admin_allowlist = ["111122223333"]"#,
    }
    FINDINGS_MAX_OU_DEPTH = "findings_max_ou_depth" {
        kind: Int,
        section: Findings,
        value_name: "N",
        help: "Deepest OU allowed before ORG-009 reports it (top-level OU = 1; default 5).",
        example: "findings_max_ou_depth = 5",
    }
}

/// Flags that set a key to a fixed value.
pub(crate) static SHORTHANDS: &[Shorthand] = &[Shorthand {
    flag: "full",
    key: REFRESH,
    value: "full",
    help: "Read everything this time (the same as --refresh full).",
}];

/// The definition of a key.
pub(crate) fn lookup(name: &str) -> Option<&'static KeyDef> {
    KEYS.iter().find(|k| k.name == name)
}

/// The definition of a key known to exist.
pub(crate) fn def(name: &str) -> &'static KeyDef {
    lookup(name).expect("the key is in the registry")
}

/// The closest known candidate to `unknown`, when one is close enough to be
/// a likely typo.
pub(crate) fn closest<'a>(
    unknown: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let unknown = unknown.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&unknown, c), strsim::levenshtein(&unknown, c), c))
        .filter(|(similarity, distance, c)| *similarity >= 0.85 || *distance <= c.len().max(3) / 3)
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, c)| c)
}

/// The closest configuration key to an unknown one.
pub(crate) fn suggest_key(unknown: &str) -> Option<&'static str> {
    closest(unknown, KEYS.iter().map(|k| k.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_declaration_is_complete_and_names_are_unique() {
        let mut names = std::collections::BTreeSet::new();
        for key in KEYS {
            assert!(names.insert(key.name), "{} is declared twice", key.name);
            assert!(key.help.ends_with('.') && !key.value_name.is_empty(), "{}", key.name);
            assert!(key.example.starts_with(&format!("{} = ", key.name)), "{}", key.name);
            assert!(!key.repeatable || key.kind == Kind::List, "{}", key.name);
        }
        for shorthand in SHORTHANDS {
            assert!(lookup(shorthand.key).is_some_and(|k| !k.is_secret()), "{}", shorthand.flag);
        }
    }

    #[test]
    fn the_key_reference_lists_every_key_and_no_secret_flag() {
        let doc = crate::config::render_keys_markdown();
        for key in KEYS {
            assert!(doc.contains(&format!("| `{}` | `{}` |", key.name, key.env_var())), "{doc}");
            let flag = if key.is_secret() { key.stdin_flag() } else { key.flag() };
            assert!(doc.contains(&format!("`{flag}")), "{}", key.name);
        }
        assert!(!doc.contains("`--secret-access-key <"));
    }
}
