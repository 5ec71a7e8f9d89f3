"""moto peer for orgsync's extraction cross-check (tests/core/extract_moto.rs).

  python3 moto_org.py setup ENDPOINT            builds an organization in moto, prints facts as JSON
  python3 moto_org.py extract ENDPOINT RUN_ID TYPES   straightforward boto3 extraction, prints rows as JSON
  python3 moto_org.py create-accounts ENDPOINT N RUN_ID   creates the organization if needed and N more
      accounts, prints the account-creation requests (one page of ListCreateAccountStatus with a
      MaxResults larger than them all, checked against DescribeCreateAccountStatus of each request)

The extraction also computes aws_organizations_policy_applicability its own
way (list_parents up to the root, list_policies_for_target at each node).

Rows are printed per table in the column order of the table contract, with
canonical cells: timestamps as integer microseconds since the epoch, JSON
columns parsed, booleans as booleans, absent values as null.
"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

CREDS = dict(region_name="us-east-1", aws_access_key_id="AKIAMOTOTESTKEY00001",
             aws_secret_access_key="moto-test-secret")

AWKWARD = [
    "Ünïcødé ☃ 日本語", "a,b,c", 'say "hi" \'there\'', "line1\nline2\r\nline3",
    "=SUM(A1:A2)", "+1 555", "-minus", "@handle", "", "  padded  ", "tab\there",
]


def clients(endpoint):
    org = boto3.client("organizations", endpoint_url=endpoint, **CREDS)
    acct = boto3.client("account", endpoint_url=endpoint, **CREDS)
    return org, acct


def setup(endpoint):
    o, acct = clients(endpoint)
    org = o.create_organization(FeatureSet="ALL")["Organization"]
    root = o.list_roots()["Roots"][0]["Id"]
    for t in ["TAG_POLICY", "AISERVICES_OPT_OUT_POLICY", "RESOURCE_CONTROL_POLICY"]:
        o.enable_policy_type(RootId=root, PolicyType=t)

    def ou(parent, name, tags=None):
        kw = {"Tags": tags} if tags else {}
        return o.create_organizational_unit(ParentId=parent, Name=name, **kw)["OrganizationalUnit"]["Id"]

    security = ou(root, "Security", [{"Key": "owner", "Value": AWKWARD[0]}])
    workloads = ou(root, "Workloads")
    sandbox = ou(root, 'Sandbox, "experimental"', [{"Key": "formula", "Value": AWKWARD[4]}])
    prod = ou(workloads, "Prod")
    dev = ou(workloads, "Dev")
    team = ou(prod, "Team Ä", [{"Key": "multi", "Value": AWKWARD[3]}])
    service = ou(team, "Service X")
    deep = ou(service, "Deep/5")
    deeper = ou(deep, "Deeper 6", [{"Key": "k", "Value": AWKWARD[6]}])
    ous = [security, workloads, sandbox, prod, dev, team, service, deep, deeper]

    accounts = []
    for i in range(58):
        name = f"acct-{i:02d}" if i % 7 else f"Konto Nr. {i} – ünïcode"
        status = o.create_account(Email=f"acct{i}@example.com", AccountName=name)["CreateAccountStatus"]
        accounts.append(status["AccountId"])
    # 25 accounts in Prod (pages of 20), the rest spread over every level.
    placements = [prod] * 25 + [ous[i % len(ous)] for i in range(30)] + [root] * 3
    for acc, parent in zip(accounts, placements):
        if parent != root:
            o.move_account(AccountId=acc, SourceParentId=root, DestinationParentId=parent)
    moved = accounts[30]
    o.move_account(AccountId=moved, SourceParentId=placements[30], DestinationParentId=deeper)
    removed = accounts[31]
    o.remove_account_from_organization(AccountId=removed)
    closed = accounts[32]
    o.close_account(AccountId=closed)

    # Tags with awkward values on accounts, OUs, the root and policies.
    for i, acc in enumerate(accounts[:20]):
        if acc == removed:
            continue
        o.tag_resource(ResourceId=acc, Tags=[
            {"Key": "value-kind", "Value": AWKWARD[i % len(AWKWARD)]},
            {"Key": f"k{i},\"q\"", "Value": AWKWARD[(i + 3) % len(AWKWARD)]},
        ])
    o.tag_resource(ResourceId=root, Tags=[{"Key": "root-tag", "Value": AWKWARD[7]},
                                          {"Key": "plus", "Value": AWKWARD[5]}])
    o.tag_resource(ResourceId=dev, Tags=[{"Key": "unicode-ключ", "Value": AWKWARD[2]}])

    def policy(ptype, name, content, tags=None, desc="orgsync test"):
        kw = {"Tags": tags} if tags else {}
        return o.create_policy(Content=json.dumps(content, indent=1), Description=desc, Name=name,
                               Type=ptype, **kw)["Policy"]["PolicySummary"]["Id"]

    scp = {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}
    scps = [policy("SERVICE_CONTROL_POLICY", f"scp-{i:02d}", dict(scp, Sid=f"s{i}") if i else scp,
                   [{"Key": "p", "Value": AWKWARD[i % len(AWKWARD)]}] if i < 4 else None)
            for i in range(22)]
    tagp = {"tags": {"costcenter": {"tag_key": {"@@assign": "CostCenter"}}}}
    tag_policies = [policy("TAG_POLICY", f"tag-{i}", tagp) for i in range(2)]
    ai = policy("AISERVICES_OPT_OUT_POLICY", "ai-opt-out",
                {"services": {"default": {"opt_out_policy": {"@@assign": "optOut"}}}},
                [{"Key": "ai", "Value": AWKWARD[8]}])
    rcp = {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*",
                                                   "Resource": "*"}]}
    rcps = [policy("RESOURCE_CONTROL_POLICY", f"rcp-{i}", rcp, desc="") for i in range(2)]

    def attach(pid, target):
        o.attach_policy(PolicyId=pid, TargetId=target)

    attach(scps[0], root)
    for i, target in enumerate(ous):
        attach(scps[1 + i], target)
    for i in range(5):
        attach(scps[10 + i], accounts[i])
    attach(tag_policies[0], prod)
    attach(tag_policies[1], accounts[40])
    attach(ai, root)
    attach(rcps[0], deeper)
    attach(rcps[1], accounts[41])
    attach(scps[20], accounts[42])  # attached to an account that is then closed? no: a normal one

    # Alternate contacts: some accounts, and the management account (no AccountId).
    for i, acc in enumerate(accounts[:12]):
        if acc in (removed, closed):
            continue
        for ctype in ["BILLING", "OPERATIONS", "SECURITY"][: 1 + i % 3]:
            acct.put_alternate_contact(AccountId=acc, AlternateContactType=ctype, Name=f"Name {i} ☃",
                                       Title=AWKWARD[i % len(AWKWARD)] or "t", EmailAddress=f"c{i}@example.com",
                                       PhoneNumber="+1-555-0100")
    acct.put_alternate_contact(AlternateContactType="SECURITY", Name="Mgmt Security", Title="CISO",
                               EmailAddress="security@example.com", PhoneNumber="+1-555-0199")

    for principal in ["config.amazonaws.com", "sso.amazonaws.com", "guardduty.amazonaws.com"]:
        o.enable_aws_service_access(ServicePrincipal=principal)
    o.register_delegated_administrator(AccountId=accounts[43], ServicePrincipal="config-multiaccountsetup.amazonaws.com")
    o.register_delegated_administrator(AccountId=accounts[43], ServicePrincipal="guardduty.amazonaws.com")
    o.register_delegated_administrator(AccountId=accounts[44], ServicePrincipal="access-analyzer.amazonaws.com")

    print(json.dumps({"org_id": org["Id"], "root_id": root, "management_account_id": org["MasterAccountId"],
                      "accounts": len(accounts) - 1 + 1,  # minus the removed one, plus the management account
                       "removed": removed, "closed": closed, "moved": moved,
                      "deepest_ou": deeper}))


def micros(dt):
    if dt is None:
        return None
    return int(dt.timestamp()) * 1_000_000 + dt.microsecond


def paginate(call, key, **kw):
    token = None
    while True:
        args = dict(kw)
        if token:
            args["NextToken"] = token
        page = call(**args)
        yield from page.get(key, [])
        token = page.get("NextToken")
        if not token:
            return


def extract(endpoint, run_id, policy_types):
    o, acct = clients(endpoint)
    t = {name: [] for name in [
        "aws_organizations_organization", "aws_organizations_root", "aws_organizations_organizational_unit",
        "aws_organizations_account", "aws_organizations_tag", "aws_organizations_alternate_contact",
        "aws_organizations_policy", "aws_organizations_policy_target", "aws_organizations_enabled_service",
        "aws_organizations_delegated_administrator", "aws_organizations_delegated_service"]}
    errors = []
    org = o.describe_organization()["Organization"]
    oid, mgmt = org["Id"], org.get("MasterAccountId")
    t["aws_organizations_organization"].append([oid, org["Arn"], org.get("FeatureSet"), mgmt,
                                                org.get("MasterAccountArn"), org.get("MasterAccountEmail"), run_id])

    def tags(resource_id, kind):
        for tag in paginate(o.list_tags_for_resource, "Tags", ResourceId=resource_id):
            t["aws_organizations_tag"].append([oid, resource_id, kind, tag["Key"], tag["Value"], run_id])

    def walk(parent, depth, path, name_path):
        for ou in paginate(o.list_organizational_units_for_parent, "OrganizationalUnits", ParentId=parent,
                           MaxResults=20):
            p = f"{path}{ou['Id']}/"
            n = f"{name_path}/{ou.get('Name', '')}"
            t["aws_organizations_organizational_unit"].append([oid, ou["Id"], ou["Arn"], ou.get("Name"), parent,
                                                               depth + 1, p, n, ou.get("Path"), run_id])
            tags(ou["Id"], "ORGANIZATIONAL_UNIT")
            walk(ou["Id"], depth + 1, p, n)
        for a in paginate(o.list_accounts_for_parent, "Accounts", ParentId=parent, MaxResults=20):
            t["aws_organizations_account"].append([
                oid, a["Id"], a["Arn"], a.get("Name"), a.get("Email"), a.get("State"), a.get("Status"),
                a.get("JoinedMethod"), micros(a.get("JoinedTimestamp")), parent, depth + 1,
                f"{path}{a['Id']}/", a["Id"] == mgmt, a.get("Paths"), run_id])
            tags(a["Id"], "ACCOUNT")
            if (a.get("State") or a.get("Status")) == "ACTIVE":
                for ctype in ["BILLING", "OPERATIONS", "SECURITY"]:
                    kw = {} if a["Id"] == mgmt else {"AccountId": a["Id"]}
                    try:
                        c = acct.get_alternate_contact(AlternateContactType=ctype, **kw)["AlternateContact"]
                    except ClientError as e:
                        if e.response["Error"]["Code"] == "ResourceNotFoundException":
                            continue
                        raise
                    t["aws_organizations_alternate_contact"].append([
                        oid, a["Id"], ctype, c.get("Name"), c.get("Title"), c.get("EmailAddress"),
                        c.get("PhoneNumber"), run_id])

    for r in paginate(o.list_roots, "Roots", MaxResults=20):
        types = [{"type": p.get("Type"), "status": p.get("Status")} for p in r.get("PolicyTypes", [])]
        t["aws_organizations_root"].append([oid, r["Id"], r["Arn"], r.get("Name"), types, run_id])
        tags(r["Id"], "ROOT")
        walk(r["Id"], 0, f"{oid}/{r['Id']}/", r.get("Name", ""))

    offered = []
    for ptype in policy_types:
        try:
            summaries = list(paginate(o.list_policies, "Policies", Filter=ptype, MaxResults=20))
        except ClientError as e:
            if e.response["Error"]["Code"] == "InvalidInputException":
                continue  # a type this endpoint does not offer (moto lacks most)
            errors.append(["aws_organizations_policy", ptype, "ListPolicies", e.response["Error"]["Code"],
                           e.response["Error"].get("Message")])
            continue
        offered.append(ptype)
        for s in summaries:
            p = o.describe_policy(PolicyId=s["Id"])["Policy"]
            ps = p["PolicySummary"]
            t["aws_organizations_policy"].append([oid, ps["Id"], ps["Arn"], ps.get("Name"), ps.get("Description"),
                                                  ps.get("Type", ptype), ps.get("AwsManaged", False),
                                                  p.get("Content"), run_id])
            for target in paginate(o.list_targets_for_policy, "Targets", PolicyId=s["Id"], MaxResults=20):
                t["aws_organizations_policy_target"].append([oid, s["Id"], target["TargetId"], target.get("Type"),
                                                             target.get("Name"), run_id])
            tags(s["Id"], "POLICY")

    for s in paginate(o.list_aws_service_access_for_organization, "EnabledServicePrincipals", MaxResults=20):
        t["aws_organizations_enabled_service"].append([oid, s["ServicePrincipal"], micros(s.get("DateEnabled")),
                                                       run_id])
    for d in paginate(o.list_delegated_administrators, "DelegatedAdministrators", MaxResults=20):
        t["aws_organizations_delegated_administrator"].append([
            oid, d["Id"], d.get("Arn"), d.get("Name"), d.get("Email"), d.get("State"), d.get("JoinedMethod"),
            micros(d.get("JoinedTimestamp")), micros(d.get("DelegationEnabledDate")), run_id])
        for s in paginate(o.list_delegated_services_for_account, "DelegatedServices", AccountId=d["Id"],
                          MaxResults=20):
            t["aws_organizations_delegated_service"].append([oid, d["Id"], s["ServicePrincipal"],
                                                             micros(s.get("DelegationEnabledDate")), run_id])
    t["aws_organizations_policy_applicability"] = applicability(o, oid, run_id, offered)
    print(json.dumps({"tables": t, "errors": errors}))


def applicability(o, oid, run_id, offered):
    """Which policies apply to each account, computed without orgsync's
    tables: each account's path found by walking list_parents up to the
    root, list_policies_for_target at every node of the path (per offered
    type), the nearest attachment winning."""
    names, rows = {}, []

    def name_of(node_id, kind):
        if node_id not in names:
            if kind == "ROOT":
                names[node_id] = next(r.get("Name") for r in paginate(o.list_roots, "Roots") if r["Id"] == node_id)
            elif kind == "ORGANIZATIONAL_UNIT":
                names[node_id] = o.describe_organizational_unit(
                    OrganizationalUnitId=node_id)["OrganizationalUnit"].get("Name")
            else:
                names[node_id] = o.describe_account(AccountId=node_id)["Account"].get("Name")
        return names[node_id]

    for a in paginate(o.list_accounts, "Accounts"):
        path = [(a["Id"], "ACCOUNT")]
        while path[-1][1] != "ROOT":
            parent = o.list_parents(ChildId=path[-1][0])["Parents"][0]
            path.append((parent["Id"], parent["Type"]))
        path.reverse()
        nearest = {}
        for depth, (node, kind) in enumerate(path):
            for ptype in offered:
                for p in paginate(o.list_policies_for_target, "Policies", TargetId=node, Filter=ptype):
                    seen = nearest.get(p["Id"], (None, 0))
                    nearest[p["Id"]] = ((depth, node, kind, p), seen[1] + 1)
        for pid, ((depth, node, kind, p), count) in nearest.items():
            rows.append([oid, a["Id"], p.get("Type"), pid, p.get("Name"),
                         "direct" if kind == "ACCOUNT" else "inherited", node, kind, name_of(node, kind),
                         depth, count, None, run_id])
    return rows


def create_accounts(endpoint, n, run_id):
    o, _ = clients(endpoint)
    try:
        org = o.describe_organization()["Organization"]
    except ClientError:
        org = o.create_organization(FeatureSet="ALL")["Organization"]
    existing = len(o.list_accounts(MaxResults=1000)["Accounts"])
    requests = []
    for i in range(n):
        name = f"created-{existing + i:03d}"
        status = o.create_account(AccountName=name, Email=f"aws+{name}@example.com")["CreateAccountStatus"]
        requests.append(status["Id"])
    # moto neither caps MaxResults nor pages correctly past 40 items: one page holds them all.
    page = o.list_create_account_status(MaxResults=1000)
    assert not page.get("NextToken")
    statuses = page["CreateAccountStatuses"]
    by_id = {s["Id"]: s for s in statuses}
    for request in requests:
        described = o.describe_create_account_status(CreateAccountRequestId=request)["CreateAccountStatus"]
        assert by_id[request] == described, (by_id[request], described)
    rows = [[org["Id"], s["Id"], s.get("AccountName"), s.get("State"), micros(s.get("RequestedTimestamp")),
             micros(s.get("CompletedTimestamp")), s.get("AccountId"), s.get("GovCloudAccountId"),
             s.get("FailureReason"), run_id] for s in statuses]
    print(json.dumps({"rows": rows}))


if __name__ == "__main__":
    if sys.argv[1] == "setup":
        setup(sys.argv[2])
    elif sys.argv[1] == "create-accounts":
        create_accounts(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    else:
        extract(sys.argv[2], sys.argv[3], sys.argv[4].split(","))
