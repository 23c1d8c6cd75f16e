//! An open pair's texts: the word diff of its two sides in one language, side by side or
//! in line, with search hits marked; where no language has both sides, each side's text as it
//! is, never a stand-in.

use super::pair::pair_title;
use super::version::{db_notes, version_lines};
use crate::compare::diff::{diff_pair, Op, Segment};
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::{Edition, Pair};
use crate::compare::search::highlight;
use crate::components::embedding::use_embedding;
use crate::components::localized::{localized, marker, text_in};
use crate::i18n::compare::{article_label, ct, ctf, CKey};
use crate::i18n::language_phrase;
use crate::lang::Lang;
use crate::view_state::Mode;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PairTextsProps {
    pub model: Rc<CompareModel>,
    pub moved: Rc<MovedIndex>,
    pub lang: Lang,
    /// The language of the texts on screen.
    pub texts: Lang,
    pub pair: Pair,
    pub mode: Mode,
    pub query: String,
    /// The current search hit within this pair, in reading order.
    pub current: Option<usize>,
}

/// An article pair's title for a moved-text note: the other pair's new (or old) article.
fn moved_target(model: &CompareModel, pair_id: &str, lang: Lang) -> String {
    model
        .pair(pair_id)
        .map(|p| pair_title(p, lang))
        .unwrap_or_else(|| pair_id.to_string())
}

/// Renders segments as text with `<ins>`, `<del>` and `<mark>`; `marks` counts search hits
/// across calls so the current one can be flagged.
fn render(
    segs: &[Segment],
    query: &str,
    current: Option<usize>,
    marks: &mut usize,
    model: &CompareModel,
    lang: Lang,
) -> Html {
    let lit = highlight(segs, query);
    html! {
        { for segs.iter().zip(lit).map(|(seg, ranges)| {
            let text = seg.text.as_str();
            let mut parts: Vec<Html> = Vec::new();
            let mut at = 0;
            for (s, e) in ranges {
                if s > at {
                    parts.push(html! { { &text[at..s] } });
                }
                let is_current = current == Some(*marks);
                *marks += 1;
                parts.push(html! {
                    <mark class={classes!(is_current.then_some("is-current"))}>{ &text[s..e] }</mark>
                });
                at = e;
            }
            if at < text.len() {
                parts.push(html! { { &text[at..] } });
            }
            let inner = html! { <>{ for parts }</> };
            match &seg.op {
                Op::Equal => inner,
                Op::Insert => html! {
                    <ins><span class="qe-sr">{ format!("[{}: ", ct(lang, CKey::InsertedText)) }</span>
                        { inner }<span class="qe-sr">{ "]" }</span></ins>
                },
                Op::Delete => html! {
                    <del><span class="qe-sr">{ format!("[{}: ", ct(lang, CKey::DeletedText)) }</span>
                        { inner }<span class="qe-sr">{ "]" }</span></del>
                },
                Op::MovedOut { to } => html! {
                    <>
                        <del class="qe-moved">{ inner }</del>
                        <span class="qe-moved-note">
                            { format!(" ({}) ", ctf(lang, CKey::MovedTo, &[("article", moved_target(model, to, lang).as_str())])) }
                        </span>
                    </>
                },
                Op::MovedIn { from } => html! {
                    <>
                        <ins class="qe-moved">{ inner }</ins>
                        <span class="qe-moved-note">
                            { format!(" ({}) ", ctf(lang, CKey::MovedFrom, &[("article", moved_target(model, from, lang).as_str())])) }
                        </span>
                    </>
                },
                Op::Heading(ed) => html! {
                    <span class="qe-heading-seg">{ article_label(lang, *ed, text) }</span>
                },
            }
        }) }
    }
}

