//! Every table of the output contract: names, columns, logical types, keys.
//!
//! The order of [`ALL_TABLES`] is the order in which destinations create and
//! write tables and in which `orgsync schema` prints them.

use serde::Serialize;

use crate::cell::{Cell, Json, RowError, TableRow, Text, Timestamp, decode};
use crate::{Row, Value};

/// Version of the table contract implemented by this build.
pub const SCHEMA_VERSION: u32 = 6;

/// Logical column type; each destination maps it to its own physical type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ColumnType {
    /// UTF-8 text.
    Text,
    /// 64-bit signed integer.
    Integer,
    /// Boolean (0/1 in SQLite).
    Boolean,
    /// Instant in UTC.
    Timestamp,
    /// JSON document (text in SQLite/CSV/JSONL, `jsonb` in PostgreSQL).
    Json,
}

/// The columns that describe the run that wrote a row rather than the
/// organization (`run_id`, `fetched_at`): two reads of the same
/// organization differ only there.
pub const RUN_COLUMNS: [&str; 2] = [RUN_ID, FETCHED_AT];

/// The column of every table naming the organization (`org_id`).
pub const ORG_ID: &str = "org_id";
/// The column of every table naming the run that wrote the row (`run_id`).
pub const RUN_ID: &str = "run_id";
/// The last column of every data table: when the row was read (`fetched_at`).
pub const FETCHED_AT: &str = "fetched_at";

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ColumnDef {
    /// Column name, fixed by the contract.
    pub name: &'static str,
    /// Logical type.
    #[serde(rename = "type")]
    pub ty: ColumnType,
    /// Whether the column may be NULL.
    pub nullable: bool,
    /// One line for users.
    pub description: &'static str,
}

/// A set of tables (a bit per [`TableName`]): which tables a run reads or
/// writes, cheap to copy and to ask.
#[derive(Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct TableSet(u64);

impl TableSet {
    /// No table.
    pub const EMPTY: TableSet = TableSet(0);

    const fn bit(table: TableName) -> u64 {
        1 << table as u32
    }

    /// Whether `table` is in the set.
    pub const fn contains(self, table: TableName) -> bool {
        self.0 & Self::bit(table) != 0
    }

    /// Whether any of `tables` is in the set.
    pub fn contains_any(self, tables: &[TableName]) -> bool {
        tables.iter().any(|t| self.contains(*t))
    }

    /// Adds `table`.
    pub fn insert(&mut self, table: TableName) {
        self.0 |= Self::bit(table);
    }

    /// Removes `table`.
    pub fn remove(&mut self, table: TableName) {
        self.0 &= !Self::bit(table);
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The tables in the set, in [`ALL_TABLES`] order.
    pub fn iter(self) -> impl Iterator<Item = TableName> {
        ALL_TABLES.iter().map(|t| t.id).filter(move |t| self.contains(*t))
    }
}

impl FromIterator<TableName> for TableSet {
    fn from_iter<I: IntoIterator<Item = TableName>>(iter: I) -> Self {
        let mut set = TableSet::EMPTY;
        for table in iter {
            set.insert(table);
        }
        set
    }
}

impl<'a> FromIterator<&'a TableName> for TableSet {
    fn from_iter<I: IntoIterator<Item = &'a TableName>>(iter: I) -> Self {
        iter.into_iter().copied().collect()
    }
}

impl std::fmt::Debug for TableSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter().map(TableName::as_str)).finish()
    }
}

/// One table of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TableDef {
    /// Which table.
    #[serde(skip)]
    pub id: TableName,
    /// Table name as written to every destination.
    pub name: &'static str,
    /// One line for users.
    pub description: &'static str,
    /// Primary key columns (empty for `orgsync_error`).
    pub primary_key: &'static [&'static str],
    /// Columns in row order.
    pub columns: &'static [ColumnDef],
    /// Extracted only when asked for (`effective_policies`, sub-account chain).
    pub opt_in: bool,
    /// The tables whose rows this table's rows refer to (a tag to the
    /// account, OU, root or policy it is on …; a derived table to its
    /// inputs): including the table pulls them in.
    #[serde(skip)]
    pub depends_on: &'static [TableName],
    /// The column naming the OU or account a row belongs to, for the tables
    /// a scoped run (`organizational_unit_ids`) reads only in part; `None`
    /// for tables it reads whole.
    #[serde(skip)]
    pub owner: Option<&'static str>,
}

