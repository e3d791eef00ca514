//! The runbook: the way down before a planned shutdown, powering on, the checks before
//! the first step and the fix steps. Each part is a numbered list of the same items
//! (a command with Copy, a "Done" box, remedies when it fails), in its own section.

pub mod check_section;
pub mod done_box;
pub mod frame;
pub mod if_fails;
pub mod item_list;
pub mod jump_to;
pub mod remedy_item;
pub mod run_script;
pub mod runbook_item;
pub mod step_list;
