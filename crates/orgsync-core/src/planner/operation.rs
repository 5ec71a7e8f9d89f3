//! Every AWS operation the extractor calls, with its default rate limit.
//!
//! AWS publishes quotas for the Account Management API (GetAlternateContact:
//! 10 requests per second, burst 15). It publishes **no** per-operation rates
//! for Organizations; tools that sweep thousands of accounts report
//! throttling at a few calls per second, so the defaults are 4/s, burst 8 for
//! list and describe calls and 8/s, burst 16 for the calls made once per
//! resource (ListTagsForResource, DescribeEffectivePolicy) — the figures of
//! the emulator's AWS-like profile (`crates/orgsync-emulator/PROFILES.md`).
//! The adaptive control in [`super::rate`] moves each one towards the real
//! limit of the account: down on `TooManyRequestsException`, up (quickly, then
//! by small probes) on sustained success.
//!
//! The sub-account access table adds STS AssumeRole (one per hop of
//! `sub_account_assume_role_arn_chain` per member account) and IAM
//! ListAccountAliases (one per account). AWS documents an STS quota of 600
//! requests per second per account and Region, shared by all STS calls;
//! orgsync starts AssumeRole at 20/s, burst 20, far below it, because the
//! management session's hop 1 competes with every other STS user of the
//! account. IAM publishes no per-operation rate; ListAccountAliases starts
//! at 10/s, burst 10 (each call goes to a different member account, but
//! IAM's control plane is shared and slow to recover from throttling).
//! IAM ListOrganizationsFeatures (one call per run, centralized root
//! access) shares that default.
//!
//! Member-side reads (`account_reads`) add
//! [`Operation::GetAlternateContactAsMember`]: the same IAM action, made in
//! each member's own session without AccountId, so each call counts against
//! that member's own Account API quota (10/s, burst 15, of which an account
//! uses 3 calls). Its limit is therefore not a quota but a courtesy bound on
//! the sum over all members: 60/s, burst 60 — three times AssumeRole's 20/s,
//! so the member sessions, not this bucket, pace the reads.
//!
//! An incremental refresh (`refresh = "auto"`) adds CloudTrail
//! LookupEvents (published: 2 calls/s per account and Region, 50 events a
//! page) and Organizations ListAccounts and ListPoliciesForTarget (the
//! listing default).
//!
//! The per-account Account API tables of `account_details` and
//! `primary_contacts` start at AWS's published quotas:
//! GetAccountInformation 3/s, burst 3 (per caller account), ListRegions
//! 5/s, burst 5, GetContactInformation 10/s, burst 15. Each has a member-side
//! twin ([`Operation::as_member`]) with the same courtesy bound as
//! GetAlternateContactAsMember.

use orgsync_schema::TableName;
use serde::Serialize;

/// One AWS operation orgsync calls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Operation {
    DescribeOrganization,
    ListRoots,
    /// Where an OU of `organizational_unit_ids` sits (scoped runs only).
    ListParents,
    /// The name and ARN of an OU of `organizational_unit_ids` and of the OUs
    /// above it (scoped runs only).
    DescribeOrganizationalUnit,
    ListOrganizationalUnitsForParent,
    ListAccountsForParent,
    ListPolicies,
    DescribePolicy,
    ListTargetsForPolicy,
    ListTagsForResource,
    ListAwsServiceAccessForOrganization,
    ListDelegatedAdministrators,
    ListDelegatedServicesForAccount,
    DescribeEffectivePolicy,
    ListHandshakesForOrganization,
    ListCreateAccountStatus,
    DescribeResourcePolicy,
    ListAccountsWithInvalidEffectivePolicy,
    ListEffectivePolicyValidationErrors,
    ListInboundResponsibilityTransfers,
    ListOutboundResponsibilityTransfers,
    /// IAM ListOrganizationsFeatures (centralized root access).
    ListOrganizationsFeatures,
    GetAlternateContact,
    /// GetAlternateContact made in a member's own session, without AccountId
    /// (`account_reads`; counted against that member's quota).
    GetAlternateContactAsMember,
    /// Account GetAccountInformation (`account_details`).
    GetAccountInformation,
    /// GetAccountInformation in a member's own session, without AccountId.
    GetAccountInformationAsMember,
    /// Account ListRegions (`account_details`).
    ListRegions,
    /// ListRegions in a member's own session, without AccountId.
    ListRegionsAsMember,
    /// Account GetContactInformation (`primary_contacts`).
    GetContactInformation,
    /// GetContactInformation in a member's own session, without AccountId.
    GetContactInformationAsMember,
    /// STS AssumeRole of the sub-account chain (the master chain is assumed
    /// outside the planner, before the run starts).
    AssumeRoleSubAccount,
    /// IAM ListAccountAliases (sub-account access table).
    ListAccountAliases,
    /// Every account with its name, email and state (incremental refresh).
    ListAccounts,
    /// CloudTrail LookupEvents: the organization's change log (incremental
    /// refresh).
    LookupEvents,
    /// The policies attached to an OU or account new since the previous
    /// run (incremental refresh: AWS attaches FullAWSAccess and
    /// RCPFullAWSAccess to new OUs and accounts without an event).
    ListPoliciesForTarget,
}

