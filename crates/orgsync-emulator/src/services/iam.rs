//! IAM ListAccountAliases (query protocol, XML): the caller's account alias
//! (an account has at most one), never truncated.

use super::Call;
use crate::protocol::{Service, WireResponse, xml_element, xml_ok};

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
