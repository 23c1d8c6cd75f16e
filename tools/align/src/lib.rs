//! Builds the Compare view's pack (content/compare/) from the shared constitution data:
//! `index.json` (editions, sections, articles, topics, the alignment), `texts.kk.json`,
//! `texts.ru.json` and `texts.en.json` (article texts copied from the sources, never written or
//! translated here; the database's notes kept apart from them), `reasons.json` (why each pair
//! was kept, fetched only when a pair opens), and `REVIEW.md` (the review
//! list of the alignment, the desk's editorial decision on every pair, and the record of how
//! the texts were read).

pub mod align;
pub mod editorial;
pub mod input;
mod json;
pub mod markdown;
pub mod meta;
pub mod review;
pub mod similarity;
pub mod topics;

use align::{FinalPair, Scores, SharedMap, Side};
use editorial::{Decision, Editorial, Entry};
use input::{Article, Inputs};
use meta::{EditionMeta, L};
use qazaq_explainer::compare::pack::{COMPARE_SCHEMA_VERSION, PREAMBLE, PREAMBLE_PAIR};
use qazaq_explainer::compare::tokenize::eq_ignoring_whitespace;
use qazaq_explainer::compare::validate;
use review::{Report, Reviewed};
use serde_json::{json, Map, Value};
use similarity::round3;
use std::path::{Path, PathBuf};

pub const INDEX: &str = "index.json";
pub const TEXTS_KK: &str = "texts.kk.json";
pub const TEXTS_RU: &str = "texts.ru.json";
pub const TEXTS_EN: &str = "texts.en.json";
pub const REASONS: &str = "reasons.json";
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

