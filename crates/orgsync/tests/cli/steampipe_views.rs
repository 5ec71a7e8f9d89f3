//! The Steampipe-compatible views of the PostgreSQL destination, against a
//! real PostgreSQL server (`ORGSYNC_TEST_POSTGRES_URL`, a superuser: each
//! test creates and drops its own database) and the emulator over real HTTP:
//!
//! * every example query of Steampipe's documentation for these tables
//!   (`test-data/steampipe/example_queries.sql`, verbatim) runs unchanged
//!   after `SET search_path = steampipe`;
//! * the views have Steampipe's column names, in order, with its types;
//! * queries of the same shape with this organization's IDs answer what the
//!   emulator's own model says (subtrees by `ltree`, tags, inherited
//!   attachments, policy documents, contacts, delegations);
//! * without `ltree` the sync still succeeds, `path` being text;
//!   `postgres_steampipe_schema = "none"` creates no views.

use std::collections::BTreeSet;
use std::process::Command;

use orgsync_emulator::Emulator;
use orgsync_emulator::model::Organization;
use postgres::{Client, NoTls, SimpleQueryMessage};

use crate::common::{self, run_expecting, text};

/// The published example queries, each with its name.
fn example_queries() -> Vec<(String, String)> {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../test-data/steampipe/example_queries.sql");
    let text = std::fs::read_to_string(path).expect("example queries");
    text.split("-- end")
        .filter_map(|chunk| {
            let chunk = chunk.trim();
            let (name, query) = chunk.strip_prefix("-- ")?.split_once('\n')?;
            Some((name.to_string(), query.to_string()))
        })
        .collect()
}

/// A database of its own for one test, dropped when it ends.
struct Database {
    server: String,
    name: String,
    url: String,
}

impl Database {
    fn create(server: &str, test: &str) -> Database {
        let name = format!("orgsync_steampipe_{test}_{}", std::process::id());
        let mut admin = Client::connect(server, NoTls).expect("connect as the superuser");
        admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name}")).unwrap();
        admin.batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
        let mut url = url::Url::parse(server).unwrap();
        url.set_path(&name);
        Database { server: server.to_string(), name, url: url.to_string() }
    }

    fn client(&self) -> Client {
        Client::connect(&self.url, NoTls).expect("connect to the test database")
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        if let Ok(mut admin) = Client::connect(&self.server, NoTls) {
            let _ =
                admin.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name));
        }
    }
}

/// Rows of a query as text cells (NULL as `None`), after `setup`.
fn rows(client: &mut Client, setup: &str, sql: &str) -> Result<Vec<Vec<Option<String>>>, String> {
    client.batch_execute(setup).map_err(|e| e.to_string())?;
    let messages = client.simple_query(sql).map_err(|e| format!("{e}: {e:?}"))?;
    Ok(messages
        .into_iter()
        .filter_map(|m| match m {
            SimpleQueryMessage::Row(row) => {
                Some((0..row.len()).map(|i| row.get(i).map(str::to_string)).collect())
            }
            _ => None,
        })
        .collect())
}

const STEAMPIPE: &str = "SET search_path = steampipe";

/// A connection querying the Steampipe views; a query that fails panics,
/// naming it.
struct Views(Client);

impl Views {
    /// Rows of `sql` after `SET search_path = steampipe`.
    fn rows(&mut self, sql: &str) -> Vec<Vec<Option<String>>> {
        rows(&mut self.0, STEAMPIPE, sql).unwrap_or_else(|e| panic!("{sql}: {e}"))
    }

    /// The first column of each row of `sql`.
    fn firsts(&mut self, sql: &str) -> BTreeSet<String> {
        self.rows(sql).into_iter().map(|r| r[0].clone().unwrap_or_default()).collect()
    }
}

/// `orgsync sync --destination D` against the emulator.
fn orgsync(emulator: &Emulator, destination: &str) -> Command {
    let mut cmd = common::orgsync_for(emulator);
    cmd.args(["sync", "--destination", destination]);
    cmd
}

fn start_emulator(runtime: &tokio::runtime::Runtime, accounts: usize, seed: u64) -> Emulator {
    runtime.block_on(common::fast_emulator(accounts, seed))
}

