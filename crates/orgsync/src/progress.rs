//! Progress of a sync on stderr, in the form that fits where stderr goes:
//!
//! - a terminal: one indicatif bar per phase, with a human rate (`536/s`,
//!   `12.3/s`) and ETA (`eta 1m05s`); a finished phase is frozen at its
//!   final count and its average rate over the phase;
//! - a pipe or file (text logs): one `progress:` line every
//!   [`DEFAULT_STATUS_INTERVAL`] (`ORGSYNC_STATUS_INTERVAL_MS` tunes it)
//!   naming the phases at work, so a CI log shows the run is alive;
//! - `--log-format json`: one log line per event whose fields are the
//!   event's (`event`, `phase`, `done`, `total`, ...) as JSON values;
//! - `--quiet`: nothing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use orgsync_core::planner::{Phase, ProgressEvent, ProgressListener};

use crate::printer::{GlobalArgs, LogFormat, PROGRESS_TARGET};

/// How often the `progress:` line is printed when stderr is not a terminal.
pub const DEFAULT_STATUS_INTERVAL: Duration = Duration::from_secs(10);

/// Environment variable overriding [`DEFAULT_STATUS_INTERVAL`], in
/// milliseconds (a tuning knob; the tests use a short period).
pub const STATUS_INTERVAL_ENV: &str = "ORGSYNC_STATUS_INTERVAL_MS";

/// Picks the listener that fits the global flags and the terminal.
pub fn listener_for(global: &GlobalArgs) -> Box<dyn ProgressListener> {
    if global.quiet {
        Box::new(orgsync_core::planner::NoProgress)
    } else if global.log_format == LogFormat::Json {
        Box::new(JsonLogProgress::default())
    } else if global.progress_enabled() {
        Box::new(BarProgress::new())
    } else {
        Box::new(StatusLineProgress::start(status_interval()))
    }
}

/// The period of the `progress:` line: [`STATUS_INTERVAL_ENV`] if set to a
/// positive number of milliseconds, else [`DEFAULT_STATUS_INTERVAL`].
fn status_interval() -> Duration {
    std::env::var(STATUS_INTERVAL_ENV)
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|ms| *ms > 0)
        .map_or(DEFAULT_STATUS_INTERVAL, Duration::from_millis)
}

/// A rate for people: an integer from 100 per second up, else at most one
/// decimal (`536/s`, `12.3/s`, `4/s`, `0.5/s`).
pub fn format_rate(per_second: f64) -> String {
    if !per_second.is_finite() || per_second <= 0.0 {
        return "0/s".to_owned();
    }
    if per_second >= 100.0 {
        return format!("{per_second:.0}/s");
    }
    let one_decimal = format!("{per_second:.1}");
    format!("{}/s", one_decimal.strip_suffix(".0").unwrap_or(&one_decimal))
}

/// A duration for people, rounded to the second: `12s`, `1m05s`, `2h03m`.
pub fn format_duration(duration: Duration) -> String {
    let secs = duration.as_secs() + u64::from(duration.subsec_millis() >= 500);
    match secs {
        0..60 => format!("{secs}s"),
        60..3600 => format!("{}m{:02}s", secs / 60, secs % 60),
        _ => format!("{}h{:02}m", secs / 3600, (secs % 3600) / 60),
    }
}

/// What is known of one phase.
#[derive(Debug, Clone, Copy)]
struct PhaseProgress {
    started: Instant,
    done: u64,
    total: u64,
    total_final: bool,
    finished: Option<Instant>,
}

impl PhaseProgress {
    /// Time spent in the phase (up to its end once finished).
    fn elapsed(&self, now: Instant) -> Duration {
        self.finished.unwrap_or(now).saturating_duration_since(self.started)
    }

    /// Average items per second over the phase.
    fn rate(&self, now: Instant) -> f64 {
        let secs = self.elapsed(now).as_secs_f64();
        if secs > 0.0 { self.done as f64 / secs } else { 0.0 }
    }

