//! Helpers shared by the test modules: a synthetic organization's
//! emulator, the plan a user gives for the
//! emulator's demo identity, loaded through the configuration layer, and
//! the member-account access it configures, the plan of a CI job that
//! starts the chain from a web-identity token, a run in a plan's session,
//! the organization's member accounts, and the recorded AssumeRole requests.

use orgsync_core::config::{self, Plan, Sources};
use orgsync_core::credentials::Session;
use orgsync_core::planner::NoProgress;
use orgsync_core::run::{ExtractOptions, Extraction, extract};
use orgsync_core::tables::account_access::SubAccountAccess;
use orgsync_emulator::{Emulator, EmulatorConfig, RecordedRequest, WebIdentityTrust};

/// The role AWS Organizations creates in every member account, as a
/// sub-account chain hop.
pub const MEMBER_ROLE: &str = "arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole";

/// The emulator serving a synthetic organization of `accounts` accounts
/// drawn from `seed`.
pub async fn start(accounts: usize, seed: u64) -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(accounts, seed)).await.expect("emulator starts")
}

/// The plan of a user who gives the emulator's demo identity (user keys,
/// role chain, external ID, endpoint) in `ORGSYNC_*` variables, with
/// `settings` added or replacing them.
pub fn demo_plan(emulator: &Emulator, settings: &[(&str, &str)]) -> Plan {
    let demo = emulator.demo_identity();
    let env = vec![
        ("ORGSYNC_ACCESS_KEY_ID".to_owned(), demo.access_key_id),
        ("ORGSYNC_SECRET_ACCESS_KEY".to_owned(), demo.secret_access_key),
        (
            "ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN".to_owned(),
            demo.master_assume_role_arn_chain.join(","),
        ),
        ("ORGSYNC_ASSUME_EXTERNAL_ID".to_owned(), demo.assume_external_id),
        ("ORGSYNC_ENDPOINT_URL".to_owned(), emulator.endpoint_url()),
    ];
    load_env(env, settings)
}

/// The plan of the `ORGSYNC_*` variables `env`, with `settings` added or
/// replacing them.
fn load_env(mut env: Vec<(String, String)>, settings: &[(&str, &str)]) -> Plan {
    for (name, value) in settings {
        env.retain(|(known, _)| known != name);
        env.push(((*name).to_owned(), (*value).to_owned()));
    }
    config::load(Sources { env, ..Sources::default() }).expect("valid configuration")
}

/// The member-account access `plan` configures (its sub-account chain).
pub fn sub_account_access(plan: &Plan) -> Option<SubAccountAccess> {
    plan.sub_account_chain.clone().map(|chain| SubAccountAccess::new(&plan.auth, chain))
}

/// Runs `options` in a session of `plan`'s master chain, assumed again when
/// the run finds it expired.
pub async fn extract_as(plan: &Plan, options: &ExtractOptions) -> Extraction {
    let session = Session::connect(&plan.auth).await.expect("the master chain is assumed");
    let on_expired = || session.invalidate();
    extract(session.sdk_config(), &on_expired, options, &NoProgress).await.expect("extract")
}

/// The management account and the ACTIVE member accounts of the
/// emulator's organization.
pub fn management_and_active_members(emulator: &Emulator) -> (String, Vec<String>) {
    emulator.controls().with_org(|org| {
        let members = org.active_members().map(|a| a.id.clone()).collect();
        (org.management_account_id.clone(), members)
    })
}

/// The recorded STS AssumeRole requests among `requests`.
pub fn assume_roles(requests: &[RecordedRequest]) -> Vec<&RecordedRequest> {
    requests.iter().filter(|r| r.service == "sts" && r.operation == "AssumeRole").collect()
}

/// The parameter `name` of a recorded request (empty when absent).
pub fn param<'a>(request: &'a RecordedRequest, name: &str) -> &'a str {
    request.params.get(name).and_then(|v| v.as_str()).unwrap_or_default()
}

/// A CI job's web-identity start of the demo chain: the token file it reads
/// and the roles the emulator trusts `issuer`'s tokens for.
pub struct WebIdentityStart {
    /// The token file (a token of `issuer` to start with).
    pub token_file: std::path::PathBuf,
    /// The role the token is exchanged for (the chain's hop 1).
    pub ci_role: String,
    /// The plan: web identity, the reader, the demo's external ID and
    /// endpoint, with `settings` added.
    pub plan: Plan,
}

/// The web-identity plan of a CI job whose tokens `issuer` signs, its token
/// file written in `dir`, with `settings` added.
pub fn web_identity_plan(
    emulator: &Emulator,
    issuer: &str,
    dir: &std::path::Path,
    settings: &[(&str, &str)],
) -> WebIdentityStart {
    let demo = emulator.demo_identity();
    let (ci_role, reader) = emulator.add_web_identity_reader(issuer);
    let token_file = dir.join("token");
    std::fs::write(&token_file, format!("{}\n", WebIdentityTrust::token(issuer))).unwrap();
    let env = [
        ("ORGSYNC_AUTHENTICATION_METHOD", "web_identity".to_owned()),
        ("ORGSYNC_WEB_IDENTITY_TOKEN_FILE", token_file.display().to_string()),
        ("ORGSYNC_WEB_IDENTITY_ROLE_ARN", ci_role.clone()),
        ("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", reader.clone()),
        ("ORGSYNC_ASSUME_EXTERNAL_ID", demo.assume_external_id),
        ("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url()),
    ];
    let env = env.into_iter().map(|(name, value)| (name.to_owned(), value)).collect();
    let plan = load_env(env, settings);
    WebIdentityStart { token_file, ci_role, plan }
}
