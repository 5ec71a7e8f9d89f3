//! Per-account Account Management API reads, made through the management
//! session or in each member's own session (`account_reads`).
//!
//! Every per-account Account API table (alternate contacts, account
//! information, regions, primary contact) reads one account with
//! [`read`], which decides where the call is made:
//!
//! - **The management account** is read WITHOUT AccountId (AWS rejects the
//!   management account's own id there), always in the management session.
//! - **management session** (`management`, or no sub-account chain): with
//!   AccountId = the member; every call counts against the management
//!   account's own quota of the operation (e.g.
//!   [`Operation::GetAlternateContact`]). AWS answers these only when
//!   trusted access for Account Management is enabled; without it the
//!   denial is confirmed organization-wide after two accounts and is one
//!   `orgsync_error` row for the table (see [`Ctx::fail`]).
//! - **the member's own session** (`member`, `auto`): the member's session
//!   from `AccessCtx::member_session` (assumed once per account, shared with
//!   the account access table and every Account API table, renewed before
//!   expiry) calls it WITHOUT AccountId, so the call counts against the
//!   member's own quota (the operation's [`Operation::as_member`] twin).
//!   With `auto`, an account whose chain cannot be assumed, or whose member
//!   session is refused a call (denied, expired, throttled past the
//!   retries, …), is read through the management session instead — that
//!   account and every later read of it, whichever table. With `member`
//!   nothing falls back: a failed chain is one `orgsync_error` row for the
//!   account and table, and so is a refused call (a member role's denial
//!   says nothing about the other members' roles, so it never stops the
//!   reads of other accounts).
//!
//! Member-side calls (the hops and the reads) run at [`Priority::Background`]:
//! each member's quota has room to spare, so they take a slot only when no
//! quota-bound call (the management session's fan-out) is waiting for one.
//!
//! The rows are the same either way. Which way each account was read is
//! counted ([`Ctx::account_read_counts`]).

use std::future::Future;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use orgsync_schema::TableName;

use super::account_access::{AccessCtx, HopError};
use super::{Ctx, ReadVia};
use crate::aws::error::ErrorKind;
use crate::config::AccountReads;
use crate::planner::{Operation, Priority};

/// AWS's answer when an Account API item is not set (a contact type, the
/// primary contact): no row, not an error.
pub const NOT_SET: &str = "ResourceNotFoundException";

/// One per-account Account API read: the table it fills and the operation
/// as made through the management session.
#[derive(Debug, Clone, Copy)]
pub struct AccountRead {
    /// The table the answer fills (errors are recorded against it).
    pub table: TableName,
    /// The management-side operation; its member-side twin is
    /// [`Operation::as_member`].
    pub op: Operation,
}

/// Reads `account_id` with `send(client, AccountId)` where the module docs
/// say: `Some(Some(answer))` when read, `Some(None)` when AWS answered
/// [`NOT_SET`], `None` when not sent or failed (recorded).
///
/// `send` builds and sends the request on `client` with `AccountId` set to
/// its second argument (`None`: the caller's own account).
pub async fn read<T, E, F, Fut>(
    ctx: &Ctx<'_>,
    what: AccountRead,
    account_id: &str,
    send: F,
) -> Option<Option<T>>
where
    F: Fn(aws_sdk_account::Client, Option<String>) -> Fut,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    let is_management = ctx.management_account_id.as_deref() == Some(account_id);
    let member_access = ctx.account_access.as_ref().filter(|_| ctx.want.reads_as_member());
    match member_access {
        Some(access) if !is_management => {
            // Boxed: thousands of these tasks wait at once, and each would
            // otherwise reserve room for the largest state of the member path
            // (the AssumeRole hops) inline.
            match Box::pin(as_member(ctx, access, what, account_id, &send)).await {
                MemberRead::Read(answer) => {
                    ctx.note_account_read(account_id, ReadVia::Member);
                    Some(answer)
                }
                MemberRead::Recorded => None,
                MemberRead::Fallback => {
                    ctx.note_account_read(account_id, ReadVia::Management);
                    Box::pin(through_management(ctx, what, account_id, false, &send)).await
                }
            }
        }
        _ => through_management(ctx, what, account_id, is_management, &send).await,
    }
}

/// Reads through the management session (see [`read`] for the answer).
async fn through_management<T, E, F, Fut>(
    ctx: &Ctx<'_>,
    what: AccountRead,
    account_id: &str,
    is_management: bool,
    send: &F,
) -> Option<Option<T>>
where
    F: Fn(aws_sdk_account::Client, Option<String>) -> Fut,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    let target = (!is_management).then(|| account_id.to_owned());
    // The management account reads itself without AccountId: a confirmed
    // denial of the members' reads (no trusted access, say) does not skip
    // it, so it is asked under its own denial scope; its own denial (the
    // action denied outright) counts with the members' (one row).
    let skip_scope = is_management.then_some(account_id);
    let answer = ctx
        .call_unless_denied(what.op, Priority::FanOut, skip_scope, |c| {
            send(c.account.clone(), target.clone())
        })
        .await?;
    let answer = match answer {
        Ok(out) => Some(out),
        Err(err) if err.code == NOT_SET => None,
        Err(err) => {
            ctx.fail(what.table, what.op, Some(account_id), None, err);
            return None;
        }
    };
    ctx.note_account_read(account_id, ReadVia::Management);
    Some(answer)
}

/// The outcome of a read in a member's own session.
enum MemberRead<T> {
    /// Read: the answer, or `None` when AWS answered [`NOT_SET`].
    Read(Option<T>),
    /// `auto`: read this account through the management session.
    Fallback,
    /// `member`: not read; the failure is recorded.
    Recorded,
}

/// Reads in the member's own session (see the module docs).
async fn as_member<T, E, F, Fut>(
    ctx: &Ctx<'_>,
    access: &AccessCtx,
    what: AccountRead,
    account_id: &str,
    send: &F,
) -> MemberRead<T>
where
    F: Fn(aws_sdk_account::Client, Option<String>) -> Fut,
    Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    let auto = ctx.account_reads != AccountReads::Member;
    let Some(op) = what.op.as_member() else {
        return MemberRead::Fallback;
    };
    let table = what.table;
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
                // One row per account and table, not one per call.
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
                return MemberRead::Recorded;
            }
        };
        let client = access.account_client(&creds);
        let answer = ctx
            .call_unless_denied(op, Priority::Background, None, |_| send(client.clone(), None))
            .await;
        let err = match answer {
            None => return if auto { MemberRead::Fallback } else { MemberRead::Recorded },
            Some(Ok(out)) => return MemberRead::Read(Some(out)),
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
                operation = op.name(),
                code = %err.code,
                "member session refused the call; reading through the management session"
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
