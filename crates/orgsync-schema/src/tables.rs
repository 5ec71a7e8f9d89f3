//! Every table of the output contract: names, columns, logical types, keys.
//!
//! The order of [`ALL_TABLES`] is the order in which destinations create and
//! write tables and in which `orgsync schema` prints them.

use serde::Serialize;

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
pub const RUN_COLUMNS: [&str; 2] = ["run_id", "fetched_at"];

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

/// The name of every table orgsync writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TableName {
    Organization,
    Root,
    OrganizationalUnit,
    Account,
    Tag,
    AlternateContact,
    Policy,
    PolicyTarget,
    EnabledService,
    DelegatedAdministrator,
    DelegatedService,
    EffectivePolicy,
    AccountAccess,
    Handshake,
    CreateAccountStatus,
    ResourcePolicy,
    RootAccessFeature,
    EffectivePolicyValidationError,
    ResponsibilityTransfer,
    AccountInformation,
    AccountRegion,
    AccountContact,
    PolicyApplicability,
    Finding,
    Run,
    Error,
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
        ALL_TABLES.iter().copied().find(|t| t.id == id).expect("every TableName has a definition")
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

const fn col(
    name: &'static str,
    ty: ColumnType,
    nullable: bool,
    description: &'static str,
) -> ColumnDef {
    ColumnDef { name, ty, nullable, description }
}

use ColumnType::{Boolean as B, Integer as I, Json as J, Text as T, Timestamp as TS};

const ORG_ID: ColumnDef = col("org_id", T, false, "Organization ID, e.g. o-a1b2c3d4e5");
const RUN_ID: ColumnDef = col("run_id", T, false, "The run that wrote the row");
/// The last column of every data table (contract version 6).
const FETCHED_AT: ColumnDef = col(
    "fetched_at",
    TS,
    true,
    "When the row was last read from AWS: an incremental refresh carries unchanged rows forward with the time they were read; derived rows carry their run's start; NULL in rows written before table contract version 6",
);

