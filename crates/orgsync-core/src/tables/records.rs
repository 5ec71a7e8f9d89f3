//! The organization's records, one organization-wide call (or list) each:
//!
//! * `aws_organizations_handshake`: ListHandshakesForOrganization (paged, no
//!   filter), one row per handshake AWS still returns — open ones and those
//!   closed in the last 30 days. Parties and resources are kept as JSON (a
//!   resource nests others); `target_id`/`target_type` name the party that is
//!   not the organization, for queries.
//! * `aws_organizations_create_account_status`: ListCreateAccountStatus
//!   (paged, every state), one row per account-creation request AWS tracks.
//! * `aws_organizations_resource_policy`: DescribeResourcePolicy, one row
//!   when the organization has a resource-based delegation policy;
//!   ResourcePolicyNotFoundException means none is set (no row, no error).
//!
//! * `aws_organizations_root_access_feature`: IAM ListOrganizationsFeatures,
//!   one row per centralized root access feature enabled. IAM answers
//!   ServiceAccessNotEnabledException when trusted access for IAM is off:
//!   one `orgsync_error` row saying so (the feature is off for every
//!   account), not one per account.
//!
//! * `aws_organizations_effective_policy_validation_error`:
//!   ListAccountsWithInvalidEffectivePolicy (paged) for each management
//!   policy type enabled on a root, then ListEffectivePolicyValidationErrors
//!   (paged) for each account it lists; one row per validation error, in
//!   AWS's order (`error_number`). A failed list is one row for its type (or
//!   account); access denied on two types is one row for the operation.
//!
//! * `aws_organizations_responsibility_transfer`:
//!   ListInboundResponsibilityTransfers and ListOutboundResponsibilityTransfers
//!   (paged, type BILLING, the only type AWS offers), one row per transfer
//!   and direction. The lists carry every field DescribeResponsibilityTransfer
//!   would add, so it is not called.
//!
//! Each is one item for the organization: a failure (access denied
//! included) is one `orgsync_error` row with no resource id, and the
//! operation is not called again in the run.

use aws_sdk_organizations::operation::list_create_account_status::ListCreateAccountStatusOutput;
use aws_sdk_organizations::operation::list_handshakes_for_organization::ListHandshakesForOrganizationOutput;
use std::sync::atomic::{AtomicI64, Ordering};

use aws_sdk_organizations::operation::list_accounts_with_invalid_effective_policy::ListAccountsWithInvalidEffectivePolicyOutput;
use aws_sdk_organizations::operation::list_effective_policy_validation_errors::ListEffectivePolicyValidationErrorsOutput;
use aws_sdk_organizations::operation::list_inbound_responsibility_transfers::ListInboundResponsibilityTransfersOutput;
use aws_sdk_organizations::operation::list_outbound_responsibility_transfers::ListOutboundResponsibilityTransfersOutput;
use aws_sdk_organizations::types::{
    EffectivePolicyType, Handshake, HandshakeResource, ResponsibilityTransfer,
    ResponsibilityTransferType,
};
use orgsync_schema::{
    CreateAccountStatusRow, EffectivePolicyValidationErrorRow, HandshakeRow, Json,
    ResourcePolicyRow, ResponsibilityTransferRow, RootAccessFeatureRow, TableName,
};
use serde_json::json;

use crate::aws::iam::IamClient;
use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing, page_sender};
use super::{Ctx, Task, enum_text, opt_text, time_cell};

/// The first tasks of the wanted record tables.
pub fn tasks<'a>(ctx: &'a Ctx<'a>) -> Vec<Task<'a>> {
    let mut tasks = Vec::new();
    if ctx.want.has(TableName::Handshake) {
        tasks.push(handshakes_task(ctx));
    }
    if ctx.want.has(TableName::CreateAccountStatus) {
        tasks.push(create_account_status_task(ctx));
    }
    if ctx.want.has(TableName::ResourcePolicy) {
        tasks.push(Task::new(Phase::OrganizationRecords, resource_policy(ctx)));
    }
    if ctx.want.has(TableName::RootAccessFeature) {
        tasks.push(Task::new(Phase::OrganizationRecords, root_access_features(ctx)));
    }
    if ctx.want.has(TableName::ResponsibilityTransfer) {
        tasks.push(transfers_task(ctx, Direction::Inbound));
        tasks.push(transfers_task(ctx, Direction::Outbound));
    }
    if ctx.want.has(TableName::EffectivePolicyValidationError) {
        for policy_type in &ctx.effective_policy_types {
            tasks.push(invalid_accounts_task(ctx, policy_type.clone()));
        }
    }
    tasks
}

