//! Synthetic organizations generated deterministically from a seed.
//!
//! Same `(accounts, seed)` → byte-identical [`Organization`] (only ordered
//! containers and one ChaCha stream are used). The shape aims at what real
//! organizations look like:
//! - the management account sits in the root, a few accounts stay at the root;
//! - an OU tree up to 5 levels deep with uneven fan-out (some OUs empty);
//! - account states mostly ACTIVE with SUSPENDED, PENDING_CLOSURE, CLOSED and
//!   PENDING_ACTIVATION sprinkled in;
//! - policies of all 14 types with realistic JSON documents; AWS-managed
//!   `p-FullAWSAccess` (SCP) and `p-RCPFullAWSAccess` (RCP) attached to the
//!   root, every OU and every account as AWS does; custom policies attached at
//!   root, OU and account level (some unattached);
//! - tags on accounts, OUs, the root and policies, including awkward values
//!   (Unicode, commas, quotes, newlines, leading `=`, `+`, `-`, `@`);
//! - alternate contacts for some accounts, delegated administrators, enabled
//!   services and account aliases;
//! - what the organization keeps of its recent past: handshakes of the last
//!   30 days (open, accepted, declined, canceled and expired invitations),
//!   account-creation requests of the last 180 days (succeeded, failed with
//!   a reason, one in progress), and a resource-based delegation policy;
//! - centralized root access (trusted access for IAM with both features);
//! - a few accounts whose effective backup or tag policy fails validation
//!   (too many backup plans or tag keys, blamed on the policies on their path);
//! - billing responsibility transfers: one accepted outbound (a partner pays)
//!   and one requested inbound.
//!
//! Data sets added after the first release (GuardDuty policies, handshakes,
//! account-creation requests, the resource policy) come from their own
//! random stream, so everything an earlier version generated for a seed is
//! unchanged. "Now" for them is the end of the synthetic time span
//! ([`reference_time`]).

use std::collections::BTreeMap;

use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;

use crate::model::{
    Account, AccountState, AlternateContact, ContactInformation, CreateAccountStatus,
    EffectivePolicyValidationError, Handshake, HandshakeParty, HandshakeResource,
    InvalidEffectivePolicy, Organization, OrganizationalUnit, POLICY_TYPES, Policy,
    PolicyTypeStatus, REGIONS, ResourcePolicy, Root, Tag,
};

/// Largest synthetic organization supported.
pub const MAX_ACCOUNTS: usize = 20_000;

const LOWER_ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
const TEAMS: [&str; 16] = [
    "payments",
    "identity",
    "search",
    "ledger",
    "checkout",
    "media",
    "analytics",
    "platform",
    "network",
    "data",
    "ml",
    "billing",
    "mobile",
    "web",
    "risk",
    "support",
];
const ENVS: [&str; 5] = ["prod", "staging", "dev", "test", "sandbox"];
const TOP_OUS: [&str; 7] = [
    "Security",
    "Infrastructure",
    "Workloads",
    "Sandbox",
    "Suspended",
    "PolicyStaging",
    "Exceptions",
];
const SUB_OU_NAMES: [&str; 12] = [
    "Prod", "NonProd", "Shared", "Teams", "Europe", "Americas", "Apac", "Legacy", "Data",
    "Research", "Partners", "Archive",
];
const SERVICES: [&str; 10] = [
    "access-analyzer.amazonaws.com",
    "account.amazonaws.com",
    "backup.amazonaws.com",
    "cloudtrail.amazonaws.com",
    "config.amazonaws.com",
    "guardduty.amazonaws.com",
    "inspector2.amazonaws.com",
    "securityhub.amazonaws.com",
    "sso.amazonaws.com",
    "stacksets.cloudformation.amazonaws.com",
];
/// Tag values that break naive CSV/JSON/SQL handling (spreadsheet formula
/// prefixes, separators, quotes, newlines, non-ASCII).
const AWKWARD_VALUES: [&str; 10] = [
    "Zürich – 東京 ☃",
    "a,b,c",
    "say \"hi\"",
    "line1\nline2",
    "=SUM(A1:A9)",
    "+1-555-0100",
    "-negative",
    "@mention",
    "it's; DROP TABLE x",
    "tab\tseparated",
];

/// First instant of the synthetic time span (2017-01-01T00:00:00Z).
const EPOCH_2017: i64 = 1_483_228_800;
/// Length of the synthetic time span (nine years).
const SPAN: i64 = 9 * 365 * 86_400;
/// Policy types added after the first release, generated from their own stream.
const LATER_POLICY_TYPES: [&str; 1] = ["GUARDDUTY_POLICY"];
/// Seed offset of the stream of the data sets added after the first release.
const LATER_STREAM: u64 = 0x6f72_6773_796e_6333;

/// "Now" for the synthetic organization's recent records (handshakes,
/// account-creation requests): the end of the time span accounts joined in.
pub fn reference_time() -> i64 {
    EPOCH_2017 + SPAN
}

