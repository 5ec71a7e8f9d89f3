//! Failures before AWS answered, told in words.
//!
//! When a request never reaches AWS — the port refuses connections, the host
//! name does not resolve, the server's TLS certificate is not trusted, the
//! proxy refuses, or the attempt times out — the SDK hands back an error
//! whose `Debug` (and often whose `Display`) is a nest of internal
//! structures. [`diagnose`] walks its `std::error::Error` source chain,
//! classifies it by `io::ErrorKind` and by the HTTP and TLS stacks' messages,
//! and returns one sentence naming the endpoint and the cause, plus a hint
//! naming the setting to check. [`words`] is the fallback for anything else:
//! the chain's `Display` texts with every fragment that looks like a `Debug`
//! dump removed. Nothing here ever formats an error with `{:?}`.

use std::error::Error as StdError;
use std::sync::LazyLock;

use regex::Regex;

/// A failure before any answer: what happened and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFailure {
    /// What kind of failure it was.
    pub kind: NetworkFailureKind,
    /// "could not connect to https://…: connection refused"
    pub cause: String,
    /// How to fix it.
    pub hint: String,
}

/// The kinds [`diagnose`] tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkFailureKind {
    /// Nothing listens at the endpoint's port.
    ConnectionRefused,
    /// The host name does not resolve.
    Dns,
    /// The TLS handshake failed (untrusted or wrong certificate).
    Tls,
    /// The proxy from HTTPS_PROXY/HTTP_PROXY/ALL_PROXY could not be used.
    Proxy,
    /// Connecting or waiting for the answer took too long.
    Timeout,
    /// The connection broke (reset, closed mid-answer).
    ConnectionBroken,
}

/// What the source chain says, gathered in one walk.
#[derive(Default)]
struct Signs {
    refused: bool,
    dns: bool,
    tls: bool,
    /// Every text of the chain, lower case, for the TLS reason.
    all: String,
    timeout: bool,
    broken: bool,
    tunnel: bool,
}

fn signs(err: &(dyn StdError + 'static)) -> Signs {
    let mut signs = Signs::default();
    let mut current: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = current {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            use std::io::ErrorKind as K;
            match io.kind() {
                K::ConnectionRefused => signs.refused = true,
                K::TimedOut => signs.timeout = true,
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe | K::UnexpectedEof => {
                    signs.broken = true;
                }
                _ => {}
            }
        }
        let text = e.to_string().to_ascii_lowercase();
        if text.contains("connection refused") {
            signs.refused = true;
        }
        if text.contains("dns error")
            || text.contains("failed to lookup address")
            || text.contains("name or service not known")
            || text.contains("nodename nor servname")
            || text.contains("no such host")
            || text.contains("temporary failure in name resolution")
        {
            signs.dns = true;
        }
        if text.contains("certificate") || text.contains("tls handshake") {
            signs.tls = true;
        }
        signs.all.push_str(&text);
        signs.all.push('\n');
        if text.contains("timed out") || text.contains("timeout") {
            signs.timeout = true;
        }
        if text.contains("connection reset") || text.contains("connection closed") {
            signs.broken = true;
        }
        if text.contains("tunnel error") || text.contains("proxy") {
            signs.tunnel = true;
        }
        current = e.source();
    }
    signs
}

/// Why rustls refused the certificate, in words.
fn tls_reason(text: &str) -> &'static str {
    if text.contains("unknownissuer") || text.contains("unknown issuer") {
        "is signed by an authority this machine does not trust"
    } else if text.contains("causedasendentity") {
        "is a self-signed certificate authority used as a server certificate"
    } else if text.contains("notvalidforname") || text.contains("not valid for name") {
        "is not valid for this host name"
    } else if text.contains("expired") {
        "has expired"
    } else if text.contains("notvalidyet") {
        "is not valid yet (check the clock)"
    } else if text.contains("certificate") {
        "is not trusted"
    } else {
        "could not be verified (the TLS handshake failed)"
    }
}

