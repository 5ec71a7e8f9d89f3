//! STS (query protocol, XML): AssumeRole, GetCallerIdentity and
//! AssumeRoleWithWebIdentity.
//!
//! AssumeRole checks, in AWS's order: parameter validation (RoleArn,
//! RoleSessionName 2–64 of `[\w+=,.@-]`, ExternalId 2–1224 of
//! `[\w+=,.@:/-]`, DurationSeconds 900–43200) → ValidationError; the caller's
//! permission for `sts:AssumeRole`, the role's existence, its trust policy and
//! `sts:ExternalId` condition → AccessDenied; DurationSeconds above the role's
//! MaxSessionDuration, or above 3600 when the caller is itself a role session
//! (role chaining) → ValidationError. Issued keys start with `ASIA` and last
//! the configured credential lifetime (default: the requested duration).

use std::time::{Duration, SystemTime};

use base64::Engine;
use serde_json::Value;

use super::Call;
use crate::controls::State;
use crate::identity::{IssuedCredentials, PrincipalKind, WebIdentityTrust, role_unique_id, trusts};
use crate::protocol::{ApiError, Service, WireResponse, xml_element, xml_ok};

fn validation(message: impl Into<String>) -> ApiError {
    ApiError::validation(Service::Sts, message)
}

fn param<'a>(params: &'a Value, name: &str) -> Option<&'a str> {
    params.get(name).and_then(Value::as_str)
}

fn valid_chars(value: &str, extra: &str) -> bool {
    value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || extra.contains(c))
}

fn validate_common(params: &Value) -> Result<(String, String, u64), ApiError> {
    let role_arn = param(params, "RoleArn")
        .ok_or_else(|| validation("1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null"))?;
    if role_arn.len() < 20 || !is_role_arn(role_arn) {
        return Err(validation(format!("{role_arn} is invalid")));
    }
    let session = param(params, "RoleSessionName").ok_or_else(|| {
        validation("1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null")
    })?;
    if !(2..=64).contains(&session.chars().count()) {
        return Err(validation(format!(
            "1 validation error detected: Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must have length between 2 and 64"
        )));
    }
    if !valid_chars(session, "+=,.@-") {
        return Err(validation(format!(
            "1 validation error detected: Value '{session}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*"
        )));
    }
    let duration = match param(params, "DurationSeconds") {
        None => 3600,
        Some(raw) => raw.parse::<u64>().map_err(|_| {
            validation(format!("Value '{raw}' at 'durationSeconds' is not a valid integer"))
        })?,
    };
    if duration < 900 {
        return Err(validation(format!(
            "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
        )));
    }
    if duration > 43200 {
        return Err(validation(format!(
            "1 validation error detected: Value '{duration}' at 'durationSeconds' failed to satisfy constraint: Member must have value less than or equal to 43200"
        )));
    }
    Ok((role_arn.to_string(), session.to_string(), duration))
}

/// `arn:{aws|aws-cn|aws-us-gov}:iam::{12 digits}:role/{path/}{name}`.
pub fn is_role_arn(arn: &str) -> bool {
    let mut parts = arn.splitn(6, ':');
    let (Some("arn"), Some(partition), Some("iam"), Some(""), Some(account), Some(resource)) =
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    matches!(partition, "aws" | "aws-cn" | "aws-us-gov")
        && account.len() == 12
        && account.bytes().all(|b| b.is_ascii_digit())
        && resource
            .strip_prefix("role/")
            .is_some_and(|name| !name.is_empty() && !name.ends_with('/'))
}

/// AssumeRole.
pub(crate) fn assume_role(call: &Call<'_>) -> Result<WireResponse, ApiError> {
    let (role_arn, session, duration) = validate_common(call.params)?;
    let external_id = param(call.params, "ExternalId");
    if let Some(ext) = external_id
        && (!(2..=1224).contains(&ext.chars().count()) || !valid_chars(ext, "+=,.@:/-"))
    {
        return Err(validation(format!(
            "1 validation error detected: Value '{ext}' at 'externalId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@:/-]* and have length between 2 and 1224"
        )));
    }
    let principal = call.principal;
    let denied = || {
        ApiError::access_denied(
            Service::Sts,
            format!(
                "User: {} is not authorized to perform: sts:AssumeRole on resource: {role_arn}",
                principal.arn
            ),
        )
    };
    // The organization is read first and released: locks are never nested.
    let (management, target_is_member) = {
        let org = call.state.org.read();
        let account = role_arn.split(':').nth(4).unwrap_or("");
        let live = org
            .accounts
            .get(account)
            .is_some_and(|a| a.state != crate::model::AccountState::Closed);
        (org.management_account_id.clone(), live)
    };
    let role = {
        let identity = call.state.identity.read();
        if !identity.is_allowed(principal, "sts:AssumeRole") {
            return Err(denied());
        }
        identity.role(&role_arn, &management, |_| target_is_member).ok_or_else(denied)?
    };
    if !role.trusted_principals.iter().any(|entry| trusts(entry, principal)) {
        return Err(denied());
    }
    if let Some(required) = &role.external_id
        && external_id != Some(required.as_str())
    {
        return Err(denied());
    }
    if duration > role.max_session_duration.as_secs() {
        return Err(validation(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ));
    }
    let chained = matches!(principal.kind, PrincipalKind::AssumedRole { .. });
    if chained && duration > 3600 {
        return Err(validation(
            "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.",
        ));
    }
    let issued = issue(call.state, &role, &session, chained, duration);
    let inner = credentials_xml(&issued, &role.arn, &session);
    Ok(xml_ok(
        Service::Sts,
        "AssumeRole",
        &format!("{inner}{}", xml_element(4, "PackedPolicySize", "0")),
        call.request_id,
    ))
}