    /// Time left at the average rate, when the total is final.
    fn eta(&self, now: Instant) -> Option<Duration> {
        let rate = self.rate(now);
        (self.total_final && self.finished.is_none() && self.done < self.total && rate > 0.0)
            .then(|| Duration::from_secs_f64((self.total - self.done) as f64 / rate))
    }
}

/// Every phase seen so far, fed with events.
#[derive(Debug, Default)]
struct PhaseBook {
    phases: BTreeMap<Phase, PhaseProgress>,
}

impl PhaseBook {
    /// Takes in one event received at `now`; returns the phase it changed,
    /// if any (events of a finished phase change nothing).
    fn record(&mut self, event: &ProgressEvent, now: Instant) -> Option<(Phase, PhaseProgress)> {
        let phase = match event {
            ProgressEvent::PhaseStarted { phase }
            | ProgressEvent::Items { phase, .. }
            | ProgressEvent::PhaseFinished { phase, .. } => *phase,
            ProgressEvent::Throttled { .. } => return None,
        };
        let entry = self.phases.entry(phase).or_insert(PhaseProgress {
            started: now,
            done: 0,
            total: 0,
            total_final: false,
            finished: None,
        });
        if entry.finished.is_some() {
            return None;
        }
        match event {
            ProgressEvent::Items { done, total, total_final, .. } => {
                entry.done = *done;
                entry.total = *total;
                entry.total_final = *total_final;
            }
            ProgressEvent::PhaseFinished { done, .. } => {
                entry.done = *done;
                entry.total = *done;
                entry.total_final = true;
                entry.finished = Some(now);
            }
            _ => {}
        }
        Some((phase, *entry))
    }

