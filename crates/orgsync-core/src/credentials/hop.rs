//! One hop of the role chain: the STS calls (AssumeRole,
//! AssumeRoleWithWebIdentity, GetCallerIdentity) and what a failed hop tells
//! the user — which hop, the AWS error code and message, and a hint.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use aws_config::SdkConfig;
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_sdk_sts::error::{ProvideErrorMetadata, SdkError};

use crate::aws::network;
use crate::config::{AuthPlan, Partition, RoleArn};
use crate::error::UserError;
use crate::secret::Secret;

/// Provider name of credentials obtained from the chain.
pub(crate) const PROVIDER_NAME: &str = "orgsync-role-chain";

/// Longest session AWS grants to a role assumed with temporary credentials (role chaining).
pub const CHAINED_SESSION_LIMIT_SECONDS: u32 = 3600;

/// Why one step of the chain failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HopFailure {
    /// 0 = obtaining the initial credentials; 1.. = the roles, in order.
    pub hop: usize,
    /// Number of roles in the chain.
    pub total: usize,
    /// The role of this hop (`None` for the initial credentials).
    pub role_arn: Option<String>,
    /// The STS operation that failed (`AssumeRole`, `GetCallerIdentity`…), when one was called.
    pub operation: Option<&'static str>,
    /// The AWS error code (`AccessDenied`…), when AWS answered.
    pub code: Option<String>,
    /// The AWS message, or what went wrong before AWS answered.
    pub message: String,
    /// How to fix it.
    pub hint: String,
}

impl HopFailure {
    /// `failed to assume role `arn` (hop 2 of 3)` or `failed to obtain the initial credentials`.
    pub fn headline(&self) -> String {
        match &self.role_arn {
            Some(arn) => {
                format!("failed to assume role `{arn}` (hop {} of {})", self.hop, self.total)
            }
            None => "failed to obtain the initial credentials".to_owned(),
        }
    }

    /// The cause line: `AccessDenied: …` (code and message).
    pub fn cause(&self) -> String {
        let operation = self.operation.map(|op| format!("{op}: ")).unwrap_or_default();
        match &self.code {
            Some(code) => format!("{operation}{code}: {}", self.message),
            None => format!("{operation}{}", self.message),
        }
    }

    /// As an error for the user (exit 1).
    pub fn to_user_error(&self) -> UserError {
        UserError::failure(self.headline()).caused_by(self.cause()).with_hint(self.hint.clone())
    }
}

impl fmt::Display for HopFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.headline(), self.cause())
    }
}

impl std::error::Error for HopFailure {}

impl From<HopFailure> for UserError {
    fn from(failure: HopFailure) -> Self {
        failure.to_user_error()
    }
}

/// The identity of a session (GetCallerIdentity).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallerIdentity {
    /// The caller's ARN (`arn:aws:sts::…:assumed-role/NAME/SESSION` for a role session).
    pub arn: String,
    /// The caller's account.
    pub account: String,
}

/// Where a hop stands, for messages and hints.
pub(crate) struct HopContext<'a> {
    pub hop: usize,
    pub total: usize,
    pub role: Option<&'a RoleArn>,
    /// Who signs this hop's request: "the initial credentials (access key AKIA…)", "role `A`".
    pub caller: String,
    pub plan: &'a AuthPlan,
}

