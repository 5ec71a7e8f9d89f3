//! Integration tests of the emulator over real HTTP: the AWS SDK for Rust
//! (protocols, identity rules, quotas, faults, mutations), boto3 driving every
//! operation, boto3 and the AWS CLI writing and reading CloudTrail, and
//! determinism of synthetic organizations. One test binary so
//! the SDK is linked once.

mod boto3;
mod common;
mod determinism;
mod identity;
mod member_reads;
mod organizations;
mod profiles;
mod writes;
