//! Renderings of an [`OrgDiff`]: text (people, terminal), markdown (pull
//! requests, tickets), JSON (machines) and the section list the HTML report
//! draws.
//!
//! Text, markdown and HTML all render one display model ([`DiffSection`]s
//! of [`DiffEntry`]s made of [`Span`]s), so the three say exactly the same
//! thing; only the typography differs. JSON is the [`OrgDiff`] itself.

use serde::Serialize;

use crate::diff::{AttachmentRef, ContactChange, FieldChange, Move, OrgDiff, PolicyRef};
use crate::model::policy_type_abbreviation;
use crate::text::terminal_safe;

/// A piece of an entry's line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "k", content = "v", rename_all = "snake_case")]
pub enum Span {
    /// Connecting words.
    Plain(String),
    /// A resource name (bold in markdown and HTML).
    Name(String),
    /// An id, path, value or document fragment (code in markdown and HTML).
    Value(String),
}

/// Whether an entry adds, removes or changes something.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

impl ChangeKind {
    fn marker(self) -> char {
        match self {
            ChangeKind::Added => '+',
            ChangeKind::Removed => '-',
            ChangeKind::Changed => '~',
        }
    }
}

/// One change, as one line plus optional detail lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffEntry {
    pub kind: ChangeKind,
    pub line: Vec<Span>,
    /// Detail lines (document changes, contact fields), each with its kind.
    pub details: Vec<(ChangeKind, Vec<Span>)>,
}

/// One group of changes ("Accounts", "Policies", …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DiffSection {
    pub title: &'static str,
    pub entries: Vec<DiffEntry>,
}

fn plain(s: impl Into<String>) -> Span {
    Span::Plain(s.into())
}
fn name(s: impl Into<String>) -> Span {
    Span::Name(s.into())
}
fn value(s: impl Into<String>) -> Span {
    Span::Value(s.into())
}
fn opt_value(s: Option<&str>) -> Span {
    s.map_or_else(|| plain("(none)"), value)
}
fn entry(kind: ChangeKind, line: Vec<Span>) -> DiffEntry {
    DiffEntry { kind, line, details: Vec::new() }
}

/// `name (id)` spans.
fn named(label: &str, n: &str, id: &str) -> Vec<Span> {
    vec![plain(format!("{label} ")), name(n), plain(" ("), value(id), plain(")")]
}

fn moved(label: &str, m: &Move) -> DiffEntry {
    let mut line = named(label, &m.name, &m.id);
    line.extend([plain(" moved: "), value(&m.old_path), plain(" → "), value(&m.new_path)]);
    entry(ChangeKind::Changed, line)
}

fn field_changed(label: &str, field: &str, f: &FieldChange) -> DiffEntry {
    let mut line = named(label, &f.name, &f.id);
    line.extend([
        plain(format!(" {field}: ")),
        opt_value(f.old.as_deref()),
        plain(" → "),
        opt_value(f.new.as_deref()),
    ]);
    entry(ChangeKind::Changed, line)
}

fn policy_line(p: &PolicyRef) -> Vec<Span> {
    let managed = if p.aws_managed { ", AWS managed" } else { "" };
    vec![
        plain("policy "),
        name(&p.name),
        plain(" ("),
        value(&p.policy_id),
        plain(format!(", {}{managed})", policy_type_abbreviation(&p.policy_type))),
    ]
}

fn attachment_line(a: &AttachmentRef, verb: &str) -> Vec<Span> {
    let target = match a.target_type.as_str() {
        "ROOT" => "root",
        "ORGANIZATIONAL_UNIT" => "OU",
        "ACCOUNT" => "account",
        other => other,
    };
    vec![
        plain("policy "),
        name(&a.policy_name),
        plain(" ("),
        value(&a.policy_id),
        plain(format!(", {}) {verb} {target} ", policy_type_abbreviation(&a.policy_type))),
        name(&a.target_name),
        plain(" ("),
        value(&a.target_id),
        plain(")"),
    ]
}

fn resource_label(resource_type: &str) -> &str {
    match resource_type {
        "ROOT" => "root",
        "ORGANIZATIONAL_UNIT" => "OU",
        "ACCOUNT" => "account",
        "POLICY" => "policy",
        other => other,
    }
}

fn contact_entry(kind: ChangeKind, c: &ContactChange) -> DiffEntry {
    let mut line = vec![plain(format!("{} contact of ", c.contact_type))];
    line.extend(named("account", &c.account_name, &c.account_id));
    let details = c
        .fields
        .iter()
        .map(|f| {
            let spans = match kind {
                ChangeKind::Added => {
                    vec![plain(format!("{}: ", f.field)), opt_value(f.new.as_deref())]
                }
                ChangeKind::Removed => {
                    vec![plain(format!("{}: ", f.field)), opt_value(f.old.as_deref())]
                }
                ChangeKind::Changed => vec![
                    plain(format!("{}: ", f.field)),
                    opt_value(f.old.as_deref()),
                    plain(" → "),
                    opt_value(f.new.as_deref()),
                ],
            };
            (kind, spans)
        })
        .collect();
    DiffEntry { kind, line, details }
}

