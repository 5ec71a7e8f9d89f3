//! Helpers shared by the test modules (`use crate::common::…`): the real
//! `orgsync` binary with a clean environment, the emulator's demo identity
//! handed to it, assertion messages, and the PostgreSQL server of the test
//! run.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use orgsync_emulator::{Emulator, EmulatorConfig};

/// The binary with no `ORGSYNC_*` (test hooks `ORGSYNC_TEST_*` aside) or
/// `RUST_LOG` variable of the test process, and no colour.
pub fn orgsync() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_orgsync"));
    cmd.env_remove("RUST_LOG").env("NO_COLOR", "1");
    for (name, _) in std::env::vars_os() {
        if name
            .to_str()
            .is_some_and(|n| n.starts_with("ORGSYNC_") && !n.starts_with("ORGSYNC_TEST"))
        {
            cmd.env_remove(name);
        }
    }
    cmd
}

/// The environment that hands the emulator's demo identity to orgsync: its
/// user keys, role chain and external ID, and the emulator's endpoint.
pub fn demo_env(emulator: &Emulator) -> [(&'static str, String); 5] {
    let identity = emulator.demo_identity();
    [
        ("ORGSYNC_ACCESS_KEY_ID", identity.access_key_id),
        ("ORGSYNC_SECRET_ACCESS_KEY", identity.secret_access_key),
        ("ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN", identity.master_assume_role_arn_chain.join(",")),
        ("ORGSYNC_ASSUME_EXTERNAL_ID", identity.assume_external_id),
        ("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url()),
    ]
}

/// [`orgsync`] with the emulator's demo identity ([`demo_env`]).
pub fn orgsync_for(emulator: &Emulator) -> Command {
    let mut cmd = orgsync();
    cmd.envs(demo_env(emulator));
    cmd
}

/// The binary with a cleared environment: only `PATH` and `HOME` at `home`
/// (the AWS configuration and credentials files are those of `home/.aws`),
/// no instance metadata and no colour; stdin closed, stdout and stderr
/// captured.
/// `tokio::process::Command::from` makes it asynchronous.
pub fn isolated_orgsync(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_orgsync"));
    cmd.env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// Exit code, stdout and stderr, for assertion messages.
pub fn text(output: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// Runs `cmd` to the end; it must exit with `code` (the assertion shows
/// its output otherwise).
pub fn run_expecting(cmd: &mut Command, code: i32) -> Output {
    let output = cmd.output().expect("orgsync runs");
    assert_eq!(output.status.code(), Some(code), "{}", text(&output));
    output
}

/// The emulator serving a synthetic organization with no quotas or latency.
pub async fn fast_emulator(accounts: usize, seed: u64) -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(accounts, seed)).await.expect("emulator starts")
}

/// A SQLite destination in a folder of its own, removed on drop.
pub struct ScratchDb {
    pub dir: tempfile::TempDir,
    pub path: PathBuf,
    /// `sqlite:<path>`, as `--destination` takes it.
    pub destination: String,
}

impl ScratchDb {
    /// `org.db` in a new temporary folder (not created until a run writes it).
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("org.db");
        let destination = format!("sqlite:{}", path.display());
        ScratchDb { dir, path, destination }
    }
}

pub use orgsync_test_support::postgres_url;
