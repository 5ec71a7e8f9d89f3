//! Reading run history back from a destination, shared by `orgsync diff`,
//! `orgsync tree` and `orgsync report`: the `--destination`/`--org` flags,
//! choosing the organization, resolving run ids and loading snapshots, with
//! every failure turned into a [`UserError`] that says how to fix it.
//!
//! Everything here blocks (destinations are synchronous); commands call it
//! inside `tokio::task::spawn_blocking`.

use clap::Args;
use orgsync_core::UserError;
use orgsync_schema::{RunRecord, RunStatus, Snapshot, format_timestamp};
use orgsync_sink::{Reader, SinkError};

use crate::config_flags::DestinationFlags;

/// Where to read run history from: the organization, and the destination
/// of the configuration (`--config FILE`, `ORGSYNC_DESTINATION`,
/// `--destination`, with its options such as `postgres_schema`).
#[derive(Debug, Clone, Args)]
pub struct SourceArgs {
    /// Organization to read; needed when the destination holds several.
    #[arg(long = "org", value_name = "ORG_ID")]
    pub org: Option<String>,
    #[command(flatten)]
    pub config: DestinationFlags,
}

/// An organization's run history in an open destination.
pub struct History {
    reader: Box<dyn Reader>,
    /// The organization chosen.
    pub org_id: String,
    /// Every recorded run, oldest first (failed ones included).
    pub runs: Vec<RunRecord>,
    /// Whether the destination keeps earlier snapshots (databases do).
    keeps_history: bool,
    /// Settings of the organization checks, from the configuration.
    pub findings: orgsync_report::FindingSettings,
}

/// Whether a run committed a snapshot (succeeded or partial).
pub fn committed(run: &RunRecord) -> bool {
    run.status != RunStatus::Failed
}

