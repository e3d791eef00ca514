//! The plan's input as a URL query, so that a link reproduces a plan.
//!
//! The query is meant to be read by people, in a chat message or a ticket:
//!
//! `?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb`
//!
//! - `shutdown`, `restart`, `lastUpdate`: `YYYY-MM-DD` dates; empty or absent means not
//!   given (no `restart`: still off).
//! - `cluster`: one per workload cluster, in order; `:lb` (in any case) marks a load
//!   balancer.
//! - `embed=1`: the compact mode for iframes, a display flag rather than plan input.
//! - `theme=light|dark|auto`: the compact mode's colours; `auto` (the default) follows
//!   the page around the frame. Display too, like `embed`.
//!
//! "Today" is never in the query: a link opened next month plans for next month.
//!
//! A link can come from anyone, so [`parse`] trusts nothing, yet drops nothing a person
//! could fix. Every cluster value becomes a cluster, valid or not, so the form shows it
//! marked as it marks a typed name (a link is often typed or edited by hand); the names
//! beyond [`MAX_CLUSTERS`] are kept in [`Query::not_taken`]. Every other parameter it
//! cannot use (unknown key, bad percent-encoding, a date that is not a date, an over-long
//! value) is dropped and listed in [`Query::ignored`] with its value and the reason, so
//! the page can say what it left out instead of failing or silently guessing. It never
//! panics, whatever the bytes.
//!
//! Percent-decoding is written by hand: a URL crate would cost the web app more bytes
//! than this whole module, for a grammar this small.
//!
//! # Example: a link round trip
//! ```
//! use certplan::{query, ClusterInput, PlanInput};
//!
//! let input = PlanInput {
//!     shutdown: Some("2026-01-01".into()),
//!     restart: Some("2026-03-01".into()),
//!     clusters: vec![ClusterInput::new("prod1"), ClusterInput::with_load_balancer("edge2")],
//!     ..PlanInput::default()
//! };
//! let text = query::to_query(&input, query::Mode::default());
//! assert_eq!(text, "?shutdown=2026-01-01&restart=2026-03-01&cluster=prod1&cluster=edge2:lb");
//! let back = query::parse(&text);
//! assert_eq!(back.input, input);
//! assert!(back.ignored.is_empty());
//! ```
//!
//! # Example: a hostile link
//! ```
//! use certplan::query::{self, Reason};
//!
//! let q = query::parse("?cluster=%3Cscript%3E&shutdown=soon&embed=1&theme=pink&x=1");
//! // The name is kept as text, for the form to mark (the core refuses it).
//! assert_eq!(q.input.clusters[0].name, "<script>");
//! let errors = certplan::check(&q.input);
//! assert!(errors.iter().any(|e| *e.field() == certplan::Field::ClusterName(0)));
//! assert_eq!(q.input.shutdown, None);
//! assert!(q.mode.embed);
//! let dropped: Vec<(&str, Reason)> =
//!     q.ignored.iter().map(|i| (i.value.as_str(), i.reason)).collect();
//! assert_eq!(
//!     dropped,
//!     [("soon", Reason::InvalidDate), ("pink", Reason::BadTheme), ("1", Reason::UnknownKey)]
//! );
//! ```

use crate::date;
use crate::input::{ClusterInput, PlanInput};
use crate::shown::shown;

/// Longest raw (still encoded) `key=value` pair considered. A cluster name is at most 63
/// characters and a date 10, so anything longer is not ours.
pub const MAX_PARAM_LEN: usize = 200;

/// Most clusters taken from a link, the planner's own cap; the rest are kept in
/// [`Query::not_taken`].
pub const MAX_CLUSTERS: usize = crate::MAX_CLUSTERS;

/// Most ignored parameters listed one by one in [`Query::ignored`]; the rest are only
/// counted, so a huge hostile query cannot flood the page.
pub const MAX_REPORTED: usize = 10;

/// Longest key shown back in [`Ignored::key`].
const MAX_KEY_SHOWN: usize = 24;

/// Longest value shown back in [`Ignored::value`]: a date and some.
const MAX_VALUE_SHOWN: usize = 24;

