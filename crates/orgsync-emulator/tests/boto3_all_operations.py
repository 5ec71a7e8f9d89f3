"""Drives every operation the orgsync emulator implements with boto3.

Run by tests/emulator/boto3.rs, which starts the emulator and passes what to
expect in the ORGSYNC_EMULATOR_INFO environment variable (JSON). Exits non-zero
with a message on the first mismatch.
"""

import json
import time

import boto3
import botocore
from botocore.config import Config
from botocore.exceptions import ClientError
from botocore.retries.standard import RetryContext, RetryEventAdapter, ThrottlingErrorDetector

import boto3_common as common
from boto3_common import INFO, check, client, expect_error, session


def paginate(c, operation, key, **kwargs):
    items = []
    pages = 0
    for page in c.get_paginator(operation).paginate(**kwargs):
        pages += 1
        items.extend(page[key])
    return items, pages


user = session(INFO["access_key_id"], INFO["secret_access_key"])

# --- STS: the two-role chain with the external ID ------------------------
sts = client(user, "sts")
me = sts.get_caller_identity()
check(me["Arn"].endswith(":user/orgsync-demo"), me["Arn"])
expect_error(sts.assume_role, "AccessDenied", RoleArn=INFO["chain"][0], RoleSessionName="boto3")
expect_error(
    sts.assume_role, "AccessDenied", RoleArn=INFO["chain"][0], RoleSessionName="boto3", ExternalId="wrong-id"
)
expect_error(
    sts.assume_role,
    "ValidationError",
    RoleArn=INFO["chain"][0],
    RoleSessionName="boto3",
    ExternalId=INFO["external_id"],
    DurationSeconds=7200,
)
creds = None
current = user
for arn in INFO["chain"]:
    out = client(current, "sts").assume_role(RoleArn=arn, RoleSessionName="boto3", ExternalId=INFO["external_id"])
    creds = out["Credentials"]
    check(creds["AccessKeyId"].startswith("ASIA"), creds["AccessKeyId"])
    check(out["AssumedRoleUser"]["Arn"].endswith("/boto3"), out["AssumedRoleUser"]["Arn"])
    current = session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
reader = current
me = client(reader, "sts").get_caller_identity()
check(me["Arn"] == f"arn:aws:sts::{INFO['management_account_id']}:assumed-role/OrgSyncReader/boto3", me["Arn"])
check(me["Account"] == INFO["management_account_id"], me["Account"])

# Wrong secret and unknown key.
bad = client(session(INFO["access_key_id"], "wrong-secret"), "sts")
expect_error(bad.get_caller_identity, "SignatureDoesNotMatch")
unknown = client(session("AKIAUNKNOWN000000000", "x"), "organizations")
expect_error(unknown.list_roots, "UnrecognizedClientException")

