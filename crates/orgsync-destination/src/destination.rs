//! Parsing of destination strings (`sqlite:PATH`, `postgres://…`,
//! `parquet:DIR`, `csv:DIR`, `jsonl:DIR`), masking of the password a
//! PostgreSQL URL may carry.

use std::path::PathBuf;

use crate::SinkError;

/// The default destination.
pub const DEFAULT_DESTINATION: &str = "sqlite:orgsync.db";

/// A parsed destination.
#[derive(Clone, PartialEq, Eq)]
pub enum Destination {
    /// `sqlite:PATH`
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…` (the URL as given).
    Postgres(String),
    /// `parquet:DIR`
    Parquet(PathBuf),
    /// `csv:DIR`
    Csv(PathBuf),
    /// `jsonl:DIR`
    Jsonl(PathBuf),
}

impl std::fmt::Debug for Destination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.display())
    }
}

const EXAMPLES: &str = "expected one of `sqlite:PATH`, `postgres://USER@HOST:PORT/DB`, \
`parquet:DIR`, `csv:DIR`, `jsonl:DIR`, e.g. `sqlite:orgsync.db` or `parquet:out/`";

impl Destination {
    /// Whether the destination keeps earlier snapshots for `orgsync diff`
    /// (databases do; file destinations hold only the current snapshot).
    pub fn keeps_history(&self) -> bool {
        matches!(self, Self::Sqlite(_) | Self::Postgres(_))
    }

    /// Parses a destination string.
    pub fn parse(destination: &str) -> Result<Self, SinkError> {
        let invalid = |reason: String| SinkError::InvalidDestination {
            destination: mask_password(destination),
            reason,
        };
        let trimmed = destination.trim();
        if trimmed.is_empty() {
            return Err(invalid(format!("the destination is empty; {EXAMPLES}")));
        }
        if trimmed.starts_with("postgres://") || trimmed.starts_with("postgresql://") {
            let url = url::Url::parse(trimmed).map_err(|e| {
                invalid(format!(
                    "not a valid URL ({e}); example: `postgres://orgsync@127.0.0.1:5432/inventory`"
                ))
            })?;
            if url.host_str().is_none_or(str::is_empty)
                && !url.query_pairs().any(|(k, _)| k == "host")
            {
                return Err(invalid(
                    "the URL names no host; example: `postgres://orgsync@127.0.0.1:5432/inventory`"
                        .into(),
                ));
            }
            return Ok(Destination::Postgres(trimmed.to_string()));
        }
        let Some((scheme, rest)) = trimmed.split_once(':') else {
            return Err(invalid(format!("no destination kind given; {EXAMPLES}")));
        };
        let path = |kind: &str| -> Result<PathBuf, SinkError> {
            let rest = rest.strip_prefix("//").unwrap_or(rest);
            if rest.is_empty() {
                return Err(invalid(format!(
                    "`{kind}:` needs a path after the colon, e.g. `{kind}:{}`",
                    if kind == "sqlite" { "orgsync.db" } else { "out/" }
                )));
            }
            Ok(PathBuf::from(rest))
        };
        match scheme.to_ascii_lowercase().as_str() {
            "sqlite" => Ok(Destination::Sqlite(path("sqlite")?)),
            "parquet" => Ok(Destination::Parquet(path("parquet")?)),
            "csv" => Ok(Destination::Csv(path("csv")?)),
            "jsonl" => Ok(Destination::Jsonl(path("jsonl")?)),
            "postgres" | "postgresql" | "pg" => Err(invalid(
                "PostgreSQL destinations are URLs: `postgres://USER@HOST:PORT/DB`, e.g. `postgres://orgsync@127.0.0.1:5432/inventory`"
                    .into(),
            )),
            other => Err(invalid(format!("unknown destination kind `{other}`; {EXAMPLES}"))),
        }
    }

    /// The destination for messages, with any password masked.
    pub fn display(&self) -> String {
        match self {
            Destination::Sqlite(p) => format!("sqlite:{}", p.display()),
            Destination::Postgres(url) => mask_password(url),
            Destination::Parquet(p) => format!("parquet:{}", p.display()),
            Destination::Csv(p) => format!("csv:{}", p.display()),
            Destination::Jsonl(p) => format!("jsonl:{}", p.display()),
        }
    }
}

/// Replaces the password of a URL (user-info or `password=` parameter) by
/// `***`. Strings that are not URLs are returned unchanged.
pub fn mask_password(destination: &str) -> String {
    let Ok(mut url) = url::Url::parse(destination.trim()) else {
        return mask_user_info(destination);
    };
    if url.cannot_be_a_base() {
        return mask_user_info(destination);
    }
    if url.password().is_some() {
        let _ = url.set_password(Some("***"));
    }
    if url.query_pairs().any(|(k, _)| k.eq_ignore_ascii_case("password")) {
        let pairs: Vec<(String, String)> = url
            .query_pairs()
            .map(|(k, v)| {
                let v = if k.eq_ignore_ascii_case("password") {
                    "***".to_string()
                } else {
                    v.into_owned()
                };
                (k.into_owned(), v)
            })
            .collect();
        url.query_pairs_mut().clear().extend_pairs(pairs);
    }
    url.to_string()
}

/// Masks `user:password@` in a string that does not parse as a URL.
fn mask_user_info(text: &str) -> String {
    let Some(start) = text.find("://").map(|i| i + 3) else {
        return text.to_string();
    };
    let authority_end = text[start..].find(['/', '?', '#']).map_or(text.len(), |i| start + i);
    let Some(at) = text[start..authority_end].rfind('@').map(|i| start + i) else {
        return text.to_string();
    };
    match text[start..at].find(':') {
        Some(colon) => format!("{}***{}", &text[..start + colon + 1], &text[at..]),
        None => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind() {
        assert_eq!(
            Destination::parse("sqlite:orgsync.db").unwrap(),
            Destination::Sqlite("orgsync.db".into())
        );
        assert_eq!(
            Destination::parse("parquet:out/").unwrap(),
            Destination::Parquet("out/".into())
        );
        assert_eq!(Destination::parse("csv:/tmp/x").unwrap(), Destination::Csv("/tmp/x".into()));
        assert_eq!(Destination::parse("jsonl:d").unwrap(), Destination::Jsonl("d".into()));
        assert!(matches!(
            Destination::parse("postgresql://u@h:5/db").unwrap(),
            Destination::Postgres(_)
        ));
    }

    #[test]
    fn rejects_bad_strings_with_an_example() {
        for bad in ["", "mysql://x", "orgsync.db", "sqlite:", "postgres:foo", "postgres://"] {
            let err = Destination::parse(bad).unwrap_err();
            let text = err.to_string();
            assert!(matches!(err, SinkError::InvalidDestination { .. }), "{bad}: {text}");
            assert!(text.contains("e.g.") || text.contains("example"), "{bad}: {text}");
            assert_eq!(err.exit_code(), 2);
        }
    }

    #[test]
    fn passwords_never_show() {
        let masked = mask_password("postgres://bob:s3cr3t@db:5432/x?sslmode=require");
        assert_eq!(masked, "postgres://bob:***@db:5432/x?sslmode=require");
        let masked = mask_password("postgres://bob@db/x?password=s3cr3t");
        assert!(!masked.contains("s3cr3t"), "{masked}");
        let err = Destination::parse("postgres://bob:s3cr3t@").unwrap_err();
        assert!(!err.to_string().contains("s3cr3t"), "{err}");
        let d = Destination::parse("postgres://bob:s3cr3t@db/x").unwrap();
        assert!(!format!("{d:?}").contains("s3cr3t"));
    }
}
