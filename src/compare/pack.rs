//! The comparison pack as written in JSON (serde types only; meaning is checked in
//! `compare::validate`). Three kinds of file, all loaded only when the Compare view opens:
//!
//! - `compare/index.json`: editions, sections, the article lists of both editions, topics and
//!   the alignment (which old articles correspond to which new ones), with editorial summaries;
//! - `compare/texts.<lang>.json`: article texts in one language, per edition. A language or an
//!   article missing here is shown as "text not in this edition of the widget", never filled in;
//! - `compare/reasons.json`: the reviewers' reasons for the pairings, fetched when a pair opens.

use crate::content::{Localized, PartialDate, Source};
use crate::lang::Lang;
use serde::Deserialize;
use std::collections::BTreeMap;

pub const COMPARE_SCHEMA_VERSION: u32 = 1;

/// The article number the preamble has in the pack: it is compared like an article (pair
/// [`PREAMBLE_PAIR`]) and listed under a section of the same id.
pub const PREAMBLE: &str = "preamble";
/// The id of the pair of the two preambles.
pub const PREAMBLE_PAIR: &str = "preamble";

/// Whether an article number is the preamble's (the view then says "Preamble", not "Art.").
pub fn is_preamble(number: &str) -> bool {
    number == PREAMBLE
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Edition {
    /// The Constitution of 1995 as in force before 1 July 2026.
    Old,
    /// The Constitution adopted at the referendum of 15 March 2026.
    New,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareIndex {
    pub schema_version: u32,
    pub old: EditionInfo,
    pub new: EditionInfo,
    pub sources: Vec<Source>,
    pub sections: Vec<Section>,
    pub articles: Vec<ArticleRef>,
    pub topics: Vec<Topic>,
    pub pairs: Vec<Pair>,
    /// The texts files that exist, so the widget fetches only what a language needs.
    #[serde(default)]
    pub texts: Vec<TextsFile>,
    /// Where readers can flag a wrong alignment (https or mailto); the embedder may override.
    #[serde(default)]
    pub report_url: Option<String>,
    /// The file of the reviewers' reasons for the pairings ("reasons.json"), beside the index:
    /// shown only in an open pair, so fetched when one first opens, not with the list.
    #[serde(default)]
    pub reasons: Option<String>,
}

/// `compare/reasons.json`: why each pairing was kept (or left open), by pair id; the
/// reviewer's note, for readers who check.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareReasons {
    pub schema_version: u32,
    pub reasons: BTreeMap<String, Localized>,
}

/// One `texts.<lang>.json` and the editions it has texts for.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextsFile {
    pub language: Lang,
    /// File name relative to the index: "texts.ru.json".
    pub file: String,
    pub editions: Vec<Edition>,
}

impl CompareIndex {
    /// What the index says of edition `ed`: its title, sections and text status.
    pub fn edition(&self, ed: Edition) -> &EditionInfo {
        match ed {
            Edition::Old => &self.old,
            Edition::New => &self.new,
        }
    }

    /// The files a reader in `lang` needs: the file in `lang` itself, and the first language in
    /// its fallback order that has both editions (the language diffs are shown in).
    pub fn texts_for(&self, lang: Lang) -> Vec<&TextsFile> {
        let both = |f: &&TextsFile| {
            f.editions.contains(&Edition::Old) && f.editions.contains(&Edition::New)
        };
        let own = self.texts.iter().find(|f| f.language == lang);
        let diff = lang
            .fallbacks()
            .into_iter()
            .find_map(|l| self.texts.iter().filter(both).find(|f| f.language == l));
        let mut out: Vec<&TextsFile> = own.into_iter().collect();
        if let Some(d) = diff {
            if !out.iter().any(|f| f.language == d.language) {
                out.push(d);
            }
        }
        out
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionInfo {
    pub title: Localized,
    /// Adoption date.
    pub date: PartialDate,
    /// The state of the text this edition reproduces ("as amended up to …").
    pub version_note: Localized,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub edition: Edition,
    /// The section's number as printed ("I", "VI").
    pub id: String,
    pub title: Localized,
}

/// An article of one edition. Listed even when no text is available in any language.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRef {
    pub edition: Edition,
    /// The article number as printed: "1", "83-1".
    pub number: String,
    /// Section id, as in `sections`.
    pub section: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// Lowercase id used in the URL: "parliament".
    pub id: String,
    pub label: Localized,
}

/// One correspondence: old article(s) and new article(s). `old` empty = a new article;
/// `new` empty = a removed one; several on a side = split or merged.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pair {
    /// Stable id used in the URL: "o3-n4", "n70", "o84".
    pub id: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
    #[serde(default)]
    pub topics: Vec<String>,
    /// Whether a person checked this pairing (the tool's proposals start unreviewed).
    pub reviewed: bool,
    /// Text similarity the alignment tool measured (0–1), when it proposed the pairing.
    #[serde(default)]
    pub score: Option<f64>,
    /// What the pair is about, a few words for the list ("Powers of the President").
    #[serde(default)]
    pub subject: Option<Localized>,
    /// The desk's editorial summary of what changed, with the points it cites.
    #[serde(default)]
    pub summary: Option<Summary>,
    /// 1995 text that moved into this pair's new article(s) from an old article paired
    /// elsewhere: shown so that it does not read as new.
    #[serde(default)]
    pub also: Vec<AlsoFrom>,
    /// For a one-to-one pair, whether its official texts are the same word for word, decided
    /// when the pack is built from all its languages (Russian first, see `model`): a reader
    /// who loads only the Kazakh texts gets the same kind as one who loads the Russian.
    #[serde(default)]
    pub same_text: Option<bool>,
}

