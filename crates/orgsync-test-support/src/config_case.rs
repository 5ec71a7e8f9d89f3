//! The configuration cases of `test-data/config/`, read the same way by the
//! core's data-driven tests and the binary's: each case folder has one input
//! file (`config.toml`, `config.json`, or `config` / `config.<any
//! extension>`: the format is read from the content), optional `env` and
//! `flags` files of `NAME=VALUE` lines, and `expected.txt`. `{case_dir}`
//! inside an input file stands for the case folder.

use std::path::{Path, PathBuf};

/// The case's input file: as it is, or, when it contains `{case_dir}`, a
/// copy in `scratch` with the case folder in its place.
pub fn input_file(case: &Path, scratch: &Path) -> PathBuf {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(case)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name == "config" || name.starts_with("config.")
        })
        .collect();
    assert!(inputs.len() == 1, "{}: expected one config file, found {inputs:?}", case.display());
    let input = inputs.remove(0);
    let bytes = std::fs::read(&input).unwrap();
    if bytes.windows(10).any(|w| w == b"{case_dir}") {
        let text =
            String::from_utf8(bytes).unwrap().replace("{case_dir}", &case.display().to_string());
        let copy = scratch.join(input.file_name().unwrap());
        std::fs::write(&copy, text).unwrap();
        copy
    } else {
        input
    }
}

/// The `NAME=VALUE` lines of a case's `env` or `flags` file (none when the
/// case has no such file).
pub fn pairs(path: &Path) -> Vec<(String, String)> {
    let Ok(text) = std::fs::read_to_string(path) else { return Vec::new() };
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let (k, v) = l
                .split_once('=')
                .unwrap_or_else(|| panic!("{}: `{l}` is not NAME=VALUE", path.display()));
            (k.to_owned(), v.to_owned())
        })
        .collect()
}
