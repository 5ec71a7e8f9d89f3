//! Integration tests of the `orgsync` binary, one test binary so the AWS SDK
//! is linked once: configuration and `check`, errors in words, the history
//! commands, scoped runs, the Steampipe views, the sub-account chain, `sync`
//! end to end and the reliability suite. Each module's own documentation
//! says what it covers; `common` holds the helpers they share.

mod common;

mod cli_config;
mod errors_in_words;
mod history_commands;
mod reliability;
mod scope_cli;
mod steampipe_views;
mod sub_account_cli;
mod sync_cli;
