//! Per-operation rate limiting: a token bucket (`governor`) whose rate is
//! adapted while the run goes.
//!
//! - Proactive: every call of an operation first takes a token from that
//!   operation's bucket, so a run starts at the assumed quota (burst
//!   included) instead of finding it by being throttled.
//! - Throttled: AWS's bucket is empty, so ours is emptied too (no burst
//!   until it refills). From the first throttling at a rate on, AWS accepts
//!   its own rate and no more (before, its burst may have hidden it), so a
//!   window of answers starts there; once it is long enough, the rate drops
//!   to just under the rate AWS accepted over it — the current rate times
//!   the share of answers that were not throttled, or the accepted calls per
//!   second — at most once per cool-down. That rate, the estimated quota, is
//!   remembered.
//! - Limited but not throttled (a full second's worth of calls that had to
//!   wait for a token): before any throttling the rate grows by a quarter per
//!   step, so a quota higher than assumed is found in a few seconds; after
//!   throttling it climbs back quickly to just under the estimated quota and
//!   holds there, probing a little higher only after a holding time that
//!   doubles with every probe AWS refused.
//! - Every call carries a [`Ticket`] from the bucket it took its token from.
//!   Answers to calls sent at an earlier rate say nothing about the current
//!   one and are left out of its window; a token from a bucket that has
//!   since been replaced is not sent with (the planner takes a new one).
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
    /// Time at the estimated quota without throttling before probing higher
    /// (doubled after every probe that was throttled, up to `max_probe_interval`).
    pub probe_interval: Duration,
    /// Longest holding time between probes.
    pub max_probe_interval: Duration,
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
            max_probe_interval: Duration::from_secs(60),
            min_window: Duration::from_millis(300),
        }
    }
}

/// Growth per step before any throttling (search for the quota). AWS's own
/// burst hides its rate for a while, so every step above the quota drains it
/// further before the first throttling says so: small steps keep that
/// overshoot small.
const SEARCH_GROWTH: f64 = 1.25;
/// The rate is kept this far under the estimated quota.
const HEADROOM: f64 = 0.95;
/// Fewest answers in a window before throttling lowers the rate (fewer
/// say too little about how much AWS accepts).
const MIN_WINDOW: u64 = 30;
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

/// What [`AdaptiveLimiter::acquire`] hands out with a token: which bucket
/// and rate it came from, and whether the caller had to wait for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ticket {
    /// The bucket was empty (the caller was limited), which is what allows
    /// the rate to grow.
    pub saturated: bool,
    rate_epoch: u64,
    bucket_epoch: u64,
}

struct LimiterState {
    rate: f64,
    bucket: Arc<DefaultDirectRateLimiter>,
    /// Changes with every rate change (answers to calls sent before are left
    /// out of the window).
    rate_epoch: u64,
    /// Changes with every new bucket (rate change or emptied on throttling).
    bucket_epoch: u64,
    saturated_successes: u64,
    last_decrease: Option<Instant>,
    /// Answers since the last rate change (at `window_start`).
    window_start: Instant,
    window_ok: u64,
    window_throttled: u64,
    /// AWS throttled a call sent at this rate: its burst is spent.
    aws_bucket_empty: bool,
    /// The quota as estimated at the last throttling (requests per second).
    quota_estimate: Option<f64>,
    /// When the rate reached the estimated quota (probing waits for it).
    holding_since: Option<Instant>,
    /// Multiplies the probe step; doubles with every probe, back to 1 on throttling.
    probe_scale: f64,
    /// Holding time before the next probe.
    probe_interval: Duration,
    /// The rate is above the estimate of the last throttling (a probe).
    probing: bool,
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
                rate_epoch: 0,
                bucket_epoch: 0,
                saturated_successes: 0,
                last_decrease: None,
                window_start: Instant::now(),
                window_ok: 0,
                window_throttled: 0,
                aws_bucket_empty: false,
                quota_estimate: None,
                holding_since: None,
                probe_scale: 1.0,
                probe_interval: bounds.probe_interval,
                probing: false,
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

