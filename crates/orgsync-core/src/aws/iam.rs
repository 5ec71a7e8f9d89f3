//! IAM `ListAccountAliases` and `ListOrganizationsFeatures`, the IAM calls
//! orgsync makes, without the `aws-sdk-iam` crate.
//!
//! Why not `aws-sdk-iam`: the crate models ~180 operations, is not otherwise
//! needed, and would add minutes to every clean build (CI included) for a
//! single form-encoded request whose answer is one optional string. Instead
//! the call runs on the SDK's own runtime, through smithy's raw operation
//! path ([`aws_smithy_runtime::client::orchestrator::operation::Operation`],
//! the same path `aws-config` uses for its own HTTP calls): the SDK's HTTPS
//! client (or the one on the caller's `SdkConfig`), its timeouts and its
//! error plumbing, so the planner classifies, retries and counts the call
//! like every SDK call. The request is signed with SigV4 (`aws-sigv4`) in a
//! `modify_before_transmit` interceptor, i.e. after the endpoint has been
//! applied, so the signature covers exactly what is sent.
//!
//! The protocol is AWS Query: `POST /` with
//! `Action=ListAccountAliases&Version=2010-05-08`, answered with XML
//! (`ListAccountAliasesResponse/ListAccountAliasesResult/AccountAliases/member`,
//! an account has at most one alias) or an `ErrorResponse/Error/{Code,Message}`;
//! likewise `Action=ListOrganizationsFeatures` (`…Result/OrganizationId` and
//! `…Result/EnabledFeatures/member`, the centralized root access features).
//! IAM is global: `https://iam.amazonaws.com` signed for us-east-1 (aws),
//! `https://iam.cn-north-1.amazonaws.com.cn` for cn-north-1 (aws-cn),
//! `https://iam.us-gov.amazonaws.com` for us-gov-west-1 (aws-us-gov); with
//! `endpoint_url` set, that endpoint and the configured region are used.

use std::borrow::Cow;
use std::fmt;
use std::time::{Duration, SystemTime};

use aws_config::{BehaviorVersion, SdkConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::ProvideCredentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4::SigningParams;
use aws_smithy_runtime::client::orchestrator::operation::Operation;
use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut;
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse, OrchestratorError};
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use aws_smithy_types::error::ErrorMetadata;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use aws_smithy_types::timeout::TimeoutConfig;
use aws_smithy_xml::decode::{Document, ScopedDecoder, XmlDecodeError, try_data};

/// IAM's signing name.
const SERVICE: &str = "iam";
/// The form body of ListAccountAliases.
const ALIASES_BODY: &str = "Action=ListAccountAliases&Version=2010-05-08";
/// The form body of ListOrganizationsFeatures.
const FEATURES_BODY: &str = "Action=ListOrganizationsFeatures&Version=2010-05-08";
/// How long one attempt may take.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long establishing a connection may take.
const CONNECT_TIMEOUT: Duration = Duration::from_millis(3100);

/// An IAM error answer (code and message), usable by the planner like any
/// SDK service error.
#[derive(Debug)]
pub struct IamError {
    meta: ErrorMetadata,
}

impl IamError {
    fn new(code: Option<String>, message: Option<String>) -> Self {
        let mut meta = ErrorMetadata::builder();
        if let Some(code) = code {
            meta = meta.code(code);
        }
        if let Some(message) = message {
            meta = meta.message(message);
        }
        Self { meta: meta.build() }
    }
}

impl fmt::Display for IamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.meta.code(), self.meta.message()) {
            (Some(code), Some(message)) => write!(f, "{code}: {message}"),
            (Some(code), None) => f.write_str(code),
            (None, Some(message)) => f.write_str(message),
            (None, None) => f.write_str("IAM answered with an error"),
        }
    }
}

impl std::error::Error for IamError {}

impl ProvideErrorMetadata for IamError {
    fn meta(&self) -> &ErrorMetadata {
        &self.meta
    }
}

/// The answer of ListAccountAliases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountAliases {
    /// The account's alias (`None` when it has none).
    pub alias: Option<String>,
}

/// The answer of ListOrganizationsFeatures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationsFeatures {
    /// The organization's id, when returned.
    pub organization_id: Option<String>,
    /// Enabled centralized root access features, e.g. `RootCredentialsManagement`.
    pub enabled_features: Vec<String>,
}

