//! Organization findings: checks computed from a snapshot alone (no API
//! calls), each with a stable id (`ORG-001` …), a severity, the resource it
//! is about and a one-line fix. They fill the derived table
//! `orgsync_finding`, `orgsync findings` and the report's findings tab.
//!
//! A check that needs data the snapshot does not hold (a table that was not
//! read, a policy type whose listing failed) stays quiet rather than
//! guessing: a finding is always something the snapshot shows.
//!
//! | id | severity | fires when |
//! |---|---|---|
//! | ORG-001 | medium | a root has no AI-services opt-out policy attached |
//! | ORG-002 | medium | no attached SCP restricts regions (`aws:RequestedRegion` in a `Condition`) |
//! | ORG-003 | low | no tag policy is attached anywhere |
//! | ORG-004 | high | a delegated administrator is not in `findings_delegated_admin_allowlist` (only when the list is configured) |
//! | ORG-005 | high | the organization is not in all-features mode |
//! | ORG-006 | medium | an ACTIVE account has no SECURITY alternate contact (only when contacts were read) |
//! | ORG-007 | high | an ACTIVE member account has no SCP but FullAWSAccess, directly or inherited |
//! | ORG-008 | low | a SUSPENDED, PENDING_CLOSURE or CLOSED account is not in a dedicated OU (an OU whose name contains "suspended", "closed" or "decommission") |
//! | ORG-009 | low | an OU is deeper than `findings_max_ou_depth` (default 5) |
//! | ORG-010 | low | a customer-managed policy is attached nowhere |
//! | ORG-011 | medium | an ACTIVE member account is unreachable through the sub-account chain (only when that table was read) |
//! | ORG-012 | medium | an account's effective policy fails validation (only when the validation errors were read): one finding per account, naming each type and error |

use std::collections::{BTreeSet, HashSet};

use orgsync_schema::{
    AccountAccessRow, DelegatedAdministratorRow, EffectivePolicyValidationErrorRow, FindingRow,
    OrganizationRow, Row, Snapshot, TableName, TableRow, Text, TextCells,
};

use crate::applicability::RunCells;
use serde::Serialize;

use crate::applicability::{ANY, Applies, Resolver};
use crate::model::{NodeKind, OrgModel};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// `low`, `medium` or `high`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
        }
    }

    /// Parses `low`, `medium` or `high` (any case).
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            _ => None,
        }
    }
}

/// One check: its stable id, title, severity and fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    pub fix: &'static str,
}

const fn check(
    id: &'static str,
    title: &'static str,
    severity: Severity,
    fix: &'static str,
) -> Check {
    Check { id, title, severity, fix }
}

/// Every check, in id order.
pub static CHECKS: &[Check] = &[
    check(
        "ORG-001",
        "AI-services opt-out policy not in force at the root",
        Severity::Medium,
        "Attach an AISERVICES_OPT_OUT_POLICY that opts out of every service to the root.",
    ),
    check(
        "ORG-002",
        "No SCP restricts regions",
        Severity::Medium,
        "Attach an SCP that denies requests outside your regions with an aws:RequestedRegion condition.",
    ),
    check(
        "ORG-003",
        "No tag policy attached",
        Severity::Low,
        "Enable TAG_POLICY on the root and attach a tag policy to the root or your OUs.",
    ),
    check(
        "ORG-004",
        "Delegated administrator outside the allow-list",
        Severity::High,
        "Deregister the account as delegated administrator, or add it to findings_delegated_admin_allowlist.",
    ),
    check(
        "ORG-005",
        "Organization not in all-features mode",
        Severity::High,
        "Enable all features (`aws organizations enable-all-features`) so SCPs and other policies can be used.",
    ),
    check(
        "ORG-006",
        "Account without a SECURITY alternate contact",
        Severity::Medium,
        "Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).",
    ),
    check(
        "ORG-007",
        "Account with no SCP but FullAWSAccess",
        Severity::High,
        "Attach a guardrail SCP to the account or to an OU above it.",
    ),
    check(
        "ORG-008",
        "Suspended or closed account outside a dedicated OU",
        Severity::Low,
        "Move the account to an OU for retired accounts (a name containing suspended, closed or decommission).",
    ),
    check(
        "ORG-009",
        "OU deeper than the configured limit",
        Severity::Low,
        "Flatten the OU structure, or raise findings_max_ou_depth.",
    ),
    check(
        "ORG-010",
        "Policy attached nowhere",
        Severity::Low,
        "Attach the policy where it is meant to apply, or delete it.",
    ),
    check(
        "ORG-011",
        "Member account unreachable through the sub-account chain",
        Severity::Medium,
        "Create the role of sub_account_assume_role_arn_chain in the account, trusting the previous hop.",
    ),
    check(
        "ORG-012",
        "Effective policy fails validation",
        Severity::Medium,
        "Correct the contributing policies named (`aws organizations list-effective-policy-validation-errors --account-id ID --policy-type TYPE` shows each error).",
    ),
];

