//! `aws_organizations_organizational_unit` and `aws_organizations_account`:
//! the walk of the tree from each root.
//!
//! Each parent (root or OU) gets two page chains:
//! ListOrganizationalUnitsForParent and ListAccountsForParent, MaxResults 20,
//! paged until NextToken is absent (empty pages with a token happen). Every
//! OU found starts its own two chains at once, so the walk proceeds down all
//! branches concurrently. Parent, depth, the AWS id path and the name path
//! come from the walk — never from ListParents, and ListAccounts is never
//! called: the accounts found by the walk are the account set.
//!
//! AWS's own `Path` of an OU and `Paths` of an account (newer responses
//! carry them) are kept beside the walk's path (`aws_path`, `aws_paths`);
//! where AWS's answer does not contain the walk's path, one
//! `orgsync_error` row ([`PATH_MISMATCH`]) names both, and the walk's path
//! stays in `path`.
//!
//! Each account found queues its fan-out: tags, alternate contacts and
//! effective policies (the last two for ACTIVE accounts only), and its
//! sub-account access row.

use std::sync::Arc;

use aws_sdk_organizations::operation::list_accounts_for_parent::ListAccountsForParentOutput;
use aws_sdk_organizations::operation::list_organizational_units_for_parent::ListOrganizationalUnitsForParentOutput as OusOutput;
use aws_sdk_organizations::types::{Account, AccountState, AccountStatus, OrganizationalUnit};
use orgsync_schema::{AccountRow, Json, OrganizationalUnitRow, TableName};

use crate::aws::error::ApiError;
use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing, page_sender};
use super::{
    Ctx, Task, account_access, account_details, alternate_contact, effective_policy, scope,
};
use super::{enum_text, opt_text, tag, time_cell};

/// Error code of an OU or account whose AWS path disagrees with the walk.
pub const PATH_MISMATCH: &str = "PathMismatch";

/// Records that AWS's path(s) of `id` do not contain the walk's `path`.
fn path_mismatch(ctx: &Ctx<'_>, table: TableName, op: Operation, id: &str, aws: &str, path: &str) {
    let message = format!("AWS returned the path {aws}, the walk of the tree found {path}");
    let err = ApiError::from_code(PATH_MISMATCH, Some(message), None);
    ctx.fail(table, op, Some(id), None, err);
}

/// A root or OU whose children are being listed.
#[derive(Debug)]
pub struct Parent {
    /// Root or OU id.
    pub id: String,
    /// 0 for a root.
    pub depth: i64,
    /// AWS id path with a trailing slash, e.g. `o-…/r-…/ou-…/`.
    pub path: String,
    /// Names from the root, `/`-joined.
    pub name_path: String,
}

impl Parent {
    /// A root as the start of a walk.
    pub fn root(org_id: &str, root_id: &str, root_name: Option<&str>) -> Arc<Self> {
        Arc::new(Self {
            id: root_id.to_owned(),
            depth: 0,
            path: format!("{org_id}/{root_id}/"),
            name_path: root_name.unwrap_or_default().to_owned(),
        })
    }
}

/// The first page tasks of a parent's two chains.
pub fn walk<'a>(ctx: &'a Ctx<'a>, parent: Arc<Parent>) -> Vec<Task<'a>> {
    vec![ous_task(ctx, parent.clone()), accounts_task(ctx, parent)]
}

/// The first page task of ListOrganizationalUnitsForParent; each OU found is
/// stored, tagged when wanted and walked.
fn ous_task<'a>(ctx: &'a Ctx<'a>, parent: Arc<Parent>) -> Task<'a> {
    let op = Operation::ListOrganizationalUnitsForParent;
    let table = TableName::OrganizationalUnit;
    let listing = Listing::new(Phase::Tree, op, Priority::TreeWalk, table).of_item(&parent.id);
    let parent_id = parent.id.clone();
    let send = page_sender!(|clients| {
        clients.organizations.list_organizational_units_for_parent().parent_id(&parent_id)
    });
    let store = move |page: &OusOutput| {
        let mut next = Vec::new();
        for ou in page.organizational_units() {
            if ou.id().is_some_and(|id| scope::excludes(ctx, id)) {
                continue;
            }
            let Some(child) = store_ou(ctx, &parent, ou) else { continue };
            if ctx.want.has(TableName::Tag) {
                next.push(tag::task(ctx, child.id.clone(), tag::ResourceType::OrganizationalUnit));
            }
            next.extend(walk(ctx, child));
        }
        next
    };
    paging::first_page(ctx, listing, send, OusOutput::next_token, store, None)
}

/// `ou` as a child of `parent` (not stored).
pub(crate) fn child_of(parent: &Parent, ou: &OrganizationalUnit) -> Arc<Parent> {
    let id = ou.id().unwrap_or_default();
    Arc::new(Parent {
        id: id.to_owned(),
        depth: parent.depth + 1,
        path: format!("{}{id}/", parent.path),
        name_path: format!("{}/{}", parent.name_path, ou.name().unwrap_or_default()),
    })
}

