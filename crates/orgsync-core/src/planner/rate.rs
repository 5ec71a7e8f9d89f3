//! Per-operation rate limiting: a token bucket (`governor`) whose rate is
//! adapted while the run goes.
//!
//! - Proactive: every call of an operation first takes a token from that
//!   operation's bucket, so a run starts at the assumed quota (burst
//!   included) instead of finding it by being throttled.
//! - Throttled: the rate drops to just under the rate AWS actually accepted
//!   — the current rate times the share of answers since the last change that
//!   were not throttled — at most once per cool-down (the calls already in
//!   flight are answered with throttling too). That rate, the estimated
//!   quota, is remembered.
//! - Limited but not throttled (a full second's worth of calls that had to
//!   wait for a token): before any throttling the rate grows by a quarter per
//!   step, so a quota higher than assumed is found in a few seconds; after
//!   throttling it climbs back quickly to just under the estimated quota and
//!   holds there, probing a little higher only after `probe_interval`
//!   without throttling.
//!
//! Waiters queue in FIFO order (a fair async mutex) so that only one of them
//! at a time polls the bucket, whatever the number of pending calls; it
//! sleeps on the tokio timer until the bucket's next token.

use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::clock::Clock;
use governor::{DefaultDirectRateLimiter, Quota, RateLimiter};

use super::operation::RateLimit;

/// How the rate of one operation may move.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdaptiveBounds {
    /// Lowest rate the control may reach (requests per second).
    pub floor: f64,
    /// Highest rate the control may reach (requests per second).
    pub ceiling: f64,
    /// Increase per probe above the estimated quota, as a fraction of it.
    pub probe_step: f64,
    /// Minimum time between two decreases.
    pub cooldown: Duration,
    /// Time at the estimated quota without throttling before probing higher.
    pub probe_interval: Duration,
    /// Shortest window of answers that lowers the rate (shorter windows,
    /// e.g. a bunch of throttled answers to calls sent together, say too
    /// little about how much AWS accepts).
    pub min_window: Duration,
}

impl AdaptiveBounds {
    /// Bounds around a starting limit: from 1/50 of it up to 8 times it;
    /// once a quota has been estimated, probing 3% higher after 3 s without
    /// throttling (doubling the step while probes succeed).
    pub fn around(limit: RateLimit) -> Self {
        Self {
            floor: (limit.per_second / 50.0).max(0.05),
            ceiling: limit.per_second * 8.0,
            probe_step: 0.03,
            cooldown: Duration::from_secs(1),
            probe_interval: Duration::from_secs(3),
            min_window: Duration::from_millis(250),
        }
    }
}

/// Growth per step before any throttling (search for the quota).
const SEARCH_GROWTH: f64 = 1.5;
/// The rate is kept this far under the estimated quota.
const HEADROOM: f64 = 0.95;
/// Fewest answers in a window before throttling lowers the rate (fewer
/// say too little about how much AWS accepts).
const MIN_WINDOW: u64 = 20;
/// Smallest throttled share of a window that lowers the rate: rarer
/// throttling is jitter at the limit, and lowering the rate for it would
/// ratchet the rate down run after run of the window.
const MIN_THROTTLED_SHARE: f64 = 0.02;

/// The rate AWS accepted over a window of answers at `rate`: the larger of
/// the unthrottled share of the rate and the accepted calls per second
/// (throttled answers to calls sent before the window inflate the share,
/// while a rate the caller did not use deflates the count). `None` while the
/// window is too small to tell or the throttling too rare to matter.
fn accepted_rate(
    rate: f64,
    ok: u64,
    throttled: u64,
    elapsed: Duration,
    min_window: Duration,
) -> Option<f64> {
    let answers = ok + throttled;
    if answers < MIN_WINDOW
        || elapsed < min_window
        || elapsed.is_zero()
        || (throttled as f64) < MIN_THROTTLED_SHARE * answers as f64
    {
        return None;
    }
    let share = rate * ok as f64 / answers as f64;
    let throughput = ok as f64 / elapsed.as_secs_f64();
    Some(share.max(throughput).min(rate))
}

