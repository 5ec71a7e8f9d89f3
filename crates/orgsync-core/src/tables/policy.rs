//! `aws_organizations_policy` and `aws_organizations_policy_target`.
//!
//! ListPolicies once per policy type (it requires a type filter): the 14
//! types AWS documents (GUARDDUTY_POLICY included), every type this SDK knows, and any other type a root
//! reports — so a type newer than the SDK still lists (the SDK's `Unknown`
//! variant carries its name). AWS-managed policies (e.g. `p-FullAWSAccess`)
//! are included. Per policy: DescribePolicy for the document, verbatim, and
//! ListTargetsForPolicy (paged) for its targets, whose names come with the
//! answer. Policies are tagged too.
//!
//! A type the endpoint rejects as invalid (`InvalidInputException` on the
//! first ListPolicies page) and that no root reports is a type this
//! partition or endpoint does not offer: skipped without an error row, so a
//! partition lacking a newer type does not make every run `partial`.
//!
//! Access denied on ListPolicies or DescribePolicy is recorded once per
//! policy type (resource_id = the type) and that type is not read further.

use std::collections::BTreeSet;

use aws_sdk_organizations::operation::list_policies::ListPoliciesOutput;
use aws_sdk_organizations::operation::list_targets_for_policy::ListTargetsForPolicyOutput;
use aws_sdk_organizations::types::{PolicySummary, PolicyType, Root};
use orgsync_schema::{POLICY_TYPES, PolicyRow, PolicyTargetRow, TableName, Text};

use crate::aws::error::ApiError;
use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing, page_sender};
use super::{Ctx, Task, enum_text, opt_text, tag};

/// Every policy type to list: documented, known to the SDK, or reported by a root.
pub fn policy_types(roots: &[Root]) -> Vec<String> {
    let mut types: BTreeSet<String> = POLICY_TYPES.iter().map(|t| (*t).to_owned()).collect();
    types.extend(PolicyType::values().iter().map(|t| (*t).to_owned()));
    types.extend(
        roots
            .iter()
            .flat_map(|r| r.policy_types())
            .filter_map(|p| p.r#type())
            .map(|t| t.as_str().to_owned()),
    );
    types.into_iter().collect()
}

/// The policy types the roots report.
pub fn root_types(roots: &[Root]) -> BTreeSet<String> {
    roots
        .iter()
        .flat_map(|r| r.policy_types())
        .filter_map(|p| p.r#type())
        .map(|t| t.as_str().to_owned())
        .collect()
}

/// The first ListPolicies page task of each type; each policy starts its
/// description, targets and tags as wanted.
pub fn tasks<'a>(ctx: &'a Ctx<'a>, types: Vec<String>) -> Vec<Task<'a>> {
    types.into_iter().map(|policy_type| list_task(ctx, policy_type)).collect()
}

fn list_task<'a>(ctx: &'a Ctx<'a>, policy_type: String) -> Task<'a> {
    let listing = Listing::new(
        Phase::Policies,
        Operation::ListPolicies,
        Priority::Listing,
        TableName::Policy,
    )
    .in_scope(&policy_type);
    let filter = PolicyType::from(policy_type.as_str());
    let send = page_sender!(|clients| clients.organizations.list_policies().filter(filter.clone()));
    let store = move |page: &ListPoliciesOutput| {
        let mut next = Vec::new();
        for summary in page.policies() {
            let Some(id) = summary.id() else { continue };
            // An incremental run reads per policy only what its selection says.
            let refresh = ctx.refresh.as_ref();
            if let Some(selection) = refresh {
                selection.listed(summary);
            }
            if ctx.want.has(TableName::Policy) && refresh.is_none_or(|s| s.reads_policy_content(id))
            {
                next.push(Task::new(
                    Phase::Policies,
                    describe(ctx, policy_type.clone(), summary.clone()),
                ));
            }
            if ctx.want.has(TableName::PolicyTarget)
                && refresh.is_none_or(|s| s.reads_policy_targets(id))
            {
                next.push(targets_task(ctx, id.to_owned()));
            }
            if ctx.want.has(TableName::Tag) && refresh.is_none_or(|s| s.reads_policy_tags(id)) {
                next.push(tag::task(ctx, id.to_owned(), tag::ResourceType::Policy));
            }
        }
        next
    };
    let next_token = ListPoliciesOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, Some(not_offered))
}

/// A type the endpoint rejects as invalid on its first page and that no
/// root reports is not offered here (see the module docs).
fn not_offered(ctx: &Ctx<'_>, listing: &Listing, err: &ApiError, first_page: bool) -> bool {
    let Some(policy_type) = listing.scope.as_deref() else { return false };
    let not_offered = err.code == "InvalidInputException"
        && first_page
        && !ctx.root_policy_types.contains(policy_type);
    if not_offered {
        tracing::info!(policy_type, "policy type not offered by this endpoint; skipped");
    }
    not_offered
}

async fn describe<'a>(
    ctx: &'a Ctx<'a>,
    policy_type: String,
    listed: PolicySummary,
) -> Vec<Task<'a>> {
    let op = Operation::DescribePolicy;
    let id = listed.id().unwrap_or_default().to_owned();
    let answer = ctx
        .call_unless_denied(op, Priority::Listing, Some(&policy_type), |c| {
            c.organizations.describe_policy().policy_id(&id).send()
        })
        .await;
    let policy = match answer {
        None => return Vec::new(),
        Some(Ok(out)) => out.policy,
        Some(Err(err)) => {
            ctx.fail(TableName::Policy, op, Some(&id), Some(&policy_type), err);
            return Vec::new();
        }
    };
    let content = policy.as_ref().and_then(|p| p.content()).map(str::to_owned);
    let summary = policy.as_ref().and_then(|p| p.policy_summary()).unwrap_or(&listed);
    let kind = summary.r#type().map_or_else(|| policy_type.clone(), |t| t.as_str().to_owned());
    // An ARN is part of every policy AWS returns; no row for one without.
    let Some(arn) = summary.arn() else { return Vec::new() };
    ctx.push_row(stamped!(
        ctx,
        PolicyRow {
            policy_id: id.into(),
            arn: arn.into(),
            name: opt_text(summary.name()),
            description: opt_text(summary.description()),
            r#type: kind.into(),
            aws_managed: summary.aws_managed(),
            content: content.map(Text::from),
        }
    ));
    Vec::new()
}

/// The first page task of ListTargetsForPolicy for one policy (target names
/// come with the answer).
fn targets_task<'a>(ctx: &'a Ctx<'a>, policy_id: String) -> Task<'a> {
    let op = Operation::ListTargetsForPolicy;
    let listing = Listing::new(Phase::Policies, op, Priority::Listing, TableName::PolicyTarget)
        .of_item(&policy_id);
    let request_id = policy_id.clone();
    let send = page_sender!(|clients| {
        clients.organizations.list_targets_for_policy().policy_id(&request_id)
    });
    let store = move |page: &ListTargetsForPolicyOutput| {
        for target in page.targets() {
            let Some(target_id) = target.target_id() else { continue };
            // A target's type is part of every target AWS returns; no row without.
            let Some(target_type) = enum_text(target.r#type()) else { continue };
            ctx.push_row(stamped!(
                ctx,
                PolicyTargetRow {
                    policy_id: policy_id.as_str().into(),
                    target_id: target_id.into(),
                    target_type,
                    target_name: opt_text(target.name()),
                }
            ));
        }
        Vec::new()
    };
    let next_token = ListTargetsForPolicyOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}
