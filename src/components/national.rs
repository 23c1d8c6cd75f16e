//! Nationwide figures (each report with its own source, never merged), the referendum's
//! result and the campaign timeline.

use super::source::{SourceDetails, SourceLine};
use crate::content::pack::Status;
use crate::content::{Figure, Model};
use crate::format;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NationalProps {
    pub model: Rc<Model>,
    pub lang: Lang,
}

/// One card per metric; a metric reported differently by several sources lists each report.
fn cards(model: &Rc<Model>, figures: &[Figure], lang: Lang) -> Html {
    let mut metrics: Vec<&str> = Vec::new();
    for f in figures {
        if !metrics.contains(&f.metric.as_str()) {
            metrics.push(&f.metric);
        }
    }
    html! {
        <ul class="qe-cards">
            { for metrics.into_iter().filter_map(|id| {
                let m = model.metric(id)?;
                let reports = figures.iter().filter(|f| f.metric == id);
                Some(html! {
                    <li class="qe-card">
                        <span class="qe-card-label">{ m.label.text(lang) }</span>
                        { for reports.map(|f| html! {
                            <div class="qe-card-report">
                                <span class="qe-card-value">{ format::figure(f, m.unit, lang) }</span>
                                if let Some(n) = &f.note {
                                    <span class="qe-fig-note">{ n.text(lang) }</span>
                                }
                                <SourceDetails model={model.clone()} {lang} source={f.source.clone()} as_of={Some(f.as_of)} />
                            </div>
                        }) }
                    </li>
                })
            }) }
        </ul>
    }
}

#[function_component(National)]
pub fn national(p: &NationalProps) -> Html {
    let hx = super::host::use_host();
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
            <section class="qe-national" aria-labelledby={id("national")}>
                <@{hx.tag(1)} id={id("national")}>{ t(lang, Key::NationalHeading) }</@>
                <p class="qe-coalition-name">{ pack.national.name.text(lang) }</p>
                if let Some(d) = &pack.national.description {
                    <p>{ d.text.text(lang) }{ " " }</p>
                    <SourceDetails model={p.model.clone()} {lang} source={d.source.clone()} />
                }
                { cards(&p.model, &pack.national.figures, lang) }
            </section>
            <section class="qe-outcome" aria-labelledby={id("outcome")}>
                <@{hx.tag(1)} id={id("outcome")}>{ t(lang, Key::OutcomeHeading) }</@>
                <p class="qe-outcome-label">{ pack.outcome.label.text(lang) }</p>
                if let Some(st) = &pack.outcome.status {
                    <p class="qe-outcome-status">
                        <strong>{ t(lang, if st.state == Status::Final {
                            Key::ResultFinal
                        } else {
                            Key::ResultPreliminary
                        }) }</strong>
                        { ", " }{ format::report_date(st.as_of, lang) }
                        if let Some(n) = &st.note {
                            { ". " }{ n.text(lang) }
                        }
                    </p>
                    <SourceLine model={p.model.clone()} {lang} source={st.source.clone()} />
                }
                { cards(&p.model, &pack.outcome.figures, lang) }
                if let Some(n) = &pack.outcome.note {
                    <p class="qe-fig-note">{ n.text(lang) }</p>
                }
            </section>
            if !timeline.is_empty() {
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
