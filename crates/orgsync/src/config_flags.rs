//! Configuration flags shared by the commands that talk to AWS (`sync`,
//! `check`, `tree --live`): `--config FILE` and one flag per non-secret key.
//!
//! Flags only carry values to [`orgsync_core::config::load`], which merges
//! them over the file and the `ORGSYNC_*` environment and validates
//! everything in one place, so a bad flag value is reported exactly like a
//! bad file value. Secrets are never flag values: `--secret-access-key-stdin`
//! and `--session-token-stdin` read them from standard input instead.

use std::io::BufRead;
use std::path::PathBuf;

use clap::Args;
use orgsync_core::UserError;
use orgsync_core::config::{self, Plan, Secret, Sources, StdinSecrets};

/// `--config FILE` and the destination keys: everything reading a
/// destination back (`tree`, `diff`, `report`) needs.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Configuration file and destination")]
pub struct DestinationFlags {
    /// Configuration file: JSON when its content starts with `{` (a data-hub
    /// export, whatever its name), TOML otherwise. In the file and in ORGSYNC_*
    /// variables, an empty value of an optional key means "not set", like JSON
    /// null. Flags win over ORGSYNC_* variables, which win over the file.
    #[arg(long, value_name = "FILE", env = "ORGSYNC_CONFIG")]
    pub config: Option<PathBuf>,
    /// sqlite:PATH, postgres://…, parquet:DIR, csv:DIR or jsonl:DIR.
    #[arg(long, value_name = "DESTINATION")]
    pub destination: Option<String>,
    /// PostgreSQL schema of the tables.
    #[arg(long, value_name = "SCHEMA")]
    pub postgres_schema: Option<String>,
    /// PostgreSQL schema of the Steampipe-compatible views ("none": no views).
    #[arg(long, value_name = "SCHEMA")]
    pub postgres_steampipe_schema: Option<String>,
}

/// What a sync extracts and writes, and how hard it may push.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "What to extract and write")]
pub struct ExtractionFlags {
    /// Tables to extract (repeatable or comma-separated; dependencies are added).
    #[arg(long, value_name = "TABLE")]
    pub include: Vec<String>,
    /// Tables not to write (repeatable or comma-separated).
    #[arg(long, value_name = "TABLE")]
    pub exclude: Vec<String>,
    /// Also extract effective policies per account.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub effective_policies: Option<String>,
    /// Also extract each account's creation date and Region opt-in status
    /// (one GetAccountInformation and one ListRegions per account).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub account_details: Option<String>,
    /// Also extract each account's primary contact (personal data).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub primary_contacts: Option<String>,
    /// Upper bound on AWS calls in flight.
    #[arg(long, value_name = "N")]
    pub max_concurrency: Option<String>,
    /// Where per-account Account API reads run: auto (each member's own
    /// session when the sub-account chain reaches it, else the management
    /// session), management, or member.
    #[arg(long, value_name = "auto|management|member")]
    pub account_reads: Option<String>,
    /// CSV: prefix formula-leading cells with '.
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true")]
    pub csv_formula_escape: Option<String>,
    /// Runs kept in the history.
    #[arg(long, value_name = "N")]
    pub history_runs: Option<String>,
    /// auto: read only what changed since the destination's last snapshot
    /// (CloudTrail events, listings and a rolling slice), when it can; full:
    /// read everything.
    #[arg(long, value_name = "auto|full")]
    pub refresh: Option<String>,
    /// Read everything this time (the same as --refresh full).
    #[arg(long, conflicts_with = "refresh")]
    pub full: bool,
    /// Every row is read from AWS again at least this often (days; decimals allowed).
    #[arg(long, value_name = "DAYS")]
    pub full_refresh_days: Option<String>,
    /// How far before the previous run's watermark events are read again
    /// (CloudTrail delivers events minutes late).
    #[arg(long, value_name = "MINUTES")]
    pub refresh_overlap_minutes: Option<String>,
    /// Read only these OUs' subtrees (repeatable or comma-separated OU IDs).
    #[arg(long, value_name = "OU_ID")]
    pub organizational_unit_ids: Vec<String>,
    /// Leave these OUs' subtrees out (repeatable or comma-separated OU IDs).
    #[arg(long, value_name = "OU_ID")]
    pub exclude_organizational_unit_ids: Vec<String>,
    /// Leave these accounts out (repeatable or comma-separated account IDs).
    #[arg(long, value_name = "ACCOUNT_ID")]
    pub exclude_account_ids: Vec<String>,
    #[command(flatten)]
    pub findings: FindingsFlags,
}

