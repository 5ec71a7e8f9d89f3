//! `orgsync check`, sub-account part: tries `sub_account_assume_role_arn_chain`
//! on a sample of ACTIVE member accounts (`--sample N`), hop by hop from the
//! master session, then IAM ListAccountAliases in the member account — the
//! calls a sync makes for `aws_organizations_account_access` — and, when
//! `account_reads` may read in member sessions, every per-account Account
//! API read the enabled tables make (GetAlternateContact, and with
//! `account_details` / `primary_contacts` GetAccountInformation, ListRegions,
//! GetContactInformation) without AccountId in the member session, with the
//! same probes as the management session's (a refusal fails the check with
//! `member`; with `auto` that account would be read through the management
//! session).
//! Each hop and call is a row with its result and, on failure, the fix.
//!
//! The sample is spread evenly over the member accounts sorted by ID, so
//! repeated checks try the same accounts and the sample is not just the
//! oldest ones.

use aws_config::SdkConfig;
use orgsync_core::aws::error::{ApiError, ErrorKind};
use orgsync_core::aws::iam::IamClient;
use orgsync_core::config::{AccountReads, Plan, SubAccountChain};
use orgsync_core::credentials::Session;
use orgsync_core::planner::Operation;
use orgsync_core::tables::tree::is_active;

/// What the sub-account check found.
pub struct SampleReport {
    /// The table (with its heading) for stdout.
    pub text: String,
    /// One line per failure, for `caused by:`.
    pub failures: Vec<String>,
}

/// Tries the chain on up to `sample` ACTIVE member accounts.
pub async fn check(
    plan: &Plan,
    chain: &SubAccountChain,
    final_config: &SdkConfig,
    sample: usize,
) -> SampleReport {
    let members = match active_members(final_config).await {
        Ok(members) => members,
        Err(error) => {
            let line = format!("listing member accounts failed: {}", error.describe());
            return SampleReport {
                text: format!("sub-account chain: not checked ({line})\n"),
                failures: vec![line],
            };
        }
    };
    if members.is_empty() {
        return SampleReport {
            text:
                "sub-account chain: not checked (the organization has no ACTIVE member account)\n"
                    .to_owned(),
            failures: Vec::new(),
        };
    }
    let picked = spread(&members, sample);
    let session = match Session::connect(&plan.auth).await {
        Ok(session) => session,
        Err(e) => {
            let line = format!("the master session could not be opened again: {}", e.message);
            return SampleReport {
                text: format!("sub-account chain: not checked ({line})\n"),
                failures: vec![line],
            };
        }
    };
    let mut rows = Vec::new();
    let mut failures = Vec::new();
    // The management-side twins of the member-side reads the plan makes.
    let member_reads: Vec<Operation> = orgsync_core::permissions::operations(plan)
        .into_iter()
        .filter(|op| op.is_member_side())
        .filter_map(|member| Operation::ALL.into_iter().find(|m| m.as_member() == Some(member)))
        .collect();
    let reads = MemberReads { account_reads: plan.account_reads, operations: member_reads };
    for account in &picked {
        check_account(&session, chain, account, &reads, &mut rows, &mut failures).await;
    }
    let mut text = format!(
        "sub-account chain ({} of {} ACTIVE member account(s) sampled):\n",
        picked.len(),
        members.len()
    );
    text.push_str(&super::table(&["ACCOUNT", "HOP", "ROLE / ACTION", "RESULT", "FIX"], &rows));
    SampleReport { text, failures }
}

/// The Account API reads a sync makes in member sessions.
struct MemberReads {
    account_reads: AccountReads,
    /// Their management-side operations (probed without AccountId in the
    /// member's session, which is what the member-side read is).
    operations: Vec<Operation>,
}

