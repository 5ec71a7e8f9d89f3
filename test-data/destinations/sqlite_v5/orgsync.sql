PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE IF NOT EXISTS "orgsync_schema_version" (
  "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
  "version" INTEGER NOT NULL,
  "migrated_at" TEXT NOT NULL
);
INSERT INTO orgsync_schema_version VALUES(1,5,'2026-11-30T17:37:45.036721Z');
CREATE TABLE IF NOT EXISTS "aws_organizations_organization" (
  "org_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "feature_set" TEXT,
  "management_account_id" TEXT,
  "management_account_arn" TEXT,
  "management_account_email" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id")
);
INSERT INTO aws_organizations_organization VALUES('o-dwxc6l2d2v','arn:aws:organizations::297106145372:organization/o-dwxc6l2d2v','ALL','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','aws+management@example.com','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_root" (
  "org_id" TEXT NOT NULL,
  "root_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "policy_types" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "root_id")
);
INSERT INTO aws_organizations_root VALUES('o-dwxc6l2d2v','r-k3lh','arn:aws:organizations::297106145372:root/o-dwxc6l2d2v/r-k3lh','Root','[{"type":"SERVICE_CONTROL_POLICY","status":"ENABLED"},{"type":"RESOURCE_CONTROL_POLICY","status":"ENABLED"},{"type":"TAG_POLICY","status":"ENABLED"},{"type":"BACKUP_POLICY","status":"ENABLED"},{"type":"AISERVICES_OPT_OUT_POLICY","status":"ENABLED"},{"type":"CHATBOT_POLICY","status":"ENABLED"},{"type":"DECLARATIVE_POLICY_EC2","status":"ENABLED"},{"type":"SECURITYHUB_POLICY","status":"ENABLED"},{"type":"INSPECTOR_POLICY","status":"ENABLED"},{"type":"BEDROCK_POLICY","status":"ENABLED"},{"type":"S3_POLICY","status":"ENABLED"},{"type":"GUARDDUTY_POLICY","status":"ENABLED"}]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_organizational_unit" (
  "org_id" TEXT NOT NULL,
  "ou_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "parent_id" TEXT NOT NULL,
  "depth" INTEGER NOT NULL,
  "path" TEXT NOT NULL,
  "name_path" TEXT NOT NULL,
  "aws_path" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "ou_id")
);
INSERT INTO aws_organizations_organizational_unit VALUES('o-dwxc6l2d2v','ou-k3lh-5w2kb09u','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-5w2kb09u','Infrastructure','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','Root/Infrastructure','o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_organizational_unit VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-l66vavlq','Security','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','Root/Security','o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_organizational_unit VALUES('o-dwxc6l2d2v','ou-k3lh-t1rkzu3k','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-t1rkzu3k','Workloads','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','Root/Workloads','o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_account" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "email" TEXT,
  "state" TEXT,
  "status" TEXT,
  "joined_method" TEXT,
  "joined_timestamp" TEXT,
  "parent_id" TEXT NOT NULL,
  "depth" INTEGER NOT NULL,
  "path" TEXT NOT NULL,
  "is_management_account" INTEGER NOT NULL,
  "aws_paths" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id")
);
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','management','aws+management@example.com','ACTIVE',NULL,'INVITED','2025-12-23T22:33:02Z','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/297106145372/',1,'["o-dwxc6l2d2v/r-k3lh/297106145372/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','310816224449','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/310816224449','identity-prod-00009','aws+identity-prod-00009@example.com','ACTIVE',NULL,'CREATED','2017-08-28T12:27:40Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','311900098927','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/311900098927','analytics-test-00008','aws+analytics-test-00008@example.com','ACTIVE',NULL,'CREATED','2025-11-25T12:17:39Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','324348813038','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/324348813038','payments-staging-00002','aws+payments-staging-00002@example.com','ACTIVE',NULL,'CREATED','2023-11-15T16:28:14Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','358504804180','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/358504804180','mobile-test-00001','aws+mobile-test-00001@example.com','ACTIVE',NULL,'CREATED','2020-09-25T19:51:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','477346162128','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/477346162128','search-test-00005','aws+search-test-00005@example.com','ACTIVE',NULL,'CREATED','2020-07-12T13:06:55Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE',NULL,'CREATED','2017-03-30T06:35:29Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','724856834680','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/724856834680','new-workload-02','aws+new-workload-02-724856834680@example.com','ACTIVE',NULL,'CREATED','2026-11-30T17:37:45Z','ou-k3lh-t1rkzu3k',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/724856834680/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/724856834680/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','766996258228','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/766996258228','ledger-staging-00006','aws+ledger-staging-00006@example.com','ACTIVE',NULL,'CREATED','2019-11-02T21:27:38Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','825016786801','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/825016786801','billing-test-00007','aws+billing-test-00007@example.com','ACTIVE',NULL,'CREATED','2019-10-30T01:29:27Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE',NULL,'CREATED','2024-09-13T22:03:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','915311352242','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/915311352242','ledger-dev-00011','aws+ledger-dev-00011@example.com','ACTIVE',NULL,'CREATED','2018-06-17T03:36:11Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account VALUES('o-dwxc6l2d2v','933218557393','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/933218557393','network-dev-00004','aws+network-dev-00004@example.com','SUSPENDED',NULL,'CREATED','2017-02-18T15:59:49Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/"]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_tag" (
  "org_id" TEXT NOT NULL,
  "resource_id" TEXT NOT NULL,
  "resource_type" TEXT NOT NULL,
  "key" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "resource_id", "key")
);
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','CostCenter','486','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','Environment','prod','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','CostCenter','642','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','Environment','test','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','CostCenter','702','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','CostCenter','887','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','CostCenter','945','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','Environment','test','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','CostCenter','151','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Ünïcödé key, "quoted"','','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','CostCenter','996','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','Environment','dev','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','comment','a,b,c','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','owner','identity','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-05g1kzpk','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-6c6kb4nk','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-bevyt89x','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-d6aa428v','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-exmsusdy','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-gn8wt8rv','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-lxljp2co','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-omxefxhw','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','p-x1bsb3sg','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','note','Zürich – 東京 ☃','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','owner','cloud-platform','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_alternate_contact" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "contact_type" TEXT NOT NULL,
  "name" TEXT,
  "title" TEXT,
  "email_address" TEXT,
  "phone_number" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id", "contact_type")
);
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','297106145372','BILLING','José Dubois','Finance lead','billing-297106145372@example.com','+1-555-2881','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','297106145372','OPERATIONS','Noor O''Brien','On-call, "primary"','operations-297106145372@example.com','+1-555-2960','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','297106145372','SECURITY','Noor Nakamura','Security officer','security-297106145372@example.com','+1-555-9379','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','310816224449','OPERATIONS','Li O''Brien','On-call, "primary"','operations-310816224449@example.com','+1-555-1902','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','324348813038','OPERATIONS','Zoë Müller','On-call, "primary"','operations-324348813038@example.com','+1-555-0469','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','324348813038','SECURITY','Ana Nakamura','Security officer','security-324348813038@example.com','+1-555-0596','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','358504804180','OPERATIONS','José Okafor','On-call, "primary"','operations-358504804180@example.com','+1-555-3077','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','358504804180','SECURITY','Alex Dubois','Security officer','security-358504804180@example.com','+1-555-2603','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','477346162128','SECURITY','Alex Garcia','Security officer','security-477346162128@example.com','+1-555-6456','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','660670744394','BILLING','Noor Müller','Finance lead','billing-660670744394@example.com','+1-555-6422','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','660670744394','SECURITY','Noor Nakamura','Security officer','security-660670744394@example.com','+1-555-1945','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','766996258228','SECURITY','Sam Garcia','Security officer','security-766996258228@example.com','+1-555-0495','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','825016786801','OPERATIONS','Ana Nakamura','On-call, "primary"','operations-825016786801@example.com','+1-555-8021','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','825016786801','SECURITY','Noor Kowalski','Security officer','security-825016786801@example.com','+1-555-6239','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','827442828456','OPERATIONS','Alex Nakamura','On-call, "primary"','operations-827442828456@example.com','+1-555-5055','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact VALUES('o-dwxc6l2d2v','915311352242','SECURITY','Li Smith','Security officer','security-915311352242@example.com','+1-555-9324','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_policy" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "description" TEXT,
  "type" TEXT NOT NULL,
  "aws_managed" INTEGER NOT NULL,
  "content" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "policy_id")
);
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-05g1kzpk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-05g1kzpk','aiservices-opt-out-policy-ml-2','aiservices_opt_out_policy #2 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-2e5y0l8n','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','aiservices_opt_out_policy #1 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optIn"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-5hn74p9x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-5hn74p9x','chatbot-policy-risk-0','chatbot_policy #0 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T00ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-6c6kb4nk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/upgrade_rollout_policy/p-6c6kb4nk','upgrade-rollout-policy-payments-0','upgrade_rollout_policy #0 managed by the platform team','UPGRADE_ROLLOUT_POLICY',0,replace('{\n  "upgrade_rollout": {\n    "default": {\n      "patch_order": {\n        "@@assign": "first"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-6vvgwcvy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-6vvgwcvy','inspector-policy-data-0','inspector_policy #0 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-FullAWSAccess','arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess','FullAWSAccess','Allows access to every operation','SERVICE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess','RCPFullAWSAccess','Allows access to every operation','RESOURCE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": "*",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-adh887bo','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-adh887bo','chatbot-policy-identity-3','chatbot_policy #3 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T03ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-bbm8plky','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bbm8plky','securityhub-policy-mobile-1','securityhub_policy #1 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "ap-southeast-2",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-bevyt89x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bevyt89x','securityhub-policy-support-0','securityhub_policy #0 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-bqx96qu4','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-bqx96qu4','backup-policy-analytics-0','backup_policy #0 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "analytics-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 35\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-c84yxpzq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-c84yxpzq','network-security-director-policy-mobile-1','network_security_director_policy #1 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-west-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-d6aa428v','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-d6aa428v','service-control-policy-checkout-0','service_control_policy #0 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "us-east-1",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-dhp8kj04','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-dhp8kj04','aiservices-opt-out-policy-checkout-0','aiservices_opt_out_policy #0 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-djuzvf0h','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-djuzvf0h','resource-control-policy-network-1','resource_control_policy #1 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-exmsusdy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-exmsusdy','backup-policy-data-2','backup_policy #2 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "data-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 37\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-g9j0yrs7','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-g9j0yrs7','service-control-policy-mobile-1','service_control_policy #1 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "ap-southeast-2",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-gf6cpan1','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-gf6cpan1','resource-control-policy-web-0','resource_control_policy #0 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-gkoli7iq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-gkoli7iq','guardduty-policy-identity-2','guardduty_policy #2 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-gn8wt8rv','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-gn8wt8rv','backup-policy-checkout-1','backup_policy #1 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "checkout-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 36\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-km3hy0xd','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-km3hy0xd','inspector-policy-web-1','inspector_policy #1 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-kvbkd9c0','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/declarative_policy_ec2/p-kvbkd9c0','declarative-policy-ec2-search-0','declarative_policy_ec2 #0 managed by the platform team','DECLARATIVE_POLICY_EC2',0,replace('{\n  "ec2_attributes": {\n    "image_block_public_access": {\n      "state": {\n        "@@assign": "block_new_sharing"\n      }\n    },\n    "instance_metadata_defaults": {\n      "http_tokens": {\n        "@@assign": "required"\n      },\n      "http_put_response_hop_limit": {\n        "@@assign": 2\n      }\n    },\n    "serial_console_access": {\n      "status": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-lxljp2co','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-lxljp2co','chatbot-policy-media-2','chatbot_policy #2 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T02ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-m3sm86bt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-m3sm86bt','chatbot-policy-media-1','chatbot_policy #1 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T01ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-nai4otqg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/s3_policy/p-nai4otqg','s3-policy-ledger-0','s3_policy #0 managed by the platform team','S3_POLICY',0,replace('{\n  "s3_attributes": {\n    "public_access_block_configuration": {\n      "@@assign": "all"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-omxefxhw','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-omxefxhw','bedrock-policy-ledger-1','bedrock_policy #1 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "eu-central-1": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:eu-central-1:123456789012:guardrail/gr1abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-p7wl9afk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-p7wl9afk','guardduty-policy-mobile-0','guardduty_policy #0 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-central-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-qgd08r5w','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-qgd08r5w','bedrock-policy-ledger-0','bedrock_policy #0 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "ap-southeast-2": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:ap-southeast-2:123456789012:guardrail/gr0abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-tww8d5ui','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-tww8d5ui','guardduty-policy-ledger-1','guardduty_policy #1 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-u8e4q808','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-u8e4q808','network-security-director-policy-web-0','network_security_director_policy #0 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-x1bsb3sg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-x1bsb3sg','backup-policy-support-3','backup_policy #3 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "support-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 38\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy VALUES('o-dwxc6l2d2v','p-zh7awznt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/tag_policy/p-zh7awznt','tag-policy-identity-0','tag_policy #0 managed by the platform team','TAG_POLICY',0,replace('{\n  "tags": {\n    "costcenter": {\n      "tag_key": {\n        "@@assign": "CostCenter"\n      },\n      "tag_value": {\n        "@@assign": [\n          "100",\n          "200",\n          "300"\n        ]\n      },\n      "enforced_for": {\n        "@@assign": [\n          "ec2:instance",\n          "s3:bucket"\n        ]\n      }\n    },\n    "team": {\n      "tag_key": {\n        "@@assign": "Team"\n      },\n      "tag_value": {\n        "@@assign": [\n          "identity"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_policy_target" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "target_id" TEXT NOT NULL,
  "target_type" TEXT NOT NULL,
  "target_name" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "policy_id", "target_id")
);
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-05g1kzpk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-05g1kzpk','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-05g1kzpk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-2e5y0l8n','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-2e5y0l8n','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-2e5y0l8n','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-5hn74p9x','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6c6kb4nk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6c6kb4nk','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6vvgwcvy','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6vvgwcvy','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6vvgwcvy','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-FullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-adh887bo','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-adh887bo','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-adh887bo','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bbm8plky','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bbm8plky','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bbm8plky','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bevyt89x','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-bqx96qu4','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-c84yxpzq','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-d6aa428v','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-d6aa428v','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-dhp8kj04','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-dhp8kj04','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-djuzvf0h','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-exmsusdy','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-g9j0yrs7','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-g9j0yrs7','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-gf6cpan1','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-gkoli7iq','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-gkoli7iq','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-gn8wt8rv','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-km3hy0xd','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-kvbkd9c0','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-kvbkd9c0','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-kvbkd9c0','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-lxljp2co','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-lxljp2co','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-m3sm86bt','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-m3sm86bt','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-nai4otqg','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-omxefxhw','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-p7wl9afk','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-qgd08r5w','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-x1bsb3sg','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-x1bsb3sg','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-x1bsb3sg','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-zh7awznt','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target VALUES('o-dwxc6l2d2v','p-zh7awznt','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_enabled_service" (
  "org_id" TEXT NOT NULL,
  "service_principal" TEXT NOT NULL,
  "date_enabled" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "service_principal")
);
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','access-analyzer.amazonaws.com','2020-09-30T03:19:05Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','account.amazonaws.com','2025-01-25T12:24:12Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','backup.amazonaws.com','2018-08-14T01:52:42Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','cloudtrail.amazonaws.com','2024-10-31T03:01:27Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','config.amazonaws.com','2019-07-13T16:57:18Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','guardduty.amazonaws.com','2023-01-21T23:08:19Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','iam.amazonaws.com','2025-06-15T21:06:58Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','inspector2.amazonaws.com','2017-09-30T05:07:13Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','securityhub.amazonaws.com','2024-03-11T15:33:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','sso.amazonaws.com','2018-08-19T03:50:16Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service VALUES('o-dwxc6l2d2v','stacksets.cloudformation.amazonaws.com','2019-09-27T01:18:10Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_delegated_administrator" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "arn" TEXT,
  "name" TEXT,
  "email" TEXT,
  "state" TEXT,
  "joined_method" TEXT,
  "joined_timestamp" TEXT,
  "delegation_enabled_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id")
);
INSERT INTO aws_organizations_delegated_administrator VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE','CREATED','2017-03-30T06:35:29Z','2022-07-04T12:08:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_administrator VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE','CREATED','2024-09-13T22:03:32Z','2019-02-13T13:24:10Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_delegated_service" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "service_principal" TEXT NOT NULL,
  "delegation_enabled_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id", "service_principal")
);
INSERT INTO aws_organizations_delegated_service VALUES('o-dwxc6l2d2v','660670744394','access-analyzer.amazonaws.com','2022-07-04T12:08:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service VALUES('o-dwxc6l2d2v','660670744394','stacksets.cloudformation.amazonaws.com','2024-04-16T09:30:43Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service VALUES('o-dwxc6l2d2v','827442828456','cloudtrail.amazonaws.com','2019-02-13T13:24:10Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service VALUES('o-dwxc6l2d2v','827442828456','sso.amazonaws.com','2024-02-05T01:42:29Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_effective_policy" (
  "org_id" TEXT NOT NULL,
  "target_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "content" TEXT,
  "last_updated" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "target_id", "policy_type")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_access" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "reachable" INTEGER NOT NULL,
  "role_arn" TEXT,
  "error_code" TEXT,
  "error_message" TEXT,
  "account_alias" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_handshake" (
  "org_id" TEXT NOT NULL,
  "handshake_id" TEXT NOT NULL,
  "arn" TEXT,
  "action" TEXT,
  "state" TEXT,
  "requested_timestamp" TEXT,
  "expiration_timestamp" TEXT,
  "target_id" TEXT,
  "target_type" TEXT,
  "parties" TEXT NOT NULL,
  "resources" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "handshake_id")
);
INSERT INTO aws_organizations_handshake VALUES('o-dwxc6l2d2v','h-93f52qwvfesc','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-93f52qwvfesc','INVITE','CANCELED','2025-12-10T12:39:56Z','2025-12-25T12:39:56Z','aws+search-acquired-000@example.net','EMAIL','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"aws+search-acquired-000@example.net","type":"EMAIL"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"EMAIL","value":"aws+search-acquired-000@example.net"}]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_handshake VALUES('o-dwxc6l2d2v','h-mizbwjhwq7pm','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-mizbwjhwq7pm','INVITE','DECLINED','2025-12-08T15:10:03Z','2025-12-23T15:10:03Z','985495788288','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"985495788288","type":"ACCOUNT"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"ACCOUNT","value":"985495788288"},{"type":"NOTES","value":"=HYPERLINK(\"https://example.com\")"}]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_handshake VALUES('o-dwxc6l2d2v','h-xa6mpk7j9uep','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/transfer_responsibility/h-xa6mpk7j9uep','TRANSFER_RESPONSIBILITY','OPEN','2025-12-25T15:15:11Z','2026-01-09T15:15:11Z','883127788813','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"883127788813","type":"ACCOUNT"}]','[{"type":"RESPONSIBILITY_TRANSFER","value":"rt-p0coziuzl0s3"},{"type":"TRANSFER_TYPE","value":"BILLING"},{"type":"TRANSFER_START_TIMESTAMP","value":"1769644800"}]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_create_account_status" (
  "org_id" TEXT NOT NULL,
  "request_id" TEXT NOT NULL,
  "account_name" TEXT,
  "state" TEXT,
  "requested_timestamp" TEXT,
  "completed_timestamp" TEXT,
  "account_id" TEXT,
  "gov_cloud_account_id" TEXT,
  "failure_reason" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "request_id")
);
INSERT INTO aws_organizations_create_account_status VALUES('o-dwxc6l2d2v','car-44ix99mf6859','ml-new-000','FAILED','2025-07-14T04:12:44Z','2025-07-14T04:15:40Z',NULL,NULL,'CONCURRENT_ACCOUNT_MODIFICATION','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status VALUES('o-dwxc6l2d2v','car-724856834680','new-workload-02','SUCCEEDED','2026-11-30T17:35:45Z','2026-11-30T17:37:45Z','724856834680',NULL,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status VALUES('o-dwxc6l2d2v','car-hiy5xy0v5t72','platform-new-in-progress','IN_PROGRESS','2025-12-29T23:50:40Z',NULL,NULL,NULL,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status VALUES('o-dwxc6l2d2v','car-ov0083cyhko6','analytics-test-00008','SUCCEEDED','2025-11-25T12:15:02Z','2025-11-25T12:17:39Z','311900098927',NULL,NULL,'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_resource_policy" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "arn" TEXT,
  "content" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id")
);
INSERT INTO aws_organizations_resource_policy VALUES('o-dwxc6l2d2v','rp-bmzh98ww','arn:aws:organizations::297106145372:resourcepolicy/o-dwxc6l2d2v/rp-bmzh98ww',replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "AllowOrganizationsRead",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:Describe*",\n        "organizations:List*"\n      ],\n      "Resource": "*"\n    },\n    {\n      "Sid": "AllowPolicyManagement",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:CreatePolicy",\n        "organizations:UpdatePolicy",\n        "organizations:AttachPolicy"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringLikeIfExists": {\n          "organizations:PolicyType": [\n            "TAG_POLICY",\n            "BACKUP_POLICY"\n          ]\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_root_access_feature" (
  "org_id" TEXT NOT NULL,
  "feature" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "feature")
);
INSERT INTO aws_organizations_root_access_feature VALUES('o-dwxc6l2d2v','RootCredentialsManagement','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_root_access_feature VALUES('o-dwxc6l2d2v','RootSessions','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_effective_policy_validation_error" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "error_number" INTEGER NOT NULL,
  "error_code" TEXT,
  "error_message" TEXT,
  "path_to_error" TEXT,
  "contributing_policies" TEXT NOT NULL,
  "evaluation_timestamp" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id", "policy_type", "error_number")
);
INSERT INTO aws_organizations_effective_policy_validation_error VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',1,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan0.rules.','plans.plan0.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_effective_policy_validation_error VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',2,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan1.rules.','plans.plan1.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_responsibility_transfer" (
  "org_id" TEXT NOT NULL,
  "direction" TEXT NOT NULL,
  "transfer_id" TEXT NOT NULL,
  "arn" TEXT,
  "name" TEXT,
  "type" TEXT,
  "status" TEXT,
  "source_management_account_id" TEXT,
  "source_management_account_email" TEXT,
  "target_management_account_id" TEXT,
  "target_management_account_email" TEXT,
  "start_timestamp" TEXT,
  "end_timestamp" TEXT,
  "active_handshake_id" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "direction", "transfer_id")
);
INSERT INTO aws_organizations_responsibility_transfer VALUES('o-dwxc6l2d2v','INBOUND','rt-p0coziuzl0s3','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/inbound/rt-p0coziuzl0s3','Subsidiary, "pays through us"','BILLING','REQUESTED','883127788813','billing@subsidiary.example.com','297106145372','aws+management@example.com','2026-01-29T00:00:00Z','2027-01-29T00:00:00Z','h-xa6mpk7j9uep','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_responsibility_transfer VALUES('o-dwxc6l2d2v','OUTBOUND','rt-l7u904snmbna','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/outbound/rt-l7u904snmbna','Billing by the reseller','BILLING','ACCEPTED','297106145372','aws+management@example.com','977332800539','billing@reseller.example.com','2025-10-14T02:15:36Z',NULL,'h-6nzqw3l37nmz','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_account_information" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "account_name" TEXT,
  "account_state" TEXT,
  "account_created_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_region" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "region_name" TEXT NOT NULL,
  "region_opt_status" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id", "region_name")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_contact" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "full_name" TEXT,
  "company_name" TEXT,
  "address_line1" TEXT,
  "address_line2" TEXT,
  "address_line3" TEXT,
  "city" TEXT,
  "district_or_county" TEXT,
  "state_or_region" TEXT,
  "postal_code" TEXT,
  "country_code" TEXT,
  "phone_number" TEXT,
  "website_url" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_policy_applicability" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "policy_name" TEXT,
  "applies" TEXT NOT NULL,
  "source_id" TEXT,
  "source_type" TEXT,
  "source_name" TEXT,
  "source_depth" INTEGER,
  "attachment_count" INTEGER,
  "resolution" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "account_id", "policy_type", "policy_id")
);
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','TAG_POLICY','p-zh7awznt','tag-policy-identity-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','310816224449','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','311900098927','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','324348813038','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','direct','358504804180','ACCOUNT','mobile-test-00001',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','358504804180','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','477346162128','ACCOUNT','search-test-00005',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-gkoli7iq','guardduty-policy-identity-2','direct','477346162128','ACCOUNT','search-test-00005',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','477346162128','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','660670744394','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','GUARDDUTY_POLICY','p-gkoli7iq','guardduty-policy-identity-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','INSPECTOR_POLICY','p-km3hy0xd','inspector-policy-web-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-gf6cpan1','resource-control-policy-web-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','724856834680','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','766996258228','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','825016786801','ACCOUNT','billing-test-00007',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','825016786801','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','827442828456','ACCOUNT','checkout-staging-00003',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','827442828456','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','INSPECTOR_POLICY','p-km3hy0xd','inspector-policy-web-1','direct','915311352242','ACCOUNT','ledger-dev-00011',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','915311352242','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','933218557393','ACCOUNT','network-dev-00004',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability VALUES('o-dwxc6l2d2v','933218557393','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "orgsync_finding" (
  "org_id" TEXT NOT NULL,
  "finding_id" TEXT NOT NULL,
  "resource_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "severity" TEXT NOT NULL,
  "resource_type" TEXT NOT NULL,
  "resource_name" TEXT,
  "message" TEXT NOT NULL,
  "fix" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "finding_id", "resource_id")
);
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-001','r-k3lh','AI-services opt-out policy not in force at the root','medium','ROOT','Root','no AISERVICES_OPT_OUT_POLICY is attached to root Root (r-k3lh)','Attach an AISERVICES_OPT_OUT_POLICY that opts out of every service to the root.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-006','310816224449','Account without a SECURITY alternate contact','medium','ACCOUNT','identity-prod-00009','account 310816224449 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-006','311900098927','Account without a SECURITY alternate contact','medium','ACCOUNT','analytics-test-00008','account 311900098927 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-006','724856834680','Account without a SECURITY alternate contact','medium','ACCOUNT','new-workload-02','account 724856834680 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-006','827442828456','Account without a SECURITY alternate contact','medium','ACCOUNT','checkout-staging-00003','account 827442828456 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-008','933218557393','Suspended or closed account outside a dedicated OU','low','ACCOUNT','network-dev-00004','account 933218557393 is SUSPENDED but sits in Root/Infrastructure','Move the account to an OU for retired accounts (a name containing suspended, closed or decommission).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-010','p-tww8d5ui','Policy attached nowhere','low','POLICY','guardduty-policy-ledger-1','GUARDDUTY_POLICY guardduty-policy-ledger-1 (p-tww8d5ui) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-010','p-u8e4q808','Policy attached nowhere','low','POLICY','network-security-director-policy-web-0','NETWORK_SECURITY_DIRECTOR_POLICY network-security-director-policy-web-0 (p-u8e4q808) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding VALUES('o-dwxc6l2d2v','ORG-012','766996258228','Effective policy fails validation','medium','ACCOUNT','ledger-staging-00006','the effective policy of account 766996258228 fails validation: BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan0.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg); BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan1.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg)','Correct the contributing policies named (`aws organizations list-effective-policy-validation-errors --account-id ID --policy-type TYPE` shows each error).','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "orgsync_run" (
  "run_id" TEXT NOT NULL,
  "org_id" TEXT NOT NULL,
  "started_at" TEXT NOT NULL,
  "finished_at" TEXT,
  "status" TEXT NOT NULL,
  "tool_version" TEXT NOT NULL,
  "config_fingerprint" TEXT NOT NULL,
  "api_calls" INTEGER NOT NULL,
  "throttled_calls" INTEGER NOT NULL,
  "retried_calls" INTEGER NOT NULL,
  "counts" TEXT NOT NULL,
  "scope" TEXT,
  "accounts_read_as_member" INTEGER,
  "accounts_read_through_management" INTEGER,
  PRIMARY KEY ("run_id")
);
INSERT INTO orgsync_run VALUES('20261130T173745Z-16b2cd4b','o-dwxc6l2d2v','2026-11-30T17:37:45.054059Z','2026-11-30T17:37:45.153139Z','succeeded','0.1.0','128bb9d9e2c5b173c4bfd374fd8e4d39aeca19ad835d45cbf290ca92a86752a9',192,0,0,'{"aws_organizations_account":12,"aws_organizations_alternate_contact":16,"aws_organizations_create_account_status":3,"aws_organizations_delegated_administrator":2,"aws_organizations_delegated_service":4,"aws_organizations_effective_policy_validation_error":2,"aws_organizations_enabled_service":11,"aws_organizations_handshake":3,"aws_organizations_organization":1,"aws_organizations_organizational_unit":3,"aws_organizations_policy":32,"aws_organizations_policy_applicability":250,"aws_organizations_policy_target":98,"aws_organizations_resource_policy":1,"aws_organizations_responsibility_transfer":2,"aws_organizations_root":1,"aws_organizations_root_access_feature":2,"aws_organizations_tag":28,"orgsync_finding":8}',NULL,0,11);
INSERT INTO orgsync_run VALUES('20261130T173745Z-feb16f13','o-dwxc6l2d2v','2026-11-30T17:37:45.172234Z','2026-11-30T17:37:45.264489Z','succeeded','0.1.0','128bb9d9e2c5b173c4bfd374fd8e4d39aeca19ad835d45cbf290ca92a86752a9',194,0,0,'{"aws_organizations_account":13,"aws_organizations_alternate_contact":16,"aws_organizations_create_account_status":4,"aws_organizations_delegated_administrator":2,"aws_organizations_delegated_service":4,"aws_organizations_effective_policy_validation_error":2,"aws_organizations_enabled_service":11,"aws_organizations_handshake":3,"aws_organizations_organization":1,"aws_organizations_organizational_unit":3,"aws_organizations_policy":32,"aws_organizations_policy_applicability":274,"aws_organizations_policy_target":97,"aws_organizations_resource_policy":1,"aws_organizations_responsibility_transfer":2,"aws_organizations_root":1,"aws_organizations_root_access_feature":2,"aws_organizations_tag":28,"orgsync_finding":9}',NULL,0,12);
CREATE TABLE IF NOT EXISTS "orgsync_error" (
  "run_id" TEXT NOT NULL,
  "org_id" TEXT NOT NULL,
  "table_name" TEXT NOT NULL,
  "resource_id" TEXT,
  "api_operation" TEXT NOT NULL,
  "error_code" TEXT NOT NULL,
  "message" TEXT
);
CREATE TABLE IF NOT EXISTS "aws_organizations_organization_history" (
  "org_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "feature_set" TEXT,
  "management_account_id" TEXT,
  "management_account_arn" TEXT,
  "management_account_email" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id")
);
INSERT INTO aws_organizations_organization_history VALUES('o-dwxc6l2d2v','arn:aws:organizations::297106145372:organization/o-dwxc6l2d2v','ALL','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','aws+management@example.com','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_organization_history VALUES('o-dwxc6l2d2v','arn:aws:organizations::297106145372:organization/o-dwxc6l2d2v','ALL','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','aws+management@example.com','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_root_history" (
  "org_id" TEXT NOT NULL,
  "root_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "policy_types" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "root_id")
);
INSERT INTO aws_organizations_root_history VALUES('o-dwxc6l2d2v','r-k3lh','arn:aws:organizations::297106145372:root/o-dwxc6l2d2v/r-k3lh','Root','[{"type":"SERVICE_CONTROL_POLICY","status":"ENABLED"},{"type":"RESOURCE_CONTROL_POLICY","status":"ENABLED"},{"type":"TAG_POLICY","status":"ENABLED"},{"type":"BACKUP_POLICY","status":"ENABLED"},{"type":"AISERVICES_OPT_OUT_POLICY","status":"ENABLED"},{"type":"CHATBOT_POLICY","status":"ENABLED"},{"type":"DECLARATIVE_POLICY_EC2","status":"ENABLED"},{"type":"SECURITYHUB_POLICY","status":"ENABLED"},{"type":"INSPECTOR_POLICY","status":"ENABLED"},{"type":"BEDROCK_POLICY","status":"ENABLED"},{"type":"S3_POLICY","status":"ENABLED"},{"type":"GUARDDUTY_POLICY","status":"ENABLED"}]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_root_history VALUES('o-dwxc6l2d2v','r-k3lh','arn:aws:organizations::297106145372:root/o-dwxc6l2d2v/r-k3lh','Root','[{"type":"SERVICE_CONTROL_POLICY","status":"ENABLED"},{"type":"RESOURCE_CONTROL_POLICY","status":"ENABLED"},{"type":"TAG_POLICY","status":"ENABLED"},{"type":"BACKUP_POLICY","status":"ENABLED"},{"type":"AISERVICES_OPT_OUT_POLICY","status":"ENABLED"},{"type":"CHATBOT_POLICY","status":"ENABLED"},{"type":"DECLARATIVE_POLICY_EC2","status":"ENABLED"},{"type":"SECURITYHUB_POLICY","status":"ENABLED"},{"type":"INSPECTOR_POLICY","status":"ENABLED"},{"type":"BEDROCK_POLICY","status":"ENABLED"},{"type":"S3_POLICY","status":"ENABLED"},{"type":"GUARDDUTY_POLICY","status":"ENABLED"}]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_organizational_unit_history" (
  "org_id" TEXT NOT NULL,
  "ou_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "parent_id" TEXT NOT NULL,
  "depth" INTEGER NOT NULL,
  "path" TEXT NOT NULL,
  "name_path" TEXT NOT NULL,
  "aws_path" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "ou_id")
);
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-5w2kb09u','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-5w2kb09u','Infrastructure','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','Root/Infrastructure','o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-l66vavlq','Security','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','Root/Security','o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-t1rkzu3k','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-t1rkzu3k','Workloads','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','Root/Workloads','o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-5w2kb09u','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-5w2kb09u','Infrastructure','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','Root/Infrastructure','o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-l66vavlq','Security','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','Root/Security','o-dwxc6l2d2v/r-k3lh/ou-k3lh-l66vavlq/','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_organizational_unit_history VALUES('o-dwxc6l2d2v','ou-k3lh-t1rkzu3k','arn:aws:organizations::297106145372:ou/o-dwxc6l2d2v/ou-k3lh-t1rkzu3k','Workloads','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','Root/Workloads','o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_account_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "email" TEXT,
  "state" TEXT,
  "status" TEXT,
  "joined_method" TEXT,
  "joined_timestamp" TEXT,
  "parent_id" TEXT NOT NULL,
  "depth" INTEGER NOT NULL,
  "path" TEXT NOT NULL,
  "is_management_account" INTEGER NOT NULL,
  "aws_paths" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id")
);
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','management','aws+management@example.com','ACTIVE',NULL,'INVITED','2025-12-23T22:33:02Z','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/297106145372/',1,'["o-dwxc6l2d2v/r-k3lh/297106145372/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','310816224449','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/310816224449','identity-prod-00009','aws+identity-prod-00009@example.com','ACTIVE',NULL,'CREATED','2017-08-28T12:27:40Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','311900098927','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/311900098927','analytics-test-00008','aws+analytics-test-00008@example.com','ACTIVE',NULL,'CREATED','2025-11-25T12:17:39Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','324348813038','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/324348813038','payments-staging-00002','aws+payments-staging-00002@example.com','ACTIVE',NULL,'CREATED','2023-11-15T16:28:14Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','358504804180','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/358504804180','mobile-test-00001','aws+mobile-test-00001@example.com','ACTIVE',NULL,'CREATED','2020-09-25T19:51:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','477346162128','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/477346162128','search-test-00005','aws+search-test-00005@example.com','ACTIVE',NULL,'CREATED','2020-07-12T13:06:55Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE',NULL,'CREATED','2017-03-30T06:35:29Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','766996258228','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/766996258228','ledger-staging-00006','aws+ledger-staging-00006@example.com','ACTIVE',NULL,'CREATED','2019-11-02T21:27:38Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','825016786801','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/825016786801','billing-test-00007','aws+billing-test-00007@example.com','ACTIVE',NULL,'CREATED','2019-10-30T01:29:27Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE',NULL,'CREATED','2024-09-13T22:03:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','915311352242','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/915311352242','ledger-dev-00011','aws+ledger-dev-00011@example.com','ACTIVE',NULL,'CREATED','2018-06-17T03:36:11Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','933218557393','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/933218557393','network-dev-00004','aws+network-dev-00004@example.com','SUSPENDED',NULL,'CREATED','2017-02-18T15:59:49Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/"]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','297106145372','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/297106145372','management','aws+management@example.com','ACTIVE',NULL,'INVITED','2025-12-23T22:33:02Z','r-k3lh',1,'o-dwxc6l2d2v/r-k3lh/297106145372/',1,'["o-dwxc6l2d2v/r-k3lh/297106145372/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','310816224449','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/310816224449','identity-prod-00009','aws+identity-prod-00009@example.com','ACTIVE',NULL,'CREATED','2017-08-28T12:27:40Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/310816224449/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','311900098927','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/311900098927','analytics-test-00008','aws+analytics-test-00008@example.com','ACTIVE',NULL,'CREATED','2025-11-25T12:17:39Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/311900098927/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','324348813038','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/324348813038','payments-staging-00002','aws+payments-staging-00002@example.com','ACTIVE',NULL,'CREATED','2023-11-15T16:28:14Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/324348813038/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','358504804180','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/358504804180','mobile-test-00001','aws+mobile-test-00001@example.com','ACTIVE',NULL,'CREATED','2020-09-25T19:51:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/358504804180/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','477346162128','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/477346162128','search-test-00005','aws+search-test-00005@example.com','ACTIVE',NULL,'CREATED','2020-07-12T13:06:55Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/477346162128/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE',NULL,'CREATED','2017-03-30T06:35:29Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/660670744394/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','724856834680','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/724856834680','new-workload-02','aws+new-workload-02-724856834680@example.com','ACTIVE',NULL,'CREATED','2026-11-30T17:37:45Z','ou-k3lh-t1rkzu3k',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/724856834680/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-t1rkzu3k/724856834680/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','766996258228','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/766996258228','ledger-staging-00006','aws+ledger-staging-00006@example.com','ACTIVE',NULL,'CREATED','2019-11-02T21:27:38Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/766996258228/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','825016786801','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/825016786801','billing-test-00007','aws+billing-test-00007@example.com','ACTIVE',NULL,'CREATED','2019-10-30T01:29:27Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/825016786801/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE',NULL,'CREATED','2024-09-13T22:03:32Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/827442828456/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','915311352242','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/915311352242','ledger-dev-00011','aws+ledger-dev-00011@example.com','ACTIVE',NULL,'CREATED','2018-06-17T03:36:11Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/915311352242/"]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_account_history VALUES('o-dwxc6l2d2v','933218557393','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/933218557393','network-dev-00004','aws+network-dev-00004@example.com','SUSPENDED',NULL,'CREATED','2017-02-18T15:59:49Z','ou-k3lh-5w2kb09u',2,'o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/',0,'["o-dwxc6l2d2v/r-k3lh/ou-k3lh-5w2kb09u/933218557393/"]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_tag_history" (
  "org_id" TEXT NOT NULL,
  "resource_id" TEXT NOT NULL,
  "resource_type" TEXT NOT NULL,
  "key" TEXT NOT NULL,
  "value" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "resource_id", "key")
);
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','CostCenter','486','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','Environment','prod','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','CostCenter','642','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','Environment','test','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','CostCenter','702','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','Environment','staging','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','CostCenter','887','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','Environment','staging','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','CostCenter','789','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','Environment','test','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','CostCenter','151','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Environment','staging','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Ünïcödé key, "quoted"','','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','CostCenter','996','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','Environment','dev','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','comment','a,b,c','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','owner','identity','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-bevyt89x','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-d6aa428v','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-exmsusdy','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-lxljp2co','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-omxefxhw','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','POLICY','ManagedBy','terraform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','note','Zürich – 東京 ☃','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','owner','cloud-platform','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','CostCenter','486','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','297106145372','ACCOUNT','Environment','prod','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','CostCenter','642','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','311900098927','ACCOUNT','Environment','test','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','CostCenter','702','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','324348813038','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','CostCenter','887','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','766996258228','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','CostCenter','945','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','825016786801','ACCOUNT','Environment','test','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','CostCenter','151','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Environment','staging','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','827442828456','ACCOUNT','Ünïcödé key, "quoted"','','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','CostCenter','996','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','933218557393','ACCOUNT','Environment','dev','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','comment','a,b,c','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','owner','identity','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-bevyt89x','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-d6aa428v','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-exmsusdy','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-lxljp2co','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-omxefxhw','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','POLICY','ManagedBy','terraform','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','note','Zürich – 東京 ☃','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_tag_history VALUES('o-dwxc6l2d2v','r-k3lh','ROOT','owner','cloud-platform','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_alternate_contact_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "contact_type" TEXT NOT NULL,
  "name" TEXT,
  "title" TEXT,
  "email_address" TEXT,
  "phone_number" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id", "contact_type")
);
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','BILLING','José Dubois','Finance lead','billing-297106145372@example.com','+1-555-2881','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','OPERATIONS','Noor O''Brien','On-call, "primary"','operations-297106145372@example.com','+1-555-2960','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','SECURITY','Noor Nakamura','Security officer','security-297106145372@example.com','+1-555-9379','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','310816224449','OPERATIONS','Li O''Brien','On-call, "primary"','operations-310816224449@example.com','+1-555-1902','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','324348813038','OPERATIONS','Zoë Müller','On-call, "primary"','operations-324348813038@example.com','+1-555-0469','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','324348813038','SECURITY','Ana Nakamura','Security officer','security-324348813038@example.com','+1-555-0596','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','358504804180','OPERATIONS','José Okafor','On-call, "primary"','operations-358504804180@example.com','+1-555-3077','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','358504804180','SECURITY','Alex Dubois','Security officer','security-358504804180@example.com','+1-555-2603','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','477346162128','SECURITY','Alex Garcia','Security officer','security-477346162128@example.com','+1-555-6456','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','660670744394','BILLING','Noor Müller','Finance lead','billing-660670744394@example.com','+1-555-6422','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','660670744394','SECURITY','Noor Nakamura','Security officer','security-660670744394@example.com','+1-555-1945','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','766996258228','SECURITY','Sam Garcia','Security officer','security-766996258228@example.com','+1-555-6430','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','825016786801','OPERATIONS','Ana Nakamura','On-call, "primary"','operations-825016786801@example.com','+1-555-8021','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','825016786801','SECURITY','Noor Kowalski','Security officer','security-825016786801@example.com','+1-555-6239','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','827442828456','OPERATIONS','Alex Nakamura','On-call, "primary"','operations-827442828456@example.com','+1-555-5055','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','915311352242','SECURITY','Li Smith','Security officer','security-915311352242@example.com','+1-555-9324','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','BILLING','José Dubois','Finance lead','billing-297106145372@example.com','+1-555-2881','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','OPERATIONS','Noor O''Brien','On-call, "primary"','operations-297106145372@example.com','+1-555-2960','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','297106145372','SECURITY','Noor Nakamura','Security officer','security-297106145372@example.com','+1-555-9379','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','310816224449','OPERATIONS','Li O''Brien','On-call, "primary"','operations-310816224449@example.com','+1-555-1902','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','324348813038','OPERATIONS','Zoë Müller','On-call, "primary"','operations-324348813038@example.com','+1-555-0469','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','324348813038','SECURITY','Ana Nakamura','Security officer','security-324348813038@example.com','+1-555-0596','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','358504804180','OPERATIONS','José Okafor','On-call, "primary"','operations-358504804180@example.com','+1-555-3077','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','358504804180','SECURITY','Alex Dubois','Security officer','security-358504804180@example.com','+1-555-2603','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','477346162128','SECURITY','Alex Garcia','Security officer','security-477346162128@example.com','+1-555-6456','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','660670744394','BILLING','Noor Müller','Finance lead','billing-660670744394@example.com','+1-555-6422','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','660670744394','SECURITY','Noor Nakamura','Security officer','security-660670744394@example.com','+1-555-1945','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','766996258228','SECURITY','Sam Garcia','Security officer','security-766996258228@example.com','+1-555-0495','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','825016786801','OPERATIONS','Ana Nakamura','On-call, "primary"','operations-825016786801@example.com','+1-555-8021','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','825016786801','SECURITY','Noor Kowalski','Security officer','security-825016786801@example.com','+1-555-6239','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','827442828456','OPERATIONS','Alex Nakamura','On-call, "primary"','operations-827442828456@example.com','+1-555-5055','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_alternate_contact_history VALUES('o-dwxc6l2d2v','915311352242','SECURITY','Li Smith','Security officer','security-915311352242@example.com','+1-555-9324','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_policy_history" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "arn" TEXT NOT NULL,
  "name" TEXT,
  "description" TEXT,
  "type" TEXT NOT NULL,
  "aws_managed" INTEGER NOT NULL,
  "content" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "policy_id")
);
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-05g1kzpk','aiservices-opt-out-policy-ml-2','aiservices_opt_out_policy #2 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','aiservices_opt_out_policy #1 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optIn"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-5hn74p9x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-5hn74p9x','chatbot-policy-risk-0','chatbot_policy #0 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T00ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/upgrade_rollout_policy/p-6c6kb4nk','upgrade-rollout-policy-payments-0','upgrade_rollout_policy #0 managed by the platform team','UPGRADE_ROLLOUT_POLICY',0,replace('{\n  "upgrade_rollout": {\n    "default": {\n      "patch_order": {\n        "@@assign": "first"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-6vvgwcvy','inspector-policy-data-0','inspector_policy #0 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess','FullAWSAccess','Allows access to every operation','SERVICE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess','RCPFullAWSAccess','Allows access to every operation','RESOURCE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": "*",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-adh887bo','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-adh887bo','chatbot-policy-identity-3','chatbot_policy #3 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T03ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bbm8plky','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bbm8plky','securityhub-policy-mobile-1','securityhub_policy #1 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "ap-southeast-2",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bevyt89x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bevyt89x','securityhub-policy-support-0','securityhub_policy #0 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bqx96qu4','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-bqx96qu4','backup-policy-analytics-0','backup_policy #0 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "analytics-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 35\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-c84yxpzq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-c84yxpzq','network-security-director-policy-mobile-1','network_security_director_policy #1 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-west-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-d6aa428v','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-d6aa428v','service-control-policy-checkout-0','service_control_policy #0 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "us-east-1",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-dhp8kj04','aiservices-opt-out-policy-checkout-0','aiservices_opt_out_policy #0 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-djuzvf0h','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-djuzvf0h','resource-control-policy-network-1','resource_control_policy #1 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-exmsusdy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-exmsusdy','backup-policy-data-2','backup_policy #2 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "data-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 37\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-g9j0yrs7','service-control-policy-mobile-1','service_control_policy #1 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "ap-southeast-2",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gf6cpan1','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-gf6cpan1','resource-control-policy-web-0','resource_control_policy #0 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-gkoli7iq','guardduty-policy-identity-2','guardduty_policy #2 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-gn8wt8rv','backup-policy-checkout-1','backup_policy #1 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "checkout-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 36\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-km3hy0xd','inspector-policy-web-1','inspector_policy #1 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/declarative_policy_ec2/p-kvbkd9c0','declarative-policy-ec2-search-0','declarative_policy_ec2 #0 managed by the platform team','DECLARATIVE_POLICY_EC2',0,replace('{\n  "ec2_attributes": {\n    "image_block_public_access": {\n      "state": {\n        "@@assign": "block_new_sharing"\n      }\n    },\n    "instance_metadata_defaults": {\n      "http_tokens": {\n        "@@assign": "required"\n      },\n      "http_put_response_hop_limit": {\n        "@@assign": 2\n      }\n    },\n    "serial_console_access": {\n      "status": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-lxljp2co','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-lxljp2co','chatbot-policy-media-2','chatbot_policy #2 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T02ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-m3sm86bt','chatbot-policy-media-1','chatbot_policy #1 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T01ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-nai4otqg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/s3_policy/p-nai4otqg','s3-policy-ledger-0','s3_policy #0 managed by the platform team','S3_POLICY',0,replace('{\n  "s3_attributes": {\n    "public_access_block_configuration": {\n      "@@assign": "all"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-omxefxhw','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-omxefxhw','bedrock-policy-ledger-1','bedrock_policy #1 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "eu-central-1": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:eu-central-1:123456789012:guardrail/gr1abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-p7wl9afk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-p7wl9afk','guardduty-policy-mobile-0','guardduty_policy #0 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-central-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-qgd08r5w','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-qgd08r5w','bedrock-policy-ledger-0','bedrock_policy #0 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "ap-southeast-2": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:ap-southeast-2:123456789012:guardrail/gr0abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-tww8d5ui','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-tww8d5ui','guardduty-policy-ledger-1','guardduty_policy #1 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-u8e4q808','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-u8e4q808','network-security-director-policy-web-0','network_security_director_policy #0 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-x1bsb3sg','backup-policy-support-3','backup_policy #3 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "support-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 38\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-zh7awznt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/tag_policy/p-zh7awznt','tag-policy-identity-0','tag_policy #0 managed by the platform team','TAG_POLICY',0,replace('{\n  "tags": {\n    "costcenter": {\n      "tag_key": {\n        "@@assign": "CostCenter"\n      },\n      "tag_value": {\n        "@@assign": [\n          "100",\n          "200",\n          "300"\n        ]\n      },\n      "enforced_for": {\n        "@@assign": [\n          "ec2:instance",\n          "s3:bucket"\n        ]\n      }\n    },\n    "team": {\n      "tag_key": {\n        "@@assign": "Team"\n      },\n      "tag_value": {\n        "@@assign": [\n          "identity"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-05g1kzpk','aiservices-opt-out-policy-ml-2','aiservices_opt_out_policy #2 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','aiservices_opt_out_policy #1 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optIn"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-5hn74p9x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-5hn74p9x','chatbot-policy-risk-0','chatbot_policy #0 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T00ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/upgrade_rollout_policy/p-6c6kb4nk','upgrade-rollout-policy-payments-0','upgrade_rollout_policy #0 managed by the platform team','UPGRADE_ROLLOUT_POLICY',0,replace('{\n  "upgrade_rollout": {\n    "default": {\n      "patch_order": {\n        "@@assign": "first"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-6vvgwcvy','inspector-policy-data-0','inspector_policy #0 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "eu-central-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','arn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess','FullAWSAccess','Allows access to every operation','SERVICE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','arn:aws:organizations::aws:policy/resource_control_policy/p-RCPFullAWSAccess','RCPFullAWSAccess','Allows access to every operation','RESOURCE_CONTROL_POLICY',1,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": "*",\n      "Action": "*",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-adh887bo','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-adh887bo','chatbot-policy-identity-3','chatbot_policy #3 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T03ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bbm8plky','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bbm8plky','securityhub-policy-mobile-1','securityhub_policy #1 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "ap-southeast-2",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bevyt89x','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/securityhub_policy/p-bevyt89x','securityhub-policy-support-0','securityhub_policy #0 managed by the platform team','SECURITYHUB_POLICY',0,replace('{\n  "securityhub": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "standards": {\n      "aws_foundational_security_best_practices": {\n        "enable": {\n          "@@assign": true\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-bqx96qu4','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-bqx96qu4','backup-policy-analytics-0','backup_policy #0 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "analytics-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 35\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-c84yxpzq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-c84yxpzq','network-security-director-policy-mobile-1','network_security_director_policy #1 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-west-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-d6aa428v','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-d6aa428v','service-control-policy-checkout-0','service_control_policy #0 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "us-east-1",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/aiservices_opt_out_policy/p-dhp8kj04','aiservices-opt-out-policy-checkout-0','aiservices_opt_out_policy #0 managed by the platform team','AISERVICES_OPT_OUT_POLICY',0,replace('{\n  "services": {\n    "default": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    },\n    "rekognition": {\n      "opt_out_policy": {\n        "@@assign": "optOut"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-djuzvf0h','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-djuzvf0h','resource-control-policy-network-1','resource_control_policy #1 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-exmsusdy','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-exmsusdy','backup-policy-data-2','backup_policy #2 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "data-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 37\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/service_control_policy/p-g9j0yrs7','service-control-policy-mobile-1','service_control_policy #1 managed by the platform team','SERVICE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyOutsideApprovedRegions",\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:*",\n        "organizations:*",\n        "sts:*",\n        "support:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringNotEquals": {\n          "aws:RequestedRegion": [\n            "ap-southeast-2",\n            "us-east-1"\n          ]\n        }\n      }\n    },\n    {\n      "Sid": "DenyLeaveOrganization",\n      "Effect": "Deny",\n      "Action": "organizations:LeaveOrganization",\n      "Resource": "*"\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gf6cpan1','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/resource_control_policy/p-gf6cpan1','resource-control-policy-web-0','resource_control_policy #0 managed by the platform team','RESOURCE_CONTROL_POLICY',0,replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "EnforceSecureTransport",\n      "Effect": "Deny",\n      "Principal": "*",\n      "Action": [\n        "s3:*",\n        "sqs:*",\n        "kms:*"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:SecureTransport": "false"\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-gkoli7iq','guardduty-policy-identity-2','guardduty_policy #2 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-gn8wt8rv','backup-policy-checkout-1','backup_policy #1 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "checkout-daily": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 36\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/inspector_policy/p-km3hy0xd','inspector-policy-web-1','inspector_policy #1 managed by the platform team','INSPECTOR_POLICY',0,replace('{\n  "inspector": {\n    "enablement": {\n      "ec2_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      },\n      "lambda_standard_scanning": {\n        "enable_in_regions": {\n          "@@assign": [\n            "us-east-1"\n          ]\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/declarative_policy_ec2/p-kvbkd9c0','declarative-policy-ec2-search-0','declarative_policy_ec2 #0 managed by the platform team','DECLARATIVE_POLICY_EC2',0,replace('{\n  "ec2_attributes": {\n    "image_block_public_access": {\n      "state": {\n        "@@assign": "block_new_sharing"\n      }\n    },\n    "instance_metadata_defaults": {\n      "http_tokens": {\n        "@@assign": "required"\n      },\n      "http_put_response_hop_limit": {\n        "@@assign": 2\n      }\n    },\n    "serial_console_access": {\n      "status": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-lxljp2co','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-lxljp2co','chatbot-policy-media-2','chatbot_policy #2 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T02ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/chatbot_policy/p-m3sm86bt','chatbot-policy-media-1','chatbot_policy #1 managed by the platform team','CHATBOT_POLICY',0,replace('{\n  "chatbot": {\n    "platforms": {\n      "slack": {\n        "client": {\n          "@@assign": "enabled"\n        },\n        "workspaces": {\n          "@@assign": [\n            "T01ABCDEF"\n          ]\n        }\n      },\n      "microsoft_teams": {\n        "client": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "default": {\n      "client": {\n        "@@assign": "disabled"\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-nai4otqg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/s3_policy/p-nai4otqg','s3-policy-ledger-0','s3_policy #0 managed by the platform team','S3_POLICY',0,replace('{\n  "s3_attributes": {\n    "public_access_block_configuration": {\n      "@@assign": "all"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-omxefxhw','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-omxefxhw','bedrock-policy-ledger-1','bedrock_policy #1 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "eu-central-1": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:eu-central-1:123456789012:guardrail/gr1abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-p7wl9afk','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-p7wl9afk','guardduty-policy-mobile-0','guardduty_policy #0 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-central-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-qgd08r5w','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/bedrock_policy/p-qgd08r5w','bedrock-policy-ledger-0','bedrock_policy #0 managed by the platform team','BEDROCK_POLICY',0,replace('{\n  "bedrock": {\n    "guardrail_inference": {\n      "ap-southeast-2": {\n        "config_1": {\n          "identifier": {\n            "@@assign": "arn:aws:bedrock:ap-southeast-2:123456789012:guardrail/gr0abcdef:1"\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-tww8d5ui','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/guardduty_policy/p-tww8d5ui','guardduty-policy-ledger-1','guardduty_policy #1 managed by the platform team','GUARDDUTY_POLICY',0,replace('{\n  "guardduty": {\n    "enable_in_regions": {\n      "@@assign": [\n        "eu-west-1",\n        "us-east-1"\n      ]\n    },\n    "features": {\n      "s3_data_events": {\n        "status": {\n          "@@assign": "enabled"\n        }\n      },\n      "runtime_monitoring": {\n        "status": {\n          "@@assign": "disabled"\n        }\n      }\n    },\n    "finding_publishing_frequency": {\n      "@@assign": "FIFTEEN_MINUTES"\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-u8e4q808','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/network_security_director_policy/p-u8e4q808','network-security-director-policy-web-0','network_security_director_policy #0 managed by the platform team','NETWORK_SECURITY_DIRECTOR_POLICY',0,replace('{\n  "network_security_director": {\n    "scope_definition": {\n      "regions": {\n        "@@assign": [\n          "eu-central-1"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/backup_policy/p-x1bsb3sg','backup-policy-support-3','backup_policy #3 managed by the platform team','BACKUP_POLICY',0,replace('{\n  "plans": {\n    "support-daily": {\n      "regions": {\n        "@@assign": [\n          "us-east-1"\n        ]\n      },\n      "rules": {\n        "daily": {\n          "schedule_expression": {\n            "@@assign": "cron(0 5 ? * * *)"\n          },\n          "target_backup_vault_name": {\n            "@@assign": "Default"\n          },\n          "lifecycle": {\n            "delete_after_days": {\n              "@@assign": 38\n            }\n          }\n        }\n      },\n      "selections": {\n        "tags": {\n          "backup": {\n            "iam_role_arn": {\n              "@@assign": "arn:aws:iam::$account:role/BackupRole"\n            },\n            "tag_key": {\n              "@@assign": "backup"\n            },\n            "tag_value": {\n              "@@assign": [\n                "daily"\n              ]\n            }\n          }\n        }\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_history VALUES('o-dwxc6l2d2v','p-zh7awznt','arn:aws:organizations::297106145372:policy/o-dwxc6l2d2v/tag_policy/p-zh7awznt','tag-policy-identity-0','tag_policy #0 managed by the platform team','TAG_POLICY',0,replace('{\n  "tags": {\n    "costcenter": {\n      "tag_key": {\n        "@@assign": "CostCenter"\n      },\n      "tag_value": {\n        "@@assign": [\n          "100",\n          "200",\n          "300"\n        ]\n      },\n      "enforced_for": {\n        "@@assign": [\n          "ec2:instance",\n          "s3:bucket"\n        ]\n      }\n    },\n    "team": {\n      "tag_key": {\n        "@@assign": "Team"\n      },\n      "tag_value": {\n        "@@assign": [\n          "identity"\n        ]\n      }\n    }\n  }\n}','\n',char(10)),'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_policy_target_history" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "target_id" TEXT NOT NULL,
  "target_type" TEXT NOT NULL,
  "target_name" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "policy_id", "target_id")
);
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-5hn74p9x','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bevyt89x','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bqx96qu4','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-c84yxpzq','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-d6aa428v','297106145372','ACCOUNT','management','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-d6aa428v','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','297106145372','ACCOUNT','management','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-djuzvf0h','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-exmsusdy','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gf6cpan1','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-nai4otqg','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-omxefxhw','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-p7wl9afk','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-qgd08r5w','r-k3lh','ROOT','Root','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-zh7awznt','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-zh7awznt','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-05g1kzpk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-2e5y0l8n','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-5hn74p9x','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6c6kb4nk','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-6vvgwcvy','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-FullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','311900098927','ACCOUNT','analytics-test-00008','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-RCPFullAWSAccess','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','324348813038','ACCOUNT','payments-staging-00002','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-adh887bo','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bbm8plky','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bevyt89x','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-bqx96qu4','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-c84yxpzq','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-d6aa428v','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-d6aa428v','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','297106145372','ACCOUNT','management','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-dhp8kj04','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-djuzvf0h','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-exmsusdy','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','933218557393','ACCOUNT','network-dev-00004','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-g9j0yrs7','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gf6cpan1','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gkoli7iq','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-gn8wt8rv','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','915311352242','ACCOUNT','ledger-dev-00011','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-km3hy0xd','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','660670744394','ACCOUNT','support-dev-00010','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-kvbkd9c0','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','477346162128','ACCOUNT','search-test-00005','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','766996258228','ACCOUNT','ledger-staging-00006','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-lxljp2co','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','358504804180','ACCOUNT','mobile-test-00001','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-m3sm86bt','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-nai4otqg','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-omxefxhw','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-p7wl9afk','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-qgd08r5w','r-k3lh','ROOT','Root','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','825016786801','ACCOUNT','billing-test-00007','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','827442828456','ACCOUNT','checkout-staging-00003','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-x1bsb3sg','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-zh7awznt','310816224449','ACCOUNT','identity-prod-00009','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_target_history VALUES('o-dwxc6l2d2v','p-zh7awznt','ou-k3lh-l66vavlq','ORGANIZATIONAL_UNIT','Security','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_enabled_service_history" (
  "org_id" TEXT NOT NULL,
  "service_principal" TEXT NOT NULL,
  "date_enabled" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "service_principal")
);
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','access-analyzer.amazonaws.com','2020-09-30T03:19:05Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','account.amazonaws.com','2025-01-25T12:24:12Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','backup.amazonaws.com','2018-08-14T01:52:42Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','cloudtrail.amazonaws.com','2024-10-31T03:01:27Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','config.amazonaws.com','2019-07-13T16:57:18Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','guardduty.amazonaws.com','2023-01-21T23:08:19Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','iam.amazonaws.com','2025-06-15T21:06:58Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','inspector2.amazonaws.com','2017-09-30T05:07:13Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','securityhub.amazonaws.com','2024-03-11T15:33:56Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','sso.amazonaws.com','2018-08-19T03:50:16Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','stacksets.cloudformation.amazonaws.com','2019-09-27T01:18:10Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','access-analyzer.amazonaws.com','2020-09-30T03:19:05Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','account.amazonaws.com','2025-01-25T12:24:12Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','backup.amazonaws.com','2018-08-14T01:52:42Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','cloudtrail.amazonaws.com','2024-10-31T03:01:27Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','config.amazonaws.com','2019-07-13T16:57:18Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','guardduty.amazonaws.com','2023-01-21T23:08:19Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','iam.amazonaws.com','2025-06-15T21:06:58Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','inspector2.amazonaws.com','2017-09-30T05:07:13Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','securityhub.amazonaws.com','2024-03-11T15:33:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','sso.amazonaws.com','2018-08-19T03:50:16Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_enabled_service_history VALUES('o-dwxc6l2d2v','stacksets.cloudformation.amazonaws.com','2019-09-27T01:18:10Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_delegated_administrator_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "arn" TEXT,
  "name" TEXT,
  "email" TEXT,
  "state" TEXT,
  "joined_method" TEXT,
  "joined_timestamp" TEXT,
  "delegation_enabled_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id")
);
INSERT INTO aws_organizations_delegated_administrator_history VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE','CREATED','2017-03-30T06:35:29Z','2022-07-04T12:08:56Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_administrator_history VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE','CREATED','2024-09-13T22:03:32Z','2019-02-13T13:24:10Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_administrator_history VALUES('o-dwxc6l2d2v','660670744394','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/660670744394','support-dev-00010','aws+support-dev-00010@example.com','ACTIVE','CREATED','2017-03-30T06:35:29Z','2022-07-04T12:08:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_administrator_history VALUES('o-dwxc6l2d2v','827442828456','arn:aws:organizations::297106145372:account/o-dwxc6l2d2v/827442828456','checkout-staging-00003','aws+checkout-staging-00003@example.com','ACTIVE','CREATED','2024-09-13T22:03:32Z','2019-02-13T13:24:10Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_delegated_service_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "service_principal" TEXT NOT NULL,
  "delegation_enabled_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id", "service_principal")
);
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','660670744394','access-analyzer.amazonaws.com','2022-07-04T12:08:56Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','660670744394','stacksets.cloudformation.amazonaws.com','2024-04-16T09:30:43Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','827442828456','cloudtrail.amazonaws.com','2019-02-13T13:24:10Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','827442828456','sso.amazonaws.com','2024-02-05T01:42:29Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','660670744394','access-analyzer.amazonaws.com','2022-07-04T12:08:56Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','660670744394','stacksets.cloudformation.amazonaws.com','2024-04-16T09:30:43Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','827442828456','cloudtrail.amazonaws.com','2019-02-13T13:24:10Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_delegated_service_history VALUES('o-dwxc6l2d2v','827442828456','sso.amazonaws.com','2024-02-05T01:42:29Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_effective_policy_history" (
  "org_id" TEXT NOT NULL,
  "target_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "content" TEXT,
  "last_updated" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "target_id", "policy_type")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_access_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "reachable" INTEGER NOT NULL,
  "role_arn" TEXT,
  "error_code" TEXT,
  "error_message" TEXT,
  "account_alias" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_handshake_history" (
  "org_id" TEXT NOT NULL,
  "handshake_id" TEXT NOT NULL,
  "arn" TEXT,
  "action" TEXT,
  "state" TEXT,
  "requested_timestamp" TEXT,
  "expiration_timestamp" TEXT,
  "target_id" TEXT,
  "target_type" TEXT,
  "parties" TEXT NOT NULL,
  "resources" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "handshake_id")
);
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-93f52qwvfesc','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-93f52qwvfesc','INVITE','CANCELED','2025-12-10T12:39:56Z','2025-12-25T12:39:56Z','aws+search-acquired-000@example.net','EMAIL','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"aws+search-acquired-000@example.net","type":"EMAIL"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"EMAIL","value":"aws+search-acquired-000@example.net"}]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-mizbwjhwq7pm','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-mizbwjhwq7pm','INVITE','DECLINED','2025-12-08T15:10:03Z','2025-12-23T15:10:03Z','985495788288','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"985495788288","type":"ACCOUNT"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"ACCOUNT","value":"985495788288"},{"type":"NOTES","value":"=HYPERLINK(\"https://example.com\")"}]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-xa6mpk7j9uep','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/transfer_responsibility/h-xa6mpk7j9uep','TRANSFER_RESPONSIBILITY','OPEN','2025-12-25T15:15:11Z','2026-01-09T15:15:11Z','883127788813','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"883127788813","type":"ACCOUNT"}]','[{"type":"RESPONSIBILITY_TRANSFER","value":"rt-p0coziuzl0s3"},{"type":"TRANSFER_TYPE","value":"BILLING"},{"type":"TRANSFER_START_TIMESTAMP","value":"1769644800"}]','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-93f52qwvfesc','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-93f52qwvfesc','INVITE','CANCELED','2025-12-10T12:39:56Z','2025-12-25T12:39:56Z','aws+search-acquired-000@example.net','EMAIL','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"aws+search-acquired-000@example.net","type":"EMAIL"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"EMAIL","value":"aws+search-acquired-000@example.net"}]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-mizbwjhwq7pm','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/invite/h-mizbwjhwq7pm','INVITE','DECLINED','2025-12-08T15:10:03Z','2025-12-23T15:10:03Z','985495788288','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"985495788288","type":"ACCOUNT"}]','[{"type":"ORGANIZATION","value":"o-dwxc6l2d2v","resources":[{"type":"MASTER_EMAIL","value":"aws+management@example.com"},{"type":"MASTER_NAME","value":"management"},{"type":"ORGANIZATION_FEATURE_SET","value":"FULL"}]},{"type":"ACCOUNT","value":"985495788288"},{"type":"NOTES","value":"=HYPERLINK(\"https://example.com\")"}]','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_handshake_history VALUES('o-dwxc6l2d2v','h-xa6mpk7j9uep','arn:aws:organizations::297106145372:handshake/o-dwxc6l2d2v/transfer_responsibility/h-xa6mpk7j9uep','TRANSFER_RESPONSIBILITY','OPEN','2025-12-25T15:15:11Z','2026-01-09T15:15:11Z','883127788813','ACCOUNT','[{"id":"o-dwxc6l2d2v","type":"ORGANIZATION"},{"id":"883127788813","type":"ACCOUNT"}]','[{"type":"RESPONSIBILITY_TRANSFER","value":"rt-p0coziuzl0s3"},{"type":"TRANSFER_TYPE","value":"BILLING"},{"type":"TRANSFER_START_TIMESTAMP","value":"1769644800"}]','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_create_account_status_history" (
  "org_id" TEXT NOT NULL,
  "request_id" TEXT NOT NULL,
  "account_name" TEXT,
  "state" TEXT,
  "requested_timestamp" TEXT,
  "completed_timestamp" TEXT,
  "account_id" TEXT,
  "gov_cloud_account_id" TEXT,
  "failure_reason" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "request_id")
);
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-44ix99mf6859','ml-new-000','FAILED','2025-07-14T04:12:44Z','2025-07-14T04:15:40Z',NULL,NULL,'CONCURRENT_ACCOUNT_MODIFICATION','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-hiy5xy0v5t72','platform-new-in-progress','IN_PROGRESS','2025-12-29T23:50:40Z',NULL,NULL,NULL,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-ov0083cyhko6','analytics-test-00008','SUCCEEDED','2025-11-25T12:15:02Z','2025-11-25T12:17:39Z','311900098927',NULL,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-44ix99mf6859','ml-new-000','FAILED','2025-07-14T04:12:44Z','2025-07-14T04:15:40Z',NULL,NULL,'CONCURRENT_ACCOUNT_MODIFICATION','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-724856834680','new-workload-02','SUCCEEDED','2026-11-30T17:35:45Z','2026-11-30T17:37:45Z','724856834680',NULL,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-hiy5xy0v5t72','platform-new-in-progress','IN_PROGRESS','2025-12-29T23:50:40Z',NULL,NULL,NULL,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_create_account_status_history VALUES('o-dwxc6l2d2v','car-ov0083cyhko6','analytics-test-00008','SUCCEEDED','2025-11-25T12:15:02Z','2025-11-25T12:17:39Z','311900098927',NULL,NULL,'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_resource_policy_history" (
  "org_id" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "arn" TEXT,
  "content" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id")
);
INSERT INTO aws_organizations_resource_policy_history VALUES('o-dwxc6l2d2v','rp-bmzh98ww','arn:aws:organizations::297106145372:resourcepolicy/o-dwxc6l2d2v/rp-bmzh98ww',replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "AllowOrganizationsRead",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:Describe*",\n        "organizations:List*"\n      ],\n      "Resource": "*"\n    },\n    {\n      "Sid": "AllowPolicyManagement",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:CreatePolicy",\n        "organizations:UpdatePolicy",\n        "organizations:AttachPolicy"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringLikeIfExists": {\n          "organizations:PolicyType": [\n            "TAG_POLICY",\n            "BACKUP_POLICY"\n          ]\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_resource_policy_history VALUES('o-dwxc6l2d2v','rp-bmzh98ww','arn:aws:organizations::297106145372:resourcepolicy/o-dwxc6l2d2v/rp-bmzh98ww',replace('{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "AllowOrganizationsRead",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:Describe*",\n        "organizations:List*"\n      ],\n      "Resource": "*"\n    },\n    {\n      "Sid": "AllowPolicyManagement",\n      "Effect": "Allow",\n      "Principal": {\n        "AWS": "arn:aws:iam::660670744394:root"\n      },\n      "Action": [\n        "organizations:CreatePolicy",\n        "organizations:UpdatePolicy",\n        "organizations:AttachPolicy"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "StringLikeIfExists": {\n          "organizations:PolicyType": [\n            "TAG_POLICY",\n            "BACKUP_POLICY"\n          ]\n        }\n      }\n    }\n  ]\n}','\n',char(10)),'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_root_access_feature_history" (
  "org_id" TEXT NOT NULL,
  "feature" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "feature")
);
INSERT INTO aws_organizations_root_access_feature_history VALUES('o-dwxc6l2d2v','RootCredentialsManagement','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_root_access_feature_history VALUES('o-dwxc6l2d2v','RootSessions','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_root_access_feature_history VALUES('o-dwxc6l2d2v','RootCredentialsManagement','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_root_access_feature_history VALUES('o-dwxc6l2d2v','RootSessions','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_effective_policy_validation_error_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "error_number" INTEGER NOT NULL,
  "error_code" TEXT,
  "error_message" TEXT,
  "path_to_error" TEXT,
  "contributing_policies" TEXT NOT NULL,
  "evaluation_timestamp" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id", "policy_type", "error_number")
);
INSERT INTO aws_organizations_effective_policy_validation_error_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',1,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan0.rules.','plans.plan0.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_effective_policy_validation_error_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',2,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan1.rules.','plans.plan1.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_effective_policy_validation_error_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',1,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan0.rules.','plans.plan0.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_effective_policy_validation_error_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY',2,'ELEMENTS_TOO_MANY','The effective policy has more than 10 backup rules at plans.plan1.rules.','plans.plan1.rules','["p-exmsusdy","p-bqx96qu4","p-gn8wt8rv","p-x1bsb3sg"]','2025-12-26T22:22:09Z','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_responsibility_transfer_history" (
  "org_id" TEXT NOT NULL,
  "direction" TEXT NOT NULL,
  "transfer_id" TEXT NOT NULL,
  "arn" TEXT,
  "name" TEXT,
  "type" TEXT,
  "status" TEXT,
  "source_management_account_id" TEXT,
  "source_management_account_email" TEXT,
  "target_management_account_id" TEXT,
  "target_management_account_email" TEXT,
  "start_timestamp" TEXT,
  "end_timestamp" TEXT,
  "active_handshake_id" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "direction", "transfer_id")
);
INSERT INTO aws_organizations_responsibility_transfer_history VALUES('o-dwxc6l2d2v','INBOUND','rt-p0coziuzl0s3','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/inbound/rt-p0coziuzl0s3','Subsidiary, "pays through us"','BILLING','REQUESTED','883127788813','billing@subsidiary.example.com','297106145372','aws+management@example.com','2026-01-29T00:00:00Z','2027-01-29T00:00:00Z','h-xa6mpk7j9uep','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_responsibility_transfer_history VALUES('o-dwxc6l2d2v','OUTBOUND','rt-l7u904snmbna','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/outbound/rt-l7u904snmbna','Billing by the reseller','BILLING','ACCEPTED','297106145372','aws+management@example.com','977332800539','billing@reseller.example.com','2025-10-14T02:15:36Z',NULL,'h-6nzqw3l37nmz','20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_responsibility_transfer_history VALUES('o-dwxc6l2d2v','INBOUND','rt-p0coziuzl0s3','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/inbound/rt-p0coziuzl0s3','Subsidiary, "pays through us"','BILLING','REQUESTED','883127788813','billing@subsidiary.example.com','297106145372','aws+management@example.com','2026-01-29T00:00:00Z','2027-01-29T00:00:00Z','h-xa6mpk7j9uep','20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_responsibility_transfer_history VALUES('o-dwxc6l2d2v','OUTBOUND','rt-l7u904snmbna','arn:aws:organizations::297106145372:transfer/o-dwxc6l2d2v/billing/outbound/rt-l7u904snmbna','Billing by the reseller','BILLING','ACCEPTED','297106145372','aws+management@example.com','977332800539','billing@reseller.example.com','2025-10-14T02:15:36Z',NULL,'h-6nzqw3l37nmz','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "aws_organizations_account_information_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "account_name" TEXT,
  "account_state" TEXT,
  "account_created_date" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_region_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "region_name" TEXT NOT NULL,
  "region_opt_status" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id", "region_name")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_account_contact_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "full_name" TEXT,
  "company_name" TEXT,
  "address_line1" TEXT,
  "address_line2" TEXT,
  "address_line3" TEXT,
  "city" TEXT,
  "district_or_county" TEXT,
  "state_or_region" TEXT,
  "postal_code" TEXT,
  "country_code" TEXT,
  "phone_number" TEXT,
  "website_url" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id")
);
CREATE TABLE IF NOT EXISTS "aws_organizations_policy_applicability_history" (
  "org_id" TEXT NOT NULL,
  "account_id" TEXT NOT NULL,
  "policy_type" TEXT NOT NULL,
  "policy_id" TEXT NOT NULL,
  "policy_name" TEXT,
  "applies" TEXT NOT NULL,
  "source_id" TEXT,
  "source_type" TEXT,
  "source_name" TEXT,
  "source_depth" INTEGER,
  "attachment_count" INTEGER,
  "resolution" TEXT,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "account_id", "policy_type", "policy_id")
);
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','TAG_POLICY','p-zh7awznt','tag-policy-identity-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','direct','358504804180','ACCOUNT','mobile-test-00001',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','477346162128','ACCOUNT','search-test-00005',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-gkoli7iq','guardduty-policy-identity-2','direct','477346162128','ACCOUNT','search-test-00005',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','825016786801','ACCOUNT','billing-test-00007',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','827442828456','ACCOUNT','checkout-staging-00003',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','INSPECTOR_POLICY','p-km3hy0xd','inspector-policy-web-1','direct','915311352242','ACCOUNT','ledger-dev-00011',2,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','933218557393','ACCOUNT','network-dev-00004',2,2,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-16b2cd4b');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','297106145372','ACCOUNT','management',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','297106145372','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','direct','297106145372','ACCOUNT','management',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','310816224449','ACCOUNT','identity-prod-00009',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','TAG_POLICY','p-zh7awznt','tag-policy-identity-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','310816224449','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','310816224449','ACCOUNT','identity-prod-00009',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','311900098927','ACCOUNT','analytics-test-00008',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','311900098927','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','324348813038','ACCOUNT','payments-staging-00002',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','324348813038','ACCOUNT','payments-staging-00002',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','324348813038','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','direct','358504804180','ACCOUNT','mobile-test-00001',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','358504804180','ACCOUNT','mobile-test-00001',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','358504804180','ACCOUNT','mobile-test-00001',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','358504804180','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','477346162128','ACCOUNT','search-test-00005',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-gkoli7iq','guardduty-policy-identity-2','direct','477346162128','ACCOUNT','search-test-00005',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','477346162128','ACCOUNT','search-test-00005',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','477346162128','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','660670744394','ACCOUNT','support-dev-00010',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','660670744394','ACCOUNT','support-dev-00010',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','660670744394','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-2e5y0l8n','aiservices-opt-out-policy-checkout-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-adh887bo','chatbot-policy-identity-3','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','GUARDDUTY_POLICY','p-gkoli7iq','guardduty-policy-identity-2','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','INSPECTOR_POLICY','p-6vvgwcvy','inspector-policy-data-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','INSPECTOR_POLICY','p-km3hy0xd','inspector-policy-web-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','RESOURCE_CONTROL_POLICY','p-gf6cpan1','resource-control-policy-web-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','724856834680','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-t1rkzu3k','ORGANIZATIONAL_UNIT','Workloads',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','DECLARATIVE_POLICY_EC2','p-kvbkd9c0','declarative-policy-ec2-search-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','766996258228','ACCOUNT','ledger-staging-00006',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','766996258228','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','direct','766996258228','ACCOUNT','ledger-staging-00006',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','825016786801','ACCOUNT','billing-test-00007',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','825016786801','ACCOUNT','billing-test-00007',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','825016786801','ACCOUNT','billing-test-00007',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','825016786801','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-05g1kzpk','aiservices-opt-out-policy-ml-2','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','direct','827442828456','ACCOUNT','checkout-staging-00003',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bbm8plky','securityhub-policy-mobile-1','direct','827442828456','ACCOUNT','checkout-staging-00003',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','827442828456','ACCOUNT','checkout-staging-00003',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','827442828456','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','INSPECTOR_POLICY','p-km3hy0xd','inspector-policy-web-1','direct','915311352242','ACCOUNT','ledger-dev-00011',2,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','915311352242','ACCOUNT','ledger-dev-00011',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','915311352242','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','AISERVICES_OPT_OUT_POLICY','p-dhp8kj04','aiservices-opt-out-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-bqx96qu4','backup-policy-analytics-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-exmsusdy','backup-policy-data-2','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-gn8wt8rv','backup-policy-checkout-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BACKUP_POLICY','p-x1bsb3sg','backup-policy-support-3','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-omxefxhw','bedrock-policy-ledger-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','BEDROCK_POLICY','p-qgd08r5w','bedrock-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-5hn74p9x','chatbot-policy-risk-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-lxljp2co','chatbot-policy-media-2','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','CHATBOT_POLICY','p-m3sm86bt','chatbot-policy-media-1','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','GUARDDUTY_POLICY','p-p7wl9afk','guardduty-policy-mobile-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','NETWORK_SECURITY_DIRECTOR_POLICY','p-c84yxpzq','network-security-director-policy-mobile-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-RCPFullAWSAccess','RCPFullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','RESOURCE_CONTROL_POLICY','p-djuzvf0h','resource-control-policy-network-1','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','S3_POLICY','p-nai4otqg','s3-policy-ledger-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SECURITYHUB_POLICY','p-bevyt89x','securityhub-policy-support-0','inherited','r-k3lh','ROOT','Root',0,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-FullAWSAccess','FullAWSAccess','direct','933218557393','ACCOUNT','network-dev-00004',2,3,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-d6aa428v','service-control-policy-checkout-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','SERVICE_CONTROL_POLICY','p-g9j0yrs7','service-control-policy-mobile-1','direct','933218557393','ACCOUNT','network-dev-00004',2,2,NULL,'20261130T173745Z-feb16f13');
INSERT INTO aws_organizations_policy_applicability_history VALUES('o-dwxc6l2d2v','933218557393','UPGRADE_ROLLOUT_POLICY','p-6c6kb4nk','upgrade-rollout-policy-payments-0','inherited','ou-k3lh-5w2kb09u','ORGANIZATIONAL_UNIT','Infrastructure',1,1,NULL,'20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "orgsync_finding_history" (
  "org_id" TEXT NOT NULL,
  "finding_id" TEXT NOT NULL,
  "resource_id" TEXT NOT NULL,
  "title" TEXT NOT NULL,
  "severity" TEXT NOT NULL,
  "resource_type" TEXT NOT NULL,
  "resource_name" TEXT,
  "message" TEXT NOT NULL,
  "fix" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("run_id", "org_id", "finding_id", "resource_id")
);
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-001','r-k3lh','AI-services opt-out policy not in force at the root','medium','ROOT','Root','no AISERVICES_OPT_OUT_POLICY is attached to root Root (r-k3lh)','Attach an AISERVICES_OPT_OUT_POLICY that opts out of every service to the root.','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','310816224449','Account without a SECURITY alternate contact','medium','ACCOUNT','identity-prod-00009','account 310816224449 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','311900098927','Account without a SECURITY alternate contact','medium','ACCOUNT','analytics-test-00008','account 311900098927 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','827442828456','Account without a SECURITY alternate contact','medium','ACCOUNT','checkout-staging-00003','account 827442828456 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-008','933218557393','Suspended or closed account outside a dedicated OU','low','ACCOUNT','network-dev-00004','account 933218557393 is SUSPENDED but sits in Root/Infrastructure','Move the account to an OU for retired accounts (a name containing suspended, closed or decommission).','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-010','p-tww8d5ui','Policy attached nowhere','low','POLICY','guardduty-policy-ledger-1','GUARDDUTY_POLICY guardduty-policy-ledger-1 (p-tww8d5ui) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-010','p-u8e4q808','Policy attached nowhere','low','POLICY','network-security-director-policy-web-0','NETWORK_SECURITY_DIRECTOR_POLICY network-security-director-policy-web-0 (p-u8e4q808) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-012','766996258228','Effective policy fails validation','medium','ACCOUNT','ledger-staging-00006','the effective policy of account 766996258228 fails validation: BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan0.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg); BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan1.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg)','Correct the contributing policies named (`aws organizations list-effective-policy-validation-errors --account-id ID --policy-type TYPE` shows each error).','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-001','r-k3lh','AI-services opt-out policy not in force at the root','medium','ROOT','Root','no AISERVICES_OPT_OUT_POLICY is attached to root Root (r-k3lh)','Attach an AISERVICES_OPT_OUT_POLICY that opts out of every service to the root.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','310816224449','Account without a SECURITY alternate contact','medium','ACCOUNT','identity-prod-00009','account 310816224449 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','311900098927','Account without a SECURITY alternate contact','medium','ACCOUNT','analytics-test-00008','account 311900098927 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','724856834680','Account without a SECURITY alternate contact','medium','ACCOUNT','new-workload-02','account 724856834680 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-006','827442828456','Account without a SECURITY alternate contact','medium','ACCOUNT','checkout-staging-00003','account 827442828456 has no SECURITY alternate contact','Set the SECURITY alternate contact (`aws account put-alternate-contact --account-id ID --alternate-contact-type SECURITY …`).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-008','933218557393','Suspended or closed account outside a dedicated OU','low','ACCOUNT','network-dev-00004','account 933218557393 is SUSPENDED but sits in Root/Infrastructure','Move the account to an OU for retired accounts (a name containing suspended, closed or decommission).','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-010','p-tww8d5ui','Policy attached nowhere','low','POLICY','guardduty-policy-ledger-1','GUARDDUTY_POLICY guardduty-policy-ledger-1 (p-tww8d5ui) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-010','p-u8e4q808','Policy attached nowhere','low','POLICY','network-security-director-policy-web-0','NETWORK_SECURITY_DIRECTOR_POLICY network-security-director-policy-web-0 (p-u8e4q808) is attached to no root, OU or account','Attach the policy where it is meant to apply, or delete it.','20261130T173745Z-feb16f13');
INSERT INTO orgsync_finding_history VALUES('o-dwxc6l2d2v','ORG-012','766996258228','Effective policy fails validation','medium','ACCOUNT','ledger-staging-00006','the effective policy of account 766996258228 fails validation: BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan0.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg); BACKUP_POLICY ELEMENTS_TOO_MANY at plans.plan1.rules (from p-exmsusdy, p-bqx96qu4, p-gn8wt8rv, p-x1bsb3sg)','Correct the contributing policies named (`aws organizations list-effective-policy-validation-errors --account-id ID --policy-type TYPE` shows each error).','20261130T173745Z-feb16f13');
CREATE TABLE IF NOT EXISTS "orgsync_history_run" (
  "org_id" TEXT NOT NULL,
  "run_id" TEXT NOT NULL,
  PRIMARY KEY ("org_id", "run_id")
);
INSERT INTO orgsync_history_run VALUES('o-dwxc6l2d2v','20261130T173745Z-16b2cd4b');
INSERT INTO orgsync_history_run VALUES('o-dwxc6l2d2v','20261130T173745Z-feb16f13');
CREATE INDEX "orgsync_run_org_started" ON "orgsync_run" ("org_id", "started_at");
CREATE INDEX "orgsync_error_org_run" ON "orgsync_error" ("org_id", "run_id");
COMMIT;
