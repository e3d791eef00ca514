//! Component tests in a real browser: mount into a fresh element, let Yew render,
//! read the DOM as a user (or assistive technology) would. The planner is tested the
//! way the page runs it: the server renderer writes the page, the planner hydrates it.
//!
//! Run with `cargo test -p certplan-web --target wasm32-unknown-unknown` and
//! wasm-bindgen-test-runner as the target runner (`cargo xtask test` sets it up).
#![cfg(target_arch = "wasm32")]

use certplan::{check, plan, ClusterInput, Layer, Note, NoteCode, PlanInput};
use certplan_web::components::copy_button::Copying;
use certplan_web::components::error_lookup::{ErrorLookup, ErrorLookupProps};
use certplan_web::components::page::{Page, PLANNER_ID};
use certplan_web::components::planner::{Planner, PlannerProps};
use certplan_web::components::results::error_summary::{ErrorSummary, ErrorSummaryProps};
use certplan_web::components::results::layer_card::{LayerCard, LayerCardProps};
use certplan_web::components::runbook::item_list::ItemListProps;
use certplan_web::components::runbook::step_list::{StepList, StepListProps};
use certplan_web::hooks::Actions;
use certplan_web::item::Part;
use certplan_web::platform::start;
use certplan_web::render_count;
use certplan_web::shared::Shared;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::{BaseComponent, Callback, Renderer, ServerRenderer};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element attached to the body, so each test renders on its own.
fn root() -> Element {
    let document = gloo_utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// Renders component `C` with `props` into a fresh root.
fn mount<C: BaseComponent>(props: C::Properties) -> Element {
    let root = root();
    Renderer::<C>::with_root_and_props(root.clone(), props).render();
    root
}

/// Waits until `done` holds (renders and effects are scheduled, and the machine may be
/// busy); fails after two seconds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        TimeoutFuture::new(10).await;
    }
    panic!("timed out waiting for {what}");
}

/// Waits until Yew has rendered something matching `selector` under `root`.
async fn rendered(root: &Element, selector: &str) {
    until(selector, || {
        root.query_selector(selector).unwrap().is_some()
    })
    .await;
}

fn one(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn attr(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).unwrap()?.get_attribute(name)
}

