//! The HTTP server: accepts loopback connections (hyper, HTTP/1.1 keep-alive),
//! routes each request to a service and operation, and runs the pipeline
//! every request goes through:
//!
//! 1. route by the SigV4 credential scope's service (fallbacks: X-Amz-Target,
//!    path, `Action`) and by X-Amz-Target / path / `Action`;
//! 2. count the call, roll injected faults (reset, 5xx, throttle, truncation);
//! 3. verify the signature and session token, then expiry;
//! 4. check the principal's permission for `service:Operation`;
//! 5. take a token from the operation's bucket (TooManyRequestsException /
//!    Throttling when empty);
//! 6. run the operation; record the request; wait the profile's latency.

use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http::{HeaderValue, Request, Response};
use http_body::{Body, Frame, SizeHint};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use rand::Rng;
use serde_json::{Map, Value};
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinSet;

use crate::controls::{Bucket, RecordedRequest, State};
use crate::identity::{KeyLookup, Principal};
use crate::profile::{ProfileSpec, QuotaScope};
use crate::protocol::{ApiError, Service, WireResponse, json_ok, render_error};
use crate::services::{Call, account, cloudtrail, iam, organizations, organizations_write, sts};
use crate::sigv4::{SignatureProblem, parse_authorization, verify};

/// Response body that can be cut short (fault injection).
pub(crate) struct EmulatorBody {
    data: Option<Bytes>,
    fail_after_data: bool,
    declared_len: u64,
}

impl EmulatorBody {
    fn full(data: Bytes) -> EmulatorBody {
        let declared_len = data.len() as u64;
        EmulatorBody { data: Some(data), fail_after_data: false, declared_len }
    }

    fn truncated(data: Bytes) -> EmulatorBody {
        let declared_len = data.len() as u64;
        let half = data.slice(..data.len() / 2);
        EmulatorBody { data: Some(half), fail_after_data: true, declared_len }
    }
}

impl Body for EmulatorBody {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, io::Error>>> {
        if let Some(data) = self.data.take() {
            return Poll::Ready(Some(Ok(Frame::data(data))));
        }
        if self.fail_after_data {
            self.fail_after_data = false;
            return Poll::Ready(Some(Err(io::Error::other("injected truncated body"))));
        }
        Poll::Ready(None)
    }

    fn is_end_stream(&self) -> bool {
        self.data.is_none() && !self.fail_after_data
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.declared_len)
    }
}

/// Accepts connections until `shutdown` fires; open connections are dropped then.
pub(crate) async fn serve(
    listener: TcpListener,
    state: Arc<State>,
    mut shutdown: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let _ = stream.set_nodelay(true);
                let state = state.clone();
                connections.spawn(async move {
                    let service = hyper::service::service_fn(move |req| handle(state.clone(), req));
                    let _ = hyper::server::conn::http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
                while connections.try_join_next().is_some() {}
            }
        }
    }
    connections.shutdown().await;
}

enum Fault {
    None,
    Reset,
    ServerError(u16),
    Throttle,
    Truncate,
}

fn roll_fault(state: &State, spec: &ProfileSpec) -> Fault {
    let f = &spec.faults;
    let total = f.reset_rate + f.error_5xx_rate + f.throttle_rate + f.truncate_rate;
    if total <= 0.0 {
        return Fault::None;
    }
    let mut rng = state.fault_rng.lock();
    let x: f64 = rng.random_range(0.0..1.0);
    if x < f.reset_rate {
        Fault::Reset
    } else if x < f.reset_rate + f.error_5xx_rate {
        Fault::ServerError(if rng.random_bool(0.5) { 500 } else { 503 })
    } else if x < f.reset_rate + f.error_5xx_rate + f.throttle_rate {
        Fault::Throttle
    } else if x < total {
        Fault::Truncate
    } else {
        Fault::None
    }
}

/// Which service and operation a request is for.
fn route(
    parts: &http::request::Parts,
    signing_service: Option<&str>,
    form: &Map<String, Value>,
) -> Option<(Service, String)> {
    let target = parts.headers.get("x-amz-target").and_then(|v| v.to_str().ok());
    let path = parts.uri.path();
    let service = match signing_service.and_then(Service::from_signing_name) {
        Some(s) => s,
        None => {
            if target.is_some_and(|t| t.starts_with("AWSOrganizationsV20161128.")) {
                Service::Organizations
            } else if target.is_some_and(|t| t.starts_with(cloudtrail::TARGET_PREFIX)) {
                Service::CloudTrail
            } else if account::operation_for_path(path).is_some() {
                Service::Account
            } else if matches!(
                form.get("Action").and_then(Value::as_str),
                Some("ListAccountAliases" | "ListOrganizationsFeatures")
            ) {
                Service::Iam
            } else if form.contains_key("Action") {
                Service::Sts
            } else {
                return None;
            }
        }
    };
    let operation = match service {
        Service::Organizations | Service::CloudTrail => {
            target?.rsplit_once('.').map(|(_, op)| op.to_string())?
        }
        Service::Account => account::operation_for_path(path).unwrap_or(path).to_string(),
        Service::Sts | Service::Iam => form.get("Action")?.as_str()?.to_string(),
    };
    Some((service, operation))
}

