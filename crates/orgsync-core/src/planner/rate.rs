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
//! - A probe is made only where it can pay for itself
//!   (`AdaptiveLimiter::probe_pays`), judged on the calls waiting for a
//!   token (the calls the operation has left, as far as the run has found
//!   them): the operation's waiting calls must need at least
//!   `CRITICAL_SHARE` of the longest time any operation's need (a faster
//!   operation gains nothing from a higher rate), the throttled calls a
//!   refusal costs must fit in `PROBE_BUDGET` of its calls (not on a
//!   local endpoint, see below), and the time
//!   it saves on the waiting calls if accepted must outweigh the calls a
//!   refusal costs. Late in a run, or in a short one, no probe is made, and
//!   none after a refused one when few calls remain.
//! - A probe accepted and then throttled before its rate lasted a hold was
//!   refused after all (AWS's burst had hidden it): back to the rate before
//!   it, as for a refused probe.
//! - Throttled: the first throttled answer to a call sent at the current
//!   rate acts. AWS's bucket is empty, so ours is emptied too (no burst until
//!   it refills); a refused probe falls back to `good`; throttling at `good`
//!   itself (the quota is lower than assumed) lowers the rate by a tenth
//!   (by 30% when it comes again before a probe's worth of answers at the
//!   lowered rate), or to the rate AWS accepted over the window when it has
//!   enough answers — and at once to the rate AWS's bucket must at least
//!   refill to have accepted the calls it did (`observed_rate`: the
//!   accepted calls sent in a window ending at the throttled one, over the
//!   window plus the burst in seconds of rate orgsync assumes) when that is
//!   lower. A quota under the assumed one is then found with its first
//!   throttled call, not with one or two per step of 10%.
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
//!   for the margin, are left unused after a throttling. A throttling at the
//!   accepted rate goes further: nothing of the operation is sent until
//!   every call in flight is answered ([`Sending`]), and only then is the
//!   rate lowered, with the answers AWS had yet to give to calls it accepted
//!   before the throttled one (a burst's answers come back in any order).
//!   Any answer other than throttling, an error such as a contact not set
//!   included, is a call the quota accepted; a transient failure says
//!   nothing. A lone throttling
//!   after a long run (`hold_calls`) of accepted calls at the accepted rate
//!   is taken as a lost margin, not a lower quota: that is all it does.
//! - Every call carries a [`Ticket`] from the bucket it took its token from;
//!   a token from a bucket that has since been replaced is not sent with
//!   (the planner takes a new one).
//!
//! Waiters queue in FIFO order (a fair async mutex) so that only one of them
//! at a time polls the bucket, whatever the number of pending calls; it
//! sleeps on the tokio timer until the bucket's next token.

use std::collections::VecDeque;
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
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
/// Send times of accepted calls kept for `observed_rate`.
const HISTORY: usize = 256;
/// An operation probes only while the time its waiting calls need at its
/// rate is at least this share of the longest such time of any operation:
/// an operation that finishes well before the one bounding the run gains
/// nothing from a higher rate, and a refused probe costs throttled calls.
const CRITICAL_SHARE: f64 = 0.75;
/// Throttled calls an operation may spend on a probe, as a share of its
/// calls (those answered and those waiting): a probe is made only while the
/// throttled answers so far plus those a refusal would cost stay within it.
const PROBE_BUDGET: f64 = 0.01;

/// The lowest rate AWS's token bucket can have to have accepted the calls
/// sent at `accepted` (seconds, any order) and then refused one sent at
/// `throttled`, if its burst is `burst_secs` seconds of its rate (the ratio
/// orgsync assumes): over any window `[s, throttled]` it accepted at most
/// its burst plus its rate times the window, so its rate is at least
/// `accepted in the window / (burst_secs + window)`. The largest of these
/// over every window that starts at an accepted call. `None` without
/// accepted calls before the throttled one (nothing observed).
///
/// A lower bound: set to it, the rate is at most AWS's whatever its history
/// (a bucket at most full at the window's start, the throttled call proving
/// it empty at the end), so no further call is throttled at this rate.
fn observed_rate(accepted: &[f64], throttled: f64, burst_secs: f64) -> Option<f64> {
    let mut sent: Vec<f64> = accepted.iter().copied().filter(|&t| t <= throttled).collect();
    sent.sort_by(|a, b| b.total_cmp(a)); // newest first
    sent.iter()
        .enumerate()
        .map(|(i, &start)| (i + 1) as f64 / (burst_secs + (throttled - start)).max(1e-9))
        .max_by(f64::total_cmp)
}

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
    /// Send times of the last [`HISTORY`] accepted calls, in seconds since
    /// `origin` (see `observed_rate`).
    accepted: VecDeque<f64>,
    /// Answers (accepted or throttled) and throttled answers over the run.
    answers: u64,
    throttled: u64,
    /// Send times of the calls on their way (seconds since `origin`).
    in_flight: Vec<f64>,
    /// A throttled call at the accepted rate whose lowering waits for the
    /// calls in flight (its send time): until they are answered, nothing is
    /// sent and the accepted calls AWS has yet to answer are not missed.
    pending: Option<f64>,
    /// The rate epoch of the last lone throttling (see `on_throttled`).
    lone_at: Option<u64>,
}