/// Settings of the organization checks (`orgsync_finding`, `orgsync findings`).
#[derive(Debug, Clone, Default, Args)]
pub struct FindingsFlags {
    /// Account IDs allowed to be delegated administrators (ORG-004 reports
    /// any other; off when not set).
    #[arg(long, value_name = "IDS")]
    pub findings_delegated_admin_allowlist: Option<String>,
    /// Deepest OU allowed before ORG-009 reports it (top-level OU = 1; default 5).
    #[arg(long, value_name = "N")]
    pub findings_max_ou_depth: Option<String>,
}

impl FindingsFlags {
    /// `(key, value)` pairs of the flags that are set.
    pub fn flag_values(&self) -> Vec<(String, String)> {
        set_values([
            ("findings_delegated_admin_allowlist", &self.findings_delegated_admin_allowlist),
            ("findings_max_ou_depth", &self.findings_max_ou_depth),
        ])
    }
}

/// Credentials, the role chain and where AWS is.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "AWS access (secrets only from the file, ORGSYNC_* or stdin)")]
pub struct AwsAccessFlags {
    /// Initial access key ID (AKIA… or ASIA…).
    #[arg(long, value_name = "ID")]
    pub access_key_id: Option<String>,
    /// Read the secret access key from the first line of stdin.
    #[arg(long)]
    pub secret_access_key_stdin: bool,
    /// Read the session token from stdin (the line after the secret key when both are read).
    #[arg(long)]
    pub session_token_stdin: bool,
    /// Refused: secrets would show in `ps`; use --secret-access-key-stdin.
    #[arg(long, hide = true, value_name = "SECRET")]
    pub secret_access_key: Option<String>,
    /// Refused: secrets would show in `ps`; use --session-token-stdin.
    #[arg(long, hide = true, value_name = "SECRET")]
    pub session_token: Option<String>,
    /// Role ARNs assumed one after another (comma, semicolon or space separated).
    #[arg(long, value_name = "ARNS")]
    pub master_assume_role_arn_chain: Option<String>,
    /// External ID sent with every AssumeRole.
    #[arg(long, value_name = "ID")]
    pub assume_external_id: Option<String>,
    /// access_key, web_identity or default_chain.
    #[arg(long, value_name = "METHOD")]
    pub authentication_method: Option<String>,
    /// Named AWS profile (~/.aws/config) for default_chain.
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// OIDC token file for web_identity (re-read at every renewal).
    #[arg(long, value_name = "FILE")]
    pub web_identity_token_file: Option<String>,
    /// Role assumed with the web identity token.
    #[arg(long, value_name = "ARN")]
    pub web_identity_role_arn: Option<String>,
    /// Template chain into member accounts; {accountId} is replaced per account.
    #[arg(long, value_name = "ARNS")]
    pub sub_account_assume_role_arn_chain: Option<String>,
    /// RoleSessionName of every AssumeRole (default orgsync-<run id>).
    #[allow(rustdoc::invalid_html_tags, reason = "clap help text, not HTML")]
    #[arg(long, value_name = "NAME")]
    pub role_session_name: Option<String>,
    /// Session duration, 900–43200 (chained hops are capped at 3600).
    #[arg(long, value_name = "SECONDS")]
    pub role_session_duration_seconds: Option<String>,
    /// Signing region (default: the partition's Organizations region).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// One endpoint for STS, Organizations and Account (http:// only for loopback).
    #[arg(long, value_name = "URL")]
    pub endpoint_url: Option<String>,
}

/// `--config FILE` and one flag per configuration key (their registry is
/// `crates/orgsync-core/src/config/keys.rs`), in
/// three help sections.
#[derive(Debug, Clone, Default, Args)]
pub struct ConfigFlags {
    #[command(flatten)]
    pub destination: DestinationFlags,
    #[command(flatten)]
    pub extraction: ExtractionFlags,
    #[command(flatten)]
    pub aws: AwsAccessFlags,
}

