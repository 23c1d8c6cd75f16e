//! The list's filters: a chip per change kind, and the topic select.

use crate::compare::filter::counts_by_kind;
use crate::compare::kind::Kind;
use crate::compare::model::CompareModel;
use crate::components::localized::localized_text;
use crate::i18n::compare::{ct, CKey};
use crate::lang::Lang;
use crate::view_state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KindChipsProps {
    pub model: Rc<CompareModel>,
    pub lang: Lang,
    pub topic: Option<String>,
    pub kind: Option<Kind>,
    pub dispatch: Callback<Action>,
}

/// A chip for every kind the comparison has, and one for all; each chip's count follows the
/// topic filter, so it says how many it would list.
#[function_component(KindChips)]
pub fn kind_chips(p: &KindChipsProps) -> Html {
    let lang = p.lang;
    let chip = |k: Option<Kind>, count: usize| {
        let d = p.dispatch.clone();
        let label = k.map_or(ct(lang, CKey::AllKinds), |k| ct(lang, CKey::chip(k)));
        html! {
            <button type="button" class="qe-chip" aria-pressed={(p.kind == k).to_string()}
                data-kind={k.map(|k| k.code()).unwrap_or("all")}
                onclick={move |_| d.emit(Action::SetKind(k))}>
                { label }<span class="qe-kind-count">{ count }</span>
            </button>
        }
    };
    let in_model = p.model.counts();
    let counts = counts_by_kind(&p.model, p.topic.as_deref());
    let total: usize = counts.iter().map(|(_, n)| n).sum();
    html! {
        <div class="qe-chips qe-kinds" role="group" aria-label={ct(lang, CKey::FilterKind)}>
            { chip(None, total) }
            { for counts.iter()
                .filter(|(k, _)| in_model.iter().any(|(mk, n)| mk == k && *n > 0))
                .map(|(k, n)| chip(Some(*k), *n)) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct TopicSelectProps {
    pub model: Rc<CompareModel>,
    pub lang: Lang,
    pub topic: Option<String>,
    pub dispatch: Callback<Action>,
}

/// The topic select; its first option lists every topic.
#[function_component(TopicSelect)]
pub fn topic_select(p: &TopicSelectProps) -> Html {
    let lang = p.lang;
    let on_change = {
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
    html! {
        <label class="qe-field">
            <span>{ ct(lang, CKey::FilterTopic) }</span>
            <select onchange={on_change}>
                <option value="" selected={p.topic.is_none()}>{ ct(lang, CKey::AllTopics) }</option>
                { for p.model.index().topics.iter().map(|tp| html! {
                    <option value={tp.id.clone()} selected={p.topic.as_deref() == Some(tp.id.as_str())}>
                        { localized_text(&tp.label, lang) }
                    </option>
                }) }
            </select>
        </label>
    }
}
