//! Bad input through the real binary: every case of `test-data/bad-input/`
//! (environment, flags, configuration files, destinations, the file system)
//! and every `bad_*` case of `test-data/config/` (whose library-level runner
//! is `crates/orgsync-core/tests/core/config_cases.rs`) must exit 2 with a clear
//! `error:` naming the key, before any network call, without echoing a
//! secret, and without touching an existing destination file.
//!
//! A `test-data/bad-input/<case>/case.json` holds: `description`, `command`
//! (default `sync`), `args`, `env` (`null` removes a base variable),
//! `env_hex` (values given as hex bytes, for invalid UTF-8), `stdin`,
//! `setup` (`regular_file`: `{tmp}/file` is a regular file;
//! `corrupt_sqlite`: `{tmp}/org.db` is a SQLite database with corrupt pages;
//! `text_file_db`: `{tmp}/org.db` is a text file), `expect_exit`, `expect`
//! (fragments that must all appear on stderr), `forbid` (fragments that must
//! appear nowhere) and `unchanged` (a file whose bytes must not change).
//! `{case}` is the case folder and `{tmp}` a fresh temporary folder.

use std::ffi::OsString;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use orgsync_test_support::config_case;
use serde_json::Value;
use tokio::io::AsyncWriteExt;

use super::support::{describe, figures, orgsync};

/// A valid base identity; cases override or remove parts of it.
const BASE_ENV: &[(&str, &str)] = &[
    ("ORGSYNC_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("ORGSYNC_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
];

fn repo_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test-data").join(name)
}

fn case_dirs(folder: &str, prefix: &str) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(repo_dir(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir() && p.file_name().unwrap().to_str().unwrap().starts_with(prefix))
        .collect();
    dirs.sort();
    dirs
}

/// A loopback listener standing in for AWS: counts connections, answers nothing.
struct NetworkGuard {
    endpoint: String,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl NetworkGuard {
    async fn start() -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let connections = Arc::new(AtomicUsize::new(0));
        let counter = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                counter.fetch_add(1, Ordering::SeqCst);
                drop(socket);
            }
        });
        Self { endpoint, connections, task }
    }
}

impl Drop for NetworkGuard {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A SQLite database with rows, then garbage written over its second page.
fn corrupt_sqlite(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "PRAGMA page_size = 4096; CREATE TABLE keep (id INTEGER PRIMARY KEY, v TEXT);
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500)
         INSERT INTO keep SELECT i, hex(randomblob(40)) FROM n;",
    )
    .unwrap();
    drop(conn);
    let mut bytes = std::fs::read(path).unwrap();
    assert!(bytes.len() > 3 * 4096);
    for (i, b) in bytes[4096..3 * 4096].iter_mut().enumerate() {
        *b = (i * 7 % 251) as u8;
    }
    std::fs::write(path, bytes).unwrap();
}

fn substitute(text: &str, case: &Path, tmp: &Path) -> String {
    text.replace("{case}", &case.display().to_string()).replace("{tmp}", &tmp.display().to_string())
}

