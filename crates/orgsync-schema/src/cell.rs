//! Typed rows: the Rust type of each column kind ([`Cell`]), the trait every
//! table's row struct implements ([`TableRow`]) and the error a [`Row`] that
//! does not fit its table gives ([`RowError`]).
//!
//! The row structs themselves come from the table declarations in
//! `tables.rs`. A text field is a [`Text`] (a [`SharedStr`]): turning a
//! typed row into a [`Row`] moves each field into its cell and decoding a
//! [`Row`] clones an `Arc`, so neither direction allocates per text cell.

use chrono::{DateTime, Utc};

use crate::{ColumnType, Row, SharedStr, TableName, Value};

/// A `Text` column's Rust type: shared, immutable text.
pub type Text = SharedStr;

/// A `Timestamp` column's Rust type: an instant in UTC.
pub type Timestamp = DateTime<Utc>;

/// A `Json` column's Rust type: the JSON document as text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Json(pub String);

impl Json {
    /// The JSON text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for Json {
    fn from(s: String) -> Self {
        Json(s)
    }
}

/// The Rust type of a column: its logical type, whether it may be NULL
/// (`Option<_>`), and its conversion to and from a [`Value`].
pub trait Cell: Sized {
    /// Logical type of the column.
    const TYPE: ColumnType;
    /// Whether the column may be NULL.
    const NULLABLE: bool = false;
    /// The cell.
    fn into_value(self) -> Value;
    /// The field, or `None` when `value` does not fit (NULL in a NOT NULL
    /// column included).
    fn from_value(value: &Value) -> Option<Self>;
}

macro_rules! cell {
    ($ty:ty, $column:ident, $variant:ident, |$v:ident| $read:expr) => {
        impl Cell for $ty {
            const TYPE: ColumnType = ColumnType::$column;
            fn into_value(self) -> Value {
                Value::$variant(self)
            }
            fn from_value(value: &Value) -> Option<Self> {
                match value {
                    Value::$variant($v) => Some($read),
                    _ => None,
                }
            }
        }
    };
}

cell!(Text, Text, Text, |s| s.clone());
cell!(i64, Integer, Int, |i| *i);
cell!(bool, Boolean, Bool, |b| *b);
cell!(Timestamp, Timestamp, Timestamp, |t| *t);

impl Cell for Json {
    const TYPE: ColumnType = ColumnType::Json;
    fn into_value(self) -> Value {
        Value::Json(self.0)
    }
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Json(s) => Some(Json(s.clone())),
            _ => None,
        }
    }
}

impl<T: Cell> Cell for Option<T> {
    const TYPE: ColumnType = T::TYPE;
    const NULLABLE: bool = true;
    fn into_value(self) -> Value {
        self.map_or(Value::Null, T::into_value)
    }
    fn from_value(value: &Value) -> Option<Self> {
        match value {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// A typed row of one table: made by the extractor, turned into the
/// destination-neutral [`Row`] for the sinks, and decoded back from a
/// [`Row`] by the readers.
pub trait TableRow: Sized {
    /// The table the row belongs to.
    const TABLE: TableName;
    /// The row's cells in column order.
    fn into_row(self) -> Row;
    /// The typed row, or which column does not fit.
    fn from_row(row: &[Value]) -> Result<Self, RowError>;
}

/// Why a [`Row`] does not decode as a row of its table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowError {
    /// The row has `found` cells, the table another number of columns.
    Arity {
        /// The table.
        table: &'static str,
        /// How many cells the row has.
        found: usize,
    },
    /// A cell does not fit its column's type or nullability.
    Cell {
        /// The table.
        table: &'static str,
        /// The column.
        column: &'static str,
        /// The cell, as `Debug` shows it.
        found: String,
    },
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RowError::Arity { table, found } => {
                let columns = crate::TableDef::by_name(table).map_or(0, |t| t.columns.len());
                write!(f, "table `{table}`: a row of {found} values for {columns} columns")
            }
            RowError::Cell { table, column, found } => {
                write!(f, "table `{table}`, column `{column}`: {found} does not fit")
            }
        }
    }
}

impl std::error::Error for RowError {}

/// Decodes the cell of `column` of `table` (used by the row structs).
#[doc(hidden)]
pub fn decode<T: Cell>(
    value: &Value,
    table: TableName,
    column: &'static str,
) -> Result<T, RowError> {
    T::from_value(value).ok_or_else(|| RowError::Cell {
        table: table.as_str(),
        column,
        found: format!("{value:?}"),
    })
}

/// The decoded rows of one table, or the first that does not fit.
pub fn decode_rows<R: TableRow>(rows: &[Row]) -> Result<Vec<R>, RowError> {
    rows.iter().map(|r| R::from_row(r)).collect()
}