/// Generates an organization with `accounts` accounts (management included,
/// clamped to 1..=[`MAX_ACCOUNTS`]) from `seed`.
pub fn generate(accounts: usize, seed: u64) -> Organization {
    let accounts = accounts.clamp(1, MAX_ACCOUNTS);
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let org_id = format!("o-{}", random_lower(&mut rng, 10));
    let root_id = format!("r-{}", random_lower(&mut rng, 4));
    let epoch_2017 = EPOCH_2017;
    let span = SPAN;

    // Account ids: unique 12-digit numbers.
    let mut ids = std::collections::BTreeSet::new();
    let mut account_ids = Vec::with_capacity(accounts);
    while account_ids.len() < accounts {
        let id = format!("{:012}", rng.random_range(100_000_000_000_u64..999_999_999_999));
        if ids.insert(id.clone()) {
            account_ids.push(id);
        }
    }
    let management_account_id = account_ids[0].clone();

    let root = Root {
        id: root_id.clone(),
        name: "Root".to_string(),
        policy_types: POLICY_TYPES
            .iter()
            // Two types left disabled: their policies still list, but no
            // effective policy exists for them.
            .filter(|t| {
                !matches!(**t, "UPGRADE_ROLLOUT_POLICY" | "NETWORK_SECURITY_DIRECTOR_POLICY")
            })
            .map(|t| PolicyTypeStatus { policy_type: t.to_string(), status: "ENABLED".to_string() })
            .collect(),
    };

    // OU tree.
    let target_ous = (accounts / 12).clamp(3, 1500);
    let mut ous: BTreeMap<String, OrganizationalUnit> = BTreeMap::new();
    let mut ou_order: Vec<(String, usize)> = Vec::new(); // (id, depth)
    let mut frontier: Vec<(String, usize)> = Vec::new();
    let ou_suffix = &root_id[2..];
    let new_ou = |rng: &mut ChaCha8Rng, name: String, parent: &str| -> OrganizationalUnit {
        OrganizationalUnit {
            id: format!("ou-{ou_suffix}-{}", random_lower(rng, 8)),
            name,
            parent_id: parent.to_string(),
        }
    };
    for name in TOP_OUS.iter().take(target_ous.min(TOP_OUS.len())) {
        let ou = new_ou(&mut rng, name.to_string(), &root_id);
        frontier.push((ou.id.clone(), 1));
        ou_order.push((ou.id.clone(), 1));
        ous.insert(ou.id.clone(), ou);
    }
    let mut cursor = 0;
    while ous.len() < target_ous && cursor < frontier.len() {
        let (parent, depth) = frontier[cursor].clone();
        cursor += 1;
        if depth >= 5 {
            continue;
        }
        // Uneven fan-out: most OUs have 0–3 children, a few have many.
        let fan_out = match rng.random_range(0..10) {
            0..=2 => 0,
            3..=6 => rng.random_range(1..=3),
            7..=8 => rng.random_range(3..=6),
            _ => rng.random_range(6..=12),
        };
        for i in 0..fan_out {
            if ous.len() >= target_ous {
                break;
            }
            let base = SUB_OU_NAMES.choose(&mut rng).copied().unwrap_or("Unit");
            let ou = new_ou(&mut rng, format!("{base}-{}-{i}", depth + 1), &parent);
            frontier.push((ou.id.clone(), depth + 1));
            ou_order.push((ou.id.clone(), depth + 1));
            ous.insert(ou.id.clone(), ou);
        }
        if cursor == frontier.len() && ous.len() < target_ous {
            cursor = 0; // another round of fan-out from the top
        }
    }
    // Some OUs stay empty: only ~80% of OUs receive accounts, with skewed weights.
    let mut weighted: Vec<(String, f64)> = Vec::new();
    for (id, depth) in &ou_order {
        if rng.random_bool(0.8) {
            let weight = rng.random_range(0.05_f64..1.0).powi(3) * (*depth as f64);
            weighted.push((id.clone(), weight));
        }
    }
    let total_weight: f64 = weighted.iter().map(|(_, w)| w).sum();
    let mut cumulative = Vec::with_capacity(weighted.len());
    let mut acc = 0.0;
    for (id, w) in &weighted {
        acc += w / total_weight.max(f64::MIN_POSITIVE);
        cumulative.push((id.clone(), acc));
    }

    let mut org_accounts = BTreeMap::new();
    for (n, id) in account_ids.iter().enumerate() {
        let team = TEAMS.choose(&mut rng).copied().unwrap_or("team");
        let env = ENVS.choose(&mut rng).copied().unwrap_or("dev");
        let (name, parent_id, state, joined_method) = if n == 0 {
            ("management".to_string(), root_id.clone(), AccountState::Active, "INVITED".to_string())
        } else {
            let parent = if rng.random_bool(0.03) || cumulative.is_empty() {
                root_id.clone()
            } else {
                let x: f64 = rng.random_range(0.0..1.0);
                let pos = cumulative.partition_point(|(_, c)| *c < x).min(cumulative.len() - 1);
                cumulative[pos].0.clone()
            };
            let state = match rng.random_range(0..1000) {
                0..=29 => AccountState::Suspended,
                30..=49 => AccountState::PendingClosure,
                50..=74 => AccountState::Closed,
                75..=84 => AccountState::PendingActivation,
                _ => AccountState::Active,
            };
            let method = if rng.random_bool(0.15) { "INVITED" } else { "CREATED" };
            (format!("{team}-{env}-{n:05}"), parent, state, method.to_string())
        };
        let account = Account {
            id: id.clone(),
            email: format!("aws+{name}@example.com"),
            name,
            parent_id,
            state,
            joined_method,
            joined_timestamp: epoch_2017 + rng.random_range(0..span),
            created_timestamp: None,
        };
        org_accounts.insert(id.clone(), account);
    }

    let mut org = Organization {
        id: org_id,
        feature_set: "ALL".to_string(),
        management_account_id: management_account_id.clone(),
        root,
        organizational_units: ous,
        accounts: org_accounts,
        policies: BTreeMap::new(),
        attachments: BTreeMap::new(),
        tags: BTreeMap::new(),
        alternate_contacts: BTreeMap::new(),
        contact_information: BTreeMap::new(),
        region_opt_status: BTreeMap::new(),
        delegated_administrators: BTreeMap::new(),
        enabled_services: BTreeMap::new(),
        account_aliases: BTreeMap::new(),
        handshakes: BTreeMap::new(),
        create_account_statuses: BTreeMap::new(),
        resource_policy: None,
        reported_paths: BTreeMap::new(),
        iam_root_access_features: Vec::new(),
        invalid_effective_policies: BTreeMap::new(),
        responsibility_transfers: BTreeMap::new(),
        index: Default::default(),
    };

    add_policies(&mut org, &mut rng);
    add_tags(&mut org, &mut rng);
    add_contacts(&mut org, &mut rng);
    add_services(&mut org, &mut rng, epoch_2017, span);
    let mut later = ChaCha8Rng::seed_from_u64(seed ^ LATER_STREAM);
    add_later_policies(&mut org, &mut later);
    add_handshakes(&mut org, &mut later);
    add_create_account_statuses(&mut org, &mut later);
    add_resource_policy(&mut org, &mut later);
    add_root_access(&mut org, &mut later);
    add_invalid_effective_policies(&mut org, &mut later);
    add_responsibility_transfers(&mut org, &mut later);
    add_account_details(&mut org, &mut later);
    org.reindex();
    org
}

