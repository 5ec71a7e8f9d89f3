//! Incremental refresh against the emulator over real HTTP and
//! SigV4: random sequences of writes are made through the emulator's API by
//! an administrator (the AWS SDK for Rust, as any client would), and after
//! each sequence an incremental run — built on the previous incremental
//! run's snapshot — must equal a full read of the same moment, table by
//! table (`run_id` and `fetched_at` aside).
//!
//! Some changes leave no event in the management account's history (its
//! "blind spots"). An account moved that way must be read at once (AWS's
//! paths in ListAccounts show the move). A member setting its own alternate
//! contact (the event is in the member's history) and a change AWS makes on
//! its own (a Region finishing its opt-in) wait for the rolling slice. Only rows of accounts with such a change
//! younger than the bound (`full_refresh_days` plus one run interval) may
//! differ, and once the bound has passed they must not; the test asserts
//! both. A second test delays event delivery and shows the overlap
//! catching a late event that a zero overlap misses.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use aws_config::SdkConfig;
use aws_sdk_organizations::types::{PolicyType, Tag};
use orgsync_core::credentials::Session;
use orgsync_core::planner::{NoProgress, RateLimits};
use orgsync_core::refresh::{RefreshMode, RefreshSettings};
use orgsync_core::run::{ExtractOptions, extract};
use orgsync_core::scope::PreviousSnapshot;
use orgsync_core::tables::account_access::SubAccountAccess;
use orgsync_emulator::{Emulator, Profile, ProfileSpec};
use orgsync_schema::{RefreshKind, Row, Snapshot, TableName};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::common::{demo_plan, start, sub_account_access};

/// How many write sequences the property test drives.
const SEQUENCES: usize = 200;
/// `full_refresh_days` of the property test: short, so blind spots close
/// within the test.
const FULL_REFRESH: Duration = Duration::from_secs(4);

/// The reading side: the demo identity's chain, every table the tree and
/// the Account API feed (effective policies and account details included).
struct Reader {
    session: Session,
    tables: BTreeSet<TableName>,
    access: Option<SubAccountAccess>,
}

impl Reader {
    async fn new(emulator: &Emulator) -> Self {
        Self::with(emulator, None).await
    }

    /// A reader reaching member accounts through `sub_account_chain`.
    async fn with(emulator: &Emulator, sub_account_chain: Option<&str>) -> Self {
        let mut settings =
            vec![("ORGSYNC_EFFECTIVE_POLICIES", "true"), ("ORGSYNC_ACCOUNT_DETAILS", "true")];
        if let Some(chain) = sub_account_chain {
            settings.push(("ORGSYNC_SUB_ACCOUNT_ASSUME_ROLE_ARN_CHAIN", chain));
        }
        let plan = demo_plan(emulator, &settings);
        let session = Session::connect(&plan.auth).await.expect("the chain is assumed");
        Self { session, access: sub_account_access(&plan), tables: plan.tables }
    }

    /// One run: incremental on `previous` with `settings`, or full.
    async fn run(&self, previous: Option<&Snapshot>, settings: RefreshSettings) -> Snapshot {
        let previous = previous.cloned();
        let options = ExtractOptions {
            tables: self.tables.clone(),
            effective_policies: true,
            rate_limits: RateLimits::scaled(100.0),
            previous: Some(PreviousSnapshot::new(move |_| {
                let previous = previous.clone();
                async move { Ok(previous) }
            })),
            refresh: settings,
            sub_account_access: self.access.clone(),
            ..ExtractOptions::new()
        };
        let on_expired = || self.session.invalidate();
        let extraction = extract(self.session.sdk_config(), &on_expired, &options, &NoProgress)
            .await
            .expect("the run succeeds");
        extraction.snapshot
    }
}

/// The emulator serving a synthetic organization of `accounts` made from `seed`.
fn settings(mode: RefreshMode, overlap: Duration) -> RefreshSettings {
    RefreshSettings { mode, full_refresh: FULL_REFRESH, overlap }
}

/// Every data table's rows without the run columns, as sets.
fn content(snapshot: &Snapshot) -> BTreeMap<TableName, BTreeSet<Row>> {
    snapshot.content().into_iter().map(|(t, rows)| (t, rows.into_iter().collect())).collect()
}

