//! `aws_organizations_enabled_service`: ListAWSServiceAccessForOrganization
//! (paged), one row per service principal with trusted access.

use aws_sdk_organizations::operation::list_aws_service_access_for_organization::ListAwsServiceAccessForOrganizationOutput as ListOutput;
use orgsync_schema::{EnabledServiceRow, TableName};

use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing, page_sender};
use super::{Ctx, Task, time_cell};

/// The first page task.
pub fn task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    let op = Operation::ListAwsServiceAccessForOrganization;
    let listing =
        Listing::new(Phase::EnabledServices, op, Priority::Listing, TableName::EnabledService);
    let send =
        page_sender!(|clients| clients.organizations.list_aws_service_access_for_organization());
    let store = |page: &ListOutput| {
        for service in page.enabled_service_principals() {
            let Some(principal) = service.service_principal() else { continue };
            ctx.push_row(stamped!(
                ctx,
                EnabledServiceRow {
                    service_principal: principal.into(),
                    date_enabled: time_cell(service.date_enabled()),
                }
            ));
        }
        Vec::new()
    };
    paging::first_page(ctx, listing, send, ListOutput::next_token, store, None)
}