/// The display model of a diff: one section per resource kind that has
/// changes, in a fixed order; empty sections are left out.
pub fn sections(d: &OrgDiff) -> Vec<DiffSection> {
    use ChangeKind::{Added, Changed, Removed};
    let mut out = Vec::new();

    let a = &d.accounts;
    let mut entries = Vec::new();
    for x in &a.added {
        let mut line = named("account", &x.name, &x.account_id);
        line.extend([
            plain(" in "),
            value(&x.ou_path),
            plain(", state "),
            opt_value(x.state.as_deref()),
        ]);
        entries.push(entry(Added, line));
    }
    for x in &a.removed {
        let mut line = named("account", &x.name, &x.account_id);
        line.extend([plain(" from "), value(&x.ou_path)]);
        entries.push(entry(Removed, line));
    }
    entries.extend(a.moved.iter().map(|m| moved("account", m)));
    entries.extend(a.renamed.iter().map(|f| field_changed("account", "renamed", f)));
    entries.extend(a.state_changed.iter().map(|f| field_changed("account", "state", f)));
    entries.extend(a.email_changed.iter().map(|f| field_changed("account", "email", f)));
    out.push(DiffSection { title: "Accounts", entries });

    let o = &d.organizational_units;
    let mut entries = Vec::new();
    for x in &o.added {
        let mut line = named("OU", &x.name, &x.ou_id);
        line.extend([plain(" in "), value(&x.parent_path)]);
        entries.push(entry(Added, line));
    }
    for x in &o.removed {
        let mut line = named("OU", &x.name, &x.ou_id);
        line.extend([plain(" from "), value(&x.parent_path)]);
        entries.push(entry(Removed, line));
    }
    entries.extend(o.renamed.iter().map(|f| field_changed("OU", "renamed", f)));
    entries.extend(o.moved.iter().map(|m| moved("OU", m)));
    out.push(DiffSection { title: "Organizational units", entries });

    let p = &d.policies;
    let mut entries = Vec::new();
    entries.extend(p.added.iter().map(|x| entry(Added, policy_line(x))));
    entries.extend(p.removed.iter().map(|x| entry(Removed, policy_line(x))));
    for c in &p.changed {
        if let Some((old, new)) = &c.renamed {
            let mut line = policy_line(&c.policy);
            line.extend([plain(" renamed: "), value(old), plain(" → "), value(new)]);
            entries.push(entry(Changed, line));
        }
        if let Some((old, new)) = &c.description {
            let mut line = policy_line(&c.policy);
            line.extend([
                plain(" description: "),
                opt_value(old.as_deref()),
                plain(" → "),
                opt_value(new.as_deref()),
            ]);
            entries.push(entry(Changed, line));
        }
        if !c.content.is_empty() {
            let mut line = policy_line(&c.policy);
            line.push(plain(" content changed:"));
            let details = c
                .content
                .iter()
                .map(|j| {
                    let at = if j.pointer.is_empty() {
                        "(document)".to_owned()
                    } else {
                        j.pointer.clone()
                    };
                    match (&j.old, &j.new) {
                        (None, new) => {
                            (Added, vec![value(at), plain(": "), opt_value(new.as_deref())])
                        }
                        (old, None) => {
                            (Removed, vec![value(at), plain(": "), opt_value(old.as_deref())])
                        }
                        (Some(old), Some(new)) => (
                            Changed,
                            vec![value(at), plain(": "), value(old), plain(" → "), value(new)],
                        ),
                    }
                })
                .collect();
            entries.push(DiffEntry { kind: Changed, line, details });
        }
    }
    out.push(DiffSection { title: "Policies", entries });

    let mut entries = Vec::new();
    entries.extend(p.attached.iter().map(|x| entry(Added, attachment_line(x, "attached to"))));
    entries.extend(p.detached.iter().map(|x| entry(Removed, attachment_line(x, "detached from"))));
    out.push(DiffSection { title: "Policy attachments", entries });

    let t = &d.tags;
    let mut entries = Vec::new();
    let on = |ty: &str, n: &str, id: &str| named(&format!(" on {}", resource_label(ty)), n, id);
    for x in &t.added {
        let mut line = vec![plain("tag "), value(format!("{}={}", x.key, x.value))];
        line.extend(on(&x.resource_type, &x.resource_name, &x.resource_id));
        entries.push(entry(Added, line));
    }
    for x in &t.removed {
        let mut line = vec![plain("tag "), value(format!("{}={}", x.key, x.value))];
        line.extend(on(&x.resource_type, &x.resource_name, &x.resource_id));
        entries.push(entry(Removed, line));
    }
    for x in &t.changed {
        let mut line = vec![plain("tag "), value(&x.key)];
        line.extend(on(&x.resource_type, &x.resource_name, &x.resource_id));
        line.extend([plain(": "), value(&x.old), plain(" → "), value(&x.new)]);
        entries.push(entry(Changed, line));
    }
    out.push(DiffSection { title: "Tags", entries });

    let c = &d.alternate_contacts;
    let mut entries = Vec::new();
    entries.extend(c.added.iter().map(|x| contact_entry(Added, x)));
    entries.extend(c.removed.iter().map(|x| contact_entry(Removed, x)));
    entries.extend(c.changed.iter().map(|x| contact_entry(Changed, x)));
    out.push(DiffSection { title: "Alternate contacts", entries });

    let entries = d
        .region_opt_status
        .iter()
        .map(|x| {
            let status = |s: &Option<String>| s.clone().unwrap_or_else(|| "not listed".to_owned());
            let kind = match (&x.old, &x.new) {
                (None, _) => Added,
                (_, None) => Removed,
                _ => Changed,
            };
            let mut line = vec![plain("Region "), value(&x.region_name)];
            line.extend(named(" in account", &x.account_name, &x.account_id));
            line.extend([plain(": "), value(status(&x.old)), plain(" → "), value(status(&x.new))]);
            entry(kind, line)
        })
        .collect();
    out.push(DiffSection { title: "Region opt-in", entries });

    out.retain(|s| !s.entries.is_empty());
    out
}

