//! AWS clients for extraction and the helpers every table fetcher shares.
//!
//! The clients are built from the caller's [`aws_config::SdkConfig`] (region,
//! endpoint, credentials provider) with the SDK's own retries turned off: the
//! planner retries throttled and transient calls itself, so that every HTTP
//! attempt is counted exactly once and throttling feeds the adaptive rate
//! limits. Each client gets a fresh identity cache, so rebuilding the clients
//! after expired credentials really asks the provider again.

pub mod error;
pub mod iam;
pub mod network;

use std::time::Duration;

use aws_config::SdkConfig;
use aws_config::identity::IdentityCache;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use chrono::{DateTime, Utc};

/// How long one HTTP attempt may take before it counts as a (retried) timeout.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long establishing a connection may take.
const CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

/// Timeouts of the STS calls of the role chain: an endpoint that accepts
/// the connection but never answers must fail (and say so), not hang.
pub fn sts_timeouts() -> TimeoutConfig {
    TimeoutConfig::builder()
        .connect_timeout(CONNECT_TIMEOUT)
        .operation_attempt_timeout(ATTEMPT_TIMEOUT)
        .build()
}

/// The service clients one run uses.
#[derive(Clone, Debug)]
pub struct Clients {
    /// AWS Organizations.
    pub organizations: aws_sdk_organizations::Client,
    /// AWS Account Management (alternate contacts).
    pub account: aws_sdk_account::Client,
    /// CloudTrail in the Region that records the organization's global
    /// events ([`global_events_region`]), for the incremental refresh.
    pub cloudtrail: aws_sdk_cloudtrail::Client,
}

/// The Region whose CloudTrail event history holds the Organizations and
/// Account Management events (global services): us-east-1, or the home
/// Region of the China and GovCloud partitions.
pub fn global_events_region(region: Option<&str>) -> &'static str {
    match region {
        Some(r) if r.starts_with("cn-") => "cn-northwest-1",
        Some(r) if r.starts_with("us-gov-") => "us-gov-west-1",
        _ => "us-east-1",
    }
}

impl Clients {
    /// Builds the clients from the caller's configuration, SDK retries off.
    pub fn new(sdk_config: &SdkConfig) -> Self {
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .operation_attempt_timeout(ATTEMPT_TIMEOUT)
            .build();
        let organizations = aws_sdk_organizations::config::Builder::from(sdk_config)
            .retry_config(RetryConfig::disabled())
            .timeout_config(timeouts.clone())
            .identity_cache(IdentityCache::lazy().build())
            .build();
        let account = aws_sdk_account::config::Builder::from(sdk_config)
            .retry_config(RetryConfig::disabled())
            .timeout_config(timeouts.clone())
            .identity_cache(IdentityCache::lazy().build())
            .build();
        let region = global_events_region(sdk_config.region().map(|r| r.as_ref()));
        let cloudtrail = aws_sdk_cloudtrail::config::Builder::from(sdk_config)
            .region(aws_config::Region::new(region))
            .retry_config(RetryConfig::disabled())
            .timeout_config(timeouts)
            .identity_cache(IdentityCache::lazy().build())
            .build();
        Self {
            organizations: aws_sdk_organizations::Client::from_conf(organizations),
            account: aws_sdk_account::Client::from_conf(account),
            cloudtrail: aws_sdk_cloudtrail::Client::from_conf(cloudtrail),
        }
    }
}

/// An SDK timestamp as a UTC instant, rounded to the nearest microsecond
/// (the precision every destination keeps; epoch-seconds answers parsed as
/// floating point land a few nanoseconds off).
pub fn to_utc(t: &aws_smithy_types::DateTime) -> Option<DateTime<Utc>> {
    let micros = i64::from(t.subsec_nanos()).saturating_add(500) / 1_000;
    DateTime::<Utc>::from_timestamp(t.secs(), 0)
        .map(|whole| whole + chrono::Duration::microseconds(micros))
}