/// The check with this id.
pub fn check_by_id(id: &str) -> Option<&'static Check> {
    CHECKS.iter().find(|c| c.id == id)
}

/// Settings of the checks (configuration keys `findings_*`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingSettings {
    /// `findings_delegated_admin_allowlist`: account ids allowed to be
    /// delegated administrators; `None` leaves ORG-004 off.
    pub delegated_admin_allowlist: Option<BTreeSet<String>>,
    /// `findings_max_ou_depth`: deepest OU allowed (top-level OU = 1).
    pub max_ou_depth: i64,
}

/// Default of `findings_max_ou_depth` (the deepest nesting AWS allows).
pub const DEFAULT_MAX_OU_DEPTH: i64 = 5;

impl Default for FindingSettings {
    fn default() -> Self {
        Self { delegated_admin_allowlist: None, max_ou_depth: DEFAULT_MAX_OU_DEPTH }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// The check's stable id, e.g. `ORG-005`.
    pub id: &'static str,
    pub title: &'static str,
    pub severity: Severity,
    /// ORGANIZATION, ROOT, ORGANIZATIONAL_UNIT, ACCOUNT or POLICY.
    pub resource_type: &'static str,
    pub resource_id: String,
    pub resource_name: Option<String>,
    pub message: String,
    pub fix: &'static str,
}

impl Finding {
    /// The row of `orgsync_finding`, the texts that rows repeat (the
    /// check's title, severity, fix, …) taken from `cells`.
    fn to_shared_row(&self, run: &RunCells, cells: &mut TextCells) -> Row {
        FindingRow {
            org_id: run.org_id.clone(),
            finding_id: cells.shared(self.id),
            resource_id: self.resource_id.as_str().into(),
            title: cells.shared(self.title),
            severity: cells.shared(self.severity.as_str()),
            resource_type: cells.shared(self.resource_type),
            resource_name: self.resource_name.as_deref().map(Text::from),
            message: self.message.as_str().into(),
            fix: cells.shared(self.fix),
            run_id: run.run_id.clone(),
            fetched_at: run.fetched_at,
        }
        .into_row()
    }
}

/// The rows of `orgsync_finding` for a snapshot.
pub fn finding_rows(snapshot: &Snapshot, settings: &FindingSettings) -> Vec<Row> {
    let mut cells = TextCells::default();
    let run = RunCells::of(snapshot, &mut cells);
    findings(snapshot, &OrgModel::new(snapshot), settings)
        .iter()
        .map(|f| f.to_shared_row(&run, &mut cells))
        .collect()
}

/// Every finding of a snapshot, sorted by check id then resource id.
pub fn findings(snapshot: &Snapshot, model: &OrgModel, settings: &FindingSettings) -> Vec<Finding> {
    let ctx = Ctx { snapshot, model, settings };
    let mut out = Vec::new();
    ctx.ai_opt_out_at_root(&mut out);
    ctx.region_restriction(&mut out);
    ctx.tag_policy(&mut out);
    ctx.delegated_admins(&mut out);
    ctx.all_features(&mut out);
    ctx.security_contacts(&mut out);
    ctx.scp_guardrails(&mut out);
    ctx.retired_accounts(&mut out);
    ctx.ou_depth(&mut out);
    ctx.unattached_policies(&mut out);
    ctx.unreachable_accounts(&mut out);
    ctx.invalid_effective_policies(&mut out);
    out.sort_by(|a, b| (a.id, &a.resource_id).cmp(&(b.id, &b.resource_id)));
    out.dedup_by(|a, b| a.id == b.id && a.resource_id == b.resource_id);
    out
}

/// Whether any `aws:RequestedRegion` key appears in a `Condition` of a
/// policy document (statement object or array, any operator, any case).
pub fn restricts_regions(document: &str) -> bool {
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(document) else { return false };
    let statements = match doc.get("Statement") {
        Some(serde_json::Value::Array(list)) => list.iter().collect::<Vec<_>>(),
        Some(one @ serde_json::Value::Object(_)) => vec![one],
        _ => Vec::new(),
    };
    statements.iter().filter_map(|s| s.get("Condition")?.as_object()).any(|condition| {
        condition
            .values()
            .filter_map(serde_json::Value::as_object)
            .any(|keys| keys.keys().any(|k| k.eq_ignore_ascii_case("aws:RequestedRegion")))
    })
}

struct Ctx<'a> {
    snapshot: &'a Snapshot,
    model: &'a OrgModel,
    settings: &'a FindingSettings,
}

