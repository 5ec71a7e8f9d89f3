//! The policies attached to an OU or account that is new since the previous
//! run (ListPoliciesForTarget, one policy type at a time, paged): AWS
//! attaches FullAWSAccess and RCPFullAWSAccess to new OUs and accounts
//! without an AttachPolicy event, so an incremental run asks the new target
//! itself instead of re-reading every target of those policies.

use aws_sdk_organizations::operation::list_policies_for_target::ListPoliciesForTargetOutput;
use aws_sdk_organizations::types::PolicyType;
use orgsync_schema::{PolicyTargetRow, TableName, Text};

use crate::planner::{Operation, Phase, Priority};
use crate::tables::paging::{self, Listing, page_sender};
use crate::tables::{Ctx, Task, stamped};

/// The task storing the `policy_type` policies attached to `target_id` as
/// policy target rows.
pub(crate) fn task<'a>(
    ctx: &'a Ctx<'a>,
    target_id: &str,
    target_type: &'static str,
    target_name: Option<String>,
    policy_type: &str,
) -> Task<'a> {
    let target_name = target_name.map(Text::from);
    let op = Operation::ListPoliciesForTarget;
    let listing = Listing::new(Phase::Policies, op, Priority::Listing, TableName::PolicyTarget)
        .of_item(target_id)
        .in_scope(policy_type);
    let request_id = target_id.to_owned();
    let filter = PolicyType::from(policy_type);
    let send = page_sender!(|clients| {
        clients
            .organizations
            .list_policies_for_target()
            .target_id(&request_id)
            .filter(filter.clone())
    });
    let target: Text = target_id.into();
    let rows_of = move |page: &ListPoliciesForTargetOutput, rows: &mut Vec<PolicyTargetRow>| {
        for policy in page.policies() {
            let Some(policy_id) = policy.id() else { continue };
            rows.push(stamped!(
                ctx,
                PolicyTargetRow {
                    policy_id: policy_id.into(),
                    target_id: target.clone(),
                    target_type: target_type.into(),
                    target_name: target_name.clone(),
                }
            ));
        }
    };
    paging::whole_list(ctx, listing, send, ListPoliciesForTargetOutput::next_token, rows_of)
}