/// Which side of a responsibility transfer this organization is on.
#[derive(Debug, Clone, Copy)]
enum Direction {
    Inbound,
    Outbound,
}

fn transfers_task<'a>(ctx: &'a Ctx<'a>, direction: Direction) -> Task<'a> {
    let table = TableName::ResponsibilityTransfer;
    let store = move |transfers: &[ResponsibilityTransfer]| {
        for t in transfers {
            let Some(id) = t.id() else { continue };
            let (source, target) = (t.source(), t.target());
            ctx.push_row(stamped!(
                ctx,
                ResponsibilityTransferRow {
                    direction: match direction {
                        Direction::Inbound => "INBOUND",
                        Direction::Outbound => "OUTBOUND",
                    }
                    .into(),
                    transfer_id: id.into(),
                    arn: opt_text(t.arn()),
                    name: opt_text(t.name()),
                    r#type: enum_text(t.r#type()),
                    status: enum_text(t.status()),
                    source_management_account_id: opt_text(
                        source.and_then(|p| p.management_account_id()),
                    ),
                    source_management_account_email: opt_text(
                        source.and_then(|p| p.management_account_email()),
                    ),
                    target_management_account_id: opt_text(
                        target.and_then(|p| p.management_account_id()),
                    ),
                    target_management_account_email: opt_text(
                        target.and_then(|p| p.management_account_email()),
                    ),
                    start_timestamp: time_cell(t.start_timestamp()),
                    end_timestamp: time_cell(t.end_timestamp()),
                    active_handshake_id: opt_text(t.active_handshake_id()),
                }
            ));
        }
        Vec::new()
    };
    match direction {
        Direction::Inbound => {
            let op = Operation::ListInboundResponsibilityTransfers;
            let listing = Listing::new(Phase::OrganizationRecords, op, Priority::Listing, table);
            let send = page_sender!(|clients| {
                clients
                    .organizations
                    .list_inbound_responsibility_transfers()
                    .r#type(ResponsibilityTransferType::Billing)
            });
            let store = move |page: &ListInboundResponsibilityTransfersOutput| {
                store(page.responsibility_transfers())
            };
            let next_token = ListInboundResponsibilityTransfersOutput::next_token;
            paging::first_page(ctx, listing, send, next_token, store, None)
        }
        Direction::Outbound => {
            let op = Operation::ListOutboundResponsibilityTransfers;
            let listing = Listing::new(Phase::OrganizationRecords, op, Priority::Listing, table);
            let send = page_sender!(|clients| {
                clients
                    .organizations
                    .list_outbound_responsibility_transfers()
                    .r#type(ResponsibilityTransferType::Billing)
            });
            let store = move |page: &ListOutboundResponsibilityTransfersOutput| {
                store(page.responsibility_transfers())
            };
            let next_token = ListOutboundResponsibilityTransfersOutput::next_token;
            paging::first_page(ctx, listing, send, next_token, store, None)
        }
    }
}

