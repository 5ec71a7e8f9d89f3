//! Two versions of one small organization that differ in every way the diff
//! reports: accounts added/removed/moved/renamed/suspended/re-mailed, OUs
//! added/removed/renamed/moved, policies added/removed/edited, attachments,
//! tags and alternate contacts.

use orgsync_report::SnapshotBuilder;
use orgsync_schema::Snapshot;

pub const FULL_ACCESS: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

const DENY_REGIONS_V1: &str = r#"{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "DenyOtherRegions", "Effect": "Deny", "NotAction": ["iam:*", "sts:*"], "Resource": "*",
     "Condition": {"StringNotEquals": {"aws:RequestedRegion": ["eu-west-1"]}}},
    {"Sid": "DenyRootUser", "Effect": "Deny", "Action": "*", "Resource": "*",
     "Condition": {"StringLike": {"aws:PrincipalArn": "arn:aws:iam::*:root"}}}
  ]
}"#;

const DENY_REGIONS_V2: &str = r#"{"Version":"2012-10-17","Statement":[
  {"Sid":"ProtectGuardDuty","Effect":"Deny","Action":["guardduty:Delete*","guardduty:Disassociate*"],"Resource":"*"},
  {"Sid":"DenyOtherRegions","Effect":"Deny","NotAction":["iam:*","sts:*"],"Resource":"*",
   "Condition":{"StringNotEquals":{"aws:RequestedRegion":["eu-west-1","eu-central-1"]}}},
  {"Sid":"DenyRootUser","Effect":"Deny","Action":"*","Resource":"*",
   "Condition":{"StringLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}}
]}"#;

const COST_CENTER: &str = r#"{"tags":{"CostCenter":{"tag_key":{"@@assign":"CostCenter"}}}}"#;
const LEGACY_GUARD: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:RunInstances","Resource":"*"}]}"#;
const DENY_LEAVE: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}"#;

/// The organization as the first run saw it.
pub fn before() -> Snapshot {
    SnapshotBuilder::new("o-exampleorg1", "run-1", "111111111111")
        .root("r-ab12", "Root")
        .ou("ou-ab12-engineer", "Engineering", "r-ab12")
        .ou("ou-ab12-prod0001", "Prod", "ou-ab12-engineer")
        .ou("ou-ab12-dev00001", "Dev", "ou-ab12-engineer")
        .ou("ou-ab12-legacy01", "Legacy", "r-ab12")
        .ou("ou-ab12-security", "Security", "r-ab12")
        .account("111111111111", "management", "root@example.com", "ACTIVE", "r-ab12")
        .account("222222222222", "api-prod", "api-prod@example.com", "ACTIVE", "ou-ab12-prod0001")
        .account("333333333333", "api-dev", "api-dev@example.com", "ACTIVE", "ou-ab12-dev00001")
        .account("444444444444", "old-batch", "batch@example.com", "ACTIVE", "ou-ab12-legacy01")
        .account("555555555555", "audit", "audit@example.com", "ACTIVE", "ou-ab12-security")
        .account("666666666666", "sandbox", "sandbox@example.com", "ACTIVE", "ou-ab12-dev00001")
        .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", FULL_ACCESS)
        .policy("p-denyregions1", "DenyRegions", "SERVICE_CONTROL_POLICY", DENY_REGIONS_V1)
        .policy("p-costcenter01", "CostCenter", "TAG_POLICY", COST_CENTER)
        .policy("p-legacyguard1", "LegacyGuard", "SERVICE_CONTROL_POLICY", LEGACY_GUARD)
        .attach("p-FullAWSAccess", "r-ab12")
        .attach("p-denyregions1", "ou-ab12-engineer")
        .attach("p-costcenter01", "r-ab12")
        .attach("p-legacyguard1", "ou-ab12-legacy01")
        .tag("222222222222", "ACCOUNT", "env", "prod")
        .tag("333333333333", "ACCOUNT", "env", "dev")
        .tag("ou-ab12-engineer", "ORGANIZATIONAL_UNIT", "owner", "platform")
        .tag("p-denyregions1", "POLICY", "team", "security")
        .contact("222222222222", "SECURITY", "Sec Team", "sec@example.com", "+1 555 0100")
        .contact("333333333333", "BILLING", "Finance", "finance@example.com", "+1 555 0101")
        .build()
}

/// The organization as the second run saw it.
pub fn after() -> Snapshot {
    SnapshotBuilder::new("o-exampleorg1", "run-2", "111111111111")
        .root("r-ab12", "Root")
        .ou("ou-ab12-engineer", "Engineering", "r-ab12")
        .ou("ou-ab12-prod0001", "Prod", "ou-ab12-engineer")
        .ou("ou-ab12-dev00001", "Dev", "r-ab12")
        .ou("ou-ab12-data0001", "Data", "ou-ab12-engineer")
        .ou("ou-ab12-security", "Security & Audit", "r-ab12")
        .account("111111111111", "management", "root@example.com", "ACTIVE", "r-ab12")
        .account("222222222222", "api-prod", "api-prod@example.com", "ACTIVE", "ou-ab12-prod0001")
        .account("333333333333", "api-dev", "api-dev@example.com", "ACTIVE", "ou-ab12-prod0001")
        .account("555555555555", "audit", "audit@example.com", "SUSPENDED", "ou-ab12-security")
        .account("666666666666", "sandbox-2", "sandbox2@example.com", "ACTIVE", "ou-ab12-dev00001")
        .account("777777777777", "data-lake", "lake@example.com", "ACTIVE", "ou-ab12-data0001")
        .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", FULL_ACCESS)
        .policy("p-denyregions1", "DenyRegions", "SERVICE_CONTROL_POLICY", DENY_REGIONS_V2)
        .policy("p-costcenter01", "CostCenter", "TAG_POLICY", COST_CENTER)
        .policy("p-denyleave001", "DenyLeave", "SERVICE_CONTROL_POLICY", DENY_LEAVE)
        .attach("p-FullAWSAccess", "r-ab12")
        .attach("p-denyregions1", "ou-ab12-engineer")
        .attach("p-denyregions1", "555555555555")
        .attach("p-costcenter01", "ou-ab12-engineer")
        .attach("p-denyleave001", "r-ab12")
        .tag("222222222222", "ACCOUNT", "env", "production")
        .tag("777777777777", "ACCOUNT", "env", "prod")
        .tag("ou-ab12-engineer", "ORGANIZATIONAL_UNIT", "owner", "platform")
        .tag("r-ab12", "ROOT", "org", "acme")
        .tag("p-denyregions1", "POLICY", "team", "secops")
        .contact("222222222222", "SECURITY", "Sec Team", "sec@example.com", "+1 555 0199")
        .contact("555555555555", "OPERATIONS", "Ops", "ops@example.com", "+1 555 0102")
        .build()
}
