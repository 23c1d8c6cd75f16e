//! A figure's source and date, shown on demand.

use super::host::{use_host, Host};
use crate::content::{Model, PartialDate, Source};
use crate::format;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SourceProps {
    pub model: std::rc::Rc<Model>,
    pub lang: Lang,
    pub source: String,
    /// The date the figure describes, when it differs from the publication date.
    #[prop_or_default]
    pub as_of: Option<PartialDate>,
}

/// "Outlet, “Headline”, 13 February 2026" with a link to the report.
#[function_component(SourceLine)]
pub fn source_line(p: &SourceProps) -> Html {
    let host = use_host();
    match p.model.source(&p.source) {
        Some(s) => source_html(s, p.lang, p.as_of, host),
        None => html! {},
    }
}

/// The source line for any `Source`: the content pack's and the comparison's alike.
pub fn source_html(s: &Source, lang: Lang, as_of: Option<PartialDate>, host: Host) -> Html {
    let (title, title_lang) = s.title.get(lang).unwrap_or(("", lang));
    let as_of = as_of
        .filter(|d| *d != s.date)
        .map(|d| format!(" · {}", format::as_of(d, lang)));
    let (open, close) = format::quotes(lang);
    html! {
        <span class="qe-source">
            <span class="qe-source-label">{ t(lang, Key::SourceLabel) }{ ": " }</span>
            { host.link(&s.url, "noopener noreferrer", html! { &s.outlet }) }
            { ", " }{ open }<cite lang={title_lang.code()}>{ title }</cite>{ close }{ ", " }
            { format::date(s.date, lang) }
            { as_of.unwrap_or_default() }
        </span>
    }
}

/// The same, folded behind a disclosure so figures stay scannable.
#[function_component(SourceDetails)]
pub fn source_details(p: &SourceProps) -> Html {
    html! {
        <details class="qe-source-details">
            <summary>{ t(p.lang, Key::ShowSource) }</summary>
            <SourceLine model={p.model.clone()} lang={p.lang} source={p.source.clone()} as_of={p.as_of} />
        </details>
    }
}
