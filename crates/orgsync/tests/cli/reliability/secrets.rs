//! Secrets never leak: canary values (a secret access key, a session token,
//! a PostgreSQL password, a web identity token) go through sync, check and
//! demo flows at `-vvv`, `RUST_LOG=trace` and `--log-format json`, in
//! successful runs and failures; stdout, stderr and every destination file
//! or table are scanned for them and for session credentials the emulator
//! issued (its session tokens start with `FwoGZXIvYXdzE`; STS answers carry
//! `<SecretAccessKey>` / `<SessionToken>` elements).

use std::path::Path;

use orgsync_emulator::{Emulator, READ_ACTIONS, RoleSpec, UserSpec};

use super::support::{CONTACTS, describe, emulator, figures, orgsync, run};
use orgsync_emulator::ProfileSpec;

const CANARY_SECRET: &str = "CanarySecretRELIABxyz0123456789abcdefghij";
const CANARY_SESSION_TOKEN: &str = "CanarySessionTokenRELIAB+0123456789/abcdefghijklmnopq";
const CANARY_PG_PASSWORD: &str = "CanaryPgPasswordRELIAB42";
/// An OIDC token (`iss` https://token.example, `aud` sts.amazonaws.com)
/// whose signature part is the canary.
const CANARY_WEB_IDENTITY_TOKEN: &str = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL3Rva2VuLmV4YW1wbGUiLCJhdWQiOiJzdHMuYW1hem9uYXdzLmNvbSIsInN1YiI6InJlcG86b3JnL2NpIn0.Q2FuYXJ5V2ViSWRlbnRpdHlSRUxJQUJzaWduYXR1cmU";
const CANARY_WEB_IDENTITY_SIGNATURE: &str = "Q2FuYXJ5V2ViSWRlbnRpdHlSRUxJQUJzaWduYXR1cmU";

/// What must never appear anywhere.
const FORBIDDEN: &[&str] = &[
    CANARY_SECRET,
    CANARY_SESSION_TOKEN,
    CANARY_PG_PASSWORD,
    CANARY_WEB_IDENTITY_SIGNATURE,
    "FwoGZXIvYXdzE",
    "<SecretAccessKey>",
    "<SessionToken>",
    "WebIdentityToken=",
];

/// Every way of asking for maximum logging.
const LOUD: &[(&str, &[&str], Option<&str>)] = &[
    ("-vvv", &["-vvv"], None),
    ("-vvv json", &["-vvv", "--log-format", "json"], None),
    ("RUST_LOG=trace", &[], Some("trace")),
];

/// Collects leaks: `(where, what)`.
#[derive(Default)]
struct Scanner {
    leaks: Vec<String>,
    scanned_bytes: usize,
}

impl Scanner {
    fn scan(&mut self, place: &str, bytes: &[u8]) {
        self.scanned_bytes += bytes.len();
        for needle in FORBIDDEN {
            if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
                self.leaks.push(format!("`{needle}` in {place}"));
            }
        }
    }

    fn scan_output(&mut self, flow: &str, output: &std::process::Output) {
        self.scan(&format!("{flow}: stdout"), &output.stdout);
        self.scan(&format!("{flow}: stderr"), &output.stderr);
    }

    /// Every file below `dir` (SQLite files with their WAL, CSV, JSONL, Parquet).
    fn scan_tree(&mut self, flow: &str, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                self.scan_tree(flow, &path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                self.scan(&format!("{flow}: {}", path.display()), &bytes);
            }
        }
    }
}

