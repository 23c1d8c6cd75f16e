//! The Compare view: change counts, topic and kind filters, search, the article list by
//! section, and an article pair's old and new texts with word-level differences.

use super::source::source_html;
use crate::compare::diff::{diff_pair, Op, Segment};
use crate::compare::filter::{groups, Filter};
use crate::compare::kind::Kind;
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::{is_preamble, Edition, Pair};
use crate::compare::search::{highlight, SearchIndex};
use crate::i18n::compare::{article_label, ct, ctf, CKey};
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
    let side = |key: CKey, numbers: &[String]| match numbers {
        [] => None,
        [n] if is_preamble(n) => Some(article_label(lang, edition_of(key), n)),
        // No-break spaces keep "Art. 19, 78" from wrapping before a number.
        _ => Some(ctf(lang, key, &[("n", &numbers.join(",\u{a0}"))])),
    };
    match (
        side(CKey::ArticleOld, &pair.old),
        side(CKey::ArticleNew, &pair.new),
    ) {
        (Some(o), Some(n)) => format!("{o} → {n}"),
        (Some(o), None) => o,
        (None, Some(n)) => n,
        (None, None) => pair.id.clone(),
    }
}

fn edition_of(key: CKey) -> Edition {
    if key == CKey::ArticleOld {
        Edition::Old
    } else {
        Edition::New
    }
}

/// An article pair's title for a moved-text note: the other pair's new (or old) article.
fn moved_target(model: &CompareModel, pair_id: &str, lang: Lang) -> String {
    model
        .pair(pair_id)
        .map(|p| pair_title(p, lang))
        .unwrap_or_else(|| pair_id.to_string())
}

