//! The run-time settings: `max_concurrency`, `account_reads`, the
//! organization checks (`findings_*`), the scope (`organizational_unit_ids`,
//! `exclude_*`) and the refresh (`refresh`, `full_refresh_days`,
//! `refresh_overlap_minutes`).

use std::sync::LazyLock;

use orgsync_report::FindingSettings;
use orgsync_schema::Scope;
use regex::Regex;

use super::Validator;
use crate::config::arn::short;
use crate::config::keys::{self, *};
use crate::config::plan::AccountReads;
use crate::refresh::{RefreshMode, RefreshSettings};

/// `max_concurrency` (`Some(None)`: the planner's default) and `account_reads`.
pub(super) struct Limits {
    pub max_concurrency: Option<Option<i64>>,
    pub account_reads: Option<AccountReads>,
}

impl Validator<'_> {
    /// Checks `max_concurrency` and `account_reads`; `no_sub_chain` says
    /// that no sub-account chain is configured.
    pub(super) fn limits(&mut self, no_sub_chain: bool) -> Limits {
        let max_concurrency = if self.is_set(MAX_CONCURRENCY) {
            self.int(MAX_CONCURRENCY, 1..=1024, "").map(Some)
        } else {
            Some(None)
        };

        let account_reads = match self.string(ACCOUNT_READS).as_deref().map(str::trim) {
            None | Some("auto") => Some(AccountReads::Auto),
            Some("management") => Some(AccountReads::Management),
            Some("member") => {
                if no_sub_chain {
                    self.report(
                        ACCOUNT_READS,
                        format!("is `member`, which needs `{SUB_ACCOUNT_CHAIN}` to reach the member accounts; set it, or use `auto`"),
                    );
                }
                Some(AccountReads::Member)
            }
            Some(other) => {
                let hint = keys::closest(other, ["auto", "management", "member"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(ACCOUNT_READS, format!("expected auto, management or member{hint}"));
                None
            }
        };
        Limits { max_concurrency, account_reads }
    }

    /// `refresh`, `full_refresh_days` and `refresh_overlap_minutes`.
    pub(super) fn refresh_settings(&mut self) -> Option<RefreshSettings> {
        let mut settings = RefreshSettings::default();
        match self.string(REFRESH).as_deref().map(str::trim) {
            None | Some("auto") => {}
            Some("full") => settings.mode = RefreshMode::Full,
            Some(other) => {
                let hint = keys::closest(other, ["auto", "full"])
                    .map(|c| format!(" (did you mean `{c}`?)"))
                    .unwrap_or_default();
                self.report(REFRESH, format!("expected auto or full{hint}"));
                return None;
            }
        }
        if self.entry(FULL_REFRESH_DAYS).is_some() {
            // Down to a minute (tests); CloudTrail keeps 90 days of events.
            let days = self.number(FULL_REFRESH_DAYS, 0.0007..=90.0, " days")?;
            settings.full_refresh = std::time::Duration::from_secs_f64(days * 86_400.0);
        }
        if self.entry(REFRESH_OVERLAP_MINUTES).is_some() {
            let minutes = self.int(REFRESH_OVERLAP_MINUTES, 0..=1440, " minutes")?;
            settings.overlap = std::time::Duration::from_secs(minutes as u64 * 60);
        }
        Some(settings)
    }

    /// `findings_delegated_admin_allowlist` (12-digit account ids) and
    /// `findings_max_ou_depth` (0–100, default 5).
    pub(super) fn findings_settings(&mut self) -> Option<FindingSettings> {
        let mut settings = FindingSettings::default();
        let mut ok = true;
        if self.entry(FINDINGS_MAX_OU_DEPTH).is_some() {
            match self.int(FINDINGS_MAX_OU_DEPTH, 0..=100, " levels") {
                Some(depth) => settings.max_ou_depth = depth,
                None => ok = false,
            }
        }
        if self.entry(FINDINGS_DELEGATED_ADMIN_ALLOWLIST).is_some() {
            let ids = self.id_list(FINDINGS_DELEGATED_ADMIN_ALLOWLIST, IdKind::Account)?;
            settings.delegated_admin_allowlist = Some(ids.into_iter().collect());
        }
        ok.then_some(settings)
    }

    /// The scope keys: OUs to read, OUs and accounts to leave out.
    pub(super) fn scope(&mut self) -> Option<Scope> {
        let mut list = |key: &str, kind: IdKind| {
            if self.entry(key).is_some() { self.id_list(key, kind) } else { Some(Vec::new()) }
        };
        let scope = Scope {
            organizational_unit_ids: list(ORGANIZATIONAL_UNIT_IDS, IdKind::OrganizationalUnit)?,
            exclude_organizational_unit_ids: list(
                EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
                IdKind::OrganizationalUnit,
            )?,
            exclude_account_ids: list(EXCLUDE_ACCOUNT_IDS, IdKind::Account)?,
        };
        if let Some(both) = scope
            .organizational_unit_ids
            .iter()
            .find(|id| scope.exclude_organizational_unit_ids.contains(id))
        {
            self.report(
                EXCLUDE_ORGANIZATIONAL_UNIT_IDS,
                format!(
                    "`{both}` is also in organizational_unit_ids; an OU is either read or left out"
                ),
            );
            return None;
        }
        Some(scope)
    }

    /// A list of account or OU ids, each checked, duplicates dropped, order kept.
    fn id_list(&mut self, key: &str, kind: IdKind) -> Option<Vec<String>> {
        let list = self.list(key)?;
        let mut ids: Vec<String> = Vec::new();
        for (index, entry) in list.entries.iter().enumerate() {
            match entry {
                Some(id) if kind.accepts(id) => {
                    if !ids.contains(id) {
                        ids.push(id.clone());
                    }
                }
                Some(id) => {
                    self.report(
                        key,
                        format!("entry {} (`{}`) is not {}", index + 1, short(id), kind.expected()),
                    );
                    return None;
                }
                None => {
                    self.report(key, format!("entry {} is empty", index + 1));
                    return None;
                }
            }
        }
        Some(ids)
    }
}

/// What an entry of an id list must be.
#[derive(Debug, Clone, Copy)]
enum IdKind {
    Account,
    OrganizationalUnit,
}

/// An OU id: `ou-`, the root's 4–32 characters, `-`, 8–32 characters.
static OU_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("^ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}$").expect("valid regex"));

impl IdKind {
    fn accepts(self, id: &str) -> bool {
        match self {
            IdKind::Account => id.len() == 12 && id.bytes().all(|b| b.is_ascii_digit()),
            IdKind::OrganizationalUnit => OU_ID.is_match(id),
        }
    }

    fn expected(self) -> &'static str {
        match self {
            IdKind::Account => "a 12-digit account ID",
            IdKind::OrganizationalUnit => "an OU ID such as `ou-ab12-11aa22bb`",
        }
    }
}
