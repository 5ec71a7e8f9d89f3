//! Quota, latency, paging and fault profiles (see `PROFILES.md`).
//!
//! A [`Profile`] resolves to a [`ProfileSpec`]: token buckets per operation
//! (keyed `service:Operation`, with `service:*` as the fallback for a
//! service), latency (fixed + uniform jitter, optionally per operation),
//! paging behaviour (default page size, empty and short pages) and random
//! faults, and how long CloudTrail takes to deliver an event to
//! LookupEvents ([`CloudTrailSpec`]). Profile files are TOML; a file may start from a built-in profile
//! with `base = "aws-like"` and override only what it names.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

/// Which profile to run with.
#[derive(Clone, Debug, PartialEq)]
pub enum Profile {
    /// No quotas, no latency, no faults, full pages (tests).
    Fast,
    /// Documented AWS-like token buckets and latency.
    AwsLike,
    /// AwsLike with every rate and burst × factor and latency ÷ factor.
    Scaled(f64),
    /// Anything else, e.g. loaded from a file with [`Profile::from_file`].
    Custom(ProfileSpec),
}

impl Profile {
    /// The concrete settings of this profile.
    pub fn spec(&self) -> ProfileSpec {
        match self {
            Profile::Fast => ProfileSpec::fast(),
            Profile::AwsLike => ProfileSpec::aws_like(),
            Profile::Scaled(factor) => ProfileSpec::aws_like().scaled(*factor),
            Profile::Custom(spec) => spec.clone(),
        }
    }

    /// Parses `fast`, `aws-like`, `scaled:FACTOR` or a path to a TOML file.
    pub fn parse(value: &str) -> Result<Profile, ProfileError> {
        match value {
            "fast" => Ok(Profile::Fast),
            "aws-like" | "aws_like" | "awslike" => Ok(Profile::AwsLike),
            other => {
                if let Some(factor) = other.strip_prefix("scaled:") {
                    let factor: f64 = factor.parse().map_err(|_| ProfileError::Invalid {
                        source_name: other.to_string(),
                        message: "`scaled:FACTOR` needs a positive number, e.g. `scaled:20`".into(),
                    })?;
                    if factor.is_finite() && factor > 0.0 {
                        return Ok(Profile::Scaled(factor));
                    }
                    return Err(ProfileError::Invalid {
                        source_name: other.to_string(),
                        message: "the scale factor must be a positive number".into(),
                    });
                }
                Profile::from_file(Path::new(other))
            }
        }
    }

    /// Loads a TOML profile file (format in `PROFILES.md`).
    pub fn from_file(path: &Path) -> Result<Profile, ProfileError> {
        let text = std::fs::read_to_string(path).map_err(|e| ProfileError::Read {
            path: path.display().to_string(),
            message: e.to_string(),
        })?;
        ProfileSpec::from_toml(&text, &path.display().to_string()).map(Profile::Custom)
    }
}

/// What is out of range in a [`ProfileSpec`] ([`ProfileSpec::validate`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpecError {
    /// A quota key is not `service:Operation` or `service:*`.
    #[error("quota key `{key}` must look like `service:Operation` or `service:*`")]
    QuotaKey {
        /// The key.
        key: String,
    },
    /// A quota's rate is not positive or its burst is below 1.
    #[error("quota `{key}` needs rate > 0 and burst >= 1")]
    QuotaRange {
        /// The quota's key.
        key: String,
    },
    /// A rate of pages or faults is not a probability.
    #[error("`{name}` must be between 0 and 1")]
    NotARate {
        /// The setting, e.g. `faults.throttle_rate`.
        name: &'static str,
    },
    /// CloudTrail's delivery delays are negative, reversed or infinite.
    #[error(
        "`cloudtrail.delivery_delay_min_s` must be >= 0 and <= `cloudtrail.delivery_delay_max_s`"
    )]
    DeliveryDelay,
    /// The default page size is not in 1..=20.
    #[error("`paging.default_page_size` must be between 1 and 20")]
    PageSize,
}

/// Why a profile could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error("failed to read profile `{path}`: {message}")]
    Read { path: String, message: String },
    #[error("invalid profile `{source_name}`: {message}")]
    Invalid { source_name: String, message: String },
}

/// Whose requests share a token bucket.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum QuotaScope {
    /// One bucket per calling account (the default).
    #[default]
    Caller,
    /// One bucket per target account (`AccountId` of Account API calls, else the caller).
    Target,
    /// One bucket for everybody.
    Global,
}

/// A token bucket: `rate` tokens per second, at most `burst` stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotaSpec {
    pub rate: f64,
    pub burst: f64,
    #[serde(default)]
    pub scope: QuotaScope,
}

