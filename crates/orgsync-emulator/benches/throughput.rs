//! Throughput of the emulator with the Fast profile and 10,000 accounts:
//! concurrent keep-alive HTTP/1.1 clients send SigV4-signed Organizations
//! requests (ListAccountsForParent, DescribeAccount, ListTagsForResource,
//! ListPoliciesForTarget, ListAccounts pages) for a fixed wall time; prints
//! requests/s and peak RSS (VmHWM). Run with `cargo bench -p orgsync-emulator`.
//! Not a test: it prints figures and the target (≥ 5,000 req/s, ≤ 300 MB).

use std::time::{Duration, Instant, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use orgsync_emulator::{Emulator, EmulatorConfig, OrgSource, Profile};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const ACCOUNTS: usize = 10_000;
const CONNECTIONS: usize = 16;
const RUN_FOR: Duration = Duration::from_secs(8);

fn vm_hwm_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(f64::NAN)
}

/// Builds a signed raw HTTP/1.1 request for an Organizations operation.
fn signed_request(host: &str, key: &str, secret: &str, operation: &str, body: &str) -> Vec<u8> {
    let target = format!("AWSOrganizationsV20161128.{operation}");
    let now = SystemTime::now();
    let amz_date = chrono::DateTime::<chrono::Utc>::from(now).format("%Y%m%dT%H%M%SZ").to_string();
    let headers = [
        ("content-type", "application/x-amz-json-1.1"),
        ("host", host),
        ("x-amz-date", amz_date.as_str()),
        ("x-amz-target", target.as_str()),
    ];
    let identity = Credentials::new(key, secret, None, None, "bench").into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region("us-east-1")
        .name("organizations")
        .time(now)
        .settings(SigningSettings::default())
        .build()
        .expect("signing params")
        .into();
    let signable = SignableRequest::new(
        "POST",
        "/",
        headers.iter().copied(),
        SignableBody::Bytes(body.as_bytes()),
    )
    .expect("signable");
    let (instructions, _) = sign(signable, &params).expect("sign").into_parts();
    let mut out = format!("POST / HTTP/1.1\r\ncontent-length: {}\r\n", body.len());
    for (name, value) in headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    for (name, value) in instructions.headers() {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    out.into_bytes()
}

async fn client(addr: std::net::SocketAddr, requests: Vec<Vec<u8>>, until: Instant) -> (u64, u64) {
    let stream = TcpStream::connect(addr).await.expect("connect");
    stream.set_nodelay(true).ok();
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    let (mut ok, mut failed) = (0u64, 0u64);
    let mut i = 0;
    let mut line = String::new();
    let mut body = Vec::new();
    while Instant::now() < until {
        write.write_all(&requests[i % requests.len()]).await.expect("write");
        i += 1;
        line.clear();
        reader.read_line(&mut line).await.expect("status line");
        let status_ok = line.starts_with("HTTP/1.1 200");
        let mut length = 0usize;
        loop {
            line.clear();
            reader.read_line(&mut line).await.expect("header");
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
        }
        body.resize(length, 0);
        reader.read_exact(&mut body).await.expect("body");
        if status_ok { ok += 1 } else { failed += 1 }
    }
    (ok, failed)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let started = Instant::now();
        let emulator = Emulator::start(EmulatorConfig {
            org: OrgSource::Synthetic { accounts: ACCOUNTS, seed: 1 },
            profile: Profile::Fast,
            max_recorded_requests: 10_000,
            ..EmulatorConfig::default()
        })
        .await
        .expect("emulator");
        println!("emulator with {} accounts ready in {:.2?}", emulator.account_count(), started.elapsed());
        let demo = emulator.demo_identity();
        let addr = emulator.local_addr();
        let host = addr.to_string();
        let (parents, accounts, policy_targets) = emulator.controls().with_org(|o| {
            let parents: Vec<String> = o.index.child_accounts.keys().take(50).cloned().collect();
            let accounts: Vec<String> = o.accounts.keys().step_by(97).cloned().collect();
            let targets: Vec<String> = o.organizational_units.keys().take(20).cloned().collect();
            (parents, accounts, targets)
        });
        let mut requests = Vec::new();
        for p in &parents {
            let body = format!("{{\"ParentId\":\"{p}\",\"MaxResults\":20}}");
            requests.push(signed_request(&host, &demo.access_key_id, &demo.secret_access_key, "ListAccountsForParent", &body));
        }
        for a in &accounts {
            let body = format!("{{\"AccountId\":\"{a}\"}}");
            requests.push(signed_request(&host, &demo.access_key_id, &demo.secret_access_key, "DescribeAccount", &body));
            let body = format!("{{\"ResourceId\":\"{a}\"}}");
            requests.push(signed_request(&host, &demo.access_key_id, &demo.secret_access_key, "ListTagsForResource", &body));
        }
        for t in &policy_targets {
            let body = format!("{{\"TargetId\":\"{t}\",\"Filter\":\"SERVICE_CONTROL_POLICY\"}}");
            requests.push(signed_request(&host, &demo.access_key_id, &demo.secret_access_key, "ListPoliciesForTarget", &body));
        }
        requests.push(signed_request(&host, &demo.access_key_id, &demo.secret_access_key, "ListAccounts", "{\"MaxResults\":20}"));

        let begin = Instant::now();
        let until = begin + RUN_FOR;
        let mut tasks = Vec::new();
        for c in 0..CONNECTIONS {
            let mut mine = requests.clone();
            mine.rotate_left(c * 7 % requests.len());
            tasks.push(tokio::spawn(client(addr, mine, until)));
        }
        let (mut ok, mut failed) = (0, 0);
        for t in tasks {
            let (o, f) = t.await.expect("client task");
            ok += o;
            failed += f;
        }
        let elapsed = begin.elapsed().as_secs_f64();
        let rate = ok as f64 / elapsed;
        let rss = vm_hwm_mb();
        println!(
            "fast profile, {ACCOUNTS} accounts, {CONNECTIONS} keep-alive connections, 2 worker threads (server and load generator share the process):"
        );
        println!("  {ok} ok / {failed} failed requests in {elapsed:.1} s = {rate:.0} requests/s (target >= 5000)");
        println!("  peak RSS (VmHWM) {rss:.0} MB (target <= 300 MB)");
        println!("  throughput vs target: {:.2}x; memory vs budget: {:.2}x", rate / 5000.0, rss / 300.0);
        emulator.shutdown().await;
    });
}
