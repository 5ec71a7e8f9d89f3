//! The planner: runs AWS calls concurrently within `max_concurrency`, most
//! important first, each operation under its own adaptive rate limit, with
//! retries of throttled and transient failures and exact counters.
//!
//! Every call of the extractor goes through [`Planner::call`]:
//! 1. take a token from the operation's bucket ([`rate`]);
//! 2. take a slot of the priority gate ([`gate`]) — the tree walk is served
//!    before policy details, which are served before per-account fan-out;
//! 3. send one HTTP attempt (the SDK's own retries are off, see
//!    [`crate::aws`]), counting it;
//! 4. on throttling: count it, lower the operation's rate, back off with
//!    jitter and retry (throttling is never an error unless it lasts
//!    `max_throttled_attempts` attempts); on a transient failure (5xx,
//!    timeout, connection reset): back off and retry up to `max_attempts`;
//!    on expired credentials: call `on_expired` once (once per expiry, not
//!    once per in-flight call), rebuild the clients and retry.

pub mod gate;
pub mod operation;
pub mod progress;
pub mod rate;

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use aws_config::SdkConfig;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use rand::Rng;
use serde::Serialize;

use crate::aws::Clients;
use crate::aws::error::{ApiError, ErrorKind};
pub use gate::Priority;
use gate::PriorityGate;
pub use operation::{Operation, RateLimit};
pub use progress::{NoProgress, Phase, ProgressEvent, ProgressListener, RecordingProgress};
use rate::{AdaptiveBounds, AdaptiveLimiter};

/// Default number of calls in flight.
pub const DEFAULT_MAX_CONCURRENCY: usize = 16;

/// Rate limits of a run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RateLimits {
    /// Multiplies every default rate and burst (the benchmark runs AWS-like
    /// quotas scaled ×20 and passes 20 here).
    pub scale: f64,
    /// Per-operation limits replacing the (scaled) defaults.
    pub overrides: BTreeMap<Operation, RateLimit>,
    /// Adapt rates to throttling and sustained success (see [`rate`]). Off:
    /// the limits are fixed.
    pub adaptive: bool,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self { scale: 1.0, overrides: BTreeMap::new(), adaptive: true }
    }
}

impl RateLimits {
    /// Defaults scaled by `factor`.
    pub fn scaled(factor: f64) -> Self {
        Self { scale: factor, ..Self::default() }
    }

    /// The starting limit of one operation.
    pub fn limit_for(&self, op: Operation) -> RateLimit {
        self.overrides.get(&op).copied().unwrap_or_else(|| op.default_limit().scaled(self.scale))
    }
}

/// How failed attempts are retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct RetryPolicy {
    /// Attempts per call for transient failures (5xx, timeouts, resets).
    pub max_attempts: u32,
    /// Attempts per call while AWS keeps throttling.
    pub max_throttled_attempts: u32,
    /// First backoff; doubled per attempt, with jitter.
    pub base_delay: Duration,
    /// Longest backoff.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            max_attempts: 5,
            max_throttled_attempts: 40,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(20),
        }
    }
}

impl RetryPolicy {
    /// Backoff before retry number `retry` (0-based): "equal jitter", i.e. a
    /// random delay between half and all of the capped exponential delay.
    fn backoff(&self, retry: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32 << retry.min(16));
        let cap = exp.min(self.max_delay).as_secs_f64();
        let delay = rand::rng().random_range(cap / 2.0..=cap.max(f64::MIN_POSITIVE));
        Duration::from_secs_f64(delay)
    }
}

/// Counters of one operation over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct OperationStats {
    /// HTTP attempts sent (retries included).
    pub calls: u64,
    /// Attempts answered with throttling.
    pub throttled: u64,
    /// Attempts that were retries of an earlier attempt.
    pub retried: u64,
    /// Calls that ended in an error (after retries).
    pub failed: u64,
    /// The operation's rate at the end of the run (requests per second).
    pub final_rate_per_second: f64,
}

