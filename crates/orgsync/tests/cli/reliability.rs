//! Reliability and security suite, driving the real `orgsync`
//! binary against the in-process emulator:
//!
//! - `faults`: the fault matrix (throttling, 5xx, resets/truncation,
//!   credential expiry, accounts closed/moved/removed mid-run, access
//!   denied, failures before any data) compared row for row with a
//!   fault-free run of the same organization;
//! - `signals`: SIGINT/SIGTERM mid-run and SIGKILL during the write;
//! - `bad_input`: the corpus in `test-data/bad-input/` through the binary;
//! - `secrets`: canary secrets never reach output, logs or destinations;
//! - `load`: concurrent runs against one PostgreSQL;
//! - `fuzz_corpus`: the fuzz targets' functions over a seeded random corpus.
//!
//! Each test prints one `reliability-figures` line (faults injected, runs,
//! rows compared, rows lost); run with `--nocapture` to collect them.

pub mod support;

mod bad_input;
mod faults;
mod fuzz_corpus;
mod load;
mod secrets;
mod signals;
