//! The page's parts, one function component per file, each with its properties.
//!
//! [`page::Page`] is the whole page as the build prerenders it. Its fixed parts
//! ([`masthead`], [`reference`], [`help`], [`footer`], [`javascript_notice`]) exist only
//! as that HTML; the browser runs [`planner::Planner`] alone, which takes over its
//! prerendered form and results (hydration) and draws everything that changes.

pub mod command_line;
pub mod copy_button;
pub mod error_lookup;
pub mod form;
pub mod page;
pub mod planner;
pub mod results;
pub mod runbook;
pub mod source_link;

// The old flat paths, until the callers move to the new ones.
pub use error_lookup::found_remedy;
pub use form::{cluster, cluster_list, date_field, paste_names, share_link};
pub use page::{
    fix_table, footer, help, impact_table, javascript_notice, masthead, query_notice, reference,
    row_head, table_frame,
};
pub use results::{error_summary, guidance, layer_card, notes, reminder_button, summary, timeline};
pub use runbook::{
    before_you_start, check_item, done_box, fix_step, if_fails, jump_to, power_section,
    remedy_item, run_script, step_list,
};

/// The id of the element holding a field's error message, for `aria-describedby`.
pub fn error_id(field: &str) -> String {
    [field, "-error"].concat()
}

/// The message shown for one error.
///
/// The core's messages are used as they are, except for the one the web contract
/// words itself ("Power-on date is before the shutdown date").
pub fn message(error: &certplan::Error) -> String {
    match error.code() {
        certplan::ErrorCode::RestartBeforeShutdown => {
            "Power-on date is before the shutdown date: a cluster cannot come back before it was shut down.".into()
        }
        _ => error.message().into(),
    }
}
