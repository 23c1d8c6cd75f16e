//! A compact, specific message when a content pack could not be used.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub errors: Vec<String>,
    pub lang: Lang,
}

#[function_component(ErrorBanner)]
pub fn error_banner(p: &ErrorBannerProps) -> Html {
    if p.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="qe-error" role="alert">
            <p class="qe-error-title"><strong>{ t(p.lang, Key::ErrorTitle) }</strong>
                { " " }{ t(p.lang, Key::ErrorFallback) }</p>
            <ul class="qe-error-list" lang="en">
                { for p.errors.iter().take(20).map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
