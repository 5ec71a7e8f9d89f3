//! `aws_organizations_organization`: DescribeOrganization, one row.
//!
//! Read first and outside the task graph: it names the organization (every
//! row carries its id) and the management account, and its failure is a
//! run-level failure.

use aws_sdk_organizations::types::Organization;
use orgsync_schema::{Row, Value};

use crate::aws::error::ApiError;
use crate::planner::{Operation, Planner, Priority};

use super::enum_text;

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

/// The organization's row.
pub fn row(org: &Organization, run_id: &str) -> Row {
    vec![
        Value::opt_text(org.id()),
        Value::opt_text(org.arn()),
        enum_text(org.feature_set()),
        Value::opt_text(org.master_account_id()),
        Value::opt_text(org.master_account_arn()),
        Value::opt_text(org.master_account_email()),
        Value::text(run_id),
    ]
}
