//! The certplan planner as a JavaScript API, for documentation sites and tools that embed
//! it.
//!
//! Built with wasm-bindgen `--target web` into an ES module with stable file names,
//! `certplan.js`, `certplan_bg.wasm` and `certplan.d.ts`, which exports:
//! - `default` (init): `await init()` loads `certplan_bg.wasm` next to the module;
//!   `initSync({ module: bytes })` does the same from bytes you already have (Node).
//! - [`plan`]`(input)`: a plain `PlanInput` object in, a plain `Plan` object out (the
//!   shapes of [`certplan::PlanInput`] and [`certplan::Plan`], JSON-compatible: absent
//!   values are `null`): the verdicts, the steps each with what to do if it fails
//!   (`ifFails`), the checks before step 1 (`checks`), powering on before them
//!   (`powerOn`) and the way down before a planned shutdown (`powerOff`), the script and
//!   the notes; every remedy and note with its source and that page's date
//!   (`sourceDate`). A bad input throws an `Error` with `code` and `field`.
//! - [`find_remedies`] (`findRemedies(text, input?)`): pasted error text in, the
//!   documented remedies it matches out, best first, each a `Remedy` with `matched`,
//!   the part of the text that decided it; `[]` when nothing documented matches. The
//!   commands are filled in for the cluster the text names, else the input's only
//!   cluster. A bad `input` throws as `plan` does.
//! - [`version`]`()`: this crate's version.
//!
//! ```js
//! import init, { findRemedies, plan, version } from "./embed/certplan.js";
//! await init();
//! const p = plan({ shutdown: "2026-01-01", restart: "2026-03-01",
//!                  clusters: [{ name: "prod1", loadBalancer: true }] });
//! p.steps.map((s) => s.command); // ["Update-AksHciCertificates", ...]
//! try { plan({ colour: "red" }); }
//! catch (e) { e.code === "unknown-field" && e.field === "colour"; }
//! findRemedies("x509: certificate signed by unknown authority")[0].id; // "x509-unknown-authority"
//! ```
//!
//! The core stays pure: the one thing this crate adds is the default for `today`, the
//! caller's local calendar date, read from JavaScript's `Date` when the input has none.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod read;
mod shape;
mod strings;
mod to_js;

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** What `plan` takes. Dates are calendar dates, `YYYY-MM-DD`; absent, `null` or `""`
 *  mean "not given". `today` defaults to the local date. Unknown fields are refused. */
export type PlanInput = {
  shutdown?: string | null; restart?: string | null; lastUpdate?: string | null;
  today?: string | null; clusters?: { name: string; loadBalancer?: boolean }[];
};

/** What `plan` returns: a plain, JSON-compatible object. */
export type Plan = {
  shutdownDays: number | null; updateAgeDays: number | null;
  shutdownRow: "less-than-30-days" | "more-than-30-days" | null;
  updateRow: "within-90-days" | "not-within-90-days" | null;
  layers: { moc: Layer; kubernetes: Layer };
  steps: Step[];
  script: string;                       // the steps as one ASCII .ps1
  notes: Note[];
  checks: Check[];                      // before step 1: run, compare with `expect`; empty when nothing to fix
  powerOn: Check[];      // still off, or back today or later: power on, Start-Cluster, Get-ClusterNode Up,
                         // control plane VMs Running (stop-start-cluster.md); empty once they are back
  powerOff: Check[];     // shutdown today or later: Stop-Cluster (caution), then Stop-Computer; else empty
};

/** Something to know beyond the verdicts, with the Microsoft page it rests on. */
export type Note = { code: string; text: string; source: string; sourceDate: string };   // source: https URL

/** One command of the fix, in order. */
export type Step = {
  command: string; cluster: string | null;
  layer: "moc" | "kubernetes" | "verify"; purpose: string;
  ifFails: Remedy[];                    // at least one for every moc/kubernetes step
};

/** Something to run before step 1 and compare with what a healthy system answers. */
export type Check = { command: string; purpose: string; expect: string; ifFails: Remedy[] };

/** What to do about one documented failure, from the Microsoft page in `source`. */
export type Remedy = {
  id: string;           // stable, remedies.rs's ids: "mocctl-expired", "kvactl-token", "kva-expired", ...
  symptom: string;      // what the person sees, with the literal error text where the docs give one
  action: string;       // what to do, in our words
  commands: string[];   // ready to paste (ASCII, names filled in); empty when the remedy is manual
  caution: string | null;  // set for anything destructive or disruptive: then `commands` is empty and
                            // `action` points to the page instead
  source: string;       // https URL of the Microsoft page (learn.microsoft.com, with #anchor) or Azure GitHub issue
  sourceDate: string;   // YYYY-MM-DD: ms.date (or ms.lastreviewed where later) of the page version read
};

