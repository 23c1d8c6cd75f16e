//! The table view: every unit and figure, sortable by column, for screen readers and for
//! readers who prefer tables.

use crate::content::text_rules::isolate;
use crate::content::Model;
use crate::format;
use crate::i18n::{t, tf, tfa, Arg, Key};
use crate::lang::Lang;
use crate::map::table::{columns, rows, Sort, SortKey};
use crate::panels::bind_numbers;
use crate::view_state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

#[function_component(TableView)]
pub fn table_view(p: &TableProps) -> Html {
    let lang = p.lang;
    let model = &p.model;
    let sort = use_state(Sort::default);
    let cols = columns(model);

    let header = |key: SortKey, label: &str| {
        let active = sort.key == key;
        let aria_sort = match (active, sort.ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        };
        let arrow = match (active, sort.ascending) {
            (false, _) => "↕",
            (true, true) => "▲",
            (true, false) => "▼",
        };
        let onclick = {
            let sort = sort.clone();
            let key = key.clone();
            Callback::from(move |_: MouseEvent| sort.set(sort.toggled(key.clone())))
        };
        let numeric = matches!(key, SortKey::Metric(_));
        html! {
            <th scope="col" aria-sort={aria_sort} class={classes!(numeric.then_some("qe-num"))}>
                <button type="button" class="qe-sort" {onclick}
                    title={tf(lang, Key::SortBy, &[("column", &isolate(label))])}>
                    { label.to_string() }<span class="qe-sort-arrow" aria-hidden="true">{ arrow }</span>
                </button>
            </th>
        }
    };

    let body = rows(model, &sort, lang).into_iter().map(|u| {
        let select = {
            let d = p.dispatch.clone();
            let id = u.id.clone();
            Callback::from(move |_: MouseEvent| d.emit(Action::ShowOnMap(id.clone())))
        };
        let started = model.region(&u.id).and_then(|r| r.status.as_ref());
        html! {
            <tr key={u.id.clone()} data-id={u.id.clone()}>
                <th scope="row">
                    <button type="button" class="qe-rowlink" onclick={select}>{ u.names.text(lang) }</button>
                </th>
                { for cols.iter().map(|m| match model.figure(&u.id, &m.id) {
                    Some(f) => html! {
                        <td class="qe-num">
                            <span class="qe-cell-value">{ format::figure(f, m.unit, lang) }</span>
                            <span class="qe-cell-src">
                                <span class="qe-outlet">
                                    { model.source(&f.source).map(|s| s.outlet_in(lang).to_string()).unwrap_or_default() }
                                </span>
                                { ", " }{ bind_numbers(&format::report_date(f.as_of, lang)) }
                            </span>
                        </td>
                    },
                    // A dash keeps the grid scannable; screen readers hear the words.
                    None => html! {
                        <td class="qe-num qe-nr-cell">
                            <span aria-hidden="true">{ "—" }</span>
                            <span class="qe-sr">{ t(lang, Key::NotReported) }</span>
                        </td>
                    },
                }) }
                { match started {
                    Some(s) => html! {
                        // Wraps between words, and in a date only between its parts.
                        <td class="qe-status-cell">
                            { bind_numbers(&tfa(lang, Key::StatusStarted, &[("date", Arg::Date(s.as_of))])) }
                        </td>
                    },
                    None => html! {
                        <td class="qe-nr-cell">
                            <span aria-hidden="true">{ "—" }</span>
                            <span class="qe-sr">{ t(lang, Key::NotReported) }</span>
                        </td>
                    },
                } }
            </tr>
        }
    });

    html! {
        <>
        // Above the scroller, so that it is never cut off when the table is wider than the
        // screen; screen readers have the table's own caption instead.
        <p class="qe-table-note" aria-hidden="true">
            { t(lang, Key::TableCaption) }{ " " }{ t(lang, Key::TableDashNote) }
        </p>
        <div class="qe-table-wrap" tabindex="0" role="region" aria-label={t(lang, Key::TableCaption)}>
            <table class="qe-table">
                <caption class="qe-sr">{ t(lang, Key::TableCaption) }</caption>
                <thead>
                    <tr>
                        { header(SortKey::Name, t(lang, Key::TableRegion)) }
                        { for cols.iter().map(|m| header(SortKey::Metric(m.id.clone()), m.label.text(lang))) }
                        <th scope="col"><span class="qe-th-static">{ t(lang, Key::TableStatus) }</span></th>
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
        </div>
        </>
    }
}