fn spans_to_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Plain(t) | Span::Name(t) | Span::Value(t) => terminal_safe(t),
        })
        .collect()
}

fn summary(d: &OrgDiff) -> String {
    match d.change_count() {
        0 => "no changes".to_owned(),
        1 => "1 change".to_owned(),
        n => format!("{n} changes"),
    }
}

/// Human text: a header, then one block per section with `+`/`-`/`~`
/// lines and indented details.
pub fn render_text(d: &OrgDiff) -> String {
    let mut out = format!(
        "{}: run {} → run {}: {}\n",
        terminal_safe(&d.org_id),
        terminal_safe(&d.from_run_id),
        terminal_safe(&d.to_run_id),
        summary(d)
    );
    if let Some(scope) = &d.scope {
        out.push_str(&format!("scope: {}\n", terminal_safe(scope)));
    }
    for section in sections(d) {
        out.push_str(&format!("\n{} ({})\n", section.title, section.entries.len()));
        for e in &section.entries {
            out.push_str(&format!("  {} {}\n", e.kind.marker(), spans_to_text(&e.line)));
            for (kind, spans) in &e.details {
                out.push_str(&format!("      {} {}\n", kind.marker(), spans_to_text(spans)));
            }
        }
    }
    out
}

/// Escapes text for markdown so names cannot inject emphasis, code, links,
/// tables or HTML. Text never starts a line here (every line begins with a
/// list marker), so block syntax (`#`, `-`, `1.`) needs no escaping.
fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '<' | '>' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An inline code span that holds any text: the fence is one backtick
/// longer than the longest backtick run inside, and padded when needed.
fn markdown_code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ");
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') || s.is_empty() { " " } else { "" };
    format!("{fence}{pad}{s}{pad}{fence}")
}

fn spans_to_markdown(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| match s {
            Span::Plain(t) => markdown_escape(t),
            Span::Name(t) => format!("**{}**", markdown_escape(t)),
            Span::Value(t) => markdown_code(t),
        })
        .collect()
}

/// Markdown: a title, a summary line, then one `###` list per section.
pub fn render_markdown(d: &OrgDiff) -> String {
    let mut out = format!(
        "## Organization changes: {}\n\nFrom run {} to run {}: {}.\n",
        markdown_code(&d.org_id),
        markdown_code(&d.from_run_id),
        markdown_code(&d.to_run_id),
        summary(d)
    );
    if let Some(scope) = &d.scope {
        out.push_str(&format!("\nScope: {}.\n", markdown_code(scope)));
    }
    for section in sections(d) {
        out.push_str(&format!("\n### {} ({})\n\n", section.title, section.entries.len()));
        for e in &section.entries {
            let label = match e.kind {
                ChangeKind::Added => "added",
                ChangeKind::Removed => "removed",
                ChangeKind::Changed => "changed",
            };
            out.push_str(&format!("- *{label}* {}\n", spans_to_markdown(&e.line)));
            for (kind, spans) in &e.details {
                out.push_str(&format!(
                    "  - {} {}\n",
                    markdown_code(&kind.marker().to_string()),
                    spans_to_markdown(spans)
                ));
            }
        }
    }
    out
}

/// Pretty JSON of the whole [`OrgDiff`] plus the change count.
pub fn render_json(d: &OrgDiff) -> String {
    let mut value = serde_json::to_value(d).expect("a diff serialises");
    if let Some(map) = value.as_object_mut() {
        map.insert("change_count".into(), d.change_count().into());
    }
    let mut text = serde_json::to_string_pretty(&value).expect("a JSON value serialises");
    text.push('\n');
    text
}
