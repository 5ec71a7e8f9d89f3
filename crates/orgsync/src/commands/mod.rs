//! One module per `orgsync` command; each has its clap `…Args` and a `run`.

pub mod check;
pub mod completions;
pub mod demo;
pub mod diff;
pub mod emulator;
pub mod findings;
pub mod history;
pub mod permissions;
pub mod report;
pub mod schema;
pub mod sync;
pub mod tree;
