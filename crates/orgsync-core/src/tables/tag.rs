//! `aws_organizations_tag`: ListTagsForResource for every account, OU, root
//! and policy (no MaxResults on this operation; paged by NextToken).

use orgsync_schema::{TableName, TagRow};

use crate::planner::{Operation, Phase, Priority};

use super::{Ctx, Task, next_token};

/// What kind of resource a tag belongs to (the `resource_type` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResourceType {
    Account,
    OrganizationalUnit,
    Root,
    Policy,
}

impl ResourceType {
    /// The `resource_type` value.
    pub fn as_str(self) -> &'static str {
        match self {
            ResourceType::Account => "ACCOUNT",
            ResourceType::OrganizationalUnit => "ORGANIZATIONAL_UNIT",
            ResourceType::Root => "ROOT",
            ResourceType::Policy => "POLICY",
        }
    }
}

/// The task reading every tag of one resource.
pub fn task<'a>(ctx: &'a Ctx<'a>, resource_id: String, kind: ResourceType) -> Task<'a> {
    Task::new(Phase::Tags, async move {
        let op = Operation::ListTagsForResource;
        let mut token: Option<String> = None;
        let mut rows = Vec::new();
        loop {
            let page = ctx
                .call_unless_denied(op, Priority::FanOut, None, |c| {
                    c.organizations
                        .list_tags_for_resource()
                        .resource_id(&resource_id)
                        .set_next_token(token.clone())
                        .send()
                })
                .await;
            let page = match page {
                None => return Vec::new(),
                Some(Ok(page)) => page,
                Some(Err(err)) => {
                    // Nothing of a resource that could not be read completely.
                    ctx.fail(TableName::Tag, op, Some(&resource_id), None, err);
                    return Vec::new();
                }
            };
            for tag in page.tags() {
                rows.push(TagRow {
                    org_id: ctx.org_cell(),
                    resource_id: resource_id.as_str().into(),
                    resource_type: kind.as_str().into(),
                    key: tag.key().into(),
                    value: tag.value().into(),
                    run_id: ctx.run_cell(),
                    fetched_at: ctx.fetched_cell(),
                });
            }
            token = next_token(page.next_token());
            if token.is_none() {
                break;
            }
        }
        for row in rows {
            ctx.push_row(row);
        }
        Vec::new()
    })
}
