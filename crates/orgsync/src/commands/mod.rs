//! One module per `orgsync` command; each has its clap `…Args` and a `run`.
//! `demo` and `emulator` exist only with the cargo feature `emulator` (on by
//! default).

pub mod check;
pub mod completions;
#[cfg(feature = "emulator")]
pub mod demo;
pub mod diff;
#[cfg(feature = "emulator")]
pub mod emulator;
pub mod findings;
pub mod history;
pub mod permissions;
pub mod report;
pub mod schema;
pub mod sync;
pub mod tree;