/// Added latency: `fixed_ms` plus a uniform random `0..jitter_ms`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct LatencySpec {
    pub fixed_ms: f64,
    pub jitter_ms: f64,
}

/// How list operations page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PagingSpec {
    /// Page size when MaxResults is absent (and for ListTagsForResource).
    pub default_page_size: usize,
    /// Probability that a page which has more items after it comes back
    /// empty but with a NextToken (never twice in a row).
    pub empty_page_rate: f64,
    /// Probability that a page comes back with fewer items than asked.
    pub short_page_rate: f64,
}

impl Default for PagingSpec {
    fn default() -> Self {
        PagingSpec { default_page_size: 20, empty_page_rate: 0.0, short_page_rate: 0.0 }
    }
}

/// Random faults, drawn from a seeded generator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct FaultSpec {
    /// Probability of a throttling error regardless of quotas.
    pub throttle_rate: f64,
    /// Probability of HTTP 500/503.
    pub error_5xx_rate: f64,
    /// Probability that the connection is dropped without a response.
    pub reset_rate: f64,
    /// Probability that a response body is cut short.
    pub truncate_rate: f64,
    /// Seed of the fault generator.
    pub seed: u64,
}

/// CloudTrail: how long after a call its event becomes visible to
/// LookupEvents (a uniform draw in `delivery_delay_min_s..=delivery_delay_max_s`,
/// seconds on the emulator clock). Scaled like latencies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct CloudTrailSpec {
    pub delivery_delay_min_s: f64,
    pub delivery_delay_max_s: f64,
}

/// Everything a profile decides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ProfileSpec {
    pub name: String,
    /// `service:Operation` or `service:*` → bucket.
    pub quotas: BTreeMap<String, QuotaSpec>,
    pub latency: LatencySpec,
    /// `service:Operation` or `service:*` → latency, overriding `latency`.
    pub latency_overrides: BTreeMap<String, LatencySpec>,
    pub paging: PagingSpec,
    pub faults: FaultSpec,
    /// CloudTrail event delivery.
    pub cloudtrail: CloudTrailSpec,
    /// Whether accounts carry the retired `Status` next to `State`.
    pub legacy_account_status: bool,
    /// The policy types the endpoint offers (empty: all it knows); a
    /// ListPolicies filter of another type is InvalidInputException, as in
    /// a partition that lacks a newer type.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub offered_policy_types: Vec<String>,
}

impl Default for ProfileSpec {
    fn default() -> Self {
        ProfileSpec::fast()
    }
}

fn quota(rate: f64, burst: f64, scope: QuotaScope) -> QuotaSpec {
    QuotaSpec { rate, burst, scope }
}

impl ProfileSpec {
    /// No quotas, no latency, no faults.
    pub fn fast() -> ProfileSpec {
        ProfileSpec {
            name: "fast".to_string(),
            quotas: BTreeMap::new(),
            latency: LatencySpec::default(),
            latency_overrides: BTreeMap::new(),
            paging: PagingSpec::default(),
            faults: FaultSpec::default(),
            cloudtrail: CloudTrailSpec::default(),
            legacy_account_status: true,
            offered_policy_types: Vec::new(),
        }
    }

    /// The documented AWS-like profile (figures and reasons in `PROFILES.md`).
    pub fn aws_like() -> ProfileSpec {
        let mut quotas = BTreeMap::new();
        // Organizations publishes no rates; sweeps of thousands of accounts are
        // reported to throttle at a few calls per second.
        quotas.insert("organizations:*".to_string(), quota(4.0, 8.0, QuotaScope::Caller));
        for op in [
            "DescribeAccount",
            "ListParents",
            "ListPoliciesForTarget",
            "ListTagsForResource",
            "DescribeEffectivePolicy",
        ] {
            quotas.insert(format!("organizations:{op}"), quota(8.0, 16.0, QuotaScope::Caller));
        }
        // Published Account Management quotas.
        quotas.insert(
            "account:GetAlternateContact".to_string(),
            quota(10.0, 15.0, QuotaScope::Caller),
        );
        quotas.insert(
            "account:GetContactInformation".to_string(),
            quota(10.0, 15.0, QuotaScope::Caller),
        );
        quotas.insert("account:ListRegions".to_string(), quota(5.0, 5.0, QuotaScope::Caller));
        // GetAccountInformation and the rest of the Account API: 3/s, burst 3.
        quotas.insert("account:*".to_string(), quota(3.0, 3.0, QuotaScope::Caller));
        // STS: 600 requests/s per account and region.
        quotas.insert("sts:*".to_string(), quota(600.0, 600.0, QuotaScope::Caller));
        // IAM control plane reads.
        quotas.insert("iam:*".to_string(), quota(20.0, 20.0, QuotaScope::Caller));
        // CloudTrail LookupEvents: 2 requests per second per account and Region.
        quotas.insert("cloudtrail:LookupEvents".to_string(), quota(2.0, 2.0, QuotaScope::Caller));
        let mut latency_overrides = BTreeMap::new();
        latency_overrides
            .insert("sts:*".to_string(), LatencySpec { fixed_ms: 30.0, jitter_ms: 20.0 });
        latency_overrides
            .insert("account:*".to_string(), LatencySpec { fixed_ms: 50.0, jitter_ms: 30.0 });
        ProfileSpec {
            name: "aws-like".to_string(),
            quotas,
            latency: LatencySpec { fixed_ms: 60.0, jitter_ms: 60.0 },
            latency_overrides,
            paging: PagingSpec {
                default_page_size: 20,
                empty_page_rate: 0.02,
                short_page_rate: 0.05,
            },
            faults: FaultSpec::default(),
            // Management events typically reach LookupEvents 5–15 minutes after the call.
            cloudtrail: CloudTrailSpec { delivery_delay_min_s: 300.0, delivery_delay_max_s: 900.0 },
            legacy_account_status: false,
            offered_policy_types: Vec::new(),
        }
    }

