//! Numbers, figures and dates as each language writes them. Every place that shows a figure
//! (map, legend, tooltip, table, panel, screen-reader text) formats it here, so "130+" and
//! "about 700" read the same everywhere.

use crate::content::text_rules::isolate;
use crate::content::{Figure, PartialDate, Qualifier, ReportDate, Source, Unit};
use crate::i18n::kk_grammar::{self, Case};
use crate::i18n::{t, tf, tfa, Arg, Key};
use crate::lang::Lang;
use digits::{parts, write_number};

pub mod digits;
pub use digits::{number, tenths};

/// The Kazakh ending of `v` written in digits in `unit`, without the hyphen: "700" → "ге",
/// "73,12%" → "ға" (a percentage is read «… пайыз», so «пайыз» speaks last).
pub fn kk_suffix(v: f64, unit: Unit, case: Case) -> &'static str {
    match unit {
        Unit::Percent => kk_grammar::suffix("пайыз", case),
        Unit::Count => {
            // The decimals as printed: 87,1 is read «… оннан бір», 73,12 «… жүзден он екі»,
            // 0,004 «… мыңнан төрт».
            let (int, frac) = parts(v, false);
            kk_grammar::number_suffix(int, frac.parse().unwrap_or(0), case)
        }
    }
}

/// A value in its unit: "150", "73.12%".
pub fn value(v: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => number(v, lang),
        Unit::Percent => format!("{}%", write_number(v < 0.0, parts(v, true), lang)),
    }
}

/// A figure with its qualifier: "150", "130+", "about 700", "nearly 10,000".
pub fn figure(f: &Figure, unit: Unit, lang: Lang) -> String {
    qualified(f.value, f.qualifier, unit, lang)
}

