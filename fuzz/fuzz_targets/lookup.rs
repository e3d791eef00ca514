//! `certplan::lookup::find_remedies` over any pasted text (checks in ../checks.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../checks.rs");

fuzz_target!(|data: &[u8]| {
    check_lookup(data);
});
