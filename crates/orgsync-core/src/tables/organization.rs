//! `aws_organizations_organization`: DescribeOrganization, one row.
//!
//! Read first and outside the task graph: it names the organization (every
//! row carries its id) and the management account, and its failure is a
//! run-level failure.

use aws_sdk_organizations::types::Organization;
use orgsync_schema::OrganizationRow;

use crate::aws::error::ApiError;
use crate::planner::{Operation, Planner, Priority};

use super::{Ctx, enum_text, opt_text};

/// Reads the organization.
pub async fn describe(planner: &Planner<'_>) -> Result<Organization, ApiError> {
    let out = planner
        .call(Operation::DescribeOrganization, Priority::Critical, |c| {
            c.organizations.describe_organization().send()
        })
        .await?;
    out.organization.ok_or_else(|| {
        ApiError::from_code(
            "MissingOrganization",
            Some("DescribeOrganization returned no organization".into()),
            None,
        )
    })
}

/// Stores the organization's row (none when AWS returned no ARN).
pub fn store(ctx: &Ctx<'_>, org: &Organization) {
    let Some(arn) = org.arn() else { return };
    ctx.push_row(stamped!(
        ctx,
        OrganizationRow {
            arn: arn.into(),
            feature_set: enum_text(org.feature_set()),
            management_account_id: opt_text(org.master_account_id()),
            management_account_arn: opt_text(org.master_account_arn()),
            management_account_email: opt_text(org.master_account_email()),
        }
    ));
}
