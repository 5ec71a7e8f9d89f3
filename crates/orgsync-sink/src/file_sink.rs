//! What the three file destinations (`parquet:DIR`, `csv:DIR`, `jsonl:DIR`)
//! share: the layout `DIR/<org_id>/<table>.<ext>`, the atomic replacement of
//! the organization's folder ([`crate::atomic_dir`]), the run history carried
//! from one snapshot to the next, failed runs kept aside until then, and
//! reading back. Each format only says how one table becomes one file and
//! back ([`FileFormat`]).
//!
//! Layout of `DIR`:
//!
//! * `DIR/<org_id>/<table>.<ext>`: one file per table of the current
//!   snapshot, `orgsync_run` and `orgsync_error` included. `orgsync_run`
//!   holds the organization's last `history_runs` runs (at least the current
//!   one), `orgsync_error` the errors of those runs. Data tables the snapshot
//!   does not contain keep their previous file.
//! * `DIR/.<org_id>.lock`: the per-organization writer lock, present only
//!   while a writer holds or waits for it.
//! * `DIR/.<org_id>.failed-runs.jsonl`: failed runs recorded since the last
//!   snapshot (one JSON object `{"run", "errors"}` per line), folded into
//!   `orgsync_run`/`orgsync_error` by the next snapshot.
//! * `DIR/.<org_id>.tmp-*`, `DIR/.<org_id>.old-*`: transient, see
//!   [`crate::atomic_dir`].

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use orgsync_schema::{
    DATA_TABLES, ErrorRecord, Row, RunRecord, RunStatus, Snapshot, TableDef, TableName,
};
use serde::{Deserialize, Serialize};

use crate::atomic_dir::{check_org_id, lock_org, recover, replace_org_dir};
use crate::destination::create_root_dir;
use crate::error::message;
use crate::records::assemble_snapshot;
use crate::validate::{check_run, check_snapshot};
use crate::{Reader, Sink, SinkError, SinkOptions, crash_point};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// One file format: how a table is written to a file and read back.
pub(crate) trait FileFormat: Send + Sync + 'static {
    /// Destination kind and file extension, e.g. `parquet`.
    fn kind(&self) -> &'static str;

    /// Writes all rows of `def` to a new file at `path` and fsyncs it.
    fn write_table(&self, path: &Path, def: &TableDef, rows: &[Row]) -> Result<(), BoxError>;

    /// Reads a file written by [`FileFormat::write_table`].
    fn read_table(&self, path: &Path, def: &TableDef) -> Result<Vec<Row>, BoxError>;
}

/// A failed run waiting for the organization's next snapshot.
#[derive(Serialize, Deserialize)]
struct PendingFailedRun {
    run: RunRecord,
    errors: Vec<ErrorRecord>,
}

/// A file destination: a [`Sink`] and a [`Reader`].
pub(crate) struct FileSink<F> {
    root: PathBuf,
    format: F,
    options: SinkOptions,
}

impl<F: FileFormat> FileSink<F> {
    pub(crate) fn new(root: PathBuf, format: F, options: SinkOptions) -> Self {
        FileSink { root, format, options }
    }

    fn destination(&self) -> String {
        format!("{}:{}", self.format.kind(), self.root.display())
    }

    fn table_path(&self, dir: &Path, def: &TableDef) -> PathBuf {
        dir.join(format!("{}.{}", def.name, self.format.kind()))
    }

    fn pending_path(&self, org_id: &str) -> PathBuf {
        self.root.join(format!(".{org_id}.failed-runs.jsonl"))
    }

