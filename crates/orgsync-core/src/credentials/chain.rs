//! The role chain as a credentials provider that renews itself.
//!
//! [`RoleChain`] knows how to go from the initial credentials through every
//! role, one AssumeRole per hop, each signed by the previous hop's session
//! and carrying the external ID. [`ChainProvider`] implements the SDK's
//! `ProvideCredentials` on top of it: it caches the last hop's session and,
//! shortly before that session expires (per the injected [`Clock`]), walks
//! the whole chain again from the initial credentials. Concurrent callers
//! share one renewal. [`ChainProvider::invalidate`] drops the cached session
//! so the next call re-assumes the chain (after an ExpiredToken error).
//!
//! The SDK's own `AssumeRoleProvider` is not used: it reports failures
//! without saying which hop failed, and caches only the outermost hop.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use aws_config::SdkConfig;
use aws_credential_types::Credentials;
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, SharedCredentialsProvider, future};

use super::clock::Clock;
use super::hop::{self, HopContext, HopFailure};
use super::profiles;
use crate::config::{AuthPlan, RoleArn};
use crate::secret::Secret;

/// Renew at most this long before expiry…
const MAX_RENEWAL_MARGIN: Duration = Duration::from_secs(300);
/// …and at most this fraction of the session's lifetime before expiry.
const RENEWAL_MARGIN_DIVISOR: u32 = 4;

/// Walks per renewal at most (see [`ChainProvider::walk_with_retries`]).
const RENEWAL_ATTEMPTS: u32 = 4;

/// STS answers that another attempt cannot change (trust, keys, token).
const PERMANENT_HOP_CODES: &[&str] = &[
    "AccessDenied",
    "AccessDeniedException",
    "InvalidClientTokenId",
    "SignatureDoesNotMatch",
    "ExpiredToken",
    "ExpiredTokenException",
    "InvalidIdentityToken",
    "IDPRejectedClaim",
    "MalformedPolicyDocument",
    "ValidationError",
    "RegionDisabledException",
];

/// Whether a failed hop would fail the same way again.
///
/// A hop after the first refused as expired was signed by a session this
/// walk itself had just assumed: it expired on the way (a short role session
/// on a slow or throttled STS), and a walk from the start gets fresh ones.
fn is_permanent(failure: &HopFailure) -> bool {
    let code = failure.code.as_deref();
    let expired_on_the_way = failure.hop > 1 && code.is_some_and(|c| c.starts_with("ExpiredToken"));
    !expired_on_the_way
        && (code.is_some_and(|code| PERMANENT_HOP_CODES.contains(&code))
            || failure.operation.is_none())
}

/// Where the chain starts.
#[derive(Debug, Clone)]
pub(crate) enum InitialSource {
    /// Keys from the configuration.
    Static(Credentials),
    /// Another provider: the SDK's default chain, or the master session (for sub-account chains).
    Provider { provider: SharedCredentialsProvider, description: String },
    /// AssumeRoleWithWebIdentity with a token file read at every renewal; this is hop 1.
    WebIdentity { token_file: PathBuf, role: RoleArn },
}

/// The initial credentials and the roles to assume after them.
#[derive(Debug, Clone)]
pub(crate) struct RoleChain {
    /// Region, endpoint, retries; no credentials (each hop sets its signer).
    pub base: SdkConfig,
    pub initial: InitialSource,
    /// Roles assumed with AssumeRole, in order.
    pub roles: Vec<RoleArn>,
    pub plan: AuthPlan,
}

impl RoleChain {
    /// Number of hops (the web identity role counts as hop 1).
    pub fn total(&self) -> usize {
        self.roles.len() + usize::from(matches!(self.initial, InitialSource::WebIdentity { .. }))
    }

    /// The role of hop `n` (1-based).
    pub fn role(&self, n: usize) -> &RoleArn {
        match &self.initial {
            InitialSource::WebIdentity { role, .. } if n == 1 => role,
            InitialSource::WebIdentity { .. } => &self.roles[n - 2],
            _ => &self.roles[n - 1],
        }
    }

    /// Who signs hop `n`'s request, for hints.
    pub fn caller_of(&self, n: usize) -> String {
        if n <= 1 {
            self.initial_description()
        } else {
            format!("role `{}`", self.role(n - 1).role_name())
        }
    }

    /// The initial credentials, described without secrets.
    pub fn initial_description(&self) -> String {
        match &self.initial {
            InitialSource::Static(creds) => {
                format!("the initial credentials (access key {})", creds.access_key_id())
            }
            InitialSource::Provider { description, .. } => description.clone(),
            InitialSource::WebIdentity { token_file, .. } => {
                format!("the web identity token in {}", token_file.display())
            }
        }
    }

