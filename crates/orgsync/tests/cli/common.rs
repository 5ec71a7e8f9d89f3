//! Helpers shared by the test modules (`use crate::common::…`): the real
//! `orgsync` binary with a clean environment, the emulator's demo identity
//! handed to it, assertion messages, and the PostgreSQL server of the test
//! run.

use std::process::{Command, Output};

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

/// [`orgsync`] with the emulator's demo identity, role chain, external ID
/// and endpoint in `ORGSYNC_*` variables.
pub fn orgsync_for(emulator: &Emulator) -> Command {
    let identity = emulator.demo_identity();
    let mut cmd = orgsync();
    cmd.env("ORGSYNC_ACCESS_KEY_ID", &identity.access_key_id)
        .env("ORGSYNC_SECRET_ACCESS_KEY", &identity.secret_access_key)
        .env(
            "ORGSYNC_MASTER_ASSUME_ROLE_ARN_CHAIN",
            identity.master_assume_role_arn_chain.join(","),
        )
        .env("ORGSYNC_ASSUME_EXTERNAL_ID", &identity.assume_external_id)
        .env("ORGSYNC_ENDPOINT_URL", emulator.endpoint_url());
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

/// The emulator serving a synthetic organization with no quotas or latency.
pub async fn fast_emulator(accounts: usize, seed: u64) -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(accounts, seed)).await.expect("emulator starts")
}

pub use orgsync_test_support::postgres_url;