/// A client for IAM ListAccountAliases and ListOrganizationsFeatures (see
/// the module docs). Cheap to clone; one per run. SDK retries are off: the
/// planner retries.
#[derive(Clone)]
pub struct IamClient {
    operation: Operation<Credentials, AccountAliases, IamError>,
    features: Operation<Credentials, OrganizationsFeatures, IamError>,
}

impl fmt::Debug for IamClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IamClient").finish_non_exhaustive()
    }
}

/// IAM's endpoint and signing region for a configuration.
pub fn endpoint_for(sdk_config: &SdkConfig) -> (String, String) {
    let region = sdk_config.region().map(|r| r.as_ref().to_owned()).unwrap_or_default();
    if let Some(url) = sdk_config.endpoint_url() {
        let region = if region.is_empty() { "us-east-1".to_owned() } else { region };
        return (url.to_owned(), region);
    }
    if region.starts_with("cn-") {
        ("https://iam.cn-north-1.amazonaws.com.cn".to_owned(), "cn-north-1".to_owned())
    } else if region.starts_with("us-gov-") {
        ("https://iam.us-gov.amazonaws.com".to_owned(), "us-gov-west-1".to_owned())
    } else {
        ("https://iam.amazonaws.com".to_owned(), "us-east-1".to_owned())
    }
}

impl IamClient {
    /// A client using the endpoint, region and HTTP client of `sdk_config`
    /// (its credentials are not used: each call passes its own).
    pub fn new(sdk_config: &SdkConfig) -> Self {
        Self {
            operation: query_operation(
                sdk_config,
                "ListAccountAliases",
                ALIASES_BODY,
                parse_response(parse_aliases, "ListAccountAliases"),
            ),
            features: query_operation(
                sdk_config,
                "ListOrganizationsFeatures",
                FEATURES_BODY,
                parse_response(parse_features, "ListOrganizationsFeatures"),
            ),
        }
    }

    /// ListOrganizationsFeatures signed with the credentials of
    /// `sdk_config`'s provider (asked at every call).
    pub async fn list_organizations_features_as(
        &self,
        sdk_config: &SdkConfig,
    ) -> Result<OrganizationsFeatures, SdkError<IamError, HttpResponse>> {
        self.features.invoke(credentials_of(sdk_config).await?).await
    }

    /// ListAccountAliases in the account of `credentials`, signed with them.
    pub async fn list_account_aliases(
        &self,
        credentials: Credentials,
    ) -> Result<AccountAliases, SdkError<IamError, HttpResponse>> {
        self.operation.invoke(credentials).await
    }

    /// ListAccountAliases signed with the credentials of `sdk_config`'s
    /// provider (asked at every call, so renewed sessions are used).
    pub async fn list_account_aliases_as(
        &self,
        sdk_config: &SdkConfig,
    ) -> Result<AccountAliases, SdkError<IamError, HttpResponse>> {
        self.list_account_aliases(credentials_of(sdk_config).await?).await
    }
}

/// The credentials of `sdk_config`'s provider, asked now.
async fn credentials_of(
    sdk_config: &SdkConfig,
) -> Result<Credentials, SdkError<IamError, HttpResponse>> {
    let provider = sdk_config
        .credentials_provider()
        .ok_or_else(|| SdkError::construction_failure("the configuration has no credentials"))?;
    provider.provide_credentials().await.map_err(SdkError::construction_failure)
}

/// The credentials a request is to be signed with, carried from the
/// serializer to the signer as a request extension.
#[derive(Clone)]
struct SigningCredentials(Credentials);

/// Signs the outgoing request with SigV4 for IAM.
#[derive(Debug)]
struct SigV4Signer {
    region: String,
}

impl Intercept for SigV4Signer {
    fn name(&self) -> &'static str {
        "orgsync-iam-sigv4"
    }

    fn modify_before_transmit(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _runtime_components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let request = context.request_mut();
        let credentials = request
            .extension::<SigningCredentials>()
            .map(|c| c.0.clone())
            .ok_or("no credentials to sign the IAM request with")?;
        let identity = credentials.into();
        let params = SigningParams::builder()
            .identity(&identity)
            .region(&self.region)
            .name(SERVICE)
            .time(SystemTime::now())
            .settings(SigningSettings::default())
            .build()?
            .into();
        let body = request.body().bytes().ok_or("the IAM request body is not in memory")?;
        let headers: Vec<(&str, &str)> = request.headers().iter().collect();
        let signable = SignableRequest::new(
            request.method(),
            request.uri(),
            headers.into_iter(),
            SignableBody::Bytes(body),
        )?;
        let (instructions, _signature) = sign(signable, &params)?.into_parts();
        let (headers, _params) = instructions.into_parts();
        for header in headers {
            let value = header.value().to_owned();
            request.headers_mut().insert(header.name(), value);
        }
        Ok(())
    }
}

