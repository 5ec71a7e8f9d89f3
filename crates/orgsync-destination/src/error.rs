//! Errors of destinations.
//!
//! Every variant names the destination (with any password masked) so that a
//! message shown to users says where the problem is.

/// Why a destination could not be opened, written or read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SinkError {
    /// The destination string does not parse.
    #[error("invalid destination `{destination}`: {reason}")]
    InvalidDestination { destination: String, reason: String },
    /// The destination could not be opened, created or reached.
    #[error("failed to open destination `{destination}`")]
    Open {
        destination: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Writing failed; the previous snapshot is intact.
    #[error("failed to write to destination `{destination}`")]
    Write {
        destination: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// Reading a snapshot or the run history failed.
    #[error("failed to read from destination `{destination}`")]
    Read {
        destination: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// What was asked for is not in the destination (no run of that
    /// organization, a run older than the kept history, …).
    #[error("{what} not found in destination `{destination}`")]
    NotFound { destination: String, what: String },
    /// The snapshot handed to the destination breaks the table contract
    /// (a bug in the caller); nothing was written.
    #[error("snapshot rejected by destination `{destination}`: {reason}")]
    InvalidSnapshot { destination: String, reason: String },
}

impl SinkError {
    /// Exit code the CLI should use: 2 for usage errors (unparsable
    /// destination), 1 for everything that went wrong at run time.
    pub fn exit_code(&self) -> u8 {
        match self {
            SinkError::InvalidDestination { .. } => 2,
            _ => 1,
        }
    }
}
