//! cargo-fuzz target: `orgsync_fuzz::role_chain` on every input (see ../README.md).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orgsync_fuzz::role_chain(data);
});
