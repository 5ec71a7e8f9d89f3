//! Organizations-style pagination: MaxResults 1–20 (absent → the profile's
//! default page size), opaque NextTokens bound to the listing they came from
//! (a token from another listing or a forged one → InvalidInputException
//! `INVALID_NEXT_TOKEN`), and — as the profile asks — short pages and empty
//! pages that still carry a NextToken (never two empty pages in a row).
//!
//! A token remembers the last item it follows, not only its position, so a
//! listing changed between two pages (an account removed or moved while a
//! client pages through it) neither skips nor repeats the items that stay.

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

/// Decides the page of a listing whose items have the identifiers `keys`,
/// in listing order. `listing` names the listing (operation + its key
/// parameters) so tokens cannot be replayed against another one;
/// `accepts_max_results` is false for ListTagsForResource.
pub fn page<K: AsRef<str>>(
    params: &Value,
    listing: &str,
    keys: &[K],
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
    let total = keys.len();
    let (start, previous_was_empty) = match params.get("NextToken").and_then(Value::as_str) {
        Some(token) => {
            let token = decode(token, listing).ok_or_else(|| {
                ApiError::invalid_input(
                    "INVALID_NEXT_TOKEN",
                    "The specified value for NextToken is not valid.",
                )
            })?;
            (token.resume_at(keys), token.empty)
        }
        None => (0, false),
    };
    let token_at = |offset: usize, empty: bool| {
        let after = offset.checked_sub(1).map_or("", |i| keys[i].as_ref());
        encode(&Token { offset, after: after.to_owned(), empty }, listing)
    };
    if start < total
        && !previous_was_empty
        && paging.empty_page_rate > 0.0
        && rng.random_bool(paging.empty_page_rate)
    {
        return Ok(Page { start, end: start, next_token: Some(token_at(start, true)) });
    }
    if limit > 1 && paging.short_page_rate > 0.0 && rng.random_bool(paging.short_page_rate) {
        limit = rng.random_range(1..limit);
    }
    let end = (start + limit).min(total);
    let next_token = (end < total).then(|| token_at(end, false));
    Ok(Page { start, end, next_token })
}

/// What a NextToken says: the next page starts at `offset`, right after the
/// item `after` ("" at the start); `empty`: the page that handed it out was
/// empty.
#[derive(Debug, Clone, PartialEq)]
struct Token {
    offset: usize,
    after: String,
    empty: bool,
}

impl Token {
    /// Where the next page starts in `keys`: at the offset while the item
    /// before it is still `after`; else right after `after` where it now is;
    /// else (it is gone) after the items that sort before it, for listings in
    /// sorted order, or at the offset.
    fn resume_at<K: AsRef<str>>(&self, keys: &[K]) -> usize {
        let key_at = |i: usize| keys.get(i).map(AsRef::as_ref);
        if self.offset == 0 || key_at(self.offset - 1) == Some(self.after.as_str()) {
            return self.offset.min(keys.len());
        }
        if let Some(i) = keys.iter().position(|k| k.as_ref() == self.after) {
            return i + 1;
        }
        if keys.is_sorted_by(|a, b| a.as_ref() <= b.as_ref()) {
            return keys.partition_point(|k| k.as_ref() < self.after.as_str());
        }
        self.offset.min(keys.len())
    }
}

fn check(token: &Token, listing: &str) -> String {
    let text = format!(
        "orgsync-emulator|{listing}|{}|{}|{}",
        token.offset,
        hex::encode(&token.after),
        token.empty
    );
    hex::encode(&Sha256::digest(text.as_bytes())[..8])
}

fn encode(token: &Token, listing: &str) -> String {
    let raw = format!(
        "{}.{}.{}.{}",
        token.offset,
        u8::from(token.empty),
        hex::encode(&token.after),
        check(token, listing)
    );
    URL_SAFE_NO_PAD.encode(raw.as_bytes())
}

fn decode(text: &str, listing: &str) -> Option<Token> {
    let raw = String::from_utf8(URL_SAFE_NO_PAD.decode(text).ok()?).ok()?;
    let mut parts = raw.split('.');
    let offset: usize = parts.next()?.parse().ok()?;
    let empty = parts.next()? == "1";
    let after = String::from_utf8(hex::decode(parts.next()?).ok()?).ok()?;
    let sum = parts.next()?;
    let token = Token { offset, after, empty };
    (sum == check(&token, listing)).then_some(token)
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
            let p = page(&params, "L", &keys(100), &spec, &mut rng, true).unwrap();
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
        let ten = keys(10);
        let p = page(&json!({"MaxResults": 5}), "A", &ten, &spec, &mut rng, true).unwrap();
        let token = p.next_token.unwrap();
        let err = page(&json!({"NextToken": token}), "B", &ten, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.code, "InvalidInputException");
        let err =
            page(&json!({"NextToken": "garbage"}), "A", &ten, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.code, "InvalidInputException");
        let err = page(&json!({"MaxResults": 21}), "A", &ten, &spec, &mut rng, true).unwrap_err();
        assert_eq!(err.extra[0].1, "MAX_VALUE_EXCEEDED");
    }

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("k{i:03}")).collect()
    }

    /// The items a client sees paging with MaxResults 4 while `change`
    /// alters the listing after its first page.
    fn seen_with_a_change_after_page_one(change: impl Fn(&mut Vec<String>)) -> Vec<String> {
        let spec = PagingSpec::default();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let mut list = keys(10);
        let first = page(&json!({"MaxResults": 4}), "L", &list, &spec, &mut rng, true).unwrap();
        let mut seen = list[first.start..first.end].to_vec();
        change(&mut list);
        let mut token = first.next_token;
        while let Some(t) = token {
            let p =
                page(&json!({"MaxResults": 4, "NextToken": t}), "L", &list, &spec, &mut rng, true)
                    .unwrap();
            seen.extend_from_slice(&list[p.start..p.end]);
            token = p.next_token;
        }
        seen
    }

    #[test]
    fn a_listing_changed_between_pages_neither_skips_nor_repeats_what_stays() {
        let all = keys(10);
        let without = |gone: &[&str]| -> Vec<String> {
            all.iter().filter(|k| !gone.contains(&k.as_str())).cloned().collect()
        };
        // An item already listed is removed: nothing after it is skipped.
        let seen = seen_with_a_change_after_page_one(|l| l.retain(|k| k != "k001"));
        assert_eq!(seen, all);
        // The last item listed is removed: the next page starts after it.
        let seen = seen_with_a_change_after_page_one(|l| l.retain(|k| k != "k003"));
        assert_eq!(seen, all);
        // An item not listed yet is removed: it is not listed.
        let seen = seen_with_a_change_after_page_one(|l| l.retain(|k| k != "k007"));
        assert_eq!(seen, without(&["k007"]));
        // An item is added before the position: nothing is repeated.
        let seen = seen_with_a_change_after_page_one(|l| l.insert(0, "k000a".into()));
        assert_eq!(seen, all);
    }
}