    fn read_pending(&self, org_id: &str) -> Result<Vec<PendingFailedRun>, BoxError> {
        let path = self.pending_path(org_id);
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e.into()),
        };
        // A line cut short by a crash while appending is ignored.
        Ok(text.lines().filter_map(|l| serde_json::from_str(l).ok()).collect())
    }

    /// Runs and errors of the current snapshot of `org_id` (empty when none).
    fn read_bookkeeping(&self, dir: &Path) -> Result<(Vec<RunRecord>, Vec<Row>), BoxError> {
        let run_path = self.table_path(dir, TableName::Run.def());
        if !run_path.exists() {
            return Ok((Vec::new(), Vec::new()));
        }
        let runs = self
            .format
            .read_table(&run_path, TableName::Run.def())?
            .iter()
            .map(|row| RunRecord::from_row(row))
            .collect::<Result<Vec<_>, _>>()?;
        let error_path = self.table_path(dir, TableName::Error.def());
        let errors = if error_path.exists() {
            self.format.read_table(&error_path, TableName::Error.def())?
        } else {
            Vec::new()
        };
        Ok((runs, errors))
    }

    fn write_locked(&self, snapshot: &Snapshot) -> Result<(), BoxError> {
        let org_id = snapshot.org_id();
        let current = self.root.join(org_id);
        let pending = self.read_pending(org_id)?;
        let (mut runs, mut error_rows) = self.read_bookkeeping(&current)?;
        for p in &pending {
            runs.push(p.run.clone());
            error_rows.extend(p.errors.iter().map(|e| e.to_row(&p.run.run_id, &p.run.org_id)));
        }
        runs.retain(|r| r.run_id != snapshot.run.run_id);
        runs.sort_by_key(|r| r.started_at);
        let keep_previous = self.options.history_runs.saturating_sub(1);
        let runs: Vec<RunRecord> = runs.split_off(runs.len().saturating_sub(keep_previous));
        let kept: BTreeSet<&str> = runs.iter().map(|r| r.run_id.as_str()).collect();
        error_rows.retain(|row| row[0].as_str().is_some_and(|id| kept.contains(id)));
        let mut run_rows: Vec<Row> = runs.iter().map(RunRecord::to_row).collect();
        run_rows.push(snapshot.run.to_row());
        error_rows.extend(snapshot.error_rows());

        let carried: Vec<&TableDef> = DATA_TABLES
            .iter()
            .copied()
            .filter(|def| {
                !snapshot.tables.contains_key(&def.id) && self.table_path(&current, def).exists()
            })
            .collect();
        let nonce = format!("{}-{}", sanitize(&snapshot.run.run_id), std::process::id());
        replace_org_dir(&self.root, org_id, &nonce, |tmp| {
            let mut first = true;
            let mut written = |def: &TableDef, rows: &[Row]| -> Result<(), BoxError> {
                self.format.write_table(&self.table_path(tmp, def), def, rows)?;
                if std::mem::take(&mut first) {
                    crash_point::reached("first_file_written")?;
                }
                Ok(())
            };
            for (name, rows) in &snapshot.tables {
                written(name.def(), rows)?;
            }
            written(TableName::Run.def(), &run_rows)?;
            written(TableName::Error.def(), &error_rows)?;
            for def in carried {
                let target = self.table_path(tmp, def);
                fs::copy(self.table_path(&current, def), &target)?;
                fs::File::open(&target)?.sync_all()?;
            }
            Ok(())
        })?;
        if !pending.is_empty() {
            fs::remove_file(self.pending_path(org_id))?;
        }
        Ok(())
    }

    fn write_error(&self, source: BoxError) -> SinkError {
        SinkError::Write { destination: self.destination(), source }
    }

    fn read_error(&self, source: BoxError) -> SinkError {
        SinkError::Read { destination: self.destination(), source }
    }

    fn checked_org(&self, org_id: &str) -> Result<(), SinkError> {
        check_org_id(org_id).map_err(|unsafe_id| SinkError::InvalidSnapshot {
            destination: self.destination(),
            reason: unsafe_id.to_string(),
        })
    }
}

/// A run id reduced to characters safe in a file name.
fn sanitize(run_id: &str) -> String {
    run_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(40).collect()
}

impl<F: FileFormat> Sink for FileSink<F> {
    fn describe(&self) -> String {
        self.destination()
    }

    fn prepare(&mut self) -> Result<(), SinkError> {
        let result = (|| -> Result<(), BoxError> {
            create_root_dir(&self.root)?;
            let probe = self.root.join(format!(".orgsync-probe-{}", std::process::id()));
            fs::write(&probe, b"probe").map_err(|e| {
                message(format!("folder `{}` is not writable: {e}", self.root.display()))
            })?;
            fs::remove_file(&probe)?;
            recover(&self.root)?;
            Ok(())
        })();
        result.map_err(|source| SinkError::Open { destination: self.destination(), source })
    }

