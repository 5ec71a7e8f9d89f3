//! The row model: one [`Value`] per column, in the column order of a
//! [`crate::TableDef`].
//!
//! Text cells are [`SharedStr`]: immutable and shared when cloned, so a
//! table whose rows repeat the same text (the organization and run IDs in
//! every row, a policy's name in every row of the derived tables) can hold
//! it once; a [`Value`] is 24 bytes.

use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

use chrono::{DateTime, SecondsFormat, Timelike, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The text of a [`Value::Text`] cell: an immutable string whose clones
/// share one allocation. It reads as a `&str` (`Deref`), prints, compares,
/// hashes and serialises as its text.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct SharedStr(Arc<str>);

impl SharedStr {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for SharedStr {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for SharedStr {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SharedStr {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<String> for SharedStr {
    fn from(s: String) -> Self {
        Self(s.into())
    }
}

impl From<&str> for SharedStr {
    fn from(s: &str) -> Self {
        Self(s.into())
    }
}

impl From<&String> for SharedStr {
    fn from(s: &String) -> Self {
        Self(s.as_str().into())
    }
}

impl From<SharedStr> for String {
    fn from(s: SharedStr) -> Self {
        s.0.as_ref().to_owned()
    }
}

impl PartialEq<str> for SharedStr {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for SharedStr {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for SharedStr {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for SharedStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&*self.0, f)
    }
}

impl Serialize for SharedStr {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for SharedStr {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Text cells that many rows repeat: each distinct text is allocated once
/// and every cell made here shares it (a derived table of 100,000 rows
/// names the same few policies, sources and accounts over and over).
#[derive(Debug, Default)]
pub struct TextCells(std::collections::HashSet<SharedStr>);

impl TextCells {
    /// `s`, shared with every other text of `s` made here.
    pub fn shared(&mut self, s: &str) -> SharedStr {
        if let Some(shared) = self.0.get(s) {
            return shared.clone();
        }
        let shared = SharedStr::from(s);
        self.0.insert(shared.clone());
        shared
    }

    /// [`TextCells::shared`] when `Some`.
    pub fn opt_shared(&mut self, s: Option<&str>) -> Option<SharedStr> {
        s.map(|s| self.shared(s))
    }

    /// A `Text` cell holding `s`, shared with every other cell of `s` made here.
    pub fn text(&mut self, s: &str) -> Value {
        Value::Text(self.shared(s))
    }

    /// [`TextCells::text`] when `Some`, `Null` when `None`.
    pub fn opt_text(&mut self, s: Option<&str>) -> Value {
        s.map_or(Value::Null, |s| self.text(s))
    }
}

/// One cell. `Null` is "AWS did not return it" — never an empty string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Value {
    /// No value.
    Null,
    /// A string exactly as AWS returned it (shared when the cell is cloned).
    Text(SharedStr),
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
        Value::Text(SharedStr::from(s.into()))
    }

    /// `Text` when `Some`, `Null` when `None`.
    pub fn opt_text<S: Into<String>>(s: Option<S>) -> Self {
        s.map_or(Value::Null, |s| Value::text(s))
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
            Value::Text(s) => Some(s),
            Value::Json(s) => Some(s),
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
            Value::Text(s) => Some(s.to_string()),
            Value::Json(s) => Some(s.clone()),
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
    fn a_value_is_three_words() {
        assert_eq!(std::mem::size_of::<Value>(), 24);
    }

    #[test]
    fn shared_text_reads_prints_and_serialises_as_its_string() {
        let v = Value::text("o-abc");
        let Value::Text(s) = &v else { panic!("text") };
        assert_eq!(s, "o-abc");
        assert_eq!(format!("{v:?}"), r#"Text("o-abc")"#);
        assert_eq!(serde_json::to_string(&v).unwrap(), r#"{"Text":"o-abc"}"#);
        assert_eq!(serde_json::from_str::<Value>(r#"{"Text":"o-abc"}"#).unwrap(), v);
        assert!(Value::text("a") < Value::text("b"));
    }

    #[test]
    fn text_cells_share_one_allocation_per_text() {
        let mut cells = TextCells::default();
        let (Value::Text(a), Value::Text(b)) = (cells.text("p-1"), cells.text("p-1")) else {
            panic!("text")
        };
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_eq!(cells.text("p-2"), Value::text("p-2"));
        assert_eq!(cells.opt_text(None), Value::Null);
    }

    #[test]
    fn null_is_not_empty_text() {
        assert_eq!(Value::opt_text(None::<String>), Value::Null);
        assert_eq!(Value::opt_text(Some("")), Value::Text(SharedStr::default()));
        assert_eq!(Value::Null.render(), None);
    }
}
