//! Static, text-heavy parts of the page as one HTML string each.
//!
//! Yew builds an element from code; a string parsed by the browser costs the wasm
//! only its bytes, which compress well. Every value that is not fixed text goes in
//! through [`push_text`], escaped, so nothing typed, carried by a link or taken from
//! a table can become markup. Inputs, and buttons whose text changes while they may
//! have focus, stay elements: the browser replaces a string's nodes when it changes.

use yew::{AttrValue, Html};

/// The string as nodes.
pub fn raw(html: String) -> Html {
    Html::from_html_unchecked(AttrValue::from(html))
}

/// Fixed markup as nodes (no copy of the string).
pub fn raw_static(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// A field's error message (`id` for `aria-describedby`), or nothing.
pub fn error(id: &str, message: Option<String>) -> Html {
    let Some(message) = message else {
        return Html::default();
    };
    let mut out = String::with_capacity(128);
    out.push_str("<span class=\"error\" id=\"");
    push_text(&mut out, id);
    out.push_str("\">");
    push_text(&mut out, &message);
    out.push_str("</span>");
    raw(out)
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
