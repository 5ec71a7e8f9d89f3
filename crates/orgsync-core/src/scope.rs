//! Scoped runs (`organizational_unit_ids`, `exclude_organizational_unit_ids`,
//! `exclude_account_ids`) replace only their scope's rows.
//!
//! A destination replaces an organization's snapshot as a whole, so a scoped
//! run writes the previous snapshot's rows that lie outside its scope
//! together with what it read ([`merge`]); two scoped runs of disjoint OUs
//! into one destination therefore keep each other's rows, and the derived
//! tables are computed from the merged rows. What a scoped run reads:
//!
//! | table | read by a scoped run | previous rows kept |
//! |---|---|---|
//! | organization, roots | all | none |
//! | organizational units, accounts | the scope's subtrees (and the OUs above an included OU) | those outside the scope (by their path) and not read now |
//! | tags | of the resources read (roots and policies: all) | of OUs and accounts outside the scope |
//! | alternate contacts, effective policies, account access, account information, Regions and contacts | the scope's accounts | other accounts' |
//! | policies, policy targets, enabled services, delegated administrators and services | all (their cost does not grow with the accounts) | none |
//!
//! Scoped runs of one organization into one destination should not overlap
//! in time: each writes the rows the other had not committed yet as they
//! were before.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use orgsync_schema::{
    AccountRow, OrganizationalUnitRow, RUN_ID, Row, Scope, Snapshot, TableName, TableRow, TagRow,
    Text, Value,
};

/// Reads the latest committed snapshot of an organization from the
/// destination: `Ok(None)` when it holds none. A scoped run needs it; a
/// failure to read it fails the run rather than dropping other scopes' rows.
#[derive(Clone)]
pub struct PreviousSnapshot(Arc<PreviousFn>);

/// Why the previous snapshot could not be read: the destination's own error,
/// with its causes.
pub type PreviousError = Box<dyn std::error::Error + Send + Sync>;

type PreviousFn = dyn Fn(String) -> Pin<Box<dyn Future<Output = Result<Option<Snapshot>, PreviousError>> + Send>>
    + Send
    + Sync;

impl PreviousSnapshot {
    /// Wraps the look-up (given the organization id).
    pub fn new<F, Fut>(read: F) -> Self
    where
        F: Fn(String) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Option<Snapshot>, PreviousError>> + Send + 'static,
    {
        Self(Arc::new(move |org_id| Box::pin(read(org_id))))
    }

    /// The previous snapshot of `org_id`.
    pub async fn read(&self, org_id: &str) -> Result<Option<Snapshot>, PreviousError> {
        (self.0)(org_id.to_owned()).await
    }
}

impl fmt::Debug for PreviousSnapshot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PreviousSnapshot(..)")
    }
}

impl PartialEq for PreviousSnapshot {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The OUs and accounts whose rows this run replaces: those of the previous
/// snapshot inside the scope (by their path) and those read now.
fn owned_ids(
    previous: &Snapshot,
    current: &BTreeMap<TableName, Vec<Row>>,
    scope: &Scope,
) -> BTreeSet<String> {
    /// (id, path) of each row of the OU or account table.
    fn placed<'r, R: TableRow + 'r>(
        rows: impl IntoIterator<Item = &'r Row>,
        place: fn(R) -> (Text, Text),
    ) -> impl Iterator<Item = (Text, Text)> {
        rows.into_iter().filter_map(|row| R::from_row(row).ok()).map(place)
    }
    let ou = |r: OrganizationalUnitRow| (r.ou_id, r.path);
    let account = |r: AccountRow| (r.account_id, r.path);
    let now = |table: TableName| current.get(&table).into_iter().flatten();
    let inside = |(_, path): &(Text, Text)| scope.contains_path(path);
    placed(previous.rows(TableName::OrganizationalUnit), ou)
        .filter(inside)
        .chain(placed(previous.rows(TableName::Account), account).filter(inside))
        .chain(placed(now(TableName::OrganizationalUnit), ou))
        .chain(placed(now(TableName::Account), account))
        .map(|(id, _)| id.into())
        .collect()
}

/// The rows a scoped run writes: per table it read, its rows plus the
/// previous rows outside its scope (see the module docs), sorted by key.
/// The kept rows are written again by this run, so their `run_id` becomes
/// `run_id` (the previous run's history keeps them as they were).
pub fn merge(
    previous: &Snapshot,
    mut current: BTreeMap<TableName, Vec<Row>>,
    scope: &Scope,
    run_id: &str,
) -> BTreeMap<TableName, Vec<Row>> {
    let owned = owned_ids(previous, &current, scope);
    for (&table, rows) in &mut current {
        let Some(owner) = table.def().owner else { continue };
        let def = table.def();
        let key_columns: Vec<usize> =
            def.primary_key.iter().filter_map(|c| def.column_index(c)).collect();
        let key = |row: &Row| -> Vec<String> {
            key_columns.iter().map(|&i| row[i].as_str().unwrap_or_default().to_owned()).collect()
        };
        let read_now: BTreeSet<Vec<String>> = rows.iter().map(key).collect();
        let whole_resource_type = |row: &Row| {
            table == TableName::Tag
                && TagRow::from_row(row)
                    .is_ok_and(|t| t.resource_type == "ROOT" || t.resource_type == "POLICY")
        };
        let run_column = def.column_index(RUN_ID);
        let run_id = Text::from(run_id);
        let kept = previous
            .rows(table)
            .iter()
            .filter(|row| {
                let replaced = table.text(row, owner).is_some_and(|id| owned.contains(id))
                    || whole_resource_type(row);
                !replaced && !read_now.contains(&key(row))
            })
            .map(|row| {
                let mut row = row.clone();
                if let Some(i) = run_column {
                    row[i] = Value::Text(run_id.clone());
                }
                row
            });
        rows.extend(kept);
        crate::tables::sort_by_primary_key(table, rows);
    }
    current
}
