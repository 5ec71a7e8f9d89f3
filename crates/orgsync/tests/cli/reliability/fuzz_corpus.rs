//! The fuzz targets' properties (`fuzz/src/lib.rs`, the same code
//! cargo-fuzz runs) over a seeded random corpus, so every test run fuzzes a
//! little without nightly: mutations of the configuration files of
//! `test-data/`, and role chains and key/value sets built from ARN-like
//! tokens. A failure prints the seed and the input.

use std::path::Path;

#[path = "../../../../../fuzz/src/lib.rs"]
mod targets;

/// xorshift64*: a small deterministic generator (the seed is printed on failure).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Byte-level mutations: flips, random insertions, deletions, splices.
fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = rng.pick(seeds).clone();
    for _ in 0..=rng.below(4) {
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = rng.below(data.len());
                data[i] ^= 1 << rng.below(8);
            }
            1 => {
                let i = rng.below(data.len() + 1);
                let bytes: Vec<u8> = (0..rng.below(16)).map(|_| rng.next() as u8).collect();
                data.splice(i..i, bytes);
            }
            2 if !data.is_empty() => {
                let i = rng.below(data.len());
                let end = (i + rng.below(32)).min(data.len());
                data.drain(i..end);
            }
            3 => {
                let other = rng.pick(seeds);
                let i = rng.below(data.len() + 1);
                let j = rng.below(other.len() + 1);
                data.truncate(i);
                data.extend_from_slice(&other[j..]);
            }
            4 => {
                let i = rng.below(data.len() + 1);
                let token = rng.pick(TOKENS).as_bytes().to_vec();
                data.splice(i..i, token);
            }
            _ => data.truncate(rng.below(data.len() + 1)),
        }
    }
    data
}

/// Pieces of ARNs, chains, TOML/JSON and awkward characters.
const TOKENS: &[&str] = &[
    "arn",
    ":",
    "aws",
    "aws-cn",
    "aws-us-gov",
    "iam",
    "sts",
    "::",
    "role/",
    "user/",
    "/",
    "123456789012",
    "000000000000",
    "12345678901",
    "1234567890123",
    "Reader",
    "path/",
    "{accountId}",
    "{account_id}",
    ",",
    ";",
    " ",
    "\n",
    "\t",
    "\r\n",
    "=",
    "\"",
    "'",
    "[",
    "]",
    "{",
    "}",
    "null",
    "true",
    "1e309",
    "-1",
    "99999999999999999999",
    "é",
    "\u{202e}",
    "\u{0}",
    "\u{feff}",
    "ø/ø",
    "*",
    "\\",
    "\\u0000",
    "#",
    "region",
    "master_assume_role_arn_chain",
    "assume_external_id",
    "destination",
    "sqlite:",
    "postgres://u:p@h/db",
    "x",
];

fn token_string(rng: &mut Rng) -> String {
    (0..rng.below(24)).map(|_| *rng.pick(TOKENS)).collect()
}

/// Well-formed chains with small defects, so the accepting path is reached too.
fn chain_string(rng: &mut Rng) -> String {
    let partitions = ["aws", "aws-cn", "aws-us-gov", "aws", "aws"];
    let separators = [",", ";", " ", "\n", ", ", ",,"];
    let partition = *rng.pick(&partitions);
    let mut out = String::new();
    for i in 0..=rng.below(4) {
        if i > 0 {
            let separator: &&str = rng.pick(&separators);
            out.push_str(separator);
        }
        let account = if rng.below(8) == 0 { token_string(rng) } else { "123456789012".to_owned() };
        let path = if rng.below(3) == 0 { "team/ops/" } else { "" };
        let name = if rng.below(10) == 0 { token_string(rng) } else { format!("Role{i}") };
        let partition = if rng.below(12) == 0 { *rng.pick(&partitions) } else { partition };
        let template = if rng.below(4) == 0 { "{accountId}" } else { account.as_str() };
        out.push_str(&format!("arn:{partition}:iam::{template}:role/{path}{name}"));
    }
    out
}

const ITERATIONS: usize = 1500;

/// Feeds `ITERATIONS` generated inputs to `target`; returns how many it accepted.
fn run_each(
    name: &str,
    seed: u64,
    mut make: impl FnMut(&mut Rng) -> Vec<u8>,
    target: fn(&[u8]) -> bool,
) -> usize {
    let mut rng = Rng(seed);
    let mut accepted = 0;
    for i in 0..ITERATIONS {
        let input = make(&mut rng);
        match std::panic::catch_unwind(|| target(&input)) {
            Ok(ok) => accepted += usize::from(ok),
            Err(_) => panic!(
                "{name}: iteration {i} (seed {seed}) broke a property on input {:?}",
                String::from_utf8_lossy(&input)
            ),
        }
    }
    println!("reliability-figures test=fuzz_{name} bad_inputs={ITERATIONS} accepted={accepted}");
    accepted
}

#[test]
fn configuration_files_never_panic_and_problems_exit_2() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seeds = targets::seed_files(&root);
    assert!(seeds.len() > 60, "{} seed files", seeds.len());
    let accepted =
        run_each("config_file", 0x5eed_0001, |rng| mutate(rng, &seeds), targets::config_file);
    assert!(accepted > 0, "no mutated file was accepted: the plan checks never ran");
}

#[test]
fn role_chains_never_panic_and_accepted_chains_round_trip() {
    let accepted = run_each(
        "role_chain",
        0x5eed_0002,
        |rng| if rng.below(3) == 0 { token_string(rng) } else { chain_string(rng) }.into_bytes(),
        targets::role_chain,
    );
    assert!(
        accepted > ITERATIONS / 10,
        "only {accepted} chains accepted: the round trip barely ran"
    );
}

#[test]
fn any_keys_from_environment_and_flags_never_panic() {
    run_each(
        "config_sources",
        0x5eed_0003,
        |rng| {
            let values: Vec<String> = (0..rng.below(30))
                .map(|_| if rng.below(4) == 0 { chain_string(rng) } else { token_string(rng) })
                .collect();
            values.join("\0").into_bytes()
        },
        targets::config_sources,
    );
}
