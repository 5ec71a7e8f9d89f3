//! The least-privilege IAM policies a configuration needs, derived from the
//! operations its tables call ([`Wanted::operations`]): one identity-based
//! policy per identity of the role chain (the initial credentials, each hop,
//! the sub-account hops) and the trust policy of each role, with
//! `sts:ExternalId` when `assume_external_id` is set.
//!
//! `orgsync permissions` prints these; a test applies them to the
//! emulator's roles and shows that a sync succeeds with them and fails
//! without any one action.

use serde::Serialize;
use serde_json::{Value, json};

use crate::config::{ACCOUNT_ID_PLACEHOLDER, InitialCredentials, Plan};
use crate::planner::Operation;
use crate::refresh::RefreshMode;
use crate::tables::Wanted;

/// Stands for the principal of the initial credentials in the first role's
/// trust policy, which cannot be known without calling AWS.
pub const INITIAL_PRINCIPAL_PLACEHOLDER: &str = "ARN_OF_THE_INITIAL_CREDENTIALS";

/// The policies of one identity.
#[derive(Debug, Clone, Serialize)]
pub struct IdentityPolicies {
    /// Which identity, in words.
    pub identity: String,
    /// The role's ARN (with `{accountId}` for sub-account templates); `None`
    /// for the initial credentials of `access_key` or `default_chain`.
    pub role_arn: Option<String>,
    /// What this identity does in a sync.
    pub purpose: String,
    /// The identity-based policy to attach.
    pub policy: Value,
    /// The role's trust policy (`None` for the initial credentials).
    pub trust_policy: Option<Value>,
}

/// Everything a configuration needs from IAM.
#[derive(Debug, Clone, Serialize)]
pub struct Permissions {
    /// The tables the configuration writes.
    pub tables: Vec<String>,
    /// The actions the reading identity (the end of the master chain) calls.
    pub read_actions: Vec<String>,
    /// One entry per identity, in the order they are used.
    pub identities: Vec<IdentityPolicies>,
}

/// The operations a plan's sync calls: those of its tables, and with
/// `refresh = "auto"` on the whole organization those of the incremental
/// refresh (ListAccounts, ListPoliciesForTarget, CloudTrail LookupEvents).
pub fn operations(plan: &Plan) -> Vec<Operation> {
    let wanted = Wanted::for_run(
        &plan.tables,
        plan.effective_policies,
        plan.sub_account_chain.is_some(),
        &plan.scope,
        plan.account_reads,
    );
    let mut operations = wanted.operations();
    if plan.refresh.mode == RefreshMode::Auto && plan.scope.is_whole() {
        if wanted.tree_walk() {
            operations.push(Operation::ListAccounts);
        }
        if wanted.tree_walk() && wanted.has(orgsync_schema::TableName::PolicyTarget) {
            operations.push(Operation::ListPoliciesForTarget);
        }
        operations.push(Operation::LookupEvents);
    }
    operations
}

fn allow(actions: &[String], resources: &[String]) -> Value {
    json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Effect": "Allow",
            "Action": actions,
            "Resource": if resources.len() == 1 { json!(resources[0]) } else { json!(resources) },
        }]
    })
}

fn trust(principal: &str, external_id: Option<&str>) -> Value {
    let mut statement = json!({
        "Effect": "Allow",
        "Principal": { "AWS": principal },
        "Action": "sts:AssumeRole",
    });
    if let Some(id) = external_id {
        statement["Condition"] = json!({ "StringEquals": { "sts:ExternalId": id } });
    }
    json!({ "Version": "2012-10-17", "Statement": [statement] })
}