/// What a query string says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The plan input it carries. `today` is always `None`: the caller supplies it.
    pub input: PlanInput,
    /// How the page shows it: `embed` and `theme`.
    pub mode: Mode,
    /// Parameters that were dropped, with the reason; at most [`MAX_REPORTED`].
    pub ignored: Vec<Ignored>,
    /// How many parameters were dropped in all (can exceed `ignored.len()`).
    pub ignored_count: usize,
    /// The cluster values beyond [`MAX_CLUSTERS`], as written (`:lb` and all), in order:
    /// not planned, but kept for the person to plan in another group.
    pub not_taken: Vec<String>,
}

/// How the page shows the plan: display parameters, not plan input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mode {
    /// `embed=1`: the compact mode for iframes.
    pub embed: bool,
    /// `theme=`: light, dark, or the host page's.
    pub theme: Theme,
}

/// The colours of the compact mode (`theme=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the page around the frame (or, alone, the browser's preference).
    #[default]
    Auto,
    /// Light colours, whatever the browser prefers.
    Light,
    /// Dark colours, whatever the browser prefers.
    Dark,
}

impl Theme {
    /// The theme a `theme=` value names, `None` for anything else. Exact and lower
    /// case, as written by [`Theme::as_str`] and the embedding snippet's `data-theme`.
    pub fn from_name(name: &str) -> Option<Theme> {
        match name {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The value of `theme=` (and of the page's `data-theme`).
    pub const fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// A dropped parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The parameter's key, decoded where possible, cut to a few characters and with
    /// control characters replaced: safe to show as text, never as markup.
    pub key: String,
    /// Its value, decoded where possible and made safe to show like `key`; empty when
    /// it had none.
    pub value: String,
    /// Why it was dropped.
    pub reason: Reason,
}

/// Why a parameter was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// Not a key the planner knows.
    UnknownKey,
    /// Bad percent-encoding, or bytes that are not UTF-8.
    BadEncoding,
    /// Longer than [`MAX_PARAM_LEN`].
    TooLong,
    /// Not a real `YYYY-MM-DD` date.
    InvalidDate,
    /// A date key given a second time; the first one counts.
    Repeated,
    /// `embed` with a value other than `1` or `0`.
    BadFlag,
    /// `theme` with a value other than `light`, `dark` or `auto`.
    BadTheme,
}

impl Reason {
    /// The reason in words, for the page's notice.
    pub const fn as_str(self) -> &'static str {
        match self {
            Reason::UnknownKey => "unknown parameter",
            Reason::BadEncoding => "not valid text",
            Reason::TooLong => "value too long",
            Reason::InvalidDate => "not a real YYYY-MM-DD date",
            Reason::Repeated => "given more than once",
            Reason::BadFlag => "expected 1 or 0",
            Reason::BadTheme => "expected light, dark or auto",
        }
    }
}

/// Reads a query string (with or without the leading `?`). Never fails: what cannot be
/// used is listed in [`Query::ignored`].
pub fn parse(text: &str) -> Query {
    let mut query = Query::default();
    let text = text.strip_prefix('?').unwrap_or(text);
    for param in text.split('&').filter(|p| !p.is_empty()) {
        let (raw_key, raw_value) = param.split_once('=').unwrap_or((param, ""));
        let (key, value) = (decode(raw_key), decode(raw_value));
        let result = if param.len() > MAX_PARAM_LEN {
            Err(Reason::TooLong)
        } else {
            match (key.as_deref(), value.as_deref()) {
                (None, _) | (_, None) => Err(Reason::BadEncoding),
                (Some(key), Some(value)) => apply(&mut query, key, value),
            }
        };
        if let Err(reason) = result {
            query.ignored_count += 1;
            if query.ignored.len() < MAX_REPORTED {
                query.ignored.push(Ignored {
                    key: shown(key.as_deref().unwrap_or(raw_key), MAX_KEY_SHOWN),
                    value: shown(value.as_deref().unwrap_or(raw_value), MAX_VALUE_SHOWN),
                    reason,
                });
            }
        }
    }
    query
}

fn apply(query: &mut Query, key: &str, value: &str) -> Result<(), Reason> {
    let input = &mut query.input;
    let slot = match key {
        "shutdown" => &mut input.shutdown,
        "restart" => &mut input.restart,
        "lastUpdate" => &mut input.last_update,
        "cluster" => return add_cluster(query, value),
        "embed" => {
            query.mode.embed = match value {
                "1" | "" => true,
                "0" => false,
                _ => return Err(Reason::BadFlag),
            };
            return Ok(());
        }
        "theme" => {
            query.mode.theme = Theme::from_name(value).ok_or(Reason::BadTheme)?;
            return Ok(());
        }
        _ => return Err(Reason::UnknownKey),
    };
    if slot.is_some() {
        return Err(Reason::Repeated);
    }
    match value {
        "" => Ok(()),
        value if date::parse(value).is_some() => {
            *slot = Some(value.to_owned());
            Ok(())
        }
        _ => Err(Reason::InvalidDate),
    }
}

/// Adds the cluster a `cluster=` value names, whatever it is: an invalid or repeated
/// name is the core's to refuse and the form's to mark, where the person can fix it. An
/// empty value, or `:lb` alone, names nothing. A value too long to write back into a link (once
/// percent-encoded) is no name anyone typed: it is dropped as too long.
fn add_cluster(query: &mut Query, value: &str) -> Result<(), Reason> {
    let clusters = &mut query.input.clusters;
    if value.is_empty() {
        return Ok(());
    }
    if "cluster=".len() + encoded_len(value) > MAX_PARAM_LEN {
        return Err(Reason::TooLong);
    }
    if clusters.len() >= MAX_CLUSTERS {
        query.not_taken.push(value.to_owned());
        return Ok(());
    }
    let (name, load_balancer) = match value.rsplit_once(':') {
        Some((name, suffix)) if suffix.eq_ignore_ascii_case("lb") => (name, true),
        _ => (value, false),
    };
    // `:lb` alone names nothing either ([`to_query`] could not write it back).
    if name.is_empty() {
        return Ok(());
    }
    clusters.push(ClusterInput {
        name: name.to_owned(),
        load_balancer,
    });
    Ok(())
}

/// The length of `value` as [`to_query`] writes it.
fn encoded_len(value: &str) -> usize {
    value
        .bytes()
        .map(|b| if unreserved(b) { 1 } else { 3 })
        .sum()
}

/// Bytes written as they are in a query; the rest are percent-encoded.
fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Writes `input` as a query string starting with `?` (empty when there is nothing to
/// say). Empty fields and clusters without a name are left out, and `today` is never
/// written. Anything outside letters, digits and `-._~` is percent-encoded, so even a
/// half-typed, invalid name cannot break the query; [`parse`] reads it back as typed.
/// `mode` follows the input: `embed=1` when set, `theme` unless it is the default.
pub fn to_query(input: &PlanInput, mode: Mode) -> String {
    let mut out = String::new();
    let mut param = |key: &str, value: &str, suffix: &str| {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        encode_into(&mut out, value);
        out.push_str(suffix);
    };
    let dates = [
        ("shutdown", &input.shutdown),
        ("restart", &input.restart),
        ("lastUpdate", &input.last_update),
    ];
    for (key, value) in dates {
        if let Some(value) = value.as_deref().filter(|v| !v.is_empty()) {
            param(key, value, "");
        }
    }
    for cluster in input.clusters.iter().filter(|c| !c.name.is_empty()) {
        let suffix = if cluster.load_balancer { ":lb" } else { "" };
        param("cluster", &cluster.name, suffix);
    }
    if mode.embed {
        param("embed", "1", "");
    }
    if mode.theme != Theme::Auto {
        param("theme", mode.theme.as_str(), "");
    }
    out
}

/// Percent-decodes `text` (`+` is a space). `None` on a broken escape or non-UTF-8 bytes.
fn decode(text: &str) -> Option<String> {
    let mut out = Vec::with_capacity(text.len());
    // An iterator, not an index: each byte is read once, so no slip can loop forever.
    let mut bytes = text.bytes();
    while let Some(b) = bytes.next() {
        out.push(match b {
            b'%' => {
                let high = hex_value(bytes.next()?)?;
                high << 4 | hex_value(bytes.next()?)?
            }
            b'+' => b' ',
            b => b,
        });
    }
    String::from_utf8(out).ok()
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

fn encode_into(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in value.bytes() {
        if unreserved(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Field;
    use proptest::prelude::*;

    fn reasons(q: &Query) -> Vec<(&str, Reason)> {
        q.ignored
            .iter()
            .map(|i| (i.key.as_str(), i.reason))
            .collect()
    }

    #[test]
    fn reads_the_documented_shape() {
        let q = parse(
            "?shutdown=2026-01-01&restart=2026-03-01&lastUpdate=2025-12-01&cluster=prod1&cluster=edge2:lb",
        );
        assert_eq!(q.input.shutdown.as_deref(), Some("2026-01-01"));
        assert_eq!(q.input.restart.as_deref(), Some("2026-03-01"));
        assert_eq!(q.input.last_update.as_deref(), Some("2025-12-01"));
        assert_eq!(q.input.today, None);
        assert_eq!(
            q.input.clusters,
            [
                ClusterInput::new("prod1"),
                ClusterInput::with_load_balancer("edge2")
            ]
        );
        assert_eq!(q.mode, Mode::default());
        assert!(q.ignored.is_empty() && q.ignored_count == 0);
    }

    #[test]
    fn empty_values_mean_not_given() {
        let q = parse("shutdown=2026-01-01&restart=&lastUpdate=");
        assert_eq!(q.input.restart, None);
        assert_eq!(q.input.last_update, None);
        assert!(q.ignored.is_empty());
        assert_eq!(parse(""), Query::default());
        assert_eq!(parse("?"), Query::default());
        assert_eq!(parse("&&&"), Query::default());
    }

    #[test]
    fn embed_is_a_flag() {
        assert!(parse("?embed=1").mode.embed);
        assert!(parse("?embed").mode.embed);
        let q = parse("?embed=1&embed=0");
        assert!(!q.mode.embed, "the last one counts");
        assert_eq!(q.ignored, [], "0 is a valid value");
        let q = parse("?embed=yes");
        assert!(!q.mode.embed);
        assert_eq!(reasons(&q), [("embed", Reason::BadFlag)]);
        let embed = Mode {
            embed: true,
            ..Mode::default()
        };
        assert_eq!(
            to_query(&PlanInput::default(), embed),
            "?embed=1",
            "embed alone"
        );
    }

    #[test]
    fn theme_is_light_dark_or_auto() {
        let theme = |text: &str| parse(text).mode.theme;
        assert_eq!(theme(""), Theme::Auto, "the default");
        assert_eq!(theme("?theme=light"), Theme::Light);
        assert_eq!(theme("?theme=dark"), Theme::Dark);
        assert_eq!(
            theme("?theme=dark&theme=auto"),
            Theme::Auto,
            "the last one counts"
        );
        assert_eq!(theme("?theme=light&theme=dark"), Theme::Dark);
        for bad in ["?theme=Dark", "?theme=", "?theme", "?theme=blue"] {
            let q = parse(bad);
            assert_eq!(q.mode.theme, Theme::Auto, "{bad}");
            assert_eq!(reasons(&q), [("theme", Reason::BadTheme)], "{bad}");
        }
        let q = parse("?theme=dark&theme=pink");
        assert_eq!(q.mode.theme, Theme::Dark, "a bad value changes nothing");
        assert!(!q.mode.embed, "theme is not embed");

        for theme in [Theme::Auto, Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_name(theme.as_str()), Some(theme));
        }
        let written = |embed, theme| to_query(&PlanInput::default(), Mode { embed, theme });
        assert_eq!(written(true, Theme::Dark), "?embed=1&theme=dark");
        assert_eq!(written(true, Theme::Light), "?embed=1&theme=light");
        assert_eq!(
            written(true, Theme::Auto),
            "?embed=1",
            "auto is the default"
        );
        assert_eq!(written(false, Theme::Light), "?theme=light");
    }

    #[test]
    fn reasons_read_as_words() {
        let words: Vec<&str> = [
            Reason::UnknownKey,
            Reason::BadEncoding,
            Reason::TooLong,
            Reason::InvalidDate,
            Reason::Repeated,
            Reason::BadFlag,
            Reason::BadTheme,
        ]
        .iter()
        .map(|r| r.as_str())
        .collect();
        assert_eq!(
            words,
            [
                "unknown parameter",
                "not valid text",
                "value too long",
                "not a real YYYY-MM-DD date",
                "given more than once",
                "expected 1 or 0",
                "expected light, dark or auto",
            ]
        );
    }

    #[test]
    fn drops_what_it_cannot_use_and_says_why() {
        let q = parse(
            "shutdown=2026-02-30&restart=soon&shutdown=2026-01-01&shutdown=2026-01-02&bogus=1&%ZZ=1&k=%E2%28",
        );
        assert_eq!(
            reasons(&q),
            [
                ("shutdown", Reason::InvalidDate),
                ("restart", Reason::InvalidDate),
                ("shutdown", Reason::Repeated),
                ("bogus", Reason::UnknownKey),
                ("%ZZ", Reason::BadEncoding),
                ("k", Reason::BadEncoding),
            ]
        );
        let values: Vec<&str> = q.ignored.iter().map(|i| i.value.as_str()).collect();
        assert_eq!(
            values,
            ["2026-02-30", "soon", "2026-01-02", "1", "1", "%E2%28"],
            "each named with its value, as decoded as it could be"
        );
        assert_eq!(q.input.shutdown.as_deref(), Some("2026-01-01"));
    }

    #[test]
    fn every_cluster_a_link_names_becomes_a_cluster() {
        let q = parse(
            "?shutdown=2026-10-01&cluster=prod1:LB&cluster=dev2&cluster=web.shop&cluster=a%20b&cluster=x:nolb&cluster=Prod1&cluster=&cluster=:lb&cluster=e:Lb",
        );
        let clusters: Vec<(&str, bool)> = q
            .input
            .clusters
            .iter()
            .map(|c| (c.name.as_str(), c.load_balancer))
            .collect();
        assert_eq!(
            clusters,
            [
                ("prod1", true),
                ("dev2", false),
                ("web.shop", false),
                ("a b", false),
                ("x:nolb", false),
                ("Prod1", false),
                ("e", true),
            ],
            ":lb in any case; an empty value (or `:lb` alone) names nothing"
        );
        assert!(q.ignored.is_empty() && q.not_taken.is_empty());
        // The core marks each bad one, as it marks typed names.
        let errors = crate::check(&PlanInput {
            today: Some("2026-12-06".into()),
            ..q.input
        });
        let faults: Vec<&Field> = errors.iter().map(|e| e.field()).collect();
        assert_eq!(
            faults,
            [2, 3, 4, 5]
                .map(Field::ClusterName)
                .iter()
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn limits_length_count_and_report() {
        let long = format!("cluster={}", "a".repeat(MAX_PARAM_LEN));
        assert_eq!(reasons(&parse(&long)), [("cluster", Reason::TooLong)]);
        let longest = format!("x={}", "a".repeat(MAX_PARAM_LEN - 2));
        assert_eq!(reasons(&parse(&longest)), [("x", Reason::UnknownKey)]);
        assert_eq!(
            reasons(&parse(&[&longest, "a"].concat())),
            [("x", Reason::TooLong)]
        );
        let too_long_name = format!("cluster={}", "a".repeat(64));
        assert_eq!(
            parse(&too_long_name).input.clusters.len(),
            1,
            "for the form to mark"
        );
        // Short as sent, too long once written back percent-encoded.
        let wide = format!("cluster={}", "\u{e9}".repeat(40));
        assert_eq!(reasons(&parse(&wide)), [("cluster", Reason::TooLong)]);

        let many: Vec<String> = (1..=MAX_CLUSTERS + 3)
            .map(|i| format!("cluster=wl{i}"))
            .collect();
        let q = parse(&[&many.join("&"), ":lb"].concat());
        assert_eq!(q.input.clusters.len(), MAX_CLUSTERS);
        assert_eq!(q.not_taken, ["wl51", "wl52", "wl53:lb"], "kept by name");
        assert_eq!(q.ignored_count, 0);

        let junk = "x=1&".repeat(1000);
        let q = parse(&junk);
        assert_eq!(q.ignored.len(), MAX_REPORTED);
        assert_eq!(q.ignored_count, 1000);
    }

    #[test]
    fn shown_keys_are_short_and_without_controls() {
        let q = parse("%0A%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1");
        let key = &q.ignored[0].key;
        assert!(!key.contains('\n'));
        assert_eq!(key.chars().count(), MAX_KEY_SHOWN + 3);
        assert!(key.ends_with("..."));
    }

    #[test]
    fn writes_only_what_is_given_and_encodes_the_rest() {
        let input = PlanInput {
            shutdown: Some(String::new()),
            today: Some("2026-01-01".into()),
            clusters: vec![ClusterInput::new(""), ClusterInput::new("a&b=c d<\u{e9}")],
            ..PlanInput::default()
        };
        let text = to_query(&input, Mode::default());
        assert_eq!(text, "?cluster=a%26b%3Dc%20d%3C%C3%A9");
        assert!(text.is_ascii());
        let q = parse(&text);
        assert_eq!(q.input.clusters, [ClusterInput::new("a&b=c d<\u{e9}")]);
        assert_eq!(to_query(&PlanInput::default(), Mode::default()), "");
    }

    #[test]
    fn decodes_plus_and_either_hex_case() {
        assert_eq!(decode("a+b%2d%2Dc").as_deref(), Some("a b--c"));
        assert_eq!(decode("%"), None);
        assert_eq!(decode("%4"), None);
        assert_eq!(decode("%\u{e9}"), None);
        assert_eq!(decode("\u{e9}").as_deref(), Some("\u{e9}"));
    }

    fn valid_input() -> impl Strategy<Value = (PlanInput, Mode)> {
        let date = prop::option::of(
            (1000i32..9999, 1u32..=12, 1u32..=28)
                .prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        );
        let clusters = prop::collection::btree_map("[a-z][a-zA-Z0-9-]{0,62}", any::<bool>(), 0..8);
        let theme = prop::sample::select(&[Theme::Auto, Theme::Light, Theme::Dark][..]);
        let mode = (any::<bool>(), theme).prop_map(|(embed, theme)| Mode { embed, theme });
        (date.clone(), date.clone(), date, clusters, mode).prop_map(
            |(shutdown, restart, last_update, clusters, mode)| {
                let input = PlanInput {
                    shutdown,
                    restart,
                    last_update,
                    today: None,
                    clusters: clusters
                        .into_iter()
                        .map(|(name, load_balancer)| ClusterInput {
                            name,
                            load_balancer,
                        })
                        .collect(),
                };
                (input, mode)
            },
        )
    }

    proptest! {
        #[test]
        fn round_trips((input, mode) in valid_input()) {
            // Names that differ only in case are duplicates: keep the first of each.
            let mut input = input;
            let mut seen: Vec<String> = Vec::new();
            input.clusters.retain(|c| {
                let lower = c.name.to_ascii_lowercase();
                let fresh = !seen.contains(&lower);
                seen.push(lower);
                fresh
            });
            let back = parse(&to_query(&input, mode));
            prop_assert_eq!(back.input, input);
            prop_assert_eq!(back.mode, mode);
            prop_assert!(back.ignored.is_empty());
        }

        #[test]
        fn never_panics_and_keeps_only_valid_dates(text in ".{0,300}") {
            let q = parse(&text);
            prop_assert!(q.ignored.len() <= MAX_REPORTED);
            prop_assert!(q.ignored.len() <= q.ignored_count);
            prop_assert!(q.input.clusters.len() <= MAX_CLUSTERS);
            // Dates that survived are valid: only the cross-field rules and the cluster
            // names (kept for the form to mark) can still object.
            // What it kept survives a round trip through the link it writes.
            let again = parse(&to_query(&q.input, q.mode));
            prop_assert_eq!(&again.input, &q.input);
            prop_assert!(again.ignored.is_empty());
            let planned = PlanInput { today: Some("2026-01-01".into()), restart: None, ..q.input };
            let errors = crate::check(&planned);
            prop_assert!(
                errors.iter().all(|e| *e.field() == Field::LastUpdate || e.field().cluster().is_some()),
                "{:?}",
                errors
            );
        }

        #[test]
        fn never_panics_on_escape_soup(text in "[%0-9a-fA-F+&=:?a-z]{0,200}") {
            let q = parse(&text);
            prop_assert!(q.input.clusters.len() <= MAX_CLUSTERS);
        }
    }
}
