//! `aws_organizations_account_access`: whether each account of the
//! organization is reachable through `sub_account_assume_role_arn_chain`,
//! and its IAM account alias.
//!
//! One row per account found by the tree walk:
//! - **ACTIVE member accounts**: starting from the master session (the end
//!   of the master chain), the chain template is assumed hop by hop with
//!   `{accountId}` replaced, the external ID on every hop, each hop signed by
//!   the previous one; then IAM ListAccountAliases is called in the member
//!   account. Every AssumeRole and every ListAccountAliases is one planner
//!   call ([`Operation::AssumeRoleSubAccount`], [`Operation::ListAccountAliases`]):
//!   rate-limited, prioritised as fan-out, retried on throttling and counted.
//! - **The management account** is reached by the master chain itself: its
//!   row says reachable = true, role_arn = the last role of the master chain
//!   (NULL when the initial credentials sign every call), and its alias
//!   is read with the master session. (When the master chain ends in another
//!   account — a delegated administrator — that account gets this row, and
//!   the management account is reached through the template like a member.)
//! - **Member accounts that are not ACTIVE** (SUSPENDED, PENDING_CLOSURE,
//!   CLOSED, PENDING_ACTIVATION) are not attempted: reachable = false,
//!   error_code `AccountNotActive`, the state in the message.
//!
//! An account that cannot be reached is data, not an error: a hop answered
//! with AccessDenied (trust policy, missing role, rejected external ID),
//! a validation error or rejected credentials gives reachable = false with
//! AWS's error code and message, the run stays `succeeded`. When the chain
//! was assumed but the alias could not be read, reachable = true and the
//! error columns say why. Only failures that say nothing about the account
//! go elsewhere: throttling or transient failures that outlast the retries
//! become `orgsync_error` rows (the run is `partial`), and a master session
//! that stopped working (hop 1 rejected as expired or invalid after a
//! renewal) fails the run.
//!
//! Sessions in member accounts are kept per account for the run (see
//! `AccessCtx::member_session`): the member-side Account API reads of
//! `account_reads` ([`super::alternate_contact`]) use the same session, so a
//! member is assumed once for both tables. Before
//! the alias call, a session that expires within [`RENEW_BEFORE_EXPIRY`]
//! (long throttling waits) is re-assumed from the master session, and a call
//! answered with an expired-token error re-assumes the chain once and is
//! retried — the master session renews itself on its own. Sub-account hops
//! ask for `role_session_duration_seconds` capped at one hour (they are
//! chained role sessions).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_config::SdkConfig;
use aws_config::identity::IdentityCache;
use aws_config::retry::RetryConfig;
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use orgsync_schema::{AccountAccessRow, TableName, Text};

use crate::aws::error::{ApiError, ErrorKind};
use crate::aws::iam::IamClient;
use crate::config::{AuthPlan, InitialCredentials, RoleArn, SubAccountChain};
use crate::credentials::CHAINED_SESSION_LIMIT_SECONDS;
use crate::planner::{Operation, Phase, Priority};

use super::{Ctx, Task};

/// A member-account session expiring sooner than this is re-assumed before use.
pub const RENEW_BEFORE_EXPIRY: Duration = Duration::from_secs(60);

/// Error code of a member account that is not ACTIVE (not attempted).
pub const NOT_ACTIVE_CODE: &str = "AccountNotActive";

/// How member accounts are reached: the sub-account chain and the AssumeRole
/// parameters of the run. Plain data (no credentials), built from the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubAccountAccess {
    /// `sub_account_assume_role_arn_chain`.
    pub chain: SubAccountChain,
    /// `assume_external_id`, sent with every hop.
    pub external_id: Option<String>,
    /// RoleSessionName of every hop.
    pub role_session_name: String,
    /// DurationSeconds of every hop (capped at one hour: chained sessions).
    pub duration_seconds: u32,
    /// The last role of the master chain (the management account's row).
    pub management_role_arn: Option<String>,
}

impl SubAccountAccess {
    /// The account the master session lives in, when the master chain names
    /// it (its last role); `None` when the initial credentials sign every call.
    pub fn master_session_account(&self) -> Option<&str> {
        self.management_role_arn.as_deref().and_then(|arn| arn.split(':').nth(4))
    }
}

