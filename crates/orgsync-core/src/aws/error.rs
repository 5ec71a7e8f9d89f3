//! Classification of AWS SDK errors into what the planner and the table
//! fetchers act on: throttled (retry, slow down), transient (retry), expired
//! credentials (renew once, retry), access denied, not found and the rest.
//!
//! Classification goes by the error code AWS returned (and the HTTP status),
//! not by the SDK's typed variants, so it works the same for every operation
//! and for codes a newer AWS adds.

use std::error::Error as StdError;

use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;

/// What kind of failure a call ended with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The service asked us to slow down (`TooManyRequestsException`, …).
    Throttled,
    /// A 5xx answer, a timeout or a broken connection: worth retrying.
    Transient,
    /// The credentials expired (`ExpiredToken`, `InvalidClientTokenId`, …).
    ExpiredCredentials,
    /// The caller may not do this (`AccessDenied…`).
    AccessDenied,
    /// The credentials are not valid at all, or could not be obtained.
    Authentication,
    /// The account is not a member of an organization.
    OrganizationNotInUse,
    /// Any other answer from the service (not found, invalid input, …).
    Service,
}

/// A failed AWS call, reduced to what orgsync records: the AWS error code,
/// its message and a classification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// AWS error code, e.g. `AccountNotFoundException`; for failures without
    /// an answer a descriptive code such as `TimeoutError`.
    pub code: String,
    /// The message AWS returned (or a description of the local failure).
    pub message: Option<String>,
    /// HTTP status of the answer, when there was one.
    pub http_status: Option<u16>,
    /// Classification.
    pub kind: ErrorKind,
    /// Why no answer came (refused, DNS, TLS, proxy, timeout), when that is known.
    pub network: Option<super::network::Cause>,
}

