//! IAM users, roles with trust policies, STS sessions and permission checks.
//!
//! Rules modelled on AWS:
//! - a role trusts principals by ARN: a user ARN, a role ARN (any session of
//!   that role), `arn:aws:iam::ACCOUNT:root` (any principal of the account) or
//!   `*`; an optional `sts:ExternalId` condition must match exactly;
//! - every member account has the `OrganizationAccountAccessRole` AWS creates,
//!   trusting the management account;
//! - permissions are allow-lists of action patterns (`*`, `organizations:*`,
//!   `organizations:List*`, exact) plus explicit denies set by tests;
//! - sessions expire on the emulator clock (which tests may advance).

use std::collections::{HashMap, HashSet};
use std::time::{Duration, SystemTime};

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use sha2::{Digest, Sha256};

/// The role AWS creates in every account created through Organizations.
pub const ORGANIZATION_ACCOUNT_ACCESS_ROLE: &str = "OrganizationAccountAccessRole";

/// An IAM user with static keys.
#[derive(Clone, PartialEq)]
pub struct UserSpec {
    /// `arn:aws:iam::ACCOUNT:user/NAME`.
    pub arn: String,
    /// Starts with `AKIA`.
    pub access_key_id: String,
    pub secret_access_key: String,
    /// Action patterns this user may call (e.g. `*`, `sts:AssumeRole`).
    pub allowed_actions: Vec<String>,
}

impl std::fmt::Debug for UserSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserSpec")
            .field("arn", &self.arn)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("allowed_actions", &self.allowed_actions)
            .finish()
    }
}

/// Trust in a web identity provider (AssumeRoleWithWebIdentity).
#[derive(Clone, Debug, PartialEq)]
pub struct WebIdentityTrust {
    /// The token's `iss` claim must equal this.
    pub issuer: String,
    /// The token's `aud` claim must equal this (when set).
    pub audience: Option<String>,
}

impl WebIdentityTrust {
    /// The audience AWS STS expects in a web-identity token.
    pub const STS_AUDIENCE: &'static str = "sts.amazonaws.com";

    /// Trust in tokens from `issuer` for STS.
    pub fn sts(issuer: &str) -> Self {
        Self { issuer: issuer.to_owned(), audience: Some(Self::STS_AUDIENCE.to_owned()) }
    }

    /// A token from `issuer` for STS (subject `repo:org/ci`), shaped as a CI
    /// provider hands one to a job; the emulator reads its claims and does
    /// not check its signature.
    pub fn token(issuer: &str) -> String {
        use base64::Engine as _;
        let encode = |json: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(json.to_string())
        };
        let header = encode(serde_json::json!({"alg": "RS256", "typ": "JWT"}));
        let claims = serde_json::json!({
            "iss": issuer,
            "aud": Self::STS_AUDIENCE,
            "sub": "repo:org/ci",
        });
        format!("{header}.{}.c2lnbmF0dXJl", encode(claims))
    }
}

/// An IAM role with its trust policy and permissions.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleSpec {
    /// `arn:aws:iam::ACCOUNT:role/{path/}NAME`.
    pub arn: String,
    /// Principal ARNs allowed to assume the role (user, role, `arn:aws:iam::ACCT:root`, `*`).
    pub trusted_principals: Vec<String>,
    /// `sts:ExternalId` condition: the caller must pass exactly this.
    pub external_id: Option<String>,
    /// Web identity providers allowed to assume the role.
    pub trusted_web_identity: Option<WebIdentityTrust>,
    /// Action patterns sessions of this role may call.
    pub allowed_actions: Vec<String>,
    /// The role's MaxSessionDuration (1–12 hours).
    pub max_session_duration: Duration,
}

impl RoleSpec {
    /// A role trusting nobody yet, allowed everything, 1-hour max session.
    pub fn new(arn: impl Into<String>) -> RoleSpec {
        RoleSpec {
            arn: arn.into(),
            trusted_principals: Vec::new(),
            external_id: None,
            trusted_web_identity: None,
            allowed_actions: vec!["*".to_string()],
            max_session_duration: Duration::from_secs(3600),
        }
    }

