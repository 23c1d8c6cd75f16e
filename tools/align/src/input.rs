//! Reading the shared constitution data: the article texts of both editions, the shared
//! article map (for the cross-check) and the topic-level key changes (for summaries).

use serde::Deserialize;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

pub const OLD_RU: &str = "constitution_1995_ru_2023-01-01.json";
pub const OLD_EN: &str = "constitution_1995_en_unofficial_2022.json";
pub const NEW_RU: &str = "constitution_2026_ru.json";
pub const ARTICLE_MAP: &str = "article_map_1995_to_2026.json";
pub const KEY_CHANGES: &str = "key_changes_1995_vs_2026.json";

/// One article as the source files have it. Footnotes (amendment notes compiled by the
/// database) are not part of the article text, so they are not read at all.
#[derive(Deserialize)]
struct RawArticle {
    article: String,
    section: String,
    section_title: String,
    text: String,
}

/// Only `articles` is read: the preamble is not an article (and the 2026 one is missing).
#[derive(Deserialize)]
struct RawEdition {
    articles: Vec<RawArticle>,
}

#[derive(Clone, Debug)]
pub struct Article {
    pub number: String,
    pub section: String,
    pub section_title: String,
    /// Normalised with [`normalize`]; empty for a repealed article.
    pub text: String,
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

#[derive(Deserialize)]
pub struct KeyChange {
    pub topic: String,
    /// Free-form references such as "old 49-57 -> new 52-56" or "new 56(13),(16), 63(2)".
    pub articles: String,
    pub old_1995_as_amended_2022: String,
    pub new_2026: String,
}

#[derive(Deserialize)]
struct KeyChanges {
    changes: Vec<KeyChange>,
}

pub struct Inputs {
    pub old_ru: Vec<Article>,
    pub old_en: Vec<Article>,
    pub new_ru: Vec<Article>,
    pub map: ArticleMap,
    pub changes: Vec<KeyChange>,
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

fn read_edition(dir: &Path, name: &str) -> Result<Vec<Article>, String> {
    let raw: RawEdition = read_json(dir, name)?;
    let mut seen = BTreeSet::new();
    let mut articles = Vec::new();
    for a in raw.articles {
        if !seen.insert(a.article.clone()) {
            return Err(format!("{name}: article {} appears twice", a.article));
        }
        articles.push(Article {
            text: normalize(&a.text),
            number: a.article,
            section: a.section,
            section_title: a.section_title,
        });
    }
    Ok(articles)
}

pub fn read(dir: &Path) -> Result<Inputs, String> {
    let inputs = Inputs {
        old_ru: read_edition(dir, OLD_RU)?,
        old_en: read_edition(dir, OLD_EN)?,
        new_ru: read_edition(dir, NEW_RU)?,
        map: read_json(dir, ARTICLE_MAP)?,
        changes: read_json::<KeyChanges>(dir, KEY_CHANGES)?.changes,
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
