//! [`Secret`]: a string that never shows itself.
//!
//! Secret access keys, session tokens, web identity tokens and database
//! passwords are held in this type from the moment they are read. Its
//! `Debug`, `Display` and `Serialize` implementations print a fixed marker,
//! so a secret cannot leak through logs, error messages, `{:?}` of a
//! containing struct, or a serialized plan. The value is reached only
//! through [`Secret::expose`], which is called where the value is handed to
//! the AWS SDK or a database driver.

use std::fmt;

/// What every redacted rendering of a [`Secret`] prints.
pub const REDACTED: &str = "<redacted>";

/// A secret string with redacting `Debug`, `Display` and `Serialize`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret value itself. Call only to hand it to the component that
    /// needs it (SDK credentials, a database connection); never format it.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Number of characters, for validation messages that must not show the value.
    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    /// Whether the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({REDACTED})")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(REDACTED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CANARY: &str = "canary-3f9c1e-do-not-print";

    #[test]
    fn debug_display_and_serialize_never_show_the_value() {
        let secret = Secret::new(CANARY);
        let rendered = [
            format!("{secret:?}"),
            format!("{secret:#?}"),
            format!("{secret}"),
            serde_json::to_string(&secret).unwrap(),
            format!("{:?}", Some(vec![secret.clone()])),
        ];
        for text in rendered {
            assert!(!text.contains(CANARY), "{text}");
            assert!(text.contains(REDACTED), "{text}");
        }
        assert_eq!(secret.expose(), CANARY);
        assert_eq!(secret.char_count(), CANARY.len());
    }
}
