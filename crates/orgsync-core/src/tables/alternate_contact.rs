//! `aws_organizations_alternate_contact`: GetAlternateContact for each ACTIVE
//! account and each contact type (BILLING, OPERATIONS, SECURITY).
//!
//! Each read goes through the management session or the member's own
//! session as [`super::account_api`] decides (`account_reads`).
//! ResourceNotFoundException means the contact is not set: no row, not an
//! error.

use aws_sdk_account::types::AlternateContactType;
use orgsync_schema::{AlternateContactRow, TableName};

use super::account_api::{self, AccountRead};
use super::{Ctx, Task, opt_text};
use crate::planner::{Operation, Phase};

/// The contact types read for every account.
pub const CONTACT_TYPES: [AlternateContactType; 3] = [
    AlternateContactType::Billing,
    AlternateContactType::Operations,
    AlternateContactType::Security,
];

/// The read behind this table.
const READ: AccountRead =
    AccountRead { table: TableName::AlternateContact, op: Operation::GetAlternateContact };

/// One task per contact type of `account_id`.
pub fn tasks<'a>(ctx: &'a Ctx<'a>, account_id: &str) -> Vec<Task<'a>> {
    CONTACT_TYPES
        .into_iter()
        .map(|contact_type| {
            Task::new(Phase::AlternateContacts, read(ctx, account_id.to_owned(), contact_type))
        })
        .collect()
}

async fn read<'a>(
    ctx: &'a Ctx<'a>,
    account_id: String,
    contact_type: AlternateContactType,
) -> Vec<Task<'a>> {
    let answer = account_api::read(ctx, READ, &account_id, |client, target| {
        client
            .get_alternate_contact()
            .set_account_id(target)
            .alternate_contact_type(contact_type.clone())
            .send()
    })
    .await;
    if let Some(contact) = answer.flatten().and_then(|out| out.alternate_contact) {
        ctx.push_row(stamped!(
            ctx,
            AlternateContactRow {
                account_id: account_id.as_str().into(),
                contact_type: contact_type.as_str().into(),
                name: opt_text(contact.name()),
                title: opt_text(contact.title()),
                email_address: opt_text(contact.email_address()),
                phone_number: opt_text(contact.phone_number()),
            }
        ));
    }
    Vec::new()
}
