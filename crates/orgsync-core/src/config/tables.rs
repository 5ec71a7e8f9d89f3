//! Which tables a run extracts: `include` / `exclude` resolution and the
//! dependencies between tables.
//!
//! A table depends on the tables whose rows it refers to (a tag refers to
//! the account, OU, root or policy it is attached to; a policy target to the
//! policy and the target…). Including a table pulls its dependencies in;
//! excluding a table removes exactly that table from what is written.
//!
//! A derived table (`aws_organizations_policy_applicability`,
//! `orgsync_finding`) is computed
//! from the rows of its dependencies: they are read even when excluded
//! (see [`crate::tables::Wanted::from_tables`]), and only written when not.

use std::collections::BTreeSet;

use orgsync_schema::{BOOKKEEPING_TABLES, DATA_TABLES, TableName};

/// Prefix of every data table name; `include`/`exclude` also accept names without it.
const TABLE_PREFIX: &str = "aws_organizations_";

/// The tables whose rows `table` refers to (direct dependencies, as its
/// declaration says).
pub fn table_dependencies(table: TableName) -> &'static [TableName] {
    table.def().depends_on
}

/// `tables` with every dependency added, transitively.
pub fn with_dependencies(tables: &BTreeSet<TableName>) -> BTreeSet<TableName> {
    let mut all = tables.clone();
    let mut pending: Vec<TableName> = tables.iter().copied().collect();
    while let Some(table) = pending.pop() {
        for dep in table_dependencies(table) {
            if all.insert(*dep) {
                pending.push(*dep);
            }
        }
    }
    all
}

/// What a name in `include`/`exclude` refers to.
pub(crate) enum TableLookup {
    /// A data table.
    Data(TableName),
    /// A bookkeeping table (always written, cannot be chosen).
    Bookkeeping(&'static str),
    /// Not a table; with the closest name when one is close.
    Unknown(Option<&'static str>),
}

/// Resolves a table name (full `aws_organizations_account` or short `account`).
pub(crate) fn lookup_table(name: &str) -> TableLookup {
    let trimmed = name.trim();
    let full = if trimmed.starts_with(TABLE_PREFIX) || trimmed.starts_with("orgsync_") {
        trimmed.to_owned()
    } else {
        format!("{TABLE_PREFIX}{trimmed}")
    };
    if let Some(def) = DATA_TABLES.iter().find(|t| t.name == full) {
        return TableLookup::Data(def.id);
    }
    if let Some(def) = BOOKKEEPING_TABLES.iter().find(|t| t.name == trimmed) {
        return TableLookup::Bookkeeping(def.name);
    }
    let short_name = full.trim_start_matches(TABLE_PREFIX);
    let short_names = DATA_TABLES.iter().map(|t| t.name.trim_start_matches(TABLE_PREFIX));
    let closest = super::keys::closest(short_name, short_names).and_then(|short| {
        DATA_TABLES.iter().map(|t| t.name).find(|n| n.trim_start_matches(TABLE_PREFIX) == short)
    });
    TableLookup::Unknown(closest)
}

/// Every data table that is extracted when nothing is included explicitly.
pub(crate) fn default_tables() -> BTreeSet<TableName> {
    DATA_TABLES.iter().filter(|t| !t.opt_in).map(|t| t.id).collect()
}

/// Names of all data tables, for messages.
pub(crate) fn data_table_names() -> String {
    DATA_TABLES.iter().map(|t| t.name).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependencies_are_closed_and_acyclic() {
        for def in DATA_TABLES {
            let closure = with_dependencies(&BTreeSet::from([def.id]));
            assert!(closure.contains(&TableName::Organization), "{}", def.name);
            for dep in table_dependencies(def.id) {
                assert!(
                    !table_dependencies(*dep).contains(&def.id),
                    "cycle {} <-> {:?}",
                    def.name,
                    dep
                );
            }
        }
    }

    #[test]
    fn policy_applicability_pulls_in_and_reads_its_inputs() {
        use TableName::*;
        let closure = with_dependencies(&BTreeSet::from([PolicyApplicability]));
        for input in [Root, OrganizationalUnit, Account, Policy, PolicyTarget] {
            assert!(closure.contains(&input), "{input:?}");
        }
        // Inputs excluded from what is written are still read for the derivation.
        let want = crate::tables::Wanted::from_tables(
            &BTreeSet::from([Organization, PolicyApplicability]),
            false,
        );
        assert!(
            want.has(TableName::Account)
                && want.has(TableName::OrganizationalUnit)
                && want.has(TableName::Policy)
                && want.has(TableName::PolicyTarget)
        );
        assert!(!want.has(TableName::Tag) && !want.has(TableName::AlternateContact));
        assert!(matches!(
            lookup_table("policy_applicability"),
            TableLookup::Data(PolicyApplicability)
        ));
    }

    #[test]
    fn short_and_full_names_resolve() {
        assert!(matches!(lookup_table("account"), TableLookup::Data(TableName::Account)));
        assert!(matches!(lookup_table("aws_organizations_tag"), TableLookup::Data(TableName::Tag)));
        assert!(matches!(lookup_table("orgsync_run"), TableLookup::Bookkeeping("orgsync_run")));
        assert!(matches!(
            lookup_table("acount"),
            TableLookup::Unknown(Some("aws_organizations_account"))
        ));
        assert!(matches!(lookup_table("zzzzzz"), TableLookup::Unknown(None)));
    }
}
