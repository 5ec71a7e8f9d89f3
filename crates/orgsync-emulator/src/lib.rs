//! An AWS-compatible emulator of Organizations, STS, Account, IAM
//! (ListAccountAliases) and CloudTrail (LookupEvents), served over real HTTP
//! on loopback so that the unmodified AWS SDK for Rust, boto3 and the AWS CLI
//! talk to it through `endpoint_url`.
//!
//! - Protocols as AWS speaks them: Organizations and CloudTrail JSON 1.1,
//!   Account REST-JSON, STS and IAM query/XML, with each service's own error
//!   codes ([`protocol`]).
//! - Every request is SigV4-verified with the `aws-sigv4` crate ([`sigv4`]);
//!   users, roles, trust policies, external IDs, session expiry and
//!   permissions follow AWS's rules ([`identity`], `services::sts`).
//! - Quotas (token buckets per operation and caller), latency, paging quirks
//!   and faults come from a [`Profile`] (see `PROFILES.md`).
//! - Organizations are synthetic and deterministic from a seed
//!   ([`synthetic`]) or loaded from a fixture file ([`fixture`]).
//! - The organization is writable: the Organizations write operations and
//!   Account Management's PutAlternateContact/DeleteAlternateContact validate
//!   as AWS does, and each successful write is a CloudTrail management event
//!   in the caller's account history ([`trail`]), served by LookupEvents
//!   after the profile's delivery delay. Writes need the management
//!   administrator ([`AdminIdentity`]) or a member's own role; the read-only
//!   demo identities ([`READ_ACTIONS`]) are denied them.
//! - [`Controls`] lets tests inspect counters and requests and mutate the
//!   organization while a client runs.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use orgsync_emulator::{Emulator, EmulatorConfig};
//! let emulator = Emulator::start(EmulatorConfig::default()).await?;
//! println!("{}", emulator.endpoint_url());
//! emulator.shutdown().await;
//! # Ok(()) }
//! ```

pub mod changes;
pub mod controls;
pub mod fixture;
pub mod identity;
pub mod model;
pub mod paging;
pub mod profile;
pub mod protocol;
mod server;
mod services;
pub mod sigv4;
pub mod synthetic;
pub mod trail;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use controls::{Controls, Counters, OpCounters, RecordedRequest};
pub use identity::{RoleSpec, UserSpec, WebIdentityTrust};
pub use model::{AccountState, Organization};
pub use profile::{
    CloudTrailSpec, FaultSpec, LatencySpec, PagingSpec, Profile, ProfileSpec, QuotaScope, QuotaSpec,
};
pub use trail::TrailEvent;

/// Every write operation the emulator serves: Organizations', then Account
/// Management's (alternate contacts).
pub fn write_operations() -> impl Iterator<Item = &'static str> {
    services::organizations_write::OPERATIONS.into_iter().chain(services::account::WRITE_OPERATIONS)
}

use controls::State;
use identity::IdentityStore;

/// The region the emulator claims to be in.
pub const REGION: &str = "us-east-1";

/// What organization to load.
#[derive(Clone, Debug, PartialEq)]
pub enum OrgSource {
    /// A synthetic organization (`accounts` including the management account).
    Synthetic { accounts: usize, seed: u64 },
    /// A TOML or JSON fixture file (format in [`fixture`]).
    Fixture(PathBuf),
}

/// How to start the emulator.
#[derive(Clone, Debug)]
pub struct EmulatorConfig {
    pub org: OrgSource,
    pub profile: Profile,
    /// 0 = any free port; the emulator always binds 127.0.0.1.
    pub port: u16,
    /// Lifetime of issued STS credentials (`None` = the requested duration).
    pub credential_lifetime: Option<Duration>,
    /// How many requests [`Controls::requests`] keeps (oldest dropped first).
    pub max_recorded_requests: usize,
    /// Seed of the demo identity's keys and external ID.
    pub identity_seed: u64,
}

impl EmulatorConfig {
    /// The synthetic organization of `accounts` accounts and `seed`, served
    /// with the Fast profile (no quotas, no latency) and every other
    /// setting at its default.
    pub fn synthetic(accounts: usize, seed: u64) -> Self {
        EmulatorConfig { org: OrgSource::Synthetic { accounts, seed }, ..EmulatorConfig::default() }
    }
}

