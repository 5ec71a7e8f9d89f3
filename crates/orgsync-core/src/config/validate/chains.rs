//! The role chains: `master_assume_role_arn_chain`,
//! `sub_account_assume_role_arn_chain`, the AssumeRole parameters
//! (`assume_external_id`, `role_session_name`, `role_session_duration_seconds`),
//! one partition across every role, and where AWS is (`region`, `endpoint_url`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;

use super::{Validator, check_endpoint_url};
use crate::config::arn::short;
use crate::config::keys::*;
use crate::config::plan::{ACCOUNT_ID_PLACEHOLDER, Partition, RoleArn, SubAccountChain};
use crate::config::problem::show_str;

/// Most roles in a chain.
const MAX_CHAIN_HOPS: usize = 10;
pub(super) const ARN_EXPECTED: &str =
    "expected arn:{aws|aws-cn|aws-us-gov}:iam::{12 digits}:role/{path}{name}";
const DEFAULT_DURATION: i64 = 3600;

static EXTERNAL_ID_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@:/-]{2,1224}$").expect("regex"));
static SESSION_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@-]{2,64}$").expect("regex"));
static REGION_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$").expect("regex"));
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{[^{}]*\}").expect("regex"));

/// The validated chains and AssumeRole settings; `None` fields had problems.
pub(super) struct Chains {
    pub chain: Option<Vec<RoleArn>>,
    /// The sub-account chain and a sample of its ARNs; `Some(None)` when not configured.
    pub sub: Option<Option<(SubAccountChain, Vec<RoleArn>)>>,
    pub external_id: Option<String>,
    pub role_session_name: Option<String>,
    pub duration: Option<i64>,
    pub partition: Partition,
    pub region: String,
    pub endpoint_url: Option<String>,
}

