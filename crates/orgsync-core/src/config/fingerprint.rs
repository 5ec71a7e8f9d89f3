//! The run fingerprint: sha256 (hex) of the JSON of [`Fingerprinted`], the
//! plan's non-secret settings.
//!
//! The struct's fields are in alphabetical order, so its JSON is the
//! canonical form (the same settings always give the same bytes). Secrets
//! never enter it: of the access keys only the key ID and whether a session
//! token is present; the destination with any password masked. A generated
//! session name is left out so the fingerprint is stable across runs.

use std::collections::BTreeSet;
use std::path::Path;

use orgsync_schema::Scope;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::plan::{AccountReads, AuthPlan, InitialCredentials, Partition, Plan, RoleArn};

/// What the fingerprint covers. Field order is alphabetical: it is the
/// order of the serialised JSON, and changing it changes every fingerprint.
#[derive(Debug, Serialize)]
struct Fingerprinted<'p> {
    account_reads: AccountReads,
    assume_external_id: Option<&'p str>,
    csv_formula_escape: bool,
    destination: String,
    effective_policies: bool,
    endpoint_url: Option<&'p str>,
    findings_delegated_admin_allowlist: Option<&'p BTreeSet<String>>,
    findings_max_ou_depth: i64,
    history_runs: usize,
    initial: Initial<'p>,
    master_assume_role_arn_chain: &'p [RoleArn],
    max_concurrency: Option<usize>,
    partition: Partition,
    postgres_schema: &'p str,
    postgres_steampipe_schema: Option<String>,
    region: &'p str,
    role_session_duration_seconds: u32,
    role_session_name: Option<&'p str>,
    scope: &'p Scope,
    sub_account_assume_role_arn_chain: Option<&'p [String]>,
    tables: Vec<&'static str>,
}

/// The initial credentials without their secrets.
#[derive(Debug, Serialize)]
#[serde(tag = "method", rename_all = "snake_case")]
enum Initial<'p> {
    AccessKey { access_key_id: &'p str, temporary: bool },
    WebIdentity { token_file: &'p Path, role_arn: &'p str },
    DefaultChain { profile: Option<&'p str> },
}

impl<'p> Fingerprinted<'p> {
    fn of(plan: &'p Plan) -> Self {
        // Every field of the plan is named, so a new one is placed in the
        // fingerprint or left out here on purpose.
        let Plan {
            auth,
            destination,
            tables,
            effective_policies,
            max_concurrency,
            sub_account_chain,
            account_reads,
            findings,
            scope,
            config_fingerprint: _, // the result
            config_file: _,        // where the settings came from, not what they are
            refresh: _,            // how rows are read again, not what is written
        } = plan;
        let AuthPlan {
            initial,
            chain,
            external_id,
            role_session_name,
            role_session_name_is_default,
            role_session_duration_seconds,
            partition,
            region,
            endpoint_url,
        } = auth;
        let options = &destination.options;
        let initial = match initial {
            InitialCredentials::AccessKey { access_key_id, session_token, .. } => {
                Initial::AccessKey { access_key_id, temporary: session_token.is_some() }
            }
            InitialCredentials::WebIdentity { token_file, role_arn } => {
                Initial::WebIdentity { token_file, role_arn: role_arn.as_str() }
            }
            InitialCredentials::DefaultChain { profile } => {
                Initial::DefaultChain { profile: profile.as_deref() }
            }
        };
        Fingerprinted {
            account_reads: *account_reads,
            assume_external_id: external_id.as_deref(),
            csv_formula_escape: options.csv_formula_escape,
            destination: destination.describe(),
            effective_policies: *effective_policies,
            endpoint_url: endpoint_url.as_deref(),
            findings_delegated_admin_allowlist: findings.delegated_admin_allowlist.as_ref(),
            findings_max_ou_depth: findings.max_ou_depth,
            history_runs: options.history_runs,
            initial,
            master_assume_role_arn_chain: chain,
            max_concurrency: *max_concurrency,
            partition: *partition,
            postgres_schema: &options.postgres_schema,
            postgres_steampipe_schema: destination.steampipe_schema(),
            region,
            role_session_duration_seconds: *role_session_duration_seconds,
            role_session_name: (!role_session_name_is_default)
                .then_some(role_session_name.as_str()),
            scope,
            sub_account_assume_role_arn_chain: sub_account_chain.as_ref().map(|c| c.templates()),
            tables: tables.iter().map(|t| t.as_str()).collect(),
        }
    }
}

/// sha256 (hex) of the canonical JSON of the plan's non-secret settings.
pub(crate) fn fingerprint(plan: &Plan) -> String {
    let bytes = serde_json::to_vec(&Fingerprinted::of(plan)).expect("settings serialize");
    hex::encode(Sha256::digest(&bytes))
}