/// A token bucket: sustained requests per second and burst size.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RateLimit {
    /// Sustained requests per second.
    pub per_second: f64,
    /// How many requests may go at once after a quiet period.
    pub burst: u32,
}

impl RateLimit {
    /// This limit with rate and burst multiplied by `factor`.
    pub fn scaled(self, factor: f64) -> Self {
        let burst = (f64::from(self.burst) * factor).round().clamp(1.0, f64::from(u32::MAX));
        Self { per_second: self.per_second * factor, burst: burst as u32 }
    }
}

impl Operation {
    /// Every operation, in a stable order.
    pub const ALL: [Operation; 35] = [
        Operation::DescribeOrganization,
        Operation::ListRoots,
        Operation::ListParents,
        Operation::DescribeOrganizationalUnit,
        Operation::ListOrganizationalUnitsForParent,
        Operation::ListAccountsForParent,
        Operation::ListPolicies,
        Operation::DescribePolicy,
        Operation::ListTargetsForPolicy,
        Operation::ListTagsForResource,
        Operation::ListAwsServiceAccessForOrganization,
        Operation::ListDelegatedAdministrators,
        Operation::ListDelegatedServicesForAccount,
        Operation::DescribeEffectivePolicy,
        Operation::ListHandshakesForOrganization,
        Operation::ListCreateAccountStatus,
        Operation::DescribeResourcePolicy,
        Operation::ListAccountsWithInvalidEffectivePolicy,
        Operation::ListEffectivePolicyValidationErrors,
        Operation::ListInboundResponsibilityTransfers,
        Operation::ListOutboundResponsibilityTransfers,
        Operation::ListOrganizationsFeatures,
        Operation::GetAlternateContact,
        Operation::GetAlternateContactAsMember,
        Operation::GetAccountInformation,
        Operation::GetAccountInformationAsMember,
        Operation::ListRegions,
        Operation::ListRegionsAsMember,
        Operation::GetContactInformation,
        Operation::GetContactInformationAsMember,
        Operation::AssumeRoleSubAccount,
        Operation::ListAccountAliases,
        Operation::ListAccounts,
        Operation::LookupEvents,
        Operation::ListPoliciesForTarget,
    ];

