//! The Compare view: change counts, topic and kind filters, search, the article list by
//! section, and an article pair's old and new texts with word-level differences.

use super::compare_pair_notes::{list_about, PairNotes, Reasons};
use super::compare_version::{db_notes, version_lines};
use super::localized::{localized, localized_text, marker, text_in};
use super::texts_lang::{ApartTexts, TextsChoice, TextsLang};
use crate::compare::diff::{diff_pair, Op, Segment};
use crate::compare::filter::{groups, neighbours, Filter};
use crate::compare::kind::Kind;
use crate::compare::languages::{shown, Shown};
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::{Edition, Pair};
use crate::compare::scroll::{keep_in_view, Span};
use crate::compare::search::{highlight, Cursor, SearchIndex};
use crate::i18n::compare::{article_label, articles, ct, ctf, CKey};
use crate::i18n::{language_phrase, t, Key};
use crate::lang::Lang;
use crate::view_state::{Action, Mode};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub model: Rc<CompareModel>,
    pub moved: Rc<MovedIndex>,
    pub lang: Lang,
    pub article: Option<String>,
    pub topic: Option<String>,
    pub kind: Option<String>,
    pub mode: Mode,
    /// The texts language, apart from the interface's (`texts_lang`).
    pub texts: TextsChoice,
    pub reasons: Reasons,
    /// Bumped by a kiosk reset: the search text and the list's scroll go back to the start.
    #[prop_or_default]
    pub epoch: u32,
    pub dispatch: Callback<Action>,
}

/// A filter chip's label: the kind in the plural where the language has one ("Изменены").
fn chip_key(k: Kind) -> CKey {
    match k {
        Kind::Unchanged => CKey::ChipsUnchanged,
        Kind::Renumbered => CKey::ChipsRenumbered,
        Kind::Changed => CKey::ChipsChanged,
        Kind::Added => CKey::ChipsAdded,
        Kind::Removed => CKey::ChipsRemoved,
        Kind::Split => CKey::ChipsSplit,
        Kind::Merged => CKey::ChipsMerged,
    }
}

/// A pair's badge: the kind in the singular ("Изменена").
fn kind_key(k: Kind) -> CKey {
    match k {
        Kind::Unchanged => CKey::KindUnchanged,
        Kind::Renumbered => CKey::KindRenumbered,
        Kind::Changed => CKey::KindChanged,
        Kind::Added => CKey::KindAdded,
        Kind::Removed => CKey::KindRemoved,
        Kind::Split => CKey::KindSplit,
        Kind::Merged => CKey::KindMerged,
    }
}

/// "1995 Art. 3 → 2026 Art. 4", "2026 Art. 70", "1995 Art. 44 → 2026 Art. 50, 51".
pub fn pair_title(pair: &Pair, lang: Lang) -> String {
    match (
        articles(lang, Edition::Old, &pair.old),
        articles(lang, Edition::New, &pair.new),
    ) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (Some(o), None) => o,
        (None, Some(n)) => n,
        (None, None) => pair.id.clone(),
    }
}

/// An article pair's title for a moved-text note: the other pair's new (or old) article.
fn moved_target(model: &CompareModel, pair_id: &str, lang: Lang) -> String {
    model
        .pair(pair_id)
        .map(|p| pair_title(p, lang))
        .unwrap_or_else(|| pair_id.to_string())
}