    /// Adds a trusted principal ARN.
    pub fn trust(mut self, principal_arn: impl Into<String>) -> RoleSpec {
        self.trusted_principals.push(principal_arn.into());
        self
    }

    /// Requires an external ID.
    pub fn with_external_id(mut self, external_id: impl Into<String>) -> RoleSpec {
        self.external_id = Some(external_id.into());
        self
    }

    /// Replaces the allowed action patterns.
    pub fn allow(mut self, actions: &[&str]) -> RoleSpec {
        self.allowed_actions = actions.iter().map(|a| a.to_string()).collect();
        self
    }

    /// Sets MaxSessionDuration.
    pub fn max_session(mut self, duration: Duration) -> RoleSpec {
        self.max_session_duration = duration;
        self
    }

    /// The account id in the ARN.
    pub fn account_id(&self) -> &str {
        self.arn.split(':').nth(4).unwrap_or("")
    }

    /// The role name (last path segment).
    pub fn name(&self) -> &str {
        self.arn.rsplit('/').next().unwrap_or("")
    }
}

/// Who is calling.
#[derive(Clone, Debug, PartialEq)]
pub enum PrincipalKind {
    User,
    AssumedRole { role_arn: String, session_name: String, chained: bool },
}

/// The identity behind a verified request.
#[derive(Clone, Debug, PartialEq)]
pub struct Principal {
    /// User ARN or `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`.
    pub arn: String,
    pub account_id: String,
    /// `AIDA…` for users, `AROA…:SESSION` for role sessions.
    pub user_id: String,
    pub kind: PrincipalKind,
}

/// Credentials issued by STS.
#[derive(Clone)]
pub(crate) struct Session {
    pub secret_access_key: String,
    pub session_token: String,
    pub principal: Principal,
    pub expires_at: SystemTime,
}

/// Credentials returned to the caller of AssumeRole.
pub(crate) struct IssuedCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: String,
    pub expiration: SystemTime,
    pub principal: Principal,
}

/// What the key in a request resolved to.
pub(crate) enum KeyLookup {
    Unknown,
    User { secret: String, principal: Principal },
    Session { secret: String, session_token: String, principal: Principal, expires_at: SystemTime },
}

/// All identities known to the emulator.
pub(crate) struct IdentityStore {
    users: HashMap<String, UserSpec>,
    roles: HashMap<String, RoleSpec>,
    sessions: HashMap<String, Session>,
    denied_actions: HashMap<String, HashSet<String>>,
    /// Role name → actions denied to sessions of every role of that name.
    denied_by_role_name: HashMap<String, HashSet<String>>,
    denied_policy_types: HashMap<String, HashSet<String>>,
    rng: ChaCha8Rng,
}

impl IdentityStore {
    pub fn new(seed: u64) -> IdentityStore {
        IdentityStore {
            users: HashMap::new(),
            roles: HashMap::new(),
            sessions: HashMap::new(),
            denied_actions: HashMap::new(),
            denied_by_role_name: HashMap::new(),
            denied_policy_types: HashMap::new(),
            rng: ChaCha8Rng::seed_from_u64(seed ^ 0x005e_ed1d),
        }
    }

    pub fn add_user(&mut self, user: UserSpec) {
        self.users.insert(user.access_key_id.clone(), user);
    }

    pub fn add_role(&mut self, role: RoleSpec) {
        self.roles.insert(role.arn.clone(), role);
    }

    pub fn deny_action(&mut self, arn: &str, action: &str) {
        add_to_set(&mut self.denied_actions, arn, action.to_lowercase());
    }

    pub fn deny_action_for_role_name(&mut self, role_name: &str, action: &str) {
        add_to_set(&mut self.denied_by_role_name, role_name, action.to_lowercase());
    }

