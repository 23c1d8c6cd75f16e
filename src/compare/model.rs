//! The validated comparison: the index joined with the article texts of each language, and the
//! kind of every pair, decided once at build time. Immutable; the views share it read-only.

use super::kind::Kind;
use super::pack::{
    ArticleRef, CompareIndex, CompareTexts, Edition, EditionTexts, FromNotes, Note, Pair,
};
use super::tokenize::eq_ignoring_whitespace;
use super::validate;
use crate::content::{Localized, PackError, PartialDate, Source};
use crate::lang::Lang;

/// The languages a one-to-one pair's kind is decided in, first that has both texts wins: the
/// two official languages first, since independent translations of one unchanged text may
/// still differ in wording. Russian before Kazakh: the 2026 Kazakh text rewords a few
/// articles whose Russian text is the same word for word (1995 Art. 78, 2026 Art. 79: "хақысы
/// жоқ" → "құқығы жоқ", both "has no right"), an editorial change of the translation, not of
/// the law; [`CompareModel::reworded`] names those languages.
const KIND_LANGS: [Lang; 3] = [Lang::Ru, Lang::Kk, Lang::En];

/// Which wording of an article a reader is looking at, in one language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextVersion<'a> {
    /// The date whose wording the text gives.
    pub wording: Option<PartialDate>,
    /// The database redaction it was copied from, when older than `wording`.
    pub redaction: Option<PartialDate>,
    /// Set when some of the text comes from that redaction's deferred-wording notes.
    pub from_notes: Option<&'a FromNotes>,
}

#[derive(Debug)]
pub struct CompareModel {
    index: CompareIndex,
    /// At most one per language (validation rejects repeats).
    texts: Vec<CompareTexts>,
    /// The kind of each pair, in `index.pairs` order.
    kinds: Vec<Kind>,
}

/// Built once per texts language and shared behind `Rc`, so identity is equality. A derived
/// comparison walked both constitutions' texts word by word whenever Yew compared props: a
/// few milliseconds of every click in the view at 4x CPU.
impl PartialEq for CompareModel {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl CompareModel {
    /// Parses and validates the index and the texts files (`(file name, json)`, the name only
    /// for error messages); every problem in any file is returned.
    pub fn build(index_json: &str, texts: &[(&str, &str)]) -> Result<CompareModel, Vec<PackError>> {
        let (index, texts) = validate::parse_all(index_json, texts)?;
        let mut model = CompareModel {
            index,
            texts,
            kinds: Vec::new(),
        };
        model.kinds = model
            .index
            .pairs
            .iter()
            .map(|p| Kind::of(p, p.same_text.or_else(|| model.same_text(p))))
            .collect();
        Ok(model)
    }

    pub fn index(&self) -> &CompareIndex {
        &self.index
    }

    pub fn pair(&self, id: &str) -> Option<&Pair> {
        self.index.pairs.iter().find(|p| p.id == id)
    }

    pub fn article(&self, edition: Edition, number: &str) -> Option<&ArticleRef> {
        self.index
            .articles
            .iter()
            .find(|a| a.edition == edition && a.number == number)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index.sources.iter().find(|s| s.id == id)
    }

    pub fn section_title(&self, edition: Edition, id: &str) -> Option<&Localized> {
        self.index
            .sections
            .iter()
            .find(|s| s.edition == edition && s.id == id)
            .map(|s| &s.title)
    }

    /// One edition's texts in exactly `lang`, with their source and status, if the pack has
    /// them.
    pub fn edition_texts(&self, edition: Edition, lang: Lang) -> Option<&EditionTexts> {
        let t = self.texts.iter().find(|t| t.language == lang)?;
        match edition {
            Edition::Old => t.old.as_ref(),
            Edition::New => t.new.as_ref(),
        }
    }

    /// An article's text in `lang`, or in the nearest language that has it, with the language
    /// it is in.
    pub fn text(&self, edition: Edition, number: &str, lang: Lang) -> Option<(&str, Lang)> {
        lang.fallbacks()
            .into_iter()
            .find_map(|l| self.text_in(edition, number, l).map(|t| (t, l)))
    }