fn invalid_accounts_task<'a>(ctx: &'a Ctx<'a>, policy_type: String) -> Task<'a> {
    let op = Operation::ListAccountsWithInvalidEffectivePolicy;
    let table = TableName::EffectivePolicyValidationError;
    let listing = Listing::new(Phase::OrganizationRecords, op, Priority::Listing, table)
        .of_item(&policy_type);
    let filter = EffectivePolicyType::from(policy_type.as_str());
    let send = page_sender!(|clients| {
        clients
            .organizations
            .list_accounts_with_invalid_effective_policy()
            .policy_type(filter.clone())
    });
    let store = move |page: &ListAccountsWithInvalidEffectivePolicyOutput| {
        page.accounts()
            .iter()
            .filter_map(|a| a.id())
            .map(|id| validation_errors_task(ctx, id.to_owned(), policy_type.clone()))
            .collect()
    };
    let next_token = ListAccountsWithInvalidEffectivePolicyOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

fn validation_errors_task<'a>(
    ctx: &'a Ctx<'a>,
    account_id: String,
    policy_type: String,
) -> Task<'a> {
    let op = Operation::ListEffectivePolicyValidationErrors;
    let table = TableName::EffectivePolicyValidationError;
    let listing =
        Listing::new(Phase::OrganizationRecords, op, Priority::FanOut, table).of_item(&account_id);
    let filter = EffectivePolicyType::from(policy_type.as_str());
    let request_account = account_id.clone();
    let send = page_sender!(|clients| {
        clients
            .organizations
            .list_effective_policy_validation_errors()
            .account_id(&request_account)
            .policy_type(filter.clone())
    });
    // Errors are numbered across pages, in AWS's order (pages are read in turn).
    let numbered = AtomicI64::new(0);
    let store = move |page: &ListEffectivePolicyValidationErrorsOutput| {
        for error in page.effective_policy_validation_errors() {
            let n = numbered.fetch_add(1, Ordering::Relaxed) + 1;
            ctx.push_row(stamped!(
                ctx,
                EffectivePolicyValidationErrorRow {
                    account_id: account_id.as_str().into(),
                    policy_type: policy_type.as_str().into(),
                    error_number: n,
                    error_code: opt_text(error.error_code()),
                    error_message: opt_text(error.error_message()),
                    path_to_error: opt_text(error.path_to_error()),
                    contributing_policies: Json(json!(error.contributing_policies()).to_string()),
                    evaluation_timestamp: time_cell(page.evaluation_timestamp()),
                }
            ));
        }
        Vec::new()
    };
    let next_token = ListEffectivePolicyValidationErrorsOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

/// IAM as the identity that reads the organization.
pub struct IamReader {
    client: IamClient,
    config: aws_config::SdkConfig,
}

impl IamReader {
    /// IAM with the endpoint and credentials of the reading session.
    pub fn new(sdk_config: &aws_config::SdkConfig) -> Self {
        Self { client: IamClient::new(sdk_config), config: sdk_config.clone() }
    }
}

/// Code of IAM's answer when trusted access for IAM is not enabled.
pub const IAM_ACCESS_NOT_ENABLED: &str = "ServiceAccessNotEnabledException";

async fn root_access_features<'a>(ctx: &'a Ctx<'a>) -> Vec<Task<'a>> {
    let op = Operation::ListOrganizationsFeatures;
    let Some(iam) = ctx.iam.as_ref() else { return Vec::new() };
    let answer = ctx
        .call_unless_denied(op, Priority::Listing, None, |_| {
            iam.client.list_organizations_features_as(&iam.config)
        })
        .await;
    match answer {
        None => {}
        Some(Ok(features)) => {
            for feature in features.enabled_features {
                ctx.push_row(stamped!(ctx, RootAccessFeatureRow { feature: feature.into() }));
            }
        }
        Some(Err(mut err)) => {
            if err.code == IAM_ACCESS_NOT_ENABLED {
                let aws = err.message.take().unwrap_or_default();
                err.message = Some(format!(
                    "trusted access for IAM (iam.amazonaws.com) is not enabled in the organization, \
                     so centralized root access is off for every member account; IAM said: {aws}"
                ));
            }
            ctx.fail(TableName::RootAccessFeature, op, None, None, err);
        }
    }
    Vec::new()
}

fn handshakes_task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    let op = Operation::ListHandshakesForOrganization;
    let listing =
        Listing::new(Phase::OrganizationRecords, op, Priority::Listing, TableName::Handshake);
    let send = page_sender!(|clients| clients.organizations.list_handshakes_for_organization());
    let store = |page: &ListHandshakesForOrganizationOutput| {
        for handshake in page.handshakes() {
            if let Some(row) = handshake_row(ctx, handshake) {
                ctx.push_row(row);
            }
        }
        Vec::new()
    };
    let next_token = ListHandshakesForOrganizationOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

