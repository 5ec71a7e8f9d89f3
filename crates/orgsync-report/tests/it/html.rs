//! The HTML report: static checks on the document (CSP, no external
//! references, injection-safe data) and a real headless Chromium session
//! that loads a 10,000-account report, filters, expands and screenshots it.
//!
//! The browser test needs `chromium` and `chromedriver`
//! (`apt-get install -y chromium chromium-driver`). Without them it fails
//! when `CI` is set and prints a skip notice otherwise.

use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{TimeZone, Utc};
use orgsync_report::{
    FindingSettings, OrgModel, ReportInput, SnapshotBuilder, account_coverage, account_policies,
    diff, render_html, sections,
};
use orgsync_schema::Snapshot;

use crate::fixture::{FULL_ACCESS, after, before};
use crate::webdriver::{Session, find_browser};

const EVIL_TAG: &str = "</script><script>window.__pwned = 1</script><!--";
const EVIL_NAME: &str = "Zürich \"quoted\" 'single' <b>bold</b> ☃ & co";

/// An organization with `n` accounts spread over OUs up to five levels deep
/// (Workloads/BU/Env/Team/Service), with tags and policies at every level.
fn big_org(run_id: &str, n: usize) -> Snapshot {
    let scp = "SERVICE_CONTROL_POLICY";
    let mut b = SnapshotBuilder::new("o-bigorg0001", run_id, "000000000001")
        .started_at(Utc.with_ymd_and_hms(2025, 3, 1, 12, 0, 0).unwrap())
        .root("r-big1", "Root")
        .policy("p-FullAWSAccess", "FullAWSAccess", scp, FULL_ACCESS)
        .policy("p-guardrails01", "BaselineGuardrails", scp, "{}")
        .policy("p-tagpolicy01", "CostCenterTags", "TAG_POLICY", "{}")
        .policy("p-backup00001", "DailyBackups", "BACKUP_POLICY", "{}")
        .policy("p-prodonly001", "ProdOnly", scp, "{}")
        .attach("p-FullAWSAccess", "r-big1")
        .attach("p-tagpolicy01", "r-big1")
        .ou("ou-big1-work", "Workloads", "r-big1")
        .ou("ou-big1-sand", "Sandbox", "r-big1")
        .ou("ou-big1-secu", "Security", "r-big1")
        .attach("p-guardrails01", "ou-big1-work");
    let mut leaves = vec!["ou-big1-sand".to_owned(), "ou-big1-secu".to_owned()];
    for bu in 1..=4 {
        let bu_id = format!("ou-big1-bu{bu}");
        b = b.ou(&bu_id, &format!("BU-{bu}"), "ou-big1-work");
        for env in ["Prod", "Dev"] {
            let env_id = format!("{bu_id}-{}", env.to_lowercase());
            b = b.ou(&env_id, env, &bu_id);
            if env == "Prod" {
                b = b.attach("p-prodonly001", &env_id);
            }
            for team in 1..=3 {
                let team_id = format!("{env_id}-t{team}");
                b = b.ou(&team_id, &format!("Team-{team}"), &env_id);
                for service in 1..=2 {
                    let service_id = format!("{team_id}-s{service}");
                    b = b.ou(&service_id, &format!("Service-{service}"), &team_id);
                    if service == 2 {
                        b = b.attach("p-backup00001", &service_id);
                    }
                    leaves.push(service_id);
                }
            }
        }
    }
    b = b.account("000000000001", "management", "root@example.com", "ACTIVE", "r-big1");
    for i in 0..n {
        let id = format!("{:012}", 100_000_000_000u64 + i as u64);
        let parent = &leaves[i % leaves.len()];
        let name = if i == 7 { EVIL_NAME.to_owned() } else { format!("acct-{i:05}") };
        let state = match i % 50 {
            0 => "SUSPENDED",
            1 => "PENDING_CLOSURE",
            _ => "ACTIVE",
        };
        b = b
            .account(&id, &name, &format!("acct-{i:05}@example.com"), state, parent)
            .tag(&id, "ACCOUNT", "env", if parent.contains("prod") { "prod" } else { "nonprod" })
            .tag(&id, "ACCOUNT", "cost-center", &format!("cc-{}", i % 17));
        if i == 7 {
            b = b.tag(&id, "ACCOUNT", "note", EVIL_TAG);
        }
    }
    b.build()
}

