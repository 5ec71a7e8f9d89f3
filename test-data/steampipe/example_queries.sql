-- example 1 of aws_account_alternate_contact.md
select
  name,
  linked_account_id,
  contact_type,
  email_address,
  phone_number,
  contact_title
from
  aws_account_alternate_contact;
-- end

-- example 2 of aws_account_alternate_contact.md
select
  name,
  linked_account_id,
  contact_type,
  email_address,
  phone_number,
  contact_title
from
  aws_account_alternate_contact
where
  contact_type = 'BILLING';
-- end

-- example 3 of aws_account_alternate_contact.md
select
  name,
  linked_account_id,
  contact_type,
  email_address,
  phone_number,
  contact_title
from
  aws_account_alternate_contact
where
  linked_account_id = '123456789012';
-- end

-- example 4 of aws_account_alternate_contact.md
select
  name,
  linked_account_id,
  contact_type,
  email_address,
  phone_number,
  contact_title
from
  aws_account_alternate_contact
where
  linked_account_id = '123456789012'
  and contact_type = 'SECURITY';
-- end

-- example 1 of aws_organizations_account.md
select
  id,
  arn,
  email,
  joined_method,
  joined_timestamp,
  name,
  status,
  tags
from
  aws_organizations_account;
-- end

-- example 2 of aws_organizations_account.md
select
  id,
  name,
  arn,
  email,
  joined_method,
  joined_timestamp,
  status
from
  aws_organizations_account
where
  status = 'SUSPENDED';
-- end

-- example 1 of aws_organizations_delegated_administrator.md
select
  id,
  arn,
  email,
  joined_method,
  joined_timestamp,
  name,
  status,
  delegation_enabled_date
from
  aws_organizations_delegated_administrator;
-- end

-- example 2 of aws_organizations_delegated_administrator.md
select
  id,
  name,
  arn,
  email,
  joined_method,
  joined_timestamp,
  status,
  delegation_enabled_date
from
  aws_organizations_delegated_administrator
where
  status = 'ACTIVE';
-- end

-- example 1 of aws_organizations_delegated_services_for_account.md
select
  delegated_account_id,
  service_principal,
  delegation_enabled_date
from
  aws_organizations_delegated_services_for_account
-- end

-- example 2 of aws_organizations_delegated_services_for_account.md
select
  delegated_account_id,
  service_principal,
  delegation_enabled_date
from
  aws_organizations_delegated_services_for_account
where
  delegated_account_id = '123456789012';
-- end

-- example 1 of aws_organizations_organizational_unit.md
select
  name,
  id,
  arn,
  parent_id,
  title,
  akas
from
  aws_organizations_organizational_unit;
-- end

-- example 2 of aws_organizations_organizational_unit.md
select
  name,
  id,
  parent_id,
  path
from
  aws_organizations_organizational_unit
where
  path <@ 'r_wxnb.ou_wxnb_m8l8t123';
-- end

-- example 3 of aws_organizations_organizational_unit.md
select
  name,
  id,
  parent_id,
  path
from
  aws_organizations_organizational_unit
where
  nlevel(path) = 3;
-- end

-- example 4 of aws_organizations_organizational_unit.md
select
  name,
  id,
  parent_id,
  path
from
  aws_organizations_organizational_unit
where
  'r_wxnb.ou_wxnb_m8l123aq.ou_wxnb_5gri123b' @> path;
-- end

-- example 5 of aws_organizations_organizational_unit.md
select
  name,
  id,
  parent_id,
  path
from
  aws_organizations_organizational_unit
where
  parent_id =
  (
    select
      parent_id
    from
      aws_organizations_organizational_unit
    where
      name = 'Punisher'
  );
-- end

-- example 6 of aws_organizations_organizational_unit.md
select
  name,
  id,
  parent_id,
  path
from
  aws_organizations_organizational_unit
where
  path ~ 'r_wxnb.*.ou_wxnb_m81234aq.*';
-- end

-- example 1 of aws_organizations_policy.md
select
  name,
  id,
  arn,
  type,
  aws_managed
from
  aws_organizations_policy
where
  type = 'SERVICE_CONTROL_POLICY';
-- end

-- example 2 of aws_organizations_policy.md
select
  id,
  name,
  arn,
  type,
  aws_managed
from
  aws_organizations_policy
where
  not aws_managed
  and type = 'TAG_POLICY';
-- end

-- example 3 of aws_organizations_policy.md
select
  id,
  name,
  arn,
  type,
  aws_managed
from
  aws_organizations_policy
where
  type = 'BACKUP_POLICY';
-- end

-- example 4 of aws_organizations_policy.md
select
  name,
  id,
  content ->> 'Version' as policy_version,
  content ->> 'Statement' as policy_statement
from
  aws_organizations_policy
where
  type = 'SERVICE_CONTROL_POLICY';
-- end

-- example 1 of aws_organizations_policy_target.md
select
  name,
  id,
  arn,
  type,
  aws_managed 
from
  aws_organizations_policy_target 
where
  type = 'SERVICE_CONTROL_POLICY' 
  and target_id = '123456789098';
-- end

-- example 2 of aws_organizations_policy_target.md
select
  id,
  name,
  arn,
  type,
  aws_managed 
from
  aws_organizations_policy_target 
where
  not aws_managed 
  and type = 'TAG_POLICY' 
  and target_id = 'ou-jsdhkek';
-- end

-- example 3 of aws_organizations_policy_target.md
select
  id,
  name,
  arn,
  type,
  aws_managed
from
  aws_organizations_policy_target
where
  type = 'BACKUP_POLICY'
  and target_id = '123456789098';
-- end

-- example 4 of aws_organizations_policy_target.md
select
  name,
  id,
  content ->> 'Version' as policy_version,
  content ->> 'Statement' as policy_statement
from
  aws_organizations_policy_target
where
  type = 'SERVICE_CONTROL_POLICY'
  and target_id = 'r-9ijkl7';
-- end

-- example 1 of aws_organizations_root.md
select
  name,
  id,
  arn
from
  aws_organizations_root;
-- end

-- example 2 of aws_organizations_root.md
select
  id,
  name,
  p ->> 'Status' as policy_status,
  p ->> 'Type' as policy_type
from
  aws_organizations_root,
  jsonb_array_elements(policy_types) as p;
-- end

