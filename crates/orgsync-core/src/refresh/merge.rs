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
use orgsync_schema::{
    OrganizationalUnitRow, PolicyRow, PolicyTargetRow, RUN_ID, Row, Snapshot, TableName, TableRow,
    Text, Timestamp, Value,
};

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

    /// The previous row of `table` with this run's changes (but its
    /// `run_id`), or None when it is not kept (see the module docs).
    fn keep(&self, table: TableName, row: Row) -> Option<Row> {
        match table {
            TableName::Policy => {
                let mut policy = PolicyRow::from_row(&row).ok()?;
                let listed = self.policies.get(policy.policy_id.as_str())?;
                if self.content_read.contains(policy.policy_id.as_str()) {
                    return None;
                }
                if let Some(arn) = listed.arn() {
                    policy.arn = arn.into();
                }
                policy.name = listed.name().map(Text::from);
                policy.description = listed.description().map(Text::from);
                if let Some(kind) = listed.r#type() {
                    policy.r#type = kind.as_str().into();
                }
                policy.aws_managed = listed.aws_managed();
                Some(policy.into_row())
            }
            TableName::PolicyTarget => {
                let mut target = PolicyTargetRow::from_row(&row).ok()?;
                let kept = self.policies.contains_key(target.policy_id.as_str())
                    && !self.targets_read.contains(target.policy_id.as_str())
                    && self.resource_exists(&target.target_id);
                if !kept {
                    return None;
                }
                match self.tree.names.get(target.target_id.as_str()) {
                    Some(name) => {
                        target.target_name = name.as_deref().map(Text::from);
                        Some(target.into_row())
                    }
                    None => Some(row),
                }
            }
            _ => {
                // The other carried tables belong to an account or resource
                // (their owner column).
                let id = table.text(&row, table.def().owner?)?;
                let (exists, read) = match table {
                    TableName::Tag => (self.resource_exists(id), self.tags_read),
                    TableName::AlternateContact
                    | TableName::AccountAccess
                    | TableName::AccountInformation
                    | TableName::AccountRegion
                    | TableName::AccountContact => (self.account_exists(id), self.accounts_read),
                    TableName::EffectivePolicy => (self.account_exists(id), self.effective_read),
                    _ => return None,
                };
                (exists && !read.contains(id)).then_some(row)
            }
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
    // One text shared by every kept row.
    let run_id = Text::from(run_id);
    for (&table, rows) in tables.iter_mut() {
        let previous_rows = previous.tables.remove(&table).unwrap_or_default();
        let def = table.def();
        if table == TableName::OrganizationalUnit {
            let previous: BTreeMap<Text, Option<Timestamp>> = previous_rows
                .iter()
                .filter_map(|r| OrganizationalUnitRow::from_row(r).ok())
                .map(|ou| (ou.ou_id, ou.fetched_at))
                .collect();
            for row in rows.iter_mut() {
                let Ok(ou) = OrganizationalUnitRow::from_row(row) else { continue };
                if carry.tree.carried_ous.contains(ou.ou_id.as_str())
                    && let Some(&fetched_at) = previous.get(&ou.ou_id)
                {
                    *row = OrganizationalUnitRow { fetched_at, ..ou }.into_row();
                }
            }
            continue;
        }
        let run_column = def.column_index(RUN_ID).expect("every data table has run_id");
        let kept: Vec<Row> = previous_rows
            .into_iter()
            .filter_map(|row| carry.keep(table, row))
            .map(|mut row| {
                row[run_column] = Value::Text(run_id.clone());
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
