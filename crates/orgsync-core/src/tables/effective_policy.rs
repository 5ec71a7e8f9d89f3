//! `aws_organizations_effective_policy` (opt-in): DescribeEffectivePolicy for
//! each ACTIVE account and each policy type enabled on a root that has
//! effective policies (every type but SERVICE_CONTROL_POLICY and
//! RESOURCE_CONTROL_POLICY, which DescribeEffectivePolicy rejects).
//! EffectivePolicyNotFoundException means no such policy applies: no row.

use aws_sdk_organizations::types::{EffectivePolicyType, Root};
use orgsync_schema::{EffectivePolicyRow, TableName};

use crate::planner::{Operation, Phase};

use super::{Ctx, Task, opt_text, time_cell};

/// Policy types DescribeEffectivePolicy does not accept.
const NO_EFFECTIVE_POLICY: [&str; 2] = ["SERVICE_CONTROL_POLICY", "RESOURCE_CONTROL_POLICY"];

/// Types enabled on any root that have effective policies, sorted.
pub fn enabled_types(roots: &[Root]) -> Vec<String> {
    let mut types: Vec<String> = roots
        .iter()
        .flat_map(|r| r.policy_types())
        .filter(|p| p.status().is_some_and(|s| s.as_str() == "ENABLED"))
        .filter_map(|p| p.r#type().map(|t| t.as_str().to_owned()))
        .filter(|t| !NO_EFFECTIVE_POLICY.contains(&t.as_str()))
        .collect();
    types.sort();
    types.dedup();
    types
}

/// One task per effective-policy type for `account_id`.
pub fn tasks<'a>(ctx: &'a Ctx<'a>, account_id: &str) -> Vec<Task<'a>> {
    ctx.effective_policy_types
        .iter()
        .map(|t| Task::new(Phase::EffectivePolicies, read(ctx, account_id.to_owned(), t.clone())))
        .collect()
}

async fn read<'a>(ctx: &'a Ctx<'a>, account_id: String, policy_type: String) -> Vec<Task<'a>> {
    // One account has one row per type: a failure says which type failed.
    let answer = ctx
        .read_for_account(
            TableName::EffectivePolicy,
            Operation::DescribeEffectivePolicy,
            &account_id,
            "EffectivePolicyNotFoundException",
            Some(&policy_type),
            |c| {
                c.organizations
                    .describe_effective_policy()
                    .policy_type(EffectivePolicyType::from(policy_type.as_str()))
                    .target_id(&account_id)
                    .send()
            },
        )
        .await;
    if let Some(policy) = answer.as_ref().and_then(|out| out.effective_policy()) {
        ctx.push_row(stamped!(
            ctx,
            EffectivePolicyRow {
                target_id: account_id.as_str().into(),
                policy_type: policy_type.as_str().into(),
                content: opt_text(policy.policy_content()),
                last_updated: time_cell(policy.last_updated_timestamp()),
            }
        ));
    }
    Vec::new()
}
