//! The page's parts, one function component per file, each with its properties.
//!
//! [`page::Page`] is the whole page as the build prerenders it. Its fixed parts
//! ([`masthead`], [`reference`], [`help`], [`footer`], [`javascript_notice`]) exist only
//! as that HTML; the browser runs [`planner::Planner`] alone, which takes over its
//! prerendered form and results (hydration) and draws everything that changes.

pub mod before_you_start;
pub mod check_item;
pub mod cluster;
pub mod cluster_list;
pub mod command_line;
pub mod copy_button;
pub mod date_field;
pub mod done_box;
pub mod error_lookup;
pub mod error_summary;
pub mod fix_step;
pub mod fix_table;
pub mod footer;
pub mod form;
pub mod found_remedy;
pub mod guidance;
pub mod help;
pub mod if_fails;
pub mod impact_table;
pub mod javascript_notice;
pub mod jump_to;
pub mod layer_card;
pub mod masthead;
pub mod notes;
pub mod page;
pub mod paste_names;
pub mod planner;
pub mod power_section;
pub mod query_notice;
pub mod reference;
pub mod remedy_item;
pub mod reminder_button;
pub mod results;
pub mod row_head;
pub mod run_script;
pub mod share_link;
pub mod source_link;
pub mod step_list;
pub mod summary;
pub mod table_frame;
pub mod timeline;

/// The id of the element holding a field's error message, for `aria-describedby`.
pub fn error_id(field: &str) -> String {
    [field, "-error"].concat()
}

/// The message shown for one error: the core's, but for a power-on before the shutdown,
/// which the page words without the two dates (they are in the fields beside it) and
/// with why, as the web contract has it ("Power-on date is before the shutdown date").
pub fn message(error: &certplan::Error) -> String {
    match error.kind() {
        certplan::ErrorKind::RestartBeforeShutdown { .. } => {
            "Power-on date is before the shutdown date: a cluster cannot come back before it was shut down.".into()
        }
        _ => error.message(),
    }
}
