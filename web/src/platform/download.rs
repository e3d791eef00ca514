//! Saving text as a file, via a Blob URL and a temporary `<a download>`.

use gloo_file::{Blob, ObjectUrl};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Offers `text` as a download named `file_name`, of media type `mime`.
pub fn save(file_name: &str, mime: &str, text: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let Some(anchor) = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The browser reads the Blob URL after click() returns; revoking it at once (when
    // `url` drops) can cancel the download, so keep it alive for a while.
    Timeout::new(10_000, move || drop(url)).forget();
}
