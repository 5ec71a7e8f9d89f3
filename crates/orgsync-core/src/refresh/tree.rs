//! The OU/account tree of an incremental run: the previous tree, corrected
//! by what this run lists again.
//!
//! - ListAccounts (every page) is the account set, with names, emails,
//!   states and AWS's paths: accounts that left are gone, new ones appear.
//! - The parents named by events ([`super::events::Changes`]) and the roots
//!   and OUs of the rolling slice have their children listed again
//!   (ListOrganizationalUnitsForParent, ListAccountsForParent); an OU found
//!   that the previous tree lacks is new and its subtree is listed whole.
//!   An OU missing from its re-listed parent was deleted.
//! - An account whose place is unknown (new, missing from its re-listed
//!   parent, or whose `Paths` in ListAccounts no longer hold its previous
//!   path: moved without an event) is placed with ListParents; an OU above it that is unknown is
//!   placed the same way and described (DescribeOrganizationalUnit).
//!
//! Depths, paths and name paths are then computed from the roots down, so
//! a renamed OU renames its whole subtree. Rows are stored as the full walk
//! stores them ([`crate::tables::tree`]), with the same path checks.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use aws_sdk_organizations::types::{Account, OrganizationalUnit, ParentType, Root};
use futures::future::join_all;
use orgsync_schema::{AccountRow, OrganizationalUnitRow, Snapshot};

use crate::aws::error::ApiError;
use crate::planner::{Operation, Priority};
use crate::tables::tree::{self, Parent};
use crate::tables::{Ctx, PAGE_SIZE, next_token};

/// A call that failed: the incremental run falls back to a full read.
pub(crate) type Failure = (Operation, ApiError);

/// The previous tree: each OU's row and each account's parent.
#[derive(Debug, Default)]
pub(crate) struct PreviousTree {
    /// OU id → its row's parent, name, ARN and AWS path.
    pub ous: BTreeMap<String, OrganizationalUnit>,
    /// OU id → parent id.
    pub ou_parents: BTreeMap<String, String>,
    /// Account id → parent id.
    pub account_parents: BTreeMap<String, String>,
    /// Account id → its AWS id path.
    pub account_paths: BTreeMap<String, String>,
}

impl PreviousTree {
    /// The tree of a snapshot.
    pub fn of(previous: &Snapshot) -> Self {
        let mut tree = Self::default();
        for ou in previous.typed::<OrganizationalUnitRow>() {
            let id = String::from(ou.ou_id);
            let built = OrganizationalUnit::builder()
                .id(&id)
                .arn(ou.arn)
                .set_name(ou.name.map(String::from))
                .set_path(ou.aws_path.map(String::from))
                .build();
            tree.ous.insert(id.clone(), built);
            tree.ou_parents.insert(id, ou.parent_id.into());
        }
        for account in previous.typed::<AccountRow>() {
            let id = String::from(account.account_id);
            tree.account_paths.insert(id.clone(), account.path.into());
            tree.account_parents.insert(id, account.parent_id.into());
        }
        tree
    }
}

/// What the run listed.
#[derive(Debug, Default)]
pub(crate) struct Listed {
    /// ListAccounts, in its order.
    pub accounts: Vec<Account>,
    /// Re-listed parent → its child OUs (as AWS returned them).
    pub child_ous: BTreeMap<String, Vec<OrganizationalUnit>>,
    /// Re-listed parent → its child accounts.
    pub child_accounts: BTreeMap<String, Vec<String>>,
    /// Placed with ListParents: child → parent.
    pub placed: BTreeMap<String, String>,
    /// OUs described (placed above a new account).
    pub described: BTreeMap<String, OrganizationalUnit>,
}

/// Every page of a paged Organizations list, as one vector.
macro_rules! all_pages {
    ($ctx:expr, $op:expr, |$c:ident| $request:expr, $items:ident) => {{
        let mut items = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let page = $ctx
                .planner
                .call($op, Priority::TreeWalk, |$c| {
                    $request.max_results(PAGE_SIZE).set_next_token(token.clone()).send()
                })
                .await
                .map_err(|e| ($op, e))?;
            items.extend(page.$items().iter().cloned());
            token = next_token(page.next_token());
            if token.is_none() {
                break;
            }
        }
        items
    }};
}

async fn list_accounts(ctx: &Ctx<'_>) -> Result<Vec<Account>, Failure> {
    Ok(all_pages!(ctx, Operation::ListAccounts, |c| c.organizations.list_accounts(), accounts))
}

/// The child OUs and accounts of `parent`; none when the parent no longer
/// exists (an OU deleted since the previous run).
async fn list_children(
    ctx: &Ctx<'_>,
    parent: String,
) -> Result<(String, Vec<OrganizationalUnit>, Vec<Account>), Failure> {
    match list_children_of(ctx, &parent).await {
        Err((_, e)) if e.code == "ParentNotFoundException" => Ok((parent, Vec::new(), Vec::new())),
        Err(failure) => Err(failure),
        Ok((ous, accounts)) => Ok((parent, ous, accounts)),
    }
}