/// The least-privilege policies of `plan`.
pub fn least_privilege(plan: &Plan) -> Permissions {
    let ops = operations(plan);
    let external_id = plan.auth.external_id.as_deref();
    let sub_chain =
        plan.sub_account_chain.as_ref().filter(|_| ops.contains(&Operation::AssumeRoleSubAccount));
    // The reading identity: every read plus, with a sub-account chain, the
    // first member hop (any account) and the management account's alias.
    let mut read_actions: Vec<String> = ops
        .iter()
        .filter(|op| **op != Operation::AssumeRoleSubAccount && !op.is_member_side())
        .map(|op| op.qualified_name())
        .collect();
    read_actions.sort();
    read_actions.dedup();
    let mut read_policy = allow(&read_actions, &["*".to_owned()]);
    if let Some(chain) = sub_chain
        && let Some(first) = chain.templates().first()
    {
        let statements = read_policy["Statement"].as_array_mut().expect("one statement");
        statements.push(json!({
            "Effect": "Allow",
            "Action": "sts:AssumeRole",
            "Resource": first.replace(ACCOUNT_ID_PLACEHOLDER, "*"),
        }));
    }
    let read_purpose = "reads the organization (the end of the master chain)".to_owned();

    let (initial_identity, initial_role) = match &plan.auth.initial {
        InitialCredentials::AccessKey { access_key_id, .. } => {
            (format!("the IAM user or role of access key `{access_key_id}`"), None)
        }
        InitialCredentials::WebIdentity { role_arn, .. } => (
            "the role assumed with the web identity token".to_owned(),
            Some(role_arn.as_str().to_owned()),
        ),
        InitialCredentials::DefaultChain { profile } => (
            match profile {
                Some(p) => format!("the identity of AWS profile `{p}`"),
                None => "the identity of the AWS SDK's default credential chain".to_owned(),
            },
            None,
        ),
    };
    let chain: Vec<String> = plan.auth.chain.iter().map(|r| r.as_str().to_owned()).collect();
    let mut identities = Vec::new();
    let mut previous = initial_role.clone().unwrap_or_else(|| INITIAL_PRINCIPAL_PLACEHOLDER.into());
    identities.push(IdentityPolicies {
        identity: initial_identity,
        role_arn: initial_role,
        purpose: match chain.first() {
            Some(_) => "assumes the first role of `master_assume_role_arn_chain`".to_owned(),
            None => read_purpose.clone(),
        },
        policy: match chain.first() {
            Some(first) => allow(&["sts:AssumeRole".to_owned()], std::slice::from_ref(first)),
            None => read_policy.clone(),
        },
        trust_policy: None,
    });
    for (n, role) in chain.iter().enumerate() {
        let next = chain.get(n + 1);
        identities.push(IdentityPolicies {
            identity: format!("hop {} of {} of `master_assume_role_arn_chain`", n + 1, chain.len()),
            role_arn: Some(role.clone()),
            purpose: match next {
                Some(_) => format!("assumes hop {}", n + 2),
                None => read_purpose.clone(),
            },
            policy: match next {
                Some(next) => allow(&["sts:AssumeRole".to_owned()], std::slice::from_ref(next)),
                None => read_policy.clone(),
            },
            trust_policy: Some(trust(&previous, external_id)),
        });
        previous = role.clone();
    }
    // The last member role: what is called in the member's own session.
    let member_ops: Vec<Operation> = ops
        .iter()
        .copied()
        .filter(|op| op.is_member_side() || *op == Operation::ListAccountAliases)
        .collect();
    // An incremental refresh reads a delegated administrator's own event
    // history in its session.
    let delegated_history = ops.contains(&Operation::LookupEvents);
    let member_purpose = member_ops
        .iter()
        .map(|op| match op {
            Operation::ListAccountAliases => "the member account's alias",
            _ => "the member account's own alternate contacts (`account_reads`)",
        })
        .chain(
            delegated_history
                .then_some("a delegated administrator's own event history (incremental refresh)"),
        )
        .collect::<Vec<_>>()
        .join(" and ");
    let mut member_actions: Vec<String> = member_ops.iter().map(|op| op.qualified_name()).collect();
    if delegated_history {
        member_actions.push(Operation::LookupEvents.qualified_name());
    }
    member_actions.sort();
    member_actions.dedup();
    if let Some(sub) = sub_chain {
        let templates = sub.templates();
        for (n, template) in templates.iter().enumerate() {
            let next = templates.get(n + 1);
            identities.push(IdentityPolicies {
                identity: format!(
                    "hop {} of {} of `sub_account_assume_role_arn_chain`, in every member account",
                    n + 1,
                    templates.len()
                ),
                role_arn: Some(template.clone()),
                purpose: match next {
                    Some(_) => format!("assumes member hop {}", n + 2),
                    None => format!("reads {member_purpose}"),
                },
                policy: match next {
                    Some(next) => allow(
                        &["sts:AssumeRole".to_owned()],
                        &[next.replace(ACCOUNT_ID_PLACEHOLDER, "*")],
                    ),
                    None => allow(&member_actions, &["*".to_owned()]),
                },
                trust_policy: Some(trust(&previous, external_id)),
            });
            previous = template.clone();
        }
    }
    Permissions {
        tables: plan.tables.iter().map(|t| t.as_str().to_owned()).collect(),
        read_actions,
        identities,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{self, Sources};

    fn plan(account_reads: &str) -> Plan {
        let env = [
            ("ORGSYNC_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
            ("ORGSYNC_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
            (
                "ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN",
                "arn:aws:iam::{accountId}:role/OrgSyncMemberReader",
            ),
            ("ORGSYNC_ACCOUNT_READS", account_reads),
        ];
        let env = env.into_iter().map(|(k, v)| (k.to_owned(), v.to_owned())).collect();
        config::load(Sources { env, ..Sources::default() }).expect("valid configuration")
    }

    fn member_role_actions(permissions: &Permissions) -> Value {
        let member = permissions.identities.last().expect("the member role");
        assert!(member.identity.contains("sub_account_assume_role_arn_chain"));
        member.policy["Statement"][0]["Action"].clone()
    }

    #[test]
    fn member_reads_grant_the_contact_read_to_the_member_role() {
        for reads in ["auto", "member"] {
            let permissions = least_privilege(&plan(reads));
            assert_eq!(
                member_role_actions(&permissions),
                json!([
                    "account:GetAlternateContact",
                    "cloudtrail:LookupEvents",
                    "iam:ListAccountAliases"
                ]),
                "{reads}"
            );
            // The management session still reads its own account's contacts.
            assert!(permissions.read_actions.contains(&"account:GetAlternateContact".to_owned()));
        }
        let permissions = least_privilege(&plan("management"));
        assert_eq!(
            member_role_actions(&permissions),
            json!(["cloudtrail:LookupEvents", "iam:ListAccountAliases"])
        );
    }
}
