//! A compact, specific message when a content pack could not be used.

use crate::content::error::{notice, LoadError};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub errors: Vec<LoadError>,
    pub lang: Lang,
}

#[function_component(ErrorBanner)]
pub fn error_banner(p: &ErrorBannerProps) -> Html {
    let lines: Vec<String> = p.errors.iter().flat_map(LoadError::lines).collect();
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <div class="qe-error" role="alert">
            <p class="qe-error-title"><strong>{ t(p.lang, Key::ErrorTitle) }</strong>
                { " " }{ t(p.lang, Key::ErrorFallback) }</p>
            if let Some(sentence) = notice(&p.errors, p.lang) {
                <p class="qe-error-notice">{ sentence }</p>
            }
            <ul class="qe-error-list" lang="en">
                { for lines.iter().take(20).map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