async fn list_children_of(
    ctx: &Ctx<'_>,
    parent: &str,
) -> Result<(Vec<OrganizationalUnit>, Vec<Account>), Failure> {
    let ous = all_pages!(
        ctx,
        Operation::ListOrganizationalUnitsForParent,
        |c| c.organizations.list_organizational_units_for_parent().parent_id(parent),
        organizational_units
    );
    let accounts = all_pages!(
        ctx,
        Operation::ListAccountsForParent,
        |c| c.organizations.list_accounts_for_parent().parent_id(parent),
        accounts
    );
    Ok((ous, accounts))
}

async fn parent_of(ctx: &Ctx<'_>, child: &str) -> Result<Option<(String, bool)>, Failure> {
    let op = Operation::ListParents;
    let out = ctx
        .planner
        .call(op, Priority::TreeWalk, |c| c.organizations.list_parents().child_id(child).send())
        .await
        .map_err(|e| (op, e))?;
    Ok(out.parents().first().and_then(|p| {
        let is_root = p.r#type() == Some(&ParentType::Root);
        p.id().map(|id| (id.to_owned(), is_root))
    }))
}

/// Lists what the run needs (see the module docs): ListAccounts, the
/// `dirty` parents' children (and new OUs' subtrees), and the places of
/// accounts it cannot place otherwise.
pub(crate) async fn read(
    ctx: &Ctx<'_>,
    previous: &PreviousTree,
    roots: &[Root],
    dirty: BTreeSet<String>,
) -> Result<Listed, Failure> {
    let mut listed = Listed { accounts: list_accounts(ctx).await?, ..Listed::default() };
    let known_container =
        |id: &str| previous.ous.contains_key(id) || roots.iter().any(|r| r.id() == Some(id));
    let mut wave: Vec<String> = dirty.into_iter().filter(|p| known_container(p)).collect();
    while !wave.is_empty() {
        let answers = join_all(wave.drain(..).map(|p| list_children(ctx, p))).await;
        for answer in answers {
            let (parent, ous, accounts) = answer?;
            for ou in &ous {
                let id = ou.id().unwrap_or_default();
                if !previous.ous.contains_key(id) && !listed.child_ous.contains_key(id) {
                    wave.push(id.to_owned()); // new: its subtree is listed whole
                }
            }
            listed.child_ous.insert(parent.clone(), ous);
            listed.child_accounts.insert(
                parent,
                accounts.iter().filter_map(|a| a.id().map(str::to_owned)).collect(),
            );
        }
    }
    // Accounts the listings do not place: new ones, those missing from
    // their re-listed parent or under an OU that is gone, and those whose
    // path AWS reports elsewhere (moved without an event in the history
    // read).
    let placed_by_listing: BTreeSet<&String> = listed.child_accounts.values().flatten().collect();
    // OUs gone from a re-listed parent, with everything the previous tree
    // had below them: their accounts must be placed anew.
    let mut gone: BTreeSet<&String> = previous
        .ou_parents
        .iter()
        .filter(|(id, parent)| {
            listed.child_ous.get(*parent).is_some_and(|now| !now.iter().any(|o| o.id() == Some(id)))
        })
        .map(|(id, _)| id)
        .collect();
    loop {
        let below: Vec<&String> = previous
            .ou_parents
            .iter()
            .filter(|(id, parent)| gone.contains(parent) && !gone.contains(id))
            .map(|(id, _)| id)
            .collect();
        if below.is_empty() {
            break;
        }
        gone.extend(below);
    }
    let moved = |account: &Account, id: &str| {
        let paths = account.paths();
        !paths.is_empty()
            && previous.account_paths.get(id).is_some_and(|path| !paths.contains(path))
    };
    let unplaced: Vec<String> = listed
        .accounts
        .iter()
        .filter_map(|a| a.id().map(|id| (a, id)))
        .filter(|(account, id)| {
            !placed_by_listing.contains(&id.to_string())
                && (moved(account, id)
                    || previous
                        .account_parents
                        .get(*id)
                        .is_none_or(|p| listed.child_accounts.contains_key(p) || gone.contains(p)))
        })
        .map(|(_, id)| id.to_owned())
        .collect();
    for account in unplaced {
        let mut child = account;
        // AWS allows five levels of OUs; a longer chain is a loop.
        for _ in 0..8 {
            let Some((parent, is_root)) = parent_of(ctx, &child).await? else { break };
            listed.placed.insert(child.clone(), parent.clone());
            let known = is_root
                || listed.child_ous.values().flatten().any(|o| o.id() == Some(&parent))
                || listed.described.contains_key(&parent)
                || (previous.ous.contains_key(&parent)
                    && !previous
                        .ou_parents
                        .get(&parent)
                        .is_some_and(|p| listed.child_ous.contains_key(p)));
            if known {
                break;
            }
            let op = Operation::DescribeOrganizationalUnit;
            let out = ctx
                .planner
                .call(op, Priority::TreeWalk, |c| {
                    c.organizations
                        .describe_organizational_unit()
                        .organizational_unit_id(&parent)
                        .send()
                })
                .await
                .map_err(|e| (op, e))?;
            if let Some(ou) = out.organizational_unit {
                listed.described.insert(parent.clone(), ou);
            }
            child = parent;
        }
    }
    Ok(listed)
}

