//! Builds the Compare view's pack (content/compare/) from the shared constitution data:
//! `index.json` (editions, sections, articles, topics, the alignment), `texts.ru.json` and
//! `texts.en.json` (article texts copied from the sources, never written or translated here),
//! and `REVIEW.md` (the review list of the alignment).

pub mod align;
pub mod input;
mod json;
pub mod meta;
pub mod review;
pub mod similarity;
pub mod summaries;
pub mod topics;

use align::{FinalPair, Origin, Scores, SharedMap, Side};
use input::{Article, Inputs};
use meta::{EditionMeta, L};
use qazaq_explainer::compare::pack::COMPARE_SCHEMA_VERSION;
use qazaq_explainer::compare::validate;
use review::{Report, Reviewed};
use serde_json::{json, Map, Value};
use similarity::round3;
use std::path::{Path, PathBuf};

pub const INDEX: &str = "index.json";
pub const TEXTS_RU: &str = "texts.ru.json";
pub const TEXTS_EN: &str = "texts.en.json";
pub const REVIEW: &str = "REVIEW.md";

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The repository root (two levels above this crate), whatever the working directory.
pub fn repo_root() -> PathBuf {
    let manifest = manifest_dir();
    manifest
        .ancestors()
        .nth(2)
        .unwrap_or(manifest)
        .to_path_buf()
}

/// `../shared/data/constitution`, relative to the repository root.
pub fn default_input() -> PathBuf {
    repo_root().join("../shared/data/constitution")
}

pub fn output_dir() -> PathBuf {
    repo_root().join("content/compare")
}

pub fn reviewed_path() -> PathBuf {
    manifest_dir().join("reviewed.json")
}

/// Why nothing was generated; `review` is the review list when it could still be written
/// (articles left undecided), so the reviewer can see what to decide.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    pub review: Option<String>,
}

impl From<String> for Failure {
    fn from(message: String) -> Failure {
        Failure {
            message,
            review: None,
        }
    }
}

/// The generated files, by name in `output_dir()`, in a fixed order.
pub fn generate(input: &Path, reviewed: &Path) -> Result<Vec<(&'static str, String)>, Failure> {
    let inputs = input::read(input)?;
    let reviewed = Reviewed::read(reviewed)?;
    let (old, new) = (&inputs.old_ru, &inputs.new_ru);

    let scores = Scores::new(old, new);
    let (rule_pairs, open) = align::apply_rules(&scores);
    let map = SharedMap::new(&inputs.map, old, new)?;
    let (kept, contested) = align::contest(rule_pairs, &map, &scores);
    let groups = reviewed.groups(&scores, old.len(), new.len())?;
    let finals = align::finalize(&kept, &groups, &scores);

    let change_refs = inputs
        .changes
        .iter()
        .map(|c| summaries::parse_refs(&c.articles, old, new))
        .collect::<Result<Vec<_>, _>>()?;
    // Empty while some article is undecided: then only the review list is written.
    let final_pairs: &[FinalPair] = finals.as_deref().unwrap_or_default();
    let picked: Vec<Option<usize>> = final_pairs
        .iter()
        .map(|p| summaries::pick(&p.group, &change_refs))
        .collect();
    let attached: Vec<(String, Vec<String>)> = inputs
        .changes
        .iter()
        .enumerate()
        .map(|(c, change)| {
            let ids = final_pairs
                .iter()
                .zip(&picked)
                .filter(|(_, p)| **p == Some(c))
                .map(|(pair, _)| align::pair_id(&pair.group, &scores))
                .collect();
            (change.topic.clone(), ids)
        })
        .collect();

    let report = Report {
        scores: &scores,
        kept: &kept,
        contested: &contested,
        open: &open,
        reviewed: &reviewed,
        groups: &groups,
        map: &map,
        finals: finals.as_deref().ok(),
        summaries: &attached,
        old_count: old.len(),
        new_count: new.len(),
    }
    .render();
    let pairs = finals.map_err(|message| Failure {
        message,
        review: Some(report.clone()),
    })?;

    // (file, language, old texts, new texts): no Kazakh text of either edition and no
    // English text of the 2026 one exists, so those are absent, never filled in.
    let text_files = [
        (
            TEXTS_RU,
            "ru",
            Some(edition_texts(meta::OLD_TEXT, meta::OLD_RU_STATUS, old)),
            Some(edition_texts(meta::NEW_TEXT, meta::NEW_RU_STATUS, new)),
        ),
        (
            TEXTS_EN,
            "en",
            Some(edition_texts(
                meta::OLD_TRANSLATION,
                meta::OLD_EN_STATUS,
                &inputs.old_en,
            )),
            None,
        ),
    ];
    let listing: Vec<Value> = text_files
        .iter()
        .map(|(file, language, o, n)| {
            let editions: Vec<&str> = [("old", o), ("new", n)]
                .into_iter()
                .filter(|(_, t)| t.is_some())
                .map(|(e, _)| e)
                .collect();
            json!({"language": language, "file": file, "editions": editions})
        })
        .collect();

    let mut files = vec![(
        INDEX,
        json::layout(&index(&inputs, &scores, &pairs, &picked, listing)),
    )];
    for (file, language, o, n) in text_files {
        files.push((file, json::layout(&texts(language, o, n))));
    }
    // The widget's own parser and checks are the schema: what they reject is never written.
    let texts: Vec<(&str, &str)> = files[1..].iter().map(|(f, t)| (*f, t.as_str())).collect();
    validate::parse_all(&files[0].1, &texts).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("the generated pack is invalid:\n{}", list.join("\n"))
    })?;
    files.push((REVIEW, report));
    Ok(files)
}