/// `../shared/data/constitution`, relative to the repository root, or `$ALIGN_INPUT` (for a
/// checkout elsewhere, such as a git worktree).
pub fn default_input() -> PathBuf {
    std::env::var_os("ALIGN_INPUT")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/data/constitution"))
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
pub fn generate(
    input: &Path,
    reviewed: &Path,
    editorial_dir: &Path,
) -> Result<Vec<(&'static str, String)>, Failure> {
    let inputs = input::read(input)?;
    let reviewed = Reviewed::read(reviewed)?;
    let desk_review = Editorial::read(editorial_dir)?;
    let (old, new) = (&inputs.old_ru, &inputs.new_ru);

    let scores = Scores::new(old, new);
    let (rule_pairs, open) = align::apply_rules(&scores);
    let map = SharedMap::new(&inputs.map, old, new)?;
    let (kept, contested) = align::contest(rule_pairs, &map, &scores);
    let groups = reviewed.groups(&scores, old.len(), new.len())?;
    let finals = align::finalize(&kept, &groups, &scores);

    let report = Report {
        scores: &scores,
        kept: &kept,
        contested: &contested,
        open: &open,
        reviewed: &reviewed,
        groups: &groups,
        map: &map,
        finals: finals.as_deref().ok(),
        old_count: old.len(),
        new_count: new.len(),
    }
    .render();
    let pairs = finals.map_err(|message| Failure {
        message,
        review: Some(report.clone()),
    })?;

    // The desk's decision on every pair, the preambles' first (as in the index).
    let numbers = |side: Side, v: &[usize]| -> Vec<String> {
        v.iter()
            .map(|&x| scores.number(side, x).to_string())
            .collect()
    };
    let sides: Vec<(Vec<String>, Vec<String>)> =
        std::iter::once((vec![PREAMBLE.to_string()], vec![PREAMBLE.to_string()]))
            .chain(pairs.iter().map(|p| {
                (
                    numbers(Side::Old, &p.group.old),
                    numbers(Side::New, &p.group.new),
                )
            }))
            .collect();
    // Repealed articles (no text) are left out: nothing in them can be cited.
    let listed = |v: &'_ [Article]| -> Vec<(String, String)> {
        v.iter()
            .filter(|a| !a.text.is_empty())
            .map(|a| (a.number.clone(), a.text.clone()))
            .collect()
    };
    let owned = [
        listed(&inputs.old_ru),
        listed(&inputs.old_kk),
        listed(&inputs.new_ru),
        listed(&inputs.new_kk),
    ];
    let borrowed: Vec<Vec<(&str, &str)>> = owned
        .iter()
        .map(|v| v.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect())
        .collect();
    let decided = desk_review.decide(
        &sides,
        &editorial::Texts {
            old: borrowed[..2].to_vec(),
            new: borrowed[2..].to_vec(),
        },
    )?;

    check_versions(&inputs)?;
    let pre = &inputs.preambles;
    // (file, language, old texts, new texts): no English text of the 2026 edition exists, so
    // it is absent, never filled in.
    let text_files = [
        (
            TEXTS_KK,
            "kk",
            Some(edition_texts(
                &EditionSource {
                    source: meta::OLD_TEXT_KK,
                    status: meta::OLD_KK_STATUS,
                    wording: Some("2023-01-01"),
                    redaction: Some("2022-09-17"),
                },
                &pre.old_kk,
                &inputs.old_kk,
            )),
            Some(edition_texts(
                &EditionSource {
                    source: meta::NEW_TEXT_KK,
                    status: meta::NEW_KK_STATUS,
                    wording: Some("2026-03-15"),
                    redaction: None,
                },
                &pre.new_kk,
                &inputs.new_kk,
            )),
        ),
        (
            TEXTS_RU,
            "ru",
            Some(edition_texts(
                &EditionSource {
                    source: meta::OLD_TEXT,
                    status: meta::OLD_RU_STATUS,
                    wording: Some("2023-01-01"),
                    redaction: None,
                },
                &pre.old_ru,
                old,
            )),
            Some(edition_texts(
                &EditionSource {
                    source: meta::NEW_TEXT,
                    status: meta::NEW_RU_STATUS,
                    wording: Some("2026-03-15"),
                    redaction: None,
                },
                &pre.new_ru,
                new,
            )),
        ),
        (
            TEXTS_EN,
            "en",
            Some(edition_texts(
                &EditionSource {
                    source: meta::OLD_TRANSLATION,
                    status: meta::OLD_EN_STATUS,
                    wording: Some("2022-09-17"),
                    redaction: None,
                },
                &pre.old_en,
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
        json::layout(&index(&inputs, &scores, &pairs, &decided, listing)),
    )];
    for (file, language, o, n) in text_files {
        files.push((file, json::layout(&texts(language, o, n))));
    }
    let ids: Vec<(String, &Entry)> = std::iter::once(PREAMBLE_PAIR.to_string())
        .chain(pairs.iter().map(|p| align::pair_id(&p.group, &scores)))
        .zip(decided.iter().copied())
        .collect();
    // The widget's own parser and checks are the schema: what they reject is never written.
    let invalid = |errors: Vec<qazaq_explainer::content::PackError>| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        format!("the generated pack is invalid:\n{}", list.join("\n"))
    };
    let texts: Vec<(&str, &str)> = files[1..].iter().map(|(f, t)| (*f, t.as_str())).collect();
    let (index, _) = validate::parse_all(&files[0].1, &texts).map_err(invalid)?;
    let reasons = json::layout(&reasons(&ids));
    validate::parse_reasons(&reasons, &index).map_err(invalid)?;
    files.push((REASONS, reasons));
    let decisions = editorial::report(&desk_review.reviewers, &ids);
    files.push((REVIEW, report + &decisions + &texts_report(&inputs)));
    Ok(files)
}

/// Every pair's reason, by pair id: shown only in an open pair, so kept out of the index.
/// The reviewers write in English only: never translated here.
fn reasons(ids: &[(String, &Entry)]) -> Value {
    let reasons: Map<String, Value> = ids
        .iter()
        .map(|(id, e)| (id.clone(), json!({"en": e.reason})))
        .collect();
    json!({"schema_version": COMPARE_SCHEMA_VERSION, "reasons": reasons})
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
    decided: &[&Entry],
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

    let preamble_title = |side: Side| {
        let t = meta::SECTION_TITLES
            .iter()
            .find(|t| t.0 == side && t.1 == PREAMBLE);
        localized([t.and_then(|t| t.2), Some(meta::PREAMBLE_RU), t.map(|t| t.3)])
    };
    let mut sections = Vec::new();
    for (side, articles) in editions {
        sections.push(json!({
            "edition": align::name(side),
            "id": PREAMBLE,
            "title": preamble_title(side),
        }));
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
            let name = align::name(*side);
            std::iter::once(json!({"edition": name, "number": PREAMBLE, "section": PREAMBLE}))
                .chain(list.iter().map(
                    move |a| json!({"edition": name, "number": a.number, "section": a.section}),
                ))
        })
        .collect();

    let topics: Vec<Value> = topics::TOPICS
        .iter()
        .map(|t| json!({"id": t.id, "label": localized([Some(t.kk), Some(t.ru), Some(t.en)])}))
        .collect();

    // The preambles are each other's counterpart: the one pairing no similarity is needed for.
    let mut preambles = json!({
        "id": PREAMBLE_PAIR,
        "old": [PREAMBLE],
        "new": [PREAMBLE],
        "topics": [],
    });
    desk(&mut preambles, decided[0]);
    let pairs: Vec<Value> = std::iter::once(preambles)
        .chain(pairs.iter().zip(&decided[1..]).map(|(p, e)| {
            let mut v = pair(inputs, scores, p);
            desk(&mut v, e);
            v
        }))
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
        "reasons": REASONS,
    })
}

