//! The editor's smaller forms: a new metric (a column of the table), and what has been
//! reported about a unit's coalition (its status).

use crate::components::draft::use_draft;
use crate::components::editor_form::{messages, text_field, EditFn};
use crate::content::pack::Unit;
use crate::editor::{add_metric, set_status, Report};
use crate::i18n::editor::{et, EKey};
use crate::i18n::{fill, language_phrase};
use crate::lang::Lang;
use serde_json::Value;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MetricFormProps {
    pub pack: Rc<Value>,
    pub report: Rc<Report>,
    pub lang: Lang,
    pub on_edit: Callback<EditFn>,
}

#[derive(Clone, Default, PartialEq)]
struct MetricDraft {
    id: String,
    label: [String; 3],
    percent: bool,
    map: bool,
}

#[function_component(MetricForm)]
pub fn metric_form(p: &MetricFormProps) -> Html {
    let lang = p.lang;
    let draft = use_draft(MetricDraft::default);
    let set = |f: fn(&mut MetricDraft, String)| {
        let draft = draft.clone();
        Callback::from(move |t: String| {
            let mut d = draft.get();
            f(&mut d, t);
            draft.set(d);
        })
    };
    let labels = Lang::ALL.iter().enumerate().map(|(i, &l)| {
        let value = draft.get().label[i].clone();
        let draft = draft.clone();
        let on = Callback::from(move |t: String| {
            let mut d = draft.get();
            d.label[i] = t;
            draft.set(d);
        });
        let label = fill(
            et(lang, EKey::MetricLabelIn),
            &[("lang", language_phrase(lang, l))],
        );
        text_field(
            &format!("ed-m-label-{}", l.code()),
            &label,
            &value,
            &Report::default(),
            "",
            on,
        )
    });
    let on_unit = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = draft.get();
            d.percent = e.target_unchecked_into::<HtmlSelectElement>().value() == "percent";
            draft.set(d);
        })
    };
    let on_map = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let mut d = draft.get();
            d.map = e.target_unchecked_into::<HtmlInputElement>().checked();
            draft.set(d);
        })
    };
    let onsubmit = {
        let draft = draft.clone();
        let on_edit = p.on_edit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let d = draft.get();
            let unit = if d.percent {
                Unit::Percent
            } else {
                Unit::Count
            };
            on_edit.emit(Rc::new(move |pack: &mut Value| {
                add_metric(pack, &d.id, &d.label, unit, d.map)
            }));
            draft.set(MetricDraft::default());
        })
    };
    // The last metric's messages, where the one just added sits.
    let last = p.pack["metrics"]
        .as_array()
        .map_or(0, Vec::len)
        .saturating_sub(1);
    let shown = draft.get();
    html! {
        <form class="ed-metric" aria-labelledby="ed-metric-title" {onsubmit}>
            <h2 id="ed-metric-title">{ et(lang, EKey::AddMetric) }</h2>
            { messages(&p.report, &format!("metrics[{last}]"), "ed-m-msg").0 }
            { text_field("ed-m-id", et(lang, EKey::MetricId), &shown.id, &Report::default(), "", set(|d, t| d.id = t)) }
            { for labels }
            <div class="ed-field">
                <label for="ed-m-unit">{ et(lang, EKey::MetricUnit) }</label>
                <select id="ed-m-unit" onchange={on_unit}>
                    <option value="count" selected={!shown.percent}>{ et(lang, EKey::UnitCount) }</option>
                    <option value="percent" selected={shown.percent}>{ et(lang, EKey::UnitPercent) }</option>
                </select>
            </div>
            <div class="ed-field ed-check">
                <input type="checkbox" id="ed-m-map" checked={shown.map} onchange={on_map} />
                <label for="ed-m-map">{ et(lang, EKey::OnMap) }</label>
            </div>
            <button type="submit" class="ed-btn">{ et(lang, EKey::AddMetric) }</button>
        </form>
    }
}

/// What a form about one unit (its status, its people) is given.
#[derive(Properties, PartialEq)]
pub struct UnitFormProps {
    pub pack: Rc<Value>,
    pub report: Rc<Report>,
    pub lang: Lang,
    pub region: String,
    /// The unit's name.
    pub title: String,
    pub on_edit: Callback<EditFn>,
}

#[function_component(StatusForm)]
pub fn status_form(p: &UnitFormProps) -> Html {
    let lang = p.lang;
    let at = (p.pack["regions"].as_array().into_iter().flatten()).position(|r| r["id"] == p.region);
    let current = at
        .map(|i| p.pack["regions"][i]["status"].clone())
        .unwrap_or_default();
    let field = |k: &str| current[k].as_str().unwrap_or_default().to_string();
    let state = use_draft(|| (field("state"), field("as_of"), field("source")));
    let (s, as_of, source) = state.get();
    let save = {
        let on_edit = p.on_edit.clone();
        let region = p.region.clone();
        move |next: (String, String, String)| {
            let region = region.clone();
            on_edit.emit(Rc::new(move |pack: &mut Value| {
                set_status(pack, &region, &next.0, &next.1, &next.2)
            }));
        }
    };
    let on_state = {
        let state = state.clone();
        let save = save.clone();
        Callback::from(move |e: Event| {
            let mut next = state.get();
            next.0 = e.target_unchecked_into::<HtmlSelectElement>().value();
            save(next.clone());
            state.set(next);
        })
    };
    let set = |f: fn(&mut (String, String, String), String)| {
        let state = state.clone();
        let save = save.clone();
        Callback::from(move |t: String| {
            let mut next = state.get();
            f(&mut next, t);
            save(next.clone());
            state.set(next);
        })
    };
    let path = at
        .map(|i| format!("regions[{i}].status"))
        .unwrap_or_default();
    let none = Report::default();
    let report = if path.is_empty() { &none } else { &p.report };
    let states = [
        ("", EKey::StatusNone),
        ("started", EKey::StatusStarted),
        ("started_all_regions", EKey::StatusAllRegions),
    ];
    html! {
        <section class="ed-status" aria-labelledby="ed-status-title">
            <h3 id="ed-status-title">{ format!("{}: {}", p.title, et(lang, EKey::Status)) }</h3>
            { messages(report, &format!("{path}.state"), "ed-st-state-msg").0 }
            <div class="ed-field">
                <label for="ed-st-state">{ et(lang, EKey::Status) }</label>
                <select id="ed-st-state" onchange={on_state}>
                    { for states.iter().map(|(code, key)| html! {
                        <option value={*code} selected={s == *code}>{ et(lang, *key) }</option>
                    }) }
                </select>
            </div>
            if !s.is_empty() {
                { text_field("ed-st-as-of", et(lang, EKey::AsOf), &as_of, report, &format!("{path}.as_of"), set(|n, t| n.1 = t)) }
                { text_field("ed-st-source", et(lang, EKey::Source), &source, report, &format!("{path}.source"), set(|n, t| n.2 = t)) }
            }
        </section>
    }
}
