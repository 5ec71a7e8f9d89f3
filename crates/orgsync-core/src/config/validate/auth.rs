//! The authentication section: the initial credentials
//! (`authentication_method`, the access keys, the web identity, `profile`),
//! checked against each other.

use std::path::PathBuf;
use std::sync::LazyLock;

use regex::Regex;

use super::Validator;
use super::chains::ARN_EXPECTED;
use crate::config::keys::{self, *};
use crate::config::plan::{AuthMethod, InitialCredentials, RoleArn};
use crate::config::raw::RawValue;

static ACCESS_KEY_ID_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(AKIA|ASIA)[A-Z0-9]{16}$").expect("regex"));
static SECRET_KEY_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9/+=]{16,128}$").expect("regex"));

/// The initial credentials (`None` when they have problems) and the web
/// identity role, whose partition the chains must share.
pub(super) struct Auth {
    pub initial: Option<InitialCredentials>,
    pub web_role: Option<RoleArn>,
}

impl Validator<'_> {
    /// Checks the authentication keys.
    pub(super) fn auth(&mut self) -> Auth {
        self.ignore_blank_keys_of_other_methods();
        for key in [ACCESS_KEY_ID, WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN] {
            if self.blank(key) {
                self.report(key, "is empty");
            }
        }
        let access_key_id = if self.blank(ACCESS_KEY_ID) {
            None
        } else {
            self.string(ACCESS_KEY_ID).map(|k| k.trim().to_owned())
        };
        if let Some(id) = &access_key_id
            && !ACCESS_KEY_ID_SHAPE.is_match(id)
        {
            self.report(
                ACCESS_KEY_ID,
                "is not an access key ID: expected 20 characters, AKIA (long-term key) or ASIA (temporary key) \
                 followed by 16 upper-case letters or digits",
            );
        }
        let secret_access_key = self.secret(SECRET_ACCESS_KEY);
        if let Some(secret) = &secret_access_key
            && !SECRET_KEY_SHAPE.is_match(secret.expose())
        {
            self.report(
                SECRET_ACCESS_KEY,
                "is not a secret access key: expected 40 characters of letters, digits, / and +",
            );
        }
        let session_token = self.secret(SESSION_TOKEN);

        let method_text = self.string(AUTHENTICATION_METHOD);
        let method = match method_text.as_deref().map(str::trim) {
            None => Some(if self.is_set(ACCESS_KEY_ID) || self.is_set(SECRET_ACCESS_KEY) {
                AuthMethod::AccessKey
            } else if self.is_set(WEB_IDENTITY_TOKEN_FILE) || self.is_set(WEB_IDENTITY_ROLE_ARN) {
                AuthMethod::WebIdentity
            } else {
                AuthMethod::DefaultChain
            }),
            Some("access_key") => Some(AuthMethod::AccessKey),
            Some("web_identity") => Some(AuthMethod::WebIdentity),
            Some("default_chain") => Some(AuthMethod::DefaultChain),
            Some(other) => {
                let hint = keys::closest(other, ["access_key", "web_identity", "default_chain"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(
                    AUTHENTICATION_METHOD,
                    format!("expected access_key, web_identity or default_chain{hint}"),
                );
                None
            }
        };
        let profile = self.string(PROFILE).map(|p| p.trim().to_owned());
        let token_file = if self.blank(WEB_IDENTITY_TOKEN_FILE) {
            None
        } else {
            self.string(WEB_IDENTITY_TOKEN_FILE).map(PathBuf::from)
        };
        let web_role = if self.is_set(WEB_IDENTITY_ROLE_ARN) && !self.blank(WEB_IDENTITY_ROLE_ARN) {
            self.single_role(WEB_IDENTITY_ROLE_ARN)
        } else {
            None
        };

        if self.is_set(SESSION_TOKEN) && !self.is_set(ACCESS_KEY_ID) {
            self.report(
                SESSION_TOKEN,
                "is set without `access_key_id`: a session token belongs to temporary access keys",
            );
        }
        if let (Some(id), true) = (&access_key_id, self.is_set(SESSION_TOKEN))
            && id.starts_with("AKIA")
        {
            self.report(SESSION_TOKEN, "is set, but `access_key_id` is a long-term key (AKIA…); session tokens come with temporary keys (ASIA…)");
        }
        if let (Some(id), false) = (&access_key_id, self.is_set(SESSION_TOKEN))
            && id.starts_with("ASIA")
            && ACCESS_KEY_ID_SHAPE.is_match(id)
        {
            self.report(SESSION_TOKEN, "is missing: `access_key_id` is a temporary key (ASIA…), which needs its session token");
        }
        let initial = match method {
            Some(AuthMethod::AccessKey) => {
                self.method_keys(
                    &[
                        (ACCESS_KEY_ID, "is missing: `secret_access_key` (or authentication_method = \"access_key\") needs the access key ID it belongs to"),
                        (SECRET_ACCESS_KEY, "is missing: `access_key_id` needs its secret access key (file, ORGSYNC_SECRET_ACCESS_KEY or --secret-access-key-stdin)"),
                    ],
                    &[PROFILE, WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN],
                    "only applies with another authentication_method; remove it or the access keys",
                );
                match (access_key_id.clone(), secret_access_key.clone()) {
                    (Some(access_key_id), Some(secret_access_key)) => {
                        Some(InitialCredentials::AccessKey {
                            access_key_id,
                            secret_access_key,
                            session_token: session_token.clone(),
                        })
                    }
                    _ => None,
                }
            }
            Some(AuthMethod::WebIdentity) => {
                self.method_keys(
                    &[
                        (WEB_IDENTITY_TOKEN_FILE, "is missing: authentication_method = \"web_identity\" needs the OIDC token file"),
                        (WEB_IDENTITY_ROLE_ARN, "is missing: authentication_method = \"web_identity\" needs the role to assume with the token"),
                    ],
                    &[ACCESS_KEY_ID, SECRET_ACCESS_KEY, PROFILE],
                    "does not apply to authentication_method = \"web_identity\"; remove it",
                );
                if let Some(file) = &token_file
                    && !file.is_file()
                {
                    self.report(WEB_IDENTITY_TOKEN_FILE, "does not exist or is not a file");
                }
                match (token_file.clone(), web_role.clone()) {
                    (Some(token_file), Some(role_arn)) => {
                        Some(InitialCredentials::WebIdentity { token_file, role_arn })
                    }
                    _ => None,
                }
            }
            Some(AuthMethod::DefaultChain) => {
                self.method_keys(
                    &[],
                    &[ACCESS_KEY_ID, SECRET_ACCESS_KEY, WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN],
                    "does not apply to authentication_method = \"default_chain\"; remove it or change the method",
                );
                Some(InitialCredentials::DefaultChain { profile: profile.clone() })
            }
            None => None,
        };
        if let Some(p) = &profile
            && p.is_empty()
        {
            self.report(PROFILE, "is empty");
        }
        Auth { initial, web_role }
    }

    /// Decides which empty method keys mean "not set": those of every
    /// authentication method but the one in use (given, or inferred from the
    /// non-empty keys first, then from the empty ones, so that an export
    /// whose only access keys are `""` reports them as empty).
    fn ignore_blank_keys_of_other_methods(&mut self) {
        const ACCESS: [&str; 2] = [ACCESS_KEY_ID, SECRET_ACCESS_KEY];
        const WEB: [&str; 2] = [WEB_IDENTITY_TOKEN_FILE, WEB_IDENTITY_ROLE_ARN];
        let given = match self.entry(AUTHENTICATION_METHOD).map(|e| &e.value) {
            Some(RawValue::Str(s)) => match s.trim() {
                "access_key" => Some(AuthMethod::AccessKey),
                "web_identity" => Some(AuthMethod::WebIdentity),
                "default_chain" => Some(AuthMethod::DefaultChain),
                _ => None,
            },
            _ => None,
        };
        let filled = |v: &Self, keys: [&str; 2]| {
            keys.iter().any(|k| v.entry(k).is_some_and(|e| !e.value.is_blank()))
        };
        let present = |v: &Self, keys: [&str; 2]| keys.iter().any(|k| v.entry(k).is_some());
        let method = given.or_else(|| {
            if filled(self, ACCESS) {
                Some(AuthMethod::AccessKey)
            } else if filled(self, WEB) {
                Some(AuthMethod::WebIdentity)
            } else if present(self, ACCESS) {
                Some(AuthMethod::AccessKey)
            } else if present(self, WEB) {
                Some(AuthMethod::WebIdentity)
            } else {
                None
            }
        });
        for (keys, owner) in [(ACCESS, AuthMethod::AccessKey), (WEB, AuthMethod::WebIdentity)] {
            if method != Some(owner) {
                for key in keys {
                    if self.blank(key) {
                        self.ignored.insert(key);
                    }
                }
            }
        }
    }

    /// Reports the keys an authentication method needs and are not set
    /// (each with its message), then the keys of other methods that are set.
    fn method_keys(&mut self, needed: &[(&str, &str)], others: &[&str], not_here: &str) {
        for (key, missing) in needed {
            if !self.is_set(key) {
                self.report(key, *missing);
            }
        }
        for key in others {
            if self.is_set(key) {
                self.report(key, not_here);
            }
        }
    }

    fn single_role(&mut self, key: &str) -> Option<RoleArn> {
        let arn = self.string(key)?;
        match arn.trim().parse::<RoleArn>() {
            Ok(role) => Some(role),
            Err(why) => {
                self.report(key, format!("{why}; {ARN_EXPECTED}"));
                None
            }
        }
    }
}
