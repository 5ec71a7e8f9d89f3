//! A small W3C WebDriver client for the browser test: starts `chromedriver`
//! on a free loopback port, opens a headless Chromium session and speaks
//! the WebDriver JSON protocol over plain HTTP/1.1 (loopback only).
//!
//! Only the handful of commands the report test needs are here: navigate,
//! execute script, find element, click, send keys, screenshot.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// The W3C element reference key.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Where the browser and its driver are, when both are installed.
pub struct BrowserPaths {
    pub chromium: PathBuf,
    pub chromedriver: PathBuf,
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|d| Path::new(d).join(name))
        .find(|p| p.is_file())
}

/// Finds Chromium and chromedriver (`ORGSYNC_CHROMIUM` / `ORGSYNC_CHROMEDRIVER`
/// override the PATH lookup).
pub fn find_browser() -> Option<BrowserPaths> {
    let chromium = std::env::var_os("ORGSYNC_CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| on_path("chromium"))
        .or_else(|| on_path("chromium-browser"))
        .or_else(|| on_path("google-chrome"))?;
    let chromedriver = std::env::var_os("ORGSYNC_CHROMEDRIVER")
        .map(PathBuf::from)
        .or_else(|| on_path("chromedriver"))?;
    Some(BrowserPaths { chromium, chromedriver })
}

/// A running chromedriver with one browser session; both end on drop.
pub struct Session {
    driver: Child,
    port: u16,
    id: String,
    _profile: tempfile::TempDir,
}

fn http(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<(u16, Value)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    // Read the head, then exactly Content-Length bytes (chromedriver may keep
    // the connection open), or chunks until the last one.
    let mut response = Vec::new();
    let mut buffer = [0u8; 64 * 1024];
    let head_end = loop {
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            break response.len();
        }
        response.extend_from_slice(&buffer[..n]);
        if let Some(i) = response.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&response[..head_end]).to_ascii_lowercase();
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let content_length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    let chunked = head.contains("transfer-encoding: chunked");
    loop {
        let body = &response[head_end..];
        let complete = match content_length {
            Some(len) => body.len() >= len,
            None if chunked => body.ends_with(b"0\r\n\r\n"),
            None => false,
        };
        if complete {
            break;
        }
        let n = stream.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        response.extend_from_slice(&buffer[..n]);
    }
    let body = String::from_utf8_lossy(&response[head_end..]).into_owned();
    let payload = if chunked { dechunk(&body) } else { body };
    let value = serde_json::from_str(&payload).unwrap_or(Value::Null);
    Ok((status, value))
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || after.len() < size {
            break;
        }
        out.push_str(&after[..size]);
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

impl Session {
    /// Starts chromedriver and a headless Chromium with the sandbox-safe
    /// flags (no background networking, empty profile).
    pub fn start(paths: &BrowserPaths) -> Session {
        let port = orgsync_test_support::free_port();
        let driver = Command::new(&paths.chromedriver)
            .arg(format!("--port={port}"))
            .arg("--allowed-ips=127.0.0.1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = tempfile::tempdir().expect("temporary browser profile");
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Ok((200, status)) = http(port, "GET", "/status", None)
                && status["value"]["ready"] == true
            {
                break;
            }
            assert!(Instant::now() < deadline, "chromedriver did not become ready on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1440,1000",
            &format!("--user-data-dir={}", profile.path().display()),
        ];
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": paths.chromium, "args": args},
        }}});
        let mut session = Session { driver, port, id: String::new(), _profile: profile };
        let created = session.command("POST", "/session", Some(&capabilities));
        session.id = created["sessionId"].as_str().expect("a session id").to_owned();
        session
    }

    fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let (status, value) = http(self.port, method, path, body).expect("talk to chromedriver");
        assert_eq!(status, 200, "WebDriver {method} {path} failed: {value}");
        value["value"].clone()
    }

    fn session_path(&self, suffix: &str) -> String {
        format!("/session/{}{suffix}", self.id)
    }

    /// Opens a URL and waits for the page load.
    pub fn goto(&self, url: &str) {
        self.command("POST", &self.session_path("/url"), Some(&json!({ "url": url })));
    }

    /// Runs a synchronous script and returns its result.
    pub fn eval(&self, script: &str) -> Value {
        self.command(
            "POST",
            &self.session_path("/execute/sync"),
            Some(&json!({"script": script, "args": []})),
        )
    }

    /// Polls `script` until it returns `true` (or fails after 20 s).
    pub fn wait_for(&self, what: &str, script: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.eval(script) != Value::Bool(true) {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The element matching a CSS selector (panics when there is none).
    pub fn find(&self, css: &str) -> String {
        let found = self.command(
            "POST",
            &self.session_path("/element"),
            Some(&json!({"using": "css selector", "value": css})),
        );
        found[ELEMENT_KEY]
            .as_str()
            .unwrap_or_else(|| panic!("no element matches {css}: {found}"))
            .to_owned()
    }

    /// Clicks an element the way a user does.
    pub fn click(&self, element: &str) {
        self.command(
            "POST",
            &self.session_path(&format!("/element/{element}/click")),
            Some(&json!({})),
        );
    }

    /// Types text into an element (key events, as a user types).
    pub fn type_text(&self, element: &str, text: &str) {
        self.command(
            "POST",
            &self.session_path(&format!("/element/{element}/value")),
            Some(&json!({ "text": text })),
        );
    }

    /// Saves a PNG screenshot of the viewport.
    pub fn screenshot(&self, path: &Path) {
        use base64::Engine;
        let png = self.command("GET", &self.session_path("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().expect("base64 screenshot"))
            .expect("valid base64");
        std::fs::write(path, bytes).expect("write screenshot");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if !self.id.is_empty() {
            let _ = http(self.port, "DELETE", &self.session_path(""), None);
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