fn random_lower(rng: &mut ChaCha8Rng, len: usize) -> String {
    (0..len).map(|_| LOWER_ALNUM[rng.random_range(0..LOWER_ALNUM.len())] as char).collect()
}

fn add_policies(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let full_access = Policy {
        id: "p-FullAWSAccess".to_string(),
        name: "FullAWSAccess".to_string(),
        description: "Allows access to every operation".to_string(),
        policy_type: "SERVICE_CONTROL_POLICY".to_string(),
        aws_managed: true,
        content: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}".to_string(),
    };
    let rcp_full_access = Policy {
        id: "p-RCPFullAWSAccess".to_string(),
        name: "RCPFullAWSAccess".to_string(),
        description: "Allows access to every operation".to_string(),
        policy_type: "RESOURCE_CONTROL_POLICY".to_string(),
        aws_managed: true,
        content: "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Principal\": \"*\",\n      \"Action\": \"*\",\n      \"Resource\": \"*\"\n    }\n  ]\n}".to_string(),
    };
    // AWS attaches the managed SCP/RCP to the root, every OU and every account.
    let mut targets: Vec<String> = vec![org.root.id.clone()];
    targets.extend(org.organizational_units.keys().cloned());
    targets.extend(org.accounts.keys().cloned());
    for target in &targets {
        org.attach_policy(&full_access.id, target);
        org.attach_policy(&rcp_full_access.id, target);
    }
    org.policies.insert(full_access.id.clone(), full_access);
    org.policies.insert(rcp_full_access.id.clone(), rcp_full_access);

    let ou_ids: Vec<String> = org.organizational_units.keys().cloned().collect();
    let account_ids: Vec<String> = org.accounts.keys().cloned().collect();
    for policy_type in POLICY_TYPES.into_iter().filter(|t| !LATER_POLICY_TYPES.contains(t)) {
        let count = rng.random_range(1..=4);
        for i in 0..count {
            let id = format!("p-{}", random_lower(rng, 8));
            let (name, content) = policy_document(policy_type, i, rng);
            let policy = Policy {
                id: id.clone(),
                name,
                description: format!(
                    "{} #{i} managed by the platform team",
                    policy_type.to_lowercase()
                ),
                policy_type: policy_type.to_string(),
                aws_managed: false,
                content,
            };
            org.policies.insert(id.clone(), policy);
            // Attachments: root sometimes, some OUs, a few accounts; some policies unattached.
            match rng.random_range(0..10) {
                0 => {} // unattached
                1..=2 => org.attach_policy(&id, &org.root.id.clone()),
                _ => {
                    for _ in 0..rng.random_range(1..=3) {
                        if let Some(ou) = ou_ids.choose(rng) {
                            org.attach_policy(&id, ou);
                        }
                    }
                    for _ in 0..rng.random_range(0..=3) {
                        if let Some(account) = account_ids.choose(rng) {
                            org.attach_policy(&id, account);
                        }
                    }
                }
            }
        }
    }
}

