//! Steampipe-compatible views: a schema (default `steampipe`) of views named
//! and shaped like the organization tables of Steampipe's AWS plugin, over
//! the tables orgsync writes, so that after `SET search_path = steampipe`
//! queries written for Steampipe run unchanged.
//!
//! | view | over | notes |
//! |---|---|---|
//! | `aws_organizations_account` | account, tag | `id`, `tags` (object), `tags_src` (`[{"Key","Value"}]`) |
//! | `aws_organizations_organizational_unit` | organizational_unit | `path` is an `ltree` such as `r_ab12.ou_ab12_cd34` |
//! | `aws_organizations_root` | root | `policy_types` as AWS spells it: `[{"Type","Status"}]` |
//! | `aws_organizations_policy` | policy | `content` is the document as `jsonb` |
//! | `aws_organizations_policy_target` | policy_target, policy | one row per policy and target |
//! | `aws_organizations_delegated_administrator` | delegated_administrator, account | `status` is the account's |
//! | `aws_organizations_delegated_services_for_account` | delegated_service | |
//! | `aws_account_alternate_contact` | alternate_contact | `linked_account_id`, `contact_title` |
//! | `aws_account_contact` | account_contact (`primary_contacts`) | `linked_account_id`, `address_line_1` … |
//!
//! Every view also has Steampipe's `title`, `akas` (where the resource has
//! an ARN) and the common `partition`, `region` (`global`) and `account_id`
//! columns: `account_id` is the organization's management account, except
//! for alternate and primary contacts, where it is the account the contact
//! belongs to.
//!
//! `path` needs PostgreSQL's `ltree` extension. It is used where it is
//! installed (in whichever schema), otherwise installed into the views'
//! schema when the server has it and the user may create it; failing that,
//! `path` is `text` holding the same dotted value (`=`, `LIKE` and
//! `nlevel`-free queries still work) and a warning says why. Views are
//! created with `CREATE OR REPLACE`, inside a savepoint: a view that cannot
//! be replaced (e.g. a user's own object depends on an older shape) leaves
//! the sync unharmed and is reported as a warning.

use orgsync_schema::TableName;

use crate::ddl::quote;

/// The views, in creation order.
pub const VIEWS: [&str; 9] = [
    "aws_organizations_account",
    "aws_organizations_organizational_unit",
    "aws_organizations_root",
    "aws_organizations_policy",
    "aws_organizations_policy_target",
    "aws_organizations_delegated_administrator",
    "aws_organizations_delegated_services_for_account",
    "aws_account_alternate_contact",
    "aws_account_contact",
];

/// The view whose `path` is an `ltree`.
pub const OU_VIEW: &str = VIEWS[1];

/// How the `path` column of the OU view is typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathType {
    /// `ltree`, from the extension installed in this schema.
    Ltree {
        /// The schema the `ltree` extension lives in.
        schema: String,
    },
    /// `text` (the extension is not available).
    Text,
}

/// The common columns: partition, region and account (the management
/// account unless `account` names another column).
fn common(account: &str) -> String {
    format!(
        "split_part(o.arn, ':', 2) AS partition, 'global'::text AS region, {account} AS account_id"
    )
}

/// `jsonb_build_array(arn)`, NULL when the ARN is.
fn akas(arn: &str) -> String {
    format!("CASE WHEN {arn} IS NULL THEN NULL ELSE jsonb_build_array({arn}) END AS akas")
}

