//! Under each side of an open pair: which version of its edition the text is (the wording's
//! date, the redaction copied, points worded from the database's notes), and the legal
//! database's own notes on its articles, labelled as such and never part of the text.

use crate::compare::model::CompareModel;
use crate::compare::pack::Edition;
use crate::compare::version::{shown_notes, side_version};
use crate::i18n::compare::{article_label, vt, VKey};
use crate::lang::Lang;
use yew::prelude::*;

fn code(ed: Edition) -> &'static str {
    match ed {
        Edition::Old => "old",
        Edition::New => "new",
    }
}

/// The version lines of one side shown in `texts`, in the interface language `ui`; nothing
/// for a side without a text in it.
pub fn version_lines(
    model: &CompareModel,
    ui: Lang,
    edition: Edition,
    numbers: &[String],
    texts: Lang,
) -> Html {
    let Some(v) = side_version(model, edition, numbers, texts) else {
        return Html::default();
    };
    html! {
        <p class="qe-text-version" lang={ui.code()} data-edition={code(edition)}>
            { for v.lines(ui).into_iter().map(|l| html! { <span>{ l }</span> }) }
        </p>
    }
}

/// The database's notes on one side's articles in `texts`, collapsed under a label that says
/// they are not constitutional text; each note in its own language, as text. `named`: each
/// note says its article (a side of several articles, or both sides inline).
pub fn db_notes(
    model: &CompareModel,
    ui: Lang,
    edition: Edition,
    numbers: &[String],
    texts: Lang,
    named: bool,
) -> Html {
    let items: Vec<Html> = numbers
        .iter()
        .flat_map(|n| {
            let label = named.then(|| format!("{}: ", article_label(ui, edition, n)));
            shown_notes(model, edition, n, texts)
                .into_iter()
                .map(move |note| {
                    html! {
                        <li>
                            if let Some(l) = &label {
                                <span class="qe-db-note-article" lang={ui.code()}>{ l }</span>
                            }
                            <span lang={texts.code()}>{ &note.text }</span>
                        </li>
                    }
                })
        })
        .collect();
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <details class="qe-db-notes" data-edition={code(edition)}>
            <summary lang={ui.code()}>{ vt(ui, VKey::DbNotes) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}
