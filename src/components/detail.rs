//! The panel for a selected unit: the figure of the metric on the map first (or that it is not
//! reported), every other figure with its source, the coalition's status and composition, and
//! the people named, as reported.

use super::localized::localized;
use super::source::SourceLine;
use crate::content::cite::{by_source, first_citation};
use crate::content::pack::Status;
use crate::content::{Model, ReportDate};
use crate::format;
use crate::i18n::{language_phrase, t, tf, tfa, Arg, Key};
use crate::lang::Lang;
use crate::panels::{fit_class, panel_figures, Lead};
use crate::view_state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub region: String,
    /// The metric the map shows, which the panel leads with.
    pub metric: String,
    pub dispatch: Callback<Action>,
    /// Whether the reader just picked this unit, so that a panel stacked under the map may be
    /// scrolled into view (never on a restored link, never beside the map).
    #[prop_or_default]
    pub reveal: bool,
}

#[function_component(Detail)]
pub fn detail(p: &DetailProps) -> Html {
    let hx = super::embedding::use_embedding();
    let lang = p.lang;
    let model = &p.model;
    let panel = use_node_ref();
    let lead = use_node_ref();
    {
        let (panel, lead) = (panel.clone(), lead.clone());
        let reveal = p.reveal;
        use_effect_with(p.region.clone(), move |_| {
            let panel = panel.cast::<web_sys::Element>();
            let target = lead.cast::<web_sys::Element>().or_else(|| panel.clone());
            if let (true, Some(panel), Some(target)) = (reveal, panel, target) {
                // Beside the map (wide layout) the panel is in view already and the page must
                // not move. Stacked under it, bring in the panel's head down to its first
                // figure, and no further: the map stays in view as far as it can.
                let stacked = panel.parent_element().is_some_and(|body| {
                    let (a, b) = (
                        panel.get_bounding_client_rect(),
                        body.get_bounding_client_rect(),
                    );
                    (a.left() - b.left()).abs() < 1.0
                });
                if stacked {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    target.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        });
    }
    let Some(unit) = model.geo.unit(&p.region) else {
        return html! {};
    };
    let entry = model.region(&p.region);
    let close = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::Select(None)))
    };
    let heading_id = format!("qe-detail-{}", unit.id);

    // Each source's full line (with its headline) appears once, where it is first cited; later
    // citations of it in the panel give the outlet and date only. The sections below are built
    // in the order they are shown, so that the first citation is the first one read.
    let mut cited = std::collections::BTreeSet::new();
    let mut source_line = |id: &str, as_of: Option<ReportDate>| {
        let short = !first_citation(&mut cited, id);
        html! { <SourceLine model={model.clone()} {lang} source={id.to_string()} {as_of} {short} /> }
    };

    // One figure: a figure that describes another date than its report's says so itself, and
    // a long qualified figure ("10 000 деңгейіне жуық") shrinks to fit, never wraps.
    let figure_item =
        |f: &crate::content::Figure, mut class: Classes, node: NodeRef, line: Html| {
            let m = model.metric(&f.metric)?;
            let value = format::figure(f, m.unit, lang);
            class.push(fit_class([value.as_str()]));
            let as_of = model
                .source(&f.source)
                .filter(|s| s.date != f.as_of)
                .map(|_| {
                    tf(
                        lang,
                        Key::AsOf,
                        &[("date", &format::report_date(f.as_of, lang))],
                    )
                });
            Some(html! {
                <li {class} ref={node}>
                    <span class="qe-fig-label">{ localized(&m.label, lang) }</span>
                    <span class="qe-fig-value">{ value }</span>
                    if let Some(d) = as_of {
                        <span class="qe-fig-note">{ d }</span>
                    }
                    if let Some(n) = &f.note {
                        <span class="qe-fig-note">{ n.text(lang) }</span>
                    }
                    { line }
                </li>
            })
        };

    let figures = entry.map(|r| r.figures.as_slice()).unwrap_or_default();
    let (lead_figure, others) = panel_figures(figures, &p.metric);
    // The metric on the map, reported or not, with its own source line: the reader came from
    // its colour or hatching.
    let lead_item = match (lead_figure, model.metric(&p.metric)) {
        (Lead::Reported(f), _) => {
            let line = source_line(&f.source, None);
            figure_item(f, classes!("qe-fig", "is-lead"), lead.clone(), line)
        }
        (Lead::NotReported, Some(m)) => Some(html! {
            <li class="qe-fig is-lead is-nr" ref={lead.clone()}>
                <span class="qe-fig-label">{ localized(&m.label, lang) }</span>
                <span class="qe-fig-nr">{ t(lang, Key::NotReported) }</span>
            </li>
        }),
        (Lead::NotReported, None) => None,
    };
    // The other figures from one source are listed together under one source line.
    let mut other_items: Vec<Html> = Vec::new();
    for (id, group) in by_source(others) {
        let last = group.len() - 1;
        for (i, f) in group.into_iter().enumerate() {
            let line = if i == last {
                source_line(id, None)
            } else {
                Html::default()
            };
            other_items.extend(figure_item(f, classes!("qe-fig"), NodeRef::default(), line));
        }
    }

    let status = entry.and_then(|r| r.status.as_ref()).map(|s| {
        let text = match s.state {
            Status::StartedAllRegions => t(lang, Key::StatusAllRegions).to_string(),
            // Validation keeps the result's states out of a region.
            _ => tfa(lang, Key::StatusStarted, &[("date", Arg::Date(s.as_of))]),
        };
        html! {
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::StatusHeading) }</@>
                <p>{ text }</p>
                if let Some(n) = &s.note {
                    <p class="qe-fig-note">{ n.text(lang) }</p>
                }
                { source_line(&s.source, None) }
            </section>
        }
    });

    let composition = entry.and_then(|r| r.composition.as_ref()).map(|c| {
        html! {
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::CompositionHeading) }</@>
                <p>{ c.text.text(lang) }</p>
                { source_line(&c.source, None) }
            </section>
        }
    });

    let people = entry.map(|r| r.people.as_slice()).unwrap_or_default();
    let people_list = people.iter().map(|person| {
        let quote = person.quote.as_ref().and_then(|q| q.get(lang));
        html! {
            <li class="qe-person">
                <span class="qe-person-name">{ person.name.text(lang) }</span>
                <span class="qe-person-role">{ person.role.text(lang) }</span>
                if let Some((q, qlang)) = quote {
                    <blockquote class="qe-quote" lang={qlang.code()}>{ q }</blockquote>
                    if qlang != lang {
                        <span class="qe-quote-lang">
                            { tf(lang, Key::OriginalIn, &[("lang", language_phrase(lang, qlang))]) }
                        </span>
                    }
                }
                { source_line(&person.source, None) }
            </li>
        }
    }).collect::<Vec<_>>();

    let activity = entry.map(|r| r.activity.as_slice()).unwrap_or_default();
    let activity_list = activity
        .iter()
        .map(|a| {
            html! {
                <li class="qe-fig">
                    <span class="qe-fig-label">{ format::report_date(a.date, lang) }</span>
                    <span class="qe-fig-note">{ a.text.text(lang) }</span>
                    { source_line(&a.source, None) }
                </li>
            }
        })
        .collect::<Vec<_>>();

    html! {
        <aside class="qe-detail" aria-labelledby={heading_id.clone()} ref={panel}>
            <div class="qe-detail-head">
                <@{hx.tag(1)} id={heading_id}>{ unit.names.text(lang) }</@>
                <button type="button" class="qe-close" onclick={close}
                    aria-label={t(lang, Key::Close)}>{ "×" }</button>
            </div>
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::FiguresHeading) }</@>
                if lead_item.is_some() || !other_items.is_empty() {
                    <ul class="qe-figs">
                        { lead_item.unwrap_or_default() }
                        { for other_items }
                    </ul>
                }
                if figures.is_empty() {
                    <p class="qe-empty">{ t(lang, Key::NoFigures) }</p>
                }
            </section>
            { status.unwrap_or_default() }
            { composition.unwrap_or_default() }
            if !people.is_empty() {
                <section class="qe-detail-sec">
                    <@{hx.tag(2)}>{ t(lang, Key::PeopleHeading) }</@>
                    <ul class="qe-people">{ for people_list }</ul>
                </section>
            }
            if !activity.is_empty() {
                <section class="qe-detail-sec">
                    <@{hx.tag(2)}>{ t(lang, Key::ActivityHeading) }</@>
                    <ul class="qe-figs">{ for activity_list }</ul>
                </section>
            }
        </aside>
    }
}
