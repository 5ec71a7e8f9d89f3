//! Configuration flags shared by the commands that take configuration
//! (`sync`, `check`, `permissions`, `tree`, `diff`, `report`, `findings`):
//! `--config FILE` and one flag per non-secret key, built with clap's
//! builder API from the key registry (`crates/orgsync-core/src/config/keys.rs`:
//! flag name, value name, help, kind, `--help` section), so a new key needs
//! no code here.
//!
//! Flags only carry values to [`orgsync_core::config::load`], which merges
//! them over the file and the `ORGSYNC_*` environment and validates
//! everything in one place, so a bad flag value is reported exactly like a
//! bad file value. Secrets are never flag values: `--secret-access-key-stdin`
//! and `--session-token-stdin` read them from standard input instead (the
//! plain `--secret-access-key`/`--session-token` flags are hidden and refused
//! with a message saying so).

use std::io::BufRead;
use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use orgsync_core::UserError;
use orgsync_core::config::{self, KeyDef, Kind, Plan, Secret, Section, Sources, StdinSecrets};

/// Bits of a [`KeyFlags`] set: the `--config` flag and the key sections.
pub mod set {
    /// `--config FILE`.
    pub const CONFIG_FILE: u8 = 1;
    /// [`orgsync_core::config::Section::Destination`].
    pub const DESTINATION: u8 = 2;
    /// [`orgsync_core::config::Section::Extraction`].
    pub const EXTRACTION: u8 = 4;
    /// [`orgsync_core::config::Section::Findings`].
    pub const FINDINGS: u8 = 8;
    /// [`orgsync_core::config::Section::Aws`].
    pub const AWS: u8 = 16;
}

/// The bit of a section.
const fn section_bit(section: Section) -> u8 {
    match section {
        Section::Destination => set::DESTINATION,
        Section::Extraction => set::EXTRACTION,
        Section::Findings => set::FINDINGS,
        Section::Aws => set::AWS,
    }
}

/// The order in which sections appear in `--help`.
const SECTION_ORDER: [Section; 4] =
    [Section::Destination, Section::Extraction, Section::Findings, Section::Aws];

/// The configuration flags of the sections in `SET` (bits of [`set`]), as
/// given on the command line.
#[derive(Debug, Clone, Default)]
pub struct KeyFlags<const SET: u8> {
    /// `--config FILE` (or `ORGSYNC_CONFIG`).
    pub config: Option<PathBuf>,
    /// `(key, value)` for each flag given, keys in snake_case; list flags
    /// given several times give one pair each.
    values: Vec<(String, String)>,
    /// Secret keys whose `--…-stdin` flag was given.
    stdin: Vec<&'static KeyDef>,
}

/// `--config FILE` and the destination keys: everything reading a
/// destination back (`tree`, `diff`, `report`, `findings`) needs.
pub type DestinationFlags = KeyFlags<{ set::CONFIG_FILE | set::DESTINATION }>;
/// Settings of the organization checks (`orgsync_finding`, `orgsync findings`).
pub type FindingsFlags = KeyFlags<{ set::FINDINGS }>;
/// Credentials, the role chain and where AWS is (`tree --live`).
pub type AwsAccessFlags = KeyFlags<{ set::AWS }>;
/// `--config FILE` and one flag per configuration key, in three help sections.
pub type ConfigFlags =
    KeyFlags<{ set::CONFIG_FILE | set::DESTINATION | set::EXTRACTION | set::FINDINGS | set::AWS }>;

/// The keys of the set, in `--help` order.
fn keys_of(set: u8) -> impl Iterator<Item = &'static KeyDef> {
    SECTION_ORDER
        .into_iter()
        .filter(move |section| set & section_bit(*section) != 0)
        .flat_map(|section| config::keys().iter().filter(move |key| key.section == section))
}

/// The id of the `--…-stdin` flag of a secret key.
fn stdin_id(key: &KeyDef) -> String {
    format!("{}_stdin", key.name)
}