    /// The AWS operation name, e.g. `ListAccountsForParent`.
    pub fn name(self) -> &'static str {
        match self {
            Operation::DescribeOrganization => "DescribeOrganization",
            Operation::ListRoots => "ListRoots",
            Operation::ListParents => "ListParents",
            Operation::DescribeOrganizationalUnit => "DescribeOrganizationalUnit",
            Operation::ListOrganizationalUnitsForParent => "ListOrganizationalUnitsForParent",
            Operation::ListAccountsForParent => "ListAccountsForParent",
            Operation::ListPolicies => "ListPolicies",
            Operation::DescribePolicy => "DescribePolicy",
            Operation::ListTargetsForPolicy => "ListTargetsForPolicy",
            Operation::ListTagsForResource => "ListTagsForResource",
            Operation::ListAwsServiceAccessForOrganization => "ListAWSServiceAccessForOrganization",
            Operation::ListDelegatedAdministrators => "ListDelegatedAdministrators",
            Operation::ListDelegatedServicesForAccount => "ListDelegatedServicesForAccount",
            Operation::DescribeEffectivePolicy => "DescribeEffectivePolicy",
            Operation::ListHandshakesForOrganization => "ListHandshakesForOrganization",
            Operation::ListCreateAccountStatus => "ListCreateAccountStatus",
            Operation::DescribeResourcePolicy => "DescribeResourcePolicy",
            Operation::ListAccountsWithInvalidEffectivePolicy => {
                "ListAccountsWithInvalidEffectivePolicy"
            }
            Operation::ListEffectivePolicyValidationErrors => "ListEffectivePolicyValidationErrors",
            Operation::ListInboundResponsibilityTransfers => "ListInboundResponsibilityTransfers",
            Operation::ListOutboundResponsibilityTransfers => "ListOutboundResponsibilityTransfers",
            Operation::ListOrganizationsFeatures => "ListOrganizationsFeatures",
            Operation::GetAlternateContact | Operation::GetAlternateContactAsMember => {
                "GetAlternateContact"
            }
            Operation::GetAccountInformation | Operation::GetAccountInformationAsMember => {
                "GetAccountInformation"
            }
            Operation::ListRegions | Operation::ListRegionsAsMember => "ListRegions",
            Operation::GetContactInformation | Operation::GetContactInformationAsMember => {
                "GetContactInformation"
            }
            Operation::AssumeRoleSubAccount => "AssumeRole",
            Operation::ListAccountAliases => "ListAccountAliases",
            Operation::ListAccounts => "ListAccounts",
            Operation::LookupEvents => "LookupEvents",
            Operation::ListPoliciesForTarget => "ListPoliciesForTarget",
        }
    }

    /// The service the operation belongs to (`organizations`, `account`,
    /// `sts`, `iam` or `cloudtrail`).
    pub fn service(self) -> &'static str {
        match self {
            Operation::GetAlternateContact
            | Operation::GetAlternateContactAsMember
            | Operation::GetAccountInformation
            | Operation::GetAccountInformationAsMember
            | Operation::ListRegions
            | Operation::ListRegionsAsMember
            | Operation::GetContactInformation
            | Operation::GetContactInformationAsMember => "account",
            Operation::AssumeRoleSubAccount => "sts",
            Operation::LookupEvents => "cloudtrail",
            Operation::ListAccountAliases | Operation::ListOrganizationsFeatures => "iam",
            _ => "organizations",
        }
    }

    /// `service:Operation`, e.g. `account:GetAlternateContact` (the IAM action).
    pub fn qualified_name(self) -> String {
        format!("{}:{}", self.service(), self.name())
    }

    /// The qualified name, told apart for member-side calls
    /// (`account:GetAlternateContact (member sessions)`): for summaries and reports.
    pub fn label(self) -> String {
        if self.is_member_side() {
            format!("{} (member sessions)", self.qualified_name())
        } else {
            self.qualified_name()
        }
    }

    /// Whether the call is made in a member account's own session.
    pub fn is_member_side(self) -> bool {
        matches!(
            self,
            Operation::GetAlternateContactAsMember
                | Operation::GetAccountInformationAsMember
                | Operation::ListRegionsAsMember
                | Operation::GetContactInformationAsMember
        )
    }

    /// The tables whose reading calls this operation: a run calls it when
    /// it reads any of them (see `Wanted::operations` for the few that also
    /// depend on the scope or the sub-account chain). Empty for the calls
    /// every run makes (DescribeOrganization, ListRoots).
    pub fn tables(self) -> &'static [TableName] {
        use TableName::*;
        match self {
            Operation::DescribeOrganization | Operation::ListRoots => &[],
            // The tree walk: every table of the OUs, the accounts or what
            // is read per account.
            Operation::ListParents
            | Operation::DescribeOrganizationalUnit
            | Operation::ListOrganizationalUnitsForParent
            | Operation::ListAccountsForParent => &[
                OrganizationalUnit,
                Account,
                Tag,
                AlternateContact,
                EffectivePolicy,
                AccountAccess,
                AccountInformation,
                AccountRegion,
                AccountContact,
            ],
            Operation::ListPolicies => &[Policy, PolicyTarget, Tag],
            Operation::DescribePolicy => &[Policy],
            Operation::ListTargetsForPolicy => &[PolicyTarget],
            Operation::ListTagsForResource => &[Tag],
            Operation::ListAwsServiceAccessForOrganization => &[EnabledService],
            Operation::ListDelegatedAdministrators => &[DelegatedAdministrator, DelegatedService],
            Operation::ListDelegatedServicesForAccount => &[DelegatedService],
            Operation::DescribeEffectivePolicy => &[EffectivePolicy],
            Operation::ListHandshakesForOrganization => &[Handshake],
            Operation::ListCreateAccountStatus => &[CreateAccountStatus],
            Operation::DescribeResourcePolicy => &[ResourcePolicy],
            Operation::ListAccountsWithInvalidEffectivePolicy
            | Operation::ListEffectivePolicyValidationErrors => &[EffectivePolicyValidationError],
            Operation::ListInboundResponsibilityTransfers
            | Operation::ListOutboundResponsibilityTransfers => &[ResponsibilityTransfer],
            Operation::ListOrganizationsFeatures => &[RootAccessFeature],
            Operation::GetAlternateContact | Operation::GetAlternateContactAsMember => {
                &[AlternateContact]
            }
            Operation::GetAccountInformation | Operation::GetAccountInformationAsMember => {
                &[AccountInformation]
            }
            Operation::ListRegions | Operation::ListRegionsAsMember => &[AccountRegion],
            Operation::GetContactInformation | Operation::GetContactInformationAsMember => {
                &[AccountContact]
            }
            // The sub-account chain: the access table, and the member-side
            // reads of every per-account Account API table.
            Operation::AssumeRoleSubAccount => &[
                AccountAccess,
                AlternateContact,
                AccountInformation,
                AccountRegion,
                AccountContact,
            ],
            Operation::ListAccountAliases => &[AccountAccess],
            // Incremental refresh only (see `Operation::is_refresh_only`).
            Operation::ListAccounts
            | Operation::LookupEvents
            | Operation::ListPoliciesForTarget => &[],
        }
    }

    /// Whether only an incremental refresh calls the operation (a full read
    /// never does).
    pub fn is_refresh_only(self) -> bool {
        matches!(
            self,
            Operation::ListAccounts | Operation::LookupEvents | Operation::ListPoliciesForTarget
        )
    }

    /// The member-side twin of a per-account Account API read made through
    /// the management session (`None` for every other operation).
    pub fn as_member(self) -> Option<Operation> {
        match self {
            Operation::GetAlternateContact => Some(Operation::GetAlternateContactAsMember),
            Operation::GetAccountInformation => Some(Operation::GetAccountInformationAsMember),
            Operation::ListRegions => Some(Operation::ListRegionsAsMember),
            Operation::GetContactInformation => Some(Operation::GetContactInformationAsMember),
            _ => None,
        }
    }

    /// Looks an operation up by its AWS name or qualified name (the
    /// management-side operation when two share a name).
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.rsplit(':').next().unwrap_or(name);
        Self::ALL.into_iter().find(|op| op.name().eq_ignore_ascii_case(name))
    }

    /// The default rate limit (see the module docs for where the figures come from).
    pub fn default_limit(self) -> RateLimit {
        match self {
            // Published: Account Management API, 10/s with a burst of 15.
            Operation::GetAlternateContact | Operation::GetContactInformation => {
                RateLimit { per_second: 10.0, burst: 15 }
            }
            // Published: 5/s with a burst of 5.
            Operation::ListRegions => RateLimit { per_second: 5.0, burst: 5 },
            // Published: CloudTrail LookupEvents, 2/s per account and Region.
            Operation::LookupEvents => RateLimit { per_second: 2.0, burst: 2 },
            // Published: 3/s with a burst of 3, per caller account.
            Operation::GetAccountInformation => RateLimit { per_second: 3.0, burst: 3 },
            // Per member, not per run: a courtesy bound on the sum (module docs).
            Operation::GetAlternateContactAsMember
            | Operation::GetAccountInformationAsMember
            | Operation::ListRegionsAsMember
            | Operation::GetContactInformationAsMember => RateLimit { per_second: 60.0, burst: 60 },
            // Published: 600/s per account and Region for all of STS; far below it.
            Operation::AssumeRoleSubAccount => RateLimit { per_second: 20.0, burst: 20 },
            // Not published: conservative for IAM's control plane.
            Operation::ListAccountAliases | Operation::ListOrganizationsFeatures => {
                RateLimit { per_second: 10.0, burst: 10 }
            }
            // Not published: calls made once per resource.
            Operation::ListTagsForResource | Operation::DescribeEffectivePolicy => {
                RateLimit { per_second: 8.0, burst: 16 }
            }
            // Not published: reported to throttle at a few calls per second.
            _ => RateLimit { per_second: 4.0, burst: 8 },
        }
    }
}

impl std::fmt::Display for Operation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