impl HopContext<'_> {
    /// A failure of this hop from an SDK error.
    pub(crate) fn failure<E>(&self, operation: &'static str, err: &SdkError<E>) -> HopFailure
    where
        E: ProvideErrorMetadata + std::error::Error + 'static,
    {
        if let Some(failed) = network_failure(err, &sts_endpoint(self.plan)) {
            return self.failure_with(Some(operation), None, failed.cause, failed.hint);
        }
        let (code, message) = describe_sdk_error(err);
        let hint = self.hint(operation, code.as_deref(), &message);
        self.failure_with(Some(operation), code, message, hint)
    }

    pub(crate) fn failure_with(
        &self,
        operation: Option<&'static str>,
        code: Option<String>,
        message: String,
        hint: String,
    ) -> HopFailure {
        HopFailure {
            hop: self.hop,
            total: self.total,
            role_arn: self.role.map(|r| r.to_string()),
            operation,
            code,
            message,
            hint,
        }
    }

    fn role_name(&self) -> String {
        self.role
            .map(|r| format!("role `{}`", r.role_name()))
            .unwrap_or_else(|| "the role".to_owned())
    }

    /// "the role `X` in account N may not exist (check the ARN for a typo: ARN)".
    fn role_may_not_exist(&self) -> String {
        match self.role {
            Some(role) => format!(
                "the role `{}` in account {} may not exist (check the ARN for a typo: {})",
                role.role_name(),
                role.account_id(),
                role.as_str()
            ),
            None => "the role may not exist (check the ARN for a typo)".to_owned(),
        }
    }

    fn hint(&self, operation: &str, code: Option<&str>, message: &str) -> String {
        let plan = self.plan;
        let Some(code) = code else {
            return match &plan.endpoint_url {
                Some(url) => format!(
                    "could not talk to STS at {url}: check `endpoint_url` and that the endpoint is up"
                ),
                None => format!(
                    "could not talk to STS in {}: check the network, proxy settings (HTTPS_PROXY) and `region`",
                    plan.region
                ),
            };
        };
        match code {
            // AWS answers the same AccessDenied ("User: … is not authorized to
            // perform: sts:AssumeRole on resource: …") whether the role does not
            // exist, its trust policy refuses the caller, or the external ID is
            // wrong, so the hint names every cause, the cheapest check first.
            "AccessDenied" | "AccessDeniedException" if operation == "AssumeRoleWithWebIdentity" => format!(
                "{}, or its trust policy does not allow this web identity (check its Federated principal and the token's aud/sub conditions)",
                self.role_may_not_exist()
            ),
            "AccessDenied" | "AccessDeniedException" => {
                let external = match &plan.external_id {
                    Some(_) => "or the external ID is wrong (check `assume_external_id` against the sts:ExternalId condition of the trust policy)",
                    None => "or the role requires an external ID (set `assume_external_id`)",
                };
                format!(
                    "{}, or its trust policy does not allow {} to assume it, {external}; \
                     also check that the caller may call sts:AssumeRole on it (AWS gives the same AccessDenied for each of these)",
                    self.role_may_not_exist(),
                    self.caller
                )
            }
            "InvalidClientTokenId" if self.hop <= 1 && plan.initial.method() == crate::config::AuthMethod::AccessKey => {
                "AWS does not know `access_key_id`: the key is wrong, deleted or deactivated, or belongs to another partition"
                    .to_owned()
            }
            "InvalidClientTokenId" => format!(
                "the credentials of {} are not valid here (expired, revoked, or STS not enabled in {})",
                self.caller, plan.region
            ),
            "SignatureDoesNotMatch" => {
                "the secret access key does not belong to `access_key_id` (check `secret_access_key` for a copy-paste error)"
                    .to_owned()
            }
            "ExpiredToken" | "ExpiredTokenException" if self.hop <= 1 => {
                "the initial credentials have expired: get fresh temporary credentials (`session_token`)".to_owned()
            }
            "ExpiredToken" | "ExpiredTokenException" => {
                format!("the session of {} expired before this hop; run again", self.caller)
            }
            "RegionDisabledException" => format!(
                "STS is not activated in {}: activate it under IAM → Account settings, or set `region`",
                plan.region
            ),
            "ValidationError" if message.contains("DurationSeconds") || message.to_ascii_lowercase().contains("duration") => format!(
                "lower `role_session_duration_seconds` (now {}) to at most the maximum session duration of {}",
                plan.role_session_duration_seconds,
                self.role_name()
            ),
            "ValidationError" => "AWS rejected a parameter of the request: check the role ARN, `role_session_name` and `assume_external_id`".to_owned(),
            "InvalidIdentityToken" | "IDPRejectedClaim" | "IDPCommunicationError" => {
                "the OIDC token in `web_identity_token_file` was rejected: check the identity provider configured in IAM and the token's audience".to_owned()
            }
            "Throttling" | "ThrottlingException" | "RequestLimitExceeded" => "STS throttled the request; retry later".to_owned(),
            _ => format!("see the AWS message above for {operation} on {}", self.role_name()),
        }
    }
}

/// The AWS error code and message of an SDK error (never the raw response).
pub(crate) fn describe_sdk_error<E>(err: &SdkError<E>) -> (Option<String>, String)
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    match err {
        SdkError::ServiceError(service) => {
            let e = service.err();
            let code = e.code().map(str::to_owned);
            let message =
                e.message().map(str::to_owned).unwrap_or_else(|| "(no message)".to_owned());
            (code, message)
        }
        SdkError::TimeoutError(_) => (None, "the request timed out".to_owned()),
        SdkError::DispatchFailure(_) => {
            (None, format!("the request could not be sent: {}", network::words(err)))
        }
        SdkError::ResponseError(_) => (None, "the response could not be understood".to_owned()),
        SdkError::ConstructionFailure(_) => {
            (None, format!("the request could not be built: {}", network::words(err)))
        }
        _ => (None, network::words(err)),
    }
}

/// The STS endpoint requests of `plan` go to, for messages.
pub(crate) fn sts_endpoint(plan: &AuthPlan) -> String {
    match &plan.endpoint_url {
        Some(url) => url.clone(),
        None if plan.partition == Partition::AwsCn => {
            format!("https://sts.{}.amazonaws.com.cn", plan.region)
        }
        None => format!("https://sts.{}.amazonaws.com", plan.region),
    }
}