struct LimiterState {
    rate: f64,
    bucket: Arc<DefaultDirectRateLimiter>,
    saturated_successes: u64,
    last_decrease: Option<Instant>,
    /// Answers since the last rate change (at `window_start`).
    window_start: Instant,
    window_ok: u64,
    window_throttled: u64,
    /// The quota as estimated at the last throttling (requests per second).
    quota_estimate: Option<f64>,
    /// When the rate reached the estimated quota (probing waits for it).
    holding_since: Option<Instant>,
    /// How many times throttling lowered the rate.
    decreases: u64,
    /// Multiplies the probe step; doubles with every probe, back to 1 on throttling.
    probe_scale: f64,
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
    /// A limiter starting at `limit`; `adaptive` turns the control on.
    pub fn new(limit: RateLimit, bounds: AdaptiveBounds, adaptive: bool) -> Self {
        let rate = limit.per_second.max(bounds.floor.min(limit.per_second)).max(1e-3);
        Self {
            queue: tokio::sync::Mutex::new(()),
            state: Mutex::new(LimiterState {
                rate,
                bucket: bucket(rate, limit.burst, false),
                saturated_successes: 0,
                last_decrease: None,
                window_start: Instant::now(),
                window_ok: 0,
                window_throttled: 0,
                quota_estimate: None,
                holding_since: None,
                decreases: 0,
                probe_scale: 1.0,
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

    /// How many times throttling lowered the rate: a token taken before a
    /// decrease was granted at a rate AWS did not accept, so the planner
    /// takes a new one instead of sending with it.
    pub fn decreases(&self) -> u64 {
        self.lock().decreases
    }

    /// The quota estimated from throttling, if any was seen.
    pub fn quota_estimate(&self) -> Option<f64> {
        self.lock().quota_estimate
    }

    /// Waits for a token. Returns whether the bucket was empty (the caller
    /// was limited), which is what allows the rate to grow.
    pub async fn acquire(&self) -> bool {
        let _turn = self.queue.lock().await;
        let bucket = self.lock().bucket.clone();
        if bucket.check().is_ok() {
            return false;
        }
        // Sleep on the runtime's own timer (governor's `until_ready` runs a
        // timer thread of its own, and every wake-up from it is a
        // cross-thread switch).
        while let Err(not_until) = bucket.check() {
            tokio::time::sleep(not_until.wait_time_from(bucket.clock().now())).await;
        }
        true
    }

    fn set_rate(&self, state: &mut LimiterState, rate: f64) {
        let rate = rate.clamp(self.bounds.floor, self.bounds.ceiling.max(self.bounds.floor));
        state.rate = rate;
        let burst = (rate * self.burst_per_rate).round().clamp(1.0, 1e6) as u32;
        state.bucket = bucket(rate, burst, true);
        state.saturated_successes = 0;
        state.window_start = Instant::now();
        state.window_ok = 0;
        state.window_throttled = 0;
    }

    /// Records a successful call; `saturated` is what [`Self::acquire`] returned.
    pub fn on_success(&self, saturated: bool) {
        let mut state = self.lock();
        state.window_ok += 1;
        if !self.adaptive || !saturated {
            return;
        }
        state.saturated_successes += 1;
        if (state.saturated_successes as f64) < state.rate.max(1.0)
            || state.rate >= self.bounds.ceiling
        {
            return;
        }
        let rate = match state.quota_estimate {
            None => state.rate * SEARCH_GROWTH,
            Some(quota) => {
                let target = quota * HEADROOM;
                if state.rate < target {
                    (state.rate * SEARCH_GROWTH).min(target)
                } else {
                    let now = Instant::now();
                    let since = *state.holding_since.get_or_insert(now);
                    if now.duration_since(since) < self.bounds.probe_interval {
                        state.saturated_successes = 0;
                        return;
                    }
                    // Held long enough without throttling: the quota may be higher.
                    state.holding_since = Some(now);
                    let step = quota * self.bounds.probe_step * state.probe_scale;
                    state.probe_scale *= 2.0;
                    state.quota_estimate = Some(quota + step);
                    state.rate + step
                }
            }
        };
        self.set_rate(&mut state, rate);
    }

    /// Records a throttled call. Returns the new rate when it was lowered.
    pub fn on_throttled(&self) -> Option<f64> {
        let mut state = self.lock();
        state.window_throttled += 1;
        if !self.adaptive {
            return None;
        }
        let now = Instant::now();
        if state.last_decrease.is_some_and(|t| now.duration_since(t) < self.bounds.cooldown) {
            return None;
        }
        let elapsed = now.duration_since(state.window_start);
        let accepted = accepted_rate(
            state.rate,
            state.window_ok,
            state.window_throttled,
            elapsed,
            self.bounds.min_window,
        )?;
        let accepted = accepted.max(self.bounds.floor);
        state.last_decrease = Some(now);
        state.quota_estimate = Some(accepted);
        state.holding_since = None;
        state.probe_scale = 1.0;
        state.decreases += 1;
        let rate = (accepted * HEADROOM).min(state.rate * HEADROOM);
        self.set_rate(&mut state, rate);
        Some(state.rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limiter(cooldown: Duration, probe_interval: Duration) -> AdaptiveLimiter {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let bounds = AdaptiveBounds {
            cooldown,
            probe_interval,
            min_window: Duration::ZERO,
            ..AdaptiveBounds::around(limit)
        };
        AdaptiveLimiter::new(limit, bounds, true)
    }

    #[test]
    fn accepted_rate_needs_a_window_and_takes_the_larger_estimate() {
        let second = Duration::from_secs(1);
        let min = Duration::from_millis(250);
        // Too few answers or too short a window: no estimate.
        assert_eq!(accepted_rate(10.0, 5, 5, second, min), None);
        assert_eq!(accepted_rate(10.0, 40, 60, Duration::from_millis(100), min), None);
        // 60% throttled over 10 s at 10/s: 4/s accepted either way.
        assert_eq!(accepted_rate(10.0, 40, 60, 10 * second, min), Some(4.0));
        // Throttled answers bunched into one second: the count says 6/s.
        assert_eq!(accepted_rate(10.0, 6, 30, second, min), Some(6.0));
        // A rate the caller hardly used: the share says 8/s.
        assert_eq!(accepted_rate(10.0, 16, 4, 4 * second, min), Some(8.0));
        // Rare throttling is jitter at the limit: no estimate.
        assert_eq!(accepted_rate(10.0, 100, 1, second, min), None);
        // Never above the rate itself.
        assert_eq!(accepted_rate(10.0, 100, 3, second, min), Some(10.0));
    }

    #[test]
    fn throttling_lowers_the_rate_and_recovery_stops_under_the_estimate() {
        let limiter = limiter(Duration::ZERO, Duration::from_secs(3600));
        // Too few answers to tell how much AWS accepts: no change yet.
        assert_eq!(limiter.on_throttled(), None);
        for _ in 0..MIN_WINDOW {
            limiter.window_throttled_for_test();
        }
        // Nothing was accepted: down to the floor.
        assert_eq!(limiter.on_throttled(), Some(0.2));
        assert_eq!(limiter.decreases(), 1);

        // Mostly accepted, in a window the test makes instantly: AWS took the whole rate.
        let limiter = self::limiter(Duration::ZERO, Duration::from_secs(3600));
        for _ in 0..80 {
            limiter.on_success(false);
        }
        for _ in 0..19 {
            limiter.window_throttled_for_test();
        }
        assert_eq!(limiter.on_throttled(), Some(10.0 * HEADROOM));
        let quota = limiter.quota_estimate().unwrap();
        assert_eq!(quota, 10.0);
        for _ in 0..10_000 {
            limiter.on_success(true);
        }
        assert!(
            (limiter.rate() - quota * HEADROOM).abs() < 1e-9,
            "held under the estimate: {}",
            limiter.rate()
        );
        // Calls that never waited for a token say nothing about the limit.
        let held = limiter.rate();
        for _ in 0..10_000 {
            limiter.on_success(false);
        }
        assert_eq!(limiter.rate(), held);
    }

    #[test]
    fn searches_upwards_before_any_throttling_and_probes_after_holding() {
        let limiter = limiter(Duration::ZERO, Duration::ZERO);
        for _ in 0..10 {
            limiter.on_success(true);
        }
        assert!((limiter.rate() - 15.0).abs() < 1e-9, "{}", limiter.rate());
        for _ in 0..100_000 {
            limiter.on_success(true);
        }
        assert!((limiter.rate() - 80.0).abs() < 1e-9, "capped at the ceiling");
        for _ in 0..40 {
            // Enough throttling to matter after the successes of the climb.
            for _ in 0..10_000 {
                limiter.window_throttled_for_test();
            }
            limiter.on_throttled();
        }
        assert!((limiter.rate() - 0.2).abs() < 1e-9, "floored: {}", limiter.rate());
        // With the estimate known and no holding time, probes grow it, faster and faster.
        let before = limiter.quota_estimate().unwrap();
        for _ in 0..20 {
            limiter.on_success(true);
        }
        let after = limiter.quota_estimate().unwrap();
        assert!(after > before * 1.5, "{before} -> {after}");
    }

    #[test]
    fn fixed_limiter_ignores_feedback() {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let limiter = AdaptiveLimiter::new(limit, AdaptiveBounds::around(limit), false);
        assert_eq!(limiter.on_throttled(), None);
        for _ in 0..1_000 {
            limiter.on_success(true);
        }
        assert_eq!(limiter.rate(), 10.0);
    }

    impl AdaptiveLimiter {
        /// A throttled answer that arrives during the cool-down.
        fn window_throttled_for_test(&self) {
            self.lock().window_throttled += 1;
        }
    }
}