#[derive(Default)]
struct Counters {
    calls: AtomicU64,
    throttled: AtomicU64,
    retried: AtomicU64,
    failed: AtomicU64,
}

/// Runs calls (see the module docs).
pub struct Planner<'a> {
    sdk_config: &'a SdkConfig,
    on_expired: &'a (dyn Fn() + Sync),
    clients: RwLock<Arc<Clients>>,
    credential_generation: AtomicU64,
    gate: PriorityGate,
    limiters: BTreeMap<Operation, AdaptiveLimiter>,
    counters: BTreeMap<Operation, Counters>,
    retry: RetryPolicy,
    listener: &'a dyn ProgressListener,
}

impl<'a> Planner<'a> {
    /// A planner with its own clients built from `sdk_config`.
    pub fn new(
        sdk_config: &'a SdkConfig,
        on_expired: &'a (dyn Fn() + Sync),
        max_concurrency: usize,
        limits: &RateLimits,
        retry: RetryPolicy,
        listener: &'a dyn ProgressListener,
    ) -> Self {
        let limiters = Operation::ALL
            .into_iter()
            .map(|op| {
                let limit = limits.limit_for(op);
                // AWS's latency shrinks with the time scale as its quotas grow.
                let bounds = AdaptiveBounds {
                    fast_latency: rate::FAST_LATENCY.div_f64(limits.scale.max(1e-3)),
                    ..AdaptiveBounds::around(limit)
                };
                (op, AdaptiveLimiter::new(limit, bounds, limits.adaptive))
            })
            .collect();
        Self {
            sdk_config,
            on_expired,
            clients: RwLock::new(Arc::new(Clients::new(sdk_config))),
            credential_generation: AtomicU64::new(0),
            gate: PriorityGate::new(max_concurrency),
            limiters,
            counters: Operation::ALL.into_iter().map(|op| (op, Counters::default())).collect(),
            retry,
            listener,
        }
    }

    fn clients(&self) -> Arc<Clients> {
        self.clients.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// Credentials expired: renew once per expiry (calls that fail with the
    /// same old credentials do not renew again) and rebuild the clients so
    /// that their identity caches ask the provider afresh.
    fn renew_credentials(&self, seen_generation: u64) {
        if self
            .credential_generation
            .compare_exchange(
                seen_generation,
                seen_generation + 1,
                Ordering::SeqCst,
                Ordering::SeqCst,
            )
            .is_ok()
        {
            tracing::info!("credentials expired; renewing them");
            (self.on_expired)();
            *self.clients.write().unwrap_or_else(std::sync::PoisonError::into_inner) =
                Arc::new(Clients::new(self.sdk_config));
        }
    }

    /// Runs one call of `op` (see the module docs). `send` builds and sends
    /// the request with the given clients; it is called once per attempt.
    pub async fn call<T, E, F, Fut>(
        &self,
        op: Operation,
        priority: Priority,
        send: F,
    ) -> Result<T, ApiError>
    where
        F: FnMut(Arc<Clients>) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        match self.call_unless(op, priority, || false, send).await {
            Some(result) => result,
            None => unreachable!("never cancelled"),
        }
    }

