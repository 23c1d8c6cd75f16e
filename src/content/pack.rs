//! The content pack as written in JSON: serde types only; meaning is checked in `validate`.

use super::date::{DayTime, PartialDate, ReportDate};
use crate::lang::Lang;
use serde::Deserialize;

/// The schema version this build reads. Bump it on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A text in one or more of the three languages.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub kk: Option<String>,
    pub ru: Option<String>,
    pub en: Option<String>,
}

impl Localized {
    pub fn in_lang(&self, lang: Lang) -> Option<&str> {
        let s = match lang {
            Lang::Kk => &self.kk,
            Lang::Ru => &self.ru,
            Lang::En => &self.en,
        };
        s.as_deref().filter(|s| !super::text_rules::is_blank(s))
    }

    /// The text in `lang`, or in the nearest language that has it, with the language it is in.
    pub fn get(&self, lang: Lang) -> Option<(&str, Lang)> {
        lang.fallbacks()
            .into_iter()
            .find_map(|l| self.in_lang(l).map(|s| (s, l)))
    }

    /// The text for display; empty only if validation was skipped.
    pub fn text(&self, lang: Lang) -> &str {
        self.get(lang).map(|(s, _)| s).unwrap_or("")
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "150"
    Exact,
    /// "about 700"
    Approx,
    /// "more than 130"
    AtLeast,
    /// "nearly 10,000"
    Almost,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Count,
    Percent,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub schema_version: u32,
    pub title: Localized,
    /// When the pack's figures were last checked.
    pub updated: PartialDate,
    pub sources: Vec<Source>,
    pub metrics: Vec<Metric>,
    pub regions: Vec<RegionEntry>,
    pub national: National,
    #[serde(default)]
    pub timeline: Vec<TimelineEntry>,
    pub outcome: Outcome,
}

impl Pack {
    /// Every figure: the units', their results', the nation's and the result's.
    pub fn all_figures(&self) -> impl Iterator<Item = &Figure> {
        self.regions
            .iter()
            .flat_map(|r| {
                r.figures
                    .iter()
                    .chain(r.result.iter().flat_map(|o| &o.figures))
            })
            .chain(&self.national.figures)
            .chain(&self.outcome.figures)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The outlet's name as it writes it; shown where `outlet_name` has none for the reader.
    pub outlet: String,
    /// The outlet's own name in a language, where it has one («Казахстанская правда»). Never a
    /// translation of a name that has none.
    #[serde(default)]
    pub outlet_name: Option<Localized>,
    /// The headline as published, under the source's `language`; under the other languages,
    /// the project's translations, always shown as such.
    pub title: Localized,
    /// About the headline itself: "taken from the page address", "published in Latin script".
    #[serde(default)]
    pub title_note: Option<Localized>,
    pub date: ReportDate,
    pub url: String,
    /// The language the source is published in.
    pub language: Lang,
}

/// A headline as the reader gets it: in the reader's language when the project translated
/// it, with the published one beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headline<'a> {
    pub shown: &'a str,
    pub shown_lang: Lang,
    /// The headline as published and its language, when `shown` is a translation.
    pub original: Option<(&'a str, Lang)>,
}

impl Source {
    /// The outlet's name in `lang` where it has one, else as it writes it.
    pub fn outlet_in(&self, lang: Lang) -> &str {
        self.outlet_name
            .as_ref()
            .and_then(|n| n.in_lang(lang))
            .unwrap_or(&self.outlet)
    }

    /// The published headline, or the project's translation into `lang` beside it. A
    /// translation into another language than the reader's is never shown.
    pub fn headline(&self, lang: Lang) -> Headline<'_> {
        let published = self.title.in_lang(self.language);
        match (self.title.in_lang(lang), published) {
            (Some(t), Some(p)) if lang != self.language => Headline {
                shown: t,
                shown_lang: lang,
                original: Some((p, self.language)),
            },
            (_, Some(p)) => Headline {
                shown: p,
                shown_lang: self.language,
                original: None,
            },
            // Only when validation was skipped: the published headline is required.
            (_, None) => {
                let (shown, shown_lang) = self.title.get(lang).unwrap_or(("", lang));
                Headline {
                    shown,
                    shown_lang,
                    original: None,
                }
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metric {
    pub id: String,
    pub label: Localized,
    #[serde(default)]
    pub description: Option<Localized>,
    pub unit: Unit,
    /// Whether the map can be coloured by this metric.
    #[serde(default)]
    pub map: bool,
    /// Whether its figures are at times of day (turnout through referendum day): the widget
    /// shows them one time at a time, with the time control.
    #[serde(default)]
    pub timed: bool,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub metric: String,
    pub value: f64,
    pub qualifier: Qualifier,
    /// The date the figure describes, as the source gives it.
    pub as_of: ReportDate,
    /// The time of day on `as_of` that an intraday figure describes (turnout at 18:00). A
    /// metric with one timed figure has only timed ones.
    #[serde(default)]
    pub time: Option<DayTime>,
    pub source: String,
    /// Scope or caveat as reported ("from the city of Oral alone").
    #[serde(default)]
    pub note: Option<Localized>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A report says the regional coalition has started work.
    Started,
    /// A national report says regional coalitions started work in all regions; no report
    /// names this one.
    StartedAllRegions,
    /// The result, as the referendum commission established it (`outcome.status` only).
    Final,
    /// The result as first announced (`outcome.status` only).
    Preliminary,
}

impl Status {
    /// Whether the state is one of a result rather than of a coalition.
    pub fn of_result(self) -> bool {
        matches!(self, Status::Final | Status::Preliminary)
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    pub state: Status,
    pub as_of: ReportDate,
    pub source: String,
    #[serde(default)]
    pub note: Option<Localized>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub text: Localized,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: Localized,
    pub role: Localized,
    /// The words as published, in the language they were said in; never translated here.
    #[serde(default)]
    pub quote: Option<Localized>,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionEntry {
    /// ISO 3166-2:KZ code, as in the geometry.
    pub id: String,
    /// What has been reported about the coalition itself, figures or not.
    #[serde(default)]
    pub status: Option<StatusReport>,
    #[serde(default)]
    pub composition: Option<Sourced>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Reported events with no figure: a visit, a meeting, a campaign. Shaped as timeline
    /// entries, which spares the first view a second parser.
    #[serde(default)]
    pub activity: Vec<TimelineEntry>,
    /// The vote's result in this unit, where a source gives one, with its standing.
    #[serde(default)]
    pub result: Option<Outcome>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct National {
    pub name: Localized,
    #[serde(default)]
    pub description: Option<Sourced>,
    #[serde(default)]
    pub people: Vec<Person>,
    pub figures: Vec<Figure>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineEntry {
    pub date: ReportDate,
    pub text: Localized,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub label: Localized,
    /// Whether the result is final (`final` or `preliminary`), when and by whose report.
    #[serde(default)]
    pub status: Option<StatusReport>,
    #[serde(default)]
    pub note: Option<Localized>,
    pub figures: Vec<Figure>,
}