/// Adds a user whose secret is the canary, and returns its access key id.
fn canary_user(emulator: &Emulator) -> String {
    let management = emulator.controls().with_org(|o| o.management_account_id.clone());
    let access_key_id = "AKIACANARYRELIAB0001".to_owned();
    emulator.controls().add_user(UserSpec {
        arn: format!("arn:aws:iam::{management}:user/canary"),
        access_key_id: access_key_id.clone(),
        secret_access_key: CANARY_SECRET.to_owned(),
        allowed_actions: vec!["sts:AssumeRole".into(), "sts:GetCallerIdentity".into()],
    });
    let jump = &emulator.demo_identity().master_assume_role_arn_chain[0];
    let demo_user = format!("arn:aws:iam::{management}:user/{}", orgsync_emulator::DEMO_USER_NAME);
    // The demo jump role trusts the demo user; trust the canary user too.
    let mut jump_role = RoleSpec::new(jump)
        .trust(&demo_user)
        .trust(format!("arn:aws:iam::{management}:user/canary"))
        .with_external_id(&emulator.demo_identity().assume_external_id)
        .allow(&["sts:AssumeRole", "sts:GetCallerIdentity"]);
    jump_role.max_session_duration = std::time::Duration::from_secs(3600);
    emulator.controls().add_role(jump_role);
    access_key_id
}

