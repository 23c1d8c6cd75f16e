//! The search box: the query as typed, Enter and Shift+Enter to step through the hits, and
//! a status line that counts them.

use crate::i18n::compare::{ct, ctf, CKey};
use crate::lang::Lang;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub lang: Lang,
    pub query: String,
    /// The hits, and the pairs they are in.
    pub hits: usize,
    pub pairs: usize,
    pub on_query: Callback<String>,
    /// Enter (`false`) or Shift+Enter (`true`: backwards).
    pub on_step: Callback<bool>,
}

#[function_component(SearchBox)]
pub fn search_box(p: &SearchBoxProps) -> Html {
    let lang = p.lang;
    let on_input = {
        let on_query = p.on_query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                on_query.emit(i.value());
            }
        })
    };
    let on_key = {
        let on_step = p.on_step.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                on_step.emit(e.shift_key());
            }
        })
    };
    let searching = !p.query.trim().is_empty();
    html! {
        <label class="qe-field">
            <span>{ ct(lang, CKey::SearchLabel) }</span>
            <input type="search" value={p.query.clone()} oninput={on_input}
                onkeydown={on_key} autocomplete="off" spellcheck="false" />
            <span class="qe-search-status" role="status">
                if searching {
                    if p.hits == 0 {
                        { ct(lang, CKey::SearchNone) }
                    } else {
                        { ctf(lang, CKey::SearchHits, &[
                            ("count", &p.hits.to_string()),
                            ("articles", &p.pairs.to_string()),
                        ]) }
                    }
                }
            </span>
        </label>
    }
}
