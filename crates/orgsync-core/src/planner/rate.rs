//! Per-operation rate limiting: a token bucket (`governor`) whose rate is
//! adapted while the run goes.
//!
//! Every decision is counted in *answers*, not in wall-clock time, so the
//! control behaves the same against AWS (10 calls per second, 60 ms
//! latency) and against the benchmark's time-scaled emulator (200 per
//! second, 3 ms): a window is "this many answers to calls sent at this
//! rate", however long that takes.
//!
//! - Proactive: every call of an operation first takes a token from that
//!   operation's bucket, so a run starts at the assumed quota (burst
//!   included) instead of finding it by being throttled. With the quota AWS
//!   actually enforces, the bucket mirrors AWS's: both start full and refill
//!   at the same rate, so AWS never throttles.
//! - The rate AWS accepted without throttling (`good`) and the lowest rate
//!   it throttled (`bad`) bracket the quota. The rate holds at `good`; after
//!   `hold_calls` consecutive answers to calls that had to wait for a token
//!   (an answer to a call that found a token waiting restarts the count),
//!   it probes above: `good × (1 + step)`, or the geometric middle of the
//!   bracket once one is known. A probe that lasts long enough without throttling
//!   becomes `good` and the next probe follows at once with a doubled step,
//!   up to +50% (multiplicative increase while AWS accepts more). Long
//!   enough is `probe_calls` such answers and at least as many as it takes
//!   a probe above AWS's quota to spend the tokens AWS's bucket may hold
//!   over ours (`PROBE_SLACK`): at +10% that is 22 answers, whatever the
//!   burst, so a probe is not accepted while AWS's bucket still hides that
//!   it is above the quota. A refused probe goes back to `good` and holds
//!   eight times as long before the next one, so probes into a known quota
//!   are rare (one or two per operation in a run of a few thousand calls; a
//!   published quota, such as the Account API's, is where the rate starts
//!   and stays).
//! - A probe accepted and then throttled before its rate lasted a hold was
//!   refused after all (AWS's burst had hidden it): back to the rate before
//!   it, as for a refused probe.
//! - Throttled: the first throttled answer to a call sent at the current
//!   rate acts. AWS's bucket is empty, so ours is emptied too (no burst until
//!   it refills); a refused probe falls back to `good`; throttling at `good`
//!   itself (the quota is lower than assumed) lowers the rate by a tenth
//!   (by 30% when it comes again before a probe's worth of answers at the
//!   lowered rate), or to the rate AWS accepted over the window when it has
//!   enough answers.
//!   Answers to calls sent at an earlier rate are left out: they say nothing
//!   about the current one.
//! - A fast endpoint: while nothing was throttled and answers come back
//!   faster than any AWS endpoint answers (`fast_latency`: 10 ms, divided by
//!   the run's time scale; AWS's Organizations and Account APIs take 50 ms
//!   and more), e.g. a local test endpoint without quotas, the rate doubles
//!   with every answer, each time with a full bucket. The rate last used
//!   saturated stays the accepted one, so the first throttling falls back
//!   to it and ends this mode. An endpoint that ever answered that fast is
//!   never slowed below the rate orgsync started at: its throttling is
//!   injected at random (a test of retries), not a quota lower than AWS's,
//!   and lowering the rate at each one would walk it down to the floor.
//! - The bucket holds one token less than the assumed burst: with the quota
//!   AWS enforces, AWS's bucket then always holds a token more than ours,
//!   which absorbs calls arriving a little early or late. It starts with
//!   `INITIAL_BURST` of them (10 of the Account API's 14, 5 of
//!   an Organizations list call's 7): a burst AWS does not grant throttles every call of it at
//!   once, while holding a few tokens back costs a fraction of a second once.
//! - Calls already sent when AWS throttles (about the rate times the mean
//!   latency) will take AWS's next tokens, so as many of ours, and one more
//!   for the margin, are left unused after a throttling. A lone throttling
//!   after a long run (`hold_calls`) of accepted calls at the accepted rate
//!   is taken as a lost margin, not a lower quota: that is all it does.
//! - Every call carries a [`Ticket`] from the bucket it took its token from;
//!   a token from a bucket that has since been replaced is not sent with
//!   (the planner takes a new one).
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
    /// First probe above the accepted rate, as a fraction of it (doubled
    /// after every accepted probe, back to this after a refused one).
    pub probe_step: f64,
    /// Saturated answers at the accepted rate before the first probe
    /// (× `HOLD_GROWTH` after every refused probe, up to `max_hold_calls`).
    pub hold_calls: u64,
    /// Longest hold (saturated answers).
    pub max_hold_calls: u64,
    /// Saturated answers without throttling that accept a probe.
    pub probe_calls: u64,
    /// A mean latency under this is a fast endpoint (see the module docs).
    pub fast_latency: Duration,
}

