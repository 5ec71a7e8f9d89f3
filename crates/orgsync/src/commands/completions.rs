//! `orgsync completions SHELL` and `orgsync man`: shell completion scripts
//! and manual pages generated from the same clap definition the binary
//! parses with, so they can never disagree with `--help`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use clap_complete::Shell;
use orgsync_core::UserError;

/// Arguments of `orgsync completions`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  orgsync completions bash > ~/.local/share/bash-completion/completions/orgsync
  orgsync completions zsh > ~/.zfunc/_orgsync      # with fpath+=(~/.zfunc) in ~/.zshrc
  orgsync completions fish > ~/.config/fish/completions/orgsync.fish
  orgsync completions powershell >> $PROFILE")]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Arguments of `orgsync man`.
#[derive(Debug, Args)]
#[command(after_help = "Examples:
  orgsync man | man -l -
  orgsync man --out-dir ~/.local/share/man/man1   # orgsync.1, orgsync-sync.1, …")]
pub struct ManArgs {
    /// Write one page per command (orgsync.1, orgsync-sync.1, …) into this
    /// folder instead of printing the main page.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

/// Prints the completion script for a shell.
pub fn run_completions(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut command = crate::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "orgsync", &mut script);
    crate::printer::write_stdout(&String::from_utf8_lossy(&script))
        .context("failed to write the completion script to stdout")?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the main manual page, or writes every page into `--out-dir`.
pub fn run_man(args: &ManArgs) -> anyhow::Result<ExitCode> {
    let command = crate::command();
    match &args.out_dir {
        None => {
            let page = render_page(command)?;
            crate::printer::write_stdout(&String::from_utf8_lossy(&page))
                .context("failed to write the manual page to stdout")?;
        }
        Some(dir) => {
            if !dir.is_dir() {
                return Err(UserError::usage(format!(
                    "`--out-dir {}` is not an existing folder",
                    dir.display()
                ))
                .with_hint("create it first, e.g. `mkdir -p ~/.local/share/man/man1`")
                .into());
            }
            let written = write_pages(command, dir)?;
            eprintln!("wrote {} manual pages to {}", written, dir.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One page in roff.
fn render_page(command: clap::Command) -> anyhow::Result<Vec<u8>> {
    let mut page = Vec::new();
    clap_mangen::Man::new(command).render(&mut page).context("failed to render a manual page")?;
    Ok(page)
}

/// `orgsync.1` and one `orgsync-<command>.1` per (nested) subcommand.
fn write_pages(command: clap::Command, dir: &Path) -> anyhow::Result<usize> {
    let mut pending = vec![(command.get_name().to_owned(), command)];
    let mut written = 0;
    while let Some((name, command)) = pending.pop() {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let sub_name = format!("{name}-{}", sub.get_name());
            pending.push((sub_name.clone(), sub.clone().name(sub_name)));
        }
        let path = dir.join(format!("{name}.1"));
        let page = render_page(command)?;
        std::fs::write(&path, page)
            .with_context(|| format!("failed to write the manual page {}", path.display()))?;
        written += 1;
    }
    Ok(written)
}
