//! Integration tests of orgsync-core, one binary so the AWS SDK is linked
//! once: configuration cases, the credential chain, extraction against the
//! emulator and against moto, member-side reads, incremental refresh, and
//! sub-account access and sessions. Each module's own documentation says what it covers.

mod common;
mod config_cases;
mod credentials_chain;
mod extract_emulator;
mod extract_moto;
mod member_reads;
mod refresh;
mod sub_account_access;
mod sub_account_sessions;
