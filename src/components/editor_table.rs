//! The editor's table of figures: units down, metrics across, each cell the figure with its
//! qualifier (or "not reported"), a button that opens the cell's form.

use crate::content::Geo;
use crate::editor::{figure_text, figures, figures_path, find_figure, text_in, Report, Scope};
use crate::i18n::editor::{et, EKey};
use crate::lang::Lang;
use serde_json::Value;
use std::rc::Rc;
use yew::prelude::*;

/// The figure a form edits: a unit's figure for a metric, or one of the nationwide or result
/// figures by its place.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub scope: Scope,
    pub metric: String,
    /// For the nationwide and result lists, which hold several reports of one metric.
    pub index: Option<usize>,
}

#[derive(Properties, PartialEq)]
pub struct FigureTableProps {
    pub pack: Rc<Value>,
    pub report: Rc<Report>,
    pub geo: Rc<Geo>,
    pub lang: Lang,
    pub selected: Option<Cell>,
    pub on_select: Callback<Cell>,
}

#[function_component(FigureTable)]
pub fn figure_table(p: &FigureTableProps) -> Html {
    let lang = p.lang;
    let metrics: Vec<(String, String)> = (p.pack["metrics"].as_array().into_iter().flatten())
        .map(|m| {
            let id = m["id"].as_str().unwrap_or_default().to_string();
            let label = text_in(&m["label"], lang);
            (id.clone(), if label.is_empty() { id } else { label.into() })
        })
        .collect();
    let rows = p.geo.units.iter().map(|u| {
        let scope = Scope::Region(u.id.clone());
        let cells = metrics.iter().map(|(id, _)| {
            let index = find_figure(&p.pack, &scope, id);
            let cell = Cell { scope: scope.clone(), metric: id.clone(), index: None };
            let at = (figures_path(&p.pack, &scope), index);
            let wrong = matches!(at, (Some(path), Some(i)) if !p.report.at(&format!("{path}[{i}]")).is_empty());
            let text = index.map(|i| figure_text(&p.pack, &figures(&p.pack, &scope)[i], lang));
            let pressed = p.selected.as_ref() == Some(&cell);
            let onclick = {
                let on = p.on_select.clone();
                let cell = cell.clone();
                Callback::from(move |_: MouseEvent| on.emit(cell.clone()))
            };
            html! {
                <td class={classes!(wrong.then_some("is-wrong"), text.is_none().then_some("is-empty"))}>
                    <button type="button" class="ed-cell" aria-pressed={pressed.to_string()} {onclick}
                        data-cell={format!("{}/{id}", u.id)}>
                        if let Some(t) = text {
                            { t }
                        } else {
                            <span aria-hidden="true">{ "—" }</span>
                            <span class="ed-sr">{ et(lang, EKey::NotReported) }</span>
                        }
                        if wrong { <span class="ed-mark" aria-hidden="true">{ " !" }</span> }
                    </button>
                </td>
            }
        });
        html! {
            <tr>
                <th scope="row">{ u.names.text(lang) }</th>
                { for cells }
            </tr>
        }
    });
    html! {
        <div class="ed-table-wrap" role="region" aria-labelledby="ed-table-caption" tabindex="0">
            <table class="ed-table">
                <caption id="ed-table-caption">{ et(lang, EKey::TableCaption) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ et(lang, EKey::UnitColumn) }</th>
                        { for metrics.iter().map(|(_, label)| html! { <th scope="col">{ label.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