/// A realistic document for a policy type; returns `(name, content)`.
fn policy_document(policy_type: &str, i: usize, rng: &mut ChaCha8Rng) -> (String, String) {
    let region = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"]
        .choose(rng)
        .copied()
        .unwrap_or("us-east-1");
    let team = TEAMS.choose(rng).copied().unwrap_or("platform");
    let value = match policy_type {
        "SERVICE_CONTROL_POLICY" => serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{
                "Sid": "DenyOutsideApprovedRegions",
                "Effect": "Deny",
                "NotAction": ["iam:*", "organizations:*", "sts:*", "support:*"],
                "Resource": "*",
                "Condition": {"StringNotEquals": {"aws:RequestedRegion": [region, "us-east-1"]}}
            }, {
                "Sid": "DenyLeaveOrganization",
                "Effect": "Deny",
                "Action": "organizations:LeaveOrganization",
                "Resource": "*"
            }]
        }),
        "RESOURCE_CONTROL_POLICY" => serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{
                "Sid": "EnforceSecureTransport",
                "Effect": "Deny",
                "Principal": "*",
                "Action": ["s3:*", "sqs:*", "kms:*"],
                "Resource": "*",
                "Condition": {"BoolIfExists": {"aws:SecureTransport": "false"}}
            }]
        }),
        "TAG_POLICY" => serde_json::json!({
            "tags": {
                "costcenter": {
                    "tag_key": {"@@assign": "CostCenter"},
                    "tag_value": {"@@assign": ["100", "200", format!("{}", 300 + i)]},
                    "enforced_for": {"@@assign": ["ec2:instance", "s3:bucket"]}
                },
                "team": {"tag_key": {"@@assign": "Team"}, "tag_value": {"@@assign": [team]}}
            }
        }),
        "BACKUP_POLICY" => serde_json::json!({
            "plans": {
                format!("{team}-daily"): {
                    "regions": {"@@assign": [region]},
                    "rules": {"daily": {
                        "schedule_expression": {"@@assign": "cron(0 5 ? * * *)"},
                        "target_backup_vault_name": {"@@assign": "Default"},
                        "lifecycle": {"delete_after_days": {"@@assign": 35 + i}}
                    }},
                    "selections": {"tags": {"backup": {
                        "iam_role_arn": {"@@assign": "arn:aws:iam::$account:role/BackupRole"},
                        "tag_key": {"@@assign": "backup"},
                        "tag_value": {"@@assign": ["daily"]}
                    }}}
                }
            }
        }),
        "AISERVICES_OPT_OUT_POLICY" => serde_json::json!({
            "services": {
                "default": {"opt_out_policy": {"@@assign": "optOut"}},
                "rekognition": {"opt_out_policy": {"@@assign": if i.is_multiple_of(2) { "optOut" } else { "optIn" }}}
            }
        }),
        "CHATBOT_POLICY" => serde_json::json!({
            "chatbot": {"platforms": {
                "slack": {"client": {"@@assign": "enabled"}, "workspaces": {"@@assign": [format!("T0{i}ABCDEF")]}},
                "microsoft_teams": {"client": {"@@assign": "disabled"}}
            }, "default": {"client": {"@@assign": "disabled"}}}
        }),
        "DECLARATIVE_POLICY_EC2" => serde_json::json!({
            "ec2_attributes": {
                "image_block_public_access": {"state": {"@@assign": "block_new_sharing"}},
                "instance_metadata_defaults": {"http_tokens": {"@@assign": "required"}, "http_put_response_hop_limit": {"@@assign": 2}},
                "serial_console_access": {"status": {"@@assign": "disabled"}}
            }
        }),
        "SECURITYHUB_POLICY" => serde_json::json!({
            "securityhub": {
                "enable_in_regions": {"@@assign": [region, "us-east-1"]},
                "standards": {"aws_foundational_security_best_practices": {"enable": {"@@assign": true}}}
            }
        }),
        "INSPECTOR_POLICY" => serde_json::json!({
            "inspector": {"enablement": {
                "ec2_scanning": {"enable_in_regions": {"@@assign": [region]}},
                "lambda_standard_scanning": {"enable_in_regions": {"@@assign": [region]}}
            }}
        }),
        "UPGRADE_ROLLOUT_POLICY" => serde_json::json!({
            "upgrade_rollout": {"default": {"patch_order": {"@@assign": if i == 0 { "first" } else { "last" }}}}
        }),
        "BEDROCK_POLICY" => serde_json::json!({
            "bedrock": {"guardrail_inference": {region: {
                "config_1": {"identifier": {"@@assign": format!("arn:aws:bedrock:{region}:123456789012:guardrail/gr{i}abcdef:1")}}
            }}}
        }),
        "GUARDDUTY_POLICY" => serde_json::json!({
            "guardduty": {
                "enable_in_regions": {"@@assign": [region, "us-east-1"]},
                "features": {
                    "s3_data_events": {"status": {"@@assign": "enabled"}},
                    "runtime_monitoring": {"status": {"@@assign": if i == 0 { "enabled" } else { "disabled" }}}
                },
                "finding_publishing_frequency": {"@@assign": "FIFTEEN_MINUTES"}
            }
        }),
        "S3_POLICY" => serde_json::json!({
            "s3_attributes": {"public_access_block_configuration": {"@@assign": "all"}}
        }),
        _ => serde_json::json!({
            "network_security_director": {"scope_definition": {"regions": {"@@assign": [region]}}}
        }),
    };
    let name = format!("{}-{team}-{i}", policy_type.to_lowercase().replace('_', "-"));
    let content = serde_json::to_string_pretty(&value).unwrap_or_default();
    (name, content)
}