/// The `SELECT` of each view over the tables of `data` (quoted).
fn bodies(data: &str, path: &PathType) -> [String; VIEWS.len()] {
    let t = |table: TableName| format!("{data}.{}", quote(table.as_str()));
    let org = |alias: &str| {
        format!("LEFT JOIN {} o ON o.org_id = {alias}.org_id", t(TableName::Organization))
    };
    let management = common("o.management_account_id");
    let path_sql =
        "replace(replace(btrim(regexp_replace(u.path, '^o-[^/]*/', ''), '/'), '-', '_'), '/', '.')";
    let path_sql = match path {
        PathType::Ltree { schema } => format!("({path_sql})::{}.ltree", quote(schema)),
        PathType::Text => path_sql.to_string(),
    };
    [
        format!(
            "SELECT a.name, a.account_id AS id, a.parent_id, a.arn, a.state, a.status, a.email, \
             a.joined_method, a.joined_timestamp, COALESCE(g.tags_src, '[]'::jsonb) AS tags_src, \
             COALESCE(g.tags, '{{}}'::jsonb) AS tags, a.name AS title, {akas}, {management} \
             FROM {account} a {org} \
             LEFT JOIN (SELECT org_id, resource_id, \
                 jsonb_agg(jsonb_build_object('Key', key, 'Value', value) ORDER BY key) AS tags_src, \
                 jsonb_object_agg(key, value) AS tags \
               FROM {tag} WHERE resource_type = 'ACCOUNT' GROUP BY org_id, resource_id) g \
               ON g.org_id = a.org_id AND g.resource_id = a.account_id",
            akas = akas("a.arn"),
            account = t(TableName::Account),
            org = org("a"),
            tag = t(TableName::Tag),
        ),
        format!(
            "SELECT u.name, u.ou_id AS id, u.arn, u.parent_id, {path_sql} AS path, \
             u.name AS title, {akas}, {management} FROM {ou} u {org}",
            akas = akas("u.arn"),
            ou = t(TableName::OrganizationalUnit),
            org = org("u"),
        ),
        format!(
            "SELECT r.name, r.root_id AS id, r.arn, \
             (SELECT COALESCE(jsonb_agg(jsonb_build_object('Type', e.value ->> 'type', 'Status', e.value ->> 'status') \
                ORDER BY e.n), '[]'::jsonb) \
              FROM jsonb_array_elements(r.policy_types) WITH ORDINALITY AS e(value, n)) AS policy_types, \
             r.name AS title, {akas}, {management} FROM {root} r {org}",
            akas = akas("r.arn"),
            root = t(TableName::Root),
            org = org("r"),
        ),
        format!(
            "SELECT p.name, p.policy_id AS id, p.arn, p.type, p.aws_managed, p.description, \
             p.content_json AS content, p.name AS title, {akas}, {management} FROM {policy} p {org}",
            akas = akas("p.arn"),
            policy = t(TableName::Policy),
            org = org("p"),
        ),
        format!(
            "SELECT p.name, p.policy_id AS id, pt.target_id, p.arn, p.type, p.aws_managed, \
             p.description, p.content_json AS content, p.name AS title, {akas}, {management} \
             FROM {target} pt JOIN {policy} p ON p.org_id = pt.org_id AND p.policy_id = pt.policy_id {org}",
            akas = akas("p.arn"),
            target = t(TableName::PolicyTarget),
            policy = t(TableName::Policy),
            org = org("pt"),
        ),
        format!(
            "SELECT d.account_id AS id, d.arn, d.email, d.name, COALESCE(a.status, d.state) AS status, \
             d.joined_method, d.joined_timestamp, d.delegation_enabled_date, d.name AS title, {akas}, {management} \
             FROM {admin} d LEFT JOIN {account} a ON a.org_id = d.org_id AND a.account_id = d.account_id {org}",
            akas = akas("d.arn"),
            admin = t(TableName::DelegatedAdministrator),
            account = t(TableName::Account),
            org = org("d"),
        ),
        format!(
            "SELECT s.account_id AS delegated_account_id, s.service_principal, s.delegation_enabled_date, \
             s.service_principal AS title, {management} FROM {service} s {org}",
            service = t(TableName::DelegatedService),
            org = org("s"),
        ),
        format!(
            "SELECT c.name, c.contact_type, c.email_address, c.phone_number, c.title AS contact_title, \
             c.account_id AS linked_account_id, c.name AS title, {common} FROM {contact} c {org}",
            common = common("c.account_id"),
            contact = t(TableName::AlternateContact),
            org = org("c"),
        ),
        format!(
            "SELECT c.full_name, c.address_line1 AS address_line_1, c.address_line2 AS address_line_2, \
             c.address_line3 AS address_line_3, c.company_name, c.city, c.country_code, \
             c.district_or_county, c.phone_number, c.postal_code, c.state_or_region, c.website_url, \
             c.account_id AS linked_account_id, c.full_name AS title, {common} FROM {contact} c {org}",
            common = common("c.account_id"),
            contact = t(TableName::AccountContact),
            org = org("c"),
        ),
    ]
}

/// `CREATE OR REPLACE VIEW` statements for every view, in `views` over the
/// tables of `data`.
pub fn view_statements(data: &str, views: &str, path: &PathType) -> Vec<String> {
    let data = quote(data);
    VIEWS
        .iter()
        .zip(bodies(&data, path))
        .map(|(name, body)| {
            format!("CREATE OR REPLACE VIEW {}.{} AS {body}", quote(views), quote(name))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_is_created_in_the_views_schema_over_the_data_schema() {
        let statements = view_statements("orgsync", "steampipe", &PathType::Text);
        assert_eq!(statements.len(), VIEWS.len());
        for (statement, name) in statements.iter().zip(VIEWS) {
            assert!(
                statement.starts_with(&format!(
                    "CREATE OR REPLACE VIEW \"steampipe\".\"{name}\" AS SELECT "
                )),
                "{statement}"
            );
            assert!(statement.contains("FROM \"orgsync\"."), "{statement}");
        }
    }

    #[test]
    fn the_path_is_cast_to_ltree_from_the_extensions_schema_only_when_it_is_there() {
        let ltree = PathType::Ltree { schema: "public".into() };
        let with = view_statements("orgsync", "steampipe", &ltree);
        assert!(with[1].contains("::\"public\".ltree AS path"), "{}", with[1]);
        let without = view_statements("orgsync", "steampipe", &PathType::Text);
        assert!(!without[1].contains("ltree"), "{}", without[1]);
    }
}
