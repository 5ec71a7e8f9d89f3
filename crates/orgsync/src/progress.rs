//! Progress of a sync on stderr: one indicatif bar per phase on a terminal,
//! one JSON log line per event with `--log-format json`, nothing otherwise.

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use orgsync_core::planner::{Phase, ProgressEvent, ProgressListener};

use crate::printer::{GlobalArgs, LogFormat};

/// Picks the listener that fits the global flags and the terminal.
pub fn listener_for(global: &GlobalArgs) -> Box<dyn ProgressListener> {
    if global.log_format == LogFormat::Json && !global.quiet {
        Box::new(JsonLogProgress)
    } else if global.progress_enabled() {
        Box::new(BarProgress::new())
    } else {
        Box::new(orgsync_core::planner::NoProgress)
    }
}

/// Emits every event as a structured `tracing` line (JSON with `--log-format json`).
struct JsonLogProgress;

impl ProgressListener for JsonLogProgress {
    fn on_event(&self, event: &ProgressEvent) {
        let json = serde_json::to_string(event).unwrap_or_default();
        tracing::info!(target: "orgsync::progress", progress = %json, "progress");
    }
}

/// One bar per phase, drawn on stderr.
struct BarProgress {
    multi: MultiProgress,
    bars: Mutex<BTreeMap<Phase, ProgressBar>>,
}

impl BarProgress {
    fn new() -> Self {
        Self {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(10)),
            bars: Mutex::new(BTreeMap::new()),
        }
    }

    fn with_bar(&self, phase: Phase, f: impl FnOnce(&ProgressBar)) {
        let mut bars = self.bars.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let bar = bars.entry(phase).or_insert_with(|| {
            let bar = self.multi.add(ProgressBar::new(0));
            bar.set_style(
                ProgressStyle::with_template(
                    "{prefix:>26} [{bar:30}] {pos:>6}/{len:<6} {per_sec:>10} eta {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_prefix(phase.label());
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        f(bar);
    }
}

impl ProgressListener for BarProgress {
    fn on_event(&self, event: &ProgressEvent) {
        match event {
            ProgressEvent::PhaseStarted { phase } => self.with_bar(*phase, |_| {}),
            ProgressEvent::Items { phase, done, total, .. } => self.with_bar(*phase, |bar| {
                bar.set_length(*total);
                bar.set_position(*done);
            }),
            ProgressEvent::PhaseFinished { phase, done } => self.with_bar(*phase, |bar| {
                bar.set_length(*done);
                bar.set_position(*done);
                bar.finish();
            }),
            ProgressEvent::Throttled { operation, rate_per_second } => {
                let _ = self.multi.println(format!(
                    "throttled: {} lowered to {rate_per_second:.1}/s",
                    operation.qualified_name()
                ));
            }
        }
    }
}