/// Steampipe's columns of each table (its plugin's definitions, in order,
/// then the common `partition`, `region`, `account_id`) with their types.
fn steampipe_columns() -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let common = [("partition", "text"), ("region", "text"), ("account_id", "text")];
    let with_common = |mut cols: Vec<(&'static str, &'static str)>| {
        cols.extend(common);
        cols
    };
    let policy_columns = vec![
        ("name", "text"),
        ("id", "text"),
        ("arn", "text"),
        ("type", "text"),
        ("aws_managed", "bool"),
        ("description", "text"),
        ("content", "jsonb"),
        ("title", "text"),
        ("akas", "jsonb"),
    ];
    vec![
        (
            "aws_organizations_account",
            with_common(vec![
                ("name", "text"),
                ("id", "text"),
                ("parent_id", "text"),
                ("arn", "text"),
                ("state", "text"),
                ("status", "text"),
                ("email", "text"),
                ("joined_method", "text"),
                ("joined_timestamp", "timestamptz"),
                ("tags_src", "jsonb"),
                ("tags", "jsonb"),
                ("title", "text"),
                ("akas", "jsonb"),
            ]),
        ),
        (
            "aws_organizations_organizational_unit",
            with_common(vec![
                ("name", "text"),
                ("id", "text"),
                ("arn", "text"),
                ("parent_id", "text"),
                ("path", "ltree"),
                ("title", "text"),
                ("akas", "jsonb"),
            ]),
        ),
        (
            "aws_organizations_root",
            with_common(vec![
                ("name", "text"),
                ("id", "text"),
                ("arn", "text"),
                ("policy_types", "jsonb"),
                ("title", "text"),
                ("akas", "jsonb"),
            ]),
        ),
        ("aws_organizations_policy", with_common(policy_columns.clone())),
        ("aws_organizations_policy_target", {
            // A policy's columns with the target after its id.
            let mut columns = policy_columns;
            columns.insert(2, ("target_id", "text"));
            with_common(columns)
        }),
        (
            "aws_organizations_delegated_administrator",
            with_common(vec![
                ("id", "text"),
                ("arn", "text"),
                ("email", "text"),
                ("name", "text"),
                ("status", "text"),
                ("joined_method", "text"),
                ("joined_timestamp", "timestamptz"),
                ("delegation_enabled_date", "timestamptz"),
                ("title", "text"),
                ("akas", "jsonb"),
            ]),
        ),
        (
            "aws_organizations_delegated_services_for_account",
            with_common(vec![
                ("delegated_account_id", "text"),
                ("service_principal", "text"),
                ("delegation_enabled_date", "timestamptz"),
                ("title", "text"),
            ]),
        ),
        (
            "aws_account_alternate_contact",
            with_common(vec![
                ("name", "text"),
                ("contact_type", "text"),
                ("email_address", "text"),
                ("phone_number", "text"),
                ("contact_title", "text"),
                ("linked_account_id", "text"),
                ("title", "text"),
            ]),
        ),
        (
            "aws_account_contact",
            with_common(vec![
                ("full_name", "text"),
                ("address_line_1", "text"),
                ("address_line_2", "text"),
                ("address_line_3", "text"),
                ("company_name", "text"),
                ("city", "text"),
                ("country_code", "text"),
                ("district_or_county", "text"),
                ("phone_number", "text"),
                ("postal_code", "text"),
                ("state_or_region", "text"),
                ("website_url", "text"),
                ("linked_account_id", "text"),
                ("title", "text"),
            ]),
        ),
    ]
}

/// Steampipe's `path` of an OU: root, then OUs, `-` as `_`, `.`-joined.
fn ltree_path(org: &Organization, ou_id: &str) -> String {
    let mut chain = vec![ou_id.to_string()];
    let mut parent = org.organizational_units[ou_id].parent_id.clone();
    while parent != org.root.id {
        chain.push(parent.clone());
        parent = org.organizational_units[&parent].parent_id.clone();
    }
    chain.push(org.root.id.clone());
    chain.reverse();
    chain.iter().map(|id| id.replace('-', "_")).collect::<Vec<_>>().join(".")
}

