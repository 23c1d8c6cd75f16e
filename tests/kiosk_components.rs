//! Component tests of kiosk mode in headless Chromium, on a clock the test controls: the idle
//! prompt, the reset, the attract loop's steps and their captions, a touch out of it, the
//! cleaning lock, and the QR code, read back with a decoder as a phone would.
#![cfg(target_arch = "wasm32")]

use qazaq_explainer::components::kiosk::{Kiosk, Time};
use qazaq_explainer::content::Model;
use qazaq_explainer::kiosk::{
    home_url, region_caption, regions, state_for, Step, QR_QUIET, STEP_MS, WARNING_MS,
};
use qazaq_explainer::lang::Lang;
use qazaq_explainer::view_state::{Action, ViewState};
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen_test::*;
use web_sys::{Element, PointerEvent, PointerEventInit};
use yew::prelude::*;

mod common;

use common::{click, count, document, q, settle, text};

wasm_bindgen_test_configure!(run_in_browser);

const IDLE: u32 = 30;

#[derive(Properties, PartialEq)]
struct HarnessProps {
    time: Time,
    resets: Rc<Cell<u32>>,
    /// Stands in for the widget's root, which the kiosk watches and shifts.
    root: Element,
    /// The view for the QR code.
    #[prop_or_default]
    hash: String,
}

/// Shows each step's view state as a hash, as the widget would show the state itself.
#[function_component(Harness)]
fn harness(p: &HarnessProps) -> Html {
    let units = use_memo((), |_| regions(&Model::embedded().unwrap()));
    let captions = use_memo((), |_| {
        let model = Model::embedded().unwrap();
        regions(&model)
            .iter()
            .map(|id| region_caption(&model, id, Lang::En).unwrap().code())
            .collect::<Vec<_>>()
    });
    let state = use_state(ViewState::default);
    let on_step = {
        let state = state.clone();
        Callback::from(move |s: Step| {
            state.set(state.apply(Action::Replace(state_for(&s, &ViewState::default()))))
        })
    };
    let resets = p.resets.clone();
    let on_reset = Callback::from(move |()| resets.set(resets.get() + 1));
    html! {
        <div data-hash={state.to_hash()}>
            <Kiosk lang={Lang::En} idle={IDLE} regions={Rc::new((*units).clone())}
                captions={Rc::new((*captions).clone())} title={"The map"}
                hash={p.hash.clone()} articles={false} root={p.root.clone()} {on_step} {on_reset}
                time={p.time.clone()} />
        </div>
    }
}

/// The clock's ticks run on real time (twice a second); the time they read is the test's.
async fn tick() {
    yew::platform::time::sleep(Duration::from_millis(600)).await;
    settle().await;
}

fn hash(host: &Element) -> String {
    q(host, "[data-hash]")
        .unwrap()
        .get_attribute("data-hash")
        .unwrap()
}

