//! Compact mode's colours (`theme=`), and the host page's word on them.
//!
//! The stylesheet keys the palette on `data-theme` of the root element: `light`, `dark`,
//! or anything else (`auto`) for the browser's preference. From inside the frame the page
//! around it cannot be read (it is of another origin), so the host tells: embed/frame.js
//! posts `{ certplan: { setConfig: { theme } } }` whenever the host's color scheme
//! changes, and any host may post the same. Frame and host then agree on color-scheme,
//! and the browser paints no opaque backdrop behind the transparent frame.

use certplan::query::Theme;
use js_sys::Reflect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, MessageEvent};

/// The closure type Yew's own event listeners have: the same type shares their glue
/// (measured: 13 B brotli less of the first visit's glue than a closure of its own).
type Listener = Closure<dyn Fn(&Event)>;

/// Shows `theme` now, then whatever theme the parent page asks for, for the rest of the
/// page's life (compact mode is set once, by the link). Nothing to listen to when the
/// page is not in a frame.
pub fn follow(theme: Theme) {
    set(theme);
    let window = gloo_utils::window();
    let Some(parent) = window.parent().ok().flatten().filter(|p| *p != window) else {
        return;
    };
    let callback = Listener::new(move |event: &Event| {
        // A "message" listener is only ever called with a MessageEvent.
        let event = event.unchecked_ref::<MessageEvent>();
        // Any window can post to the frame; only the page holding it has a say.
        let from_parent = event
            .source()
            .is_some_and(|source| JsValue::from(source) == JsValue::from(&parent));
        if let Some(theme) = from_parent.then(|| asked(&event.data())).flatten() {
            set(theme);
        }
    });
    let _ = window.add_event_listener_with_callback("message", callback.as_ref().unchecked_ref());
    // Kept for the page's life: a Follower to drop on unmount cost 0.2 KB of the first visit.
    callback.forget();
}

/// The theme of a `{ certplan: { setConfig: { theme } } }` message; `None` for any
/// other message or an unknown theme.
fn asked(data: &JsValue) -> Option<Theme> {
    let field = |object: &JsValue, key: &str| {
        Reflect::get(object, &JsValue::from_str(key))
            .ok()
            .filter(JsValue::is_object)
    };
    let config = field(&field(data, "certplan")?, "setConfig")?;
    let name = Reflect::get(&config, &JsValue::from_str("theme")).ok()?;
    Theme::from_name(&name.as_string()?)
}

fn set(theme: Theme) {
    if let Some(root) = gloo_utils::document().document_element() {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
