//! Consumers of orgsync's run history, as pure functions over
//! [`orgsync_schema::Snapshot`]s:
//!
//! * [`diff()`] — what changed between two runs of one organization
//!   ([`OrgDiff`]), rendered as text, markdown or JSON ([`render_text`],
//!   [`render_markdown`], [`render_json`]);
//! * [`build_tree`] — the organization as a tree for `orgsync tree`
//!   ([`render_tree_text`], [`render_tree_json`]);
//! * [`coverage()`] — which policies apply to each account, directly or
//!   inherited from its OUs and root;
//! * [`applicability()`] — the same as the derived table
//!   `aws_organizations_policy_applicability` (one row per account and
//!   policy, the nearest attachment, `unknown` markers for gaps);
//! * [`findings()`] — organization checks (`ORG-001` …) with severity,
//!   resource and fix, for `orgsync_finding` and `orgsync findings`;
//! * [`render_html()`] — the self-contained HTML report of `orgsync report`.
//!
//! Nothing here reads a destination or talks to AWS: the CLI loads the
//! snapshots and hands them in, so every function is testable on snapshots
//! built in memory.

pub mod account_policies;
pub mod applicability;
pub mod builder;
pub mod coverage;
pub mod diff;
pub mod diff_render;
pub mod findings;
pub mod html;
pub mod json_diff;
pub mod model;
pub mod text;
pub mod tree;

pub use account_policies::{
    AccountPolicies, AccountQueryError, account_policies, account_policies_with, find_account,
    render_account_policies_json, render_account_policies_text,
};
pub use applicability::{Applicability, Applies, Resolver, applicability, applicability_rows};
pub use builder::SnapshotBuilder;
pub use coverage::{
    AccountCoverage, AppliedPolicy, PolicySource, account_coverage, coverage, coverage_of_model,
};
pub use diff::{OrgDiff, diff, diff_models};
pub use diff_render::{DiffSection, render_json, render_markdown, render_text, sections};
pub use findings::{
    CHECKS, Check, Finding, FindingSettings, Severity, at_or_above, finding_rows, findings,
    render_findings_json, render_findings_sarif, render_findings_text,
};
pub use html::{ReportInput, render_html, report_data};
pub use json_diff::{JsonChange, diff_documents};
pub use model::{NodeKind, OrgModel, policy_type_abbreviation};
pub use text::terminal_safe;
pub use tree::{
    TreeError, TreeNode, TreeOptions, build_tree, find_container, render_tree_json,
    render_tree_text,
};
