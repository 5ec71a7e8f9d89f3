//! `diff` over two versions of an organization with every change kind; the
//! exact text, markdown and JSON renderings are insta snapshots.

use orgsync_report::{OrgDiff, diff, render_json, render_markdown, render_text};

use crate::fixture::{after, before};

#[test]
fn every_change_kind_is_reported_in_text_markdown_and_json() {
    let d = diff(&before(), &after());
    let renderings = [
        ("diff_text", render_text as fn(&OrgDiff) -> String),
        ("diff_markdown", render_markdown),
        ("diff_json", render_json),
    ];
    for (snapshot, render) in renderings {
        insta::assert_snapshot!(snapshot, render(&d));
    }
}

#[test]
fn identical_snapshots_have_no_changes() {
    let d = diff(&before(), &before());
    assert!(d.is_empty());
    assert_eq!(render_text(&d), "o-exampleorg1: run run-1 → run run-1: no changes\n");
}

#[test]
fn counts_match_the_fixture() {
    let d = diff(&before(), &after());
    let names = |v: &[orgsync_report::diff::AccountRef]| {
        v.iter().map(|a| a.name.clone()).collect::<Vec<_>>()
    };
    assert_eq!(names(&d.accounts.added), ["data-lake"]);
    assert_eq!(names(&d.accounts.removed), ["old-batch"]);
    assert_eq!(d.accounts.moved.len(), 1);
    assert_eq!(d.accounts.moved[0].old_path, "Root/Engineering/Dev");
    assert_eq!(d.accounts.moved[0].new_path, "Root/Engineering/Prod");
    assert_eq!(d.organizational_units.moved[0].new_path, "Root");
    assert_eq!(d.policies.changed.len(), 1, "only DenyRegions changed: {:#?}", d.policies.changed);
    assert_eq!(d.change_count(), 26);
}

#[test]
fn terminal_escape_sequences_in_names_are_neutralised() {
    use orgsync_report::SnapshotBuilder;
    let a = SnapshotBuilder::new("o-x", "r1", "111111111111").root("r-1", "Root").build();
    let b = SnapshotBuilder::new("o-x", "r2", "111111111111")
        .root("r-1", "Root")
        .account("222222222222", "evil\u{1b}[2J\nname", "e@example.com", "ACTIVE", "r-1")
        .build();
    let text = render_text(&diff(&a, &b));
    assert!(!text.contains('\u{1b}'), "{text}");
    assert!(text.contains(r"evil\u{1b}[2J\u{a}name"), "{text}");
    let markdown = render_markdown(&diff(&a, &b));
    assert!(markdown.lines().any(|l| l.contains("**evil") && l.contains("name**")), "{markdown}");
}

#[test]
fn region_opt_in_changes_are_reported_when_both_runs_read_them() {
    use orgsync_report::SnapshotBuilder;
    use orgsync_schema::{TableName, Value};
    let with_regions =
        |run: &str, regions: &[(&str, &str, &str)], new_account: bool| {
            let mut b = SnapshotBuilder::new("o-x", run, "111111111111")
                .root("r-1", "Root")
                .account("222222222222", "workload", "w@example.com", "ACTIVE", "r-1");
            if new_account {
                b = b.account("333333333333", "newcomer", "n@example.com", "ACTIVE", "r-1");
            }
            for (account, region, status) in regions {
                b = b.row(
                    TableName::AccountRegion,
                    &[
                        ("account_id", Value::text(*account)),
                        ("region_name", Value::text(*region)),
                        ("region_opt_status", Value::text(*status)),
                    ],
                );
            }
            b.read_empty(TableName::AccountRegion).build()
        };
    let before = with_regions(
        "r1",
        &[("222222222222", "af-south-1", "DISABLED"), ("222222222222", "me-south-1", "ENABLED")],
        false,
    );
    let after = with_regions(
        "r2",
        &[
            ("222222222222", "af-south-1", "ENABLED"),
            ("222222222222", "me-south-1", "ENABLED"),
            ("222222222222", "mx-central-1", "DISABLED"),
            ("333333333333", "af-south-1", "ENABLED"),
        ],
        true,
    );
    let d = diff(&before, &after);
    let changes: Vec<(&str, &str, Option<&str>, Option<&str>)> = d
        .region_opt_status
        .iter()
        .map(|c| {
            (c.account_id.as_str(), c.region_name.as_str(), c.old.as_deref(), c.new.as_deref())
        })
        .collect();
    // The new account is an account change, not two Region ones.
    assert_eq!(
        changes,
        [
            ("222222222222", "af-south-1", Some("DISABLED"), Some("ENABLED")),
            ("222222222222", "mx-central-1", None, Some("DISABLED")),
        ]
    );
    assert_eq!(d.change_count(), 3);
    let text = render_text(&d);
    assert!(
        text.contains("~ Region af-south-1 in account workload (222222222222): DISABLED → ENABLED"),
        "{text}"
    );
    assert!(text.contains("+ Region mx-central-1 in account workload"), "{text}");
    assert!(render_json(&d).contains("\"region_opt_status\""));
    // A run that did not read the table says nothing about Regions.
    let unread = SnapshotBuilder::new("o-x", "r3", "111111111111")
        .root("r-1", "Root")
        .account("222222222222", "workload", "w@example.com", "ACTIVE", "r-1")
        .build();
    assert!(diff(&before, &unread).region_opt_status.is_empty());
    assert!(!render_json(&diff(&before, &before)).contains("region_opt_status"));
}
