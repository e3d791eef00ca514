//! `certplan::query::parse` over any text a link can carry (checks in ../checks.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../checks.rs");

fuzz_target!(|data: &[u8]| {
    // A page hands the parser `location.search`, which is always a valid string.
    if let Ok(text) = std::str::from_utf8(data) {
        check_query(text);
    }
});
