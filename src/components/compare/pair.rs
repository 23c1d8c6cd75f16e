//! An open article pair: its title and kind, the desk's notes, the layout switch, its texts,
//! and the way back and on to the pairs beside it.

use super::pair_notes::{PairNotes, Reasons};
use super::pair_texts::PairTexts;
use super::reveal::PairRefs;
use super::texts_lang::ApartTexts;
use crate::compare::languages::{shown, Shown};
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::{Edition, Pair};
use crate::components::embedding::use_embedding;
use crate::i18n::compare::{articles, ct, CKey};
use crate::lang::Lang;
use crate::view_state::{Action, Mode};
use std::rc::Rc;
use yew::prelude::*;

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

#[function_component(PairView)]
pub fn pair_view(p: &PairProps) -> Html {
    let hx = use_embedding();
    let lang = p.lang;
    let model = &p.model;
    let pair = &p.pair;
    // Sides in two languages are shown apart, not diffed.
    let apart = shown(model, pair, p.texts).filter(|s| matches!(s, Shown::Apart { .. }));
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

    let body = match apart {
        Some(shown) => html! {
            <ApartTexts model={model.clone()} {lang} pair={pair.clone()} texts={p.texts} {shown}
                mode={p.mode} query={p.query.clone()} current={p.current} dispatch={p.dispatch.clone()} />
        },
        None => html! {
            <PairTexts model={model.clone()} moved={p.moved.clone()} {lang} texts={p.texts}
                pair={pair.clone()} mode={p.mode} query={p.query.clone()} current={p.current} />
        },
    };

    html! {
        <article class="qe-pair" aria-labelledby={format!("qe-pair-{}", pair.id)} ref={p.refs.article.clone()}>
            <button type="button" class="qe-back" onclick={back}>{ "← " }{ ct(lang, CKey::BackToList) }</button>
            <div class="qe-pair-head">
                <@{hx.tag(1)} id={format!("qe-pair-{}", pair.id)} ref={p.refs.heading.clone()} tabindex="-1">{ pair_title(pair, lang) }</@>
                <span class={classes!("qe-badge", format!("is-{}", kind.code()))}>{ ct(lang, CKey::badge(kind)) }</span>
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
