//! Interface strings, one table per language. Each table is an exhaustive `match`, so a key
//! missing in any language is a compile error; the tests check that every text is present and
//! uses the same placeholders as the English one.

use crate::content::{ReportDate, Unit};
use crate::lang::Lang;
use kk_grammar::Case;

/// A key enum and the list of all its keys, for the tests that check every table.
macro_rules! keys {
    ($name:ident: $($k:ident),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($k),* }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$k),*];
        }
    };
}

pub mod collate;
pub mod compare;
pub mod day;
pub mod editor;
mod en;
mod kk;
pub mod kk_grammar;
mod ru;

keys! {
    Key:
    TabMap, TabTable, ViewsLabel, LanguageLabel, MetricLabel,
    MapLabel, MapHint, NotReported, LegendNotReported, LegendQualifierNote, LegendRange,
    UnitAnnouncement, StartedNoFigure, SelectForDetails,
    DetailPlaceholder, Close, FiguresHeading, NoFigures, StatusHeading, StatusStarted, CompositionHeading,
    PeopleHeading, OriginalIn, InKazakh, InRussian, InEnglish,
    SourceLabel, AsOf, NoteLabel,
    NationalHeading, TimelineHeading, OutcomeHeading,
    TableCaption, TableDashNote, TableRegion, TableStatus, SortBy,
    SummaryLargest, SummaryCount, SummaryNone,
    ErrorTitle, ErrorFallback, Loading,
    CreditsMap, CreditsFigures, CityMarker,
    QualApprox, QualAtLeast, QualAlmost, DateDay, DateMonth,
    TabCompare, CompareLoading, CompareError,
    Embed, EmbedIntro, EmbedScript, EmbedIframe, Copy, Copied, CopyFailed, DownloadMap,
    DownloadFailed, FallbackAlt,
    // Embed sections (issue 10).
    EmbedSections, SectionPanel,
    CrashTitle, CrashReload, KioskStillThere, KioskRestarting, KioskTouch, KioskClean, KioskCleaning, KioskCleaningLeft,
    // The title of a compare-only embed (issue 10).
    CompareTitle,
    // The map's labels, its not-reported note and the legend for thin metrics (issue 10).
    MapNoFigureCount, LegendFew, LegendBinsNote,
    // Language review (issue 11): the credits' own sentences.
    CreditsChecked, CreditsBoundaries,
    // Content: translated headlines, dates a source leaves open, nationwide statuses, other
    // reports, the result's standing (issue 11, content).
    TranslatedHeadline, OriginalHeadline, DateEitherMonth, DateNotGiven, StatusAllRegions,
    ActivityHeading, ResultFinal, ResultPreliminary,
    // Panel, table and nationwide cards (issue 10): the keyboard half of the map hint, sources that agree.
    MapHintKeys, SourcesAgreeTwo, SourcesAgreeMany, SourcesList,
    // Kiosk poster and QR code (issue 10, kiosk).
    KioskMembersOne, KioskMembersFew, KioskMembersMany, KioskScan,
    // Network deadlines (issue 15).
    FetchLate,
    // Referendum day on the map (issue 11): a timed metric's label, figure and controls.
    DayError,
}

/// The interface text for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Kk => kk::text(key),
        Lang::Ru => ru::text(key),
        Lang::En => en::text(key),
    }
}

/// A template argument. Numbers and dates stay typed until the template is filled, so that a
/// template can ask for the form its grammar needs after them: `{date:attr}` («13 ақпандағы»),
/// `{n:dat}` («700-ге»). The markers are the names of [`Case`]; Kazakh templates use them, and
/// Russian ones use `gen` for a date (a month-only date then reads «марта 2026 г.»).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Num(f64, Unit),
    Date(ReportDate),
}

impl Arg<'_> {
    fn render(self, lang: Lang, case: Option<Case>, out: &mut String) {
        match self {
            Arg::Text(s) => {
                debug_assert!(case.is_none(), "a case form of text {s:?}");
                out.push_str(s);
            }
            Arg::Num(v, unit) => {
                out.push_str(&crate::format::value(v, unit, lang));
                if let (Lang::Kk, Some(case)) = (lang, case) {
                    out.push('-');
                    out.push_str(crate::format::kk_suffix(v, unit, case));
                }
            }
            Arg::Date(d) => out.push_str(&crate::format::report_date_in(d, lang, case)),
        }
    }
}

