//! Checks the checked-in content/compare/ files: read with the widget's own types, against
//! the shared source texts (read here independently of the generator), and against a fresh
//! generation.

use qazaq_explainer::compare::pack::{
    CompareIndex, CompareTexts, Edition, PREAMBLE, PREAMBLE_PAIR,
};
use qazaq_explainer::compare::validate;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn read(name: &str) -> String {
    let path = align::output_dir().join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn index() -> CompareIndex {
    serde_json::from_str(&read(align::INDEX)).expect("index.json reads as CompareIndex")
}

fn texts(name: &str) -> CompareTexts {
    serde_json::from_str(&read(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The shared data directory, or `None` (with a notice) where it is not checked out.
fn shared() -> Option<PathBuf> {
    let dir = align::default_input();
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "NOTICE: {} is absent; skipping the comparison with the sources",
            dir.display()
        );
        None
    }
}

/// Article texts of a source file as printed there, normalised as documented (lines trimmed,
/// runs of spaces and tabs collapsed, text trimmed), written independently of the generator.
fn source_texts(dir: &Path, file: &str) -> BTreeMap<String, String> {
    let raw = fs::read_to_string(dir.join(file)).unwrap();
    let v: Value = serde_json::from_str(&raw).unwrap();
    v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let text = a["text"].as_str().unwrap();
            let lines: Vec<String> = text
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            (
                a["article"].as_str().unwrap().to_string(),
                lines.join("\n").trim().to_string(),
            )
        })
        .collect()
}

fn numbers(idx: &CompareIndex, edition: Edition) -> Vec<String> {
    idx.articles
        .iter()
        .filter(|a| a.edition == edition)
        .map(|a| a.number.clone())
        .collect()
}

#[test]
fn checked_in_files_match_a_fresh_generation() {
    let Some(dir) = shared() else { return };
    let files = align::generate(&dir, &align::reviewed_path(), &align::editorial::dir())
        .unwrap_or_else(|f| panic!("generation failed: {}", f.message));
    for (name, generated) in files {
        assert!(
            read(name) == generated,
            "content/compare/{name} is stale; run `cargo run -p align`"
        );
    }
    let status = Command::new(env!("CARGO_BIN_EXE_align"))
        .arg("--check")
        .status()
        .unwrap();
    assert!(status.success(), "`align --check` reports stale files");
}

#[test]
fn pack_passes_the_widgets_own_checks_and_lists_its_texts_files() {
    let (index, kk, ru, en) = (
        read(align::INDEX),
        read(align::TEXTS_KK),
        read(align::TEXTS_RU),
        read(align::TEXTS_EN),
    );
    let files = [
        (align::TEXTS_KK, kk.as_str()),
        (align::TEXTS_RU, ru.as_str()),
        (align::TEXTS_EN, en.as_str()),
    ];
    let (idx, texts) = validate::parse_all(&index, &files).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        panic!("{}", list.join("\n"))
    });
    assert_eq!(idx.texts.len(), files.len());
    for (listed, (file, _)) in idx.texts.iter().zip(files) {
        assert_eq!(listed.file, file);
        let t = texts
            .iter()
            .find(|t| t.language == listed.language)
            .unwrap();
        let present: Vec<Edition> = [(Edition::Old, &t.old), (Edition::New, &t.new)]
            .into_iter()
            .filter(|(_, e)| e.is_some())
            .map(|(e, _)| e)
            .collect();
        assert_eq!(listed.editions, present, "{file}");
    }
}

#[test]
fn every_article_is_in_exactly_one_pair_and_no_pair_names_an_unknown_one() {
    let idx = index();
    // The articles and the preamble.
    for (edition, expected) in [(Edition::Old, 103), (Edition::New, 97)] {
        let listed = numbers(&idx, edition);
        assert_eq!(listed.len(), expected, "{edition:?} articles");
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for p in &idx.pairs {
            let side = if edition == Edition::Old {
                &p.old
            } else {
                &p.new
            };
            for n in side {
                assert!(
                    listed.contains(n),
                    "pair {} names unknown {edition:?} {n}",
                    p.id
                );
                *seen.entry(n).or_insert(0) += 1;
            }
        }
        for n in &listed {
            assert_eq!(seen.get(n.as_str()), Some(&1), "{edition:?} {n}");
        }
    }
    for extra in ["83-1", "84", "94-1", "94-2", PREAMBLE] {
        assert!(numbers(&idx, Edition::Old).contains(&extra.to_string()));
    }
}

