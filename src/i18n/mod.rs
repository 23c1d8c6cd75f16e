//! Interface strings, one table per language. Each table is an exhaustive `match`, so a key
//! missing in any language is a compile error; the tests check that every text is present and
//! uses the same placeholders as the English one.

use crate::lang::Lang;

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

pub mod compare;
mod en;
mod kk;
mod ru;

keys! {
    Key:
    TabMap, TabTable, ViewsLabel, LanguageLabel, MetricLabel,
    MapLabel, MapHint, NotReported, LegendNotReported, LegendQualifierNote, LegendRange,
    UnitAnnouncement, StartedNoFigure, SelectForDetails,
    DetailPlaceholder, Close, FiguresHeading, NoFigures, StatusHeading, StatusStarted, CompositionHeading,
    PeopleHeading, OriginalIn, InKazakh, InRussian, InEnglish,
    SourceLabel, AsOf, NoteLabel, ShowSource,
    NationalHeading, TimelineHeading, OutcomeHeading,
    TableCaption, TableDashNote, TableRegion, TableStatus, SortBy,
    SummaryLargest, SummaryCount, SummaryNone,
    ErrorTitle, ErrorFallback, Loading,
    CreditsMap, CreditsFigures, CityMarker,
    QualApprox, QualAtLeast, QualAlmost, DateDay, DateMonth,
    TabCompare, CompareLoading, CompareError,
    Embed, EmbedIntro, EmbedScript, EmbedIframe, Copy, Copied, CopyFailed, DownloadMap,
    DownloadFailed, FallbackAlt,
    CrashTitle, CrashReload, KioskStillThere, KioskRestarting, KioskTouch, KioskClean, KioskCleaning, KioskCleaningLeft,
    // Kiosk poster and QR code (issue 10, kiosk).
    KioskMembersOne, KioskMembersFew, KioskMembersMany, KioskScan,
}

/// The interface text for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::Kk => kk::text(key),
        Lang::Ru => ru::text(key),
        Lang::En => en::text(key),
    }
}

/// Fills `{name}` placeholders. Values are inserted as text; nothing here is ever HTML.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end) => {
                let name = &after[..end];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => out.push_str(&rest[start..start + end + 2]),
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

/// `t` then `fill`.
pub fn tf(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill(t(lang, key), args)
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

    pub(crate) fn placeholders(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(n, _)| n))
            .collect();
        v.sort_unstable();
        v
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
