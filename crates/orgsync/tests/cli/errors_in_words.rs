//! Errors in words: every failure a user can cause by configuration or
//! environment reads as a sentence naming the cause, with a `hint:` line,
//! and never as a `Debug` dump of the AWS SDK's or the HTTP client's
//! structures.
//!
//! One table of cases runs the real `orgsync` binary (`check` and/or `sync`)
//! with a cleared environment and a temporary HOME: no credentials at all, a
//! profile that is not defined (from `AWS_PROFILE` and from `--profile`), an
//! endpoint that refuses connections, a host name that does not resolve, a
//! self-signed TLS certificate, a proxy that refuses, an endpoint that never
//! accepts (timeout), a role ARN with a typo (against the emulator) and a
//! data-hub export whose required keys are empty. Each case asserts the exit
//! code (2 for configuration and usage errors, 1 for a failed run), the
//! words that name the cause, a `hint:` line, and that none of the `Debug`
//! markers appear anywhere in stdout or stderr.

use std::path::Path;
use std::process::Output;
use std::time::Duration;

use orgsync_emulator::{Emulator, EmulatorConfig};
use orgsync_test_support::free_port;
use tokio::process::Command;

const ACCESS_KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/// Fragments of `Debug` output that must never reach the user.
const DEBUG_MARKERS: &[&str] =
    &["DispatchFailure", "ConnectorError", "hyper::Error", "Some(", "{ ", "source:"];