#[test]
fn steampipes_example_queries_run_unchanged_and_answer_what_the_organization_holds() {
    let Some(server) = common::postgres_url() else { return };
    let db = Database::create(&server, "examples");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let emulator = start_emulator(&runtime, 150, 5);
    run_expecting(orgsync(&emulator, &db.url).arg("--primary-contacts"), 0);
    let mut client = db.client();

    // Every published example, unchanged.
    let examples = example_queries();
    assert_eq!(examples.len(), 26, "the file holds the 26 published examples");
    for (name, query) in &examples {
        if let Err(e) = rows(&mut client, STEAMPIPE, query) {
            panic!("{name} failed: {e}\n{query}");
        }
    }

    // Steampipe's column names, order and types.
    for (view, expected) in steampipe_columns() {
        let actual = rows(
            &mut client,
            "SET search_path = public",
            &format!(
                "SELECT column_name, udt_name FROM information_schema.columns \
                 WHERE table_schema = 'steampipe' AND table_name = '{view}' ORDER BY ordinal_position"
            ),
        )
        .unwrap();
        let actual: Vec<(String, String)> =
            actual.into_iter().map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap())).collect();
        let expected: Vec<(String, String)> =
            expected.iter().map(|(c, t)| (c.to_string(), t.to_string())).collect();
        assert_eq!(actual, expected, "columns of steampipe.{view}");
    }

    let org = emulator.controls().with_org(Organization::clone);
    let mut views = Views(client);

    // Accounts: every one, SUSPENDED by status, tags as an object.
    let ids = views.firsts("select id from aws_organizations_account");
    assert_eq!(ids, org.accounts.keys().cloned().collect());
    let suspended = views.firsts(
        "select id, name, arn, email, joined_method, joined_timestamp, status from aws_organizations_account where status = 'SUSPENDED'",
    );
    let expected: BTreeSet<String> = org
        .accounts
        .values()
        .filter(|a| a.state.legacy_status() == "SUSPENDED")
        .map(|a| a.id.clone())
        .collect();
    assert!(!expected.is_empty(), "the organization has suspended accounts");
    assert_eq!(suspended, expected);
    let (tagged, tags) = org
        .tags
        .iter()
        .find(|(id, tags)| org.accounts.contains_key(*id) && tags.len() >= 2)
        .expect("an account with two tags");
    let got = views.rows(&format!(
        "select tags ->> '{}', tags_src -> 0 ->> 'Key' from aws_organizations_account where id = '{tagged}'",
        tags[0].key
    ));
    assert_eq!(got[0][0].as_deref(), Some(tags[0].value.as_str()));
    let first_key = tags.iter().map(|t| t.key.clone()).min().unwrap();
    assert_eq!(got[0][1].as_deref(), Some(first_key.as_str()));

    // OUs: the ltree path, subtrees, levels, ancestors, siblings.
    let deep = org
        .organizational_units
        .keys()
        .max_by_key(|id| ltree_path(&org, id).matches('.').count())
        .unwrap()
        .clone();
    let deep_path = ltree_path(&org, &deep);
    assert!(deep_path.matches('.').count() >= 2, "an OU two levels below the root: {deep_path}");
    let paths = views.rows("select id, path::text from aws_organizations_organizational_unit");
    for row in &paths {
        let id = row[0].clone().unwrap();
        assert_eq!(row[1].clone().unwrap(), ltree_path(&org, &id), "path of {id}");
    }
    let top = deep_path.split('.').take(2).collect::<Vec<_>>().join(".");
    let under_top = views.firsts(&format!(
        "select id, name, parent_id, path from aws_organizations_organizational_unit where path <@ '{top}'"
    ));
    let expected: BTreeSet<String> = org
        .organizational_units
        .keys()
        .filter(|id| {
            let p = ltree_path(&org, id);
            p == top || p.starts_with(&format!("{top}."))
        })
        .cloned()
        .collect();
    assert_eq!(under_top, expected);
    let level_three = views.firsts(
        "select id, name, parent_id, path from aws_organizations_organizational_unit where nlevel(path) = 3",
    );
    let expected: BTreeSet<String> = org
        .organizational_units
        .keys()
        .filter(|id| ltree_path(&org, id).split('.').count() == 3)
        .cloned()
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(level_three, expected);
    // `a @> b`: a is b or an ancestor of it, so this is the top OU's subtree again.
    let descendants = views.firsts(&format!(
        "select id, name, parent_id, path from aws_organizations_organizational_unit where '{top}' @> path"
    ));
    assert_eq!(descendants, under_top);
    assert!(under_top.len() >= 2, "the top OU has OUs below it");
    let second = deep_path.split('.').nth(1).unwrap();
    let root_label = org.root.id.replace('-', "_");
    let matched = views.firsts(&format!(
        "select id from aws_organizations_organizational_unit where path ~ '{root_label}.*.{second}.*'"
    ));
    assert_eq!(matched, under_top, "lquery `root.*.ou.*` is the OU's subtree");
    let deep_name = org.organizational_units[&deep].name.clone();
    let siblings = views.firsts(&format!(
        "select id from aws_organizations_organizational_unit where parent_id = \
         (select parent_id from aws_organizations_organizational_unit where name = '{deep_name}' limit 1)"
    ));
    assert!(siblings.contains(&deep));
    let parent = &org.organizational_units[&deep].parent_id;
    assert!(siblings.iter().all(|id| &org.organizational_units[id].parent_id == parent));

    // Roots: policy types as AWS spells them.
    let types = views.rows(
        "select p ->> 'Type', p ->> 'Status' from aws_organizations_root, jsonb_array_elements(policy_types) as p",
    );
    let types: BTreeSet<(String, String)> =
        types.into_iter().map(|r| (r[0].clone().unwrap(), r[1].clone().unwrap())).collect();
    let expected: BTreeSet<(String, String)> =
        org.root.policy_types.iter().map(|p| (p.policy_type.clone(), p.status.clone())).collect();
    assert_eq!(types, expected);

    // Policies: documents as jsonb, AWS-managed or not, by type.
    let versions = views.rows(
        "select id, content ->> 'Version' from aws_organizations_policy where type = 'SERVICE_CONTROL_POLICY'",
    );
    for row in &versions {
        let policy = &org.policies[row[0].as_deref().unwrap()];
        let doc: serde_json::Value = serde_json::from_str(&policy.content).unwrap();
        assert_eq!(row[1].as_deref(), doc["Version"].as_str(), "Version of {}", policy.id);
    }
    assert_eq!(
        versions.len(),
        org.policies.values().filter(|p| p.policy_type == "SERVICE_CONTROL_POLICY").count()
    );
    let own_tag_policies = views.firsts(
        "select id from aws_organizations_policy where not aws_managed and type = 'TAG_POLICY'",
    );
    let expected: BTreeSet<String> = org
        .policies
        .values()
        .filter(|p| !p.aws_managed && p.policy_type == "TAG_POLICY")
        .map(|p| p.id.clone())
        .collect();
    assert_eq!(own_tag_policies, expected);

    // Policy targets: what is attached to the root, and to an account, by type.
    let at_root = views.firsts(&format!(
        "select id from aws_organizations_policy_target where type = 'SERVICE_CONTROL_POLICY' and target_id = '{}'",
        org.root.id
    ));
    let attached = |target: &str, policy_type: &str| -> BTreeSet<String> {
        org.attachments
            .get(target)
            .into_iter()
            .flatten()
            .filter(|p| org.policies[*p].policy_type == policy_type)
            .cloned()
            .collect()
    };
    assert!(at_root.contains("p-FullAWSAccess"));
    assert_eq!(at_root, attached(&org.root.id, "SERVICE_CONTROL_POLICY"));
    let (account, _) = org
        .attachments
        .iter()
        .find(|(target, policies)| {
            org.accounts.contains_key(*target)
                && policies.iter().any(|p| org.policies[p].policy_type == "BACKUP_POLICY")
        })
        .expect("an account with a backup policy attached");
    let backup = views.firsts(&format!(
        "select id, name, arn, type, aws_managed from aws_organizations_policy_target \
         where type = 'BACKUP_POLICY' and target_id = '{account}'"
    ));
    assert_eq!(backup, attached(account, "BACKUP_POLICY"));

    // Delegated administrators and their services.
    let admins = views
        .firsts("select id from aws_organizations_delegated_administrator where status = 'ACTIVE'");
    let expected: BTreeSet<String> = org
        .delegated_administrators
        .keys()
        .filter(|id| org.accounts[*id].state.legacy_status() == "ACTIVE")
        .cloned()
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(admins, expected);
    let (admin, services) = org.delegated_administrators.iter().next().unwrap();
    let got = views.firsts(&format!(
        "select service_principal, delegation_enabled_date from aws_organizations_delegated_services_for_account \
         where delegated_account_id = '{admin}'"
    ));
    assert_eq!(got, services.keys().cloned().collect());

    // Alternate contacts of one account, one type.
    let (contact_account, contacts) = org
        .alternate_contacts
        .iter()
        .find(|(id, c)| c.contains_key("SECURITY") && org.accounts[*id].state.as_str() == "ACTIVE")
        .expect("an account with a security contact");
    let got = views.rows(&format!(
        "select name, linked_account_id, contact_type, email_address, phone_number, contact_title \
         from aws_account_alternate_contact where linked_account_id = '{contact_account}' and contact_type = 'SECURITY'"
    ));
    let security = &contacts["SECURITY"];
    assert_eq!(
        got,
        vec![vec![
            Some(security.name.clone()),
            Some(contact_account.clone()),
            Some("SECURITY".to_string()),
            Some(security.email_address.clone()),
            Some(security.phone_number.clone()),
            Some(security.title.clone()),
        ]]
    );
    let all = views.rows("select count(*) from aws_account_alternate_contact");
    // Contacts are read for active accounts (AWS refuses the others).
    let expected: usize = org
        .alternate_contacts
        .iter()
        .filter(|(id, _)| org.accounts[*id].state.as_str() == "ACTIVE")
        .map(|(_, contacts)| contacts.len())
        .sum();
    assert_eq!(all[0][0].as_deref(), Some(expected.to_string().as_str()));

    // Steampipe's own example of aws_account_contact, and the primary
    // contacts the organization holds.
    let got = views.rows(
        "select full_name, company_name, city, phone_number, postal_code, state_or_region, website_url \
         from aws_account_contact",
    );
    let active_with_contact: Vec<&String> = org
        .contact_information
        .keys()
        .filter(|id| org.accounts[*id].state.as_str() == "ACTIVE")
        .collect();
    assert_eq!(got.len(), active_with_contact.len());
    let (account, info) = active_with_contact
        .first()
        .map(|id| (*id, &org.contact_information[*id]))
        .expect("an ACTIVE account with a primary contact");
    let got = views.rows(&format!(
        "select full_name, address_line_1, city, country_code, account_id \
         from aws_account_contact where linked_account_id = '{account}'"
    ));
    assert_eq!(
        got,
        vec![vec![
            Some(info.full_name.clone()),
            Some(info.address_line1.clone()),
            Some(info.city.clone()),
            Some(info.country_code.clone()),
            Some(account.clone()),
        ]]
    );

    runtime.block_on(emulator.shutdown());
}

