//! Per-operation rate limiting: a token bucket (`governor`) whose rate is
//! adapted while the run goes (AIMD).
//!
//! - Proactive: every call of an operation first takes a token from that
//!   operation's bucket, so a run starts below the quota instead of finding
//!   it by being throttled.
//! - Adaptive: a `TooManyRequestsException` halves the rate (at most once per
//!   cool-down, because the calls already in flight are answered with
//!   throttling too); a full second's worth of successful calls that had to
//!   wait for a token raises it by a small step, so the rate climbs back — and
//!   past the default when the account's real limit is higher — until AWS
//!   pushes back again.
//!
//! Waiters queue in FIFO order (a fair async mutex) so that only one of them
//! at a time polls the bucket, whatever the number of pending calls.

use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use super::operation::RateLimit;

/// How the rate of one operation may move.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdaptiveBounds {
    /// Lowest rate the control may reach (requests per second).
    pub floor: f64,
    /// Highest rate the control may reach (requests per second).
    pub ceiling: f64,
    /// Additive increase per step (requests per second).
    pub step: f64,
    /// Minimum time between two decreases.
    pub cooldown: Duration,
}

impl AdaptiveBounds {
    /// Bounds around a starting limit: from 1/50 of it up to 8 times it,
    /// increasing by a tenth of it per step.
    pub fn around(limit: RateLimit) -> Self {
        Self {
            floor: (limit.per_second / 50.0).max(0.05),
            ceiling: limit.per_second * 8.0,
            step: (limit.per_second / 10.0).max(0.05),
            cooldown: Duration::from_secs(1),
        }
    }
}

struct LimiterState {
    rate: f64,
    bucket: Arc<DefaultDirectRateLimiter>,
    saturated_successes: u64,
    last_decrease: Option<Instant>,
}

/// The rate limiter of one operation.
pub struct AdaptiveLimiter {
    queue: tokio::sync::Mutex<()>,
    state: Mutex<LimiterState>,
    burst_per_rate: f64,
    bounds: AdaptiveBounds,
    adaptive: bool,
}

/// Builds a bucket for `rate`/s with the given burst, optionally empty.
fn bucket(rate: f64, burst: u32, start_empty: bool) -> Arc<DefaultDirectRateLimiter> {
    let period = Duration::from_secs_f64(1.0 / rate.max(1e-3));
    let burst = NonZeroU32::new(burst.max(1)).unwrap_or(NonZeroU32::MIN);
    let quota = Quota::with_period(period)
        .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
        .allow_burst(burst);
    let limiter = RateLimiter::direct(quota);
    if start_empty {
        // A rate change must not hand out a fresh burst.
        let _ = limiter.check_n(burst);
    }
    Arc::new(limiter)
}

impl AdaptiveLimiter {
    /// A limiter starting at `limit`; `adaptive` turns the AIMD control on.
    pub fn new(limit: RateLimit, bounds: AdaptiveBounds, adaptive: bool) -> Self {
        let rate = limit.per_second.max(bounds.floor.min(limit.per_second)).max(1e-3);
        Self {
            queue: tokio::sync::Mutex::new(()),
            state: Mutex::new(LimiterState {
                rate,
                bucket: bucket(rate, limit.burst, false),
                saturated_successes: 0,
                last_decrease: None,
            }),
            burst_per_rate: f64::from(limit.burst.max(1)) / rate,
            bounds,
            adaptive,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LimiterState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The current rate (requests per second).
    pub fn rate(&self) -> f64 {
        self.lock().rate
    }

    /// Waits for a token. Returns whether the bucket was empty (the caller
    /// was limited), which is what allows the rate to grow.
    pub async fn acquire(&self) -> bool {
        let _turn = self.queue.lock().await;
        let bucket = self.lock().bucket.clone();
        if bucket.check().is_ok() {
            return false;
        }
        bucket.until_ready().await;
        true
    }

    fn set_rate(&self, state: &mut LimiterState, rate: f64) {
        state.rate = rate;
        let burst = (rate * self.burst_per_rate).round().clamp(1.0, 1e6) as u32;
        state.bucket = bucket(rate, burst, true);
        state.saturated_successes = 0;
    }

    /// Records a successful call; `saturated` is what [`Self::acquire`] returned.
    pub fn on_success(&self, saturated: bool) {
        if !self.adaptive || !saturated {
            return;
        }
        let mut state = self.lock();
        state.saturated_successes += 1;
        if state.saturated_successes as f64 >= state.rate.max(1.0)
            && state.rate < self.bounds.ceiling
        {
            let rate = (state.rate + self.bounds.step).min(self.bounds.ceiling);
            self.set_rate(&mut state, rate);
        }
    }

    /// Records a throttled call. Returns the new rate when it was lowered.
    pub fn on_throttled(&self) -> Option<f64> {
        if !self.adaptive {
            return None;
        }
        let mut state = self.lock();
        let now = Instant::now();
        if state.last_decrease.is_some_and(|t| now.duration_since(t) < self.bounds.cooldown) {
            return None;
        }
        state.last_decrease = Some(now);
        let rate = (state.rate / 2.0).max(self.bounds.floor);
        self.set_rate(&mut state, rate);
        Some(rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn throttling_halves_and_success_raises_within_bounds() {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let bounds = AdaptiveBounds { cooldown: Duration::ZERO, ..AdaptiveBounds::around(limit) };
        let limiter = AdaptiveLimiter::new(limit, bounds, true);
        assert_eq!(limiter.on_throttled(), Some(5.0));
        assert_eq!(limiter.on_throttled(), Some(2.5));
        for _ in 0..3 {
            limiter.on_success(true);
        }
        assert!((limiter.rate() - 3.5).abs() < 1e-9, "{}", limiter.rate());
        // Calls that never waited for a token say nothing about the limit.
        for _ in 0..100 {
            limiter.on_success(false);
        }
        assert!((limiter.rate() - 3.5).abs() < 1e-9);
        for _ in 0..100_000 {
            limiter.on_success(true);
        }
        assert!((limiter.rate() - 80.0).abs() < 1e-9, "capped at the ceiling");
        for _ in 0..20 {
            limiter.on_throttled();
        }
        assert!((limiter.rate() - 0.2).abs() < 1e-9, "floored");
    }

    #[test]
    fn fixed_limiter_ignores_feedback() {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let limiter = AdaptiveLimiter::new(limit, AdaptiveBounds::around(limit), false);
        assert_eq!(limiter.on_throttled(), None);
        assert_eq!(limiter.rate(), 10.0);
    }
}
