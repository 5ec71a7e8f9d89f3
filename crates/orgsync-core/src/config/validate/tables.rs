//! The tables section: `include`, `exclude` and the switches that add tables
//! (`effective_policies`, `account_details`, `primary_contacts`, a
//! sub-account chain), with dependencies pulled in.

use std::collections::BTreeSet;

use orgsync_schema::TableName;

use super::Validator;
use crate::config::keys::*;
use crate::config::problem::show_str;
use crate::config::tables::{self, TableLookup};

/// The tables to write and whether effective policies are on.
pub(super) struct Tables {
    pub tables: BTreeSet<TableName>,
    pub effective_policies: bool,
}

impl Validator<'_> {
    /// Checks the table keys; `sub_chain` says whether a valid sub-account
    /// chain is configured.
    pub(super) fn tables(&mut self, sub_chain: bool) -> Tables {
        let mut effective_policies = self.bool(EFFECTIVE_POLICIES).unwrap_or(false);
        let account_details = self.bool(ACCOUNT_DETAILS).unwrap_or(false);
        let primary_contacts = self.bool(PRIMARY_CONTACTS).unwrap_or(false);
        let include = self.table_list(INCLUDE);
        let exclude = self.table_list(EXCLUDE);
        let mut tables = BTreeSet::new();
        if let (Some(include), Some(exclude)) = (&include, &exclude) {
            if include.contains(&TableName::EffectivePolicy) {
                effective_policies = true;
            }
            if include.contains(&TableName::AccountAccess) && !sub_chain {
                self.report(
                    INCLUDE,
                    format!(
                        "includes {}, which needs `{SUB_ACCOUNT_CHAIN}`",
                        TableName::AccountAccess.as_str()
                    ),
                );
            }
            for both in include.intersection(exclude) {
                self.report(
                    EXCLUDE,
                    format!(
                        "excludes {}, which `include` names too; name it in one of them",
                        both.as_str()
                    ),
                );
            }
            let mut requested =
                if include.is_empty() { tables::default_tables() } else { include.clone() };
            if effective_policies {
                requested.insert(TableName::EffectivePolicy);
            }
            if account_details {
                requested.extend([TableName::AccountInformation, TableName::AccountRegion]);
            }
            if primary_contacts {
                requested.insert(TableName::AccountContact);
            }
            if sub_chain {
                requested.insert(TableName::AccountAccess);
            }
            tables = tables::with_dependencies(&requested);
            tables.retain(|t| !exclude.contains(t));
            if tables.is_empty() {
                self.report(EXCLUDE, "excludes every table; nothing would be extracted");
            }
        }
        Tables { tables, effective_policies }
    }

    /// `include`/`exclude`: table names (full or without `aws_organizations_`).
    fn table_list(&mut self, key: &str) -> Option<BTreeSet<TableName>> {
        if !self.raw.entries.contains_key(key) {
            return Some(BTreeSet::new());
        }
        let list = self.list(key)?;
        let mut tables = BTreeSet::new();
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let Some(name) = entry else {
                self.report(key, format!("entry {} is empty", index + 1));
                ok = false;
                continue;
            };
            match tables::lookup_table(name) {
                TableLookup::Data(t) => {
                    tables.insert(t);
                }
                TableLookup::Bookkeeping(n) => {
                    self.report(
                        key,
                        format!("names {n}, which is always written and cannot be chosen"),
                    );
                    ok = false;
                }
                TableLookup::Unknown(close) => {
                    let hint = match close {
                        Some(c) => format!("did you mean `{c}`?"),
                        None => format!("the tables are {}", tables::data_table_names()),
                    };
                    self.report(key, format!("{} is not a table; {hint}", show_str(name)));
                    ok = false;
                }
            }
        }
        ok.then_some(tables)
    }
}
