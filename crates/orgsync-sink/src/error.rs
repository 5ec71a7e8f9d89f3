//! Error sources of the destinations: plain messages boxed as the
//! `source` of a [`crate::SinkError`].

/// A plain message as an error source.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct Message(pub String);

/// Boxes a message as an error source.
pub(crate) fn message(text: impl Into<String>) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(Message(text.into()))
}