/// Splits a placeholder into its name and case marker: "n:dat" → ("n", Some(Dative)).
fn placeholder(p: &str) -> (&str, Option<Case>) {
    match p.split_once(':') {
        Some((name, marker)) => (name, Case::parse(marker)),
        None => (p, None),
    }
}

/// Walks `template`, letting `put` write each `{placeholder}`; `put` returns false for an
/// unknown name, which is then kept as written.
fn render(template: &str, mut put: impl FnMut(&str, Option<Case>, &mut String) -> bool) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let (name, case) = placeholder(&after[..end]);
                if !put(name, case, &mut out) {
                    out.push_str(&rest[start..start + end + 2]);
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Fills `{name}` placeholders with text. Values are inserted as text; nothing here is ever HTML.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    render(template, |name, case, out| {
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                debug_assert!(
                    case.is_none(),
                    "{template:?} needs a typed argument for {name}"
                );
                out.push_str(v);
                true
            }
            None => false,
        }
    })
}

/// Fills placeholders with typed arguments, in the case form each placeholder asks for.
pub fn fill_typed(lang: Lang, template: &str, args: &[(&str, Arg)]) -> String {
    render(template, |name, case, out| {
        match args.iter().find(|(k, _)| *k == name) {
            Some((_, v)) => {
                v.render(lang, case, out);
                true
            }
            None => false,
        }
    })
}

/// Fills `{name}` placeholders with text and `{name}` / `{name:case}` with dates, in the case
/// each asks for: `fill_typed` for templates with dates only, which keeps the number
/// formatting out of a module that prints no figures (the Compare view's).
pub fn fill_dates(
    lang: Lang,
    template: &str,
    texts: &[(&str, &str)],
    dates: &[(&str, ReportDate)],
) -> String {
    render(template, |name, case, out| {
        if let Some((_, v)) = texts.iter().find(|(k, _)| *k == name) {
            out.push_str(v);
        } else if let Some((_, d)) = dates.iter().find(|(k, _)| *k == name) {
            out.push_str(&crate::format::report_date_in(*d, lang, case));
        } else {
            return false;
        }
        true
    })
}

/// `t` then `fill`.
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
}

/// `t` then `fill_typed`: for every template with a number or a date in it.
pub fn tfa(lang: Lang, key: Key, args: &[(&str, Arg)]) -> String {
    fill_typed(lang, t(lang, key), args)
}

