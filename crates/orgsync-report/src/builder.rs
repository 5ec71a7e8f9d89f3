//! [`SnapshotBuilder`]: builds a [`Snapshot`] from a few typed calls
//! (root, OU, account, policy, attachment, tag, contact, error row), filling every
//! contract column — ids paths, depths, ARNs — the way the extractor does.
//!
//! Tests and examples use it to describe an organization in a few lines
//! instead of spelling out rows column by column.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, TimeZone, Utc};
use orgsync_schema::{
    AccountRow, AlternateContactRow, ErrorRecord, Json, OrganizationRow, OrganizationalUnitRow,
    PolicyRow, PolicyTargetRow, RootRow, Row, RunRecord, RunStatus, Snapshot, TableName, TableRow,
    TagRow, Text, Value,
};

/// Builds one organization's snapshot. See the module docs.
#[derive(Debug, Clone)]
pub struct SnapshotBuilder {
    org_id: String,
    run_id: String,
    management_account_id: String,
    started_at: DateTime<Utc>,
    /// id → (parent id, name) for roots (parent None) and OUs.
    containers: Vec<(String, Option<String>, String)>,
    tables: BTreeMap<TableName, Vec<Row>>,
    errors: Vec<ErrorRecord>,
    omitted: Vec<TableName>,
    organization: Vec<(String, Value)>,
}

fn row(table: TableName, values: &[(&str, Value)]) -> Row {
    let def = table.def();
    let mut row = vec![Value::Null; def.columns.len()];
    for (name, value) in values {
        let i =
            def.column_index(name).unwrap_or_else(|| panic!("{} has no column {name}", def.name));
        row[i] = value.clone();
    }
    row
}

impl SnapshotBuilder {
    /// An empty organization; `management_account_id` is only recorded in
    /// the organization row (add the account itself with [`Self::account`]).
    pub fn new(org_id: &str, run_id: &str, management_account_id: &str) -> Self {
        Self {
            org_id: org_id.to_owned(),
            run_id: run_id.to_owned(),
            management_account_id: management_account_id.to_owned(),
            started_at: Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().expect("a valid date"),
            containers: Vec::new(),
            tables: BTreeMap::new(),
            errors: Vec::new(),
            omitted: Vec::new(),
            organization: Vec::new(),
        }
    }

    /// Sets the run's start time (the finish time is one minute later).
    #[must_use]
    pub fn started_at(mut self, at: DateTime<Utc>) -> Self {
        self.started_at = at;
        self
    }

    fn arn(&self, kind: &str, id: &str) -> String {
        format!("arn:aws:organizations::{}:{kind}/{}/{id}", self.management_account_id, self.org_id)
    }

    /// Adds a typed row.
    fn add<R: TableRow>(&mut self, row: R) {
        self.tables.entry(R::TABLE).or_default().push(row.into_row());
    }

    fn org(&self) -> Text {
        self.org_id.as_str().into()
    }

    fn run(&self) -> Text {
        self.run_id.as_str().into()
    }

    fn push(&mut self, table: TableName, values: &[(&str, Value)]) {
        let mut values = values.to_vec();
        values.push((orgsync_schema::ORG_ID, Value::text(&self.org_id)));
        values.push((orgsync_schema::RUN_ID, Value::text(&self.run_id)));
        self.tables.entry(table).or_default().push(row(table, &values));
    }

    /// (depth, id path with trailing slash, name path) of a root or OU.
    fn place(&self, id: &str) -> (i64, String, String) {
        let by_id: HashMap<&str, (Option<&str>, &str)> = self
            .containers
            .iter()
            .map(|(i, p, n)| (i.as_str(), (p.as_deref(), n.as_str())))
            .collect();
        let mut chain = vec![id];
        let mut current = id;
        while let Some((Some(parent), _)) = by_id.get(current) {
            chain.push(parent);
            current = parent;
        }
        chain.reverse();
        let ids: String = chain.iter().map(|c| format!("{c}/")).collect();
        let names: Vec<&str> = chain.iter().map(|c| by_id.get(c).map_or(*c, |(_, n)| *n)).collect();
        (chain.len() as i64 - 1, format!("{}/{ids}", self.org_id), names.join("/"))
    }