/// What the desk decided and wrote about a pair: its review status, subject, summary with the
/// points it cites, and secondary sources (its reason goes to `REASONS`).
fn desk(v: &mut Value, e: &Entry) {
    v["reviewed"] = json!(e.decision == Decision::Keep);
    v["subject"] = localized([
        Some(e.subject.kk.as_str()),
        Some(e.subject.ru.as_str()),
        Some(e.subject.en.as_str()),
    ]);
    if let Some(s) = &e.summary {
        v["summary"] = json!({
            "text": localized([Some(s.kk.as_str()), Some(s.ru.as_str()), Some(s.en.as_str())]),
            "source": meta::SUMMARIES,
            "old_points": s.old_points,
            "new_points": s.new_points,
        });
    }
    if !e.also_draws_on.is_empty() {
        let also: Vec<Value> = e
            .also_draws_on
            .iter()
            .map(|a| json!({"old": a.old, "points": a.points, "new_points": a.new_points}))
            .collect();
        v["also"] = also.into();
    }
}

fn pair(inputs: &Inputs, scores: &Scores, p: &FinalPair) -> Value {
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
    });
    if let Some(s) = scores.group(&p.group) {
        v["score"] = json!(round3(s));
    }
    // The kind of a one-to-one pair is decided here, on the Russian texts, so that it does not
    // depend on the texts a reader loads (the Kazakh 2026 text rewords a few articles whose
    // Russian text is unchanged).
    if let ([i], [j]) = (p.group.old.as_slice(), p.group.new.as_slice()) {
        let (o, n) = (&inputs.old_ru[*i].text, &inputs.new_ru[*j].text);
        if !o.is_empty() && !n.is_empty() {
            v["same_text"] = json!(eq_ignoring_whitespace(o, n));
        }
    }
    v
}

/// Where one edition's texts in one language come from, and which wording they give.
struct EditionSource {
    source: &'static str,
    status: L,
    wording: Option<&'static str>,
    redaction: Option<&'static str>,
}

/// The texts of one edition, the preamble first, then in article order; repealed articles (no
/// text) are left out. Notes and what was taken from them go alongside, never into the text.
fn edition_texts(from: &EditionSource, preamble: &Article, articles: &[Article]) -> Value {
    let mut texts = Map::new();
    let mut notes = Map::new();
    let mut from_notes = Map::new();
    for a in std::iter::once(preamble).chain(articles) {
        if a.text.is_empty() {
            continue;
        }
        texts.insert(a.number.clone(), a.text.clone().into());
        if !a.notes.is_empty() {
            let list: Vec<Value> = a
                .notes
                .iter()
                .map(|n| json!({"kind": n.kind.name(), "text": n.text}))
                .collect();
            notes.insert(a.number.clone(), list.into());
        }
        if !a.applied.is_empty() {
            let points: Vec<&str> = a.applied.iter().filter_map(|x| x.point()).collect();
            from_notes.insert(
                a.number.clone(),
                json!({"redaction": from.redaction, "points": points}),
            );
        }
    }
    let mut v = json!({"source": from.source, "status": localized(from.status)});
    if let Some(w) = from.wording {
        v["wording"] = w.into();
    }
    if let Some(r) = from.redaction {
        v["redaction"] = r.into();
    }
    v["articles"] = texts.into();
    if !notes.is_empty() {
        v["notes"] = notes.into();
    }
    if !from_notes.is_empty() {
        v["from_notes"] = from_notes.into();
    }
    v
}