fn report(snapshot: &Snapshot, previous: Option<&Snapshot>) -> String {
    let d = previous.map(|p| diff(p, snapshot));
    render_html(&ReportInput {
        snapshot,
        diff: d.as_ref(),
        generated_at: Utc.with_ymd_and_hms(2025, 3, 1, 12, 5, 0).unwrap(),
        findings: &FindingSettings::default(),
    })
}

#[test]
fn report_is_self_contained_and_injection_safe() {
    let html = report(&big_org("run-2", 20), None);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-"));
    for external in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "@import", "url(http"] {
        assert!(!html.contains(external), "the report references an external asset: {external}");
    }
    // Only the two real script tags exist; the hostile tag value stays data.
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script>").count(), 2);
    assert!(!html.contains(EVIL_TAG));
    // The embedded data parses back to the exact values.
    let start = html.find("<script type=\"application/json\" id=\"orgsync-data\">").unwrap();
    let body = &html[start..];
    let body = &body[body.find('>').unwrap() + 1..body.find("</script>").unwrap()];
    let data: serde_json::Value = serde_json::from_str(body).unwrap();
    let evil =
        data["accounts"].as_array().unwrap().iter().find(|a| a["name"] == EVIL_NAME).unwrap();
    assert!(evil["tags"].as_array().unwrap().iter().any(|t| t[1] == EVIL_TAG));
}

#[test]
fn report_data_has_one_coverage_entry_per_policy_and_the_unknown_markers() {
    let s = SnapshotBuilder::new("o-aaaaaaaaaa", "run-1", "111111111111")
        .root("r-root", "Root")
        .ou("ou-a", "A", "r-root")
        .account("222222222222", "app", "a@example.com", "ACTIVE", "ou-a")
        .policy("p-FullAWSAccess", "FullAWSAccess", "SERVICE_CONTROL_POLICY", FULL_ACCESS)
        .attach("p-FullAWSAccess", "r-root")
        .attach("p-FullAWSAccess", "ou-a")
        .attach("p-FullAWSAccess", "222222222222")
        .error(
            "aws_organizations_policy",
            Some("TAG_POLICY"),
            "ListPolicies",
            "AccessDeniedException",
        )
        .build();
    let data = orgsync_report::report_data(&ReportInput {
        snapshot: &s,
        diff: None,
        generated_at: Utc.with_ymd_and_hms(2025, 3, 1, 12, 5, 0).unwrap(),
        findings: &FindingSettings::default(),
    });
    let account = &data["accounts"][0];
    // Attached at three levels, listed once: direct, attached at 3 levels.
    assert_eq!(account["coverage"], serde_json::json!([[0, -1, 3]]));
    assert_eq!(
        account["unknown"],
        serde_json::json!([[
            "TAG_POLICY",
            "*",
            "ListPolicies for TAG_POLICY failed: AccessDeniedException"
        ]])
    );
    assert!(data["findings"].as_array().is_some_and(|f| !f.is_empty()));
}

#[test]
fn report_embeds_the_diff_sections() {
    let html = report(&after(), Some(&before()));
    assert!(html.contains("\"changeCount\":26"));
    assert!(html.contains("\"title\":\"Policy attachments\""));
}

/// The browser, under the suite's policy for missing components.
fn browser_or_skip() -> Option<crate::webdriver::BrowserPaths> {
    orgsync_test_support::require(
        find_browser(),
        "chromium and chromedriver not found",
        "apt-get install -y chromium chromium-driver",
    )
}

