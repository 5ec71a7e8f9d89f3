//! Realistic changes to an organization, the kind a governance team sees
//! between two hourly syncs: accounts moved, created, closed or removed,
//! tags and alternate contacts edited, policies attached and detached, OUs
//! renamed. `orgsync demo --changes N` applies them between two syncs so
//! `orgsync diff` has something true to show.
//!
//! Deterministic: the same organization, count and seed give the same
//! changes. Every change keeps the model valid (parents exist, the
//! management account stays, AWS-managed policies stay where AWS puts them).
//!
//! Each change also names the API call that makes it ([`Change::call`]), so
//! [`crate::Emulator::make_realistic_changes`] can record it in the
//! management account's CloudTrail history as the administrator's write.

use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use serde_json::{Value, json};

use crate::model::{Account, AccountState, AlternateContact, Organization, Tag};

/// The kinds of change, applied in turn (a shuffled round of all kinds,
/// then another round) so a handful of changes already shows variety.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChangeKind {
    MoveAccount,
    TagAccount,
    CreateAccount,
    AttachPolicy,
    RenameOu,
    CloseAccount,
    UpdateAlternateContact,
    DetachPolicy,
    RemoveAccount,
}

const KINDS: [ChangeKind; 9] = [
    ChangeKind::MoveAccount,
    ChangeKind::TagAccount,
    ChangeKind::CreateAccount,
    ChangeKind::AttachPolicy,
    ChangeKind::RenameOu,
    ChangeKind::CloseAccount,
    ChangeKind::UpdateAlternateContact,
    ChangeKind::DetachPolicy,
    ChangeKind::RemoveAccount,
];

/// The API call that makes a change: its event source, operation and
/// request parameters (as the API names them).
#[derive(Clone, Debug, PartialEq)]
pub struct Call {
    /// `organizations.amazonaws.com` or `account.amazonaws.com`.
    pub event_source: &'static str,
    /// The operation, e.g. `MoveAccount`.
    pub operation: &'static str,
    /// The request parameters.
    pub params: Value,
}

/// One change applied.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What was done, in a sentence.
    pub sentence: String,
    /// The call that does it.
    pub call: Call,
}

const ORGANIZATIONS: &str = "organizations.amazonaws.com";

fn organizations(operation: &'static str, params: Value) -> Call {
    Call { event_source: ORGANIZATIONS, operation, params }
}

/// Applies `count` changes to `org` (fewer only when the organization is too
/// small to offer a candidate for any kind) and returns them in the order
/// applied. `now` (epoch seconds) dates new accounts.
pub fn apply_realistic_changes(
    org: &mut Organization,
    count: usize,
    seed: u64,
    now: i64,
) -> Vec<Change> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x0c4a_9e5d);
    let mut applied = Vec::with_capacity(count);
    let mut round: Vec<ChangeKind> = Vec::new();
    let mut misses = 0;
    while applied.len() < count && misses < KINDS.len() * 2 {
        if round.is_empty() {
            round = KINDS.to_vec();
            // Fisher–Yates with the seeded stream.
            for i in (1..round.len()).rev() {
                round.swap(i, rng.random_range(0..=i));
            }
        }
        let kind = round.pop().unwrap_or(ChangeKind::TagAccount);
        match apply_one(org, kind, applied.len(), &mut rng, now) {
            Some(sentence) => {
                applied.push(sentence);
                misses = 0;
            }
            None => misses += 1,
        }
    }
    org.reindex();
    applied
}

/// `name (id)` of an account, for sentences.
fn account_label(account: &Account) -> String {
    format!("account {} ({})", account.id, account.name)
}

/// The name of a parent (root or OU), for sentences.
fn parent_name(org: &Organization, parent_id: &str) -> String {
    org.organizational_units
        .get(parent_id)
        .map_or_else(|| org.root.name.clone(), |ou| ou.name.clone())
}

/// Member accounts that are ACTIVE (the ones a team moves, tags or closes).
fn active_members(org: &Organization) -> Vec<String> {
    org.active_members().map(|a| a.id.clone()).collect()
}