impl Ctx<'_> {
    fn has(&self, table: TableName) -> bool {
        self.snapshot.tables.contains_key(&table)
    }

    /// Whether the policies (or their targets) of a type may be incomplete:
    /// an error row of the policy tables names the type, a policy or nothing.
    fn policies_incomplete(&self, policy_type: &str) -> bool {
        if !self.has(TableName::Policy) || !self.has(TableName::PolicyTarget) {
            return true;
        }
        let policy = TableName::Policy.as_str();
        let target = TableName::PolicyTarget.as_str();
        self.snapshot.errors.iter().any(|e| {
            (e.table_name == policy || e.table_name == target)
                && match e.resource_id.as_deref() {
                    None => true,
                    Some(r) => r == policy_type || r.starts_with("p-"),
                }
        })
    }

    /// Attached policies of a type: (policy index, target ids).
    fn attached_of_type(&self, policy_type: &str) -> Vec<(usize, Vec<&str>)> {
        let mut out: Vec<(usize, Vec<&str>)> = Vec::new();
        for (i, p) in self.model.policies.iter().enumerate() {
            if p.policy_type != policy_type {
                continue;
            }
            let targets: Vec<&str> = self
                .model
                .attachments
                .iter()
                .filter(|a| a.policy_id == p.id)
                .map(|a| a.target_id.as_str())
                .collect();
            if !targets.is_empty() {
                out.push((i, targets));
            }
        }
        out
    }

    fn org_finding(&self, id: &'static str, message: String) -> Finding {
        finding(id, "ORGANIZATION", &self.model.org_id, None, message)
    }

    fn account_finding(&self, id: &'static str, account: usize, message: String) -> Finding {
        let a = &self.model.accounts[account];
        finding(id, "ACCOUNT", &a.id, Some(a.name.clone()), message)
    }

    fn ai_opt_out_at_root(&self, out: &mut Vec<Finding>) {
        const TYPE: &str = "AISERVICES_OPT_OUT_POLICY";
        if self.policies_incomplete(TYPE) {
            return;
        }
        for r in self.model.roots() {
            let root = &self.model.containers[r];
            let in_force = self
                .model
                .attached_policies(&root.id)
                .iter()
                .any(|&p| self.model.policies[p].policy_type == TYPE);
            if !in_force {
                out.push(finding(
                    "ORG-001",
                    "ROOT",
                    &root.id,
                    Some(root.name.clone()),
                    format!("no {TYPE} is attached to root {} ({})", root.name, root.id),
                ));
            }
        }
    }

    fn region_restriction(&self, out: &mut Vec<Finding>) {
        const TYPE: &str = "SERVICE_CONTROL_POLICY";
        if self.policies_incomplete(TYPE) || self.model.roots().is_empty() {
            return;
        }
        let restricting = self
            .attached_of_type(TYPE)
            .into_iter()
            .any(|(p, _)| self.model.policies[p].content.as_deref().is_some_and(restricts_regions));
        if !restricting {
            out.push(self.org_finding(
                "ORG-002",
                "no attached SCP has an aws:RequestedRegion condition".to_owned(),
            ));
        }
    }

    fn tag_policy(&self, out: &mut Vec<Finding>) {
        const TYPE: &str = "TAG_POLICY";
        if self.policies_incomplete(TYPE) || self.model.roots().is_empty() {
            return;
        }
        if self.attached_of_type(TYPE).is_empty() {
            out.push(self.org_finding(
                "ORG-003",
                "no tag policy is attached to the root, an OU or an account".to_owned(),
            ));
        }
    }

    fn delegated_admins(&self, out: &mut Vec<Finding>) {
        let Some(allowed) = &self.settings.delegated_admin_allowlist else { return };
        for admin in self.snapshot.typed::<DelegatedAdministratorRow>() {
            let id = admin.account_id.as_str();
            if allowed.contains(id) {
                continue;
            }
            let name = admin.name.map(String::from);
            out.push(finding(
                "ORG-004",
                "ACCOUNT",
                id,
                name,
                format!("account {id} is a delegated administrator but not in findings_delegated_admin_allowlist"),
            ));
        }
    }

    fn all_features(&self, out: &mut Vec<Finding>) {
        let Some(org) = self.snapshot.typed::<OrganizationRow>().next() else { return };
        if let Some(set) = org.feature_set.filter(|s| *s != "ALL") {
            out.push(self.org_finding(
                "ORG-005",
                format!("the organization's feature set is {set}, not ALL"),
            ));
        }
    }

    fn security_contacts(&self, out: &mut Vec<Finding>) {
        if !self.has(TableName::AlternateContact) {
            return;
        }
        let contacts = TableName::AlternateContact.as_str();
        let mut unread: HashSet<&str> = HashSet::new();
        for e in self.snapshot.errors.iter().filter(|e| e.table_name == contacts) {
            match e.resource_id.as_deref() {
                Some(id) if self.model.account(id).is_some() => {
                    unread.insert(id);
                }
                _ => return, // read for no account in particular: nothing to conclude
            }
        }
        let with_security: HashSet<&str> = self
            .model
            .contacts
            .iter()
            .filter(|c| c.contact_type == "SECURITY")
            .map(|c| c.account_id.as_str())
            .collect();
        for (i, a) in self.model.accounts.iter().enumerate() {
            if a.state.as_deref() == Some("ACTIVE")
                && !with_security.contains(a.id.as_str())
                && !unread.contains(a.id.as_str())
            {
                out.push(self.account_finding(
                    "ORG-006",
                    i,
                    format!("account {} has no SECURITY alternate contact", a.id),
                ));
            }
        }
    }

    fn scp_guardrails(&self, out: &mut Vec<Finding>) {
        const TYPE: &str = "SERVICE_CONTROL_POLICY";
        if !self.has(TableName::Policy) || !self.has(TableName::PolicyTarget) {
            return;
        }
        let resolver = Resolver::new(self.snapshot, self.model);
        for (i, a) in self.model.accounts.iter().enumerate() {
            let management = a.is_management_account
                || self.model.management_account_id.as_deref() == Some(a.id.as_str());
            if management || a.state.as_deref() != Some("ACTIVE") {
                continue; // SCPs do not apply to the management account
            }
            let rows = resolver.account(i);
            let scps: Vec<_> =
                rows.iter().filter(|r| r.policy_type == TYPE || r.policy_type == ANY).collect();
            if scps.iter().any(|r| r.applies == Applies::Unknown || r.policy_type == ANY) {
                continue; // the snapshot cannot tell
            }
            let guardrail = scps.iter().any(|r| {
                let full_access = r.policy_id == "p-FullAWSAccess"
                    || self.model.policy(&r.policy_id).is_some_and(|p| {
                        let p = &self.model.policies[p];
                        p.aws_managed && p.name == "FullAWSAccess"
                    });
                !full_access
            });
            if !guardrail {
                out.push(self.account_finding(
                    "ORG-007",
                    i,
                    format!("no SCP other than FullAWSAccess applies to account {}", a.id),
                ));
            }
        }
    }

    fn retired_accounts(&self, out: &mut Vec<Finding>) {
        for (i, a) in self.model.accounts.iter().enumerate() {
            let retired =
                matches!(a.state.as_deref(), Some("SUSPENDED" | "PENDING_CLOSURE" | "CLOSED"));
            if !retired {
                continue;
            }
            let parent = self.model.container(&a.parent_id);
            let dedicated = parent.is_some_and(|c| {
                let c = &self.model.containers[c];
                let name = c.name.to_lowercase();
                c.kind == NodeKind::OrganizationalUnit
                    && ["suspended", "closed", "decommission"].iter().any(|w| name.contains(w))
            });
            if !dedicated {
                out.push(self.account_finding(
                    "ORG-008",
                    i,
                    format!(
                        "account {} is {} but sits in {}",
                        a.id,
                        a.state.as_deref().unwrap_or_default(),
                        self.model.account_parent_path(i)
                    ),
                ));
            }
        }
    }

    fn ou_depth(&self, out: &mut Vec<Finding>) {
        let limit = self.settings.max_ou_depth;
        for (i, c) in self.model.containers.iter().enumerate() {
            if c.kind != NodeKind::OrganizationalUnit {
                continue;
            }
            let depth = self.model.container_chain(i).len() as i64 - 1;
            if depth > limit {
                out.push(finding(
                    "ORG-009",
                    "ORGANIZATIONAL_UNIT",
                    &c.id,
                    Some(c.name.clone()),
                    format!(
                        "OU {} is at depth {depth}, deeper than findings_max_ou_depth = {limit}",
                        self.model.container_name_path(i)
                    ),
                ));
            }
        }
    }

    fn unattached_policies(&self, out: &mut Vec<Finding>) {
        if !self.has(TableName::Policy) || !self.has(TableName::PolicyTarget) {
            return;
        }
        let target = TableName::PolicyTarget.as_str();
        let mut unread: HashSet<&str> = HashSet::new();
        for e in self.snapshot.errors.iter().filter(|e| e.table_name == target) {
            match e.resource_id.as_deref() {
                Some(id) => {
                    unread.insert(id);
                }
                None => return,
            }
        }
        let attached: HashSet<&str> =
            self.model.attachments.iter().map(|a| a.policy_id.as_str()).collect();
        for p in &self.model.policies {
            if !p.aws_managed
                && !attached.contains(p.id.as_str())
                && !unread.contains(p.id.as_str())
            {
                out.push(finding(
                    "ORG-010",
                    "POLICY",
                    &p.id,
                    Some(p.name.clone()),
                    format!(
                        "{} {} ({}) is attached to no root, OU or account",
                        p.policy_type, p.name, p.id
                    ),
                ));
            }
        }
    }

    fn invalid_effective_policies(&self, out: &mut Vec<Finding>) {
        // Per account, in AWS's order: "TYPE: CODE at PATH (policies …)".
        let mut errors: std::collections::BTreeMap<Text, Vec<String>> = Default::default();
        for error in self.snapshot.typed::<EffectivePolicyValidationErrorRow>() {
            let mut line =
                format!("{} {}", error.policy_type, error.error_code.as_deref().unwrap_or("error"));
            if let Some(path) = &error.path_to_error {
                line.push_str(&format!(" at {path}"));
            }
            if let Some(policies) =
                serde_json::from_str::<Vec<String>>(error.contributing_policies.as_str())
                    .ok()
                    .filter(|p| !p.is_empty())
            {
                line.push_str(&format!(" (from {})", policies.join(", ")));
            }
            errors.entry(error.account_id).or_default().push(line);
        }
        for (account, lines) in errors {
            let account = account.as_str();
            let Some(i) = self.model.account(account) else { continue };
            out.push(self.account_finding(
                "ORG-012",
                i,
                format!(
                    "the effective policy of account {account} fails validation: {}",
                    lines.join("; ")
                ),
            ));
        }
    }

    fn unreachable_accounts(&self, out: &mut Vec<Finding>) {
        for access in self.snapshot.typed::<AccountAccessRow>() {
            let code = access.error_code.as_deref();
            if access.reachable || code == Some("AccountNotActive") {
                continue;
            }
            let id = access.account_id.as_str();
            let Some(i) = self.model.account(id) else { continue };
            let why = match (code, access.error_message.as_deref()) {
                (Some(c), Some(m)) => format!("{c}: {m}"),
                (Some(c), None) => c.to_owned(),
                _ => "no reason recorded".to_owned(),
            };
            out.push(self.account_finding(
                "ORG-011",
                i,
                format!("account {id} could not be reached through the sub-account chain ({why})"),
            ));
        }
    }
}