pub fn qualified(v: f64, q: Qualifier, unit: Unit, lang: Lang) -> String {
    let n = [("n", Arg::Num(v, unit))];
    match q {
        Qualifier::Exact => value(v, unit, lang),
        Qualifier::Approx => tfa(lang, Key::QualApprox, &n),
        Qualifier::AtLeast => tfa(lang, Key::QualAtLeast, &n),
        Qualifier::Almost => tfa(lang, Key::QualAlmost, &n),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Russian months in the genitive, as after a day number ("13 февраля").
const MONTHS_RU_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_RU_NOM: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// "13 February 2026", "13 февраля 2026 г.", "2026 жылғы 13 ақпан"; month-only dates likewise.
pub fn date(d: PartialDate, lang: Lang) -> String {
    date_in(d, lang, None)
}

/// The name of month `m` (1-12), in the case a template asks for: a Kazakh month takes the
/// ending itself («ақпандағы»); a Russian month-only date takes the genitive for `Gen`
/// («от марта 2026 г.»), and one with a day always does; English months never change.
fn month_in(m: u8, with_day: bool, lang: Lang, case: Option<Case>) -> String {
    let m = usize::from(m.clamp(1, 12)) - 1;
    match lang {
        Lang::En => MONTHS_EN[m].to_string(),
        Lang::Ru if with_day || case == Some(Case::Genitive) => MONTHS_RU_GEN[m].to_string(),
        Lang::Ru => MONTHS_RU_NOM[m].to_string(),
        Lang::Kk => match case {
            Some(c) => [MONTHS_KK[m], kk_grammar::suffix(MONTHS_KK[m], c)].concat(),
            None => MONTHS_KK[m].to_string(),
        },
    }
}

/// A date in the form a template asks for. A Kazakh date ends with its month, which takes the
/// ending («2026 жылғы 13 ақпандағы», «2026 жылғы ақпан не наурыздағы»).
pub fn date_in(d: PartialDate, lang: Lang, case: Option<Case>) -> String {
    let month = month_in(d.month, d.day.is_some(), lang, case);
    let year = d.year.to_string();
    match d.day {
        Some(day) => {
            let day = day.to_string();
            tf(
                lang,
                Key::DateDay,
                &[("day", &day), ("month", &month), ("year", &year)],
            )
        }
        None => tf(lang, Key::DateMonth, &[("month", &month), ("year", &year)]),
    }
}

/// A date as the source gives it (a day, a month, one of two months, or "date not given"), in
/// the form a template asks for: the case falls on the last month named.
pub fn report_date_in(d: ReportDate, lang: Lang, case: Option<Case>) -> String {
    match d {
        ReportDate::On(d) => date_in(d, lang, case),
        ReportDate::EitherMonth {
            year,
            first,
            second,
        } => tf(
            lang,
            Key::DateEitherMonth,
            &[
                ("first", &month_in(first, false, lang, None)),
                ("second", &month_in(second, false, lang, case)),
                ("year", &year.to_string()),
            ],
        ),
        ReportDate::NotGiven => t(lang, Key::DateNotGiven).to_string(),
    }
}

/// A date as the source gives it, standing alone.
pub fn report_date(d: ReportDate, lang: Lang) -> String {
    report_date_in(d, lang, None)
}

/// "as of 13 February 2026", «2026 жылғы 13 ақпандағы жағдай бойынша».
/// A date the source does not give is said as such, not "as of date not given".
pub fn as_of(d: ReportDate, lang: Lang) -> String {
    match d {
        ReportDate::NotGiven => report_date(d, lang),
        d => tfa(lang, Key::AsOf, &[("date", Arg::Date(d))]),
    }
}

/// The quotation marks around a quoted headline: “…” in English, «…» in Russian and Kazakh.
pub fn quotes(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("\u{201c}", "\u{201d}"),
        Lang::Ru | Lang::Kk => ("\u{ab}", "\u{bb}"),
    }
}

/// A source as plain text, "Outlet, “Headline”, 13 February 2026": a headline the project
/// translated says so outside the quotation marks and gives the published one. Followed by
/// " · as of …" when the figure describes another date than the publication's.
pub fn source(s: &Source, lang: Lang, as_of: Option<ReportDate>) -> String {
    let h = s.headline(lang);
    let (open, close) = quotes(lang);
    let mut out = format!(
        "{}, {open}{}{close}",
        isolate(s.outlet_in(lang)),
        isolate(h.shown)
    );
    if let Some((original, _)) = h.original {
        out.push_str(&format!(
            " ({}; {}: {open}{}{close})",
            t(lang, Key::TranslatedHeadline),
            t(lang, Key::OriginalHeadline),
            isolate(original)
        ));
    }
    out.push_str(", ");
    out.push_str(&report_date(s.date, lang));
    if let Some(d) = as_of.filter(|d| *d != s.date) {
        out.push_str(" \u{b7} ");
        out.push_str(&self::as_of(d, lang));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fig(value: f64, qualifier: Qualifier) -> Figure {
        Figure {
            metric: "members".into(),
            value,
            qualifier,
            as_of: PartialDate::parse("2026-02-13").unwrap().into(),
            time: None,
            source: "s".into(),
            note: None,
        }
    }

    #[test]
    fn numbers_per_language() {
        assert_eq!(number(0.0, Lang::En), "0");
        assert_eq!(number(150.0, Lang::En), "150");
        assert_eq!(number(4000.0, Lang::En), "4,000");
        assert_eq!(number(4000.0, Lang::Ru), "4000");
        assert_eq!(number(12000.0, Lang::Ru), "12\u{a0}000");
        assert_eq!(number(9_127_192.0, Lang::En), "9,127,192");
        assert_eq!(number(9_127_192.0, Lang::Kk), "9\u{a0}127\u{a0}192");
        assert_eq!(number(73.12, Lang::En), "73.12");
        assert_eq!(number(73.12, Lang::Ru), "73,12");
        assert_eq!(number(87.1, Lang::Kk), "87,1");
        // Two decimals, or as many as a tiny value needs to show its first two digits.
        assert_eq!(number(0.004, Lang::En), "0.004");
        assert_eq!(number(0.0042, Lang::Ru), "0,0042");
        assert_eq!(number(0.00999, Lang::En), "0.01");
        assert_eq!(number(0.000_001, Lang::En), "0.000001");
        assert_eq!(number(1.004, Lang::En), "1");
        assert_eq!(number(-5.5, Lang::En), "-5.5");
    }

    #[test]
    fn tenths_for_svg() {
        assert_eq!(tenths(12.34), "12.3");
        assert_eq!(tenths(800.0), "800");
        assert_eq!(tenths(-0.25), "-0.3");
        assert_eq!(tenths(0.04), "0");
    }

    #[test]
    fn qualifiers_stay_visible() {
        let unit = Unit::Count;
        assert_eq!(figure(&fig(150.0, Qualifier::Exact), unit, Lang::En), "150");
        assert_eq!(
            figure(&fig(130.0, Qualifier::AtLeast), unit, Lang::En),
            "130+"
        );
        assert_eq!(
            figure(&fig(700.0, Qualifier::Approx), unit, Lang::En),
            "about 700"
        );
        assert_eq!(
            figure(&fig(700.0, Qualifier::Approx), unit, Lang::Ru),
            "около 700"
        );
        assert_eq!(
            figure(&fig(700.0, Qualifier::Approx), unit, Lang::Kk),
            "шамамен 700"
        );
        assert_eq!(
            figure(&fig(10000.0, Qualifier::Almost), unit, Lang::En),
            "nearly 10,000"
        );
        assert_eq!(
            qualified(73.12, Qualifier::Exact, Unit::Percent, Lang::Ru),
            "73,12%"
        );
    }

    #[test]
    fn sources_as_text() {
        let s = Source {
            id: "s".into(),
            outlet: "Kazakhstanskaya Pravda".into(),
            outlet_name: Some(crate::content::Localized {
                ru: Some("Казахстанская правда".into()),
                ..Default::default()
            }),
            title: crate::content::Localized {
                ru: Some("Коалиции начали работу".into()),
                en: Some("Coalitions started".into()),
                ..Default::default()
            },
            title_note: None,
            date: PartialDate::parse("2026-02-13").unwrap().into(),
            url: "https://example.org/".into(),
            language: Lang::Ru,
        };
        // The outlet and headlines are isolated (checked in the test below), not seen.
        let source =
            |s: &Source, lang, as_of| source(s, lang, as_of).replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(
            source(&s, Lang::En, None),
            "Kazakhstanskaya Pravda, \u{201c}Coalitions started\u{201d} (our translation; original: \u{201c}Коалиции начали работу\u{201d}), 13 February 2026",
            "a translation says so outside the quotation marks"
        );
        assert_eq!(
            source(&s, Lang::Ru, None),
            "Казахстанская правда, «Коалиции начали работу», 13 февраля 2026 г.",
            "the outlet's own Russian name; the published headline"
        );
        assert_eq!(
            source(&s, Lang::Kk, Some(s.date)),
            "Kazakhstanskaya Pravda, «Коалиции начали работу», 2026 жылғы 13 ақпан",
            "no Kazakh translation: the published headline; the same date is not repeated"
        );
        let later = PartialDate::parse("2026-03").unwrap().into();
        assert!(
            source(&s, Lang::Ru, Some(later)).ends_with(" \u{b7} на март 2026 г."),
            "{}",
            source(&s, Lang::Ru, Some(later))
        );
        let open = ReportDate::parse("2026-02/03").unwrap();
        assert_eq!(report_date(open, Lang::En), "February or March 2026");
        assert_eq!(report_date(open, Lang::Ru), "февраль или март 2026 г.");
        assert_eq!(report_date(open, Lang::Kk), "2026 жылғы ақпан не наурыз");
        assert_eq!(
            report_date(ReportDate::NotGiven, Lang::En),
            "date not given"
        );
        assert_eq!(
            report_date(ReportDate::NotGiven, Lang::Kk),
            "күні көрсетілмеген"
        );
    }

    #[test]
    fn dates_per_language() {
        let d = PartialDate::parse("2026-02-13").unwrap();
        assert_eq!(date(d, Lang::En), "13 February 2026");
        assert_eq!(date(d, Lang::Ru), "13 февраля 2026 г.");
        assert_eq!(date(d, Lang::Kk), "2026 жылғы 13 ақпан");
        let m = PartialDate::parse("2026-03").unwrap();
        assert_eq!(date(m, Lang::En), "March 2026");
        assert_eq!(date(m, Lang::Ru), "март 2026 г.");
        assert_eq!(date(m, Lang::Kk), "2026 жылғы наурыз");
    }
}

#[cfg(test)]
mod kazakh_forms {
    use super::*;

    fn day(m: u8) -> PartialDate {
        PartialDate {
            year: 2026,
            month: m,
            day: Some(13),
        }
    }

    /// Every month, spelled out by hand: the attributive locative before a noun («13
    /// ақпандағы жағдай») and the plain locative («13 ақпанда хабарланды»).
    #[test]
    fn every_month_in_the_locative() {
        let attr = [
            "қаңтардағы",
            "ақпандағы",
            "наурыздағы",
            "сәуірдегі",
            "мамырдағы",
            "маусымдағы",
            "шілдедегі",
            "тамыздағы",
            "қыркүйектегі",
            "қазандағы",
            "қарашадағы",
            "желтоқсандағы",
        ];
        let loc = [
            "қаңтарда",
            "ақпанда",
            "наурызда",
            "сәуірде",
            "мамырда",
            "маусымда",
            "шілдеде",
            "тамызда",
            "қыркүйекте",
            "қазанда",
            "қарашада",
            "желтоқсанда",
        ];
        for m in 1..=12u8 {
            let i = usize::from(m - 1);
            assert_eq!(
                date_in(day(m), Lang::Kk, Some(Case::LocativeAttr)),
                format!("2026 жылғы 13 {}", attr[i])
            );
            assert_eq!(
                date_in(day(m), Lang::Kk, Some(Case::Locative)),
                format!("2026 жылғы 13 {}", loc[i])
            );
            let month_only = PartialDate {
                day: None,
                ..day(m)
            };
            assert_eq!(
                date_in(month_only, Lang::Kk, Some(Case::LocativeAttr)),
                format!("2026 жылғы {}", attr[i])
            );
            // Neither Russian nor English dates change for a Kazakh marker.
            assert_eq!(
                date_in(day(m), Lang::Ru, Some(Case::LocativeAttr)),
                date(day(m), Lang::Ru)
            );
            assert_eq!(
                date_in(day(m), Lang::En, Some(Case::Genitive)),
                date(day(m), Lang::En)
            );
        }
    }

    #[test]
    fn as_of_in_every_language() {
        let d = PartialDate::parse("2026-02-13").unwrap().into();
        assert_eq!(as_of(d, Lang::Kk), "2026 жылғы 13 ақпандағы жағдай бойынша");
        assert_eq!(as_of(d, Lang::Ru), "на 13 февраля 2026 г.");
        assert_eq!(as_of(d, Lang::En), "as of 13 February 2026");
        let m = PartialDate::parse("2026-11").unwrap().into();
        assert_eq!(as_of(m, Lang::Kk), "2026 жылғы қарашадағы жағдай бойынша");
    }

    #[test]
    fn open_dates_take_the_case_on_their_last_month() {
        let open = ReportDate::parse("2026-02/03").unwrap();
        assert_eq!(
            as_of(open, Lang::Kk),
            "2026 жылғы ақпан не наурыздағы жағдай бойынша"
        );
        assert_eq!(as_of(open, Lang::Ru), "на февраль или март 2026 г.");
        assert_eq!(as_of(open, Lang::En), "as of February or March 2026");
        let none = ReportDate::NotGiven;
        assert_eq!(as_of(none, Lang::Kk), "күні көрсетілмеген");
        assert_eq!(as_of(none, Lang::En), "date not given");
    }

    #[test]
    fn nearly_takes_the_dative() {
        let almost = |v| qualified(v, Qualifier::Almost, Unit::Count, Lang::Kk);
        assert_eq!(almost(10000.0), "10\u{a0}000-ға жуық");
        assert_eq!(almost(4000.0), "4000-ға жуық");
        assert_eq!(almost(700.0), "700-ге жуық");
        assert_eq!(almost(300.0), "300-ге жуық");
        assert_eq!(almost(1959.0), "1959-ға жуық");
        assert_eq!(almost(45.0), "45-ке жуық");
        assert_eq!(almost(40.0), "40-қа жуық");
        assert_eq!(
            almost(2_000_000_000.0),
            "2\u{a0}000\u{a0}000\u{a0}000-қа жуық"
        );
        assert_eq!(
            qualified(73.12, Qualifier::Almost, Unit::Percent, Lang::Kk),
            "73,12%-ға жуық"
        );
        assert_eq!(
            qualified(10000.0, Qualifier::Almost, Unit::Count, Lang::Ru),
            "почти 10\u{a0}000"
        );
    }

    #[test]
    fn a_right_to_left_outlet_or_headline_keeps_the_date_after_it() {
        use crate::content::text_rules::{drawn, RTL};
        let mut s = Source {
            id: "s".into(),
            outlet: RTL.into(),
            outlet_name: None,
            title: crate::content::Localized {
                en: Some(RTL.into()),
                ..Default::default()
            },
            title_note: None,
            date: PartialDate::parse("2026-02-13").unwrap().into(),
            url: "https://example.org/".into(),
            language: Lang::En,
        };
        let reversed: String = RTL.chars().rev().collect();
        assert_eq!(
            drawn(&source(&s, Lang::En, None)),
            format!("{reversed}, \u{201c}{reversed}\u{201d}, 13 February 2026")
        );
        s.outlet = "Vlast".into();
        assert!(drawn(&source(&s, Lang::Ru, None)).ends_with("», 13 февраля 2026 г."));
    }

    #[test]
    fn shares_near_100_keep_the_decimals_that_tell_them_from_100() {
        for (v, en, ru) in [
            (99.996, "99.996%", "99,996%"),
            (99.99, "99.99%", "99,99%"),
            (99.9951, "99.995%", "99,995%"),
            (99.99999, "99.99999%", "99,99999%"),
            (99.994, "99.99%", "99,99%"),
            (100.0, "100%", "100%"),
            (73.12, "73.12%", "73,12%"),
        ] {
            assert_eq!(value(v, Unit::Percent, Lang::En), en);
            assert_eq!(value(v, Unit::Percent, Lang::Ru), ru);
            assert_eq!(value(v, Unit::Percent, Lang::Kk), ru);
        }
        assert_eq!(
            qualified(99.996, Qualifier::Approx, Unit::Percent, Lang::En),
            "about 99.996%"
        );
    }

    #[test]
    fn decimals_as_printed() {
        for (v, s) in [
            (87.1, "ге"),
            (73.12, "ге"),
            (0.5, "ке"),
            (0.05, "ке"),
            (12.6, "ға"),
            (2.0, "ге"),
            (0.004, "ке"),
            (0.0006, "ға"),
        ] {
            assert_eq!(kk_suffix(v, Unit::Count, Case::Dative), s, "{v}");
        }
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any value validation allows (zero, or 10^-6 to 10^12) prints as what it is: a
        /// positive one never as "0" (0.004% once read "0%").
        #[test]
        fn no_positive_figure_prints_as_zero(e in -6.0f64..12.0, m in 1.0f64..10.0) {
            let v = (m * 10f64.powf(e)).clamp(1e-6, 1e12);
            for lang in Lang::ALL {
                for unit in [Unit::Count, Unit::Percent] {
                    let s = value(v, unit, lang);
                    prop_assert!(s.chars().any(|c| ('1'..='9').contains(&c)), "{} as {}", v, s);
                }
            }
        }

        /// A share strictly between 0 and 100 never prints as either bound: "0%" says none,
        /// "100%" all (99.996% once read "100%").
        #[test]
        fn no_share_below_100_prints_as_100(
            v in prop_oneof![0.0f64..100.0, 99.99f64..100.0, 99.9999999f64..100.0]
        ) {
            prop_assume!(v > 0.0 && v < 100.0);
            for lang in Lang::ALL {
                let s = value(v, Unit::Percent, lang);
                let n: f64 = s.trim_end_matches('%').replace(',', ".").parse().unwrap();
                prop_assert!(n > 0.0 && n < 100.0, "{} as {}", v, s);
            }
        }

        #[test]
        fn grouping_round_trips(n in 0u64..1_000_000_000_000) {
            for lang in Lang::ALL {
                let s = number(n as f64, lang);
                let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
                prop_assert_eq!(digits, n.to_string());
            }
        }
    }
}
