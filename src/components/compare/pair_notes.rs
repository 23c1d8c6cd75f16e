//! The desk's notes on an article pair: what a list item is about, and in the open pair the
//! editorial summary with the points it cites, the 1995 text the new article also draws on
//! (shown in place, with a way to that article's own pair), where else this pair's 1995 text
//! went, and the reviewer's reason.

use super::pair::pair_title;
use crate::compare::model::CompareModel;
use crate::compare::pack::{CompareReasons, Edition, Pair};
use crate::compare::pair_notes::{about, cited_text, continued_in, pair_of_old, places};
use crate::components::localized::localized;
use crate::i18n::compare::{ct, ctf, vt, CKey, VKey};
use crate::i18n::language_phrase;
use crate::lang::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// A list item's subject and the first sentence of its summary, in the reader's language
/// only (never a summary in another language under a title in this one).
pub fn list_about(pair: &Pair, lang: Lang) -> Html {
    let (subject, gist) = about(pair, lang);
    html! {
        <>
            if let Some(s) = subject {
                <span class="qe-article-subject">{ s }</span>
            }
            if let Some(g) = gist {
                <span class="qe-article-gist">{ g }</span>
            }
        </>
    }
}

/// "Open 1995 Art. 91 → 2026 Art. 92, 93": opens `target`.
fn open_button(target: &Pair, lang: Lang, on_open: &Callback<String>) -> Html {
    let (on_open, id) = (on_open.clone(), target.id.clone());
    let label = ctf(lang, CKey::OpenPair, &[("pair", &pair_title(target, lang))]);
    html! {
        <button type="button" class="qe-also-open" data-pair={id.clone()}
            onclick={move |_| on_open.emit(id.clone())}>{ label }</button>
    }
}

/// The reviewers' reasons for the pairings, kept out of the index and fetched when a pair
/// first opens (`CompareIndex::reasons`).
#[derive(Clone, Debug)]
pub enum Reasons {
    /// The pack has no reasons file.
    Absent,
    /// Not fetched yet, or on its way.
    Loading,
    Ready(Rc<CompareReasons>),
    Failed,
}

impl PartialEq for Reasons {
    fn eq(&self, other: &Reasons) -> bool {
        match (self, other) {
            (Reasons::Ready(a), Reasons::Ready(b)) => Rc::ptr_eq(a, b),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PairNotesProps {
    pub model: Rc<CompareModel>,
    pub pair: Pair,
    pub lang: Lang,
    pub reasons: Reasons,
    /// Opens another pair (a secondary source's own pair).
    pub on_open: Callback<String>,
}

#[function_component(PairNotes)]
pub fn pair_notes(p: &PairNotesProps) -> Html {
    let hx = crate::components::embedding::use_embedding();
    let (lang, model, pair) = (p.lang, &p.model, &p.pair);
    let summary = pair.summary.as_ref().map(|s| {
        let cited: Vec<String> = places(model, lang, Edition::Old, &pair.old, &s.old_points)
            .into_iter()
            .chain(places(model, lang, Edition::New, &pair.new, &s.new_points))
            .collect();
        let date = model
            .source(&s.source)
            .map(|src| format!(" {}", crate::format::report_date(src.date, lang)));
        html! {
            <div class="qe-summary-box">
                <@{hx.tag(2)}>{ ct(lang, CKey::SummaryHeading) }</@>
                <p class="qe-desk-label">{ ct(lang, CKey::DeskSummary) }{ date.unwrap_or_default() }</p>
                <p>{ localized(&s.text, lang) }</p>
                if !cited.is_empty() {
                    <p class="qe-desk-cites">
                        { ctf(lang, CKey::SummaryCites, &[("places", &cited.join("; "))]) }
                    </p>
                }
            </div>
        }
    });
    let also = pair.also.iter().map(|a| {
        let old = places(model, lang, Edition::Old, std::slice::from_ref(&a.old), &a.points);
        let new = places(model, lang, Edition::New, &pair.new, &a.new_points);
        let line = ctf(
            lang,
            CKey::AlsoDrawsOn,
            &[("new", &new.join("; ")), ("old", &old.join("; "))],
        );
        let text = cited_text(model, lang, &a.old, &a.points);
        // The 1995 edition the text is from, and its language where it is not the reader's.
        let from = text.as_ref().map(|(_, l)| {
            let title = localized(&model.index().old.title, lang);
            if *l == lang {
                title
            } else {
                html! { <>{ title }{ format!(" ({})", language_phrase(lang, *l)) }</> }
            }
        });
        html! {
            <details class="qe-also-item" data-old={a.old.clone()}>
                <summary>{ line }</summary>
                if let (Some((text, l)), Some(from)) = (text, from) {
                    <p class="qe-desk-label">{ from }</p>
                    <div class="qe-text-body" lang={l.code()}>{ text }</div>
                }
                { for pair_of_old(model, &a.old).map(|target| open_button(target, lang, &p.on_open)) }
            </details>
        }
    });
    // This pair's old text that other pairs record as a secondary source.
    let went = continued_in(model, pair);
    let out = went.iter().map(|(other, a)| {
        let old = places(
            model,
            lang,
            Edition::Old,
            std::slice::from_ref(&a.old),
            &a.points,
        );
        let new = places(model, lang, Edition::New, &other.new, &a.new_points);
        let line = ctf(
            lang,
            CKey::AlsoContinues,
            &[("old", &old.join("; ")), ("new", &new.join("; "))],
        );
        html! {
            <li class="qe-also-out-item" data-pair={other.id.clone()}>
                <p>{ line }</p>
                { open_button(other, lang, &p.on_open) }
            </li>
        }
    });
    // Closed at first, the disclosure is drawn before the reasons arrive: nothing moves.
    let status =
        |key: VKey| html! { <p class="qe-reason-status" role="status">{ vt(lang, key) }</p> };
    let reason = match &p.reasons {
        Reasons::Absent => None,
        Reasons::Loading => Some(status(VKey::ReasonLoading)),
        Reasons::Failed => Some(status(VKey::ReasonFailed)),
        Reasons::Ready(r) => r
            .reasons
            .get(&pair.id)
            .map(|r| html! { <p>{ localized(r, lang) }</p> }),
    };
    html! {
        <>
            { for summary }
            if !pair.also.is_empty() {
                <div class="qe-also">
                    <@{hx.tag(2)}>{ ct(lang, CKey::AlsoHeading) }</@>
                    { for also }
                </div>
            }
            if !went.is_empty() {
                <div class="qe-also">
                    <@{hx.tag(2)}>{ ct(lang, CKey::AlsoOutHeading) }</@>
                    <ul class="qe-also-out">{ for out }</ul>
                </div>
            }
            if let Some(body) = reason {
                <details class="qe-reason">
                    <summary>{ ct(lang, CKey::ReasonHeading) }</summary>
                    { body }
                </details>
            }
        </>
    }
}
