//! cargo-fuzz target: `orgsync_fuzz::config_file` on every input (see ../README.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orgsync_fuzz::config_file(data);
});