/// A failure before STS answered (refused, DNS, TLS, proxy, timeout), in words.
pub(crate) fn network_failure<E>(
    err: &SdkError<E>,
    endpoint: &str,
) -> Option<network::NetworkFailure>
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
{
    match err {
        SdkError::ServiceError(_) => None,
        SdkError::TimeoutError(_) => Some(network::timeout(endpoint)),
        other => network::diagnose(other, endpoint),
    }
}

/// An STS client signing with `signer` (or unsigned, for AssumeRoleWithWebIdentity).
fn sts_client(base: &SdkConfig, signer: Option<&Credentials>) -> aws_sdk_sts::Client {
    let mut builder = aws_sdk_sts::config::Builder::from(base);
    if let Some(creds) = signer {
        builder = builder.credentials_provider(SharedCredentialsProvider::new(creds.clone()));
    }
    aws_sdk_sts::Client::from_conf(builder.build())
}

/// DurationSeconds for a hop: chained hops (signed by temporary credentials) are capped at one hour.
pub(crate) fn hop_duration(plan: &AuthPlan, signer: Option<&Credentials>) -> u32 {
    let chained = signer.is_some_and(|c| c.session_token().is_some());
    if chained {
        plan.role_session_duration_seconds.min(CHAINED_SESSION_LIMIT_SECONDS)
    } else {
        plan.role_session_duration_seconds
    }
}

/// The credentials STS answered, if it answered any.
fn credentials_from_sts(creds: Option<&aws_sdk_sts::types::Credentials>) -> Option<Credentials> {
    let creds = creds?;
    let expires = creds.expiration();
    let expiry =
        u64::try_from(expires.secs()).ok().map(|secs| UNIX_EPOCH + Duration::from_secs(secs));
    Some(Credentials::new(
        creds.access_key_id(),
        creds.secret_access_key(),
        Some(creds.session_token().to_owned()),
        expiry,
        PROVIDER_NAME,
    ))
}

/// The failure of `operation` when STS answered it without credentials.
fn no_credentials(operation: &'static str, context: &HopContext<'_>) -> HopFailure {
    context.failure_with(
        Some(operation),
        None,
        "STS answered without credentials".to_owned(),
        "the STS endpoint is not behaving like AWS STS: check `endpoint_url`".to_owned(),
    )
}

/// AssumeRole with the plan's session name, external ID and duration.
pub(crate) async fn assume_role(
    base: &SdkConfig,
    signer: &Credentials,
    role: &RoleArn,
    context: &HopContext<'_>,
) -> Result<Credentials, HopFailure> {
    let plan = context.plan;
    let duration = hop_duration(plan, Some(signer));
    let output = sts_client(base, Some(signer))
        .assume_role()
        .role_arn(role.as_str())
        .role_session_name(&plan.role_session_name)
        .set_external_id(plan.external_id.clone())
        .duration_seconds(i32::try_from(duration).unwrap_or(i32::MAX))
        .send()
        .await
        .map_err(|e| context.failure("AssumeRole", &e))?;
    credentials_from_sts(output.credentials()).ok_or_else(|| no_credentials("AssumeRole", context))
}

/// AssumeRoleWithWebIdentity with the token read from the plan's token file.
pub(crate) async fn assume_role_with_web_identity(
    base: &SdkConfig,
    token: &Secret,
    role: &RoleArn,
    context: &HopContext<'_>,
) -> Result<Credentials, HopFailure> {
    let plan = context.plan;
    let output = sts_client(base, None)
        .assume_role_with_web_identity()
        .role_arn(role.as_str())
        .role_session_name(&plan.role_session_name)
        .web_identity_token(token.expose())
        .duration_seconds(i32::try_from(plan.role_session_duration_seconds).unwrap_or(i32::MAX))
        .send()
        .await
        .map_err(|e| context.failure("AssumeRoleWithWebIdentity", &e))?;
    credentials_from_sts(output.credentials())
        .ok_or_else(|| no_credentials("AssumeRoleWithWebIdentity", context))
}

/// GetCallerIdentity signed by `creds`.
pub(crate) async fn caller_identity(
    base: &SdkConfig,
    creds: &Credentials,
    context: &HopContext<'_>,
) -> Result<CallerIdentity, HopFailure> {
    let output = sts_client(base, Some(creds))
        .get_caller_identity()
        .send()
        .await
        .map_err(|e| context.failure("GetCallerIdentity", &e))?;
    Ok(CallerIdentity {
        arn: output.arn().unwrap_or_default().to_owned(),
        account: output.account().unwrap_or_default().to_owned(),
    })
}

/// Seconds until `expiry` (0 when past), for log lines.
pub(crate) fn seconds_left(expiry: Option<SystemTime>, now: SystemTime) -> Option<u64> {
    expiry.map(|e| e.duration_since(now).map(|d| d.as_secs()).unwrap_or(0))
}
