//! The runbook: the way down before a planned shutdown, powering on, the checks before
//! the first step and the fix steps, each item with its "Done" box and its remedies.

pub mod before_you_start;
pub mod check_item;
pub mod done_box;
pub mod fix_step;
pub mod if_fails;
pub mod jump_to;
pub mod power_section;
pub mod remedy_item;
pub mod run_script;
pub mod step_list;