/// Every hop of `account`, then its alias call and the member-side reads, as rows.
async fn check_account(
    session: &Session,
    chain: &SubAccountChain,
    account: &str,
    reads: &MemberReads,
    rows: &mut Vec<Vec<String>>,
    failures: &mut Vec<String>,
) {
    let roles: Vec<String> = chain
        .for_account(account)
        .map(|roles| roles.iter().map(ToString::to_string).collect())
        .unwrap_or_default();
    let total = roles.len();
    let hop_label = |n: usize| format!("{n}/{total}");
    let alias_action = "iam:ListAccountAliases".to_owned();
    let sub = match session.sub_account(chain, account).await {
        Ok(sub) => sub,
        Err(failure) => {
            for (i, role) in roles.iter().enumerate() {
                let n = i + 1;
                let (result, fix) = if n < failure.hop {
                    ("OK".to_owned(), String::new())
                } else if n == failure.hop {
                    let code = failure.code.clone().unwrap_or_else(|| "no answer".to_owned());
                    (format!("FAIL {code}"), failure.hint.clone())
                } else {
                    ("NOT TRIED".to_owned(), format!("hop {} failed", failure.hop))
                };
                rows.push(vec![account.to_owned(), hop_label(n), role.clone(), result, fix]);
            }
            rows.push(vec![
                account.to_owned(),
                "-".to_owned(),
                alias_action,
                "NOT TRIED".to_owned(),
                "the chain failed".to_owned(),
            ]);
            for op in &reads.operations {
                rows.push(vec![
                    account.to_owned(),
                    "-".to_owned(),
                    op.qualified_name(),
                    "NOT TRIED".to_owned(),
                    "the chain failed".to_owned(),
                ]);
            }
            failures.push(format!("account {account}: {failure}"));
            return;
        }
    };
    for (i, role) in roles.iter().enumerate() {
        rows.push(vec![
            account.to_owned(),
            hop_label(i + 1),
            role.clone(),
            "OK".to_owned(),
            String::new(),
        ]);
    }
    let alias = IamClient::new(&sub.sdk_config)
        .list_account_aliases_as(&sub.sdk_config)
        .await
        .map_err(ApiError::from_sdk);
    match alias {
        Ok(aliases) => {
            let detail = match aliases.alias {
                Some(alias) => format!("OK (alias {alias})"),
                None => "OK (no alias)".to_owned(),
            };
            rows.push(vec![
                account.to_owned(),
                "-".to_owned(),
                alias_action,
                detail,
                String::new(),
            ]);
        }
        Err(error) => {
            let fix = match error.kind {
                ErrorKind::AccessDenied => format!(
                    "allow iam:ListAccountAliases to role `{}` in account {account}",
                    sub.last_role.role_name()
                ),
                _ => format!("IAM answered {}", error.describe()),
            };
            failures
                .push(format!("account {account}: iam:ListAccountAliases: {}", error.describe()));
            rows.push(vec![
                account.to_owned(),
                "-".to_owned(),
                alias_action,
                format!("FAIL {}", error.code),
                fix,
            ]);
        }
    }
    let org = aws_sdk_organizations::Client::new(&sub.sdk_config);
    let member_account = aws_sdk_account::Client::new(&sub.sdk_config);
    for op in &reads.operations {
        let action = op.qualified_name();
        let mut found = super::Found::default();
        let answer = super::probe(*op, &org, &member_account, &sub.sdk_config, &mut found).await;
        let (result, fix) = match answer {
            Ok(detail) => (format!("OK, in the member's session: {detail}"), String::new()),
            Err(None) => ("NOT TRIED".to_owned(), String::new()),
            Err(Some(error)) => {
                let member = reads.account_reads == AccountReads::Member;
                let fix = format!(
                    "allow {action} to role `{}` in account {account}{}",
                    sub.last_role.role_name(),
                    if member {
                        ""
                    } else {
                        " (account_reads = auto reads this account through the management session meanwhile)"
                    }
                );
                if member {
                    failures.push(format!("account {account}: {action}: {}", error.describe()));
                }
                (format!("FAIL {}", error.code), fix)
            }
        };
        rows.push(vec![account.to_owned(), "-".to_owned(), action, result, fix]);
    }
}

/// ACTIVE member accounts (the management account excluded), sorted by ID.
async fn active_members(config: &SdkConfig) -> Result<Vec<String>, ApiError> {
    let client = aws_sdk_organizations::Client::new(config);
    let management = client
        .describe_organization()
        .send()
        .await
        .map_err(ApiError::from_sdk)?
        .organization()
        .and_then(|o| o.master_account_id())
        .map(str::to_owned);
    let mut members = Vec::new();
    let mut pages = client.list_accounts().max_results(20).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(ApiError::from_sdk)?;
        for account in page.accounts() {
            if let Some(id) = account.id()
                && is_active(account)
                && Some(id) != management.as_deref()
            {
                members.push(id.to_owned());
            }
        }
    }
    members.sort();
    Ok(members)
}

/// Up to `n` items spread evenly over `items`.
fn spread(items: &[String], n: usize) -> Vec<String> {
    if n >= items.len() {
        return items.to_vec();
    }
    (0..n).map(|i| items[i * items.len() / n].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::spread;

    #[test]
    fn the_sample_is_spread_over_the_accounts() {
        let items: Vec<String> = (0..10).map(|i| i.to_string()).collect();
        assert_eq!(spread(&items, 3), ["0", "3", "6"]);
        assert_eq!(spread(&items, 20).len(), 10);
        assert!(spread(&items, 0).is_empty());
    }
}
