//! The page URL's query: read once at start, replaced as the form changes.
//!
//! This talks to `web_sys::History` directly rather than through gloo-history: its
//! `replace` panics when the browser refuses (a sandboxed iframe, some `file://`
//! pages), and it drags in serde for history state the app does not use.

/// The current query string, with its leading `?` (empty when there is none).
pub fn query() -> String {
    gloo_utils::window().location().search().unwrap_or_default()
}

/// Replaces the query in place (no new history entry), keeping path and fragment.
/// Does nothing when the query is already `query` or the browser refuses.
pub fn replace_query(query: &str) {
    let window = gloo_utils::window();
    let location = window.location();
    if location.search().is_ok_and(|current| current == query) {
        return;
    }
    let (Ok(path), Ok(hash), Ok(history)) =
        (location.pathname(), location.hash(), window.history())
    else {
        return;
    };
    // An empty query must still drop the old one: `path` alone does that.
    let url = [path.as_str(), query, hash.as_str()].concat();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}

/// The page's full address, for "Copy link".
pub fn href() -> String {
    gloo_utils::window().location().href().unwrap_or_default()
}
