//! Data-driven configuration tests: every folder of `test-data/config/` is
//! one case with an input file (`config.toml`, `config.json`, or `config` /
//! `config.<any extension>`: the format is read from the content), optional
//! `env` (`NAME=VALUE` lines) and `flags` (`key=value` lines), and
//! `expected.txt`.
//!
//! * Bad cases (`bad_*`): one line per expected problem; a line's fragments
//!   are separated by ` && ` and must all appear in the same problem;
//!   `{file}` stands for the input file's path. The number of problems must
//!   equal the number of lines (every problem is reported, at once).
//! * Good cases (`good_*`): first line `valid`, then `POINTER = JSON` lines
//!   checked against the serialized plan.
//!
//! `{case_dir}` inside an input file is replaced by the case folder.
//! No case may show a secret value in any message or in `Debug` output.

use std::path::{Path, PathBuf};

use orgsync_core::UserError;
use orgsync_core::config::{self, Sources};
use orgsync_test_support::config_case;

/// Secret values used by the cases; none may ever be shown.
const SECRET_VALUES: &[&str] = &[
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "FQoGZXIvYXdzEXAMPLETOKEN",
    "hunter2",
    "CANARY",
    "eyJhbGciOiJSUzI1NiJ9",
];

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-data/config")
}

/// The case's sources; the input file is copied with `{case_dir}` replaced when needed.
fn sources(case: &Path, scratch: &Path) -> (Sources, PathBuf) {
    let file = config_case::input_file(case, scratch);
    let sources = Sources {
        file: Some(file.clone()),
        env: config_case::pairs(&case.join("env")),
        flags: config_case::pairs(&case.join("flags")),
        ..Sources::default()
    };
    (sources, file)
}

fn assert_no_secret(case: &str, text: &str, failures: &mut Vec<String>) {
    for secret in SECRET_VALUES {
        if text.contains(secret) {
            failures.push(format!("{case}: a secret value is shown in:\n{text}"));
        }
    }
}

fn check_bad(
    case: &str,
    expected: &[&str],
    file: &Path,
    result: Result<config::Plan, config::ConfigErrors>,
    failures: &mut Vec<String>,
) {
    let errors = match result {
        Ok(plan) => {
            failures.push(format!("{case}: expected problems, got a valid plan {plan:?}"));
            return;
        }
        Err(errors) => errors,
    };
    let problems: Vec<String> = errors.problems().iter().map(ToString::to_string).collect();
    let listing = problems.join("\n  ");
    assert_no_secret(case, &listing, failures);
    assert_no_secret(case, &format!("{errors:?}"), failures);
    let user: UserError = errors.clone().into();
    if user.exit_code != 2 || user.causes != problems {
        failures.push(format!(
            "{case}: UserError must have exit code 2 and one cause per problem: {user:?}"
        ));
    }
    if problems.len() != expected.len() {
        failures.push(format!(
            "{case}: expected {} problem(s), got {}:\n  {listing}",
            expected.len(),
            problems.len()
        ));
        return;
    }
    let mut unmatched: Vec<&String> = problems.iter().collect();
    for line in expected {
        let line = line.replace("{file}", &file.display().to_string());
        let fragments: Vec<&str> = line.split(" && ").collect();
        match unmatched.iter().position(|p| fragments.iter().all(|f| p.contains(f))) {
            Some(i) => {
                unmatched.remove(i);
            }
            None => failures
                .push(format!("{case}: no problem matches `{line}`; problems:\n  {listing}")),
        }
    }
}

fn check_good(
    case: &str,
    expected: &[&str],
    result: Result<config::Plan, config::ConfigErrors>,
    failures: &mut Vec<String>,
) {
    let plan = match result {
        Ok(plan) => plan,
        Err(errors) => {
            failures.push(format!("{case}: expected a valid configuration, got {errors}"));
            return;
        }
    };
    let debug = format!("{plan:?}");
    assert_no_secret(case, &debug, failures);
    let json = serde_json::to_value(&plan).unwrap();
    assert_no_secret(case, &json.to_string(), failures);
    if plan.config_fingerprint.len() != 64
        || !plan.config_fingerprint.bytes().all(|b| b.is_ascii_hexdigit())
    {
        failures
            .push(format!("{case}: fingerprint is not sha256 hex: {}", plan.config_fingerprint));
    }
    for line in expected {
        let (pointer, value) =
            line.split_once(" = ").unwrap_or_else(|| panic!("{case}: bad expectation `{line}`"));
        let want: serde_json::Value = serde_json::from_str(value)
            .unwrap_or_else(|e| panic!("{case}: `{value}` is not JSON: {e}"));
        match json.pointer(pointer) {
            Some(got) if *got == want => {}
            got => failures.push(format!("{case}: {pointer} = {got:?}, expected {want}")),
        }
    }
}

