//! Component tests of the Compare view in headless Chromium: the view mounted with the shipped
//! comparison data, driven by real DOM events, its state kept as the widget keeps it.
#![cfg(target_arch = "wasm32")]

use qazaq_explainer::compare::kind::Kind;
use qazaq_explainer::compare::model::CompareModel;
use qazaq_explainer::compare::moved::MovedIndex;
use qazaq_explainer::compare::validate::parse_reasons;
use qazaq_explainer::components::compare::pair_notes::Reasons;
use qazaq_explainer::components::compare::texts_lang::TextsChoice;
use qazaq_explainer::components::compare::CompareView;
use qazaq_explainer::lang::Lang;
use qazaq_explainer::view_state::{CompareState, Mode, ViewState};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement, InputEvent, InputEventInit};
use yew::prelude::*;

mod common;

use common::{click, count, document, q, settle, text};

wasm_bindgen_test_configure!(run_in_browser);

const INDEX: &str = include_str!("../content/compare/index.json");
const TEXTS_RU: &str = include_str!("../content/compare/texts.ru.json");
const TEXTS_EN: &str = include_str!("../content/compare/texts.en.json");
const REASONS: &str = include_str!("../content/compare/reasons.json");

#[derive(Properties, PartialEq)]
struct HarnessProps {
    lang: Lang,
    start: ViewState,
    #[prop_or(INDEX.to_string())]
    index: String,
}

/// Holds the view state the way the app does and applies the view's actions to it.
#[function_component(Harness)]
fn harness(p: &HarnessProps) -> Html {
    let model = use_memo(p.index.clone(), |index| {
        let texts = [("texts.ru.json", TEXTS_RU), ("texts.en.json", TEXTS_EN)];
        CompareModel::build(index, &texts).expect("shipped data")
    });
    let moved = use_memo((), {
        let model = model.clone();
        move |_| MovedIndex::build(&model, Lang::Ru)
    });
    // The reasons as the widget has them once the first pair opened.
    let reasons = use_memo((), {
        let model = model.clone();
        move |_| std::rc::Rc::new(parse_reasons(REASONS, model.index()).expect("shipped reasons"))
    });
    let state = use_state(|| p.start.clone());
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a| state.set(state.apply(a)))
    };
    // The model has the Russian and English texts: shown in Russian unless the state asks
    // for others, as a widget whose reader chose the Russian texts.
    let wanted = state.compare.texts.unwrap_or(Lang::Ru);
    let texts = TextsChoice {
        wanted,
        shown: Some(wanted),
        offered: Lang::ALL.to_vec(),
        failure: None,
        retry: Callback::noop(),
    };
    html! {
        <div data-hash={state.to_hash()}>
            <CompareView model={model} moved={moved} lang={p.lang} {texts}
                reasons={Reasons::Ready((*reasons).clone())} article={state.compare.article.clone()} topic={state.compare.topic.clone()}
                kind={state.compare.kind} mode={state.compare.mode} {dispatch} />
        </div>
    }
}

async fn mount_with(lang: Lang, start: ViewState, index: String) -> Element {
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let props = HarnessProps { lang, start, index };
    yew::Renderer::<Harness>::with_root_and_props(host.clone(), props).render();
    settle().await;
    host
}

async fn mount(lang: Lang, start: ViewState) -> Element {
    mount_with(lang, start, INDEX.to_string()).await
}

fn hash(root: &Element) -> String {
    q(root, "[data-hash]")
        .unwrap()
        .get_attribute("data-hash")
        .unwrap()
}

#[wasm_bindgen_test]
async fn lists_every_pair_with_counts_by_kind() {
    let root = mount(Lang::En, ViewState::default()).await;
    // 104 article pairs and the preambles.
    let pairs = count(&root, ".qe-article-btn[data-pair]");
    assert_eq!(pairs, 105);
    let all = text(&root, ".qe-chip[data-kind='all']");
    assert!(all.contains("105"), "{all}");
    click(&q(&root, ".qe-chip[data-kind='added']").unwrap());
    settle().await;
    assert_eq!(
        count(&root, ".qe-article-btn[data-pair]"),
        7,
        "seven new articles"
    );
    assert!(hash(&root).contains("kind=added"));
    root.remove();
}

