//! The Parquet format of `parquet:DIR`: one file per table with a typed
//! Arrow schema — text as Utf8, integers as Int64, booleans as Boolean,
//! timestamps as Timestamp(Microsecond, "UTC"), JSON as Utf8 (the JSON text)
//! — and each column's nullability from the table contract. Snappy
//! compression, row groups of up to 64 Ki rows.

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use arrow::array::{
    Array, ArrayRef, BooleanArray, BooleanBuilder, Int64Array, Int64Builder, StringArray,
    StringBuilder, TimestampMicrosecondArray, TimestampMicrosecondBuilder,
};
use arrow::datatypes::{DataType, Field, Schema, TimeUnit};
use arrow::record_batch::RecordBatch;
use chrono::DateTime;
use orgsync_schema::{ColumnType, Row, TableDef, Value};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::error::message;
use crate::file_sink::FileFormat;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Rows per record batch (and at most per row group).
const BATCH_ROWS: usize = 65_536;

/// `parquet:DIR`
pub(crate) struct ParquetFormat;

/// The Arrow type of a logical column type.
pub(crate) fn arrow_type(ty: ColumnType) -> DataType {
    match ty {
        ColumnType::Text | ColumnType::Json => DataType::Utf8,
        ColumnType::Integer => DataType::Int64,
        ColumnType::Boolean => DataType::Boolean,
        ColumnType::Timestamp => DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
    }
}

/// The Arrow schema of a table.
pub(crate) fn arrow_schema(def: &TableDef) -> Schema {
    Schema::new(
        def.columns
            .iter()
            .map(|c| Field::new(c.name, arrow_type(c.ty), c.nullable))
            .collect::<Vec<_>>(),
    )
}

fn column_array(ty: ColumnType, rows: &[Row], index: usize) -> ArrayRef {
    let cells = rows.iter().map(|r| &r[index]);
    match ty {
        ColumnType::Text | ColumnType::Json => {
            let mut b = StringBuilder::with_capacity(rows.len(), rows.len() * 16);
            cells.for_each(|v| b.append_option(v.as_str()));
            Arc::new(b.finish())
        }
        ColumnType::Integer => {
            let mut b = Int64Builder::with_capacity(rows.len());
            cells.for_each(|v| b.append_option(v.as_i64()));
            Arc::new(b.finish())
        }
        ColumnType::Boolean => {
            let mut b = BooleanBuilder::with_capacity(rows.len());
            cells.for_each(|v| b.append_option(v.as_bool()));
            Arc::new(b.finish())
        }
        ColumnType::Timestamp => {
            let mut b = TimestampMicrosecondBuilder::with_capacity(rows.len()).with_timezone("UTC");
            cells.for_each(|v| b.append_option(v.as_timestamp().map(|t| t.timestamp_micros())));
            Arc::new(b.finish())
        }
    }
}

impl FileFormat for ParquetFormat {
    fn kind(&self) -> &'static str {
        "parquet"
    }

    fn write_table(&self, path: &Path, def: &TableDef, rows: &[Row]) -> Result<(), BoxError> {
        let schema = Arc::new(arrow_schema(def));
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(BATCH_ROWS))
            .build();
        let file = File::create(path)?;
        let mut writer = ArrowWriter::try_new(file, schema.clone(), Some(props))?;
        for chunk in rows.chunks(BATCH_ROWS) {
            let columns: Vec<ArrayRef> =
                def.columns.iter().enumerate().map(|(i, c)| column_array(c.ty, chunk, i)).collect();
            writer.write(&RecordBatch::try_new(schema.clone(), columns)?)?;
        }
        let file = writer.into_inner()?;
        file.sync_all()?;
        Ok(())
    }

    fn read_table(&self, path: &Path, def: &TableDef) -> Result<Vec<Row>, BoxError> {
        let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path)?)?.build()?;
        let mut out = Vec::new();
        for batch in reader {
            let batch = batch?;
            let mut rows: Vec<Row> =
                (0..batch.num_rows()).map(|_| Vec::with_capacity(def.columns.len())).collect();
            for col in def.columns {
                let array = batch.column_by_name(col.name).ok_or_else(|| {
                    message(format!("{}: no column `{}`", path.display(), col.name))
                })?;
                let wrong = || {
                    message(format!(
                        "{}: column `{}` has type {}",
                        path.display(),
                        col.name,
                        array.data_type()
                    ))
                };
                for (i, row) in rows.iter_mut().enumerate() {
                    if array.is_null(i) {
                        row.push(Value::Null);
                        continue;
                    }
                    row.push(match col.ty {
                        ColumnType::Text | ColumnType::Json => {
                            let s = array
                                .as_any()
                                .downcast_ref::<StringArray>()
                                .ok_or_else(wrong)?
                                .value(i)
                                .to_string();
                            if col.ty == ColumnType::Json { Value::Json(s) } else { Value::text(s) }
                        }
                        ColumnType::Integer => Value::Int(
                            array.as_any().downcast_ref::<Int64Array>().ok_or_else(wrong)?.value(i),
                        ),
                        ColumnType::Boolean => Value::Bool(
                            array
                                .as_any()
                                .downcast_ref::<BooleanArray>()
                                .ok_or_else(wrong)?
                                .value(i),
                        ),
                        ColumnType::Timestamp => {
                            let micros = array
                                .as_any()
                                .downcast_ref::<TimestampMicrosecondArray>()
                                .ok_or_else(wrong)?
                                .value(i);
                            Value::Timestamp(
                                DateTime::from_timestamp_micros(micros)
                                    .ok_or_else(|| message("timestamp out of range"))?,
                            )
                        }
                    });
                }
            }
            out.extend(rows);
        }
        Ok(out)
    }
}