fn add_tags(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let mut tags = BTreeMap::new();
    tags.insert(
        org.root.id.clone(),
        vec![
            Tag { key: "owner".into(), value: "cloud-platform".into() },
            Tag { key: "note".into(), value: AWKWARD_VALUES[0].into() },
        ],
    );
    for (n, ou) in org.organizational_units.keys().enumerate() {
        if rng.random_bool(0.5) {
            tags.insert(
                ou.clone(),
                vec![
                    Tag { key: "owner".into(), value: TEAMS[n % TEAMS.len()].into() },
                    Tag {
                        key: "comment".into(),
                        value: AWKWARD_VALUES[n % AWKWARD_VALUES.len()].into(),
                    },
                ],
            );
        }
    }
    for (n, (id, account)) in org.accounts.iter().enumerate() {
        if n > 0 && !rng.random_bool(0.6) {
            continue;
        }
        let env = account.name.split('-').nth(1).unwrap_or("prod").to_string();
        let mut list = vec![
            Tag { key: "Environment".into(), value: env },
            Tag { key: "CostCenter".into(), value: format!("{}", rng.random_range(100..999)) },
        ];
        if rng.random_bool(0.3) {
            let awkward = AWKWARD_VALUES.choose(rng).copied().unwrap_or("x");
            list.push(Tag { key: "Description".into(), value: awkward.into() });
        }
        if rng.random_bool(0.1) {
            list.push(Tag { key: "Ünïcödé key, \"quoted\"".into(), value: String::new() });
        }
        tags.insert(id.clone(), list);
    }
    for (n, policy) in org.policies.values().enumerate() {
        if !policy.aws_managed && n.is_multiple_of(3) {
            tags.insert(
                policy.id.clone(),
                vec![Tag { key: "ManagedBy".into(), value: "terraform".into() }],
            );
        }
    }
    org.tags = tags;
}

fn add_contacts(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let first = ["Alex", "Sam", "Kim", "Noor", "José", "Zoë", "Li", "Ana"];
    let last = ["Garcia", "Müller", "O'Brien", "Nakamura", "Smith", "Okafor", "Dubois", "Kowalski"];
    let management = org.management_account_id.clone();
    for id in org.accounts.keys() {
        let mut contacts = BTreeMap::new();
        for contact_type in crate::model::ALTERNATE_CONTACT_TYPES {
            if *id == management || rng.random_bool(0.45) {
                let name = format!(
                    "{} {}",
                    first.choose(rng).copied().unwrap_or("A"),
                    last.choose(rng).copied().unwrap_or("B")
                );
                contacts.insert(
                    contact_type.to_string(),
                    AlternateContact {
                        email_address: format!(
                            "{}-{}@example.com",
                            contact_type.to_lowercase(),
                            id
                        ),
                        title: match contact_type {
                            "BILLING" => "Finance lead".to_string(),
                            "OPERATIONS" => "On-call, \"primary\"".to_string(),
                            _ => "Security officer".to_string(),
                        },
                        name,
                        phone_number: format!("+1-555-{:04}", rng.random_range(0..10_000)),
                    },
                );
            }
        }
        if !contacts.is_empty() {
            org.alternate_contacts.insert(id.clone(), contacts);
        }
        if *id == management || rng.random_bool(0.9) {
            org.contact_information.insert(
                id.clone(),
                ContactInformation {
                    full_name: format!(
                        "{} {}",
                        first.choose(rng).copied().unwrap_or("A"),
                        last.choose(rng).copied().unwrap_or("B")
                    ),
                    address_line1: format!("{} Main Street", rng.random_range(1..999)),
                    address_line2: None,
                    city: ["Seattle", "Dublin", "Zürich", "Sydney"]
                        .choose(rng)
                        .copied()
                        .unwrap_or("Seattle")
                        .to_string(),
                    state_or_region: Some("WA".to_string()),
                    postal_code: format!("{:05}", rng.random_range(10_000..99_999)),
                    country_code: ["US", "IE", "CH", "AU"]
                        .choose(rng)
                        .copied()
                        .unwrap_or("US")
                        .to_string(),
                    phone_number: format!("+1-206-555-{:04}", rng.random_range(0..10_000)),
                    company_name: Some("Example Corp, Inc.".to_string()),
                    website_url: None,
                },
            );
        }
        if rng.random_bool(0.2) {
            let account = &org.accounts[id];
            org.account_aliases.insert(id.clone(), format!("example-{}", account.name));
        }
    }
}

fn add_services(org: &mut Organization, rng: &mut ChaCha8Rng, epoch: i64, span: i64) {
    for service in SERVICES {
        if rng.random_bool(0.8) || service == "account.amazonaws.com" {
            org.enabled_services.insert(service.to_string(), epoch + rng.random_range(0..span));
        }
    }
    let enabled: Vec<String> = org.enabled_services.keys().cloned().collect();
    let candidates: Vec<String> = org.active_members().map(|a| a.id.clone()).collect();
    let admins = candidates.len().min(rng.random_range(1..=3));
    for account in candidates.choose_multiple(rng, admins) {
        let mut services = BTreeMap::new();
        for _ in 0..rng.random_range(1..=4) {
            if let Some(service) = enabled.choose(rng) {
                services.insert(service.clone(), epoch + rng.random_range(0..span));
            }
        }
        org.delegated_administrators.insert(account.clone(), services);
    }
}

