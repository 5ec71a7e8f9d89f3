//! HTML report tests (filled in with the renderer).
