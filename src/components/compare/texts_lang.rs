//! The language of the Compare view's texts, chosen apart from the interface's: the switch
//! ("Texts in: Қазақша / Русский / English"), what it says while a language's texts load or
//! when they fail to, and a pair whose two sides are in different languages (an English
//! reader's 1995 text in English beside the 2026 one in Russian).

use super::version::{db_notes, version_lines};
use crate::compare::languages::Shown;
use crate::compare::model::CompareModel;
use crate::compare::pack::{Edition, Pair};
use crate::compare::search::find;
use crate::components::embedding::use_embedding;
use crate::components::localized::localized;
use crate::i18n::compare::{article_label, tt, ttf, TKey};
use crate::i18n::language_phrase;
use crate::lang::Lang;
use crate::net::FetchError;
use crate::view_state::{Action, Mode};
use std::rc::Rc;
use yew::prelude::*;

/// Texts of one language that could not be loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct TextsFailure {
    pub lang: Lang,
    /// What failed, for the console and the widget (in English, as code).
    pub message: String,
    /// The fetch that failed, if that was it: a late file has a sentence in the reader's
    /// language.
    pub fetch: Option<FetchError>,
    /// Another texts language the reader can fall back to.
    pub fallback: Option<Lang>,
}

/// The reader's texts language and where its loading is.
#[derive(Clone, PartialEq)]
pub struct TextsChoice {
    /// The language asked for (the URL's `texts`, else the interface's).
    pub wanted: Lang,
    /// The language of the texts on screen (the last that loaded); `None` before any has.
    pub shown: Option<Lang>,
    /// The languages the comparison has texts in.
    pub offered: Vec<Lang>,
    pub failure: Option<TextsFailure>,
    /// Loads the wanted language again after a failure.
    pub retry: Callback<()>,
}

/// The action that shows texts in `l`: the interface language is the default, left out of
/// the URL.
pub fn set_texts(l: Lang, interface: Lang) -> Action {
    Action::SetTexts((l != interface).then_some(l))
}

#[derive(Properties, PartialEq)]
pub struct TextsLangProps {
    pub lang: Lang,
    pub choice: TextsChoice,
    pub dispatch: Callback<Action>,
}

