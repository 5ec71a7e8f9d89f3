//! `build_tree` and its text/JSON renderings on the small fixture org.

use orgsync_report::{
    OrgModel, TreeError, TreeOptions, build_tree, render_tree_json, render_tree_text,
};

use crate::fixture::{after, before};

fn text(options: TreeOptions) -> String {
    let model = OrgModel::new(&before());
    render_tree_text(&build_tree(&model, &options).unwrap(), false)
}

#[test]
fn whole_tree_as_text() {
    insta::assert_snapshot!("tree_text", text(TreeOptions::default()));
}

#[test]
fn subtree_by_name_id_or_path_and_depth_cut() {
    let by_name = text(TreeOptions { subtree: Some("Engineering".into()), depth: None });
    assert_eq!(
        by_name,
        text(TreeOptions { subtree: Some("ou-ab12-engineer".into()), depth: None })
    );
    assert_eq!(
        by_name,
        text(TreeOptions { subtree: Some("Root/Engineering".into()), depth: None })
    );
    insta::assert_snapshot!("tree_subtree_engineering", by_name);
    insta::assert_snapshot!("tree_depth_1", text(TreeOptions { subtree: None, depth: Some(1) }));
}

#[test]
fn unknown_and_ambiguous_subtrees_are_errors() {
    let model = OrgModel::new(&before());
    let err =
        build_tree(&model, &TreeOptions { subtree: Some("Nope".into()), depth: None }).unwrap_err();
    assert_eq!(err, TreeError::NotFound { query: "Nope".into() });

    let twin = orgsync_report::SnapshotBuilder::new("o-t", "r", "111111111111")
        .root("r-1", "Root")
        .ou("ou-a", "Team", "r-1")
        .ou("ou-b", "Group", "r-1")
        .ou("ou-c", "Team", "ou-b")
        .build();
    let err = build_tree(
        &OrgModel::new(&twin),
        &TreeOptions { subtree: Some("Team".into()), depth: None },
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "2 OUs are named `Team`: ou-c (Root/Group/Team), ou-a (Root/Team)");
    assert!(
        build_tree(
            &OrgModel::new(&twin),
            &TreeOptions { subtree: Some("Root/Group/Team".into()), depth: None }
        )
        .is_ok()
    );
}

#[test]
fn tree_as_json() {
    let model = OrgModel::new(&after());
    let json: serde_json::Value = serde_json::from_str(&render_tree_json(
        &build_tree(&model, &TreeOptions { subtree: Some("Security & Audit".into()), depth: None })
            .unwrap(),
    ))
    .unwrap();
    assert_eq!(
        json,
        serde_json::json!([{
            "kind": "ORGANIZATIONAL_UNIT", "id": "ou-ab12-security", "name": "Security & Audit", "policies": [],
            "children": [{
                "kind": "ACCOUNT", "id": "555555555555", "name": "audit", "state": "SUSPENDED",
                "policies": [{"policy_id": "p-denyregions1", "name": "DenyRegions", "policy_type": "SERVICE_CONTROL_POLICY"}]
            }]
        }])
    );
}

#[test]
fn colour_is_only_added_when_asked() {
    let model = OrgModel::new(&before());
    let tree = build_tree(&model, &TreeOptions::default()).unwrap();
    assert!(!render_tree_text(&tree, false).contains('\u{1b}'));
    assert!(render_tree_text(&tree, true).contains("\u{1b}[32mACTIVE\u{1b}[0m"));
}
