//! `orgsync check`: validates the configuration, walks the role chain hop by
//! hop (GetCallerIdentity with the initial credentials and after every
//! AssumeRole), then probes each permission a sync needs with one cheap call.
//! With `sub_account_assume_role_arn_chain`, it then tries that chain and the
//! alias call on a sample of member accounts (`--sample N`, see
//! [`sub_account`]).
//!
//! The pass/fail tables go to stdout; a failure is also reported on stderr as
//! `error:` / `caused by:` / `hint:`. Exit code 0 when everything passes, 1
//! when a hop or a permission fails, 2 for a bad configuration (nothing is
//! sent to AWS then). No data is written anywhere.

use std::fmt::Write as _;
use std::process::ExitCode;

use aws_sdk_account::types::AlternateContactType;
use aws_sdk_organizations::types::PolicyType;
use clap::Args;
use orgsync_core::UserError;
use orgsync_core::aws::error::{ApiError, ErrorKind};
use orgsync_core::config::Plan;
use orgsync_core::credentials::{self, ChainWalk, WalkStep};

mod sub_account;

use crate::config_flags::ConfigFlags;
use crate::printer::GlobalArgs;

/// Arguments of `orgsync check`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  orgsync check --config orgsync.toml
  orgsync check --config orgsync.toml --sample 10   # sub-account chain on 10 accounts
  pass show aws/orgsync | orgsync check \\
    --access-key-id AKIAIOSFODNN7EXAMPLE --secret-access-key-stdin \\
    --master-assume-role-arn-chain arn:aws:iam::111122223333:role/OrgReader \\
    --assume-external-id orgsync-ext-1")]
pub struct CheckArgs {
    #[command(flatten)]
    pub config: ConfigFlags,
    /// How many ACTIVE member accounts to try `sub_account_assume_role_arn_chain`
    /// on (each hop and iam:ListAccountAliases); 0 skips the sub-account check.
    #[arg(long, value_name = "N", default_value_t = DEFAULT_SAMPLE)]
    pub sample: usize,
}

/// Default of `--sample`.
pub const DEFAULT_SAMPLE: usize = 3;

/// One permission probe: the IAM action and how it went.
struct Probe {
    action: &'static str,
    outcome: Outcome,
}

enum Outcome {
    Pass(String),
    Fail { error: ApiError, fix: String },
    Skipped(String),
}