fn issue(
    state: &State,
    role: &crate::identity::RoleSpec,
    session: &str,
    chained: bool,
    duration: u64,
) -> IssuedCredentials {
    let lifetime = state.credential_lifetime.read().unwrap_or(Duration::from_secs(duration));
    let now = state.now();
    state.identity.write().issue(role, session, chained, now, lifetime)
}

fn credentials_xml(issued: &IssuedCredentials, role_arn: &str, session: &str) -> String {
    let expiration: chrono::DateTime<chrono::Utc> = issued.expiration.into();
    format!(
        "    <AssumedRoleUser>\n{}{}    </AssumedRoleUser>\n    <Credentials>\n{}{}{}{}    </Credentials>\n",
        xml_element(6, "Arn", &issued.principal.arn),
        xml_element(6, "AssumedRoleId", &format!("{}:{session}", role_unique_id(role_arn))),
        xml_element(6, "AccessKeyId", &issued.access_key_id),
        xml_element(6, "SecretAccessKey", &issued.secret_access_key),
        xml_element(6, "SessionToken", &issued.session_token),
        xml_element(6, "Expiration", &expiration.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
    )
}

/// GetCallerIdentity.
pub(crate) fn get_caller_identity(call: &Call<'_>) -> WireResponse {
    let p = call.principal;
    let inner = format!(
        "{}{}{}",
        xml_element(4, "Arn", &p.arn),
        xml_element(4, "UserId", &p.user_id),
        xml_element(4, "Account", &p.account_id)
    );
    xml_ok(Service::Sts, "GetCallerIdentity", &inner, call.request_id)
}

/// AssumeRoleWithWebIdentity (unsigned; the token is the credential).
pub(crate) fn assume_role_with_web_identity(
    state: &State,
    params: &Value,
    request_id: &str,
) -> Result<WireResponse, ApiError> {
    let (role_arn, session, duration) = validate_common(params)?;
    let token = param(params, "WebIdentityToken").ok_or_else(|| {
        validation("1 validation error detected: Value null at 'webIdentityToken' failed to satisfy constraint: Member must not be null")
    })?;
    let claims = decode_jwt_claims(token).ok_or_else(|| {
        ApiError::new(400, "InvalidIdentityToken", "The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)")
    })?;
    let issuer = claims.get("iss").and_then(Value::as_str).unwrap_or("");
    let audience = match claims.get("aud") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a.first().and_then(Value::as_str).unwrap_or("").to_string(),
        _ => String::new(),
    };
    let subject = claims.get("sub").and_then(Value::as_str).unwrap_or("").to_string();
    let now_secs =
        state.now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    if let Some(exp) = claims.get("exp").and_then(Value::as_u64)
        && exp <= now_secs
    {
        return Err(ApiError::new(
            400,
            "ExpiredTokenException",
            "Token expired: current date/time must be before the expiration date/time.",
        ));
    }
    let denied = || {
        ApiError::access_denied(
            Service::Sts,
            "Not authorized to perform sts:AssumeRoleWithWebIdentity",
        )
    };
    let management = state.org.read().management_account_id.clone();
    let role = state.identity.read().role(&role_arn, &management, |_| false).ok_or_else(denied)?;
    let trusted = role.trusted_web_identity.as_ref().is_some_and(
        |WebIdentityTrust { issuer: want, audience: aud }| {
            strip_scheme(want) == strip_scheme(issuer)
                && aud.as_ref().is_none_or(|a| *a == audience)
        },
    );
    if !trusted {
        return Err(denied());
    }
    if duration > role.max_session_duration.as_secs() {
        return Err(validation(
            "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.",
        ));
    }
    let issued = issue(state, &role, &session, false, duration);
    let inner = format!(
        "{}{}{}{}",
        xml_element(4, "SubjectFromWebIdentityToken", &subject),
        credentials_xml(&issued, &role.arn, &session),
        xml_element(4, "Provider", strip_scheme(issuer)),
        xml_element(4, "Audience", &audience),
    );
    Ok(xml_ok(Service::Sts, "AssumeRoleWithWebIdentity", &inner, request_id))
}

fn strip_scheme(url: &str) -> &str {
    url.strip_prefix("https://").unwrap_or(url)
}

fn decode_jwt_claims(token: &str) -> Option<serde_json::Map<String, Value>> {
    let mut parts = token.split('.');
    let (_header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    match serde_json::from_slice(&bytes).ok()? {
        Value::Object(map) => Some(map),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_arns() {
        assert!(is_role_arn("arn:aws:iam::123456789012:role/a/b/Name"));
        assert!(is_role_arn("arn:aws-us-gov:iam::123456789012:role/Name"));
        assert!(!is_role_arn("arn:aws:iam::12345678901:role/Name"));
        assert!(!is_role_arn("arn:aws:iam::123456789012:user/Name"));
        assert!(!is_role_arn("arn:aws:sts::123456789012:role/Name"));
    }
}