fn parse_form(query: Option<&str>, body: &[u8]) -> Map<String, Value> {
    let mut map = Map::new();
    if let Some(q) = query {
        for (k, v) in form_urlencoded::parse(q.as_bytes()) {
            map.insert(k.into_owned(), Value::String(v.into_owned()));
        }
    }
    for (k, v) in form_urlencoded::parse(body) {
        map.insert(k.into_owned(), Value::String(v.into_owned()));
    }
    map
}

fn request_id(state: &State) -> String {
    let n = state.request_counter.fetch_add(1, Ordering::Relaxed);
    format!(
        "e0e0e0e0-{:04x}-4{:03x}-8{:03x}-{:012x}",
        (n >> 40) & 0xffff,
        (n >> 28) & 0xfff,
        (n >> 16) & 0xfff,
        n & 0xffff_ffff_ffff
    )
}

/// Serves one request; `Err` drops the connection (injected reset).
async fn handle(
    state: Arc<State>,
    req: Request<Incoming>,
) -> Result<Response<EmulatorBody>, io::Error> {
    let (parts, body) = req.into_parts();
    let body = body.collect().await.map_err(io::Error::other)?.to_bytes();
    let request_id = request_id(&state);
    let auth = parts
        .headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(parse_authorization);
    let is_json = parts.headers.get("x-amz-target").is_some()
        || auth.as_ref().is_some_and(|a| matches!(a.service.as_str(), "organizations" | "account"));
    let form = if is_json { Map::new() } else { parse_form(parts.uri.query(), &body) };
    let Some((service, operation)) =
        route(&parts, auth.as_ref().map(|a| a.service.as_str()), &form)
    else {
        let mut response = Response::new(EmulatorBody::full(Bytes::from_static(
            b"{\"message\":\"Unknown service or operation\"}",
        )));
        *response.status_mut() = http::StatusCode::NOT_FOUND;
        return Ok(response);
    };
    let params: Value = match service {
        Service::Sts | Service::Iam => Value::Object(form),
        Service::Organizations | Service::Account | Service::CloudTrail => {
            if body.is_empty() {
                Value::Object(Map::new())
            } else {
                serde_json::from_slice(&body).unwrap_or(Value::Null)
            }
        }
    };
    let op_key = format!("{}:{operation}", service.name());
    let spec = state.profile.read().clone();
    let caller = state
        .identity
        .read()
        .caller_account(auth.as_ref().map(|a| a.access_key_id.as_str()).unwrap_or_default());
    state.count(&op_key, &caller, |c| c.calls += 1);

    let fault = roll_fault(&state, &spec);
    let access_key_id = auth.as_ref().map(|a| a.access_key_id.clone()).unwrap_or_default();
    let started = Instant::now();
    let (outcome, truncate) = match fault {
        Fault::Reset => {
            state.count(&op_key, &caller, |c| c.faulted += 1);
            state.record(recorded(
                service,
                &operation,
                &access_key_id,
                &params,
                0,
                Some("ConnectionReset".into()),
            ));
            sleep_latency(&state, &spec, service, &operation, started).await;
            return Err(io::Error::new(
                io::ErrorKind::ConnectionReset,
                "injected connection reset",
            ));
        }
        Fault::ServerError(status) => {
            state.count(&op_key, &caller, |c| c.faulted += 1);
            (Err(ApiError::server_error(service, status)), false)
        }
        Fault::Throttle => {
            state.count(&op_key, &caller, |c| c.throttled += 1);
            (Err(ApiError::throttled(service)), false)
        }
        Fault::Truncate | Fault::None => {
            let truncate = matches!(fault, Fault::Truncate);
            if truncate {
                state.count(&op_key, &caller, |c| c.faulted += 1);
            }
            let answer = process(
                &state,
                &spec,
                service,
                &operation,
                &parts,
                &body,
                &params,
                auth.as_ref(),
                &request_id,
            );
            (answer, truncate)
        }
    };
    let wire = match outcome {
        Ok(wire) => wire,
        Err(error) => {
            if is_throttling(&error) && !matches!(fault, Fault::Throttle) {
                state.count(&op_key, &caller, |c| c.throttled += 1);
            }
            render_error(service, &error, &request_id)
        }
    };
    if service == Service::Organizations {
        let served = state.organizations_calls.fetch_add(1, Ordering::AcqRel) + 1;
        state.run_due_mutations(served);
    }
    state.record(recorded(
        service,
        &operation,
        &access_key_id,
        &params,
        wire.status,
        wire.error_code.clone(),
    ));
    sleep_latency(&state, &spec, service, &operation, started).await;
    Ok(build_response(service, wire, &request_id, truncate))
}