/// `orgsync <args>` with the canary user's identity, loud logging and `extra_env`.
fn canary_command(
    emulator: &Emulator,
    access_key_id: &str,
    args: &[&str],
    loud: &(&str, &[&str], Option<&str>),
) -> tokio::process::Command {
    let demo = emulator.demo_identity();
    let mut cmd = orgsync(loud.1.iter().chain(args));
    cmd.env("ORGSYNC_ACCESS_KEY_ID", access_key_id)
        .env("ORGSYNC_SECRET_ACCESS_KEY", CANARY_SECRET)
        .env("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", demo.master_assume_role_arn_chain.join(","))
        .env("ORGSYNC_ASSUME_EXTERNAL_ID", &demo.assume_external_id)
        .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url());
    if let Some(level) = loud.2 {
        cmd.env("RUST_LOG", level);
    }
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn canary_secrets_never_reach_output_logs_or_destinations() {
    let emulator = emulator(12, 51, ProfileSpec::fast()).await;
    let key = canary_user(&emulator);
    let dir = tempfile::tempdir().unwrap();
    // The token file itself holds the token: kept outside the scanned folder.
    let token_dir = tempfile::tempdir().unwrap();
    let mut scanner = Scanner::default();
    let mut flows = 0u64;

    for loud in LOUD {
        let tag = loud.0.replace([' ', '='], "_");
        // Successful syncs into every file destination and SQLite.
        for (scheme, name) in
            [("sqlite", "org.db"), ("csv", "csv"), ("jsonl", "jsonl"), ("parquet", "parquet")]
        {
            let target = dir.path().join(format!("{tag}-{name}"));
            let destination = format!("{scheme}:{}", target.display());
            let cmd = canary_command(
                &emulator,
                &key,
                &["sync", "--destination", &destination, "--exclude", CONTACTS],
                loud,
            );
            let output = run(cmd).await;
            assert_eq!(output.status.code(), Some(0), "{scheme} {}: {}", loud.0, describe(&output));
            scanner.scan_output(&format!("sync {scheme} {}", loud.0), &output);
            flows += 1;
        }
        // check: the hop table and permission probes.
        let output = run(canary_command(&emulator, &key, &["check"], loud)).await;
        assert_eq!(output.status.code(), Some(0), "check {}: {}", loud.0, describe(&output));
        // The scan means something only if verbose logging really was on.
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("DEBUG"), "no debug lines at {}", loud.0);
        scanner.scan_output(&format!("check {}", loud.0), &output);

        // A wrong external ID (the STS error path).
        let mut cmd = canary_command(
            &emulator,
            &key,
            &["sync", "--destination", &format!("sqlite:{}/{tag}-fail.db", dir.path().display())],
            loud,
        );
        cmd.env("ORGSYNC_ASSUME_EXTERNAL_ID", "wrong-external-id");
        let output = run(cmd).await;
        assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
        scanner.scan_output(&format!("wrong external id {}", loud.0), &output);

        // Temporary initial credentials with a canary session token (unknown key: rejected).
        let mut cmd = canary_command(&emulator, "ASIACANARYRELIAB0002", &["check"], loud);
        cmd.env("ORGSYNC_SESSION_TOKEN", CANARY_SESSION_TOKEN);
        let output = run(cmd).await;
        assert_eq!(output.status.code(), Some(1), "{}", describe(&output));
        scanner.scan_output(&format!("session token {}", loud.0), &output);

        // A PostgreSQL destination with a password that cannot be reached.
        let destination = format!("postgres://orgsync:{CANARY_PG_PASSWORD}@127.0.0.1:9/orgsync");
        let output =
            run(canary_command(&emulator, &key, &["sync", "--destination", &destination], loud))
                .await;
        assert_eq!(output.status.code(), Some(2), "{}", describe(&output));
        scanner.scan_output(&format!("postgres unreachable {}", loud.0), &output);

        // Web identity: a trusted token (success) and an untrusted role (failure).
        let token_file = token_dir.path().join("token");
        std::fs::write(&token_file, format!("{CANARY_WEB_IDENTITY_TOKEN}\n")).unwrap();
        for (role, expected) in [
            (web_identity_role(&emulator), 0),
            (emulator.demo_identity().master_assume_role_arn_chain[1].clone(), 1),
        ] {
            let mut cmd = canary_command(&emulator, &key, &["check"], loud);
            cmd.env_remove("ORGSYNC_ACCESS_KEY_ID")
                .env_remove("ORGSYNC_SECRET_ACCESS_KEY")
                .env("ORGSYNC_AUTHENTICATION_METHOD", "web_identity")
                .env("ORGSYNC_WEB_IDENTITY_TOKEN_FILE", &token_file)
                .env("ORGSYNC_WEB_IDENTITY_ROLE_ARN", &role)
                .env(
                    "ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN",
                    emulator.demo_identity().master_assume_role_arn_chain[1].clone(),
                );
            let output = run(cmd).await;
            assert_eq!(
                output.status.code(),
                Some(expected),
                "web identity via {role}: {}",
                describe(&output)
            );
            scanner.scan_output(&format!("web identity {role} {}", loud.0), &output);
        }

        // The demo (in-process emulator, its own session credentials).
        let demo_dir = dir.path().join(format!("{tag}-demo"));
        std::fs::create_dir_all(&demo_dir).unwrap();
        let mut cmd = orgsync(loud.1.iter().chain(&["demo", "--accounts", "8"]));
        cmd.current_dir(&demo_dir);
        if let Some(level) = loud.2 {
            cmd.env("RUST_LOG", level);
        }
        let output = run(cmd).await;
        assert_eq!(output.status.code(), Some(0), "demo {}: {}", loud.0, describe(&output));
        scanner.scan_output(&format!("demo {}", loud.0), &output);
        flows += 7;
    }
    scanner.scan_tree("destinations", dir.path());
    // The emulator's own request records redact the web identity token.
    let records = format!("{:?}", emulator.controls().requests());
    scanner.scan("emulator request records", records.as_bytes());
    assert!(scanner.scanned_bytes > 100_000, "scanned only {} bytes", scanner.scanned_bytes);
    assert!(scanner.leaks.is_empty(), "secrets leaked:\n{}", scanner.leaks.join("\n"));
    println!(
        "reliability-figures test=secrets flows={flows} scanned_bytes={} leaks=0",
        scanner.scanned_bytes
    );
    figures("secrets", 0, flows, 0, 0);
    emulator.shutdown().await;
}