/// One IAM query operation: `body` POSTed to `/`, signed, parsed by `parse`.
fn query_operation<T>(
    sdk_config: &SdkConfig,
    name: &'static str,
    body: &'static str,
    parse: impl Fn(&HttpResponse) -> Result<T, OrchestratorError<IamError>> + Send + Sync + 'static,
) -> Operation<Credentials, T, IamError>
where
    T: fmt::Debug + Send + Sync + 'static,
{
    let (endpoint, region) = endpoint_for(sdk_config);
    let mut builder = Operation::builder()
        .service_name(SERVICE)
        .operation_name(name)
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(&endpoint)
        .no_retry()
        .timeout_config(
            TimeoutConfig::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .operation_attempt_timeout(ATTEMPT_TIMEOUT)
                .build(),
        )
        .no_auth()
        .interceptor(SigV4Signer { region });
    if let Some(http_client) = sdk_config.http_client() {
        builder = builder.http_client(http_client);
    }
    builder
        .serializer(move |credentials: Credentials| {
            let mut request = HttpRequest::new(SdkBody::from(body));
            request.set_method("POST")?;
            request.set_uri("/")?;
            request
                .headers_mut()
                .insert("content-type", "application/x-www-form-urlencoded; charset=utf-8");
            request.headers_mut().insert("content-length", body.len().to_string());
            request.add_extension(SigningCredentials(credentials));
            Ok(request)
        })
        .deserializer(parse)
        .build()
}

/// Why a successful IAM answer is not the document asked for.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    /// The text is not well-formed XML, or an element's text does not decode.
    #[error(transparent)]
    Xml(#[from] XmlDecodeError),
    /// The document answers another request: its root element is `found`.
    #[error("unexpected root element <{found}>")]
    UnexpectedRoot {
        /// The local name of the root element.
        found: String,
    },
}

/// `Ok` when the root element of an answer is `expected`.
fn expect_root(root: &ScopedDecoder<'_, '_>, expected: &str) -> Result<(), AnswerError> {
    if root.start_el().matches(expected) {
        Ok(())
    } else {
        Err(AnswerError::UnexpectedRoot { found: root.start_el().local().to_owned() })
    }
}

/// Success → `parse_ok` of the body; an error answer → [`IamError`] (code, message).
fn parse_response<T: 'static>(
    parse_ok: fn(&str) -> Result<T, AnswerError>,
    name: &'static str,
) -> impl Fn(&HttpResponse) -> Result<T, OrchestratorError<IamError>> + Send + Sync + 'static {
    move |response: &HttpResponse| {
        let body = response.body().bytes().unwrap_or_default();
        let text = std::str::from_utf8(body).map_err(|e| {
            OrchestratorError::other(format!("IAM answered with non-UTF-8 text: {e}"))
        })?;
        if response.status().is_success() {
            parse_ok(text).map_err(|e| {
                OrchestratorError::other(format!("IAM's {name} answer is not valid: {e}"))
            })
        } else {
            let (code, message) = parse_error(text);
            Err(OrchestratorError::operation(IamError::new(code, message)))
        }
    }
}