#[function_component(PairTexts)]
pub fn pair_texts(p: &PairTextsProps) -> Html {
    let hx = use_embedding();
    let lang = p.lang;
    let in_lang = p.texts;
    let model = &p.model;
    let pair = &p.pair;
    let diff = {
        let model = model.clone();
        let moved = p.moved.clone();
        let pair = pair.clone();
        use_memo(
            (pair.id.clone(), in_lang, Rc::as_ptr(&model) as usize),
            move |_| {
                diff_pair(&model, &pair, in_lang).map(|mut d| {
                    d.segments = moved.mark(&pair.id, d.segments);
                    d
                })
            },
        )
    };
    let index = model.index();
    let status = |ed: Edition, l: Lang| {
        model
            .edition_texts(ed, l)
            .map(|e| localized(&e.status, lang))
            .unwrap_or_default()
    };

    let mut marks = 0usize;
    match &*diff {
        Some(d) => {
            let shown_note = (d.lang != in_lang).then(|| {
                ctf(
                    lang,
                    CKey::TextsShownIn,
                    &[
                        ("shown", language_phrase(lang, d.lang)),
                        ("wanted", language_phrase(lang, in_lang)),
                    ],
                )
            });
            let column = |ed: Edition, marks: &mut usize| {
                let segs: Vec<Segment> = d
                    .segments
                    .iter()
                    .filter(|s| match &s.op {
                        Op::Heading(e) => *e == ed,
                        _ => s.on_side(ed),
                    })
                    .cloned()
                    .collect();
                let info = index.edition(ed);
                let numbers = pair.side(ed);
                html! {
                    <div class="qe-text" lang={d.lang.code()}>
                        <@{hx.tag(2)} lang={lang.code()}>{ localized(&info.title, lang) }</@>
                        <p class="qe-text-status" lang={lang.code()}>{ status(ed, d.lang) }</p>
                        { version_lines(model, lang, ed, numbers, d.lang) }
                        if numbers.is_empty() {
                            <p class="qe-missing" lang={lang.code()}>{ ct(lang, CKey::NoCounterpart) }</p>
                        } else {
                            <div class="qe-text-body">{ render(&segs, &p.query, p.current, marks, model, lang) }</div>
                        }
                        { db_notes(model, lang, ed, numbers, d.lang, numbers.len() > 1) }
                    </div>
                }
            };
            let texts = match p.mode {
                Mode::SideBySide => {
                    let old = column(Edition::Old, &mut marks);
                    let new = column(Edition::New, &mut marks);
                    html! { <div class="qe-texts is-side">{ old }{ new }</div> }
                }
                Mode::Inline => {
                    // The title already names a one-to-one pair's articles.
                    let one_to_one = pair.old.len() <= 1 && pair.new.len() <= 1;
                    let segs: Vec<Segment> = d
                        .segments
                        .iter()
                        .filter(|s| !(one_to_one && matches!(s.op, Op::Heading(_))))
                        .cloned()
                        .collect();
                    html! {
                        <div class="qe-texts is-inline">
                            <div class="qe-text" lang={d.lang.code()}>
                                <p class="qe-text-status" lang={lang.code()}>
                                    <span class="qe-key-del">{ text_in(&index.old.title, lang) }</span>{ marker(&index.old.title, lang) }{ ": " }{ status(Edition::Old, d.lang) }
                                </p>
                                { version_lines(model, lang, Edition::Old, &pair.old, d.lang) }
                                <p class="qe-text-status" lang={lang.code()}>
                                    <span class="qe-key-ins">{ text_in(&index.new.title, lang) }</span>{ marker(&index.new.title, lang) }{ ": " }{ status(Edition::New, d.lang) }
                                </p>
                                { version_lines(model, lang, Edition::New, &pair.new, d.lang) }
                                <div class="qe-text-body">
                                    { render(&segs, &p.query, p.current, &mut marks, model, lang) }
                                </div>
                                { db_notes(model, lang, Edition::Old, &pair.old, d.lang, true) }
                                { db_notes(model, lang, Edition::New, &pair.new, d.lang, true) }
                            </div>
                        </div>
                    }
                }
            };
            // Where the diff is in another language, a text in the reader's texts language (such
            // as the unofficial English translation of 1995) is offered beside it, labelled.
            let mut own_texts = Vec::new();
            if d.lang != in_lang {
                for (ed, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
                    for n in numbers.iter() {
                        if let Some((text, l)) =
                            model.text(ed, n, in_lang).filter(|(_, l)| *l == in_lang)
                        {
                            let article = article_label(lang, ed, n);
                            own_texts.push(html! {
                                <details class="qe-other-text">
                                    <summary>{ ctf(lang, CKey::OtherText, &[
                                        ("article", article.as_str()),
                                        ("lang", language_phrase(lang, l)),
                                    ]) }</summary>
                                    <p class="qe-text-status">{ status(ed, l) }</p>
                                    <div class="qe-text-body" lang={l.code()}>{ text }</div>
                                </details>
                            });
                        }
                    }
                }
            }
            html! {
                <>
                    if let Some(n) = shown_note {
                        <p class="qe-pair-note">{ n }</p>
                    }
                    <p class="qe-pair-note">{ ct(lang, CKey::DiffLegend) }</p>
                    { texts }
                    { for own_texts }
                </>
            }
        }
        // No language has both sides: show whatever text each side has, never a stand-in.
        None => {
            let side = |ed: Edition, numbers: &[String]| {
                let info = index.edition(ed);
                html! {
                    <div class="qe-text">
                        <@{hx.tag(2)}>{ localized(&info.title, lang) }</@>
                        if numbers.is_empty() {
                            <p class="qe-missing">{ ct(lang, CKey::NoCounterpart) }</p>
                        }
                        { for numbers.iter().map(|n| match model.text(ed, n, in_lang) {
                            Some((text, l)) => html! {
                                <div class="qe-text-body" lang={l.code()}>{ text }</div>
                            },
                            None => html! {
                                <p class="qe-missing">
                                    { article_label(lang, ed, n) }
                                    { ": " }{ ct(lang, CKey::TextMissing) }
                                </p>
                            },
                        }) }
                    </div>
                }
            };
            html! {
                <div class="qe-texts is-side">
                    { side(Edition::Old, &pair.old) }
                    { side(Edition::New, &pair.new) }
                </div>
            }
        }
    }
}
