//! The row model: one [`Value`] per column, in the column order of a
//! [`crate::TableDef`].

use chrono::{DateTime, SecondsFormat, Timelike, Utc};
use serde::{Deserialize, Serialize};

/// One cell. `Null` is "AWS did not return it" — never an empty string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Value {
    /// No value.
    Null,
    /// A string exactly as AWS returned it.
    Text(String),
    /// A 64-bit integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
    /// An instant in UTC (microsecond precision is kept by every destination).
    Timestamp(DateTime<Utc>),
    /// JSON text (stored as `jsonb` where the destination has it).
    Json(String),
}

/// One row, its values in the column order of its table.
pub type Row = Vec<Value>;

impl Value {
    /// `Text` from anything string-like.
    pub fn text(s: impl Into<String>) -> Self {
        Value::Text(s.into())
    }

    /// `Text` when `Some`, `Null` when `None`.
    pub fn opt_text<S: Into<String>>(s: Option<S>) -> Self {
        s.map_or(Value::Null, |s| Value::Text(s.into()))
    }

    /// `Timestamp` when `Some`, `Null` when `None`.
    pub fn opt_timestamp(t: Option<DateTime<Utc>>) -> Self {
        t.map_or(Value::Null, Value::Timestamp)
    }

    /// True for `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The string inside `Text` or `Json`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Text(s) | Value::Json(s) => Some(s),
            _ => None,
        }
    }

    /// The integer inside `Int`.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The boolean inside `Bool`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The instant inside `Timestamp`.
    pub fn as_timestamp(&self) -> Option<DateTime<Utc>> {
        match self {
            Value::Timestamp(t) => Some(*t),
            _ => None,
        }
    }

    /// Text rendering used by text destinations and messages: RFC 3339 UTC
    /// with `Z` for timestamps, `true`/`false` for booleans, `None` for NULL.
    pub fn render(&self) -> Option<String> {
        match self {
            Value::Null => None,
            Value::Text(s) | Value::Json(s) => Some(s.clone()),
            Value::Int(i) => Some(i.to_string()),
            Value::Bool(b) => Some(b.to_string()),
            Value::Timestamp(t) => Some(format_timestamp(*t)),
        }
    }
}

/// RFC 3339 in UTC with `Z`, microseconds when not whole seconds (finer
/// digits are dropped, see [`to_micros`]).
pub fn format_timestamp(t: DateTime<Utc>) -> String {
    to_micros(t).to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// `t` truncated to the microsecond, the precision every destination keeps
/// (PostgreSQL `timestamptz`, Parquet `timestamp[us]`): an instant made here
/// reads back equal from any destination.
pub fn to_micros(t: DateTime<Utc>) -> DateTime<Utc> {
    let nanos = t.nanosecond();
    t.with_nanosecond(nanos - nanos % 1_000).unwrap_or(t)
}

/// The current instant, truncated to the microsecond (see [`to_micros`]):
/// what every timestamp orgsync makes itself (run start and end) is built from.
pub fn now_micros() -> DateTime<Utc> {
    to_micros(Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn timestamps_render_as_rfc3339_utc_with_z() {
        let t = Utc.with_ymd_and_hms(2024, 2, 29, 13, 5, 9).unwrap();
        assert_eq!(Value::Timestamp(t).render().unwrap(), "2024-02-29T13:05:09Z");
        let t = t + chrono::Duration::microseconds(1500);
        assert_eq!(format_timestamp(t), "2024-02-29T13:05:09.001500Z");
    }

    #[test]
    fn timestamps_made_here_have_microseconds_at_most() {
        let t = Utc.with_ymd_and_hms(2024, 2, 29, 13, 5, 9).unwrap()
            + chrono::Duration::nanoseconds(1_234_567_891);
        assert_eq!(to_micros(t).nanosecond(), 234_567_000);
        assert_eq!(format_timestamp(t), "2024-02-29T13:05:10.234567Z");
        for _ in 0..100 {
            assert_eq!(now_micros().nanosecond() % 1_000, 0);
        }
    }

    #[test]
    fn null_is_not_empty_text() {
        assert_eq!(Value::opt_text(None::<String>), Value::Null);
        assert_eq!(Value::opt_text(Some("")), Value::Text(String::new()));
        assert_eq!(Value::Null.render(), None);
    }
}