    pub fn context(&self, n: usize) -> HopContext<'_> {
        HopContext {
            hop: n,
            total: self.total(),
            role: (n > 0).then(|| self.role(n)),
            caller: self.caller_of(n),
            plan: &self.plan,
        }
    }

    /// Step 0: the initial credentials (`None` for web identity, whose first hop needs none).
    pub async fn initial_credentials(&self) -> Result<Option<Credentials>, HopFailure> {
        match &self.initial {
            InitialSource::Static(creds) => Ok(Some(creds.clone())),
            InitialSource::Provider { provider, description } => provider
                .provide_credentials()
                .await
                .map(Some)
                .map_err(|e| self.provider_failure(description, &e)),
            InitialSource::WebIdentity { .. } => Ok(None),
        }
    }

    /// Why another provider (the SDK's default chain) gave no credentials, in words.
    fn provider_failure(&self, description: &str, err: &CredentialsError) -> HopFailure {
        let plan_profile = match &self.plan.initial {
            crate::config::InitialCredentials::DefaultChain { profile } => profile.clone(),
            _ => None,
        };
        let is_default_chain =
            matches!(self.plan.initial, crate::config::InitialCredentials::DefaultChain { .. });
        let context = self.context(0);
        if is_default_chain
            && let Some(missing) = profiles::missing_profile(plan_profile.as_deref())
        {
            return context.failure_with(None, None, missing.cause(), missing.hint());
        }
        if let Some(failed) = crate::aws::network::diagnose(err, &hop::sts_endpoint(&self.plan)) {
            return context.failure_with(None, None, failed.cause, failed.hint);
        }
        let message = match err {
            CredentialsError::CredentialsNotLoaded(_) if is_default_chain => format!(
                "{description} found no credentials: it looked in the environment (AWS_ACCESS_KEY_ID), \
                 the shared files (~/.aws/config, ~/.aws/credentials), web identity \
                 (AWS_WEB_IDENTITY_TOKEN_FILE), the ECS container and EC2 instance metadata"
            ),
            _ => format!("{description}: {}", crate::aws::network::words(err)),
        };
        let hint = match plan_profile {
            _ if !is_default_chain => "the credentials that start this chain could not be obtained: \
                                       see the cause above, and run `orgsync check`"
                .to_owned(),
            Some(p) => format!(
                "the AWS SDK's default chain found no usable credentials for profile `{p}`: \
                 check ~/.aws/config and ~/.aws/credentials, or log in (aws sso login --profile {p})"
            ),
            None => "no AWS credentials were found: set `access_key_id` and `secret_access_key` \
                     (or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), choose a profile with `profile` or AWS_PROFILE, \
                     or run where an instance/container role is available"
                .to_owned(),
        };
        context.failure_with(None, None, message, hint)
    }

    /// Hop `n` (1-based), signed by `signer` (the previous hop's session).
    pub async fn hop(
        &self,
        n: usize,
        signer: Option<&Credentials>,
    ) -> Result<Credentials, HopFailure> {
        let context = self.context(n);
        match (&self.initial, n, signer) {
            (InitialSource::WebIdentity { token_file, role }, 1, _) => {
                let token = read_token(token_file).map_err(|message| {
                    context.failure_with(
                        None,
                        None,
                        message,
                        "make `web_identity_token_file` readable by orgsync (it is re-read at every renewal)".to_owned(),
                    )
                })?;
                hop::assume_role_with_web_identity(&self.base, &token, role, &context).await
            }
            (_, _, Some(signer)) => {
                hop::assume_role(&self.base, signer, self.role(n), &context).await
            }
            (_, _, None) => Err(context.failure_with(
                None,
                None,
                "no credentials to sign the request".to_owned(),
                "this is a bug in orgsync's chain handling".to_owned(),
            )),
        }
    }

    /// Walks the whole chain from the initial credentials; returns the last session.
    pub async fn assume_all(&self) -> Result<Credentials, HopFailure> {
        let mut creds = self.initial_credentials().await?;
        for n in 1..=self.total() {
            let next = self.hop(n, creds.as_ref()).await?;
            tracing::debug!(
                role = %self.role(n),
                hop = n,
                of = self.total(),
                access_key_id = %next.access_key_id(),
                "assumed role"
            );
            creds = Some(next);
        }
        creds.ok_or_else(|| {
            self.context(0).failure_with(
                None,
                None,
                "the chain produced no credentials".to_owned(),
                String::new(),
            )
        })
    }
}

fn read_token(path: &PathBuf) -> Result<Secret, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let token = text.trim();
    if token.is_empty() {
        return Err(format!("{} is empty", path.display()));
    }
    Ok(Secret::new(token))
}

/// The cached last-hop session.
#[derive(Debug, Clone)]
struct Cached {
    creds: Credentials,
    /// When to walk the chain again (`None` = never: static keys without a chain).
    renew_at: Option<SystemTime>,
}