fn apply_one(
    org: &mut Organization,
    kind: ChangeKind,
    sequence: usize,
    rng: &mut ChaCha8Rng,
    now: i64,
) -> Option<Change> {
    let ou_ids: Vec<String> = org.organizational_units.keys().cloned().collect();
    match kind {
        ChangeKind::MoveAccount => {
            let id = active_members(org).choose(rng)?.clone();
            let from = org.accounts.get(&id)?.parent_id.clone();
            let candidates: Vec<&String> = ou_ids.iter().filter(|ou| **ou != from).collect();
            let to = (*candidates.choose(rng)?).clone();
            let sentence = format!(
                "moved {} from {} to {}",
                account_label(org.accounts.get(&id)?),
                parent_name(org, &from),
                parent_name(org, &to)
            );
            org.accounts.get_mut(&id)?.parent_id = to.clone();
            let params =
                json!({ "AccountId": id, "SourceParentId": from, "DestinationParentId": to });
            Some(Change { sentence, call: organizations("MoveAccount", params) })
        }
        ChangeKind::TagAccount => {
            let id = active_members(org).choose(rng)?.clone();
            let value = rng.random_range(100..1000).to_string();
            let tags = org.tags.entry(id.clone()).or_default();
            let sentence = match tags.iter_mut().find(|t| t.key == "CostCenter") {
                Some(tag) => {
                    let old = std::mem::replace(&mut tag.value, value.clone());
                    format!("changed tag CostCenter from {old} to {value}")
                }
                None => {
                    tags.push(Tag { key: "CostCenter".into(), value: value.clone() });
                    format!("tagged CostCenter={value}")
                }
            };
            let sentence = format!("{sentence} on {}", account_label(org.accounts.get(&id)?));
            let params =
                json!({ "ResourceId": id, "Tags": [{ "Key": "CostCenter", "Value": value }] });
            Some(Change { sentence, call: organizations("TagResource", params) })
        }
        ChangeKind::CreateAccount => {
            let parent = ou_ids.choose(rng).cloned().unwrap_or_else(|| org.root.id.clone());
            let id = loop {
                let candidate =
                    format!("{:012}", rng.random_range(100_000_000_000_u64..999_999_999_999));
                if !org.accounts.contains_key(&candidate) {
                    break candidate;
                }
            };
            let name = format!("new-workload-{:02}", sequence + 1);
            let account = Account {
                id: id.clone(),
                email: format!("aws+{name}-{id}@example.com"),
                name,
                parent_id: parent.clone(),
                state: AccountState::Active,
                joined_method: "CREATED".into(),
                joined_timestamp: now,
                created_timestamp: None,
            };
            let sentence =
                format!("created {} in {}", account_label(&account), parent_name(org, &parent));
            // Its CreateAccount request, as ListCreateAccountStatus reports it.
            let request = format!("car-{id}");
            org.create_account_statuses.insert(
                request.clone(),
                crate::model::CreateAccountStatus {
                    id: request,
                    account_name: account.name.clone(),
                    state: "SUCCEEDED".into(),
                    requested_timestamp: now - 120,
                    completed_timestamp: Some(now),
                    account_id: Some(id.clone()),
                    gov_cloud_account_id: None,
                    failure_reason: None,
                },
            );
            let params = json!({ "Email": account.email, "AccountName": account.name });
            org.accounts.insert(id, account);
            Some(Change { sentence, call: organizations("CreateAccount", params) })
        }
        ChangeKind::AttachPolicy => {
            let custom: Vec<String> = org
                .policies
                .values()
                .filter(|p| !p.aws_managed && org.policy_type_enabled(&p.policy_type))
                .map(|p| p.id.clone())
                .collect();
            let policy_id = custom.choose(rng)?.clone();
            let free: Vec<&String> = ou_ids
                .iter()
                .filter(|ou| org.attachments.get(*ou).is_none_or(|set| !set.contains(&policy_id)))
                .collect();
            let target = (*free.choose(rng)?).clone();
            org.attach_policy(&policy_id, &target);
            let policy = org.policies.get(&policy_id)?;
            let sentence = format!(
                "attached {} {} ({}) to OU {}",
                policy.policy_type,
                policy.name,
                policy.id,
                parent_name(org, &target)
            );
            let params = json!({ "PolicyId": policy_id, "TargetId": target });
            Some(Change { sentence, call: organizations("AttachPolicy", params) })
        }
        ChangeKind::RenameOu => {
            let id = ou_ids.choose(rng)?.clone();
            let ou = org.organizational_units.get_mut(&id)?;
            let old = std::mem::take(&mut ou.name);
            ou.name = format!("{old}-v2");
            let sentence = format!("renamed OU {id} from {old} to {}", ou.name);
            let params = json!({ "OrganizationalUnitId": id, "Name": ou.name });
            Some(Change { sentence, call: organizations("UpdateOrganizationalUnit", params) })
        }
        ChangeKind::CloseAccount => {
            let id = active_members(org).choose(rng)?.clone();
            let account = org.accounts.get_mut(&id)?;
            account.state = AccountState::Closed;
            let sentence = format!("closed {}", account_label(account));
            Some(Change {
                sentence,
                call: organizations("CloseAccount", json!({ "AccountId": id })),
            })
        }
        ChangeKind::UpdateAlternateContact => {
            let with_contacts: Vec<String> = org
                .alternate_contacts
                .iter()
                .filter(|(id, contacts)| org.accounts.contains_key(*id) && !contacts.is_empty())
                .map(|(id, _)| id.clone())
                .collect();
            let id = with_contacts.choose(rng)?.clone();
            let contacts = org.alternate_contacts.get_mut(&id)?;
            let contact_type = contacts.keys().cloned().collect::<Vec<_>>().choose(rng)?.clone();
            let phone = format!("+1-555-{:04}", rng.random_range(0..10_000));
            let contact: &mut AlternateContact = contacts.get_mut(&contact_type)?;
            contact.phone_number = phone.clone();
            let params = json!({
                "AccountId": id,
                "AlternateContactType": contact_type,
                "EmailAddress": contact.email_address,
                "Name": contact.name,
                "PhoneNumber": phone,
                "Title": contact.title,
            });
            let label = account_label(org.accounts.get(&id)?);
            let sentence =
                format!("changed the {contact_type} contact's phone to {phone} on {label}");
            let call = Call {
                event_source: "account.amazonaws.com",
                operation: "PutAlternateContact",
                params,
            };
            Some(Change { sentence, call })
        }
        ChangeKind::DetachPolicy => {
            let attached: Vec<(String, String)> = org
                .attachments
                .iter()
                .flat_map(|(target, set)| set.iter().map(move |p| (p.clone(), target.clone())))
                .filter(|(policy, _)| org.policies.get(policy).is_some_and(|p| !p.aws_managed))
                .collect();
            let (policy_id, target) = attached.choose(rng)?.clone();
            org.detach_policy(&policy_id, &target);
            let policy = org.policies.get(&policy_id)?;
            let target_label = match org.accounts.get(&target) {
                Some(account) => account_label(account),
                None if org.organizational_units.contains_key(&target) => {
                    format!("OU {}", parent_name(org, &target))
                }
                None => format!("root {}", org.root.id),
            };
            let sentence = format!(
                "detached {} {} ({}) from {target_label}",
                policy.policy_type, policy.name, policy.id
            );
            let params = json!({ "PolicyId": policy_id, "TargetId": target });
            Some(Change { sentence, call: organizations("DetachPolicy", params) })
        }
        ChangeKind::RemoveAccount => {
            let removable: Vec<String> = active_members(org)
                .into_iter()
                .filter(|id| !org.delegated_administrators.contains_key(id))
                .collect();
            let id = removable.choose(rng)?.clone();
            let label = account_label(org.accounts.get(&id)?);
            org.remove_account(&id);
            let sentence = format!("removed {label} from the organization");
            let params = json!({ "AccountId": id });
            Some(Change { sentence, call: organizations("RemoveAccountFromOrganization", params) })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synthetic::generate;

    #[test]
    fn changes_are_deterministic_varied_and_keep_the_model_valid() {
        let before = generate(120, 3);
        let mut first = before.clone();
        let mut second = before.clone();
        let a = apply_realistic_changes(&mut first, 12, 9, 1_700_000_000);
        let b = apply_realistic_changes(&mut second, 12, 9, 1_700_000_000);
        assert_eq!(a, b);
        assert_eq!(first, second);
        assert_eq!(a.len(), 12);
        assert_ne!(first, before);
        assert!(first.validate().is_empty(), "{:?}", first.validate());
        for verb in ["moved", "created", "closed", "removed", "renamed", "attached", "detached"] {
            assert!(a.iter().any(|c| c.sentence.starts_with(verb)), "no `{verb}` in {a:#?}");
        }
        assert!(first.accounts.contains_key(&first.management_account_id));
    }

    #[test]
    fn a_tiny_organization_gets_what_changes_it_can_take() {
        let mut org = generate(1, 1);
        let applied = apply_realistic_changes(&mut org, 5, 1, 1_700_000_000);
        assert!(!applied.is_empty());
        assert!(org.validate().is_empty(), "{:?}", org.validate());
    }
}