    /// The languages with at least one text of `edition`, in `Lang::ALL` order.
    pub fn languages(&self, edition: Edition) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| {
                self.edition_texts(edition, l)
                    .is_some_and(|t| !t.articles.is_empty())
            })
            .collect()
    }

    /// The language to show and diff `pair` in: `lang` if every article on both sides has a
    /// text in it, else the first of `lang.fallbacks()` that does; `None` if none does.
    pub fn pair_language(&self, pair: &Pair, lang: Lang) -> Option<Lang> {
        lang.fallbacks().into_iter().find(|&l| {
            self.side_texts(Edition::Old, &pair.old, l).is_some()
                && self.side_texts(Edition::New, &pair.new, l).is_some()
        })
    }

    /// `(number, text)` for each article of one side of a pair, all in exactly `lang`; `None`
    /// if any of them lacks a text in it.
    pub(crate) fn side_texts<'a>(
        &'a self,
        edition: Edition,
        numbers: &'a [String],
        lang: Lang,
    ) -> Option<Vec<(&'a str, &'a str)>> {
        numbers
            .iter()
            .map(|n| Some((n.as_str(), self.text_in(edition, n, lang)?)))
            .collect()
    }

    /// The kind of a pair of this model (looked up by id; `Changed` for a foreign pair).
    pub fn kind(&self, pair: &Pair) -> Kind {
        self.index
            .pairs
            .iter()
            .position(|p| p.id == pair.id)
            .and_then(|i| self.kinds.get(i).copied())
            .unwrap_or(Kind::Changed)
    }

    /// For a pair whose kind says its text did not change (unchanged, renumbered), the
    /// languages whose two texts still differ in wording, in `Lang::ALL` order: the view can
    /// say that the wording was edited in that language only.
    pub fn reworded(&self, pair: &Pair) -> Vec<Lang> {
        if !matches!(self.kind(pair), Kind::Unchanged | Kind::Renumbered) {
            return Vec::new();
        }
        let ([old], [new]) = (pair.old.as_slice(), pair.new.as_slice()) else {
            return Vec::new();
        };
        Lang::ALL
            .into_iter()
            .filter(|&l| {
                let o = self.text_in(Edition::Old, old, l);
                let n = self.text_in(Edition::New, new, l);
                o.zip(n).is_some_and(|(o, n)| !eq_ignoring_whitespace(o, n))
            })
            .collect()
    }

    /// How many pairs of each kind, every kind listed, in `Kind::ALL` (display) order.
    pub fn counts(&self) -> Vec<(Kind, usize)> {
        Kind::ALL
            .into_iter()
            .map(|k| (k, self.kinds.iter().filter(|&&x| x == k).count()))
            .collect()
    }

    /// The articles lacking a text in some language: edition, number, and the languages
    /// (of all three) that lack it, in index order.
    pub fn missing_texts(&self) -> Vec<(Edition, String, Vec<Lang>)> {
        self.index
            .articles
            .iter()
            .filter_map(|a| {
                let lacking: Vec<Lang> = Lang::ALL
                    .into_iter()
                    .filter(|&l| self.text_in(a.edition, &a.number, l).is_none())
                    .collect();
                (!lacking.is_empty()).then(|| (a.edition, a.number.clone(), lacking))
            })
            .collect()
    }

    /// The wording an article's text in exactly `lang` gives; `None` without a text.
    pub fn version(&self, edition: Edition, number: &str, lang: Lang) -> Option<TextVersion<'_>> {
        let t = self.edition_texts(edition, lang)?;
        t.articles.get(number)?;
        Some(TextVersion {
            wording: t.wording,
            redaction: t.redaction,
            from_notes: t.from_notes.get(number),
        })
    }

    /// The database's notes on an article in exactly `lang` (none without a text).
    pub fn notes(&self, edition: Edition, number: &str, lang: Lang) -> &[Note] {
        self.edition_texts(edition, lang)
            .and_then(|t| t.notes.get(number))
            .map_or(&[], Vec::as_slice)
    }

    fn text_in(&self, edition: Edition, number: &str, lang: Lang) -> Option<&str> {
        self.edition_texts(edition, lang)?
            .articles
            .get(number)
            .map(String::as_str)
    }

    /// For a one-to-one pair, whether its texts are equal in the first of `KIND_LANGS` that
    /// has both; `None` if none has both or the pair is not one to one.
    fn same_text(&self, pair: &Pair) -> Option<bool> {
        let ([old], [new]) = (pair.old.as_slice(), pair.new.as_slice()) else {
            return None;
        };
        KIND_LANGS.into_iter().find_map(|l| {
            let o = self.text_in(Edition::Old, old, l)?;
            let n = self.text_in(Edition::New, new, l)?;
            Some(eq_ignoring_whitespace(o, n))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support;
    use crate::compare::test_support::model;

    #[test]
    fn build_reports_errors_not_panics() {
        let e = CompareModel::build("{", &[]).unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
        let index = test_support::index().to_string();
        let e = CompareModel::build(&index, &[("texts.ru.json", "[]")]).unwrap_err();
        assert_eq!(e[0].file.as_deref(), Some("texts.ru.json"), "{e:?}");
        assert_eq!(e[0].path, "", "{e:?}");
    }

    #[test]
    fn a_model_equals_itself_only() {
        let index = test_support::index().to_string();
        let a = CompareModel::build(&index, &[]).unwrap();
        let b = CompareModel::build(&index, &[]).unwrap();
        assert_eq!(a, a);
        assert_ne!(a, b);
    }

    #[test]
    fn a_model_needs_no_texts() {
        let m = CompareModel::build(&test_support::index().to_string(), &[]).unwrap();
        assert_eq!(m.languages(Edition::Old), []);
        assert_eq!(m.text(Edition::Old, "1", Lang::Ru), None);
        // Without texts no one-to-one pair can be called unchanged.
        assert_eq!(m.kind(m.pair("o1-n1").unwrap()), Kind::Changed);
        assert_eq!(m.kind(m.pair("n4").unwrap()), Kind::Added);
        assert_eq!(m.missing_texts().len(), 11);
    }

    #[test]
    fn accessors() {
        let m = model();
        assert_eq!(m.index().pairs.len(), 6);
        assert_eq!(m.pair("o4-n5-n6").map(|p| p.new.len()), Some(2));
        assert_eq!(m.pair("nope"), None);
        assert_eq!(
            m.article(Edition::Old, "4").map(|a| a.section.as_str()),
            Some("II")
        );
        assert_eq!(
            m.source("adilet").map(|s| s.outlet.as_str()),
            Some("Әділет")
        );
        assert_eq!(
            m.section_title(Edition::Old, "I").map(|t| t.text(Lang::En)),
            Some("General provisions")
        );
        assert_eq!(m.section_title(Edition::New, "IX"), None);
        assert_eq!(m.languages(Edition::Old), [Lang::Ru, Lang::En]);
        assert_eq!(m.languages(Edition::New), [Lang::Ru]);
        let status = m
            .edition_texts(Edition::Old, Lang::En)
            .map(|t| t.status.text(Lang::En));
        assert_eq!(status, Some("unofficial translation"));
    }

    #[test]
    fn text_falls_back_and_says_which_language() {
        let m = model();
        let (t, l) = m.text(Edition::Old, "1", Lang::En).unwrap();
        assert_eq!(
            (t, l),
            (
                "The Republic of Kazakhstan is a democratic state.",
                Lang::En
            )
        );
        let (t, l) = m.text(Edition::Old, "3", Lang::En).unwrap();
        assert!(t.starts_with("Высшим"));
        assert_eq!(l, Lang::Ru);
        assert_eq!(
            m.text(Edition::New, "1", Lang::Kk).map(|x| x.1),
            Some(Lang::Ru)
        );
        assert_eq!(m.text(Edition::New, "99", Lang::Ru), None);
    }

    #[test]
    fn pair_language_needs_both_sides() {
        let m = model();
        let p = |id| m.pair(id).unwrap();
        // English has old 1 but not new 1: Russian is the first fallback with both.
        assert_eq!(m.pair_language(p("o1-n1"), Lang::En), Some(Lang::Ru));
        assert_eq!(m.pair_language(p("o1-n1"), Lang::Ru), Some(Lang::Ru));
        assert_eq!(m.pair_language(p("n4"), Lang::Kk), Some(Lang::Ru));
        assert_eq!(m.pair_language(p("o4-n5-n6"), Lang::Ru), Some(Lang::Ru));
        let bare = CompareModel::build(&test_support::index().to_string(), &[]).unwrap();
        assert_eq!(bare.pair_language(p("o1-n1"), Lang::Ru), None);
    }

    #[test]
    fn kinds_and_counts() {
        let m = model();
        let kind = |id| m.kind(m.pair(id).unwrap());
        assert_eq!(kind("o1-n1"), Kind::Unchanged, "whitespace differs only");
        assert_eq!(kind("o2-n2"), Kind::Changed);
        assert_eq!(kind("o3-n3"), Kind::Changed);
        assert_eq!(kind("n4"), Kind::Added);
        assert_eq!(kind("o4-n5-n6"), Kind::Split);
        assert_eq!(kind("o5"), Kind::Removed);
        assert_eq!(
            m.counts(),
            [
                (Kind::Changed, 2),
                (Kind::Added, 1),
                (Kind::Removed, 1),
                (Kind::Split, 1),
                (Kind::Merged, 0),
                (Kind::Renumbered, 0),
                (Kind::Unchanged, 1),
            ]
        );
    }

    #[test]
    fn renumbered_when_only_the_number_changed() {
        let mut index = test_support::index();
        index["articles"][7]["number"] = serde_json::json!("7");
        index["pairs"][2]["new"][0] = serde_json::json!("7");
        let mut ru = test_support::texts_ru();
        let old3 = ru["old"]["articles"]["3"].clone();
        let texts = ru["new"]["articles"].as_object_mut().unwrap();
        texts.remove("3");
        texts.insert("7".into(), old3);
        let m = CompareModel::build(&index.to_string(), &[("ru", &ru.to_string())]).unwrap();
        assert_eq!(m.kind(m.pair("o3-n3").unwrap()), Kind::Renumbered);
    }

    #[test]
    fn kind_uses_the_first_official_language_with_both_texts() {
        // Russian texts that agree outweigh Kazakh ones reworded; the rewording is named.
        let kk = serde_json::json!({
            "schema_version": 1, "language": "kk",
            "old": {"source": "adilet", "status": {"kk": "ресми"}, "articles": {"1": "Бір."}},
            "new": {"source": "adilet", "status": {"kk": "ресми"}, "articles": {"1": "Екі."}}
        });
        let index = test_support::index().to_string();
        let (ru, kk) = (test_support::texts_ru().to_string(), kk.to_string());
        let m = CompareModel::build(&index, &[("ru", &ru), ("kk", &kk)]).unwrap();
        let p = m.pair("o1-n1").unwrap();
        assert_eq!(m.kind(p), Kind::Unchanged);
        assert_eq!(m.reworded(p), [Lang::Kk]);
        // A changed pair is never "reworded": its change is the kind itself.
        assert_eq!(m.reworded(m.pair("o2-n2").unwrap()), []);
        let m = CompareModel::build(&index, &[("kk", &kk)]).unwrap();
        assert_eq!(m.kind(m.pair("o1-n1").unwrap()), Kind::Changed);
    }

    #[test]
    fn missing_texts_lists_articles_and_languages() {
        let m = model();
        let missing = m.missing_texts();
        assert_eq!(missing[0], (Edition::Old, "1".into(), vec![Lang::Kk]));
        assert_eq!(
            missing[2],
            (Edition::Old, "3".into(), vec![Lang::Kk, Lang::En])
        );
        assert_eq!(
            missing[5],
            (Edition::New, "1".into(), vec![Lang::Kk, Lang::En])
        );
        assert_eq!(missing.len(), 11);
    }
}