/// Help as clap's derive shows a one-paragraph doc comment: without its final period.
fn help(text: &'static str) -> &'static str {
    text.strip_suffix('.').filter(|t| !t.ends_with('.')).unwrap_or(text)
}

/// The `--…-stdin` flag of a secret key.
fn stdin_arg(key: &'static KeyDef) -> Arg {
    Arg::new(stdin_id(key))
        .long(format!("{}-stdin", key.long()))
        .action(ArgAction::SetTrue)
        .help(help(key.help))
}

/// The hidden flag of a secret key, whose value is refused with a message
/// pointing at the `--…-stdin` flag.
fn refused_arg(key: &'static KeyDef) -> Arg {
    Arg::new(key.name)
        .long(key.long())
        .value_name(key.value_name)
        .hide(true)
        .action(ArgAction::Set)
        .help(format!("Refused: secrets would show in `ps`; use {}", key.stdin_flag()))
}

/// The flags of one non-secret key (and its shorthands), built from its declaration.
fn key_args(key: &'static KeyDef) -> Vec<Arg> {
    let arg = Arg::new(key.name).long(key.long()).value_name(key.value_name).help(help(key.help));
    let arg = match key.kind {
        Kind::Bool => arg.action(ArgAction::Set).num_args(0..=1).default_missing_value("true"),
        Kind::List if key.repeatable => arg.action(ArgAction::Append),
        _ => arg.action(ArgAction::Set),
    };
    let mut args = vec![arg];
    for shorthand in config::shorthands().iter().filter(|s| s.key == key.name) {
        args.push(
            Arg::new(shorthand.flag)
                .long(shorthand.flag)
                .action(ArgAction::SetTrue)
                .conflicts_with(key.name)
                .help(help(shorthand.help)),
        );
    }
    args
}

/// The `--config FILE` flag.
fn config_file_arg() -> Arg {
    Arg::new("config")
        .long("config")
        .value_name("FILE")
        .env("ORGSYNC_CONFIG")
        .value_parser(clap::value_parser!(PathBuf))
        .action(ArgAction::Set)
        .help(
            "Configuration file: JSON when its content starts with `{` (a data-hub export, \
             whatever its name), TOML otherwise. In the file and in ORGSYNC_* variables, an \
             empty value of an optional key means \"not set\", like JSON null. Flags win over \
             ORGSYNC_* variables, which win over the file",
        )
}

impl<const SET: u8> Args for KeyFlags<SET> {
    fn augment_args(mut cmd: Command) -> Command {
        // As clap's derive does for a flattened struct, a section's heading
        // stays in force for the flags that follow it.
        let mut first = true;
        for section in SECTION_ORDER.into_iter().filter(|s| SET & section_bit(*s) != 0) {
            if let Some(heading) = section.heading() {
                cmd = cmd.next_help_heading(heading);
            }
            if first && SET & set::CONFIG_FILE != 0 {
                cmd = cmd.arg(config_file_arg());
            }
            first = false;
            // The hidden flags of secrets follow their run of `--…-stdin` flags.
            let mut refused = Vec::new();
            for key in config::keys().iter().filter(|k| k.section == section) {
                if key.is_secret() {
                    cmd = cmd.arg(stdin_arg(key));
                    refused.push(refused_arg(key));
                } else {
                    cmd = cmd.args(refused.drain(..)).args(key_args(key));
                }
            }
            cmd = cmd.args(refused);
        }
        cmd
    }

    fn augment_args_for_update(cmd: Command) -> Command {
        Self::augment_args(cmd)
    }
}

impl<const SET: u8> FromArgMatches for KeyFlags<SET> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut flags = Self::default();
        flags.update_from_arg_matches(matches)?;
        Ok(flags)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        if SET & set::CONFIG_FILE != 0 {
            self.config = matches.get_one::<PathBuf>("config").cloned();
        }
        self.values.clear();
        self.stdin.clear();
        for key in keys_of(SET) {
            if key.is_secret() && matches.get_flag(&stdin_id(key)) {
                self.stdin.push(key);
            }
            let given = matches.get_many::<String>(key.name).into_iter().flatten();
            self.values.extend(given.map(|value| (key.name.to_owned(), value.clone())));
            for shorthand in config::shorthands().iter().filter(|s| s.key == key.name) {
                if matches.get_flag(shorthand.flag) {
                    self.values.push((key.name.to_owned(), shorthand.value.to_owned()));
                }
            }
        }
        Ok(())
    }
}

impl<const SET: u8> KeyFlags<SET> {
    /// `(key, value)` pairs of the flags that are set.
    pub fn flag_values(&self) -> Vec<(String, String)> {
        self.values.clone()
    }

    /// Validates the file, the `ORGSYNC_*` environment, these flags and
    /// `extra` flag values (e.g. the `findings_*` keys) into a plan
    /// (credentials, if any, come from the file and environment).
    pub fn load_plan_with_values(&self, extra: Vec<(String, String)>) -> Result<Plan, UserError> {
        let mut values = self.flag_values();
        values.extend(extra);
        load(self.config.clone(), values, StdinSecrets::default())
    }

    /// As [`KeyFlags::load_plan_with_values`], with the AWS access flags (`tree --live`).
    pub fn load_plan_with(&self, aws: &AwsAccessFlags) -> Result<Plan, UserError> {
        let mut values = self.flag_values();
        values.extend(aws.flag_values());
        load(self.config.clone(), values, aws.read_stdin_secrets(&mut std::io::stdin().lock())?)
    }