#[function_component(TextsLang)]
pub fn texts_lang(p: &TextsLangProps) -> Html {
    let lang = p.lang;
    let c = &p.choice;
    let label = tt(lang, TKey::TextsLabel);
    let phrase = |l: Lang| language_phrase(lang, l);
    let loading = c.failure.is_none() && c.shown != Some(c.wanted);
    let button = |l: Lang| {
        let d = p.dispatch.clone();
        html! {
            <button type="button" class="qe-seg" lang={l.code()} data-texts={l.code()}
                aria-pressed={(c.wanted == l).to_string()}
                onclick={move |_| d.emit(set_texts(l, lang))}>{ l.endonym() }</button>
        }
    };
    let failure = c.failure.as_ref().map(|f| {
        let retry = c.retry.clone();
        let fallback = f.fallback.map(|l| {
            let d = p.dispatch.clone();
            html! {
                <button type="button" class="qe-btn" data-fallback={l.code()}
                    onclick={move |_| d.emit(set_texts(l, lang))}>
                    { ttf(lang, TKey::TextsFallback, &[("lang", phrase(l))]) }
                </button>
            }
        });
        html! {
            <div class="qe-error qe-texts-error" role="alert">
                <p><strong>{ ttf(lang, TKey::TextsFailed, &[("lang", phrase(f.lang))]) }</strong></p>
                if let Some(m) = f.fetch.as_ref().and_then(|e| e.message(lang)) {
                    <p>{ m }</p>
                }
                <p lang="en"><code>{ &f.message }</code></p>
                <p class="qe-texts-actions">
                    <button type="button" class="qe-btn" data-retry=""
                        onclick={move |_| retry.emit(())}>{ tt(lang, TKey::TextsRetry) }</button>
                    { for fallback }
                </p>
            </div>
        }
    });
    html! {
        <div class="qe-texts-lang" aria-busy={loading.then_some("true")}>
            <span class="qe-texts-lang-label" aria-hidden="true">{ label }</span>
            <div class="qe-segmented" role="group" aria-label={label}>
                { for c.offered.iter().map(|&l| button(l)) }
            </div>
            <span class="qe-texts-status" role="status">
                if loading {
                    { ttf(lang, TKey::TextsLoading, &[("lang", phrase(c.wanted))]) }
                }
            </span>
            { for failure }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ApartProps {
    pub model: Rc<CompareModel>,
    pub lang: Lang,
    pub pair: Pair,
    /// The texts language the reader chose.
    pub texts: Lang,
    pub shown: Shown,
    pub mode: Mode,
    pub query: String,
    /// The current search hit within this pair, in reading order.
    pub current: Option<usize>,
    pub dispatch: Callback<Action>,
}

/// A pair whose sides are in two languages: each side's text as it is, labelled with its
/// language, search hits marked in the order the search found them (old side first), and no
/// word differences, which two languages cannot have; a way to the diff in the 2026 side's
/// language.
#[function_component(ApartTexts)]
pub fn apart_texts(p: &ApartProps) -> Html {
    let hx = use_embedding();
    let (lang, model, pair) = (p.lang, &p.model, &p.pair);
    let index = model.index();
    let mut marks = 0usize;
    let mut column = |ed: Edition, numbers: &[String]| {
        let l = p.shown.side(ed);
        let info = index.edition(ed);
        let status = model
            .edition_texts(ed, l)
            .map(|e| localized(&e.status, lang))
            .unwrap_or_default();
        let said = if l == p.texts {
            ttf(lang, TKey::SideIn, &[("lang", language_phrase(lang, l))])
        } else {
            ttf(
                lang,
                TKey::SideInstead,
                &[
                    ("shown", language_phrase(lang, l)),
                    ("wanted", language_phrase(lang, p.texts)),
                ],
            )
        };
        let several = numbers.len() > 1;
        let body: Vec<Html> = numbers
            .iter()
            .filter_map(|n| {
                let (text, _) = model.text(ed, n, l)?;
                let mut parts: Vec<Html> = Vec::new();
                if several {
                    parts.push(html! {
                        <span class="qe-heading-seg">{ article_label(lang, ed, n) }</span>
                    });
                }
                let mut at = 0;
                for (s, e) in find(text, &p.query) {
                    parts.push(html! { { &text[at..s] } });
                    let current = p.current == Some(marks);
                    marks += 1;
                    parts.push(html! {
                        <mark class={classes!(current.then_some("is-current"))}>{ &text[s..e] }</mark>
                    });
                    at = e;
                }
                parts.push(html! { { &text[at..] } });
                Some(html! { <>{ for parts }</> })
            })
            .collect();
        html! {
            <div class="qe-text" lang={l.code()} data-edition={if ed == Edition::Old { "old" } else { "new" }}>
                <@{hx.tag(2)} lang={lang.code()}>{ localized(&info.title, lang) }</@>
                <p class="qe-text-lang" lang={lang.code()}>{ said }</p>
                <p class="qe-text-status" lang={lang.code()}>{ status }</p>
                { version_lines(model, lang, ed, numbers, l) }
                <div class="qe-text-body">{ for body }</div>
                { db_notes(model, lang, ed, numbers, l, several) }
            </div>
        }
    };
    let old = column(Edition::Old, &pair.old);
    let new = column(Edition::New, &pair.new);
    let diff_lang = p.shown.side(Edition::New);
    let to_diff = {
        let d = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(set_texts(diff_lang, lang)))
    };
    let layout = if p.mode == Mode::Inline {
        "is-inline"
    } else {
        "is-side"
    };
    html! {
        <>
            <p class="qe-pair-note">
                { tt(lang, TKey::ApartNote) }{ " " }
                <button type="button" class="qe-btn qe-to-diff" data-texts={diff_lang.code()} onclick={to_diff}>
                    { ttf(lang, TKey::DiffIn, &[("lang", language_phrase(lang, diff_lang))]) }
                </button>
            </p>
            <div class={classes!("qe-texts", "is-apart", layout)}>{ old }{ new }</div>
        </>
    }
}
