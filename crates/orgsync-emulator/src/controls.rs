//! The shared server state and [`Controls`], the handle tests and benchmarks
//! use to inspect and steer a running emulator: counters, recorded requests,
//! profile and faults, identities, credential lifetime and clock, and
//! mutations of the organization (immediately or after N Organizations calls),
//! and the CloudTrail event history of each account.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime};

use parking_lot::{Mutex, RwLock};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::identity::Principal;
use crate::identity::{IdentityStore, RoleSpec, UserSpec, WebIdentityTrust};
use crate::model::Organization;
use crate::profile::{FaultSpec, Profile, ProfileSpec};
use crate::trail::{ServiceEvent, TrailEvent, WriteRecord, build_event, build_service_event};

/// Per-operation counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpCounters {
    /// Requests received for the operation (faulted and throttled included).
    pub calls: u64,
    /// Requests answered with a throttling error (quota or injected).
    pub throttled: u64,
    /// Requests answered with an injected 5xx, reset or truncated body.
    pub faulted: u64,
}

/// A snapshot of all counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// Keyed `service:Operation`, e.g. `organizations:ListAccountsForParent`.
    pub per_operation: BTreeMap<String, OpCounters>,
    /// The same counters per calling account: `service:Operation` → the
    /// account of the credentials that signed the request → counters
    /// (`""` for unsigned requests and keys the emulator does not know).
    /// Quotas with `scope = "caller"` are kept per these accounts.
    pub per_caller: BTreeMap<String, BTreeMap<String, OpCounters>>,
}

impl Counters {
    /// Counters of one `service:Operation` (zero when never called).
    pub fn get(&self, key: &str) -> OpCounters {
        self.per_operation.get(key).cloned().unwrap_or_default()
    }

    /// Sum of calls over all operations.
    pub fn total_calls(&self) -> u64 {
        self.per_operation.values().map(|c| c.calls).sum()
    }

    /// Sum of throttled responses over all operations.
    pub fn total_throttled(&self) -> u64 {
        self.per_operation.values().map(|c| c.throttled).sum()
    }

    /// Counters of one `service:Operation` per calling account (empty when never called).
    pub fn by_caller(&self, key: &str) -> BTreeMap<String, OpCounters> {
        self.per_caller.get(key).cloned().unwrap_or_default()
    }
}

/// One request as the emulator received it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedRequest {
    /// `organizations`, `sts`, `account` or `iam`.
    pub service: String,
    /// e.g. `AssumeRole`.
    pub operation: String,
    /// The key that signed the request (empty for unsigned requests).
    pub access_key_id: String,
    /// The request's parameters (secrets such as WebIdentityToken redacted).
    pub params: serde_json::Value,
    pub status: u16,
    pub error_code: Option<String>,
}

pub(crate) type Mutation = Box<dyn FnOnce(&mut Organization) + Send>;

/// A token bucket's state.
pub(crate) struct Bucket {
    pub tokens: f64,
    pub last: Instant,
}

/// Everything the server shares between connections.
pub(crate) struct State {
    pub org: RwLock<Organization>,
    pub identity: RwLock<IdentityStore>,
    pub profile: RwLock<Arc<ProfileSpec>>,
    pub buckets: Mutex<HashMap<(String, String), Bucket>>,
    pub counters: Mutex<BTreeMap<String, OpCounters>>,
    pub caller_counters: Mutex<BTreeMap<String, BTreeMap<String, OpCounters>>>,
    pub requests: Mutex<VecDeque<RecordedRequest>>,
    pub max_recorded_requests: usize,
    pub organizations_calls: AtomicU64,
    pub next_scheduled_at: AtomicU64,
    pub scheduled: Mutex<Vec<(u64, Mutation)>>,
    pub clock_offset_ms: AtomicI64,
    pub fault_rng: Mutex<ChaCha8Rng>,
    pub paging_rng: Mutex<ChaCha8Rng>,
    pub credential_lifetime: RwLock<Option<Duration>>,
    pub org_enabled: AtomicBool,
    pub request_counter: AtomicU64,
    /// Account id → its CloudTrail events, oldest first.
    pub trail: Mutex<BTreeMap<String, Vec<TrailEvent>>>,
    pub trail_seq: AtomicU64,
    pub trail_rng: Mutex<ChaCha8Rng>,
    /// Ids of resources the write operations create.
    pub id_rng: Mutex<ChaCha8Rng>,
}