#[function_component(CompareView)]
pub fn compare_view(p: &CompareProps) -> Html {
    let hx = super::host::use_host();
    let lang = p.lang;
    let model = &p.model;
    let query = use_state(String::new);
    // The hit Enter last went to; `None` until the first Enter, which goes to the first hit.
    let current_hit = use_state(|| None::<usize>);
    let list_ref = use_node_ref();
    {
        let (query, current_hit, list_ref) = (query.clone(), current_hit.clone(), list_ref.clone());
        use_effect_with(p.epoch, move |_| {
            query.set(String::new());
            current_hit.set(None);
            if let Some(list) = list_ref.cast::<web_sys::Element>() {
                list.set_scroll_top(0);
            }
        });
    }
    // The texts split into words once per model and language, not on every keystroke; keyed
    // by the model's address, as comparing models by value would cost more than building.
    let search_index: Rc<SearchIndex> = {
        let model = model.clone();
        use_memo((Rc::as_ptr(&model) as usize, lang), move |(_, lang)| {
            SearchIndex::build(&model, *lang)
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
    let list = groups(model, &filter, lang);

    // Set when the reader opens a pair (list or search), read by the render that shows it.
    let reveal_flag = use_mut_ref(|| false);
    let reveal = reveal_flag.replace(false);

    // Back from a pair (the phone layout): return to its place in the list, with focus.
    let last_pair = use_mut_ref(|| None::<String>);
    {
        let last_pair = last_pair.clone();
        use_effect_with(p.article.clone(), move |article| {
            let previous = last_pair.replace(article.clone());
            if let (None, Some(id)) = (article, previous) {
                let doc = web_sys::window().and_then(|w| w.document());
                let button = doc.and_then(|d| {
                    d.query_selector(&format!(".qe-article-btn[data-pair=\"{id}\"]"))
                        .ok()
                        .flatten()
                });
                if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = b.focus();
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    b.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }

    // Bring the current search hit into view once it is drawn.
    {
        let current = *current_hit;
        use_effect_with((current, (*query).clone(), p.article.clone()), move |_| {
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(m) = doc.and_then(|d| d.query_selector("mark.is-current").ok().flatten()) {
                let opts = web_sys::ScrollIntoViewOptions::new();
                opts.set_block(web_sys::ScrollLogicalPosition::Center);
                m.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }

    let on_input = {
        let query = query.clone();
        let current_hit = current_hit.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                query.set(i.value());
                current_hit.set(None);
            }
        })
    };
    let on_search_key = {
        let hits = hits.clone();
        let current_hit = current_hit.clone();
        let dispatch = p.dispatch.clone();
        let reveal_flag = reveal_flag.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" || hits.is_empty() {
                return;
            }
            e.prevent_default();
            let n = hits.len();
            let target = match (*current_hit, e.shift_key()) {
                (None, false) => 0,
                (None, true) => n - 1,
                (Some(i), false) => (i + 1) % n,
                (Some(i), true) => (i + n - 1) % n,
            };
            current_hit.set(Some(target));
            *reveal_flag.borrow_mut() = true;
            dispatch.emit(Action::OpenArticle(Some(hits[target].clone())));
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

    let article_list = list.iter().filter_map(|g| {
        let items: Vec<Html> = g
            .pairs
            .iter()
            .filter(|pair| !searching || hit_pairs.contains(&pair.id.as_str()))
            .map(|pair| {
                let d = p.dispatch.clone();
                let id = pair.id.clone();
                let reveal_flag = reveal_flag.clone();
                let k = model.kind(pair);
                let current = p.article.as_deref() == Some(pair.id.as_str());
                let n_hits = hits.iter().filter(|h| **h == pair.id).count();
                html! {
                    <li key={pair.id.clone()}>
                        <button type="button" class="qe-article-btn" data-pair={pair.id.clone()}
                            aria-current={current.then_some("true")}
                            onclick={move |_| {
                                *reveal_flag.borrow_mut() = true;
                                d.emit(Action::OpenArticle(Some(id.clone())))
                            }}>
                            <span>{ pair_title(pair, lang) }</span>
                            if searching {
                                <span class="qe-article-hits">{ n_hits }</span>
                            }
                            <span class={classes!("qe-badge", format!("is-{}", k.code()))}>
                                { ct(lang, kind_key(k)) }
                            </span>
                        </button>
                    </li>
                }
            })
            .collect();
        (!items.is_empty()).then(|| {
            html! {
                <section class="qe-group" key={format!("{:?}-{}", g.edition, g.section)}>
                    // One level below the widget's title, like the open pair's heading: the
                    // view itself has no visible heading of its own to sit under.
                    <@{hx.tag(1)}>{ &g.title }</@>
                    <ul>{ for items }</ul>
                </section>
            }
        })
    });
    let article_list: Vec<Html> = article_list.collect();

    let pair = p.article.as_deref().and_then(|id| model.pair(id));
    let query_text = (*query).trim().to_string();
    // Which of the open pair's hits is current, counted within that pair.
    let local_current = pair.and_then(|pr| {
        let at = (*current_hit)?;
        let hit = hits.get(at)?;
        (*hit == pr.id).then(|| hits[..at].iter().filter(|h| **h == pr.id).count())
    });

    html! {
        <section class="qe-compare" aria-label={t(lang, Key::TabCompare)}>
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
                                { tp.label.text(lang) }
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
            </div>
            <div class={classes!("qe-compare-body", pair.is_some().then_some("has-pair"))}>
                <nav class="qe-articles" aria-label={ct(lang, CKey::ArticleList)} ref={list_ref}>
                    if article_list.is_empty() {
                        <p class="qe-empty">{ ct(lang, CKey::NoPairs) }</p>
                    } else {
                        { for article_list }
                    }
                </nav>
                if let Some(pair) = pair {
                    <PairView model={model.clone()} moved={p.moved.clone()} {lang}
                        pair={pair.clone()} mode={p.mode} query={query_text}
                        current={local_current} {reveal} dispatch={p.dispatch.clone()} />
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
    pub pair: Pair,
    pub mode: Mode,
    pub query: String,
    /// The current search hit within this pair, in reading order.
    pub current: Option<usize>,
    /// The reader opened this pair just now (not a link at load): it may be scrolled to.
    pub reveal: bool,
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
    let model = &p.model;
    let pair = &p.pair;
    let diff = {
        let model = model.clone();
        let moved = p.moved.clone();
        let pair = pair.clone();
        use_memo((pair.id.clone(), lang), move |_| {
            diff_pair(&model, &pair, lang).map(|mut d| {
                d.segments = moved.mark(&pair.id, d.segments);
                d
            })
        })
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
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::OpenArticle(None)))
    };
    // When the list is hidden (phones), an opened pair could start off screen and the tapped
    // button is gone: bring the pair's heading into view and give it focus.
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        // Only for the reader's own choice: the host page must not move when a link loads.
        use_effect_with((pair.id.clone(), p.reveal), move |(_, reveal)| {
            if !*reveal {
                return;
            }
            let list_hidden = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".qe-articles").ok().flatten())
                .and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok())
                .is_some_and(|l| l.offset_parent().is_none());
            if let (true, Some(h)) = (list_hidden, heading.cast::<web_sys::HtmlElement>()) {
                let _ = h.focus();
                // The whole article, back button included, from its top.
                if let Some(article) = h.closest("article").ok().flatten() {
                    article.scroll_into_view();
                }
            }
        });
    }
    let kind = model.kind(pair);
    let index = model.index();
    let status = |ed: Edition, l: Lang| {
        model
            .edition_texts(ed, l)
            .map(|e| e.status.text(lang).to_string())
            .unwrap_or_default()
    };

    let mut marks = 0usize;
    let body = match &*diff {
        Some(d) => {
            let shown_note = (d.lang != lang).then(|| {
                ctf(
                    lang,
                    CKey::TextsShownIn,
                    &[
                        ("shown", language_phrase(lang, d.lang)),
                        ("wanted", language_phrase(lang, lang)),
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
                let empty = if ed == Edition::Old {
                    pair.old.is_empty()
                } else {
                    pair.new.is_empty()
                };
                html! {
                    <div class="qe-text" lang={d.lang.code()}>
                        <@{hx.tag(2)} lang={lang.code()}>{ info.title.text(lang) }</@>
                        <p class="qe-text-status" lang={lang.code()}>{ status(ed, d.lang) }</p>
                        if empty {
                            <p class="qe-missing" lang={lang.code()}>{ ct(lang, CKey::NoCounterpart) }</p>
                        } else {
                            <div class="qe-text-body">{ render(&segs, &p.query, p.current, marks, model, lang) }</div>
                        }
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
                                    <span class="qe-key-del">{ index.old.title.text(lang) }</span>{ ": " }{ status(Edition::Old, d.lang) }
                                </p>
                                <p class="qe-text-status" lang={lang.code()}>
                                    <span class="qe-key-ins">{ index.new.title.text(lang) }</span>{ ": " }{ status(Edition::New, d.lang) }
                                </p>
                                <div class="qe-text-body">
                                    { render(&segs, &p.query, p.current, &mut marks, model, lang) }
                                </div>
                            </div>
                        </div>
                    }
                }
            };
            // Where the diff is in another language, a text in the reader's own language (such
            // as the unofficial English translation of 1995) is offered beside it, labelled.
            let mut own_texts = Vec::new();
            if d.lang != lang {
                for (ed, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
                    for n in numbers.iter() {
                        if let Some((text, l)) = model.text(ed, n, lang).filter(|(_, l)| *l == lang)
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
                        <@{hx.tag(2)}>{ info.title.text(lang) }</@>
                        if numbers.is_empty() {
                            <p class="qe-missing">{ ct(lang, CKey::NoCounterpart) }</p>
                        }
                        { for numbers.iter().map(|n| match model.text(ed, n, lang) {
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

    html! {
        <article class="qe-pair" aria-labelledby={format!("qe-pair-{}", pair.id)}>
            <button type="button" class="qe-back" onclick={back}>{ "← " }{ ct(lang, CKey::BackToList) }</button>
            <div class="qe-pair-head">
                <@{hx.tag(1)} id={format!("qe-pair-{}", pair.id)} ref={heading} tabindex="-1">{ pair_title(pair, lang) }</@>
                <span class={classes!("qe-badge", format!("is-{}", kind.code()))}>{ ct(lang, kind_key(kind)) }</span>
            </div>
            if !pair.reviewed {
                <p class="qe-pair-note">{ ct(lang, CKey::NotReviewed) }</p>
            }
            if let Some(s) = &pair.summary {
                <div class="qe-summary-box">
                    <@{hx.tag(2)}>{ ct(lang, CKey::SummaryHeading) }</@>
                    if let Some((text, l)) = s.text.get(lang) {
                        <p lang={l.code()}>{ text }</p>
                        if l != lang {
                            <p class="qe-pair-note">{ language_phrase(lang, l) }</p>
                        }
                    }
                    if let Some(src) = model.source(&s.source) {
                        { source_html(src, lang, None, hx) }
                    }
                </div>
            }
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
        </article>
    }
}
