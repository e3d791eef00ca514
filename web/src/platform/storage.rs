//! The runbook's progress in the browser's local storage, and nowhere else.
//!
//! Local storage can be missing or refused (a third-party frame with storage blocked, a
//! private mode, a full quota): then reading finds nothing and writing does nothing, so
//! the checkboxes work for the visit and are not kept.

use web_sys::Storage;

/// What is stored under `key`, if storage answers.
pub fn load(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

/// Stores `value` under `key`, or removes the key for `None`.
pub fn save(key: &str, value: Option<&str>) {
    let Some(storage) = local() else {
        return;
    };
    // A refused write (quota, blocked storage) only means the marks are not kept.
    let _ = match value {
        Some(value) => storage.set_item(key, value),
        None => storage.remove_item(key),
    };
}

/// `window.localStorage`; reading the property itself throws where storage is blocked.
fn local() -> Option<Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}
