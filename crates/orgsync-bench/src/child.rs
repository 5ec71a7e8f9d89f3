//! The measured orgsync run, executed in a child process of the benchmark:
//! configuration file → the job of `orgsync sync` ([`orgsync_job::run()`]:
//! role chain, extraction, the configured destination, SQLite in the
//! benchmark). It prints one JSON [`ChildSummary`] on stdout.
//!
//! The emulator is time-scaled (quotas × F), so orgsync is told the same
//! scale ([`RateLimits::scaled`]): its default assumptions are AWS's, on the
//! emulator's clock.

use std::collections::BTreeMap;
use std::path::Path;

use orgsync_core::UserError;
use orgsync_core::config::{self, Sources};
use orgsync_core::planner::{NoProgress, RateLimits};
use orgsync_job::Job;
use serde::{Deserialize, Serialize};

/// Error codes that mean "throttled".
const THROTTLING_CODES: [&str; 3] =
    ["TooManyRequestsException", "Throttling", "ThrottlingException"];

/// Counters of one operation, as orgsync counted them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct OperationSummary {
    pub calls: u64,
    pub throttled: u64,
    pub retried: u64,
    pub failed: u64,
    pub final_rate_per_second: f64,
}

/// What the child reports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChildSummary {
    /// Assuming the role chain.
    pub connect_seconds: f64,
    /// The extraction (`orgsync_core::run::extract`).
    pub extract_seconds: f64,
    /// Writing the snapshot to the destination.
    pub write_seconds: f64,
    /// `succeeded` or `partial`.
    pub status: String,
    /// Rows per table.
    pub rows: BTreeMap<String, u64>,
    /// Items that could not be read (`orgsync_error` rows).
    pub errors: u64,
    /// Of those, items that failed because throttling outlasted the retries.
    pub throttling_errors: u64,
    /// Per operation (`service:Operation`, member-side calls labelled apart).
    pub operations: BTreeMap<String, OperationSummary>,
    /// Accounts whose Account API reads were made in their own sessions.
    #[serde(default)]
    pub accounts_read_as_member: u64,
    /// Accounts whose Account API reads went through the management session.
    #[serde(default)]
    pub accounts_read_through_management: u64,
}

impl ChildSummary {
    /// Sum of a counter over every operation.
    pub fn total(&self, counter: fn(&OperationSummary) -> u64) -> u64 {
        self.operations.values().map(counter).sum()
    }

    /// Rows over every table.
    pub fn total_rows(&self) -> u64 {
        self.rows.values().sum()
    }
}

/// Runs one sync with the configuration file `config_file`, orgsync's
/// default rate limits scaled by `rate_scale`.
pub async fn run_sync(config_file: &Path, rate_scale: f64) -> Result<ChildSummary, UserError> {
    let plan = config::load(Sources { file: Some(config_file.to_owned()), ..Sources::default() })?;
    let job = Job { plan, rate_limits: RateLimits::scaled(rate_scale), write: true };
    let finished = orgsync_job::run_to_end(job, || Box::new(NoProgress)).await?;
    let extraction = &finished.extraction;
    let connect_seconds = finished.connect.as_secs_f64();
    let write_seconds = finished.write.as_secs_f64();

    let snapshot = &extraction.snapshot;
    Ok(ChildSummary {
        connect_seconds,
        extract_seconds: extraction.duration.as_secs_f64(),
        write_seconds,
        status: snapshot.run.status.as_str().to_owned(),
        rows: snapshot
            .tables
            .iter()
            .map(|(t, rows)| (t.as_str().to_owned(), rows.len() as u64))
            .collect(),
        errors: snapshot.errors.len() as u64,
        throttling_errors: snapshot
            .errors
            .iter()
            .filter(|e| THROTTLING_CODES.contains(&e.error_code.as_str()))
            .count() as u64,
        accounts_read_as_member: extraction.account_reads.member,
        accounts_read_through_management: extraction.account_reads.management,
        operations: extraction
            .operations
            .iter()
            .map(|(op, s)| {
                (
                    op.label(),
                    OperationSummary {
                        calls: s.calls,
                        throttled: s.throttled,
                        retried: s.retried,
                        failed: s.failed,
                        final_rate_per_second: s.final_rate_per_second,
                    },
                )
            })
            .collect(),
    })
}