/// What to bring into view once a render has drawn the state the reader's action leads to:
/// only after the reader's own action, never when a link loads, so the host page does not move
/// by itself. Elements are reached by `NodeRef`s or looked up inside them, never from the
/// document: the view may sit in a shadow root.
#[derive(Clone, Debug, PartialEq)]
struct Pending {
    /// The open pair the action leads to (`None`: the list).
    article: Option<String>,
    /// Where the search's Enter cursor is then.
    cursor: Cursor,
    reveal: Reveal,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Reveal {
    /// A pair chosen in the list: where the list gives way to the pair (the narrow layout),
    /// the pair from its top, its heading focused. Beside the list, focus stays in the list.
    Opened,
    /// "Next/previous article" or "Read the text": the pair's heading, focused, in any layout.
    Heading,
    /// Enter in the search box: the current hit, with focus staying in the box.
    Hit,
    /// The pair closed (Back, Escape): the list button it was opened from, focused.
    ListItem,
}

/// The open pair's elements the view moves focus and scrolling to.
#[derive(Clone, Default, PartialEq)]
pub struct PairRefs {
    pub article: NodeRef,
    pub heading: NodeRef,
}

fn scroll_to(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// How long after a reveal a resize of the window still repeats its scroll (ms).
const RESIZE_GRACE_MS: f64 = 2000.0;

/// Scrolls `el` into view, and again if the window is resized just after: an iframe that
/// embed.js fits to its content grows or shrinks a moment after the content changes, which
/// undoes the scroll (in the frame, and so on the host page). The listener lives until the
/// next reveal replaces it.
fn reveal_at(
    el: web_sys::Element,
    block: web_sys::ScrollLogicalPosition,
) -> Option<gloo_events::EventListener> {
    scroll_to(&el, block);
    let since = now();
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "resize",
        move |_| {
            if now() - since < RESIZE_GRACE_MS {
                scroll_to(&el, block);
            }
        },
    ))
}

fn span(el: &web_sys::Element) -> Span {
    let r = el.get_bounding_client_rect();
    Span {
        top: r.top(),
        height: r.height(),
    }
}

/// The list's button for pair `id` (ids are URL-safe: nothing to escape in the selector).
fn list_button(list: &NodeRef, id: &str) -> Option<web_sys::HtmlElement> {
    let list = list.cast::<web_sys::Element>()?;
    let button = list
        .query_selector(&format!(".qe-article-btn[data-pair=\"{id}\"]"))
        .ok()??;
    button.dyn_into().ok()
}

/// Scrolls the list (only the list, never the page) so that `item` is in it.
fn keep_listed(list: &NodeRef, item: &web_sys::Element) {
    let Some(list) = list.cast::<web_sys::Element>() else {
        return;
    };
    if let Some(top) = keep_in_view(span(&list), span(item), f64::from(list.scroll_top())) {
        list.set_scroll_top(top.round() as i32);
    }
}

