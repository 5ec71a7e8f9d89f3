//! The orgsync benchmark (issue #6): "the fastest possible sync under AWS API
//! quotas", measured rather than claimed.
//!
//! One run of the `bench` binary starts the emulator in-process with a
//! time-scaled AWS-like profile, runs orgsync as a **child process** (so its
//! peak RSS and CPU time are its own, read from `wait4` by GNU time), runs a
//! sequential boto3 script against the same organization, and prints the
//! ratios: wall time over the lower bound the quotas allow, throttles, memory,
//! CPU, and the speed-up over boto3.
//!
//! - [`scenario`]: the emulator's quotas per scenario (what orgsync assumes,
//!   half of it, double of it).
//! - [`child`]: the measured orgsync run (configuration → session → extract →
//!   SQLite), printing a JSON summary.
//! - [`measure`]: spawning and measuring the children (orgsync, boto3).
//! - [`bound`]: the lower bounds (quota-limited operations, latency critical
//!   path).
//! - [`report`]: the Markdown tables and the targets.

pub mod bound;
pub mod child;
pub mod measure;
pub mod report;
pub mod scenario;
