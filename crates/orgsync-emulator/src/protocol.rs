//! The wire protocols (JSON 1.1 for Organizations and CloudTrail, REST-JSON,
//! query/XML for STS and IAM),
//! the services that speak them, and how errors are rendered so that the AWS
//! SDK for Rust and botocore classify them as they would real responses.
//!
//! Error codes and HTTP statuses follow the services' models:
//! - Organizations (JSON 1.1): every error is HTTP 400 except ServiceException
//!   (500); body `{"__type": CODE, "Message": …}` plus `x-amzn-ErrorType`.
//! - Account (REST-JSON): AccessDeniedException 403, ResourceNotFoundException
//!   404, TooManyRequestsException 429, ValidationException 400,
//!   InternalServerException 500; body `{"message": …}` plus `x-amzn-ErrorType`.
//! - CloudTrail (JSON 1.1): HTTP 400 `{"__type": CODE, "Message": …}`;
//!   throttling is `ThrottlingException`.
//! - STS and IAM (query): `<ErrorResponse><Error><Type/><Code/><Message/>…`;
//!   AccessDenied / InvalidClientTokenId / SignatureDoesNotMatch 403,
//!   ExpiredToken / ValidationError / Throttling 400.

use bytes::Bytes;
use serde_json::{Map, Value};

/// A service the emulator serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    Organizations,
    Sts,
    Account,
    Iam,
    CloudTrail,
}

impl Service {
    /// The signing name, also the prefix of counter keys.
    pub fn name(self) -> &'static str {
        match self {
            Service::Organizations => "organizations",
            Service::Sts => "sts",
            Service::Account => "account",
            Service::Iam => "iam",
            Service::CloudTrail => "cloudtrail",
        }
    }

    /// From a SigV4 credential scope's service name.
    pub fn from_signing_name(name: &str) -> Option<Service> {
        match name {
            "organizations" => Some(Service::Organizations),
            "sts" => Some(Service::Sts),
            "account" => Some(Service::Account),
            "iam" => Some(Service::Iam),
            "cloudtrail" => Some(Service::CloudTrail),
            _ => None,
        }
    }

    fn is_query(self) -> bool {
        matches!(self, Service::Sts | Service::Iam)
    }

    fn xml_namespace(self) -> &'static str {
        match self {
            Service::Iam => "https://iam.amazonaws.com/doc/2010-05-08/",
            _ => "https://sts.amazonaws.com/doc/2011-06-15/",
        }
    }
}

/// A service error in protocol-neutral form.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    pub status: u16,
    pub code: String,
    pub message: String,
    /// Extra members (e.g. `Reason` of InvalidInputException).
    pub extra: Vec<(&'static str, String)>,
}

impl ApiError {
    pub fn new(status: u16, code: &str, message: impl Into<String>) -> ApiError {
        ApiError { status, code: code.to_string(), message: message.into(), extra: Vec::new() }
    }

    /// Adds a member to the error body.
    pub fn with(mut self, key: &'static str, value: impl Into<String>) -> ApiError {
        self.extra.push((key, value.into()));
        self
    }

    /// Organizations InvalidInputException with a `Reason`.
    pub fn invalid_input(reason: &str, message: impl Into<String>) -> ApiError {
        ApiError::new(400, "InvalidInputException", message).with("Reason", reason)
    }

    /// The request's key is not known.
    pub fn unknown_key(service: Service) -> ApiError {
        let message = "The security token included in the request is invalid.";
        let codes = [
            (400, "UnrecognizedClientException"),
            (403, "UnrecognizedClientException"),
            (403, "InvalidClientTokenId"),
        ];
        ApiError::per_protocol(service, codes, message)
    }

    /// The recomputed signature differs.
    pub fn bad_signature(service: Service, message: &str) -> ApiError {
        let codes = [
            (400, "InvalidSignatureException"),
            (403, "InvalidSignatureException"),
            (403, "SignatureDoesNotMatch"),
        ];
        ApiError::per_protocol(service, codes, message)
    }

    /// The session credentials have expired.
    pub fn expired_token(service: Service) -> ApiError {
        let message = "The security token included in the request is expired";
        let codes =
            [(400, "ExpiredTokenException"), (403, "ExpiredTokenException"), (400, "ExpiredToken")];
        ApiError::per_protocol(service, codes, message)
    }

    /// An error whose status and code AWS gives per protocol: `codes` holds
    /// them for Organizations and CloudTrail (JSON 1.1), for the Account API
    /// (REST-JSON), and for STS and IAM (query).
    fn per_protocol(service: Service, codes: [(u16, &str); 3], message: &str) -> ApiError {
        let (status, code) = match service {
            Service::Organizations | Service::CloudTrail => codes[0],
            Service::Account => codes[1],
            Service::Sts | Service::Iam => codes[2],
        };
        ApiError::new(status, code, message)
    }

    /// No Authorization header.
    pub fn missing_auth(service: Service) -> ApiError {
        if service.is_query() {
            ApiError::new(
                403,
                "MissingAuthenticationToken",
                "Request is missing Authentication Token",
            )
        } else {
            ApiError::new(
                400,
                "MissingAuthenticationTokenException",
                "Missing Authentication Token",
            )
        }
    }

    /// Identity-based permission missing or denied.
    pub fn access_denied(service: Service, message: impl Into<String>) -> ApiError {
        match service {
            Service::Organizations | Service::CloudTrail => {
                ApiError::new(400, "AccessDeniedException", message)
            }
            Service::Account => ApiError::new(403, "AccessDeniedException", message),
            Service::Sts | Service::Iam => ApiError::new(403, "AccessDenied", message),
        }
    }

