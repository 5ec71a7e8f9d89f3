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
use aws_sdk_organizations::config::http::HttpResponse;
use aws_sdk_organizations::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_organizations::types::{EffectivePolicyType, PolicyType, ResponsibilityTransferType};
use clap::Args;
use orgsync_core::UserError;
use orgsync_core::aws::error::{ApiError, ErrorKind};
use orgsync_core::aws::iam::IamClient;
use orgsync_core::config::Plan;
use orgsync_core::credentials::{self, ChainWalk, WalkStep};
use orgsync_core::planner::Operation;

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
    action: String,
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

/// What earlier probes found that later ones ask about.
#[derive(Default)]
struct Found {
    management_account: Option<String>,
    root: Option<aws_sdk_organizations::types::Root>,
    policy: Option<String>,
    delegated_admin: Option<String>,
    /// The first OU of `organizational_unit_ids`.
    scope_ou: Option<String>,
    /// An account with an invalid effective policy, and the policy's type.
    invalid_policy: Option<(String, String)>,
}

impl Found {
    /// The first management policy type enabled at the root read.
    fn first_enabled_policy_type(&self) -> Option<String> {
        let roots: Vec<_> = self.root.iter().cloned().collect();
        orgsync_core::tables::effective_policy::enabled_types(&roots).into_iter().next()
    }
}

/// What a probe says when an earlier one left it nothing to ask about
/// (`why`): the permission is not known to be missing.
fn nothing_to_ask(why: &str) -> Result<String, Option<ApiError>> {
    Ok(format!("allowed as far as can be told ({why})"))
}

/// One cheap call (pages of one item) per operation the configured tables
/// make a sync call ([`orgsync_core::permissions::operations`]): `check`
/// probes exactly what `sync` needs, no more and no less. The sub-account
/// AssumeRole is tried on sampled member accounts instead (`--sample`).
async fn probe_permissions(
    config: &aws_config::SdkConfig,
    plan: &Plan,
    caller: &str,
) -> Vec<Probe> {
    let org = aws_sdk_organizations::Client::new(config);
    let account = aws_sdk_account::Client::new(config);
    let mut found =
        Found { scope_ou: plan.scope.organizational_unit_ids.first().cloned(), ..Found::default() };
    let mut probes = Vec::new();
    for op in orgsync_core::permissions::operations(plan) {
        // Made in member sessions: the sub-account part tries those.
        if op == Operation::AssumeRoleSubAccount || op.is_member_side() {
            continue;
        }
        let action = op.qualified_name();
        let outcome = match probe(op, &org, &account, config, &mut found).await {
            Ok(detail) => Outcome::Pass(detail),
            Err(Some(error)) => {
                let fix = fix_for(&action, &error, caller, plan);
                Outcome::Fail { error, fix }
            }
            Err(None) => Outcome::Skipped(skip_reason(op)),
        };
        probes.push(Probe { action, outcome });
    }
    probes
}

/// Why `op` could not be probed: an earlier probe found nothing to ask about.
fn skip_reason(op: Operation) -> String {
    match op {
        Operation::DescribePolicy | Operation::ListTargetsForPolicy => {
            "needs a policy ID from ListPolicies".to_owned()
        }
        Operation::ListDelegatedServicesForAccount => {
            "needs a delegated administrator from ListDelegatedAdministrators".to_owned()
        }
        _ => "needs the organization's IDs from DescribeOrganization and ListRoots".to_owned(),
    }
}

/// Sends the listing `$request` for a one-item page (inside [`probe`]: a
/// refusal returns early) and says what it read, `$first` naming the page's
/// first item from `out`.
macro_rules! one_item_listing {
    ($request:expr, |$out:ident| $first:expr, $plural:expr, $parent:expr) => {{
        let $out = $request.max_results(1).send().await.map_err(refused)?;
        Ok(one_item_page($plural, $parent, $first, $out.next_token().is_some()))
    }};
}