    /// The `progress:` line: every phase at work with its count, average
    /// rate and (once its total is final) ETA; `None` when none is at work.
    fn status_line(&self, now: Instant, elapsed: Duration) -> Option<String> {
        let parts: Vec<String> = self
            .phases
            .iter()
            .filter(|(_, p)| p.finished.is_none())
            .map(|(phase, p)| {
                let mut part = format!(
                    "{} {}/{} ({}",
                    phase.label(),
                    p.done,
                    p.total,
                    format_rate(p.rate(now))
                );
                if let Some(eta) = p.eta(now).filter(|eta| *eta >= Duration::from_secs(1)) {
                    let _ = write!(part, ", eta {}", format_duration(eta));
                }
                part.push(')');
                part
            })
            .collect();
        (!parts.is_empty()).then(|| {
            format!("progress: {} — {} elapsed", parts.join(", "), format_duration(elapsed))
        })
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The snake_case name of a phase, as in the serialized events.
fn phase_name(phase: Phase) -> String {
    match serde_json::to_value(phase) {
        Ok(serde_json::Value::String(name)) => name,
        _ => format!("{phase:?}"),
    }
}

/// Emits every event as one `tracing` event whose fields are the event's,
/// so the JSON log line carries them as JSON numbers, strings and booleans.
#[derive(Default)]
struct JsonLogProgress {
    book: Mutex<PhaseBook>,
}

impl ProgressListener for JsonLogProgress {
    fn on_event(&self, event: &ProgressEvent) {
        let recorded = lock(&self.book).record(event, Instant::now());
        match event {
            ProgressEvent::PhaseStarted { phase } => tracing::info!(
                target: PROGRESS_TARGET,
                event = "phase_started",
                phase = phase_name(*phase),
                "progress"
            ),
            ProgressEvent::Items { phase, done, total, total_final } => tracing::info!(
                target: PROGRESS_TARGET,
                event = "items",
                phase = phase_name(*phase),
                done,
                total,
                total_final,
                "progress"
            ),
            ProgressEvent::PhaseFinished { phase, done } => {
                let now = Instant::now();
                let (elapsed_ms, rate) = recorded.map_or((0, 0.0), |(_, p)| {
                    (u64::try_from(p.elapsed(now).as_millis()).unwrap_or(u64::MAX), p.rate(now))
                });
                tracing::info!(
                    target: PROGRESS_TARGET,
                    event = "phase_finished",
                    phase = phase_name(*phase),
                    done,
                    elapsed_ms,
                    rate_per_second = (rate * 10.0).round() / 10.0,
                    "progress"
                );
            }
            ProgressEvent::Throttled { operation, rate_per_second } => tracing::info!(
                target: PROGRESS_TARGET,
                event = "throttled",
                operation = operation.qualified_name(),
                rate_per_second,
                "progress"
            ),
        }
    }
}

/// Prints the `progress:` line from a background thread every interval
/// until dropped (the extraction runs on the one thread of the runtime and
/// may wait minutes for a throttled call, so the line cannot ride on events).
struct StatusLineProgress {
    book: Arc<Mutex<PhaseBook>>,
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl StatusLineProgress {
    fn start(interval: Duration) -> Self {
        let book = Arc::new(Mutex::new(PhaseBook::default()));
        let (stop, stopped) = mpsc::channel::<()>();
        let started = Instant::now();
        let thread = std::thread::Builder::new()
            .name("orgsync-progress".into())
            .spawn({
                let book = Arc::clone(&book);
                move || {
                    while let Err(mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(interval)
                    {
                        let now = Instant::now();
                        if let Some(line) = lock(&book).status_line(now, now - started) {
                            eprintln!("{line}");
                        }
                    }
                }
            })
            .ok();
        Self { book, stop: Some(stop), thread }
    }
}

impl ProgressListener for StatusLineProgress {
    fn on_event(&self, event: &ProgressEvent) {
        lock(&self.book).record(event, Instant::now());
    }
}

impl Drop for StatusLineProgress {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The style of a phase at work: live rate and ETA.
fn running_style() -> ProgressStyle {
    ProgressStyle::with_template(
        "{prefix:>26} [{bar:30}] {pos:>6}/{len:<6} {human_rate:>8} {human_eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .with_key("human_rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
        let _ = w.write_str(&format_rate(state.per_sec()));
    })
    .with_key("human_eta", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
        let eta = state.eta();
        if eta >= Duration::from_secs(1) {
            let _ = write!(w, "eta {}", format_duration(eta));
        }
    })
    .progress_chars("=> ")
}

/// The style of a finished phase: nothing that changes with time.
fn finished_style() -> ProgressStyle {
    ProgressStyle::with_template("{prefix:>26} [{bar:30}] {pos:>6}/{len:<6} {msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ")
}

/// What a finished bar says after its count: `536/s avg, 12s`.
fn finished_message(phase: &PhaseProgress, now: Instant) -> String {
    format!("{:>8} avg, {}", format_rate(phase.rate(now)), format_duration(phase.elapsed(now)))
}

/// One bar per phase, drawn on stderr.
struct BarProgress {
    multi: MultiProgress,
    state: Mutex<(PhaseBook, BTreeMap<Phase, ProgressBar>)>,
}

impl BarProgress {
    fn new() -> Self {
        Self {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(10)),
            state: Mutex::new((PhaseBook::default(), BTreeMap::new())),
        }
    }
}

impl ProgressListener for BarProgress {
    fn on_event(&self, event: &ProgressEvent) {
        if let ProgressEvent::Throttled { operation, rate_per_second } = event {
            let _ = self.multi.println(format!(
                "throttled: {} lowered to {}",
                operation.qualified_name(),
                format_rate(*rate_per_second)
            ));
            return;
        }
        let now = Instant::now();
        let mut state = lock(&self.state);
        let (book, bars) = &mut *state;
        let Some((phase, progress)) = book.record(event, now) else { return };
        let bar = bars.entry(phase).or_insert_with(|| {
            let bar = self.multi.add(ProgressBar::new(0));
            bar.set_style(running_style());
            bar.set_prefix(phase.label());
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        bar.set_length(progress.total);
        bar.set_position(progress.done);
        if progress.finished.is_some() {
            bar.disable_steady_tick();
            bar.set_style(finished_style());
            bar.finish_with_message(finished_message(&progress, now));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_have_at_most_one_decimal_and_none_from_100_up() {
        assert_eq!(format_rate(536.4), "536/s");
        assert_eq!(format_rate(100.0), "100/s");
        assert_eq!(format_rate(12.345), "12.3/s");
        assert_eq!(format_rate(4.0), "4/s");
        assert_eq!(format_rate(0.46), "0.5/s");
        assert_eq!(format_rate(0.0), "0/s");
        assert_eq!(format_rate(f64::NAN), "0/s");
        assert_eq!(format_rate(f64::INFINITY), "0/s");
    }

    #[test]
    fn durations_read_as_seconds_minutes_and_hours() {
        assert_eq!(format_duration(Duration::from_millis(400)), "0s");
        assert_eq!(format_duration(Duration::from_secs(12)), "12s");
        assert_eq!(format_duration(Duration::from_millis(59_600)), "1m00s");
        assert_eq!(format_duration(Duration::from_secs(65)), "1m05s");
        assert_eq!(format_duration(Duration::from_secs(15 * 60)), "15m00s");
        assert_eq!(format_duration(Duration::from_secs(2 * 3600 + 3 * 60 + 9)), "2h03m");
    }

    fn items(phase: Phase, done: u64, total: u64, total_final: bool) -> ProgressEvent {
        ProgressEvent::Items { phase, done, total, total_final }
    }

    #[test]
    fn the_status_line_names_the_phases_at_work_with_rate_and_eta() {
        let t0 = Instant::now();
        let mut book = PhaseBook::default();
        book.record(&ProgressEvent::PhaseStarted { phase: Phase::Organization }, t0);
        book.record(&ProgressEvent::PhaseFinished { phase: Phase::Organization, done: 2 }, t0);
        book.record(&ProgressEvent::PhaseStarted { phase: Phase::Tree }, t0);
        book.record(&ProgressEvent::PhaseStarted { phase: Phase::AlternateContacts }, t0);
        let t20 = t0 + Duration::from_secs(20);
        book.record(&items(Phase::Tree, 1200, 10_000, false), t20);
        book.record(&items(Phase::AlternateContacts, 200, 3200, true), t20);
        assert_eq!(
            book.status_line(t20, Duration::from_secs(23)).unwrap(),
            "progress: accounts and OUs 1200/10000 (60/s), alternate contacts 200/3200 (10/s, eta 5m00s) — 23s elapsed"
        );
        book.record(&ProgressEvent::PhaseFinished { phase: Phase::Tree, done: 1300 }, t20);
        book.record(
            &ProgressEvent::PhaseFinished { phase: Phase::AlternateContacts, done: 3200 },
            t20,
        );
        assert_eq!(book.status_line(t20, Duration::from_secs(23)), None);
    }

    #[test]
    fn a_finished_phase_is_frozen_at_its_count_and_average_rate() {
        let t0 = Instant::now();
        let mut book = PhaseBook::default();
        book.record(&ProgressEvent::PhaseStarted { phase: Phase::Tags }, t0);
        book.record(&items(Phase::Tags, 50, 100, true), t0 + Duration::from_secs(5));
        let t10 = t0 + Duration::from_secs(10);
        let (_, finished) = book
            .record(&ProgressEvent::PhaseFinished { phase: Phase::Tags, done: 100 }, t10)
            .unwrap();
        assert_eq!((finished.done, finished.total), (100, 100));
        // Later events of the phase change nothing, and time does not decay the rate.
        assert!(book.record(&items(Phase::Tags, 100, 101, true), t10).is_none());
        let much_later = t10 + Duration::from_secs(600);
        assert_eq!(finished_message(&finished, much_later), "    10/s avg, 10s");
        assert_eq!(finished.eta(much_later), None);
    }
}
