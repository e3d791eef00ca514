//! Just enough HTML surgery for Trunk's own output: find a tag, read an attribute.
//!
//! Trunk writes dist/index.html in a fixed shape (pinned version); these helpers fail
//! loudly when that shape changes instead of guessing.

use crate::cmd::Result;

/// A tag found in a page: its byte range (through `</script>` for scripts) and text.
pub struct Tag<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// Every tag that starts with `opening` (e.g. `<link rel="stylesheet"`), in order.
pub fn find_all<'a>(page: &'a str, opening: &str) -> Vec<Tag<'a>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = page[from..].find(opening) {
        let start = from + offset;
        let close = if opening.starts_with("<script") {
            "</script>"
        } else {
            ">"
        };
        let Some(length) = page[start..].find(close) else {
            break;
        };
        let end = start + length + close.len();
        found.push(Tag {
            start,
            end,
            text: &page[start..end],
        });
        from = end;
    }
    found
}

/// Exactly one tag starting with `opening`.
pub fn find_one<'a>(page: &'a str, opening: &str) -> Result<Tag<'a>> {
    let mut tags = find_all(page, opening);
    match tags.len() {
        1 => Ok(tags.remove(0)),
        n => Err(format!(
            "dist/index.html: expected one `{opening}` tag, found {n} (did Trunk's output change?)"
        )),
    }
}

/// The value of `name="..."` in a tag.
pub fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let length = tag[start..].find('"')?;
    Some(&tag[start..start + length])
}

/// The body of a `<script>...</script>` tag.
pub fn script_body(tag: &str) -> &str {
    let start = tag.find('>').map_or(0, |i| i + 1);
    let end = tag.rfind("</script>").unwrap_or(tag.len());
    &tag[start..end.max(start)]
}

/// Replaces byte ranges (non-overlapping, any order) with new text.
pub fn splice(page: &str, mut edits: Vec<(usize, usize, String)>) -> String {
    edits.sort_by_key(|(start, _, _)| *start);
    let mut out = String::with_capacity(page.len());
    let mut at = 0;
    for (start, end, text) in edits {
        out.push_str(&page[at..start]);
        out.push_str(&text);
        at = end;
    }
    out.push_str(&page[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<head><link rel="stylesheet" href="./a.css" integrity="x"/>
<script type="module">import init from './app.js';</script></head>"#;

    #[test]
    fn finds_tags_and_attributes() {
        let link = find_one(PAGE, "<link rel=\"stylesheet\"").unwrap();
        assert_eq!(attribute(link.text, "href"), Some("./a.css"));
        let script = find_one(PAGE, "<script type=\"module\">").unwrap();
        assert_eq!(script_body(script.text), "import init from './app.js';");
        assert!(find_one(PAGE, "<style").is_err());
    }

    #[test]
    fn splices_in_any_order() {
        let page = "0123456789";
        let out = splice(page, vec![(6, 8, "x".into()), (1, 2, "yy".into())]);
        assert_eq!(out, "0yy2345x89");
    }
}
