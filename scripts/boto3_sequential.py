#!/usr/bin/env python3
"""Sequential boto3 extraction of an AWS Organization, written the way a
typical user writes it: paginators, one call after another, the standard
retry mode. It reads the same tables as orgsync (organization, roots, OUs,
accounts, tags, alternate contacts, policies with their content and
targets, enabled services, delegated administrators and their services) and
writes them to SQLite. Used by the orgsync benchmark (crates/orgsync-bench)
as the baseline.

Usage:
    boto3_sequential.py --config CONFIG.json --out OUT.db --policy-types T1,T2,...
                        [--sample-accounts K]

CONFIG.json holds access_key_id, secret_access_key,
master_assume_role_arn_chain, assume_external_id, region and endpoint_url
(the keys of orgsync's configuration; other keys are ignored).
--policy-types lists the policy types to read (the benchmark passes the
ones orgsync reads, so both read the same policies).
--sample-accounts K reads tags and alternate contacts of the first K
accounts only (everything else in full), so a long run can be extrapolated;
the summary says how many accounts were sampled and how long the per-account
part took.

Prints one JSON line: total_seconds, fanout_seconds, fanout_accounts,
accounts, rows (per table).
"""

import argparse
import json
import sqlite3
import sys
import time

import boto3
from botocore.config import Config

CONTACT_TYPES = ["BILLING", "OPERATIONS", "SECURITY"]
RETRIES = Config(retries={"mode": "standard"})


def assume_chain(cfg):
    """Static keys, then each role of the chain with the external ID."""
    session = boto3.Session(
        aws_access_key_id=cfg["access_key_id"],
        aws_secret_access_key=cfg["secret_access_key"],
        region_name=cfg["region"],
    )
    chain = cfg.get("master_assume_role_arn_chain") or []
    if isinstance(chain, str):
        chain = chain.replace(",", " ").split()
    for arn in chain:
        sts = session.client("sts", endpoint_url=cfg.get("endpoint_url"), config=RETRIES)
        params = {"RoleArn": arn, "RoleSessionName": "boto3-sequential"}
        if cfg.get("assume_external_id"):
            params["ExternalId"] = cfg["assume_external_id"]
        creds = sts.assume_role(**params)["Credentials"]
        session = boto3.Session(
            aws_access_key_id=creds["AccessKeyId"],
            aws_secret_access_key=creds["SecretAccessKey"],
            aws_session_token=creds["SessionToken"],
            region_name=cfg["region"],
        )
    return session