/// One probe: `Ok(detail)` when allowed, `Err(Some(_))` when AWS refused,
/// `Err(None)` when an earlier probe left nothing to ask about.
async fn probe(
    op: Operation,
    org: &aws_sdk_organizations::Client,
    account: &aws_sdk_account::Client,
    config: &aws_config::SdkConfig,
    found: &mut Found,
) -> Result<String, Option<ApiError>> {
    let root_id = found.root.as_ref().and_then(|r| r.id()).map(str::to_owned);
    match op {
        Operation::DescribeOrganization => {
            let out = org.describe_organization().send().await.map_err(refused)?;
            let o = out.organization();
            found.management_account = o.and_then(|o| o.master_account_id()).map(str::to_owned);
            Ok(format!(
                "organization {}, management account {}",
                o.and_then(|o| o.id()).unwrap_or("?"),
                found.management_account.as_deref().unwrap_or("?")
            ))
        }
        Operation::ListRoots => {
            let out = org.list_roots().max_results(1).send().await.map_err(refused)?;
            found.root = out.roots().first().cloned();
            Ok(format!("root {}", root_id_of(found).unwrap_or("?")))
        }
        Operation::ListParents => {
            let ou = found.scope_ou.clone().ok_or(None)?;
            let out = org.list_parents().child_id(&ou).send().await.map_err(refused)?;
            let parent = out.parents().first().and_then(|p| p.id()).unwrap_or("?");
            Ok(format!("allowed (OU {ou} is in {parent})"))
        }
        Operation::DescribeOrganizationalUnit => {
            let ou = found.scope_ou.clone().ok_or(None)?;
            let out = org
                .describe_organizational_unit()
                .organizational_unit_id(&ou)
                .send()
                .await
                .map_err(refused)?;
            let name = out.organizational_unit().and_then(|u| u.name()).unwrap_or("?");
            Ok(format!("allowed (OU {ou}, {name})"))
        }
        Operation::ListOrganizationalUnitsForParent => {
            let root = root_id.ok_or(None)?;
            one_item_listing!(
                org.list_organizational_units_for_parent().parent_id(&root),
                |out| out.organizational_units().first().and_then(|ou| ou.id()),
                "OUs",
                Some(&root)
            )
        }
        Operation::ListAccountsForParent => {
            let root = root_id.ok_or(None)?;
            one_item_listing!(
                org.list_accounts_for_parent().parent_id(&root),
                |out| out.accounts().first().and_then(|a| a.id()),
                "accounts",
                Some(&root)
            )
        }
        Operation::ListAccounts => {
            one_item_listing!(
                org.list_accounts(),
                |out| out.accounts().first().and_then(|a| a.id()),
                "accounts",
                None
            )
        }
        Operation::ListPoliciesForTarget => {
            let root = root_id.ok_or(None)?;
            one_item_listing!(
                org.list_policies_for_target()
                    .target_id(&root)
                    .filter(PolicyType::ServiceControlPolicy),
                |out| out.policies().first().and_then(|p| p.name()),
                "SCPs",
                Some(&root)
            )
        }
        Operation::LookupEvents => {
            let cloudtrail = orgsync_core::aws::Clients::new(config).cloudtrail;
            one_item_listing!(
                cloudtrail.lookup_events(),
                |out| out.events().first().and_then(|e| e.event_name()),
                "events",
                None
            )
        }
        Operation::ListPolicies => {
            let out = org
                .list_policies()
                .filter(PolicyType::ServiceControlPolicy)
                .max_results(1)
                .send()
                .await
                .map_err(refused)?;
            let first = out.policies().first();
            found.policy = first.and_then(|p| p.id()).map(str::to_owned);
            let name = first.and_then(|p| p.name());
            Ok(one_item_page("SCPs", None, name, out.next_token().is_some()))
        }
        Operation::DescribePolicy => {
            let id = found.policy.clone().ok_or(None)?;
            let out = org.describe_policy().policy_id(&id).send().await.map_err(refused)?;
            let name = out.policy().and_then(|p| p.policy_summary()).and_then(|s| s.name());
            Ok(format!("allowed (policy {id}, {})", name.unwrap_or("?")))
        }
        Operation::ListTargetsForPolicy => {
            let id = found.policy.clone().ok_or(None)?;
            one_item_listing!(
                org.list_targets_for_policy().policy_id(&id),
                |out| out.targets().first().and_then(|t| t.target_id()),
                "targets",
                Some(&id)
            )
        }
        Operation::ListTagsForResource => {
            let root = root_id.ok_or(None)?;
            let out =
                org.list_tags_for_resource().resource_id(&root).send().await.map_err(refused)?;
            Ok(format!("allowed ({} tag(s) on the root)", out.tags().len()))
        }
        Operation::ListAwsServiceAccessForOrganization => {
            one_item_listing!(
                org.list_aws_service_access_for_organization(),
                |out| out.enabled_service_principals().first().and_then(|s| s.service_principal()),
                "enabled services",
                None
            )
        }
        Operation::ListDelegatedAdministrators => {
            let out =
                org.list_delegated_administrators().max_results(1).send().await.map_err(refused)?;
            found.delegated_admin =
                out.delegated_administrators().first().and_then(|d| d.id()).map(str::to_owned);
            let first = found.delegated_admin.as_deref();
            Ok(one_item_page("delegated administrators", None, first, out.next_token().is_some()))
        }
        Operation::ListDelegatedServicesForAccount => {
            let Some(admin) = found.delegated_admin.clone() else {
                return nothing_to_ask("no delegated administrator to ask about");
            };
            one_item_listing!(
                org.list_delegated_services_for_account().account_id(&admin),
                |out| out.delegated_services().first().and_then(|s| s.service_principal()),
                "services",
                Some(&admin)
            )
        }
        Operation::DescribeEffectivePolicy => {
            let account_id = found.management_account.clone().ok_or(None)?;
            let Some(policy_type) = found.first_enabled_policy_type() else {
                return nothing_to_ask("no effective-policy type is enabled");
            };
            let result = org
                .describe_effective_policy()
                .policy_type(EffectivePolicyType::from(policy_type.as_str()))
                .target_id(&account_id)
                .send()
                .await;
            match result.map_err(ApiError::from_sdk) {
                Ok(_) => Ok(format!("allowed ({policy_type} of account {account_id})")),
                Err(e) if e.code == "EffectivePolicyNotFoundException" => {
                    Ok(format!("allowed (no {policy_type} applies to account {account_id})"))
                }
                Err(e) => Err(Some(e)),
            }
        }
        Operation::ListHandshakesForOrganization => {
            one_item_listing!(
                org.list_handshakes_for_organization(),
                |out| out.handshakes().first().and_then(|h| h.id()),
                "handshakes",
                None
            )
        }
        Operation::ListCreateAccountStatus => {
            one_item_listing!(
                org.list_create_account_status(),
                |out| out.create_account_statuses().first().and_then(|s| s.id()),
                "account-creation requests",
                None
            )
        }
        Operation::DescribeResourcePolicy => {
            let result = org.describe_resource_policy().send().await;
            match result.map_err(ApiError::from_sdk) {
                Ok(out) => Ok(format!(
                    "allowed (resource policy {})",
                    out.resource_policy()
                        .and_then(|p| p.resource_policy_summary())
                        .and_then(|s| s.id())
                        .unwrap_or("?")
                )),
                Err(e) if e.code == orgsync_core::tables::records::NO_RESOURCE_POLICY => {
                    Ok("allowed (no resource policy set)".to_owned())
                }
                Err(e) => Err(Some(e)),
            }
        }
        Operation::ListAccountsWithInvalidEffectivePolicy => {
            let Some(policy_type) = found.first_enabled_policy_type() else {
                return nothing_to_ask("no management policy type is enabled");
            };
            let out = org
                .list_accounts_with_invalid_effective_policy()
                .policy_type(EffectivePolicyType::from(policy_type.as_str()))
                .max_results(1)
                .send()
                .await
                .map_err(refused)?;
            let first = out.accounts().first().and_then(|a| a.id());
            // Without such an account, the next probe asks about the
            // management account (a valid question with an empty answer).
            found.invalid_policy = first
                .map(str::to_owned)
                .or_else(|| found.management_account.clone())
                .map(|id| (id, policy_type.clone()));
            let what = format!("accounts with an invalid {policy_type}");
            Ok(one_item_page(&what, None, first, out.next_token().is_some()))
        }
        Operation::ListEffectivePolicyValidationErrors => {
            let Some((account_id, policy_type)) = found.invalid_policy.clone() else {
                return nothing_to_ask("no management policy type is enabled");
            };
            let out = org
                .list_effective_policy_validation_errors()
                .account_id(&account_id)
                .policy_type(EffectivePolicyType::from(policy_type.as_str()))
                .max_results(1)
                .send()
                .await
                .map_err(refused)?;
            let first =
                out.effective_policy_validation_errors().first().and_then(|e| e.error_code());
            Ok(one_item_page(
                "validation errors",
                Some(&account_id),
                first,
                out.next_token().is_some(),
            ))
        }
        Operation::ListInboundResponsibilityTransfers => {
            one_item_listing!(
                org.list_inbound_responsibility_transfers()
                    .r#type(ResponsibilityTransferType::Billing),
                |out| out.responsibility_transfers().first().and_then(|t| t.id()),
                "inbound transfers",
                None
            )
        }
        Operation::ListOutboundResponsibilityTransfers => {
            one_item_listing!(
                org.list_outbound_responsibility_transfers()
                    .r#type(ResponsibilityTransferType::Billing),
                |out| out.responsibility_transfers().first().and_then(|t| t.id()),
                "outbound transfers",
                None
            )
        }
        Operation::ListOrganizationsFeatures => {
            let result = IamClient::new(config).list_organizations_features_as(config).await;
            match result.map_err(ApiError::from_sdk) {
                Ok(out) if out.enabled_features.is_empty() => {
                    Ok("allowed (no centralized root access feature enabled)".to_owned())
                }
                Ok(out) => Ok(format!("allowed ({})", out.enabled_features.join(", "))),
                Err(e) if e.code == orgsync_core::tables::records::IAM_ACCESS_NOT_ENABLED => {
                    Ok("allowed (trusted access for IAM is not enabled: centralized root access is off)"
                        .to_owned())
                }
                Err(e) => Err(Some(e)),
            }
        }
        Operation::GetAlternateContact => {
            let result = account
                .get_alternate_contact()
                .alternate_contact_type(AlternateContactType::Billing)
                .send()
                .await;
            match result.map_err(ApiError::from_sdk) {
                Ok(_) => Ok("allowed (billing contact of the management account)".to_owned()),
                Err(e) if e.code == "ResourceNotFoundException" => {
                    Ok("allowed (no billing contact set)".to_owned())
                }
                Err(e) => Err(Some(e)),
            }
        }
        Operation::ListAccountAliases => {
            let out =
                IamClient::new(config).list_account_aliases_as(config).await.map_err(refused)?;
            Ok(match out.alias {
                Some(alias) => format!("allowed (alias {alias})"),
                None => "allowed (no alias set)".to_owned(),
            })
        }
        Operation::GetAccountInformation => {
            let out = account.get_account_information().send().await.map_err(refused)?;
            Ok(format!(
                "allowed (management account {}, created {})",
                out.account_id().unwrap_or("?"),
                out.account_created_date().map(ToString::to_string).unwrap_or_else(|| "?".into())
            ))
        }
        Operation::ListRegions => {
            one_item_listing!(
                account.list_regions(),
                |out| out.regions().first().and_then(|r| r.region_name()),
                "Regions",
                None
            )
        }
        Operation::GetContactInformation => {
            match account.get_contact_information().send().await.map_err(ApiError::from_sdk) {
                Ok(_) => Ok("allowed (primary contact of the management account)".to_owned()),
                Err(e) if e.code == "ResourceNotFoundException" => {
                    Ok("allowed (no primary contact set)".to_owned())
                }
                Err(e) => Err(Some(e)),
            }
        }
        // Made in member sessions: not probed with the reading identity.
        Operation::AssumeRoleSubAccount
        | Operation::GetAlternateContactAsMember
        | Operation::GetAccountInformationAsMember
        | Operation::ListRegionsAsMember
        | Operation::GetContactInformationAsMember => Err(None),
    }
}

/// A refused probe call, classified.
fn refused<E>(err: SdkError<E, HttpResponse>) -> Option<ApiError>
where
    E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
{
    Some(ApiError::from_sdk(err))
}

fn root_id_of(found: &Found) -> Option<&str> {
    found.root.as_ref().and_then(|r| r.id())
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
