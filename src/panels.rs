//! Pure logic of the unit panel, the table cells and the nationwide cards: which figure leads
//! a unit's panel, how the reports of one metric group when sources agree, how large a card's
//! figures may be drawn so that none of them wraps or overflows, and where a date may wrap.

use crate::content::Figure;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;

/// What a unit's panel leads with: the metric on screen, reported or not.
#[derive(Debug, PartialEq)]
pub enum Lead<'a> {
    Reported(&'a Figure),
    /// Drawn as words, never as zero.
    NotReported,
}

/// The figure of `metric` first (or its absence), then the unit's other figures in pack order.
pub fn panel_figures<'a>(figures: &'a [Figure], metric: &str) -> (Lead<'a>, Vec<&'a Figure>) {
    let lead = figures
        .iter()
        .find(|f| f.metric == metric)
        .map_or(Lead::NotReported, Lead::Reported);
    let others = figures.iter().filter(|f| f.metric != metric).collect();
    (lead, others)
}

/// One value of a metric and every report that gives it.
#[derive(Debug, PartialEq)]
pub struct Agreement<'a> {
    /// The reports of this value, in pack order; the first stands for the value.
    pub reports: Vec<&'a Figure>,
}

impl<'a> Agreement<'a> {
    pub fn figure(&self) -> &'a Figure {
        self.reports[0]
    }
}

/// A nationwide card: one metric, its distinct values in pack order.
#[derive(Debug, PartialEq)]
pub struct Card<'a> {
    pub metric: &'a str,
    pub values: Vec<Agreement<'a>>,
}

impl Card<'_> {
    /// Sources disagree: the card shows each value side by side.
    pub fn disputed(&self) -> bool {
        self.values.len() > 1
    }
}

/// Groups figures into one card per metric, and within a card the reports that give the same
/// value with the same qualifier ("5" and "5" are two sources agreeing, not two figures).
/// Cards whose sources disagree come first: they span a whole row, so the grid's one partly
/// filled row is its last, and the reading order stays the order on screen.
pub fn cards(figures: &[Figure]) -> Vec<Card<'_>> {
    let mut cards: Vec<Card> = Vec::new();
    for f in figures {
        let i = match cards.iter().position(|c| c.metric == f.metric) {
            Some(i) => i,
            None => {
                cards.push(Card {
                    metric: &f.metric,
                    values: Vec::new(),
                });
                cards.len() - 1
            }
        };
        let values = &mut cards[i].values;
        match values.iter_mut().find(|a| {
            let g = a.figure();
            g.value.to_bits() == f.value.to_bits() && g.qualifier == f.qualifier
        }) {
            Some(a) => a.reports.push(f),
            None => values.push(Agreement { reports: vec![f] }),
        }
    }
    // A stable sort keeps pack order within each group.
    cards.sort_by_key(|c| !c.disputed());
    cards
}

/// "Two sources agree" under a value that `n` reports give; nothing for a single report.
pub fn agreement(lang: Lang, n: usize) -> Option<String> {
    match n {
        0 | 1 => None,
        2 => Some(t(lang, Key::SourcesAgreeTwo).to_string()),
        n => Some(tf(lang, Key::SourcesAgreeMany, &[("n", &n.to_string())])),
    }
}

/// The ids of the sources behind `figures`, each once, in order of first use.
pub fn distinct_sources<'a>(ids: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen = std::collections::BTreeSet::new();
    ids.into_iter().filter(|id| seen.insert(*id)).collect()
}

/// The size class for figures in boxes of one width, from the longest of them as written:
/// `styles/app.css` draws each class as large as fits its box (in `cqi`), up to the figure
/// size of its place (card or panel). Shorter figures get larger type; a list of cards shares
/// one class so that its figures read as one set.
pub fn fit_class<'a>(texts: impl IntoIterator<Item = &'a str>) -> &'static str {
    let longest = texts
        .into_iter()
        .map(|t| t.chars().count())
        .max()
        .unwrap_or(0);
    match longest {
        0..=4 => "qe-fit-4",
        5..=6 => "qe-fit-6",
        7..=8 => "qe-fit-8",
        9..=10 => "qe-fit-10",
        11..=12 => "qe-fit-12",
        13..=14 => "qe-fit-14",
        15..=16 => "qe-fit-16",
        17..=18 => "qe-fit-18",
        19..=20 => "qe-fit-20",
        21..=24 => "qe-fit-24",
        _ => "qe-fit-28",
    }
}

