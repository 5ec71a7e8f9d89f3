"""Drives every write operation of the orgsync emulator with boto3, then
finds each write in CloudTrail with LookupEvents.

Run by tests/emulator/writes.rs with ORGSYNC_EMULATOR_INFO (JSON) and a phase
argument:
- `writes`: every Organizations write and Account Put/DeleteAlternateContact
  with their main error codes; the read-only demo identities are denied;
  LookupEvents finds exactly the successful writes in the right account's
  history (a member's own PutAlternateContact in the member's, not the
  management account's), pages newest first and filters on every attribute.
- `delay`: the profile delays delivery by INFO["delay_s"] seconds: an event
  is hidden until due.
- `quota`: LookupEvents has a bucket of 2 refilled every 5 s: a burst of
  four calls is throttled (ThrottlingException) after the first two.
Exits non-zero with a message on the first mismatch.
"""

import collections
import json
import sys
import time

from botocore.exceptions import ClientError

import boto3_common as common
from boto3_common import INFO, REGION, check, client, expect_error, session

PHASE = sys.argv[1]
MGMT = INFO["management_account_id"]
ROOT = INFO["root_id"]


admin = session(INFO["admin_access_key_id"], INFO["admin_secret_access_key"])
org = client(admin, "organizations")
acct = client(admin, "account")
trail = client(admin, "cloudtrail")
sts = client(admin, "sts")
done = collections.Counter()  # successful writes by the management administrator


def write(c, operation, **kwargs):
    result = getattr(c, operation)(**kwargs)
    name = c.meta.method_to_api_mapping[operation]
    done[name] += 1
    return result


def member_session(account_id):
    creds = sts.assume_role(
        RoleArn=f"arn:aws:iam::{account_id}:role/OrganizationAccountAccessRole", RoleSessionName="member-admin"
    )["Credentials"]
    return session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])


def lookup_all(c, **kwargs):
    events = []
    for page in c.get_paginator("lookup_events").paginate(**kwargs):
        events.extend(page["Events"])
    return events