impl SubAccountAccess {
    /// The settings of `auth` with `chain` as the sub-account chain.
    pub fn new(auth: &AuthPlan, chain: SubAccountChain) -> Self {
        let management_role_arn =
            auth.chain.last().map(ToString::to_string).or_else(|| match &auth.initial {
                InitialCredentials::WebIdentity { role_arn, .. } => Some(role_arn.to_string()),
                _ => None,
            });
        Self {
            chain,
            external_id: auth.external_id.clone(),
            role_session_name: auth.role_session_name.clone(),
            duration_seconds: auth.role_session_duration_seconds.min(CHAINED_SESSION_LIMIT_SECONDS),
            management_role_arn,
        }
    }
}

/// What the fetchers of this table (and the member-side reads) share during a run.
pub struct AccessCtx {
    settings: SubAccountAccess,
    /// Signs with the master session (hop 1, and the management account's
    /// alias call); asks its provider at every call, so a renewal after
    /// expired credentials takes effect at once.
    master: SdkConfig,
    master_sts: aws_sdk_sts::Client,
    iam: IamClient,
    /// Account API clients for member sessions start from this (SDK retries
    /// off: the planner retries).
    account_base: aws_sdk_account::config::Builder,
    /// Member sessions by account id (one lock per account, so concurrent
    /// readers of one account wait for a single assumption).
    sessions: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Slot>>>>,
}

/// The cached state of one member account's session.
enum Slot {
    Empty,
    Ready(Credentials),
    Failed(HopError),
}

/// A hop of a member's chain that AWS refused (or that kept failing).
#[derive(Debug, Clone)]
pub struct HopError {
    /// 0-based hop index (0 is signed by the master session).
    pub index: usize,
    /// What AWS answered.
    pub error: ApiError,
}

impl AccessCtx {
    /// From the run's master configuration (whose credentials renew themselves).
    pub fn new(master: &SdkConfig, settings: SubAccountAccess) -> Self {
        let master = master.to_builder().identity_cache(IdentityCache::no_cache()).build();
        let account_base = aws_sdk_account::config::Builder::from(&master)
            .retry_config(RetryConfig::disabled())
            .identity_cache(IdentityCache::no_cache());
        Self {
            master_sts: sts_client(&master, None),
            iam: IamClient::new(&master),
            master,
            settings,
            account_base,
            sessions: Mutex::new(HashMap::new()),
        }
    }

    /// The sub-account chain and AssumeRole settings.
    pub fn settings(&self) -> &SubAccountAccess {
        &self.settings
    }

    fn slot(&self, account_id: &str) -> Arc<tokio::sync::Mutex<Slot>> {
        let mut sessions = self.sessions.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        sessions
            .entry(account_id.to_owned())
            .or_insert_with(|| Arc::new(tokio::sync::Mutex::new(Slot::Empty)))
            .clone()
    }

    /// The session in member `account_id` (chain `roles`): assumed once per
    /// run and kept, assumed again when it expires within
    /// [`RENEW_BEFORE_EXPIRY`] or after [`Self::forget`]. A refused chain is
    /// kept too (the account is not tried again in this run).
    pub(crate) async fn member_session(
        &self,
        ctx: &Ctx<'_>,
        account_id: &str,
        roles: &[RoleArn],
        priority: Priority,
    ) -> Result<Credentials, HopError> {
        let slot = self.slot(account_id);
        let mut slot = slot.lock().await;
        match &*slot {
            Slot::Ready(creds) if !expires_soon(creds) => return Ok(creds.clone()),
            Slot::Failed(err) => return Err(err.clone()),
            Slot::Ready(_) | Slot::Empty => {}
        }
        let result = assume_roles(ctx, self, account_id, roles, priority).await;
        *slot = match &result {
            Ok(creds) => Slot::Ready(creds.clone()),
            Err(err) => Slot::Failed(err.clone()),
        };
        result
    }