/// Joins every number to the word after it with a no-break space ("13 February", "2026 г.",
/// "(2026 жылғы"), so that a date in a narrow cell wraps only between its parts and never
/// leaves "г." or "жылғы" alone on a line. A word counts as a number when it ends in a digit.
pub fn bind_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut last = None;
    for c in text.chars() {
        if c == ' ' && last.is_some_and(|l: char| l.is_ascii_digit()) {
            out.push('\u{a0}');
        } else {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{PartialDate, Qualifier};

    fn fig(metric: &str, value: f64, qualifier: Qualifier, source: &str) -> Figure {
        Figure {
            metric: metric.into(),
            value,
            qualifier,
            as_of: PartialDate::parse("2026-02-13").unwrap().into(),
            time: None,
            source: source.into(),
            note: None,
        }
    }

    #[test]
    fn the_metric_on_screen_leads_the_panel() {
        let figs = [
            fig("parties", 3.0, Qualifier::Exact, "a"),
            fig("proposals", 100.0, Qualifier::AtLeast, "b"),
        ];
        let (lead, others) = panel_figures(&figs, "proposals");
        assert_eq!(lead, Lead::Reported(&figs[1]));
        assert_eq!(others, vec![&figs[0]]);
    }

    #[test]
    fn a_missing_metric_leads_as_not_reported_and_keeps_every_other_figure() {
        let figs = [
            fig("attendance", 400.0, Qualifier::Approx, "a"),
            fig("events", 12.0, Qualifier::Exact, "a"),
        ];
        let (lead, others) = panel_figures(&figs, "members");
        assert_eq!(lead, Lead::NotReported);
        assert_eq!(others, vec![&figs[0], &figs[1]]);
        let (lead, others) = panel_figures(&[], "members");
        assert_eq!(lead, Lead::NotReported);
        assert!(others.is_empty());
    }

    #[test]
    fn a_zero_is_reported_not_missing() {
        let figs = [fig("members", 0.0, Qualifier::Exact, "a")];
        assert_eq!(panel_figures(&figs, "members").0, Lead::Reported(&figs[0]));
    }

    #[test]
    fn sources_that_agree_make_one_value() {
        let figs = [
            fig("parties", 5.0, Qualifier::Exact, "a"),
            fig("parties", 5.0, Qualifier::Exact, "b"),
            fig("orgs", 300.0, Qualifier::AtLeast, "a"),
            fig("orgs", 300.0, Qualifier::AtLeast, "c"),
        ];
        let cards = cards(&figs);
        assert_eq!(cards.len(), 2);
        assert_eq!(cards[0].metric, "parties");
        assert_eq!(cards[0].values.len(), 1);
        let sources: Vec<&str> = cards[0].values[0]
            .reports
            .iter()
            .map(|f| f.source.as_str())
            .collect();
        assert_eq!(sources, ["a", "b"]);
        assert!(!cards[1].disputed());
    }

    #[test]
    fn the_same_number_with_another_qualifier_is_another_value() {
        let figs = [
            fig("proposals", 2000.0, Qualifier::AtLeast, "a"),
            fig("proposals", 2000.0, Qualifier::Approx, "b"),
            fig("proposals", 2000.0, Qualifier::AtLeast, "c"),
        ];
        let cards = cards(&figs);
        assert_eq!(cards.len(), 1);
        assert!(cards[0].disputed());
        assert_eq!(cards[0].values.len(), 2);
        assert_eq!(cards[0].values[0].reports.len(), 2);
        assert_eq!(cards[0].values[1].figure().source, "b");
    }

    #[test]
    fn disputed_cards_come_first_and_the_rest_keep_pack_order() {
        let figs = [
            fig("events", 700.0, Qualifier::Approx, "a"),
            fig("proposals", 4000.0, Qualifier::Approx, "a"),
            fig("proposals", 10000.0, Qualifier::Almost, "b"),
            fig("parties", 5.0, Qualifier::Exact, "a"),
            fig("parties", 5.0, Qualifier::Exact, "b"),
            fig("branches", 20.0, Qualifier::Exact, "c"),
        ];
        let order: Vec<&str> = cards(&figs).iter().map(|c| c.metric).collect();
        assert_eq!(order, ["proposals", "events", "parties", "branches"]);
    }

    #[test]
    fn the_pack_has_agreeing_and_disputed_nationwide_figures() {
        let model = crate::content::Model::embedded().unwrap();
        let cards = cards(&model.pack.national.figures);
        let parties = cards.iter().find(|c| c.metric == "parties").unwrap();
        assert_eq!(parties.values.len(), 1, "5 and 5 are one value");
        assert_eq!(parties.values[0].reports.len(), 2);
        let proposals = cards.iter().find(|c| c.metric == "proposals").unwrap();
        assert_eq!(proposals.values.len(), 2);
        assert_eq!(cards[0].metric, "proposals");
        let metrics: Vec<&str> = cards.iter().map(|c| c.metric).collect();
        let mut unique = metrics.clone();
        unique.dedup();
        assert_eq!(metrics, unique, "one card per metric");
    }

    #[test]
    fn agreement_is_said_only_for_two_or_more_reports() {
        for lang in Lang::ALL {
            assert_eq!(agreement(lang, 0), None);
            assert_eq!(agreement(lang, 1), None);
            let two = agreement(lang, 2).unwrap();
            assert!(!two.contains('{') && !two.contains('2'), "{two}");
            let three = agreement(lang, 3).unwrap();
            assert!(three.contains('3') && !three.contains('{'), "{three}");
        }
        assert_eq!(agreement(Lang::En, 2).unwrap(), "Two sources agree");
        assert_eq!(agreement(Lang::En, 4).unwrap(), "4 sources agree");
        // The number stands alone after a colon: no case ending glued onto it.
        assert!(agreement(Lang::Kk, 3).unwrap().ends_with(": 3"));
        assert!(agreement(Lang::Ru, 5).unwrap().ends_with(": 5"));
    }

    #[test]
    fn sources_are_listed_once_in_order_of_use() {
        assert_eq!(
            distinct_sources(["b", "a", "b", "c", "a"]),
            vec!["b", "a", "c"]
        );
        assert!(distinct_sources([] as [&str; 0]).is_empty());
    }

    #[test]
    fn the_fit_class_follows_the_longest_figure() {
        assert_eq!(fit_class(["5", "20"]), "qe-fit-4");
        assert_eq!(fit_class(["5", "300+"]), "qe-fit-4");
        assert_eq!(fit_class(["73.12%"]), "qe-fit-6");
        assert_eq!(fit_class(["12,000+", "5"]), "qe-fit-8");
        assert_eq!(fit_class(["about 700"]), "qe-fit-10");
        assert_eq!(fit_class(["12,482,613", "5"]), "qe-fit-10");
        // Characters, not bytes: Cyrillic and the no-break space count once.
        assert_eq!(fit_class(["12\u{a0}482\u{a0}613"]), "qe-fit-10");
        assert_eq!(fit_class(["шамамен 700"]), "qe-fit-12");
        assert_eq!(fit_class(["nearly 10,000"]), "qe-fit-14");
        // 21 characters, 25, 17.
        assert_eq!(fit_class(["10\u{a0}000 деңгейіне жуық"]), "qe-fit-24");
        assert_eq!(
            fit_class(["12\u{a0}482\u{a0}613 деңгейіне жуық"]),
            "qe-fit-28"
        );
        assert_eq!(fit_class(["nearly 12,482,613"]), "qe-fit-18");
        assert_eq!(fit_class(["x".repeat(40).as_str()]), "qe-fit-28");
        assert_eq!(fit_class([] as [&str; 0]), "qe-fit-4");
    }

    #[test]
    fn numbers_hold_on_to_the_word_after_them() {
        assert_eq!(bind_numbers("13 February 2026"), "13\u{a0}February 2026");
        assert_eq!(
            bind_numbers("13 февраля 2026 г."),
            "13\u{a0}февраля 2026\u{a0}г."
        );
        assert_eq!(
            bind_numbers("Жұмысын бастады (2026 жылғы 13 ақпан хабары)"),
            "Жұмысын бастады (2026\u{a0}жылғы 13\u{a0}ақпан хабары)"
        );
        // Only ordinary spaces after a digit; the rest is left as it is.
        assert_eq!(bind_numbers("12,000+ events"), "12,000+ events");
        assert_eq!(bind_numbers("Rika TV 2"), "Rika TV 2");
        assert_eq!(bind_numbers("2026  г."), "2026\u{a0} г.");
        assert_eq!(bind_numbers(""), "");
    }

    #[test]
    fn every_date_wraps_only_between_its_parts() {
        let d = PartialDate::parse("2026-02-13").unwrap();
        let m = PartialDate::parse("2026-02").unwrap();
        for lang in Lang::ALL {
            for date in [d, m] {
                let bound = bind_numbers(&crate::format::report_date(date.into(), lang));
                // No break right after a number: "г." and "жылғы" never start a line.
                for (i, c) in bound.char_indices().skip(1) {
                    let prev = bound[..i].chars().last().unwrap();
                    assert!(!(c == ' ' && prev.is_ascii_digit()), "{bound:?}");
                }
            }
        }
        assert_eq!(
            bind_numbers(&crate::format::report_date(d.into(), Lang::Kk)),
            "2026\u{a0}жылғы 13\u{a0}ақпан"
        );
    }
}