    /// Adds a root (with SCPs and tag policies enabled).
    #[must_use]
    pub fn root(mut self, root_id: &str, name: &str) -> Self {
        self.containers.push((root_id.to_owned(), None, name.to_owned()));
        let arn = self.arn("root", root_id);
        self.add(RootRow {
            org_id: self.org(),
            root_id: root_id.into(),
            arn: arn.into(),
            name: Some(name.into()),
            policy_types: Json(r#"[{"type":"SERVICE_CONTROL_POLICY","status":"ENABLED"},{"type":"TAG_POLICY","status":"ENABLED"}]"#.into()),
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Adds an OU under a root or OU added before.
    #[must_use]
    pub fn ou(mut self, ou_id: &str, name: &str, parent_id: &str) -> Self {
        self.containers.push((ou_id.to_owned(), Some(parent_id.to_owned()), name.to_owned()));
        let (depth, path, name_path) = self.place(ou_id);
        let arn = self.arn("ou", ou_id);
        self.add(OrganizationalUnitRow {
            org_id: self.org(),
            ou_id: ou_id.into(),
            arn: arn.into(),
            name: Some(name.into()),
            parent_id: parent_id.into(),
            depth,
            path: path.into(),
            name_path: name_path.into(),
            aws_path: None,
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Adds an account under a root or OU added before.
    #[must_use]
    pub fn account(
        mut self,
        account_id: &str,
        name: &str,
        email: &str,
        state: &str,
        parent_id: &str,
    ) -> Self {
        let (parent_depth, parent_path, _) = self.place(parent_id);
        let arn = format!(
            "arn:aws:organizations::{}:account/{}/{account_id}",
            self.management_account_id, self.org_id
        );
        let management = account_id == self.management_account_id;
        let joined = self.started_at - chrono::Duration::days(30);
        self.add(AccountRow {
            org_id: self.org(),
            account_id: account_id.into(),
            arn: arn.into(),
            name: Some(name.into()),
            email: Some(email.into()),
            state: Some(state.into()),
            status: None,
            joined_method: Some(if management { "INVITED" } else { "CREATED" }.into()),
            joined_timestamp: Some(joined),
            parent_id: parent_id.into(),
            depth: parent_depth + 1,
            path: format!("{parent_path}{account_id}/").into(),
            is_management_account: management,
            aws_paths: None,
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Adds a policy with its document.
    #[must_use]
    pub fn policy(mut self, policy_id: &str, name: &str, policy_type: &str, content: &str) -> Self {
        let aws_managed = policy_id == "p-FullAWSAccess";
        let arn = if aws_managed {
            format!("arn:aws:organizations::aws:policy/service_control_policy/{policy_id}")
        } else {
            self.arn(&format!("policy/{}", policy_type.to_lowercase()), policy_id)
        };
        self.add(PolicyRow {
            org_id: self.org(),
            policy_id: policy_id.into(),
            arn: arn.into(),
            name: Some(name.into()),
            description: Some(format!("{name} policy").into()),
            r#type: policy_type.into(),
            aws_managed,
            content: Some(content.into()),
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    fn target_type_and_name(&self, target_id: &str) -> (&'static str, Option<String>) {
        if let Some((_, parent, name)) = self.containers.iter().find(|(i, _, _)| i == target_id) {
            return (
                if parent.is_none() { "ROOT" } else { "ORGANIZATIONAL_UNIT" },
                Some(name.clone()),
            );
        }
        let name = self
            .tables
            .get(&TableName::Account)
            .and_then(|rows| {
                rows.iter()
                    .filter_map(|r| AccountRow::from_row(r).ok())
                    .find(|a| a.account_id == target_id)
            })
            .and_then(|a| a.name.map(String::from));
        ("ACCOUNT", name)
    }

    /// Attaches a policy to a root, OU or account added before.
    #[must_use]
    pub fn attach(mut self, policy_id: &str, target_id: &str) -> Self {
        let (target_type, target_name) = self.target_type_and_name(target_id);
        self.add(PolicyTargetRow {
            org_id: self.org(),
            policy_id: policy_id.into(),
            target_id: target_id.into(),
            target_type: target_type.into(),
            target_name: target_name.map(Text::from),
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Tags a resource (`resource_type`: ACCOUNT, ORGANIZATIONAL_UNIT, ROOT
    /// or POLICY).
    #[must_use]
    pub fn tag(mut self, resource_id: &str, resource_type: &str, key: &str, value: &str) -> Self {
        self.add(TagRow {
            org_id: self.org(),
            resource_id: resource_id.into(),
            resource_type: resource_type.into(),
            key: key.into(),
            value: value.into(),
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Sets an alternate contact of an account.
    #[must_use]
    pub fn contact(
        mut self,
        account_id: &str,
        contact_type: &str,
        name: &str,
        email: &str,
        phone: &str,
    ) -> Self {
        self.add(AlternateContactRow {
            org_id: self.org(),
            account_id: account_id.into(),
            contact_type: contact_type.into(),
            name: Some(name.into()),
            title: None,
            email_address: Some(email.into()),
            phone_number: Some(phone.into()),
            run_id: self.run(),
            fetched_at: None,
        });
        self
    }

    /// Records an `orgsync_error` row (the run becomes `partial`).
    #[must_use]
    pub fn error(
        mut self,
        table_name: &str,
        resource_id: Option<&str>,
        api_operation: &str,
        error_code: &str,
    ) -> Self {
        self.errors.push(ErrorRecord {
            table_name: table_name.to_owned(),
            resource_id: resource_id.map(str::to_owned),
            api_operation: api_operation.to_owned(),
            error_code: error_code.to_owned(),
            message: None,
        });
        self
    }

    /// Keeps a table in the snapshot even without rows: read, nothing found.
    #[must_use]
    pub fn read_empty(mut self, table: TableName) -> Self {
        self.tables.entry(table).or_default();
        self
    }

    /// Drops a table from the snapshot, as if it had not been extracted.
    #[must_use]
    pub fn without(mut self, table: TableName) -> Self {
        self.omitted.push(table);
        self
    }

    /// Sets a column of the organization row (e.g. `feature_set`).
    #[must_use]
    pub fn organization(mut self, column: &str, value: Value) -> Self {
        self.organization.push((column.to_owned(), value));
        self
    }

    /// Adds a row to any table, its cells given by column name (`org_id`
    /// and `run_id` are filled in).
    #[must_use]
    pub fn row(mut self, table: TableName, values: &[(&str, Value)]) -> Self {
        self.push(table, values);
        self
    }

    /// The finished snapshot (a succeeded run with row counts).
    pub fn build(mut self) -> Snapshot {
        let org_arn = format!(
            "arn:aws:organizations::{}:organization/{}",
            self.management_account_id, self.org_id
        );
        let management_arn = format!(
            "arn:aws:organizations::{m}:account/{o}/{m}",
            m = self.management_account_id,
            o = self.org_id
        );
        self.add(OrganizationRow {
            org_id: self.org(),
            arn: org_arn.into(),
            feature_set: Some("ALL".into()),
            management_account_id: Some(self.management_account_id.as_str().into()),
            management_account_arn: Some(management_arn.into()),
            management_account_email: None,
            run_id: self.run(),
            fetched_at: None,
        });
        let organization = std::mem::take(&mut self.organization);
        if let Some(row) = self.tables.get_mut(&TableName::Organization).and_then(|t| t.last_mut())
        {
            let def = TableName::Organization.def();
            for (column, value) in organization {
                let i = def.column_index(&column).unwrap_or_else(|| panic!("no column {column}"));
                row[i] = value;
            }
        }
        for table in [
            TableName::Root,
            TableName::OrganizationalUnit,
            TableName::Account,
            TableName::Tag,
            TableName::AlternateContact,
            TableName::Policy,
            TableName::PolicyTarget,
        ] {
            self.tables.entry(table).or_default();
        }
        for table in &self.omitted {
            self.tables.remove(table);
        }
        let counts = self
            .tables
            .iter()
            .map(|(t, rows)| (t.as_str().to_owned(), rows.len() as u64))
            .collect();
        Snapshot {
            run: RunRecord {
                run_id: self.run_id,
                org_id: self.org_id,
                started_at: self.started_at,
                finished_at: Some(self.started_at + chrono::Duration::minutes(1)),
                status: if self.errors.is_empty() {
                    RunStatus::Succeeded
                } else {
                    RunStatus::Partial
                },
                tool_version: env!("CARGO_PKG_VERSION").to_owned(),
                config_fingerprint: "builder".to_owned(),
                scope: None,
                api_calls: 0,
                throttled_calls: 0,
                retried_calls: 0,
                counts,
                accounts_read_as_member: None,
                accounts_read_through_management: None,
                refresh: None,
            },
            tables: self.tables,
            errors: self.errors,
        }
    }
}