    /// Drops the session of `account_id` when it is still the one whose
    /// access key is `stale` (AWS said it expired), so the next
    /// [`Self::member_session`] assumes the chain again.
    pub(crate) async fn forget(&self, account_id: &str, stale: &Credentials) {
        let slot = self.slot(account_id);
        let mut slot = slot.lock().await;
        if matches!(&*slot, Slot::Ready(c) if c.access_key_id() == stale.access_key_id()) {
            *slot = Slot::Empty;
        }
    }

    /// A CloudTrail client signing with a member session, in the Region of
    /// the global services' events (an incremental refresh reading a
    /// delegated administrator's own event history).
    pub(crate) fn cloudtrail_client(&self, creds: &Credentials) -> aws_sdk_cloudtrail::Client {
        let region = crate::aws::global_events_region(self.master.region().map(|r| r.as_ref()));
        let config = aws_sdk_cloudtrail::config::Builder::from(&self.master)
            .region(aws_config::Region::new(region))
            .retry_config(RetryConfig::disabled())
            .identity_cache(IdentityCache::no_cache())
            .credentials_provider(SharedCredentialsProvider::new(creds.clone()))
            .build();
        aws_sdk_cloudtrail::Client::from_conf(config)
    }

    /// An Account API client signing with a member session.
    pub(crate) fn account_client(&self, creds: &Credentials) -> aws_sdk_account::Client {
        let config = self
            .account_base
            .clone()
            .credentials_provider(SharedCredentialsProvider::new(creds.clone()))
            .build();
        aws_sdk_account::Client::from_conf(config)
    }
}

/// An STS client without SDK retries (the planner retries), signing with
/// `signer` or, without one, with the configuration's provider.
fn sts_client(config: &SdkConfig, signer: Option<&Credentials>) -> aws_sdk_sts::Client {
    let mut builder =
        aws_sdk_sts::config::Builder::from(config).retry_config(RetryConfig::disabled());
    if let Some(creds) = signer {
        builder = builder.credentials_provider(SharedCredentialsProvider::new(creds.clone()));
    }
    aws_sdk_sts::Client::from_conf(builder.build())
}

/// The row task of one account found by the walk (`active`: its state is ACTIVE).
pub fn task<'a>(ctx: &'a Ctx<'a>, account_id: &str, state: Option<&str>, active: bool) -> Task<'a> {
    let account_id = account_id.to_owned();
    let state = state.map(str::to_owned);
    Task::new(Phase::AccountAccess, async move {
        let Some(access) = ctx.account_access.as_ref() else { return Vec::new() };
        let master_account =
            access.settings.master_session_account().or(ctx.management_account_id.as_deref());
        if master_account == Some(account_id.as_str()) {
            master_session(ctx, access, &account_id).await;
        } else if active {
            member(ctx, access, &account_id).await;
        } else {
            let roles = access.settings.chain.for_account(&account_id);
            let state = state.as_deref().unwrap_or("unknown");
            let row = AccessRow {
                reachable: false,
                role_arn: roles.and_then(|r| r.last().map(ToString::to_string)),
                error: Some((
                    NOT_ACTIVE_CODE.to_owned(),
                    format!(
                        "the account is {state}: orgsync assumes roles only in ACTIVE accounts"
                    ),
                )),
                alias: None,
            };
            row.push(ctx, &account_id);
        }
        Vec::new()
    })
}

/// One row of the table.
struct AccessRow {
    reachable: bool,
    role_arn: Option<String>,
    error: Option<(String, String)>,
    alias: Option<String>,
}

impl AccessRow {
    fn push(self, ctx: &Ctx<'_>, account_id: &str) {
        let (code, message) = match self.error {
            Some((code, message)) => (Some(code), Some(message)),
            None => (None, None),
        };
        ctx.push_row(stamped!(
            ctx,
            AccountAccessRow {
                account_id: account_id.into(),
                reachable: self.reachable,
                role_arn: self.role_arn.map(Text::from),
                error_code: code.map(Text::from),
                error_message: message.map(Text::from),
                account_alias: self.alias.map(Text::from),
            }
        ));
    }
}

/// `(code, message)` of a failed call, for the error columns.
fn error_cells(err: &ApiError) -> (String, String) {
    (err.code.clone(), err.message.clone().unwrap_or_default())
}

