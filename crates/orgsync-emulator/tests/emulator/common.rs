//! Helpers shared by the integration tests: starting an emulator and building
//! SDK configurations for its identities.

use aws_config::{BehaviorVersion, SdkConfig, retry::RetryConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_sdk_account::error::SdkError;
use aws_sdk_account::operation::get_alternate_contact::{
    GetAlternateContactError, GetAlternateContactOutput,
};
use aws_sdk_account::types::AlternateContactType;
use orgsync_emulator::identity::ORGANIZATION_ACCOUNT_ACCESS_ROLE;
use orgsync_emulator::{Emulator, EmulatorConfig, Profile, ProfileSpec, QuotaScope, QuotaSpec};

/// Every item of a paged listing: sends `$request` page by page through the
/// SDK's paginator and flattens each page's `$field`.
macro_rules! all_pages {
    ($request:expr, $field:ident) => {
        $request
            .into_paginator()
            .send()
            .collect::<Result<Vec<_>, _>>()
            .await
            .unwrap()
            .into_iter()
            .flat_map(|page| page.$field.unwrap_or_default())
            .collect::<Vec<_>>()
    };
}
pub(crate) use all_pages;

/// Starts an emulator with a synthetic organization and the Fast profile.
pub async fn start(accounts: usize, seed: u64) -> Emulator {
    Emulator::start(EmulatorConfig::synthetic(accounts, seed)).await.expect("emulator starts")
}

/// Starts an emulator as [`start`] does, with the demo chain's SdkConfig.
pub async fn start_with_chain(accounts: usize, seed: u64) -> (Emulator, SdkConfig) {
    let emulator = start(accounts, seed).await;
    let config = chain_config(&emulator).await;
    (emulator, config)
}

/// Switches the emulator to the Fast profile as `edit` changes it.
pub fn set_fast_profile(emulator: &Emulator, edit: impl FnOnce(&mut ProfileSpec)) {
    let mut spec = ProfileSpec::fast();
    edit(&mut spec);
    emulator.controls().set_profile(Profile::Custom(spec));
}

/// Switches the emulator to the Fast profile with quotas per caller, each
/// `(operation pattern, rate per second, burst)`.
pub fn set_caller_quotas(emulator: &Emulator, quotas: &[(&str, f64, f64)]) {
    set_fast_profile(emulator, |spec| {
        for &(pattern, rate, burst) in quotas {
            let quota = QuotaSpec { rate, burst, scope: QuotaScope::Caller };
            spec.quotas.insert(pattern.into(), quota);
        }
    });
}

/// An SdkConfig with static keys pointing at the emulator, retries off.
pub async fn static_config(
    emulator: &Emulator,
    access_key_id: &str,
    secret: &str,
    token: Option<&str>,
) -> SdkConfig {
    let credentials =
        Credentials::new(access_key_id, secret, token.map(str::to_string), None, "test");
    with_provider(emulator, SharedCredentialsProvider::new(credentials)).await
}

/// An SdkConfig for the emulator with the given credentials provider, retries off.
pub async fn with_provider(emulator: &Emulator, provider: SharedCredentialsProvider) -> SdkConfig {
    aws_config::defaults(BehaviorVersion::latest())
        .region(aws_config::Region::new(emulator.region().to_string()))
        .endpoint_url(emulator.endpoint_url())
        .retry_config(RetryConfig::disabled())
        .credentials_provider(provider)
        .load()
        .await
}

/// The demo user's SdkConfig.
pub async fn user_config(emulator: &Emulator) -> SdkConfig {
    let demo = emulator.demo_identity();
    static_config(emulator, &demo.access_key_id, &demo.secret_access_key, None).await
}

/// An SdkConfig whose credentials come from the demo two-role chain, retries off.
pub async fn chain_config(emulator: &Emulator) -> SdkConfig {
    emulator.demo_chain_sdk_config(RetryConfig::disabled()).await
}

/// Assumes a role with explicit parameters using a plain STS client.
pub async fn assume(
    config: &SdkConfig,
    role_arn: &str,
    external_id: Option<&str>,
    duration: Option<i32>,
) -> Result<
    aws_sdk_sts::types::Credentials,
    aws_sdk_sts::error::SdkError<aws_sdk_sts::operation::assume_role::AssumeRoleError>,
> {
    let sts = aws_sdk_sts::Client::new(config);
    let out = sts
        .assume_role()
        .role_arn(role_arn)
        .role_session_name("orgsync-test")
        .set_external_id(external_id.map(str::to_string))
        .set_duration_seconds(duration)
        .send()
        .await?;
    Ok(out.credentials.expect("credentials"))
}

/// The SdkConfig of a session of `role_arn` assumed from `config`.
pub async fn assumed_config(
    emulator: &Emulator,
    config: &SdkConfig,
    role_arn: &str,
    external_id: Option<&str>,
) -> SdkConfig {
    let creds = assume(config, role_arn, external_id, None).await.expect("the role is assumed");
    session_config(emulator, &creds).await
}

/// The ARN of the OrganizationAccountAccessRole in `account`.
pub fn access_role(account: &str) -> String {
    format!("arn:aws:iam::{account}:role/{ORGANIZATION_ACCOUNT_ACCESS_ROLE}")
}

/// GetAlternateContact of `kind` for `account_id`, or (`None`) for the
/// caller's own account. The request owns its parameters: the future
/// borrows nothing.
pub fn alternate_contact(
    config: &SdkConfig,
    account_id: Option<&str>,
    kind: AlternateContactType,
) -> impl Future<Output = Result<GetAlternateContactOutput, SdkError<GetAlternateContactError>>> + use<>
{
    aws_sdk_account::Client::new(config)
        .get_alternate_contact()
        .set_account_id(account_id.map(str::to_string))
        .alternate_contact_type(kind)
        .send()
}

/// The error code of STS GetCallerIdentity called with `config`, which must fail.
pub async fn caller_identity_error(config: &SdkConfig) -> String {
    code(&aws_sdk_sts::Client::new(config).get_caller_identity().send().await.unwrap_err())
}

/// The error code of Organizations ListRoots called with `config`, which must fail.
pub async fn list_roots_error(config: &SdkConfig) -> String {
    code(&aws_sdk_organizations::Client::new(config).list_roots().send().await.unwrap_err())
}

/// The error code of Account GetContactInformation called with `config`,
/// which must fail.
pub async fn contact_information_error(config: &SdkConfig) -> String {
    let account = aws_sdk_account::Client::new(config);
    code(&account.get_contact_information().send().await.unwrap_err())
}

/// An SdkConfig from STS credentials.
pub async fn session_config(
    emulator: &Emulator,
    creds: &aws_sdk_sts::types::Credentials,
) -> SdkConfig {
    static_config(
        emulator,
        &creds.access_key_id,
        &creds.secret_access_key,
        Some(&creds.session_token),
    )
    .await
}

/// The error code of an SDK error.
pub fn code<E: aws_sdk_sts::error::ProvideErrorMetadata, R: std::fmt::Debug>(
    err: &aws_sdk_sts::error::SdkError<E, R>,
) -> String {
    match err {
        aws_sdk_sts::error::SdkError::ServiceError(e) => e.err().code().unwrap_or("").to_string(),
        other => format!("not a service error: {other}"),
    }
}

/// What a boto3 script reads from `ORGSYNC_EMULATOR_INFO`: where to call
/// and the demo identity's keys, chain and external ID, plus the test's own
/// `facts` (a JSON object).
pub fn script_info(emulator: &Emulator, facts: serde_json::Value) -> serde_json::Value {
    let demo = emulator.demo_identity();
    let mut info = serde_json::json!({
        "endpoint_url": emulator.endpoint_url(),
        "region": emulator.region(),
        "access_key_id": demo.access_key_id,
        "secret_access_key": demo.secret_access_key,
        "chain": demo.master_assume_role_arn_chain,
        "external_id": demo.assume_external_id,
    });
    let serde_json::Value::Object(facts) = facts else { panic!("facts are a JSON object") };
    info.as_object_mut().expect("an object").extend(facts);
    info
}

/// `python` running a boto3 script with the emulator's facts in
/// `ORGSYNC_EMULATOR_INFO` and no AWS configuration of the machine's.
pub fn boto3_command(python: &str, info: &str) -> tokio::process::Command {
    let mut cmd = tokio::process::Command::new(python);
    cmd.env("ORGSYNC_EMULATOR_INFO", info)
        .env_remove("AWS_PROFILE")
        .env("AWS_CONFIG_FILE", "/dev/null")
        .env("AWS_SHARED_CREDENTIALS_FILE", "/dev/null")
        .kill_on_drop(true);
    cmd
}