impl Validator<'_> {
    /// Checks the chains, their AssumeRole settings, the partition (shared
    /// with `web_role`) and the region and endpoint.
    pub(super) fn chains(&mut self, web_role: Option<&RoleArn>) -> Chains {
        let chain = if self.is_set(MASTER_CHAIN) {
            self.role_chain(MASTER_CHAIN)
        } else {
            Some(Vec::new())
        };
        let sub =
            if self.is_set(SUB_ACCOUNT_CHAIN) { self.sub_account_chain() } else { Some(None) };

        let external_id = self.string(EXTERNAL_ID).map(|e| e.trim().to_owned());
        if let Some(id) = &external_id
            && !EXTERNAL_ID_SHAPE.is_match(id)
        {
            self.report(EXTERNAL_ID, "must be 2–1224 characters of letters, digits and _+=,.@:/-");
        }
        let role_session_name = self.string(ROLE_SESSION_NAME).map(|n| n.trim().to_owned());
        if let Some(name) = &role_session_name
            && !SESSION_NAME.is_match(name)
        {
            self.report(
                ROLE_SESSION_NAME,
                "must be 2–64 characters of letters, digits and _+=,.@-",
            );
        }
        let duration = if self.is_set(ROLE_SESSION_DURATION) {
            self.int(ROLE_SESSION_DURATION, 900..=43200, " seconds (15 minutes to 12 hours)")
        } else {
            Some(DEFAULT_DURATION)
        };

        // --- partition and region ----------------------------------------------------------------
        let mut partitions: BTreeMap<Partition, Vec<String>> = BTreeMap::new();
        if let Some(role) = &web_role {
            partitions
                .entry(role.partition())
                .or_default()
                .push(format!("{WEB_IDENTITY_ROLE_ARN} {}", role));
        }
        for (hop, role) in chain.iter().flatten().enumerate() {
            partitions
                .entry(role.partition())
                .or_default()
                .push(format!("{MASTER_CHAIN} entry {}", hop + 1));
        }
        if let Some(Some((_, samples))) = &sub {
            for (hop, role) in samples.iter().enumerate() {
                partitions
                    .entry(role.partition())
                    .or_default()
                    .push(format!("{SUB_ACCOUNT_CHAIN} entry {}", hop + 1));
            }
        }
        if partitions.len() > 1 {
            let listing = partitions
                .iter()
                .map(|(p, uses)| format!("{p} ({})", uses.join(", ")))
                .collect::<Vec<_>>()
                .join(" and ");
            let key = if self.is_set(MASTER_CHAIN) { MASTER_CHAIN } else { SUB_ACCOUNT_CHAIN };
            self.report(
                key,
                format!(
                    "mixes partitions: {listing}; every role of the chains must be in one partition"
                ),
            );
        }
        let arn_partition = partitions.keys().next().copied();
        let region = self.string(REGION).map(|r| r.trim().to_owned());
        if let Some(r) = &region {
            if !REGION_SHAPE.is_match(r) {
                self.report(
                    REGION,
                    "is not a region name (e.g. us-east-1, cn-northwest-1, us-gov-west-1)",
                );
            } else if let Some(p) = arn_partition
                && Partition::of_region(r) != p
            {
                self.report(
                    REGION,
                    format!(
                        "belongs to partition {}, but the role ARNs are in partition {p} (whose Organizations region is {})",
                        Partition::of_region(r),
                        p.default_region()
                    ),
                );
            }
        }
        let partition =
            arn_partition.or(region.as_deref().map(Partition::of_region)).unwrap_or(Partition::Aws);
        let region = region.unwrap_or_else(|| partition.default_region().to_owned());

        let endpoint_url = self.string(ENDPOINT_URL).map(|u| u.trim().to_owned());
        if let Some(url) = &endpoint_url
            && let Err(why) = check_endpoint_url(url)
        {
            self.report(ENDPOINT_URL, why);
        }
        Chains {
            chain,
            sub,
            external_id,
            role_session_name,
            duration,
            partition,
            region,
            endpoint_url,
        }
    }

    /// A chain of role ARNs; reports empty entries and malformed ARNs.
    fn role_chain(&mut self, key: &str) -> Option<Vec<RoleArn>> {
        let list = self.list(key)?;
        if list.entries.len() > MAX_CHAIN_HOPS {
            self.report(
                key,
                format!("has {} roles; a chain has at most {MAX_CHAIN_HOPS}", list.entries.len()),
            );
            return None;
        }
        let total = list.entries.len();
        let mut chain = Vec::with_capacity(total);
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let hop = index + 1;
            match entry {
                None => {
                    self.report(key, format!("entry {hop} of {total} is empty (two separators in a row?); {ARN_EXPECTED}"));
                    ok = false;
                }
                Some(arn) => match arn.parse::<RoleArn>() {
                    Ok(role) => chain.push(role),
                    Err(why) => {
                        self.report(
                            key,
                            format!(
                                "entry {hop} of {total} {} {why}; {ARN_EXPECTED}",
                                show_str(arn)
                            ),
                        );
                        ok = false;
                    }
                },
            }
        }
        ok.then_some(chain)
    }

    /// The sub-account template chain and a sample of its ARNs (for the
    /// partition check); `None` when it has problems, `Some(None)` when empty.
    #[allow(clippy::option_option)]
    fn sub_account_chain(&mut self) -> Option<Option<(SubAccountChain, Vec<RoleArn>)>> {
        let key = SUB_ACCOUNT_CHAIN;
        let list = self.list(key)?;
        if list.entries.is_empty() {
            return Some(None);
        }
        let total = list.entries.len();
        if total > MAX_CHAIN_HOPS {
            self.report(key, format!("has {total} roles; a chain has at most {MAX_CHAIN_HOPS}"));
            return None;
        }
        let mut templates = Vec::new();
        let mut samples = Vec::new();
        let mut ok = true;
        for (index, entry) in list.entries.iter().enumerate() {
            let hop = index + 1;
            let Some(template) = entry else {
                self.report(
                    key,
                    format!("entry {hop} of {total} is empty (two separators in a row?)"),
                );
                ok = false;
                continue;
            };
            if let Some(bad) = PLACEHOLDER
                .find_iter(template)
                .map(|m| m.as_str())
                .find(|p| *p != ACCOUNT_ID_PLACEHOLDER)
            {
                self.report(
                    key,
                    format!("entry {hop} of {total} uses the unknown placeholder `{}`; did you mean `{ACCOUNT_ID_PLACEHOLDER}`?", short(bad)),
                );
                ok = false;
                continue;
            }
            match template.replace(ACCOUNT_ID_PLACEHOLDER, "123456789012").parse::<RoleArn>() {
                Ok(sample) => samples.push(sample),
                Err(why) => {
                    self.report(
                        key,
                        format!(
                            "entry {hop} of {total} {} {why}; {ARN_EXPECTED}",
                            show_str(template)
                        ),
                    );
                    ok = false;
                }
            }
            templates.push(template.clone());
        }
        if ok && !templates.iter().any(|t| t.contains(ACCOUNT_ID_PLACEHOLDER)) {
            self.report(
                key,
                format!(
                    "no entry contains `{ACCOUNT_ID_PLACEHOLDER}`, so every member account would be reached through the same role; \
                     put `{ACCOUNT_ID_PLACEHOLDER}` where the member account's ID goes"
                ),
            );
            ok = false;
        }
        ok.then(|| Some((SubAccountChain::new(templates), samples)))
    }
}