impl AdaptiveBounds {
    /// Bounds around a starting limit: from 1/50 of it up to 1,000 times it
    /// (a quota-less endpoint); probes 10% higher after two bursts' worth of
    /// saturated answers, each probe accepted after a burst's worth (enough
    /// to spend the token of margin AWS's bucket keeps over ours at 10%
    /// above its quota).
    pub fn around(limit: RateLimit) -> Self {
        let burst = u64::from(limit.burst).max(8);
        Self {
            floor: (limit.per_second / 50.0).max(0.05),
            ceiling: limit.per_second * 1_000.0,
            probe_step: 0.1,
            hold_calls: 2 * burst,
            max_hold_calls: 1 << 20,
            probe_calls: burst,
            fast_latency: FAST_LATENCY,
        }
    }
}

/// The hold before the next probe grows this much after a refused one.
const HOLD_GROWTH: u64 = 8;
/// Tokens AWS's bucket may hold over ours when a probe starts: the token of
/// margin, and the part of a token our previous bucket had refilled when it
/// was replaced. A probe is accepted only after enough answers for a rate
/// above AWS's quota to have spent them.
const PROBE_SLACK: f64 = 2.0;
/// Longest probe, in bursts' worth of answers (a probe a hair above the
/// accepted rate would otherwise need hundreds).
const MAX_PROBE_BURSTS: u64 = 8;
/// Share of the bucket's tokens it starts with: a burst AWS may not grant
/// (its own may be smaller than the one assumed) is not spent at once.
const INITIAL_BURST: f64 = 0.7;
/// Throttled at the accepted rate: it is lowered this much (unless the
/// window says AWS accepted less).
const DECREASE: f64 = 0.9;
/// Throttled again soon after a decrease: lowered this much.
const FAST_DECREASE: f64 = 0.7;
/// Largest probe step: a larger one outruns the slack AWS's bucket may have
/// gathered while the rate was under its quota before the probe can tell.
const MAX_STEP: f64 = 0.5;
/// Smallest probe step inside a known bracket.
const MIN_STEP: f64 = 0.02;
/// Mean latency under which an endpoint is fast, at time scale 1 (see the
/// module docs).
pub const FAST_LATENCY: Duration = Duration::from_millis(10);
/// Fewest answers in a window before the rate AWS accepted over it is
/// trusted (fewer say too little about how much AWS accepts).
const MIN_WINDOW: u64 = 30;
/// Smallest throttled share of a window that says how much AWS accepts:
/// rarer throttling is jitter at the limit.
const MIN_THROTTLED_SHARE: f64 = 0.02;
/// Weight of a new latency sample in the mean.
const LATENCY_WEIGHT: f64 = 0.2;

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
    /// The highest rate AWS accepted without throttling.
    good: f64,
    /// The lowest rate AWS throttled (the quota is under it).
    bad: Option<f64>,
    /// Any throttling seen at all.
    throttled_ever: bool,
    /// The current rate is a probe above `good`.
    probing: bool,
    /// Saturated answers without throttling at the current rate.
    saturated_successes: u64,
    /// Hold before the next probe (saturated answers).
    hold_calls: u64,
    /// Current probe step.
    step: f64,
    /// Answers since the last rate change (at `window_start`).
    window_start: Instant,
    window_ok: u64,
    window_throttled: u64,
    /// Mean latency of successful calls (seconds).
    latency: Option<f64>,
    /// Shortest latency of a successful call (seconds): under
    /// `fast_latency` the endpoint is not AWS (see [`AdaptiveLimiter::decrease_floor`]).
    min_latency: Option<f64>,
    /// The last rate change was a decrease at the accepted rate.
    decreased: bool,
    /// Tokens to leave unused: calls sent before a throttling that AWS has
    /// yet to answer take tokens from AWS's bucket, not from ours.
    owed: u32,
    /// Answers without throttling at the current rate since the last
    /// throttled one.
    ok_since_throttle: u64,
    /// The accepted rate before the last accepted probe, until the probe's
    /// rate has lasted a hold: AWS's burst may have hidden that the probe
    /// was above its quota.
    before_probe: Option<f64>,
}

