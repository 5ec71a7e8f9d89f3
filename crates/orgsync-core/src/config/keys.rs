//! The registry of configuration keys: every key of the connector contract
//! (its configuration specification, kept outside this repository) with its
//! type, whether it is secret, and an example.
//!
//! Parsing, validation messages, "did you mean" hints, environment variable
//! names and the CLI's flag list are all derived from this one table.
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
pub(crate) enum Kind {
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

/// One configuration key.
#[derive(Debug, Clone, Copy)]
pub(crate) struct KeyDef {
    /// The key as written in files (snake_case).
    pub name: &'static str,
    /// Its value's shape.
    pub kind: Kind,
    /// A valid value, written as a TOML line, for messages.
    pub example: &'static str,
}

impl KeyDef {
    /// Whether the value must never be shown.
    pub fn is_secret(&self) -> bool {
        self.kind == Kind::Secret
    }

    /// Whether an authentication method cannot do without this key, so an
    /// empty value is reported ("is empty") instead of meaning "not set".
    pub fn required_by_method(&self) -> bool {
        matches!(
            self.name,
            ACCESS_KEY_ID | SECRET_ACCESS_KEY | WEB_IDENTITY_TOKEN_FILE | WEB_IDENTITY_ROLE_ARN
        )
    }

    /// `ORGSYNC_<KEY_IN_UPPER_CASE>`.
    pub fn env_var(&self) -> String {
        format!("{ENV_PREFIX}{}", self.name.to_ascii_uppercase())
    }

    /// The command-line flag (`--key-with-dashes`); secrets have none.
    pub fn flag(&self) -> String {
        format!("--{}", self.name.replace('_', "-"))
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

const fn key(name: &'static str, kind: Kind, example: &'static str) -> KeyDef {
    KeyDef { name, kind, example }
}

/// Every key, in the order of the connector contract's specification.
pub(crate) static KEYS: &[KeyDef] = &[
    key(ACCESS_KEY_ID, Kind::Str, r#"access_key_id = "AKIAIOSFODNN7EXAMPLE""#),
    key(SECRET_ACCESS_KEY, Kind::Secret, r#"secret_access_key = "<40-character secret key>""#),
    key(
        SESSION_TOKEN,
        Kind::Secret,
        r#"session_token = "<session token of temporary credentials>""#,
    ),
    key(
        MASTER_CHAIN,
        Kind::List,
        r#"master_assume_role_arn_chain = ["arn:aws:iam::111122223333:role/OrgReader"]"#,
    ),
    key(EXTERNAL_ID, Kind::Str, r#"assume_external_id = "orgsync-7f3a9c""#),
    key(AUTHENTICATION_METHOD, Kind::Str, r#"authentication_method = "access_key""#),
    key(PROFILE, Kind::Str, r#"profile = "org-admin""#),
    key(
        WEB_IDENTITY_TOKEN_FILE,
        Kind::Str,
        r#"web_identity_token_file = "/var/run/secrets/token""#,
    ),
    key(
        WEB_IDENTITY_ROLE_ARN,
        Kind::Str,
        r#"web_identity_role_arn = "arn:aws:iam::111122223333:role/ci-oidc""#,
    ),
    key(
        SUB_ACCOUNT_CHAIN,
        Kind::List,
        r#"sub_account_assume_role_arn_chain = ["arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole"]"#,
    ),
    key(ACCOUNT_READS, Kind::Str, r#"account_reads = "auto""#),
    key(ROLE_SESSION_NAME, Kind::Str, r#"role_session_name = "orgsync-nightly""#),
    key(ROLE_SESSION_DURATION, Kind::Int, "role_session_duration_seconds = 3600"),
    key(REGION, Kind::Str, r#"region = "us-east-1""#),
    key(
        ENDPOINT_URL,
        Kind::Str,
        r#"endpoint_url = "https://organizations.us-east-1.amazonaws.com""#,
    ),
    key(
        INCLUDE,
        Kind::List,
        r#"include = ["aws_organizations_account", "aws_organizations_policy"]"#,
    ),
    key(EXCLUDE, Kind::List, r#"exclude = ["aws_organizations_alternate_contact"]"#),
    key(EFFECTIVE_POLICIES, Kind::Bool, "effective_policies = true"),
    key(ACCOUNT_DETAILS, Kind::Bool, "account_details = true"),
    key(PRIMARY_CONTACTS, Kind::Bool, "primary_contacts = true"),
    key(MAX_CONCURRENCY, Kind::Int, "max_concurrency = 8"),
    key(DESTINATION, Kind::Str, r#"destination = "sqlite:orgsync.db""#),
    key(CSV_FORMULA_ESCAPE, Kind::Bool, "csv_formula_escape = true"),
    key(POSTGRES_SCHEMA, Kind::Str, r#"postgres_schema = "orgsync""#),
    key(POSTGRES_STEAMPIPE_SCHEMA, Kind::Str, r#"postgres_steampipe_schema = "steampipe""#),
    key(HISTORY_RUNS, Kind::Int, "history_runs = 30"),
    key(
        FINDINGS_DELEGATED_ADMIN_ALLOWLIST,
        Kind::List,
        r#"findings_delegated_admin_allowlist = ["111122223333"]"#,
    ),
    key(FINDINGS_MAX_OU_DEPTH, Kind::Int, "findings_max_ou_depth = 5"),
    key(ORGANIZATIONAL_UNIT_IDS, Kind::List, r#"organizational_unit_ids = ["ou-ab12-11aa22bb"]"#),
    key(
        EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
        Kind::List,
        r#"exclude_organizational_unit_ids = ["ou-ab12-33cc44dd"]"#,
    ),
    key(EXCLUDE_ACCOUNT_IDS, Kind::List, r#"exclude_account_ids = ["111122223333"]"#),
    key(REFRESH, Kind::Str, r#"refresh = "auto""#),
    key(FULL_REFRESH_DAYS, Kind::Number, "full_refresh_days = 7"),
    key(REFRESH_OVERLAP_MINUTES, Kind::Int, "refresh_overlap_minutes = 20"),
];

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