/// The rows in which two snapshots differ: (table, the row's owner account or
/// resource, the row) for rows in one but not the other.
fn differences(a: &Snapshot, b: &Snapshot) -> Vec<(TableName, String, Row)> {
    let (a, b) = (content(a), content(b));
    let mut out = Vec::new();
    for table in a.keys().chain(b.keys()).collect::<BTreeSet<_>>() {
        let empty = BTreeSet::new();
        let (x, y) = (a.get(table).unwrap_or(&empty), b.get(table).unwrap_or(&empty));
        let def = table.def();
        let owner_column = def.owner.or(Some("account_id")).and_then(|c| def.column_index(c));
        for row in x.symmetric_difference(y) {
            let owner =
                owner_column.and_then(|i| row[i].as_str().map(str::to_owned)).unwrap_or_default();
            out.push((*table, owner, row.clone()));
        }
    }
    out
}

/// Makes random writes through the emulator's API.
struct Writer<'e> {
    emulator: &'e Emulator,
    org: aws_sdk_organizations::Client,
    account: aws_sdk_account::Client,
    sts: aws_sdk_sts::Client,
    config: SdkConfig,
    rng: StdRng,
    /// Account → when a change no event shows was made to it.
    blind: BTreeMap<String, Instant>,
    /// Write kinds that succeeded at least once.
    done: BTreeSet<&'static str>,
    counter: usize,
}

/// The changes no event in the management account's history shows (see
/// the module docs).
const BLIND_KINDS: [&str; 2] = ["MovedWithoutEvent", "Blind"];

/// Every kind of write made: each the emulator serves, and the blind ones.
fn kinds() -> Vec<&'static str> {
    orgsync_emulator::write_operations().chain(BLIND_KINDS).collect()
}

/// Trusted access toggled by the test (not Account Management's, which the
/// account tables need).
const PRINCIPALS: [&str; 3] =
    ["config.amazonaws.com", "guardduty.amazonaws.com", "securityhub.amazonaws.com"];

