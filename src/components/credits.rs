//! The credits line: where the figures and the boundaries come from, as the licence asks.

use crate::content::Model;
use crate::format;
use crate::i18n::{t, tf, Key};
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
    let a = &p.model.geo.attribution;
    let host = super::host::use_host();
    html! {
        <footer class="qe-credits">
            <p>
                { t(lang, Key::CreditsFigures) }{ " " }
                { tf(lang, Key::AsOf, &[("date", &format::date(p.model.pack.updated, lang))]) }{ "." }
            </p>
            <p>
                { t(lang, Key::CreditsMap) }{ ": " }
                <span lang="en">{ &a.text }</span>{ " " }
                { host.link(&a.source_url, "noopener noreferrer", html! { "geokz" }) }
                { " · " }
                { host.link(&a.license_url, "noopener noreferrer license", html! { &a.license }) }
            </p>
        </footer>
    }
}