    /// Every rate and burst × `factor`, every latency ÷ `factor`.
    pub fn scaled(mut self, factor: f64) -> ProfileSpec {
        let factor = if factor.is_finite() && factor > 0.0 { factor } else { 1.0 };
        for q in self.quotas.values_mut() {
            q.rate *= factor;
            q.burst *= factor;
        }
        for l in std::iter::once(&mut self.latency).chain(self.latency_overrides.values_mut()) {
            l.fixed_ms /= factor;
            l.jitter_ms /= factor;
        }
        self.cloudtrail.delivery_delay_min_s /= factor;
        self.cloudtrail.delivery_delay_max_s /= factor;
        self.name = format!("{}×{factor}", self.name);
        self
    }

    /// Parses a TOML profile; `base = "aws-like"|"fast"` starts from a
    /// built-in profile and `scale = F` scales the result.
    pub fn from_toml(text: &str, source_name: &str) -> Result<ProfileSpec, ProfileError> {
        let invalid = |message: String| ProfileError::Invalid {
            source_name: source_name.to_string(),
            message,
        };
        let mut table: toml::Table =
            text.parse().map_err(|e: toml::de::Error| invalid(e.to_string()))?;
        let base = match table.remove("base") {
            None => ProfileSpec::fast(),
            Some(toml::Value::String(s)) if s == "fast" => ProfileSpec::fast(),
            Some(toml::Value::String(s)) if s == "aws-like" => ProfileSpec::aws_like(),
            Some(other) => {
                return Err(invalid(format!(
                    "`base` must be \"fast\" or \"aws-like\", not {other}"
                )));
            }
        };
        let scale = match table.remove("scale") {
            None => None,
            Some(toml::Value::Float(f)) => Some(f),
            Some(toml::Value::Integer(i)) => Some(i as f64),
            Some(other) => return Err(invalid(format!("`scale` must be a number, not {other}"))),
        };
        let mut merged = toml::Table::try_from(&base).map_err(|e| invalid(e.to_string()))?;
        merge_tables(&mut merged, table);
        let mut spec: ProfileSpec = toml::Value::Table(merged)
            .try_into()
            .map_err(|e: toml::de::Error| invalid(e.to_string()))?;
        if let Some(factor) = scale {
            spec = spec.scaled(factor);
        }
        spec.validate().map_err(|e| invalid(e.to_string()))?;
        Ok(spec)
    }