impl Pair {
    /// The article numbers on edition `ed`'s side.
    pub fn side(&self, ed: Edition) -> &[String] {
        match ed {
            Edition::Old => &self.old,
            Edition::New => &self.new,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub text: Localized,
    pub source: String,
    /// The points summarised, in `compare::pair_notes::cites` form: "3" on a side with one
    /// article, "92:1" or "93" (the whole article) on a side with several.
    #[serde(default)]
    pub old_points: Vec<String>,
    #[serde(default)]
    pub new_points: Vec<String>,
}

/// A secondary source of a pair: points of an old article whose main counterpart is another
/// pair, and where in this pair's new side they continue (both in `Summary` point form).
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlsoFrom {
    pub old: String,
    pub points: Vec<String>,
    pub new_points: Vec<String>,
}

/// `compare/texts.<lang>.json`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompareTexts {
    pub schema_version: u32,
    pub language: Lang,
    #[serde(default)]
    pub old: Option<EditionTexts>,
    #[serde(default)]
    pub new: Option<EditionTexts>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EditionTexts {
    /// Source id (in the index's `sources`) of the text reproduced.
    pub source: String,
    /// What kind of text this is ("official text", "unofficial translation", "third-party
    /// copy of the official text").
    pub status: Localized,
    /// The date whose wording the texts give (1995: the wording in force on 1 January 2023;
    /// 2026: as adopted). `None` where the source does not say.
    #[serde(default)]
    pub wording: Option<PartialDate>,
    /// The date of the database redaction the texts were copied from, when it differs from
    /// `wording` (the Kazakh 1995 file is the 17 September 2022 redaction).
    #[serde(default)]
    pub redaction: Option<PartialDate>,
    /// Article number -> text, paragraphs separated by "\n". Database notes are never part
    /// of it (they are in `notes`).
    pub articles: BTreeMap<String, String>,
    /// Article number -> the database's notes on it, in source order: amendment history,
    /// references to Constitutional Court resolutions, deferred wordings. Not constitutional
    /// text: shown as notes, never diffed or searched.
    #[serde(default)]
    pub notes: BTreeMap<String, Vec<Note>>,
    /// Article number -> what of its text was taken from the database's own notes to give the
    /// `wording` date's wording when the redaction copied is older.
    #[serde(default)]
    pub from_notes: BTreeMap<String, FromNotes>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: NoteKind,
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteKind {
    /// Which laws amended the article ("Ескерту. 44-бапқа өзгерістер енгізілді …").
    Amendments,
    /// "See normative resolution … of the Constitutional Court" ("Примечание. См. …").
    Reference,
    /// A wording that takes effect later ("… 01.01.2023 бастап қолданысқа енгізіледі"); where
    /// it was applied, the article is in `from_notes`.
    Deferred,
    /// Any other note: entry into force, transitional rules.
    Other,
}

/// Points of an article whose wording comes from the database's deferred-wording notes.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FromNotes {
    /// The redaction whose notes gave the wording.
    pub redaction: PartialDate,
    /// The points replaced, added or removed, as printed ("1.", "2)", "5-1."); empty when the
    /// whole article was.
    pub points: Vec<String>,
}