def by_name(c, name):
    return lookup_all(c, LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": name}])


def phase_writes():
    member = INFO["member_account"]
    member_parent = INFO["member_parent"]

    # --- The read-only demo identities may not write -----------------------
    demo = session(INFO["access_key_id"], INFO["secret_access_key"])
    expect_error(
        client(demo, "organizations").create_organizational_unit, "AccessDeniedException", ParentId=ROOT, Name="x"
    )
    creds = None
    demo_sts = client(demo, "sts")
    for arn in INFO["chain"]:
        s = demo if creds is None else session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
        creds = client(s, "sts").assume_role(
            RoleArn=arn, RoleSessionName="reader", ExternalId=INFO["external_id"]
        )["Credentials"]
    reader = session(creds["AccessKeyId"], creds["SecretAccessKey"], creds["SessionToken"])
    reader_org = client(reader, "organizations")
    expect_error(reader_org.create_organizational_unit, "AccessDeniedException", ParentId=ROOT, Name="x")
    expect_error(reader_org.tag_resource, "AccessDeniedException", ResourceId=member, Tags=[{"Key": "a", "Value": "b"}])
    expect_error(
        client(reader, "account").put_alternate_contact,
        "AccessDeniedException",
        AccountId=member,
        AlternateContactType="SECURITY",
        EmailAddress="a@example.com",
        Name="n",
        PhoneNumber="+1 555 0100",
        Title="t",
    )
    check(demo_sts.get_caller_identity()["Account"] == MGMT, "demo user is in the management account")

    # --- OUs ---------------------------------------------------------------
    ou = write(org, "create_organizational_unit", ParentId=ROOT, Name="Incremental", Tags=[{"Key": "team", "Value": "sync"}])[
        "OrganizationalUnit"
    ]
    check(ou["Name"] == "Incremental" and ou["Id"].startswith("ou-"), ou)
    check(
        org.describe_organizational_unit(OrganizationalUnitId=ou["Id"])["OrganizationalUnit"]["Name"] == "Incremental",
        "new OU is described",
    )
    check(
        org.list_tags_for_resource(ResourceId=ou["Id"])["Tags"] == [{"Key": "team", "Value": "sync"}],
        "tags given at creation",
    )
    check(
        any(p["Id"] == "p-FullAWSAccess" for p in org.list_policies_for_target(TargetId=ou["Id"], Filter="SERVICE_CONTROL_POLICY")["Policies"]),
        "FullAWSAccess attached to a new OU",
    )
    expect_error(org.create_organizational_unit, "DuplicateOrganizationalUnitException", ParentId=ROOT, Name="Incremental")
    expect_error(org.create_organizational_unit, "ParentNotFoundException", ParentId="ou-zzzz-zzzzzzzz", Name="x")
    nested = [ou["Id"]]
    while True:
        try:
            child = write(org, "create_organizational_unit", ParentId=nested[-1], Name=f"level-{len(nested) + 1}")
        except ClientError as e:
            check(e.response["Error"]["Code"] == "ConstraintViolationException", e)
            check(e.response.get("Reason") == "OU_DEPTH_LIMIT_EXCEEDED", e.response)
            break
        nested.append(child["OrganizationalUnit"]["Id"])
    check(len(nested) == 5, f"five levels of OUs, got {len(nested)}")
    renamed = write(org, "update_organizational_unit", OrganizationalUnitId=ou["Id"], Name="Incremental-v2")
    check(renamed["OrganizationalUnit"]["Name"] == "Incremental-v2", renamed)
    expect_error(org.update_organizational_unit, "OrganizationalUnitNotFoundException", OrganizationalUnitId="ou-zzzz-zzzzzzzz", Name="y")

    # --- MoveAccount -------------------------------------------------------
    write(org, "move_account", AccountId=member, SourceParentId=member_parent, DestinationParentId=ou["Id"])
    parents = org.list_parents(ChildId=member)["Parents"]
    check(parents[0]["Id"] == ou["Id"], parents)
    expect_error(org.move_account, "SourceParentNotFoundException", AccountId=member, SourceParentId=member_parent, DestinationParentId=ROOT)
    expect_error(org.move_account, "DuplicateAccountException", AccountId=member, SourceParentId=ou["Id"], DestinationParentId=ou["Id"])
    expect_error(org.move_account, "DestinationParentNotFoundException", AccountId=member, SourceParentId=ou["Id"], DestinationParentId="ou-zzzz-zzzzzzzz")
    expect_error(org.move_account, "AccountNotFoundException", AccountId="000000000000", SourceParentId=ROOT, DestinationParentId=ou["Id"])
    expect_error(org.delete_organizational_unit, "OrganizationalUnitNotEmptyException", OrganizationalUnitId=ou["Id"])
    write(org, "move_account", AccountId=member, SourceParentId=ou["Id"], DestinationParentId=member_parent)
    for ou_id in reversed(nested):
        write(org, "delete_organizational_unit", OrganizationalUnitId=ou_id)
    expect_error(org.describe_organizational_unit, "OrganizationalUnitNotFoundException", OrganizationalUnitId=ou["Id"])
    expect_error(org.delete_organizational_unit, "OrganizationalUnitNotFoundException", OrganizationalUnitId=ou["Id"])

    # --- CreateAccount (asynchronous on AWS) --------------------------------
    status = write(org, "create_account", Email="new-workload@example.com", AccountName="new-workload")["CreateAccountStatus"]
    check(status["State"] == "IN_PROGRESS" and status["Id"].startswith("car-"), status)
    described = org.describe_create_account_status(CreateAccountRequestId=status["Id"])["CreateAccountStatus"]
    check(described["State"] == "SUCCEEDED" and len(described["AccountId"]) == 12, described)
    new_account = described["AccountId"]
    listed = [s["Id"] for s in org.get_paginator("list_create_account_status").paginate(States=["SUCCEEDED"]).build_full_result()["CreateAccountStatuses"]]
    check(status["Id"] in listed, "new request listed")
    in_root = [a["Id"] for a in org.get_paginator("list_accounts_for_parent").paginate(ParentId=ROOT).build_full_result()["Accounts"]]
    check(new_account in in_root, "the new account is in the root")
    check(org.describe_account(AccountId=new_account)["Account"]["State"] == "ACTIVE", "new account ACTIVE")
    failed = write(org, "create_account", Email="NEW-workload@example.com", AccountName="again")["CreateAccountStatus"]
    failed = org.describe_create_account_status(CreateAccountRequestId=failed["Id"])["CreateAccountStatus"]
    check(failed["State"] == "FAILED" and failed["FailureReason"] == "EMAIL_ALREADY_EXISTS", failed)
    expect_error(org.describe_create_account_status, "CreateAccountStatusNotFoundException", CreateAccountRequestId="car-00000000")
    expect_error(org.create_account, "InvalidInputException", Email="not-an-email", AccountName="x")

    # --- Policies ----------------------------------------------------------
    doc = json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]})
    policy = write(org, "create_policy", Content=doc, Description="no S3", Name="DenyS3", Type="SERVICE_CONTROL_POLICY")["Policy"]
    pid = policy["PolicySummary"]["Id"]
    check(policy["Content"] == doc and policy["PolicySummary"]["Type"] == "SERVICE_CONTROL_POLICY", policy)
    expect_error(org.create_policy, "DuplicatePolicyException", Content=doc, Description="", Name="DenyS3", Type="SERVICE_CONTROL_POLICY")
    expect_error(org.create_policy, "MalformedPolicyDocumentException", Content="{not json", Description="", Name="Bad", Type="SERVICE_CONTROL_POLICY")
    updated = write(org, "update_policy", PolicyId=pid, Name="DenyS3-v2", Description="still no S3")["Policy"]
    check(updated["PolicySummary"]["Name"] == "DenyS3-v2" and updated["Content"] == doc, updated)
    expect_error(org.update_policy, "InvalidInputException", PolicyId="p-FullAWSAccess", Name="mine")
    expect_error(org.update_policy, "PolicyNotFoundException", PolicyId="p-zzzzzzzz", Name="x")
    write(org, "attach_policy", PolicyId=pid, TargetId=new_account)
    expect_error(org.attach_policy, "DuplicatePolicyAttachmentException", PolicyId=pid, TargetId=new_account)
    expect_error(org.attach_policy, "TargetNotFoundException", PolicyId=pid, TargetId="999999999999")
    expect_error(org.delete_policy, "PolicyInUseException", PolicyId=pid)
    write(org, "detach_policy", PolicyId=pid, TargetId=new_account)
    expect_error(org.detach_policy, "PolicyNotAttachedException", PolicyId=pid, TargetId=new_account)
    e = expect_error(org.detach_policy, "ConstraintViolationException", PolicyId="p-FullAWSAccess", TargetId=new_account)
    check(e.response.get("Reason") == "MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED", e.response)
    write(org, "delete_policy", PolicyId=pid)
    expect_error(org.describe_policy, "PolicyNotFoundException", PolicyId=pid)

    # A type that is not enabled on the root.
    rollout = write(
        org, "create_policy", Content="{}", Description="", Name="Rollout", Type="UPGRADE_ROLLOUT_POLICY"
    )["Policy"]["PolicySummary"]["Id"]
    expect_error(org.attach_policy, "PolicyTypeNotEnabledException", PolicyId=rollout, TargetId=ROOT)
    expect_error(org.disable_policy_type, "PolicyTypeNotEnabledException", RootId=ROOT, PolicyType="UPGRADE_ROLLOUT_POLICY")
    root = write(org, "enable_policy_type", RootId=ROOT, PolicyType="UPGRADE_ROLLOUT_POLICY")["Root"]
    check({"Type": "UPGRADE_ROLLOUT_POLICY", "Status": "ENABLED"} in root["PolicyTypes"], root)
    expect_error(org.enable_policy_type, "PolicyTypeAlreadyEnabledException", RootId=ROOT, PolicyType="UPGRADE_ROLLOUT_POLICY")
    expect_error(org.enable_policy_type, "RootNotFoundException", RootId="r-zzzz", PolicyType="TAG_POLICY")
    write(org, "attach_policy", PolicyId=rollout, TargetId=ROOT)
    check(len(org.list_targets_for_policy(PolicyId=rollout)["Targets"]) == 1, "attached to the root")
    root = write(org, "disable_policy_type", RootId=ROOT, PolicyType="UPGRADE_ROLLOUT_POLICY")["Root"]
    check(all(t["Type"] != "UPGRADE_ROLLOUT_POLICY" for t in root["PolicyTypes"]), root)
    check(org.list_targets_for_policy(PolicyId=rollout)["Targets"] == [], "disabling detaches the type's policies")
    # Disabling SCPs detaches them all; enabling them attaches FullAWSAccess everywhere.
    write(org, "disable_policy_type", RootId=ROOT, PolicyType="SERVICE_CONTROL_POLICY")
    check(org.list_targets_for_policy(PolicyId="p-FullAWSAccess")["Targets"] == [], "SCPs detached")
    write(org, "enable_policy_type", RootId=ROOT, PolicyType="SERVICE_CONTROL_POLICY")
    targets = org.get_paginator("list_targets_for_policy").paginate(PolicyId="p-FullAWSAccess").build_full_result()["Targets"]
    check({ROOT, new_account, member} <= {t["TargetId"] for t in targets}, "FullAWSAccess attached again everywhere")

    # --- Tags --------------------------------------------------------------
    write(org, "tag_resource", ResourceId=new_account, Tags=[{"Key": "CostCenter", "Value": "42"}, {"Key": "Env", "Value": "dev"}])
    write(org, "tag_resource", ResourceId=new_account, Tags=[{"Key": "CostCenter", "Value": "43"}])
    tags = org.list_tags_for_resource(ResourceId=new_account)["Tags"]
    check(tags == [{"Key": "CostCenter", "Value": "43"}, {"Key": "Env", "Value": "dev"}], tags)
    write(org, "untag_resource", ResourceId=new_account, TagKeys=["Env"])
    check(org.list_tags_for_resource(ResourceId=new_account)["Tags"] == [{"Key": "CostCenter", "Value": "43"}], "untagged")
    expect_error(org.tag_resource, "TargetNotFoundException", ResourceId="999999999999", Tags=[{"Key": "a", "Value": "b"}])
    many = [{"Key": f"k{i}", "Value": "v"} for i in range(51)]
    e = expect_error(org.tag_resource, "ConstraintViolationException", ResourceId=new_account, Tags=many)
    check(e.response.get("Reason") == "MAX_TAG_LIMIT_EXCEEDED", e.response)

    # --- Delegated administrators and trusted access ----------------------
    service = "securityhub.amazonaws.com"
    write(org, "register_delegated_administrator", AccountId=new_account, ServicePrincipal=service)
    delegated = org.list_delegated_services_for_account(AccountId=new_account)["DelegatedServices"]
    check([d["ServicePrincipal"] for d in delegated] == [service], delegated)
    expect_error(org.register_delegated_administrator, "AccountAlreadyRegisteredException", AccountId=new_account, ServicePrincipal=service)
    expect_error(org.register_delegated_administrator, "ConstraintViolationException", AccountId=MGMT, ServicePrincipal=service)
    expect_error(org.remove_account_from_organization, "ConstraintViolationException", AccountId=new_account)
    write(org, "deregister_delegated_administrator", AccountId=new_account, ServicePrincipal=service)
    expect_error(org.deregister_delegated_administrator, "AccountNotRegisteredException", AccountId=new_account, ServicePrincipal=service)
    write(org, "enable_aws_service_access", ServicePrincipal="account.amazonaws.com")
    write(org, "enable_aws_service_access", ServicePrincipal="config.amazonaws.com")
    enabled = [s["ServicePrincipal"] for s in org.list_aws_service_access_for_organization()["EnabledServicePrincipals"]]
    check("config.amazonaws.com" in enabled, enabled)
    write(org, "disable_aws_service_access", ServicePrincipal="config.amazonaws.com")
    enabled = [s["ServicePrincipal"] for s in org.list_aws_service_access_for_organization()["EnabledServicePrincipals"]]
    check("config.amazonaws.com" not in enabled, enabled)

    # --- Alternate contacts: from the management account and by a member ---
    contact = dict(AlternateContactType="SECURITY", EmailAddress="sec@example.com", Name="Sec Team", PhoneNumber="+1 555 0100", Title="CISO")
    write(acct, "put_alternate_contact", AccountId=member, **contact)
    got = acct.get_alternate_contact(AccountId=member, AlternateContactType="SECURITY")["AlternateContact"]
    check(got["EmailAddress"] == "sec@example.com" and got["Name"] == "Sec Team", got)
    expect_error(acct.put_alternate_contact, "ValidationException", AccountId=member, **{**contact, "EmailAddress": "nope"})
    expect_error(acct.put_alternate_contact, "ValidationException", AccountId=member, **{**contact, "AlternateContactType": "LEGAL"})
    write(acct, "delete_alternate_contact", AccountId=member, AlternateContactType="SECURITY")
    expect_error(acct.delete_alternate_contact, "ResourceNotFoundException", AccountId=member, AlternateContactType="SECURITY")
    expect_error(acct.get_alternate_contact, "ResourceNotFoundException", AccountId=member, AlternateContactType="SECURITY")
    # The member writes about itself (no AccountId), in its own history.
    member_sess = member_session(member)
    member_acct = client(member_sess, "account")
    member_acct.put_alternate_contact(AlternateContactType="BILLING", EmailAddress="bill@example.com", Name="Billing", PhoneNumber="555-0101", Title="AP")
    got = acct.get_alternate_contact(AccountId=member, AlternateContactType="BILLING")["AlternateContact"]
    check(got["EmailAddress"] == "bill@example.com", got)
    expect_error(client(member_sess, "organizations").create_organizational_unit, "AccessDeniedException", ParentId=ROOT, Name="m")
    # Without trusted access the management account may not name a member.
    write(org, "disable_aws_service_access", ServicePrincipal="account.amazonaws.com")
    expect_error(acct.put_alternate_contact, "AccessDeniedException", AccountId=member, **contact)
    write(org, "enable_aws_service_access", ServicePrincipal="account.amazonaws.com")

    # --- Closing and removing accounts ------------------------------------
    write(org, "close_account", AccountId=new_account)
    check(org.describe_account(AccountId=new_account)["Account"]["State"] == "CLOSED", "closed")
    expect_error(org.close_account, "AccountAlreadyClosedException", AccountId=new_account)
    e = expect_error(org.close_account, "ConstraintViolationException", AccountId=MGMT)
    check(e.response.get("Reason") == "CANNOT_CLOSE_MANAGEMENT_ACCOUNT", e.response)
    write(org, "remove_account_from_organization", AccountId=INFO["removable_account"])
    expect_error(org.describe_account, "AccountNotFoundException", AccountId=INFO["removable_account"])
    expect_error(org.remove_account_from_organization, "MasterCannotLeaveOrganizationException", AccountId=MGMT)
    expect_error(org.remove_account_from_organization, "AccountNotFoundException", AccountId=INFO["removable_account"])

    # --- CloudTrail: every successful write, and only those ---------------
    history = lookup_all(trail)
    names = collections.Counter(e["EventName"] for e in history)
    expected = done + collections.Counter({"CreateAccountResult": done["CreateAccount"]})
    check(names == expected, f"management history {dict(names)} != successful writes {dict(expected)}")
    service_events = [e for e in history if e["EventName"] == "CreateAccountResult"]
    calls = [e for e in history if e["EventName"] != "CreateAccountResult"]
    for event in service_events:
        record = json.loads(event["CloudTrailEvent"])
        check(record["eventType"] == "AwsServiceEvent" and record["userIdentity"] == {"accountId": MGMT, "invokedBy": "AWS Internal"}, record)
        check("Username" not in event and "AccessKeyId" not in event, event)
    results = [json.loads(e["CloudTrailEvent"])["serviceEventDetails"]["createAccountStatus"] for e in service_events]
    check(sorted(r["state"] for r in results) == ["FAILED", "SUCCEEDED"], results)
    succeeded = next(r for r in results if r["state"] == "SUCCEEDED")
    check(succeeded["accountId"] == new_account and succeeded["id"] == status["Id"], succeeded)
    check(next(r for r in results if r["state"] == "FAILED")["failureReason"] == "EMAIL_ALREADY_EXISTS", results)
    about_new = [e["EventName"] for e in lookup_all(trail, LookupAttributes=[{"AttributeKey": "ResourceName", "AttributeValue": new_account}])]
    check("CreateAccountResult" in about_new and "CreateAccount" in about_new, about_new)
    check(len(done) == 22, f"22 write operations, got {sorted(done)}")
    times = [e["EventTime"] for e in history]
    check(times == sorted(times, reverse=True), "newest first")
    for event in calls:
        record = json.loads(event["CloudTrailEvent"])
        check(record["eventID"] == event["EventId"] and record["eventName"] == event["EventName"], record)
        check(record["userIdentity"]["type"] == "IAMUser", record["userIdentity"])
        check(record["userIdentity"]["arn"] == INFO["admin_arn"], record["userIdentity"])
        check(record["userIdentity"]["accountId"] == MGMT and record["recipientAccountId"] == MGMT, record)
        check(record["userIdentity"]["principalId"].startswith("AIDA"), record["userIdentity"])
        check(record["readOnly"] is False and record["eventType"] == "AwsApiCall", record)
        check(record["awsRegion"] == REGION and record["managementEvent"] is True, record)
        check(event["Username"] == "orgsync-admin" and event["AccessKeyId"] == INFO["admin_access_key_id"], event)
        check(event["ReadOnly"] == "false", event)
    created = by_name(trail, "CreateOrganizationalUnit")
    oldest = json.loads(created[-1]["CloudTrailEvent"])
    check(oldest["requestParameters"]["parentId"] == ROOT and oldest["requestParameters"]["name"] == "Incremental", oldest)
    check(oldest["requestParameters"]["tags"] == [{"key": "team", "value": "sync"}], oldest)
    check(oldest["responseElements"]["organizationalUnit"]["id"] == ou["Id"], oldest)
    check({"ResourceType": "AWS::Organizations::OrganizationalUnit", "ResourceName": ou["Id"]} in created[-1]["Resources"], created[-1])
    moved = by_name(trail, "MoveAccount")
    check(len(moved) == 2, f"two successful moves, not the failed ones: {len(moved)}")
    deleted = json.loads(by_name(trail, "DeleteOrganizationalUnit")[0]["CloudTrailEvent"])
    check(deleted["responseElements"] is None, deleted)
    ca = json.loads(by_name(trail, "CreateAccount")[-1]["CloudTrailEvent"])
    check(ca["responseElements"]["createAccountStatus"]["state"] == "IN_PROGRESS", ca)
    check(ca["requestParameters"] == {"email": "****", "accountName": "****"}, ca["requestParameters"])
    check(ca["responseElements"]["createAccountStatus"]["accountName"] == "****", ca)

    # The member's own write is in the member's history only.
    mgmt_puts = by_name(trail, "PutAlternateContact")
    check(len(mgmt_puts) == 1, f"one PutAlternateContact by the management account: {len(mgmt_puts)}")
    put = json.loads(mgmt_puts[0]["CloudTrailEvent"])
    check(put["eventSource"] == "account.amazonaws.com" and put["requestParameters"]["accountId"] == member, put)
    check(put["requestParameters"]["alternateContactType"] == "SECURITY", put)
    hidden = "HIDDEN_DUE_TO_SECURITY_REASONS"
    check(all(put["requestParameters"][k] == hidden for k in ["emailAddress", "name", "phoneNumber", "title"]), put)
    check("sec@example.com" not in mgmt_puts[0]["CloudTrailEvent"], "no personal data in the event")
    member_trail = client(member_sess, "cloudtrail")
    mine = lookup_all(member_trail)
    check([e["EventName"] for e in mine] == ["PutAlternateContact"], [e["EventName"] for e in mine])
    record = json.loads(mine[0]["CloudTrailEvent"])
    check(record["userIdentity"]["type"] == "AssumedRole" and record["userIdentity"]["accountId"] == member, record)
    issuer = record["userIdentity"]["sessionContext"]["sessionIssuer"]
    check(issuer["userName"] == "OrganizationAccountAccessRole" and issuer["principalId"].startswith("AROA"), issuer)
    check(record["recipientAccountId"] == member and mine[0]["Username"] == "member-admin", record)
    check("accountId" not in record["requestParameters"], record["requestParameters"])
    check(mine[0]["Resources"] == [{"ResourceType": "AWS::Organizations::Account", "ResourceName": member}], mine[0])

    # --- Paging ------------------------------------------------------------
    pages = list(trail.get_paginator("lookup_events").paginate(PaginationConfig={"PageSize": 7}))
    check(len(pages) == (len(history) + 6) // 7, f"{len(pages)} pages of 7 for {len(history)} events")
    check([e["EventId"] for p in pages for e in p["Events"]] == [e["EventId"] for e in history], "pages concatenate")
    first = trail.lookup_events(MaxResults=3)
    check(len(first["Events"]) == 3 and "NextToken" in first, first.keys())
    expect_error(
        trail.lookup_events,
        "InvalidNextTokenException",
        NextToken=first["NextToken"],
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "MoveAccount"}],
    )
    expect_error(trail.lookup_events, "InvalidNextTokenException", NextToken="forged")
    expect_error(trail.lookup_events, "InvalidMaxResultsException", MaxResults=51)
    check(len(trail.lookup_events()["Events"]) == min(50, len(history)), "default page of 50")

    # --- Filters -----------------------------------------------------------
    def attr(key, value):
        return lookup_all(trail, LookupAttributes=[{"AttributeKey": key, "AttributeValue": value}])

    account_events = attr("EventSource", "account.amazonaws.com")
    check(sorted({e["EventName"] for e in account_events}) == ["DeleteAlternateContact", "PutAlternateContact"], account_events)
    check(len(attr("EventSource", "organizations.amazonaws.com")) + len(account_events) == len(history), "sources partition")
    about_ou = attr("ResourceName", ou["Id"])
    check(
        collections.Counter(e["EventName"] for e in about_ou)
        == collections.Counter({"CreateOrganizationalUnit": 2, "UpdateOrganizationalUnit": 1, "MoveAccount": 2, "DeleteOrganizationalUnit": 1}),
        [e["EventName"] for e in about_ou],
    )
    policy_events = attr("ResourceType", "AWS::Organizations::Policy")
    check({e["EventName"] for e in policy_events} == {"CreatePolicy", "UpdatePolicy", "DeletePolicy", "AttachPolicy", "DetachPolicy"}, policy_events)
    check(len(attr("Username", "orgsync-admin")) == len(calls), "Username")
    check(attr("Username", "nobody") == [], "unknown Username")
    check(len(attr("AccessKeyId", INFO["admin_access_key_id"])) == len(calls), "AccessKeyId")
    check(attr("ReadOnly", "true") == [] and len(attr("ReadOnly", "false")) == len(history), "ReadOnly")
    one = attr("EventId", history[5]["EventId"])
    check(len(one) == 1 and one[0] == history[5], one)
    expect_error(
        trail.lookup_events,
        "InvalidLookupAttributesException",
        LookupAttributes=[{"AttributeKey": "EventName", "AttributeValue": "A"}, {"AttributeKey": "Username", "AttributeValue": "B"}],
    )
    expect_error(trail.lookup_events, "InvalidLookupAttributesException", LookupAttributes=[{"AttributeKey": "Bogus", "AttributeValue": "A"}])
    now = time.time()
    expect_error(trail.lookup_events, "InvalidTimeRangeException", StartTime=now, EndTime=now - 60)
    check(lookup_all(trail, StartTime=now + 3600) == [], "nothing in the future")
    window = lookup_all(trail, StartTime=history[-1]["EventTime"], EndTime=history[-1]["EventTime"])
    check(history[-1]["EventId"] in [e["EventId"] for e in window], "inclusive time window")
    expect_error(trail.lookup_events, "InvalidEventCategoryException", EventCategory="management")
    check(trail.lookup_events(EventCategory="insight")["Events"] == [], "no insight events")

    # The read-only role reads the management account's history.
    check(len(lookup_all(client(reader, "cloudtrail"))) == len(history), "the reader role sees the history")


def phase_delay():
    delay = INFO["delay_s"]
    ou = org.create_organizational_unit(ParentId=ROOT, Name="Delayed")["OrganizationalUnit"]["Id"]
    query = [{"AttributeKey": "ResourceName", "AttributeValue": ou}]
    check(trail.lookup_events(LookupAttributes=query)["Events"] == [], "hidden before the delivery delay")
    time.sleep(delay + 0.5)
    events = trail.lookup_events(LookupAttributes=query)["Events"]
    check([e["EventName"] for e in events] == ["CreateOrganizationalUnit"], events)


def phase_quota():
    # The test's bucket: burst 2, then one token every 5 s.
    codes = []
    started = time.time()
    for _ in range(4):
        try:
            trail.lookup_events(MaxResults=1)
            codes.append("ok")
        except ClientError as e:
            codes.append(e.response["Error"]["Code"])
    elapsed = time.time() - started
    if elapsed < 4:
        check(codes[:2] == ["ok", "ok"] and "ThrottlingException" in codes[2:], f"{codes} in {elapsed:.3f}s")


{"writes": phase_writes, "delay": phase_delay, "quota": phase_quota}[PHASE]()
print(f"boto3 {PHASE}: {common.checks} checks passed")
