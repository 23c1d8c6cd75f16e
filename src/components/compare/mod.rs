//! The Compare view: the list of article pairs with its filters and search, and the open
//! pair. This module wires them: it owns the search text and cursor, and turns a reader's
//! action into the state to dispatch and what to bring into view once drawn (`reveal`).

mod article_list;
mod filters;
mod pair;
pub mod pair_notes;
mod pair_texts;
mod reveal;
mod search_box;
pub mod texts_lang;
mod version;

use article_list::ArticleList;
use filters::{KindChips, TopicSelect};
pub use pair::pair_title;
use pair::PairView;
use pair_notes::Reasons;
use reveal::{use_reveal, PairRefs, Pending, Reveal};
use search_box::SearchBox;
use texts_lang::{TextsChoice, TextsLang};

use crate::compare::filter::{listed, neighbours, order, Filter};
use crate::compare::kind::Kind;
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::search::{Cursor, SearchIndex};
use crate::i18n::compare::{ct, CKey};
use crate::i18n::{t, Key};
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
    pub kind: Option<Kind>,
    pub mode: Mode,
    /// The texts language, apart from the interface's (`texts_lang`).
    pub texts: TextsChoice,
    pub reasons: Reasons,
    /// Bumped by a kiosk reset: the search text and the list's scroll go back to the start.
    #[prop_or_default]
    pub epoch: u32,
    pub dispatch: Callback<Action>,
}

#[function_component(CompareView)]
pub fn compare_view(p: &CompareProps) -> Html {
    let lang = p.lang;
    let texts = p.texts.shown.unwrap_or(p.texts.wanted);
    let model = &p.model;
    let query = use_state(String::new);
    let cursor = use_state(Cursor::default);
    let list_ref = use_node_ref();
    let refs = use_memo((), |_| PairRefs::default());
    let revealer = use_reveal(&p.article, *cursor, &list_ref, &refs, p.epoch);
    {
        let (query, cursor) = (query.clone(), cursor.clone());
        use_effect_with(p.epoch, move |_| {
            query.set(String::new());
            cursor.set(Cursor::default());
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
    let searching = !query.trim().is_empty();
    let filter = Filter {
        topic: p.topic.clone(),
        kind: p.kind,
    };

    // Opens pair `id` (`None`: back to the list) with the search cursor at `at` (`None`: where
    // it is), bringing `reveal` into view once drawn.
    let go = {
        let (revealer, dispatch, cursor) = (revealer.clone(), p.dispatch.clone(), cursor.clone());
        Callback::from(
            move |(id, at, reveal): (Option<String>, Option<Cursor>, Reveal)| {
                revealer.request(Pending {
                    article: id.clone(),
                    cursor: at.unwrap_or(*cursor),
                    reveal,
                });
                if let Some(at) = at {
                    cursor.set(at);
                }
                dispatch.emit(Action::OpenArticle(id));
            },
        )
    };
    let close = go.reform(|()| (None, None, Reveal::ListItem));
    let open_listed = go.reform(|id| (Some(id), None, Reveal::Opened));
    let open_next = go.reform(|id| (Some(id), None, Reveal::Heading));
    let on_query = {
        let (query, cursor) = (query.clone(), cursor.clone());
        Callback::from(move |q: String| {
            query.set(q);
            cursor.set(Cursor::default());
        })
    };
    let on_search_step = {
        let (hits, cursor, go) = (hits.clone(), cursor.clone(), go.clone());
        Callback::from(move |back: bool| {
            if let Some(next) = cursor.step(hits.len(), back) {
                let at = next.current(hits.len()).unwrap_or_default();
                go.emit((Some(hits[at].clone()), Some(next), Reveal::Hit));
            }
        })
    };
    let read_text = {
        let refs = refs.clone();
        Callback::from(move |()| refs.show())
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

    // The pairs with a hit (hits come in reading order, a pair's together).
    let hit_pairs = {
        let mut v: Vec<&str> = hits.iter().map(String::as_str).collect();
        v.dedup();
        v.len()
    };
    let pair = p.article.as_deref().and_then(|id| model.pair(id));
    // Which of the open pair's hits is current, counted within that pair.
    let local_current = pair.and_then(|pr| cursor.in_pair(&hits, &pr.id));
    let (prev, next) = pair.map_or((None, None), |pr| {
        // The list as the reader sees it.
        let list = listed(model, &filter, searching.then_some(hits.as_slice()));
        let (b, a) = neighbours(&order(&list), &pr.id);
        let step = |id: Option<&str>| {
            id.and_then(|id| model.pair(id))
                .map(|pr| (pr.id.clone(), pair_title(pr, lang)))
        };
        (step(b), step(a))
    });

    html! {
        <section class="qe-compare" aria-label={t(lang, Key::TabCompare)} onkeydown={on_key}>
            <p class="qe-compare-intro">{ ct(lang, CKey::CompareIntro) }</p>
            <KindChips model={model.clone()} {lang} topic={p.topic.clone()} kind={p.kind}
                dispatch={p.dispatch.clone()} />
            <div class="qe-compare-tools">
                <TopicSelect model={model.clone()} {lang} topic={p.topic.clone()}
                    dispatch={p.dispatch.clone()} />
                <SearchBox {lang} query={(*query).clone()} hits={hits.len()} pairs={hit_pairs}
                    {on_query} on_step={on_search_step} />
                <TextsLang {lang} choice={p.texts.clone()} dispatch={p.dispatch.clone()} />
            </div>
            <div class={classes!("qe-compare-body", pair.is_some().then_some("has-pair"))}>
                <ArticleList model={model.clone()} {lang} {filter}
                    hits={searching.then(|| hits.clone())} current={p.article.clone()}
                    list_ref={list_ref.clone()} on_open={open_listed} on_read={read_text} />
                if let Some(pair) = pair {
                    <PairView model={model.clone()} moved={p.moved.clone()} {lang} {texts}
                        pair={pair.clone()} mode={p.mode} query={query.trim().to_string()}
                        reasons={p.reasons.clone()} current={local_current} refs={(*refs).clone()}
                        {prev} {next} on_step={open_next} on_close={close}
                        dispatch={p.dispatch.clone()} />
                } else {
                    <p class="qe-detail is-empty">{ ct(lang, CKey::SelectArticle) }</p>
                }
            </div>
        </section>
    }
}