/** A documented remedy found in pasted error text, filled in, with `matched`: the part
 *  of the text that decided it, as pasted. A command still holding `<your-cluster>` or
 *  `<the command that failed>` needs that replaced before it runs. */
export type RemedyMatch = Remedy & { matched: string };

/** The stable codes of a plan's notes (`notes[].code`), typed `string` in `Plan` so that a
 *  code added later does not break a caller. */
export type NoteCode =
  | "exactly-30-days" | "still-off" | "future-shutdown" | "update-advice" | "no-clusters"
  | "cluster-name-style" | "out-of-support" | "cannot-update" | "moc-login-expired"
  | "platform-retirement" | "azure-local-23h2";

/** One certificate layer's verdict. */
export type Layer = { impacted: boolean; reason: string };

/** The stable codes of the errors `plan` throws. */
export type PlanErrorCode =
  | "invalid-date" | "restart-before-shutdown" | "invalid-cluster-name"
  | "duplicate-cluster-name" | "unknown-field" | "invalid-input";

/** What `plan` throws: a real `Error` (`instanceof Error`) whose `message` says what is
 *  wrong, with the stable `code` and the `field` at fault, as a path such as `restart`,
 *  `clusters[0].name` or `clusters[0].colour` (`""` when the input itself is not an
 *  object). */
export type PlanError = Error & { code: PlanErrorCode; field: string };
"#;

/// Plans the certificate fix for `input` and returns the plan.
///
/// `today` defaults to the local calendar date when absent, `null` or blank.
///
/// # Errors
/// @throws {PlanError} when the input is bad: an `Error` with `code` (`invalid-date`,
/// `restart-before-shutdown`, `invalid-cluster-name`, `duplicate-cluster-name`,
/// `unknown-field`, `invalid-input`) and `field` (e.g. `restart`, `clusters[0].name`).
#[wasm_bindgen(unchecked_return_type = "Plan")]
pub fn plan(
    #[wasm_bindgen(unchecked_param_type = "PlanInput")] input: JsValue,
) -> Result<JsValue, js_sys::Error> {
    let input = read::plan_input(&input).map_err(|e| js_error(&e))?;
    let plan = certplan::plan(&with_today(input)).map_err(|e| js_error(&e.into()))?;
    Ok(to_js::plan(&plan))
}

/// Looks pasted error text up in the documented remedies: the ones it matches, best
/// first, each with `matched`, the part of the text that decided it; `[]` when none.
///
/// `input` (optional) is the plan the person follows, read as `plan` reads it: the
/// commands are filled in for the cluster the text names, else its only cluster.
/// The text is read in the browser and goes nowhere else.
///
/// # Errors
/// @throws {PlanError} when `input` is bad, as `plan` throws; `invalid-input` on
/// `text` when `text` is not a string.
#[wasm_bindgen(js_name = findRemedies, unchecked_return_type = "RemedyMatch[]")]
pub fn find_remedies(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "PlanInput | null")] input: Option<JsValue>,
) -> Result<JsValue, js_sys::Error> {
    let Some(text) = text.as_string() else {
        return Err(js_error(&read::wrong_type(certplan::Field::Text, &text)));
    };
    let input = match input {
        Some(input) if !input.is_undefined() && !input.is_null() => {
            read::plan_input(&input).map_err(|e| js_error(&e))?
        }
        _ => certplan::PlanInput::default(),
    };
    let found = certplan::lookup::find_remedies(&text, &with_today(input))
        .map_err(|e| js_error(&e.into()))?;
    Ok(to_js::matches(&found))
}

/// The version of certplan-js, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// `input` with `today` defaulted to the local date when absent or blank.
fn with_today(mut input: certplan::PlanInput) -> certplan::PlanInput {
    if input.today.as_deref().is_none_or(|t| t.trim().is_empty()) {
        input.today = Some(local_today());
    }
    input
}

/// Today's local calendar date (the browser's or Node's time zone), `YYYY-MM-DD`.
fn local_today() -> String {
    let now = js_sys::Date::new_0();
    shape::iso_date(now.get_full_year(), now.get_month(), now.get_date())
}

/// The refusal as a JavaScript `Error` with `code` and `field` properties.
fn js_error(error: &shape::Refusal) -> js_sys::Error {
    let js = js_sys::Error::new(&error.message());
    // Setting a data property on a fresh Error cannot fail.
    let _ = Reflect::set(&js, &"code".into(), &error.code().as_str().into());
    let _ = Reflect::set(&js, &"field".into(), &error.field().path().into());
    js
}
