//! A title, label or description from the pack as the reader gets it: in their language, or,
//! where the pack has none, in the nearest one that it has, which the widget then names
//! ("Участники (in Russian)") rather than pass it off as the reader's.

use crate::content::Localized;
use crate::i18n::language_phrase;
use crate::lang::Lang;
use yew::prelude::*;

pub fn localized(text: &Localized, lang: Lang) -> Html {
    match text.get(lang) {
        Some((s, shown)) if shown != lang => html! {
            <>
                <span lang={shown.code()}>{ s }</span>
                <span class="qe-lang-shown">{ format!(" ({})", language_phrase(lang, shown)) }</span>
            </>
        },
        Some((s, _)) => html! { s },
        None => html! {},
    }
}

/// [`localized`] in two halves, for a place that keeps the marker apart, such as the
/// redline's key, whose strike-through belongs to the title only: the text, in an element
/// that says its language where that is not the reader's…
pub fn text_in(text: &Localized, lang: Lang) -> Html {
    match text.get(lang) {
        Some((s, shown)) if shown != lang => html! { <span lang={shown.code()}>{ s }</span> },
        Some((s, _)) => html! { s },
        None => html! {},
    }
}

/// …and " (in Russian)" after it where it is in another language; nothing else.
pub fn marker(text: &Localized, lang: Lang) -> Html {
    match text.get(lang) {
        Some((_, shown)) if shown != lang => html! {
            <span class="qe-lang-shown">{ format!(" ({})", language_phrase(lang, shown)) }</span>
        },
        _ => html! {},
    }
}

/// The same as plain text, for where no element can go (a list box's options).
pub fn localized_text(text: &Localized, lang: Lang) -> String {
    match text.get(lang) {
        Some((s, shown)) if shown != lang => format!("{s} ({})", language_phrase(lang, shown)),
        Some((s, _)) => s.to_string(),
        None => String::new(),
    }
}