/// `OrganizationId` and the `EnabledFeatures` members of a
/// ListOrganizationsFeatures answer.
pub fn parse_features(xml: &str) -> Result<OrganizationsFeatures, AnswerError> {
    let mut doc = Document::new(xml);
    let mut root = doc.root_element()?;
    expect_root(&root, "ListOrganizationsFeaturesResponse")?;
    let mut out = OrganizationsFeatures { organization_id: None, enabled_features: Vec::new() };
    while let Some(mut result) = root.next_tag() {
        if !result.start_el().matches("ListOrganizationsFeaturesResult") {
            continue;
        }
        while let Some(mut field) = result.next_tag() {
            if field.start_el().matches("OrganizationId") {
                out.organization_id = Some(text_of(&mut field)?);
            } else if field.start_el().matches("EnabledFeatures") {
                while let Some(mut member) = field.next_tag() {
                    if member.start_el().matches("member") {
                        out.enabled_features.push(text_of(&mut member)?);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// The first `member` of `AccountAliases` in a ListAccountAliases answer.
pub fn parse_aliases(xml: &str) -> Result<AccountAliases, AnswerError> {
    let mut doc = Document::new(xml);
    let mut root = doc.root_element()?;
    expect_root(&root, "ListAccountAliasesResponse")?;
    let mut alias = None;
    while let Some(mut result) = root.next_tag() {
        if !result.start_el().matches("ListAccountAliasesResult") {
            continue;
        }
        while let Some(mut field) = result.next_tag() {
            if !field.start_el().matches("AccountAliases") {
                continue;
            }
            while let Some(mut member) = field.next_tag() {
                if member.start_el().matches("member") && alias.is_none() {
                    alias = Some(text_of(&mut member)?);
                }
            }
        }
    }
    Ok(AccountAliases { alias })
}

/// Code and message of an `ErrorResponse` (both `None` when the body is not one).
pub fn parse_error(xml: &str) -> (Option<String>, Option<String>) {
    let mut code = None;
    let mut message = None;
    let mut doc = Document::new(xml);
    let Ok(mut root) = doc.root_element() else { return (None, None) };
    while let Some(mut error) = root.next_tag() {
        if !error.start_el().matches("Error") {
            continue;
        }
        while let Some(mut field) = error.next_tag() {
            if field.start_el().matches("Code") {
                code = text_of(&mut field).ok();
            } else if field.start_el().matches("Message") {
                message = text_of(&mut field).ok();
            }
        }
    }
    (code.filter(|c| !c.is_empty()), message)
}

fn text_of(tag: &mut ScopedDecoder<'_, '_>) -> Result<String, XmlDecodeError> {
    try_data(tag).map(Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_errors_are_parsed() {
        let ok = "<ListAccountAliasesResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\
            <ListAccountAliasesResult><IsTruncated>false</IsTruncated>\
            <AccountAliases><member>acme-prod</member></AccountAliases>\
            </ListAccountAliasesResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>\
            </ListAccountAliasesResponse>";
        assert_eq!(parse_aliases(ok).unwrap().alias.as_deref(), Some("acme-prod"));
        let none = "<ListAccountAliasesResponse><ListAccountAliasesResult>\
            <AccountAliases/><IsTruncated>false</IsTruncated></ListAccountAliasesResult>\
            </ListAccountAliasesResponse>";
        assert_eq!(parse_aliases(none).unwrap().alias, None);
        assert!(parse_aliases("<Other/>").is_err());
        let wrong = parse_aliases("<Other/>").unwrap_err();
        assert!(matches!(&wrong, AnswerError::UnexpectedRoot { found } if found == "Other"));
        assert_eq!(wrong.to_string(), "unexpected root element <Other>");
        assert!(matches!(parse_features("not xml"), Err(AnswerError::Xml(_))));
        let err = "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>\
            <Message>User: x is not authorized &amp; denied</Message></Error>\
            <RequestId>r</RequestId></ErrorResponse>";
        assert_eq!(
            parse_error(err),
            (Some("AccessDenied".into()), Some("User: x is not authorized & denied".into()))
        );
        assert_eq!(parse_error("not xml"), (None, None));
        let features = "<ListOrganizationsFeaturesResponse><ListOrganizationsFeaturesResult>\
            <OrganizationId>o-abc</OrganizationId><EnabledFeatures><member>RootSessions</member>\
            <member>RootCredentialsManagement</member></EnabledFeatures>\
            </ListOrganizationsFeaturesResult></ListOrganizationsFeaturesResponse>";
        assert_eq!(
            parse_features(features).unwrap(),
            OrganizationsFeatures {
                organization_id: Some("o-abc".into()),
                enabled_features: vec!["RootSessions".into(), "RootCredentialsManagement".into()],
            }
        );
    }

    #[test]
    fn endpoints_follow_the_partition() {
        let config = |region: &str| {
            SdkConfig::builder()
                .region(aws_config::Region::new(region.to_owned()))
                .behavior_version(BehaviorVersion::latest())
                .build()
        };
        assert_eq!(endpoint_for(&config("us-east-1")).0, "https://iam.amazonaws.com");
        assert_eq!(endpoint_for(&config("cn-northwest-1")).1, "cn-north-1");
        assert_eq!(endpoint_for(&config("us-gov-west-1")).0, "https://iam.us-gov.amazonaws.com");
        let local = SdkConfig::builder()
            .region(aws_config::Region::new("eu-west-1"))
            .endpoint_url("http://127.0.0.1:4566")
            .behavior_version(BehaviorVersion::latest())
            .build();
        assert_eq!(
            endpoint_for(&local),
            ("http://127.0.0.1:4566".to_owned(), "eu-west-1".to_owned())
        );
    }
}
