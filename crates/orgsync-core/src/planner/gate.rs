//! The concurrency gate: at most `max_concurrency` calls in flight, and when
//! calls wait, the most important one goes first (the tree walk before
//! policy details before per-account fan-out before background work),
//! oldest first within a level.

use std::collections::BinaryHeap;
use std::sync::Mutex;

use tokio::sync::oneshot;

/// How urgent a call is; higher goes first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Priority {
    /// Fan-out spread over many callers' quotas, with room to spare: the
    /// member-side reads of `account_reads` and their AssumeRole hops. They
    /// take slots only when no quota-bound call is waiting for one.
    Background = 0,
    /// Per-item fan-out: tags, contacts, effective policies, delegated services.
    FanOut = 1,
    /// Policy listing and details, organization-wide lists.
    Listing = 2,
    /// The tree walk: every page of it unlocks more work.
    TreeWalk = 3,
    /// The organization and its roots: nothing starts without them.
    Critical = 4,
}

struct Waiter {
    priority: Priority,
    seq: u64,
    wake: oneshot::Sender<()>,
}

impl PartialEq for Waiter {
    fn eq(&self, other: &Self) -> bool {
        self.priority == other.priority && self.seq == other.seq
    }
}
impl Eq for Waiter {}
impl PartialOrd for Waiter {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Waiter {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.priority.cmp(&other.priority).then_with(|| other.seq.cmp(&self.seq))
    }
}

struct GateState {
    available: usize,
    waiters: BinaryHeap<Waiter>,
    next_seq: u64,
}

/// A counting semaphore that serves waiters by priority.
pub struct PriorityGate {
    state: Mutex<GateState>,
}

/// One slot of the gate, released on drop (handed straight to the most
/// important waiter, if any).
pub struct Permit<'a> {
    gate: &'a PriorityGate,
}

impl PriorityGate {
    /// A gate with `slots` concurrent slots (at least one).
    pub fn new(slots: usize) -> Self {
        Self {
            state: Mutex::new(GateState {
                available: slots.max(1),
                waiters: BinaryHeap::new(),
                next_seq: 0,
            }),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Waits for a slot.
    pub async fn acquire(&self, priority: Priority) -> Permit<'_> {
        let woken = {
            let mut state = self.lock();
            if state.available > 0 && state.waiters.is_empty() {
                state.available -= 1;
                return Permit { gate: self };
            }
            let (wake, woken) = oneshot::channel();
            let seq = state.next_seq;
            state.next_seq += 1;
            state.waiters.push(Waiter { priority, seq, wake });
            woken
        };
        // The sender is only dropped together with the gate.
        let _ = woken.await;
        Permit { gate: self }
    }

    fn release(&self) {
        let mut state = self.lock();
        while let Some(waiter) = state.waiters.pop() {
            if waiter.wake.send(()).is_ok() {
                return; // the slot moves to the waiter
            }
        }
        state.available += 1;
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.gate.release();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn waiters_are_served_by_priority_then_age() {
        let gate = PriorityGate::new(1);
        let order = std::sync::Mutex::new(Vec::new());
        let first = gate.acquire(Priority::FanOut).await;
        let wait = |p: Priority, label: &'static str| {
            let gate = &gate;
            let order = &order;
            async move {
                let _permit = gate.acquire(p).await;
                order.lock().unwrap().push(label);
            }
        };
        let all = futures::future::join4(
            wait(Priority::FanOut, "fan-out 1"),
            wait(Priority::TreeWalk, "walk"),
            wait(Priority::FanOut, "fan-out 2"),
            async {
                tokio::task::yield_now().await;
                drop(first);
            },
        );
        all.await;
        assert_eq!(*order.lock().unwrap(), vec!["walk", "fan-out 1", "fan-out 2"]);
    }
}
