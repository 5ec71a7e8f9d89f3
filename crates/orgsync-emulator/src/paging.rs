//! Organizations-style pagination: MaxResults 1–20 (absent → the profile's
//! default page size), opaque NextTokens bound to the listing they came from
//! (a token from another listing or a forged one → InvalidInputException
//! `INVALID_NEXT_TOKEN`), and — as the profile asks — short pages and empty
//! pages that still carry a NextToken (never two empty pages in a row).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::Rng;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::profile::PagingSpec;
use crate::protocol::ApiError;

/// Largest MaxResults Organizations accepts.
pub const MAX_RESULTS_LIMIT: i64 = 20;

/// The slice of a listing to return.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    pub start: usize,
    pub end: usize,
    pub next_token: Option<String>,
}

/// Decides the page for a listing of `total` items. `listing` names the
/// listing (operation + its key parameters) so tokens cannot be replayed
/// against another one; `accepts_max_results` is false for
/// ListTagsForResource.
pub fn page(
    params: &Value,
    listing: &str,
    total: usize,
    paging: &PagingSpec,
    rng: &mut impl Rng,
    accepts_max_results: bool,
) -> Result<Page, ApiError> {
    let mut limit = paging.default_page_size.max(1);
    if accepts_max_results && let Some(max) = params.get("MaxResults") {
        let max = max.as_i64().or_else(|| max.as_str().and_then(|s| s.parse().ok())).ok_or_else(
            || ApiError::invalid_input("INVALID_ENUM", "MaxResults must be an integer."),
        )?;
        if max < 1 {
            return Err(ApiError::invalid_input(
                "MIN_VALUE_EXCEEDED",
                "You provided a value that is lower than the minimum allowed: MaxResults must be at least 1.",
            ));
        }
        if max > MAX_RESULTS_LIMIT {
            return Err(ApiError::invalid_input(
                "MAX_VALUE_EXCEEDED",
                "You provided a value that is greater than the maximum allowed: MaxResults must be at most 20.",
            ));
        }
        limit = max as usize;
    }
    let (start, previous_was_empty) = match params.get("NextToken").and_then(Value::as_str) {
        Some(token) => decode(token, listing).ok_or_else(|| {
            ApiError::invalid_input(
                "INVALID_NEXT_TOKEN",
                "The specified value for NextToken is not valid.",
            )
        })?,
        None => (0, false),
    };
    let start = start.min(total);
    if start < total
        && !previous_was_empty
        && paging.empty_page_rate > 0.0
        && rng.random_bool(paging.empty_page_rate)
    {
        return Ok(Page { start, end: start, next_token: Some(encode(start, true, listing)) });
    }
    if limit > 1 && paging.short_page_rate > 0.0 && rng.random_bool(paging.short_page_rate) {
        limit = rng.random_range(1..limit);
    }
    let end = (start + limit).min(total);
    let next_token = (end < total).then(|| encode(end, false, listing));
    Ok(Page { start, end, next_token })
}

fn check(offset: usize, empty: bool, listing: &str) -> String {
    let digest = Sha256::digest(format!("orgsync-emulator|{listing}|{offset}|{empty}").as_bytes());
    hex::encode(&digest[..8])
}

fn encode(offset: usize, empty: bool, listing: &str) -> String {
    let raw = format!("{offset}.{}.{}", u8::from(empty), check(offset, empty, listing));
    URL_SAFE_NO_PAD.encode(raw.as_bytes())
}

fn decode(token: &str, listing: &str) -> Option<(usize, bool)> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(token).ok()?).ok()?;
    let mut parts = raw.split('.');
    let offset: usize = parts.next()?.parse().ok()?;
    let empty = parts.next()? == "1";
    let sum = parts.next()?;
    (sum == check(offset, empty, listing)).then_some((offset, empty))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;
    use serde_json::json;

    #[test]
    fn pages_through_everything_even_with_empty_pages() {
        let spec = PagingSpec { default_page_size: 20, empty_page_rate: 0.5, short_page_rate: 0.3 };
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut seen = 0;
        let mut token: Option<String> = None;
        let mut empties = 0;
        loop {
            let params = match &token {
                Some(t) => json!({"MaxResults": 7, "NextToken": t}),
                None => json!({"MaxResults": 7}),
            };
            let p = page(&params, "L", 100, &spec, &mut rng, true).unwrap();
            assert_eq!(p.start, seen);
            if p.start == p.end && p.next_token.is_some() {
                empties += 1;
            }
            seen = p.end;
            token = p.next_token;
            if token.is_none() {
                break;
            }
        }
        assert_eq!(seen, 100);
        assert!(empties > 0);
    }

    #[test]
    fn rejects_bad_tokens_and_sizes() {
        let spec = PagingSpec::default();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let p = page(&json!({"MaxResults": 5}), "A", 10, &spec, &mut rng, true).unwrap();
        let token = p.next_token.unwrap();
        let err = page(&json!({"NextToken": token}), "B", 10, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.code, "InvalidInputException");
        let err =
            page(&json!({"NextToken": "garbage"}), "A", 10, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.code, "InvalidInputException");
        let err = page(&json!({"MaxResults": 21}), "A", 10, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.extra[0].1, "MAX_VALUE_EXCEEDED");
    }
}
