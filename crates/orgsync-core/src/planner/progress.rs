//! Progress events for the CLI (indicatif bars, `--log-format json` lines).
//!
//! The extractor reports per phase: started, its total when known (totals
//! grow while the tree walk discovers work), items done, finished; and every
//! time an operation's rate is lowered because AWS throttled it.

use std::sync::Mutex;

use serde::Serialize;

use super::operation::Operation;

/// A part of the extraction, shown as one progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// DescribeOrganization and ListRoots.
    Organization,
    /// The walk of OUs and accounts; items are pages read.
    Tree,
    /// Policies of every type: listing, documents and targets.
    Policies,
    /// Tags of accounts, OUs, roots and policies (one item per resource).
    Tags,
    /// Alternate contacts (one item per account and contact type).
    AlternateContacts,
    /// Enabled service principals.
    EnabledServices,
    /// Delegated administrators and their services.
    DelegatedAdministrators,
    /// The organization's records: handshakes, account-creation requests and
    /// the resource-based delegation policy.
    OrganizationRecords,
    /// Effective policies (one item per account and policy type).
    EffectivePolicies,
    /// Sub-account access: the chain and the alias call (one item per account).
    AccountAccess,
    /// Account information, Regions and primary contacts (one item per
    /// account and table).
    AccountDetails,
}

impl Phase {
    /// Every phase in display order.
    pub const ALL: [Phase; 11] = [
        Phase::Organization,
        Phase::Tree,
        Phase::Policies,
        Phase::Tags,
        Phase::AlternateContacts,
        Phase::EnabledServices,
        Phase::DelegatedAdministrators,
        Phase::OrganizationRecords,
        Phase::EffectivePolicies,
        Phase::AccountAccess,
        Phase::AccountDetails,
    ];

    /// Label for people.
    pub fn label(self) -> &'static str {
        match self {
            Phase::Organization => "organization",
            Phase::Tree => "accounts and OUs",
            Phase::Policies => "policies",
            Phase::Tags => "tags",
            Phase::AlternateContacts => "alternate contacts",
            Phase::EnabledServices => "enabled services",
            Phase::DelegatedAdministrators => "delegated administrators",
            Phase::OrganizationRecords => "handshakes, account creation, resource policy",
            Phase::EffectivePolicies => "effective policies",
            Phase::AccountAccess => "sub-account access",
            Phase::AccountDetails => "account information, Regions, contacts",
        }
    }

    /// Phases whose work is discovered by these phases (a phase is finished
    /// only once its feeders are).
    pub fn feeders(self) -> &'static [Phase] {
        match self {
            Phase::Tags => &[Phase::Organization, Phase::Tree, Phase::Policies],
            Phase::AlternateContacts
            | Phase::EffectivePolicies
            | Phase::AccountAccess
            | Phase::AccountDetails => &[Phase::Organization, Phase::Tree],
            Phase::Organization => &[],
            _ => &[Phase::Organization],
        }
    }
}

/// One progress event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ProgressEvent {
    /// A phase has work.
    PhaseStarted { phase: Phase },
    /// Work items of a phase: `done` of `total` known so far; `total_final`
    /// says whether more may still be discovered.
    Items { phase: Phase, done: u64, total: u64, total_final: bool },
    /// A phase has no work left.
    PhaseFinished { phase: Phase, done: u64 },
    /// AWS throttled an operation; its rate was lowered to `rate_per_second`.
    Throttled { operation: Operation, rate_per_second: f64 },
}

/// Receives progress events. Called from the extraction task; keep it cheap.
pub trait ProgressListener: Send + Sync {
    /// One event.
    fn on_event(&self, event: &ProgressEvent);
}

/// Ignores every event.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;

impl ProgressListener for NoProgress {
    fn on_event(&self, _event: &ProgressEvent) {}
}

/// Records every event (for tests and logs written after the run).
#[derive(Debug, Default)]
pub struct RecordingProgress {
    events: Mutex<Vec<ProgressEvent>>,
}

impl RecordingProgress {
    /// The events so far.
    pub fn events(&self) -> Vec<ProgressEvent> {
        self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }
}

impl ProgressListener for RecordingProgress {
    fn on_event(&self, event: &ProgressEvent) {
        self.events.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(event.clone());
    }
}

#[derive(Default, Clone, Copy)]
struct PhaseCount {
    started: bool,
    finished: bool,
    total: u64,
    done: u64,
}

/// Turns task bookkeeping into events: tasks queued and finished per phase.
pub(crate) struct ProgressTracker<'a> {
    listener: &'a dyn ProgressListener,
    phases: Mutex<[PhaseCount; Phase::ALL.len()]>,
}

impl<'a> ProgressTracker<'a> {
    pub(crate) fn new(listener: &'a dyn ProgressListener) -> Self {
        Self { listener, phases: Mutex::new([PhaseCount::default(); Phase::ALL.len()]) }
    }

    fn index(phase: Phase) -> usize {
        Phase::ALL.iter().position(|p| *p == phase).unwrap_or(0)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, [PhaseCount; Phase::ALL.len()]> {
        self.phases.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A task of `phase` was queued.
    pub(crate) fn queued(&self, phase: Phase) {
        let mut events = Vec::new();
        {
            let mut phases = self.lock();
            let count = &mut phases[Self::index(phase)];
            if !count.started {
                count.started = true;
                events.push(ProgressEvent::PhaseStarted { phase });
            }
            count.total += 1;
        }
        for e in events {
            self.listener.on_event(&e);
        }
    }

    /// A task of `phase` finished; emits item and phase-finished events.
    pub(crate) fn done(&self, phase: Phase) {
        let mut events = Vec::new();
        {
            let mut phases = self.lock();
            let i = Self::index(phase);
            phases[i].done += 1;
            let snapshot = *phases;
            let finished = |p: Phase| {
                let c = snapshot[Self::index(p)];
                c.done == c.total
            };
            let final_total = phase.feeders().iter().all(|f| finished(*f));
            events.push(ProgressEvent::Items {
                phase,
                done: phases[i].done,
                total: phases[i].total,
                total_final: final_total,
            });
            // Finishing one phase may finish the phases it feeds.
            for p in Phase::ALL {
                let c = phases[Self::index(p)];
                if c.started
                    && !c.finished
                    && c.done == c.total
                    && p.feeders().iter().all(|f| finished(*f))
                {
                    phases[Self::index(p)].finished = true;
                    events.push(ProgressEvent::PhaseFinished { phase: p, done: c.done });
                }
            }
        }
        for e in events {
            self.listener.on_event(&e);
        }
    }
}
