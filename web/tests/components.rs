//! Component tests in a real browser: mount into a fresh element, let Yew render,
//! read the DOM as a user (or assistive technology) would.
//!
//! Run with `cargo test -p certplan-web --target wasm32-unknown-unknown` and
//! wasm-bindgen-test-runner as the target runner (`cargo xtask test` sets it up).
#![cfg(target_arch = "wasm32")]

use certplan::{check, plan, ClusterInput, Layer, Note, NoteCode, PlanInput};
use certplan_web::components::error_summary::error_summary;
use certplan_web::components::layer_card::layer_card;
use certplan_web::components::step_list::step_list;
use certplan_web::App;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::{component, Html, Properties, Renderer};

wasm_bindgen_test_configure!(run_in_browser);

/// The page's parts are functions of the state, not components: this one mounts
/// the markup a part returned.
#[derive(Properties, PartialEq)]
struct PartProps {
    html: Html,
}

#[component]
fn Part(props: &PartProps) -> Html {
    props.html.clone()
}

/// Renders `html` into `root`.
fn mount(root: &Element, html: Html) {
    Renderer::<Part>::with_root_and_props(root.clone(), PartProps { html }).render();
}

/// A fresh element attached to the body, so each test renders on its own.
fn root() -> Element {
    let document = gloo_utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
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

fn seed_plan() -> certplan::Plan {
    plan(&PlanInput {
        shutdown: Some("2026-01-01".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-01".into()),
        clusters: vec![
            ClusterInput::new("prod1"),
            ClusterInput::with_load_balancer("edge2"),
        ],
        ..PlanInput::default()
    })
    .unwrap()
}

#[wasm_bindgen_test]
async fn layer_card_says_impacted_and_why_without_relying_on_colour() {
    let root = root();
    let layer = Layer {
        impacted: true,
        reason: "Powered off 59 days: more than 30 days.".into(),
    };
    let notes = [Note {
        code: NoteCode::Exactly30Days,
        text: "Powered off exactly 30 days.".into(),
    }];
    mount(
        &root,
        layer_card("MOC", "infrastructure certificates", &layer, &notes),
    );
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
    assert_eq!(
        texts(&root, ".note.exactly-30-days"),
        ["Powered off exactly 30 days."]
    );
}

#[wasm_bindgen_test]
async fn layer_card_not_impacted() {
    let root = root();
    let layer = Layer {
        impacted: false,
        reason: "No shutdown entered.".into(),
    };
    mount(
        &root,
        layer_card("Kubernetes", "cluster certificates", &layer, &[]),
    );
    rendered(&root, ".verdict").await;
    let verdict = texts(&root, ".verdict");
    assert_eq!(verdict, ["\u{2713}Not impacted"]);
    assert!(root.query_selector(".card.ok").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn step_list_puts_each_command_on_its_own_line_with_a_named_copy_button() {
    let root = root();
    let plan = seed_plan();
    mount(&root, step_list(&plan.steps, None));
    rendered(&root, "code.command").await;
    let commands = texts(&root, "li code.command");
    let expected: Vec<&str> = plan.steps.iter().map(|s| s.command.as_str()).collect();
    assert_eq!(commands, expected);
    let list = root.query_selector_all("li button[aria-label]").unwrap();
    assert_eq!(list.length() as usize, expected.len());
    let second = list.item(1).unwrap().dyn_into::<Element>().unwrap();
    assert_eq!(
        second.get_attribute("aria-label").unwrap(),
        "Copy command 2: Update-AksHciClusterCertificates -Name 'prod1' -fixKubeletCredentials"
    );
    let buttons = texts(&root, ".toolbar button");
    assert_eq!(buttons, ["Copy all", "Download .ps1"]);
    // The order is the plan's: management first, cloud fixes after kubelet fixes.
    assert_eq!(commands[0], "Update-AksHciCertificates");
    assert!(commands[4].ends_with("-patchLoadBalancer -fixCloudCredentials"));
}

#[wasm_bindgen_test]
async fn step_list_without_steps_says_nothing_to_fix() {
    let root = root();
    mount(&root, step_list(&[], None));
    rendered(&root, ".nothing").await;
    assert!(texts(&root, ".nothing")[0].starts_with("Nothing to fix"));
    assert!(root.query_selector("button").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn error_summary_is_a_live_region_listing_each_error_with_a_link() {
    let root = root();
    let errors = check(&PlanInput {
        shutdown: Some("2026-03-10".into()),
        restart: Some("2026-03-01".into()),
        today: Some("2026-03-20".into()),
        clusters: vec![ClusterInput::new("bad name")],
        ..PlanInput::default()
    });
    mount(&root, error_summary(&errors, &[]));
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
}

#[wasm_bindgen_test]
async fn app_marks_the_bad_field_and_shows_no_commands() {
    let history = gloo_utils::window().history().unwrap();
    history
        .replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some("?shutdown=2026-03-10&restart=2026-03-01&cluster=prod1&x=%3Cb%3E"),
        )
        .unwrap();
    let root = root();
    Renderer::<App>::with_root(root.clone()).render();
    until("the marked field", || {
        root.query_selector("#restart[aria-invalid=\"true\"]")
            .unwrap()
            .is_some()
    })
    .await;

    let restart = root.query_selector("#restart").unwrap().unwrap();
    assert_eq!(
        restart.get_attribute("aria-invalid").as_deref(),
        Some("true")
    );
    let described = restart.get_attribute("aria-describedby").unwrap();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("-error"))
        .unwrap();
    let message = root
        .query_selector(&["#", error_id].concat())
        .unwrap()
        .unwrap();
    assert!(message
        .text_content()
        .unwrap()
        .starts_with("Power-on date is before the shutdown date"));
    assert!(root.query_selector("code.command").unwrap().is_none());

    // The hostile key is reported as text, never parsed as markup.
    assert!(root.query_selector(".notice b").unwrap().is_none());
    assert!(texts(&root, ".notice li code").contains(&"x".to_string()));

    // Fixing the date brings the plan back.
    let input = restart.dyn_into::<web_sys::HtmlInputElement>().unwrap();
    input.set_value("2026-03-20");
    // Like a browser's own input event, it bubbles: the page listens on its root.
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
    // Yew may render the new steps and the updated field in separate scheduler turns.
    until("the plan, and the mark cleared", || {
        !texts(&root, "code.command").is_empty()
            && root
                .query_selector("#restart[aria-invalid]")
                .unwrap()
                .is_none()
    })
    .await;
    // The URL follows in an effect, which runs after the render.
    let expected = "?shutdown=2026-03-10&restart=2026-03-20&cluster=prod1";
    let search = || gloo_utils::window().location().search().unwrap();
    until("the URL", || search() == expected).await;
    root.dyn_into::<HtmlElement>().unwrap().remove();
}
