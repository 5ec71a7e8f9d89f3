//! The properties the fuzz targets check, as plain functions so that the
//! same code also runs as an ordinary test over a seeded random corpus
//! (`crates/orgsync/tests/cli/reliability/fuzz_corpus.rs` includes this file).
//!
//! Each function takes arbitrary bytes and panics only when orgsync breaks
//! a promise: the configuration loader must never panic, must answer either
//! a plan or problems that each name something (exit code 2), and a role
//! chain it accepts must be well-formed and parse back to itself.

use std::path::{Path, PathBuf};

use orgsync_core::UserError;
use orgsync_core::config::{self, ConfigErrors, Plan, Sources};

/// A scratch file for this process (rewritten at every input).
fn scratch(extension: &str) -> PathBuf {
    std::env::temp_dir().join(format!("orgsync-fuzz-{}.{extension}", std::process::id()))
}

/// Problems must be non-empty, each with a message, and convert to exit code 2.
fn check_errors(errors: ConfigErrors, input: &str) {
    assert!(!errors.problems().is_empty(), "an error without problems for {input:?}");
    for problem in errors.problems() {
        assert!(!problem.to_string().trim().is_empty(), "an empty problem for {input:?}");
    }
    let user: UserError = errors.into();
    assert_eq!(user.exit_code, 2, "configuration errors exit 2");
    assert!(!user.message.is_empty());
}

/// Checks what a loaded plan promises.
fn check_plan(plan: &Plan, input: &str) {
    let auth = &plan.auth;
    for arn in &auth.chain {
        let text = arn.as_str();
        assert!(text.starts_with("arn:"), "{text} from {input:?}");
        assert_eq!(arn.account_id().len(), 12, "{text}");
        assert!(arn.account_id().bytes().all(|b| b.is_ascii_digit()), "{text}");
        assert_eq!(arn.partition(), auth.partition, "one partition across the chain: {text}");
        assert!(text.ends_with(arn.role_name()), "{text}");
    }
    if let Some(id) = &auth.external_id {
        assert!((2..=1224).contains(&id.chars().count()), "external id length: {input:?}");
    }
    let name = &auth.role_session_name;
    assert!((2..=64).contains(&name.chars().count()), "session name {name:?} from {input:?}");
    assert!((900..=43200).contains(&auth.role_session_duration_seconds));
    assert_eq!(plan.config_fingerprint.len(), 64);
}

/// Loads `bytes` as a configuration file (TOML, or JSON when the first byte
/// is odd) and checks the answer; returns whether a plan was accepted.
pub fn config_file(bytes: &[u8]) -> bool {
    let (extension, body) = match bytes.split_first() {
        Some((first, rest)) if first % 2 == 1 => ("json", rest),
        Some((_, rest)) => ("toml", rest),
        None => ("toml", bytes),
    };
    let path = scratch(extension);
    std::fs::write(&path, body).expect("write the scratch file");
    let input = String::from_utf8_lossy(body);
    let accepted = match config::load(Sources { file: Some(path.clone()), ..Sources::default() }) {
        Ok(plan) => {
            check_plan(&plan, &input);
            true
        }
        Err(errors) => {
            check_errors(errors, &input);
            false
        }
    };
    let _ = std::fs::remove_file(&path);
    accepted
}

/// The base identity the chain targets add to.
fn base_env() -> Vec<(String, String)> {
    vec![
        ("ORGSYNC_ACCESS_KEY_ID".into(), "AKIAIOSFODNN7EXAMPLE".into()),
        ("ORGSYNC_SECRET_ACCESS_KEY".into(), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into()),
    ]
}

fn load_chain(key: &str, text: &str) -> Result<Plan, ConfigErrors> {
    config::load(Sources {
        env: base_env(),
        flags: vec![(key.to_owned(), text.to_owned())],
        ..Sources::default()
    })
}

/// Parses `bytes` as a master role chain (and as a sub-account template
/// chain); an accepted chain must be well-formed and its canonical form
/// (ARNs joined with commas) must load back to the same chain. Returns
/// whether a non-empty master chain was accepted.
pub fn role_chain(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else { return false };
    let mut accepted = false;
    match load_chain("master_assume_role_arn_chain", text) {
        Ok(plan) => {
            accepted = !plan.auth.chain.is_empty();
            check_plan(&plan, text);
            let canonical: Vec<&str> = plan.auth.chain.iter().map(|a| a.as_str()).collect();
            if !canonical.is_empty() {
                let again = load_chain("master_assume_role_arn_chain", &canonical.join(","))
                    .unwrap_or_else(|e| panic!("canonical chain {canonical:?} refused: {e}"));
                assert_eq!(again.auth.chain, plan.auth.chain, "round trip of {text:?}");
            }
        }
        Err(errors) => check_errors(errors, text),
    }
    match load_chain("sub_account_assume_role_arn_chain", text) {
        Ok(plan) => {
            if let Some(chain) = &plan.sub_account_chain {
                assert!(!chain.templates().is_empty());
                let roles = chain.for_account("123456789012");
                for role in roles.into_iter().flatten() {
                    assert!(!role.as_str().contains("{accountId}"), "{role} from {text:?}");
                }
            }
        }
        Err(errors) => check_errors(errors, text),
    }
    accepted
}

/// Every configuration key set from the environment and flags at once:
/// `bytes` is split on NUL into values, assigned to the keys in turn.
/// Returns whether a plan was accepted.
pub fn config_sources(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else { return false };
    let keys: Vec<(&'static str, String, Option<String>)> = config::key_names().collect();
    let mut sources = Sources::default();
    for (i, value) in text.split('\0').enumerate() {
        let (key, env, flag) = &keys[i % keys.len()];
        if i % 2 == 0 || flag.is_none() {
            sources.env.push((env.clone(), value.to_owned()));
        } else {
            sources.flags.push(((*key).to_owned(), value.to_owned()));
        }
    }
    match config::load(sources) {
        Ok(plan) => {
            check_plan(&plan, text);
            true
        }
        Err(errors) => {
            check_errors(errors, text);
            false
        }
    }
}

/// Example inputs to start from: every configuration file of the data-driven
/// config cases below `root` (the repository).
pub fn seed_files(root: &Path) -> Vec<Vec<u8>> {
    let mut seeds = Vec::new();
    for folder in ["test-data/config", "test-data/bad-input"] {
        let Ok(cases) = std::fs::read_dir(root.join(folder)) else { continue };
        for case in cases.flatten() {
            for name in ["config.toml", "config.json", "garbage.toml"] {
                if let Ok(bytes) = std::fs::read(case.path().join(name)) {
                    let flag = u8::from(name.ends_with(".json"));
                    seeds.push([&[flag][..], &bytes].concat());
                }
            }
        }
    }
    seeds
}