/// The point labels of a text, in order ("1.", "1)", "2)", "2."), each paragraph's first.
fn labels(text: &str) -> Vec<&str> {
    text.lines().filter_map(markdown::label).collect()
}

/// A point the Russian 01.01.2023 text prints as repealed on that day ("5-1. Исключен Законом
/// РК от 08.06.2022 (вводится в действие с 01.01.2023)."): the Kazakh notes remove it instead.
fn repealed_on_2023(line: &str) -> bool {
    line.contains("Исключен") && line.contains("01.01.2023")
}

/// Like with like: the Kazakh 1995 text, with the deferred wordings applied, must number its
/// points exactly as the Russian text of 01.01.2023 does, in every article; and the articles
/// the notes changed must be ones the Russian notes say the Law of 08.06.2022 amended.
fn check_versions(inputs: &Inputs) -> Result<(), String> {
    let mut problems = Vec::new();
    for (kk, ru) in inputs.old_kk.iter().zip(&inputs.old_ru) {
        let ru_labels: Vec<&str> = ru
            .text
            .lines()
            .filter(|l| !repealed_on_2023(l))
            .filter_map(markdown::label)
            .collect();
        if labels(&kk.text) != ru_labels {
            problems.push(format!(
                "old {}: Kazakh points {:?}, Russian {:?}",
                kk.number,
                labels(&kk.text),
                ru_labels
            ));
        }
        let ru_2022 = ru.notes.iter().any(|n| n.text.contains("от 08.06.2022"));
        if !kk.applied.is_empty() && !ru_2022 {
            problems.push(format!(
                "old {}: the Kazakh notes give a 01.01.2023 wording, the Russian notes list no amendment by the Law of 08.06.2022",
                kk.number
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the Kazakh 1995 text does not match the Russian one of 01.01.2023:\n{}",
            problems.join("\n")
        ))
    }
}

/// The part of REVIEW.md on the texts: sources, notes, the 01.01.2023 wording, letters.
fn texts_report(inputs: &Inputs) -> String {
    use std::fmt::Write;
    let mut r = String::from(TEXTS_REVIEW);
    let _ = writeln!(
        r,
        "\n### Kazakh 1995: wording of 01.01.2023 taken from the database's notes\n\n| article | what the notes gave |\n|---|---|"
    );
    for a in inputs.old_kk.iter().filter(|a| !a.applied.is_empty()) {
        let what: Vec<String> = a.applied.iter().map(|x| x.describe()).collect();
        let _ = writeln!(r, "| {} | {} |", a.number, what.join("; "));
    }
    let _ = writeln!(
        r,
        "\nEvery other article of the 17.09.2022 redaction has no deferred wording: its text is the wording of 01.01.2023."
    );
    let _ = writeln!(r, "\n### Notes kept apart from the compared text\n\n| text | notes | amendments | references | deferred | other |\n|---|---|---|---|---|---|");
    let sets: [(&str, &Article, &[Article]); 5] = [
        ("1995 kk", &inputs.preambles.old_kk, &inputs.old_kk),
        ("1995 ru", &inputs.preambles.old_ru, &inputs.old_ru),
        ("1995 en", &inputs.preambles.old_en, &inputs.old_en),
        ("2026 kk", &inputs.preambles.new_kk, &inputs.new_kk),
        ("2026 ru", &inputs.preambles.new_ru, &inputs.new_ru),
    ];
    for (name, pre, list) in sets {
        let all: Vec<&markdown::Note> = std::iter::once(pre)
            .chain(list)
            .flat_map(|a| &a.notes)
            .collect();
        let count = |k: markdown::NoteKind| all.iter().filter(|n| n.kind == k).count();
        let _ = writeln!(
            r,
            "| {name} | {} | {} | {} | {} | {} |",
            all.len(),
            count(markdown::NoteKind::Amendments),
            count(markdown::NoteKind::Reference),
            count(markdown::NoteKind::Deferred),
            count(markdown::NoteKind::Other)
        );
    }
    r
}

const TEXTS_REVIEW: &str = include_str!("texts_review.md");

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
