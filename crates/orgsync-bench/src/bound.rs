//! Lower bounds on the wall time of any client under the emulator's profile.
//!
//! - **Quota bound**: an operation whose bucket holds `burst` tokens and
//!   refills at `rate` per second cannot serve `needed` calls in less than
//!   `(needed − burst) / rate` seconds; the run takes at least the maximum
//!   of that over every operation. `needed` is what the client actually had
//!   to call: the calls that succeeded (throttled and faulted attempts are
//!   overhead, not need). A quota kept per *target* account (Account API,
//!   `scope = "target"`) has one bucket per account, and orgsync makes at
//!   most three calls per target (the contact types), within any burst: it
//!   bounds nothing (0 s).
//! - **Latency critical path**: some calls depend on earlier answers. The
//!   tree walk lists a parent's child OUs page after page before a child's
//!   own listing can start, an account's fan-out call waits for the page that
//!   names it, and a policy's targets are paged one page after the other. The
//!   longest such chain of calls times the mean latency is a bound too
//!   (assuming, pessimistically for the bound, that a child is found on its
//!   parent's last page).
//!
//! Buckets with `scope = "caller"` are kept per calling account, so the
//! quota bound of such an operation is the largest over its callers (the
//! emulator counts calls per caller): member-side reads spread an operation
//! over many buckets. The **single-caller bound** ([`single_caller_bounds`])
//! puts every Organizations and Account call on one caller instead — the
//! fastest any client reading through the management account alone could be.

use orgsync_emulator::{Counters, OpCounters, Organization, ProfileSpec, QuotaScope};

/// The quota bound of one operation.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationBound {
    /// `service:Operation`.
    pub operation: String,
    /// Calls that succeeded.
    pub needed: u64,
    /// The emulator's rate (per second) and burst for it.
    pub rate: f64,
    pub burst: f64,
    /// `(needed − burst) / rate`, at least 0 (for per-caller buckets: the
    /// largest over the callers).
    pub seconds: f64,
    /// Callers whose buckets served the calls (1 for a single bucket).
    pub callers: usize,
}

fn needed(c: &OpCounters) -> u64 {
    c.calls.saturating_sub(c.throttled + c.faulted)
}

fn seconds(needed: u64, rate: f64, burst: f64) -> f64 {
    ((needed as f64 - burst) / rate).max(0.0)
}

/// The quota bound of every rate-limited operation the counters show,
/// largest first.
pub fn quota_bounds(spec: &ProfileSpec, counters: &Counters) -> Vec<OperationBound> {
    let mut bounds: Vec<OperationBound> = counters
        .per_operation
        .iter()
        .filter_map(|(key, c)| {
            let (service, operation) = key.split_once(':')?;
            let (_, quota) = spec.quota_for(service, operation)?;
            let per_caller =
                counters.per_caller.get(key).filter(|_| quota.scope == QuotaScope::Caller);
            let (seconds, callers) = match per_caller {
                // Per target: 3 calls per account always fit in its burst.
                _ if quota.scope == QuotaScope::Target => (0.0, 1),
                Some(callers) if !callers.is_empty() => (
                    callers
                        .values()
                        .map(|c| seconds(needed(c), quota.rate, quota.burst))
                        .fold(0.0, f64::max),
                    callers.len(),
                ),
                _ => (seconds(needed(c), quota.rate, quota.burst), 1),
            };
            Some(OperationBound {
                operation: key.clone(),
                needed: needed(c),
                rate: quota.rate,
                burst: quota.burst,
                seconds,
                callers,
            })
        })
        .collect();
    bounds.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    bounds
}

/// The quota bounds if every Organizations and Account call the counters
/// show had been made by one caller (STS and IAM calls, which only reach
/// member accounts, are left out), largest first.
pub fn single_caller_bounds(spec: &ProfileSpec, counters: &Counters) -> Vec<OperationBound> {
    let mut bounds: Vec<OperationBound> = counters
        .per_operation
        .iter()
        .filter(|(key, _)| key.starts_with("organizations:") || key.starts_with("account:"))
        .filter_map(|(key, c)| {
            let (service, operation) = key.split_once(':')?;
            let (_, quota) = spec.quota_for(service, operation)?;
            Some(OperationBound {
                operation: key.clone(),
                needed: needed(c),
                rate: quota.rate,
                burst: quota.burst,
                seconds: seconds(needed(c), quota.rate, quota.burst),
                callers: 1,
            })
        })
        .collect();
    bounds.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    bounds
}

/// The longest chain of dependent calls.
#[derive(Debug, Clone, PartialEq)]
pub struct LatencyPath {
    /// What the chain is (`tree walk` or `policy targets`).
    pub kind: &'static str,
    /// Depth of the deepest parent on the chain (root = 0).
    pub depth: usize,
    /// Dependent Organizations calls on the chain (pages included).
    pub calls: u64,
    /// Mean latency per call (seconds).
    pub mean_latency: f64,
    /// STS calls before the first Organizations call (the role chain).
    pub sts_calls: u64,
    /// The chain's duration at mean latency.
    pub seconds: f64,
}

