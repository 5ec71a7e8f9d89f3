//! The rows an incremental run carries forward from the previous snapshot.
//!
//! | table | a previous row is kept when |
//! |---|---|
//! | tags | its resource (account, OU, root, policy) still exists and its tags were not read now |
//! | alternate contacts, account access, account information, Regions, primary contacts | its account is still in the organization and was not read now |
//! | effective policies | the same, for the effective-policy reads |
//! | policies | the policy is still listed and its document was not read now; name, description, type and ARN come from this run's listing |
//! | policy targets | the policy is still listed, its targets were not read now and the target still exists; the target's name is its current name |
//!
//! Every other table is read whole by every run. A kept row keeps its
//! `fetched_at` and takes this run's `run_id`. OUs whose rows the tree
//! assembly rebuilt from the previous snapshot keep their `fetched_at` too.

use std::collections::{BTreeMap, BTreeSet};

use aws_sdk_organizations::types::PolicySummary;
use orgsync_schema::{Row, Snapshot, TableName, Value};

use super::tree::Assembled;

/// What an incremental run read, to decide which previous rows it keeps.
pub(crate) struct Carry<'a> {
    /// The tree now.
    pub tree: &'a Assembled,
    /// Root ids.
    pub roots: &'a BTreeSet<String>,
    /// Policies listed now, by id.
    pub policies: &'a BTreeMap<String, PolicySummary>,
    /// Accounts whose per-account tables were read now.
    pub accounts_read: &'a BTreeSet<String>,
    /// Accounts whose effective policies were read now.
    pub effective_read: &'a BTreeSet<String>,
    /// Resources whose tags were read now.
    pub tags_read: &'a BTreeSet<String>,
    /// Policies whose document was read now.
    pub content_read: &'a BTreeSet<String>,
    /// Policies whose targets were read now.
    pub targets_read: &'a BTreeSet<String>,
}

fn set(table: TableName, row: &mut Row, column: &str, value: Value) {
    if let Some(i) = table.def().column_index(column) {
        row[i] = value;
    }
}

impl Carry<'_> {
    fn account_exists(&self, id: &str) -> bool {
        self.tree.accounts.contains_key(id)
    }

    fn resource_exists(&self, id: &str) -> bool {
        self.account_exists(id)
            || self.tree.ous.contains(id)
            || self.roots.contains(id)
            || self.policies.contains_key(id)
    }

    /// The previous row of `table` with this run's changes, or None when it
    /// is not kept (see the module docs).
    fn keep(&self, table: TableName, mut row: Row) -> Option<Row> {
        let owner = |column: &str| table.text(&row, column).unwrap_or_default().to_owned();
        match table {
            TableName::Tag => {
                let id = owner("resource_id");
                (self.resource_exists(&id) && !self.tags_read.contains(&id)).then_some(row)
            }
            TableName::AlternateContact
            | TableName::AccountAccess
            | TableName::AccountInformation
            | TableName::AccountRegion
            | TableName::AccountContact => {
                let id = owner("account_id");
                (self.account_exists(&id) && !self.accounts_read.contains(&id)).then_some(row)
            }
            TableName::EffectivePolicy => {
                let id = owner("target_id");
                (self.account_exists(&id) && !self.effective_read.contains(&id)).then_some(row)
            }
            TableName::Policy => {
                let id = owner("policy_id");
                let listed = self.policies.get(&id)?;
                if self.content_read.contains(&id) {
                    return None;
                }
                set(table, &mut row, "arn", Value::opt_text(listed.arn()));
                set(table, &mut row, "name", Value::opt_text(listed.name()));
                set(table, &mut row, "description", Value::opt_text(listed.description()));
                if let Some(kind) = listed.r#type() {
                    set(table, &mut row, "type", Value::text(kind.as_str()));
                }
                set(table, &mut row, "aws_managed", Value::Bool(listed.aws_managed()));
                Some(row)
            }
            TableName::PolicyTarget => {
                let policy = owner("policy_id");
                let target = owner("target_id");
                let kept = self.policies.contains_key(&policy)
                    && !self.targets_read.contains(&policy)
                    && self.resource_exists(&target);
                if !kept {
                    return None;
                }
                if let Some(name) = self.tree.names.get(&target) {
                    set(table, &mut row, "target_name", Value::opt_text(name.clone()));
                }
                Some(row)
            }
            _ => None,
        }
    }
}

/// Adds the kept rows of `previous` (the snapshot built on, consumed: its
/// rows are moved, not copied) to `tables` (the rows read now), gives them
/// `run_id`, restores the `fetched_at` of OUs rebuilt from the previous
/// snapshot, and sorts each table by its key.
pub(crate) fn carry_forward(
    carry: &Carry<'_>,
    mut previous: Snapshot,
    tables: &mut BTreeMap<TableName, Vec<Row>>,
    run_id: &str,
) {
    for (&table, rows) in tables.iter_mut() {
        let previous_rows = previous.tables.remove(&table).unwrap_or_default();
        let def = table.def();
        let run_column = def.column_index("run_id").expect("every data table has run_id");
        let fetched_column =
            def.column_index("fetched_at").expect("every data table has fetched_at");
        if table == TableName::OrganizationalUnit {
            let previous: BTreeMap<String, Value> = previous_rows
                .iter()
                .filter_map(|r| {
                    Some((table.text(r, "ou_id")?.to_owned(), r[fetched_column].clone()))
                })
                .collect();
            for row in rows.iter_mut() {
                let Some(id) = table.text(row, "ou_id") else { continue };
                if carry.tree.carried_ous.contains(id)
                    && let Some(fetched) = previous.get(id)
                {
                    row[fetched_column] = fetched.clone();
                }
            }
            continue;
        }
        let kept: Vec<Row> = previous_rows
            .into_iter()
            .filter_map(|row| carry.keep(table, row))
            .map(|mut row| {
                row[run_column] = Value::text(run_id);
                row
            })
            .collect();
        rows.extend(kept);
        crate::tables::sort_by_primary_key(table, rows);
        // A new OU's or account's attachments are read from both sides when
        // the policy's targets are read too.
        let key: Vec<usize> = def.primary_key.iter().filter_map(|c| def.column_index(c)).collect();
        rows.dedup_by(|a, b| key.iter().all(|&i| a[i] == b[i]));
    }
}
