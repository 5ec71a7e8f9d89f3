//! `aws_organizations_enabled_service`: ListAWSServiceAccessForOrganization
//! (paged), one row per service principal with trusted access.

use orgsync_schema::{TableName, Value};

use crate::planner::{Operation, Phase, Priority};

use super::{Ctx, PAGE_SIZE, Task, next_token, time_cell};

/// The first page task.
pub fn task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    page_task(ctx, None)
}

fn page_task<'a>(ctx: &'a Ctx<'a>, token: Option<String>) -> Task<'a> {
    Task::new(Phase::EnabledServices, page(ctx, token))
}

async fn page<'a>(ctx: &'a Ctx<'a>, token: Option<String>) -> Vec<Task<'a>> {
    let op = Operation::ListAwsServiceAccessForOrganization;
    let page = ctx
        .planner
        .call(op, Priority::Listing, |c| {
            c.organizations
                .list_aws_service_access_for_organization()
                .max_results(PAGE_SIZE)
                .set_next_token(token.clone())
                .send()
        })
        .await;
    let page = match page {
        Ok(page) => page,
        Err(err) => {
            ctx.fail(TableName::EnabledService, op, None, None, err);
            return Vec::new();
        }
    };
    for service in page.enabled_service_principals() {
        let Some(principal) = service.service_principal() else { continue };
        ctx.push_row(
            TableName::EnabledService,
            vec![
                ctx.org_cell(),
                Value::text(principal),
                time_cell(service.date_enabled()),
                ctx.run_cell(),
            ],
        );
    }
    match next_token(page.next_token()) {
        Some(token) => vec![page_task(ctx, Some(token))],
        None => Vec::new(),
    }
}
