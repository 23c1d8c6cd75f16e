//! What one side of an open pair is: which wording of its edition the text gives, the older
//! database redaction it was copied from, the points brought to that wording from the
//! redaction's own notes, and which of the database's notes to show under it. Pure; the
//! Compare view prints the lines, so a reader always knows which version they compare.

use super::model::CompareModel;
use super::pack::{Edition, FromNotes, Note, NoteKind};
use super::pair_notes::PointKind;
use crate::content::{PartialDate, ReportDate};
use crate::i18n::compare::{article_label, points_phrase, vt, VKey};
use crate::i18n::fill_dates;
use crate::lang::Lang;

/// The version of one side's text in one language (every article of a side is from the
/// same texts file, so they share the dates; only `from_notes` is per article).
#[derive(Clone, Debug, PartialEq)]
pub struct SideVersion<'a> {
    pub edition: Edition,
    /// The date whose wording the text gives; `None` where the texts do not say.
    pub wording: Option<PartialDate>,
    /// Whether that date is the edition's own (adoption) date: the text as adopted.
    pub adopted: bool,
    /// The older database redaction the text was copied from.
    pub redaction: Option<PartialDate>,
    /// The side's articles whose wording of `wording` comes from that redaction's notes.
    pub from_notes: Vec<(&'a str, &'a FromNotes)>,
}

/// The version of the text of `numbers` (one side of a pair) in exactly `lang`; `None` if
/// none of them has a text in it.
pub fn side_version<'a>(
    model: &'a CompareModel,
    edition: Edition,
    numbers: &'a [String],
    lang: Lang,
) -> Option<SideVersion<'a>> {
    let versions: Vec<_> = numbers
        .iter()
        .filter_map(|n| Some((n.as_str(), model.version(edition, n, lang)?)))
        .collect();
    let (_, first) = versions.first()?;
    let info = match edition {
        Edition::Old => &model.index().old,
        Edition::New => &model.index().new,
    };
    Some(SideVersion {
        edition,
        wording: first.wording,
        adopted: first.wording == Some(info.date),
        redaction: first.redaction,
        from_notes: versions
            .iter()
            .filter_map(|(n, v)| Some((*n, v.from_notes?)))
            .collect(),
    })
}

/// A printed point label's number and kind: "5-1." → ("5-1", Point), "2)" → ("2", Item).
fn point_label(printed: &str) -> (&str, PointKind) {
    match printed.strip_suffix(')') {
        Some(n) => (n, PointKind::Item),
        None => (printed.trim_end_matches('.'), PointKind::Point),
    }
}

/// "1995 Art. 54, point 1, item 2": an article taken from notes and its points and items, each
/// named as such, in the order printed; the article alone when the whole of it was.
fn from_notes_place(lang: Lang, edition: Edition, article: &str, f: &FromNotes) -> String {
    let mut out = article_label(lang, edition, article);
    let mut labels = f.points.iter().map(|p| point_label(p)).peekable();
    while let Some((n, kind)) = labels.next() {
        let mut run = vec![n];
        while let Some((m, _)) = labels.next_if(|(_, k)| *k == kind) {
            run.push(m);
        }
        if let Some(p) = points_phrase(lang, kind, &run) {
            out.push_str(", ");
            out.push_str(&p);
        }
    }
    out
}

impl SideVersion<'_> {
    /// The lines that say what the reader is looking at, in the interface language `ui`:
    /// the wording's date, the redaction copied, and each article worded from its notes.
    pub fn lines(&self, ui: Lang) -> Vec<String> {
        let line = |key: VKey, places: &str, d: ReportDate| {
            fill_dates(ui, vt(ui, key), &[("places", places)], &[("date", d)])
        };
        let mut out = Vec::new();
        match (self.wording, self.adopted) {
            (Some(w), true) => out.push(line(VKey::VersionAdopted, "", ReportDate::On(w))),
            (Some(w), false) => out.push(line(VKey::VersionInForce, "", ReportDate::On(w))),
            (None, _) => out.push(vt(ui, VKey::VersionNotGiven).to_string()),
        }
        if let Some(r) = self.redaction {
            out.push(line(VKey::VersionCopiedFrom, "", ReportDate::On(r)));
            let wording = self.wording.map_or(ReportDate::NotGiven, ReportDate::On);
            for (article, f) in &self.from_notes {
                let places = from_notes_place(ui, self.edition, article, f);
                out.push(line(VKey::VersionFromNotes, &places, wording));
            }
        }
        out
    }
}