    /// Rate exceeded.
    pub fn throttled(service: Service) -> ApiError {
        match service {
            Service::Organizations => ApiError::new(
                400,
                "TooManyRequestsException",
                "AWS Organizations can't complete your request because another request is already in progress or the rate of requests is too high. Try again later.",
            )
            .with("Type", "RequestLimitExceeded"),
            Service::Account => ApiError::new(429, "TooManyRequestsException", "Rate exceeded"),
            Service::CloudTrail => ApiError::new(400, "ThrottlingException", "Rate exceeded"),
            Service::Sts | Service::Iam => ApiError::new(400, "Throttling", "Rate exceeded"),
        }
    }

    /// HTTP 500 or 503 as the service would send it.
    pub fn server_error(service: Service, status: u16) -> ApiError {
        let message = "The service encountered an internal error. Try again later.";
        match (service, status) {
            (_, 503) if service.is_query() => ApiError::new(503, "ServiceUnavailable", message),
            (_, 503) => ApiError::new(503, "ServiceUnavailableException", message),
            (Service::Organizations, _) => ApiError::new(500, "ServiceException", message),
            (Service::Account, _) => ApiError::new(500, "InternalServerException", message),
            (Service::Sts, _) => ApiError::new(500, "InternalFailure", message),
            (Service::Iam, _) => ApiError::new(500, "ServiceFailure", message),
            (Service::CloudTrail, _) => ApiError::new(500, "InternalFailure", message),
        }
    }

    /// Unknown operation / action.
    pub fn unknown_operation(service: Service, operation: &str) -> ApiError {
        if service.is_query() {
            ApiError::new(
                400,
                "InvalidAction",
                format!("Could not find operation {operation} for version"),
            )
        } else {
            ApiError::new(
                400,
                "UnknownOperationException",
                format!("Unknown operation {operation}"),
            )
        }
    }

    /// Parameter validation failure in the service's usual shape.
    pub fn validation(service: Service, message: impl Into<String>) -> ApiError {
        match service {
            Service::Organizations => ApiError::invalid_input("INVALID_PATTERN", message),
            Service::Account => ApiError::new(400, "ValidationException", message)
                .with("reason", "fieldValidationFailed"),
            Service::Sts | Service::Iam => ApiError::new(400, "ValidationError", message),
            Service::CloudTrail => ApiError::new(400, "ValidationException", message),
        }
    }
}

/// A rendered response.
#[derive(Clone, Debug)]
pub struct WireResponse {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Bytes,
    pub error_code: Option<String>,
}

/// Renders a successful JSON result (Organizations, Account).
pub fn json_ok(service: Service, value: &Value) -> WireResponse {
    WireResponse {
        status: 200,
        content_type: content_type(service),
        body: Bytes::from(serde_json::to_vec(value).unwrap_or_default()),
        error_code: None,
    }
}

/// Renders a successful query-protocol result: `inner` is the XML inside
/// `<{Action}Result>`.
pub fn xml_ok(service: Service, action: &str, inner: &str, request_id: &str) -> WireResponse {
    let body = format!(
        "<{action}Response xmlns=\"{ns}\">\n  <{action}Result>\n{inner}  </{action}Result>\n  <ResponseMetadata>\n    <RequestId>{request_id}</RequestId>\n  </ResponseMetadata>\n</{action}Response>\n",
        ns = service.xml_namespace()
    );
    WireResponse {
        status: 200,
        content_type: "text/xml",
        body: Bytes::from(body),
        error_code: None,
    }
}

fn content_type(service: Service) -> &'static str {
    match service {
        Service::Organizations | Service::CloudTrail => "application/x-amz-json-1.1",
        Service::Account => "application/json",
        Service::Sts | Service::Iam => "text/xml",
    }
}

/// Renders an error in the service's protocol.
pub fn render_error(service: Service, error: &ApiError, request_id: &str) -> WireResponse {
    let body = match service {
        Service::Organizations | Service::CloudTrail => {
            let mut map = Map::new();
            map.insert("__type".into(), Value::String(error.code.clone()));
            map.insert("Message".into(), Value::String(error.message.clone()));
            for (k, v) in &error.extra {
                map.insert((*k).into(), Value::String(v.clone()));
            }
            serde_json::to_vec(&Value::Object(map)).unwrap_or_default()
        }
        Service::Account => {
            let mut map = Map::new();
            map.insert("message".into(), Value::String(error.message.clone()));
            for (k, v) in &error.extra {
                map.insert((*k).into(), Value::String(v.clone()));
            }
            serde_json::to_vec(&Value::Object(map)).unwrap_or_default()
        }
        Service::Sts | Service::Iam => {
            let kind = if error.status >= 500 { "Receiver" } else { "Sender" };
            format!(
                "<ErrorResponse xmlns=\"{ns}\">\n  <Error>\n    <Type>{kind}</Type>\n    <Code>{code}</Code>\n    <Message>{message}</Message>\n  </Error>\n  <RequestId>{request_id}</RequestId>\n</ErrorResponse>\n",
                ns = service.xml_namespace(),
                code = xml_escape(&error.code),
                message = xml_escape(&error.message),
            )
            .into_bytes()
        }
    };
    WireResponse {
        status: error.status,
        content_type: content_type(service),
        body: Bytes::from(body),
        error_code: Some(error.code.clone()),
    }
}

/// Escapes text for XML element content.
pub fn xml_escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

/// `<Name>escaped value</Name>` with indentation.
pub fn xml_element(indent: usize, name: &str, value: &str) -> String {
    format!("{:indent$}<{name}>{}</{name}>\n", "", xml_escape(value))
}