/// Types `value` into `input` as a browser does: the value, then a bubbling `input`
/// event (Yew listens at its root).
fn type_into(input: &HtmlInputElement, value: &str) {
    input.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

/// What a person enters: shutdown, power-on and today's dates, and the clusters.
fn input([shutdown, restart, today]: [&str; 3], clusters: Vec<ClusterInput>) -> PlanInput {
    PlanInput {
        shutdown: Some(shutdown.into()),
        restart: Some(restart.into()),
        today: Some(today.into()),
        clusters,
        ..PlanInput::default()
    }
}

fn seed_plan() -> certplan::Plan {
    let clusters = vec![
        ClusterInput::new("prod1"),
        ClusterInput::with_load_balancer("edge2"),
    ];
    plan(&input(["2026-01-01", "2026-03-01", "2026-03-01"], clusters)).unwrap()
}

/// The page as the build writes it, in a fresh root, with the URL's query set to
/// `query`: what a visitor's browser has before the wasm runs.
async fn prerendered_page(query: &str) -> Element {
    let history = gloo_utils::window().history().unwrap();
    let path = gloo_utils::window().location().pathname().unwrap();
    let url = [path.as_str(), query].concat();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    let root = root();
    root.set_inner_html(&ServerRenderer::<Page>::new().render().await);
    root
}

/// Starts the planner on the prerendered page in `root`, as `main.rs` does, planning
/// for 2026-03-01.
fn start_planner(root: &Element) {
    let mut start = start::read();
    start.today = "2026-03-01".into();
    let planner = one(root, &["#", PLANNER_ID].concat());
    Renderer::<Planner>::with_root_and_props(planner, PlannerProps { start: Some(start) })
        .hydrate();
}

#[wasm_bindgen_test]
async fn layer_card_says_impacted_and_why_without_relying_on_colour() {
    let root = mount::<LayerCard>(LayerCardProps {
        name: "MOC",
        about: "infrastructure certificates",
        layer: Layer {
            impacted: true,
            reason: "Powered off 59 days: more than 30 days.".into(),
        },
        notes: vec![Note::new(
            NoteCode::Exactly30Days,
            "Powered off exactly 30 days.".into(),
        )],
    });
    rendered(&root, ".verdict").await;
    assert_eq!(texts(&root, ".verdict"), ["!Impacted"]);
    assert_eq!(
        attr(&root, ".symbol", "aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(
        texts(&root, ".reason"),
        ["Powered off 59 days: more than 30 days."]
    );
    // The note names its source with that page's date (issue 19).
    assert_eq!(
        texts(&root, ".note.exactly-30-days"),
        ["Powered off exactly 30 days. (Microsoft Learn, Update certificates in AKS on Windows Server, 04/02/2025)"]
    );
    assert_eq!(
        attr(&root, ".note.exactly-30-days .source a", "href").as_deref(),
        Some("https://learn.microsoft.com/azure/aks/aksarc/update-certificates#certificate-renewal-dependencies-on-cluster-shutdown")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn layer_card_not_impacted() {
    let root = mount::<LayerCard>(LayerCardProps {
        name: "Kubernetes",
        about: "cluster certificates",
        layer: Layer {
            impacted: false,
            reason: "No shutdown entered.".into(),
        },
        notes: Vec::new(),
    });
    rendered(&root, ".verdict").await;
    assert_eq!(texts(&root, ".verdict"), ["\u{2713}Not impacted"]);
    assert!(root.query_selector(".card.ok").unwrap().is_some());
    root.remove();
}

fn step_list(plan: certplan::Plan, impacted: bool) -> StepListProps {
    StepListProps {
        steps: ItemListProps {
            done: vec![false; plan.steps.len()],
            plan: Shared::new(plan),
            part: Part::Steps,
            ondone: Callback::noop(),
            copying: Copying::default(),
        },
        impacted,
        can_undo: false,
        actions: Shared::new(Actions::default()),
        copied_all: None,
        ondownload: Callback::noop(),
        file: "aks-certificate-fix-2026-03-01.ps1".into(),
    }
}

#[wasm_bindgen_test]
async fn step_list_puts_each_command_on_its_own_line_with_a_named_copy_button() {
    let plan = seed_plan();
    let root = mount::<StepList>(step_list(plan.clone(), true));
    rendered(&root, "code.command").await;
    let commands = texts(&root, "li.step > .command-line code.command");
    let expected: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
    assert_eq!(commands, expected);
    let list = root
        .query_selector_all("li.step > .command-line button[aria-label]")
        .unwrap();
    assert_eq!(list.length() as usize, expected.len());
    let second = list.item(1).unwrap().dyn_into::<Element>().unwrap();
    assert_eq!(
        second.get_attribute("aria-label").unwrap(),
        "Copy command 2: Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials"
    );
    let buttons = texts(&root, ".toolbar button");
    assert_eq!(buttons, ["Copy all", "Download .ps1", "Clear progress"]);
    // The order is the plan's: management first, cloud fixes after kubelet fixes.
    assert_eq!(commands[0], "Update-AksHciCertificates");
    assert!(commands[4].ends_with("-patchLoadBalancer -fixCloudCredentials"));
    root.remove();
}

#[wasm_bindgen_test]
async fn step_list_without_steps_says_nothing_to_fix_only_when_nothing_is_impacted() {
    let mut plan = seed_plan();
    plan.steps.clear();
    let root = mount::<StepList>(step_list(plan.clone(), false));
    rendered(&root, ".nothing").await;
    assert!(texts(&root, ".nothing")[0].starts_with("Nothing to fix"));
    assert!(root.query_selector("button").unwrap().is_none());
    root.remove();

    // Impacted, but every fix needs a workload cluster and none is listed.
    let root = mount::<StepList>(step_list(plan, true));
    rendered(&root, ".pending").await;
    assert!(root.query_selector(".nothing").unwrap().is_none());
    let text = &texts(&root, ".pending")[0];
    assert!(text.contains("List your workload clusters"), "{text}");
    assert_eq!(
        attr(&root, ".pending a", "href").as_deref(),
        Some("#add-cluster")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn error_summary_is_a_live_region_listing_each_error_with_a_link() {
    let dates = ["2026-03-10", "2026-03-01", "2026-03-20"];
    let errors = check(&input(dates, vec![ClusterInput::new("bad name")]));
    let root = mount::<ErrorSummary>(ErrorSummaryProps {
        errors,
        cluster_ids: vec![4],
    });
    rendered(&root, "li a").await;
    assert_eq!(
        attr(&root, ".error-summary", "aria-live").as_deref(),
        Some("polite")
    );
    let items = texts(&root, "li a");
    assert_eq!(items.len(), 2);
    assert!(items[0].starts_with("Power-on date is before the shutdown date"));
    assert!(items[1].contains("contains a space"), "{}", items[1]);
    assert_eq!(attr(&root, "li a", "href").as_deref(), Some("#restart"));
    let links: Vec<_> = (0..2)
        .map(|i| {
            let list = root.query_selector_all("li a").unwrap();
            let link = list.item(i).unwrap().dyn_into::<Element>().unwrap();
            link.get_attribute("href").unwrap()
        })
        .collect();
    assert_eq!(links, ["#restart", "#cluster-4-name"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_planner_takes_over_the_prerendered_page_and_keeps_what_was_typed() {
    let root = prerendered_page("?cluster=prod1").await;
    // Before the app: the form is there, empty, and takes input; no verdict, and the
    // buttons, which could not work yet, are disabled.
    assert!(attr(&root, "#add-cluster", "disabled").is_some());
    assert!(one(&root, ".guidance")
        .text_content()
        .unwrap()
        .contains("What to enter first"));
    let label = one(&root, "label[for=shutdown]");
    let shutdown = one(&root, "#shutdown")
        .dyn_into::<HtmlInputElement>()
        .unwrap();
    let table = one(&root, "#row-more-than-30-days");
    shutdown.set_value("2026-01-01");
    one(&root, "#restart")
        .dyn_into::<HtmlInputElement>()
        .unwrap()
        .set_value("2026-03-01");

    start_planner(&root);
    until("the plan", || {
        texts(&root, ".summary .days strong") == ["59 days"]
    })
    .await;
    // What was typed is kept, in the same elements: nothing was drawn again.
    assert_eq!(shutdown.value(), "2026-01-01");
    assert!(label.is_connected() && shutdown.is_connected() && table.is_connected());
    assert!(one(&root, "label[for=shutdown]") == label);
    assert!(one(&root, "#shutdown") == *shutdown.unchecked_ref::<Element>());
    // The link's cluster came in, and the URL follows what was typed.
    assert_eq!(
        one(&root, "input[id$='-name']")
            .dyn_into::<HtmlInputElement>()
            .unwrap()
            .value(),
        "prod1"
    );
    let expected = "?shutdown=2026-01-01&restart=2026-03-01&cluster=prod1";
    let search = || gloo_utils::window().location().search().unwrap();
    until("the URL", || search() == expected).await;
    // The rows that apply are marked on the prerendered tables, the others not.
    assert!(table.class_list().contains("match"));
    assert!(!one(&root, "#row-less-than-30-days")
        .class_list()
        .contains("match"));
    assert!(one(&root, "#row-target-cluster")
        .class_list()
        .contains("match"));
    assert!(root.query_selector(".guidance").unwrap().is_none());
    // The buttons work now.
    assert_eq!(attr(&root, "#add-cluster", "disabled"), None);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_planner_marks_the_bad_field_and_shows_no_commands() {
    let root =
        prerendered_page("?shutdown=2026-03-10&restart=2026-03-01&cluster=prod1&x=%3Cb%3E").await;
    start_planner(&root);
    until("the marked field", || {
        root.query_selector("#restart[aria-invalid=\"true\"]")
            .unwrap()
            .is_some()
    })
    .await;

    let restart = one(&root, "#restart");
    let described = restart.get_attribute("aria-describedby").unwrap();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("-error"))
        .unwrap();
    let message = one(&root, &["#", error_id].concat());
    assert!(message
        .text_content()
        .unwrap()
        .starts_with("Power-on date is before the shutdown date"));
    assert!(root.query_selector("code.command").unwrap().is_none());
    assert!(root.query_selector("tr.match").unwrap().is_none());

    // The hostile parameter is reported as text, with its value, never parsed as markup.
    assert!(root.query_selector(".notice b").unwrap().is_none());
    assert!(texts(&root, ".notice li code").contains(&"x=<b>".to_string()));

    // Fixing the date brings the plan back.
    type_into(
        &restart.dyn_into::<HtmlInputElement>().unwrap(),
        "2026-03-20",
    );
    // Yew may render the new steps and the updated field in separate scheduler turns.
    until("the plan, and the mark cleared", || {
        !texts(&root, "code.command").is_empty()
            && root
                .query_selector("#restart[aria-invalid]")
                .unwrap()
                .is_none()
    })
    .await;
    let expected = "?shutdown=2026-03-10&restart=2026-03-20&cluster=prod1";
    let search = || gloo_utils::window().location().search().unwrap();
    until("the URL", || search() == expected).await;
    root.dyn_into::<HtmlElement>().unwrap().remove();
}

#[wasm_bindgen_test]
async fn each_step_has_a_done_box_that_reports_its_item_and_a_count() {
    let plan = seed_plan();
    let reported = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let mut props = step_list(plan.clone(), true);
    props.steps.done[1] = true;
    props.steps.ondone = {
        let reported = reported.clone();
        Callback::from(move |change| reported.borrow_mut().push(change))
    };
    let root = mount::<StepList>(props);
    rendered(&root, ".done input").await;
    let boxes = root.query_selector_all(".step .done").unwrap();
    assert_eq!(boxes.length() as usize, plan.steps.len());
    assert_eq!(texts(&root, ".step .done")[2], "Done");
    let third = root
        .query_selector_all(".step .done input")
        .unwrap()
        .item(2)
        .unwrap();
    let third = third.dyn_into::<Element>().unwrap();
    assert_eq!(third.get_attribute("aria-label").unwrap(), "Done: step 3");
    let checked: Vec<bool> = (0..boxes.length())
        .map(|i| {
            let label = boxes.item(i).unwrap().dyn_into::<Element>().unwrap();
            let input = label.query_selector("input").unwrap().unwrap();
            input.dyn_into::<HtmlInputElement>().unwrap().checked()
        })
        .collect();
    assert_eq!(checked, [false, true, false, false, false, false, false]);
    assert_eq!(texts(&root, ".progress"), ["1 of 7 steps done"]);
    let first = root.query_selector(".step .done input").unwrap().unwrap();
    first.dyn_into::<HtmlElement>().unwrap().click();
    let expected = (Part::Steps.item(0).id(&plan).unwrap(), true);
    assert_eq!(*reported.borrow(), [expected]);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_failing_step_opens_to_its_remedies_with_sources_and_no_copy_for_cautions() {
    let plan = seed_plan();
    let root = mount::<StepList>(step_list(plan.clone(), true));
    rendered(&root, "details.if-fails").await;
    let summaries = texts(&root, ".step > details > summary");
    assert_eq!(summaries.len(), plan.steps.len());
    assert!(summaries.iter().all(|s| s == "If this step fails"));
    // Closed, a disclosure holds its summary only: its remedies render when it opens.
    assert!(root.query_selector(".remedy").unwrap().is_none());
    let list = root
        .query_selector_all(".step > details > summary")
        .unwrap();
    for i in 0..list.length() {
        list.item(i)
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .click();
    }
    let total: usize = plan.steps.iter().map(|s| s.if_fails.len()).sum();
    let count = || root.query_selector_all(".remedy").unwrap().length() as usize;
    until("every remedy", || count() == total).await;
    // Closed again, they stay: a second look costs nothing and keeps what was read.
    one(&root, ".step > details > summary")
        .unchecked_into::<HtmlElement>()
        .click();
    until("the first closed", || {
        attr(&root, ".step > details", "open").is_none()
    })
    .await;
    TimeoutFuture::new(50).await;
    assert_eq!(count(), total);
    let remedies = root.query_selector_all(".remedy").unwrap();
    let expected = plan.steps.iter().flat_map(|s| s.if_fails.iter());
    let mut cautions = 0;
    for (i, remedy) in expected.enumerate() {
        let shown = remedies
            .item(i as u32)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap();
        let source = shown.query_selector(".source a").unwrap().unwrap();
        assert_eq!(source.get_attribute("href").unwrap(), remedy.source);
        assert!(remedy.source.starts_with("https://"));
        let buttons = shown.query_selector_all("button").unwrap().length() as usize;
        let caution = shown.query_selector(".caution").unwrap().is_some();
        assert_eq!(caution, remedy.caution.is_some());
        let copyable = if caution { 0 } else { remedy.commands.len() };
        assert_eq!(buttons, copyable, "a caution never gets a copy button");
        cautions += usize::from(caution);
    }
    assert!(cautions > 0, "the seed's plan has disruptive remedies");
    root.remove();
}

#[wasm_bindgen_test]
async fn error_lookup_answers_on_the_button_not_on_typing() {
    let dates = ["2026-01-01", "2026-03-01", "2026-03-01"];
    let root = mount::<ErrorLookup>(ErrorLookupProps {
        input: input(dates, vec![ClusterInput::new("prod1")]),
        started: true,
        copied: None,
        copy: Callback::noop(),
    });
    rendered(&root, "textarea#error-text").await;
    assert_eq!(
        texts(&root, "label[for=error-text]"),
        ["Paste an error"],
        "its visible label"
    );
    let area: HtmlTextAreaElement = one(&root, "#error-text").unchecked_into();
    area.set_value("Get-AksHciCluster : System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]");
    // A bare input event (typing, or a script): no lookup.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let typed = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    area.dispatch_event(&typed).unwrap();
    TimeoutFuture::new(50).await;
    assert!(root.query_selector(".remedy").unwrap().is_none());

    one(&root, ".lookup button")
        .unchecked_into::<HtmlElement>()
        .click();
    rendered(&root, ".lookup-answer .remedy").await;
    assert_eq!(texts(&root, ".lookup-status"), ["1 documented match."]);
    assert_eq!(
        texts(&root, ".remedy mark"),
        ["System.Collections.Hashtable.generic_non_zero 1 [Error: Certificate has expired: Expired]"]
    );
    assert_eq!(
        texts(&root, ".remedy code.command"),
        ["Repair-MocLogin", "Get-AksHciCluster"]
    );
    // Check 4 of the plan is Get-AksHciCluster: the answer links its disclosure.
    assert_eq!(
        attr(&root, ".remedy a[href^='#fails-']", "href").as_deref(),
        Some("#fails-check-4")
    );
}

/// The steps of the plan (not its checks or power items) under `root`.
const STEP_ITEMS: &str = "section.steps:not(.checks):not(.power) li.step";

/// A Copy button of the plan's steps, clicked, and its confirmation awaited.
async fn copy_step(root: &Element, index: u32) {
    let selector = [STEP_ITEMS, " > .command-line button"].concat();
    let button = root
        .query_selector_all(&selector)
        .unwrap()
        .item(index)
        .unwrap()
        .unchecked_into::<HtmlElement>();
    button.click();
    until("the copy's confirmation", || {
        button.text_content().unwrap_or_default() != "Copy"
    })
    .await;
    // Renders that follow it (there should be none) get their chance to be counted.
    TimeoutFuture::new(50).await;
}

#[wasm_bindgen_test]
async fn a_done_mark_or_a_copy_re_renders_only_what_it_changed() {
    let clusters: Vec<String> = (1..=50).map(|n| format!("cluster=c{n}")).collect();
    let query = [
        "?shutdown=2026-01-01&restart=2026-03-01&",
        &clusters.join("&"),
    ]
    .concat();
    let root = prerendered_page(&query).await;
    start_planner(&root);
    let steps = || root.query_selector_all(STEP_ITEMS).unwrap().length();
    until("the 50 clusters' plan", || steps() > 100).await;
    let total = steps();
    until("the stored progress", || {
        texts(&root, ".steps .progress") == [format!("0 of {total} steps done")]
    })
    .await;
    TimeoutFuture::new(100).await;
    render_count::take();

    // Done on step 10: that step, its box, and the lists that count marks.
    one(&root, "input[aria-label='Done: step 10']")
        .unchecked_into::<HtmlElement>()
        .click();
    until("the count", || {
        texts(&root, ".steps .progress") == [format!("1 of {total} steps done")]
    })
    .await;
    TimeoutFuture::new(50).await;
    let counts = render_count::take();
    assert_eq!(counts.get("RunbookItem"), Some(&1), "{counts:?}");
    assert_eq!(counts.get("DoneBox"), Some(&1), "{counts:?}");
    let containers = ["Planner", "Results", "CheckSection", "StepList", "ItemList"];
    for (name, count) in &counts {
        assert!(
            ["RunbookItem", "DoneBox"].contains(name) || containers.contains(name) && *count <= 2,
            "{name} rendered {count} times for a Done mark: {counts:?}"
        );
    }

    // A copy: its button and the step that holds it, nothing else.
    copy_step(&root, 2).await;
    let counts = render_count::take();
    for name in ["RunbookItem", "CommandLine", "CopyButton"] {
        assert_eq!(counts.get(name), Some(&1), "{name}: {counts:?}");
    }
    for name in ["DoneBox", "IfFails", "RemedyItem", "Form"] {
        assert_eq!(counts.get(name), None, "{name}: {counts:?}");
    }
    // The next copy: its button, and the one whose confirmation it replaces.
    copy_step(&root, 4).await;
    let counts = render_count::take();
    for name in ["RunbookItem", "CommandLine", "CopyButton"] {
        assert_eq!(counts.get(name), Some(&2), "{name}: {counts:?}");
    }
    for name in ["DoneBox", "IfFails", "RemedyItem", "Form"] {
        assert_eq!(counts.get(name), None, "{name}: {counts:?}");
    }
    root.remove();
}
