//! Results of a benchmark run and their Markdown tables (printed on stdout
//! and pasted into BENCHMARKS.md), including its targets with
//! met / not met.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use orgsync_emulator::Counters;

use crate::bound::{LatencyPath, OperationBound};
use crate::measure::{Boto3Run, OrgsyncRun};
use crate::scenario::Scenario;
use crate::{mib, percent};

/// One orgsync run in one scenario.
#[derive(Debug, Clone)]
pub struct ScenarioResult {
    pub scenario: Scenario,
    pub run: OrgsyncRun,
    /// The emulator's counters for this run.
    pub server: Counters,
    /// Quota bounds, largest first.
    pub bounds: Vec<OperationBound>,
    pub path: LatencyPath,
    /// The quota bounds with every Organizations and Account call on one
    /// caller, largest first.
    pub single_caller: Vec<OperationBound>,
    /// Rows differing from the `known` run, per table (`None`: not compared).
    pub rows_different: Option<BTreeMap<String, u64>>,
    /// `none` scenario: the same sync told the quotas (the demo's rate
    /// assumptions), which stands in for the bound.
    pub reference: Option<OrgsyncRun>,
}

impl ScenarioResult {
    /// The larger of the quota bound and the latency critical path (`none`:
    /// the wall time of the run told the quotas).
    pub fn lower_bound(&self) -> f64 {
        if let Some(reference) = &self.reference {
            return reference.usage.wall_seconds;
        }
        bound_seconds(&self.bounds, &self.path)
    }

    /// What the lower bound is set by.
    pub fn bottleneck(&self) -> String {
        if self.reference.is_some() {
            return "run told the quotas".to_owned();
        }
        bound_set_by(&self.bounds, &self.path)
    }

    /// `(operation, calls, throttled, final rate)` as orgsync counted them,
    /// every operation called, most throttled first.
    pub fn throttled_per_operation(&self) -> Vec<(String, u64, u64, f64)> {
        let mut ops: Vec<(String, u64, u64, f64)> = self
            .run
            .summary
            .operations
            .iter()
            .map(|(op, o)| (short(op).to_owned(), o.calls, o.throttled, o.final_rate_per_second))
            .collect();
        ops.sort_by(|a, b| b.2.cmp(&a.2).then(b.1.cmp(&a.1)));
        ops
    }

