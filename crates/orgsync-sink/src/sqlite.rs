//! The SQLite destination (`sqlite:PATH`), the embedded default.
