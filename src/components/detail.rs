//! The panel for a selected unit: every figure with its source, the coalition's status and
//! composition, and the people named, as reported.

use super::source::SourceLine;
use crate::content::Model;
use crate::format;
use crate::i18n::{language_phrase, t, tf, tfa, Arg, Key};
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

    let figures = entry.map(|r| r.figures.as_slice()).unwrap_or_default();
    let figure_list = figures.iter().filter_map(|f| {
        let m = model.metric(&f.metric)?;
        Some(html! {
            <li class="qe-fig">
                <span class="qe-fig-label">{ m.label.text(lang) }</span>
                <span class="qe-fig-value">{ format::figure(f, m.unit, lang) }</span>
                if let Some(n) = &f.note {
                    <span class="qe-fig-note">{ n.text(lang) }</span>
                }
                <SourceLine model={model.clone()} {lang} source={f.source.clone()} as_of={Some(f.as_of)} />
            </li>
        })
    });

    let status = entry.and_then(|r| r.status.as_ref()).map(|s| {
        html! {
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::StatusHeading) }</@>
                <p>{ tfa(lang, Key::StatusStarted, &[("date", Arg::Date(s.as_of))]) }</p>
                if let Some(n) = &s.note {
                    <p class="qe-fig-note">{ n.text(lang) }</p>
                }
                <SourceLine model={model.clone()} {lang} source={s.source.clone()} />
            </section>
        }
    });

    let composition = entry.and_then(|r| r.composition.as_ref()).map(|c| {
        html! {
            <section class="qe-detail-sec">
                <@{hx.tag(2)}>{ t(lang, Key::CompositionHeading) }</@>
                <p>{ c.text.text(lang) }</p>
                <SourceLine model={model.clone()} {lang} source={c.source.clone()} />
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
                <SourceLine model={model.clone()} {lang} source={person.source.clone()} />
            </li>
        }
    });

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
        </aside>
    }
}
