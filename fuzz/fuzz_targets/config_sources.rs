//! cargo-fuzz target: `orgsync_fuzz::config_sources` on every input (see ../README.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orgsync_fuzz::config_sources(data);
});