#[function_component(CompareView)]
pub fn compare_view(p: &CompareProps) -> Html {
    let hx = super::host::use_host();
    let lang = p.lang;
    let texts = p.texts.shown.unwrap_or(p.texts.wanted);
    let model = &p.model;
    let query = use_state(String::new);
    let cursor = use_state(Cursor::default);
    let list_ref = use_node_ref();
    let refs = use_memo((), |_| PairRefs::default());
    let pending = use_mut_ref(|| None::<Pending>);
    let rescroll = use_mut_ref(|| None::<gloo_events::EventListener>);
    {
        let (query, cursor, list_ref, pending, rescroll) = (
            query.clone(),
            cursor.clone(),
            list_ref.clone(),
            pending.clone(),
            rescroll.clone(),
        );
        use_effect_with(p.epoch, move |_| {
            query.set(String::new());
            cursor.set(Cursor::default());
            pending.replace(None);
            rescroll.replace(None);
            if let Some(list) = list_ref.cast::<web_sys::Element>() {
                list.set_scroll_top(0);
            }
        });
    }
    // The texts split into words once per model and language, not on every keystroke; keyed
    // by the model's address, as comparing models by value would cost more than building.
    let search_index: Rc<SearchIndex> = {
        let model = model.clone();
        use_memo((Rc::as_ptr(&model) as usize, texts), move |(_, texts)| {
            SearchIndex::build(&model, *texts)
        })
    };
    // The pair of each search hit, in reading order.
    let hits: Rc<Vec<String>> = {
        let index = search_index.clone();
        let key = Rc::as_ptr(&search_index) as usize;
        use_memo(((*query).clone(), key), move |(q, _)| {
            index
                .search(q)
                .into_iter()
                .map(|h| h.pair_id.to_string())
                .collect()
        })
    };
    let kind = p.kind.as_deref().and_then(Kind::parse);
    let filter = Filter {
        topic: p.topic.clone(),
        kind,
    };
    let searching = !query.trim().is_empty();
    let hit_pairs: Vec<&str> = {
        let mut v: Vec<&str> = hits.iter().map(String::as_str).collect();
        v.dedup();
        v
    };
    let list = groups(model, &filter);
    let shown = |pair: &Pair| !searching || hit_pairs.contains(&pair.id.as_str());
    // The list as the reader sees it, for "previous/next article".
    let order: Vec<&str> = list
        .iter()
        .flat_map(|g| {
            g.pairs
                .iter()
                .filter(|pr| shown(pr))
                .map(|pr| pr.id.as_str())
        })
        .collect();

    // Whatever opened a pair (the reader, a link, the kiosk): the list keeps its button in
    // view.
    {
        let list_ref = list_ref.clone();
        use_effect_with(p.article.clone(), move |article| {
            if let Some(b) = article.as_deref().and_then(|id| list_button(&list_ref, id)) {
                keep_listed(&list_ref, &b);
            }
        });
    }
    // The pair last open, kept after it closes: focus goes back to its button.
    let last_open = use_mut_ref(|| None::<String>);
    if p.article.is_some() {
        last_open.replace(p.article.clone());
    }
    // The reader's action, once drawn.
    {
        let (pending, refs, list_ref, last_open, rescroll) = (
            pending.clone(),
            refs.clone(),
            list_ref.clone(),
            last_open.clone(),
            rescroll.clone(),
        );
        let drawn = (p.article.clone(), *cursor);
        use_effect(move || {
            let due = pending
                .borrow()
                .as_ref()
                .is_some_and(|d| (&d.article, d.cursor) == (&drawn.0, drawn.1));
            let Some(Pending { reveal, .. }) = due.then(|| pending.take()).flatten() else {
                return;
            };
            use web_sys::ScrollLogicalPosition::{Center, Start};
            let show_pair = || {
                if let Some(h) = refs.heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                // The whole pair, back button included, from its top.
                refs.article.cast::<web_sys::Element>().map(|a| (a, Start))
            };
            let target = match reveal {
                // The list is not drawn where list and pair take turns.
                Reveal::Opened => list_ref
                    .cast::<web_sys::Element>()
                    .is_some_and(|l| l.get_bounding_client_rect().height() == 0.0)
                    .then(show_pair)
                    .flatten(),
                Reveal::Heading => show_pair(),
                Reveal::Hit => refs
                    .article
                    .cast::<web_sys::Element>()
                    .and_then(|a| a.query_selector("mark.is-current").ok().flatten())
                    .map(|m| (m, Center)),
                Reveal::ListItem => {
                    let id = last_open.borrow().clone();
                    id.and_then(|id| list_button(&list_ref, &id)).map(|b| {
                        let _ = b.focus();
                        (b.into(), Center)
                    })
                }
            };
            if let Some((el, block)) = target {
                rescroll.replace(reveal_at(el, block));
            }
        });
    }

    // Opens pair `id` (`None`: back to the list) with the search cursor at `cursor`, bringing
    // `reveal` into view once drawn.
    let go = {
        let pending = pending.clone();
        let dispatch = p.dispatch.clone();
        let cursor = cursor.clone();
        Callback::from(
            move |(id, at, reveal): (Option<String>, Option<Cursor>, Reveal)| {
                pending.replace(Some(Pending {
                    article: id.clone(),
                    cursor: at.unwrap_or(*cursor),
                    reveal,
                }));
                if let Some(at) = at {
                    cursor.set(at);
                }
                dispatch.emit(Action::OpenArticle(id));
            },
        )
    };
    let close = {
        let go = go.clone();
        Callback::from(move |()| go.emit((None, None, Reveal::ListItem)))
    };
    let open_next = {
        let go = go.clone();
        Callback::from(move |id: String| go.emit((Some(id), None, Reveal::Heading)))
    };

    let on_input = {
        let query = query.clone();
        let cursor = cursor.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(i.value());
                cursor.set(Cursor::default());
            }
        })
    };
    let on_search_key = {
        let hits = hits.clone();
        let cursor = cursor.clone();
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" {
                return;
            }
            e.prevent_default();
            if let Some(next) = cursor.step(hits.len(), e.shift_key()) {
                let at = next.current(hits.len()).unwrap_or_default();
                go.emit((Some(hits[at].clone()), Some(next), Reveal::Hit));
            }
        })
    };
    // Escape closes an open pair, wherever focus is in the view; in a search box with text it
    // clears the text first (the browser's own Escape).
    let on_key = {
        let close = close.clone();
        let open = p.article.is_some();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" || !open || e.default_prevented() {
                return;
            }
            let target = e.target();
            let typing = target
                .as_ref()
                .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
                .is_some_and(|i| !i.value().is_empty());
            let choosing = target
                .as_ref()
                .is_some_and(|t| t.dyn_ref::<web_sys::HtmlSelectElement>().is_some());
            if typing || choosing {
                return;
            }
            e.prevent_default();
            e.stop_propagation();
            close.emit(());
        })
    };

    let kind_chip = |k: Option<Kind>, count: usize| {
        let d = p.dispatch.clone();
        let on = kind == k;
        let label = k.map_or(ct(lang, CKey::AllKinds), |k| ct(lang, chip_key(k)));
        html! {
            <button type="button" class="qe-chip" aria-pressed={on.to_string()}
                data-kind={k.map(|k| k.code()).unwrap_or("all")}
                onclick={move |_| d.emit(Action::SetKind(k.map(|k| k.code().to_string())))}>
                { label }<span class="qe-kind-count">{ count }</span>
            </button>
        }
    };
    // A chip for every kind the comparison has; its count follows the topic filter, so each
    // chip says how many it would list.
    let all_counts = model.counts();
    let topic_only = Filter {
        topic: p.topic.clone(),
        kind: None,
    };
    let counts: Vec<(Kind, usize)> = Kind::ALL
        .iter()
        .map(|k| {
            let n = model
                .index()
                .pairs
                .iter()
                .filter(|pr| topic_only.matches(model, pr) && model.kind(pr) == *k)
                .count();
            (*k, n)
        })
        .collect();
    let total: usize = counts.iter().map(|(_, n)| n).sum();

    let on_topic = {
        let d = p.dispatch.clone();
        Callback::from(move |e: Event| {
            if let Some(s) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                let v = s.value();
                d.emit(Action::SetTopic((!v.is_empty()).then_some(v)));
            }
        })
    };
    let read_text = {
        let refs = refs.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(h) = refs.heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
            if let Some(a) = refs.article.cast::<web_sys::Element>() {
                scroll_to(&a, web_sys::ScrollLogicalPosition::Start);
            }
        })
    };

    let article_list = list.iter().filter_map(|g| {
        let items: Vec<Html> = g
            .pairs
            .iter()
            .filter(|pr| shown(pr))
            .map(|pair| {
                let go = go.clone();
                let id = pair.id.clone();
                let k = model.kind(pair);
                let current = p.article.as_deref() == Some(pair.id.as_str());
                let n_hits = hits.iter().filter(|h| **h == pair.id).count();
                html! {
                    <li key={pair.id.clone()}>
                        <button type="button" class="qe-article-btn" data-pair={pair.id.clone()}
                            aria-current={current.then_some("true")}
                            onclick={move |_| go.emit((Some(id.clone()), None, Reveal::Opened))}>
                            <span class="qe-article-what">
                                <span class="qe-article-title">{ pair_title(pair, lang) }</span>
                                { list_about(pair, lang) }
                            </span>
                            if searching {
                                <span class="qe-article-hits">{ n_hits }</span>
                            }
                            <span class={classes!("qe-badge", format!("is-{}", k.code()))}>
                                { ct(lang, kind_key(k)) }
                            </span>
                        </button>
                        // Beside the list, a way to the open pair's text without tabbing
                        // through the rest of the list.
                        if current {
                            <button type="button" class="qe-read-text" onclick={read_text.clone()}>
                                { ct(lang, CKey::ReadText) }
                            </button>
                        }
                    </li>
                }
            })
            .collect();
        (!items.is_empty()).then(|| {
            html! {
                <section class="qe-group" key={format!("{:?}-{}", g.edition, g.section)}>
                    // One level below the widget's title, like the open pair's heading: the
                    // view itself has no visible heading of its own to sit under.
                    <@{hx.tag(1)}>{ g.title.map(|t| localized(t, lang)).unwrap_or_default() }</@>
                    <ul>{ for items }</ul>
                </section>
            }
        })
    });
    let article_list: Vec<Html> = article_list.collect();

    let pair = p.article.as_deref().and_then(|id| model.pair(id));
    let query_text = (*query).trim().to_string();
    // Which of the open pair's hits is current, counted within that pair.
    let local_current = pair.and_then(|pr| cursor.in_pair(&hits, &pr.id));
    let step = |id: Option<&str>| {
        id.and_then(|id| model.pair(id))
            .map(|pr| (pr.id.clone(), pair_title(pr, lang)))
    };
    let (prev, next) = pair.map_or((None, None), |pr| {
        let (b, a) = neighbours(&order, &pr.id);
        (step(b), step(a))
    });

    html! {
        <section class="qe-compare" aria-label={t(lang, Key::TabCompare)} onkeydown={on_key}>
            <p class="qe-compare-intro">{ ct(lang, CKey::CompareIntro) }</p>
            <div class="qe-chips qe-kinds" role="group" aria-label={ct(lang, CKey::FilterKind)}>
                { kind_chip(None, total) }
                { for counts.iter()
                    .filter(|(k, _)| all_counts.iter().any(|(ak, n)| ak == k && *n > 0))
                    .map(|(k, n)| kind_chip(Some(*k), *n)) }
            </div>
            <div class="qe-compare-tools">
                <label class="qe-field">
                    <span>{ ct(lang, CKey::FilterTopic) }</span>
                    <select onchange={on_topic}>
                        <option value="" selected={p.topic.is_none()}>{ ct(lang, CKey::AllTopics) }</option>
                        { for model.index().topics.iter().map(|tp| html! {
                            <option value={tp.id.clone()} selected={p.topic.as_deref() == Some(tp.id.as_str())}>
                                { localized_text(&tp.label, lang) }
                            </option>
                        }) }
                    </select>
                </label>
                <label class="qe-field">
                    <span>{ ct(lang, CKey::SearchLabel) }</span>
                    <input type="search" value={(*query).clone()} oninput={on_input}
                        onkeydown={on_search_key} autocomplete="off" spellcheck="false" />
                    <span class="qe-search-status" role="status">
                        if searching {
                            if hits.is_empty() {
                                { ct(lang, CKey::SearchNone) }
                            } else {
                                { ctf(lang, CKey::SearchHits, &[
                                    ("count", &hits.len().to_string()),
                                    ("articles", &hit_pairs.len().to_string()),
                                ]) }
                            }
                        }
                    </span>
                </label>
                <TextsLang {lang} choice={p.texts.clone()} dispatch={p.dispatch.clone()} />
            </div>
            <div class={classes!("qe-compare-body", pair.is_some().then_some("has-pair"))}>
                // A scroll region of its own, so the list is never pages long; focusable, so
                // it scrolls from the keyboard too.
                <nav class="qe-articles" aria-label={ct(lang, CKey::ArticleList)} tabindex="0"
                    ref={list_ref}>
                    if article_list.is_empty() {
                        <p class="qe-empty">{ ct(lang, CKey::NoPairs) }</p>
                    } else {
                        { for article_list }
                    }
                </nav>
                if let Some(pair) = pair {
                    <PairView model={model.clone()} moved={p.moved.clone()} {lang} {texts}
                        pair={pair.clone()} mode={p.mode} query={query_text} reasons={p.reasons.clone()}
                        current={local_current} refs={(*refs).clone()} {prev} {next}
                        on_step={open_next} on_close={close} dispatch={p.dispatch.clone()} />
                } else {
                    <p class="qe-detail is-empty">{ ct(lang, CKey::SelectArticle) }</p>
                }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PairProps {
    pub model: Rc<CompareModel>,
    pub moved: Rc<MovedIndex>,
    pub lang: Lang,
    /// The language of the texts on screen.
    pub texts: Lang,
    pub pair: Pair,
    pub mode: Mode,
    pub query: String,
    pub reasons: Reasons,
    /// The current search hit within this pair, in reading order.
    pub current: Option<usize>,
    pub refs: PairRefs,
    /// The pairs before and after this one in the list (id and title).
    pub prev: Option<(String, String)>,
    pub next: Option<(String, String)>,
    /// Opens another pair ("previous/next article").
    pub on_step: Callback<String>,
    /// Back to the list.
    pub on_close: Callback<()>,
    pub dispatch: Callback<Action>,
}

/// Renders segments as text with `<ins>`, `<del>` and `<mark>`; `marks` counts search hits
/// across calls so the current one can be flagged.
fn render(
    segs: &[Segment],
    query: &str,
    current: Option<usize>,
    marks: &mut usize,
    model: &CompareModel,
    lang: Lang,
) -> Html {
    let lit = highlight(segs, query);
    html! {
        { for segs.iter().zip(lit).map(|(seg, ranges)| {
            let text = seg.text.as_str();
            let mut parts: Vec<Html> = Vec::new();
            let mut at = 0;
            for (s, e) in ranges {
                if s > at {
                    parts.push(html! { { &text[at..s] } });
                }
                let is_current = current == Some(*marks);
                *marks += 1;
                parts.push(html! {
                    <mark class={classes!(is_current.then_some("is-current"))}>{ &text[s..e] }</mark>
                });
                at = e;
            }
            if at < text.len() {
                parts.push(html! { { &text[at..] } });
            }
            let inner = html! { <>{ for parts }</> };
            match &seg.op {
                Op::Equal => inner,
                Op::Insert => html! {
                    <ins><span class="qe-sr">{ format!("[{}: ", ct(lang, CKey::InsertedText)) }</span>
                        { inner }<span class="qe-sr">{ "]" }</span></ins>
                },
                Op::Delete => html! {
                    <del><span class="qe-sr">{ format!("[{}: ", ct(lang, CKey::DeletedText)) }</span>
                        { inner }<span class="qe-sr">{ "]" }</span></del>
                },
                Op::MovedOut { to } => html! {
                    <>
                        <del class="qe-moved">{ inner }</del>
                        <span class="qe-moved-note">
                            { format!(" ({}) ", ctf(lang, CKey::MovedTo, &[("article", moved_target(model, to, lang).as_str())])) }
                        </span>
                    </>
                },
                Op::MovedIn { from } => html! {
                    <>
                        <ins class="qe-moved">{ inner }</ins>
                        <span class="qe-moved-note">
                            { format!(" ({}) ", ctf(lang, CKey::MovedFrom, &[("article", moved_target(model, from, lang).as_str())])) }
                        </span>
                    </>
                },
                Op::Heading(ed) => html! {
                    <span class="qe-heading-seg">{ article_label(lang, *ed, text) }</span>
                },
            }
        }) }
    }
}

#[function_component(PairView)]
pub fn pair_view(p: &PairProps) -> Html {
    let hx = super::host::use_host();
    let lang = p.lang;
    let in_lang = p.texts;
    let model = &p.model;
    let pair = &p.pair;
    // Sides in two languages are shown apart, not diffed.
    let apart = shown(model, pair, in_lang).filter(|s| matches!(s, Shown::Apart { .. }));
    let diff = {
        let model = model.clone();
        let moved = p.moved.clone();
        let pair = pair.clone();
        use_memo(
            (pair.id.clone(), in_lang, Rc::as_ptr(&model) as usize),
            move |_| {
                apart
                    .is_none()
                    .then(|| diff_pair(&model, &pair, in_lang))
                    .flatten()
                    .map(|mut d| {
                        d.segments = moved.mark(&pair.id, d.segments);
                        d
                    })
            },
        )
    };
    let set_mode = |m: Mode, key: CKey| {
        let d = p.dispatch.clone();
        html! {
            <button type="button" class="qe-seg" aria-pressed={(p.mode == m).to_string()}
                data-mode={if m == Mode::Inline { "inline" } else { "side" }}
                onclick={move |_| d.emit(Action::SetMode(m))}>{ ct(lang, key) }</button>
        }
    };
    let back = {
        let close = p.on_close.clone();
        Callback::from(move |_: MouseEvent| close.emit(()))
    };
    let step = |to: &Option<(String, String)>, key: CKey, class: &'static str| {
        to.as_ref().map(|(id, title)| {
            let (on_step, id) = (p.on_step.clone(), id.clone());
            html! {
                <button type="button" class={classes!("qe-pair-step", class)} data-pair={id.clone()}
                    onclick={move |_| on_step.emit(id.clone())}>
                    <span class="qe-pair-step-dir">{ ct(lang, key) }</span>
                    <span class="qe-pair-step-title">{ title }</span>
                </button>
            }
        })
    };
    let kind = model.kind(pair);
    let index = model.index();
    let status = |ed: Edition, l: Lang| {
        model
            .edition_texts(ed, l)
            .map(|e| localized(&e.status, lang))
            .unwrap_or_default()
    };

    let mut marks = 0usize;
    let body = match &*diff {
        Some(d) => {
            let shown_note = (d.lang != in_lang).then(|| {
                ctf(
                    lang,
                    CKey::TextsShownIn,
                    &[
                        ("shown", language_phrase(lang, d.lang)),
                        ("wanted", language_phrase(lang, in_lang)),
                    ],
                )
            });
            let column = |ed: Edition, marks: &mut usize| {
                let segs: Vec<Segment> = d
                    .segments
                    .iter()
                    .filter(|s| match &s.op {
                        Op::Heading(e) => *e == ed,
                        _ => s.on_side(ed),
                    })
                    .cloned()
                    .collect();
                let info = if ed == Edition::Old {
                    &index.old
                } else {
                    &index.new
                };
                let numbers = if ed == Edition::Old {
                    &pair.old
                } else {
                    &pair.new
                };
                html! {
                    <div class="qe-text" lang={d.lang.code()}>
                        <@{hx.tag(2)} lang={lang.code()}>{ localized(&info.title, lang) }</@>
                        <p class="qe-text-status" lang={lang.code()}>{ status(ed, d.lang) }</p>
                        { version_lines(model, lang, ed, numbers, d.lang) }
                        if numbers.is_empty() {
                            <p class="qe-missing" lang={lang.code()}>{ ct(lang, CKey::NoCounterpart) }</p>
                        } else {
                            <div class="qe-text-body">{ render(&segs, &p.query, p.current, marks, model, lang) }</div>
                        }
                        { db_notes(model, lang, ed, numbers, d.lang, numbers.len() > 1) }
                    </div>
                }
            };
            let texts = match p.mode {
                Mode::SideBySide => {
                    let old = column(Edition::Old, &mut marks);
                    let new = column(Edition::New, &mut marks);
                    html! { <div class="qe-texts is-side">{ old }{ new }</div> }
                }
                Mode::Inline => {
                    // The title already names a one-to-one pair's articles.
                    let one_to_one = pair.old.len() <= 1 && pair.new.len() <= 1;
                    let segs: Vec<Segment> = d
                        .segments
                        .iter()
                        .filter(|s| !(one_to_one && matches!(s.op, Op::Heading(_))))
                        .cloned()
                        .collect();
                    html! {
                        <div class="qe-texts is-inline">
                            <div class="qe-text" lang={d.lang.code()}>
                                <p class="qe-text-status" lang={lang.code()}>
                                    <span class="qe-key-del">{ text_in(&index.old.title, lang) }</span>{ marker(&index.old.title, lang) }{ ": " }{ status(Edition::Old, d.lang) }
                                </p>
                                { version_lines(model, lang, Edition::Old, &pair.old, d.lang) }
                                <p class="qe-text-status" lang={lang.code()}>
                                    <span class="qe-key-ins">{ text_in(&index.new.title, lang) }</span>{ marker(&index.new.title, lang) }{ ": " }{ status(Edition::New, d.lang) }
                                </p>
                                { version_lines(model, lang, Edition::New, &pair.new, d.lang) }
                                <div class="qe-text-body">
                                    { render(&segs, &p.query, p.current, &mut marks, model, lang) }
                                </div>
                                { db_notes(model, lang, Edition::Old, &pair.old, d.lang, true) }
                                { db_notes(model, lang, Edition::New, &pair.new, d.lang, true) }
                            </div>
                        </div>
                    }
                }
            };
            // Where the diff is in another language, a text in the reader's texts language (such
            // as the unofficial English translation of 1995) is offered beside it, labelled.
            let mut own_texts = Vec::new();
            if d.lang != in_lang {
                for (ed, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
                    for n in numbers.iter() {
                        if let Some((text, l)) =
                            model.text(ed, n, in_lang).filter(|(_, l)| *l == in_lang)
                        {
                            let article = article_label(lang, ed, n);
                            own_texts.push(html! {
                                <details class="qe-other-text">
                                    <summary>{ ctf(lang, CKey::OtherText, &[
                                        ("article", article.as_str()),
                                        ("lang", language_phrase(lang, l)),
                                    ]) }</summary>
                                    <p class="qe-text-status">{ status(ed, l) }</p>
                                    <div class="qe-text-body" lang={l.code()}>{ text }</div>
                                </details>
                            });
                        }
                    }
                }
            }
            html! {
                <>
                    if let Some(n) = shown_note {
                        <p class="qe-pair-note">{ n }</p>
                    }
                    <p class="qe-pair-note">{ ct(lang, CKey::DiffLegend) }</p>
                    { texts }
                    { for own_texts }
                </>
            }
        }
        // No language has both sides: show whatever text each side has, never a stand-in.
        None => {
            let side = |ed: Edition, numbers: &[String]| {
                let info = if ed == Edition::Old {
                    &index.old
                } else {
                    &index.new
                };
                html! {
                    <div class="qe-text">
                        <@{hx.tag(2)}>{ localized(&info.title, lang) }</@>
                        if numbers.is_empty() {
                            <p class="qe-missing">{ ct(lang, CKey::NoCounterpart) }</p>
                        }
                        { for numbers.iter().map(|n| match model.text(ed, n, in_lang) {
                            Some((text, l)) => html! {
                                <div class="qe-text-body" lang={l.code()}>{ text }</div>
                            },
                            None => html! {
                                <p class="qe-missing">
                                    { article_label(lang, ed, n) }
                                    { ": " }{ ct(lang, CKey::TextMissing) }
                                </p>
                            },
                        }) }
                    </div>
                }
            };
            html! {
                <div class="qe-texts is-side">
                    { side(Edition::Old, &pair.old) }
                    { side(Edition::New, &pair.new) }
                </div>
            }
        }
    };

    let body = match apart {
        Some(shown) => html! {
            <ApartTexts model={model.clone()} {lang} pair={pair.clone()} texts={in_lang} {shown}
                mode={p.mode} query={p.query.clone()} current={p.current} dispatch={p.dispatch.clone()} />
        },
        None => body,
    };

    html! {
        <article class="qe-pair" aria-labelledby={format!("qe-pair-{}", pair.id)} ref={p.refs.article.clone()}>
            <button type="button" class="qe-back" onclick={back}>{ "← " }{ ct(lang, CKey::BackToList) }</button>
            <div class="qe-pair-head">
                <@{hx.tag(1)} id={format!("qe-pair-{}", pair.id)} ref={p.refs.heading.clone()} tabindex="-1">{ pair_title(pair, lang) }</@>
                <span class={classes!("qe-badge", format!("is-{}", kind.code()))}>{ ct(lang, kind_key(kind)) }</span>
            </div>
            if !pair.reviewed {
                <p class="qe-pair-note">{ ct(lang, CKey::NotReviewed) }</p>
            }
            <PairNotes model={model.clone()} pair={pair.clone()} {lang} reasons={p.reasons.clone()}
                on_open={p.on_step.clone()} />
            <div class="qe-segmented" role="group" aria-label={ct(lang, CKey::ModeLabel)}>
                { set_mode(Mode::SideBySide, CKey::ModeSide) }
                { set_mode(Mode::Inline, CKey::ModeInline) }
            </div>
            { body }
            if let Some(url) = index.report_url.as_ref().filter(|_| !hx.kiosk) {
                <p class="qe-pair-note">
                    <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ ct(lang, CKey::ReportError) }</a>
                </p>
            }
            if p.prev.is_some() || p.next.is_some() {
                <nav class="qe-pair-nav" aria-label={ct(lang, CKey::PairNav)}>
                    { for step(&p.prev, CKey::PrevArticle, "is-prev") }
                    { for step(&p.next, CKey::NextArticle, "is-next") }
                </nav>
            }
        </article>
    }
}