# --- Organizations: every read operation ---------------------------------
orgs = client(reader, "organizations")
org = orgs.describe_organization()["Organization"]
check(org["Id"] == INFO["org_id"], org["Id"])
roots, _ = paginate(orgs, "list_roots", "Roots")
check(len(roots) == 1, roots)
root_id = roots[0]["Id"]
accounts, pages = paginate(orgs, "list_accounts", "Accounts", PaginationConfig={"PageSize": 20})
check(len(accounts) == INFO["accounts"], f"{len(accounts)} accounts, expected {INFO['accounts']}")
check(pages >= INFO["accounts"] // 20, f"only {pages} pages")
check(len({a["Id"] for a in accounts}) == len(accounts), "duplicate accounts across pages")
states = {a["State"] for a in accounts}
check({"ACTIVE", "SUSPENDED", "CLOSED"} <= states, states)
check(all(hasattr(a["JoinedTimestamp"], "year") for a in accounts), "JoinedTimestamp is not a datetime")

stack = [root_id]
walked_accounts = 0
walked_ous = 0
while stack:
    parent = stack.pop()
    ous, _ = paginate(orgs, "list_organizational_units_for_parent", "OrganizationalUnits", ParentId=parent)
    children_ous, _ = paginate(orgs, "list_children", "Children", ParentId=parent, ChildType="ORGANIZATIONAL_UNIT")
    check(sorted(o["Id"] for o in ous) == sorted(c["Id"] for c in children_ous), f"children of {parent}")
    walked_ous += len(ous)
    stack.extend(o["Id"] for o in ous)
    accs, _ = paginate(orgs, "list_accounts_for_parent", "Accounts", ParentId=parent)
    children_accs, _ = paginate(orgs, "list_children", "Children", ParentId=parent, ChildType="ACCOUNT")
    check(len(accs) == len(children_accs), f"account children of {parent}")
    walked_accounts += len(accs)
check(walked_accounts == INFO["accounts"], f"tree walk found {walked_accounts} accounts")
check(walked_ous == INFO["ous"], f"tree walk found {walked_ous} OUs")

member = INFO["sample_account"]
parents, _ = paginate(orgs, "list_parents", "Parents", ChildId=member)
check(parents[0]["Id"] == INFO["sample_account_parent"], parents)
acct = orgs.describe_account(AccountId=member)["Account"]
check(acct["Id"] == member and acct["Arn"].endswith("/" + member), acct)
ou = orgs.describe_organizational_unit(OrganizationalUnitId=INFO["sample_ou"])["OrganizationalUnit"]
check(ou["Id"] == INFO["sample_ou"], ou)

for policy_type, expected in INFO["policies_by_type"].items():
    policies, _ = paginate(orgs, "list_policies", "Policies", Filter=policy_type)
    check(len(policies) == expected, f"{policy_type}: {len(policies)} != {expected}")
    described = orgs.describe_policy(PolicyId=policies[0]["Id"])["Policy"]
    json.loads(described["Content"])
    targets, _ = paginate(orgs, "list_targets_for_policy", "Targets", PolicyId=policies[0]["Id"])
    check(all(t["Type"] in ("ROOT", "ORGANIZATIONAL_UNIT", "ACCOUNT") for t in targets), targets[:3])
full, _ = paginate(orgs, "list_targets_for_policy", "Targets", PolicyId="p-FullAWSAccess")
check(len(full) == INFO["full_access_targets"], f"{len(full)} FullAWSAccess targets")
on_root, _ = paginate(orgs, "list_policies_for_target", "Policies", TargetId=root_id, Filter="SERVICE_CONTROL_POLICY")
check(any(p["Id"] == "p-FullAWSAccess" and p["AwsManaged"] for p in on_root), on_root)

for resource_id, expected in INFO["tags"].items():
    tags, _ = paginate(orgs, "list_tags_for_resource", "Tags", ResourceId=resource_id)
    check([[t["Key"], t["Value"]] for t in tags] == expected, f"tags of {resource_id}: {tags}")

services, _ = paginate(orgs, "list_aws_service_access_for_organization", "EnabledServicePrincipals")
check(len(services) == INFO["enabled_services"], services)
admins, _ = paginate(orgs, "list_delegated_administrators", "DelegatedAdministrators")
check(len(admins) == INFO["delegated_admins"], admins)
delegated, _ = paginate(orgs, "list_delegated_services_for_account", "DelegatedServices", AccountId=admins[0]["Id"])
check(len(delegated) >= 1, delegated)

effective = orgs.describe_effective_policy(PolicyType="TAG_POLICY", TargetId=INFO["tag_policy_account"])
check("tags" in json.loads(effective["EffectivePolicy"]["PolicyContent"]), effective)

# Errors are the modeled exception classes.
expect_error(orgs.describe_account, "AccountNotFoundException", modeled=True, AccountId="000000000000")
expect_error(orgs.describe_policy, "PolicyNotFoundException", modeled=True, PolicyId="p-nonexist1")
expect_error(orgs.list_tags_for_resource, "TargetNotFoundException", modeled=True, ResourceId="ou-zzzz-zzzzzzzz")
expect_error(orgs.list_accounts, "InvalidInputException", modeled=True, MaxResults=21)
expect_error(orgs.list_accounts, "InvalidInputException", modeled=True, NextToken="forged")
expect_error(
    orgs.describe_effective_policy,
    "InvalidInputException",
    modeled=True,
    PolicyType="SERVICE_CONTROL_POLICY",
)

# --- Account ---------------------------------------------------------------
account = client(reader, "account")
own = account.get_alternate_contact(AlternateContactType="SECURITY")["AlternateContact"]
check("EmailAddress" in own, own)
expect_error(
    account.get_alternate_contact,
    "AccessDeniedException",
    modeled=True,
    AccountId=INFO["management_account_id"],
    AlternateContactType="SECURITY",
)
got = account.get_alternate_contact(AccountId=INFO["contact_account"], AlternateContactType="SECURITY")
check(got["AlternateContact"]["EmailAddress"] == INFO["contact_email"], got)
expect_error(
    account.get_alternate_contact,
    "ResourceNotFoundException",
    modeled=True,
    AccountId=INFO["no_contact_account"],
    AlternateContactType="SECURITY",
)
info = account.get_contact_information()["ContactInformation"]
check("FullName" in info, info)
own_info = account.get_account_information()
check(own_info["AccountId"] == INFO["management_account_id"], own_info)
check(own_info["AccountCreatedDate"].year >= 2010, own_info)
member_info = account.get_account_information(AccountId=INFO["contact_account"])
check(member_info["AccountId"] == INFO["contact_account"] and member_info["AccountState"] == "ACTIVE", member_info)
regions, pages = paginate(account, "list_regions", "Regions", AccountId=INFO["contact_account"], PaginationConfig={"PageSize": 7})
check(len(regions) == INFO["regions"] and pages == -(-INFO["regions"] // 7), (len(regions), pages))
check(any(r["RegionOptStatus"] == "ENABLED_BY_DEFAULT" for r in regions), regions)
opted = account.list_regions(RegionOptStatusContains=["ENABLED_BY_DEFAULT"])["Regions"]
check(all(r["RegionOptStatus"] == "ENABLED_BY_DEFAULT" for r in opted) and opted, opted)
expect_error(account.list_regions, "ValidationException", modeled=True, MaxResults=51)

# --- IAM -------------------------------------------------------------------
aliases = client(reader, "iam").list_account_aliases()["AccountAliases"]
check(aliases == INFO["management_aliases"], aliases)

# --- Throttling ------------------------------------------------------------
# The test set DescribeOrganization to 0.5/s with a burst of 1.
time.sleep(2.1)
orgs.describe_organization()
err = expect_error(orgs.describe_organization, "TooManyRequestsException", modeled=True)
context = RetryContext(attempt_number=1, parsed_response=err.response)
check(ThrottlingErrorDetector(RetryEventAdapter()).is_throttling_error_from_context(context), "not throttling")
retrying = client(reader, "organizations", Config(retries={"mode": "standard", "max_attempts": 8}))
out = retrying.describe_organization()
check(out["Organization"]["Id"] == INFO["org_id"], out)
acct_err = None
account_fast = client(reader, "account")
for _ in range(3):
    try:
        account_fast.get_contact_information()
    except ClientError as e:
        acct_err = e
check(acct_err is not None and acct_err.response["Error"]["Code"] == "TooManyRequestsException", acct_err)
check(
    ThrottlingErrorDetector(RetryEventAdapter()).is_throttling_error_from_context(
        RetryContext(attempt_number=1, parsed_response=acct_err.response)
    ),
    "account throttling not recognised",
)

print(f"boto3 {boto3.__version__} / botocore {botocore.__version__}: {common.checks} checks passed")