    /// The account of the principal behind an access key (for counters per
    /// caller; not an authentication): `""` when the key is unknown.
    pub fn caller_account(&self, access_key_id: &str) -> String {
        match self.lookup(access_key_id) {
            KeyLookup::User { principal, .. } | KeyLookup::Session { principal, .. } => {
                principal.account_id
            }
            KeyLookup::Unknown => String::new(),
        }
    }

    pub fn deny_policy_type(&mut self, arn: &str, policy_type: &str) {
        add_to_set(&mut self.denied_policy_types, arn, policy_type.to_string());
    }

    /// Resolves an access key id.
    pub fn lookup(&self, access_key_id: &str) -> KeyLookup {
        if let Some(user) = self.users.get(access_key_id) {
            return KeyLookup::User {
                secret: user.secret_access_key.clone(),
                principal: user_principal(user),
            };
        }
        if let Some(s) = self.sessions.get(access_key_id) {
            return KeyLookup::Session {
                secret: s.secret_access_key.clone(),
                session_token: s.session_token.clone(),
                principal: s.principal.clone(),
                expires_at: s.expires_at,
            };
        }
        KeyLookup::Unknown
    }

    /// A role by ARN, including the implicit `OrganizationAccountAccessRole`
    /// of member accounts (`member_accounts` says which accounts exist).
    pub fn role(
        &self,
        arn: &str,
        management_account: &str,
        is_member: impl Fn(&str) -> bool,
    ) -> Option<RoleSpec> {
        if let Some(role) = self.roles.get(arn) {
            return Some(role.clone());
        }
        let rest = arn.strip_prefix("arn:aws:iam::")?;
        let (account, name) = rest.split_once(":role/")?;
        if name == ORGANIZATION_ACCOUNT_ACCESS_ROLE
            && account != management_account
            && is_member(account)
        {
            return Some(
                RoleSpec::new(arn).trust(format!("arn:aws:iam::{management_account}:root")),
            );
        }
        None
    }

    /// Whether `principal` may call `action` (e.g. `organizations:ListAccounts`).
    pub fn is_allowed(&self, principal: &Principal, action: &str) -> bool {
        let lowered = action.to_lowercase();
        let denied =
            |arn: &str| self.denied_actions.get(arn).is_some_and(|set| set.contains(&lowered));
        if denied(&principal.arn) {
            return false;
        }
        let allowed = match &principal.kind {
            PrincipalKind::User => self
                .users
                .values()
                .find(|u| u.arn == principal.arn)
                .map(|u| u.allowed_actions.clone())
                .unwrap_or_default(),
            PrincipalKind::AssumedRole { role_arn, .. } => {
                let name = role_arn.rsplit('/').next().unwrap_or_default();
                let denied_by_name =
                    self.denied_by_role_name.get(name).is_some_and(|set| set.contains(&lowered));
                if denied(role_arn) || denied_by_name {
                    return false;
                }
                match self.roles.get(role_arn) {
                    Some(role) => role.allowed_actions.clone(),
                    // Implicit OrganizationAccountAccessRole: AdministratorAccess.
                    None => vec!["*".to_string()],
                }
            }
        };
        allowed.iter().any(|pattern| action_matches(pattern, action))
    }

    /// Policy types `principal` may not read (denied to it or to its role).
    pub fn denied_policy_types(&self, principal: &Principal) -> HashSet<String> {
        let mut denied = self.denied_policy_types.get(&principal.arn).cloned().unwrap_or_default();
        if let PrincipalKind::AssumedRole { role_arn, .. } = &principal.kind
            && let Some(more) = self.denied_policy_types.get(role_arn)
        {
            denied.extend(more.iter().cloned());
        }
        denied
    }

