//! A compact, specific message when a content pack could not be used.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorBannerProps {
    pub errors: Vec<String>,
    pub lang: Lang,
    /// A sentence for the reader about what failed, in `lang` (a pack that did not come in time).
    #[prop_or_default]
    pub notice: Option<String>,
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
            if let Some(notice) = &p.notice {
                <p class="qe-error-notice">{ notice }</p>
            }
            <ul class="qe-error-list" lang="en">
                { for p.errors.iter().take(20).map(|e| html! { <li><code>{ e }</code></li> }) }
            </ul>
        </div>
    }
}