impl TableDef {
    /// Index of a column by name.
    pub fn column_index(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|c| c.name == name)
    }

    /// Column names in order, without [`RUN_COLUMNS`]: what two reads of
    /// the same organization agree on.
    pub fn content_columns(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.column_names().filter(|c| !RUN_COLUMNS.contains(c))
    }

    /// Column names in order.
    pub fn column_names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|c| c.name)
    }

    /// Looks a table up by its written name.
    pub fn by_name(name: &str) -> Option<&'static TableDef> {
        ALL_TABLES.iter().copied().find(|t| t.name == name)
    }

    /// The definition of a table.
    pub fn get(id: TableName) -> &'static TableDef {
        ALL_TABLES[id as usize]
    }
}

impl TableName {
    /// The definition of this table.
    pub fn def(self) -> &'static TableDef {
        TableDef::get(self)
    }

    /// Written name of this table.
    pub fn as_str(self) -> &'static str {
        self.def().name
    }

    /// The text of the cell `column` of `row`, a row of this table (None
    /// when the table has no such column or the cell is not text).
    pub fn text<'r>(self, row: &'r [crate::Value], column: &str) -> Option<&'r str> {
        row.get(self.def().column_index(column)?)?.as_str()
    }
}

/// Every [`TableName`] fits in a [`TableSet`].
const _: () = assert!((TableName::Error as u32) < 64);