/// Policies of the types added after the first release, attached like the
/// others (root, some OUs and accounts, some unattached).
fn add_later_policies(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let ou_ids: Vec<String> = org.organizational_units.keys().cloned().collect();
    let account_ids: Vec<String> = org.accounts.keys().cloned().collect();
    for policy_type in LATER_POLICY_TYPES {
        for i in 0..rng.random_range(1..=3) {
            let id = format!("p-{}", random_lower(rng, 8));
            let (name, content) = policy_document(policy_type, i, rng);
            let description =
                format!("{} #{i} managed by the platform team", policy_type.to_lowercase());
            org.policies.insert(
                id.clone(),
                Policy {
                    id: id.clone(),
                    name,
                    description,
                    policy_type: policy_type.to_string(),
                    aws_managed: false,
                    content,
                },
            );
            match (i, rng.random_range(0..10)) {
                (0, _) => org.attach_policy(&id, &org.root.id.clone()),
                (_, 0..=1) => {} // unattached
                _ => {
                    for _ in 0..rng.random_range(1..=2) {
                        if let Some(ou) = ou_ids.choose(rng) {
                            org.attach_policy(&id, ou);
                        }
                    }
                    if let Some(account) = account_ids.choose(rng) {
                        org.attach_policy(&id, account);
                    }
                }
            }
        }
    }
}

/// The INVITE handshake of `party` (an email address or an account ID).
fn invitation(
    org: &Organization,
    id: String,
    party: HandshakeParty,
    state: &str,
    requested: i64,
    notes: Option<&str>,
) -> Handshake {
    let management = &org.accounts[&org.management_account_id];
    let mut resources = vec![
        HandshakeResource {
            resource_type: "ORGANIZATION".into(),
            value: org.id.clone(),
            resources: vec![
                HandshakeResource {
                    resource_type: "MASTER_EMAIL".into(),
                    value: management.email.clone(),
                    resources: Vec::new(),
                },
                HandshakeResource {
                    resource_type: "MASTER_NAME".into(),
                    value: management.name.clone(),
                    resources: Vec::new(),
                },
                HandshakeResource {
                    resource_type: "ORGANIZATION_FEATURE_SET".into(),
                    value: "FULL".into(),
                    resources: Vec::new(),
                },
            ],
        },
        HandshakeResource {
            resource_type: party.party_type.clone(),
            value: party.id.clone(),
            resources: Vec::new(),
        },
    ];
    if let Some(notes) = notes {
        resources.push(HandshakeResource {
            resource_type: "NOTES".into(),
            value: notes.into(),
            resources: Vec::new(),
        });
    }
    Handshake {
        id,
        action: "INVITE".into(),
        state: state.into(),
        requested_timestamp: requested,
        // Invitations expire after 15 days.
        expiration_timestamp: requested + 15 * 86_400,
        parties: vec![
            HandshakeParty { id: org.id.clone(), party_type: "ORGANIZATION".into() },
            party,
        ],
        resources,
    }
}

/// Handshakes AWS still returns (the last 30 days): an accepted invitation
/// for each invited member that joined in that window, and invitations of
/// outside accounts and email addresses that are open, declined, canceled
/// or expired.
fn add_handshakes(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let now = reference_time();
    let day = 86_400;
    let mut handshakes = Vec::new();
    for account in org.accounts.values() {
        if account.joined_method == "INVITED"
            && account.id != org.management_account_id
            && account.joined_timestamp > now - 30 * day
        {
            let requested = account.joined_timestamp - rng.random_range(3_600..5 * day);
            let party = HandshakeParty { id: account.id.clone(), party_type: "ACCOUNT".into() };
            handshakes.push((party, "ACCEPTED", requested));
        }
    }
    let outside = 2 + org.accounts.len() / 80;
    for n in 0..outside {
        let party = if rng.random_bool(0.6) {
            let id = loop {
                let id = format!("{:012}", rng.random_range(100_000_000_000_u64..999_999_999_999));
                if !org.accounts.contains_key(&id) {
                    break id;
                }
            };
            HandshakeParty { id, party_type: "ACCOUNT".into() }
        } else {
            let team = TEAMS.choose(rng).copied().unwrap_or("team");
            HandshakeParty {
                id: format!("aws+{team}-acquired-{n:03}@example.net"),
                party_type: "EMAIL".into(),
            }
        };
        // OPEN while younger than 15 days; afterwards EXPIRED unless closed earlier.
        let (state, age) = match rng.random_range(0..10) {
            0..=3 => ("OPEN", rng.random_range(0..15 * day)),
            4..=5 => ("DECLINED", rng.random_range(0..30 * day)),
            6 => ("CANCELED", rng.random_range(0..30 * day)),
            _ => ("EXPIRED", rng.random_range(15 * day..30 * day)),
        };
        handshakes.push((party, state, now - age));
    }
    for (party, state, requested) in handshakes {
        let id = format!("h-{}", random_lower(rng, 12));
        let notes = match rng.random_range(0..4) {
            0 => Some("Welcome to the organization, \"payments\" team; see the runbook"),
            1 => Some("=HYPERLINK(\"https://example.com\")"),
            _ => None,
        };
        let handshake = invitation(org, id.clone(), party, state, requested, notes);
        org.handshakes.insert(id, handshake);
    }
}

