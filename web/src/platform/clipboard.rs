//! Copying text, also where the Clipboard API is refused.
//!
//! `navigator.clipboard.writeText` is missing on plain-http pages and rejected in a
//! cross-origin iframe without `allow="clipboard-write"`. The fallback is the old way:
//! select a hidden textarea and `document.execCommand('copy')`, which Chromium still
//! honours during the click's user activation.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Clipboard, HtmlDocument, HtmlElement, HtmlTextAreaElement};

/// Copies `text`; resolves to whether either way worked.
pub async fn copy(text: String) -> bool {
    if let Some(clipboard) = clipboard().filter(|_| policy_allows_write()) {
        if JsFuture::from(clipboard.write_text(&text)).await.is_ok() {
            return true;
        }
    }
    copy_with_textarea(&text)
}

/// `navigator.clipboard`, when it exists: web-sys types it as always present, and
/// calling a method on `undefined` would throw.
fn clipboard() -> Option<Clipboard> {
    let navigator = gloo_utils::window().navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .and_then(|value| value.dyn_into::<Clipboard>().ok())
}

/// Whether the frame's permissions policy lets it write to the clipboard. Asking first
/// keeps Chromium from logging a policy violation to the console in a foreign iframe.
/// Browsers without `document.featurePolicy` are simply tried.
fn policy_allows_write() -> bool {
    let document = gloo_utils::document();
    let policy = js_sys::Reflect::get(&document, &JsValue::from_str("featurePolicy"))
        .ok()
        .filter(|p| p.is_object());
    let Some(policy) = policy else {
        return true;
    };
    js_sys::Reflect::get(&policy, &JsValue::from_str("allowsFeature"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&policy, &JsValue::from_str("clipboard-write")).ok())
        .and_then(|allowed| allowed.as_bool())
        .unwrap_or(true)
}

fn copy_with_textarea(text: &str) -> bool {
    let document = gloo_utils::document();
    let (Some(body), Ok(element)) = (document.body(), document.create_element("textarea")) else {
        return false;
    };
    let Ok(area) = element.dyn_into::<HtmlTextAreaElement>() else {
        return false;
    };
    area.set_value(text);
    // Off screen but selectable; readonly keeps phone keyboards from popping up.
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("style", "position:fixed;top:0;left:-9999px;opacity:0");
    if body.append_child(&area).is_err() {
        return false;
    }
    // Selecting moves focus; give it back so a keyboard user stays on the button.
    let previous = document.active_element();
    area.select();
    let copied = document
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|doc| doc.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    if let Some(previous) = previous.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = previous.focus();
    }
    copied
}