/// The account of the master session (the management account, or a
/// delegated administrator): reachable through the master session; its alias.
async fn master_session(ctx: &Ctx<'_>, access: &AccessCtx, account_id: &str) {
    let role_arn = access.settings.management_role_arn.clone();
    let answer = ctx
        .planner
        .call(Operation::ListAccountAliases, Priority::FanOut, |_| {
            access.iam.list_account_aliases_as(&access.master)
        })
        .await;
    match answer {
        Ok(aliases) => {
            AccessRow { reachable: true, role_arn, error: None, alias: aliases.alias }
                .push(ctx, account_id);
        }
        Err(err) => alias_failed(ctx, account_id, role_arn, err, true),
    }
}

/// The alias call failed in a reached account: the row says reachable with
/// the error; failures that say nothing about the account are also
/// `orgsync_error` rows, and a broken master session fails the run.
fn alias_failed(
    ctx: &Ctx<'_>,
    account_id: &str,
    role_arn: Option<String>,
    err: ApiError,
    master_session: bool,
) {
    let row = AccessRow { reachable: true, role_arn, error: Some(error_cells(&err)), alias: None };
    // (write the row, fail the item): a broken master session is no fact
    // about the account; throttling and transient errors are both.
    let (write_row, fail_item) = match err.kind {
        ErrorKind::ExpiredCredentials | ErrorKind::Authentication if master_session => {
            (false, true)
        }
        ErrorKind::Throttled | ErrorKind::Transient => (true, true),
        _ => (true, false),
    };
    if write_row {
        row.push(ctx, account_id);
    }
    if fail_item {
        let op = Operation::ListAccountAliases;
        ctx.fail(TableName::AccountAccess, op, Some(account_id), None, err);
    }
}

/// Why a chain could not be assumed.
enum ChainFailure {
    /// AWS refused a hop: the account is unreachable (data).
    Refused(ApiError),
    /// Recorded already (`orgsync_error` row or run failure): no row.
    Recorded,
}

/// A member account: the chain, then the alias with the member session.
async fn member(ctx: &Ctx<'_>, access: &AccessCtx, account_id: &str) {
    let Some(roles) = access.settings.chain.for_account(account_id) else {
        AccessRow {
            reachable: false,
            role_arn: None,
            error: Some((
                "InvalidAccountId".to_owned(),
                format!("`{account_id}` is not a 12-digit account ID"),
            )),
            alias: None,
        }
        .push(ctx, account_id);
        return;
    };
    let role_arn = roles.last().map(ToString::to_string);
    let mut session = match assume_chain(ctx, access, account_id, &roles).await {
        Ok(creds) => creds,
        Err(ChainFailure::Refused(err)) => {
            AccessRow { reachable: false, role_arn, error: Some(error_cells(&err)), alias: None }
                .push(ctx, account_id);
            return;
        }
        Err(ChainFailure::Recorded) => return,
    };
    let mut renewed = false;
    loop {
        if !renewed && expires_soon(&session) {
            renewed = true;
            session = match renew(ctx, access, account_id, &roles, role_arn.clone(), &session).await
            {
                Some(creds) => creds,
                None => return,
            };
        }
        let answer = ctx
            .planner
            .call(Operation::ListAccountAliases, Priority::FanOut, |_| {
                access.iam.list_account_aliases(session.clone())
            })
            .await;
        match answer {
            Ok(aliases) => {
                AccessRow { reachable: true, role_arn, error: None, alias: aliases.alias }
                    .push(ctx, account_id);
                return;
            }
            Err(err) if err.kind == ErrorKind::ExpiredCredentials && !renewed => {
                renewed = true;
                session = match renew(ctx, access, account_id, &roles, role_arn.clone(), &session)
                    .await
                {
                    Some(creds) => creds,
                    None => return,
                };
            }
            Err(err) => {
                alias_failed(ctx, account_id, role_arn, err, false);
                return;
            }
        }
    }
}