/// Account-creation requests AWS still tracks: a succeeded request for each
/// created member that joined in the last 180 days, a few failed ones with
/// AWS's reasons, and one in progress.
fn add_create_account_statuses(org: &mut Organization, rng: &mut ChaCha8Rng) {
    const FAILURES: [&str; 5] = [
        "EMAIL_ALREADY_EXISTS",
        "ACCOUNT_LIMIT_EXCEEDED",
        "INVALID_EMAIL",
        "CONCURRENT_ACCOUNT_MODIFICATION",
        "INTERNAL_FAILURE",
    ];
    let now = reference_time();
    let day = 86_400;
    let mut statuses = Vec::new();
    for account in org.accounts.values() {
        if account.joined_method == "CREATED" && account.joined_timestamp > now - 180 * day {
            statuses.push(CreateAccountStatus {
                id: String::new(),
                account_name: account.name.clone(),
                state: "SUCCEEDED".into(),
                requested_timestamp: account.joined_timestamp - rng.random_range(60..600),
                completed_timestamp: Some(account.joined_timestamp),
                account_id: Some(account.id.clone()),
                gov_cloud_account_id: None,
                failure_reason: None,
            });
        }
    }
    for n in 0..1 + org.accounts.len() / 200 {
        let requested = now - rng.random_range(0..180 * day);
        let team = TEAMS.choose(rng).copied().unwrap_or("team");
        statuses.push(CreateAccountStatus {
            id: String::new(),
            account_name: format!("{team}-new-{n:03}"),
            state: "FAILED".into(),
            requested_timestamp: requested,
            completed_timestamp: Some(requested + rng.random_range(5..300)),
            account_id: None,
            gov_cloud_account_id: None,
            failure_reason: FAILURES.choose(rng).map(|r| (*r).to_string()),
        });
    }
    statuses.push(CreateAccountStatus {
        id: String::new(),
        account_name: "platform-new-in-progress".into(),
        state: "IN_PROGRESS".into(),
        requested_timestamp: now - rng.random_range(10..600),
        completed_timestamp: None,
        account_id: None,
        gov_cloud_account_id: None,
        failure_reason: None,
    });
    for mut status in statuses {
        status.id = format!("car-{}", random_lower(rng, 12));
        org.create_account_statuses.insert(status.id.clone(), status);
    }
}

/// A delegation policy letting the first delegated administrator read the
/// organization and manage policies of a few types.
fn add_resource_policy(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let Some(admin) = org.delegated_administrators.keys().next().cloned() else { return };
    let document = serde_json::json!({
        "Version": "2012-10-17",
        "Statement": [{
            "Sid": "AllowOrganizationsRead",
            "Effect": "Allow",
            "Principal": {"AWS": format!("arn:aws:iam::{admin}:root")},
            "Action": ["organizations:Describe*", "organizations:List*"],
            "Resource": "*"
        }, {
            "Sid": "AllowPolicyManagement",
            "Effect": "Allow",
            "Principal": {"AWS": format!("arn:aws:iam::{admin}:root")},
            "Action": ["organizations:CreatePolicy", "organizations:UpdatePolicy", "organizations:AttachPolicy"],
            "Resource": "*",
            "Condition": {"StringLikeIfExists": {"organizations:PolicyType": ["TAG_POLICY", "BACKUP_POLICY"]}}
        }]
    });
    org.resource_policy = Some(ResourcePolicy {
        id: format!("rp-{}", random_lower(rng, 8)),
        content: serde_json::to_string_pretty(&document).unwrap_or_default(),
    });
}

/// Centralized root access: trusted access for IAM and both features.
fn add_root_access(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let date = reference_time() - rng.random_range(30 * 86_400..400 * 86_400);
    org.enabled_services.insert(crate::services::IAM_PRINCIPAL.to_string(), date);
    org.iam_root_access_features = vec!["RootCredentialsManagement".into(), "RootSessions".into()];
}