/// The name of `of` as an adverbial phrase in `lang` ("in Kazakh").
pub fn language_phrase(lang: Lang, of: Lang) -> &'static str {
    t(
        lang,
        match of {
            Lang::Kk => Key::InKazakh,
            Lang::Ru => Key::InRussian,
            Lang::En => Key::InEnglish,
        },
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::PartialDate;

    /// A template's placeholder names, without their case markers.
    pub(crate) fn placeholders(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = markers(s).into_iter().map(|(n, _)| n).collect();
        v.sort_unstable();
        v
    }

    /// A template's placeholders as (name, case marker).
    pub(crate) fn markers(s: &str) -> Vec<(&str, Option<&str>)> {
        s.split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n))
            .map(|p| match p.split_once(':') {
                Some((n, m)) => (n, Some(m)),
                None => (p, None),
            })
            .collect()
    }

    /// Case markers must name a case (a typo would print the bare value), and English needs none.
    pub(crate) fn assert_markers(key: &str, lang: Lang, text: &str) {
        for (name, marker) in markers(text) {
            if let Some(m) = marker {
                assert!(
                    Case::parse(m).is_some(),
                    "{key}: {{{name}:{m}}} in {}",
                    lang.code()
                );
                assert_ne!(lang, Lang::En, "{key}: English takes no case marker");
            }
        }
    }

    #[test]
    fn case_markers_are_known() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert_markers(&format!("{key:?}"), lang, t(lang, key));
            }
        }
    }

    #[test]
    fn dates_and_texts_fill_without_typed_numbers() {
        let d = PartialDate::parse("2023-01-01").unwrap().into();
        assert_eq!(
            fill_dates(
                Lang::Kk,
                "{p}: {date:loc} {x}",
                &[("p", "4-бап")],
                &[("date", d)]
            ),
            "4-бап: 2023 жылғы 1 қаңтарда {x}"
        );
        assert_eq!(
            fill_dates(Lang::Ru, "на {date}", &[], &[("date", d)]),
            "на 1 января 2023 г."
        );
    }

    #[test]
    fn typed_arguments_take_the_case_asked_for() {
        let d = PartialDate::parse("2026-02-13").unwrap().into();
        let date = [("date", Arg::Date(d))];
        assert_eq!(
            fill_typed(Lang::Kk, "{date:attr} жағдай бойынша", &date),
            "2026 жылғы 13 ақпандағы жағдай бойынша"
        );
        assert_eq!(fill_typed(Lang::Kk, "{date}", &date), "2026 жылғы 13 ақпан");
        let n = |v| [("n", Arg::Num(v, Unit::Count))];
        assert_eq!(
            fill_typed(Lang::Kk, "{n:dat} жуық", &n(10000.0)),
            "10\u{a0}000-ға жуық"
        );
        assert_eq!(
            fill_typed(Lang::Kk, "{n:dat} жуық", &n(700.0)),
            "700-ге жуық"
        );
        assert_eq!(
            fill_typed(Lang::Kk, "{n:abl} астам", &n(130.0)),
            "130-дан астам"
        );
        assert_eq!(
            fill_typed(Lang::Ru, "почти {n:dat}", &n(700.0)),
            "почти 700",
            "Kazakh only"
        );
        let pct = [("n", Arg::Num(73.12, Unit::Percent))];
        assert_eq!(fill_typed(Lang::Kk, "{n:dat}", &pct), "73,12%-ға");
        let month = [(
            "date",
            Arg::Date(PartialDate::parse("2026-03").unwrap().into()),
        )];
        assert_eq!(
            fill_typed(Lang::Ru, "от {date:gen}", &month),
            "от марта 2026 г."
        );
        assert_eq!(fill_typed(Lang::Ru, "на {date}", &month), "на март 2026 г.");
        assert_eq!(
            fill_typed(
                Lang::En,
                "{who} {date} {x}",
                &[("who", Arg::Text("<b>")), ("date", Arg::Date(d))]
            ),
            "<b> 13 February 2026 {x}"
        );
    }

    /// The credits' date sentence: one full stop in every language (a Russian date already
    /// ends with «г.»), a capital letter, and the Kazakh locative.
    #[test]
    fn credits_sentence() {
        let d = [(
            "date",
            Arg::Date(PartialDate::parse("2026-11-24").unwrap().into()),
        )];
        assert_eq!(
            tfa(Lang::En, Key::CreditsChecked, &d),
            "Figures last checked: 24 November 2026."
        );
        assert_eq!(
            tfa(Lang::Ru, Key::CreditsChecked, &d),
            "Последняя проверка данных: 24 ноября 2026 г."
        );
        assert_eq!(
            tfa(Lang::Kk, Key::CreditsChecked, &d),
            "Деректер соңғы рет 2026 жылғы 24 қарашада тексерілді."
        );
        let m = [(
            "date",
            Arg::Date(PartialDate::parse("2026-11").unwrap().into()),
        )];
        for lang in Lang::ALL {
            for args in [&d, &m] {
                let s = tfa(lang, Key::CreditsChecked, args);
                assert!(s.ends_with('.') && !s.contains(".."), "{s}");
                assert!(s.chars().next().is_some_and(char::is_uppercase), "{s}");
            }
        }
    }

    /// The English boundaries credit is the geometry's attribution word for word, so a change
    /// there fails here until the translations follow.
    #[test]
    fn boundaries_credit_matches_the_geometry() {
        let model = crate::content::Model::embedded().unwrap();
        assert_eq!(
            t(Lang::En, Key::CreditsBoundaries),
            model.geo.attribution.text
        );
        for lang in [Lang::Kk, Lang::Ru] {
            let s = t(lang, Key::CreditsBoundaries);
            for name in ["geokz", "CC BY 4.0", "OCHA/HDX COD-AB", "OpenStreetMap"] {
                assert!(s.contains(name), "{name} in {}", lang.code());
            }
        }
    }

    /// The status line: the Kazakh locative, the Russian genitive even for a month-only date.
    #[test]
    fn status_started() {
        let day = [(
            "date",
            Arg::Date(PartialDate::parse("2026-02-13").unwrap().into()),
        )];
        let month = [(
            "date",
            Arg::Date(PartialDate::parse("2026-02").unwrap().into()),
        )];
        assert_eq!(
            tfa(Lang::Kk, Key::StatusStarted, &day),
            "Жұмысын бастады (2026 жылғы 13 ақпанда хабарланды)"
        );
        assert_eq!(
            tfa(Lang::Kk, Key::StatusStarted, &month),
            "Жұмысын бастады (2026 жылғы ақпанда хабарланды)"
        );
        assert_eq!(
            tfa(Lang::Ru, Key::StatusStarted, &month),
            "Начала работу (сообщение от февраля 2026 г.)"
        );
        assert_eq!(
            tfa(Lang::En, Key::StatusStarted, &day),
            "Started work (reported 13 February 2026)"
        );
    }

    #[test]
    fn kiosk_countdowns() {
        let n = [("n", Arg::Num(30.0, Unit::Count))];
        assert_eq!(
            tfa(Lang::Kk, Key::KioskRestarting, &n),
            "Жалғастыру үшін экранды түртіңіз. 30 секундтан кейін басынан басталады."
        );
        assert_eq!(
            tfa(Lang::Kk, Key::KioskCleaningLeft, &n),
            "Экран 30 секунд бойы түртуге жауап бермейді."
        );
    }

    #[test]
    fn no_key_is_missing_or_empty_in_any_language() {
        for &key in Key::ALL {
            for lang in Lang::ALL {
                assert!(
                    !t(lang, key).trim().is_empty(),
                    "{key:?} is empty in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn placeholders_match_english() {
        for &key in Key::ALL {
            let en = placeholders(t(Lang::En, key));
            for lang in [Lang::Kk, Lang::Ru] {
                assert_eq!(
                    placeholders(t(lang, key)),
                    en,
                    "{key:?} placeholders differ in {}",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn kazakh_and_russian_are_translated() {
        // Keys whose text may legitimately equal English in the other languages.
        let same_ok = [
            Key::LegendRange,
            Key::UnitAnnouncement,
            Key::QualAtLeast,
            Key::DateDay,
            Key::DateMonth,
            Key::TabMap,
            Key::StatusHeading,
            Key::TableStatus,
        ];
        for &key in Key::ALL {
            if same_ok.contains(&key) {
                continue;
            }
            for lang in [Lang::Kk, Lang::Ru] {
                assert_ne!(t(lang, key), t(Lang::En, key), "{key:?} untranslated");
            }
        }
    }

    /// Catches a Latin "i" typed for Kazakh "і" (the geokz data has that slip); whole Latin
    /// words such as key names ("Enter", "Tab") are fine.
    /// A string table of its own (the editor's, the day module's): every key has a text in
    /// each language, with the English one's placeholders, known case markers and Kazakh in
    /// its own script.
    pub(crate) fn assert_table<K: Copy + std::fmt::Debug>(
        keys: &[K],
        text: impl Fn(Lang, K) -> &'static str,
    ) {
        for &key in keys {
            let en = text(Lang::En, key);
            for lang in Lang::ALL {
                let s = text(lang, key);
                assert!(!s.trim().is_empty(), "{key:?} empty in {}", lang.code());
                assert_eq!(
                    placeholders(s),
                    placeholders(en),
                    "{key:?} in {}",
                    lang.code()
                );
                assert_markers(&format!("{key:?}"), lang, s);
            }
            assert_scripts(&format!("{key:?}"), text(Lang::Kk, key));
        }
    }

    pub(crate) fn assert_scripts(key: &str, text: &str) {
        let cyrillic = |c: char| ('\u{400}'..='\u{4ff}').contains(&c);
        for word in text.split(|c: char| !c.is_alphabetic()) {
            assert!(
                !(word.chars().any(cyrillic) && word.chars().any(|c| c.is_ascii_alphabetic())),
                "{key}: {word:?} mixes Latin and Cyrillic letters"
            );
        }
    }

    #[test]
    fn kazakh_words_do_not_mix_scripts() {
        for &key in Key::ALL {
            assert_scripts(&format!("{key:?}"), t(Lang::Kk, key));
        }
    }

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        assert_eq!(fill("{a} and {b}", &[("a", "x"), ("b", "y")]), "x and y");
        assert_eq!(fill("{a} {zz}", &[("a", "<b>")]), "<b> {zz}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("", &[("a", "x")]), "");
    }
}
