//! `aws_organizations_delegated_administrator` (ListDelegatedAdministrators,
//! paged) and `aws_organizations_delegated_service`
//! (ListDelegatedServicesForAccount per delegated administrator, paged).

use aws_sdk_organizations::types::DelegatedAdministrator;
use orgsync_schema::{TableName, Value};

use crate::planner::{Operation, Phase, Priority};

use super::{Ctx, PAGE_SIZE, Task, enum_text, next_token, time_cell};

/// The first page task.
pub fn task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    admins_page_task(ctx, None)
}

fn admins_page_task<'a>(ctx: &'a Ctx<'a>, token: Option<String>) -> Task<'a> {
    Task::new(Phase::DelegatedAdministrators, admins_page(ctx, token))
}

fn services_page_task<'a>(ctx: &'a Ctx<'a>, account_id: String, token: Option<String>) -> Task<'a> {
    Task::new(Phase::DelegatedAdministrators, services_page(ctx, account_id, token))
}

async fn admins_page<'a>(ctx: &'a Ctx<'a>, token: Option<String>) -> Vec<Task<'a>> {
    let op = Operation::ListDelegatedAdministrators;
    let page = ctx
        .planner
        .call(op, Priority::Listing, |c| {
            c.organizations
                .list_delegated_administrators()
                .max_results(PAGE_SIZE)
                .set_next_token(token.clone())
                .send()
        })
        .await;
    let page = match page {
        Ok(page) => page,
        Err(err) => {
            ctx.fail(TableName::DelegatedAdministrator, op, None, None, err);
            return Vec::new();
        }
    };
    let mut next = Vec::new();
    if let Some(token) = next_token(page.next_token()) {
        next.push(admins_page_task(ctx, Some(token)));
    }
    for admin in page.delegated_administrators() {
        let Some(id) = admin.id() else { continue };
        store_admin(ctx, id, admin);
        if ctx.want.delegated_services {
            next.push(services_page_task(ctx, id.to_owned(), None));
        }
    }
    next
}

fn store_admin(ctx: &Ctx<'_>, id: &str, admin: &DelegatedAdministrator) {
    ctx.push_row(
        TableName::DelegatedAdministrator,
        vec![
            ctx.org_cell(),
            Value::text(id),
            Value::opt_text(admin.arn()),
            Value::opt_text(admin.name()),
            Value::opt_text(admin.email()),
            enum_text(admin.state()),
            enum_text(admin.joined_method()),
            time_cell(admin.joined_timestamp()),
            time_cell(admin.delegation_enabled_date()),
            ctx.run_cell(),
        ],
    );
}

async fn services_page<'a>(
    ctx: &'a Ctx<'a>,
    account_id: String,
    token: Option<String>,
) -> Vec<Task<'a>> {
    let op = Operation::ListDelegatedServicesForAccount;
    if ctx.is_denied(op, None) {
        return Vec::new();
    }
    let page = ctx
        .planner
        .call(op, Priority::FanOut, |c| {
            c.organizations
                .list_delegated_services_for_account()
                .account_id(&account_id)
                .max_results(PAGE_SIZE)
                .set_next_token(token.clone())
                .send()
        })
        .await;
    let page = match page {
        Ok(page) => page,
        Err(err) => {
            ctx.fail(TableName::DelegatedService, op, Some(&account_id), None, err);
            return Vec::new();
        }
    };
    for service in page.delegated_services() {
        let Some(principal) = service.service_principal() else { continue };
        ctx.push_row(
            TableName::DelegatedService,
            vec![
                ctx.org_cell(),
                Value::text(&account_id),
                Value::text(principal),
                time_cell(service.delegation_enabled_date()),
                ctx.run_cell(),
            ],
        );
    }
    match next_token(page.next_token()) {
        Some(token) => vec![services_page_task(ctx, account_id, Some(token))],
        None => Vec::new(),
    }
}