#[test]
fn without_ltree_the_sync_succeeds_and_path_is_text_and_none_turns_the_views_off() {
    let Some(server) = common::postgres_url() else { return };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let emulator = start_emulator(&runtime, 30, 8);

    // The extension cannot be installed: the views are there, `path` is text.
    let db = Database::create(&server, "noltree");
    let output =
        run_expecting(orgsync(&emulator, &db.url).env("ORGSYNC_TEST_FAIL_AT", "create_ltree"), 0);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("`path` as text"), "{}", text(&output));
    let mut views = Views(db.client());
    let path_type = rows(
        &mut views.0,
        "SET search_path = public",
        "SELECT udt_name FROM information_schema.columns WHERE table_schema = 'steampipe' \
         AND table_name = 'aws_organizations_organizational_unit' AND column_name = 'path'",
    )
    .unwrap();
    assert_eq!(path_type, vec![vec![Some("text".to_string())]]);
    let org = emulator.controls().with_org(Organization::clone);
    let (ou_id, _) = org.organizational_units.iter().next().unwrap();
    let got = views.firsts(&format!(
        "select id from aws_organizations_organizational_unit where path = '{}'",
        ltree_path(&org, ou_id)
    ));
    assert_eq!(got, BTreeSet::from([ou_id.clone()]));

    // Once the extension is installed, the next sync makes `path` an ltree.
    views.0.batch_execute("CREATE EXTENSION ltree").unwrap();
    run_expecting(&mut orgsync(&emulator, &db.url), 0);
    let got = views.firsts(&format!(
        "select id from aws_organizations_organizational_unit where path <@ '{}'",
        ltree_path(&org, ou_id)
    ));
    assert!(got.contains(ou_id));

    // `postgres_steampipe_schema = "none"`: no views at all.
    let off = Database::create(&server, "off");
    run_expecting(orgsync(&emulator, &off.url).env("ORGSYNC_POSTGRES_STEAMPIPE_SCHEMA", "none"), 0);
    let schemas = rows(
        &mut off.client(),
        "SET search_path = public",
        "SELECT nspname::text FROM pg_namespace WHERE nspname LIKE '%steampipe%'",
    )
    .unwrap();
    assert!(schemas.is_empty(), "{schemas:?}");

    runtime.block_on(emulator.shutdown());
}

#[test]
fn a_views_schema_equal_to_the_tables_schema_is_refused_with_exit_code_2() {
    let output = run_expecting(
        Command::new(env!("CARGO_BIN_EXE_orgsync"))
            .args([
                "sync",
                "--destination",
                "postgres://orgsync@127.0.0.1:1/inventory",
                "--postgres-steampipe-schema",
                "orgsync",
            ])
            .env_remove("ORGSYNC_POSTGRES_SCHEMA")
            .env("ORGSYNC_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
            .env("ORGSYNC_SECRET_ACCESS_KEY", "not-a-real-secret-not-a-real-secret-0000"),
        2,
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("postgres_steampipe_schema"), "{stderr}");
    assert!(stderr.contains("must differ from postgres_schema"), "{stderr}");
}
