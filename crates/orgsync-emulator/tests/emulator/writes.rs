//! The emulator is writable and keeps a CloudTrail history: boto3 drives every
//! write operation and its main error codes, then finds each write with
//! LookupEvents in the right account's history (see
//! `tests/boto3_writes.py`); the profile's delivery delay hides events until
//! due and a LookupEvents quota throttles a burst; the AWS CLI writes and looks
//! the event up; the AWS SDK for Rust writes and maps the modeled errors.

use orgsync_emulator::{Emulator, Profile, ProfileSpec};
use serde_json::{Value, json};

use crate::common::{set_caller_quotas, set_fast_profile};

fn python() -> Option<String> {
    orgsync_test_support::python_with(&["boto3"])
}

/// What the scripts need to know about the emulator and its organization.
fn info(emulator: &Emulator) -> Value {
    let admin = emulator.admin_identity();
    let facts = emulator.controls().with_org(|o| {
        let mgmt = &o.management_account_id;
        let mut members = o.active_members().filter(|a| {
            a.parent_id != o.root.id && !o.delegated_administrators.contains_key(&a.id)
        });
        let member = members.next().expect("an active member in an OU");
        let removable = members.next().expect("a second active member");
        json!({
            "admin_access_key_id": admin.access_key_id,
            "admin_secret_access_key": admin.secret_access_key,
            "admin_arn": admin.user_arn,
            "management_account_id": mgmt,
            "root_id": o.root.id,
            "member_account": member.id,
            "member_parent": member.parent_id,
            "removable_account": removable.id,
            "delay_s": 3,
        })
    });
    crate::common::script_info(emulator, facts)
}