/// Runs `orgsync check`.
pub async fn run(args: CheckArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let plan = args.config.load_plan()?;
    let mut out = String::new();
    writeln!(
        out,
        "configuration: OK ({} authentication, {} role(s), region {}, destination {}, fingerprint {})",
        plan.auth.initial.method().as_str(),
        plan.auth.chain.len(),
        plan.auth.region,
        plan.destination.describe(),
        &plan.config_fingerprint[..12],
    )?;
    let walk = credentials::walk_chain(&plan.auth).await;
    out.push('\n');
    out.push_str(&chain_table(&walk));
    let Some(final_config) = &walk.final_config else {
        out.push_str("\npermissions: not checked (the role chain failed)\n");
        crate::printer::write_stdout(&out)?;
        let failure = walk
            .steps
            .iter()
            .find_map(|s| s.outcome.as_ref().err())
            .expect("a failed walk has a failed step");
        return Err(failure.to_user_error().into());
    };
    let caller = walk
        .steps
        .last()
        .and_then(|s| s.outcome.as_ref().ok())
        .map(|i| i.arn.clone())
        .unwrap_or_default();
    let probes = probe_permissions(final_config, &plan, &caller).await;
    out.push('\n');
    out.push_str(&probe_table(&probes, &caller));
    let sub_accounts = match &plan.sub_account_chain {
        Some(chain) if args.sample > 0 => {
            let report = sub_account::check(&plan, chain, final_config, args.sample).await;
            out.push('\n');
            out.push_str(&report.text);
            report.failures
        }
        _ => Vec::new(),
    };
    let failed: Vec<&Probe> =
        probes.iter().filter(|p| !matches!(p.outcome, Outcome::Pass(_))).collect();
    if failed.is_empty() && sub_accounts.is_empty() {
        out.push_str("\nresult: every check passed\n");
        crate::printer::write_stdout(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if failed.is_empty() {
        writeln!(out, "\nresult: the sub-account chain failed {} check(s)", sub_accounts.len())?;
        crate::printer::write_stdout(&out)?;
        let mut err = UserError::failure(format!(
            "the sub-account chain failed {} check(s) on the sampled member accounts",
            sub_accounts.len()
        ));
        for line in sub_accounts {
            err = err.caused_by(line);
        }
        return Err(err
            .with_hint(
                "deploy the roles of `sub_account_assume_role_arn_chain` to every member account, each \
                 trusting the previous hop with the external ID (see the fix column)",
            )
            .into());
    }
    writeln!(out, "\nresult: {} of {} permission checks failed", failed.len(), probes.len())?;
    crate::printer::write_stdout(&out)?;
    let mut err = UserError::failure(format!(
        "{} of {} permission checks failed for `{caller}`",
        failed.len(),
        probes.len()
    ));
    for line in sub_accounts {
        err = err.caused_by(line);
    }
    for probe in &failed {
        match &probe.outcome {
            Outcome::Fail { error, .. } => {
                err = err.caused_by(format!("{}: {}", probe.action, error.describe()))
            }
            Outcome::Skipped(why) => {
                err = err.caused_by(format!("{}: not checked ({why})", probe.action))
            }
            Outcome::Pass(_) => {}
        }
    }
    Err(err
        .with_hint(
            "grant the actions marked FAIL to the last role of the chain (see the fix column)",
        )
        .into())
}

/// Renders rows as aligned columns.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<String>| {
        let last = cells.len() - 1;
        let mut text = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i == last {
                text.push_str(cell);
            } else {
                let pad = widths[i] - cell.chars().count();
                text.push_str(cell);
                text.push_str(&" ".repeat(pad + 2));
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
    };
    line(header.iter().map(|h| (*h).to_owned()).collect());
    for row in rows {
        line(row.clone());
    }
    out
}

fn chain_table(walk: &ChainWalk) -> String {
    let rows: Vec<Vec<String>> = walk.steps.iter().map(chain_row).collect();
    let mut out = String::from("role chain:\n");
    out.push_str(&table(&["HOP", "ROLE", "IDENTITY", "RESULT", "FIX"], &rows));
    out
}

fn chain_row(step: &WalkStep) -> Vec<String> {
    let hop = if step.hop == 0 { "0".to_owned() } else { format!("{}/{}", step.hop, step.total) };
    let role = step.role_arn.clone().unwrap_or_else(|| step.description.clone());
    match &step.outcome {
        Ok(identity) => vec![hop, role, identity.arn.clone(), "OK".to_owned(), String::new()],
        Err(failure) => {
            let code = failure.code.clone().unwrap_or_else(|| "no answer".to_owned());
            vec![hop, role, "-".to_owned(), format!("FAIL {code}"), failure.hint.clone()]
        }
    }
}

fn probe_table(probes: &[Probe], caller: &str) -> String {
    let rows: Vec<Vec<String>> = probes
        .iter()
        .map(|p| match &p.outcome {
            Outcome::Pass(detail) => vec![p.action.to_owned(), "OK".to_owned(), detail.clone()],
            Outcome::Fail { error, fix } => {
                vec![p.action.to_owned(), format!("FAIL {}", error.code), fix.clone()]
            }
            Outcome::Skipped(why) => vec![p.action.to_owned(), "SKIPPED".to_owned(), why.clone()],
        })
        .collect();
    let mut out = format!("permissions of {caller}:\n");
    out.push_str(&table(&["ACTION", "RESULT", "DETAIL / FIX"], &rows));
    out
}

/// What to do about a failed probe.
fn fix_for(action: &str, error: &ApiError, caller: &str, plan: &Plan) -> String {
    match error.kind {
        ErrorKind::AccessDenied => format!(
            "allow {action} in the policies of `{caller}` (and check SCPs); Organizations reads need the management \
             account or a delegated administrator"
        ),
        ErrorKind::OrganizationNotInUse => {
            "the account of the last role is not in an organization: \
            point the chain at the management account"
                .to_owned()
        }
        ErrorKind::ExpiredCredentials | ErrorKind::Authentication => {
            "the session was rejected: check the system clock and run again".to_owned()
        }
        ErrorKind::Throttled => "throttled by AWS: run again in a minute".to_owned(),
        _ if error.network.is_some() => {
            let endpoint = plan.auth.endpoint_url.clone().unwrap_or_else(|| {
                let service = action.split(':').next().unwrap_or("organizations");
                format!("https://{service}.{}.amazonaws.com", plan.auth.region)
            });
            error.network_failure(&endpoint).map(|f| f.hint).unwrap_or_default()
        }
        ErrorKind::Transient => match &plan.auth.endpoint_url {
            Some(url) => {
                format!("could not get an answer from {url}: check `endpoint_url` and the network")
            }
            None => {
                "could not get an answer from AWS: check the network and proxy settings".to_owned()
            }
        },
        ErrorKind::Service => {
            format!("AWS refused {action}: {}", error.message.clone().unwrap_or_default())
        }
    }
}

/// One cheap call (MaxResults 1) per permission a sync needs.
async fn probe_permissions(
    config: &aws_config::SdkConfig,
    plan: &Plan,
    caller: &str,
) -> Vec<Probe> {
    let org = aws_sdk_organizations::Client::new(config);
    let account = aws_sdk_account::Client::new(config);
    let mut probes = Vec::new();
    let fail = |action: &'static str, error: ApiError| {
        let fix = fix_for(action, &error, caller, plan);
        Probe { action, outcome: Outcome::Fail { error, fix } }
    };
    let pass =
        |action: &'static str, detail: String| Probe { action, outcome: Outcome::Pass(detail) };

    probes.push(match org.describe_organization().send().await {
        Ok(out) => {
            let o = out.organization();
            let id = o.and_then(|o| o.id()).unwrap_or("?");
            let mgmt = o.and_then(|o| o.master_account_id()).unwrap_or("?");
            pass(
                "organizations:DescribeOrganization",
                format!("organization {id}, management account {mgmt}"),
            )
        }
        Err(e) => fail("organizations:DescribeOrganization", ApiError::from_sdk(e)),
    });
    let mut root_id = None;
    probes.push(match org.list_roots().max_results(1).send().await {
        Ok(out) => {
            root_id = out.roots().first().and_then(|r| r.id()).map(str::to_owned);
            pass("organizations:ListRoots", format!("root {}", root_id.as_deref().unwrap_or("?")))
        }
        Err(e) => fail("organizations:ListRoots", ApiError::from_sdk(e)),
    });
    probes.push(match org.list_accounts().max_results(1).send().await {
        Ok(out) => pass(
            "organizations:ListAccounts",
            one_item_page(
                "accounts",
                None,
                out.accounts().first().and_then(|a| a.id()),
                out.next_token().is_some(),
            ),
        ),
        Err(e) => fail("organizations:ListAccounts", ApiError::from_sdk(e)),
    });
    let needs_root = |action: &'static str| Probe {
        action,
        outcome: Outcome::Skipped("needs the root ID from ListRoots".to_owned()),
    };
    probes.push(match &root_id {
        None => needs_root("organizations:ListOrganizationalUnitsForParent"),
        Some(root) => match org
            .list_organizational_units_for_parent()
            .parent_id(root)
            .max_results(1)
            .send()
            .await
        {
            Ok(out) => pass(
                "organizations:ListOrganizationalUnitsForParent",
                one_item_page(
                    "OUs",
                    Some(root),
                    out.organizational_units().first().and_then(|ou| ou.id()),
                    out.next_token().is_some(),
                ),
            ),
            Err(e) => fail("organizations:ListOrganizationalUnitsForParent", ApiError::from_sdk(e)),
        },
    });
    probes.push(
        match org
            .list_policies()
            .filter(PolicyType::ServiceControlPolicy)
            .max_results(1)
            .send()
            .await
        {
            Ok(out) => pass(
                "organizations:ListPolicies",
                one_item_page(
                    "SCPs",
                    None,
                    out.policies().first().and_then(|p| p.name()),
                    out.next_token().is_some(),
                ),
            ),
            Err(e) => fail("organizations:ListPolicies", ApiError::from_sdk(e)),
        },
    );
    probes.push(match &root_id {
        None => needs_root("organizations:ListTagsForResource"),
        Some(root) => match org.list_tags_for_resource().resource_id(root).send().await {
            Ok(out) => pass(
                "organizations:ListTagsForResource",
                format!("{} tag(s) on the root", out.tags().len()),
            ),
            Err(e) => fail("organizations:ListTagsForResource", ApiError::from_sdk(e)),
        },
    });
    probes.push(match org.list_aws_service_access_for_organization().max_results(1).send().await {
        Ok(out) => pass(
            "organizations:ListAWSServiceAccessForOrganization",
            one_item_page(
                "enabled services",
                None,
                out.enabled_service_principals().first().and_then(|s| s.service_principal()),
                out.next_token().is_some(),
            ),
        ),
        Err(e) => fail("organizations:ListAWSServiceAccessForOrganization", ApiError::from_sdk(e)),
    });
    probes.push(match org.list_delegated_administrators().max_results(1).send().await {
        Ok(out) => pass(
            "organizations:ListDelegatedAdministrators",
            one_item_page(
                "delegated administrators",
                None,
                out.delegated_administrators().first().and_then(|d| d.id()),
                out.next_token().is_some(),
            ),
        ),
        Err(e) => fail("organizations:ListDelegatedAdministrators", ApiError::from_sdk(e)),
    });
    probes.push(
        match account
            .get_alternate_contact()
            .alternate_contact_type(AlternateContactType::Billing)
            .send()
            .await
        {
            Ok(_) => pass(
                "account:GetAlternateContact",
                "billing contact of the management account is set".to_owned(),
            ),
            Err(e) => {
                let error = ApiError::from_sdk(e);
                if error.code == "ResourceNotFoundException" {
                    pass(
                        "account:GetAlternateContact",
                        "allowed (no billing contact set)".to_owned(),
                    )
                } else {
                    fail("account:GetAlternateContact", error)
                }
            }
        },
    );
    probes
}

