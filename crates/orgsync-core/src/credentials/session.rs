//! [`Session`]: the authenticated session of a run, and [`walk_chain`], the
//! hop-by-hop walk `orgsync check` shows.

use std::sync::Arc;

use aws_config::identity::IdentityCache;
use aws_config::retry::RetryConfig;
use aws_config::{BehaviorVersion, Region, SdkConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;

use super::chain::{ChainProvider, InitialSource, RoleChain};
use super::clock::{Clock, SystemClock};
use super::hop::{self, CallerIdentity, HopFailure};
use crate::config::{AuthPlan, InitialCredentials, RoleArn, SubAccountChain};
use crate::error::UserError;

/// The SDK configuration shared by every client: region, endpoint, retries,
/// and no identity cache (the chain provider caches and renews itself, so
/// that [`Session::invalidate`] takes effect on the next call).
async fn base_config(plan: &AuthPlan) -> SdkConfig {
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .region(Region::new(plan.region.clone()))
        .retry_config(RetryConfig::standard())
        .identity_cache(IdentityCache::no_cache())
        .timeout_config(crate::aws::sts_timeouts())
        .no_credentials();
    if let Some(url) = &plan.endpoint_url {
        loader = loader.endpoint_url(url);
    }
    loader.load().await
}

/// Where the chain of `plan` starts.
async fn initial_source(plan: &AuthPlan) -> InitialSource {
    match &plan.initial {
        InitialCredentials::AccessKey { access_key_id, secret_access_key, session_token } => {
            InitialSource::Static(Credentials::new(
                access_key_id,
                secret_access_key.expose(),
                session_token.as_ref().map(|t| t.expose().to_owned()),
                None,
                "orgsync-configuration",
            ))
        }
        InitialCredentials::WebIdentity { token_file, role_arn } => {
            InitialSource::WebIdentity { token_file: token_file.clone(), role: role_arn.clone() }
        }
        InitialCredentials::DefaultChain { profile } => {
            let mut loader = aws_config::defaults(BehaviorVersion::latest())
                .region(Region::new(plan.region.clone()));
            if let Some(profile) = profile {
                loader = loader.profile_name(profile);
            }
            if let Some(url) = &plan.endpoint_url {
                loader = loader.endpoint_url(url);
            }
            let config = loader.load().await;
            let description = match profile {
                Some(p) => format!("the AWS SDK default credential chain (profile `{p}`)"),
                None => "the AWS SDK default credential chain".to_owned(),
            };
            match config.credentials_provider() {
                Some(provider) => InitialSource::Provider { provider, description },
                None => InitialSource::Provider {
                    provider: SharedCredentialsProvider::new(NoCredentials),
                    description,
                },
            }
        }
    }
}

/// A provider that never has credentials (the default chain was unavailable).
#[derive(Debug)]
struct NoCredentials;

impl aws_credential_types::provider::ProvideCredentials for NoCredentials {
    fn provide_credentials<'a>(
        &'a self,
    ) -> aws_credential_types::provider::future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        aws_credential_types::provider::future::ProvideCredentials::ready(Err(
            aws_credential_types::provider::error::CredentialsError::not_loaded_no_source(),
        ))
    }
}

/// The authenticated session of a run: the last hop of the master chain,
/// renewed before expiry for as long as the run lasts.
#[derive(Debug, Clone)]
pub struct Session {
    sdk_config: SdkConfig,
    provider: ChainProvider,
    base: SdkConfig,
    plan: AuthPlan,
    clock: Arc<dyn Clock>,
}

impl Session {
    /// Assumes the chain once (failing fast with the hop that failed) and
    /// returns the session. Uses the system clock.
    pub async fn connect(plan: &AuthPlan) -> Result<Session, UserError> {
        Self::connect_with_clock(plan, Arc::new(SystemClock)).await
    }

    /// [`Session::connect`] with an injected clock (tests move it to force renewals).
    pub async fn connect_with_clock(
        plan: &AuthPlan,
        clock: Arc<dyn Clock>,
    ) -> Result<Session, UserError> {
        let chain = master_chain(plan).await;
        let base = chain.base.clone();
        let provider = ChainProvider::new(chain, clock.clone());
        provider.credentials().await.map_err(|failure| failure.to_user_error())?;
        let sdk_config = base
            .to_builder()
            .credentials_provider(SharedCredentialsProvider::new(provider.clone()))
            .build();
        Ok(Session { sdk_config, provider, base, plan: plan.clone(), clock })
    }

    /// The configuration every Organizations/Account client is built from:
    /// region, endpoint, retries, and credentials that renew themselves.
    pub fn sdk_config(&self) -> &SdkConfig {
        &self.sdk_config
    }

    /// Drops the cached session so the next call re-assumes the whole chain
    /// (after a call failed with ExpiredToken / InvalidClientTokenId).
    pub fn invalidate(&self) {
        self.provider.invalidate();
    }

    /// How many times the chain has been walked (1 after connecting, +1 per renewal).
    pub fn chain_walks(&self) -> u64 {
        self.provider.walks()
    }