    /// The quota estimated from throttling, if any was seen.
    pub fn quota_estimate(&self) -> Option<f64> {
        self.lock().quota_estimate
    }

    /// Waits for a token of the current bucket.
    pub async fn acquire(&self) -> Ticket {
        let _turn = self.queue.lock().await;
        let mut saturated = false;
        loop {
            let (bucket, rate_epoch, bucket_epoch) = {
                let state = self.lock();
                (state.bucket.clone(), state.rate_epoch, state.bucket_epoch)
            };
            match bucket.check() {
                Ok(()) => return Ticket { saturated, rate_epoch, bucket_epoch },
                Err(not_until) => {
                    saturated = true;
                    // The runtime's own timer: governor's `until_ready` runs
                    // a timer thread, and every wake-up from it is a
                    // cross-thread switch. The bucket may be replaced while
                    // this sleeps, so it is looked up again after.
                    let wait = not_until.wait_time_from(bucket.clock().now());
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }

    /// Whether `ticket`'s token is from the current bucket. A bucket is
    /// replaced when the rate changes or throttling empties it: a token taken
    /// before was granted at a rate or burst AWS did not accept, so the
    /// planner takes a new one instead of sending with it.
    pub fn is_current(&self, ticket: &Ticket) -> bool {
        self.lock().bucket_epoch == ticket.bucket_epoch
    }

    fn set_rate(&self, state: &mut LimiterState, rate: f64) {
        let rate = rate.clamp(self.bounds.floor, self.bounds.ceiling.max(self.bounds.floor));
        state.rate = rate;
        state.rate_epoch += 1;
        self.empty_bucket(state);
        state.saturated_successes = 0;
        state.window_start = Instant::now();
        state.window_ok = 0;
        state.window_throttled = 0;
        state.aws_bucket_empty = false;
    }

    /// A new, empty bucket at the current rate.
    fn empty_bucket(&self, state: &mut LimiterState) {
        let burst = (state.rate * self.burst_per_rate).round().clamp(1.0, 1e6) as u32;
        state.bucket = bucket(state.rate, burst, true);
        state.bucket_epoch += 1;
    }

    /// Records a successful call sent with `ticket`.
    pub fn on_success(&self, ticket: &Ticket) {
        let mut state = self.lock();
        if !self.adaptive || ticket.rate_epoch != state.rate_epoch {
            return;
        }
        state.window_ok += 1;
        if !ticket.saturated {
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
                    if now.duration_since(since) < state.probe_interval {
                        state.saturated_successes = 0;
                        return;
                    }
                    // Held long enough without throttling: the quota may be higher.
                    state.holding_since = Some(now);
                    state.probing = true;
                    let step = quota * self.bounds.probe_step * state.probe_scale;
                    state.probe_scale *= 2.0;
                    state.quota_estimate = Some(quota + step);
                    state.rate + step
                }
            }
        };
        self.set_rate(&mut state, rate);
    }

    /// Records a throttled call sent with `ticket`. Returns the new rate when
    /// it was lowered.
    pub fn on_throttled(&self, ticket: &Ticket) -> Option<f64> {
        let mut state = self.lock();
        if !self.adaptive || ticket.rate_epoch != state.rate_epoch {
            return None;
        }
        if ticket.bucket_epoch == state.bucket_epoch {
            // AWS's bucket is empty: no burst from ours until it refills.
            self.empty_bucket(&mut state);
        }
        let now = Instant::now();
        if !state.aws_bucket_empty {
            // The first throttling at this rate: until now AWS may have been
            // spending its burst, which says nothing about its rate. From
            // here on it accepts exactly its rate, so the window starts here.
            state.aws_bucket_empty = true;
            state.window_start = now;
            state.window_ok = 0;
            state.window_throttled = 1;
            return None;
        }
        state.window_throttled += 1;
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
        if std::mem::take(&mut state.probing) {
            // AWS refused the probe: wait longer before the next one.
            state.probe_interval = (state.probe_interval * 2).min(self.bounds.max_probe_interval);
        }
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
        assert_eq!(accepted_rate(10.0, 24, 6, 4 * second, min), Some(8.0));
        // Rare throttling is jitter at the limit: no estimate.
        assert_eq!(accepted_rate(10.0, 100, 1, second, min), None);
        // Never above the rate itself.
        assert_eq!(accepted_rate(10.0, 100, 3, second, min), Some(10.0));
    }

    #[test]
    fn throttling_lowers_the_rate_and_recovery_stops_under_the_estimate() {
        let limiter = limiter(Duration::ZERO, Duration::from_secs(3600));
        // Too few answers to tell how much AWS accepts: no change yet.
        assert_eq!(limiter.throttle(), None);
        for _ in 0..MIN_WINDOW {
            limiter.window_throttled_for_test();
        }
        // Nothing was accepted: down to the floor.
        assert_eq!(limiter.throttle(), Some(0.2));
        assert_eq!(limiter.quota_estimate(), Some(0.2));

        // Mostly accepted, in a window the test makes instantly: AWS took the whole rate.
        let limiter = self::limiter(Duration::ZERO, Duration::from_secs(3600));
        for _ in 0..80 {
            limiter.succeed(false);
        }
        for _ in 0..19 {
            limiter.window_throttled_for_test();
        }
        assert_eq!(limiter.throttle(), Some(10.0 * HEADROOM));
        let quota = limiter.quota_estimate().unwrap();
        assert_eq!(quota, 10.0);
        for _ in 0..10_000 {
            limiter.succeed(true);
        }
        assert!(
            (limiter.rate() - quota * HEADROOM).abs() < 1e-9,
            "held under the estimate: {}",
            limiter.rate()
        );
        // Calls that never waited for a token say nothing about the limit.
        let held = limiter.rate();
        for _ in 0..10_000 {
            limiter.succeed(false);
        }
        assert_eq!(limiter.rate(), held);
    }

    #[test]
    fn searches_upwards_before_any_throttling_and_probes_after_holding() {
        let limiter = limiter(Duration::ZERO, Duration::ZERO);
        for _ in 0..10 {
            limiter.succeed(true);
        }
        assert!((limiter.rate() - 10.0 * SEARCH_GROWTH).abs() < 1e-9, "{}", limiter.rate());
        for _ in 0..100_000 {
            limiter.succeed(true);
        }
        assert!((limiter.rate() - 80.0).abs() < 1e-9, "capped at the ceiling");
        for _ in 0..40 {
            // Enough throttling to matter after the successes of the climb.
            for _ in 0..10_000 {
                limiter.window_throttled_for_test();
            }
            limiter.throttle();
        }
        assert!((limiter.rate() - 0.2).abs() < 1e-9, "floored: {}", limiter.rate());
        // With the estimate known and no holding time, probes grow it, faster and faster.
        let before = limiter.quota_estimate().unwrap();
        for _ in 0..20 {
            limiter.succeed(true);
        }
        let after = limiter.quota_estimate().unwrap();
        assert!(after > before * 1.5, "{before} -> {after}");
    }

    #[test]
    fn throttling_empties_the_bucket_and_stale_answers_are_left_out() {
        let limiter = limiter(Duration::from_secs(3600), Duration::from_secs(3600));
        let sent_before = limiter.ticket(false);
        assert!(limiter.is_current(&sent_before));
        // One throttled answer: too few to lower the rate, but AWS's bucket
        // is empty, so a token taken before is not sent with.
        assert_eq!(limiter.throttle(), None);
        assert!(!limiter.is_current(&sent_before));
        assert_eq!(limiter.rate(), 10.0);
        // A second throttled answer to a call sent with the same old bucket
        // does not empty the new one again.
        let fresh = limiter.ticket(false);
        limiter.on_throttled(&sent_before);
        assert!(limiter.is_current(&fresh));

        // The first throttling at a rate starts the window: the successes
        // before it may have been AWS's burst.
        let limiter = self::limiter(Duration::ZERO, Duration::from_secs(3600));
        for _ in 0..100 {
            limiter.succeed(false);
        }
        assert_eq!(limiter.throttle(), None);
        let window = {
            let state = limiter.lock();
            (state.window_ok, state.window_throttled)
        };
        assert_eq!(window, (0, 1));

        // Answers to calls sent at an earlier rate do not count in the window.
        let limiter = self::limiter(Duration::ZERO, Duration::from_secs(3600));
        let at_old_rate = limiter.ticket(true);
        for _ in 0..10 {
            limiter.succeed(true);
        }
        let grown = limiter.rate();
        assert!(grown > 10.0);
        for _ in 0..(2 * MIN_WINDOW) {
            assert_eq!(limiter.on_throttled(&at_old_rate), None);
        }
        assert_eq!(limiter.rate(), grown);
        assert_eq!(limiter.quota_estimate(), None, "never lowered");
    }

    #[test]
    fn a_refused_probe_doubles_the_holding_time() {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let bounds = AdaptiveBounds {
            cooldown: Duration::ZERO,
            probe_interval: Duration::ZERO,
            min_window: Duration::ZERO,
            ..AdaptiveBounds::around(limit)
        };
        let limiter = AdaptiveLimiter::new(limit, bounds, true);
        let throttle_window = |ok: usize| {
            for _ in 0..ok {
                limiter.succeed(false);
            }
            for _ in 0..MIN_WINDOW {
                limiter.window_throttled_for_test();
            }
            limiter.throttle().expect("the rate is lowered")
        };
        throttle_window(200);
        assert_eq!(limiter.lock().probe_interval, Duration::ZERO, "not a probe");
        // Climb back to the estimate and probe above it.
        for _ in 0..1_000 {
            limiter.succeed(true);
            if limiter.lock().probing {
                break;
            }
        }
        assert!(limiter.lock().probing, "probed after holding");
        throttle_window(200);
        assert!(!limiter.lock().probing);
        assert_eq!(limiter.lock().probe_interval, Duration::ZERO, "0 doubled is 0");

        let bounds = AdaptiveBounds { probe_interval: Duration::from_secs(3), ..bounds };
        let limiter = AdaptiveLimiter::new(limit, bounds, true);
        limiter.lock().probing = true;
        for _ in 0..200 {
            limiter.succeed(false);
        }
        for _ in 0..MIN_WINDOW {
            limiter.window_throttled_for_test();
        }
        limiter.throttle().expect("the rate is lowered");
        assert_eq!(limiter.lock().probe_interval, Duration::from_secs(6));
        for _ in 0..10 {
            limiter.lock().probing = true;
            for _ in 0..MIN_WINDOW {
                limiter.window_throttled_for_test();
            }
            limiter.throttle();
        }
        assert_eq!(limiter.lock().probe_interval, bounds.max_probe_interval, "capped");
    }

    #[test]
    fn fixed_limiter_ignores_feedback() {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let limiter = AdaptiveLimiter::new(limit, AdaptiveBounds::around(limit), false);
        assert_eq!(limiter.throttle(), None);
        for _ in 0..1_000 {
            limiter.succeed(true);
        }
        assert_eq!(limiter.rate(), 10.0);
    }

    impl AdaptiveLimiter {
        /// A ticket of the current bucket, as `acquire` would hand out.
        fn ticket(&self, saturated: bool) -> Ticket {
            let state = self.lock();
            Ticket { saturated, rate_epoch: state.rate_epoch, bucket_epoch: state.bucket_epoch }
        }

        /// A call sent now succeeds.
        fn succeed(&self, saturated: bool) {
            self.on_success(&self.ticket(saturated));
        }

        /// A call sent now is throttled.
        fn throttle(&self) -> Option<f64> {
            self.on_throttled(&self.ticket(false))
        }

        /// A throttled answer that arrives during the cool-down (AWS's
        /// bucket is known to be empty).
        fn window_throttled_for_test(&self) {
            let mut state = self.lock();
            state.window_throttled += 1;
            state.aws_bucket_empty = true;
        }
    }
}