/// Stores `ou`'s row (a child of `parent`) and returns it as a parent.
pub(crate) fn store_ou(
    ctx: &Ctx<'_>,
    parent: &Parent,
    ou: &OrganizationalUnit,
) -> Option<Arc<Parent>> {
    let id = ou.id()?;
    let child = child_of(parent, ou);
    // An ARN is part of every OU AWS returns; no row for one without.
    if let Some(arn) = ou.arn() {
        ctx.push_row(stamped!(
            ctx,
            OrganizationalUnitRow {
                ou_id: id.into(),
                arn: arn.into(),
                name: opt_text(ou.name()),
                parent_id: parent.id.as_str().into(),
                depth: child.depth,
                path: child.path.as_str().into(),
                name_path: child.name_path.as_str().into(),
                aws_path: opt_text(ou.path()),
            }
        ));
    }
    if let Some(aws) = ou.path().filter(|p| *p != child.path) {
        let op = Operation::ListOrganizationalUnitsForParent;
        path_mismatch(ctx, TableName::OrganizationalUnit, op, id, aws, &child.path);
    }
    Some(child)
}

/// The first page task of ListAccountsForParent; each account found is
/// stored and queues its fan-out.
fn accounts_task<'a>(ctx: &'a Ctx<'a>, parent: Arc<Parent>) -> Task<'a> {
    let op = Operation::ListAccountsForParent;
    let listing =
        Listing::new(Phase::Tree, op, Priority::TreeWalk, TableName::Account).of_item(&parent.id);
    let parent_id = parent.id.clone();
    let send = page_sender!(|clients| {
        clients.organizations.list_accounts_for_parent().parent_id(&parent_id)
    });
    let store = move |page: &ListAccountsForParentOutput| {
        let mut next = Vec::new();
        for account in page.accounts() {
            let Some(id) = account.id().filter(|id| !scope::excludes(ctx, id)) else { continue };
            store_account(ctx, &parent, id, account);
            next.extend(account_fan_out(ctx, id, account));
        }
        next
    };
    let next_token = ListAccountsForParentOutput::next_token;
    paging::first_page(ctx, listing, send, next_token, store, None)
}

/// The tasks an account found queues (and an incremental run re-reads), in this order: tags, access,
/// alternate contacts, effective policies and the account details (the
/// last three when ACTIVE).
pub(crate) fn account_fan_out<'a>(ctx: &'a Ctx<'a>, id: &str, account: &Account) -> Vec<Task<'a>> {
    let mut next = Vec::new();
    if ctx.want.has(TableName::Tag) {
        next.push(tag::task(ctx, id.to_owned(), tag::ResourceType::Account));
    }
    if ctx.want.has(TableName::AccountAccess) {
        let state = account.state().map(|s| s.as_str()).or(account.status().map(|s| s.as_str()));
        next.push(account_access::task(ctx, id, state, is_active(account)));
    }
    if is_active(account) {
        if ctx.want.has(TableName::AlternateContact) {
            next.extend(alternate_contact::tasks(ctx, id));
        }
        if ctx.want.has(TableName::EffectivePolicy) {
            next.extend(effective_policy::tasks(ctx, id));
        }
        next.extend(account_details::tasks(ctx, id));
    }
    next
}

/// ACTIVE by `State`, or by the legacy `Status` when `State` is absent.
pub fn is_active(account: &Account) -> bool {
    match account.state() {
        Some(state) => *state == AccountState::Active,
        None => account.status() == Some(&AccountStatus::Active),
    }
}

/// Stores the row of `account`, a child of `parent` (with the walk's path
/// check).
pub(crate) fn store_account(ctx: &Ctx<'_>, parent: &Parent, id: &str, account: &Account) {
    let is_management = ctx.management_account_id.as_deref() == Some(id);
    let path = format!("{}{id}/", parent.path);
    let aws_paths = account.paths.as_ref().map(|paths| {
        if !paths.contains(&path) {
            let aws = paths.join(", ");
            let aws = if aws.is_empty() { "list []".to_owned() } else { aws };
            path_mismatch(
                ctx,
                TableName::Account,
                Operation::ListAccountsForParent,
                id,
                &aws,
                &path,
            );
        }
        Json(serde_json::json!(paths).to_string())
    });
    // An ARN is part of every account AWS returns; no row for one without.
    let Some(arn) = account.arn() else { return };
    ctx.push_row(stamped!(
        ctx,
        AccountRow {
            account_id: id.into(),
            arn: arn.into(),
            name: opt_text(account.name()),
            email: opt_text(account.email()),
            state: enum_text(account.state()),
            status: enum_text(account.status()),
            joined_method: enum_text(account.joined_method()),
            joined_timestamp: time_cell(account.joined_timestamp()),
            parent_id: parent.id.as_str().into(),
            depth: parent.depth + 1,
            path: path.into(),
            is_management_account: is_management,
            aws_paths,
        }
    ));
}
