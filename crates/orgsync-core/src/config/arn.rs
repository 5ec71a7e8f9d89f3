//! AWS partitions and IAM role ARNs, parsed with [`FromStr`].
//!
//! A [`RoleArn`] can only be built by parsing, so holders may rely on its
//! shape: `arn:{aws|aws-cn|aws-us-gov}:iam::{12 digits}:role/{path}{name}`.
//! The parse error says precisely what is wrong, in words that follow the
//! value in a configuration message ("… has a region, but IAM ARNs have none").

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

static ROLE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z0-9_+=,.@-]{1,64}$").expect("regex"));
static ROLE_PATH_SEGMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\x21-\x2E\x30-\x7E]+$").expect("regex"));

/// Why a string is not a role ARN (or a partition), as the end of a sentence
/// whose subject is the value: "has the account ID `12`, which is not 12 digits".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleArnError(String);

impl fmt::Display for RoleArnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RoleArnError {}

/// At most 40 characters of a fragment, for ARN messages.
pub(crate) fn short(fragment: &str) -> String {
    let cut: String = fragment.chars().take(40).collect();
    let cut: String = cut.escape_debug().collect();
    if fragment.chars().count() > 40 { format!("{cut}…") } else { cut }
}

/// An AWS partition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Partition {
    /// `aws`, the commercial partition.
    #[serde(rename = "aws")]
    Aws,
    /// `aws-cn`, China.
    #[serde(rename = "aws-cn")]
    AwsCn,
    /// `aws-us-gov`, GovCloud (US).
    #[serde(rename = "aws-us-gov")]
    AwsUsGov,
}

impl Partition {
    /// The partition as written in ARNs.
    pub fn as_str(self) -> &'static str {
        match self {
            Partition::Aws => "aws",
            Partition::AwsCn => "aws-cn",
            Partition::AwsUsGov => "aws-us-gov",
        }
    }

    /// The signing region of the partition's Organizations endpoint.
    pub fn default_region(self) -> &'static str {
        match self {
            Partition::Aws => "us-east-1",
            Partition::AwsCn => "cn-northwest-1",
            Partition::AwsUsGov => "us-gov-west-1",
        }
    }

    /// The partition a region belongs to.
    pub fn of_region(region: &str) -> Self {
        if region.starts_with("cn-") {
            Partition::AwsCn
        } else if region.starts_with("us-gov-") {
            Partition::AwsUsGov
        } else {
            Partition::Aws
        }
    }
}

impl FromStr for Partition {
    type Err = RoleArnError;

    /// Parses the partition as written in ARNs.
    fn from_str(s: &str) -> Result<Self, RoleArnError> {
        match s {
            "aws" => Ok(Partition::Aws),
            "aws-cn" => Ok(Partition::AwsCn),
            "aws-us-gov" => Ok(Partition::AwsUsGov),
            _ => Err(RoleArnError(format!(
                "has the unknown partition `{}` (expected aws, aws-cn or aws-us-gov)",
                short(s)
            ))),
        }
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A validated IAM role ARN: `arn:{partition}:iam::{account}:role/{path}{name}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct RoleArn {
    arn: String,
    partition: Partition,
    account_id: String,
    name: String,
}

impl RoleArn {
    /// The whole ARN.
    pub fn as_str(&self) -> &str {
        &self.arn
    }

    /// Its partition.
    pub fn partition(&self) -> Partition {
        self.partition
    }

    /// The 12-digit account ID of the role.
    pub fn account_id(&self) -> &str {
        &self.account_id
    }

    /// The role name (without path).
    pub fn role_name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for RoleArn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.arn)
    }
}

impl From<RoleArn> for String {
    fn from(arn: RoleArn) -> String {
        arn.arn
    }
}

impl FromStr for RoleArn {
    type Err = RoleArnError;

    /// Parses a role ARN, or says precisely what is wrong with it.
    fn from_str(arn: &str) -> Result<Self, RoleArnError> {
        let Some(rest) = arn.strip_prefix("arn:") else {
            return Err(RoleArnError("does not start with `arn:`".to_owned()));
        };
        let parts: Vec<&str> = rest.splitn(5, ':').collect();
        let [partition, service, region, account, resource] = parts[..] else {
            return Err(RoleArnError("has too few `:`-separated parts".to_owned()));
        };
        let partition: Partition = partition.parse()?;
        if service == "sts" && resource.starts_with("assumed-role/") {
            return Err(RoleArnError(
                "is an assumed-role session ARN, not a role ARN; use arn:…:iam::ACCOUNT:role/NAME"
                    .to_owned(),
            ));
        }
        if service != "iam" {
            return Err(RoleArnError(format!("is not an IAM ARN (service `{}`)", short(service))));
        }
        if !region.is_empty() {
            return Err(RoleArnError("has a region, but IAM ARNs have none (`iam::`)".to_owned()));
        }
        if account.len() != 12 || !account.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RoleArnError(format!(
                "has the account ID `{}`, which is not 12 digits",
                short(account)
            )));
        }
        let Some(role_path) = resource.strip_prefix("role/") else {
            return Err(RoleArnError(format!(
                "names `{}`, which is not a role (expected role/NAME)",
                short(resource)
            )));
        };
        let (path, name) = match role_path.rsplit_once('/') {
            Some((path, name)) => (Some(path), name),
            None => (None, role_path),
        };
        if !ROLE_NAME.is_match(name) {
            return Err(RoleArnError(
                "has an invalid role name (1–64 characters of letters, digits and _+=,.@-)"
                    .to_owned(),
            ));
        }
        if let Some(path) = path
            && (path.len() > 510
                || !path.split('/').all(|segment| ROLE_PATH_SEGMENT.is_match(segment)))
        {
            return Err(RoleArnError(
                "has an invalid role path (segments of printable ASCII separated by /)".to_owned(),
            ));
        }
        Ok(RoleArn {
            arn: arn.to_owned(),
            partition,
            account_id: account.to_owned(),
            name: name.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_arns_parse_with_paths_and_partitions() {
        let role =
            "arn:aws-cn:iam::123456789012:role/ops/readers/OrgReader".parse::<RoleArn>().unwrap();
        assert_eq!(role.partition(), Partition::AwsCn);
        assert_eq!(role.account_id(), "123456789012");
        assert_eq!(role.role_name(), "OrgReader");
        for (bad, why) in [
            ("arn:aws:iam::12345678901:role/A", "12 digits"),
            ("arn:aws-eu:iam::123456789012:role/A", "unknown partition"),
            ("arn:aws:iam::123456789012:user/A", "not a role"),
            ("arn:aws:iam:us-east-1:123456789012:role/A", "region"),
            ("arn:aws:sts::123456789012:assumed-role/A/s", "assumed-role"),
            ("aws:iam::123456789012:role/A", "arn:"),
            ("arn:aws:iam::123456789012:role/", "role name"),
            ("arn:aws:iam::123456789012:role/a//b", "role path"),
        ] {
            let err = bad.parse::<RoleArn>().unwrap_err().to_string();
            assert!(err.contains(why), "{bad}: {err}");
        }
    }

    #[test]
    fn partitions_parse_as_written_in_arns() {
        for p in [Partition::Aws, Partition::AwsCn, Partition::AwsUsGov] {
            assert_eq!(p.as_str().parse::<Partition>(), Ok(p));
        }
        assert!(
            "aws-eu".parse::<Partition>().unwrap_err().to_string().contains("unknown partition")
        );
    }
}