#[test]
fn pairs_are_well_formed() {
    let idx = index();
    let sources: BTreeSet<&str> = idx.sources.iter().map(|s| s.id.as_str()).collect();
    let topics: BTreeSet<&str> = idx.topics.iter().map(|t| t.id.as_str()).collect();
    assert!((10..=14).contains(&topics.len()));
    for t in [
        "parliament",
        "president",
        "rights",
        "language",
        "land",
        "judiciary",
        "local",
    ] {
        assert!(topics.contains(t), "topic {t}");
    }
    let sections: BTreeSet<(Edition, &str)> = idx
        .sections
        .iter()
        .map(|s| (s.edition, s.id.as_str()))
        .collect();
    assert!(idx
        .articles
        .iter()
        .all(|a| sections.contains(&(a.edition, a.section.as_str()))));
    let mut ids = BTreeSet::new();
    for p in &idx.pairs {
        assert!(ids.insert(p.id.as_str()), "duplicate id {}", p.id);
        let side = |prefix: &str, v: &[String]| {
            v.iter()
                .map(|n| format!("{prefix}{n}"))
                .collect::<Vec<_>>()
                .join("+")
        };
        let expected = match (side("o", &p.old), side("n", &p.new)) {
            (o, n) if o.is_empty() => n,
            (o, n) if n.is_empty() => o,
            (o, n) => format!("{o}-{n}"),
        };
        if p.id != PREAMBLE_PAIR {
            assert_eq!(p.id, expected);
        }
        assert!(
            p.topics.iter().all(|t| topics.contains(t.as_str())),
            "{}",
            p.id
        );
        match p.score {
            Some(s) => {
                assert!(!p.old.is_empty() && !p.new.is_empty() && (0.0..=1.0).contains(&s));
                assert_eq!(
                    (s * 1000.0).round() / 1000.0,
                    s,
                    "{} score not rounded",
                    p.id
                );
            }
            // The preambles are paired by the tool without measuring.
            None => assert!(
                p.id == PREAMBLE_PAIR || p.old.is_empty() || p.new.is_empty(),
                "{} has no score",
                p.id
            ),
        }
        if let Some(summary) = &p.summary {
            // The desk's summaries, written in all three languages.
            assert!(
                summary.text.en.is_some() && summary.text.ru.is_some() && summary.text.kk.is_some(),
                "{}",
                p.id
            );
            assert!(sources.contains(summary.source.as_str()));
        }
        let subject = p
            .subject
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no subject", p.id));
        assert!(subject.kk.is_some() && subject.ru.is_some() && subject.en.is_some());
    }
    for s in &idx.sources {
        assert!(s.url.starts_with("https://") || s.url.starts_with("http://"));
    }
}

#[test]
fn known_pairings_hold() {
    let idx = index();
    let pair = |id: &str| {
        idx.pairs
            .iter()
            .find(|p| p.id == id)
            .unwrap_or_else(|| panic!("no pair {id}"))
    };
    // Per the shared map: people as the source of power.
    assert_eq!(pair("o3-n4").old, ["3"]);
    // The People's Council has no 1995 counterpart.
    for id in ["n70", "n71", "n49", "n7"] {
        assert!(pair(id).old.is_empty());
    }
    // Repealed in 2007: a removed pair without text.
    assert!(pair("o84").new.is_empty());
    // Splits and merges from the shared map's relations.
    assert_eq!(pair("o77-n19+n78").new, ["19", "78"]);
    assert_eq!(pair("o91-n92+n93").new, ["92", "93"]);
    assert_eq!(pair("o31+o38-n37").old, ["31", "38"]);
    assert_eq!(pair("o53+o54+o55+o56+o57-n56").new, ["56"]);
}

#[test]
fn every_pair_carries_the_desks_decision() {
    let idx = index();
    // Every pair was read and kept: none is left "not yet reviewed".
    assert!(
        idx.pairs.iter().all(|p| p.reviewed),
        "a pair is not reviewed"
    );
    // Every pair's reason is in the reasons file, fetched when a pair opens, not in the index.
    assert_eq!(idx.reasons.as_deref(), Some(align::REASONS));
    let reasons = validate::parse_reasons(&read(align::REASONS), &idx).expect("reasons.json");
    let ids: BTreeSet<&str> = idx.pairs.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        reasons
            .reasons
            .keys()
            .map(String::as_str)
            .collect::<BTreeSet<_>>(),
        ids
    );
    assert!(!read(align::INDEX).contains("\"reason\""));
    // No summary is repeated on pairs it does not describe.
    let mut seen = BTreeSet::new();
    for p in idx.pairs.iter().filter_map(|p| p.summary.as_ref()) {
        assert!(
            seen.insert(p.text.en.clone()),
            "repeated summary {:?}",
            p.text.en
        );
    }
    // The secondary sources, as the desk recorded them: old 91 feeds three new articles.
    let also: Vec<(&str, &str)> = idx
        .pairs
        .iter()
        .flat_map(|p| p.also.iter().map(move |a| (p.id.as_str(), a.old.as_str())))
        .collect();
    assert_eq!(also.len(), 11, "{also:?}");
    assert!(also.contains(&("o2-n2", "91")) && also.contains(&("o41-n43", "91")));
    let review = read(align::REVIEW);
    assert!(review.contains("## Editorial review of every pair"));
    for p in &idx.pairs {
        assert!(
            review.contains(&format!("| {} |", p.id)),
            "{} not in REVIEW.md",
            p.id
        );
    }
}

