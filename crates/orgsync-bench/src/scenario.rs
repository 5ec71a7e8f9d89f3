//! Scenarios: which quotas the emulator enforces while orgsync keeps its
//! default assumptions.
//!
//! - `known`: the emulator's AWS-like profile, which is what orgsync's
//!   default rate limits assume;
//! - `half` / `double`: every Organizations and Account quota (rate and
//!   burst) halved or doubled, so orgsync has to find the real limits with its
//!   adaptive control;
//! - `member-reads`: the `known` quotas, with the sub-account
//!   chain (`OrganizationAccountAccessRole`) and `account_reads = "auto"`, so
//!   the alternate contacts are read in each member's own session; the
//!   access table is excluded, so the tables are those of `known` and the
//!   rows are compared with its run;
//! - `perturbed`: some quotas lower and some higher than orgsync assumes
//!   (see [`PERTURBATIONS`]);
//! - `per-target`: the Account API quota kept per target account instead of
//!   per caller (the other reading of AWS's "per account");
//! - `none`: no quotas and no latency at all (the emulator's `fast` profile,
//!   a local test endpoint); orgsync keeps its default assumptions and is
//!   compared with the same sync told the quotas, as `orgsync demo` is.
//!
//! Every scenario is time-scaled: quotas × `time_scale`, latency ÷
//! `time_scale` (the ratios stay AWS's while a run stays short). With
//! `--time-scale 1` they are real time.

use orgsync_emulator::{Profile, ProfileSpec, QuotaScope};
use orgsync_schema::TableName;

/// The `perturbed` scenario: factor on the AWS-like rate and burst per quota
/// key (keys not named keep orgsync's assumption).
pub const PERTURBATIONS: [(&str, f64); 5] = [
    ("account:GetAlternateContact", 0.7),
    ("organizations:ListTagsForResource", 1.5),
    ("organizations:*", 0.75),
    ("organizations:ListAccountsForParent", 2.0),
    ("organizations:ListTargetsForPolicy", 0.5),
];

/// Rate scale of orgsync's assumptions in the `none` scenario's reference
/// run (what `orgsync demo` passes for the `fast` profile).
pub const DEMO_RATE_SCALE: f64 = 100.0;

/// How the emulator's quotas relate to orgsync's assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Scenario {
    /// The quotas orgsync assumes.
    Known,
    /// Half of them.
    Half,
    /// Double of them.
    Double,
    /// The quotas orgsync assumes, contacts read in the members' own sessions.
    MemberReads,
    /// Some lower, some higher ([`PERTURBATIONS`]).
    Perturbed,
    /// The Account API quota per target account instead of per caller.
    PerTarget,
    /// No quotas, no latency (a local test endpoint).
    None,
}