/// One line per run for messages: id, start time, status.
pub fn describe_runs<'a>(runs: impl IntoIterator<Item = &'a RunRecord>) -> String {
    runs.into_iter()
        .map(|r| {
            format!("{} ({}, {})", r.run_id, format_timestamp(r.started_at), r.status.as_str())
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The database `orgsync demo` writes by default.
const DEMO_DATABASE: &str = "orgsync-demo.db";

/// How hints mention the demo: only in builds that have it (feature
/// `emulator`).
const OR_DEMO: &str = if cfg!(feature = "emulator") { " (or `orgsync demo`)" } else { "" };

/// What to do when the destination to read does not exist: point at the
/// demo's database when that is what this folder holds.
fn missing_destination_hint(destination: &orgsync_sink::Destination) -> String {
    let demo_here = std::path::Path::new(DEMO_DATABASE).is_file();
    match destination {
        orgsync_sink::Destination::Sqlite(path)
            if demo_here && path.as_os_str() != DEMO_DATABASE =>
        {
            format!(
                "`orgsync demo` wrote `{DEMO_DATABASE}` in this folder: add `--destination sqlite:{DEMO_DATABASE}`"
            )
        }
        _ => format!(
            "run `orgsync sync`{OR_DEMO} first, or name the destination it wrote with --destination or `destination` in --config"
        ),
    }
}

/// Opens the destination and picks the organization.
pub fn open(source: &SourceArgs) -> Result<History, UserError> {
    open_with(source, Vec::new())
}

/// [`open`] with more configuration flag values (e.g. the `findings_*` keys).
pub fn open_with(source: &SourceArgs, extra: Vec<(String, String)>) -> Result<History, UserError> {
    let plan = source.config.load_plan_with_values(extra)?;
    let mut reader =
        orgsync_job::open_reader(&plan.destination).map_err(|e| UserError::from(&e))?;
    let where_ = reader.describe();
    let organizations = reader.organizations().map_err(|e| match e {
        // Nothing to read is a usage problem: name what was written instead.
        SinkError::NotFound { .. } => {
            let mut user =
                UserError::from(&e).with_hint(missing_destination_hint(&plan.destination.target));
            user.exit_code = orgsync_core::error::EXIT_USAGE;
            user
        }
        _ => UserError::from(&e),
    })?;
    let org_id = match (&source.org, organizations.as_slice()) {
        (Some(org), list) if list.contains(org) => org.clone(),
        (Some(org), []) => {
            return Err(UserError::usage(format!("organization `{org}` has no run in `{where_}`"))
                .with_hint(
                    "run `orgsync sync` first, or pass the destination it wrote with --destination",
                ));
        }
        (Some(org), list) => {
            return Err(UserError::usage(format!("organization `{org}` has no run in `{where_}`"))
                .with_hint(format!("organizations in this destination: {}", list.join(", "))));
        }
        (None, []) => {
            return Err(UserError::usage(format!("`{where_}` holds no organization yet"))
                .with_hint(format!("run `orgsync sync`{OR_DEMO} first, or pass the destination it wrote with --destination")));
        }
        (None, [only]) => only.clone(),
        (None, list) => {
            return Err(UserError::usage(format!("`{where_}` holds {} organizations", list.len()))
                .with_hint(format!("choose one with --org: {}", list.join(", "))));
        }
    };
    let runs = reader.read_runs(&org_id).map_err(|e| UserError::from(&e))?;
    Ok(History {
        reader,
        org_id,
        runs,
        keeps_history: plan.destination.target.keeps_history(),
        findings: plan.findings,
    })
}

impl History {
    /// The committed runs, oldest first.
    pub fn committed_runs(&self) -> Vec<&RunRecord> {
        self.runs.iter().filter(|r| committed(r)).collect()
    }

    /// The run a user named: an exact id, or a unique prefix of one.
    pub fn resolve(&self, wanted: &str) -> Result<&RunRecord, UserError> {
        if let Some(run) = self.runs.iter().find(|r| r.run_id == wanted) {
            return Ok(run);
        }
        let matches: Vec<&RunRecord> =
            self.runs.iter().filter(|r| r.run_id.starts_with(wanted)).collect();
        match matches.as_slice() {
            [one] => Ok(one),
            [] => Err(UserError::usage(format!(
                "run `{wanted}` not found for organization `{}`",
                self.org_id
            ))
            .with_hint(self.recent_runs_hint())),
            many => Err(UserError::usage(format!(
                "run `{wanted}` is ambiguous: {} runs start with it",
                many.len()
            ))
            .with_hint(format!("use a longer prefix: {}", describe_runs(many.iter().copied())))),
        }
    }

    /// "recent runs: …" (the last ten, newest first).
    pub fn recent_runs_hint(&self) -> String {
        if self.runs.is_empty() {
            return format!("organization `{}` has no recorded run", self.org_id);
        }
        format!("recent runs, newest first: {}", describe_runs(self.runs.iter().rev().take(10)))
    }

    /// The snapshot a run wrote (`None`: the current one).
    pub fn snapshot(&mut self, run: Option<&RunRecord>) -> Result<Snapshot, UserError> {
        let run_id = run.map(|r| r.run_id.as_str());
        match self.reader.read_snapshot(&self.org_id, run_id) {
            Ok(snapshot) => Ok(snapshot),
            Err(SinkError::NotFound { .. }) if run.is_some_and(|r| !committed(r)) => {
                let id = run_id.unwrap_or_default();
                Err(UserError::usage(format!("run `{id}` failed and committed no snapshot"))
                    .with_hint(self.kept_runs_hint()))
            }
            Err(SinkError::NotFound { .. }) if run.is_some() => {
                let id = run_id.unwrap_or_default();
                Err(UserError::usage(format!(
                    "the snapshot of run `{id}` is no longer kept in `{}`",
                    self.reader.describe()
                ))
                .with_hint(self.kept_runs_hint()))
            }
            Err(e) => Err(UserError::from(&e)),
        }
    }

    /// How to get a second run to compare with, for this kind of destination.
    pub fn second_run_hint(&self) -> String {
        if self.keeps_history {
            let demo = if cfg!(feature = "emulator") {
                " (or `orgsync demo --changes 10` to see a diff)"
            } else {
                ""
            };
            format!(
                "run `orgsync sync` again to have two runs{demo}, or name runs with --from and --to"
            )
        } else {
            format!(
                "`{}` holds only the current snapshot, so there is nothing to compare: \
                 sync into SQLite or PostgreSQL, which keep the last `history_runs` snapshots, to use `orgsync diff`",
                self.reader.describe()
            )
        }
    }

    fn kept_runs_hint(&self) -> String {
        let committed = self.committed_runs();
        format!(
            "committed runs, newest first: {} (databases keep the last 30 snapshots; file destinations only the current one)",
            describe_runs(committed.into_iter().rev().take(10))
        )
    }
}