async fn run_bad_input_case(case: &Path, guard: &NetworkGuard) -> Result<(), String> {
    let spec: Value =
        serde_json::from_str(&std::fs::read_to_string(case.join("case.json")).unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let sub = |s: &str| substitute(s, case, tmp.path());
    match spec["setup"].as_str() {
        None => {}
        Some("regular_file") => std::fs::write(tmp.path().join("file"), "not a folder").unwrap(),
        Some("corrupt_sqlite") => corrupt_sqlite(&tmp.path().join("org.db")),
        Some("text_file_db") => {
            std::fs::write(tmp.path().join("org.db"), "notes, not a db\n").unwrap()
        }
        Some(other) => panic!("unknown setup `{other}`"),
    }
    let unchanged = spec["unchanged"].as_str().map(|p| {
        let path = PathBuf::from(sub(p));
        let bytes = std::fs::read(&path).unwrap();
        (path, bytes)
    });

    let command = spec["command"].as_str().unwrap_or("sync");
    let args: Vec<String> =
        spec["args"].as_array().unwrap().iter().map(|a| sub(a.as_str().unwrap())).collect();
    let mut cmd = orgsync(std::iter::once(command.to_owned()).chain(args));
    cmd.env("ORGSYNC_ENDPOINT_URL", &guard.endpoint)
        .env("ORGSYNC_DESTINATION", format!("sqlite:{}/default.db", tmp.path().display()));
    for (name, value) in BASE_ENV {
        cmd.env(name, value);
    }
    for (name, value) in spec["env"].as_object().unwrap() {
        match value.as_str() {
            Some(v) => cmd.env(name, sub(v)),
            None => cmd.env_remove(name),
        };
    }
    if let Some(hex) = spec["env_hex"].as_object() {
        for (name, value) in hex {
            let hex = value.as_str().unwrap();
            let bytes: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            cmd.env(name, OsString::from_vec(bytes));
        }
    }
    cmd.stdin(std::process::Stdio::piped());
    let connections_before = guard.connections.load(Ordering::SeqCst);
    let mut child = cmd.spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    if let Some(text) = spec["stdin"].as_str() {
        stdin.write_all(text.as_bytes()).await.unwrap();
    }
    drop(stdin);
    let output = child.wait_with_output().await.unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();

    let mut problems = Vec::new();
    if guard.connections.load(Ordering::SeqCst) != connections_before {
        problems.push("a network connection was made".to_owned());
    }
    let exit = spec["expect_exit"].as_i64().unwrap_or(2) as i32;
    if output.status.code() != Some(exit) {
        problems.push(format!("exit {:?}, expected {exit}", output.status.code()));
    }
    if !stderr.lines().any(|l| l.starts_with("error: ") || l.starts_with("error: ")) {
        problems.push("no `error:` line".to_owned());
    }
    for fragment in spec["expect"].as_array().unwrap() {
        let fragment = sub(fragment.as_str().unwrap());
        if !stderr.contains(&fragment) {
            problems.push(format!("`{fragment}` not on stderr"));
        }
    }
    for fragment in spec["forbid"].as_array().into_iter().flatten() {
        let fragment = fragment.as_str().unwrap();
        if stderr.contains(fragment) || stdout.contains(fragment) {
            problems.push(format!("`{fragment}` was shown"));
        }
    }
    if let Some((path, before)) = unchanged
        && std::fs::read(&path).ok().as_deref() != Some(before.as_slice())
    {
        problems.push(format!("{} was modified", path.display()));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}\n{}", case.display(), problems.join("; "), describe(&output)))
    }
}

/// Runs every case (one after the other: each watches the network guard)
/// and fails naming each case that failed.
async fn every_case_passes<'a, F, Fut>(cases: &'a [PathBuf], run: F)
where
    F: Fn(&'a Path) -> Fut,
    Fut: std::future::Future<Output = Result<(), String>>,
{
    let mut failures = Vec::new();
    for case in cases {
        if let Err(e) = run(case).await {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_input_case_exits_2_naming_the_problem() {
    let guard = NetworkGuard::start().await;
    let cases = case_dirs("bad-input", "");
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    every_case_passes(&cases, |case| run_bad_input_case(case, &guard)).await;
    println!("reliability-figures test=bad_input bad_inputs={}", cases.len());
    figures("bad_input", 0, cases.len() as u64, 0, 0);
}

async fn run_config_case(case: &Path, guard: &NetworkGuard) -> Result<(), String> {
    let tmp = tempfile::tempdir().unwrap();
    let file = config_case::input_file(case, tmp.path());
    let mut args = vec!["check".to_owned(), "--config".to_owned(), file.display().to_string()];
    for (key, value) in config_case::pairs(&case.join("flags")) {
        args.push(format!("--{}={value}", key.replace('_', "-")));
    }
    let mut cmd = orgsync(args);
    // The guard stands in for AWS unless the case is about the endpoint itself.
    if !std::fs::read(&file).unwrap().windows(12).any(|w| w == b"endpoint_url") {
        cmd.env("ORGSYNC_ENDPOINT_URL", &guard.endpoint);
    }
    for (name, value) in config_case::pairs(&case.join("env")) {
        cmd.env(name, value);
    }
    let connections_before = guard.connections.load(Ordering::SeqCst);
    let output = super::support::run(cmd).await;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
    let mut problems = Vec::new();
    if output.status.code() != Some(2) {
        problems.push(format!("exit {:?}", output.status.code()));
    }
    if guard.connections.load(Ordering::SeqCst) != connections_before {
        problems.push("a network connection was made".to_owned());
    }
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let line = line.replace("{file}", &file.display().to_string());
        let missing: Vec<&str> =
            line.split(" && ").filter(|fragment| !stderr.contains(fragment)).collect();
        if !missing.is_empty() {
            problems.push(format!("{missing:?} not on stderr"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}: {}\n{}", case.display(), problems.join("; "), describe(&output)))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_bad_config_case_exits_2_through_the_binary() {
    let guard = NetworkGuard::start().await;
    let cases = case_dirs("config", "bad_");
    every_case_passes(&cases, |case| run_config_case(case, &guard)).await;
    println!("reliability-figures test=bad_config_binary bad_inputs={}", cases.len());
}
