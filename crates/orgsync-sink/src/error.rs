//! Errors of destinations.

/// Why a destination could not be opened or written.
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
}