#[test]
fn every_case_of_test_data_config() {
    let scratch = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    let mut counts = (0, 0);
    let mut dirs: Vec<PathBuf> =
        std::fs::read_dir(cases_dir()).unwrap().map(|e| e.unwrap().path()).collect();
    dirs.sort();
    for dir in dirs {
        let case = dir.file_name().unwrap().to_string_lossy().into_owned();
        let expected_text = std::fs::read_to_string(dir.join("expected.txt")).unwrap();
        let expected: Vec<&str> = expected_text.lines().filter(|l| !l.is_empty()).collect();
        let case_scratch = scratch.path().join(&case);
        std::fs::create_dir_all(&case_scratch).unwrap();
        let (sources, file) = sources(&dir, &case_scratch);
        let result = config::load(sources);
        if expected.first() == Some(&"valid") {
            counts.1 += 1;
            check_good(&case, &expected[1..], result, &mut failures);
        } else {
            counts.0 += 1;
            check_bad(&case, &expected, &file, result, &mut failures);
        }
    }
    assert!(counts.0 >= 30 && counts.1 >= 5, "too few cases: {counts:?}");
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn a_file_larger_than_one_mebibyte_is_refused_without_reading_it_as_config() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.toml");
    std::fs::write(&file, format!("region = \"{}\"\n", "a".repeat(2 * 1024 * 1024))).unwrap();
    let errors = config::load(Sources { file: Some(file), ..Sources::default() }).unwrap_err();
    assert_eq!(errors.problems().len(), 1, "{errors}");
    assert!(
        errors.to_string().contains("a configuration file is at most 1048576 bytes"),
        "{errors}"
    );
}

#[test]
fn a_missing_file_is_a_problem_naming_the_file() {
    let errors = config::load(Sources {
        file: Some("/nonexistent/orgsync.toml".into()),
        ..Sources::default()
    })
    .unwrap_err();
    assert!(errors.to_string().contains("/nonexistent/orgsync.toml"), "{errors}");
    assert!(errors.to_string().contains("cannot read the configuration file"), "{errors}");
}

#[test]
fn stdin_secrets_win_over_the_file_and_never_show() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(
        &file,
        "access_key_id = \"ASIAIOSFODNN7EXAMPLE\"\nsecret_access_key = \"from-file-is-wrong\"\n",
    )
    .unwrap();
    let plan = config::load(Sources {
        file: Some(file),
        stdin_secrets: config::StdinSecrets {
            secret_access_key: Some(config::Secret::new(
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            )),
            session_token: Some(config::Secret::new("FQoGZXIvYXdzEXAMPLETOKEN")),
        },
        ..Sources::default()
    })
    .unwrap();
    let config::InitialCredentials::AccessKey { secret_access_key, session_token, .. } =
        &plan.auth.initial
    else {
        panic!("access keys expected")
    };
    assert_eq!(secret_access_key.expose(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    assert_eq!(session_token.as_ref().unwrap().expose(), "FQoGZXIvYXdzEXAMPLETOKEN");
    for shown in [format!("{plan:?}"), format!("{plan:#?}"), serde_json::to_string(&plan).unwrap()]
    {
        assert!(!shown.contains("wJalrXUtnFEMI") && !shown.contains("FQoGZXIvYXdz"), "{shown}");
    }
}

#[test]
fn the_fingerprint_ignores_secrets_and_changes_with_settings() {
    let load = |secret: &str, region: &str| {
        config::load(Sources {
            env: vec![
                ("ORGSYNC_ACCESS_KEY_ID".into(), "AKIAIOSFODNN7EXAMPLE".into()),
                ("ORGSYNC_SECRET_ACCESS_KEY".into(), secret.into()),
                ("ORGSYNC_REGION".into(), region.into()),
            ],
            ..Sources::default()
        })
        .unwrap()
        .config_fingerprint
    };
    let a = load("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1");
    assert_eq!(
        a,
        load("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "us-east-1"),
        "secrets must not change it"
    );
    assert_ne!(a, load("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-west-2"));
}

#[test]
fn a_generated_session_name_takes_the_run_id_but_an_explicit_one_stays() {
    let base = || Sources {
        env: vec![
            ("ORGSYNC_ACCESS_KEY_ID".into(), "AKIAIOSFODNN7EXAMPLE".into()),
            ("ORGSYNC_SECRET_ACCESS_KEY".into(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
        ],
        ..Sources::default()
    };
    let mut plan = config::load(base()).unwrap();
    assert!(plan.auth.role_session_name.starts_with("orgsync-"));
    plan.auth.use_run_id_in_session_name("2026-11-29T16:07:30Z/abc");
    assert_eq!(plan.auth.role_session_name, "orgsync-2026-11-29T16-07-30Z-abc");
    let mut sources = base();
    sources.flags.push(("role_session_name".into(), "nightly".into()));
    let mut plan = config::load(sources).unwrap();
    plan.auth.use_run_id_in_session_name("r1");
    assert_eq!(plan.auth.role_session_name, "nightly");
}

#[test]
fn sub_account_templates_expand_per_account() {
    let plan = config::load(Sources {
        env: vec![
            ("ORGSYNC_ACCESS_KEY_ID".into(), "AKIAIOSFODNN7EXAMPLE".into()),
            ("ORGSYNC_SECRET_ACCESS_KEY".into(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
            (
                "ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN".into(),
                "arn:aws:iam::111122223333:role/Hub;arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole".into(),
            ),
        ],
        ..Sources::default()
    })
    .unwrap();
    let chain = plan.sub_account_chain.as_ref().unwrap();
    let roles = chain.for_account("999988887777").unwrap();
    assert_eq!(roles[1].as_str(), "arn:aws:iam::999988887777:role/OrganizationAccountAccessRole");
    assert!(chain.for_account("12").is_none());
    assert!(plan.tables.contains(&orgsync_schema::TableName::AccountAccess));
}
