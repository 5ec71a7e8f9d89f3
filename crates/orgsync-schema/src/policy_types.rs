//! The values of the `policy_type` columns: every policy type AWS
//! Organizations documents (the `PolicyType` values of its API reference;
//! the 14th, `GUARDDUTY_POLICY`, is in the AWS SDK for Rust's model). The
//! extractor lists policies of each, and the emulator knows exactly these.

/// Every policy type Organizations knows, in the order of its API reference.
pub const POLICY_TYPES: [&str; 14] = [
    "SERVICE_CONTROL_POLICY",
    "RESOURCE_CONTROL_POLICY",
    "TAG_POLICY",
    "BACKUP_POLICY",
    "AISERVICES_OPT_OUT_POLICY",
    "CHATBOT_POLICY",
    "DECLARATIVE_POLICY_EC2",
    "SECURITYHUB_POLICY",
    "INSPECTOR_POLICY",
    "UPGRADE_ROLLOUT_POLICY",
    "BEDROCK_POLICY",
    "S3_POLICY",
    "NETWORK_SECURITY_DIRECTOR_POLICY",
    "GUARDDUTY_POLICY",
];
