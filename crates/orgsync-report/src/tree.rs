//! The organization as a tree (root → OUs → accounts) with each node's
//! state and directly attached policies, for `orgsync tree`.
//!
//! [`build_tree`] selects a subtree (`--ou`) and cuts it at a depth
//! (`--depth`); [`render_tree_text`] draws it with box-drawing characters and
//! [`render_tree_json`] serialises it. Children are listed OUs first, then
//! accounts, each sorted by name then id. Building is linear in the size of
//! the snapshot (the child indexes are built once by [`OrgModel`]), plus the
//! sorting of each child list.

use serde::Serialize;

use crate::model::{NodeKind, OrgModel, policy_type_abbreviation};
use crate::text::terminal_safe;

/// A policy attached directly to a node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PolicyBadge {
    pub policy_id: String,
    pub name: String,
    pub policy_type: String,
}

/// What a depth cut hid below a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hidden {
    pub organizational_units: usize,
    pub accounts: usize,
}

/// One node of the tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TreeNode {
    pub kind: NodeKind,
    pub id: String,
    pub name: String,
    /// Account state (accounts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// True for the management account.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub management_account: bool,
    pub policies: Vec<PolicyBadge>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<TreeNode>,
    /// Set when `--depth` cut children off this node.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hidden: Option<Hidden>,
}

/// Which part of the tree to show.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreeOptions {
    /// Start at this OU or root: an id, a name, or a name path
    /// (`Root/Engineering/Prod`). `None` shows every root.
    pub subtree: Option<String>,
    /// Levels shown below the start node(s); `None` shows everything.
    pub depth: Option<usize>,
}

/// Why a subtree could not be selected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreeError {
    /// No root or OU has that id, name or name path.
    NotFound { query: String },
    /// Several OUs have that name: (id, name path) of each.
    Ambiguous { query: String, candidates: Vec<(String, String)> },
}

impl std::fmt::Display for TreeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TreeError::NotFound { query } => {
                write!(f, "no root or OU has the id, name or path `{query}`")
            }
            TreeError::Ambiguous { query, candidates } => {
                write_ambiguous(f, "OUs", query, candidates)
            }
        }
    }
}

/// "N <plural> are named `query`: id (path), …", for a name that selects
/// several OUs or accounts.
pub(crate) fn write_ambiguous(
    f: &mut std::fmt::Formatter<'_>,
    plural: &str,
    query: &str,
    candidates: &[(String, String)],
) -> std::fmt::Result {
    write!(f, "{} {plural} are named `{query}`: ", candidates.len())?;
    let list: Vec<String> = candidates.iter().map(|(id, path)| format!("{id} ({path})")).collect();
    f.write_str(&list.join(", "))
}

impl std::error::Error for TreeError {}

/// Finds the root or OU `query` names: an exact id first, then an exact
/// name path, then a unique name.
pub fn find_container(model: &OrgModel, query: &str) -> Result<usize, TreeError> {
    if let Some(i) = model.container(query) {
        return Ok(i);
    }
    let trimmed = query.trim_matches('/');
    let by_path: Vec<usize> =
        (0..model.containers.len()).filter(|&i| model.container_name_path(i) == trimmed).collect();
    if by_path.len() == 1 {
        return Ok(by_path[0]);
    }
    let by_name: Vec<usize> =
        (0..model.containers.len()).filter(|&i| model.containers[i].name == query).collect();
    match by_name.len() {
        0 => Err(TreeError::NotFound { query: query.to_owned() }),
        1 => Ok(by_name[0]),
        _ => {
            let mut candidates: Vec<(String, String)> = by_name
                .iter()
                .map(|&i| (model.containers[i].id.clone(), model.container_name_path(i)))
                .collect();
            candidates.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
            Err(TreeError::Ambiguous { query: query.to_owned(), candidates })
        }
    }
}

fn badges(model: &OrgModel, target_id: &str) -> Vec<PolicyBadge> {
    model
        .attached_policies(target_id)
        .iter()
        .map(|&p| {
            let p = &model.policies[p];
            PolicyBadge {
                policy_id: p.id.clone(),
                name: p.name.clone(),
                policy_type: p.policy_type.clone(),
            }
        })
        .collect()
}

fn account_node(model: &OrgModel, a: usize) -> TreeNode {
    let a = &model.accounts[a];
    TreeNode {
        kind: NodeKind::Account,
        id: a.id.clone(),
        name: a.name.clone(),
        state: a.state.clone(),
        management_account: a.is_management_account
            || model.management_account_id.as_deref() == Some(a.id.as_str()),
        policies: badges(model, &a.id),
        children: Vec::new(),
        hidden: None,
    }
}

