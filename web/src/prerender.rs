//! Build-time rendering of the page into index.html (the `prerender` binary).
//!
//! The fixed parts (masthead, tables, help, footer, the no-JavaScript notice) become
//! plain HTML that paints before any script runs; the planner's form and results are
//! rendered as the app's first render will be, with the markers Yew's hydration reads.
//! Trunk minifies index.html before its post-build hooks run, so the marker is found
//! by an HTML rewriter rather than by its exact text.

use std::cell::Cell;
use std::fmt;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

use crate::components::page::{Page, PLANNER_ID};
use crate::components::planner::Planner;

/// The element of index.html that the rendered page replaces.
pub const MARKER: &str = "template#prerender";

/// Why index.html could not be prerendered.
#[derive(Debug)]
pub enum Error {
    /// The page has no marker (or was prerendered already: the marker goes).
    NoMarker,
    /// More than one marker: which one to fill is a guess.
    ManyMarkers(usize),
    /// The page is not HTML the rewriter can read.
    Html(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoMarker => write!(
                f,
                "no <{MARKER}> element to replace (is this the source page, not yet prerendered?)"
            ),
            Error::ManyMarkers(count) => {
                write!(f, "{count} <{MARKER}> elements; expected exactly one")
            }
            Error::Html(error) => write!(f, "cannot rewrite the page: {error}"),
        }
    }
}

impl std::error::Error for Error {}

/// The page as HTML, as [`Page`] renders with nothing entered. The fixed parts are
/// plain HTML; only the planner, which the app takes over, carries hydration markers.
pub async fn page() -> String {
    let fixed = yew::ServerRenderer::<Page>::new()
        .hydratable(false)
        .render()
        .await;
    let planner = yew::ServerRenderer::<Planner>::new().render().await;
    let selector = ["#", PLANNER_ID].concat();
    replace(&fixed, &selector, Content::Inner(&planner))
        .expect("Page renders exactly one planner root")
}

/// `index_html` with its one marker replaced by `page`.
///
/// # Errors
///
/// When the page has no marker or more than one, or cannot be parsed.
pub fn insert(index_html: &str, page: &str) -> Result<String, Error> {
    replace(index_html, MARKER, Content::Outer(page))
}

/// What goes where the selector matched.
enum Content<'a> {
    /// In place of the element.
    Outer(&'a str),
    /// In place of the element's content.
    Inner(&'a str),
}

/// `html` with the one element matching `selector` replaced by `content`.
fn replace(html: &str, selector: &str, content: Content<'_>) -> Result<String, Error> {
    let found = Cell::new(0);
    let rewritten = rewrite_str(
        html,
        RewriteStrSettings::new().append_element_content_handler(element!(selector, |element| {
            found.set(found.get() + 1);
            match content {
                Content::Outer(html) => element.replace(html, ContentType::Html),
                Content::Inner(html) => element.set_inner_content(html, ContentType::Html),
            }
            Ok(())
        })),
    )
    .map_err(|e| Error::Html(e.to_string()))?;
    match found.get() {
        1 => Ok(rewritten),
        0 => Err(Error::NoMarker),
        count => Err(Error::ManyMarkers(count)),
    }
}