/// The proxy this process would use for `endpoint`, from the environment
/// (`HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`, upper or lower case), unless
/// `NO_PROXY` exempts the host. Mirrors the HTTP client's own choice closely
/// enough to name the proxy in a message.
pub fn proxy_for(endpoint: &str) -> Option<String> {
    let var = |names: &[&str]| {
        names.iter().find_map(|n| std::env::var(n).ok().filter(|v| !v.trim().is_empty()))
    };
    let url = url::Url::parse(endpoint).ok()?;
    let host = url.host_str()?.trim_matches(['[', ']']).to_ascii_lowercase();
    if let Some(no_proxy) = var(&["NO_PROXY", "no_proxy"]) {
        let exempt = no_proxy.split(',').map(str::trim).filter(|s| !s.is_empty()).any(|rule| {
            let rule = rule.trim_start_matches('*').trim_start_matches('.').to_ascii_lowercase();
            rule == "*" || host == rule || host.ends_with(&format!(".{rule}"))
        });
        if exempt {
            return None;
        }
    }
    match url.scheme() {
        "https" => var(&["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]),
        _ => var(&["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]),
    }
    .map(|p| hide_password(&p))
}

/// A proxy URL without its password.
fn hide_password(proxy: &str) -> String {
    match url::Url::parse(proxy) {
        Ok(mut url) if url.password().is_some() => {
            let _ = url.set_password(Some("***"));
            url.to_string()
        }
        Ok(_) => proxy.to_owned(),
        Err(_) => "the configured proxy".to_owned(),
    }
}

/// The host of an endpoint URL, for "does not resolve" messages.
fn host_of(endpoint: &str) -> String {
    url::Url::parse(endpoint)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| endpoint.to_owned())
}

/// What went wrong before any answer, as far as the error chain tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// Connection refused (by the endpoint, or by the proxy when one is set).
    Refused,
    /// A host name did not resolve.
    Dns,
    /// The TLS handshake failed; why, in words.
    Tls(&'static str),
    /// The proxy could not open a tunnel.
    Tunnel,
    /// Connecting or waiting for the answer took too long.
    Timeout,
    /// The connection broke before the answer was complete.
    Broken,
}

impl Cause {
    /// A few words, for table cells and `code: message` lines.
    pub fn short(self) -> &'static str {
        match self {
            Cause::Refused => "could not connect: connection refused",
            Cause::Dns => "could not connect: the host name does not resolve",
            Cause::Tls(_) => "could not connect: the server's TLS certificate is not trusted",
            Cause::Tunnel => "could not connect through the proxy",
            Cause::Timeout => "no answer: the request timed out",
            Cause::Broken => "the connection broke before the answer was complete",
        }
    }
}

/// Classifies an error chain; `None` when it shows none of the known causes.
pub fn classify(err: &(dyn StdError + 'static)) -> Option<Cause> {
    let signs = signs(err);
    if signs.tunnel && !signs.refused && !signs.dns {
        return Some(Cause::Tunnel);
    }
    if signs.dns {
        return Some(Cause::Dns);
    }
    if signs.tls {
        return Some(Cause::Tls(tls_reason(&signs.all)));
    }
    if signs.refused {
        return Some(Cause::Refused);
    }
    if signs.timeout {
        return Some(Cause::Timeout);
    }
    signs.broken.then_some(Cause::Broken)
}

/// Classifies a failure before any answer from `endpoint` (a URL such as
/// `https://sts.us-east-1.amazonaws.com`) and tells it in words. `None`
/// when the chain shows none of the known causes.
pub fn diagnose(err: &(dyn StdError + 'static), endpoint: &str) -> Option<NetworkFailure> {
    classify(err).map(|cause| describe(cause, endpoint))
}

/// The sentence and hint for `cause` at `endpoint`. When a proxy from the
/// environment applies to the endpoint, connection failures are the proxy's.
pub fn describe(cause: Cause, endpoint: &str) -> NetworkFailure {
    let failure = |kind, cause: String, hint: String| NetworkFailure { kind, cause, hint };
    let proxy = proxy_for(endpoint);
    if let Some(proxy) =
        proxy.as_deref().filter(|_| matches!(cause, Cause::Tunnel | Cause::Refused | Cause::Dns))
    {
        let why = match cause {
            Cause::Refused => "refused the connection",
            Cause::Dns => "has a host name that does not resolve",
            _ => "could not open a tunnel",
        };
        return failure(
            NetworkFailureKind::Proxy,
            format!("could not connect to {endpoint}: the proxy at {proxy} {why}"),
            format!(
                "the proxy at {proxy} (from HTTPS_PROXY/HTTP_PROXY/ALL_PROXY) {why}: check those variables, \
                 that the proxy is up, and NO_PROXY for hosts that must be reached directly"
            ),
        );
    }
    match cause {
        Cause::Dns => {
            let host = host_of(endpoint);
            failure(
                NetworkFailureKind::Dns,
                format!("could not connect to {endpoint}: the host name `{host}` does not resolve"),
                format!(
                    "the host name `{host}` does not resolve: check `endpoint_url` and `region` for a typo, \
                     and this machine's DNS and proxy settings (HTTPS_PROXY/NO_PROXY)"
                ),
            )
        }
        Cause::Tls(reason) => failure(
            NetworkFailureKind::Tls,
            format!("could not connect to {endpoint}: the server's TLS certificate {reason}"),
            "the server's TLS certificate is not trusted: check that `endpoint_url` names the right host; \
             a TLS-inspecting proxy or private endpoint needs its CA certificate installed in this machine's trust store"
                .to_owned(),
        ),
        Cause::Refused | Cause::Tunnel => failure(
            NetworkFailureKind::ConnectionRefused,
            format!("could not connect to {endpoint}: connection refused"),
            format!(
                "nothing accepts connections at {endpoint}: check `endpoint_url` (host and port) and that the endpoint is up"
            ),
        ),
        Cause::Timeout => timeout(endpoint),
        Cause::Broken => failure(
            NetworkFailureKind::ConnectionBroken,
            format!("the connection to {endpoint} broke before the answer was complete"),
            "the network or a proxy/firewall between here and the endpoint cut the connection; run again, \
             and check proxy and firewall settings if it keeps happening"
                .to_owned(),
        ),
    }
}

/// The endpoint of `service` (`organizations`, `account`, `sts`…) for
/// messages: the configured `endpoint_url`, else the service's regional
/// endpoint.
pub fn service_endpoint(config: &aws_config::SdkConfig, service: &str) -> String {
    if let Some(url) = config.endpoint_url() {
        return url.to_owned();
    }
    let region = config.region().map_or("us-east-1", |r| r.as_ref());
    let suffix = if region.starts_with("cn-") { "amazonaws.com.cn" } else { "amazonaws.com" };
    format!("https://{service}.{region}.{suffix}")
}

/// A request to `endpoint` that timed out.
pub fn timeout(endpoint: &str) -> NetworkFailure {
    let via =
        proxy_for(endpoint).map(|p| format!(" (through the proxy at {p})")).unwrap_or_default();
    NetworkFailure {
        kind: NetworkFailureKind::Timeout,
        cause: format!("no answer from {endpoint}{via}: the request timed out"),
        hint: format!(
            "{endpoint} did not answer in time: check `endpoint_url`, that the endpoint is up, and that a firewall \
             or proxy (HTTPS_PROXY/NO_PROXY) does not silently drop the connection"
        ),
    }
}

/// Fragments of `Debug` output: `Name(`, `Name {`, `Some(`, `source:`.
static DEBUG_FRAGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Z][A-Za-z0-9_]*(\(|\s\{)|\bSome\(|\bsource:|\{ |[a-z_]+::[a-z_]+")
        .expect("regex")
});

/// Whether a text looks like (or contains) a `Debug` dump.
pub fn looks_like_debug(text: &str) -> bool {
    DEBUG_FRAGMENT.is_match(text)
}

/// The error and its sources as words: each `Display` text once, joined with
/// `: `, leaving out texts that hold `Debug` dumps (the SDK's and the HTTP
/// client's messages sometimes embed them).
pub fn words(err: &(dyn StdError + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current: Option<&(dyn StdError + 'static)> = Some(err);
    while let Some(e) = current {
        let text = e.to_string();
        // Keep what precedes an embedded dump ("invalid peer certificate: Other(…)").
        let kept = match DEBUG_FRAGMENT.find(&text) {
            Some(m) => text[..m.start()].trim_end_matches([' ', ':', '(', ',']).to_owned(),
            None => text.trim().to_owned(),
        };
        if !kept.is_empty() && !parts.iter().any(|p| p.contains(&kept)) {
            parts.push(kept);
        }
        current = e.source();
    }
    if parts.is_empty() { "an error without a description".to_owned() } else { parts.join(": ") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Wrapped(&'static str, Option<std::io::Error>);
    impl std::fmt::Display for Wrapped {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.0)
        }
    }
    impl StdError for Wrapped {
        fn source(&self) -> Option<&(dyn StdError + 'static)> {
            self.1.as_ref().map(|e| e as &(dyn StdError + 'static))
        }
    }

    #[test]
    fn causes_are_classified_from_the_source_chain() {
        let refused = Wrapped(
            "dispatch failure",
            Some(std::io::Error::from(std::io::ErrorKind::ConnectionRefused)),
        );
        assert_eq!(classify(&refused), Some(Cause::Refused));
        let dns = Wrapped("dns error: failed to lookup address information", None);
        assert_eq!(classify(&dns), Some(Cause::Dns));
        let tls = Wrapped("invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))", None);
        assert!(matches!(classify(&tls), Some(Cause::Tls(_))));
        let tunnel = Wrapped("tunnel error: unsuccessful", None);
        assert_eq!(classify(&tunnel), Some(Cause::Tunnel));
        assert!(classify(&Wrapped("something else", None)).is_none());
        // The sentences (a proxy in this process's environment would take the blame).
        if proxy_for("https://no-such-host.invalid").is_none() {
            let found = describe(Cause::Dns, "https://no-such-host.invalid");
            assert!(found.cause.contains("`no-such-host.invalid` does not resolve"), "{found:?}");
            let found = describe(Cause::Tls("is not trusted"), "https://127.0.0.1:1");
            assert!(!looks_like_debug(&found.cause), "{found:?}");
        }
    }

    #[test]
    fn words_leave_out_debug_dumps() {
        let err = Wrapped("invalid peer certificate: Other(OtherError(CaUsedAsEndEntity))", None);
        assert_eq!(words(&err), "invalid peer certificate");
        assert!(looks_like_debug("DispatchFailure { source: ConnectorError"));
        assert!(looks_like_debug("Some(\"x\")"));
        assert!(!looks_like_debug(
            "could not connect to https://sts.amazonaws.com: connection refused"
        ));
    }
}
