//! Component tests: the real app mounted in headless Chromium, driven by real DOM events.
#![cfg(target_arch = "wasm32")]

use qazaq_explainer::app::{App, AppProps};
use qazaq_explainer::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit};

mod common;

use common::{click, count, document, q, settle, text};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app with `hash` as the page's URL state, in a fresh container.
async fn mount(hash: &str, lang: Lang) -> Element {
    let w = web_sys::window().unwrap();
    let url = format!("{}{hash}", w.location().pathname().unwrap());
    w.history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root_and_props(
        host.clone(),
        AppProps {
            options: Default::default(),
            lang,
            sync_url: true,
            prefix: "?".into(),
        },
    )
    .render();
    settle().await;
    host
}

fn key(el: &Element, k: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(k);
    let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn draws_all_units_with_figures_in_their_names() {
    let root = mount("", Lang::En).await;
    assert!(q(&root, "[data-qe-ready]").is_some());
    assert_eq!(count(&root, "svg path[data-id]"), 17, "17 regions");
    assert_eq!(count(&root, "svg g.qe-city[data-id]"), 3, "3 city markers");
    assert_eq!(
        count(&root, "svg [data-id][tabindex='0']"),
        1,
        "one tab stop"
    );
    let pavlodar = q(&root, "path[data-id='KZ-55']").unwrap();
    assert!(pavlodar
        .get_attribute("aria-label")
        .unwrap()
        .contains("130+"));
    assert!(pavlodar
        .get_attribute("class")
        .unwrap_or_default()
        .contains("qe-c"));
    let atyrau = q(&root, "path[data-id='KZ-23']").unwrap();
    assert!(atyrau
        .get_attribute("class")
        .unwrap_or_default()
        .contains("qe-nr"));
    assert!(atyrau
        .get_attribute("aria-label")
        .unwrap()
        .contains("not reported"));
    assert!(text(&root, ".qe-legend").contains("Not reported"));
    assert!(text(&root, ".qe-summary").contains("Turkestan Region"));
    root.remove();
}

#[wasm_bindgen_test]
async fn click_selects_and_escape_clears() {
    let root = mount("", Lang::En).await;
    click(&q(&root, "path[data-id='KZ-55']").unwrap());
    settle().await;
    assert_eq!(text(&root, ".qe-detail h3"), "Pavlodar Region");
    assert!(text(&root, ".qe-detail").contains("130+"));
    assert!(hash().contains("region=KZ-55"), "hash {}", hash());
    key(&q(&root, ".qe-detail").unwrap(), "Escape");
    settle().await;
    assert!(q(&root, ".qe-detail h3").is_none());
    assert!(!hash().contains("region"));
    // City markers are controls of their own.
    click(&q(&root, "g.qe-city[data-id='KZ-79']").unwrap());
    settle().await;
    assert_eq!(text(&root, ".qe-detail h3"), "Shymkent (city)");
    click(&q(&root, ".qe-close").unwrap());
    settle().await;
    assert!(q(&root, ".qe-detail h3").is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_neighbours_and_announce() {
    let root = mount("#region=KZ-55", Lang::En).await;
    let svg = q(&root, ".qe-map svg").unwrap();
    assert_eq!(
        q(&root, "svg [tabindex='0']")
            .unwrap()
            .get_attribute("data-id")
            .as_deref(),
        Some("KZ-55"),
        "the selected unit is the tab stop"
    );
    key(&svg, "ArrowDown");
    settle().await;
    let stop = q(&root, "svg [tabindex='0']").unwrap();
    let id = stop.get_attribute("data-id").unwrap();
    assert_ne!(id, "KZ-55");
    assert_eq!(count(&root, "svg [tabindex='0']"), 1);
    let announced = text(&root, ".qe-sr[aria-live]");
    let label = stop.get_attribute("aria-label").unwrap();
    assert_eq!(announced, label, "the live region reads the focused unit");
    key(&svg, "Enter");
    settle().await;
    assert!(hash().contains(&format!("region={id}")));
    root.remove();
}

#[wasm_bindgen_test]
async fn metric_switch_recolours_and_updates_the_url() {
    let root = mount("", Lang::En).await;
    let turkestan_before = q(&root, "path[data-id='KZ-61']")
        .unwrap()
        .get_attribute("class")
        .unwrap_or_default();
    click(&q(&root, "button[data-metric='events']").unwrap());
    settle().await;
    let chip = q(&root, "button[data-metric='events']").unwrap();
    assert_eq!(chip.get_attribute("aria-checked").as_deref(), Some("true"));
    assert!(hash().contains("metric=events"));
    let t = q(&root, "path[data-id='KZ-61']").unwrap();
    assert!(t.get_attribute("aria-label").unwrap().contains("1,959"));
    assert!(t
        .get_attribute("class")
        .unwrap_or_default()
        .contains("qe-c"));
    // Pavlodar reports members but no events: it must turn "not reported", never zero.
    let p = q(&root, "path[data-id='KZ-55']").unwrap();
    assert!(p
        .get_attribute("class")
        .unwrap_or_default()
        .contains("qe-nr"));
    assert!(turkestan_before.contains("qe-c"));
    root.remove();
}

#[wasm_bindgen_test]
async fn mouse_hover_shows_a_tooltip_and_touch_does_not() {
    let root = mount("", Lang::En).await;
    let touch = PointerEventInit::new();
    touch.set_pointer_type("touch");
    let e = PointerEvent::new_with_event_init_dict("pointerenter", &touch).unwrap();
    q(&root, "path[data-id='KZ-61']")
        .unwrap()
        .dispatch_event(&e)
        .unwrap();
    settle().await;
    assert!(q(&root, ".qe-tooltip").is_none(), "no tooltip for a finger");
    let init = PointerEventInit::new();
    init.set_pointer_type("mouse");
    let e = PointerEvent::new_with_event_init_dict("pointerenter", &init).unwrap();
    q(&root, "path[data-id='KZ-61']")
        .unwrap()
        .dispatch_event(&e)
        .unwrap();
    settle().await;
    let tip = text(&root, ".qe-tooltip");
    assert!(
        tip.contains("Turkestan Region") && tip.contains("457"),
        "{tip}"
    );
    let e = PointerEvent::new_with_event_init_dict("pointerleave", &init).unwrap();
    q(&root, "path[data-id='KZ-61']")
        .unwrap()
        .dispatch_event(&e)
        .unwrap();
    settle().await;
    assert!(q(&root, ".qe-tooltip").is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn closing_the_panel_returns_focus_to_the_unit() {
    let root = mount("#region=KZ-79", Lang::En).await;
    click(&q(&root, ".qe-close").unwrap());
    settle().await;
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-id").as_deref(), Some("KZ-79"));
    root.remove();
}

#[wasm_bindgen_test]
async fn table_view_sorts_with_not_reported_last() {
    let root = mount("#view=table&lang=en", Lang::Kk).await;
    assert_eq!(
        q(&root, ".qe").unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    assert_eq!(count(&root, "tbody tr[data-id]"), 20);
    let members = root
        .query_selector_all("th button.qe-sort")
        .unwrap()
        .item(1)
        .unwrap()
        .dyn_into::<Element>()
        .unwrap();
    click(&members);
    settle().await;
    let rows = root.query_selector_all("tbody tr[data-id]").unwrap();
    let id = |i: u32| {
        rows.item(i)
            .unwrap()
            .dyn_into::<Element>()
            .unwrap()
            .get_attribute("data-id")
            .unwrap()
    };
    assert_eq!(id(0), "KZ-61", "Turkestan (457) first, descending");
    assert!(
        q(&root, "th[aria-sort='descending']").is_some(),
        "aria-sort set"
    );
    assert!(text(&root, "tbody tr:last-child").contains("not reported"));
    // A row opens its unit on the map, with keyboard focus on it.
    click(&q(&root, "tbody tr[data-id='KZ-61'] button").unwrap());
    settle().await;
    assert!(q(&root, "table").is_none());
    assert_eq!(text(&root, ".qe-detail h3"), "Turkestan Region");
    let active = document().active_element().unwrap();
    assert_eq!(active.get_attribute("data-id").as_deref(), Some("KZ-61"));
    root.remove();
}

#[wasm_bindgen_test]
async fn language_switch_translates_interface_and_names() {
    let root = mount("#region=KZ-75", Lang::Kk).await;
    assert_eq!(text(&root, ".qe-detail h3"), "Алматы қаласы");
    click(&q(&root, ".qe-seg[lang='ru']").unwrap());
    settle().await;
    assert_eq!(text(&root, ".qe-detail h3"), "город Алматы");
    assert!(hash().contains("lang=ru"));
    root.remove();
}

/// Waits (polling each frame, up to 5 s) until `cond` holds: the map's labels wait for its
/// width, which a ResizeObserver reports after layout.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..300 {
        if cond() {
            return;
        }
        yew::platform::time::sleep(std::time::Duration::from_millis(16)).await;
    }
    panic!("never: {what}");
}

/// The texts of every element matching `sel`, in document order.
fn texts(root: &Element, sel: &str) -> Vec<String> {
    let list = root.query_selector_all(sel).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

#[wasm_bindgen_test]
async fn the_panel_leads_with_the_metric_on_the_map_even_when_not_reported() {
    // Karaganda reports attendance, not members (the map's first metric).
    let root = mount("#region=KZ-35&lang=en", Lang::En).await;
    let first = q(&root, ".qe-detail .qe-figs > li").unwrap();
    let classes = first.get_attribute("class").unwrap_or_default();
    assert!(
        classes.contains("is-lead") && classes.contains("is-nr"),
        "{classes}"
    );
    assert_eq!(text(&first, ".qe-fig-label"), "Coalition members");
    assert_eq!(text(&first, ".qe-fig-nr"), "not reported");
    assert!(
        q(&first, ".qe-fig-value").is_none(),
        "never drawn as a value"
    );
    // Its other figures follow, each with its value.
    let labels = texts(&root, ".qe-detail .qe-figs > li .qe-fig-label");
    assert_eq!(labels.len(), 2, "{labels:?}");
    assert!(
        labels[1].starts_with("Event attendance"),
        "attendance follows: {labels:?}"
    );
    assert_eq!(count(&root, ".qe-detail .qe-fig-value"), 1);

    // Colour the map by attendance: that figure now leads, reported.
    click(&q(&root, "button[data-metric='attendance']").unwrap());
    settle().await;
    let first = q(&root, ".qe-detail .qe-figs > li").unwrap();
    let classes = first.get_attribute("class").unwrap_or_default();
    assert!(
        classes.contains("is-lead") && !classes.contains("is-nr"),
        "{classes}"
    );
    assert!(text(&first, ".qe-fig-label").starts_with("Event attendance"));
    assert!(q(&first, ".qe-fig-value").is_some());
    assert_eq!(
        count(&root, ".qe-detail .qe-fig-nr"),
        0,
        "members is not the map's metric any more, and is not repeated"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_reported_metric_leads_the_panel_before_the_others() {
    // Pavlodar reports members; the map opens on members.
    let root = mount("#region=KZ-55", Lang::En).await;
    let first = q(&root, ".qe-detail .qe-figs > li.is-lead").unwrap();
    assert_eq!(text(&first, ".qe-fig-label"), "Coalition members");
    assert_eq!(text(&first, ".qe-fig-value"), "130+");
    assert_eq!(count(&root, ".qe-detail .qe-fig-nr"), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn nationwide_cards_say_when_sources_agree_and_list_sources_once() {
    let root = mount("#lang=en", Lang::En).await;
    let national = q(&root, ".qe-national").unwrap();
    // "5" reported by two outlets is one value with two sources, not "5 … 5".
    let cards = national.query_selector_all(".qe-card").unwrap();
    let card = |label: &str| {
        (0..cards.length())
            .filter_map(|i| cards.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .find(|c| text(c, ".qe-card-label") == label)
            .unwrap_or_else(|| panic!("no card {label}"))
    };
    let parties = card("Political parties");
    assert_eq!(texts(&parties, ".qe-card-value"), ["5"]);
    assert_eq!(text(&parties, ".qe-card-agree"), "Two sources agree");
    assert_eq!(count(&parties, ".qe-card-src"), 2, "both outlets named");
    let orgs = card("Public organisations");
    assert_eq!(texts(&orgs, ".qe-card-value"), ["300+"]);
    assert_eq!(count(&orgs, ".qe-card-agree"), 1);
    // Disagreeing reports stay apart, each with its source, in the first card.
    let first = national.query_selector(".qe-card").unwrap().unwrap();
    assert!(first
        .get_attribute("class")
        .unwrap_or_default()
        .contains("is-disputed"));
    assert_eq!(
        texts(&first, ".qe-card-value"),
        ["about 4,000", "nearly 10,000"]
    );
    assert_eq!(count(&first, ".qe-card-agree"), 0);
    // One disclosure of sources per section instead of one per figure.
    assert_eq!(count(&root, ".qe-national details"), 1);
    assert_eq!(count(&root, ".qe-outcome details"), 1);
    let listed = texts(&root, ".qe-national details .qe-source a");
    let mut unique = listed.clone();
    unique.sort();
    unique.dedup();
    assert!(listed.len() >= 5, "{listed:?}");
    assert_eq!(
        count(&root, ".qe-national details li"),
        count(&root, ".qe-national details .qe-source"),
        "one line per source"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_map_names_the_units_with_a_figure_and_counts_the_rest() {
    let root = mount("", Lang::Kk).await;
    until("five labels", || count(&root, "svg .qe-label") == 5).await;
    let names = texts(&root, "svg .qe-label-name");
    for want in ["Түркістан", "Ақтөбе", "Павлодар", "Астана", "Шымкент"]
    {
        assert!(names.iter().any(|n| n == want), "{want} in {names:?}");
    }
    let values = texts(&root, "svg .qe-label-value");
    assert!(values.iter().any(|v| v == "шамамен 200"), "{values:?}");
    assert_eq!(
        texts(&root, "svg .qe-map-note text").join(" "),
        "Дерегі жоқ өңірлер мен қалалар: 15 (барлығы 20)"
    );
    // A city's name is a pointer target for the city, not for the region under it.
    click(&q(&root, "svg .qe-label[data-label='KZ-79'] .qe-label-name").unwrap());
    settle().await;
    assert_eq!(text(&root, ".qe-detail h3"), "Шымкент қаласы");

    // A metric one unit reports (proposals, West Kazakhstan): one label, a list instead of bins.
    click(&q(&root, "button[data-metric='proposals']").unwrap());
    until("one label", || count(&root, "svg .qe-label") == 1).await;
    assert!(q(&root, ".qe-legend-bins").is_none());
    assert!(text(&root, ".qe-legend-few").contains("1 (барлығы 20)"));
    assert!(q(&root, "path[data-id='KZ-27']")
        .unwrap()
        .get_attribute("class")
        .unwrap_or_default()
        .contains("qe-few"));
    root.remove();
}

#[wasm_bindgen_test]
async fn nationwide_figures_get_a_size_that_fits_their_longest() {
    let root = mount("#lang=en", Lang::En).await;
    let class = |sel: &str| {
        q(&root, sel)
            .unwrap()
            .get_attribute("class")
            .unwrap_or_default()
    };
    // "12,482,613" is the result's longest figure: ten characters.
    assert!(class(".qe-outcome .qe-card").contains("qe-fit-10"));
    // "nearly 10,000": thirteen.
    assert!(class(".qe-national .qe-card.is-disputed").contains("qe-fit-14"));
    root.remove();
}

#[wasm_bindgen_test]
async fn table_dates_wrap_between_their_parts_and_the_note_sits_outside_the_scroller() {
    let root = mount("#view=table&lang=ru", Lang::Ru).await;
    // "г." and the month hold on to their numbers; the rest wraps between words.
    let status = text(&root, "tbody td.qe-status-cell");
    assert!(status.contains("2026\u{a0}г."), "{status:?}");
    assert!(status.starts_with("Начала работу "), "{status:?}");
    let src = text(&root, "tbody td .qe-cell-src");
    assert!(src.ends_with("2026\u{a0}г."), "{src:?}");
    assert!(q(&root, "tbody td .qe-cell-src .qe-outlet").is_some());
    // The visible note is outside the scrolling region; the caption stays for screen readers.
    let note = q(&root, ".qe-table-note").unwrap();
    assert_eq!(note.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert!(note
        .next_element_sibling()
        .and_then(|n| n.get_attribute("class"))
        .unwrap_or_default()
        .contains("qe-table-wrap"));
    assert!(text(&root, "table caption").starts_with("Данные по регионам"));
    root.remove();
}

#[wasm_bindgen_test]
async fn the_keyboard_hint_is_part_of_the_maps_description() {
    let root = mount("#lang=en", Lang::En).await;
    let svg = q(&root, ".qe-map svg").unwrap();
    let id = svg.get_attribute("aria-describedby").unwrap();
    let hint = q(&root, &format!("#{id}")).unwrap();
    let words = hint.text_content().unwrap_or_default();
    assert!(words.contains("Tap or click a region"), "{words}");
    assert!(words.contains("Tab into the map"), "{words}");
    assert!(q(&hint, ".qe-hint-keys").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn home_and_end_move_to_the_ends_of_the_map_and_keep_the_page_still() {
    let root = mount("", Lang::En).await;
    let svg = q(&root, ".qe-map svg").unwrap();
    let press = |k: &str| {
        let init = KeyboardEventInit::new();
        init.set_bubbles(true);
        init.set_cancelable(true);
        init.set_key(k);
        let e = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
        svg.dispatch_event(&e).unwrap();
        e.default_prevented()
    };
    let stop = || {
        q(&root, "svg [tabindex='0']")
            .unwrap()
            .get_attribute("data-id")
            .unwrap()
    };
    assert!(press("End"), "End is handled, so the page does not scroll");
    settle().await;
    assert_eq!(stop(), "KZ-75");
    assert!(text(&root, ".qe-sr[aria-live]").starts_with("Almaty (city)."));
    assert!(press("Home"));
    settle().await;
    assert_eq!(stop(), "KZ-27");
    assert!(!press("PageDown"), "other keys are left to the page");
    root.remove();
}
