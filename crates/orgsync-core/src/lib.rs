//! The engine of orgsync: configuration → validated plan → credentials →
//! planner fetches pages → rows → sink. Data flows one way; no stage reaches
//! back into an earlier one.

pub mod aws;
pub mod config;
pub mod credentials;
pub mod error;
pub mod permissions;
pub mod planner;
pub mod refresh;
pub mod run;
pub mod scope;
pub mod secret;
pub mod tables;

pub use error::UserError;