/// Re-assumes the chain of a member account whose session expired; `None`
/// when that failed (its row or error is stored).
async fn renew(
    ctx: &Ctx<'_>,
    access: &AccessCtx,
    account_id: &str,
    roles: &[RoleArn],
    role_arn: Option<String>,
    stale: &Credentials,
) -> Option<Credentials> {
    tracing::debug!(account_id, "member account session expired; assuming its chain again");
    access.forget(account_id, stale).await;
    match assume_chain(ctx, access, account_id, roles).await {
        Ok(creds) => Some(creds),
        Err(ChainFailure::Refused(err)) => {
            AccessRow { reachable: false, role_arn, error: Some(error_cells(&err)), alias: None }
                .push(ctx, account_id);
            None
        }
        Err(ChainFailure::Recorded) => None,
    }
}

fn expires_soon(creds: &Credentials) -> bool {
    creds.expiry().is_some_and(|expiry| SystemTime::now() + RENEW_BEFORE_EXPIRY >= expiry)
}

/// The member session of `account_id` from the cache (see
/// `AccessCtx::member_session`), failures classified for this table.
async fn assume_chain(
    ctx: &Ctx<'_>,
    access: &AccessCtx,
    account_id: &str,
    roles: &[RoleArn],
) -> Result<Credentials, ChainFailure> {
    let op = Operation::AssumeRoleSubAccount;
    access.member_session(ctx, account_id, roles, Priority::FanOut).await.map_err(
        |HopError { index, error }| {
            match error.kind {
                ErrorKind::Throttled | ErrorKind::Transient => {
                    ctx.fail(TableName::AccountAccess, op, Some(account_id), None, error);
                    ChainFailure::Recorded
                }
                // Hop 1 is signed by the master session, which the planner
                // already renewed once: it no longer works, the run fails.
                ErrorKind::ExpiredCredentials | ErrorKind::Authentication if index == 0 => {
                    ctx.fail(TableName::AccountAccess, op, Some(account_id), None, error);
                    ChainFailure::Recorded
                }
                _ => ChainFailure::Refused(error),
            }
        },
    )
}

/// Assumes `roles` one after another from the master session, each hop one
/// planner call; nothing is recorded.
async fn assume_roles(
    ctx: &Ctx<'_>,
    access: &AccessCtx,
    account_id: &str,
    roles: &[RoleArn],
    priority: Priority,
) -> Result<Credentials, HopError> {
    let op = Operation::AssumeRoleSubAccount;
    let settings = &access.settings;
    let duration = i32::try_from(settings.duration_seconds).unwrap_or(i32::MAX);
    let mut signer: Option<Credentials> = None;
    for (index, role) in roles.iter().enumerate() {
        let client = match &signer {
            None => access.master_sts.clone(),
            Some(creds) => sts_client(&access.master, Some(creds)),
        };
        let answer = ctx
            .planner
            .call(op, priority, |_| {
                client
                    .assume_role()
                    .role_arn(role.as_str())
                    .role_session_name(&settings.role_session_name)
                    .set_external_id(settings.external_id.clone())
                    .duration_seconds(duration)
                    .send()
            })
            .await;
        let output = answer.map_err(|error| HopError { index, error })?;
        let Some(creds) = credentials_from_sts(output.credentials()) else {
            return Err(HopError {
                index,
                error: ApiError::from_code(
                    "MissingCredentials",
                    Some(format!("STS answered AssumeRole of {role} without credentials")),
                    None,
                ),
            });
        };
        tracing::debug!(
            account_id,
            role = %role,
            hop = index + 1,
            of = roles.len(),
            access_key_id = %creds.access_key_id(),
            "assumed sub-account role"
        );
        signer = Some(creds);
    }
    signer.ok_or_else(|| HopError {
        index: 0,
        error: ApiError::from_code(
            "EmptyChain",
            Some("the sub-account chain has no role".to_owned()),
            None,
        ),
    })
}

/// SDK session credentials from an AssumeRole answer.
fn credentials_from_sts(creds: Option<&aws_sdk_sts::types::Credentials>) -> Option<Credentials> {
    let creds = creds?;
    let expiry = u64::try_from(creds.expiration().secs())
        .ok()
        .map(|secs| UNIX_EPOCH + Duration::from_secs(secs));
    Some(Credentials::new(
        creds.access_key_id(),
        creds.secret_access_key(),
        Some(creds.session_token().to_owned()),
        expiry,
        "orgsync-sub-account-chain",
    ))
}