    fn write_snapshot(&mut self, snapshot: &Snapshot) -> Result<(), SinkError> {
        check_snapshot(snapshot).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.destination(),
            reason,
        })?;
        self.checked_org(snapshot.org_id())?;
        let result = (|| -> Result<(), BoxError> {
            create_root_dir(&self.root)?;
            let _lock = lock_org(&self.root, snapshot.org_id())?;
            self.write_locked(snapshot)
        })();
        result.map_err(|e| self.write_error(e))
    }

    fn record_failed_run(
        &mut self,
        run: &RunRecord,
        errors: &[ErrorRecord],
    ) -> Result<(), SinkError> {
        self.checked_org(&run.org_id)?;
        check_run(run).map_err(|reason| SinkError::InvalidSnapshot {
            destination: self.destination(),
            reason,
        })?;
        let result = (|| -> Result<(), BoxError> {
            create_root_dir(&self.root)?;
            let _lock = lock_org(&self.root, &run.org_id)?;
            let mut line = serde_json::to_string(&PendingFailedRun {
                run: run.clone(),
                errors: errors.to_vec(),
            })?;
            line.push('\n');
            let mut file = fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(self.pending_path(&run.org_id))?;
            file.write_all(line.as_bytes())?;
            file.sync_all()?;
            Ok(())
        })();
        result.map_err(|e| self.write_error(e))
    }
}

impl<F: FileFormat> Reader for FileSink<F> {
    fn describe(&self) -> String {
        self.destination()
    }

    fn organizations(&mut self) -> Result<Vec<String>, SinkError> {
        let result = (|| -> Result<Vec<String>, BoxError> {
            let mut orgs = BTreeSet::new();
            let entries = match fs::read_dir(&self.root) {
                Ok(e) => e,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                Err(e) => return Err(e.into()),
            };
            for entry in entries {
                let name = entry?.file_name().to_string_lossy().into_owned();
                if let Some(org) =
                    name.strip_prefix('.').and_then(|n| n.strip_suffix(".failed-runs.jsonl"))
                {
                    orgs.insert(org.to_string());
                } else if check_org_id(&name).is_ok()
                    && self.table_path(&self.root.join(&name), TableName::Run.def()).exists()
                {
                    orgs.insert(name);
                }
            }
            Ok(orgs.into_iter().collect())
        })();
        result.map_err(|e| self.read_error(e))
    }

    fn read_runs(&mut self, org_id: &str) -> Result<Vec<RunRecord>, SinkError> {
        if check_org_id(org_id).is_err() {
            return Ok(Vec::new());
        }
        let result = (|| -> Result<Vec<RunRecord>, BoxError> {
            let (mut runs, _) = self.read_bookkeeping(&self.root.join(org_id))?;
            runs.extend(self.read_pending(org_id)?.into_iter().map(|p| p.run));
            runs.sort_by_key(|r| r.started_at);
            Ok(runs)
        })();
        result.map_err(|e| self.read_error(e))
    }

    fn read_snapshot(&mut self, org_id: &str, run_id: Option<&str>) -> Result<Snapshot, SinkError> {
        let not_found =
            |what: String| SinkError::NotFound { destination: self.destination(), what };
        if check_org_id(org_id).is_err() {
            return Err(not_found(format!("organization `{org_id}`")));
        }
        let dir = self.root.join(org_id);
        let (runs, error_rows) = self.read_bookkeeping(&dir).map_err(|e| self.read_error(e))?;
        let current = runs
            .iter()
            .filter(|r| r.status != RunStatus::Failed)
            .max_by_key(|r| r.started_at)
            .ok_or_else(|| not_found(format!("a snapshot of organization `{org_id}`")))?
            .clone();
        if let Some(id) = run_id.filter(|id| *id != current.run_id) {
            return Err(not_found(format!(
                "the snapshot of run `{id}` (file destinations keep only the current snapshot, run `{}`)",
                current.run_id
            )));
        }
        let result = (|| -> Result<Snapshot, BoxError> {
            let mut tables = BTreeMap::new();
            for def in DATA_TABLES {
                let path = self.table_path(&dir, def);
                if path.exists() {
                    tables.insert(def.id, self.format.read_table(&path, def)?);
                }
            }
            let own_errors: Vec<Row> = error_rows
                .into_iter()
                .filter(|r| r[0].as_str() == Some(current.run_id.as_str()))
                .collect();
            Ok(assemble_snapshot(current, tables, &own_errors)?)
        })();
        result.map_err(|e| self.read_error(e))
    }
}
