//! The page's parts, one function component per file, grouped as the page is.
//!
//! [`page::Page`] is the whole page as the build prerenders it. Its fixed parts
//! ([`page`]'s masthead, help, reference tables and footer) exist only as that HTML; the
//! browser runs [`planner::Planner`] alone, which takes over its prerendered part
//! (hydration) and draws everything that changes: the [`form`], the [`results`] with the
//! [`runbook`], and the [`error_lookup`]. The copy button, command line and source link
//! are used by several of those.

pub mod command_line;
pub mod copy_button;
pub mod error_lookup;
pub mod form;
pub mod page;
pub mod planner;
pub mod results;
pub mod runbook;
pub mod source_link;
pub mod titled_section;

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