fn pages(items: usize, page_size: usize) -> u64 {
    items.div_ceil(page_size.max(1)).max(1) as u64
}

fn mean_latency(spec: &ProfileSpec, service: &str, operation: &str) -> f64 {
    let l = spec.latency_for(service, operation);
    (l.fixed_ms + l.jitter_ms / 2.0) / 1000.0
}

/// The latency critical path of a full extraction of `org` with
/// `sts_calls` AssumeRole calls first and `page_size` items per page.
pub fn critical_path(
    org: &Organization,
    spec: &ProfileSpec,
    page_size: usize,
    sts_calls: u64,
) -> LatencyPath {
    // DescribeOrganization, then ListRoots.
    let prelude = 2u64;
    let empty = Vec::new();
    let children = |id: &str| org.index.child_ous.get(id).unwrap_or(&empty);
    let accounts = |id: &str| org.index.child_accounts.get(id).map_or(0, Vec::len);

    // Tree: (parent id, depth, calls before its first listing call).
    let mut tree = (0usize, 0u64);
    let mut stack = vec![(org.root.id.as_str(), 0usize, prelude)];
    while let Some((id, depth, start)) = stack.pop() {
        let ou_pages = pages(children(id).len(), page_size);
        // The last account page, then one fan-out call (tags/contacts).
        let finish = start + pages(accounts(id), page_size) + 1;
        // A child OU is known after the parent's last OU page; its tags call follows.
        let child_start = start + ou_pages;
        let finish = finish.max(if children(id).is_empty() { 0 } else { child_start + 1 });
        if finish > tree.1 {
            tree = (depth, finish);
        }
        for child in children(id) {
            stack.push((child.as_str(), depth + 1, child_start));
        }
    }
    // Policies: ListPolicies pages of a type, then that policy's target pages.
    let mut policy = 0u64;
    for ids in org.index.policies_by_type.values() {
        let listing = prelude + pages(ids.len(), page_size);
        for id in ids {
            let targets = org.index.targets_by_policy.get(id).map_or(0, Vec::len);
            policy = policy.max(listing + pages(targets, page_size));
        }
    }
    let sts = sts_calls as f64 * mean_latency(spec, "sts", "AssumeRole");
    let latency = mean_latency(spec, "organizations", "ListAccountsForParent");
    let (kind, depth, calls) =
        if policy > tree.1 { ("policy targets", 0, policy) } else { ("tree walk", tree.0, tree.1) };
    LatencyPath {
        kind,
        depth,
        calls,
        mean_latency: latency,
        sts_calls,
        seconds: sts + calls as f64 * latency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use orgsync_emulator::{OpCounters, Profile};

    #[test]
    fn quota_bound_subtracts_the_burst_and_ignores_throttled_attempts() {
        let spec = Profile::Scaled(20.0).spec();
        let mut counters = Counters::default();
        counters.per_operation.insert(
            "account:GetAlternateContact".into(),
            OpCounters { calls: 3_400, throttled: 100, faulted: 0 },
        );
        counters.per_operation.insert(
            "organizations:ListRoots".into(),
            OpCounters { calls: 1, throttled: 0, faulted: 0 },
        );
        let bounds = quota_bounds(&spec, &counters);
        assert_eq!(bounds[0].operation, "account:GetAlternateContact");
        assert_eq!(bounds[0].needed, 3_300);
        // 200/s with a burst of 300 at ×20.
        assert!((bounds[0].seconds - 15.0).abs() < 1e-9, "{}", bounds[0].seconds);
        assert_eq!(bounds[1].seconds, 0.0);
    }

    #[test]
    fn per_caller_buckets_bound_the_busiest_caller_and_single_caller_puts_all_on_one() {
        let spec = Profile::Scaled(20.0).spec();
        let mut counters = Counters::default();
        let key = "account:GetAlternateContact";
        counters
            .per_operation
            .insert(key.into(), OpCounters { calls: 3_000, throttled: 0, faulted: 0 });
        let callers = (0..1_000)
            .map(|i| (format!("{i:012}"), OpCounters { calls: 3, throttled: 0, faulted: 0 }))
            .collect();
        counters.per_caller.insert(key.into(), callers);
        let bounds = quota_bounds(&spec, &counters);
        assert_eq!(bounds[0].callers, 1_000);
        assert_eq!(bounds[0].seconds, 0.0);
        let single = single_caller_bounds(&spec, &counters);
        // (3,000 − 300) / 200.
        assert!((single[0].seconds - 13.5).abs() < 1e-9, "{}", single[0].seconds);
    }

    #[test]
    fn critical_path_follows_the_deepest_paged_chain() {
        let org = orgsync_emulator::synthetic::generate(1_000, 1);
        let spec = Profile::Scaled(20.0).spec();
        let path = critical_path(&org, &spec, 20, 2);
        assert!(path.calls >= 4, "{path:?}");
        let expected = path.calls as f64 * path.mean_latency + 2.0 * (1.5 + 0.5) / 1000.0;
        assert!((path.seconds - expected).abs() < 1e-9, "{path:?}");
    }
}