/// `(key, value)` pairs for the options that are set.
fn set_values<'a>(
    single: impl IntoIterator<Item = (&'a str, &'a Option<String>)>,
) -> Vec<(String, String)> {
    single
        .into_iter()
        .filter_map(|(key, value)| value.as_ref().map(|v| (key.to_owned(), v.clone())))
        .collect()
}

impl DestinationFlags {
    fn flag_values(&self) -> Vec<(String, String)> {
        set_values([
            ("destination", &self.destination),
            ("postgres_schema", &self.postgres_schema),
            ("postgres_steampipe_schema", &self.postgres_steampipe_schema),
        ])
    }

    /// Validates the file, the `ORGSYNC_*` environment, these flags and
    /// `extra` flag values (e.g. the `findings_*` keys) into a plan
    /// (credentials, if any, come from the file and environment).
    pub fn load_plan_with_values(&self, extra: Vec<(String, String)>) -> Result<Plan, UserError> {
        let mut values = self.flag_values();
        values.extend(extra);
        load(self.config.clone(), values, StdinSecrets::default())
    }

    /// As [`DestinationFlags::load_plan_with_values`], with the AWS access flags (`tree --live`).
    pub fn load_plan_with(&self, aws: &AwsAccessFlags) -> Result<Plan, UserError> {
        let mut values = self.flag_values();
        values.extend(aws.flag_values());
        load(self.config.clone(), values, aws.read_stdin_secrets(&mut std::io::stdin().lock())?)
    }
}

impl ExtractionFlags {
    fn flag_values(&self) -> Vec<(String, String)> {
        let mut values = set_values([
            ("effective_policies", &self.effective_policies),
            ("account_details", &self.account_details),
            ("primary_contacts", &self.primary_contacts),
            ("max_concurrency", &self.max_concurrency),
            ("account_reads", &self.account_reads),
            ("csv_formula_escape", &self.csv_formula_escape),
            ("history_runs", &self.history_runs),
            ("refresh", &self.refresh),
            ("full_refresh_days", &self.full_refresh_days),
            ("refresh_overlap_minutes", &self.refresh_overlap_minutes),
        ]);
        if self.full {
            values.push(("refresh".to_owned(), "full".to_owned()));
        }
        values.extend(self.findings.flag_values());
        values.extend(self.include.iter().map(|t| ("include".to_owned(), t.clone())));
        values.extend(self.exclude.iter().map(|t| ("exclude".to_owned(), t.clone())));
        for (key, ids) in [
            ("organizational_unit_ids", &self.organizational_unit_ids),
            ("exclude_organizational_unit_ids", &self.exclude_organizational_unit_ids),
            ("exclude_account_ids", &self.exclude_account_ids),
        ] {
            values.extend(ids.iter().map(|id| (key.to_owned(), id.clone())));
        }
        values
    }
}

impl AwsAccessFlags {
    fn flag_values(&self) -> Vec<(String, String)> {
        set_values([
            ("access_key_id", &self.access_key_id),
            ("secret_access_key", &self.secret_access_key),
            ("session_token", &self.session_token),
            ("master_assume_role_arn_chain", &self.master_assume_role_arn_chain),
            ("assume_external_id", &self.assume_external_id),
            ("authentication_method", &self.authentication_method),
            ("profile", &self.profile),
            ("web_identity_token_file", &self.web_identity_token_file),
            ("web_identity_role_arn", &self.web_identity_role_arn),
            ("sub_account_assume_role_arn_chain", &self.sub_account_assume_role_arn_chain),
            ("role_session_name", &self.role_session_name),
            ("role_session_duration_seconds", &self.role_session_duration_seconds),
            ("region", &self.region),
            ("endpoint_url", &self.endpoint_url),
        ])
    }