impl Default for EmulatorConfig {
    fn default() -> Self {
        EmulatorConfig {
            org: OrgSource::Synthetic { accounts: 250, seed: 1 },
            profile: Profile::Fast,
            port: 0,
            credential_lifetime: None,
            max_recorded_requests: 200_000,
            identity_seed: 1,
        }
    }
}

/// The identities a client needs: an IAM user's static keys in the
/// management account, and a two-role chain (role 1 trusts the user with the
/// external ID; role 2 trusts role 1 with the same external ID; role 2 may
/// call every read operation).
#[derive(Clone, PartialEq)]
pub struct DemoIdentity {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub master_assume_role_arn_chain: Vec<String>,
    pub assume_external_id: String,
}

impl std::fmt::Debug for DemoIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DemoIdentity")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("master_assume_role_arn_chain", &self.master_assume_role_arn_chain)
            .field("assume_external_id", &self.assume_external_id)
            .finish()
    }
}

/// The management account's administrator: an IAM user with static keys
/// allowed every action (the organization's writes included).
#[derive(Clone, PartialEq)]
pub struct AdminIdentity {
    pub user_arn: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for AdminIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminIdentity")
            .field("user_arn", &self.user_arn)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .finish()
    }
}

/// Name of the management administrator IAM user.
pub const ADMIN_USER_NAME: &str = "orgsync-admin";

/// Name of the demo IAM user.
pub const DEMO_USER_NAME: &str = "orgsync-demo";
/// Name of the first role of the demo chain (may only assume the second).
pub const DEMO_JUMP_ROLE_NAME: &str = "OrgSyncJump";
/// Name of the second role of the demo chain (reads everything).
pub const DEMO_READER_ROLE_NAME: &str = "OrgSyncReader";

/// Actions the demo user and reader role may call (no write).
pub const READ_ACTIONS: [&str; 11] = [
    "organizations:Describe*",
    "organizations:List*",
    "account:GetAlternateContact",
    "account:GetContactInformation",
    "account:GetAccountInformation",
    "account:ListRegions",
    "iam:ListAccountAliases",
    "iam:ListOrganizationsFeatures",
    "sts:GetCallerIdentity",
    "sts:AssumeRole",
    "cloudtrail:LookupEvents",
];

/// A running emulator.
pub struct Emulator {
    addr: SocketAddr,
    controls: Controls,
    demo: DemoIdentity,
    admin: AdminIdentity,
    org_id: String,
    shutdown: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("endpoint_url", &self.endpoint_url())
            .finish_non_exhaustive()
    }
}

