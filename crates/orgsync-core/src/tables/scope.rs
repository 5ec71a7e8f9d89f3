//! Where a scoped walk starts (`organizational_unit_ids`): each included OU
//! is placed in the tree before its subtree is walked.
//!
//! For each included OU, ListParents is called from the OU up to its root
//! (one call per level, at most five), then DescribeOrganizationalUnit for
//! every OU on that chain (names and ARNs). The OUs above an included OU are
//! stored too (with their tags), so parents, depths, paths and inherited
//! policies stay explainable; the included OU's subtree is then walked as a
//! root's would be ([`super::tree::walk`]). An included OU inside another
//! included OU, or inside an excluded one, is not walked on its own.
//!
//! An OU that AWS does not know ends the run: the configuration names
//! something that is not in this organization.

use std::collections::BTreeSet;

use aws_sdk_organizations::types::{OrganizationalUnit, ParentType, Root};
use orgsync_schema::TableName;

use crate::aws::error::ApiError;
use crate::planner::{Operation, Priority};

use super::tree::{self, Parent};
use super::{Ctx, Task, tag};

/// A failed call that ends a scoped run.
#[derive(Debug)]
pub struct StartFailure {
    /// The OU of `organizational_unit_ids` being placed.
    pub organizational_unit_id: String,
    /// The call that failed.
    pub operation: Operation,
    /// What AWS answered.
    pub error: ApiError,
}

/// The tasks that walk the included OUs' subtrees (and tag the OUs above
/// them), after storing those OUs' rows.
pub async fn start<'a>(ctx: &'a Ctx<'a>, roots: &[Root]) -> Result<Vec<Task<'a>>, StartFailure> {
    let included = &ctx.scope.organizational_unit_ids;
    let mut chains = Vec::new();
    for ou_id in included {
        let chain = ancestors(ctx, ou_id).await?;
        // chain: the root's id first, then the OUs down to `ou_id`.
        let above = &chain[1..chain.len() - 1];
        if above.iter().any(|id| included.contains(id)) {
            continue; // walked as part of an included OU above it
        }
        if chain.iter().any(|id| ctx.scope.exclude_organizational_unit_ids.contains(id)) {
            continue;
        }
        chains.push(chain);
    }

    let mut tasks = Vec::new();
    let mut stored: BTreeSet<String> = BTreeSet::new();
    for chain in chains {
        let root_id = &chain[0];
        let root_name = roots.iter().find(|r| r.id() == Some(root_id)).and_then(Root::name);
        let mut parent = Parent::root(&ctx.org_id, root_id, root_name);
        for ou_id in &chain[1..] {
            let ou = describe(ctx, ou_id).await.map_err(|error| StartFailure {
                organizational_unit_id: chain[chain.len() - 1].clone(),
                operation: Operation::DescribeOrganizationalUnit,
                error,
            })?;
            let child = if stored.insert(ou_id.clone()) {
                let Some(child) = tree::store_ou(ctx, &parent, &ou) else { break };
                if ctx.want.has(TableName::Tag) {
                    tasks.push(tag::task(
                        ctx,
                        ou_id.clone(),
                        tag::ResourceType::OrganizationalUnit,
                    ));
                }
                child
            } else {
                tree::child_of(&parent, &ou)
            };
            parent = child;
        }
        tasks.extend(tree::walk(ctx, parent));
    }
    Ok(tasks)
}

/// The ids from the root down to `ou_id` (root first, `ou_id` last).
async fn ancestors(ctx: &Ctx<'_>, ou_id: &str) -> Result<Vec<String>, StartFailure> {
    let mut chain = vec![ou_id.to_owned()];
    let mut current = ou_id.to_owned();
    // AWS allows five levels of OUs; a longer chain is a loop.
    for _ in 0..8 {
        let child = current.clone();
        let out = ctx
            .planner
            .call(Operation::ListParents, Priority::TreeWalk, |c| {
                c.organizations.list_parents().child_id(&child).send()
            })
            .await
            .map_err(|error| StartFailure {
                organizational_unit_id: ou_id.to_owned(),
                operation: Operation::ListParents,
                error,
            })?;
        let Some(parent) = out.parents().first() else { break };
        let Some(id) = parent.id() else { break };
        chain.push(id.to_owned());
        if parent.r#type() == Some(&ParentType::Root) {
            chain.reverse();
            return Ok(chain);
        }
        current = id.to_owned();
    }
    Err(StartFailure {
        organizational_unit_id: ou_id.to_owned(),
        operation: Operation::ListParents,
        error: ApiError::from_code(
            "ParentNotFoundException",
            Some(format!("no root found above {ou_id}")),
            None,
        ),
    })
}

/// DescribeOrganizationalUnit.
async fn describe(ctx: &Ctx<'_>, ou_id: &str) -> Result<OrganizationalUnit, ApiError> {
    let out = ctx
        .planner
        .call(Operation::DescribeOrganizationalUnit, Priority::TreeWalk, |c| {
            c.organizations.describe_organizational_unit().organizational_unit_id(ou_id).send()
        })
        .await?;
    out.organizational_unit.ok_or_else(|| {
        ApiError::from_code(
            "OrganizationalUnitNotFoundException",
            Some(format!("DescribeOrganizationalUnit returned no OU for {ou_id}")),
            None,
        )
    })
}

/// Keeps only what the scope lets in: used by the walk for every OU and
/// account it finds.
pub fn excludes(ctx: &Ctx<'_>, id: &str) -> bool {
    ctx.scope.exclude_organizational_unit_ids.iter().any(|x| x == id)
        || ctx.scope.exclude_account_ids.iter().any(|x| x == id)
}
