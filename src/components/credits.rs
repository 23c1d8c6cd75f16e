//! The credits line: where the figures and the boundaries come from, as the licence asks.

use crate::content::Model;
use crate::i18n::{t, tfa, Arg, Key};
use crate::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CreditsProps {
    pub model: Rc<Model>,
    pub lang: Lang,
}

#[function_component(Credits)]
pub fn credits(p: &CreditsProps) -> Html {
    let lang = p.lang;
    // The boundaries' attribution is shown in the reader's language (the English key is the
    // geometry's own text, word for word); the links come from the geometry.
    let a = &p.model.geo.attribution;
    let embedding = super::embedding::use_embedding();
    html! {
        <footer class="qe-credits">
            <p>
                { t(lang, Key::CreditsFigures) }{ " " }
                { tfa(lang, Key::CreditsChecked, &[("date", Arg::Date(p.model.pack.updated.into()))]) }
            </p>
            <p>
                { t(lang, Key::CreditsBoundaries) }{ " " }
                { embedding.link(&a.source_url, "noopener noreferrer", html! { "geokz" }) }
                { " · " }
                { embedding.link(&a.license_url, "noopener noreferrer license", html! { &a.license }) }
            </p>
        </footer>
    }
}
