//! Title, view switch and language switch.

use super::localized::localized;
use crate::content::Model;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::view_state::{Action, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub view: View,
    /// The views this embed shows, in tab order; tabs appear only when there is a choice.
    pub views: Vec<View>,
    pub dispatch: Callback<Action>,
}

#[function_component(Header)]
pub fn header(p: &HeaderProps) -> Html {
    let hx = super::embedding::use_embedding();
    let lang = p.lang;
    let view_button = |v: View, key: Key| {
        let d = p.dispatch.clone();
        html! {
            <button type="button" class="qe-seg" aria-pressed={(p.view == v).to_string()}
                onclick={move |_| d.emit(Action::SetView(v))}>
                { t(lang, key) }
            </button>
        }
    };
    let lang_button = |l: Lang| {
        let d = p.dispatch.clone();
        html! {
            <button type="button" class="qe-seg" lang={l.code()}
                aria-pressed={(lang == l).to_string()}
                onclick={move |_| d.emit(Action::SetLang(l))}>
                { l.endonym() }
            </button>
        }
    };
    html! {
        <header class="qe-header">
            <@{hx.tag(0)} class="qe-title">
                // A compare-only embed is about the constitutions, not the coalitions.
                if p.views == [View::Compare] {
                    { t(lang, Key::CompareTitle) }
                } else {
                    { localized(&p.model.pack.title, lang) }
                }
            </@>
            <div class="qe-switches">
                if p.views.len() > 1 {
                    <div class="qe-segmented" role="group" aria-label={t(lang, Key::ViewsLabel)}>
                        { for p.views.iter().map(|v| view_button(*v, match v {
                            View::Map => Key::TabMap,
                            View::Table => Key::TabTable,
                            View::Compare => Key::TabCompare,
                        })) }
                    </div>
                }
                <div class="qe-segmented" role="group" aria-label={t(lang, Key::LanguageLabel)}>
                    { for Lang::ALL.into_iter().map(lang_button) }
                </div>
            </div>
        </header>
    }
}
