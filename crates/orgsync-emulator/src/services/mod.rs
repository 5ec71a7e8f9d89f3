//! Operation handlers, one module per service. Each receives a [`Call`]:
//! the verified principal, the request's parameters and the profile in force.

pub(crate) mod account;
pub(crate) mod iam;
pub use iam::IAM_PRINCIPAL;
pub(crate) mod organizations;
pub(crate) mod sts;

use serde_json::Value;

use crate::controls::State;
use crate::identity::Principal;
use crate::profile::ProfileSpec;

/// One verified request being served.
pub(crate) struct Call<'a> {
    pub state: &'a State,
    pub principal: &'a Principal,
    pub params: &'a Value,
    pub spec: &'a ProfileSpec,
    pub request_id: &'a str,
}
