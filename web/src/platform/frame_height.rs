//! Compact mode in an iframe tells its host page how tall it is.
//!
//! The host listens for `{ type: "certplan:height", height }` (README, "Embed it") and
//! sets the iframe's height, so the frame never scrolls inside. The height measured is
//! the root element's own box, which is the content's height and not the viewport's:
//! the iframe growing to fit can then never feed back into a taller report.

use std::cell::Cell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::ResizeObserver;

/// Reports while alive; dropping it stops the reports.
pub struct Reporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Posts the page's height to the parent now and whenever it changes. `None` when the
/// page is not in a frame (or the browser lacks `ResizeObserver`).
pub fn report() -> Option<Reporter> {
    let window = gloo_utils::window();
    let parent = window.parent().ok().flatten().filter(|p| *p != window)?;
    let root = gloo_utils::document().document_element()?;
    let measured = root.clone();
    let last = Cell::new(0.0);
    let callback = Closure::<dyn FnMut()>::new(move || {
        // Rounded up: a fractional height rounded down would leave a sliver to scroll.
        let height = measured.get_bounding_client_rect().height().ceil();
        // Only changes are posted: a resize that keeps the height costs the host nothing.
        if height != last.replace(height) {
            let _ = parent.post_message(&message(height), "*");
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    // The first observation comes right after the next layout: that is the "on load".
    observer.observe(&root);
    Some(Reporter {
        observer,
        _callback: callback,
    })
}

fn message(height: f64) -> JsValue {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &"certplan:height".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    message.into()
}
