//! The validated plan: what a run does, with every value checked and typed.
//!
//! A [`Plan`] is only ever built by [`super::load`] after validation passed,
//! so holders may rely on its invariants (ARNs well-formed and in one
//! partition, durations in range, destination parsed…). Secrets are held as
//! [`Secret`], so `Debug` and `Serialize` of a plan never show them.

use std::collections::BTreeSet;
use std::fmt;
use std::path::PathBuf;

use orgsync_schema::TableName;
use serde::Serialize;

pub use super::arn::{Partition, RoleArn, RoleArnError};
use crate::secret::Secret;

/// How the initial credentials are obtained (`authentication_method`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthMethod {
    /// Static keys from the configuration.
    AccessKey,
    /// AssumeRoleWithWebIdentity with an OIDC token file.
    WebIdentity,
    /// The AWS SDK's default provider chain (environment, profiles, SSO, IMDS…).
    DefaultChain,
}

impl AuthMethod {
    /// The value as written in the configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::AccessKey => "access_key",
            AuthMethod::WebIdentity => "web_identity",
            AuthMethod::DefaultChain => "default_chain",
        }
    }
}

/// The first credentials of the chain.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "method", rename_all = "snake_case")]
pub enum InitialCredentials {
    /// `access_key`: static (or temporary, with a session token) keys.
    AccessKey {
        /// The access key ID (not secret; shown in messages).
        access_key_id: String,
        /// The secret access key.
        secret_access_key: Secret,
        /// The session token of temporary keys.
        session_token: Option<Secret>,
    },
    /// `web_identity`: the token file is read at every renewal.
    WebIdentity {
        /// Path of the OIDC token file.
        token_file: PathBuf,
        /// The role assumed with the token.
        role_arn: RoleArn,
    },
    /// `default_chain`: the SDK's default chain, optionally with a named profile.
    DefaultChain {
        /// The profile for the shared config files.
        profile: Option<String>,
    },
}

impl InitialCredentials {
    /// The method.
    pub fn method(&self) -> AuthMethod {
        match self {
            InitialCredentials::AccessKey { .. } => AuthMethod::AccessKey,
            InitialCredentials::WebIdentity { .. } => AuthMethod::WebIdentity,
            InitialCredentials::DefaultChain { .. } => AuthMethod::DefaultChain,
        }
    }
}

/// Everything needed to authenticate: initial credentials, the role chain
/// and the STS/Organizations/Account endpoint settings.
#[derive(Debug, Clone, Serialize)]
pub struct AuthPlan {
    /// Where the first credentials come from.
    pub initial: InitialCredentials,
    /// `master_assume_role_arn_chain`, in order; empty = the initial credentials sign every call.
    pub chain: Vec<RoleArn>,
    /// `assume_external_id`, sent with every AssumeRole.
    pub external_id: Option<String>,
    /// RoleSessionName of every AssumeRole.
    pub role_session_name: String,
    /// Whether `role_session_name` is the generated default (`orgsync-<…>`).
    pub role_session_name_is_default: bool,
    /// Requested DurationSeconds (chained hops are capped at 3600).
    pub role_session_duration_seconds: u32,
    /// The partition of every ARN (commercial when there is none).
    pub partition: Partition,
    /// Signing region of STS, Organizations and Account.
    pub region: String,
    /// One endpoint for STS, Organizations and Account.
    pub endpoint_url: Option<String>,
}

impl AuthPlan {
    /// Replaces a generated session name with `orgsync-<run_id>` (sanitised
    /// to the RoleSessionName alphabet, at most 64 characters). An explicitly
    /// configured name is kept.
    pub fn use_run_id_in_session_name(&mut self, run_id: &str) {
        if !self.role_session_name_is_default {
            return;
        }
        let cleaned: String = run_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || "_+=,.@-".contains(c) { c } else { '-' })
            .collect();
        let mut name = format!("orgsync-{cleaned}");
        name.truncate(64);
        self.role_session_name = name;
    }
}

/// The sub-account template chain (`sub_account_assume_role_arn_chain`):
/// ARNs in which `{accountId}` stands for each member account's ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SubAccountChain {
    templates: Vec<String>,
}

/// The placeholder replaced by a member account's ID.
pub const ACCOUNT_ID_PLACEHOLDER: &str = "{accountId}";

impl SubAccountChain {
    pub(crate) fn new(templates: Vec<String>) -> Self {
        Self { templates }
    }

    /// The templates as configured.
    pub fn templates(&self) -> &[String] {
        &self.templates
    }