fn is_throttling(error: &ApiError) -> bool {
    matches!(error.code.as_str(), "TooManyRequestsException" | "Throttling" | "ThrottlingException")
}

async fn sleep_latency(
    state: &State,
    spec: &ProfileSpec,
    service: Service,
    operation: &str,
    started: Instant,
) {
    let latency = spec.latency_for(service.name(), operation);
    if latency.fixed_ms <= 0.0 && latency.jitter_ms <= 0.0 {
        return;
    }
    let jitter = if latency.jitter_ms > 0.0 {
        state.fault_rng.lock().random_range(0.0..latency.jitter_ms)
    } else {
        0.0
    };
    let total = std::time::Duration::from_secs_f64((latency.fixed_ms + jitter) / 1000.0);
    let elapsed = started.elapsed();
    if total > elapsed {
        tokio::time::sleep(total - elapsed).await;
    }
}

fn recorded(
    service: Service,
    operation: &str,
    key: &str,
    params: &Value,
    status: u16,
    error_code: Option<String>,
) -> RecordedRequest {
    let mut params = params.clone();
    if let Some(map) = params.as_object_mut()
        && map.contains_key("WebIdentityToken")
    {
        map.insert("WebIdentityToken".into(), Value::String("** redacted **".into()));
    }
    RecordedRequest {
        service: service.name().to_string(),
        operation: operation.to_string(),
        access_key_id: key.to_string(),
        params,
        status,
        error_code,
    }
}

fn build_response(
    service: Service,
    wire: WireResponse,
    request_id: &str,
    truncate: bool,
) -> Response<EmulatorBody> {
    let len = wire.body.len();
    let body = if truncate && len > 1 {
        EmulatorBody::truncated(wire.body)
    } else {
        EmulatorBody::full(wire.body)
    };
    let mut response = Response::new(body);
    *response.status_mut() =
        http::StatusCode::from_u16(wire.status).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(http::header::CONTENT_TYPE, HeaderValue::from_static(wire.content_type));
    headers.insert(http::header::CONTENT_LENGTH, HeaderValue::from(len));
    if let Ok(v) = HeaderValue::from_str(request_id) {
        headers.insert("x-amzn-requestid", v);
    }
    if let Some(code) = &wire.error_code
        && matches!(service, Service::Organizations | Service::Account | Service::CloudTrail)
        && let Ok(v) = HeaderValue::from_str(code)
    {
        headers.insert("x-amzn-errortype", v);
    }
    response
}

/// Authentication, authorization, quota and the operation itself.
#[allow(clippy::too_many_arguments)]
fn process(
    state: &State,
    spec: &ProfileSpec,
    service: Service,
    operation: &str,
    parts: &http::request::Parts,
    body: &[u8],
    params: &Value,
    auth: Option<&crate::sigv4::AuthorizationHeader>,
    request_id: &str,
) -> Result<WireResponse, ApiError> {
    if service == Service::Sts && operation == "AssumeRoleWithWebIdentity" {
        return sts::assume_role_with_web_identity(state, params, request_id);
    }
    if params.is_null() {
        return Err(ApiError::new(
            400,
            "SerializationException",
            "The request body is not valid JSON.",
        ));
    }
    let auth = auth.ok_or_else(|| ApiError::missing_auth(service))?;
    let principal = authenticate(state, service, parts, body, auth)?;
    let action = format!("{}:{operation}", service.name());
    let exempt = service == Service::Sts; // AssumeRole checks itself; GetCallerIdentity needs no permission
    if !exempt && !state.identity.read().is_allowed(&principal, &action) {
        let message = match service {
            Service::Organizations => {
                "You don't have permissions to access this resource.".to_string()
            }
            _ => format!("User: {} is not authorized to perform: {action}", principal.arn),
        };
        return Err(ApiError::access_denied(service, message));
    }
    take_token(state, spec, service, operation, params, &principal)?;
    let user_agent = parts.headers.get(http::header::USER_AGENT).and_then(|v| v.to_str().ok());
    let call = Call {
        state,
        principal: &principal,
        params,
        spec,
        request_id,
        access_key_id: &auth.access_key_id,
        user_agent: user_agent.unwrap_or_default(),
    };
    match service {
        Service::Organizations if organizations_write::OPERATIONS.contains(&operation) => {
            let written = organizations_write::handle(&call, operation)?;
            call.record_write(cloudtrail::ORGANIZATIONS_SOURCE, operation, &written);
            Ok(json_ok(service, &written.response))
        }
        Service::Organizations => {
            organizations::handle(&call, operation).map(|v| json_ok(service, &v))
        }
        Service::Account => {
            if account::operation_for_path(parts.uri.path()).is_none() {
                return Err(ApiError::unknown_operation(service, operation));
            }
            if account::WRITE_OPERATIONS.contains(&operation) {
                let written = account::handle_write(&call, operation)?;
                call.record_write(cloudtrail::ACCOUNT_SOURCE, operation, &written);
                return Ok(json_ok(service, &written.response));
            }
            account::handle(&call, operation).map(|v| json_ok(service, &v))
        }
        Service::CloudTrail => match operation {
            "LookupEvents" => cloudtrail::lookup_events(&call).map(|v| json_ok(service, &v)),
            other => Err(ApiError::unknown_operation(service, other)),
        },
        Service::Sts => match operation {
            "AssumeRole" => sts::assume_role(&call),
            "GetCallerIdentity" => Ok(sts::get_caller_identity(&call)),
            other => Err(ApiError::unknown_operation(service, other)),
        },
        Service::Iam => match operation {
            "ListAccountAliases" => Ok(iam::list_account_aliases(&call)),
            "ListOrganizationsFeatures" => iam::list_organizations_features(&call),
            other => Err(ApiError::unknown_operation(service, other)),
        },
    }
}