fn finding(
    id: &'static str,
    resource_type: &'static str,
    resource_id: &str,
    resource_name: Option<String>,
    message: String,
) -> Finding {
    let check = check_by_id(id).expect("every finding id is a check");
    Finding {
        id,
        title: check.title,
        severity: check.severity,
        resource_type,
        resource_id: resource_id.to_owned(),
        resource_name,
        message,
        fix: check.fix,
    }
}

/// Findings at or above `threshold`.
pub fn at_or_above(findings: &[Finding], threshold: Severity) -> usize {
    findings.iter().filter(|f| f.severity >= threshold).count()
}

/// Findings for people: one block per finding, most severe first, then a
/// count per severity.
pub fn render_findings_text(org_id: &str, run_id: &str, findings: &[Finding]) -> String {
    use std::fmt::Write as _;
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by(|a, b| {
        (b.severity, a.id, &a.resource_id).cmp(&(a.severity, b.id, &b.resource_id))
    });
    let mut out = String::new();
    let _ = writeln!(out, "findings of {org_id}, run {run_id}");
    for f in &sorted {
        let name = f
            .resource_name
            .as_deref()
            .map(|n| format!(" ({})", crate::text::terminal_safe(n)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "\n{:<6}  {}  {}\n        {} {}{name}: {}\n        fix: {}",
            f.severity.as_str().to_uppercase(),
            f.id,
            f.title,
            f.resource_type,
            f.resource_id,
            crate::text::terminal_safe(&f.message),
            f.fix
        );
    }
    let count = |s| findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "\n{} findings: {} high, {} medium, {} low",
        findings.len(),
        count(Severity::High),
        count(Severity::Medium),
        count(Severity::Low)
    );
    out
}

