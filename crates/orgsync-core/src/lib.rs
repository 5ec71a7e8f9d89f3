//! The engine of orgsync: configuration → validated plan → credentials →
//! planner fetches pages → rows → sink. Data flows one way; no stage reaches
//! back into an earlier one.

pub mod error;

pub use error::UserError;