    /// The chain of role ARNs for one member account (`{accountId}` replaced).
    /// Returns `None` when `account_id` is not 12 digits.
    pub fn for_account(&self, account_id: &str) -> Option<Vec<RoleArn>> {
        if account_id.len() != 12 || !account_id.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        self.templates
            .iter()
            .map(|t| t.replace(ACCOUNT_ID_PLACEHOLDER, account_id).parse().ok())
            .collect()
    }
}

/// The destination (`destination`) and the destination options
/// (`csv_formula_escape`, `postgres_schema`, `postgres_steampipe_schema`,
/// `history_runs`).
///
/// The string as configured may hold a PostgreSQL password, so it is kept as
/// a [`Secret`]; `Debug`, `Serialize` and [`Destination::describe`] show it
/// with the password masked.
#[derive(Clone)]
pub struct Destination {
    configured: Secret,
    /// The parsed destination.
    pub target: orgsync_destination::Destination,
    /// Options every destination receives.
    pub options: orgsync_destination::SinkOptions,
}

impl Destination {
    pub(crate) fn new(
        configured: String,
        target: orgsync_destination::Destination,
        options: orgsync_destination::SinkOptions,
    ) -> Self {
        Self { configured: Secret::new(configured), target, options }
    }

    /// The destination for messages, with any password masked.
    pub fn describe(&self) -> String {
        self.target.display()
    }

    /// The destination string exactly as configured (password included):
    /// only for handing to the sink (`orgsync_job::open_sink`).
    pub fn expose(&self) -> &str {
        self.configured.expose()
    }

    /// The schema of the Steampipe-compatible views (PostgreSQL), `None` when
    /// they are turned off.
    pub fn steampipe_schema(&self) -> Option<String> {
        self.options.postgres_steampipe_schema.schema_for(&self.options.postgres_schema)
    }
}

impl fmt::Debug for Destination {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Destination")
            .field("destination", &self.describe())
            .field("options", &self.options)
            .finish()
    }
}

impl Serialize for Destination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Destination", 5)?;
        s.serialize_field("destination", &self.describe())?;
        s.serialize_field("csv_formula_escape", &self.options.csv_formula_escape)?;
        s.serialize_field("postgres_schema", &self.options.postgres_schema)?;
        s.serialize_field("postgres_steampipe_schema", &self.steampipe_schema())?;
        s.serialize_field("history_runs", &self.options.history_runs)?;
        s.end()
    }
}

/// Where the per-account Account API reads (GetAlternateContact) run
/// (`account_reads`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountReads {
    /// In each member's own session when the sub-account chain reaches it
    /// and the member may make the call; else through the management
    /// session, account by account. Without a sub-account chain: `Management`.
    #[default]
    Auto,
    /// Always through the management session (AccountId = the member).
    Management,
    /// Always in the member's own session; a member that cannot be reached
    /// or is denied gets an `orgsync_error` row, no fallback.
    Member,
}

impl AccountReads {
    /// The configuration value (`auto`, `management`, `member`).
    pub fn as_str(self) -> &'static str {
        match self {
            AccountReads::Auto => "auto",
            AccountReads::Management => "management",
            AccountReads::Member => "member",
        }
    }
}

/// The validated configuration of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// Authentication.
    pub auth: AuthPlan,
    /// Where to write.
    pub destination: Destination,
    /// The data tables to extract and write: `include` (or every default
    /// table) with their dependencies, minus `exclude`. Contains
    /// `aws_organizations_effective_policy` exactly when
    /// `effective_policies` is on, and `aws_organizations_account_access`
    /// exactly when a sub-account chain is configured (unless excluded).
    /// The bookkeeping tables (`orgsync_run`, `orgsync_error`) are always written
    /// and not listed.
    pub tables: BTreeSet<TableName>,
    /// `effective_policies` (also on when the table is included by name).
    pub effective_policies: bool,
    /// `max_concurrency`; `None` = the planner's default.
    pub max_concurrency: Option<usize>,
    /// `sub_account_assume_role_arn_chain`; `None` = the management account only.
    pub sub_account_chain: Option<SubAccountChain>,
    /// `account_reads`: where per-account Account API reads run.
    pub account_reads: AccountReads,
    /// sha256 (hex) of the canonical non-secret settings.
    pub config_fingerprint: String,
    /// The configuration file, when one was given.
    pub config_file: Option<PathBuf>,
    /// `findings_delegated_admin_allowlist` and `findings_max_ou_depth`.
    pub findings: orgsync_report::FindingSettings,
    /// `organizational_unit_ids`, `exclude_organizational_unit_ids`,
    /// `exclude_account_ids` (empty: the whole organization).
    pub scope: orgsync_schema::Scope,
    /// `refresh`, `full_refresh_days`, `refresh_overlap_minutes`.
    pub refresh: crate::refresh::RefreshSettings,
}
