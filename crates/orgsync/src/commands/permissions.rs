//! `orgsync permissions`: the least-privilege IAM policies the configuration
//! needs — a permissions policy per identity of the role chain and each
//! role's trust policy with `sts:ExternalId` — for exactly the tables it
//! enables. Nothing is called: it reads the configuration only.

use std::fmt::Write as _;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::permissions::{INITIAL_PRINCIPAL_PLACEHOLDER, Permissions, least_privilege};

use crate::config_flags::ConfigFlags;
use crate::printer::GlobalArgs;

/// Output format of `orgsync permissions`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PermissionsFormat {
    /// Each identity with its policies, for people.
    Text,
    /// One JSON document, for scripts and infrastructure code.
    Json,
}

/// Arguments of `orgsync permissions`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  orgsync permissions --config orgsync.toml
  orgsync permissions --config orgsync.toml --format json | jq '.identities[-1].policy'
  orgsync permissions --include account,policy_target --effective-policies")]
pub struct PermissionsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = PermissionsFormat::Text)]
    pub format: PermissionsFormat,
    #[command(flatten)]
    pub config: ConfigFlags,
}

/// Runs `orgsync permissions`.
pub async fn run(args: PermissionsArgs, _global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    let plan = args.config.load_plan()?;
    let permissions = least_privilege(&plan);
    let text = match args.format {
        PermissionsFormat::Json => format!("{}\n", serde_json::to_string_pretty(&permissions)?),
        PermissionsFormat::Text => render_text(&permissions),
    };
    crate::printer::write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// `json` pretty-printed with every line indented by `indent`.
fn indented(json: &serde_json::Value, indent: &str) -> String {
    let pretty = serde_json::to_string_pretty(json).unwrap_or_default();
    pretty.lines().map(|l| format!("{indent}{l}\n")).collect()
}

fn render_text(permissions: &Permissions) -> String {
    let mut out = format!(
        "Least-privilege IAM policies for {} table(s): {}\n",
        permissions.tables.len(),
        permissions.tables.join(", ")
    );
    for (n, identity) in permissions.identities.iter().enumerate() {
        let _ = write!(out, "\n{}. {}", n + 1, identity.identity);
        if let Some(arn) = &identity.role_arn {
            let _ = write!(out, ": {arn}");
        }
        let _ = writeln!(out, "\n   {}", identity.purpose);
        out.push_str("   permissions policy:\n");
        out.push_str(&indented(&identity.policy, "     "));
        if let Some(trust) = &identity.trust_policy {
            out.push_str("   trust policy:\n");
            out.push_str(&indented(trust, "     "));
        }
    }
    if permissions.identities.iter().any(|i| {
        i.trust_policy
            .as_ref()
            .is_some_and(|t| t.to_string().contains(INITIAL_PRINCIPAL_PLACEHOLDER))
    }) {
        let _ = writeln!(
            out,
            "\n{INITIAL_PRINCIPAL_PLACEHOLDER}: the ARN of the user or role the initial credentials belong to \
             (`aws sts get-caller-identity`, or the `IDENTITY` column of hop 0 in `orgsync check`)."
        );
    }
    out
}
