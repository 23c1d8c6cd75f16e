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