/// `name` in the folder the browser tests leave their reports and
/// screenshots in.
fn artifact(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("orgsync-report");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// Opens the report `file` in `browser` and waits for its script to be done.
fn load(browser: &Session, file: &Path) {
    browser.goto(&format!("file://{}", file.display()));
    browser
        .wait_for("the report script", "return document.documentElement.dataset.ready === 'true'");
}

#[test]
fn report_works_in_headless_chromium_with_10000_accounts() {
    let Some(paths) = browser_or_skip() else { return };
    let accounts = 10_000;
    let previous = big_org("run-1", accounts - 3);
    let snapshot = big_org("run-2", accounts);
    let file = artifact("report-10000.html");
    std::fs::write(&file, report(&snapshot, Some(&previous))).unwrap();
    eprintln!("report: {} ({} bytes)", file.display(), std::fs::metadata(&file).unwrap().len());

    let browser = Session::start(&paths);
    let started = Instant::now();
    load(&browser, &file);
    eprintln!("load + render of {accounts} accounts: {:?}", started.elapsed());

    // Nothing left the page, and the hostile tag value did not execute.
    assert_eq!(browser.eval("return performance.getEntriesByType('resource').length"), 0);
    assert_eq!(browser.eval("return typeof window.__pwned"), "undefined");

    // The account count shown equals the snapshot's account rows.
    let total = snapshot.rows(orgsync_schema::TableName::Account).len();
    assert_eq!(
        browser.eval("return document.getElementById('account-total').textContent"),
        "10,001"
    );
    browser.click(&browser.find("#tab-accounts"));
    let count = |what: &str| {
        browser.eval(&format!(
            "return Number(document.getElementById('account-count').dataset.{what})"
        ))
    };
    assert_eq!(count("total"), total);
    assert_eq!(count("shown"), total);
    // Virtualised: only the visible rows exist in the DOM.
    let rendered = browser
        .eval("return document.querySelectorAll('#account-rows .row').length")
        .as_u64()
        .unwrap();
    assert!(rendered > 5 && rendered < 100, "{rendered} rows rendered");
    browser.screenshot(&artifact("accounts.png"));

    // Typing in the search box filters the rows.
    let search = browser.find("#account-search");
    browser.type_text(&search, "ACCT-004");
    let expected =
        (0..accounts).filter(|i| format!("acct-{i:05}@example.com").contains("acct-004")).count();
    assert_eq!(expected, 100);
    browser.wait_for(
        "the search to apply",
        "return document.getElementById('account-count').dataset.shown === '100'",
    );
    let first =
        browser.eval("return document.querySelector('#account-rows .row .name').textContent");
    assert_eq!(first, "acct-00400");

    // The hostile account renders its values as text.
    browser.eval("var s = document.getElementById('account-search'); s.value = ''; s.dispatchEvent(new Event('input')); return 0");
    browser.type_text(&search, "Zürich");
    browser.wait_for(
        "one match",
        "return document.getElementById('account-count').dataset.shown === '1'",
    );
    assert_eq!(
        browser.eval("return document.querySelector('#account-rows .row .name').textContent"),
        EVIL_NAME
    );
    assert_eq!(browser.eval("return document.querySelectorAll('#account-rows b').length"), 0);
    let tags = browser
        .eval("return document.querySelector('#account-rows .row [role=cell]:nth-child(6)').title");
    assert!(tags.as_str().unwrap().contains(EVIL_TAG), "{tags}");

    // Tag filter key=value.
    browser.eval("var s = document.getElementById('account-search'); s.value = ''; s.dispatchEvent(new Event('input')); return 0");
    browser.type_text(&browser.find("#filter-tag"), "cost-center=cc-3");
    let cc3 = (0..accounts).filter(|i| i % 17 == 3).count();
    browser.wait_for(
        "the tag filter",
        &format!("return document.getElementById('account-count').dataset.shown === '{cc3}'"),
    );

    // A collapsed OU expands on click, its children rendered only then.
    browser.click(&browser.find("#tab-tree"));
    let ou = "li[data-node='ou-big1-work']";
    assert_eq!(
        browser.eval(&format!(
            "return document.querySelector(\"{ou}\").getAttribute('aria-expanded')"
        )),
        "false"
    );
    assert_eq!(browser.eval(&format!("return document.querySelectorAll(\"{ou} li\").length")), 0);
    browser.click(&browser.find(&format!("{ou} > .node")));
    assert_eq!(
        browser.eval(&format!(
            "return document.querySelector(\"{ou}\").getAttribute('aria-expanded')"
        )),
        "true"
    );
    let bus = browser.eval(&format!("return document.querySelectorAll(\"{ou} > ul > li\").length"));
    assert_eq!(bus, 4, "Workloads shows its four BUs");
    browser.click(&browser.find("li[data-node='ou-big1-bu1'] > .node"));
    browser.click(&browser.find("li[data-node='ou-big1-bu1-prod'] > .node"));
    browser.click(&browser.find("li[data-node='ou-big1-bu1-prod-t1'] > .node"));
    browser.click(&browser.find("li[data-node='ou-big1-bu1-prod-t1-s2'] > .node"));
    browser.screenshot(&artifact("tree.png"));

    // Coverage of an account five OU levels deep matches the Rust computation.
    let model = OrgModel::new(&snapshot);
    let leaf = model.container("ou-big1-bu1-prod-t1-s2").unwrap();
    let deep = account_coverage(&model, model.child_accounts(leaf)[0]);
    assert_eq!(deep.ou_path, "Root/Workloads/BU-1/Prod/Team-1/Service-2");
    browser.click(&browser.find("li[data-node='ou-big1-bu1-prod-t1-s2'] li .node"));
    let heading = browser.eval("return document.querySelector('#coverage-detail h3').textContent");
    assert!(heading.as_str().unwrap().contains(&deep.account_id), "{heading}");
    let shown_types = browser.eval(
        "return Array.from(document.querySelectorAll('#coverage-detail .ptype')).map(function (b) {
           return [b.dataset.policyType, b.querySelectorAll('li').length]; })",
    );
    // One line per policy that applies (the rows of the applicability table).
    let view = account_policies(&snapshot, &model, model.child_accounts(leaf)[0]);
    let expected_types: Vec<serde_json::Value> =
        view.by_type.iter().map(|(t, list)| serde_json::json!([t, list.len()])).collect();
    assert_eq!(view.by_type.len(), deep.by_type.len());
    assert_eq!(shown_types, serde_json::Value::Array(expected_types));
    browser.screenshot(&artifact("coverage.png"));

    browser.click(&browser.find("#tab-changes"));
    let entries: usize =
        sections(&diff(&previous, &snapshot)).iter().map(|s| s.entries.len()).sum();
    assert_eq!(entries, 9, "3 accounts and their 6 tags were added");
    assert_eq!(
        browser.eval("return document.querySelectorAll('#changes .change').length"),
        entries
    );
    browser.screenshot(&artifact("changes.png"));

    // The findings tab lists what the Rust checks find, one row each.
    let expected = orgsync_report::findings(&snapshot, &model, &FindingSettings::default());
    assert!(!expected.is_empty());
    browser.click(&browser.find("#tab-findings"));
    assert_eq!(
        browser.eval("return document.querySelectorAll('#finding-table tbody tr').length"),
        expected.len()
    );
    assert_eq!(
        browser.eval(
            "return Number(document.getElementById('finding-total').textContent.replace(/,/g, ''))"
        ),
        expected.len()
    );
    let first =
        browser.eval("return document.querySelector('#finding-table tbody tr').dataset.finding");
    let most_severe =
        expected.iter().max_by_key(|f| (f.severity, std::cmp::Reverse(f.id))).unwrap();
    assert_eq!(first, most_severe.id);
    browser.screenshot(&artifact("findings.png"));
}