    /// One line: throttled / calls per operation (throttled ones first) and
    /// orgsync's final rate.
    pub fn throttled_line(&self) -> String {
        self.throttled_per_operation()
            .iter()
            .filter(|(_, calls, throttled, _)| *throttled > 0 || *calls >= 100)
            .map(|(op, calls, throttled, rate)| {
                format!(
                    "{op} {throttled}/{calls} ({:.1}%, final {rate:.1}/s)",
                    percent(*throttled as f64, (*calls).max(1) as f64)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Wall time over the lower bound.
    pub fn ratio(&self) -> f64 {
        self.run.usage.wall_seconds / self.lower_bound().max(1e-9)
    }

    /// The single-caller lower bound: the fastest any client reading through
    /// one caller (the management account) could be.
    pub fn single_caller_bound(&self) -> f64 {
        bound_seconds(&self.single_caller, &self.path)
    }

    /// What the single-caller bound is set by.
    pub fn single_caller_bottleneck(&self) -> String {
        bound_set_by(&self.single_caller, &self.path)
    }

    /// Wall time over the single-caller bound.
    pub fn single_caller_ratio(&self) -> f64 {
        self.run.usage.wall_seconds / self.single_caller_bound().max(1e-9)
    }

    /// Rows differing from the `known` run, over every table.
    pub fn total_rows_different(&self) -> Option<u64> {
        self.rows_different.as_ref().map(|d| d.values().sum())
    }

    /// Calls orgsync sent (every attempt).
    pub fn calls(&self) -> u64 {
        self.run.summary.total(|s| s.calls)
    }

    /// Throttled attempts.
    pub fn throttled(&self) -> u64 {
        self.run.summary.total(|s| s.throttled)
    }

    /// Throttled attempts as a share of all attempts (percent).
    pub fn throttled_percent(&self) -> f64 {
        percent(self.throttled() as f64, self.calls().max(1) as f64)
    }

    /// CPU time as a share of wall time (percent).
    pub fn cpu_percent(&self) -> f64 {
        percent(self.run.usage.cpu_seconds, self.run.usage.wall_seconds.max(1e-9))
    }
}

/// The boto3 run of one organization size.
#[derive(Debug, Clone)]
pub struct Boto3Result {
    pub run: Boto3Run,
    pub server: Counters,
}

/// Everything measured for one organization size.
#[derive(Debug, Clone)]
pub struct SizeResult {
    pub accounts: usize,
    pub organizational_units: usize,
    pub policies: usize,
    pub scenarios: Vec<ScenarioResult>,
    pub boto3: Option<Boto3Result>,
}

impl SizeResult {
    /// The run with the quotas orgsync assumes.
    pub fn known(&self) -> Option<&ScenarioResult> {
        self.scenarios.iter().find(|s| s.scenario.quotas_known())
    }

    /// boto3's (possibly extrapolated) time over orgsync's with known quotas.
    pub fn speed_up(&self) -> Option<f64> {
        let known = self.known()?;
        Some(self.boto3.as_ref()?.run.estimated_seconds() / known.run.usage.wall_seconds)
    }
}

fn short(operation: &str) -> &str {
    operation.split_once(':').map_or(operation, |(_, op)| op)
}

/// The larger of the largest quota bound (`bounds` come largest first) and
/// the latency critical path.
fn bound_seconds(bounds: &[OperationBound], path: &LatencyPath) -> f64 {
    bounds.first().map_or(0.0, |b| b.seconds).max(path.seconds)
}

/// What [`bound_seconds`] is set by: an operation, or the latency path.
fn bound_set_by(bounds: &[OperationBound], path: &LatencyPath) -> String {
    match bounds.first() {
        Some(b) if b.seconds >= path.seconds => short(&b.operation).to_owned(),
        _ => format!("latency ({})", path.kind),
    }
}

/// A table of `run`'s quota bounds, one row an operation: the calls and
/// throttles the emulator counted, then the terms of the bound. `header`
/// names the columns; `fourth` and `last` fill the two that differ from
/// table to table.
fn bounds_table(
    out: &mut String,
    run: &ScenarioResult,
    header: &str,
    fourth: impl Fn(&OperationBound) -> String,
    last: impl Fn(&OperationBound) -> String,
) {
    let _ = writeln!(out, "{header}");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for b in &run.bounds {
        let server = run.server.per_operation.get(&b.operation).cloned().unwrap_or_default();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {:.0} | {:.0} | {:.2} | {} |",
            short(&b.operation),
            server.calls,
            server.throttled,
            fourth(b),
            b.needed,
            b.rate,
            b.burst,
            b.seconds,
            last(b),
        );
    }
}

/// The section of one organization size.
pub fn size_section(size: &SizeResult) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "### {} accounts ({} OUs, {} policies)\n",
        size.accounts, size.organizational_units, size.policies
    );
    let _ = writeln!(
        out,
        "| run | wall s | extract s | lower bound s | bound set by | latency path s | wall / bound | calls | throttled | retries | errors (throttling) | peak RSS MiB | RSS MiB per 1k accounts | rows | CPU s | CPU % of wall |"
    );
    let _ = writeln!(
        out,
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    for s in &size.scenarios {
        let u = &s.run.usage;
        let summary = &s.run.summary;
        let _ = writeln!(
            out,
            "| orgsync, quotas {} | {:.2} | {:.2} | {:.2} | {} | {:.3} | **{:.3}** | {} | {} ({:.2}%) | {} | {} ({}) | {:.1} | {:.2} | {} | {:.2} | {:.1}% |",
            s.scenario.name(),
            u.wall_seconds,
            summary.extract_seconds,
            s.lower_bound(),
            s.bottleneck(),
            s.path.seconds,
            s.ratio(),
            s.calls(),
            s.throttled(),
            s.throttled_percent(),
            summary.total(|o| o.retried),
            summary.errors,
            summary.throttling_errors,
            mib(u.peak_rss_bytes),
            mib(u.peak_rss_bytes) * 1000.0 / size.accounts as f64,
            summary.total_rows(),
            u.cpu_seconds,
            s.cpu_percent(),
        );
    }
    if let (Some(boto3), Some(known)) = (&size.boto3, size.known()) {
        let calls: u64 = boto3.server.per_operation.values().map(|c| c.calls).sum();
        let throttled: u64 = boto3.server.per_operation.values().map(|c| c.throttled).sum();
        let label = if boto3.run.sampled() {
            format!(
                "{:.2} (extrapolated from a fan-out sample of {} of {} accounts, measured {:.2})",
                boto3.run.estimated_seconds(),
                boto3.run.summary.fanout_accounts,
                boto3.run.summary.accounts,
                boto3.run.wall_seconds
            )
        } else {
            format!("{:.2}", boto3.run.wall_seconds)
        };
        let _ = writeln!(
            out,
            "| boto3 sequential, quotas known | {label} | | {:.2} | | | {:.3} | {calls} | {throttled} | | | | | {} | | |",
            known.lower_bound(),
            boto3.run.estimated_seconds() / known.lower_bound().max(1e-9),
            boto3.run.summary.rows.values().sum::<u64>(),
        );
        if let Some(speed_up) = size.speed_up() {
            let _ = writeln!(
                out,
                "\nSpeed-up of orgsync over the sequential boto3 script: **{speed_up:.2}×**."
            );
        }
    }
    let _ = writeln!(
        out,
        "\nThrottled / calls per operation (orgsync's count; operations with a throttle or ≥ 100 calls):\n"
    );
    for s in &size.scenarios {
        let mut line = s.throttled_line();
        if line.is_empty() {
            line = "none".to_owned();
        }
        let _ = writeln!(out, "- quotas {}: {line}", s.scenario.name());
    }
    for s in size.scenarios.iter().filter(|s| s.scenario.member_reads()) {
        out.push_str(&member_reads_section(s));
    }
    if let Some(known) = size.known() {
        let _ = writeln!(
            out,
            "\nPer operation, quotas known (calls and throttles as the emulator counted them; final rate = orgsync's limiter at the end; bound = (needed − burst) / rate):\n"
        );
        bounds_table(
            &mut out,
            known,
            "| operation | calls | throttled | final rate/s | needed | quota rate/s | burst | bound s | boto3 calls |",
            |b| {
                known
                    .run
                    .summary
                    .operations
                    .get(&b.operation)
                    .map_or_else(|| "—".to_owned(), |o| format!("{:.1}", o.final_rate_per_second))
            },
            |b| {
                size.boto3
                    .as_ref()
                    .and_then(|r| r.server.per_operation.get(&b.operation))
                    .map_or_else(String::new, |c| c.calls.to_string())
            },
        );
        let p = &known.path;
        let _ = writeln!(
            out,
            "\nLatency critical path: {} (depth {}), {} AssumeRole + {} dependent calls × {:.1} ms = {:.3} s.",
            p.kind,
            p.depth,
            p.sts_calls,
            p.calls,
            p.mean_latency * 1000.0,
            p.seconds
        );
    }
    for s in size.scenarios.iter().filter(|s| s.scenario.tests_adaptation()) {
        let finals: Vec<String> = s
            .bounds
            .iter()
            .filter(|b| b.seconds > 0.0)
            .filter_map(|b| {
                let ours = s.run.summary.operations.get(&b.operation)?;
                Some(format!(
                    "{} {:.0}/s (emulator {:.0}/s, throttled {})",
                    short(&b.operation),
                    ours.final_rate_per_second,
                    b.rate,
                    ours.throttled
                ))
            })
            .collect();
        if !finals.is_empty() {
            let _ = writeln!(
                out,
                "\nQuotas {}: final rates of the bound-setting operations: {}.",
                s.scenario.name(),
                finals.join("; ")
            );
        }
    }
    out
}

/// The member-reads details: both bounds, accounts each way, rows compared.
fn member_reads_section(s: &ScenarioResult) -> String {
    let mut out = String::new();
    let summary = &s.run.summary;
    let wall = s.run.usage.wall_seconds;
    let _ = writeln!(
        out,
        "\nMember reads: wall {wall:.2} s; bound {:.2} s (set by {}), wall / bound **{:.3}**; single-caller bound {:.2} s (set by {}), wall / single-caller bound **{:.3}**; accounts read in their own session {}, through the management session {}; rows different from the `known` run: {}.\n",
        s.lower_bound(),
        s.bottleneck(),
        s.ratio(),
        s.single_caller_bound(),
        s.single_caller_bottleneck(),
        s.single_caller_ratio(),
        summary.accounts_read_as_member,
        summary.accounts_read_through_management,
        match &s.rows_different {
            None => "not compared".to_owned(),
            Some(d) if d.is_empty() => "0".to_owned(),
            Some(d) => format!("{d:?}"),
        }
    );
    bounds_table(
        &mut out,
        s,
        "| operation | calls | throttled | callers | needed | quota rate/s per caller | burst | bound s (busiest caller) | single-caller bound s |",
        |b| b.callers.to_string(),
        |b| {
            s.single_caller
                .iter()
                .find(|x| x.operation == b.operation)
                .map_or_else(|| "—".to_owned(), |x| format!("{:.2}", x.seconds))
        },
    );
    out
}

/// One target of the benchmark.
#[derive(Debug, Clone)]
pub struct Target {
    pub name: String,
    pub measured: String,
    pub met: bool,
}

/// `s`'s throttled share of its calls at most `limit` percent.
fn throttled_target(n: usize, s: &ScenarioResult, limit: f64) -> Target {
    Target {
        name: format!("{n} accounts, quotas {}: throttled calls ≤ {limit:.0}%", s.scenario.name()),
        measured: format!("{:.2}% ({} of {})", s.throttled_percent(), s.throttled(), s.calls()),
        met: s.throttled_percent() <= limit,
    }
}

/// The rate-control targets in real time (`time_scale` 1): every size and
/// scenario against its ratio and throttling targets.
fn real_time_targets(sizes: &[SizeResult], time_scale: f64) -> Vec<Target> {
    let mut targets = Vec::new();
    for size in sizes {
        let n = size.accounts;
        for s in &size.scenarios {
            let name = s.scenario.name();
            let limit = s.scenario.ratio_target();
            let over =
                if s.reference.is_some() { "the run told the quotas" } else { "lower bound" };
            targets.push(Target {
                name: format!("{n} accounts, quotas {name}: wall ≤ {limit:.2} × {over}"),
                measured: format!(
                    "{:.3}× ({:.2} s / {:.2} s)",
                    s.ratio(),
                    s.run.usage.wall_seconds,
                    s.lower_bound()
                ),
                met: s.ratio() <= limit,
            });
            targets.push(throttled_target(n, s, s.scenario.throttled_target(time_scale)));
            if s.scenario.quotas_known() {
                for (op, calls, throttled, _) in s.throttled_per_operation() {
                    if calls < 100 {
                        continue;
                    }
                    let share = percent(throttled as f64, calls as f64);
                    targets.push(Target {
                        name: format!("{n} accounts, quotas {name}: {op} throttled ≤ 2%"),
                        measured: format!("{share:.2}% ({throttled} of {calls})"),
                        met: share <= 2.0,
                    });
                }
            }
        }
    }
    targets
}

/// The targets, evaluated on the largest organization measured (and at
/// 1,000 accounts for the boto3 speed-up); in real time, on every size.
pub fn targets(sizes: &[SizeResult], time_scale: f64) -> Vec<Target> {
    if time_scale == 1.0 {
        return real_time_targets(sizes, time_scale);
    }
    let mut targets = Vec::new();
    let Some(largest) = sizes.iter().max_by_key(|s| s.accounts) else { return targets };
    let n = largest.accounts;
    if let Some(known) = largest.known() {
        targets.push(Target {
            name: format!("{n} accounts, quotas known: wall ≤ 1.15 × lower bound"),
            measured: format!("{:.3}×", known.ratio()),
            met: known.ratio() <= 1.15,
        });
    }
    for s in largest.scenarios.iter().filter(|s| s.scenario.member_reads()) {
        targets.push(Target {
            name: format!("{n} accounts, member reads: wall ≤ 0.6 × single-caller bound"),
            measured: format!(
                "{:.3}× ({:.2} s of {:.2} s)",
                s.single_caller_ratio(),
                s.run.usage.wall_seconds,
                s.single_caller_bound()
            ),
            met: s.single_caller_ratio() <= 0.6,
        });
        targets.push(Target {
            name: format!("{n} accounts, member reads: wall ≤ 1.15 × lower bound"),
            measured: format!("{:.3}× (bound set by {})", s.ratio(), s.bottleneck()),
            met: s.ratio() <= 1.15,
        });
        targets.push(Target {
            name: format!(
                "{n} accounts, member reads: 0 rows different from the management-only run"
            ),
            measured: s
                .total_rows_different()
                .map_or_else(|| "not compared".to_owned(), |d| d.to_string()),
            met: s.total_rows_different() == Some(0),
        });
    }
    for s in largest.scenarios.iter().filter(|s| s.scenario.tests_adaptation()) {
        targets.push(Target {
            name: format!("{n} accounts, quotas {}: wall ≤ 1.30 × lower bound", s.scenario.name()),
            measured: format!("{:.3}×", s.ratio()),
            met: s.ratio() <= 1.30,
        });
    }
    for s in &largest.scenarios {
        targets.push(throttled_target(n, s, 2.0));
    }
    for size in sizes.iter().filter(|s| s.accounts >= 1_000) {
        if let Some(speed_up) = size.speed_up() {
            let sampled = size.boto3.as_ref().is_some_and(|b| b.run.sampled());
            targets.push(Target {
                name: format!("{} accounts: ≥ 10× faster than sequential boto3", size.accounts),
                measured: format!(
                    "{speed_up:.2}×{}",
                    if sampled { " (boto3 extrapolated)" } else { "" }
                ),
                met: speed_up >= 10.0,
            });
        }
    }
    if let Some(known) = largest.known() {
        let rss = mib(known.run.usage.peak_rss_bytes);
        targets.push(Target {
            name: format!("{n} accounts: peak RSS ≤ 150 MB"),
            measured: format!(
                "{:.1} MB ({rss:.1} MiB)",
                known.run.usage.peak_rss_bytes as f64 / 1e6
            ),
            met: known.run.usage.peak_rss_bytes as f64 <= 150e6,
        });
        targets.push(Target {
            name: format!("{n} accounts: orgsync CPU time ≤ 10% of its wall time"),
            measured: format!(
                "{:.1}% ({:.2} s of {:.2} s)",
                known.cpu_percent(),
                known.run.usage.cpu_seconds,
                known.run.usage.wall_seconds
            ),
            met: known.cpu_percent() <= 10.0,
        });
    }
    let all: Vec<&ScenarioResult> = sizes.iter().flat_map(|s| &s.scenarios).collect();
    let throttling_errors: u64 = all.iter().map(|s| s.run.summary.throttling_errors).sum();
    targets.push(Target {
        name: "every scenario: 0 errors surfaced from throttling".to_owned(),
        measured: format!("{throttling_errors} in {} runs", all.len()),
        met: throttling_errors == 0,
    });
    targets
}

/// The targets as a Markdown table.
pub fn targets_table(targets: &[Target]) -> String {
    let mut out = String::from("| target | measured | |\n|---|---|---|\n");
    for t in targets {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            t.name,
            t.measured,
            if t.met { "met" } else { "**not met**" }
        );
    }
    out
}