/// What a listing probe saw. Probes ask for pages of one item (a cheap call
/// whatever the organization's size), so they tell whether the call is
/// allowed and show the first item, not how many there are: `allowed (a
/// one-item page: 111122223333; more to list)`.
fn one_item_page(plural: &str, parent: Option<&str>, first: Option<&str>, more: bool) -> String {
    let under = parent.map(|p| format!(" under {p}")).unwrap_or_default();
    match (first, more) {
        (Some(first), true) => format!("allowed (a one-item page{under}: {first}; more to list)"),
        (Some(first), false) => format!("allowed (a one-item page{under}: {first}; no more)"),
        (None, true) => format!("allowed (an empty page{under}; more to list)"),
        (None, false) => format!("allowed (no {plural}{under})"),
    }
}

#[cfg(test)]
mod tests {
    use super::one_item_page;

    #[test]
    fn a_listing_probe_says_what_it_read_not_a_count_of_one() {
        assert_eq!(
            one_item_page("accounts", None, Some("111122223333"), true),
            "allowed (a one-item page: 111122223333; more to list)"
        );
        assert_eq!(
            one_item_page("OUs", Some("r-ab12"), Some("ou-ab12-11111111"), false),
            "allowed (a one-item page under r-ab12: ou-ab12-11111111; no more)"
        );
        assert_eq!(
            one_item_page("OUs", Some("r-ab12"), None, false),
            "allowed (no OUs under r-ab12)"
        );
    }
}