const THROTTLING_CODES: &[&str] = &[
    "TooManyRequestsException",
    "ThrottlingException",
    "Throttling",
    "ThrottledException",
    "RequestLimitExceeded",
    "RequestThrottled",
    "RequestThrottledException",
    "SlowDown",
];
const TRANSIENT_CODES: &[&str] = &[
    "ServiceException",
    "InternalServerException",
    "InternalFailure",
    "InternalError",
    "ServiceUnavailable",
    "ServiceUnavailableException",
    "ConcurrentModificationException",
    "RequestTimeout",
    "RequestTimeoutException",
];
const EXPIRED_CODES: &[&str] =
    &["ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "RequestExpired"];
const AUTHENTICATION_CODES: &[&str] = &[
    "UnrecognizedClientException",
    "SignatureDoesNotMatch",
    "InvalidSignatureException",
    "MissingAuthenticationToken",
    "IncompleteSignature",
    "AuthFailure",
];
const ACCESS_DENIED_CODES: &[&str] =
    &["AccessDeniedException", "AccessDenied", "AccessDeniedForDependencyException"];

impl ApiError {
    /// Classifies a service error code (with the HTTP status, when known).
    pub fn from_code(code: &str, message: Option<String>, http_status: Option<u16>) -> Self {
        let kind = if THROTTLING_CODES.contains(&code) || http_status == Some(429) {
            ErrorKind::Throttled
        } else if EXPIRED_CODES.contains(&code) {
            ErrorKind::ExpiredCredentials
        } else if AUTHENTICATION_CODES.contains(&code) {
            ErrorKind::Authentication
        } else if ACCESS_DENIED_CODES.contains(&code) {
            ErrorKind::AccessDenied
        } else if code == "AWSOrganizationsNotInUseException" {
            ErrorKind::OrganizationNotInUse
        } else if TRANSIENT_CODES.contains(&code) || http_status.is_some_and(|s| s >= 500) {
            ErrorKind::Transient
        } else {
            ErrorKind::Service
        };
        Self { code: code.to_owned(), message, http_status, kind, network: None }
    }

    /// Classifies any SDK error.
    pub fn from_sdk<E>(err: SdkError<E, HttpResponse>) -> Self
    where
        E: ProvideErrorMetadata + StdError + Send + Sync + 'static,
    {
        match &err {
            SdkError::ServiceError(service) => {
                let status = service.raw().status().as_u16();
                let meta = service.err();
                let code = match meta.code() {
                    Some(code) => code.to_owned(),
                    None if status >= 500 => format!("HTTP{status}"),
                    None => format!("HTTP{status}"),
                };
                Self::from_code(&code, meta.message().map(str::to_owned), Some(status))
            }
            SdkError::TimeoutError(_) => Self {
                code: "TimeoutError".into(),
                message: Some("the request timed out".into()),
                http_status: None,
                kind: ErrorKind::Transient,
                network: Some(super::network::Cause::Timeout),
            },
            SdkError::DispatchFailure(failure) => {
                let network = super::network::classify(&err);
                let message = Some(match network {
                    Some(cause) => cause.short().to_owned(),
                    None => source_chain(&err),
                });
                // The HTTP client reports a connection closed mid-answer
                // (hyper's IncompleteMessage) as "other" marked transient.
                let transient_other = failure
                    .as_other()
                    .is_some_and(|k| k == aws_smithy_types::retry::ErrorKind::TransientError);
                if failure.is_io() || failure.is_timeout() || transient_other {
                    Self {
                        code: "ConnectionError".into(),
                        message,
                        http_status: None,
                        kind: ErrorKind::Transient,
                        network,
                    }
                } else {
                    Self {
                        code: "RequestNotSent".into(),
                        message,
                        http_status: None,
                        kind: ErrorKind::Authentication,
                        network,
                    }
                }
            }
            SdkError::ResponseError(response) => {
                // An answer that could not be parsed, e.g. an HTML error page.
                let status = response.raw().status().as_u16();
                Self {
                    code: if status >= 500 {
                        format!("HTTP{status}")
                    } else {
                        "ResponseError".into()
                    },
                    message: Some(source_chain(&err)),
                    http_status: Some(status),
                    kind: ErrorKind::Transient,
                    network: None,
                }
            }
            _ => Self {
                code: "RequestNotSent".into(),
                message: Some(source_chain(&err)),
                http_status: None,
                kind: ErrorKind::Authentication,
                network: super::network::classify(&err),
            },
        }
    }

    /// For a failure before any answer, the sentence and hint naming
    /// `endpoint` (see [`super::network::describe`]).
    pub fn network_failure(&self, endpoint: &str) -> Option<super::network::NetworkFailure> {
        self.network.map(|cause| super::network::describe(cause, endpoint))
    }

    /// `code: message` for people.
    pub fn describe(&self) -> String {
        if let Some(cause) = self.network {
            return cause.short().to_owned();
        }
        match &self.message {
            Some(m) if !m.is_empty() => format!("{}: {m}", self.code),
            _ => self.code.clone(),
        }
    }
}

/// The error and its sources in words (without the raw response, which the
/// SDK's `DisplayErrorContext` would include, and without `Debug` dumps).
fn source_chain(err: &(dyn StdError + 'static)) -> String {
    super::network::words(err)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_classified() {
        let kind = |c: &str, s: Option<u16>| ApiError::from_code(c, None, s).kind;
        assert_eq!(kind("TooManyRequestsException", Some(400)), ErrorKind::Throttled);
        assert_eq!(kind("Whatever", Some(429)), ErrorKind::Throttled);
        assert_eq!(kind("ServiceException", Some(500)), ErrorKind::Transient);
        assert_eq!(kind("Unknown", Some(503)), ErrorKind::Transient);
        assert_eq!(kind("ExpiredTokenException", Some(400)), ErrorKind::ExpiredCredentials);
        assert_eq!(kind("InvalidClientTokenId", Some(403)), ErrorKind::ExpiredCredentials);
        assert_eq!(kind("AccessDeniedException", Some(400)), ErrorKind::AccessDenied);
        assert_eq!(
            kind("AWSOrganizationsNotInUseException", None),
            ErrorKind::OrganizationNotInUse
        );
        assert_eq!(kind("AccountNotFoundException", Some(400)), ErrorKind::Service);
        assert_eq!(kind("SignatureDoesNotMatch", Some(403)), ErrorKind::Authentication);
    }

    #[test]
    fn a_connection_closed_mid_answer_is_transient() {
        use aws_smithy_runtime_api::client::result::ConnectorError;
        let closed = ConnectorError::other(
            "connection closed before message completed".into(),
            Some(aws_smithy_types::retry::ErrorKind::TransientError),
        );
        let err: SdkError<aws_sdk_organizations::Error, HttpResponse> =
            SdkError::dispatch_failure(closed);
        let api = ApiError::from_sdk(err);
        assert_eq!((api.code.as_str(), api.kind), ("ConnectionError", ErrorKind::Transient));
        let reset = ConnectorError::io("connection reset by peer".into());
        let err: SdkError<aws_sdk_organizations::Error, HttpResponse> =
            SdkError::dispatch_failure(reset);
        assert_eq!(ApiError::from_sdk(err).kind, ErrorKind::Transient);
    }
}
