//! The widget itself beside the editor's form: the real `App`, given the edited pack as a
//! `?pack=` address, in the language and view the editor picks.

use crate::app::App;
use crate::embed::Options;
use crate::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// What the preview shows: the map, the table, or the panel of the unit being edited alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PreviewView {
    Map,
    Table,
    Panel,
}

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The last pack without errors, as a `blob:` address.
    pub pack: AttrValue,
    pub lang: Lang,
    pub view: PreviewView,
    pub region: Option<String>,
    pub metric: Option<String>,
}

#[function_component(Preview)]
pub fn preview(p: &PreviewProps) -> Html {
    // The comparison is left out: it has nothing from the pack.
    let (view, sections) = match (p.view, &p.region) {
        (PreviewView::Panel, Some(_)) => ("map", "panel"),
        (PreviewView::Table, _) => ("table", "map,panel,table,national,result,timeline"),
        _ => ("map", "map,panel,table,national,result,timeline"),
    };
    let mut pairs = vec![
        ("view".to_string(), view.to_string()),
        ("sections".into(), sections.into()),
        ("lang".into(), p.lang.code().into()),
        ("heading".into(), "3".into()),
        ("pack".into(), p.pack.to_string()),
    ];
    if let Some(r) = &p.region {
        pairs.push(("region".into(), r.clone()));
    }
    if let Some(m) = &p.metric {
        pairs.push(("metric".into(), m.clone()));
    }
    let (options, _) = Options::parse(&pairs, &|k| k.to_string());
    // A new view, language or unit starts the widget afresh, as a reader's link would; a new
    // pack alone reaches the running widget, which reloads it.
    let key = format!(
        "{view}/{sections}/{}/{:?}/{:?}",
        p.lang.code(),
        p.region,
        p.metric
    );
    html! {
        <App {key} options={Rc::new(options)} lang={p.lang} sync_url={false} prefix="" />
    }
}