#[wasm_bindgen_test]
async fn an_open_pair_marks_insertions_and_deletions_and_switches_to_inline() {
    let start = ViewState {
        compare: CompareState {
            article: Some("o3-n4".into()),
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount(Lang::En, start).await;
    // Article numbers are held to their "Art." by no-break spaces.
    assert_eq!(
        text(&root, ".qe-pair h3"),
        "1995 Art.\u{a0}3 → 2026 Art.\u{a0}4"
    );
    assert!(count(&root, ".qe-texts.is-side del") > 0);
    assert!(count(&root, ".qe-texts.is-side ins") > 0);
    // The harness's reader chose the Russian texts: the diff is marked as Russian.
    assert!(q(&root, ".qe-texts.is-side .qe-text[lang='ru']").is_some());
    // Insertions and deletions are announced, not only coloured.
    assert!(text(&root, ".qe-texts ins").starts_with("[added: "));
    click(&q(&root, ".qe-seg[data-mode='inline']").unwrap());
    settle().await;
    assert!(q(&root, ".qe-texts.is-inline").is_some());
    assert!(hash(&root).contains("mode=inline"));
    root.remove();
}

#[wasm_bindgen_test]
async fn moved_text_says_where_it_came_from() {
    let start = ViewState {
        compare: CompareState {
            article: Some("o4-n5".into()),
            mode: Mode::Inline,
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount(Lang::En, start).await;
    let note = text(&root, ".qe-moved-note");
    assert!(
        note.contains("moved from") && note.contains("Art.\u{a0}77"),
        "{note}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn search_highlights_hits_and_enter_opens_the_next() {
    let root = mount(Lang::Ru, ViewState::default()).await;
    let input: HtmlInputElement = q(&root, "input[type=search]").unwrap().dyn_into().unwrap();
    input.set_value("Курултай");
    let init = InputEventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&InputEvent::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
    settle().await;
    let listed = count(&root, ".qe-article-btn[data-pair]");
    assert!(listed > 0 && listed < 104, "only pairs with hits: {listed}");
    assert!(!text(&root, ".qe-search-status").is_empty());
    let enter = web_sys::KeyboardEventInit::new();
    enter.set_bubbles(true);
    enter.set_key("Enter");
    input
        .dispatch_event(
            &web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &enter).unwrap(),
        )
        .unwrap();
    settle().await;
    assert!(q(&root, ".qe-pair").is_some(), "Enter opened a pair");
    assert!(count(&root, ".qe-pair mark") > 0);
    assert!(q(&root, ".qe-pair mark.is-current").is_some());
    root.remove();
}

#[wasm_bindgen_test]
async fn english_readers_get_the_unofficial_translation_labelled_and_a_report_link() {
    let mut index: serde_json::Value = serde_json::from_str(INDEX).unwrap();
    index["report_url"] = "mailto:corrections@example.org".into();
    let start = ViewState {
        compare: CompareState {
            article: Some("o3-n4".into()),
            texts: Some(Lang::En),
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount_with(Lang::En, start, index.to_string()).await;
    let old = ".qe-text[data-edition='old']";
    assert!(q(&root, &format!("{old}[lang='en']")).is_some());
    let status = text(&root, &format!("{old} .qe-text-status")).to_lowercase();
    assert!(status.contains("unofficial"), "{status}");
    // 2026 has no English text: its side says which language it is in.
    let said = text(&root, ".qe-text[data-edition='new'] .qe-text-lang");
    assert!(said.contains("Russian"), "{said}");
    let link = q(&root, ".qe-pair a[href^='mailto:']").expect("report link");
    assert!(link.text_content().unwrap().contains("Report an error"));
    root.remove();
}

fn key(el: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    let e = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}

/// The list's pair ids, in the order shown.
fn listed(root: &Element) -> Vec<String> {
    let buttons = root
        .query_selector_all(".qe-article-btn[data-pair]")
        .unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|b| b.get_attribute("data-pair"))
        .collect()
}

#[wasm_bindgen_test]
async fn next_and_previous_follow_the_filtered_list_and_escape_closes() {
    let start = ViewState {
        compare: CompareState {
            article: Some("o3-n4".into()),
            kind: Some(Kind::Changed),
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount(Lang::En, start).await;
    let order = listed(&root);
    let at = order
        .iter()
        .position(|id| id == "o3-n4")
        .expect("o3-n4 is changed");
    let step = |class: &str| {
        q(&root, &format!(".qe-pair-nav .qe-pair-step.{class}"))
            .and_then(|b| b.get_attribute("data-pair"))
    };
    assert_eq!(step("is-next").as_ref(), order.get(at + 1));
    assert_eq!(
        step("is-prev").as_ref(),
        at.checked_sub(1).map(|k| &order[k])
    );
    click(&q(&root, ".qe-pair-step.is-next").unwrap());
    settle().await;
    let next = &order[at + 1];
    assert!(
        hash(&root).contains(&format!("article={next}")),
        "{}",
        hash(&root)
    );
    assert!(hash(&root).contains("kind=changed"), "the filter stays");
    assert_eq!(step("is-prev").as_deref(), Some("o3-n4"));

    // Escape in the search box with text is the box's own; elsewhere it closes the pair.
    let input: HtmlInputElement = q(&root, "input[type=search]").unwrap().dyn_into().unwrap();
    input.set_value("закон");
    key(&input, "Escape");
    settle().await;
    assert!(
        q(&root, ".qe-pair").is_some(),
        "Escape in a search with text keeps the pair"
    );
    key(&q(&root, ".qe-pair h3").unwrap(), "Escape");
    settle().await;
    assert!(q(&root, ".qe-pair").is_none(), "Escape closed the pair");
    assert!(!hash(&root).contains("article="), "{}", hash(&root));
    // With nothing open, Escape does nothing.
    key(&q(&root, ".qe-article-btn").unwrap(), "Escape");
    settle().await;
    assert_eq!(listed(&root), order);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_selected_article_has_a_way_to_its_text() {
    let start = ViewState {
        compare: CompareState {
            article: Some("o3-n4".into()),
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount(Lang::En, start).await;
    assert_eq!(count(&root, ".qe-read-text"), 1);
    let item = q(&root, ".qe-article-btn[aria-current='true']").unwrap();
    let read = item
        .next_element_sibling()
        .expect("a button after the selected item");
    assert_eq!(read.class_name(), "qe-read-text");
    assert_eq!(read.text_content().unwrap(), "Read the text");
    root.remove();
}

#[wasm_bindgen_test]
async fn each_side_says_its_version_and_keeps_the_databases_notes_apart() {
    let start = ViewState {
        compare: CompareState {
            article: Some("o41-n43".into()),
            ..CompareState::default()
        },
        ..ViewState::default()
    };
    let root = mount(Lang::En, start).await;
    let side =
        |ed: &str| format!(".qe-texts.is-side .qe-text:has(.qe-text-version[data-edition='{ed}'])");
    assert_eq!(
        text(&root, ".qe-text-version[data-edition='old']"),
        "Wording in force on 1 January 2023"
    );
    assert_eq!(
        text(&root, ".qe-text-version[data-edition='new']"),
        "Text as adopted at the referendum of 15 March 2026"
    );
    // The 2026 side's database note, under its text, labelled, in its own language, as text.
    let notes = format!("{} .qe-db-notes", side("new"));
    assert_eq!(
        text(&root, &format!("{notes} > summary")),
        "Notes of the legal database (not constitutional text)"
    );
    let note = q(&root, &format!("{notes} li span[lang='ru']")).expect("a Russian note");
    assert!(note.text_content().unwrap().contains("89-НП"));
    assert_eq!(
        note.child_element_count(),
        0,
        "a note is text, never markup"
    );
    // Never inside the text the diff and the search read.
    assert_eq!(count(&root, ".qe-text-body .qe-db-notes"), 0);
    assert!(!text(&root, &format!("{} .qe-text-body", side("new"))).contains("89-НП"));
    // Inline, each side keeps its line.
    click(&q(&root, ".qe-seg[data-mode='inline']").unwrap());
    settle().await;
    assert_eq!(count(&root, ".qe-texts.is-inline .qe-text-version"), 2);
    assert!(text(
        &root,
        ".qe-texts.is-inline .qe-db-notes[data-edition='new'] li"
    )
    .starts_with("2026 Art.\u{a0}43: "));
    root.remove();
}
