//! Static, text-heavy parts of the page as one HTML string each.
//!
//! Yew builds an element from code; a string parsed by the browser costs the wasm
//! only its bytes, which compress well. Only fixed text and values computed from it
//! (table rows, day counts) go in: never anything a user typed or a link carried.
//! Every value is still escaped, so a table entry can never become markup.

use yew::{AttrValue, Html};

/// The string as nodes.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

/// Fixed markup as nodes (no copy of the string).
pub fn raw_static(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// Appends `text` with the characters that mean something in HTML escaped.
pub fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_what_could_open_markup_or_leave_an_attribute() {
        let mut out = String::new();
        super::push_text(&mut out, "<a href=\"x\" title='y'>&</a>");
        assert_eq!(
            out,
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
    }
}