    /// Reads the secrets asked for with `--…-stdin`: the secret access key
    /// first, then the session token, one line each.
    fn read_stdin_secrets(&self, input: &mut dyn BufRead) -> Result<StdinSecrets, UserError> {
        let mut read = |flag: &str| -> Result<Option<Secret>, UserError> {
            let mut line = String::new();
            let n = input.read_line(&mut line).map_err(|e| {
                UserError::usage(format!("failed to read {flag} from stdin"))
                    .caused_by(e.to_string())
            })?;
            if n == 0 {
                return Err(UserError::usage(format!("{flag} was given, but stdin ended before a line was read"))
                    .with_hint("pipe the value in, e.g. `pass show aws/secret | orgsync check --secret-access-key-stdin …`"));
            }
            let value = line.strip_suffix('\n').unwrap_or(&line);
            let value = value.strip_suffix('\r').unwrap_or(value);
            Ok(Some(Secret::new(value)))
        };
        let mut secrets = StdinSecrets::default();
        if self.secret_access_key_stdin {
            secrets.secret_access_key = read("--secret-access-key-stdin")?;
        }
        if self.session_token_stdin {
            secrets.session_token = read("--session-token-stdin")?;
        }
        Ok(secrets)
    }
}

impl ConfigFlags {
    /// The flags as `(key, value)` pairs for [`config::load`].
    fn flag_values(&self) -> Vec<(String, String)> {
        let mut values = self.destination.flag_values();
        values.extend(self.extraction.flag_values());
        values.extend(self.aws.flag_values());
        values
    }

    /// Gathers the file, the `ORGSYNC_*` environment, the flags and any stdin
    /// secrets, and validates them into a plan (exit code 2 on any problem).
    pub fn load_plan(&self) -> Result<Plan, UserError> {
        let secrets = self.aws.read_stdin_secrets(&mut std::io::stdin().lock())?;
        load(self.destination.config.clone(), self.flag_values(), secrets)
    }
}

/// [`config::load`] over the process environment, a file and flag values.
fn load(
    file: Option<PathBuf>,
    flags: Vec<(String, String)>,
    stdin_secrets: StdinSecrets,
) -> Result<Plan, UserError> {
    let mut sources = Sources::from_process_env();
    sources.file = file;
    sources.flags = flags;
    sources.stdin_secrets = stdin_secrets;
    config::load(sources).map_err(UserError::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        flags: ConfigFlags,
    }

    #[test]
    fn every_non_secret_key_has_a_flag_and_secrets_have_only_stdin_flags() {
        let cli = Cli::try_parse_from(["orgsync", "--access-key-id", "A"]).unwrap();
        assert_eq!(cli.flags.flag_values(), vec![("access_key_id".to_owned(), "A".to_owned())]);
        for (key, _env, flag) in config::key_names() {
            let Some(flag) = flag else {
                let stdin_flag = format!("--{}-stdin", key.replace('_', "-"));
                assert!(
                    Cli::try_parse_from(["orgsync", stdin_flag.as_str()]).is_ok(),
                    "{stdin_flag}"
                );
                continue;
            };
            let cli = Cli::try_parse_from(["orgsync", flag.as_str(), "x"])
                .unwrap_or_else(|e| panic!("{flag}: {e}"));
            assert_eq!(cli.flags.flag_values(), vec![(key.to_owned(), "x".to_owned())], "{flag}");
        }
    }

    #[test]
    fn stdin_secrets_are_read_line_by_line_without_the_newline() {
        let cli =
            Cli::try_parse_from(["orgsync", "--secret-access-key-stdin", "--session-token-stdin"])
                .unwrap();
        let mut input = std::io::Cursor::new("secret-one\r\ntoken-two\n");
        let secrets = cli.flags.aws.read_stdin_secrets(&mut input).unwrap();
        assert_eq!(secrets.secret_access_key.unwrap().expose(), "secret-one");
        assert_eq!(secrets.session_token.unwrap().expose(), "token-two");
        let mut empty = std::io::Cursor::new("");
        let err = cli.flags.aws.read_stdin_secrets(&mut empty).unwrap_err();
        assert_eq!(err.exit_code, 2);
    }

    #[test]
    fn boolean_flags_take_an_optional_value() {
        let cli =
            Cli::try_parse_from(["orgsync", "--effective-policies", "--csv-formula-escape=false"])
                .unwrap();
        assert_eq!(cli.flags.extraction.effective_policies.as_deref(), Some("true"));
        assert_eq!(cli.flags.extraction.csv_formula_escape.as_deref(), Some("false"));
    }
}
