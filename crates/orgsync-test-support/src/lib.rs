//! What orgsync's test suites need from the machine (a PostgreSQL server, a
//! Python with boto3 or pyarrow, openssl, a headless browser…) and one
//! policy for when it is missing.
//!
//! A test whose real component is missing **fails**, naming what is missing
//! and how to provide it, so that a suite cannot pass by testing nothing.
//! `ORGSYNC_ALLOW_SKIP=1` turns that into a skip with a notice on stderr,
//! for a developer running a few tests on a machine without the component.
//! `scripts/test.sh` (the README's test command, which `.ci/run` calls)
//! provides every component, so the whole suite never skips.
//!
//! [`config_case`] reads the configuration cases of `test-data/config/`
//! for the suites that run them.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub mod config_case;

/// The variable that lets tests skip when a component is missing.
pub const ALLOW_SKIP_ENV: &str = "ORGSYNC_ALLOW_SKIP";

/// Whether missing components are skips rather than failures.
pub fn skipping_allowed() -> bool {
    std::env::var(ALLOW_SKIP_ENV).is_ok_and(|v| v == "1")
}

/// `found`, or, when it is `None`: a failure naming what is `missing` and
/// how to `fix` it, or (with `ORGSYNC_ALLOW_SKIP=1`) `None` after a notice.
pub fn require<T>(found: Option<T>, missing: &str, fix: &str) -> Option<T> {
    decide(found, missing, fix, skipping_allowed())
}

/// [`require`] with the policy given.
fn decide<T>(found: Option<T>, missing: &str, fix: &str, allow_skip: bool) -> Option<T> {
    if found.is_some() {
        return found;
    }
    if allow_skip {
        eprintln!("SKIPPED: {missing} ({fix})");
        return None;
    }
    panic!("{missing}: {fix}; or set {ALLOW_SKIP_ENV}=1 to skip tests that need it");
}

/// The values of the environment variables `names` (set by
/// `scripts/test.sh`), under the policy of [`require`].
pub fn env_vars<const N: usize>(names: [&str; N]) -> Option<[String; N]> {
    let values = names.map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    let found = values.iter().all(Option::is_some).then(|| values.map(Option::unwrap_or_default));
    require(
        found,
        &format!("{} not set", names.join(", ")),
        "run the tests with scripts/test.sh, which starts the servers and sets them",
    )
}

/// `ORGSYNC_TEST_POSTGRES_URL`: a superuser of the test run's PostgreSQL.
pub fn postgres_url() -> Option<String> {
    env_vars(["ORGSYNC_TEST_POSTGRES_URL"]).map(|[url]| url)
}

/// The Python to run test peers with: `ORGSYNC_TEST_PYTHON`, else `python3`.
pub fn python_program() -> String {
    std::env::var("ORGSYNC_TEST_PYTHON").unwrap_or_else(|_| "python3".to_owned())
}

/// [`python_program`] when it can import every module of `modules`, under
/// the policy of [`require`].
pub fn python_with(modules: &[&str]) -> Option<String> {
    let python = python_program();
    let imports = format!("import {}", modules.join(", "));
    let ok =
        Command::new(&python).args(["-c", &imports]).output().is_ok_and(|o| o.status.success());
    require(
        ok.then_some(python.clone()),
        &format!("`{python}` cannot `{imports}`"),
        "scripts/bootstrap.sh installs the pinned Python packages; ORGSYNC_TEST_PYTHON names another Python",
    )
}

/// The path of `name` on `PATH`, if it is there.
pub fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// The path of `name` on `PATH`, under the policy of [`require`];
/// `package` is what installs it.
pub fn program(name: &str, package: &str) -> Option<PathBuf> {
    require(find_program(name), &format!("`{name}` is not on PATH"), &format!("install {package}"))
}

/// A loopback port that nothing listens on (bound, then released).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("bind a loopback port")
        .port()
}

/// `openssl s_server` serving a throw-away self-signed certificate for
/// 127.0.0.1 (a TLS endpoint no client trusts); stopped when dropped.
pub struct SelfSignedServer {
    child: Child,
    /// The loopback port it listens on.
    pub port: u16,
}

impl SelfSignedServer {
    /// Makes the certificate in `dir` and starts the server, once it
    /// accepts connections; None (under the policy of [`require`]) without
    /// openssl.
    pub fn start(dir: &Path) -> Option<Self> {
        let openssl = program("openssl", "the openssl package")?;
        let (cert, key) = (dir.join("cert.pem"), dir.join("key.pem"));
        let made = Command::new(&openssl)
            .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"])
            .args(["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
            .arg("-keyout")
            .arg(&key)
            .arg("-out")
            .arg(&cert)
            .output()
            .expect("openssl runs");
        assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
        let port = free_port();
        let child = Command::new(&openssl)
            .args(["s_server", "-quiet", "-www", "-accept", &port.to_string()])
            .arg("-cert")
            .arg(&cert)
            .arg("-key")
            .arg(&key)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl s_server starts");
        let server = Self { child, port };
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "s_server did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(server)
    }
}

impl Drop for SelfSignedServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_program_on_path_is_found_and_a_missing_one_is_not() {
        assert!(find_program("sh").is_some());
        assert!(find_program("orgsync-no-such-program").is_none());
    }

    #[test]
    fn something_found_is_returned_whatever_the_policy() {
        assert_eq!(decide(Some(3), "three", "count", false), Some(3));
        assert_eq!(decide(Some(3), "three", "count", true), Some(3));
    }

    #[test]
    #[should_panic(expected = "a thing: get one; or set ORGSYNC_ALLOW_SKIP=1 to skip")]
    fn something_missing_fails_unless_skips_are_allowed() {
        let _ = decide(None::<()>, "a thing", "get one", false);
    }

    #[test]
    fn something_missing_is_a_skip_when_allowed() {
        assert_eq!(decide(None::<()>, "a thing", "get one", true), None);
    }
}