def iso(value):
    return value.isoformat() if value is not None else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--policy-types", required=True, type=lambda text: text.split(","))
    parser.add_argument("--sample-accounts", type=int, default=None)
    args = parser.parse_args()
    with open(args.config, encoding="utf-8") as f:
        cfg = json.load(f)

    started = time.monotonic()
    session = assume_chain(cfg)
    org = session.client("organizations", endpoint_url=cfg.get("endpoint_url"), config=RETRIES)
    account_api = session.client("account", endpoint_url=cfg.get("endpoint_url"), config=RETRIES)
    rows = {name: [] for name in [
        "organization", "root", "organizational_unit", "account", "tag", "alternate_contact",
        "policy", "policy_target", "enabled_service", "delegated_administrator", "delegated_service",
    ]}

    o = org.describe_organization()["Organization"]
    org_id = o["Id"]
    rows["organization"].append((org_id, o["Arn"], o.get("FeatureSet"), o["MasterAccountId"],
                                 o.get("MasterAccountArn"), o.get("MasterAccountEmail")))

    roots = []
    for page in org.get_paginator("list_roots").paginate():
        for root in page["Roots"]:
            roots.append(root)
            rows["root"].append((org_id, root["Id"], root["Arn"], root["Name"],
                                 json.dumps(root.get("PolicyTypes", []))))

    def tags_of(resource_id, resource_type):
        for page in org.get_paginator("list_tags_for_resource").paginate(ResourceId=resource_id):
            for tag in page["Tags"]:
                rows["tag"].append((org_id, resource_id, resource_type, tag["Key"], tag["Value"]))

    accounts = []

    def walk(parent_id, depth, path, name_path):
        for page in org.get_paginator("list_accounts_for_parent").paginate(ParentId=parent_id):
            for a in page["Accounts"]:
                accounts.append(a)
                rows["account"].append((org_id, a["Id"], a["Arn"], a["Name"], a["Email"], a.get("State"),
                                        a.get("Status"), a.get("JoinedMethod"), iso(a.get("JoinedTimestamp")),
                                        parent_id, depth + 1, f"{path}{a['Id']}/"))
        for page in org.get_paginator("list_organizational_units_for_parent").paginate(ParentId=parent_id):
            for ou in page["OrganizationalUnits"]:
                ou_path = f"{path}{ou['Id']}/"
                ou_names = f"{name_path}/{ou['Name']}"
                rows["organizational_unit"].append((org_id, ou["Id"], ou["Arn"], ou["Name"], parent_id,
                                                    depth + 1, ou_path, ou_names))
                tags_of(ou["Id"], "ORGANIZATIONAL_UNIT")
                walk(ou["Id"], depth + 1, ou_path, ou_names)

    for root in roots:
        tags_of(root["Id"], "ROOT")
        walk(root["Id"], 0, f"{org_id}/{root['Id']}/", root["Name"])

    fanout_started = time.monotonic()
    sample = accounts if args.sample_accounts is None else accounts[: args.sample_accounts]
    for a in sample:
        tags_of(a["Id"], "ACCOUNT")
        if a.get("State", a.get("Status")) != "ACTIVE":
            continue
        for contact_type in CONTACT_TYPES:
            params = {"AlternateContactType": contact_type}
            if a["Id"] != o["MasterAccountId"]:
                params["AccountId"] = a["Id"]
            try:
                c = account_api.get_alternate_contact(**params)["AlternateContact"]
            except account_api.exceptions.ResourceNotFoundException:
                continue
            rows["alternate_contact"].append((org_id, a["Id"], contact_type, c.get("Name"), c.get("Title"),
                                              c.get("EmailAddress"), c.get("PhoneNumber")))
    fanout_seconds = time.monotonic() - fanout_started

    for policy_type in args.policy_types:
        for page in org.get_paginator("list_policies").paginate(Filter=policy_type):
            for summary in page["Policies"]:
                policy = org.describe_policy(PolicyId=summary["Id"])["Policy"]
                s = policy["PolicySummary"]
                rows["policy"].append((org_id, s["Id"], s["Arn"], s["Name"], s.get("Description"), s["Type"],
                                       s["AwsManaged"], policy.get("Content")))
                for tpage in org.get_paginator("list_targets_for_policy").paginate(PolicyId=s["Id"]):
                    for t in tpage["Targets"]:
                        rows["policy_target"].append((org_id, s["Id"], t["TargetId"], t["Type"], t.get("Name")))
                tags_of(s["Id"], "POLICY")

    for page in org.get_paginator("list_aws_service_access_for_organization").paginate():
        for service in page["EnabledServicePrincipals"]:
            rows["enabled_service"].append((org_id, service["ServicePrincipal"], iso(service.get("DateEnabled"))))

    for page in org.get_paginator("list_delegated_administrators").paginate():
        for d in page["DelegatedAdministrators"]:
            rows["delegated_administrator"].append((org_id, d["Id"], d["Arn"], d["Name"], d["Email"], d.get("State"),
                                                    d.get("JoinedMethod"), iso(d.get("JoinedTimestamp")),
                                                    iso(d.get("DelegationEnabledDate"))))
            for spage in org.get_paginator("list_delegated_services_for_account").paginate(AccountId=d["Id"]):
                for s in spage["DelegatedServices"]:
                    rows["delegated_service"].append((org_id, d["Id"], s["ServicePrincipal"],
                                                      iso(s.get("DelegationEnabledDate"))))

    db = sqlite3.connect(args.out)
    with db:
        for table, table_rows in rows.items():
            if not table_rows:
                continue
            width = len(table_rows[0])
            columns = ", ".join(f"c{i}" for i in range(width))
            db.execute(f"CREATE TABLE IF NOT EXISTS {table} ({columns})")
            db.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' * width)})", table_rows)
    db.close()

    json.dump({
        "total_seconds": time.monotonic() - started,
        "fanout_seconds": fanout_seconds,
        "fanout_accounts": len(sample),
        "accounts": len(accounts),
        "rows": {table: len(table_rows) for table, table_rows in rows.items()},
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
