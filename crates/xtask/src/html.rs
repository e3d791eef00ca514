//! Just enough HTML reading for Trunk's own output: find `<link>` and `<script>` tags and
//! read their attributes, quoted or not (Trunk's minifier drops quotes and reorders
//! attributes).
//!
//! Callers fail loudly when the shape they expect is missing instead of guessing.

use crate::cmd::Result;

/// A tag found in a page: its byte range (through `</script>` for scripts), its
/// attributes and, for a script, its body.
pub struct Tag<'a> {
    pub start: usize,
    pub end: usize,
    pub attributes: Vec<(&'a str, &'a str)>,
    pub body: &'a str,
}

impl Tag<'_> {
    /// The value of attribute `name` (`""` for a bare attribute like `crossorigin`).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| *value)
    }
}

/// Every `<name ...>` tag in the page, in order.
pub fn tags<'a>(page: &'a str, name: &str) -> Vec<Tag<'a>> {
    let opening = format!("<{name}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = page[from..].find(&opening) {
        let start = from + offset;
        let after_name = start + opening.len();
        from = after_name;
        if !page[after_name..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>') {
            continue; // `<linkfoo`, not `<link`
        }
        let Some((attributes, open_end)) = attributes(page, after_name) else {
            break;
        };
        let (body, end) = if name == "script" {
            match page[open_end..].find("</script>") {
                Some(length) => (&page[open_end..open_end + length], open_end + length + 9),
                None => break,
            }
        } else {
            ("", open_end)
        };
        found.push(Tag {
            start,
            end,
            attributes,
            body,
        });
        from = end;
    }
    found
}

/// Exactly one tag that `matches`, or an error naming `what`.
pub fn one<'a>(
    tags: Vec<Tag<'a>>,
    what: &str,
    matches: impl Fn(&Tag<'_>) -> bool,
) -> Result<Tag<'a>> {
    let mut chosen: Vec<Tag<'a>> = tags.into_iter().filter(|tag| matches(tag)).collect();
    match chosen.len() {
        1 => Ok(chosen.remove(0)),
        n => Err(format!(
            "dist/index.html: expected one {what}, found {n} (did Trunk's output change?)"
        )),
    }
}

/// Reads attributes from `at` to the tag's `>`; returns them and the index after `>`.
fn attributes(page: &str, mut at: usize) -> Option<(Vec<(&str, &str)>, usize)> {
    let bytes = page.as_bytes();
    let mut found = Vec::new();
    loop {
        while bytes.get(at)?.is_ascii_whitespace() || bytes[at] == b'/' {
            at += 1;
        }
        if bytes[at] == b'>' {
            return Some((found, at + 1));
        }
        let name_start = at;
        while !matches!(bytes.get(at)?, b'=' | b'>' | b'/') && !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let name = &page[name_start..at];
        if bytes[at] != b'=' {
            found.push((name, ""));
            continue;
        }
        at += 1;
        let value = match bytes.get(at)? {
            quote @ (b'"' | b'\'') => {
                let length = page[at + 1..].find(char::from(*quote))?;
                let value = &page[at + 1..at + 1 + length];
                at += length + 2;
                value
            }
            _ => {
                let value_start = at;
                while !bytes.get(at)?.is_ascii_whitespace() && bytes[at] != b'>' {
                    at += 1;
                }
                &page[value_start..at]
            }
        };
        found.push((name, value));
    }
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

    const PRETTY: &str = r#"<head><link rel="stylesheet" href="./a.css" integrity="x"/>
<script type="module">import init from './app.js';</script></head>"#;
    const MINIFIED: &str = "<link href=./a.css integrity=sha-x rel=stylesheet><script type=module>go()</script><link crossorigin href=./b.js rel=modulepreload>";

    #[test]
    fn reads_quoted_and_bare_attributes() {
        for (page, body) in [(PRETTY, "import init from './app.js';"), (MINIFIED, "go()")] {
            let links = tags(page, "link");
            let style = one(links, "stylesheet", |t| {
                t.attribute("rel") == Some("stylesheet")
            })
            .unwrap();
            assert_eq!(style.attribute("href"), Some("./a.css"));
            let script = one(tags(page, "script"), "module script", |t| {
                t.attribute("type") == Some("module")
            })
            .unwrap();
            assert_eq!(script.body, body);
            assert_eq!(&page[script.end - 9..script.end], "</script>");
        }
        let preload = one(tags(MINIFIED, "link"), "preload", |t| {
            t.attribute("rel") == Some("modulepreload")
        })
        .unwrap();
        assert_eq!(preload.attribute("crossorigin"), Some(""));
        assert!(one(tags(MINIFIED, "style"), "style", |_| true).is_err());
    }

    #[test]
    fn splices_in_any_order() {
        let page = "0123456789";
        let out = splice(page, vec![(6, 8, "x".into()), (1, 2, "yy".into())]);
        assert_eq!(out, "0yy2345x89");
    }
}
