//! IAM (query protocol, XML): ListAccountAliases, the caller's account alias
//! (an account has at most one), never truncated; ListOrganizationsFeatures,
//! the centralized root access features of the caller's organization
//! (management account or IAM's delegated administrator only; trusted
//! access for `iam.amazonaws.com` must be enabled).

use super::Call;
use crate::protocol::{ApiError, Service, WireResponse, xml_element, xml_ok};

/// IAM's service principal for trusted access and delegation.
pub const IAM_PRINCIPAL: &str = "iam.amazonaws.com";

/// ListAccountAliases for the caller's account.
pub(crate) fn list_account_aliases(call: &Call<'_>) -> WireResponse {
    let org = call.state.org.read();
    let members = org
        .account_aliases
        .get(&call.principal.account_id)
        .map(|alias| xml_element(6, "member", alias))
        .unwrap_or_default();
    let inner = format!(
        "{}    <AccountAliases>\n{members}    </AccountAliases>\n",
        xml_element(4, "IsTruncated", "false")
    );
    xml_ok(Service::Iam, "ListAccountAliases", &inner, call.request_id)
}

/// ListOrganizationsFeatures for the caller's organization.
pub(crate) fn list_organizations_features(call: &Call<'_>) -> Result<WireResponse, ApiError> {
    let org = call.state.org.read();
    let caller = &call.principal.account_id;
    if !call.in_organization(&org) {
        return Err(ApiError::new(
            400,
            "OrganizationNotFoundException",
            "The request was rejected because no organization is associated with your account.",
        ));
    }
    let delegated =
        org.delegated_administrators.get(caller).is_some_and(|s| s.contains_key(IAM_PRINCIPAL));
    if *caller != org.management_account_id && !delegated {
        return Err(ApiError::new(
            400,
            "AccountNotManagementOrDelegatedAdministratorException",
            "The request was rejected because the account making the request is not the management account or delegated administrator account for centralized root access.",
        ));
    }
    if org.feature_set != "ALL" {
        return Err(ApiError::new(
            400,
            "OrganizationNotInAllFeaturesModeException",
            "The request was rejected because your organization does not have All features enabled.",
        ));
    }
    if !org.enabled_services.contains_key(IAM_PRINCIPAL) {
        return Err(ApiError::new(
            400,
            "ServiceAccessNotEnabledException",
            "The request was rejected because trusted access is not enabled for IAM in AWS Organizations.",
        ));
    }
    let members: String =
        org.iam_root_access_features.iter().map(|f| xml_element(6, "member", f)).collect();
    let inner = format!(
        "{}    <EnabledFeatures>\n{members}    </EnabledFeatures>\n",
        xml_element(4, "OrganizationId", &org.id)
    );
    Ok(xml_ok(Service::Iam, "ListOrganizationsFeatures", &inner, call.request_id))
}