    /// Issues session credentials for `role` to a caller.
    pub fn issue(
        &mut self,
        role: &RoleSpec,
        session_name: &str,
        chained: bool,
        now: SystemTime,
        lifetime: Duration,
    ) -> IssuedCredentials {
        let access_key_id = format!("ASIA{}", self.random_upper(16));
        let secret_access_key = self.random_secret(40);
        let session_token = format!("FwoGZXIvYXdzE{}", self.random_secret(180));
        let principal = Principal {
            arn: format!(
                "arn:aws:sts::{}:assumed-role/{}/{session_name}",
                role.account_id(),
                role.name()
            ),
            account_id: role.account_id().to_string(),
            user_id: format!("{}:{session_name}", role_unique_id(&role.arn)),
            kind: PrincipalKind::AssumedRole {
                role_arn: role.arn.clone(),
                session_name: session_name.to_string(),
                chained,
            },
        };
        let expiration = now + lifetime;
        self.sessions.insert(
            access_key_id.clone(),
            Session {
                secret_access_key: secret_access_key.clone(),
                session_token: session_token.clone(),
                principal: principal.clone(),
                expires_at: expiration,
            },
        );
        IssuedCredentials { access_key_id, secret_access_key, session_token, expiration, principal }
    }

    fn random_upper(&mut self, len: usize) -> String {
        const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        (0..len).map(|_| UPPER[self.rng.random_range(0..UPPER.len())] as char).collect()
    }

    fn random_secret(&mut self, len: usize) -> String {
        const CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        (0..len).map(|_| CHARS[self.rng.random_range(0..CHARS.len())] as char).collect()
    }
}

/// Adds `value` to the set kept under `key`.
fn add_to_set(sets: &mut HashMap<String, HashSet<String>>, key: &str, value: String) {
    sets.entry(key.to_string()).or_default().insert(value);
}

/// The principal of the IAM user `arn`.
pub(crate) fn user_principal_of(arn: &str) -> Principal {
    let account_id = arn.split(':').nth(4).unwrap_or("").to_string();
    Principal {
        arn: arn.to_owned(),
        account_id,
        user_id: format!("AIDA{}", &unique_suffix(arn)),
        kind: PrincipalKind::User,
    }
}

fn user_principal(user: &UserSpec) -> Principal {
    user_principal_of(&user.arn)
}

/// `AROA…` id of a role, stable per ARN.
pub(crate) fn role_unique_id(role_arn: &str) -> String {
    format!("AROA{}", unique_suffix(role_arn))
}

fn unique_suffix(arn: &str) -> String {
    const UPPER: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    Sha256::digest(arn.as_bytes())
        .iter()
        .take(17)
        .map(|b| UPPER[(*b as usize) % UPPER.len()] as char)
        .collect()
}

/// Whether `pattern` (`*`, `svc:*`, `svc:Prefix*`, exact; case-insensitive) matches `action`.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    let pattern = pattern.to_lowercase();
    let action = action.to_lowercase();
    match pattern.strip_suffix('*') {
        Some(prefix) => action.starts_with(prefix),
        None => pattern == action,
    }
}

/// Whether `principal` satisfies one trusted principal entry.
pub(crate) fn trusts(entry: &str, principal: &Principal) -> bool {
    if entry == "*" || entry == principal.arn {
        return true;
    }
    if let Some(account) = entry.strip_prefix("arn:aws:iam::").and_then(|r| r.strip_suffix(":root"))
    {
        return account == principal.account_id;
    }
    matches!(&principal.kind, PrincipalKind::AssumedRole { role_arn, .. } if role_arn == entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        assert!(action_matches("*", "organizations:ListAccounts"));
        assert!(action_matches("organizations:List*", "organizations:ListAccounts"));
        assert!(!action_matches("organizations:Describe*", "organizations:ListAccounts"));
        assert!(action_matches("sts:assumerole", "sts:AssumeRole"));
    }

    #[test]
    fn user_debug_redacts_secret() {
        let user = UserSpec {
            arn: "arn:aws:iam::111111111111:user/u".into(),
            access_key_id: "AKIAEXAMPLE".into(),
            secret_access_key: "very-secret-value".into(),
            allowed_actions: vec![],
        };
        assert!(!format!("{user:?}").contains("very-secret-value"));
    }
}
