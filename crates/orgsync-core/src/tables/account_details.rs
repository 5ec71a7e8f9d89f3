//! The per-account Account Management tables of `account_details` and
//! `primary_contacts`, one read per ACTIVE account each:
//!
//! - `aws_organizations_account_information`: GetAccountInformation (the
//!   account's creation date, name and state as Account Management has them);
//! - `aws_organizations_account_region`: ListRegions (every Region with its
//!   opt-in status; MaxResults 50, so one page today, and further pages read
//!   in turn);
//! - `aws_organizations_account_contact`: GetContactInformation (the primary
//!   contact; ResourceNotFoundException means none is held: no row).
//!
//! Each read goes through the management session or the member's own
//! session as [`super::account_api`] decides (`account_reads`), like the
//! alternate contacts.

use aws_sdk_account::operation::list_regions::ListRegionsOutput;
use orgsync_schema::{AccountContactRow, AccountInformationRow, AccountRegionRow, TableName};

use super::account_api::{self, AccountRead};
use super::paging::REPEATED_NEXT_TOKEN;
use super::{Ctx, Task, enum_text, next_token, opt_text, time_cell};
use crate::planner::{Operation, Phase};

/// MaxResults of ListRegions (the most AWS allows).
pub const REGIONS_PAGE_SIZE: i32 = 50;

const INFORMATION: AccountRead =
    AccountRead { table: TableName::AccountInformation, op: Operation::GetAccountInformation };
const REGIONS: AccountRead =
    AccountRead { table: TableName::AccountRegion, op: Operation::ListRegions };
const CONTACT: AccountRead =
    AccountRead { table: TableName::AccountContact, op: Operation::GetContactInformation };

/// The tasks of the wanted tables of this module for `account_id`.
pub fn tasks<'a>(ctx: &'a Ctx<'a>, account_id: &str) -> Vec<Task<'a>> {
    let mut tasks = Vec::new();
    if ctx.want.has(TableName::AccountInformation) {
        tasks.push(Task::new(Phase::AccountDetails, information(ctx, account_id.to_owned())));
    }
    if ctx.want.has(TableName::AccountRegion) {
        tasks.push(Task::new(Phase::AccountDetails, regions(ctx, account_id.to_owned())));
    }
    if ctx.want.has(TableName::AccountContact) {
        tasks.push(Task::new(Phase::AccountDetails, contact(ctx, account_id.to_owned())));
    }
    tasks
}

async fn information<'a>(ctx: &'a Ctx<'a>, account_id: String) -> Vec<Task<'a>> {
    let answer = account_api::read(ctx, INFORMATION, &account_id, |client, target| {
        client.get_account_information().set_account_id(target).send()
    })
    .await;
    if let Some(info) = answer.flatten() {
        ctx.push_row(stamped!(
            ctx,
            AccountInformationRow {
                account_id: account_id.as_str().into(),
                account_name: opt_text(info.account_name()),
                account_state: enum_text(info.account_state()),
                account_created_date: time_cell(info.account_created_date()),
            }
        ));
    }
    Vec::new()
}

async fn regions<'a>(ctx: &'a Ctx<'a>, account_id: String) -> Vec<Task<'a>> {
    let mut token: Option<String> = None;
    loop {
        let asked = token.clone();
        let answer = account_api::read(ctx, REGIONS, &account_id, |client, target| {
            client
                .list_regions()
                .set_account_id(target)
                .max_results(REGIONS_PAGE_SIZE)
                .set_next_token(asked.clone())
                .send()
        })
        .await;
        let Some(page) = answer.flatten() else { return Vec::new() };
        store_regions(ctx, &account_id, &page);
        match next_token(page.next_token()) {
            Some(repeated) if token.as_deref() == Some(repeated.as_str()) => {
                ctx.record_error(
                    TableName::AccountRegion,
                    Some(&account_id),
                    Operation::ListRegions,
                    REPEATED_NEXT_TOKEN,
                    Some(
                        "ListRegions answered the NextToken it was asked with; the list stopped there instead of looping"
                            .to_owned(),
                    ),
                );
                return Vec::new();
            }
            Some(next) => token = Some(next),
            None => return Vec::new(),
        }
    }
}

fn store_regions(ctx: &Ctx<'_>, account_id: &str, page: &ListRegionsOutput) {
    for region in page.regions() {
        let Some(name) = region.region_name() else { continue };
        ctx.push_row(stamped!(
            ctx,
            AccountRegionRow {
                account_id: account_id.into(),
                region_name: name.into(),
                region_opt_status: enum_text(region.region_opt_status()),
            }
        ));
    }
}

async fn contact<'a>(ctx: &'a Ctx<'a>, account_id: String) -> Vec<Task<'a>> {
    let answer = account_api::read(ctx, CONTACT, &account_id, |client, target| {
        client.get_contact_information().set_account_id(target).send()
    })
    .await;
    if let Some(info) = answer.flatten().and_then(|out| out.contact_information) {
        ctx.push_row(stamped!(
            ctx,
            AccountContactRow {
                account_id: account_id.as_str().into(),
                full_name: Some(info.full_name().into()),
                company_name: opt_text(info.company_name()),
                address_line1: Some(info.address_line1().into()),
                address_line2: opt_text(info.address_line2()),
                address_line3: opt_text(info.address_line3()),
                city: Some(info.city().into()),
                district_or_county: opt_text(info.district_or_county()),
                state_or_region: opt_text(info.state_or_region()),
                postal_code: Some(info.postal_code().into()),
                country_code: Some(info.country_code().into()),
                phone_number: Some(info.phone_number().into()),
                website_url: opt_text(info.website_url()),
            }
        ));
    }
    Vec::new()
}
