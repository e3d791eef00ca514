//! Reading and rewriting the built pages with lol_html, an HTML rewriter driven by CSS
//! selectors. Trunk's minifier drops quotes and reorders attributes, so nothing here
//! matches text; callers fail loudly when the element they expect is missing.

use std::borrow::Cow;
use std::cell::RefCell;

use lol_html::{element, rewrite_str, text, ElementContentHandlers, RewriteStrSettings, Selector};

use crate::cmd::Result;

/// One selector with what to do on the elements it matches (lol_html's `element!`).
pub type Handler<'h> = (Cow<'h, Selector>, ElementContentHandlers<'h>);

/// `page` with `handlers` applied.
pub fn rewrite(page: &str, handlers: Vec<Handler<'_>>) -> Result<String> {
    let settings = handlers.into_iter().fold(
        RewriteStrSettings::new(),
        RewriteStrSettings::append_element_content_handler,
    );
    rewrite_str(page, settings).map_err(|e| format!("rewriting HTML: {e}"))
}

/// The value of `attribute` on every element matching `selector`, in page order.
pub fn attribute_values(page: &str, selector: &str, attribute: &str) -> Result<Vec<String>> {
    let found = RefCell::new(Vec::new());
    rewrite(
        page,
        vec![element!(selector, |el| {
            found.borrow_mut().extend(el.get_attribute(attribute));
            Ok(())
        })],
    )?;
    Ok(found.into_inner())
}

/// The value of `attribute` on the one element matching `selector`.
pub fn one_attribute(page: &str, selector: &str, attribute: &str) -> Result<String> {
    one(attribute_values(page, selector, attribute)?, selector)
}

/// The text inside the one element matching `selector` (an inline script's body).
pub fn one_text(page: &str, selector: &str) -> Result<String> {
    let found = RefCell::new(Vec::<String>::new());
    rewrite(
        page,
        vec![
            element!(selector, |_| {
                found.borrow_mut().push(String::new());
                Ok(())
            }),
            text!(selector, |chunk| {
                if let Some(body) = found.borrow_mut().last_mut() {
                    body.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    one(found.into_inner(), selector)
}

fn one(mut found: Vec<String>, selector: &str) -> Result<String> {
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!(
            "expected one `{selector}`, found {n} (did Trunk's output change?)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Trunk's minified output: bare attribute values, no quotes.
    const PAGE: &str = "<link href=./a.css rel=stylesheet><script type=module>go()</script><link crossorigin href=./b.js rel=modulepreload>";

    #[test]
    fn reads_one_element_or_fails() {
        assert_eq!(
            one_attribute(PAGE, "link[rel=stylesheet]", "href").unwrap(),
            "./a.css"
        );
        assert_eq!(one_text(PAGE, "script:not([src])").unwrap(), "go()");
        assert_eq!(
            attribute_values(PAGE, "link", "href").unwrap(),
            ["./a.css", "./b.js"]
        );
        assert!(one_attribute(PAGE, "style", "href").is_err());
        assert!(one_text("<script>a</script><script>b</script>", "script").is_err());
    }
}
