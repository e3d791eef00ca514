//! Everything one run measured, and the key figures the goals and the history use.

use crate::bench::bytes::{Budgeted, Group};
use crate::bench::records::Records;
use crate::bench::stamp::Stamp;
use crate::bench::stats::Summary;
use crate::bench::twiggy::Top;

/// Lighthouse's categories, in its order.
pub const CATEGORIES: [&str; 4] = ["performance", "accessibility", "best-practices", "seo"];

/// Lighthouse's form factors, as tests/bench/lighthouse.mjs runs them.
pub const FORMS: [&str; 2] = ["mobile", "desktop"];

/// One run.
pub struct Figures {
    pub stamp: Stamp,
    pub bytes: Vec<Group>,
    /// The byte budgets as `cargo xtask test` counts them.
    pub budgets: Vec<Budgeted>,
    pub top: Vec<Top>,
    /// What the native loop and the scripts of tests/bench recorded.
    pub records: Records,
}

impl Figures {
    /// Summary of the samples named `name`.
    pub fn summary(&self, name: &str) -> Option<Summary> {
        Summary::of(self.records.samples(name))
    }

    /// Brotli total of the byte group whose title starts with `title`.
    pub fn brotli(&self, title: &str) -> u64 {
        self.bytes
            .iter()
            .find(|g| g.title.starts_with(title))
            .map_or(0, |g| g.totals().2)
    }

    /// Median of the samples `over` divided by the median of `under`.
    fn ratio(&self, over: &str, under: &str) -> Option<f64> {
        let over = self.summary(over)?;
        let under = self.summary(under)?;
        (under.median > 0.0).then(|| over.median / under.median)
    }

    /// Median time until a shared link's plan is painted, over the static page's time
    /// until its tables are (both "usable").
    pub fn load_ratio(&self) -> Option<f64> {
        self.ratio("load.planner_ms", "load.static_ms")
    }

    /// Median first contentful paint of the planner over the static page's.
    pub fn first_paint_ratio(&self) -> Option<f64> {
        self.ratio("fcp.planner_ms", "fcp.static_ms")
    }

    /// Lighthouse's score (0-100, or "n/a") of `category` for `form`; "?" if not run.
    pub fn score(&self, form: &str, category: &str) -> String {
        self.records
            .rows("lighthouse-score")
            .find(|row| row.len() >= 3 && row[0] == form && row[1] == category)
            .map_or_else(|| "?".to_owned(), |row| row[2].clone())
    }

    /// The four scores of `form`, as `performance/accessibility/best-practices/seo`.
    pub fn scores(&self, form: &str) -> String {
        CATEGORIES
            .iter()
            .map(|c| self.score(form, c))
            .collect::<Vec<_>>()
            .join("/")
    }

    /// Audits below 100 (or that could not run) of `form`: category, score, weight, id,
    /// title, displayed value.
    pub fn audits<'a>(&'a self, form: &'a str) -> impl Iterator<Item = &'a [String]> + 'a {
        self.records
            .rows("lighthouse-audit")
            .filter(move |row| row.len() >= 7 && row[0] == form)
            .map(|row| &row[1..])
    }
}