/// The rate limiter of one operation.
pub struct AdaptiveLimiter {
    queue: tokio::sync::Mutex<()>,
    /// Calls waiting for a token: the calls the operation has left, as far
    /// as the run has found them.
    waiting: AtomicUsize,
    /// The current rate (`f64` bits), readable without the state's lock.
    rate_bits: AtomicU64,
    /// Where send times are counted from.
    origin: Instant,
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
            waiting: AtomicUsize::new(0),
            rate_bits: AtomicU64::new(rate.to_bits()),
            origin: Instant::now(),
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
                accepted: VecDeque::with_capacity(HISTORY),
                answers: 0,
                throttled: 0,
                in_flight: Vec::new(),
                pending: None,
                lone_at: None,
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

    /// Seconds the calls waiting for a token need at the current rate.
    pub fn remaining_secs(&self) -> f64 {
        let rate = f64::from_bits(self.rate_bits.load(Ordering::Relaxed));
        self.waiting.load(Ordering::Relaxed) as f64 / rate.max(1e-9)
    }

    /// Waits for a token of the current bucket.
    pub async fn acquire(&self) -> Ticket {
        struct Waiting<'a>(&'a AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::Relaxed);
            }
        }
        self.waiting.fetch_add(1, Ordering::Relaxed);
        let _waiting = Waiting(&self.waiting);
        let _turn = self.queue.lock().await;
        let mut saturated = false;
        loop {
            let replaced = self.replaced.notified();
            tokio::pin!(replaced);
            replaced.as_mut().enable();
            let (bucket, rate_epoch, bucket_epoch, paused) = {
                let state = self.lock();
                (
                    state.bucket.clone(),
                    state.rate_epoch,
                    state.bucket_epoch,
                    state.pending.is_some(),
                )
            };
            if paused {
                // A throttling waits for the calls in flight: the lowered
                // rate comes with a new bucket.
                saturated = true;
                replaced.await;
                continue;
            }
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

    /// A call of this operation is sent now (`at`): it is in flight until
    /// its answer is recorded ([`Self::on_success`], [`Self::on_throttled`],
    /// [`Self::on_other`]) or the [`Sending`] is dropped.
    pub fn sending(&self, at: Instant) -> Sending<'_> {
        let secs = self.secs_since_origin(at);
        self.lock().in_flight.push(secs);
        Sending { limiter: self, at, secs, answered: false }
    }

    /// Records that the call sent at `secs` was answered, and makes a
    /// lowering that waited for it when it was the last in flight.
    fn land(&self, state: &mut LimiterState, secs: f64) -> Option<f64> {
        if let Some(i) = state.in_flight.iter().position(|&t| t == secs) {
            state.in_flight.swap_remove(i);
        }
        self.resolve(state)
    }

    /// Records a call that says nothing about the quota (a transient
    /// failure, expired credentials): it is no longer in flight. An error
    /// AWS answered (a contact not set, access denied) was accepted by the
    /// quota: record it with [`Self::on_success`].
    pub fn on_other(&self, mut sending: Sending<'_>) -> Option<f64> {
        sending.answered = true;
        let mut state = self.lock();
        self.land(&mut state, sending.secs)
    }

    /// A call AWS did not throttle: counted, its send time kept.
    fn record_accepted(&self, state: &mut LimiterState, secs: f64) {
        state.answers += 1;
        if state.accepted.len() == HISTORY {
            state.accepted.pop_front();
        }
        state.accepted.push_back(secs);
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
        self.rate_bits.store(rate.to_bits(), Ordering::Relaxed);
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
        if self.local(state) { self.initial_rate.max(self.bounds.floor) } else { self.bounds.floor }
    }

    /// Whether the endpoint has answered faster than any AWS endpoint does
    /// (a local test endpoint, whose throttling is injected at random).
    fn local(&self, state: &LimiterState) -> bool {
        state.min_latency.is_some_and(|l| l < self.bounds.fast_latency.as_secs_f64())
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
    ///
    /// `longest_secs` tells, when a probe is due, the longest time any
    /// operation's waiting calls need at its rate (see `Self::probe_pays`).
    ///
    /// Returns the new rate when the answer let a waiting lowering happen.
    pub fn on_success(
        &self,
        ticket: &Ticket,
        mut sending: Sending<'_>,
        latency: Duration,
        longest_secs: impl FnOnce() -> f64,
    ) -> Option<f64> {
        sending.answered = true;
        let mut state = self.lock();
        self.record_accepted(&mut state, sending.secs);
        let lowered = self.land(&mut state, sending.secs);
        if !self.adaptive || lowered.is_some() || state.pending.is_some() {
            return lowered;
        }
        let sample = latency.as_secs_f64();
        state.latency = Some(match state.latency {
            Some(mean) => mean + LATENCY_WEIGHT * (sample - mean),
            None => sample,
        });
        state.min_latency = Some(state.min_latency.map_or(sample, |min| min.min(sample)));
        if ticket.rate_epoch != state.rate_epoch {
            return None;
        }
        state.window_ok += 1;
        state.ok_since_throttle += 1;
        if state.rate >= self.bounds.ceiling {
            return None;
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
            return None;
        }
        if !ticket.saturated {
            // Our bucket had a token to spare, so AWS's had more: the
            // answers counted so far no longer say that AWS's bucket is
            // empty. A hold or a probe counts consecutive saturated answers
            // (an operation whose calls come in bursts under its rate, with
            // AWS's bucket refilling in between, probes rarely, and its
            // probes are not accepted on AWS's burst).
            state.saturated_successes = 0;
            return None;
        }
        state.saturated_successes += 1;
        if !state.probing && state.saturated_successes >= state.hold_calls {
            state.before_probe = None; // held a whole hold: truly accepted
        }
        let needed = if state.probing { self.probe_length(&state) } else { state.hold_calls };
        if state.saturated_successes < needed {
            return None;
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
                return None;
            }
        }
        let rate = Self::probe_rate(&state);
        if !self.probe_pays(&state, rate, longest_secs()) {
            // Hold at the accepted rate; asked again after another hold.
            state.probing = false;
            state.saturated_successes = 0;
            return None;
        }
        state.probing = true;
        self.set_rate(&mut state, rate);
        None
    }

    /// `sent` in seconds since the limiter was made.
    fn secs_since_origin(&self, sent: Instant) -> f64 {
        sent.saturating_duration_since(self.origin).as_secs_f64()
    }

    /// Whether a probe to `probe` can pay for itself in the calls the
    /// operation has left (those waiting for a token), given that the
    /// waiting calls of the operation that needs longest take `longest_secs`:
    /// - the operation bounds the run, or nearly (`CRITICAL_SHARE`): a
    ///   faster operation gains nothing from a higher rate;
    /// - the throttled calls a refusal costs (the refused one and those sent
    ///   while its answer was on its way: the probe's rate times the mean
    ///   latency) fit in `PROBE_BUDGET` with those already spent;
    /// - the time the probe saves on the waiting calls if AWS accepts it is
    ///   more than a refusal costs: the refused call and the tokens left
    ///   unused after it.
    ///
    /// All three shrink as the run nears its end: a short run, or the end of
    /// a long one, is not spent probing.
    fn probe_pays(&self, state: &LimiterState, probe: f64, longest_secs: f64) -> bool {
        let waiting = self.waiting.load(Ordering::Relaxed) as f64;
        if waiting / state.rate.max(1e-9) < CRITICAL_SHARE * longest_secs {
            return false;
        }
        let in_flight = probe * state.latency.unwrap_or(0.0);
        let throttled_if_refused = 1.0 + in_flight;
        // A local endpoint's throttling is injected at random, not spent on
        // probes: it has no budget to keep.
        if !self.local(state)
            && state.throttled as f64 + throttled_if_refused
                > PROBE_BUDGET * (state.answers as f64 + waiting)
        {
            return false;
        }
        let step = probe / state.good.max(1e-9) - 1.0;
        let saved_calls = waiting * step / (1.0 + step);
        let refusal_calls = in_flight.ceil() + 2.0;
        saved_calls >= refusal_calls
    }

    /// Records a throttled call sent with `ticket`. Returns the new rate when
    /// it was lowered.
    pub fn on_throttled(&self, ticket: &Ticket, mut sending: Sending<'_>) -> Option<f64> {
        sending.answered = true;
        let mut state = self.lock();
        state.answers += 1;
        state.throttled += 1;
        if state.pending.is_some() {
            // Already waiting for the calls in flight to lower the rate.
            state.window_throttled += 1;
            return self.land(&mut state, sending.secs);
        }
        if !self.adaptive || ticket.rate_epoch != state.rate_epoch {
            return self.land(&mut state, sending.secs);
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
        let lone_before = state.lone_at == Some(state.rate_epoch);
        if !state.probing && accepted_since >= self.bounds.hold_calls && !lone_before {
            // A lone throttling after a long run of accepted calls at this
            // rate: the margin was lost (calls arriving early or late), the
            // quota did not drop. Emptying the bucket and leaving tokens
            // unused restores it; the next throttling soon lowers the rate,
            // and so does a second lone one at this rate (the rate is above
            // the quota by less than a token a hold, e.g. a probe AWS's
            // slack let through).
            state.lone_at = Some(state.rate_epoch);
            return self.land(&mut state, sending.secs);
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
            // Throttled at the accepted rate: the quota is lower. How much
            // lower is decided once the calls in flight are answered
            // (nothing is sent meanwhile): AWS accepted some of them, and
            // each says more about its rate.
            state.pending = Some(sending.secs);
            return self.land(&mut state, sending.secs);
        };
        state.bad = state.bad.map(|bad| bad.max(new));
        self.set_rate(&mut state, new);
        let _ = self.land(&mut state, sending.secs);
        Some(state.rate)
    }

    /// Lowers the rate for a throttling at the accepted rate (its call sent
    /// at `pending`) once no call is in flight any more.
    fn resolve(&self, state: &mut LimiterState) -> Option<f64> {
        if !state.in_flight.is_empty() {
            return None;
        }
        let sent = state.pending.take()?;
        let rate = state.rate;
        let min_window = Duration::from_secs_f64(MIN_WINDOW as f64 / rate / 2.0);
        let accepted = accepted_rate(
            rate,
            state.window_ok,
            state.window_throttled,
            state.window_start.elapsed(),
            min_window,
        );
        // Throttled again before a probe's worth of answers at the rate
        // just lowered: it is far from the quota, lower faster.
        let again = state.decreased && state.window_ok < self.bounds.probe_calls;
        let factor = if again { FAST_DECREASE } else { DECREASE };
        state.decreased = true;
        let stepped = accepted.map_or(rate, |a| a.min(rate)) * factor;
        // What AWS's bucket must at least refill to have accepted the calls
        // it did: set at once rather than found step by step, each step a
        // throttled call or two. A lower bound of the quota, so taken as it
        // is when under the rate; throttled again soon after, AWS's burst is
        // larger than assumed and the bound too high: the lower of the two.
        let history: Vec<f64> = state.accepted.iter().copied().collect();
        let observed = observed_rate(&history, sent, self.burst_per_rate);
        let lowered = match observed {
            Some(o) if again => o.min(stepped),
            Some(o) if o < rate => o,
            _ => stepped,
        };
        let new = lowered.max(self.decrease_floor(state));
        state.good = new;
        state.bad = state.bad.map(|bad| bad.max(new));
        self.set_rate(state, new);
        // No call is in flight: only the token of margin is left unused.
        state.owed = 1;
        Some(state.rate)
    }
}