    /// Like [`Self::call`], but `cancelled` is asked right before each
    /// attempt is sent (after waiting for a token and a slot): when it says
    /// yes, nothing is sent and `None` is returned. Used to stop fan-out
    /// calls as soon as an earlier one was denied.
    pub async fn call_unless<T, E, F, Fut>(
        &self,
        op: Operation,
        priority: Priority,
        cancelled: impl Fn() -> bool,
        mut send: F,
    ) -> Option<Result<T, ApiError>>
    where
        F: FnMut(Arc<Clients>) -> Fut,
        Fut: Future<Output = Result<T, SdkError<E, HttpResponse>>>,
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let limiter = &self.limiters[&op];
        let counters = &self.counters[&op];
        let mut retries = 0u32;
        let mut renewed = false;
        loop {
            let ticket = limiter.acquire().await;
            let generation = self.credential_generation.load(Ordering::SeqCst);
            let outcome = {
                let _slot = self.gate.acquire(priority).await;
                if cancelled() {
                    return None;
                }
                if !limiter.is_current(&ticket) {
                    // Throttling replaced the bucket while this call waited
                    // for a slot: its token belongs to a rate or burst AWS
                    // did not accept.
                    continue;
                }
                counters.calls.fetch_add(1, Ordering::Relaxed);
                if retries > 0 || renewed {
                    counters.retried.fetch_add(1, Ordering::Relaxed);
                }
                // In flight until its answer is recorded below.
                let sending = limiter.sending(Instant::now());
                // Boxed: the SDK's request future is large, and thousands of
                // pending calls would each reserve room for it.
                let outcome = Box::pin(send(self.clients())).await;
                (outcome, sending)
            };
            let (outcome, sending) = outcome;
            let latency = sending.at.elapsed();
            let lowered = |rate: Option<f64>| {
                if let Some(rate) = rate {
                    tracing::debug!(operation = op.name(), rate, "throttled; rate lowered");
                    self.listener.on_event(&ProgressEvent::Throttled {
                        operation: op,
                        rate_per_second: rate,
                    });
                }
            };
            let err = match outcome {
                Ok(value) => {
                    lowered(
                        limiter.on_success(&ticket, sending, latency, || self.longest_remaining()),
                    );
                    return Some(Ok(value));
                }
                Err(e) => ApiError::from_sdk(e),
            };
            match err.kind {
                ErrorKind::Throttled => {
                    counters.throttled.fetch_add(1, Ordering::Relaxed);
                    lowered(limiter.on_throttled(&ticket, sending));
                }
                // Nothing said about the quota.
                ErrorKind::Transient
                | ErrorKind::ExpiredCredentials
                | ErrorKind::Authentication => {
                    lowered(limiter.on_other(sending));
                }
                // An error AWS answered (a contact not set, access denied):
                // the quota accepted the call as it accepts a success.
                _ => lowered(
                    limiter.on_success(&ticket, sending, latency, || self.longest_remaining()),
                ),
            }
            let retry = match err.kind {
                ErrorKind::Throttled => retries + 1 < self.retry.max_throttled_attempts,
                ErrorKind::Transient => retries + 1 < self.retry.max_attempts,
                ErrorKind::ExpiredCredentials if !renewed => {
                    renewed = true;
                    self.renew_credentials(generation);
                    continue;
                }
                _ => false,
            };
            if !retry {
                counters.failed.fetch_add(1, Ordering::Relaxed);
                return Some(Err(err));
            }
            tracing::debug!(operation = op.name(), code = %err.code, retries, "retrying");
            tokio::time::sleep(self.retry.backoff(retries)).await;
            retries += 1;
        }
    }

    /// The longest time any operation's calls waiting for a token need at
    /// its current rate (seconds): the operation that bounds the rest of the
    /// run, as far as the run has found its calls.
    fn longest_remaining(&self) -> f64 {
        self.limiters.values().map(AdaptiveLimiter::remaining_secs).fold(0.0, f64::max)
    }

    /// Counters per operation (operations never called are left out).
    pub fn stats(&self) -> BTreeMap<Operation, OperationStats> {
        self.counters
            .iter()
            .filter(|(_, c)| c.calls.load(Ordering::Relaxed) > 0)
            .map(|(op, c)| {
                (
                    *op,
                    OperationStats {
                        calls: c.calls.load(Ordering::Relaxed),
                        throttled: c.throttled.load(Ordering::Relaxed),
                        retried: c.retried.load(Ordering::Relaxed),
                        failed: c.failed.load(Ordering::Relaxed),
                        final_rate_per_second: self.limiters[op].rate(),
                    },
                )
            })
            .collect()
    }
}
