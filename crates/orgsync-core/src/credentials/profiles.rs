//! Which named profiles the shared AWS files define, so that a `profile`
//! (or `AWS_PROFILE`) that is not defined is reported as exactly that, with
//! the profiles that are.
//!
//! The AWS SDK's default chain, asked for a profile that does not exist,
//! only says that no credentials were found. This module reads the section
//! headers of the config file (`[profile NAME]`, `[default]`) and the
//! credentials file (`[NAME]`), at the paths the SDK uses
//! (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/…`).
//! Only header lines are read; no value (and so no secret) is looked at.

use std::collections::BTreeSet;
use std::path::PathBuf;

/// A selected profile that neither shared file defines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MissingProfile {
    /// The profile asked for.
    pub name: String,
    /// Where it came from: "`profile`" or "AWS_PROFILE".
    pub from: &'static str,
    /// The config file looked at.
    pub config: PathBuf,
    /// The credentials file looked at.
    pub credentials: PathBuf,
    /// The profiles the files define.
    pub defined: BTreeSet<String>,
}

impl MissingProfile {
    /// "profile `nope` is not defined in … or …".
    pub fn cause(&self) -> String {
        format!(
            "profile `{}` (from {}) is not defined in {} or {}",
            self.name,
            self.from,
            self.config.display(),
            self.credentials.display()
        )
    }

    /// The profiles that exist, and how to fix it.
    pub fn hint(&self) -> String {
        let set = match self.from {
            "AWS_PROFILE" => "AWS_PROFILE",
            _ => "`profile`",
        };
        if self.defined.is_empty() {
            format!(
                "no profiles are defined there: create it (aws configure --profile {name}, or aws configure sso), \
                 or unset {set} and give `access_key_id`/`secret_access_key` instead",
                name = self.name
            )
        } else {
            let list = self.defined.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ");
            format!(
                "the profiles defined are {list}: set {set} to one of them, or add [profile {}] to {}",
                self.name,
                self.config.display()
            )
        }
    }
}

/// The shared config and credentials files, as the SDK locates them.
fn shared_files() -> (PathBuf, PathBuf) {
    let home = std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
        .unwrap_or_default();
    let path = |var: &str, default: &str| {
        std::env::var_os(var)
            .filter(|v| !v.is_empty())
            .map(|v| expand_home(PathBuf::from(v), &home))
            .unwrap_or_else(|| home.join(".aws").join(default))
    };
    (path("AWS_CONFIG_FILE", "config"), path("AWS_SHARED_CREDENTIALS_FILE", "credentials"))
}

fn expand_home(path: PathBuf, home: &std::path::Path) -> PathBuf {
    match path.strip_prefix("~") {
        Ok(rest) => home.join(rest),
        Err(_) => path,
    }
}

/// Profile names defined by the section headers of one file.
fn profile_names(text: &str, is_config: bool) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(move |line| {
        let header = line.trim().strip_prefix('[')?.split(']').next()?.trim();
        if is_config {
            if header == "default" {
                return Some(header.to_owned());
            }
            let name = header.strip_prefix("profile")?;
            name.starts_with(char::is_whitespace).then(|| name.trim().to_owned())
        } else {
            Some(header.to_owned())
        }
    })
}

/// The profile the default chain will use when one is asked for explicitly:
/// the configuration's `profile`, else a non-empty `AWS_PROFILE`.
fn selected(plan_profile: Option<&str>) -> Option<(String, &'static str)> {
    if let Some(p) = plan_profile.filter(|p| !p.trim().is_empty()) {
        return Some((p.trim().to_owned(), "`profile`"));
    }
    std::env::var("AWS_PROFILE")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .map(|p| (p.trim().to_owned(), "AWS_PROFILE"))
}

/// The selected profile, when one was asked for and neither file defines it.
pub(crate) fn missing_profile(plan_profile: Option<&str>) -> Option<MissingProfile> {
    let (name, from) = selected(plan_profile)?;
    let (config, credentials) = shared_files();
    let mut defined = BTreeSet::new();
    if let Ok(text) = std::fs::read_to_string(&config) {
        defined.extend(profile_names(&text, true));
    }
    if let Ok(text) = std::fs::read_to_string(&credentials) {
        defined.extend(profile_names(&text, false));
    }
    (!defined.contains(&name)).then_some(MissingProfile {
        name,
        from,
        config,
        credentials,
        defined,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_headers_name_the_profiles() {
        let config = "[default]\nregion = x\n[profile dev]\n[sso-session corp]\n[services s]\n[profile  ops ]\n";
        let names: Vec<String> = profile_names(config, true).collect();
        assert_eq!(names, ["default", "dev", "ops"]);
        let credentials = "[default]\naws_access_key_id = A\n[prod]\n";
        let names: Vec<String> = profile_names(credentials, false).collect();
        assert_eq!(names, ["default", "prod"]);
    }
}
