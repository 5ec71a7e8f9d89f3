//! `aws_organizations_alternate_contact`: GetAlternateContact for each ACTIVE
//! account and each contact type (BILLING, OPERATIONS, SECURITY).
//!
//! The management account's own contacts are read WITHOUT AccountId (AWS
//! rejects the management account's own id there). ResourceNotFoundException
//! means the contact is not set: no row, not an error.

use aws_sdk_account::types::AlternateContactType;
use orgsync_schema::{TableName, Value};

use crate::planner::{Operation, Phase};

use super::{Ctx, Task};

/// The contact types read for every account.
pub const CONTACT_TYPES: [AlternateContactType; 3] = [
    AlternateContactType::Billing,
    AlternateContactType::Operations,
    AlternateContactType::Security,
];

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
    let is_management = ctx.management_account_id.as_deref() == Some(account_id.as_str());
    let answer = ctx
        .read_for_account(
            TableName::AlternateContact,
            Operation::GetAlternateContact,
            &account_id,
            "ResourceNotFoundException", // not set
            None,
            |c| {
                c.account
                    .get_alternate_contact()
                    .set_account_id((!is_management).then(|| account_id.clone()))
                    .alternate_contact_type(contact_type.clone())
                    .send()
            },
        )
        .await;
    if let Some(contact) = answer.as_ref().and_then(|out| out.alternate_contact()) {
        ctx.push_row(
            TableName::AlternateContact,
            vec![
                ctx.org_cell(),
                Value::text(&account_id),
                Value::text(contact_type.as_str()),
                Value::opt_text(contact.name()),
                Value::opt_text(contact.title()),
                Value::opt_text(contact.email_address()),
                Value::opt_text(contact.phone_number()),
                ctx.run_cell(),
            ],
        );
    }
    Vec::new()
}