/// The tree after this run's listings, stored as rows.
#[derive(Debug, Default)]
pub(crate) struct Assembled {
    /// Every account of ListAccounts by id.
    pub accounts: BTreeMap<String, Account>,
    /// Accounts whose parent differs from the previous tree's (or new).
    pub moved: BTreeSet<String>,
    /// OUs now in the tree.
    pub ous: BTreeSet<String>,
    /// OUs not in the previous tree.
    pub new_ous: BTreeSet<String>,
    /// OUs whose row comes from the previous snapshot (not listed now).
    pub carried_ous: BTreeSet<String>,
    /// Id → ancestors from the root (roots, OUs and accounts), root first,
    /// the id itself last.
    pub lineage: BTreeMap<String, Vec<String>>,
    /// Root, OU and account names by id (for policy target names).
    pub names: BTreeMap<String, Option<String>>,
}

/// Computes the tree and stores the OU and account rows (see the module docs).
pub(crate) fn assemble(
    ctx: &Ctx<'_>,
    roots: &[Root],
    previous: &PreviousTree,
    listed: Listed,
) -> Assembled {
    let mut out = Assembled::default();
    // OU → (parent, the OU as last read, read now?)
    let mut ous: BTreeMap<String, (String, OrganizationalUnit, bool)> = BTreeMap::new();
    for (id, ou) in &previous.ous {
        let parent = previous.ou_parents[id].clone();
        if listed.child_ous.contains_key(&parent) {
            continue; // its parent was listed again: present only if found there
        }
        ous.insert(id.clone(), (parent, ou.clone(), false));
    }
    for (parent, children) in &listed.child_ous {
        for ou in children {
            if let Some(id) = ou.id() {
                ous.insert(id.to_owned(), (parent.clone(), ou.clone(), true));
            }
        }
    }
    for (id, ou) in &listed.described {
        if let Some(parent) = listed.placed.get(id) {
            ous.insert(id.clone(), (parent.clone(), ou.clone(), true));
        }
    }
    // Accounts: listed placement, then ListParents, then the previous parent.
    let mut account_parent: BTreeMap<String, String> = BTreeMap::new();
    for (parent, children) in &listed.child_accounts {
        for id in children {
            account_parent.insert(id.clone(), parent.clone());
        }
    }
    for account in &listed.accounts {
        let Some(id) = account.id() else { continue };
        let parent = account_parent
            .get(id)
            .or_else(|| listed.placed.get(id))
            .or_else(|| previous.account_parents.get(id))
            .cloned();
        if let Some(parent) = parent {
            if previous.account_parents.get(id) != Some(&parent) {
                out.moved.insert(id.to_owned());
            }
            account_parent.insert(id.to_owned(), parent);
        }
        out.accounts.insert(id.to_owned(), account.clone());
    }

    // From the roots down: OUs first, then their accounts.
    let mut children: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, (parent, _, _)) in &ous {
        children.entry(parent.as_str()).or_default().push(id.as_str());
    }
    let mut accounts_of: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, parent) in &account_parent {
        if out.accounts.contains_key(id) {
            accounts_of.entry(parent.as_str()).or_default().push(id.as_str());
        }
    }
    let mut queue: Vec<(Arc<Parent>, Vec<String>)> = Vec::new();
    for root in roots {
        let Some(root_id) = root.id() else { continue };
        out.names.insert(root_id.to_owned(), root.name().map(str::to_owned));
        queue.push((Parent::root(&ctx.org_id, root_id, root.name()), vec![root_id.to_owned()]));
    }
    while let Some((parent, lineage)) = queue.pop() {
        for account_id in accounts_of.get(parent.id.as_str()).into_iter().flatten() {
            let account = &out.accounts[*account_id];
            tree::store_account(ctx, &parent, account_id, account);
            let mut own = lineage.clone();
            own.push((*account_id).to_owned());
            out.lineage.insert((*account_id).to_owned(), own);
            out.names.insert((*account_id).to_owned(), account.name().map(str::to_owned));
        }
        for ou_id in children.get(parent.id.as_str()).into_iter().flatten() {
            let (_, ou, read_now) = &ous[*ou_id];
            let Some(child) = tree::store_ou(ctx, &parent, ou) else { continue };
            out.ous.insert((*ou_id).to_owned());
            if !previous.ous.contains_key(*ou_id) {
                out.new_ous.insert((*ou_id).to_owned());
            }
            if !read_now {
                out.carried_ous.insert((*ou_id).to_owned());
            }
            out.names.insert((*ou_id).to_owned(), ou.name().map(str::to_owned));
            let mut own = lineage.clone();
            own.push((*ou_id).to_owned());
            out.lineage.insert((*ou_id).to_owned(), own.clone());
            queue.push((child, own));
        }
    }
    out
}