impl State {
    pub fn new(
        org: Organization,
        identity: IdentityStore,
        profile: ProfileSpec,
        credential_lifetime: Option<Duration>,
        max_recorded_requests: usize,
        seed: u64,
    ) -> State {
        let fault_seed = profile.faults.seed;
        State {
            org: RwLock::new(org),
            identity: RwLock::new(identity),
            profile: RwLock::new(Arc::new(profile)),
            buckets: Mutex::new(HashMap::new()),
            counters: Mutex::new(BTreeMap::new()),
            caller_counters: Mutex::new(BTreeMap::new()),
            requests: Mutex::new(VecDeque::new()),
            max_recorded_requests,
            organizations_calls: AtomicU64::new(0),
            next_scheduled_at: AtomicU64::new(u64::MAX),
            scheduled: Mutex::new(Vec::new()),
            clock_offset_ms: AtomicI64::new(0),
            fault_rng: Mutex::new(ChaCha8Rng::seed_from_u64(fault_seed)),
            paging_rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed.wrapping_add(0x9e37_79b9))),
            credential_lifetime: RwLock::new(credential_lifetime),
            org_enabled: AtomicBool::new(true),
            request_counter: AtomicU64::new(0),
            trail: Mutex::new(BTreeMap::new()),
            trail_seq: AtomicU64::new(0),
            trail_rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed.wrapping_add(0x7ea1_1e57))),
            id_rng: Mutex::new(ChaCha8Rng::seed_from_u64(seed.wrapping_add(0x0001_d50f_11e5))),
        }
    }

    /// The emulator clock: real time plus the offset tests may add.
    pub fn now(&self) -> SystemTime {
        let offset = self.clock_offset_ms.load(Ordering::Relaxed);
        if offset >= 0 {
            SystemTime::now() + Duration::from_millis(offset as u64)
        } else {
            SystemTime::now() - Duration::from_millis(offset.unsigned_abs())
        }
    }

    /// The emulator clock in epoch milliseconds.
    pub fn now_ms(&self) -> i64 {
        match self.now().duration_since(SystemTime::UNIX_EPOCH) {
            Ok(d) => d.as_millis() as i64,
            Err(_) => 0,
        }
    }

    /// Records a successful write in the caller's CloudTrail history,
    /// visible after the profile's delivery delay.
    pub(crate) fn record_event(&self, write: &WriteRecord<'_>, spec: &ProfileSpec) {
        let (seq, event_time_ms, visible_at_ms) = self.next_event_times(spec);
        let event = build_event(write, seq, event_time_ms, visible_at_ms, crate::REGION);
        self.trail.lock().entry(write.call.principal.account_id.clone()).or_default().push(event);
    }

    /// Records an event AWS makes on its own behalf in `principal`'s account.
    pub(crate) fn record_service_event(
        &self,
        event: &ServiceEvent,
        principal: &Principal,
        request_id: &str,
        spec: &ProfileSpec,
    ) {
        let (seq, event_time_ms, visible_at_ms) = self.next_event_times(spec);
        let account = &principal.account_id;
        let event = build_service_event(
            event,
            account,
            request_id,
            seq,
            event_time_ms,
            visible_at_ms,
            crate::REGION,
        );
        self.trail.lock().entry(account.clone()).or_default().push(event);
    }

    /// The next event's sequence number, time (to the second, as CloudTrail
    /// records it) and delivery time.
    fn next_event_times(&self, spec: &ProfileSpec) -> (u64, i64, i64) {
        let now_ms = self.now_ms();
        let trail = &spec.cloudtrail;
        let delay_s = if trail.delivery_delay_max_s > trail.delivery_delay_min_s {
            use rand::Rng;
            self.trail_rng
                .lock()
                .random_range(trail.delivery_delay_min_s..=trail.delivery_delay_max_s)
        } else {
            trail.delivery_delay_min_s
        };
        let visible_at_ms = now_ms + (delay_s * 1000.0).round() as i64;
        let seq = self.trail_seq.fetch_add(1, Ordering::Relaxed);
        (seq, now_ms - now_ms.rem_euclid(1000), visible_at_ms)
    }

    /// Runs the mutations whose call threshold has been reached.
    pub fn run_due_mutations(&self, calls: u64) {
        if calls < self.next_scheduled_at.load(Ordering::Acquire) {
            return;
        }
        let due: Vec<Mutation> = {
            let mut scheduled = self.scheduled.lock();
            let mut due = Vec::new();
            let mut remaining = Vec::new();
            for (at, f) in scheduled.drain(..) {
                if at <= calls { due.push(f) } else { remaining.push((at, f)) }
            }
            let next = remaining.iter().map(|(at, _)| *at).min().unwrap_or(u64::MAX);
            *scheduled = remaining;
            self.next_scheduled_at.store(next, Ordering::Release);
            due
        };
        if !due.is_empty() {
            let mut org = self.org.write();
            for f in due {
                f(&mut org);
            }
            org.reindex();
        }
    }

    /// Updates the counters of `op_key`, overall and for `caller`'s account.
    pub fn count(&self, op_key: &str, caller: &str, update: impl Fn(&mut OpCounters)) {
        update(self.counters.lock().entry(op_key.to_owned()).or_default());
        let mut per_caller = self.caller_counters.lock();
        let callers = per_caller.entry(op_key.to_owned()).or_default();
        update(callers.entry(caller.to_owned()).or_default());
    }

    pub fn record(&self, request: RecordedRequest) {
        if self.max_recorded_requests == 0 {
            return;
        }
        let mut requests = self.requests.lock();
        if requests.len() >= self.max_recorded_requests {
            requests.pop_front();
        }
        requests.push_back(request);
    }
}

