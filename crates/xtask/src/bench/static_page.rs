//! The static reference page: Microsoft's three tables as the planner's prerendered
//! dist/index.html holds them, without anything else: no script, no other request, a
//! little inline CSS. It is what the planner replaces at its smallest, so "planner /
//! static" says what the interactivity costs.

use std::path::Path;

use lol_html::element;
use lol_html::html_content::ContentType;

use crate::cmd::{self, Result};
use crate::html;

const STYLE: &str = "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin:0 0 2rem}th,td{border:1px solid #999;padding:.4rem .6rem;text-align:left;vertical-align:top}code{font-family:ui-monospace,monospace}</style>";

/// Writes `dir/index.html` from `dist`/index.html.
pub fn write(dist: &Path, dir: &Path) -> Result {
    let index = dist.join("index.html");
    let page = tables_only(&cmd::read(&index)?)?;
    if !page.contains("<table") {
        return Err(format!(
            "{}: no tables in the prerendered page",
            index.display()
        ));
    }
    cmd::write(&dir.join("index.html"), page)
}

/// `page` with its links and scripts gone, the body down to the tables' section (without
/// the "applies" marks the app's stylesheet hides), and [`STYLE`] after the title.
fn tables_only(page: &str) -> Result<String> {
    html::rewrite(
        page,
        vec![
            element!("link, script, .app > :not(.reference), .applies", |el| {
                el.remove();
                Ok(())
            }),
            element!("title", |el| {
                el.after(STYLE, ContentType::Html);
                Ok(())
            }),
        ],
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_tables_section_alone() {
        let page = "<title>t</title><link href=./s.css rel=stylesheet><script src=./b.js></script>\
                    <div class=app><header>h</header><div id=planner><p>form</p></div>\
                    <section class=reference><table><tr><td>x</td></table></section><footer>f</footer></div>";
        let out = super::tables_only(page).unwrap();
        assert!(out.starts_with("<title>t</title><style>"), "{out}");
        assert!(out.ends_with("</style><div class=app><section class=reference><table><tr><td>x</td></table></section></div>"), "{out}");
    }
}
