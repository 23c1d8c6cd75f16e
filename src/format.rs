//! Numbers, figures and dates as each language writes them. Every place that shows a figure
//! (map, legend, tooltip, table, panel, screen-reader text) formats it here, so "130+" and
//! "about 700" read the same everywhere.

use crate::content::{Figure, PartialDate, Qualifier, Source, Unit};
use crate::i18n::kk_grammar::{self, Case};
use crate::i18n::{tf, tfa, Arg, Key};
use crate::lang::Lang;

/// A number's whole part and hundredths, as printed (rounded to two decimals).
fn parts(v: f64) -> (u64, u64) {
    let hundredths = (v.abs() * 100.0).round();
    (
        (hundredths / 100.0).trunc() as u64,
        (hundredths % 100.0) as u64,
    )
}

/// A number with the language's digit grouping and decimal mark; at most two decimals.
pub fn number(v: f64, lang: Lang) -> String {
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        // Russian and Kazakh group with a (non-breaking) space and use a decimal comma.
        Lang::Ru | Lang::Kk => ("\u{a0}", ","),
    };
    let negative = v < 0.0;
    let (int, frac) = parts(v);
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if negative && (int > 0 || frac > 0) {
        out.push('-');
    }
    // Four-digit numbers stay ungrouped in Russian and Kazakh ("4000"), as their style guides ask.
    let grouping = digits.len() > 4 || (lang == Lang::En && digits.len() > 3);
    for (i, c) in digits.chars().enumerate() {
        if grouping && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if frac > 0 {
        out.push_str(decimal);
        let f = format!("{frac:02}");
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// The Kazakh ending of `v` written in digits in `unit`, without the hyphen: "700" → "ге",
/// "73,12%" → "ға" (a percentage is read «… пайыз», so «пайыз» speaks last).
pub fn kk_suffix(v: f64, unit: Unit, case: Case) -> &'static str {
    match unit {
        Unit::Percent => kk_grammar::suffix("пайыз", case),
        Unit::Count => {
            // The decimals as printed: 87,1 is read «… оннан бір», 73,12 «… жүзден он екі».
            let (int, hundredths) = parts(v);
            let frac = if hundredths % 10 == 0 {
                hundredths / 10
            } else {
                hundredths
            };
            kk_grammar::number_suffix(int, frac, case)
        }
    }
}

/// A coordinate for SVG or CSS with one decimal ("12.3"), written without float formatting,
/// which would cost the wasm bundle more than the rest of this module.
pub fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let (int, frac) = (t.abs() / 10, t.abs() % 10);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// A value in its unit: "150", "73.12%".
pub fn value(v: f64, unit: Unit, lang: Lang) -> String {
    match unit {
        Unit::Count => number(v, lang),
        Unit::Percent => format!("{}%", number(v, lang)),
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

/// A date in the form a template asks for. A Kazakh date ends with its month, which takes the
/// ending («2026 жылғы 13 ақпандағы»); a Russian month-only date takes the genitive for `Gen`
/// («от марта 2026 г.»); English dates never change.
pub fn date_in(d: PartialDate, lang: Lang, case: Option<Case>) -> String {
    let m = usize::from(d.month.clamp(1, 12)) - 1;
    let year = d.year.to_string();
    let kk_month;
    let month = match lang {
        Lang::En => MONTHS_EN[m],
        Lang::Ru if d.day.is_some() || case == Some(Case::Genitive) => MONTHS_RU_GEN[m],
        Lang::Ru => MONTHS_RU_NOM[m],
        Lang::Kk => match case {
            Some(c) => {
                kk_month = [MONTHS_KK[m], kk_grammar::suffix(MONTHS_KK[m], c)].concat();
                &kk_month
            }
            None => MONTHS_KK[m],
        },
    };
    match d.day {
        Some(day) => {
            let day = day.to_string();
            tf(
                lang,
                Key::DateDay,
                &[("day", &day), ("month", month), ("year", &year)],
            )
        }
        None => tf(lang, Key::DateMonth, &[("month", month), ("year", &year)]),
    }
}

/// "as of 13 February 2026", «2026 жылғы 13 ақпандағы жағдай бойынша».
pub fn as_of(d: PartialDate, lang: Lang) -> String {
    tfa(lang, Key::AsOf, &[("date", Arg::Date(d))])
}

/// The quotation marks around a quoted headline: “…” in English, «…» in Russian and Kazakh.
pub fn quotes(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("\u{201c}", "\u{201d}"),
        Lang::Ru | Lang::Kk => ("\u{ab}", "\u{bb}"),
    }
}

/// A source as plain text, "AstanaTV, “Headline”, 13 February 2026", followed by
/// " · as of …" when the figure describes another date than the publication's.
pub fn source(s: &Source, lang: Lang, as_of: Option<PartialDate>) -> String {
    let title = s.title.text(lang);
    let (open, close) = quotes(lang);
    let mut out = format!("{}, {open}{title}{close}, {}", s.outlet, date(s.date, lang));
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
            as_of: PartialDate::parse("2026-02-13").unwrap(),
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
        assert_eq!(number(0.004, Lang::En), "0");
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
            outlet: "AstanaTV".into(),
            title: crate::content::Localized {
                ru: Some("Коалиции начали работу".into()),
                en: Some("Coalitions started".into()),
                ..Default::default()
            },
            date: PartialDate::parse("2026-02-13").unwrap(),
            url: "https://example.org/".into(),
            language: Lang::Ru,
        };
        assert_eq!(
            source(&s, Lang::En, None),
            "AstanaTV, \u{201c}Coalitions started\u{201d}, 13 February 2026"
        );
        assert_eq!(
            source(&s, Lang::Kk, Some(s.date)),
            "AstanaTV, «Коалиции начали работу», 2026 жылғы 13 ақпан",
            "a missing language falls back; the same date is not repeated"
        );
        let later = PartialDate::parse("2026-03").unwrap();
        assert_eq!(
            source(&s, Lang::En, Some(later)),
            "AstanaTV, \u{201c}Coalitions started\u{201d}, 13 February 2026 \u{b7} as of March 2026"
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
        let d = PartialDate::parse("2026-02-13").unwrap();
        assert_eq!(as_of(d, Lang::Kk), "2026 жылғы 13 ақпандағы жағдай бойынша");
        assert_eq!(as_of(d, Lang::Ru), "на 13 февраля 2026 г.");
        assert_eq!(as_of(d, Lang::En), "as of 13 February 2026");
        let m = PartialDate::parse("2026-11").unwrap();
        assert_eq!(as_of(m, Lang::Kk), "2026 жылғы қарашадағы жағдай бойынша");
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
    fn decimals_as_printed() {
        for (v, s) in [
            (87.1, "ге"),
            (73.12, "ге"),
            (0.5, "ке"),
            (0.05, "ке"),
            (12.6, "ға"),
            (2.0, "ге"),
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