/// The rate limiter of one operation.
pub struct AdaptiveLimiter {
    queue: tokio::sync::Mutex<()>,
    /// Wakes the waiter polling the bucket when the bucket is replaced (a
    /// higher rate must not wait out a token of the lower one).
    replaced: tokio::sync::Notify,
    state: Mutex<LimiterState>,
    burst_per_rate: f64,
    /// The rate the limiter started at (the assumed quota).
    initial_rate: f64,
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

/// The first bucket: `burst` tokens at most, [`INITIAL_BURST`] of them
/// available at once.
fn initial_bucket(rate: f64, burst: u32) -> Arc<DefaultDirectRateLimiter> {
    let limiter = bucket(rate, burst, false);
    let held = burst - ((f64::from(burst) * INITIAL_BURST).ceil() as u32).clamp(1, burst.max(1));
    if let Some(held) = NonZeroU32::new(held) {
        let _ = limiter.check_n(held);
    }
    limiter
}

impl AdaptiveLimiter {
    /// A limiter starting at `limit`; `adaptive` turns the control on.
    pub fn new(limit: RateLimit, bounds: AdaptiveBounds, adaptive: bool) -> Self {
        let rate = limit.per_second.max(bounds.floor.min(limit.per_second)).max(1e-3);
        Self {
            queue: tokio::sync::Mutex::new(()),
            replaced: tokio::sync::Notify::new(),
            state: Mutex::new(LimiterState {
                rate,
                bucket: initial_bucket(rate, limit.burst.saturating_sub(1)),
                rate_epoch: 0,
                bucket_epoch: 0,
                good: rate,
                bad: None,
                throttled_ever: false,
                probing: false,
                saturated_successes: 0,
                hold_calls: bounds.hold_calls,
                step: bounds.probe_step,
                window_start: Instant::now(),
                window_ok: 0,
                window_throttled: 0,
                latency: None,
                min_latency: None,
                decreased: false,
                owed: 0,
                ok_since_throttle: 0,
                before_probe: None,
            }),
            burst_per_rate: f64::from(limit.burst.max(1)) / rate,
            initial_rate: rate,
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

    /// The quota as estimated from throttling (the highest rate AWS
    /// accepted), if any throttling was seen.
    pub fn quota_estimate(&self) -> Option<f64> {
        let state = self.lock();
        state.throttled_ever.then_some(state.good)
    }

    /// Waits for a token of the current bucket.
    pub async fn acquire(&self) -> Ticket {
        let _turn = self.queue.lock().await;
        let mut saturated = false;
        loop {
            let replaced = self.replaced.notified();
            tokio::pin!(replaced);
            replaced.as_mut().enable();
            let (bucket, rate_epoch, bucket_epoch) = {
                let state = self.lock();
                (state.bucket.clone(), state.rate_epoch, state.bucket_epoch)
            };
            match bucket.check() {
                Ok(()) => {
                    let mut state = self.lock();
                    if state.owed > 0 && state.bucket_epoch == bucket_epoch {
                        state.owed -= 1;
                        continue;
                    }
                    return Ticket { saturated, rate_epoch, bucket_epoch };
                }
                Err(not_until) => {
                    saturated = true;
                    // The runtime's own timer: governor's `until_ready` runs
                    // a timer thread, and every wake-up from it is a
                    // cross-thread switch. The bucket may be replaced while
                    // this sleeps, so it is looked up again after.
                    let wait = not_until.wait_time_from(bucket.clock().now());
                    tokio::select! {
                        () = tokio::time::sleep(wait) => {}
                        () = replaced => {}
                    }
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
        state.ok_since_throttle = 0;
    }

    /// A new, empty bucket at the current rate.
    fn empty_bucket(&self, state: &mut LimiterState) {
        let burst = (state.rate * self.burst_per_rate).round().clamp(1.0, 1e6) as u32;
        state.bucket = bucket(state.rate, burst, true);
        state.bucket_epoch += 1;
        self.replaced.notify_waiters();
    }

    /// The lowest rate a throttling may lower the accepted rate to: the
    /// bounds' floor, or — for an endpoint that has answered faster than
    /// any AWS endpoint does (a local test endpoint) — the rate the limiter
    /// started at. Such an endpoint throttles at random (fault injection),
    /// not at a quota below the assumed one, and lowering the rate at every
    /// throttling would walk it down to the floor whatever the rate.
    fn decrease_floor(&self, state: &LimiterState) -> f64 {
        let local = state.min_latency.is_some_and(|l| l < self.bounds.fast_latency.as_secs_f64());
        if local { self.initial_rate.max(self.bounds.floor) } else { self.bounds.floor }
    }

    /// Whether the endpoint answers faster than AWS and never throttled
    /// (see the module docs).
    fn fast_endpoint(&self, state: &LimiterState) -> bool {
        !state.throttled_ever
            && state.latency.is_some_and(|l| l < self.bounds.fast_latency.as_secs_f64())
    }

    /// Saturated answers without throttling that accept the current probe:
    /// `probe_calls`, and enough for a rate above AWS's quota (`good`) to
    /// spend the [`PROBE_SLACK`] tokens AWS's bucket may hold over ours
    /// (each call at `rate` spends `(rate − good) / rate` of a token more
    /// than AWS refills).
    fn probe_length(&self, state: &LimiterState) -> u64 {
        let excess = (state.rate - state.good) / state.rate;
        let spend = if excess > 0.0 { (PROBE_SLACK / excess).ceil() } else { 0.0 };
        let longest = self.bounds.probe_calls * MAX_PROBE_BURSTS;
        (spend.min(longest as f64) as u64).max(self.bounds.probe_calls)
    }

    /// The next probe above `good`.
    fn probe_rate(state: &LimiterState) -> f64 {
        let up = state.good * (1.0 + state.step);
        match state.bad {
            Some(bad) => {
                (state.good * bad).sqrt().max(state.good * (1.0 + MIN_STEP)).min(up).min(bad)
            }
            None => up,
        }
    }

    /// Records a successful call sent with `ticket` that took `latency`.
    pub fn on_success(&self, ticket: &Ticket, latency: Duration) {
        let mut state = self.lock();
        if !self.adaptive {
            return;
        }
        let sample = latency.as_secs_f64();
        state.latency = Some(match state.latency {
            Some(mean) => mean + LATENCY_WEIGHT * (sample - mean),
            None => sample,
        });
        state.min_latency = Some(state.min_latency.map_or(sample, |min| min.min(sample)));
        if ticket.rate_epoch != state.rate_epoch {
            return;
        }
        state.window_ok += 1;
        state.ok_since_throttle += 1;
        if state.rate >= self.bounds.ceiling {
            return;
        }
        if self.fast_endpoint(&state) {
            if ticket.saturated {
                state.good = state.rate;
            }
            state.probing = true;
            let rate = state.rate * 2.0;
            self.set_rate(&mut state, rate);
            // A full bucket: nothing says this endpoint has a burst to spare.
            let burst = (state.rate * self.burst_per_rate).round().clamp(1.0, 1e6) as u32;
            state.bucket = bucket(state.rate, burst, false);
            self.replaced.notify_waiters();
            return;
        }
        if !ticket.saturated {
            // Our bucket had a token to spare, so AWS's had more: the
            // answers counted so far no longer say that AWS's bucket is
            // empty. A hold or a probe counts consecutive saturated answers
            // (an operation whose calls come in bursts under its rate, with
            // AWS's bucket refilling in between, probes rarely, and its
            // probes are not accepted on AWS's burst).
            state.saturated_successes = 0;
            return;
        }
        state.saturated_successes += 1;
        if !state.probing && state.saturated_successes >= state.hold_calls {
            state.before_probe = None; // held a whole hold: truly accepted
        }
        let needed = if state.probing { self.probe_length(&state) } else { state.hold_calls };
        if state.saturated_successes < needed {
            return;
        }
        if state.probing {
            // AWS accepted this rate: the next probe follows at once, with
            // a doubled step, unless it would reach the rate AWS throttled.
            state.before_probe = Some(state.good);
            state.good = state.rate;
            if state.bad.is_some_and(|bad| bad <= state.good) {
                state.bad = None; // the quota grew since
            }
            state.step = (state.step * 2.0).min(MAX_STEP);
            if state.bad.is_some_and(|bad| Self::probe_rate(&state) >= bad) {
                // The bracket is closed: hold before probing AWS's limit.
                state.probing = false;
                state.saturated_successes = 0;
                return;
            }
        }
        state.probing = true;
        let rate = Self::probe_rate(&state);
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
        // The calls sent since, about the rate times the latency, will take
        // AWS's next tokens; one more restores the margin of a token.
        let in_flight = state.rate * state.latency.unwrap_or(0.0);
        state.owed = in_flight.ceil().clamp(0.0, 64.0) as u32 + 1;
        state.window_throttled += 1;
        let accepted_since = std::mem::take(&mut state.ok_since_throttle);
        if !state.probing && accepted_since >= self.bounds.hold_calls {
            // A lone throttling after a long run of accepted calls at this
            // rate: the margin was lost (calls arriving early or late), the
            // quota did not drop. Emptying the bucket and leaving tokens
            // unused restores it; the next throttling soon lowers the rate.
            return None;
        }
        state.throttled_ever = true;
        state.step = self.bounds.probe_step;
        let rate = state.rate;
        state.bad = Some(state.bad.map_or(rate, |bad| bad.min(rate)));
        let new = if std::mem::take(&mut state.probing) {
            // AWS refused the probe: back to what it accepted, and wait
            // longer before the next one.
            state.hold_calls =
                (state.hold_calls * HOLD_GROWTH).min(self.bounds.max_hold_calls.max(1));
            state.decreased = false;
            state.good
        } else if let Some(before) = state.before_probe.take() {
            // Throttled soon after a probe was accepted: AWS's burst had
            // hidden that it was above the quota. A refused probe after all.
            state.hold_calls =
                (state.hold_calls * HOLD_GROWTH).min(self.bounds.max_hold_calls.max(1));
            state.decreased = false;
            state.good = before;
            before
        } else {
            // Throttled at the accepted rate: the quota is lower.
            let min_window = Duration::from_secs_f64(MIN_WINDOW as f64 / rate / 2.0);
            let accepted = accepted_rate(
                rate,
                state.window_ok,
                state.window_throttled,
                state.window_start.elapsed(),
                min_window,
            );
            // Throttled again before a probe's worth of answers at the
            // rate just lowered: it is far from the quota, lower faster.
            let factor = if state.decreased && state.window_ok < self.bounds.probe_calls {
                FAST_DECREASE
            } else {
                DECREASE
            };
            state.decreased = true;
            let lowered = accepted.map_or(rate, |a| a.min(rate)) * factor;
            state.good = lowered.max(self.decrease_floor(&state));
            state.good
        };
        state.bad = state.bad.map(|bad| bad.max(new));
        self.set_rate(&mut state, new);
        Some(state.rate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS-like latency at 10/s: 0.5 calls in flight, not a fast endpoint.
    const SLOW: Duration = Duration::from_millis(50);

    fn limiter() -> AdaptiveLimiter {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        AdaptiveLimiter::new(limit, AdaptiveBounds::around(limit), true)
    }

    #[test]
    fn a_local_endpoint_throttling_at_random_is_not_slowed_below_the_starting_rate() {
        let fast = Duration::from_millis(1);
        let throttle_after_each_success = |limiter: &AdaptiveLimiter, latency: Duration| {
            for _ in 0..40 {
                limiter.on_success(&limiter.ticket(true), latency);
                limiter.on_throttled(&limiter.ticket(true));
            }
        };
        // A local endpoint: throttled again and again, it stays at 10/s.
        let local = limiter();
        throttle_after_each_success(&local, fast);
        assert!(local.rate() >= 10.0, "{}", local.rate());
        // AWS-like latency: the same throttling is a lower quota.
        let aws = limiter();
        throttle_after_each_success(&aws, SLOW);
        assert!(aws.rate() < 2.0, "{}", aws.rate());
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
        let limiter = limiter();
        // The first throttled answer acts: the quota is under 10/s.
        assert_eq!(limiter.throttle(), Some(10.0 * DECREASE));
        let quota = limiter.quota_estimate().unwrap();
        assert_eq!(quota, 10.0 * DECREASE);
        // Probes stay inside the bracket: never back to the rate AWS throttled.
        for _ in 0..10_000 {
            limiter.succeed(true);
            let (rate, bad) = (limiter.rate(), limiter.lock().bad);
            assert!(rate >= quota, "{rate}");
            // Only a probe accepted at 10/s itself says the quota grew.
            assert!(rate <= 10.0 || bad.is_none(), "{rate} {bad:?}");
        }
        // Calls that never waited for a token say nothing about the limit.
        let held = limiter.rate();
        for _ in 0..10_000 {
            limiter.succeed(false);
        }
        assert_eq!(limiter.rate(), held);
        // Nor do saturated answers interrupted by calls that did not wait
        // (AWS's bucket refilled in between): the count restarts.
        for _ in 0..1_000 {
            for _ in 0..limiter.bounds.probe_calls - 1 {
                limiter.succeed(true);
            }
            limiter.succeed(false);
        }
        assert_eq!(limiter.rate(), held);

        // Throttled over a long enough window: down to what AWS accepted.
        let limiter = self::limiter();
        {
            let mut state = limiter.lock();
            state.window_start -= Duration::from_secs(10);
            state.window_ok = 40;
            state.window_throttled = 59;
        }
        assert_eq!(limiter.throttle(), Some(4.0 * DECREASE));
    }

    #[test]
    fn searches_upwards_before_any_throttling_and_probes_after_holding() {
        let limiter = limiter();
        let bounds = limiter.bounds;
        for _ in 0..bounds.hold_calls - 1 {
            limiter.succeed(true);
        }
        assert_eq!(limiter.rate(), 10.0, "holds at the assumed quota first");
        limiter.succeed(true);
        assert!((limiter.rate() - 11.0).abs() < 1e-9, "{}", limiter.rate());
        // At 11/s a call spends 1/11 of a token more than a 10/s quota
        // refills: 22 answers spend the 2 tokens AWS's bucket may hold over
        // ours, more than a burst's worth (15).
        for _ in 0..21 {
            limiter.succeed(true);
        }
        assert!((limiter.rate() - 11.0).abs() < 1e-9, "still probing: {}", limiter.rate());
        limiter.succeed(true);
        // Accepted: the next probe at once, with a doubled step.
        assert!((limiter.rate() - 11.0 * 1.2).abs() < 1e-9, "{}", limiter.rate());
        // +20%: 2 / (2.2 / 13.2) = 12 answers would do, a burst's worth is needed.
        for _ in 0..bounds.probe_calls - 1 {
            limiter.succeed(true);
        }
        assert!((limiter.rate() - 11.0 * 1.2).abs() < 1e-9, "{}", limiter.rate());
        limiter.succeed(true);
        assert!(limiter.rate() > 11.0 * 1.2 * 1.3, "{}", limiter.rate());
        for _ in 0..100_000 {
            limiter.succeed(true);
        }
        assert!((limiter.rate() - bounds.ceiling).abs() < 1e-9, "capped at the ceiling");
        for _ in 0..200 {
            limiter.throttle();
        }
        assert!((limiter.rate() - 0.2).abs() < 1e-9, "floored: {}", limiter.rate());
    }

    #[test]
    fn throttling_empties_the_bucket_and_stale_answers_are_left_out() {
        let limiter = limiter();
        let sent_before = limiter.ticket(false);
        assert!(limiter.is_current(&sent_before));
        // One throttled answer: AWS's bucket is empty, so a token taken
        // before is not sent with.
        assert!(limiter.throttle().is_some());
        assert!(!limiter.is_current(&sent_before));
        // A second throttled answer to a call sent with the same old bucket
        // does not empty the new one again, nor lower the rate again.
        let fresh = limiter.ticket(false);
        let rate = limiter.rate();
        assert_eq!(limiter.on_throttled(&sent_before), None);
        assert!(limiter.is_current(&fresh));
        assert_eq!(limiter.rate(), rate);
        // The window starts at the new rate.
        let window = {
            let state = limiter.lock();
            (state.window_ok, state.window_throttled)
        };
        assert_eq!(window, (0, 0));

        // Answers to calls sent at an earlier rate do not count.
        let limiter = self::limiter();
        let at_old_rate = limiter.ticket(true);
        while limiter.rate() == 10.0 {
            limiter.succeed(true);
        }
        let grown = limiter.rate();
        for _ in 0..(2 * MIN_WINDOW) {
            assert_eq!(limiter.on_throttled(&at_old_rate), None);
        }
        assert_eq!(limiter.rate(), grown);
        assert_eq!(limiter.quota_estimate(), None, "never lowered");
    }

    #[test]
    fn a_refused_probe_goes_back_and_holds_longer() {
        let limiter = limiter();
        let hold = limiter.bounds.hold_calls;
        while limiter.rate() == 10.0 {
            limiter.succeed(true);
        }
        assert!(limiter.lock().probing);
        // Refused: back to exactly the rate AWS accepted, eight times the hold.
        assert_eq!(limiter.throttle(), Some(10.0));
        assert!(!limiter.lock().probing);
        assert_eq!(limiter.lock().hold_calls, hold * HOLD_GROWTH);
        for _ in 0..hold * HOLD_GROWTH - 1 {
            limiter.succeed(true);
        }
        assert_eq!(limiter.rate(), 10.0, "held");
        limiter.succeed(true);
        // The next probe is inside the bracket (10, 11).
        let probe = limiter.rate();
        assert!(probe > 10.0 && probe < 11.0, "{probe}");
        for _ in 0..20 {
            limiter.lock().probing = true;
            limiter.throttle();
        }
        assert_eq!(limiter.lock().hold_calls, limiter.bounds.max_hold_calls, "capped");
    }

    #[test]
    fn a_fast_endpoint_doubles_the_rate_without_holding() {
        let limiter = limiter();
        let fast = Duration::from_micros(500);
        limiter.on_success(&limiter.ticket(true), fast);
        assert!((limiter.rate() - 20.0).abs() < 1e-9, "{}", limiter.rate());
        assert!(limiter.is_current(&limiter.ticket(false)));
        // Answers to calls that did not wait grow it too, but the accepted
        // rate is the last one used saturated.
        for _ in 0..6 {
            limiter.on_success(&limiter.ticket(false), fast);
        }
        assert!(limiter.rate() > 1_000.0, "{}", limiter.rate());
        // The first throttling falls back to it and ends the fast mode.
        assert_eq!(limiter.throttle(), Some(10.0));
        for _ in 0..10 {
            limiter.on_success(&limiter.ticket(true), Duration::from_micros(1));
        }
        assert_eq!(limiter.rate(), 10.0);

        // AWS's latency is not fast, nor the time-scaled emulator's.
        let limiter = self::limiter();
        for _ in 0..10 {
            limiter.succeed(true);
        }
        assert_eq!(limiter.rate(), 10.0);
        let limit = RateLimit { per_second: 200.0, burst: 300 };
        let bounds =
            AdaptiveBounds { fast_latency: FAST_LATENCY / 20, ..AdaptiveBounds::around(limit) };
        let limiter = AdaptiveLimiter::new(limit, bounds, true);
        for _ in 0..10 {
            limiter.on_success(&limiter.ticket(true), Duration::from_millis(3));
        }
        assert_eq!(limiter.rate(), 200.0);
    }

    #[test]
    fn a_lone_throttling_after_a_long_run_restores_the_margin_only() {
        let limiter = limiter();
        let hold = limiter.bounds.hold_calls;
        for _ in 0..hold {
            limiter.succeed(false);
        }
        let before = limiter.ticket(false);
        assert_eq!(limiter.throttle(), None);
        assert_eq!(limiter.rate(), 10.0);
        assert!(!limiter.is_current(&before), "the bucket is emptied");
        // 10/s × 50 ms in flight: 1 call, and one for the margin.
        assert_eq!(limiter.lock().owed, 2);
        // Throttled again soon: the quota is lower.
        limiter.succeed(false);
        assert_eq!(limiter.throttle(), Some(10.0 * DECREASE));
    }

    #[test]
    fn a_probe_throttled_soon_after_it_was_accepted_was_refused() {
        let limiter = limiter();
        while limiter.rate() == 10.0 {
            limiter.succeed(true);
        }
        while (limiter.rate() - 11.0).abs() < 1e-9 {
            limiter.succeed(true);
        }
        assert!(limiter.rate() > 11.0, "accepted at 11/s, probing higher");
        // The next probe is refused: back to 11/s, which AWS's burst hid.
        limiter.throttle();
        assert!((limiter.rate() - 11.0).abs() < 1e-9, "{}", limiter.rate());
        // Throttled again before 11/s lasted a hold: back to 10/s.
        limiter.succeed(true);
        assert_eq!(limiter.throttle(), Some(10.0));
    }

    #[test]
    fn the_first_bucket_holds_part_of_the_burst_back() {
        // Burst 15: the bucket holds 14 tokens, 10 of them at the start.
        let bucket = initial_bucket(1e-3, 14);
        assert!(bucket.check_n(NonZeroU32::new(10).unwrap()).is_ok_and(|r| r.is_ok()));
        assert!(bucket.check().is_err());
        let bucket = initial_bucket(1e-3, 7);
        assert!(bucket.check_n(NonZeroU32::new(5).unwrap()).is_ok_and(|r| r.is_ok()));
        assert!(bucket.check().is_err());
        let bucket = initial_bucket(1e-3, 1);
        assert!(bucket.check().is_ok());
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

        /// A call sent now succeeds, at AWS-like latency.
        fn succeed(&self, saturated: bool) {
            self.on_success(&self.ticket(saturated), SLOW);
        }

        /// A call sent now is throttled.
        fn throttle(&self) -> Option<f64> {
            self.on_throttled(&self.ticket(false))
        }
    }
}