/// Findings as pretty JSON: `{org_id, run_id, findings: [...]}`.
pub fn render_findings_json(org_id: &str, run_id: &str, findings: &[Finding]) -> String {
    let doc = serde_json::json!({ "org_id": org_id, "run_id": run_id, "findings": findings });
    let mut out = serde_json::to_string_pretty(&doc).expect("findings serialise");
    out.push('\n');
    out
}

/// SARIF level of a severity.
fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::High => "error",
        Severity::Medium => "warning",
        Severity::Low => "note",
    }
}

/// Findings as a minimal SARIF 2.1.0 log: one run of the tool `orgsync`
/// with every check as a rule, each finding a result whose location is the
/// resource as a logical location (`ORGANIZATIONAL_UNIT/ou-…`).
pub fn render_findings_sarif(org_id: &str, tool_version: &str, findings: &[Finding]) -> String {
    let rules: Vec<serde_json::Value> = CHECKS
        .iter()
        .map(|c| {
            serde_json::json!({
                "id": c.id,
                "name": c.title,
                "shortDescription": { "text": c.title },
                "help": { "text": c.fix },
                "defaultConfiguration": { "level": sarif_level(c.severity) },
                "properties": { "severity": c.severity.as_str() },
            })
        })
        .collect();
    let results: Vec<serde_json::Value> = findings
        .iter()
        .map(|f| {
            let rule_index = CHECKS.iter().position(|c| c.id == f.id).unwrap_or_default();
            serde_json::json!({
                "ruleId": f.id,
                "ruleIndex": rule_index,
                "level": sarif_level(f.severity),
                "message": { "text": format!("{} Fix: {}", f.message, f.fix) },
                "locations": [{
                    "logicalLocations": [{
                        "name": f.resource_id,
                        "fullyQualifiedName": format!("{org_id}/{}/{}", f.resource_type, f.resource_id),
                        "kind": "resource",
                    }]
                }],
                "partialFingerprints": { "orgsyncFinding/v1": format!("{}:{}", f.id, f.resource_id) },
            })
        })
        .collect();
    let doc = serde_json::json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": { "name": "orgsync", "version": tool_version, "rules": rules } },
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&doc).expect("SARIF serialises");
    out.push('\n');
    out
}