/// Counts the OUs and accounts below a container (iteratively).
fn count_below(model: &OrgModel, container: usize) -> Hidden {
    let mut hidden = Hidden { organizational_units: 0, accounts: 0 };
    let mut stack = vec![container];
    while let Some(c) = stack.pop() {
        hidden.accounts += model.child_accounts(c).len();
        hidden.organizational_units += model.child_containers(c).len();
        stack.extend_from_slice(model.child_containers(c));
    }
    hidden
}

fn container_node(model: &OrgModel, c: usize, depth_left: Option<usize>) -> TreeNode {
    let container = &model.containers[c];
    let mut node = TreeNode {
        kind: container.kind,
        id: container.id.clone(),
        name: container.name.clone(),
        state: None,
        management_account: false,
        policies: badges(model, &container.id),
        children: Vec::new(),
        hidden: None,
    };
    let has_children = !model.child_containers(c).is_empty() || !model.child_accounts(c).is_empty();
    if depth_left == Some(0) {
        if has_children {
            node.hidden = Some(count_below(model, c));
        }
        return node;
    }
    let next = depth_left.map(|d| d - 1);
    node.children = model
        .child_containers(c)
        .iter()
        .map(|&child| container_node(model, child, next))
        .chain(model.child_accounts(c).iter().map(|&a| account_node(model, a)))
        .collect();
    node
}

/// Builds the tree (every root, or the subtree `options.subtree` names).
pub fn build_tree(model: &OrgModel, options: &TreeOptions) -> Result<Vec<TreeNode>, TreeError> {
    let starts = match &options.subtree {
        Some(query) => vec![find_container(model, query)?],
        None => model.roots(),
    };
    Ok(starts.into_iter().map(|c| container_node(model, c, options.depth)).collect())
}

const GREEN: &str = "\x1b[32m";
const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

struct Painter {
    colour: bool,
}

impl Painter {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.colour { format!("{code}{text}{RESET}") } else { text.to_owned() }
    }
}

/// Groups badges by type: `SCP: FullAWSAccess, DenyLeave; TAG: CostCenter`.
fn policy_summary(policies: &[PolicyBadge]) -> String {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for p in policies {
        let abbreviation = policy_type_abbreviation(&p.policy_type).to_owned();
        let name = terminal_safe(&p.name);
        match groups.iter_mut().find(|(t, _)| *t == abbreviation) {
            Some((_, names)) => names.push(name),
            None => groups.push((abbreviation, vec![name])),
        }
    }
    groups
        .iter()
        .map(|(t, names)| format!("{t}: {}", names.join(", ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `n word(s)`, `None` for zero.
fn plural(n: usize, one: &str, many: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    }
}

fn node_line(node: &TreeNode, painter: &Painter) -> String {
    let name = terminal_safe(&node.name);
    let mut line = match node.kind {
        NodeKind::Account => name,
        _ => painter.paint(BOLD, &name),
    };
    line.push(' ');
    line.push_str(&painter.paint(DIM, &format!("({})", terminal_safe(&node.id))));
    if let Some(state) = &node.state {
        let colour = match state.as_str() {
            "ACTIVE" => GREEN,
            "SUSPENDED" | "CLOSED" => RED,
            _ => YELLOW,
        };
        line.push(' ');
        line.push_str(&painter.paint(colour, &terminal_safe(state)));
    }
    if node.management_account {
        line.push_str(" management account");
    }
    if !node.policies.is_empty() {
        line.push_str(&format!("  [{}]", policy_summary(&node.policies)));
    }
    if let Some(hidden) = node.hidden {
        line.push_str(&painter.paint(
            DIM,
            &format!(
                    "  … {} below",
                    [
                        plural(hidden.organizational_units, "OU", "OUs"),
                        plural(hidden.accounts, "account", "accounts")
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ")
                ),
        ));
    }
    line
}

fn render_children(node: &TreeNode, prefix: &str, painter: &Painter, out: &mut String) {
    let last = node.children.len().saturating_sub(1);
    for (i, child) in node.children.iter().enumerate() {
        let (branch, continuation) =
            if i == last { ("└─ ", "   ") } else { ("├─ ", "│  ") };
        out.push_str(prefix);
        out.push_str(branch);
        out.push_str(&node_line(child, painter));
        out.push('\n');
        render_children(child, &format!("{prefix}{continuation}"), painter, out);
    }
}

/// Draws the tree with `├─ └─ │`; `colour` adds ANSI colours (use only on a
/// terminal with NO_COLOR unset).
pub fn render_tree_text(roots: &[TreeNode], colour: bool) -> String {
    let painter = Painter { colour };
    let mut out = String::new();
    for root in roots {
        out.push_str(&node_line(root, &painter));
        out.push('\n');
        render_children(root, "", &painter, &mut out);
    }
    out
}

/// The tree as pretty JSON: an array of root (or subtree) nodes.
pub fn render_tree_json(roots: &[TreeNode]) -> String {
    let mut text = serde_json::to_string_pretty(roots).expect("a tree serialises");
    text.push('\n');
    text
}