impl Emulator {
    /// Loads the organization, binds 127.0.0.1 and starts serving.
    pub async fn start(config: EmulatorConfig) -> std::io::Result<Emulator> {
        let (org, seed) = match &config.org {
            OrgSource::Synthetic { accounts, seed } => {
                let (accounts, seed) = (*accounts, *seed);
                let org = tokio::task::spawn_blocking(move || synthetic::generate(accounts, seed))
                    .await
                    .map_err(std::io::Error::other)?;
                (org, seed)
            }
            OrgSource::Fixture(path) => {
                let org = fixture::load(path).map_err(|e| {
                    std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())
                })?;
                (org, 0)
            }
        };
        let profile = config.profile.spec();
        profile.validate().map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e))?;
        let (identity, demo, admin) = demo_identity(&org, config.identity_seed ^ seed);
        let org_id = org.id.clone();
        let state = Arc::new(State::new(
            org,
            identity,
            profile,
            config.credential_lifetime,
            config.max_recorded_requests,
            seed,
        ));
        let (listener, addr) = server::bind(config.port).await?;
        let (tx, rx) = oneshot::channel();
        let task = tokio::spawn(server::serve(listener, state.clone(), rx));
        Ok(Emulator {
            addr,
            controls: Controls { state },
            demo,
            admin,
            org_id,
            shutdown: Some(tx),
            task,
        })
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// `us-east-1`.
    pub fn region(&self) -> &str {
        REGION
    }

    /// The demo user and role chain.
    pub fn demo_identity(&self) -> DemoIdentity {
        self.demo.clone()
    }

    /// The management account's administrator (may write).
    pub fn admin_identity(&self) -> AdminIdentity {
        self.admin.clone()
    }

    /// Applies `count` realistic changes ([`changes::apply_realistic_changes`])
    /// as the administrator would make them, each recorded in the
    /// management account's CloudTrail history as that write (delivered at
    /// once), and returns one sentence per change.
    pub fn make_realistic_changes(&self, count: usize, seed: u64) -> Vec<String> {
        let now = self.controls.state.now_ms().div_euclid(1000);
        let changes =
            self.controls.mutate_org(|org| changes::apply_realistic_changes(org, count, seed, now));
        let principal = identity::user_principal_of(&self.admin.user_arn);
        let mut spec = self.controls.profile();
        spec.cloudtrail.delivery_delay_min_s = 0.0;
        spec.cloudtrail.delivery_delay_max_s = 0.0;
        for (n, change) in changes.iter().enumerate() {
            let ids: Vec<&str> = change
                .call
                .params
                .as_object()
                .into_iter()
                .flat_map(|params| params.iter())
                .filter(|(key, _)| key.ends_with("Id"))
                .filter_map(|(_, value)| value.as_str())
                .collect();
            let call = services::Call {
                state: &self.controls.state,
                principal: &principal,
                params: &change.call.params,
                spec: &spec,
                request_id: &format!("orgsync-demo-change-{seed}-{n}"),
                access_key_id: &self.admin.access_key_id,
                user_agent: "orgsync-emulator",
            };
            let resources = ids.into_iter().map(trail::resource).collect();
            let written = services::Written::new(serde_json::Value::Null, resources);
            call.record_write(change.call.event_source, change.call.operation, &written);
        }
        changes.into_iter().map(|c| c.sentence).collect()
    }

    /// An AWS SDK configuration signed as the administrator, for clients
    /// that change the organization served (tests, benchmarks); the SDK's
    /// standard retries ride out the profile's quotas.
    pub async fn admin_sdk_config(&self) -> aws_config::SdkConfig {
        let credentials = aws_credential_types::Credentials::new(
            &self.admin.access_key_id,
            &self.admin.secret_access_key,
            None,
            None,
            "orgsync-emulator-admin",
        );
        aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new(self.region().to_owned()))
            .endpoint_url(self.endpoint_url())
            .credentials_provider(credentials)
            .load()
            .await
    }

    /// An AWS SDK configuration signed as the demo identity: its static
    /// user keys, then the role chain with the external ID (sessions of an
    /// hour), with `retry` for every call, AssumeRole included.
    pub async fn demo_chain_sdk_config(
        &self,
        retry: aws_config::retry::RetryConfig,
    ) -> aws_config::SdkConfig {
        use aws_credential_types::provider::SharedCredentialsProvider;
        let demo = self.demo_identity();
        let user = aws_config::defaults(aws_config::BehaviorVersion::latest())
            .region(aws_config::Region::new(self.region().to_owned()))
            .endpoint_url(self.endpoint_url())
            .retry_config(retry)
            .credentials_provider(aws_credential_types::Credentials::new(
                &demo.access_key_id,
                &demo.secret_access_key,
                None,
                None,
                "orgsync-emulator-demo",
            ))
            .load()
            .await;
        let mut provider: Option<aws_config::sts::AssumeRoleProvider> = None;
        for arn in &demo.master_assume_role_arn_chain {
            let hop = aws_config::sts::AssumeRoleProvider::builder(arn)
                .configure(&user)
                .session_name("orgsync-test")
                .external_id(&demo.assume_external_id)
                .session_length(std::time::Duration::from_secs(3600));
            provider = Some(match provider {
                None => hop.build().await,
                Some(previous) => hop.build_from_provider(previous).await,
            });
        }
        let provider = provider.expect("the demo chain has roles");
        user.into_builder().credentials_provider(SharedCredentialsProvider::new(provider)).build()
    }

    /// A CI job's roles in the management account when it starts from a
    /// web-identity token: `CiOidc`, trusting tokens from `issuer`, and
    /// `CiReader`, which `CiOidc` may assume with the demo identity's
    /// external ID and which reads the organization. Returns their ARNs.
    pub fn add_web_identity_reader(&self, issuer: &str) -> (String, String) {
        let mgmt = self.controls.with_org(|org| org.management_account_id.clone());
        let oidc_role = format!("arn:aws:iam::{mgmt}:role/CiOidc");
        self.controls.add_web_identity_role(&oidc_role, issuer);
        let reader = format!("arn:aws:iam::{mgmt}:role/CiReader");
        self.controls.add_role(
            RoleSpec::new(&reader)
                .trust(&oidc_role)
                .with_external_id(&self.demo_identity().assume_external_id)
                .allow(&READ_ACTIONS),
        );
        (oidc_role, reader)
    }

    /// The organization id (`o-…`).
    pub fn org_id(&self) -> String {
        self.org_id.clone()
    }

    /// Accounts currently in the organization.
    pub fn account_count(&self) -> usize {
        self.controls.with_org(|o| o.accounts.len())
    }

    /// The control handle (cheap to clone).
    pub fn controls(&self) -> Controls {
        self.controls.clone()
    }

    /// Stops accepting, drops open connections and waits for the server task.
    pub async fn shutdown(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = (&mut self.task).await;
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

fn demo_identity(org: &Organization, seed: u64) -> (IdentityStore, DemoIdentity, AdminIdentity) {
    const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const SECRET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut rng =
        ChaCha8Rng::seed_from_u64(seed.wrapping_mul(0x2545_f491_4f6c_dd1d).wrapping_add(7));
    let mut pick = |set: &[u8], n: usize| -> String {
        (0..n).map(|_| set[rng.random_range(0..set.len())] as char).collect()
    };
    let access_key_id = format!("AKIA{}", pick(UPPER, 16));
    let secret_access_key = pick(SECRET, 40);
    let external_id = format!("orgsync-demo-{}", pick(b"0123456789abcdef", 16));
    let mgmt = &org.management_account_id;
    let user_arn = format!("arn:aws:iam::{mgmt}:user/{DEMO_USER_NAME}");
    let jump = format!("arn:aws:iam::{mgmt}:role/{DEMO_JUMP_ROLE_NAME}");
    let reader = format!("arn:aws:iam::{mgmt}:role/{DEMO_READER_ROLE_NAME}");
    let mut store = IdentityStore::new(seed);
    store.add_user(UserSpec {
        arn: user_arn.clone(),
        access_key_id: access_key_id.clone(),
        secret_access_key: secret_access_key.clone(),
        allowed_actions: READ_ACTIONS.iter().map(|a| a.to_string()).collect(),
    });
    let admin = AdminIdentity {
        user_arn: format!("arn:aws:iam::{mgmt}:user/{ADMIN_USER_NAME}"),
        access_key_id: format!("AKIA{}", pick(UPPER, 16)),
        secret_access_key: pick(SECRET, 40),
    };
    store.add_user(UserSpec {
        arn: admin.user_arn.clone(),
        access_key_id: admin.access_key_id.clone(),
        secret_access_key: admin.secret_access_key.clone(),
        allowed_actions: vec!["*".to_string()],
    });
    store.add_role(
        RoleSpec::new(&jump)
            .trust(&user_arn)
            .with_external_id(&external_id)
            .allow(&["sts:AssumeRole", "sts:GetCallerIdentity"]),
    );
    store.add_role(
        RoleSpec::new(&reader)
            .trust(&jump)
            .with_external_id(&external_id)
            .allow(&READ_ACTIONS)
            .max_session(Duration::from_secs(4 * 3600)),
    );
    let demo = DemoIdentity {
        access_key_id,
        secret_access_key,
        master_assume_role_arn_chain: vec![jump, reader],
        assume_external_id: external_id,
    };
    (store, demo, admin)
}

/// The first ```` ```toml ```` block of a document whose lines start with
/// `prefix` (`"//! "` in module docs, `""` in Markdown), without the prefix:
/// for tests that load the documented examples.
#[cfg(test)]
pub(crate) fn toml_example(doc: &str, prefix: &str) -> String {
    let fence = format!("{prefix}```");
    let opening = format!("{fence}toml");
    doc.lines()
        .skip_while(|l| !l.starts_with(&opening))
        .skip(1)
        .take_while(|l| !l.starts_with(&fence))
        .map(|l| format!("{}\n", l.strip_prefix(prefix).unwrap_or("")))
        .collect()
}