/// The column name a row struct's field stands for (`r#type` is `type`).
/// Used by [`column!`](crate::column); not meant to be called directly.
#[doc(hidden)]
pub const fn column_name(field: &'static str) -> &'static str {
    match field.as_bytes() {
        [b'r', b'#', rest @ ..] => match std::str::from_utf8(rest) {
            Ok(name) => name,
            Err(_) => panic!("a raw identifier is UTF-8"),
        },
        _ => field,
    }
}

/// The name of a column, named by its row struct and field and checked
/// against the table's declaration when compiled:
/// `column!(AlternateContactRow, email_address)` is `"email_address"`.
#[macro_export]
macro_rules! column {
    ($row:path, $column:ident) => {{
        // The column is a field of the row struct, hence a declared column.
        const _: fn(&$row) = |row| {
            let _ = &row.$column;
        };
        $crate::column_name(stringify!($column))
    }};
}

/// `Some(name)` for the scope owner column of a table, `None` without one.
macro_rules! owner_column {
    () => {
        None
    };
    ($owner:ident) => {
        Some(column_name(stringify!($owner)))
    };
}

/// Declares every table once: from each declaration come its
/// [`TableName`] variant, its [`TableDef`], its typed row struct (one field
/// per column, in column order, typed by [`Cell`]: `Option<_>` for a
/// nullable column) with [`TableRow`], and the table lists.
macro_rules! tables {
    ($(
        $(#[doc = $group_doc:literal])*
        $group:ident: [$(
            #[doc = $doc:literal]
            $id:ident($row:ident) {
                name: $name:literal,
                description: $description:literal,
                primary_key: [$($key:ident),* $(,)?],
                opt_in: $opt_in:literal,
                depends_on: [$($dep:ident),* $(,)?],
                owner: [$($owner:ident)?],
                columns: {$($column:ident: $ty:ty = $column_doc:expr),* $(,)?} $(,)?
            }
        ),* $(,)?]
    )*) => {
        /// The name of every table orgsync writes.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        #[serde(rename_all = "snake_case")]
        pub enum TableName {
            $($($id,)*)*
        }

        $($(
            #[doc = $doc]
            #[derive(Debug, Clone, PartialEq)]
            pub struct $row {
                $(
                    #[doc = concat!("Column `", stringify!($column), "`.")]
                    pub $column: $ty,
                )*
            }

            impl $row {
                /// The definition of the table.
                pub const DEF: TableDef = TableDef {
                    id: TableName::$id,
                    name: $name,
                    description: $description,
                    primary_key: &[$(column_name(stringify!($key))),*],
                    columns: &[$(ColumnDef {
                        name: column_name(stringify!($column)),
                        ty: <$ty as Cell>::TYPE,
                        nullable: <$ty as Cell>::NULLABLE,
                        description: $column_doc,
                    }),*],
                    opt_in: $opt_in,
                    depends_on: &[$(TableName::$dep),*],
                    owner: owner_column!($($owner)?),
                };
            }

            impl TableRow for $row {
                const TABLE: TableName = TableName::$id;

                fn into_row(self) -> Row {
                    vec![$(Cell::into_value(self.$column)),*]
                }

                fn from_row(row: &[Value]) -> Result<Self, RowError> {
                    let [$($column),*] = row else {
                        return Err(RowError::Arity { table: $name, found: row.len() });
                    };
                    Ok(Self {
                        $($column: decode($column, TableName::$id, column_name(stringify!($column)))?,)*
                    })
                }
            }

            impl From<$row> for Row {
                fn from(row: $row) -> Row {
                    row.into_row()
                }
            }

            // The key and owner columns are columns of the table.
            const _: fn(&$row) = |row| {
                let _ = row;
                $(let _ = &row.$key;)*
                $(let _ = &row.$owner;)?
            };
        )*)*

        $(
            $(#[doc = $group_doc])*
            pub static $group: &[&TableDef] = &[$(&$row::DEF),*];
        )*

        /// Every table, data tables first.
        pub static ALL_TABLES: &[&TableDef] = &[$($(&$row::DEF,)*)*];

        /// `row` decoded as a row of `table` and turned back into a [`Row`].
        #[cfg(test)]
        fn round_trip(table: TableName, row: &[Value]) -> Result<Row, RowError> {
            match table {
                $($(TableName::$id => $row::from_row(row).map(TableRow::into_row),)*)*
            }
        }
    };
}

const ORG_ID_DOC: &str = "Organization ID, e.g. o-a1b2c3d4e5";
const RUN_ID_DOC: &str = "The run that wrote the row";
/// The last column of every data table (contract version 6).
const FETCHED_AT_DOC: &str = "When the row was last read from AWS: an incremental refresh carries unchanged rows forward with the time they were read; derived rows carry their run's start; NULL in rows written before table contract version 6";

tables! {
    /// Data tables, in write order.
    DATA_TABLES: [
        /// `aws_organizations_organization`
        Organization(OrganizationRow) {
            name: "aws_organizations_organization",
            description: "The organization itself (DescribeOrganization).",
            primary_key: [org_id],
            opt_in: false,
            depends_on: [],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                arn: Text = "Organization ARN",
                feature_set: Option<Text> = "ALL or CONSOLIDATED_BILLING",
                management_account_id: Option<Text> = "Management account ID",
                management_account_arn: Option<Text> = "Management account ARN",
                management_account_email: Option<Text> = "Management account email",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_root`
        Root(RootRow) {
            name: "aws_organizations_root",
            description: "Roots of the organization with their policy types (ListRoots).",
            primary_key: [org_id, root_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                root_id: Text = "Root ID, r-…",
                arn: Text = "Root ARN",
                name: Option<Text> = "Root name",
                policy_types: Json = "JSON array of {\"type\",\"status\"}",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_organizational_unit`
        OrganizationalUnit(OrganizationalUnitRow) {
            name: "aws_organizations_organizational_unit",
            description: "Organizational units, from a walk of the tree from each root.",
            primary_key: [org_id, ou_id],
            opt_in: false,
            depends_on: [Organization, Root],
            owner: [ou_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                ou_id: Text = "OU ID, ou-…",
                arn: Text = "OU ARN",
                name: Option<Text> = "OU name",
                parent_id: Text = "Parent root or OU ID",
                depth: i64 = "Root = 0, top-level OU = 1",
                path: Text = "AWS id path o-…/r-…/ou-…/ with trailing slash",
                name_path: Text = "Names from the root, /-joined (display only)",
                aws_path: Option<Text> = "The Path AWS returned for the OU (NULL when AWS returned none); when it differs from `path`, an orgsync_error row says so",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_account`
        Account(AccountRow) {
            name: "aws_organizations_account",
            description: "Member and management accounts, with their place in the tree.",
            primary_key: [org_id, account_id],
            opt_in: false,
            depends_on: [Organization, Root, OrganizationalUnit],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "12-digit account ID",
                arn: Text = "Account ARN",
                name: Option<Text> = "Account name",
                email: Option<Text> = "Root user email",
                state: Option<Text> = "ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED, PENDING_ACTIVATION",
                status: Option<Text> = "Legacy status, NULL when AWS omits it",
                joined_method: Option<Text> = "INVITED or CREATED",
                joined_timestamp: Option<Timestamp> = "When the account joined",
                parent_id: Text = "Parent root or OU ID",
                depth: i64 = "Parent's depth + 1, the root being 0",
                path: Text = "AWS id path ending in the account ID and a slash",
                is_management_account: bool = "Whether this is the management account",
                aws_paths: Option<Json> = "JSON array of the Paths AWS returned for the account (AWS's model allows more than one); NULL when AWS returned none; when `path` is not among them, an orgsync_error row says so",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_tag`
        Tag(TagRow) {
            name: "aws_organizations_tag",
            description: "Tags on accounts, OUs, roots and policies.",
            primary_key: [org_id, resource_id, key],
            opt_in: false,
            depends_on: [Organization, Root, OrganizationalUnit, Account, Policy],
            owner: [resource_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                resource_id: Text = "Tagged resource ID",
                resource_type: Text = "ACCOUNT, ORGANIZATIONAL_UNIT, ROOT or POLICY",
                key: Text = "Tag key",
                value: Text = "Tag value",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_alternate_contact`
        AlternateContact(AlternateContactRow) {
            name: "aws_organizations_alternate_contact",
            description: "Alternate contacts that are set (one row per contact; none when unset).",
            primary_key: [org_id, account_id, contact_type],
            opt_in: false,
            depends_on: [Organization, Account],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                contact_type: Text = "BILLING, OPERATIONS or SECURITY",
                name: Option<Text> = "Contact name",
                title: Option<Text> = "Contact title",
                email_address: Option<Text> = "Contact email",
                phone_number: Option<Text> = "Contact phone",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_policy`
        Policy(PolicyRow) {
            name: "aws_organizations_policy",
            description: "Policies of every type, AWS-managed included, with their documents verbatim.",
            primary_key: [org_id, policy_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                policy_id: Text = "Policy ID, p-…",
                arn: Text = "Policy ARN",
                name: Option<Text> = "Policy name",
                description: Option<Text> = "Policy description",
                r#type: Text = "Policy type, e.g. SERVICE_CONTROL_POLICY",
                aws_managed: bool = "Whether AWS manages the policy",
                content: Option<Text> = "The policy document exactly as AWS returned it",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_policy_target`
        PolicyTarget(PolicyTargetRow) {
            name: "aws_organizations_policy_target",
            description: "Where each policy is attached.",
            primary_key: [org_id, policy_id, target_id],
            opt_in: false,
            depends_on: [Organization, Policy, Root, OrganizationalUnit, Account],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                policy_id: Text = "Policy ID",
                target_id: Text = "Root, OU or account ID",
                target_type: Text = "ROOT, ORGANIZATIONAL_UNIT or ACCOUNT",
                target_name: Option<Text> = "Name of the target",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_enabled_service`
        EnabledService(EnabledServiceRow) {
            name: "aws_organizations_enabled_service",
            description: "Service principals with trusted access to the organization.",
            primary_key: [org_id, service_principal],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                service_principal: Text = "e.g. config.amazonaws.com",
                date_enabled: Option<Timestamp> = "When access was enabled",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_delegated_administrator`
        DelegatedAdministrator(DelegatedAdministratorRow) {
            name: "aws_organizations_delegated_administrator",
            description: "Accounts registered as delegated administrators.",
            primary_key: [org_id, account_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                arn: Option<Text> = "Account ARN",
                name: Option<Text> = "Account name",
                email: Option<Text> = "Account email",
                state: Option<Text> = "Account state",
                joined_method: Option<Text> = "INVITED or CREATED",
                joined_timestamp: Option<Timestamp> = "When the account joined",
                delegation_enabled_date: Option<Timestamp> = "When it became a delegated administrator",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_delegated_service`
        DelegatedService(DelegatedServiceRow) {
            name: "aws_organizations_delegated_service",
            description: "Services for which each delegated administrator is registered.",
            primary_key: [org_id, account_id, service_principal],
            opt_in: false,
            depends_on: [Organization, DelegatedAdministrator],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Delegated administrator account ID",
                service_principal: Text = "Service principal",
                delegation_enabled_date: Option<Timestamp> = "When the delegation was enabled",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_effective_policy`
        EffectivePolicy(EffectivePolicyRow) {
            name: "aws_organizations_effective_policy",
            description: "Effective policy per account and type (opt-in: effective_policies = true).",
            primary_key: [org_id, target_id, policy_type],
            opt_in: true,
            depends_on: [Organization, Account],
            owner: [target_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                target_id: Text = "Account ID",
                policy_type: Text = "Policy type",
                content: Option<Text> = "Effective policy document as AWS returned it",
                last_updated: Option<Timestamp> = "When AWS last computed it",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_account_access`
        AccountAccess(AccountAccessRow) {
            name: "aws_organizations_account_access",
            description: "Whether each member account is reachable through sub_account_assume_role_arn_chain.",
            primary_key: [org_id, account_id],
            opt_in: true,
            depends_on: [Organization, Account],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                reachable: bool = "Whether the whole chain was assumed",
                role_arn: Option<Text> = "Role ARN of the last hop",
                error_code: Option<Text> = "Why the account is unreachable or its alias unreadable: the AWS error code, or AccountNotActive for a member that is not ACTIVE",
                error_message: Option<Text> = "The error message behind error_code",
                account_alias: Option<Text> = "IAM account alias, when one is set",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_handshake`
        Handshake(HandshakeRow) {
            name: "aws_organizations_handshake",
            description: "Handshakes of the organization (ListHandshakesForOrganization): invitations and feature-set requests with their state; AWS keeps a closed handshake (ACCEPTED, DECLINED, CANCELED, EXPIRED) for 30 days.",
            primary_key: [org_id, handshake_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                handshake_id: Text = "Handshake ID, h-…",
                arn: Option<Text> = "Handshake ARN",
                action: Option<Text> = "INVITE, ENABLE_ALL_FEATURES, APPROVE_ALL_FEATURES, ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE or TRANSFER_RESPONSIBILITY",
                state: Option<Text> = "REQUESTED, OPEN, CANCELED, ACCEPTED, DECLINED or EXPIRED",
                requested_timestamp: Option<Timestamp> = "When the handshake was requested",
                expiration_timestamp: Option<Timestamp> = "When the handshake expires (or expired)",
                target_id: Option<Text> = "The party other than the organization: the invited account ID or email address",
                target_type: Option<Text> = "ACCOUNT or EMAIL (ORGANIZATION when no other party)",
                parties: Json = "JSON array of {\"id\",\"type\"} as AWS returned them",
                resources: Json = "JSON array of {\"type\",\"value\",\"resources\"} (nested) as AWS returned them",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_create_account_status`
        CreateAccountStatus(CreateAccountStatusRow) {
            name: "aws_organizations_create_account_status",
            description: "Account-creation requests AWS still tracks (ListCreateAccountStatus): in progress, succeeded, or failed with the reason.",
            primary_key: [org_id, request_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                request_id: Text = "Create-account request ID, car-…",
                account_name: Option<Text> = "Name requested for the account",
                state: Option<Text> = "IN_PROGRESS, SUCCEEDED or FAILED",
                requested_timestamp: Option<Timestamp> = "When the request was made",
                completed_timestamp: Option<Timestamp> = "When it completed (NULL while in progress)",
                account_id: Option<Text> = "The new account's ID (when it succeeded)",
                gov_cloud_account_id: Option<Text> = "The paired GovCloud account's ID, if any",
                failure_reason: Option<Text> = "Why it failed, e.g. EMAIL_ALREADY_EXISTS, ACCOUNT_LIMIT_EXCEEDED (NULL unless FAILED)",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_resource_policy`
        ResourcePolicy(ResourcePolicyRow) {
            name: "aws_organizations_resource_policy",
            description: "The organization's resource-based delegation policy (DescribeResourcePolicy); no row when none is set.",
            primary_key: [org_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                policy_id: Text = "Resource policy ID, rp-…",
                arn: Option<Text> = "Resource policy ARN",
                content: Option<Text> = "The policy document exactly as AWS returned it",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_root_access_feature`
        RootAccessFeature(RootAccessFeatureRow) {
            name: "aws_organizations_root_access_feature",
            description: "Centralized root access features enabled for member accounts (IAM ListOrganizationsFeatures); no row for a feature that is off; trusted access for IAM not enabled is one orgsync_error row.",
            primary_key: [org_id, feature],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                feature: Text = "RootCredentialsManagement or RootSessions",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_effective_policy_validation_error`
        EffectivePolicyValidationError(EffectivePolicyValidationErrorRow) {
            name: "aws_organizations_effective_policy_validation_error",
            description: "Why an account's effective management policy fails validation (ListAccountsWithInvalidEffectivePolicy per policy type enabled on a root, then ListEffectivePolicyValidationErrors per account listed); no row for a valid one.",
            primary_key: [org_id, account_id, policy_type, error_number],
            opt_in: false,
            depends_on: [Organization, Account],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account whose effective policy is invalid",
                policy_type: Text = "Management policy type, e.g. BACKUP_POLICY",
                error_number: i64 = "Position of the error in AWS's answer, from 1",
                error_code: Option<Text> = "e.g. ELEMENTS_TOO_MANY",
                error_message: Option<Text> = "The error message",
                path_to_error: Option<Text> = "Where in the effective policy the error is",
                contributing_policies: Json = "JSON array of the policy IDs that contributed",
                evaluation_timestamp: Option<Timestamp> = "When AWS evaluated the effective policy",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_responsibility_transfer`
        ResponsibilityTransfer(ResponsibilityTransferRow) {
            name: "aws_organizations_responsibility_transfer",
            description: "Billing responsibility transfers with other organizations (ListInboundResponsibilityTransfers and ListOutboundResponsibilityTransfers, type BILLING).",
            primary_key: [org_id, direction, transfer_id],
            opt_in: false,
            depends_on: [Organization],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                direction: Text = "INBOUND (this organization manages another's responsibility) or OUTBOUND (another manages this one's)",
                transfer_id: Text = "Transfer ID",
                arn: Option<Text> = "Transfer ARN",
                name: Option<Text> = "Name given to the transfer",
                r#type: Option<Text> = "Responsibility transferred: BILLING",
                status: Option<Text> = "REQUESTED, ACCEPTED, DECLINED, CANCELED, EXPIRED or WITHDRAWN",
                source_management_account_id: Option<Text> = "Management account that hands over the responsibility",
                source_management_account_email: Option<Text> = "Its email",
                target_management_account_id: Option<Text> = "Management account that takes it on",
                target_management_account_email: Option<Text> = "Its email",
                start_timestamp: Option<Timestamp> = "When the transfer starts",
                end_timestamp: Option<Timestamp> = "When the transfer ends",
                active_handshake_id: Option<Text> = "The handshake of the transfer, h-…",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_account_information`
        AccountInformation(AccountInformationRow) {
            name: "aws_organizations_account_information",
            description: "Each ACTIVE account as Account Management knows it (GetAccountInformation, one call per account; opt-in: account_details = true): its creation date, which Organizations does not give.",
            primary_key: [org_id, account_id],
            opt_in: true,
            depends_on: [Organization, Account],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                account_name: Option<Text> = "Account name",
                account_state: Option<Text> = "PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE or CLOSED (NULL when AWS does not say)",
                account_created_date: Option<Timestamp> = "When the account was created (before it joined, for an invited account)",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_account_region`
        AccountRegion(AccountRegionRow) {
            name: "aws_organizations_account_region",
            description: "Every Region of each ACTIVE account with its opt-in status (ListRegions, one call per account; opt-in: account_details = true).",
            primary_key: [org_id, account_id, region_name],
            opt_in: true,
            depends_on: [Organization, Account],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                region_name: Text = "Region code, e.g. af-south-1",
                region_opt_status: Option<Text> = "ENABLED_BY_DEFAULT (cannot be disabled), ENABLED, ENABLING, DISABLING or DISABLED",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_account_contact`
        AccountContact(AccountContactRow) {
            name: "aws_organizations_account_contact",
            description: "The primary contact of each ACTIVE account (GetContactInformation, one call per account). Personal data: opt-in (primary_contacts = true); no row when AWS holds none.",
            primary_key: [org_id, account_id],
            opt_in: true,
            depends_on: [Organization, Account],
            owner: [account_id],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account ID",
                full_name: Option<Text> = "Full name of the primary contact",
                company_name: Option<Text> = "Company name",
                address_line1: Option<Text> = "First line of the address",
                address_line2: Option<Text> = "Second line of the address",
                address_line3: Option<Text> = "Third line of the address",
                city: Option<Text> = "City",
                district_or_county: Option<Text> = "District or county",
                state_or_region: Option<Text> = "State or region",
                postal_code: Option<Text> = "Postal code",
                country_code: Option<Text> = "ISO 3166-1 alpha-2 country code",
                phone_number: Option<Text> = "Phone number",
                website_url: Option<Text> = "Website URL",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `aws_organizations_policy_applicability`
        PolicyApplicability(PolicyApplicabilityRow) {
            name: "aws_organizations_policy_applicability",
            description: "Which policies apply to each account, for every policy type: attached directly or inherited (derived from the snapshot, no extra calls); `unknown` marker rows where the snapshot cannot tell.",
            primary_key: [org_id, account_id, policy_type, policy_id],
            opt_in: false,
            depends_on: [Organization, Root, OrganizationalUnit, Account, Policy, PolicyTarget],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                account_id: Text = "Account the policy applies to",
                policy_type: Text = "Policy type, e.g. SERVICE_CONTROL_POLICY; `*` on a marker row that stands for every type, or for a policy whose type could not be read",
                policy_id: Text = "Policy ID; `*` on an `unknown` marker row that stands for every policy of the type",
                policy_name: Option<Text> = "Policy name (NULL on marker rows and when not read)",
                applies: Text = "direct (attached to the account), inherited (attached to an OU or root above it) or unknown (the snapshot cannot tell, see resolution)",
                source_id: Option<Text> = "Where the policy is attached: the account itself, or the nearest OU/root above it that it is attached to",
                source_type: Option<Text> = "ACCOUNT, ORGANIZATIONAL_UNIT or ROOT",
                source_name: Option<Text> = "Name of the source",
                source_depth: Option<i64> = "Depth of the source: root = 0, top-level OU = 1, the account its own depth",
                attachment_count: Option<i64> = "On how many nodes of the account's path (root, OUs, the account) the policy is attached",
                resolution: Option<Text> = "NULL when resolved; otherwise why not (the orgsync_error behind it: operation, code, resource)",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },

        /// `orgsync_finding`
        Finding(FindingRow) {
            name: "orgsync_finding",
            description: "Organization findings computed from the snapshot (no extra calls): one row per check (ORG-001 …) and affected resource, with severity and a one-line fix.",
            primary_key: [org_id, finding_id, resource_id],
            opt_in: false,
            depends_on: [Organization, Root, OrganizationalUnit, Account, Policy, PolicyTarget, DelegatedAdministrator],
            owner: [],
            columns: {
                org_id: Text = ORG_ID_DOC,
                finding_id: Text = "Stable id of the check, e.g. ORG-005",
                resource_id: Text = "The affected organization, root, OU, account or policy ID",
                title: Text = "What the check looks for",
                severity: Text = "low, medium or high",
                resource_type: Text = "ORGANIZATION, ROOT, ORGANIZATIONAL_UNIT, ACCOUNT or POLICY",
                resource_name: Option<Text> = "Name of the resource",
                message: Text = "What was found",
                fix: Text = "How to fix it, in one line",
                run_id: Text = RUN_ID_DOC,
                fetched_at: Option<Timestamp> = FETCHED_AT_DOC,
            },
        },
    ]

    /// Run bookkeeping tables.
    BOOKKEEPING_TABLES: [
        /// `orgsync_run`
        Run(RunRow) {
            name: "orgsync_run",
            description: "One row per run: status, counters and row counts.",
            primary_key: [run_id],
            opt_in: false,
            depends_on: [],
            owner: [],
            columns: {
                run_id: Text = RUN_ID_DOC,
                org_id: Text = ORG_ID_DOC,
                started_at: Timestamp = "When the run started",
                finished_at: Option<Timestamp> = "When the run ended",
                status: Text = "succeeded, partial or failed",
                tool_version: Text = "orgsync version",
                config_fingerprint: Text = "Hash of the non-secret settings",
                api_calls: i64 = "API calls made",
                throttled_calls: i64 = "Calls answered with throttling",
                retried_calls: i64 = "Calls retried",
                counts: Json = "Row counts per table (JSON object)",
                scope: Option<Json> = "The part of the organization read (JSON object of organizational_unit_ids, exclude_organizational_unit_ids, exclude_account_ids); NULL for the whole organization",
                accounts_read_as_member: Option<i64> = "Accounts whose per-account Account API reads (alternate contacts, account information, regions, primary contact) were made in their own session (account_reads); NULL when none were read",
                accounts_read_through_management: Option<i64> = "Accounts whose per-account Account API reads went through the management session; NULL when none were read",
                refresh: Option<Text> = "full or incremental (`refresh`); NULL in runs written before table contract version 6",
                refresh_reason: Option<Text> = "Why a run with `refresh = \"auto\"` read everything (no usable previous snapshot, watermark too old, events unavailable …); NULL otherwise",
                watermark: Option<Timestamp> = "The time up to which the organization's changes are reflected (the run's start); the next incremental run reads the events from here, less the overlap",
                events_read: Option<i64> = "CloudTrail events read by an incremental run; NULL for a full run",
                rows_reread: Option<i64> = "Data rows an incremental run read from AWS (the others were carried forward); NULL for a full run",
            },
        },

        /// `orgsync_error`
        Error(ErrorRow) {
            name: "orgsync_error",
            description: "One row per item that could not be read; the rest of the run went on.",
            primary_key: [],
            opt_in: false,
            depends_on: [],
            owner: [],
            columns: {
                run_id: Text = RUN_ID_DOC,
                org_id: Text = ORG_ID_DOC,
                table_name: Text = "Table the item belongs to",
                resource_id: Option<Text> = "Resource that could not be read",
                api_operation: Text = "API operation that failed",
                error_code: Text = "AWS error code",
                message: Option<Text> = "Error message",
            },
        },
    ]
}

/// Table of the schema version of a SQL destination (one row); only the
/// databases have it.
pub const SCHEMA_VERSION_TABLE: &str = "orgsync_schema_version";
/// Table listing the runs whose snapshot a SQL destination keeps in the
/// history tables (`org_id`, `run_id`), beside [`TableName::Run`]; only the
/// databases have it.
pub const HISTORY_RUN_TABLE: &str = "orgsync_history_run";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_has_org_id_and_run_id_and_keys_exist() {
        for t in ALL_TABLES {
            assert!(t.column_index(ORG_ID).is_some(), "{} lacks org_id", t.name);
            assert!(t.column_index(RUN_ID).is_some(), "{} lacks run_id", t.name);
            if DATA_TABLES.contains(t) {
                assert_eq!(t.columns.last().map(|c| c.name), Some(FETCHED_AT), "{}", t.name);
            }
            for k in t.primary_key {
                assert!(t.column_index(k).is_some(), "{}: key {k} is not a column", t.name);
            }
            assert_eq!(TableDef::get(t.id).name, t.name);
        }
        assert_eq!(ALL_TABLES.len(), DATA_TABLES.len() + BOOKKEEPING_TABLES.len());
    }

    /// A non-NULL cell of each type (the same text for every text column).
    fn sample(ty: ColumnType, n: usize) -> Value {
        match ty {
            ColumnType::Text => Value::text(format!("text-{n}")),
            ColumnType::Integer => Value::Int(n as i64),
            ColumnType::Boolean => Value::Bool(n.is_multiple_of(2)),
            ColumnType::Timestamp => Value::Timestamp(crate::now_micros()),
            ColumnType::Json => Value::Json(format!("[{n}]")),
        }
    }

    #[test]
    fn every_table_round_trips_typed_and_back() {
        for t in ALL_TABLES {
            let full: Row = t.columns.iter().enumerate().map(|(n, c)| sample(c.ty, n)).collect();
            assert_eq!(round_trip(t.id, &full).as_ref(), Ok(&full), "{}", t.name);
            let nulls: Row = t
                .columns
                .iter()
                .enumerate()
                .map(|(n, c)| if c.nullable { Value::Null } else { sample(c.ty, n) })
                .collect();
            assert_eq!(round_trip(t.id, &nulls).as_ref(), Ok(&nulls), "{}", t.name);
        }
    }

    #[test]
    fn a_typed_row_round_trips_through_a_row() {
        let account = AccountRow {
            org_id: "o-1".into(),
            account_id: "111122223333".into(),
            arn: "arn:aws:organizations::1:account/o-1/111122223333".into(),
            name: Some("Prod".into()),
            email: None,
            state: Some("ACTIVE".into()),
            status: None,
            joined_method: Some("CREATED".into()),
            joined_timestamp: Some(crate::now_micros()),
            parent_id: "r-1".into(),
            depth: 1,
            path: "o-1/r-1/111122223333/".into(),
            is_management_account: true,
            aws_paths: Some(Json("[]".into())),
            run_id: "run".into(),
            fetched_at: None,
        };
        let row = account.clone().into_row();
        assert_eq!(row.len(), AccountRow::DEF.columns.len());
        assert_eq!(row[1], Value::text("111122223333"));
        assert_eq!(AccountRow::from_row(&row), Ok(account));
    }

    #[test]
    fn a_row_that_does_not_fit_names_its_table_and_column() {
        let mut row: Row = TagRow::DEF.columns.iter().map(|c| sample(c.ty, 0)).collect();
        row[3] = Value::Int(7);
        let err = TagRow::from_row(&row).unwrap_err();
        assert_eq!(
            err.to_string(),
            "table `aws_organizations_tag`, column `key`: Int(7) does not fit"
        );
        row[3] = Value::Null;
        let err = TagRow::from_row(&row).unwrap_err();
        assert!(matches!(err, RowError::Cell { column: "key", .. }), "{err:?}");
        row.pop();
        let err = TagRow::from_row(&row).unwrap_err();
        assert_eq!(
            err.to_string(),
            "table `aws_organizations_tag`: a row of 6 values for 7 columns"
        );
        let row: Row = PolicyRow::DEF.columns.iter().map(|c| sample(c.ty, 1)).collect();
        let mut wrong = row.clone();
        wrong[5] = Value::Bool(true);
        let err = PolicyRow::from_row(&wrong).unwrap_err();
        assert!(err.to_string().contains("column `type`"), "{err}");
        assert_eq!(PolicyRow::from_row(&row).map(|p| p.r#type), Ok(Text::from("text-1")));
    }
}