    /// Gathers the file, the `ORGSYNC_*` environment, the flags and any stdin
    /// secrets, and validates them into a plan (exit code 2 on any problem).
    pub fn load_plan(&self) -> Result<Plan, UserError> {
        let secrets = self.read_stdin_secrets(&mut std::io::stdin().lock())?;
        load(self.config.clone(), self.flag_values(), secrets)
    }

    /// Reads the secrets asked for with `--…-stdin`, one line each, in the
    /// order of the keys (the secret access key first, then the session token).
    fn read_stdin_secrets(&self, input: &mut dyn BufRead) -> Result<StdinSecrets, UserError> {
        let mut secrets = StdinSecrets::default();
        for key in &self.stdin {
            let flag = key.stdin_flag();
            let mut line = String::new();
            let n = input.read_line(&mut line).map_err(|e| {
                UserError::usage(format!("failed to read {flag} from stdin"))
                    .caused_by(e.to_string())
            })?;
            if n == 0 {
                return Err(UserError::usage(format!("{flag} was given, but stdin ended before a line was read"))
                    .with_hint("pipe the value in, e.g. `pass show aws/secret | orgsync check --secret-access-key-stdin …`"));
            }
            let value = line.strip_suffix('\n').unwrap_or(&line);
            let value = value.strip_suffix('\r').unwrap_or(value);
            secrets.insert(key.name, Secret::new(value));
        }
        Ok(secrets)
    }
}

/// [`config::load`] over the process environment, a file and flag values.
fn load(
    file: Option<PathBuf>,
    flags: Vec<(String, String)>,
    stdin_secrets: StdinSecrets,
) -> Result<Plan, UserError> {
    let mut sources = Sources::from_process_env();
    sources.file = file;
    sources.flags = flags;
    sources.stdin_secrets = stdin_secrets;
    config::load(sources).map_err(UserError::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        flags: ConfigFlags,
    }

    #[test]
    fn every_non_secret_key_has_a_flag_and_secrets_have_only_stdin_flags() {
        let cli = Cli::try_parse_from(["orgsync", "--access-key-id", "A"]).unwrap();
        assert_eq!(cli.flags.flag_values(), vec![("access_key_id".to_owned(), "A".to_owned())]);
        for (key, _env, flag) in config::key_names() {
            let Some(flag) = flag else {
                let stdin_flag = format!("--{}-stdin", key.replace('_', "-"));
                assert!(
                    Cli::try_parse_from(["orgsync", stdin_flag.as_str()]).is_ok(),
                    "{stdin_flag}"
                );
                continue;
            };
            let cli = Cli::try_parse_from(["orgsync", flag.as_str(), "x"])
                .unwrap_or_else(|e| panic!("{flag}: {e}"));
            assert_eq!(cli.flags.flag_values(), vec![(key.to_owned(), "x".to_owned())], "{flag}");
        }
    }

    #[test]
    fn stdin_secrets_are_read_line_by_line_without_the_newline() {
        let cli =
            Cli::try_parse_from(["orgsync", "--secret-access-key-stdin", "--session-token-stdin"])
                .unwrap();
        let mut input = std::io::Cursor::new("secret-one\r\ntoken-two\n");
        let secrets = cli.flags.read_stdin_secrets(&mut input).unwrap();
        assert_eq!(secrets.secret_access_key.unwrap().expose(), "secret-one");
        assert_eq!(secrets.session_token.unwrap().expose(), "token-two");
        let mut empty = std::io::Cursor::new("");
        let err = cli.flags.read_stdin_secrets(&mut empty).unwrap_err();
        assert_eq!(err.exit_code, 2);
    }

    #[test]
    fn boolean_flags_take_an_optional_value() {
        let cli =
            Cli::try_parse_from(["orgsync", "--effective-policies", "--csv-formula-escape=false"])
                .unwrap();
        let values = cli.flags.flag_values();
        let value = |key: &str| values.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        assert_eq!(value("effective_policies"), Some("true"));
        assert_eq!(value("csv_formula_escape"), Some("false"));
    }

    #[test]
    fn full_is_refresh_full_and_conflicts_with_refresh() {
        let cli = Cli::try_parse_from(["orgsync", "--full"]).unwrap();
        assert_eq!(cli.flags.flag_values(), vec![("refresh".to_owned(), "full".to_owned())]);
        assert!(Cli::try_parse_from(["orgsync", "--full", "--refresh", "auto"]).is_err());
    }

    #[test]
    fn list_flags_repeat_where_declared_and_single_flags_do_not() {
        let cli = Cli::try_parse_from(["orgsync", "--include", "a", "--include", "b,c"]).unwrap();
        assert_eq!(cli.flags.flag_values().len(), 2);
        assert!(Cli::try_parse_from(["orgsync", "--region", "a", "--region", "b"]).is_err());
    }
}