    /// The current last-hop session credentials (renewed when due). For
    /// callers that need raw credentials; never log them.
    pub async fn credentials(&self) -> Result<Credentials, HopFailure> {
        self.provider.credentials().await
    }

    /// A session in a member account: starting from this session, assumes
    /// the sub-account chain with `{accountId}` = `account_id` (external ID
    /// on every hop). The returned session renews itself like this one.
    pub async fn sub_account(
        &self,
        chain: &SubAccountChain,
        account_id: &str,
    ) -> Result<SubAccountSession, HopFailure> {
        let Some(roles) = chain.for_account(account_id) else {
            return Err(HopFailure {
                hop: 0,
                total: chain.templates().len(),
                role_arn: None,
                operation: None,
                code: None,
                message: format!("`{account_id}` is not a 12-digit account ID"),
                hint: "sub-account chains are built for member account IDs".to_owned(),
            });
        };
        let last_role = roles.last().cloned().expect("a validated sub-account chain has a role");
        let master = SharedCredentialsProvider::new(self.provider.clone());
        let sub_chain = RoleChain {
            base: self.base.clone(),
            initial: InitialSource::Provider {
                provider: master,
                description: "the management account session".to_owned(),
            },
            roles,
            plan: self.plan.clone(),
        };
        let provider = ChainProvider::new(sub_chain, self.clock.clone());
        provider.credentials().await?;
        let sdk_config = self
            .base
            .to_builder()
            .credentials_provider(SharedCredentialsProvider::new(provider))
            .build();
        Ok(SubAccountSession { sdk_config, last_role })
    }
}

/// A session in one member account (see [`Session::sub_account`]).
#[derive(Debug, Clone)]
pub struct SubAccountSession {
    /// Configuration for clients in the member account (renews itself).
    pub sdk_config: SdkConfig,
    /// The last role of the sub-account chain.
    pub last_role: RoleArn,
}

/// One row of the hop-by-hop walk.
#[derive(Debug, Clone)]
pub struct WalkStep {
    /// 0 = the initial credentials; 1.. = the roles.
    pub hop: usize,
    /// Number of roles.
    pub total: usize,
    /// The role of the hop (`None` for the initial credentials).
    pub role_arn: Option<String>,
    /// Who the hop starts from (for the initial credentials: where they come from).
    pub description: String,
    /// The identity of the resulting session, or why the hop failed.
    pub outcome: Result<CallerIdentity, HopFailure>,
}

/// The result of [`walk_chain`].
#[derive(Debug, Clone)]
pub struct ChainWalk {
    /// Every step attempted, in order; the walk stops at the first failure.
    pub steps: Vec<WalkStep>,
    /// A configuration signed by the last hop, when every step passed.
    pub final_config: Option<SdkConfig>,
}

impl ChainWalk {
    /// Whether every step passed.
    pub fn passed(&self) -> bool {
        self.final_config.is_some()
    }
}

/// The master chain `plan` describes: its initial credentials, then its
/// roles, over the plan's base SDK configuration.
async fn master_chain(plan: &AuthPlan) -> RoleChain {
    RoleChain {
        base: base_config(plan).await,
        initial: initial_source(plan).await,
        roles: plan.chain.clone(),
        plan: plan.clone(),
    }
}

/// Walks the chain hop by hop, calling GetCallerIdentity with the initial
/// credentials and after every AssumeRole, and stops at the first failure.
pub async fn walk_chain(plan: &AuthPlan) -> ChainWalk {
    let chain = master_chain(plan).await;
    let base = chain.base.clone();
    let total = chain.total();
    let mut steps = Vec::new();
    let mut creds = match chain.initial_credentials().await {
        Ok(creds) => creds,
        Err(failure) => {
            steps.push(WalkStep {
                hop: 0,
                total,
                role_arn: None,
                description: chain.initial_description(),
                outcome: Err(failure),
            });
            return ChainWalk { steps, final_config: None };
        }
    };
    if let Some(initial) = &creds {
        let outcome = hop::caller_identity(&base, initial, &chain.context(0)).await;
        let failed = outcome.is_err();
        steps.push(WalkStep {
            hop: 0,
            total,
            role_arn: None,
            description: chain.initial_description(),
            outcome,
        });
        if failed {
            return ChainWalk { steps, final_config: None };
        }
    }
    for n in 1..=total {
        let role_arn = Some(chain.role(n).to_string());
        let description = chain.caller_of(n);
        let outcome = match chain.hop(n, creds.as_ref()).await {
            Ok(next) => {
                let identity = hop::caller_identity(&base, &next, &chain.context(n)).await;
                creds = Some(next);
                identity
            }
            Err(failure) => Err(failure),
        };
        let failed = outcome.is_err();
        steps.push(WalkStep { hop: n, total, role_arn, description, outcome });
        if failed {
            return ChainWalk { steps, final_config: None };
        }
    }
    let final_config = creds
        .map(|c| base.to_builder().credentials_provider(SharedCredentialsProvider::new(c)).build());
    ChainWalk { steps, final_config }
}