fn pointerdown(el: &Element) {
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    let e = PointerEvent::new_with_event_init_dict("pointerdown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

#[wasm_bindgen_test]
async fn idle_prompt_reset_loop_and_wake() {
    let t = Rc::new(Cell::new(0.0));
    let time = Time(Rc::new({
        let t = t.clone();
        move || t.get()
    }));
    let resets = Rc::new(Cell::new(0));
    let root = document().create_element("div").unwrap();
    root.set_class_name("qe");
    document().body().unwrap().append_child(&root).unwrap();
    let host = document().create_element("div").unwrap();
    root.append_child(&host).unwrap();
    yew::Renderer::<Harness>::with_root_and_props(
        host.clone(),
        HarnessProps {
            time,
            resets: resets.clone(),
            root: root.clone(),
            hash: String::new(),
        },
    )
    .render();
    tick().await;
    assert_eq!(count(&host, ".qe-kiosk-overlay"), 0, "in use: no overlay");

    // Idle: "Still there?" counts down; a touch dismisses it without acting.
    t.set(f64::from(IDLE) * 1000.0 + 1.0);
    tick().await;
    assert!(text(&host, ".qe-kiosk-overlay").contains("Still there?"));
    assert!(text(&host, ".qe-kiosk-overlay").contains("Starting over in 10 s"));
    t.set(f64::from(IDLE) * 1000.0 + 4_500.0);
    tick().await;
    assert!(text(&host, ".qe-kiosk-overlay").contains("in 6 s"));
    pointerdown(&q(&host, ".qe-kiosk-overlay").unwrap());
    tick().await;
    assert_eq!(count(&host, ".qe-kiosk-overlay"), 0);
    assert_eq!(resets.get(), 0);

    // Idle through the countdown: a reset, then the loop steps through the reported units.
    let woke = f64::from(IDLE) * 1000.0 + 4_500.0;
    let start = woke + f64::from(IDLE) * 1000.0 + WARNING_MS;
    t.set(start + 1.0);
    tick().await;
    assert_eq!(resets.get(), 1, "the reset");
    assert_eq!(hash(&host), "", "the starting state");
    assert!(text(&host, ".qe-kiosk-prompt").contains("Touch to explore"));
    assert_eq!(text(&host, ".qe-kiosk-caption"), "The map");
    let model = Model::embedded().unwrap();
    let first = &regions(&model)[0];
    t.set(start + STEP_MS + 1.0);
    tick().await;
    let caption = region_caption(&model, first, Lang::En).unwrap();
    assert_eq!(
        text(&host, ".qe-kiosk-caption-title"),
        caption.title,
        "the step's caption"
    );
    assert_eq!(
        text(&host, ".qe-kiosk-caption-figure"),
        caption.figure.unwrap()
    );
    assert_eq!(
        count(&host, ".qe-kiosk-progress li"),
        1 + regions(&model).len() as u32
    );
    assert_eq!(count(&host, ".qe-kiosk-progress li.is-done"), 1);
    assert_eq!(count(&host, ".qe-kiosk-progress li.is-current"), 1);
    assert!(
        hash(&host).contains(&format!("region={first}")),
        "{}",
        hash(&host)
    );
    assert!(root.has_attribute("data-shift"), "burn-in shift");

    // A touch stops the loop at once.
    pointerdown(&q(&host, ".qe-kiosk-overlay").unwrap());
    tick().await;
    assert_eq!(count(&host, ".qe-kiosk-overlay"), 0);
    assert!(!root.has_attribute("data-shift"));

    // Cleaning: touch is off for 15 s, then the kiosk is in use again.
    let now = start + STEP_MS + 2_000.0;
    t.set(now);
    click(&q(&host, ".qe-kiosk-bar .qe-btn").unwrap());
    tick().await;
    assert!(text(&host, ".qe-kiosk-overlay").contains("15 s"));
    t.set(now + 15_001.0);
    tick().await;
    assert_eq!(count(&host, ".qe-kiosk-overlay"), 0);
}

/// Reads the drawn QR code back as pixels and decodes it with an independent decoder.
fn scan(host: &Element) -> String {
    let svg = q(host, "svg.qe-kiosk-qr").expect("a QR code");
    let side: usize = svg
        .get_attribute("viewBox")
        .unwrap()
        .split(' ')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    let d = q(host, ".qe-kiosk-qr-code")
        .unwrap()
        .get_attribute("d")
        .unwrap();
    let mut dark = vec![false; side * side];
    for rect in d.split('M').filter(|r| !r.is_empty()) {
        let (xy, rest) = rect.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
        let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
        for i in x..x + run {
            dark[y * side + i] = true;
        }
    }
    assert!(side > 2 * QR_QUIET);
    const PX: usize = 4;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side * PX, side * PX, |x, y| {
        if dark[(y / PX) * side + x / PX] {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[wasm_bindgen_test]
async fn the_qr_code_opens_this_view_on_the_standalone_page() {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let host = document().create_element("div").unwrap();
    root.append_child(&host).unwrap();
    let props = |hash: &str| HarnessProps {
        time: Time(Rc::new(|| 0.0)),
        resets: Rc::new(Cell::new(0)),
        root: root.clone(),
        hash: hash.into(),
    };
    let href = web_sys::window().unwrap().location().href().unwrap();
    let mut app =
        yew::Renderer::<Harness>::with_root_and_props(host.clone(), props("#region=KZ-61&lang=en"))
            .render();
    settle().await;
    let url = scan(&host);
    assert_eq!(url, home_url(&href, "#region=KZ-61&lang=en"));
    assert!(
        url.starts_with("http") && url.contains("/index.html#region=KZ-61&lang=en"),
        "{url}"
    );
    assert_eq!(
        text(&host, ".qe-kiosk-scan"),
        "Scan to open this on your phone"
    );
    assert_eq!(count(&host, "a"), 0, "nothing to click");

    // The view changes: so does the code.
    let next = "#view=compare&article=o3-n4&lang=en";
    app.update(props(next));
    settle().await;
    assert_eq!(scan(&host), home_url(&href, next));
    app.destroy();
    root.remove();
}