fn localized(l: [Option<&str>; 3]) -> Value {
    let mut m = Map::new();
    for (lang, text) in ["kk", "ru", "en"].into_iter().zip(l) {
        if let Some(t) = text {
            m.insert(lang.into(), t.into());
        }
    }
    Value::Object(m)
}

fn edition_info(e: &EditionMeta) -> Value {
    json!({
        "title": localized(e.title),
        "date": e.date,
        "version_note": localized(e.version_note),
    })
}

fn index(
    inputs: &Inputs,
    scores: &Scores,
    pairs: &[FinalPair],
    picked: &[Option<usize>],
    texts: Vec<Value>,
) -> Value {
    let editions = [(Side::Old, &inputs.old_ru), (Side::New, &inputs.new_ru)];

    let sources: Vec<Value> = meta::SOURCES
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "outlet": s.outlet,
                "title": localized(s.title),
                "date": s.date,
                "url": s.url,
                "language": s.language,
            })
        })
        .collect();

    let mut sections = Vec::new();
    for (side, articles) in editions {
        let mut seen: Vec<&str> = Vec::new();
        for a in articles.iter() {
            if seen.contains(&a.section.as_str()) {
                continue;
            }
            seen.push(&a.section);
            let (kk, en) = meta::SECTION_TITLES
                .iter()
                .find(|t| t.0 == side && t.1 == a.section)
                .map(|t| (t.2, Some(t.3)))
                .unwrap_or((None, None));
            sections.push(json!({
                "edition": align::name(side),
                "id": a.section,
                "title": localized([kk, Some(&a.section_title), en]),
            }));
        }
    }

    let articles: Vec<Value> = editions
        .iter()
        .flat_map(|(side, list)| {
            list.iter().map(move |a| {
                json!({"edition": align::name(*side), "number": a.number, "section": a.section})
            })
        })
        .collect();

    let topics: Vec<Value> = topics::TOPICS
        .iter()
        .map(|t| json!({"id": t.id, "label": localized([Some(t.kk), Some(t.ru), Some(t.en)])}))
        .collect();

    let pairs: Vec<Value> = pairs
        .iter()
        .zip(picked)
        .map(|(p, change)| pair(inputs, scores, p, change.map(|c| &inputs.changes[c])))
        .collect();

    json!({
        "schema_version": COMPARE_SCHEMA_VERSION,
        "old": edition_info(&meta::OLD_EDITION),
        "new": edition_info(&meta::NEW_EDITION),
        "sources": sources,
        "sections": sections,
        "articles": articles,
        "topics": topics,
        "pairs": pairs,
        // The texts files written next to the index, so the widget fetches only those.
        "texts": texts,
    })
}

fn pair(
    inputs: &Inputs,
    scores: &Scores,
    p: &FinalPair,
    change: Option<&input::KeyChange>,
) -> Value {
    let members: Vec<&Article> = p
        .group
        .old
        .iter()
        .map(|&i| &inputs.old_ru[i])
        .chain(p.group.new.iter().map(|&j| &inputs.new_ru[j]))
        .collect();
    let sides: Vec<(Side, &str)> = p
        .group
        .old
        .iter()
        .map(|&i| (Side::Old, inputs.old_ru[i].section.as_str()))
        .chain(
            p.group
                .new
                .iter()
                .map(|&j| (Side::New, inputs.new_ru[j].section.as_str())),
        )
        .collect();
    let texts: Vec<&str> = members.iter().map(|a| a.text.as_str()).collect();
    let numbers = |side: Side, v: &[usize]| -> Vec<String> {
        v.iter()
            .map(|&x| scores.number(side, x).to_string())
            .collect()
    };
    let mut v = json!({
        "id": align::pair_id(&p.group, scores),
        "old": numbers(Side::Old, &p.group.old),
        "new": numbers(Side::New, &p.group.new),
        "topics": topics::assign(&sides, &texts),
        "reviewed": matches!(p.origin, Origin::Reviewed(_)),
    });
    if let Some(s) = scores.group(&p.group) {
        v["score"] = json!(round3(s));
    }
    if let Some(c) = change {
        v["summary"] = json!({"text": {"en": summaries::text(c)}, "source": meta::SUMMARIES});
    }
    v
}

/// The texts of one edition, in article order; repealed articles (no text) are left out.
fn edition_texts(source: &str, status: L, articles: &[Article]) -> Value {
    let mut m = Map::new();
    for a in articles.iter().filter(|a| !a.text.is_empty()) {
        m.insert(a.number.clone(), a.text.clone().into());
    }
    json!({"source": source, "status": localized(status), "articles": m})
}

fn texts(language: &str, old: Option<Value>, new: Option<Value>) -> Value {
    let mut v = json!({"schema_version": COMPARE_SCHEMA_VERSION, "language": language});
    if let Some(old) = old {
        v["old"] = old;
    }
    if let Some(new) = new {
        v["new"] = new;
    }
    v
}
