//! What changed since the pack the editor started from, figure by figure, in words to paste
//! into the article's correction note.

use crate::content::Geo;
use crate::editor::diff::{added_sources, figures};
use crate::editor::{figure_text, text_in, Scope};
use crate::i18n::editor::{et, EKey};
use crate::i18n::{fill, t, Key};
use crate::lang::Lang;
use serde_json::Value;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChangesProps {
    pub base: Rc<Value>,
    pub pack: Rc<Value>,
    pub geo: Rc<Geo>,
    pub lang: Lang,
}

/// "130+ (13 February 2026, AstanaTV)": a figure with its date and its source's outlet.
fn described(pack: &Value, f: &Value, lang: Lang) -> String {
    let source = (pack["sources"].as_array().into_iter().flatten())
        .find(|s| s["id"] == f["source"])
        .and_then(|s| s["outlet"].as_str())
        .unwrap_or_else(|| f["source"].as_str().unwrap_or_default());
    let as_of = f["as_of"].as_str().unwrap_or_default();
    let date = crate::content::ReportDate::parse(as_of)
        .map(|d| crate::format::report_date(d, lang))
        .unwrap_or_else(|_| as_of.to_string());
    format!("{} ({date}, {source})", figure_text(pack, f, lang))
}

#[function_component(Changes)]
pub fn changes(p: &ChangesProps) -> Html {
    let lang = p.lang;
    let list = figures(&p.base, &p.pack);
    let scope_name = |s: &Scope| match s {
        Scope::Region(id) => p
            .geo
            .unit(id)
            .map_or(id.clone(), |u| u.names.text(lang).to_string()),
        Scope::National => t(lang, Key::NationalHeading).to_string(),
        Scope::Outcome => t(lang, Key::OutcomeHeading).to_string(),
    };
    let metric_name = |id: &str| {
        (p.pack["metrics"].as_array().into_iter().flatten())
            .find(|m| m["id"] == id)
            .map(|m| text_in(&m["label"], lang).to_string())
            .unwrap_or_else(|| id.to_string())
    };
    let items = list.iter().map(|c| {
        let what = format!("{}, {}: ", scope_name(&c.scope), metric_name(&c.metric));
        let change = match (&c.before, &c.after) {
            (Some(b), Some(a)) => format!(
                "{} → {}",
                described(&p.base, b, lang),
                described(&p.pack, a, lang)
            ),
            (None, Some(a)) => format!(
                "{} ({})",
                described(&p.pack, a, lang),
                et(lang, EKey::ChangeNew)
            ),
            (Some(b), None) => format!(
                "{} → {}",
                described(&p.base, b, lang),
                et(lang, EKey::ChangeRemoved)
            ),
            (None, None) => String::new(),
        };
        html! { <li>{ what }{ change }</li> }
    });
    let sources = added_sources(&p.base, &p.pack);
    html! {
        <section class="ed-changes" aria-labelledby="ed-changes-title">
            <h2 id="ed-changes-title">{ et(lang, EKey::Changes) }</h2>
            if list.is_empty() {
                <p>{ et(lang, EKey::NoChanges) }</p>
            } else {
                <ul class="ed-change-list">{ for items }</ul>
            }
            if !sources.is_empty() {
                <p>{ fill(et(lang, EKey::SourcesAdded), &[("list", &sources.join(", "))]) }</p>
            }
        </section>
    }
}
