//! A figure's source and date, shown on demand.

use super::embedding::{use_embedding, Embedding};
use crate::content::{Model, ReportDate, Source};
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
    pub as_of: Option<ReportDate>,
    /// Outlet and date only: the full line, with the headline, is already in view.
    #[prop_or_default]
    pub short: bool,
}

/// "Outlet, “Headline”, 13 February 2026" with a link to the report.
#[function_component(SourceLine)]
pub fn source_line(p: &SourceProps) -> Html {
    let embedding = use_embedding();
    match p.model.source(&p.source) {
        Some(s) if p.short => short_html(s, p.lang, embedding),
        Some(s) => source_html(s, p.lang, p.as_of, embedding),
        None => html! {},
    }
}

fn source_label(lang: Lang) -> String {
    format!("{}: ", t(lang, Key::SourceLabel))
}

/// The outlet's name as a link; a name is wrapped between words only, never inside one.
fn outlet(s: &Source, lang: Lang, embedding: Embedding) -> Html {
    let name = html! { <span class="qe-outlet">{ s.outlet_in(lang) }</span> };
    embedding.link(&s.url, "noopener noreferrer", name)
}

/// The source line for any `Source`: the content pack's and the comparison's alike. A
/// headline the project translated is marked so outside the quotation marks, with the
/// published one after it in its own language.
pub fn source_html(
    s: &Source,
    lang: Lang,
    as_of: Option<ReportDate>,
    embedding: Embedding,
) -> Html {
    let h = s.headline(lang);
    let as_of = as_of
        .filter(|d| *d != s.date)
        .map(|d| format!(" · {}", format::as_of(d, lang)));
    let (open, close) = format::quotes(lang);
    // Text runs are joined before they become nodes: each node costs code in the first view.
    // One parenthesis after the headline holds the translation mark and the headline's note.
    let note = s.title_note.as_ref().map(|n| n.text(lang));
    let original = h.original.map(|(original, original_lang)| {
        let mark = format!(
            "{close} ({}; {}: {open}",
            t(lang, Key::TranslatedHeadline),
            t(lang, Key::OriginalHeadline)
        );
        html! {
            <>{ mark }<cite class="qe-headline-original" lang={original_lang.code()}>{ original }</cite>{ close }</>
        }
    });
    // The note is the pack's text: in an element of its own, which isolates it (app.css), so
    // that a right-to-left one cannot reorder the date after it.
    let note = note.map(|n| {
        let open = if h.original.is_some() { "; " } else { " (" };
        html! { <>{ open }<span class="qe-title-note">{ n }</span>{ ")" }</> }
    });
    let close_note = if h.original.is_some() && note.is_none() {
        ")"
    } else {
        ""
    };
    let tail = format!(
        "{close_note}, {}{}",
        format::report_date(s.date, lang),
        as_of.unwrap_or_default()
    );
    html! {
        <span class="qe-source">
            <span class="qe-source-label">{ source_label(lang) }</span>
            { outlet(s, lang, embedding) }
            { format!(", {open}") }<cite lang={h.shown_lang.code()}>{ h.shown }</cite>
            { original.unwrap_or_else(|| html! { close }) }
            { note }
            { tail }
        </span>
    }
}

/// "Source: Outlet, 13 February 2026", for a source whose full line is already in view.
fn short_html(s: &Source, lang: Lang, embedding: Embedding) -> Html {
    html! {
        <span class="qe-source">
            <span class="qe-source-label">{ source_label(lang) }</span>
            { outlet(s, lang, embedding) }{ format!(", {}", format::report_date(s.date, lang)) }
        </span>
    }
}
