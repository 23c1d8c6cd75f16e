//! The content pack as written in JSON: serde types only; meaning is checked in `validate`.

use super::date::PartialDate;
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
        s.as_deref().filter(|s| !s.trim().is_empty())
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

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub title: Localized,
    pub date: PartialDate,
    pub url: String,
    /// The language the source is published in.
    pub language: Lang,
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
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub metric: String,
    pub value: f64,
    pub qualifier: Qualifier,
    pub as_of: PartialDate,
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
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    pub state: Status,
    pub as_of: PartialDate,
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
    pub date: PartialDate,
    pub text: Localized,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub label: Localized,
    #[serde(default)]
    pub note: Option<Localized>,
    pub figures: Vec<Figure>,
}