/// The database's notes on an article worth showing a reader, in source order: all of them
/// but a deferred wording already applied to the text (the version line says so, and the
/// note would repeat the text it gave).
pub fn shown_notes<'a>(
    model: &'a CompareModel,
    edition: Edition,
    number: &str,
    lang: Lang,
) -> Vec<&'a Note> {
    let applied = model
        .version(edition, number, lang)
        .is_some_and(|v| v.from_notes.is_some());
    model
        .notes(edition, number, lang)
        .iter()
        .filter(|n| !(applied && n.kind == NoteKind::Deferred))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(langs: &[Lang]) -> CompareModel {
        let files: Vec<(String, &str)> = langs
            .iter()
            .map(|l| {
                let json = match l {
                    Lang::Kk => include_str!("../../content/compare/texts.kk.json"),
                    Lang::Ru => include_str!("../../content/compare/texts.ru.json"),
                    Lang::En => include_str!("../../content/compare/texts.en.json"),
                };
                (format!("texts.{}.json", l.code()), json)
            })
            .collect();
        let refs: Vec<(&str, &str)> = files.iter().map(|(n, j)| (n.as_str(), *j)).collect();
        CompareModel::build(include_str!("../../content/compare/index.json"), &refs).unwrap()
    }

    fn v(s: &str) -> Vec<String> {
        s.split(' ').map(String::from).collect()
    }

    #[test]
    fn kazakh_1995_says_its_redaction_and_the_points_worded_from_notes() {
        let m = shipped(&[Lang::Kk]);
        let old = v("4");
        let s = side_version(&m, Edition::Old, &old, Lang::Kk).unwrap();
        assert_eq!(s.wording, PartialDate::parse("2023-01-01").ok());
        assert_eq!(s.redaction, PartialDate::parse("2022-09-17").ok());
        assert!(!s.adopted);
        assert_eq!(s.from_notes.len(), 1);
        assert_eq!(
            s.lines(Lang::Kk),
            [
                "2023 жылғы 1 қаңтарда қолданыста болған редакция",
                "Мәтін құқықтық дерекқордың 2022 жылғы 17 қыркүйектегі редакциясынан алынды",
                "1995, 4\u{2011}бап, 1\u{2011}тармақ: 2023 жылғы 1 қаңтардағы тұжырымы сол \
                 редакцияға дерекқордың өзі берген ескертпелерден алынды"
            ]
        );
        assert_eq!(
            s.lines(Lang::En)[2],
            "1995 Art.\u{a0}4, point\u{a0}1: worded as on 1 January 2023 from the database's \
             own notes to that redaction"
        );
    }

    #[test]
    fn an_article_with_points_and_items_from_notes_names_both() {
        let m = shipped(&[Lang::Kk]);
        let old = v("54");
        let s = side_version(&m, Edition::Old, &old, Lang::Kk).unwrap();
        let (_, f) = s.from_notes[0];
        assert_eq!(f.points, ["1.", "2)"]);
        assert_eq!(
            from_notes_place(Lang::Ru, Edition::Old, "54", f),
            "1995, ст.\u{a0}54, п.\u{a0}1, подп.\u{a0}2"
        );
        // A whole article worded from notes is named alone.
        let whole = FromNotes {
            redaction: f.redaction,
            points: Vec::new(),
        };
        assert_eq!(
            from_notes_place(Lang::En, Edition::Old, "78", &whole),
            "1995 Art.\u{a0}78"
        );
    }

    #[test]
    fn an_article_in_both_redactions_alike_says_only_the_dates() {
        let m = shipped(&[Lang::Kk]);
        let old = v("2");
        let s = side_version(&m, Edition::Old, &old, Lang::Kk).unwrap();
        assert!(s.from_notes.is_empty());
        assert_eq!(s.lines(Lang::Ru).len(), 2);
        assert_eq!(
            s.lines(Lang::Ru)[1],
            "Текст взят из редакции правовой базы от 17 сентября 2022 г."
        );
    }

    #[test]
    fn russian_1995_and_both_2026_texts_say_their_own_dates() {
        let m = shipped(&[Lang::Ru, Lang::Kk, Lang::En]);
        let (old, new) = (v("4"), v("4 5"));
        let ru = side_version(&m, Edition::Old, &old, Lang::Ru).unwrap();
        assert_eq!(ru.redaction, None);
        assert_eq!(
            ru.lines(Lang::Ru),
            ["Редакция, действовавшая на 1 января 2023 г."]
        );
        for l in [Lang::Ru, Lang::Kk] {
            let s = side_version(&m, Edition::New, &new, l).unwrap();
            assert!(s.adopted, "{l:?}");
            assert!(s.from_notes.is_empty());
        }
        let s = side_version(&m, Edition::New, &new, Lang::Kk).unwrap();
        assert_eq!(
            s.lines(Lang::Kk),
            ["2026 жылғы 15 наурыздағы референдумда қабылданған мәтін"]
        );
        assert_eq!(
            s.lines(Lang::En),
            ["Text as adopted at the referendum of 15 March 2026"]
        );
        // The unofficial English 1995 translation is of an earlier wording, and says so.
        let en = side_version(&m, Edition::Old, &old, Lang::En).unwrap();
        assert_eq!(
            en.lines(Lang::En),
            ["Wording in force on 17 September 2022"]
        );
        // No text in a language: no version.
        assert_eq!(side_version(&m, Edition::New, &new, Lang::En), None);
    }

    #[test]
    fn notes_shown_leave_out_only_the_deferred_wordings_applied() {
        let m = shipped(&[Lang::Kk, Lang::Ru]);
        let kinds = |ed, n, l| -> Vec<NoteKind> {
            shown_notes(&m, ed, n, l).iter().map(|n| n.kind).collect()
        };
        let all: Vec<NoteKind> = m
            .notes(Edition::Old, "4", Lang::Kk)
            .iter()
            .map(|n| n.kind)
            .collect();
        assert!(all.contains(&NoteKind::Deferred), "{all:?}");
        assert_eq!(
            kinds(Edition::Old, "4", Lang::Kk),
            [NoteKind::Other, NoteKind::Amendments]
        );
        // Amendment history and references are kept.
        assert_eq!(kinds(Edition::Old, "2", Lang::Ru), [NoteKind::Amendments]);
        let new43 = shown_notes(&m, Edition::New, "43", Lang::Ru);
        assert_eq!(new43.len(), 1);
        assert!(new43[0].text.contains("89-НП"), "{:?}", new43[0]);
        assert!(shown_notes(&m, Edition::New, "1", Lang::Ru).is_empty());
        assert!(shown_notes(&m, Edition::New, "43", Lang::En).is_empty());
    }
}