fn handshake_row(ctx: &Ctx<'_>, h: &Handshake) -> Option<HandshakeRow> {
    let id = h.id()?;
    let parties: Vec<serde_json::Value> =
        h.parties().iter().map(|p| json!({ "id": p.id(), "type": p.r#type().as_str() })).collect();
    // The party that is not this organization: the invited account or email.
    let target = h
        .parties()
        .iter()
        .find(|p| p.r#type().as_str() != "ORGANIZATION")
        .or_else(|| h.parties().iter().find(|p| p.id() != ctx.org_id));
    Some(stamped!(
        ctx,
        HandshakeRow {
            handshake_id: id.into(),
            arn: opt_text(h.arn()),
            action: enum_text(h.action()),
            state: enum_text(h.state()),
            requested_timestamp: time_cell(h.requested_timestamp()),
            expiration_timestamp: time_cell(h.expiration_timestamp()),
            target_id: opt_text(target.map(|p| p.id())),
            target_type: enum_text(target.map(|p| p.r#type())),
            parties: Json(serde_json::Value::Array(parties).to_string()),
            resources: Json(serde_json::Value::Array(resources_json(h.resources())).to_string()),
        }
    ))
}

/// Handshake resources as JSON, nested resources included.
fn resources_json(resources: &[HandshakeResource]) -> Vec<serde_json::Value> {
    resources
        .iter()
        .map(|r| {
            let mut v = json!({ "type": r.r#type().map(|t| t.as_str()), "value": r.value() });
            if !r.resources().is_empty() {
                v["resources"] = serde_json::Value::Array(resources_json(r.resources()));
            }
            v
        })
        .collect()
}

fn create_account_status_task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    let op = Operation::ListCreateAccountStatus;
    let listing = Listing::new(
        Phase::OrganizationRecords,
        op,
        Priority::Listing,
        TableName::CreateAccountStatus,
    );
    let send = page_sender!(|clients| clients.organizations.list_create_account_status());
    let store = |page: &ListCreateAccountStatusOutput| {
        for status in page.create_account_statuses() {
            let Some(id) = status.id() else { continue };
            ctx.push_row(stamped!(
                ctx,
                CreateAccountStatusRow {
                    request_id: id.into(),
                    account_name: opt_text(status.account_name()),
                    state: enum_text(status.state()),
                    requested_timestamp: time_cell(status.requested_timestamp()),
                    completed_timestamp: time_cell(status.completed_timestamp()),
                    account_id: opt_text(status.account_id()),
                    gov_cloud_account_id: opt_text(status.gov_cloud_account_id()),
                    failure_reason: enum_text(status.failure_reason()),
                }
            ));
        }
        Vec::new()
    };
    let next_token = ListCreateAccountStatusOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

/// Code of DescribeResourcePolicy's answer when no policy is set.
pub const NO_RESOURCE_POLICY: &str = "ResourcePolicyNotFoundException";

async fn resource_policy<'a>(ctx: &'a Ctx<'a>) -> Vec<Task<'a>> {
    let op = Operation::DescribeResourcePolicy;
    let answer = ctx
        .call_unless_denied(op, Priority::Listing, None, |c| {
            c.organizations.describe_resource_policy().send()
        })
        .await;
    let policy = match answer {
        None => return Vec::new(),
        Some(Ok(out)) => out.resource_policy,
        Some(Err(err)) if err.code == NO_RESOURCE_POLICY => None,
        Some(Err(err)) => {
            ctx.fail(TableName::ResourcePolicy, op, None, None, err);
            None
        }
    };
    let Some(policy) = policy else { return Vec::new() };
    let summary = policy.resource_policy_summary();
    let Some(id) = summary.and_then(|s| s.id()) else { return Vec::new() };
    ctx.push_row(stamped!(
        ctx,
        ResourcePolicyRow {
            policy_id: id.into(),
            arn: opt_text(summary.and_then(|s| s.arn())),
            content: opt_text(policy.content()),
        }
    ));
    Vec::new()
}