async fn run_script(python: &str, phase: &str, info: &Value) -> String {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/boto3_writes.py");
    let output = crate::common::boto3_command(python, &info.to_string())
        .arg(script)
        .arg(phase)
        .output()
        .await
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "boto3 {phase} failed:\n{stdout}\n{stderr}");
    stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn boto3_writes_and_finds_every_write_in_cloudtrail() {
    let Some(python) = python() else { return };
    let emulator = crate::common::start(60, 23).await;
    let controls = emulator.controls();
    let info = info(&emulator);
    println!("{}", run_script(&python, "writes", &info).await);

    // The histories as the model holds them: the management administrator's
    // writes in the management account, the member's own write in the member's.
    let mgmt = info["management_account_id"].as_str().unwrap();
    let member = info["member_account"].as_str().unwrap();
    let management_events = controls.trail_events(mgmt);
    assert!(management_events.len() > 30, "{}", management_events.len());
    assert!(management_events.iter().all(|e| e.account_id() == mgmt && !e.read_only));
    let member_events = controls.trail_events(member);
    assert_eq!(member_events.len(), 1);
    assert_eq!(member_events[0].event_name, "PutAlternateContact");
    assert_eq!(member_events[0].event_source, "account.amazonaws.com");
    assert!(controls.with_org(|o| o.validate().is_empty()), "the writes keep the model valid");

    // Delivery delay.
    set_fast_profile(&emulator, |spec| {
        spec.cloudtrail.delivery_delay_min_s = 3.0;
        spec.cloudtrail.delivery_delay_max_s = 3.0;
    });
    println!("{}", run_script(&python, "delay", &info).await);

    // LookupEvents quota (aws-like: 2/s; here slower so that a loaded machine
    // still bursts faster than the bucket refills).
    set_caller_quotas(&emulator, &[("cloudtrail:LookupEvents", 0.2, 2.0)]);
    controls.reset_counters();
    println!("{}", run_script(&python, "quota", &info).await);
    let counted = controls.counters().get("cloudtrail:LookupEvents");
    assert!(counted.calls >= 4, "{counted:?}");
    assert!(counted.throttled >= 1, "{counted:?}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delivery_delay_follows_the_emulator_clock() {
    let Some(python) = python() else { return };
    let emulator = crate::common::start(30, 5).await;
    let controls = emulator.controls();
    let mut spec = ProfileSpec::aws_like().scaled(1000.0);
    // aws-like delays scaled like latencies: 5–15 minutes ÷ 1000.
    assert_eq!(spec.cloudtrail.delivery_delay_min_s, 0.3);
    assert_eq!(spec.cloudtrail.delivery_delay_max_s, 0.9);
    spec.cloudtrail.delivery_delay_min_s = 600.0;
    spec.cloudtrail.delivery_delay_max_s = 600.0;
    controls.set_profile(Profile::Custom(spec));
    let info = info(&emulator);
    let script = r#"
import json, os, sys, boto3
from botocore.config import Config
i = json.loads(os.environ["ORGSYNC_EMULATOR_INFO"])
s = boto3.session.Session(aws_access_key_id=i["admin_access_key_id"], aws_secret_access_key=i["admin_secret_access_key"], region_name=i["region"])
cfg = Config(retries={"mode": "standard", "max_attempts": 5})
t = s.client("cloudtrail", endpoint_url=i["endpoint_url"], config=cfg)
if sys.argv[1] == "write":
    s.client("organizations", endpoint_url=i["endpoint_url"], config=cfg).tag_resource(ResourceId=i["member_account"], Tags=[{"Key": "k", "Value": "v"}])
print(json.dumps([e["EventName"] for e in t.lookup_events()["Events"]]))
"#;
    let run = |arg: &'static str| {
        let python = python.clone();
        let info = info.to_string();
        async move {
            let out = crate::common::boto3_command(&python, &info)
                .args(["-c", script, arg])
                .output()
                .await
                .expect("python runs");
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            serde_json::from_slice::<Value>(&out.stdout).expect("JSON list")
        }
    };
    assert_eq!(run("write").await, json!([]), "not delivered yet");
    // The emulator's clock also runs in real time, and a loaded machine can
    // take seconds to start Python: "early" keeps a minute's margin.
    controls.advance_clock(std::time::Duration::from_secs(540));
    assert_eq!(run("read").await, json!([]), "a minute early");
    controls.advance_clock(std::time::Duration::from_secs(61));
    assert_eq!(run("read").await, json!(["TagResource"]), "delivered once due");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_aws_cli_writes_and_looks_the_event_up() {
    let Some(aws) = orgsync_test_support::program("aws", "the AWS CLI v1 (pip install awscli)")
    else {
        return;
    };
    let emulator = crate::common::start(30, 8).await;
    let admin = emulator.admin_identity();
    let root = emulator.controls().with_org(|o| o.root.id.clone());
    let cli = |args: Vec<String>| {
        let mut command = tokio::process::Command::new(&aws);
        command
            .args(args)
            .args(["--endpoint-url", &emulator.endpoint_url(), "--output", "json"])
            .env_remove("AWS_PROFILE")
            .env("AWS_CONFIG_FILE", "/dev/null")
            .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
            .env("AWS_ACCESS_KEY_ID", &admin.access_key_id)
            .env("AWS_SECRET_ACCESS_KEY", &admin.secret_access_key)
            .env("AWS_DEFAULT_REGION", emulator.region())
            .kill_on_drop(true);
        async move {
            let out = command.output().await.expect("aws runs");
            assert!(
                out.status.success(),
                "{}\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            serde_json::from_slice::<Value>(&out.stdout).expect("JSON output")
        }
    };
    let created = cli([
        "organizations",
        "create-organizational-unit",
        "--parent-id",
        &root,
        "--name",
        "cli-ou",
    ]
    .map(String::from)
    .to_vec())
    .await;
    let ou_id = created["OrganizationalUnit"]["Id"].as_str().unwrap().to_string();
    assert!(ou_id.starts_with("ou-"), "{created}");
    let found = cli([
        "cloudtrail",
        "lookup-events",
        "--lookup-attributes",
        &format!("AttributeKey=ResourceName,AttributeValue={ou_id}"),
    ]
    .map(String::from)
    .to_vec())
    .await;
    let events = found["Events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{found}");
    assert_eq!(events[0]["EventName"], "CreateOrganizationalUnit");
    assert_eq!(events[0]["Username"], "orgsync-admin");
    let record: Value =
        serde_json::from_str(events[0]["CloudTrailEvent"].as_str().unwrap()).unwrap();
    assert_eq!(record["requestParameters"]["name"], "cli-ou");
    assert_eq!(record["userIdentity"]["arn"], admin.user_arn);
    assert!(record["userAgent"].as_str().unwrap().starts_with("aws-cli/"), "{record}");
    emulator.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rust_sdk_writes_and_gets_the_modeled_errors() {
    use aws_sdk_organizations::operation::move_account::MoveAccountError;
    use aws_sdk_organizations::types::Tag;

    use crate::common::{chain_config, code, static_config};

    let emulator = crate::common::start(40, 12).await;
    let admin = emulator.admin_identity();
    let config =
        static_config(&emulator, &admin.access_key_id, &admin.secret_access_key, None).await;
    let org = aws_sdk_organizations::Client::new(&config);
    let (root, mgmt, member, parent) = emulator.controls().with_org(|o| {
        let member = o.active_members().next().unwrap();
        (
            o.root.id.clone(),
            o.management_account_id.clone(),
            member.id.clone(),
            member.parent_id.clone(),
        )
    });

    let ou = org
        .create_organizational_unit()
        .parent_id(&root)
        .name("rust-sdk")
        .tags(Tag::builder().key("k").value("v").build().unwrap())
        .send()
        .await
        .unwrap()
        .organizational_unit
        .unwrap();
    let ou_id = ou.id.clone().unwrap();
    assert_eq!(ou.name.as_deref(), Some("rust-sdk"));
    org.move_account()
        .account_id(&member)
        .source_parent_id(&parent)
        .destination_parent_id(&ou_id)
        .send()
        .await
        .unwrap();
    let err = org
        .move_account()
        .account_id(&member)
        .source_parent_id(&ou_id)
        .destination_parent_id(&ou_id)
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(err.as_service_error(), Some(MoveAccountError::DuplicateAccountException(_))),
        "{err:?}"
    );
    let err =
        org.delete_organizational_unit().organizational_unit_id(&ou_id).send().await.unwrap_err();
    assert_eq!(code(&err), "OrganizationalUnitNotEmptyException");
    let status = org
        .create_account()
        .email("rust-sdk@example.com")
        .account_name("rust-sdk")
        .send()
        .await
        .unwrap()
        .create_account_status
        .unwrap();
    assert_eq!(status.state.as_ref().map(|s| s.as_str()), Some("IN_PROGRESS"));
    let done = org
        .describe_create_account_status()
        .create_account_request_id(status.id.unwrap())
        .send()
        .await
        .unwrap()
        .create_account_status
        .unwrap();
    assert_eq!(done.state.as_ref().map(|s| s.as_str()), Some("SUCCEEDED"));
    let err = org.close_account().account_id(&mgmt).send().await.unwrap_err();
    assert_eq!(code(&err), "ConstraintViolationException");

    // The read-only chain is denied writes; its reads still work.
    let reader = aws_sdk_organizations::Client::new(&chain_config(&emulator).await);
    let err =
        reader.create_organizational_unit().parent_id(&root).name("x").send().await.unwrap_err();
    assert_eq!(code(&err), "AccessDeniedException");
    assert!(
        reader.describe_organizational_unit().organizational_unit_id(&ou_id).send().await.is_ok()
    );

    // One event per successful write, in the management account's history.
    let names: Vec<String> =
        emulator.controls().trail_events(&mgmt).into_iter().map(|e| e.event_name).collect();
    assert_eq!(
        names,
        ["CreateOrganizationalUnit", "MoveAccount", "CreateAccount", "CreateAccountResult"]
    );
    emulator.shutdown().await;
}
