//! Which language each side of a pair is shown in, for the texts language a reader chose
//! (independently of the interface's), and what to offer when that language's texts fail to
//! load. Pure: the Compare view and its search both follow it, so what is searched is what is
//! on screen.

use super::model::CompareModel;
use super::pack::{CompareIndex, Edition, Pair};
use crate::lang::Lang;

/// How a pair's two sides are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Both sides in one language, word differences marked.
    Diff(Lang),
    /// Each side in a language of its own, not diffed: the 1995 text in the chosen language
    /// (the unofficial English translation), the 2026 one in the nearest language that has it
    /// (Russian), never a translation made up for it.
    Apart { old: Lang, new: Lang },
}

impl Shown {
    /// The language `edition`'s side is in.
    pub fn side(self, edition: Edition) -> Lang {
        match (self, edition) {
            (Shown::Diff(l), _) => l,
            (Shown::Apart { old, .. }, Edition::Old) => old,
            (Shown::Apart { new, .. }, Edition::New) => new,
        }
    }
}

/// The first of `texts.fallbacks()` in which every article of one side has a text (an empty
/// side has every language).
fn side_language(
    model: &CompareModel,
    edition: Edition,
    numbers: &[String],
    texts: Lang,
) -> Option<Lang> {
    texts
        .fallbacks()
        .into_iter()
        .find(|&l| model.side_texts(edition, numbers, l).is_some())
}

/// How `pair` is shown to a reader who chose texts in `texts`: diffed in that language when it
/// has both sides, else each side in its own nearest language. Where both land on one language
/// (a new article, shown in Russian to an English reader), that one is diffed: a side in
/// `texts` is never swapped for another just so that a diff can be drawn. `None` when a side
/// has no text in any language.
pub fn shown(model: &CompareModel, pair: &Pair, texts: Lang) -> Option<Shown> {
    let old = side_language(model, Edition::Old, &pair.old, texts)?;
    let new = side_language(model, Edition::New, &pair.new, texts)?;
    // An empty side is in whatever language the other one is.
    let (old, new) = match (pair.old.is_empty(), pair.new.is_empty()) {
        (true, _) => (new, new),
        (_, true) => (old, old),
        _ => (old, new),
    };
    Some(if old == new {
        Shown::Diff(old)
    } else {
        Shown::Apart { old, new }
    })
}

/// The texts language to offer when `failed`'s file could not be loaded for a reader who
/// wanted texts in `wanted`: the interface language, else the next of `wanted`'s fallbacks,
/// whichever first has both editions in a file other than `failed`'s.
pub fn fallback(index: &CompareIndex, wanted: Lang, failed: Lang, interface: Lang) -> Option<Lang> {
    let both = |l: Lang| {
        index.texts.iter().any(|f| {
            f.language == l
                && f.editions.contains(&Edition::Old)
                && f.editions.contains(&Edition::New)
        })
    };
    std::iter::once(interface)
        .chain(wanted.fallbacks())
        .find(|&l| l != wanted && l != failed && both(l))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support;
    use crate::compare::test_support::model;

    #[test]
    fn english_shows_1995_in_english_and_2026_in_russian() {
        let m = model();
        let p = |id| m.pair(id).unwrap();
        // Old 1 has an English text, new 1 has none: each side in its own language.
        assert_eq!(
            shown(&m, p("o1-n1"), Lang::En),
            Some(Shown::Apart {
                old: Lang::En,
                new: Lang::Ru
            })
        );
        assert_eq!(
            shown(&m, p("o1-n1"), Lang::En).unwrap().side(Edition::New),
            Lang::Ru
        );
        // Old 3 has no English text: both sides in Russian, diffed.
        assert_eq!(shown(&m, p("o3-n3"), Lang::En), Some(Shown::Diff(Lang::Ru)));
        // A new article has nothing in English to keep: diffed in Russian.
        assert_eq!(shown(&m, p("n4"), Lang::En), Some(Shown::Diff(Lang::Ru)));
        // Russian has both sides of everything.
        for pair in &m.index().pairs {
            assert_eq!(
                shown(&m, pair, Lang::Ru),
                Some(Shown::Diff(Lang::Ru)),
                "{}",
                pair.id
            );
        }
        // Kazakh is missing here: Russian, diffed, as the nearest.
        assert_eq!(shown(&m, p("o1-n1"), Lang::Kk), Some(Shown::Diff(Lang::Ru)));
    }

    #[test]
    fn no_texts_nothing_shown() {
        let bare = CompareModel::build(&test_support::index().to_string(), &[]).unwrap();
        assert_eq!(shown(&bare, bare.pair("o1-n1").unwrap(), Lang::Ru), None);
    }

    #[test]
    fn fallback_offers_another_language_with_both_editions() {
        let index =
            crate::compare::validate::parse_index(include_str!("../../content/compare/index.json"))
                .unwrap();
        // A Kazakh reader whose Kazakh texts fail: Russian.
        assert_eq!(
            fallback(&index, Lang::Kk, Lang::Kk, Lang::Kk),
            Some(Lang::Ru)
        );
        // A Russian reader who chose Kazakh texts: back to Russian, the interface's.
        assert_eq!(
            fallback(&index, Lang::Kk, Lang::Kk, Lang::Ru),
            Some(Lang::Ru)
        );
        assert_eq!(
            fallback(&index, Lang::Ru, Lang::Ru, Lang::Ru),
            Some(Lang::Kk)
        );
        // English needs the Russian file too; if that fails, Kazakh (English has one edition).
        assert_eq!(
            fallback(&index, Lang::En, Lang::Ru, Lang::En),
            Some(Lang::Kk)
        );
        assert_eq!(
            fallback(&index, Lang::En, Lang::En, Lang::En),
            Some(Lang::Ru)
        );
        assert_eq!(
            fallback(&index, Lang::Kk, Lang::Kk, Lang::En),
            Some(Lang::Ru)
        );
    }
}