    /// Checks ranges (rates ≥ 0, probabilities in 0..=1, page size 1..=20).
    pub fn validate(&self) -> Result<(), SpecError> {
        for (key, q) in &self.quotas {
            if !key.contains(':') {
                return Err(SpecError::QuotaKey { key: key.clone() });
            }
            if !(q.rate > 0.0 && q.burst >= 1.0) {
                return Err(SpecError::QuotaRange { key: key.clone() });
            }
        }
        let p = |name: &'static str, v: f64| {
            if (0.0..=1.0).contains(&v) { Ok(()) } else { Err(SpecError::NotARate { name }) }
        };
        p("paging.empty_page_rate", self.paging.empty_page_rate)?;
        p("paging.short_page_rate", self.paging.short_page_rate)?;
        p("faults.throttle_rate", self.faults.throttle_rate)?;
        p("faults.error_5xx_rate", self.faults.error_5xx_rate)?;
        p("faults.reset_rate", self.faults.reset_rate)?;
        p("faults.truncate_rate", self.faults.truncate_rate)?;
        let trail = &self.cloudtrail;
        if !(trail.delivery_delay_min_s >= 0.0
            && trail.delivery_delay_max_s >= trail.delivery_delay_min_s
            && trail.delivery_delay_max_s.is_finite())
        {
            return Err(SpecError::DeliveryDelay);
        }
        if !(1..=20).contains(&self.paging.default_page_size) {
            return Err(SpecError::PageSize);
        }
        Ok(())
    }

    /// The bucket for `service:operation`, if any.
    pub fn quota_for(&self, service: &str, operation: &str) -> Option<(&str, &QuotaSpec)> {
        let exact = format!("{service}:{operation}");
        if let Some((k, q)) = self.quotas.get_key_value(&exact) {
            return Some((k.as_str(), q));
        }
        let wildcard = format!("{service}:*");
        self.quotas.get_key_value(&wildcard).map(|(k, q)| (k.as_str(), q))
    }

    /// The latency for `service:operation`.
    pub fn latency_for(&self, service: &str, operation: &str) -> &LatencySpec {
        if self.latency_overrides.is_empty() {
            return &self.latency;
        }
        self.latency_overrides
            .get(&format!("{service}:{operation}"))
            .or_else(|| self.latency_overrides.get(&format!("{service}:*")))
            .unwrap_or(&self.latency)
    }
}

fn merge_tables(base: &mut toml::Table, over: toml::Table) {
    for (key, value) in over {
        match (base.get_mut(&key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge_tables(b, o),
            (_, v) => {
                base.insert(key, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaled_multiplies_rates_and_divides_latency() {
        let base = ProfileSpec::aws_like();
        let scaled = Profile::Scaled(20.0).spec();
        let key = "account:GetAlternateContact";
        assert_eq!(scaled.quotas[key].rate, base.quotas[key].rate * 20.0);
        assert_eq!(scaled.quotas[key].burst, base.quotas[key].burst * 20.0);
        assert_eq!(scaled.latency.fixed_ms, base.latency.fixed_ms / 20.0);
        assert_eq!(scaled.cloudtrail.delivery_delay_max_s, 900.0 / 20.0);
        assert_eq!(scaled.quotas["cloudtrail:LookupEvents"].rate, 40.0);
    }

    #[test]
    fn toml_overrides_a_base_profile() {
        let spec = ProfileSpec::from_toml(
            "base = \"aws-like\"\n[paging]\nempty_page_rate = 0.5\n[quotas.\"organizations:ListAccounts\"]\nrate = 1\nburst = 2\n",
            "test",
        )
        .unwrap();
        assert_eq!(spec.paging.empty_page_rate, 0.5);
        assert_eq!(spec.paging.default_page_size, 20);
        assert_eq!(spec.quotas["organizations:ListAccounts"].rate, 1.0);
        assert!(spec.quotas.contains_key("account:GetAlternateContact"));
    }

    #[test]
    fn documented_example_parses() {
        let example = crate::toml_example(include_str!("../PROFILES.md"), "");
        let spec = ProfileSpec::from_toml(&example, "PROFILES.md").unwrap();
        assert_eq!(spec.quotas["organizations:ListAccountsForParent"].rate, 2.0);
        assert_eq!(spec.latency_overrides["sts:*"].fixed_ms, 10.0);
        assert_eq!(spec.faults.seed, 7);
        assert_eq!(spec.cloudtrail.delivery_delay_max_s, 900.0);
        assert!(spec.quotas.contains_key("account:GetAlternateContact"));
    }

    #[test]
    fn validation_says_which_setting_is_out_of_range() {
        let mut spec = ProfileSpec::fast();
        assert_eq!(spec.validate(), Ok(()));
        spec.faults.reset_rate = 2.0;
        let err = spec.validate().unwrap_err();
        assert_eq!(err, SpecError::NotARate { name: "faults.reset_rate" });
        assert_eq!(err.to_string(), "`faults.reset_rate` must be between 0 and 1");
        spec.faults.reset_rate = 0.0;
        spec.paging.default_page_size = 0;
        assert_eq!(spec.validate(), Err(SpecError::PageSize));
    }

    #[test]
    fn bad_values_are_named() {
        let err = ProfileSpec::from_toml("[faults]\nreset_rate = 2.0\n", "p.toml").unwrap_err();
        assert!(err.to_string().contains("faults.reset_rate"), "{err}");
        let err = ProfileSpec::from_toml("[paging]\nbogus = 1\n", "p.toml").unwrap_err();
        assert!(err.to_string().contains("bogus"), "{err}");
    }
}
