//! The registry of configuration keys: every key of the connector contract
//! (its configuration specification, kept outside this repository) declared
//! once, with its type, whether it is secret, its `--help` section, value
//! name and help, and an example.
//!
//! Parsing, validation messages, "did you mean" hints, environment variable
//! names, the CLI's flags (built with clap's builder API in
//! `crates/orgsync/src/config_flags.rs`) and the key reference of
//! `orgsync schema --format config` are all derived from this one table.
//! A new key is one constant and one entry of [`KEYS`], plus its check in
//! `validate/` and its field in the plan.
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

pub(crate) const ACCESS_KEY_ID: &str = "access_key_id";
pub(crate) const SECRET_ACCESS_KEY: &str = "secret_access_key";
pub(crate) const SESSION_TOKEN: &str = "session_token";
pub(crate) const MASTER_CHAIN: &str = "master_assume_role_arn_chain";
pub(crate) const EXTERNAL_ID: &str = "assume_external_id";
pub(crate) const AUTHENTICATION_METHOD: &str = "authentication_method";
pub(crate) const PROFILE: &str = "profile";
pub(crate) const WEB_IDENTITY_TOKEN_FILE: &str = "web_identity_token_file";
pub(crate) const WEB_IDENTITY_ROLE_ARN: &str = "web_identity_role_arn";
pub(crate) const SUB_ACCOUNT_CHAIN: &str = "sub_account_assume_role_arn_chain";
pub(crate) const ACCOUNT_READS: &str = "account_reads";
pub(crate) const ROLE_SESSION_NAME: &str = "role_session_name";
pub(crate) const ROLE_SESSION_DURATION: &str = "role_session_duration_seconds";
pub(crate) const REGION: &str = "region";
pub(crate) const ENDPOINT_URL: &str = "endpoint_url";
pub(crate) const INCLUDE: &str = "include";
pub(crate) const EXCLUDE: &str = "exclude";
pub(crate) const EFFECTIVE_POLICIES: &str = "effective_policies";
pub(crate) const ACCOUNT_DETAILS: &str = "account_details";
pub(crate) const PRIMARY_CONTACTS: &str = "primary_contacts";
pub(crate) const MAX_CONCURRENCY: &str = "max_concurrency";
pub(crate) const DESTINATION: &str = "destination";
pub(crate) const CSV_FORMULA_ESCAPE: &str = "csv_formula_escape";
pub(crate) const POSTGRES_SCHEMA: &str = "postgres_schema";
pub(crate) const POSTGRES_STEAMPIPE_SCHEMA: &str = "postgres_steampipe_schema";
pub(crate) const HISTORY_RUNS: &str = "history_runs";
pub(crate) const FINDINGS_DELEGATED_ADMIN_ALLOWLIST: &str = "findings_delegated_admin_allowlist";
pub(crate) const FINDINGS_MAX_OU_DEPTH: &str = "findings_max_ou_depth";
pub(crate) const ORGANIZATIONAL_UNIT_IDS: &str = "organizational_unit_ids";
pub(crate) const EXCLUDE_ORGANIZATIONAL_UNIT_IDS: &str = "exclude_organizational_unit_ids";
pub(crate) const EXCLUDE_ACCOUNT_IDS: &str = "exclude_account_ids";
pub(crate) const REFRESH: &str = "refresh";
pub(crate) const FULL_REFRESH_DAYS: &str = "full_refresh_days";
pub(crate) const REFRESH_OVERLAP_MINUTES: &str = "refresh_overlap_minutes";

const fn key(
    name: &'static str,
    kind: Kind,
    section: Section,
    value_name: &'static str,
    help: &'static str,
    example: &'static str,
) -> KeyDef {
    KeyDef { name, kind, section, value_name, help, example, repeatable: false }
}

impl KeyDef {
    /// The flag may be repeated.
    const fn repeatable(mut self) -> Self {
        self.repeatable = true;
        self
    }
}

use Section::{Aws, Destination, Extraction, Findings};