impl Writer<'_> {
    fn pick<T: Clone>(&mut self, items: &[T]) -> Option<T> {
        items.choose(&mut self.rng).cloned()
    }

    /// (root, OU ids, ACTIVE members, custom policies, attachments).
    #[allow(clippy::type_complexity)]
    fn model(
        &self,
    ) -> (String, Vec<String>, Vec<(String, String)>, Vec<String>, Vec<(String, String)>) {
        self.emulator.controls().with_org(|o| {
            let members = o.active_members().map(|a| (a.id.clone(), a.parent_id.clone())).collect();
            let policies =
                o.policies.values().filter(|p| !p.aws_managed).map(|p| p.id.clone()).collect();
            let attachments = o
                .attachments
                .iter()
                .flat_map(|(t, ps)| ps.iter().map(move |p| (p.clone(), t.clone())))
                .collect();
            (
                o.root.id.clone(),
                o.organizational_units.keys().cloned().collect(),
                members,
                policies,
                attachments,
            )
        })
    }

    /// One random write; true when it succeeded.
    async fn write(&mut self) -> bool {
        let kind = *kinds().choose(&mut self.rng).expect("kinds");
        self.counter += 1;
        let n = self.counter;
        let (root, ous, members, policies, attachments) = self.model();
        let mut containers = ous.clone();
        containers.push(root.clone());
        let container = self.pick(&containers).expect("a root");
        let member = self.pick(&members);
        let ou = self.pick(&ous);
        let policy = self.pick(&policies);
        let attached = self.pick(&attachments);
        let principal = *PRINCIPALS.choose(&mut self.rng).expect("principals");
        let toggled_type = if self.rng.random_bool(0.5) {
            PolicyType::TagPolicy
        } else {
            PolicyType::BackupPolicy
        };
        let org = self.org.clone();
        let ok = match kind {
            "CreateOrganizationalUnit" => org
                .create_organizational_unit()
                .parent_id(&container)
                .name(format!("team-{n}"))
                .send()
                .await
                .is_ok(),
            "UpdateOrganizationalUnit" => match &ou {
                Some(ou) => org.update_organizational_unit().organizational_unit_id(ou).name(format!("renamed-{n}")).send().await.is_ok(),
                None => false,
            },
            "DeleteOrganizationalUnit" => match &ou {
                Some(ou) => org.delete_organizational_unit().organizational_unit_id(ou).send().await.is_ok(),
                None => false,
            },
            "MoveAccount" => match &member {
                Some((id, parent)) => org
                    .move_account()
                    .account_id(id)
                    .source_parent_id(parent)
                    .destination_parent_id(&container)
                    .send()
                    .await
                    .is_ok(),
                None => false,
            },
            "CreateAccount" => org
                .create_account()
                .email(format!("new-{n}@example.com"))
                .account_name(format!("new-{n}"))
                .tags(Tag::builder().key("origin").value("test").build().expect("tag"))
                .send()
                .await
                .is_ok(),
            "CloseAccount" => match &member {
                Some((id, _)) if self.rng.random_bool(0.3) => org.close_account().account_id(id).send().await.is_ok(),
                _ => false,
            },
            "RemoveAccountFromOrganization" => match &member {
                Some((id, _)) if self.rng.random_bool(0.3) => {
                    org.remove_account_from_organization().account_id(id).send().await.is_ok()
                }
                _ => false,
            },
            "CreatePolicy" => org
                .create_policy()
                .name(format!("policy-{n}"))
                .description("made by the refresh test")
                .r#type(PolicyType::ServiceControlPolicy)
                .content(format!(r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Deny","Action":"s3:DeleteBucket","Resource":"arn:aws:s3:::b{n}"}}]}}"#))
                .send()
                .await
                .is_ok(),
            "UpdatePolicy" => match &policy {
                Some(p) => org.update_policy().policy_id(p).name(format!("updated-{n}")).description(format!("v{n}")).send().await.is_ok(),
                None => false,
            },
            "DeletePolicy" => match &policy {
                Some(p) => org.delete_policy().policy_id(p).send().await.is_ok(),
                None => false,
            },
            "AttachPolicy" => match (&policy, &member) {
                (Some(p), Some((id, _))) => {
                    let target = if self.rng.random_bool(0.5) { id.clone() } else { container.clone() };
                    org.attach_policy().policy_id(p).target_id(target).send().await.is_ok()
                }
                _ => false,
            },
            "DetachPolicy" => match &attached {
                Some((p, t)) => org.detach_policy().policy_id(p).target_id(t).send().await.is_ok(),
                None => false,
            },
            "EnablePolicyType" => org.enable_policy_type().root_id(&root).policy_type(toggled_type).send().await.is_ok(),
            "DisablePolicyType" => org.disable_policy_type().root_id(&root).policy_type(toggled_type).send().await.is_ok(),
            "TagResource" | "UntagResource" => {
                let resource = match self.rng.random_range(0..3) {
                    0 => member.as_ref().map(|(id, _)| id.clone()),
                    1 => ou.clone(),
                    _ => policy.clone(),
                };
                match resource {
                    Some(r) if kind == "TagResource" => org
                        .tag_resource()
                        .resource_id(r)
                        .tags(Tag::builder().key(format!("k{}", n % 3)).value(format!("v{n}")).build().expect("tag"))
                        .send()
                        .await
                        .is_ok(),
                    Some(r) => org.untag_resource().resource_id(r).tag_keys(format!("k{}", n % 3)).send().await.is_ok(),
                    None => false,
                }
            }
            "RegisterDelegatedAdministrator" => match &member {
                Some((id, _)) => org.register_delegated_administrator().account_id(id).service_principal(principal).send().await.is_ok(),
                None => false,
            },
            "DeregisterDelegatedAdministrator" => {
                let delegated = self.emulator.controls().with_org(|o| {
                    o.delegated_administrators.iter().flat_map(|(a, s)| s.keys().map(move |p| (a.clone(), p.clone()))).collect::<Vec<_>>()
                });
                match self.pick(&delegated) {
                    Some((a, p)) => org.deregister_delegated_administrator().account_id(a).service_principal(p).send().await.is_ok(),
                    None => false,
                }
            }
            "EnableAWSServiceAccess" => org.enable_aws_service_access().service_principal(principal).send().await.is_ok(),
            "DisableAWSServiceAccess" => org.disable_aws_service_access().service_principal(principal).send().await.is_ok(),
            "PutAlternateContact" => match &member {
                Some((id, _)) => self
                    .account
                    .put_alternate_contact()
                    .account_id(id)
                    .alternate_contact_type(aws_sdk_account::types::AlternateContactType::Security)
                    .name(format!("Sec {n}"))
                    .title("CISO")
                    .email_address(format!("sec{n}@example.com"))
                    .phone_number("+1 555 0100")
                    .send()
                    .await
                    .is_ok(),
                None => false,
            },
            "DeleteAlternateContact" => match &member {
                Some((id, _)) => self
                    .account
                    .delete_alternate_contact()
                    .account_id(id)
                    .alternate_contact_type(aws_sdk_account::types::AlternateContactType::Billing)
                    .send()
                    .await
                    .is_ok(),
                None => false,
            },
            "MovedWithoutEvent" => match &member {
                // A move no event in the history read shows (a delegated
                // administrator's): AWS's paths in ListAccounts reveal it.
                Some((id, _)) => self.emulator.controls().move_account(id, &container),
                None => false,
            },
            "Blind" => match &member {
                Some((id, _)) => self.blind(id, n).await,
                None => false,
            },
            other => panic!("the test makes no `{other}` write: add it"),
        };
        if ok {
            self.done.insert(kind);
        }
        ok
    }

    /// A change no event in the management account's history shows: the
    /// member sets its own alternate contact (in its own session), or AWS
    /// finishes a Region opt-in.
    async fn blind(&mut self, account_id: &str, n: usize) -> bool {
        let ok = if self.rng.random_bool(0.5) {
            let role = format!("arn:aws:iam::{account_id}:role/OrganizationAccountAccessRole");
            let Ok(out) = self
                .sts
                .assume_role()
                .role_arn(role)
                .role_session_name("member-admin")
                .send()
                .await
            else {
                return false;
            };
            let c = out.credentials.expect("credentials");
            let creds = aws_credential_types::Credentials::new(
                c.access_key_id(),
                c.secret_access_key(),
                Some(c.session_token().to_owned()),
                None,
                "member",
            );
            let member = aws_sdk_account::Client::from_conf(
                aws_sdk_account::config::Builder::from(&self.config)
                    .credentials_provider(creds)
                    .build(),
            );
            member
                .put_alternate_contact()
                .alternate_contact_type(aws_sdk_account::types::AlternateContactType::Operations)
                .name(format!("Ops {n}"))
                .title("SRE")
                .email_address(format!("ops{n}@example.com"))
                .phone_number("+1 555 0101")
                .send()
                .await
                .is_ok()
        } else {
            let status = if n.is_multiple_of(2) { "ENABLED" } else { "ENABLING" };
            self.emulator.controls().mutate_org(|o| {
                o.region_opt_status
                    .entry(account_id.to_owned())
                    .or_default()
                    .insert("ap-east-1".to_owned(), status.to_owned());
            });
            true
        };
        if ok {
            self.blind.insert(account_id.to_owned(), Instant::now());
            self.done.insert("Blind");
        }
        ok
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn incremental_runs_equal_full_reads_after_random_writes() {
    let emulator = start(16, 15).await;
    let reader = Reader::new(&emulator).await;
    let config = emulator.admin_sdk_config().await;
    let mut writer = Writer {
        emulator: &emulator,
        org: aws_sdk_organizations::Client::new(&config),
        account: aws_sdk_account::Client::new(&config),
        sts: aws_sdk_sts::Client::new(&config),
        config: config.clone(),
        rng: StdRng::seed_from_u64(15),
        blind: BTreeMap::new(),
        done: BTreeSet::new(),
        counter: 0,
    };
    // No delivery delay here (the `fast` profile), and runs a fraction of a
    // second apart: no overlap keeps each run to the events of its own
    // interval (from the watermark's whole second: CloudTrail records
    // whole seconds).
    let overlap = Duration::ZERO;
    let mut previous = reader.run(None, settings(RefreshMode::Auto, overlap)).await;
    assert_eq!(previous.run.refresh.as_ref().unwrap().kind, RefreshKind::Full);
    let mut last_run = Instant::now();
    let (mut incremental_calls, mut full_calls, mut writes) = (0, 0, 0);
    let mut blind_differences = 0;
    for sequence in 0..SEQUENCES {
        for _ in 0..writer.rng.random_range(1..=4) {
            writes += u64::from(writer.write().await);
        }
        let started = Instant::now();
        let incremental = reader.run(Some(&previous), settings(RefreshMode::Auto, overlap)).await;
        let full = reader.run(None, settings(RefreshMode::Full, overlap)).await;
        let refresh = incremental.run.refresh.clone().unwrap();
        assert_eq!(
            refresh.kind,
            RefreshKind::Incremental,
            "sequence {sequence}: {:?}",
            refresh.reason
        );
        incremental_calls += incremental.run.api_calls;
        full_calls += full.run.api_calls;
        // Only accounts with a blind-spot change younger than the bound may differ.
        let bound = FULL_REFRESH + (started - last_run) + Duration::from_millis(500);
        for (table, owner, row) in differences(&incremental, &full) {
            let young = writer.blind.get(&owner).is_some_and(|at| at.elapsed() < bound);
            let blind_table =
                matches!(table, TableName::AlternateContact | TableName::AccountRegion);
            assert!(
                young && blind_table,
                "sequence {sequence}: {} differs from a full read for {owner}: {row:?}",
                table.as_str()
            );
            blind_differences += 1;
        }
        last_run = started;
        previous = incremental;
    }
    // Past the bound every blind-spot change is read.
    let quiet = Instant::now();
    while quiet.elapsed() < FULL_REFRESH + Duration::from_secs(1) {
        tokio::time::sleep(Duration::from_millis(300)).await;
        previous = reader.run(Some(&previous), settings(RefreshMode::Auto, overlap)).await;
    }
    let full = reader.run(None, settings(RefreshMode::Full, overlap)).await;
    assert_eq!(differences(&previous, &full), vec![], "after the bound");
    let missing: Vec<&str> = kinds().into_iter().filter(|k| !writer.done.contains(k)).collect();
    assert!(missing.is_empty(), "write kinds never made: {missing:?}");
    eprintln!(
        "{SEQUENCES} sequences, {writes} writes, {} blind-spot changes ({blind_differences} rows awaiting their bound); \
         API calls: incremental {incremental_calls}, full {full_calls}",
        writer.blind.len()
    );
    // Runs a fraction of a second apart re-read each second's events about
    // ten times over; the benchmark measures the saving at a real cadence.
    assert!(
        incremental_calls * 2 < full_calls,
        "incremental {incremental_calls} vs full {full_calls}"
    );
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_overlap_catches_an_event_delivered_after_the_run() {
    let emulator = start(12, 16).await;
    let controls = emulator.controls();
    let mut spec = ProfileSpec::fast();
    // Delivered 10 minutes (emulator clock) after the call, as AWS may.
    spec.cloudtrail.delivery_delay_min_s = 600.0;
    spec.cloudtrail.delivery_delay_max_s = 600.0;
    controls.set_profile(Profile::Custom(spec));
    let reader = Reader::new(&emulator).await;
    let org = aws_sdk_organizations::Client::new(&emulator.admin_sdk_config().await);
    let member = controls.with_org(|o| {
        o.accounts.keys().find(|id| **id != o.management_account_id).cloned().expect("a member")
    });
    let long = Duration::from_secs(3600);
    let overlapping = RefreshSettings {
        mode: RefreshMode::Auto,
        full_refresh: long,
        overlap: Duration::from_secs(1200),
    };
    let none = RefreshSettings { overlap: Duration::ZERO, ..overlapping };
    let base = reader.run(None, overlapping).await;

    let tag = Tag::builder().key("late").value("event").build().expect("tag");
    org.tag_resource().resource_id(&member).tags(tag).send().await.expect("tagged");
    let has_tag = |s: &Snapshot| {
        let def = TableName::Tag.def();
        let (r, k) = (def.column_index("resource_id").unwrap(), def.column_index("key").unwrap());
        s.rows(TableName::Tag)
            .iter()
            .any(|row| row[r].as_str() == Some(&member) && row[k].as_str() == Some("late"))
    };
    // CloudTrail records whole seconds: the next run starts in a later one.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    // The run right after the write sees no event yet.
    let blind = reader.run(Some(&base), overlapping).await;
    assert_eq!(blind.run.refresh.as_ref().unwrap().events_read, Some(0));
    // Delivered now: the next run reads it thanks to the overlap …
    controls.advance_clock(Duration::from_secs(700));
    let caught = reader.run(Some(&blind), overlapping).await;
    assert_eq!(caught.run.refresh.as_ref().unwrap().events_read, Some(1));
    assert!(has_tag(&caught), "the overlap catches the late event");
    // … which a run without overlap misses.
    let missed = reader.run(Some(&blind), none).await;
    assert_eq!(missed.run.refresh.as_ref().unwrap().events_read, Some(0));
    assert!(!has_tag(&missed), "without overlap the late event is missed");
    emulator.shutdown().await;
}

/// The document the delegated administrator writes.
const DELEGATED_CONTENT: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:*","Resource":"*"}]}"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delegated_administrators_change_is_read_from_its_own_history() {
    let emulator = start(16, 17).await;
    let controls = emulator.controls();
    // A member allowed to manage policies by the delegation policy.
    let (delegate, policy) = controls.mutate_org(|o| {
        let delegate = o
            .active_members()
            .next()
            .map(|a| a.id.clone())
            .expect("a member");
        let policy = o
            .policies
            .values()
            .find(|p| !p.aws_managed && p.policy_type == "SERVICE_CONTROL_POLICY")
            .map(|p| p.id.clone())
            .expect("a policy");
        let content = serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{
                "Effect": "Allow",
                "Principal": { "AWS": format!("arn:aws:iam::{delegate}:root") },
                "Action": ["organizations:UpdatePolicy", "organizations:Describe*", "organizations:List*"],
                "Resource": "*",
            }],
        });
        o.resource_policy = Some(orgsync_emulator::model::ResourcePolicy {
            id: "rp-delegation1".to_owned(),
            content: content.to_string(),
        });
        (delegate, policy)
    });
    let chain = "arn:aws:iam::{accountId}:role/OrganizationAccountAccessRole";
    let (with_chain, without) =
        (Reader::with(&emulator, Some(chain)).await, Reader::new(&emulator).await);
    let day = RefreshSettings {
        mode: RefreshMode::Auto,
        full_refresh: Duration::from_secs(86_400),
        overlap: Duration::from_secs(1200),
    };
    let (base_with, base_without) = (with_chain.run(None, day).await, without.run(None, day).await);

    // The delegated administrator changes a policy in its own session: the
    // event is in its history, not the management account's.
    let config = emulator.admin_sdk_config().await;
    let role = format!("arn:aws:iam::{delegate}:role/OrganizationAccountAccessRole");
    let creds = aws_sdk_sts::Client::new(&config)
        .assume_role()
        .role_arn(role)
        .role_session_name("delegated-admin")
        .send()
        .await
        .expect("the member role is assumed")
        .credentials
        .expect("credentials");
    let as_delegate = aws_sdk_organizations::Client::from_conf(
        aws_sdk_organizations::config::Builder::from(&config)
            .credentials_provider(aws_credential_types::Credentials::new(
                creds.access_key_id(),
                creds.secret_access_key(),
                Some(creds.session_token().to_owned()),
                None,
                "delegate",
            ))
            .build(),
    );
    as_delegate
        .update_policy()
        .policy_id(&policy)
        .content(DELEGATED_CONTENT)
        .send()
        .await
        .expect("the delegation policy allows UpdatePolicy");
    assert_eq!(controls.trail_events(&delegate).len(), 1, "in the delegate's own history");

    // The document: not in ListPolicies, which every run reads.
    let content = |s: &Snapshot| {
        let def = TableName::Policy.def();
        let (id, d) =
            (def.column_index("policy_id").unwrap(), def.column_index("content").unwrap());
        s.rows(TableName::Policy)
            .iter()
            .find(|r| r[id].as_str() == Some(&policy))
            .and_then(|r| r[d].as_str().map(str::to_owned))
    };
    // Read through the chain: the change is there at once …
    let read = with_chain.run(Some(&base_with), day).await;
    assert_eq!(read.run.refresh.as_ref().unwrap().kind, RefreshKind::Incremental);
    assert_eq!(content(&read).as_deref(), Some(DELEGATED_CONTENT));
    assert_eq!(
        differences(
            &read,
            &with_chain.run(None, settings(RefreshMode::Full, Duration::ZERO)).await
        ),
        vec![]
    );
    // … without it, it waits for the rolling slice (a day here).
    let stale = without.run(Some(&base_without), day).await;
    assert_eq!(content(&stale), content(&base_without));
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_run_that_cannot_be_incremental_reads_everything_and_says_why() {
    let emulator = start(12, 18).await;
    let reader = Reader::new(&emulator).await;
    // The defaults: auto, a full read every 7 days, 20 minutes of overlap.
    let week = RefreshSettings::default();
    // A full read whose recorded reason says `why`.
    let assert_full_because = |s: &Snapshot, why: &str| {
        let refresh = s.run.refresh.clone().expect("recorded");
        assert_eq!(refresh.kind, RefreshKind::Full);
        let reason = refresh.reason.unwrap_or_default();
        assert!(reason.contains(why), "{reason}");
    };
    let first = reader.run(None, week).await;
    assert_full_because(&first, "no snapshot of this organization");
    // Asked for: no reason to give.
    let asked = reader.run(Some(&first), RefreshSettings { mode: RefreshMode::Full, ..week }).await;
    assert_eq!(asked.run.refresh.unwrap().reason, None);

    // A previous snapshot older than full_refresh_days.
    tokio::time::sleep(Duration::from_millis(50)).await;
    let short = RefreshSettings { full_refresh: Duration::from_millis(10), ..week };
    let stale = reader.run(Some(&first), short).await;
    assert_full_because(&stale, "beyond full_refresh_days");

    // A previous snapshot that lacks a table this run reads.
    let mut fewer = first.clone();
    fewer.tables.remove(&TableName::AlternateContact);
    fewer.run.counts.remove(TableName::AlternateContact.as_str());
    let missing = reader.run(Some(&fewer), week).await;
    assert_full_because(&missing, "aws_organizations_alternate_contact");

    // A previous run denied a whole policy type: only a full read gives the
    // same rows and error.
    let mut denied_type = first.clone();
    denied_type.errors.push(orgsync_schema::ErrorRecord {
        table_name: TableName::Policy.as_str().to_owned(),
        resource_id: Some("BACKUP_POLICY".to_owned()),
        api_operation: "DescribePolicy".to_owned(),
        error_code: "AccessDeniedException".to_owned(),
        message: None,
    });
    let partial = reader.run(Some(&denied_type), week).await;
    assert_full_because(&partial, "could not read aws_organizations_policy");

    // A snapshot written before table contract version 6.
    let mut older = first.clone();
    older.run.refresh = None;
    let old = reader.run(Some(&older), week).await;
    assert_full_because(&old, "contract version 6");

    // CloudTrail denied: a full read that names the call, never a stale answer.
    let role = emulator.demo_identity().master_assume_role_arn_chain.last().unwrap().clone();
    emulator.controls().deny_action(&role, "cloudtrail:LookupEvents");
    let denied = reader.run(Some(&first), week).await;
    assert_full_because(&denied, "cloudtrail:LookupEvents answered AccessDenied");
    assert_eq!(differences(&denied, &first), vec![]);
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demos_recorded_changes_are_read_incrementally_as_a_full_read_reads_them() {
    let emulator = start(60, 19).await;
    let reader = Reader::new(&emulator).await;
    // The defaults: auto, a full read every 7 days, 20 minutes of overlap.
    let week = RefreshSettings::default();
    let base = reader.run(None, week).await;
    let made = emulator.make_realistic_changes(30, 19);
    assert_eq!(made.len(), 30);
    let incremental = reader.run(Some(&base), week).await;
    let refresh = incremental.run.refresh.clone().unwrap();
    assert_eq!(refresh.kind, RefreshKind::Incremental, "{:?}", refresh.reason);
    assert_eq!(refresh.events_read, Some(30));
    let full = reader.run(None, settings(RefreshMode::Full, Duration::ZERO)).await;
    assert_eq!(differences(&incremental, &full), vec![]);
    assert!(incremental.run.api_calls < full.run.api_calls);
    emulator.shutdown().await;
}
