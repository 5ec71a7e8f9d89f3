//! Integration tests of orgsync-report, one binary: diff, tree, coverage,
//! findings and HTML report over snapshots built with `SnapshotBuilder`.

mod coverage;
mod diff;
mod findings;
mod fixture;
mod html;
mod tree;
mod webdriver;