#[test]
fn texts_list_only_indexed_articles_and_never_the_repealed_one() {
    let idx = index();
    let kk = texts(align::TEXTS_KK);
    let ru = texts(align::TEXTS_RU);
    let en = texts(align::TEXTS_EN);
    assert!(
        en.new.is_none(),
        "no English text of the 2026 Constitution exists"
    );
    let sources: BTreeSet<&str> = idx.sources.iter().map(|s| s.id.as_str()).collect();
    for (t, edition) in [
        (kk.old.as_ref().unwrap(), Edition::Old),
        (kk.new.as_ref().unwrap(), Edition::New),
        (ru.old.as_ref().unwrap(), Edition::Old),
        (ru.new.as_ref().unwrap(), Edition::New),
        (en.old.as_ref().unwrap(), Edition::Old),
    ] {
        assert!(sources.contains(t.source.as_str()));
        let listed = numbers(&idx, edition);
        for (n, text) in &t.articles {
            assert!(listed.contains(n), "text of unlisted {edition:?} {n}");
            assert!(!text.is_empty());
        }
        if edition == Edition::Old {
            assert!(!t.articles.contains_key("84"));
            assert_eq!(t.articles.len(), 101 + 1);
        } else {
            assert_eq!(t.articles.len(), 96 + 1);
        }
        assert!(t.articles.contains_key(PREAMBLE));
    }
    assert!(en.old.unwrap().status.en.unwrap().contains("UNOFFICIAL"));
}

#[test]
fn texts_are_the_source_texts() {
    let Some(dir) = shared() else { return };
    let ru = texts(align::TEXTS_RU);
    let en = texts(align::TEXTS_EN);
    let checks = [
        (
            ru.old.unwrap().articles,
            source_texts(&dir, "constitution_1995_ru_2023-01-01.json"),
            vec!["1", "4", "7", "83-1", "94-2", "99"],
        ),
        (
            en.old.unwrap().articles,
            source_texts(&dir, "constitution_1995_en_unofficial_2022.json"),
            vec!["1", "83-1", "99"],
        ),
    ];
    for (mut pack, source, spot) in checks {
        pack.remove(PREAMBLE);
        for n in spot {
            assert_eq!(pack.get(n), source.get(n), "article {n}");
        }
        // Every article with text, and nothing else.
        let with_text: BTreeMap<String, String> =
            source.into_iter().filter(|(_, t)| !t.is_empty()).collect();
        assert_eq!(pack, with_text);
    }
    // The 2026 Russian text comes from the copy with the preamble; its articles are the
    // first copy's, word for word.
    let mut new_ru = texts(align::TEXTS_RU).new.unwrap().articles;
    assert!(new_ru[PREAMBLE].starts_with("Мы, единый народ Казахстана,"));
    new_ru.remove(PREAMBLE);
    let first_copy = source_texts(&dir, "constitution_2026_ru.json");
    assert_eq!(new_ru.len(), first_copy.len());
    for (n, t) in &first_copy {
        assert!(
            t.split_whitespace().eq(new_ru[n].split_whitespace()),
            "2026 Art. {n}"
        );
    }
    let kk = texts(align::TEXTS_KK);
    let (kk_old, kk_new) = (kk.old.unwrap().articles, kk.new.unwrap().articles);
    assert!(kk_new["1"].starts_with("Қазақстан Республикасы – демократиялық, зайырлы"));
    assert!(kk_new[PREAMBLE].starts_with("Біз, біртұтас Қазақстан халқы,"));
    assert!(kk_old[PREAMBLE].starts_with("Біз, ортақ тарихи тағдыр біріктірген Қазақстан халқы,"));
    assert!(kk_old["2"].contains("3-1. Астана қаласының шегінде"));
    let n70 = &texts(align::TEXTS_RU).new.unwrap().articles["70"];
    assert!(n70.contains("Қазақстан Халық Кеңесі"));
    // Footnotes (amendment notes) are not article text.
    let old = texts(align::TEXTS_RU).old.unwrap().articles;
    assert!(old
        .values()
        .all(|t| !t.contains("Сноска") && !t.contains("Примечание.")));
}

/// Generates with `decisions` as the reviewer's decisions (written to a file named `name`).
fn generate_with(
    name: &str,
    decisions: &str,
) -> Option<Result<Vec<(&'static str, String)>, align::Failure>> {
    let dir = shared()?;
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let json = format!(r#"{{"reviewer": "test", "decisions": [{decisions}]}}"#);
    fs::write(&path, json).unwrap();
    Some(align::generate(&dir, &path, &align::editorial::dir()))
}

#[test]
fn undecided_articles_stop_generation_but_get_a_review_list() {
    let Some(result) = generate_with("reviewed-none.json", "") else {
        return;
    };
    let failure = result.expect_err("undecided articles must not be filled in");
    assert!(failure.message.contains("new 49"), "{}", failure.message);
    assert!(failure.review.unwrap().contains("**undecided**"));
}

#[test]
fn a_decision_must_cover_the_whole_rule_pair_it_overrides() {
    let Some(result) = generate_with(
        "reviewed-half.json",
        r#"{"old": ["3"], "new": [], "reason": "only half of o3-n4"}"#,
    ) else {
        return;
    };
    let failure = result.expect_err("half an override must be refused");
    assert!(failure.message.contains("o3-n4"), "{}", failure.message);
}
