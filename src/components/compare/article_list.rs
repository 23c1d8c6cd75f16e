//! The article list: the pairs the filters and the search leave, under their section
//! headings, each with its subject, its kind and its hit count; beside the open pair, a way to
//! its text.

use super::pair::pair_title;
use super::pair_notes::list_about;
use crate::compare::filter::{listed, Filter};
use crate::compare::model::CompareModel;
use crate::components::embedding::use_embedding;
use crate::components::localized::localized;
use crate::i18n::compare::{ct, CKey};
use crate::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleListProps {
    pub model: Rc<CompareModel>,
    pub lang: Lang,
    pub filter: Filter,
    /// The pair of each search hit, in reading order; `None` when not searching.
    pub hits: Option<Rc<Vec<String>>>,
    pub current: Option<String>,
    pub list_ref: NodeRef,
    pub on_open: Callback<String>,
    /// "Read the text" beside the open pair.
    pub on_read: Callback<()>,
}

#[function_component(ArticleList)]
pub fn article_list(p: &ArticleListProps) -> Html {
    let hx = use_embedding();
    let lang = p.lang;
    let model = &p.model;
    let list = listed(model, &p.filter, p.hits.as_deref().map(Vec::as_slice));
    let on_read = p.on_read.reform(|_: MouseEvent| ());
    let item = |pair: &crate::compare::pack::Pair| {
        let (on_open, id) = (p.on_open.clone(), pair.id.clone());
        let k = model.kind(pair);
        let current = p.current.as_deref() == Some(pair.id.as_str());
        let n_hits = p
            .hits
            .as_ref()
            .map(|h| h.iter().filter(|h| **h == pair.id).count());
        html! {
            <li key={pair.id.clone()}>
                <button type="button" class="qe-article-btn" data-pair={pair.id.clone()}
                    aria-current={current.then_some("true")}
                    onclick={move |_| on_open.emit(id.clone())}>
                    <span class="qe-article-what">
                        <span class="qe-article-title">{ pair_title(pair, lang) }</span>
                        { list_about(pair, lang) }
                    </span>
                    if let Some(n) = n_hits {
                        <span class="qe-article-hits">{ n }</span>
                    }
                    <span class={classes!("qe-badge", format!("is-{}", k.code()))}>
                        { ct(lang, CKey::badge(k)) }
                    </span>
                </button>
                // Beside the list, a way to the open pair's text without tabbing through the
                // rest of the list.
                if current {
                    <button type="button" class="qe-read-text" onclick={on_read.clone()}>
                        { ct(lang, CKey::ReadText) }
                    </button>
                }
            </li>
        }
    };
    html! {
        // A scroll region of its own, so the list is never pages long; focusable, so it
        // scrolls from the keyboard too.
        <nav class="qe-articles" aria-label={ct(lang, CKey::ArticleList)} tabindex="0"
            ref={p.list_ref.clone()}>
            if list.is_empty() {
                <p class="qe-empty">{ ct(lang, CKey::NoPairs) }</p>
            } else {
                { for list.iter().map(|g| html! {
                    <section class="qe-group" key={format!("{:?}-{}", g.edition, g.section)}>
                        // One level below the widget's title, like the open pair's heading:
                        // the view itself has no visible heading of its own to sit under.
                        <@{hx.tag(1)}>{ g.title.map(|t| localized(t, lang)).unwrap_or_default() }</@>
                        <ul>{ for g.pairs.iter().map(|pair| item(pair)) }</ul>
                    </section>
                }) }
            }
        </nav>
    }
}