/// `aws_organizations_organization`
pub static ORGANIZATION: TableDef = TableDef {
    id: TableName::Organization,
    name: "aws_organizations_organization",
    description: "The organization itself (DescribeOrganization).",
    primary_key: &["org_id"],
    opt_in: false,
    depends_on: &[],
    owner: None,
    columns: &[
        ORG_ID,
        col("arn", T, false, "Organization ARN"),
        col("feature_set", T, true, "ALL or CONSOLIDATED_BILLING"),
        col("management_account_id", T, true, "Management account ID"),
        col("management_account_arn", T, true, "Management account ARN"),
        col("management_account_email", T, true, "Management account email"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_root`
pub static ROOT: TableDef = TableDef {
    id: TableName::Root,
    name: "aws_organizations_root",
    description: "Roots of the organization with their policy types (ListRoots).",
    primary_key: &["org_id", "root_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("root_id", T, false, "Root ID, r-…"),
        col("arn", T, false, "Root ARN"),
        col("name", T, true, "Root name"),
        col("policy_types", J, false, "JSON array of {\"type\",\"status\"}"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_organizational_unit`
pub static ORGANIZATIONAL_UNIT: TableDef = TableDef {
    id: TableName::OrganizationalUnit,
    name: "aws_organizations_organizational_unit",
    description: "Organizational units, from a walk of the tree from each root.",
    primary_key: &["org_id", "ou_id"],
    opt_in: false,
    depends_on: &[TableName::Organization, TableName::Root],
    owner: Some("ou_id"),
    columns: &[
        ORG_ID,
        col("ou_id", T, false, "OU ID, ou-…"),
        col("arn", T, false, "OU ARN"),
        col("name", T, true, "OU name"),
        col("parent_id", T, false, "Parent root or OU ID"),
        col("depth", I, false, "Root = 0, top-level OU = 1"),
        col("path", T, false, "AWS id path o-…/r-…/ou-…/ with trailing slash"),
        col("name_path", T, false, "Names from the root, /-joined (display only)"),
        col(
            "aws_path",
            T,
            true,
            "The Path AWS returned for the OU (NULL when AWS returned none); when it differs from `path`, an orgsync_error row says so",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_account`
pub static ACCOUNT: TableDef = TableDef {
    id: TableName::Account,
    name: "aws_organizations_account",
    description: "Member and management accounts, with their place in the tree.",
    primary_key: &["org_id", "account_id"],
    opt_in: false,
    depends_on: &[TableName::Organization, TableName::Root, TableName::OrganizationalUnit],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "12-digit account ID"),
        col("arn", T, false, "Account ARN"),
        col("name", T, true, "Account name"),
        col("email", T, true, "Root user email"),
        col("state", T, true, "ACTIVE, SUSPENDED, PENDING_CLOSURE, CLOSED, PENDING_ACTIVATION"),
        col("status", T, true, "Legacy status, NULL when AWS omits it"),
        col("joined_method", T, true, "INVITED or CREATED"),
        col("joined_timestamp", TS, true, "When the account joined"),
        col("parent_id", T, false, "Parent root or OU ID"),
        col("depth", I, false, "Parent's depth + 1, the root being 0"),
        col("path", T, false, "AWS id path ending in the account ID and a slash"),
        col("is_management_account", B, false, "Whether this is the management account"),
        col(
            "aws_paths",
            J,
            true,
            "JSON array of the Paths AWS returned for the account (AWS's model allows more than one); NULL when AWS returned none; when `path` is not among them, an orgsync_error row says so",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_tag`
pub static TAG: TableDef = TableDef {
    id: TableName::Tag,
    name: "aws_organizations_tag",
    description: "Tags on accounts, OUs, roots and policies.",
    primary_key: &["org_id", "resource_id", "key"],
    opt_in: false,
    depends_on: &[
        TableName::Organization,
        TableName::Root,
        TableName::OrganizationalUnit,
        TableName::Account,
        TableName::Policy,
    ],
    owner: Some("resource_id"),
    columns: &[
        ORG_ID,
        col("resource_id", T, false, "Tagged resource ID"),
        col("resource_type", T, false, "ACCOUNT, ORGANIZATIONAL_UNIT, ROOT or POLICY"),
        col("key", T, false, "Tag key"),
        col("value", T, false, "Tag value"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_alternate_contact`
pub static ALTERNATE_CONTACT: TableDef = TableDef {
    id: TableName::AlternateContact,
    name: "aws_organizations_alternate_contact",
    description: "Alternate contacts that are set (one row per contact; none when unset).",
    primary_key: &["org_id", "account_id", "contact_type"],
    opt_in: false,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("contact_type", T, false, "BILLING, OPERATIONS or SECURITY"),
        col("name", T, true, "Contact name"),
        col("title", T, true, "Contact title"),
        col("email_address", T, true, "Contact email"),
        col("phone_number", T, true, "Contact phone"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_policy`
pub static POLICY: TableDef = TableDef {
    id: TableName::Policy,
    name: "aws_organizations_policy",
    description: "Policies of every type, AWS-managed included, with their documents verbatim.",
    primary_key: &["org_id", "policy_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("policy_id", T, false, "Policy ID, p-…"),
        col("arn", T, false, "Policy ARN"),
        col("name", T, true, "Policy name"),
        col("description", T, true, "Policy description"),
        col("type", T, false, "Policy type, e.g. SERVICE_CONTROL_POLICY"),
        col("aws_managed", B, false, "Whether AWS manages the policy"),
        col("content", T, true, "The policy document exactly as AWS returned it"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_policy_target`
pub static POLICY_TARGET: TableDef = TableDef {
    id: TableName::PolicyTarget,
    name: "aws_organizations_policy_target",
    description: "Where each policy is attached.",
    primary_key: &["org_id", "policy_id", "target_id"],
    opt_in: false,
    depends_on: &[
        TableName::Organization,
        TableName::Policy,
        TableName::Root,
        TableName::OrganizationalUnit,
        TableName::Account,
    ],
    owner: None,
    columns: &[
        ORG_ID,
        col("policy_id", T, false, "Policy ID"),
        col("target_id", T, false, "Root, OU or account ID"),
        col("target_type", T, false, "ROOT, ORGANIZATIONAL_UNIT or ACCOUNT"),
        col("target_name", T, true, "Name of the target"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_enabled_service`
pub static ENABLED_SERVICE: TableDef = TableDef {
    id: TableName::EnabledService,
    name: "aws_organizations_enabled_service",
    description: "Service principals with trusted access to the organization.",
    primary_key: &["org_id", "service_principal"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("service_principal", T, false, "e.g. config.amazonaws.com"),
        col("date_enabled", TS, true, "When access was enabled"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_delegated_administrator`
pub static DELEGATED_ADMINISTRATOR: TableDef = TableDef {
    id: TableName::DelegatedAdministrator,
    name: "aws_organizations_delegated_administrator",
    description: "Accounts registered as delegated administrators.",
    primary_key: &["org_id", "account_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("arn", T, true, "Account ARN"),
        col("name", T, true, "Account name"),
        col("email", T, true, "Account email"),
        col("state", T, true, "Account state"),
        col("joined_method", T, true, "INVITED or CREATED"),
        col("joined_timestamp", TS, true, "When the account joined"),
        col("delegation_enabled_date", TS, true, "When it became a delegated administrator"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_delegated_service`
pub static DELEGATED_SERVICE: TableDef = TableDef {
    id: TableName::DelegatedService,
    name: "aws_organizations_delegated_service",
    description: "Services for which each delegated administrator is registered.",
    primary_key: &["org_id", "account_id", "service_principal"],
    opt_in: false,
    depends_on: &[TableName::Organization, TableName::DelegatedAdministrator],
    owner: None,
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Delegated administrator account ID"),
        col("service_principal", T, false, "Service principal"),
        col("delegation_enabled_date", TS, true, "When the delegation was enabled"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_effective_policy`
pub static EFFECTIVE_POLICY: TableDef = TableDef {
    id: TableName::EffectivePolicy,
    name: "aws_organizations_effective_policy",
    description: "Effective policy per account and type (opt-in: effective_policies = true).",
    primary_key: &["org_id", "target_id", "policy_type"],
    opt_in: true,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("target_id"),
    columns: &[
        ORG_ID,
        col("target_id", T, false, "Account ID"),
        col("policy_type", T, false, "Policy type"),
        col("content", T, true, "Effective policy document as AWS returned it"),
        col("last_updated", TS, true, "When AWS last computed it"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_account_access`
pub static ACCOUNT_ACCESS: TableDef = TableDef {
    id: TableName::AccountAccess,
    name: "aws_organizations_account_access",
    description: "Whether each member account is reachable through sub_account_assume_role_arn_chain.",
    primary_key: &["org_id", "account_id"],
    opt_in: true,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("reachable", B, false, "Whether the whole chain was assumed"),
        col("role_arn", T, true, "Role ARN of the last hop"),
        col(
            "error_code",
            T,
            true,
            "Why the account is unreachable or its alias unreadable: the AWS error code, or AccountNotActive for a member that is not ACTIVE",
        ),
        col("error_message", T, true, "The error message behind error_code"),
        col("account_alias", T, true, "IAM account alias, when one is set"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_handshake`
pub static HANDSHAKE: TableDef = TableDef {
    id: TableName::Handshake,
    name: "aws_organizations_handshake",
    description: "Handshakes of the organization (ListHandshakesForOrganization): invitations and feature-set requests with their state; AWS keeps a closed handshake (ACCEPTED, DECLINED, CANCELED, EXPIRED) for 30 days.",
    primary_key: &["org_id", "handshake_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("handshake_id", T, false, "Handshake ID, h-…"),
        col("arn", T, true, "Handshake ARN"),
        col(
            "action",
            T,
            true,
            "INVITE, ENABLE_ALL_FEATURES, APPROVE_ALL_FEATURES, ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE or TRANSFER_RESPONSIBILITY",
        ),
        col("state", T, true, "REQUESTED, OPEN, CANCELED, ACCEPTED, DECLINED or EXPIRED"),
        col("requested_timestamp", TS, true, "When the handshake was requested"),
        col("expiration_timestamp", TS, true, "When the handshake expires (or expired)"),
        col(
            "target_id",
            T,
            true,
            "The party other than the organization: the invited account ID or email address",
        ),
        col("target_type", T, true, "ACCOUNT or EMAIL (ORGANIZATION when no other party)"),
        col("parties", J, false, "JSON array of {\"id\",\"type\"} as AWS returned them"),
        col(
            "resources",
            J,
            false,
            "JSON array of {\"type\",\"value\",\"resources\"} (nested) as AWS returned them",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_create_account_status`
pub static CREATE_ACCOUNT_STATUS: TableDef = TableDef {
    id: TableName::CreateAccountStatus,
    name: "aws_organizations_create_account_status",
    description: "Account-creation requests AWS still tracks (ListCreateAccountStatus): in progress, succeeded, or failed with the reason.",
    primary_key: &["org_id", "request_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("request_id", T, false, "Create-account request ID, car-…"),
        col("account_name", T, true, "Name requested for the account"),
        col("state", T, true, "IN_PROGRESS, SUCCEEDED or FAILED"),
        col("requested_timestamp", TS, true, "When the request was made"),
        col("completed_timestamp", TS, true, "When it completed (NULL while in progress)"),
        col("account_id", T, true, "The new account's ID (when it succeeded)"),
        col("gov_cloud_account_id", T, true, "The paired GovCloud account's ID, if any"),
        col(
            "failure_reason",
            T,
            true,
            "Why it failed, e.g. EMAIL_ALREADY_EXISTS, ACCOUNT_LIMIT_EXCEEDED (NULL unless FAILED)",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_resource_policy`
pub static RESOURCE_POLICY: TableDef = TableDef {
    id: TableName::ResourcePolicy,
    name: "aws_organizations_resource_policy",
    description: "The organization's resource-based delegation policy (DescribeResourcePolicy); no row when none is set.",
    primary_key: &["org_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("policy_id", T, false, "Resource policy ID, rp-…"),
        col("arn", T, true, "Resource policy ARN"),
        col("content", T, true, "The policy document exactly as AWS returned it"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_root_access_feature`
pub static ROOT_ACCESS_FEATURE: TableDef = TableDef {
    id: TableName::RootAccessFeature,
    name: "aws_organizations_root_access_feature",
    description: "Centralized root access features enabled for member accounts (IAM ListOrganizationsFeatures); no row for a feature that is off; trusted access for IAM not enabled is one orgsync_error row.",
    primary_key: &["org_id", "feature"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col("feature", T, false, "RootCredentialsManagement or RootSessions"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_effective_policy_validation_error`
pub static EFFECTIVE_POLICY_VALIDATION_ERROR: TableDef = TableDef {
    id: TableName::EffectivePolicyValidationError,
    name: "aws_organizations_effective_policy_validation_error",
    description: "Why an account's effective management policy fails validation (ListAccountsWithInvalidEffectivePolicy per policy type enabled on a root, then ListEffectivePolicyValidationErrors per account listed); no row for a valid one.",
    primary_key: &["org_id", "account_id", "policy_type", "error_number"],
    opt_in: false,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: None,
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account whose effective policy is invalid"),
        col("policy_type", T, false, "Management policy type, e.g. BACKUP_POLICY"),
        col("error_number", I, false, "Position of the error in AWS's answer, from 1"),
        col("error_code", T, true, "e.g. ELEMENTS_TOO_MANY"),
        col("error_message", T, true, "The error message"),
        col("path_to_error", T, true, "Where in the effective policy the error is"),
        col("contributing_policies", J, false, "JSON array of the policy IDs that contributed"),
        col("evaluation_timestamp", TS, true, "When AWS evaluated the effective policy"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_responsibility_transfer`
pub static RESPONSIBILITY_TRANSFER: TableDef = TableDef {
    id: TableName::ResponsibilityTransfer,
    name: "aws_organizations_responsibility_transfer",
    description: "Billing responsibility transfers with other organizations (ListInboundResponsibilityTransfers and ListOutboundResponsibilityTransfers, type BILLING).",
    primary_key: &["org_id", "direction", "transfer_id"],
    opt_in: false,
    depends_on: &[TableName::Organization],
    owner: None,
    columns: &[
        ORG_ID,
        col(
            "direction",
            T,
            false,
            "INBOUND (this organization manages another's responsibility) or OUTBOUND (another manages this one's)",
        ),
        col("transfer_id", T, false, "Transfer ID"),
        col("arn", T, true, "Transfer ARN"),
        col("name", T, true, "Name given to the transfer"),
        col("type", T, true, "Responsibility transferred: BILLING"),
        col("status", T, true, "REQUESTED, ACCEPTED, DECLINED, CANCELED, EXPIRED or WITHDRAWN"),
        col(
            "source_management_account_id",
            T,
            true,
            "Management account that hands over the responsibility",
        ),
        col("source_management_account_email", T, true, "Its email"),
        col("target_management_account_id", T, true, "Management account that takes it on"),
        col("target_management_account_email", T, true, "Its email"),
        col("start_timestamp", TS, true, "When the transfer starts"),
        col("end_timestamp", TS, true, "When the transfer ends"),
        col("active_handshake_id", T, true, "The handshake of the transfer, h-…"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_account_information`
pub static ACCOUNT_INFORMATION: TableDef = TableDef {
    id: TableName::AccountInformation,
    name: "aws_organizations_account_information",
    description: "Each ACTIVE account as Account Management knows it (GetAccountInformation, one call per account; opt-in: account_details = true): its creation date, which Organizations does not give.",
    primary_key: &["org_id", "account_id"],
    opt_in: true,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("account_name", T, true, "Account name"),
        col(
            "account_state",
            T,
            true,
            "PENDING_ACTIVATION, ACTIVE, SUSPENDED, PENDING_CLOSURE or CLOSED (NULL when AWS does not say)",
        ),
        col(
            "account_created_date",
            TS,
            true,
            "When the account was created (before it joined, for an invited account)",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_account_region`
pub static ACCOUNT_REGION: TableDef = TableDef {
    id: TableName::AccountRegion,
    name: "aws_organizations_account_region",
    description: "Every Region of each ACTIVE account with its opt-in status (ListRegions, one call per account; opt-in: account_details = true).",
    primary_key: &["org_id", "account_id", "region_name"],
    opt_in: true,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("region_name", T, false, "Region code, e.g. af-south-1"),
        col(
            "region_opt_status",
            T,
            true,
            "ENABLED_BY_DEFAULT (cannot be disabled), ENABLED, ENABLING, DISABLING or DISABLED",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_account_contact`
pub static ACCOUNT_CONTACT: TableDef = TableDef {
    id: TableName::AccountContact,
    name: "aws_organizations_account_contact",
    description: "The primary contact of each ACTIVE account (GetContactInformation, one call per account). Personal data: opt-in (primary_contacts = true); no row when AWS holds none.",
    primary_key: &["org_id", "account_id"],
    opt_in: true,
    depends_on: &[TableName::Organization, TableName::Account],
    owner: Some("account_id"),
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account ID"),
        col("full_name", T, true, "Full name of the primary contact"),
        col("company_name", T, true, "Company name"),
        col("address_line1", T, true, "First line of the address"),
        col("address_line2", T, true, "Second line of the address"),
        col("address_line3", T, true, "Third line of the address"),
        col("city", T, true, "City"),
        col("district_or_county", T, true, "District or county"),
        col("state_or_region", T, true, "State or region"),
        col("postal_code", T, true, "Postal code"),
        col("country_code", T, true, "ISO 3166-1 alpha-2 country code"),
        col("phone_number", T, true, "Phone number"),
        col("website_url", T, true, "Website URL"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `aws_organizations_policy_applicability`
pub static POLICY_APPLICABILITY: TableDef = TableDef {
    id: TableName::PolicyApplicability,
    name: "aws_organizations_policy_applicability",
    description: "Which policies apply to each account, for every policy type: attached directly or inherited (derived from the snapshot, no extra calls); `unknown` marker rows where the snapshot cannot tell.",
    primary_key: &["org_id", "account_id", "policy_type", "policy_id"],
    opt_in: false,
    depends_on: &[
        TableName::Organization,
        TableName::Root,
        TableName::OrganizationalUnit,
        TableName::Account,
        TableName::Policy,
        TableName::PolicyTarget,
    ],
    owner: None,
    columns: &[
        ORG_ID,
        col("account_id", T, false, "Account the policy applies to"),
        col(
            "policy_type",
            T,
            false,
            "Policy type, e.g. SERVICE_CONTROL_POLICY; `*` on a marker row that stands for every type, or for a policy whose type could not be read",
        ),
        col(
            "policy_id",
            T,
            false,
            "Policy ID; `*` on an `unknown` marker row that stands for every policy of the type",
        ),
        col("policy_name", T, true, "Policy name (NULL on marker rows and when not read)"),
        col(
            "applies",
            T,
            false,
            "direct (attached to the account), inherited (attached to an OU or root above it) or unknown (the snapshot cannot tell, see resolution)",
        ),
        col(
            "source_id",
            T,
            true,
            "Where the policy is attached: the account itself, or the nearest OU/root above it that it is attached to",
        ),
        col("source_type", T, true, "ACCOUNT, ORGANIZATIONAL_UNIT or ROOT"),
        col("source_name", T, true, "Name of the source"),
        col(
            "source_depth",
            I,
            true,
            "Depth of the source: root = 0, top-level OU = 1, the account its own depth",
        ),
        col(
            "attachment_count",
            I,
            true,
            "On how many nodes of the account's path (root, OUs, the account) the policy is attached",
        ),
        col(
            "resolution",
            T,
            true,
            "NULL when resolved; otherwise why not (the orgsync_error behind it: operation, code, resource)",
        ),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `orgsync_finding`
pub static FINDING: TableDef = TableDef {
    id: TableName::Finding,
    name: "orgsync_finding",
    description: "Organization findings computed from the snapshot (no extra calls): one row per check (ORG-001 …) and affected resource, with severity and a one-line fix.",
    primary_key: &["org_id", "finding_id", "resource_id"],
    opt_in: false,
    depends_on: &[
        TableName::Organization,
        TableName::Root,
        TableName::OrganizationalUnit,
        TableName::Account,
        TableName::Policy,
        TableName::PolicyTarget,
        TableName::DelegatedAdministrator,
    ],
    owner: None,
    columns: &[
        ORG_ID,
        col("finding_id", T, false, "Stable id of the check, e.g. ORG-005"),
        col("resource_id", T, false, "The affected organization, root, OU, account or policy ID"),
        col("title", T, false, "What the check looks for"),
        col("severity", T, false, "low, medium or high"),
        col(
            "resource_type",
            T,
            false,
            "ORGANIZATION, ROOT, ORGANIZATIONAL_UNIT, ACCOUNT or POLICY",
        ),
        col("resource_name", T, true, "Name of the resource"),
        col("message", T, false, "What was found"),
        col("fix", T, false, "How to fix it, in one line"),
        RUN_ID,
        FETCHED_AT,
    ],
};

/// `orgsync_run`
pub static RUN: TableDef = TableDef {
    id: TableName::Run,
    name: "orgsync_run",
    description: "One row per run: status, counters and row counts.",
    primary_key: &["run_id"],
    opt_in: false,
    depends_on: &[],
    owner: None,
    columns: &[
        RUN_ID,
        ORG_ID,
        col("started_at", TS, false, "When the run started"),
        col("finished_at", TS, true, "When the run ended"),
        col("status", T, false, "succeeded, partial or failed"),
        col("tool_version", T, false, "orgsync version"),
        col("config_fingerprint", T, false, "Hash of the non-secret settings"),
        col("api_calls", I, false, "API calls made"),
        col("throttled_calls", I, false, "Calls answered with throttling"),
        col("retried_calls", I, false, "Calls retried"),
        col("counts", J, false, "Row counts per table (JSON object)"),
        col(
            "scope",
            J,
            true,
            "The part of the organization read (JSON object of organizational_unit_ids, exclude_organizational_unit_ids, exclude_account_ids); NULL for the whole organization",
        ),
        col(
            "accounts_read_as_member",
            I,
            true,
            "Accounts whose per-account Account API reads (alternate contacts, account information, regions, primary contact) were made in their own session (account_reads); NULL when none were read",
        ),
        col(
            "accounts_read_through_management",
            I,
            true,
            "Accounts whose per-account Account API reads went through the management session; NULL when none were read",
        ),
        col(
            "refresh",
            T,
            true,
            "full or incremental (`refresh`); NULL in runs written before table contract version 6",
        ),
        col(
            "refresh_reason",
            T,
            true,
            "Why a run with `refresh = \"auto\"` read everything (no usable previous snapshot, watermark too old, events unavailable …); NULL otherwise",
        ),
        col(
            "watermark",
            TS,
            true,
            "The time up to which the organization's changes are reflected (the run's start); the next incremental run reads the events from here, less the overlap",
        ),
        col(
            "events_read",
            I,
            true,
            "CloudTrail events read by an incremental run; NULL for a full run",
        ),
        col(
            "rows_reread",
            I,
            true,
            "Data rows an incremental run read from AWS (the others were carried forward); NULL for a full run",
        ),
    ],
};

/// `orgsync_error`
pub static ERROR: TableDef = TableDef {
    id: TableName::Error,
    name: "orgsync_error",
    description: "One row per item that could not be read; the rest of the run went on.",
    primary_key: &[],
    opt_in: false,
    depends_on: &[],
    owner: None,
    columns: &[
        RUN_ID,
        ORG_ID,
        col("table_name", T, false, "Table the item belongs to"),
        col("resource_id", T, true, "Resource that could not be read"),
        col("api_operation", T, false, "API operation that failed"),
        col("error_code", T, false, "AWS error code"),
        col("message", T, true, "Error message"),
    ],
};

/// Data tables, in write order.
pub static DATA_TABLES: &[&TableDef] = &[
    &ORGANIZATION,
    &ROOT,
    &ORGANIZATIONAL_UNIT,
    &ACCOUNT,
    &TAG,
    &ALTERNATE_CONTACT,
    &POLICY,
    &POLICY_TARGET,
    &ENABLED_SERVICE,
    &DELEGATED_ADMINISTRATOR,
    &DELEGATED_SERVICE,
    &EFFECTIVE_POLICY,
    &ACCOUNT_ACCESS,
    &HANDSHAKE,
    &CREATE_ACCOUNT_STATUS,
    &RESOURCE_POLICY,
    &ROOT_ACCESS_FEATURE,
    &EFFECTIVE_POLICY_VALIDATION_ERROR,
    &RESPONSIBILITY_TRANSFER,
    &ACCOUNT_INFORMATION,
    &ACCOUNT_REGION,
    &ACCOUNT_CONTACT,
    &POLICY_APPLICABILITY,
    &FINDING,
];

/// Run bookkeeping tables.
pub static BOOKKEEPING_TABLES: &[&TableDef] = &[&RUN, &ERROR];

/// Every table, data tables first.
pub static ALL_TABLES: &[&TableDef] = &[
    &ORGANIZATION,
    &ROOT,
    &ORGANIZATIONAL_UNIT,
    &ACCOUNT,
    &TAG,
    &ALTERNATE_CONTACT,
    &POLICY,
    &POLICY_TARGET,
    &ENABLED_SERVICE,
    &DELEGATED_ADMINISTRATOR,
    &DELEGATED_SERVICE,
    &EFFECTIVE_POLICY,
    &ACCOUNT_ACCESS,
    &HANDSHAKE,
    &CREATE_ACCOUNT_STATUS,
    &RESOURCE_POLICY,
    &ROOT_ACCESS_FEATURE,
    &EFFECTIVE_POLICY_VALIDATION_ERROR,
    &RESPONSIBILITY_TRANSFER,
    &ACCOUNT_INFORMATION,
    &ACCOUNT_REGION,
    &ACCOUNT_CONTACT,
    &POLICY_APPLICABILITY,
    &FINDING,
    &RUN,
    &ERROR,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_has_org_id_and_run_id_and_keys_exist() {
        for t in ALL_TABLES {
            assert!(t.column_index("org_id").is_some(), "{} lacks org_id", t.name);
            assert!(t.column_index("run_id").is_some(), "{} lacks run_id", t.name);
            for k in t.primary_key {
                assert!(t.column_index(k).is_some(), "{}: key {k} is not a column", t.name);
            }
            assert_eq!(TableDef::get(t.id).name, t.name);
        }
        assert_eq!(ALL_TABLES.len(), DATA_TABLES.len() + BOOKKEEPING_TABLES.len());
    }
}
