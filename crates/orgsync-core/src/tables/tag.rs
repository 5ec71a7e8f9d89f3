//! `aws_organizations_tag`: ListTagsForResource for every account, OU, root
//! and policy (no MaxResults on this operation; paged by NextToken).

use std::sync::Arc;

use aws_sdk_organizations::operation::list_tags_for_resource::ListTagsForResourceOutput;
use orgsync_schema::{TableName, TagRow};

use crate::aws::Clients;
use crate::planner::{Operation, Phase, Priority};

use super::paging::{self, Listing};
use super::{Ctx, Task};

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

/// The task reading every tag of one resource (nothing of a resource that
/// could not be read completely).
pub fn task<'a>(ctx: &'a Ctx<'a>, resource_id: String, kind: ResourceType) -> Task<'a> {
    let op = Operation::ListTagsForResource;
    let listing =
        Listing::new(Phase::Tags, op, Priority::FanOut, TableName::Tag).of_item(&resource_id);
    let send = {
        let resource_id = resource_id.clone();
        move |c: Arc<Clients>, token: Option<String>| {
            c.organizations
                .list_tags_for_resource()
                .resource_id(&resource_id)
                .set_next_token(token)
                .send()
        }
    };
    let rows_of = move |page: &ListTagsForResourceOutput, rows: &mut Vec<TagRow>| {
        rows.extend(page.tags().iter().map(|tag| {
            stamped!(
                ctx,
                TagRow {
                    resource_id: resource_id.as_str().into(),
                    resource_type: kind.as_str().into(),
                    key: tag.key().into(),
                    value: tag.value().into(),
                }
            )
        }));
    };
    paging::whole_list(ctx, listing, send, ListTagsForResourceOutput::next_token, rows_of)
}
