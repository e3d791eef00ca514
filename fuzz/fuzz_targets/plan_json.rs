//! The embedders' path: JSON bytes into `PlanInput` (as the JS API and any JSON caller
//! do), then `plan` (checks in ../checks.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("../checks.rs");

fuzz_target!(|data: &[u8]| check_plan_json(data));
