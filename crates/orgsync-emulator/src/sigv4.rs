//! SigV4 verification: the signature is recomputed with the `aws-sigv4` crate
//! from the received request (method, path, query, the headers the client
//! listed in `SignedHeaders`, body) and the secret the emulator holds for the
//! access key, then compared with the one sent.

use std::time::SystemTime;

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;

/// The parts of an `Authorization: AWS4-HMAC-SHA256 …` header.
#[derive(Debug, Clone, PartialEq)]
pub struct AuthorizationHeader {
    pub access_key_id: String,
    pub date: String,
    pub region: String,
    pub service: String,
    pub signed_headers: Vec<String>,
    pub signature: String,
}

/// Parses the Authorization header; `None` when it is not SigV4.
pub fn parse_authorization(value: &str) -> Option<AuthorizationHeader> {
    let rest = value.strip_prefix("AWS4-HMAC-SHA256")?.trim_start();
    let mut credential = None;
    let mut signed_headers = None;
    let mut signature = None;
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
            signed_headers = Some(v);
        } else if let Some(v) = part.strip_prefix("Signature=") {
            signature = Some(v);
        }
    }
    let mut scope = credential?.split('/');
    let access_key_id = scope.next()?.to_string();
    let date = scope.next()?.to_string();
    let region = scope.next()?.to_string();
    let service = scope.next()?.to_string();
    if scope.next()? != "aws4_request" {
        return None;
    }
    Some(AuthorizationHeader {
        access_key_id,
        date,
        region,
        service,
        signed_headers: signed_headers?.split(';').map(|h| h.to_ascii_lowercase()).collect(),
        signature: signature?.to_string(),
    })
}

/// Why a signature check failed.
#[derive(Debug, Clone, PartialEq)]
pub enum SignatureProblem {
    /// X-Amz-Date missing or unparsable.
    MissingDate,
    /// More than 15 minutes between the request's date and now.
    Expired,
    /// The recomputed signature differs.
    Mismatch,
}

/// Recomputes the signature of a request and compares it.
#[allow(clippy::too_many_arguments)]
pub fn verify(
    auth: &AuthorizationHeader,
    method: &str,
    path_and_query: &str,
    headers: &http::HeaderMap,
    body: &[u8],
    secret_access_key: &str,
    session_token: Option<&str>,
) -> Result<(), SignatureProblem> {
    let amz_date = headers
        .get("x-amz-date")
        .and_then(|v| v.to_str().ok())
        .ok_or(SignatureProblem::MissingDate)?;
    let time = chrono::NaiveDateTime::parse_from_str(amz_date, "%Y%m%dT%H%M%SZ")
        .map_err(|_| SignatureProblem::MissingDate)?
        .and_utc();
    let time: SystemTime = time.into();
    let skew = match SystemTime::now().duration_since(time) {
        Ok(d) => d,
        Err(e) => e.duration(),
    };
    if skew.as_secs() > 15 * 60 {
        return Err(SignatureProblem::Expired);
    }

    // Only the headers the client signed take part (the signer adds host,
    // x-amz-date and, when a session token is given, x-amz-security-token).
    let mut signable_headers: Vec<(&str, &str)> = Vec::with_capacity(auth.signed_headers.len());
    for name in &auth.signed_headers {
        if name == "x-amz-security-token" {
            continue;
        }
        for value in headers.get_all(name.as_str()) {
            let value = value.to_str().map_err(|_| SignatureProblem::Mismatch)?;
            signable_headers.push((name.as_str(), value));
        }
    }
    let token_signed = auth.signed_headers.iter().any(|h| h == "x-amz-security-token");
    let identity = Credentials::new(
        auth.access_key_id.clone(),
        secret_access_key.to_string(),
        if token_signed { session_token.map(str::to_string) } else { None },
        None,
        "orgsync-emulator",
    )
    .into();
    let mut settings = SigningSettings::default();
    settings.excluded_headers = Some(Vec::new());
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(&auth.region)
        .name(&auth.service)
        .time(time)
        .settings(settings)
        .build()
        .map_err(|_| SignatureProblem::Mismatch)?
        .into();
    let request = SignableRequest::new(
        method,
        path_and_query,
        signable_headers.into_iter(),
        SignableBody::Bytes(body),
    )
    .map_err(|_| SignatureProblem::Mismatch)?;
    let output = sign(request, &params).map_err(|_| SignatureProblem::Mismatch)?;
    if constant_time_eq(output.signature().as_bytes(), auth.signature.as_bytes()) {
        Ok(())
    } else {
        Err(SignatureProblem::Mismatch)
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_authorization() {
        let a = parse_authorization("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/organizations/aws4_request, SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=abc").unwrap();
        assert_eq!(a.access_key_id, "AKIDEXAMPLE");
        assert_eq!(a.service, "organizations");
        assert_eq!(a.signed_headers, ["content-type", "host", "x-amz-date", "x-amz-target"]);
        assert!(parse_authorization("Bearer x").is_none());
    }
}