#[test]
fn activity_tab_shows_the_records_and_says_why_one_is_missing() {
    use orgsync_schema::{TableName, Value};
    let Some(paths) = browser_or_skip() else { return };
    let at = |day: u32| Value::Timestamp(Utc.with_ymd_and_hms(2025, 2, day, 12, 0, 0).unwrap());
    let policy = "{\"Statement\":[{\"Sid\":\"</script><b>x</b>\"}]}";
    // An INVITE handshake's columns: id, state, day requested and the target.
    let invitation = |id: &str, state: &str, day: u32, target_type: &str, target: &str| {
        [
            ("handshake_id", Value::text(id)),
            ("action", Value::text("INVITE")),
            ("state", Value::text(state)),
            ("requested_timestamp", at(day)),
            ("target_id", Value::text(target)),
            ("target_type", Value::text(target_type)),
            ("parties", Value::Json("[]".into())),
            ("resources", Value::Json("[]".into())),
        ]
    };
    let snapshot = SnapshotBuilder::new("o-activity01", "run-1", "111111111111")
        .root("r-ab12", "Root")
        .row(
            TableName::Handshake,
            &invitation("h-accepted01", "ACCEPTED", 20, "ACCOUNT", "222222222222"),
        )
        .row(TableName::Handshake, &invitation("h-open00001", "OPEN", 2, "EMAIL", EVIL_NAME))
        .row(
            TableName::CreateAccountStatus,
            &[
                ("request_id", Value::text("car-ok0000001")),
                ("account_name", Value::text("fine")),
                ("state", Value::text("SUCCEEDED")),
                ("requested_timestamp", at(25)),
            ],
        )
        .row(
            TableName::CreateAccountStatus,
            &[
                ("request_id", Value::text("car-failed001")),
                ("account_name", Value::text("broken")),
                ("state", Value::text("FAILED")),
                ("failure_reason", Value::text("EMAIL_ALREADY_EXISTS")),
                ("requested_timestamp", at(1)),
            ],
        )
        .row(
            TableName::ResourcePolicy,
            &[("policy_id", Value::text("rp-example1")), ("content", Value::text(policy))],
        )
        .error(
            "aws_organizations_root_access_feature",
            None,
            "ListOrganizationsFeatures",
            "ServiceAccessNotEnabledException",
        )
        .read_empty(TableName::RootAccessFeature)
        .read_empty(TableName::ResponsibilityTransfer)
        .build();
    let file = artifact("report-activity.html");
    std::fs::write(&file, report(&snapshot, None)).unwrap();

    let browser = Session::start(&paths);
    load(&browser, &file);
    browser.click(&browser.find("#tab-activity"));
    let cell = |table: &str, row: usize, col: usize| {
        browser.eval(&format!(
            "return document.querySelectorAll('#{table} tbody tr')[{row}].children[{col}].textContent"
        ))
    };
    // Open invitations first, the invited party shown as text, not markup.
    assert_eq!(cell("handshake-table", 0, 0), "OPEN");
    assert_eq!(cell("handshake-table", 0, 2), format!("EMAIL {EVIL_NAME}").as_str());
    assert_eq!(cell("handshake-table", 1, 0), "ACCEPTED");
    // Failed account creations first, with AWS's reason.
    assert_eq!(cell("create-account-table", 0, 0), "FAILED");
    assert_eq!(cell("create-account-table", 0, 3), "EMAIL_ALREADY_EXISTS");
    // The delegation policy's document, verbatim.
    assert_eq!(
        browser.eval("return document.getElementById('resource-policy-content').textContent"),
        policy
    );
    let text =
        |id: &str| browser.eval(&format!("return document.getElementById('{id}').textContent"));
    let root_access = text("activity-root-access");
    assert!(
        root_access
            .as_str()
            .unwrap()
            .contains("ListOrganizationsFeatures answered ServiceAccessNotEnabledException"),
        "{root_access}"
    );
    assert_eq!(text("activity-transfers"), "No billing responsibility transfer.");
    assert_eq!(text("activity-invalid-policies"), "Not read in this run (table excluded).");
    assert_eq!(browser.eval("return document.querySelectorAll('#panel-activity b').length"), 0);
    browser.screenshot(&artifact("activity.png"));
}