/// Every key, in the order of the connector contract's specification (the
/// authentication keys first), the keys of a section in their `--help` order.
pub(crate) static KEYS: &[KeyDef] = &[
    key(
        ACCESS_KEY_ID,
        Kind::Str,
        Aws,
        "ID",
        "Initial access key ID (AKIA… or ASIA…).",
        r#"access_key_id = "AKIAIOSFODNN7EXAMPLE""#,
    ),
    key(
        SECRET_ACCESS_KEY,
        Kind::Secret,
        Aws,
        "SECRET",
        "Read the secret access key from the first line of stdin.",
        r#"secret_access_key = "<40-character secret key>""#,
    ),
    key(
        SESSION_TOKEN,
        Kind::Secret,
        Aws,
        "SECRET",
        "Read the session token from stdin (the line after the secret key when both are read).",
        r#"session_token = "<session token of temporary credentials>""#,
    ),
    key(
        MASTER_CHAIN,
        Kind::List,
        Aws,
        "ARNS",
        "Role ARNs assumed one after another (comma, semicolon or space separated).",
        r#"master_assume_role_arn_chain = ["arn:aws:iam::111122223333:role/OrgReader"]"#,
    ),
    key(
        EXTERNAL_ID,
        Kind::Str,
        Aws,
        "ID",
        "External ID sent with every AssumeRole.",
        r#"assume_external_id = "orgsync-7f3a9c""#,
    ),
    key(
        AUTHENTICATION_METHOD,
        Kind::Str,
        Aws,
        "METHOD",
        "access_key, web_identity or default_chain.",
        r#"authentication_method = "access_key""#,
    ),
    key(
        PROFILE,
        Kind::Str,
        Aws,
        "NAME",
        "Named AWS profile (~/.aws/config) for default_chain.",
        r#"profile = "org-admin""#,
    ),
    key(
        WEB_IDENTITY_TOKEN_FILE,
        Kind::Str,
        Aws,
        "FILE",
        "OIDC token file for web_identity (re-read at every renewal).",
        r#"web_identity_token_file = "/var/run/secrets/token""#,
    ),
    key(
        WEB_IDENTITY_ROLE_ARN,
        Kind::Str,
        Aws,
        "ARN",
        "Role assumed with the web identity token.",
        r#"web_identity_role_arn = "arn:aws:iam::111122223333:role/ci-oidc""#,
    ),
    key(
        SUB_ACCOUNT_CHAIN,
        Kind::List,
        Aws,
        "ARNS",
        "Template chain into member accounts; {accountId} is replaced per account.",
        r#"sub_account_assume_role_arn_chain = ["arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole"]"#,
    ),
    key(
        ROLE_SESSION_NAME,
        Kind::Str,
        Aws,
        "NAME",
        "RoleSessionName of every AssumeRole (default orgsync-<run id>).",
        r#"role_session_name = "orgsync-nightly""#,
    ),
    key(
        ROLE_SESSION_DURATION,
        Kind::Int,
        Aws,
        "SECONDS",
        "Session duration, 900–43200 (chained hops are capped at 3600).",
        "role_session_duration_seconds = 3600",
    ),
    key(
        REGION,
        Kind::Str,
        Aws,
        "REGION",
        "Signing region (default: the partition's Organizations region).",
        r#"region = "us-east-1""#,
    ),
    key(
        ENDPOINT_URL,
        Kind::Str,
        Aws,
        "URL",
        "One endpoint for STS, Organizations and Account (http:// only for loopback).",
        r#"endpoint_url = "https://organizations.us-east-1.amazonaws.com""#,
    ),
    key(
        INCLUDE,
        Kind::List,
        Extraction,
        "TABLE",
        "Tables to extract (repeatable or comma-separated; dependencies are added).",
        r#"include = ["aws_organizations_account", "aws_organizations_policy"]"#,
    )
    .repeatable(),
    key(
        EXCLUDE,
        Kind::List,
        Extraction,
        "TABLE",
        "Tables not to write (repeatable or comma-separated).",
        r#"exclude = ["aws_organizations_alternate_contact"]"#,
    )
    .repeatable(),
    key(
        EFFECTIVE_POLICIES,
        Kind::Bool,
        Extraction,
        "BOOL",
        "Also extract effective policies per account.",
        "effective_policies = true",
    ),
    key(
        ACCOUNT_DETAILS,
        Kind::Bool,
        Extraction,
        "BOOL",
        "Also extract each account's creation date and Region opt-in status \
         (one GetAccountInformation and one ListRegions per account).",
        "account_details = true",
    ),
    key(
        PRIMARY_CONTACTS,
        Kind::Bool,
        Extraction,
        "BOOL",
        "Also extract each account's primary contact (personal data).",
        "primary_contacts = true",
    ),
    key(
        MAX_CONCURRENCY,
        Kind::Int,
        Extraction,
        "N",
        "Upper bound on AWS calls in flight.",
        "max_concurrency = 8",
    ),
    key(
        ACCOUNT_READS,
        Kind::Str,
        Extraction,
        "auto|management|member",
        "Where per-account Account API reads run: auto (each member's own \
         session when the sub-account chain reaches it, else the management \
         session), management, or member.",
        r#"account_reads = "auto""#,
    ),
    key(
        DESTINATION,
        Kind::Str,
        Destination,
        "DESTINATION",
        "sqlite:PATH, postgres://…, parquet:DIR, csv:DIR or jsonl:DIR.",
        r#"destination = "sqlite:orgsync.db""#,
    ),
    key(
        CSV_FORMULA_ESCAPE,
        Kind::Bool,
        Extraction,
        "BOOL",
        "CSV: prefix formula-leading cells with '.",
        "csv_formula_escape = true",
    ),
    key(
        POSTGRES_SCHEMA,
        Kind::Str,
        Destination,
        "SCHEMA",
        "PostgreSQL schema of the tables.",
        r#"postgres_schema = "orgsync""#,
    ),
    key(
        POSTGRES_STEAMPIPE_SCHEMA,
        Kind::Str,
        Destination,
        "SCHEMA",
        "PostgreSQL schema of the Steampipe-compatible views (\"none\": no views).",
        r#"postgres_steampipe_schema = "steampipe""#,
    ),
    key(HISTORY_RUNS, Kind::Int, Extraction, "N", "Runs kept in the history.", "history_runs = 30"),
    key(
        REFRESH,
        Kind::Str,
        Extraction,
        "auto|full",
        "auto: read only what changed since the destination's last snapshot \
         (CloudTrail events, listings and a rolling slice), when it can; full: \
         read everything.",
        r#"refresh = "auto""#,
    ),
    key(
        FULL_REFRESH_DAYS,
        Kind::Number,
        Extraction,
        "DAYS",
        "Every row is read from AWS again at least this often (days; decimals allowed).",
        "full_refresh_days = 7",
    ),
    key(
        REFRESH_OVERLAP_MINUTES,
        Kind::Int,
        Extraction,
        "MINUTES",
        "How far before the previous run's watermark events are read again \
         (CloudTrail delivers events minutes late).",
        "refresh_overlap_minutes = 20",
    ),
    key(
        ORGANIZATIONAL_UNIT_IDS,
        Kind::List,
        Extraction,
        "OU_ID",
        "Read only these OUs' subtrees (repeatable or comma-separated OU IDs).",
        r#"organizational_unit_ids = ["ou-ab12-11aa22bb"]"#,
    )
    .repeatable(),
    key(
        EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
        Kind::List,
        Extraction,
        "OU_ID",
        "Leave these OUs' subtrees out (repeatable or comma-separated OU IDs).",
        r#"exclude_organizational_unit_ids = ["ou-ab12-33cc44dd"]"#,
    )
    .repeatable(),
    key(
        EXCLUDE_ACCOUNT_IDS,
        Kind::List,
        Extraction,
        "ACCOUNT_ID",
        "Leave these accounts out (repeatable or comma-separated account IDs).",
        r#"exclude_account_ids = ["111122223333"]"#,
    )
    .repeatable(),
    key(
        FINDINGS_DELEGATED_ADMIN_ALLOWLIST,
        Kind::List,
        Findings,
        "IDS",
        "Account IDs allowed to be delegated administrators (ORG-004 reports \
         any other; off when not set).",
        r#"findings_delegated_admin_allowlist = ["111122223333"]"#,
    ),
    key(
        FINDINGS_MAX_OU_DEPTH,
        Kind::Int,
        Findings,
        "N",
        "Deepest OU allowed before ORG-009 reports it (top-level OU = 1; default 5).",
        "findings_max_ou_depth = 5",
    ),
];

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
