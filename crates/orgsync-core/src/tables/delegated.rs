//! `aws_organizations_delegated_administrator` (ListDelegatedAdministrators,
//! paged) and `aws_organizations_delegated_service`
//! (ListDelegatedServicesForAccount per delegated administrator, paged).

use aws_sdk_organizations::operation::list_delegated_administrators::ListDelegatedAdministratorsOutput;
use aws_sdk_organizations::operation::list_delegated_services_for_account::ListDelegatedServicesForAccountOutput;
use aws_sdk_organizations::types::DelegatedAdministrator;
use orgsync_schema::{DelegatedAdministratorRow, DelegatedServiceRow, TableName};

use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing, page_sender};
use super::{Ctx, Task, enum_text, opt_text, time_cell};

/// The first page task of ListDelegatedAdministrators; each administrator
/// starts its services' pages when they are wanted.
pub fn task<'a>(ctx: &'a Ctx<'a>) -> Task<'a> {
    let op = Operation::ListDelegatedAdministrators;
    let table = TableName::DelegatedAdministrator;
    let listing = Listing::new(Phase::DelegatedAdministrators, op, Priority::Listing, table);
    let send = page_sender!(|clients| clients.organizations.list_delegated_administrators());
    let store = |page: &ListDelegatedAdministratorsOutput| {
        let mut next = Vec::new();
        for admin in page.delegated_administrators() {
            let Some(id) = admin.id() else { continue };
            store_admin(ctx, id, admin);
            if ctx.want.has(TableName::DelegatedService) {
                next.push(services_task(ctx, id.to_owned()));
            }
        }
        next
    };
    let next_token = ListDelegatedAdministratorsOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

fn store_admin(ctx: &Ctx<'_>, id: &str, admin: &DelegatedAdministrator) {
    ctx.push_row(stamped!(
        ctx,
        DelegatedAdministratorRow {
            account_id: id.into(),
            arn: opt_text(admin.arn()),
            name: opt_text(admin.name()),
            email: opt_text(admin.email()),
            state: enum_text(admin.state()),
            joined_method: enum_text(admin.joined_method()),
            joined_timestamp: time_cell(admin.joined_timestamp()),
            delegation_enabled_date: time_cell(admin.delegation_enabled_date()),
        }
    ));
}

/// The first page task of ListDelegatedServicesForAccount for one delegated
/// administrator.
fn services_task<'a>(ctx: &'a Ctx<'a>, account_id: String) -> Task<'a> {
    let op = Operation::ListDelegatedServicesForAccount;
    let listing = Listing::new(
        Phase::DelegatedAdministrators,
        op,
        Priority::FanOut,
        TableName::DelegatedService,
    )
    .of_item(&account_id);
    let request_id = account_id.clone();
    let send = page_sender!(|clients| {
        clients.organizations.list_delegated_services_for_account().account_id(&request_id)
    });
    let store = move |page: &ListDelegatedServicesForAccountOutput| {
        for service in page.delegated_services() {
            let Some(principal) = service.service_principal() else { continue };
            ctx.push_row(stamped!(
                ctx,
                DelegatedServiceRow {
                    account_id: account_id.as_str().into(),
                    service_principal: principal.into(),
                    delegation_enabled_date: time_cell(service.delegation_enabled_date()),
                }
            ));
        }
        Vec::new()
    };
    let next_token = ListDelegatedServicesForAccountOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}