/// A role trusting the canary token's issuer, allowed to assume the reader role.
fn web_identity_role(emulator: &Emulator) -> String {
    let management = emulator.controls().with_org(|o| o.management_account_id.clone());
    let role = format!("arn:aws:iam::{management}:role/CanaryOidc");
    let mut spec = RoleSpec::new(&role).allow(&["sts:AssumeRole", "sts:GetCallerIdentity"]);
    spec.trusted_web_identity = Some(orgsync_emulator::WebIdentityTrust {
        issuer: "https://token.example".into(),
        audience: Some("sts.amazonaws.com".into()),
    });
    emulator.controls().add_role(spec);
    let reader = &emulator.demo_identity().master_assume_role_arn_chain[1];
    let jump = &emulator.demo_identity().master_assume_role_arn_chain[0];
    emulator.controls().add_role(
        RoleSpec::new(reader)
            .trust(jump)
            .trust(&role)
            .with_external_id(&emulator.demo_identity().assume_external_id)
            .allow(&READ_ACTIONS),
    );
    role
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgres_password_never_reaches_output_or_tables() {
    let Some(url) = super::support::postgres_url() else { return };
    let emulator = emulator(10, 52, ProfileSpec::fast()).await;
    let key = canary_user(&emulator);
    // The test server trusts local connections, so any password is accepted.
    let with_password = url.replacen(
        "postgres://postgres@",
        &format!("postgres://postgres:{CANARY_PG_PASSWORD}@"),
        1,
    );
    assert_ne!(with_password, url, "ORGSYNC_TEST_POSTGRES_URL must be postgres://postgres@…");
    let schema = "orgsync_secrets_test";
    let mut scanner = Scanner::default();
    for loud in LOUD {
        let cmd = canary_command(
            &emulator,
            &key,
            &[
                "sync",
                "--destination",
                &with_password,
                "--postgres-schema",
                schema,
                "--exclude",
                CONTACTS,
            ],
            loud,
        );
        let output = run(cmd).await;
        assert_eq!(output.status.code(), Some(0), "{}", describe(&output));
        scanner.scan_output(&format!("postgres sync {}", loud.0), &output);
    }
    let dump = super::support::postgres_dump(&url, schema);
    assert!(dump.len() > 1000, "the tables were written");
    scanner.scan("postgres tables", dump.as_bytes());
    assert!(scanner.leaks.is_empty(), "secrets leaked:\n{}", scanner.leaks.join("\n"));
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configuration_file_with_a_secret_readable_by_others_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("orgsync.toml");
    std::fs::write(&file, format!("access_key_id = \"AKIAIOSFODNN7EXAMPLE\"\nsecret_access_key = \"{CANARY_SECRET}\"\nregion = \"nowhere\"\n")).unwrap();
    for (mode, warned) in [(0o644, true), (0o640, true), (0o600, false)] {
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(mode)).unwrap();
        let output = run(orgsync(["check", "--config", file.to_str().unwrap()])).await;
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{stderr}");
        assert_eq!(
            stderr.contains("can be read by group or others"),
            warned,
            "mode {mode:o}: {stderr}"
        );
        assert!(!stderr.contains(CANARY_SECRET));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_https_endpoint_with_an_untrusted_certificate_is_refused() {
    // A self-signed certificate for 127.0.0.1 served by `openssl s_server`:
    // orgsync (the AWS SDK's rustls client with the system's roots) must
    // refuse the handshake, so the signed request never leaves.
    let dir = tempfile::tempdir().unwrap();
    let Some(server) = orgsync_test_support::SelfSignedServer::start(dir.path()) else { return };
    let port = server.port;
    let mut cmd = orgsync(["check"]);
    cmd.env("ORGSYNC_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")
        .env("ORGSYNC_SECRET_ACCESS_KEY", CANARY_SECRET)
        .env("ORGSYNC_ENDPOINT_URL", format!("https://127.0.0.1:{port}"));
    let output = run(cmd).await;
    let text = describe(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(
        text.to_lowercase().contains("certificate"),
        "the failure names the certificate: {text}"
    );
    assert!(!text.contains(CANARY_SECRET));
}
