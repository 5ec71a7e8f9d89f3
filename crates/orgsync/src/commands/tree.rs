//! `orgsync tree`: the organization as a tree (root → OUs → accounts, with
//! state and directly attached policies) from the latest snapshot in the
//! destination; with `--account`, one account's policies by type and where
//! each is inherited from (the rows of
//! `aws_organizations_policy_applicability`).

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use orgsync_core::UserError;
use orgsync_report::{
    OrgModel, TreeOptions, account_policies, build_tree, find_account,
    render_account_policies_json, render_account_policies_text, render_tree_json, render_tree_text,
};
use orgsync_schema::{Snapshot, TableName};

use super::history::{self, SourceArgs};
use crate::printer::GlobalArgs;

/// Output format of `orgsync tree`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TreeFormat {
    /// Box-drawn tree for people.
    Text,
    /// Nested JSON nodes.
    Json,
}

/// Arguments of `orgsync tree`.
#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  orgsync tree\n  orgsync tree --ou Engineering --depth 2\n  orgsync tree --account 111122223333\n  orgsync tree --destination sqlite:orgs.db --org o-a1b2c3d4e5 --format json"
)]
pub struct TreeArgs {
    /// Show only this OU (or root) and what is below it: an id, a name, or
    /// a name path like `Root/Engineering/Prod`.
    #[arg(long, value_name = "OU_ID_OR_NAME")]
    pub ou: Option<String>,
    /// Instead of the tree, this account's policies by type, each with where
    /// it is attached (directly, or inherited from an OU or the root): an
    /// account id or a unique account name.
    #[arg(long, value_name = "ID_OR_NAME", conflicts_with_all = ["ou", "depth"])]
    pub account: Option<String>,
    /// Levels shown below the starting node (0: just the node).
    #[arg(long, value_name = "N")]
    pub depth: Option<usize>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TreeFormat::Text)]
    pub format: TreeFormat,
    /// Read the organization live from AWS (with the configured credentials
    /// and role chain) instead of the destination; nothing is written.
    #[arg(long)]
    pub live: bool,
    #[command(flatten)]
    pub source: SourceArgs,
    #[command(flatten)]
    pub aws: crate::config_flags::AwsAccessFlags,
}

/// Renders a snapshot as `orgsync tree` prints it (also the entry point for
/// a live snapshot read straight from AWS).
pub fn render(snapshot: &Snapshot, args: &TreeArgs, colour: bool) -> Result<String, UserError> {
    let model = OrgModel::new(snapshot);
    if let Some(query) = &args.account {
        let account = find_account(&model, query).map_err(|e| {
            UserError::usage(format!("failed to select `--account {query}`"))
                .caused_by(e.to_string())
                .with_hint("pass a 12-digit account id or a unique account name")
        })?;
        let view = account_policies(snapshot, &model, account);
        return Ok(match args.format {
            TreeFormat::Text => render_account_policies_text(&view),
            TreeFormat::Json => render_account_policies_json(&view),
        });
    }
    let options = TreeOptions { subtree: args.ou.clone(), depth: args.depth };
    let tree = build_tree(&model, &options).map_err(|e| {
        UserError::usage(format!("failed to select `--ou {}`", args.ou.as_deref().unwrap_or_default()))
            .caused_by(e.to_string())
            .with_hint("pass an OU id (ou-…), a root id (r-…), a unique OU name or a name path such as Root/Engineering")
    })?;
    Ok(match args.format {
        TreeFormat::Text => match &model.scope {
            Some(scope) => format!(
                "scope: {scope} (the latest run read only this; rows outside it are from earlier runs)\n{}",
                render_tree_text(&tree, colour)
            ),
            None => render_tree_text(&tree, colour),
        },
        TreeFormat::Json => render_tree_json(&tree),
    })
}

/// Runs `orgsync tree`.
pub async fn run(args: TreeArgs, global: &GlobalArgs) -> anyhow::Result<ExitCode> {
    // Colour only when stdout (where the tree goes) is a terminal and NO_COLOR is unset.
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let text = if args.live {
        let plan = args.source.config.load_plan_with(&args.aws)?;
        let tables = [
            TableName::Organization,
            TableName::Root,
            TableName::OrganizationalUnit,
            TableName::Account,
            TableName::Policy,
            TableName::PolicyTarget,
        ]
        .into_iter()
        .collect();
        let snapshot = crate::pipeline::live_snapshot(plan, tables, global).await?;
        render(&snapshot, &args, colour)?
    } else {
        tokio::task::spawn_blocking(move || -> Result<String, UserError> {
            let mut history = history::open(&args.source)?;
            let snapshot = history.snapshot(None)?;
            render(&snapshot, &args, colour)
        })
        .await??
    };
    crate::printer::write_stdout(&text)?;
    Ok(ExitCode::SUCCESS)
}