#[derive(Debug)]
struct ProviderInner {
    chain: RoleChain,
    clock: Arc<dyn Clock>,
    cached: Mutex<Option<Cached>>,
    renewal: tokio::sync::Mutex<()>,
    walks: AtomicU64,
}

/// A self-renewing credentials provider over a [`RoleChain`].
#[derive(Debug, Clone)]
pub(crate) struct ChainProvider {
    inner: Arc<ProviderInner>,
}

impl ChainProvider {
    pub fn new(chain: RoleChain, clock: Arc<dyn Clock>) -> Self {
        Self {
            inner: Arc::new(ProviderInner {
                chain,
                clock,
                cached: Mutex::new(None),
                renewal: tokio::sync::Mutex::new(()),
                walks: AtomicU64::new(0),
            }),
        }
    }

    fn fresh(&self) -> Option<Credentials> {
        let cached = self.inner.cached.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let cached = cached.as_ref()?;
        match cached.renew_at {
            Some(at) if self.inner.clock.now() >= at => None,
            _ => Some(cached.creds.clone()),
        }
    }

    /// The last hop's session, walking the chain again when it is due for renewal.
    pub async fn credentials(&self) -> Result<Credentials, HopFailure> {
        if let Some(creds) = self.fresh() {
            return Ok(creds);
        }
        let _renewal = self.inner.renewal.lock().await;
        if let Some(creds) = self.fresh() {
            return Ok(creds);
        }
        let walk = self.inner.walks.fetch_add(1, Ordering::Relaxed) + 1;
        if walk > 1 {
            tracing::info!(
                walk,
                "renewing the session: assuming the role chain again from the start"
            );
        }
        let creds = self.walk_with_retries(walk).await?;
        let now = self.inner.clock.now();
        let renew_at = creds.expiry().map(|expiry| {
            let lifetime = expiry.duration_since(now).unwrap_or_default();
            let margin = MAX_RENEWAL_MARGIN.min(lifetime / RENEWAL_MARGIN_DIVISOR);
            expiry - margin
        });
        tracing::debug!(
            access_key_id = %creds.access_key_id(),
            expires_in_seconds = hop::seconds_left(creds.expiry(), now),
            "session ready"
        );
        *self.inner.cached.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some(Cached { creds: creds.clone(), renew_at });
        Ok(creds)
    }

    /// Walks the chain. A renewal (any walk after the first) that fails for
    /// a reason that may pass — throttled or unavailable STS, a dropped
    /// connection — is tried again after 2, 4 and 8 s: a failed renewal ends
    /// the whole run, while the first walk fails fast so a wrong
    /// configuration is reported at once.
    async fn walk_with_retries(&self, walk: u64) -> Result<Credentials, HopFailure> {
        let mut attempt = 1;
        loop {
            match self.inner.chain.assume_all().await {
                Ok(creds) => return Ok(creds),
                Err(failure)
                    if walk > 1 && attempt < RENEWAL_ATTEMPTS && !is_permanent(&failure) =>
                {
                    tracing::warn!(
                        hop = failure.hop,
                        code = failure.code.as_deref().unwrap_or("no answer"),
                        attempt,
                        "renewing the session failed; trying again"
                    );
                    tokio::time::sleep(Duration::from_secs(1 << attempt)).await;
                    attempt += 1;
                }
                Err(failure) => return Err(failure),
            }
        }
    }

    /// Drops the cached session: the next call walks the chain again.
    pub fn invalidate(&self) {
        tracing::debug!("session invalidated; the next call assumes the role chain again");
        *self.inner.cached.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = None;
    }

    /// How many times the chain was walked (1 after connecting, +1 per renewal).
    pub fn walks(&self) -> u64 {
        self.inner.walks.load(Ordering::Relaxed)
    }
}

impl ProvideCredentials for ChainProvider {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(async move {
            self.credentials().await.map_err(CredentialsError::provider_error)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(hop: usize, code: &str) -> HopFailure {
        HopFailure {
            hop,
            total: 2,
            role_arn: Some("arn:aws:iam::111122223333:role/R".to_owned()),
            operation: Some("AssumeRole"),
            code: Some(code.to_owned()),
            message: String::new(),
            hint: String::new(),
        }
    }

    #[test]
    fn an_expired_session_is_permanent_only_when_it_signed_the_first_hop() {
        // Hop 1 is signed by the configured credentials: expired stays expired.
        assert!(is_permanent(&failure(1, "ExpiredToken")));
        // Hop 2 is signed by the session hop 1 just returned: walk again.
        assert!(!is_permanent(&failure(2, "ExpiredToken")));
        assert!(!is_permanent(&failure(2, "ExpiredTokenException")));
        assert!(is_permanent(&failure(2, "AccessDenied")));
        assert!(!is_permanent(&failure(2, "Throttling")));
    }
}
