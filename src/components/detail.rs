//! The panel for a selected unit: every figure with its source, the coalition's status and
//! composition, and the people named, as reported.

use super::source::SourceLine;
use crate::content::cite::{by_source, first_citation};
use crate::content::pack::Status;
use crate::content::{Model, ReportDate};
use crate::format;
use crate::i18n::{language_phrase, t, tf, Key};
use crate::lang::Lang;
use crate::view_state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub region: String,
    pub dispatch: Callback<Action>,
    /// Scroll the panel into view if it opened off-screen (stacked layout on phones).
    #[prop_or_default]
    pub reveal: bool,
}

#[function_component(Detail)]
pub fn detail(p: &DetailProps) -> Html {
    let hx = super::host::use_host();
    let lang = p.lang;
    let model = &p.model;
    let panel = use_node_ref();
    {
        let panel = panel.clone();
        let reveal = p.reveal;
        use_effect_with(p.region.clone(), move |_| {
            if let (true, Some(el)) = (reveal, panel.cast::<web_sys::Element>()) {
                let below = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .is_some_and(|h| el.get_bounding_client_rect().top() > h * 0.8);
                if below {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
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
    // citations of it in the panel give the outlet and date only.
    let mut cited: Vec<String> = Vec::new();
    let mut source_line = |id: &str, as_of: Option<ReportDate>| {
        let short = !first_citation(&mut cited, id);
        html! { <SourceLine model={model.clone()} {lang} source={id.to_string()} {as_of} {short} /> }
    };

    let status = entry.and_then(|r| r.status.as_ref()).map(|s| {
        let text = match s.state {
            Status::StartedAllRegions => t(lang, Key::StatusAllRegions).to_string(),
            // Validation keeps the result's states out of a region.
            _ => tf(
                lang,
                Key::StatusStarted,
                &[("date", &format::report_date(s.as_of, lang))],
            ),
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

    // Figures from one source are listed together under one source line; a figure that
    // describes another date than its report's says so itself.
    let figures = entry.map(|r| r.figures.as_slice()).unwrap_or_default();
    let mut figure_list: Vec<Html> = Vec::new();
    for (id, group) in by_source(figures) {
        let src = model.source(id);
        for (i, f) in group.iter().enumerate() {
            let Some(m) = model.metric(&f.metric) else {
                continue;
            };
            let as_of = src.filter(|s| s.date != f.as_of).map(|_| {
                tf(
                    lang,
                    Key::AsOf,
                    &[("date", &format::report_date(f.as_of, lang))],
                )
            });
            let line = (i + 1 == group.len()).then(|| source_line(id, None));
            figure_list.push(html! {
                <li class="qe-fig">
                    <span class="qe-fig-label">{ m.label.text(lang) }</span>
                    <span class="qe-fig-value">{ format::figure(f, m.unit, lang) }</span>
                    if let Some(d) = as_of {
                        <span class="qe-fig-note">{ d }</span>
                    }
                    if let Some(n) = &f.note {
                        <span class="qe-fig-note">{ n.text(lang) }</span>
                    }
                    { line.unwrap_or_default() }
                </li>
            });
        }
    }

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
            { status.unwrap_or_default() }
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::FiguresHeading) }</@>
                if figures.is_empty() {
                    <p class="qe-empty">{ t(lang, Key::NoFigures) }</p>
                } else {
                    <ul class="qe-figs">{ for figure_list }</ul>
                }
            </section>
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