/// Test/benchmark controls; all take effect immediately on the running server.
#[derive(Clone)]
pub struct Controls {
    pub(crate) state: Arc<State>,
}

impl std::fmt::Debug for Controls {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Controls").finish_non_exhaustive()
    }
}

impl Controls {
    /// A snapshot of the per-operation counters.
    pub fn counters(&self) -> Counters {
        Counters {
            per_operation: self.state.counters.lock().clone(),
            per_caller: self.state.caller_counters.lock().clone(),
        }
    }

    /// Sets every counter back to zero.
    pub fn reset_counters(&self) {
        self.state.counters.lock().clear();
        self.state.caller_counters.lock().clear();
    }

    /// Every request received, in order (the oldest are dropped past
    /// `EmulatorConfig::max_recorded_requests`).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests.lock().iter().cloned().collect()
    }

    /// Forgets the recorded requests.
    pub fn clear_requests(&self) {
        self.state.requests.lock().clear();
    }

    /// Lifetime of credentials issued from now on (`None` = as requested).
    pub fn set_credential_lifetime(&self, lifetime: Option<Duration>) {
        *self.state.credential_lifetime.write() = lifetime;
    }

    /// Moves the emulator clock forward (credential expiry is judged on it).
    pub fn advance_clock(&self, by: Duration) {
        self.state.clock_offset_ms.fetch_add(by.as_millis() as i64, Ordering::Relaxed);
    }

    /// Switches the quota/latency/paging/fault profile (buckets start full).
    pub fn set_profile(&self, profile: Profile) {
        let spec = profile.spec();
        *self.state.fault_rng.lock() = ChaCha8Rng::seed_from_u64(spec.faults.seed);
        *self.state.profile.write() = Arc::new(spec);
        self.state.buckets.lock().clear();
    }

    /// The profile currently in force.
    pub fn profile(&self) -> ProfileSpec {
        (**self.state.profile.read()).clone()
    }

    /// Replaces the fault settings of the current profile.
    pub fn set_faults(&self, faults: FaultSpec) {
        *self.state.fault_rng.lock() = ChaCha8Rng::seed_from_u64(faults.seed);
        let mut profile = self.state.profile.write();
        let mut spec = (**profile).clone();
        spec.faults = faults;
        *profile = Arc::new(spec);
    }

    /// Adds (or replaces) an IAM user with static keys.
    pub fn add_user(&self, user: UserSpec) {
        self.state.identity.write().add_user(user);
    }

    /// Adds (or replaces) a role.
    pub fn add_role(&self, role: RoleSpec) {
        self.state.identity.write().add_role(role);
    }

    /// Adds (or replaces) `role_arn` as a role that trusts web-identity
    /// tokens from `issuer` for STS and may assume roles and ask who it is.
    pub fn add_web_identity_role(&self, role_arn: &str, issuer: &str) {
        let mut role = RoleSpec::new(role_arn).allow(&["sts:AssumeRole", "sts:GetCallerIdentity"]);
        role.trusted_web_identity = Some(WebIdentityTrust::sts(issuer));
        self.add_role(role);
    }

    /// Denies `action` (e.g. `account:GetAlternateContact`) to a principal
    /// ARN (user or assumed-role session) or to every session of a role ARN.
    pub fn deny_action(&self, principal_arn_or_role_arn: &str, action: &str) {
        self.state.identity.write().deny_action(principal_arn_or_role_arn, action);
    }

    /// Denies `action` to the sessions of every role named `role_name`, in
    /// whichever account (e.g. the member roles of a sub-account chain:
    /// `deny_action_for_role_name("OrganizationAccountAccessRole",
    /// "account:GetAlternateContact")`).
    pub fn deny_action_for_role_name(&self, role_name: &str, action: &str) {
        self.state.identity.write().deny_action_for_role_name(role_name, action);
    }

    /// ListPolicies/DescribePolicy of `policy_type` → AccessDeniedException
    /// for this principal or role.
    pub fn deny_policy_type(&self, principal_arn: &str, policy_type: &str) {
        self.state.identity.write().deny_policy_type(principal_arn, policy_type);
    }

    /// Moves an account to another parent (root or OU id).
    pub fn move_account(&self, account_id: &str, new_parent_id: &str) -> bool {
        self.state.org.write().move_account(account_id, new_parent_id)
    }

    /// Marks an account CLOSED.
    pub fn close_account(&self, account_id: &str) -> bool {
        self.state.org.write().close_account(account_id)
    }

    /// Removes an account from the organization.
    pub fn remove_account(&self, account_id: &str) -> bool {
        self.state.org.write().remove_account(account_id)
    }

    /// Detaches a policy from a target.
    pub fn detach_policy(&self, policy_id: &str, target_id: &str) -> bool {
        self.state.org.write().detach_policy(policy_id, target_id)
    }

    /// `false` → every Organizations call fails with AWSOrganizationsNotInUseException.
    pub fn set_org_enabled(&self, enabled: bool) {
        self.state.org_enabled.store(enabled, Ordering::Relaxed);
    }

    /// Read access to the model (for computing expected results).
    pub fn with_org<R>(&self, f: impl FnOnce(&Organization) -> R) -> R {
        f(&self.state.org.read())
    }

    /// Changes the model now; the index is rebuilt afterwards.
    pub fn mutate_org<R>(&self, f: impl FnOnce(&mut Organization) -> R) -> R {
        let mut org = self.state.org.write();
        let result = f(&mut org);
        org.reindex();
        result
    }

    /// Runs `f` on the model once the server has served `n` Organizations
    /// calls in total (counted from start; the index is rebuilt afterwards).
    pub fn after_calls(&self, n: u64, f: Box<dyn FnOnce(&mut Organization) + Send>) {
        {
            let mut scheduled = self.state.scheduled.lock();
            scheduled.push((n, f));
            let next = scheduled.iter().map(|(at, _)| *at).min().unwrap_or(u64::MAX);
            self.state.next_scheduled_at.store(next, Ordering::Release);
        }
        let served = self.state.organizations_calls.load(Ordering::Acquire);
        self.state.run_due_mutations(served);
    }

    /// Every CloudTrail event in `account_id`'s history, oldest first,
    /// delivered or not yet (see [`TrailEvent::visible_at_ms`]).
    pub fn trail_events(&self, account_id: &str) -> Vec<TrailEvent> {
        self.state.trail.lock().get(account_id).cloned().unwrap_or_default()
    }

    /// Organizations calls served so far.
    pub fn organizations_calls(&self) -> u64 {
        self.state.organizations_calls.load(Ordering::Acquire)
    }
}
