//! Reading the shared constitution data: the article texts of both editions in Russian and
//! Kazakh (and the unofficial English 1995 one) and the shared article map (for the
//! cross-check). The shared key-change summaries are not read: the desk's editorial review
//! (tools/align/editorial/) supersedes them.

use crate::markdown::{self, Applied, Note, NoteKind, Style};
use qazaq_explainer::compare::pack::PREAMBLE;
use qazaq_explainer::compare::tokenize::fix_lookalikes;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

pub const OLD_RU: &str = "constitution_1995_ru_2023-01-01.json";
pub const OLD_EN: &str = "constitution_1995_en_unofficial_2022.json";
pub const NEW_RU: &str = "constitution_2026_ru.json";
/// The second copy of the Russian 2026 text, with the preamble: its articles must equal the
/// first copy's, which is the evidence that both are faithful.
pub const NEW_RU_MD: &str = "constitution_2026_ru_with_preamble.md";
pub const NEW_KK: &str = "constitution_2026_kk.md";
pub const OLD_KK: &str = "constitution_1995_kk_2022-09-17.md";
pub const ARTICLE_MAP: &str = "article_map_1995_to_2026.json";

/// One article as the source files have it. Footnotes (notes compiled by the database) are
/// not part of the article text: they are kept as notes.
#[derive(Deserialize)]
struct RawArticle {
    article: String,
    section: String,
    section_title: String,
    text: String,
    #[serde(default)]
    footnotes: Vec<String>,
}

#[derive(Deserialize)]
struct RawEdition {
    /// Lines of the preamble (the 2026 file has none).
    #[serde(default)]
    preamble: Option<Vec<String>>,
    articles: Vec<RawArticle>,
}

#[derive(Clone, Debug)]
pub struct Article {
    pub number: String,
    pub section: String,
    pub section_title: String,
    /// Normalised with [`normalize`] (Kazakh also with `fix_lookalikes`); empty for a
    /// repealed article.
    pub text: String,
    /// The database's notes on the article, in source order.
    pub notes: Vec<Note>,
    /// What the database's deferred-wording notes changed in `text` (Kazakh 1995 only).
    pub applied: Vec<Applied>,
}

/// One edition's texts in one language.
pub struct Texts {
    pub preamble: Option<Article>,
    pub articles: Vec<Article>,
}

#[derive(Deserialize)]
pub struct MapEntry {
    pub old_article: String,
    pub new_articles: Vec<String>,
}

#[derive(Deserialize)]
pub struct MapAdded {
    pub new_article: String,
}

#[derive(Deserialize)]
pub struct ArticleMap {
    pub old_to_new: Vec<MapEntry>,
    pub new_articles_without_1995_counterpart: Vec<MapAdded>,
}

pub struct Inputs {
    pub old_ru: Vec<Article>,
    pub old_en: Vec<Article>,
    pub new_ru: Vec<Article>,
    pub old_kk: Vec<Article>,
    pub new_kk: Vec<Article>,
    /// The preambles: old ru, old en, old kk, new ru, new kk.
    pub preambles: Preambles,
    pub map: ArticleMap,
}