/// Whether `text` holds `marker` as a word of its own (`source:` is a
/// `Debug` field; AWS's own "on resource: arn:…" is not).
fn contains_marker(text: &str, marker: &str) -> bool {
    text.match_indices(marker).any(|(at, _)| {
        !text[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// One row of the matrix.
struct Case {
    name: &'static str,
    /// Subcommands to run (`check`, `sync`), each with the same environment.
    commands: &'static [&'static str],
    args: Vec<String>,
    env: Vec<(String, String)>,
    exit_code: i32,
    /// Fragments that must all appear in stderr.
    says: Vec<String>,
}

impl Case {
    fn new(name: &'static str, commands: &'static [&'static str], exit_code: i32) -> Self {
        Case { name, commands, args: Vec::new(), env: Vec::new(), exit_code, says: Vec::new() }
    }

    fn env(mut self, name: &str, value: impl Into<String>) -> Self {
        self.env.push((name.to_owned(), value.into()));
        self
    }

    fn keys(self) -> Self {
        self.env("ORGSYNC_ACCESS_KEY_ID", ACCESS_KEY_ID).env("ORGSYNC_SECRET_ACCESS_KEY", SECRET)
    }

    fn arg(mut self, arg: impl Into<String>) -> Self {
        self.args.push(arg.into());
        self
    }

    fn says(mut self, fragment: impl Into<String>) -> Self {
        self.says.push(fragment.into());
        self
    }
}

/// The binary with a cleared environment and HOME at `home`.
fn orgsync(home: &Path, command: &str) -> Command {
    let mut cmd = Command::from(crate::common::isolated_orgsync(home));
    cmd.arg(command).kill_on_drop(true);
    cmd
}

/// stdout and stderr, as checked for `Debug` markers.
fn shown(output: &Output) -> String {
    format!(
        "--- stdout\n{}\n--- stderr\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A loopback listener whose accept queue is full and never drained: new
/// connections are neither accepted nor refused, so connecting times out.
async fn black_hole() -> (tokio::net::TcpListener, Vec<tokio::net::TcpStream>, u16) {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut fill = Vec::new();
    for _ in 0..4 {
        if let Ok(Ok(stream)) = tokio::time::timeout(
            Duration::from_millis(300),
            tokio::net::TcpStream::connect(("127.0.0.1", port)),
        )
        .await
        {
            fill.push(stream);
        }
    }
    (listener, fill, port)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_user_caused_failure_is_a_sentence_with_a_hint_and_no_debug_dump() {
    let scratch = tempfile::tempdir().unwrap();
    let empty_home = scratch.path().join("empty-home");
    std::fs::create_dir_all(&empty_home).unwrap();
    let home_with_profiles = scratch.path().join("home-with-profiles");
    std::fs::create_dir_all(home_with_profiles.join(".aws")).unwrap();
    std::fs::write(
        home_with_profiles.join(".aws/config"),
        "[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\n",
    )
    .unwrap();
    std::fs::write(home_with_profiles.join(".aws/credentials"), "[ci]\naws_access_key_id = x\n")
        .unwrap();
    let destination = format!("sqlite:{}", scratch.path().join("org.db").display());

    let refused = free_port();
    let proxy = free_port();
    let (_listener, _fill, silent) = black_hole().await;
    let tls = orgsync_test_support::SelfSignedServer::start(scratch.path());
    let emulator = Emulator::start(EmulatorConfig::synthetic(4, 5)).await.unwrap();
    let demo = emulator.demo_identity();
    let typo_role = format!("{}p", demo.master_assume_role_arn_chain[0]);
    let typo_name = typo_role.rsplit('/').next().unwrap().to_owned();
    let typo_account = typo_role.split(':').nth(4).unwrap().to_owned();
    let export = scratch.path().join("orgsync.conf");
    std::fs::write(
        &export,
        r#"{"access_key_id": "", "secret_access_key": "", "session_token": "", "assume_external_id": null}"#,
    )
    .unwrap();

    let mut cases = vec![
        Case::new("no credentials at all (default chain, empty HOME)", &["check", "sync"], 1)
            .env("HOME", empty_home.display().to_string())
            .says("found no credentials")
            .says("hint: no AWS credentials were found"),
        Case::new("AWS_PROFILE names a profile that is not defined", &["check", "sync"], 1)
            .env("HOME", home_with_profiles.display().to_string())
            .env("AWS_PROFILE", "nope")
            .says("profile `nope` (from AWS_PROFILE) is not defined")
            .says("hint: the profiles defined are `ci`, `default`, `dev`"),
        Case::new("--profile names a profile with no shared files", &["check"], 1)
            .env("HOME", empty_home.display().to_string())
            .arg("--profile")
            .arg("nope")
            .says("profile `nope` (from `profile`) is not defined")
            .says("hint: no profiles are defined there"),
        Case::new("endpoint refuses connections", &["check", "sync"], 1)
            .keys()
            .env("ORGSYNC_ENDPOINT_URL", format!("http://127.0.0.1:{refused}"))
            .says(format!("could not connect to http://127.0.0.1:{refused}: connection refused"))
            .says("hint: nothing accepts connections at")
            .says("check `endpoint_url`"),
        Case::new("endpoint host name does not resolve", &["check", "sync"], 1)
            .keys()
            .env("ORGSYNC_ENDPOINT_URL", "https://no-such-host.invalid")
            .says("the host name `no-such-host.invalid` does not resolve")
            .says(
                "hint: the host name `no-such-host.invalid` does not resolve: check `endpoint_url`",
            ),
        Case::new("proxy refuses", &["check", "sync"], 1)
            .keys()
            .env("HTTPS_PROXY", format!("http://127.0.0.1:{proxy}"))
            .says(format!("the proxy at http://127.0.0.1:{proxy} refused the connection"))
            .says("hint: the proxy at")
            .says("HTTPS_PROXY"),
        Case::new("endpoint never accepts the connection (timeout)", &["check"], 1)
            .keys()
            .env("ORGSYNC_ENDPOINT_URL", format!("http://127.0.0.1:{silent}"))
            .says("the request timed out")
            .says("hint: http://127.0.0.1:"),
        Case::new("role ARN with a typo", &["check"], 1)
            .env("ORGSYNC_ACCESS_KEY_ID", &demo.access_key_id)
            .env("ORGSYNC_SECRET_ACCESS_KEY", &demo.secret_access_key)
            .env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", &typo_role)
            .env("ORGSYNC_ASSUME_EXTERNAL_ID", &demo.assume_external_id)
            .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url())
            .says(format!(
                "hint: the role `{typo_name}` in account {typo_account} may not exist \
                 (check the ARN for a typo: {typo_role}), or its trust policy does not allow"
            ))
            .says("or the external ID is wrong"),
        Case::new("data-hub export (.conf, JSON) with empty required keys", &["check", "sync"], 2)
            .arg("--config")
            .arg(export.display().to_string())
            .says("`access_key_id`")
            .says("is empty"),
    ];
    match &tls {
        Some(server) => cases.push(
            Case::new("self-signed TLS certificate", &["check", "sync"], 1)
                .keys()
                .env("ORGSYNC_ENDPOINT_URL", format!("https://127.0.0.1:{}", server.port))
                .says(format!(
                    "could not connect to https://127.0.0.1:{}: the server's TLS certificate",
                    server.port
                ))
                .says("hint: the server's TLS certificate is not trusted"),
        ),
        None => eprintln!("SKIPPED the TLS case: openssl is not on PATH"),
    }

    let mut failures = Vec::new();
    for case in &cases {
        for command in case.commands {
            let mut cmd = orgsync(&empty_home, command);
            cmd.args(&case.args).arg("--destination").arg(&destination);
            for (name, value) in &case.env {
                cmd.env(name, value);
            }
            let output = tokio::time::timeout(Duration::from_secs(90), cmd.output())
                .await
                .unwrap_or_else(|_| panic!("{}: `orgsync {command}` hangs", case.name))
                .unwrap();
            let shown = shown(&output);
            let stderr = String::from_utf8_lossy(&output.stderr);
            let mut wrong = Vec::new();
            if output.status.code() != Some(case.exit_code) {
                wrong.push(format!("exit code is not {}", case.exit_code));
            }
            if case.exit_code == 1 && !stderr.contains("hint: ") {
                wrong.push("no `hint:` line".to_owned());
            }
            for fragment in &case.says {
                if !stderr.contains(fragment.as_str()) {
                    wrong.push(format!("does not say `{fragment}`"));
                }
            }
            for marker in DEBUG_MARKERS {
                if contains_marker(&shown, marker) {
                    wrong.push(format!("shows the Debug marker `{marker}`"));
                }
            }
            if shown.contains(SECRET) {
                wrong.push("shows the secret".to_owned());
            }
            if !wrong.is_empty() {
                let code = output.status.code().map_or("none".to_owned(), |c| c.to_string());
                failures.push(format!(
                    "{} (orgsync {command}): {}\nexit code {code}\n{shown}",
                    case.name,
                    wrong.join("; ")
                ));
            }
        }
    }
    emulator.shutdown().await;
    assert!(failures.is_empty(), "{} failure(s):\n\n{}", failures.len(), failures.join("\n\n"));
}