fn authenticate(
    state: &State,
    service: Service,
    parts: &http::request::Parts,
    body: &[u8],
    auth: &crate::sigv4::AuthorizationHeader,
) -> Result<Principal, ApiError> {
    let lookup = state.identity.read().lookup(&auth.access_key_id);
    let token_header = parts.headers.get("x-amz-security-token").and_then(|v| v.to_str().ok());
    let (secret, token, principal, expires_at) = match lookup {
        KeyLookup::Unknown => return Err(ApiError::unknown_key(service)),
        KeyLookup::User { secret, principal } => {
            if token_header.is_some() {
                return Err(ApiError::unknown_key(service));
            }
            (secret, None, principal, None)
        }
        KeyLookup::Session { secret, session_token, principal, expires_at } => {
            if token_header != Some(session_token.as_str()) {
                return Err(ApiError::unknown_key(service));
            }
            (secret, Some(session_token), principal, Some(expires_at))
        }
    };
    let path_and_query = parts.uri.path_and_query().map(|pq| pq.as_str()).unwrap_or("/");
    match verify(
        auth,
        parts.method.as_str(),
        path_and_query,
        &parts.headers,
        body,
        &secret,
        token.as_deref(),
    ) {
        Ok(()) => {}
        Err(SignatureProblem::Expired) => {
            return Err(ApiError::bad_signature(
                service,
                "Signature expired: the request time is more than 15 minutes from the server time.",
            ));
        }
        Err(SignatureProblem::MissingDate | SignatureProblem::Mismatch) => {
            return Err(ApiError::bad_signature(
                service,
                "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.",
            ));
        }
    }
    if let Some(expires_at) = expires_at
        && state.now() >= expires_at
    {
        return Err(ApiError::expired_token(service));
    }
    Ok(principal)
}

fn take_token(
    state: &State,
    spec: &ProfileSpec,
    service: Service,
    operation: &str,
    params: &Value,
    principal: &Principal,
) -> Result<(), ApiError> {
    let Some((_, quota)) = spec.quota_for(service.name(), operation) else {
        return Ok(());
    };
    let scope = match quota.scope {
        QuotaScope::Caller => principal.account_id.clone(),
        QuotaScope::Target if service == Service::Account => {
            account::target_account(params, &principal.account_id)
        }
        QuotaScope::Target => principal.account_id.clone(),
        QuotaScope::Global => String::new(),
    };
    let now = Instant::now();
    let mut buckets = state.buckets.lock();
    let bucket = buckets
        .entry((format!("{}:{operation}", service.name()), scope))
        .or_insert(Bucket { tokens: quota.burst, last: now });
    let elapsed = now.duration_since(bucket.last).as_secs_f64();
    bucket.tokens = (bucket.tokens + elapsed * quota.rate).min(quota.burst);
    bucket.last = now;
    if bucket.tokens >= 1.0 {
        bucket.tokens -= 1.0;
        Ok(())
    } else {
        Err(ApiError::throttled(service))
    }
}

/// Binds 127.0.0.1:`port` (0 = any free port).
pub(crate) async fn bind(port: u16) -> io::Result<(TcpListener, SocketAddr)> {
    let listener = TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, port)).await?;
    let addr = listener.local_addr()?;
    Ok((listener, addr))
}