#[test]
fn account_detail_shows_creation_date_opt_in_regions_and_primary_contact() {
    use orgsync_schema::{TableName, Value};
    let Some(paths) = browser_or_skip() else { return };
    let region = |account: &str, name: &str, status: &str| {
        [
            ("account_id", Value::text(account)),
            ("region_name", Value::text(name)),
            ("region_opt_status", Value::text(status)),
        ]
    };
    let created = Value::Timestamp(Utc.with_ymd_and_hms(2019, 5, 17, 8, 30, 0).unwrap());
    let snapshot = SnapshotBuilder::new("o-details001", "run-1", "111111111111")
        .root("r-ab12", "Root")
        .account("111111111111", "management", "m@example.com", "ACTIVE", "r-ab12")
        .account("222222222222", "workload", "w@example.com", "ACTIVE", "r-ab12")
        .row(
            TableName::AccountInformation,
            &[
                ("account_id", Value::text("222222222222")),
                ("account_name", Value::text("workload")),
                ("account_state", Value::text("ACTIVE")),
                ("account_created_date", created),
            ],
        )
        .row(TableName::AccountRegion, &region("222222222222", "us-east-1", "ENABLED_BY_DEFAULT"))
        .row(TableName::AccountRegion, &region("222222222222", "af-south-1", "ENABLED"))
        .row(TableName::AccountRegion, &region("222222222222", "eu-south-2", "ENABLING"))
        .row(TableName::AccountRegion, &region("222222222222", "me-south-1", "DISABLED"))
        .row(TableName::AccountRegion, &region("111111111111", "us-east-1", "ENABLED_BY_DEFAULT"))
        .row(
            TableName::AccountContact,
            &[
                ("account_id", Value::text("222222222222")),
                ("full_name", Value::text(EVIL_NAME)),
                ("address_line1", Value::text("1 Main Street")),
                ("city", Value::text("Dublin")),
                ("postal_code", Value::text("D01")),
                ("country_code", Value::text("IE")),
                ("phone_number", Value::text("+353-1-555-0100")),
            ],
        )
        .build();
    let file = artifact("report-account-details.html");
    std::fs::write(&file, report(&snapshot, None)).unwrap();

    let browser = Session::start(&paths);
    load(&browser, &file);
    browser.click(&browser.find("#tab-accounts"));
    browser.click(&browser.find("[data-account='222222222222']"));
    let details = browser.eval(
        "return Array.from(document.querySelectorAll('#coverage-detail .account-details dt, #coverage-detail .account-details dd')).map(function (e) { return e.textContent; })",
    );
    assert_eq!(
        details,
        serde_json::json!([
            "Created",
            "2019-05-17",
            "Opt-in Regions",
            "af-south-1, eu-south-2 (enabling)",
            "Primary contact",
            format!("{EVIL_NAME}, Dublin, IE"),
        ])
    );
    assert_eq!(browser.eval("return document.querySelectorAll('#coverage-detail b').length"), 0);
    // An account the tables say nothing else about: no enabled opt-in Region.
    browser.click(&browser.find("#tab-accounts"));
    browser.click(&browser.find("[data-account='111111111111']"));
    let details = browser.eval(
        "return Array.from(document.querySelectorAll('#coverage-detail .account-details dd')).map(function (e) { return e.textContent; })",
    );
    assert_eq!(details, serde_json::json!(["none enabled"]));
    browser.screenshot(&artifact("account-details.png"));
}
