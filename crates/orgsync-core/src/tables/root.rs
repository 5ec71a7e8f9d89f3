//! `aws_organizations_root`: ListRoots (paged), with each root's policy types
//! as a JSON array of `{"type","status"}` in the order AWS returned them.
//!
//! Read before the task graph starts: the roots start the tree walk and
//! their enabled policy types decide which effective policies exist. A
//! failure here is a run-level failure.

use aws_sdk_organizations::types::Root;
use orgsync_schema::{Json, RootRow};

use crate::aws::error::ApiError;
use crate::planner::{Operation, Planner, Priority};

use super::{Ctx, PAGE_SIZE, next_token, opt_text};

/// Lists every root.
pub async fn list(planner: &Planner<'_>) -> Result<Vec<Root>, ApiError> {
    let mut roots = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let page = planner
            .call(Operation::ListRoots, Priority::Critical, |c| {
                c.organizations
                    .list_roots()
                    .max_results(PAGE_SIZE)
                    .set_next_token(token.clone())
                    .send()
            })
            .await?;
        roots.extend(page.roots.unwrap_or_default());
        token = next_token(page.next_token.as_deref());
        if token.is_none() {
            return Ok(roots);
        }
    }
}

/// The policy types of a root as JSON text.
pub fn policy_types_json(root: &Root) -> String {
    let types: Vec<serde_json::Value> = root
        .policy_types()
        .iter()
        .map(|p| {
            serde_json::json!({
                "type": p.r#type().map(|t| t.as_str()),
                "status": p.status().map(|s| s.as_str()),
            })
        })
        .collect();
    serde_json::Value::Array(types).to_string()
}

/// Stores a root's row (none for a root AWS returned without an ID or ARN).
pub fn store(ctx: &Ctx<'_>, root: &Root) {
    let (Some(root_id), Some(arn)) = (root.id(), root.arn()) else { return };
    ctx.push_row(stamped!(
        ctx,
        RootRow {
            root_id: root_id.into(),
            arn: arn.into(),
            name: opt_text(root.name()),
            policy_types: Json(policy_types_json(root)),
        }
    ));
}