impl Scenario {
    /// The name used on the command line and in the tables.
    pub fn name(self) -> &'static str {
        match self {
            Scenario::Known => "known",
            Scenario::Half => "half",
            Scenario::Double => "double",
            Scenario::MemberReads => "member-reads",
            Scenario::Perturbed => "perturbed",
            Scenario::PerTarget => "per-target",
            Scenario::None => "none",
        }
    }

    /// Factor applied to every AWS-like Organizations and Account quota.
    pub fn quota_factor(self) -> f64 {
        match self {
            Scenario::Half => 0.5,
            Scenario::Double => 2.0,
            _ => 1.0,
        }
    }

    /// The wall-time target over the lower bound (for `none`: over the run
    /// told the quotas).
    pub fn ratio_target(self) -> f64 {
        match self {
            Scenario::Known | Scenario::MemberReads => 1.15,
            Scenario::None => 2.0,
            _ => 1.30,
        }
    }

    /// The throttled-share target (percent of calls).
    pub fn throttled_target(self, time_scale: f64) -> f64 {
        match self {
            Scenario::Known => 2.0,
            _ if time_scale != 1.0 => 2.0,
            _ => 3.0,
        }
    }

    /// Whether orgsync's default assumptions match the emulator.
    pub fn quotas_known(self) -> bool {
        self == Scenario::Known
    }

    /// Whether the emulator's quotas differ from orgsync's assumptions
    /// (`half`, `double`).
    pub fn tests_adaptation(self) -> bool {
        matches!(self, Scenario::Half | Scenario::Double)
    }

    /// Whether the contacts are read in the members' own sessions.
    pub fn member_reads(self) -> bool {
        self == Scenario::MemberReads
    }

    /// Settings added to the run's configuration file.
    pub fn extra_config(self) -> serde_json::Map<String, serde_json::Value> {
        let mut extra = serde_json::Map::new();
        if self.member_reads() {
            extra.insert(
                "sub_account_assume_role_arn_chain".into(),
                "arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole".into(),
            );
            extra.insert("account_reads".into(), "auto".into());
            extra.insert("exclude".into(), serde_json::json!([TableName::AccountAccess.as_str()]));
        }
        extra
    }

    /// The emulator profile of this scenario at `time_scale`. STS keeps its
    /// quota (orgsync calls it twice per run).
    pub fn profile(self, time_scale: f64) -> Profile {
        if self == Scenario::None {
            return Profile::Fast;
        }
        let factor = self.quota_factor();
        let mut spec = ProfileSpec::aws_like();
        for (key, quota) in &mut spec.quotas {
            if key.starts_with("organizations:") || key.starts_with("account:") {
                quota.rate *= factor;
                quota.burst *= factor;
            }
        }
        if self == Scenario::Perturbed {
            let organizations = spec.quotas["organizations:*"].clone();
            for (key, factor) in PERTURBATIONS {
                let quota = spec.quotas.entry(key.to_owned()).or_insert(organizations.clone());
                quota.rate *= factor;
                quota.burst *= factor;
            }
        }
        if self == Scenario::PerTarget {
            for (key, quota) in &mut spec.quotas {
                if key.starts_with("account:") {
                    quota.scope = QuotaScope::Target;
                }
            }
        }
        let mut spec = spec.scaled(time_scale);
        spec.name = format!("aws-like, quotas {}, time ×{time_scale}", self.name());
        Profile::Custom(spec)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_is_the_scaled_aws_like_profile() {
        let mut known = Scenario::Known.profile(20.0).spec();
        let mut scaled = Profile::Scaled(20.0).spec();
        known.name.clear();
        scaled.name.clear();
        assert_eq!(known, scaled);
    }

    #[test]
    fn half_and_double_move_organizations_and_account_quotas_only() {
        let known = Scenario::Known.profile(20.0).spec();
        let half = Scenario::Half.profile(20.0).spec();
        let double = Scenario::Double.profile(20.0).spec();
        let key = "account:GetAlternateContact";
        assert_eq!(half.quotas[key].rate * 2.0, known.quotas[key].rate);
        assert_eq!(double.quotas[key].burst, known.quotas[key].burst * 2.0);
        assert_eq!(half.quotas["sts:*"], known.quotas["sts:*"]);
        assert_eq!(half.latency, known.latency);
    }

    #[test]
    fn perturbed_moves_some_quotas_down_and_some_up() {
        let known = Scenario::Known.profile(1.0).spec();
        let perturbed = Scenario::Perturbed.profile(1.0).spec();
        let rate = |spec: &ProfileSpec, op: &str| {
            let (service, op) = op.split_once(':').unwrap();
            spec.quota_for(service, op).unwrap().1.rate
        };
        for (op, factor) in [
            ("account:GetAlternateContact", 0.7),
            ("organizations:ListTagsForResource", 1.5),
            ("organizations:ListPolicies", 0.75),
            ("organizations:ListAccountsForParent", 2.0),
            ("organizations:ListTargetsForPolicy", 0.5),
        ] {
            assert!((rate(&perturbed, op) - rate(&known, op) * factor).abs() < 1e-9, "{op}");
        }
    }

    #[test]
    fn per_target_and_none() {
        let spec = Scenario::PerTarget.profile(1.0).spec();
        assert_eq!(spec.quotas["account:GetAlternateContact"].scope, QuotaScope::Target);
        assert_eq!(spec.quotas["organizations:*"].scope, QuotaScope::Caller);
        assert!(Scenario::None.profile(1.0).spec().quotas.is_empty());
    }
}
