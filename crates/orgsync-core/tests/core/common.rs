//! Helpers shared by the test modules: the plan a user gives for the
//! emulator's demo identity, loaded through the configuration layer, and
//! the member-account access it configures.

use orgsync_core::config::{self, Plan, Sources};
use orgsync_core::tables::account_access::SubAccountAccess;
use orgsync_emulator::Emulator;

/// The role AWS Organizations creates in every member account, as a
/// sub-account chain hop.
pub const MEMBER_ROLE: &str = "arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole";

/// The plan of a user who gives the emulator's demo identity (user keys,
/// role chain, external ID, endpoint) in `ORGSYNC_*` variables, with
/// `settings` added or replacing them.
pub fn demo_plan(emulator: &Emulator, settings: &[(&str, &str)]) -> Plan {
    let demo = emulator.demo_identity();
    let mut env = vec![
        ("ORGSYNC_ACCESS_KEY_ID".to_owned(), demo.access_key_id),
        ("ORGSYNC_SECRET_ACCESS_KEY".to_owned(), demo.secret_access_key),
        (
            "ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN".to_owned(),
            demo.master_assume_role_arn_chain.join(","),
        ),
        ("ORGSYNC_ASSUME_EXTERNAL_ID".to_owned(), demo.assume_external_id),
        ("ORGSYNC_ENDPOINT_URL".to_owned(), emulator.endpoint_url()),
    ];
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
