//! Operation handlers, one module per service. Each receives a [`Call`]:
//! the verified principal, the request's parameters and the profile in force.
//! Write handlers return a [`Written`]: the response and the resources it
//! touched, which [`Call::record_write`] turns into a CloudTrail event.

pub(crate) mod account;
pub(crate) mod cloudtrail;
pub(crate) mod iam;
pub use iam::IAM_PRINCIPAL;
pub(crate) mod organizations;
pub(crate) mod organizations_write;
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
    /// The key that signed the request.
    pub access_key_id: &'a str,
    /// The request's User-Agent header ("" when absent).
    pub user_agent: &'a str,
}

/// What a successful write answers and touched.
pub(crate) struct Written {
    pub response: Value,
    /// `(ResourceType, ResourceName)` of the resources the write touched.
    pub resources: Vec<(String, String)>,
    /// An event AWS records on its own behalf once the write completes
    /// (CreateAccountResult).
    pub service_event: Option<crate::trail::ServiceEvent>,
}

impl Written {
    /// A write that touched `resources` and answers `response`, with no
    /// service event.
    pub fn new(response: Value, resources: Vec<(String, String)>) -> Self {
        Written { response, resources, service_event: None }
    }
}

impl Call<'_> {
    /// Whether Organizations is in use and the caller's account is a member
    /// of `org`.
    pub fn in_organization(&self, org: &crate::model::Organization) -> bool {
        self.state.org_enabled.load(std::sync::atomic::Ordering::Relaxed)
            && org.accounts.contains_key(&self.principal.account_id)
    }

    /// Records the write in the caller's CloudTrail history.
    pub fn record_write(&self, event_source: &'static str, operation: &str, written: &Written) {
        let record =
            crate::trail::WriteRecord { call: self, event_source, event_name: operation, written };
        self.state.record_event(&record, self.spec);
        if let Some(event) = &written.service_event {
            self.state.record_service_event(event, self.principal, self.request_id, self.spec);
        }
    }
}