/// The only changes made to a source text: each line trimmed with runs of spaces and tabs
/// collapsed to one space, and the text trimmed. Everything else (punctuation, the stray
/// space before a comma in old Art. 4, "Исключен Законом …" lines) is kept as printed.
pub fn normalize(text: &str) -> String {
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            line.split([' ', '\t'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    lines.join("\n").trim().to_string()
}

fn read_json<T: for<'de> Deserialize<'de>>(dir: &Path, name: &str) -> Result<T, String> {
    let path = dir.join(name);
    let raw =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&raw).map_err(|e| format!("cannot parse {}: {e}", path.display()))
}

pub struct Preambles {
    pub old_ru: Article,
    pub old_en: Article,
    pub old_kk: Article,
    pub new_ru: Article,
    pub new_kk: Article,
}

fn notes_of(footnotes: &[String]) -> Vec<Note> {
    footnotes
        .iter()
        .map(|f| Note {
            kind: NoteKind::of(f),
            text: normalize(f),
        })
        .collect()
}

fn preamble(text: String, notes: Vec<Note>) -> Article {
    Article {
        number: PREAMBLE.into(),
        section: PREAMBLE.into(),
        section_title: String::new(),
        text,
        notes,
        applied: Vec::new(),
    }
}

/// The articles of a JSON file, and its preamble when it has one. The English file's first
/// preamble line is the document's title, not preamble text.
fn read_edition(dir: &Path, name: &str) -> Result<(Vec<Article>, Option<Article>), String> {
    let raw: RawEdition = read_json(dir, name)?;
    let mut seen = BTreeSet::new();
    let mut articles = Vec::new();
    for a in raw.articles {
        if !seen.insert(a.article.clone()) {
            return Err(format!("{name}: article {} appears twice", a.article));
        }
        articles.push(Article {
            text: normalize(&a.text),
            notes: notes_of(&a.footnotes),
            applied: Vec::new(),
            number: a.article,
            section: a.section,
            section_title: a.section_title,
        });
    }
    let pre = raw.preamble.map(|lines| {
        let lines: Vec<&str> = lines
            .iter()
            .map(String::as_str)
            .filter(|l| !l.starts_with("Constitution of the Republic"))
            .collect();
        preamble(normalize(&lines.join(" ")), Vec::new())
    });
    Ok((articles, pre))
}

/// A Markdown file's articles, in the numbering and sections of `like` (the Russian text of
/// the same edition), which must list the same articles.
fn read_markdown(
    dir: &Path,
    name: &str,
    style: Style,
    like: &[Article],
) -> Result<(Vec<Article>, Article), String> {
    let path = dir.join(name);
    let raw =
        fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let kazakh = style != Style::Ru2026;
    let fix = |t: String| if kazakh { fix_lookalikes(&t) } else { t };
    let md = markdown::parse(&raw, style, name)?;
    let numbers: Vec<&str> = md.articles.iter().map(|a| a.number.as_str()).collect();
    let expected: Vec<&str> = like.iter().map(|a| a.number.as_str()).collect();
    if numbers != expected {
        return Err(format!(
            "{name} does not number its articles as the Russian text: {numbers:?}"
        ));
    }
    let fix_notes = |notes: Vec<markdown::Note>| -> Vec<Note> {
        notes
            .into_iter()
            .map(|n| Note {
                kind: n.kind,
                text: fix(n.text),
            })
            .collect()
    };
    let articles = md
        .articles
        .into_iter()
        .zip(like)
        .map(|(a, r)| Article {
            number: a.number,
            section: r.section.clone(),
            section_title: r.section_title.clone(),
            text: fix(a.text),
            notes: fix_notes(a.notes),
            applied: a.applied,
        })
        .collect();
    let pre = preamble(fix(md.preamble.text), fix_notes(md.preamble.notes));
    Ok((articles, pre))
}

pub fn read(dir: &Path) -> Result<Inputs, String> {
    let (old_ru, old_ru_pre) = read_edition(dir, OLD_RU)?;
    let (old_en, old_en_pre) = read_edition(dir, OLD_EN)?;
    let (new_ru_json, _) = read_edition(dir, NEW_RU)?;
    let (new_ru, new_ru_pre) = read_markdown(dir, NEW_RU_MD, Style::Ru2026, &new_ru_json)?;
    // The two copies of the Russian 2026 text must agree word for word.
    for (a, b) in new_ru.iter().zip(&new_ru_json) {
        if !a.text.split_whitespace().eq(b.text.split_whitespace()) {
            return Err(format!(
                "{NEW_RU_MD} and {NEW_RU} differ in article {}",
                a.number
            ));
        }
    }
    let (new_kk, new_kk_pre) = read_markdown(dir, NEW_KK, Style::Kk2026, &new_ru)?;
    let (old_kk, old_kk_pre) = read_markdown(dir, OLD_KK, Style::Kk1995, &old_ru)?;
    let missing = |name: &str| format!("{name} has no preamble");
    let inputs = Inputs {
        preambles: Preambles {
            old_ru: old_ru_pre.ok_or_else(|| missing(OLD_RU))?,
            old_en: old_en_pre.ok_or_else(|| missing(OLD_EN))?,
            old_kk: old_kk_pre,
            new_ru: new_ru_pre,
            new_kk: new_kk_pre,
        },
        old_ru,
        old_en,
        new_ru,
        old_kk,
        new_kk,
        map: read_json(dir, ARTICLE_MAP)?,
    };
    // The translation is shown against the Russian numbering, so both must list the same
    // articles in the same sections.
    let numbering = |v: &[Article]| -> Vec<(String, String)> {
        v.iter()
            .map(|a| (a.number.clone(), a.section.clone()))
            .collect()
    };
    if numbering(&inputs.old_ru) != numbering(&inputs.old_en) {
        return Err(format!(
            "{OLD_EN} does not number its articles and sections as {OLD_RU}"
        ));
    }
    Ok(inputs)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalize_only_trims_and_collapses_spaces() {
        assert_eq!(normalize("  1. a  \t b \n2.  c , d\n"), "1. a b\n2. c , d");
        assert_eq!(
            normalize("Қазақстан  Халық Кеңесі"),
            "Қазақстан Халық Кеңесі"
        );
        assert_eq!(normalize(""), "");
    }
}
