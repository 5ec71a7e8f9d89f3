//! `aws_organizations_alternate_contact`: GetAlternateContact for each ACTIVE
//! account and each contact type (BILLING, OPERATIONS, SECURITY).
//!
//! The management account's own contacts are read WITHOUT AccountId (AWS
//! rejects the management account's own id there), always in the management
//! session. ResourceNotFoundException means the contact is not set: no row,
//! not an error.
//!
//! Where a member's contacts are read (`account_reads`, issue #14):
//! - **management session** (`management`, or no sub-account chain): with
//!   AccountId = the member; every call counts against the management
//!   account's own Account API quota ([`Operation::GetAlternateContact`]).
//! - **the member's own session** (`member`, `auto`): the member's session
//!   from `AccessCtx::member_session` (assumed once per account, shared with
//!   the account access table, renewed before expiry) calls it WITHOUT
//!   AccountId, so the call counts against the member's own quota
//!   ([`Operation::GetAlternateContactAsMember`]). With `auto`, an account
//!   whose chain cannot be assumed, or whose member session is refused the
//!   call (denied, expired, throttled past the retries, …), is read through
//!   the management session instead — that account and every later read of
//!   it. With `member` nothing falls back: a failed chain is one
//!   `orgsync_error` row for the account, and so is a refused call (a
//!   member role's denial says nothing about the other members' roles, so
//!   it never stops the reads of other accounts).
//!
//! Member-side calls (the hops and the reads) run at [`Priority::Background`]:
//! each member's quota has room to spare, so they take a slot only when no
//! quota-bound call (the management session's fan-out) is waiting for one.
//!
//! The rows are the same either way. Which way each account was read is
//! counted ([`Ctx::account_read_counts`]).

use aws_sdk_account::types::{AlternateContact, AlternateContactType};
use orgsync_schema::{TableName, Value};

use super::account_access::{AccessCtx, HopError};
use super::{Ctx, ReadVia, Task};
use crate::aws::error::ErrorKind;
use crate::config::AccountReads;
use crate::planner::{Operation, Phase, Priority};

/// The contact types read for every account.
pub const CONTACT_TYPES: [AlternateContactType; 3] = [
    AlternateContactType::Billing,
    AlternateContactType::Operations,
    AlternateContactType::Security,
];

/// AWS's answer when a contact type is not set.
const NOT_SET: &str = "ResourceNotFoundException";

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
    let member_access = ctx.account_access.as_ref().filter(|_| ctx.want.reads_as_member());
    let contact = match member_access {
        Some(access) if !is_management => {
            // Boxed: thousands of these tasks wait at once, and each would
            // otherwise reserve room for the largest state of the member path
            // (the AssumeRole hops) inline.
            match Box::pin(as_member(ctx, access, &account_id, &contact_type)).await {
                MemberRead::Read(contact) => {
                    ctx.note_account_read(&account_id, ReadVia::Member);
                    Some(contact)
                }
                MemberRead::Recorded => None,
                MemberRead::Fallback => {
                    ctx.note_account_read(&account_id, ReadVia::Management);
                    Box::pin(through_management(ctx, &account_id, &contact_type, false)).await
                }
            }
        }
        _ => through_management(ctx, &account_id, &contact_type, is_management).await,
    };
    if let Some(Some(contact)) = contact {
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

/// Reads one contact through the management session: `Some(contact or not
/// set)` when read, `None` when not sent or failed (recorded).
async fn through_management(
    ctx: &Ctx<'_>,
    account_id: &str,
    contact_type: &AlternateContactType,
    is_management: bool,
) -> Option<Option<AlternateContact>> {
    let op = Operation::GetAlternateContact;
    let answer = ctx
        .call_unless_denied(op, Priority::FanOut, None, |c| {
            c.account
                .get_alternate_contact()
                .set_account_id((!is_management).then(|| account_id.to_owned()))
                .alternate_contact_type(contact_type.clone())
                .send()
        })
        .await?;
    let contact = match answer {
        Ok(out) => out.alternate_contact,
        Err(err) if err.code == NOT_SET => None,
        Err(err) => {
            ctx.fail(TableName::AlternateContact, op, Some(account_id), None, err);
            return None;
        }
    };
    ctx.note_account_read(account_id, ReadVia::Management);
    Some(contact)
}

/// The outcome of a read in a member's own session.
enum MemberRead {
    /// Read: the contact, or `None` when it is not set.
    Read(Option<AlternateContact>),
    /// `auto`: read this account through the management session.
    Fallback,
    /// `member`: not read; the failure is recorded.
    Recorded,
}

/// Reads one contact in the member's own session (see the module docs).
async fn as_member(
    ctx: &Ctx<'_>,
    access: &AccessCtx,
    account_id: &str,
    contact_type: &AlternateContactType,
) -> MemberRead {
    let auto = ctx.account_reads != AccountReads::Member;
    let op = Operation::GetAlternateContactAsMember;
    let table = TableName::AlternateContact;
    if auto && ctx.account_read_via(account_id) == Some(ReadVia::Management) {
        return MemberRead::Fallback;
    }
    let Some(roles) = access.settings().chain.for_account(account_id) else {
        if auto {
            return MemberRead::Fallback;
        }
        ctx.record_error(
            table,
            Some(account_id),
            Operation::AssumeRoleSubAccount,
            "InvalidAccountId",
            Some(format!("`{account_id}` is not a 12-digit account ID")),
        );
        return MemberRead::Recorded;
    };
    let mut renewed = false;
    loop {
        let session = access.member_session(ctx, account_id, &roles, Priority::Background);
        let creds = match Box::pin(session).await {
            Ok(creds) => creds,
            Err(HopError { index, error }) => {
                if auto {
                    tracing::debug!(
                        account_id,
                        hop = index + 1,
                        code = %error.code,
                        "member session unavailable; reading through the management session"
                    );
                    return MemberRead::Fallback;
                }
                // One row per account, not one per contact type.
                {
                    let aws = error.message.clone().unwrap_or_default();
                    ctx.record_error(
                        table,
                        Some(account_id),
                        Operation::AssumeRoleSubAccount,
                        &error.code,
                        Some(format!(
                            "hop {} of {} of the sub-account chain ({}): {aws}",
                            index + 1,
                            roles.len(),
                            roles[index.min(roles.len() - 1)]
                        )),
                    );
                }
                return MemberRead::Recorded;
            }
        };
        let client = access.account_client(&creds);
        let answer = ctx
            .call_unless_denied(op, Priority::Background, None, |_| {
                client.get_alternate_contact().alternate_contact_type(contact_type.clone()).send()
            })
            .await;
        let err = match answer {
            None => return if auto { MemberRead::Fallback } else { MemberRead::Recorded },
            Some(Ok(out)) => return MemberRead::Read(out.alternate_contact),
            Some(Err(err)) if err.code == NOT_SET => return MemberRead::Read(None),
            Some(Err(err)) => err,
        };
        if err.kind == ErrorKind::ExpiredCredentials && !renewed {
            renewed = true;
            access.forget(account_id, &creds).await;
            continue;
        }
        if auto {
            tracing::debug!(
                account_id,
                code = %err.code,
                "member session refused GetAlternateContact; reading through the management session"
            );
            ctx.note_account_read(account_id, ReadVia::Management);
            return MemberRead::Fallback;
        }
        // One member's session says nothing about the others' (no
        // organization-wide denial) nor about the run's own session (no run
        // failure): one error row for the account.
        ctx.record_error(table, Some(account_id), op, &err.code, err.message.clone());
        return MemberRead::Recorded;
    }
}