/// About one ACTIVE account in 150 (at least one) whose effective backup or
/// tag policy fails validation, blaming the policies of that type on its path.
fn add_invalid_effective_policies(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let candidates: Vec<(String, &str, Vec<String>)> = org
        .accounts
        .values()
        .filter(|a| a.state == AccountState::Active)
        .flat_map(|a| {
            ["BACKUP_POLICY", "TAG_POLICY"].into_iter().filter_map(|t| {
                let blamed: Vec<String> = org
                    .lineage(&a.id)
                    .iter()
                    .filter_map(|level| org.attachments.get(level))
                    .flatten()
                    .filter(|p| org.policies.get(*p).is_some_and(|p| p.policy_type == t))
                    .cloned()
                    .collect();
                (org.policy_type_enabled(t) && !blamed.is_empty())
                    .then(|| (a.id.clone(), t, blamed))
            })
        })
        .collect();
    let wanted = (org.accounts.len() / 150).max(1).min(candidates.len());
    let now = reference_time();
    for (account, policy_type, blamed) in candidates.choose_multiple(rng, wanted) {
        let errors = (0..rng.random_range(1..=3))
            .map(|n| {
                let (path, what, limit) = match *policy_type {
                    "BACKUP_POLICY" => (format!("plans.plan{n}.rules"), "backup rules", 10),
                    _ => (format!("tags.key{n}.tag_value"), "tag values", 100),
                };
                EffectivePolicyValidationError {
                    error_code: "ELEMENTS_TOO_MANY".into(),
                    error_message: format!(
                        "The effective policy has more than {limit} {what} at {path}."
                    ),
                    path_to_error: path,
                    contributing_policies: blamed.clone(),
                }
            })
            .collect();
        org.invalid_effective_policies.entry(account.clone()).or_default().insert(
            (*policy_type).to_string(),
            InvalidEffectivePolicy {
                evaluation_timestamp: now - rng.random_range(0..7 * 86_400),
                errors,
            },
        );
    }
}

/// An accepted outbound billing transfer (a partner's management account
/// pays) and a requested inbound one (this organization is asked to pay).
/// What Account Management adds to each account: a creation date before
/// the join for invited accounts (created ones joined when created), and
/// opt-in Regions enabled in about a quarter of the accounts' opt-in
/// Regions, a few of them still being enabled or disabled.
fn add_account_details(org: &mut Organization, rng: &mut ChaCha8Rng) {
    const DAY: i64 = 86_400;
    for account in org.accounts.values_mut() {
        if account.joined_method == "INVITED" {
            account.created_timestamp =
                Some(account.joined_timestamp - rng.random_range(30..2_000) * DAY);
        }
        let mut regions = BTreeMap::new();
        for (name, opt_in) in REGIONS {
            if !opt_in {
                continue;
            }
            let status = match rng.random_range(0..1000) {
                0..=249 => "ENABLED",
                250..=259 => "ENABLING",
                260..=264 => "DISABLING",
                _ => continue,
            };
            regions.insert(name.to_string(), status.to_string());
        }
        if !regions.is_empty() {
            org.region_opt_status.insert(account.id.clone(), regions);
        }
    }
}

fn add_responsibility_transfers(org: &mut Organization, rng: &mut ChaCha8Rng) {
    let now = reference_time();
    let management = &org.accounts[&org.management_account_id];
    let us = crate::model::TransferParticipant {
        management_account_id: management.id.clone(),
        management_account_email: management.email.clone(),
    };
    let partner = |rng: &mut ChaCha8Rng, name: &str| crate::model::TransferParticipant {
        management_account_id: format!(
            "{:012}",
            rng.random_range(100_000_000_000_u64..999_999_999_999)
        ),
        management_account_email: format!("billing@{name}.example.com"),
    };
    let outbound = crate::model::ResponsibilityTransfer {
        id: format!("rt-{}", random_lower(rng, 12)),
        name: "Billing by the reseller".into(),
        direction: "OUTBOUND".into(),
        status: "ACCEPTED".into(),
        source: us.clone(),
        target: partner(rng, "reseller"),
        start_timestamp: now - rng.random_range(30 * 86_400..300 * 86_400),
        end_timestamp: None,
        active_handshake_id: Some(format!("h-{}", random_lower(rng, 12))),
    };
    let inbound = crate::model::ResponsibilityTransfer {
        id: format!("rt-{}", random_lower(rng, 12)),
        name: "Subsidiary, \"pays through us\"".into(),
        direction: "INBOUND".into(),
        status: "REQUESTED".into(),
        source: partner(rng, "subsidiary"),
        target: us,
        start_timestamp: now + 30 * 86_400,
        end_timestamp: Some(now + 395 * 86_400),
        active_handshake_id: Some(format!("h-{}", random_lower(rng, 12))),
    };
    // The inbound request waits on its open TRANSFER_RESPONSIBILITY handshake
    // (the outbound one's closed long ago, beyond the 30 days AWS keeps it).
    let requested = now - rng.random_range(86_400..5 * 86_400);
    let handshake = Handshake {
        id: inbound.active_handshake_id.clone().unwrap_or_default(),
        action: "TRANSFER_RESPONSIBILITY".into(),
        state: "OPEN".into(),
        requested_timestamp: requested,
        expiration_timestamp: requested + 15 * 86_400,
        parties: vec![
            HandshakeParty { id: org.id.clone(), party_type: "ORGANIZATION".into() },
            HandshakeParty {
                id: inbound.source.management_account_id.clone(),
                party_type: "ACCOUNT".into(),
            },
        ],
        resources: [
            ("RESPONSIBILITY_TRANSFER", inbound.id.clone()),
            ("TRANSFER_TYPE", "BILLING".to_string()),
            ("TRANSFER_START_TIMESTAMP", inbound.start_timestamp.to_string()),
        ]
        .into_iter()
        .map(|(t, v)| HandshakeResource {
            resource_type: t.into(),
            value: v,
            resources: Vec::new(),
        })
        .collect(),
    };
    org.handshakes.insert(handshake.id.clone(), handshake);
    for transfer in [outbound, inbound] {
        org.responsibility_transfers.insert(transfer.id.clone(), transfer);
    }
}
