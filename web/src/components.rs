//! The page's parts, one per file, as functions of the state: the page has one
//! component (the App); each more would be a component type's worth of wasm.

pub mod cluster_list;
pub mod copy_button;
pub mod date_field;
pub mod error_summary;
pub mod layer_card;
pub mod notes;
pub mod query_notice;
pub mod reference;
pub mod share_link;
pub mod step_list;
pub mod timeline;

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
