//! Nationwide figures (each value with the sources that give it: reports that agree are said
//! to, reports that differ are kept apart), the referendum's result and the campaign timeline.

use super::localized::localized;
use super::source::SourceLine;
use crate::content::pack::Status;
use crate::content::{Figure, Model, Unit};
use crate::embed::{Section, Sections};
use crate::format;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::panels::{agreement, cards, distinct_sources, fit_class, Agreement, Card};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NationalProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    /// Which of the nationwide figures, the result and the timeline to show.
    pub sections: Sections,
}

/// "AstanaTV, 13 February 2026": who reported a value and when, in a card. The whole source
/// (headline and link) is in the section's list of sources.
fn attribution(model: &Model, f: &Figure, lang: Lang) -> Html {
    let outlet = model
        .source(&f.source)
        .map(|s| s.outlet_in(lang))
        .unwrap_or_default();
    html! {
        <span class="qe-card-src">
            { outlet }{ ", " }<span class="qe-nowrap">{ format::report_date(f.as_of, lang) }</span>
        </span>
    }
}

/// One value of a card: the figure, whether several sources agree on it, notes, who said it.
fn value(model: &Model, a: &Agreement, unit: Unit, lang: Lang) -> Html {
    let mut notes: Vec<&str> = Vec::new();
    for n in a.reports.iter().filter_map(|f| f.note.as_ref()) {
        if !notes.contains(&n.text(lang)) {
            notes.push(n.text(lang));
        }
    }
    html! {
        <div class="qe-card-report">
            <span class="qe-card-value">{ format::figure(a.figure(), unit, lang) }</span>
            if let Some(agree) = agreement(lang, a.reports.len()) {
                <span class="qe-card-agree">{ agree }</span>
            }
            { for notes.into_iter().map(|n| html! { <span class="qe-fig-note">{ n }</span> }) }
            { for a.reports.iter().map(|f| attribution(model, f, lang)) }
        </div>
    }
}

/// One card per metric, sized so that its figures never wrap. Metrics the sources disagree on
/// come first, each card the width of the section with its values side by side; the others
/// share a grid whose rows they fill.
fn card_list(model: &Rc<Model>, figures: &[Figure], lang: Lang) -> Html {
    let cards = cards(figures);
    let text = |c: &Card| -> Vec<String> {
        let unit = model.metric(c.metric).map(|m| m.unit);
        unit.map(|u| {
            c.values
                .iter()
                .map(|a| format::figure(a.figure(), u, lang))
                .collect()
        })
        .unwrap_or_default()
    };
    let (disputed, single): (Vec<&Card>, Vec<&Card>) = cards.iter().partition(|c| c.disputed());
    let card = |c: &Card, fit: &'static str| {
        let m = model.metric(c.metric)?;
        Some(html! {
            <li class={classes!("qe-card", c.disputed().then_some("is-disputed"), fit)}>
                <span class="qe-card-label">{ localized(&m.label, lang) }</span>
                <div class="qe-card-values">
                    { for c.values.iter().map(|a| value(model, a, m.unit, lang)) }
                </div>
            </li>
        })
    };
    // The single-value cards share one size, so that they read as one set; a disputed card's
    // values sit in columns of their own width and get theirs.
    let texts: Vec<String> = single.iter().flat_map(|c| text(c)).collect();
    let fit = fit_class(texts.iter().map(String::as_str));
    html! {
        <>
            if !disputed.is_empty() {
                <ul class="qe-cards is-disputed">
                    { for disputed.iter().filter_map(|c| card(c, fit_class(text(c).iter().map(String::as_str)))) }
                </ul>
            }
            <ul class="qe-cards">
                { for single.iter().filter_map(|c| card(c, fit)) }
            </ul>
        </>
    }
}

/// Every source behind a section, once, behind one disclosure.
fn source_list<'a>(model: &Rc<Model>, ids: impl IntoIterator<Item = &'a str>, lang: Lang) -> Html {
    let ids = distinct_sources(ids);
    html! {
        <details class="qe-source-details qe-sources">
            <summary>{ t(lang, Key::SourcesList) }{ format!(" ({})", ids.len()) }</summary>
            <ul>
                { for ids.into_iter().map(|id| html! {
                    <li><SourceLine model={model.clone()} {lang} source={id.to_string()} /></li>
                }) }
            </ul>
        </details>
    }
}

#[function_component(National)]
pub fn national(p: &NationalProps) -> Html {
    let hx = super::embedding::use_embedding();
    let uid = super::use_uid();
    // Each section is a region landmark named by its heading: where the widget is the whole
    // page (a kiosk) nothing of it is left outside a landmark.
    let id = |what: &str| format!("qe-{what}-{uid}");
    let lang = p.lang;
    let pack = &p.model.pack;
    let mut timeline: Vec<_> = pack.timeline.iter().collect();
    timeline.sort_by_key(|e| e.date.sort_key());
    html! {
        <div class="qe-context">
            if p.sections.has(Section::National) {
            <section class="qe-national" aria-labelledby={id("national")}>
                <@{hx.tag(1)} id={id("national")}>{ t(lang, Key::NationalHeading) }</@>
                <p class="qe-coalition-name">{ localized(&pack.national.name, lang) }</p>
                if let Some(d) = &pack.national.description {
                    <p>{ localized(&d.text, lang) }</p>
                }
                { card_list(&p.model, &pack.national.figures, lang) }
                { source_list(&p.model, pack.national.description.iter().map(|d| d.source.as_str())
                    .chain(pack.national.figures.iter().map(|f| f.source.as_str())), lang) }
            </section>
            }
            if p.sections.has(Section::Result) {
            <section class="qe-outcome" aria-labelledby={id("outcome")}>
                <@{hx.tag(1)} id={id("outcome")}>{ t(lang, Key::OutcomeHeading) }</@>
                <p class="qe-outcome-label">{ localized(&pack.outcome.label, lang) }</p>
                if let Some(st) = &pack.outcome.status {
                    <p class="qe-outcome-status">
                        <strong>{ t(lang, if st.state == Status::Final {
                            Key::ResultFinal
                        } else {
                            Key::ResultPreliminary
                        }) }</strong>
                        { ", " }{ format::report_date(st.as_of, lang) }
                        if let Some(n) = &st.note {
                            { ". " }<span>{ n.text(lang) }</span>
                        }
                    </p>
                    <SourceLine model={p.model.clone()} {lang} source={st.source.clone()} />
                }
                { card_list(&p.model, &pack.outcome.figures, lang) }
                if let Some(n) = &pack.outcome.note {
                    <p class="qe-fig-note">{ n.text(lang) }</p>
                }
                { source_list(&p.model, pack.outcome.figures.iter().map(|f| f.source.as_str()), lang) }
            </section>
            }
            if p.sections.has(Section::Timeline) && !timeline.is_empty() {
                <section class="qe-timeline" aria-labelledby={id("timeline")}>
                    <@{hx.tag(1)} id={id("timeline")}>{ t(lang, Key::TimelineHeading) }</@>
                    <ol>
                        { for timeline.into_iter().map(|e| html! {
                            <li>
                                <time datetime={e.date.to_string()}>{ format::report_date(e.date, lang) }</time>
                                <span class="qe-timeline-text">{ e.text.text(lang) }</span>
                                <SourceLine model={p.model.clone()} {lang} source={e.source.clone()} />
                            </li>
                        }) }
                    </ol>
                </section>
            }
        </div>
    }
}