/// A call on its way to AWS ([`AdaptiveLimiter::sending`]). Dropped without
/// an answer recorded (a call abandoned), it is no longer in flight, as with
/// [`AdaptiveLimiter::on_other`].
pub struct Sending<'a> {
    limiter: &'a AdaptiveLimiter,
    /// When the call was sent.
    pub at: Instant,
    secs: f64,
    answered: bool,
}

impl Drop for Sending<'_> {
    fn drop(&mut self) {
        if !self.answered {
            let mut state = self.limiter.lock();
            let _ = self.limiter.land(&mut state, self.secs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS-like latency at 10/s: 0.5 calls in flight, not a fast endpoint.
    const SLOW: Duration = Duration::from_millis(50);

    /// A limiter at the Account API's 10/s, burst 15, with far more calls
    /// waiting than any test answers (probes always pay for themselves).
    fn limiter() -> AdaptiveLimiter {
        let limit = RateLimit { per_second: 10.0, burst: 15 };
        let limiter = AdaptiveLimiter::new(limit, AdaptiveBounds::around(limit), true);
        limiter.waiting.store(1_000_000, Ordering::Relaxed);
        limiter
    }

    #[test]
    fn a_local_endpoint_throttling_at_random_is_not_slowed_below_the_starting_rate() {
        let fast = Duration::from_millis(1);
        let throttle_after_each_success = |limiter: &AdaptiveLimiter, latency: Duration| {
            for _ in 0..40 {
                limiter.on_success(
                    &limiter.ticket(true),
                    limiter.sending(Instant::now()),
                    latency,
                    || 0.0,
                );
                limiter.on_throttled(&limiter.ticket(true), limiter.sending(Instant::now()));
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
        assert_eq!(limiter.on_throttled(&sent_before, limiter.sending(Instant::now())), None);
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
            assert_eq!(limiter.on_throttled(&at_old_rate, limiter.sending(Instant::now())), None);
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
        limiter.on_success(&limiter.ticket(true), limiter.sending(Instant::now()), fast, || 0.0);
        assert!((limiter.rate() - 20.0).abs() < 1e-9, "{}", limiter.rate());
        assert!(limiter.is_current(&limiter.ticket(false)));
        // Answers to calls that did not wait grow it too, but the accepted
        // rate is the last one used saturated.
        for _ in 0..6 {
            limiter.on_success(
                &limiter.ticket(false),
                limiter.sending(Instant::now()),
                fast,
                || 0.0,
            );
        }
        assert!(limiter.rate() > 1_000.0, "{}", limiter.rate());
        // The first throttling falls back to it and ends the fast mode.
        assert_eq!(limiter.throttle(), Some(10.0));
        for _ in 0..10 {
            limiter.on_success(
                &limiter.ticket(true),
                limiter.sending(Instant::now()),
                Duration::from_micros(1),
                || 0.0,
            );
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
            limiter.on_success(
                &limiter.ticket(true),
                limiter.sending(Instant::now()),
                Duration::from_millis(3),
                || 0.0,
            );
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

        // A second lone throttling at the same rate: the rate is above the
        // quota by less than a token a hold. Lowered to what AWS accepted:
        // 10 calls a second for 30 s, then throttled; the last 256 accepted,
        // sent from 4.4 s on, say at least 256 / (1.5 + 25.6 s) = 9.4/s.
        let limiter = self::limiter();
        let at = |secs: f64| limiter.origin + Duration::from_secs_f64(secs);
        for i in 0..150 {
            limiter.on_success(
                &limiter.ticket(false),
                limiter.sending(at(f64::from(i) / 10.0)),
                SLOW,
                || 0.0,
            );
        }
        assert_eq!(limiter.on_throttled(&limiter.ticket(false), limiter.sending(at(15.0))), None);
        for i in 150..300 {
            limiter.on_success(
                &limiter.ticket(false),
                limiter.sending(at(f64::from(i) / 10.0)),
                SLOW,
                || 0.0,
            );
        }
        let lowered = limiter.on_throttled(&limiter.ticket(false), limiter.sending(at(30.0)));
        let expected = 256.0 / (1.5 + (30.0 - 4.4));
        assert!(lowered.is_some_and(|r| (r - expected).abs() < 1e-9), "{lowered:?}");
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

    /// AWS's token bucket as the emulator keeps it: full at first, checked
    /// when a call arrives; a throttled call takes no token.
    struct AwsBucket {
        rate: f64,
        burst: f64,
        tokens: f64,
        last: f64,
    }

    impl AwsBucket {
        fn new(rate: f64, burst: f64) -> Self {
            Self { rate, burst, tokens: burst, last: 0.0 }
        }

        fn accepts(&mut self, at: f64) -> bool {
            self.tokens = (self.tokens + (at - self.last) * self.rate).min(self.burst);
            self.last = at;
            let accepted = self.tokens >= 1.0;
            if accepted {
                self.tokens -= 1.0;
            }
            accepted
        }
    }

    #[test]
    fn the_rate_observed_at_the_first_throttle_is_under_aws_quota_and_close_to_it() {
        // orgsync assumes 10/s with 1.5 s of burst (the Account API): its
        // first 10 tokens go at once, then one every 100 ms. AWS's quota is
        // lower, its burst the same 1.5 s of its rate.
        for quota in [3.0, 5.0, 7.0, 8.0, 9.0, 9.5] {
            let mut aws = AwsBucket::new(quota, 1.5 * quota);
            let mut accepted = Vec::new();
            let mut sends = std::iter::repeat_n(0.0, 10).chain((1..).map(|i| f64::from(i) / 10.0));
            let throttled = sends
                .find(|&at| {
                    let ok = aws.accepts(at);
                    if ok {
                        accepted.push(at);
                    }
                    !ok
                })
                .unwrap();
            let observed = observed_rate(&accepted, throttled, 1.5).unwrap();
            assert!(observed <= quota && observed >= 0.85 * quota, "{quota}/s: {observed}");
        }
        // 7/s, burst 10.5: 11 calls accepted in 0.2 s, 11 / 1.7 s.
        let accepted = [[0.0; 10].as_slice(), &[0.1]].concat();
        assert_eq!(observed_rate(&accepted, 0.2, 1.5), Some(11.0 / 1.7));
        // After a quiet minute AWS's bucket was full again: the burst it
        // accepted since says its rate (6 tokens of 2 s: 3/s), the calls of
        // long ago do not dilute it.
        let accepted = [[0.0, 1.0, 2.0, 3.0].as_slice(), &[60.0; 6]].concat();
        assert_eq!(observed_rate(&accepted, 60.0, 2.0), Some(3.0));
        // Answers to calls sent after the throttled one say nothing of it.
        assert_eq!(observed_rate(&[61.0], 60.0, 2.0), None);
        assert_eq!(observed_rate(&[], 60.0, 2.0), None);
    }

    #[test]
    fn the_first_throttle_sets_the_rate_aws_accepted_rather_than_a_fixed_step() {
        let limiter = limiter();
        let at = |secs: f64| limiter.origin + Duration::from_secs_f64(secs);
        // AWS at 7/s, burst 10.5, accepted 10 calls at once and one 100 ms
        // later, and throttled the next, 100 ms after that.
        for _ in 0..10 {
            limiter.on_success(&limiter.ticket(true), limiter.sending(at(0.0)), SLOW, || 0.0);
        }
        limiter.on_success(&limiter.ticket(true), limiter.sending(at(0.1)), SLOW, || 0.0);
        let lowered = limiter.on_throttled(&limiter.ticket(true), limiter.sending(at(0.2)));
        assert_eq!(lowered, Some(11.0 / 1.7), "not 10 × {DECREASE}");
        assert_eq!(limiter.quota_estimate(), lowered);
        // No call was in flight: one token, the margin, is left unused.
        assert_eq!(limiter.lock().owed, 1);
        // A smaller step than that is still taken when the calls say less.
        let limiter = self::limiter();
        for _ in 0..20 {
            limiter.on_success(&limiter.ticket(true), limiter.sending(at(0.0)), SLOW, || 0.0);
        }
        assert_eq!(
            limiter.on_throttled(&limiter.ticket(true), limiter.sending(at(0.0))),
            Some(10.0 * DECREASE)
        );
    }

    #[test]
    fn a_throttling_waits_for_the_calls_in_flight_and_counts_those_accepted() {
        use futures::FutureExt;
        let limiter = limiter();
        let at = |secs: f64| limiter.origin + Duration::from_secs_f64(secs);
        // A burst of 11 at once: AWS (7/s, burst 10.5) accepts 10, throttles
        // the 11th, whose answer comes back before 6 of the accepted ones.
        let burst: Vec<_> = (0..11).map(|_| limiter.sending(at(0.0))).collect();
        let mut burst = burst.into_iter();
        for sending in burst.by_ref().take(4) {
            limiter.on_success(&limiter.ticket(true), sending, SLOW, || 0.0);
        }
        let throttled = burst.next_back().unwrap();
        assert_eq!(limiter.on_throttled(&limiter.ticket(true), throttled), None);
        assert_eq!(limiter.rate(), 10.0, "not lowered on 4 answers of 10");
        // Nothing is sent meanwhile, even with tokens in the bucket.
        limiter.lock().bucket = bucket(10.0, 14, false);
        assert_eq!(limiter.acquire().now_or_never(), None, "paused");
        // A transient failure says nothing about the quota.
        let mut rest: Vec<_> = burst.collect();
        let failed = rest.pop().unwrap();
        assert_eq!(limiter.on_other(failed), None);
        let last = rest.pop().unwrap();
        for sending in rest {
            assert_eq!(limiter.on_success(&limiter.ticket(true), sending, SLOW, || 0.0), None);
        }
        // The last one in flight lets the lowering happen: 9 accepted in a
        // burst of 1.5 s of rate.
        let lowered = limiter.on_success(&limiter.ticket(true), last, SLOW, || 0.0);
        assert_eq!(lowered, Some(9.0 / 1.5));
        assert!(limiter.lock().pending.is_none());
        // A call abandoned in flight (its `Sending` dropped) does not hold a
        // later lowering forever.
        let abandoned = limiter.sending(Instant::now());
        drop(abandoned);
        assert!(limiter.lock().in_flight.is_empty());
    }

    #[test]
    fn probes_only_where_they_can_pay_for_themselves() {
        let hold = |limiter: &AdaptiveLimiter, longest: f64| {
            for _ in 0..limiter.bounds.hold_calls {
                limiter.on_success(
                    &limiter.ticket(true),
                    limiter.sending(Instant::now()),
                    SLOW,
                    || longest,
                );
            }
        };
        // 300 calls waiting at 10/s: 30 s of calls.
        let limiter = limiter();
        limiter.waiting.store(300, Ordering::Relaxed);
        assert_eq!(limiter.remaining_secs(), 30.0);
        // Another operation's calls need 60 s: a higher rate gains nothing.
        hold(&limiter, 60.0);
        assert_eq!(limiter.rate(), 10.0);
        // This operation bounds the run (or nearly): it probes.
        hold(&limiter, 36.0);
        assert!((limiter.rate() - 11.0).abs() < 1e-9, "{}", limiter.rate());

        // 20 calls left: +10% saves 1.8 calls' worth of time, a refusal
        // costs the refused call, the one in flight and the margin.
        // (A long run so far: the budget of throttled calls is not what stops it.)
        let limiter = self::limiter();
        limiter.lock().answers = 1_000;
        limiter.waiting.store(20, Ordering::Relaxed);
        hold(&limiter, 0.0);
        assert_eq!(limiter.rate(), 10.0);
        limiter.waiting.store(40, Ordering::Relaxed);
        hold(&limiter, 0.0);
        assert!(limiter.rate() > 10.0, "{}", limiter.rate());

        // 250 calls left, 30 answered, 3 of them throttled: a refusal would
        // take the operation past 1% throttled.
        let limiter = self::limiter();
        limiter.waiting.store(250, Ordering::Relaxed);
        limiter.lock().throttled = 3;
        hold(&limiter, 0.0);
        assert_eq!(limiter.rate(), 10.0);
        limiter.lock().throttled = 0;
        hold(&limiter, 0.0);
        assert!(limiter.rate() > 10.0, "{}", limiter.rate());
    }

    #[test]
    fn a_short_run_does_not_probe_again_after_a_refused_probe() {
        // 300 calls in all, each answer one fewer waiting.
        let limiter = limiter();
        limiter.waiting.store(300, Ordering::Relaxed);
        let mut probes = 0;
        let mut refused = false;
        for _ in 0..300 {
            let before = limiter.rate();
            if before > 10.0 && !refused {
                // AWS's quota is 10/s: the first probe is refused.
                limiter.throttle();
                refused = true;
            } else {
                limiter.succeed(true);
            }
            if limiter.rate() > 10.0 && before <= 10.0 {
                probes += 1;
            }
            limiter.waiting.fetch_sub(1, Ordering::Relaxed);
        }
        assert_eq!(probes, 1);
    }

    impl AdaptiveLimiter {
        /// A ticket of the current bucket, as `acquire` would hand out.
        fn ticket(&self, saturated: bool) -> Ticket {
            let state = self.lock();
            Ticket { saturated, rate_epoch: state.rate_epoch, bucket_epoch: state.bucket_epoch }
        }

        /// A call sent now succeeds, at AWS-like latency.
        fn succeed(&self, saturated: bool) {
            self.on_success(&self.ticket(saturated), self.sending(Instant::now()), SLOW, || 0.0);
        }

        /// A call sent now is throttled.
        fn throttle(&self) -> Option<f64> {
            self.on_throttled(&self.ticket(false), self.sending(Instant::now()))
        }
    }
}
