//! Parsing and checking the comparison pack: for each file the schema version first, then JSON
//! syntax and types (with the exact field path), then meaning: references between articles,
//! sections, pairs, topics and sources, duplicates, and texts. Errors in a texts file carry the
//! file's name (`PackError::file`, said before the path: "texts.ru.json: old.articles.97");
//! errors in the index do not.

use super::pack::{
    CompareIndex, CompareReasons, CompareTexts, Edition, EditionTexts, NoteKind,
    COMPARE_SCHEMA_VERSION,
};
use super::tokenize::lookalike_words;
use crate::content::checks::{self, Checker};
use crate::content::text_rules::is_blank;
use crate::content::PackError;
use crate::lang::Lang;
use std::collections::{BTreeMap, BTreeSet};

/// Parses and checks the index and the texts files (`(file name, json)`) together, returning
/// every problem found in any of them, not just the first.
pub fn parse_all(
    index_json: &str,
    texts: &[(&str, &str)],
) -> Result<(CompareIndex, Vec<CompareTexts>), Vec<PackError>> {
    let mut errors = Vec::new();
    // An index that parses is checked, and the texts checked against it, even if it has
    // errors of meaning: every file's problems are reported in one go.
    let index = match parse::<CompareIndex>(index_json) {
        Ok((index, text)) => {
            errors.extend(text);
            errors.extend(check_index(&index));
            Some(index)
        }
        Err(e) => {
            errors.extend(e);
            None
        }
    };
    let mut parsed: Vec<CompareTexts> = Vec::new();
    let mut languages: Vec<(Lang, &str)> = Vec::new();
    for &(file, json) in texts {
        let in_file = |e: PackError| e.in_file(file);
        let t = match parse::<CompareTexts>(json) {
            Ok((t, text)) => {
                errors.extend(text.into_iter().map(in_file));
                t
            }
            Err(e) => {
                errors.extend(e.into_iter().map(in_file));
                continue;
            }
        };
        if let Some((_, earlier)) = languages.iter().find(|(l, _)| *l == t.language) {
            errors.push(in_file(PackError::new(
                "language",
                format!(
                    "{:?} is already given by {earlier}; one file per language",
                    t.language.code()
                ),
            )));
        }
        languages.push((t.language, file));
        if let Some(index) = &index {
            errors.extend(check_texts(&t, index).into_iter().map(in_file));
            errors.extend(check_listed(&t, index).into_iter().map(in_file));
        }
        parsed.push(t);
    }
    match index {
        Some(index) if errors.is_empty() => Ok((index, parsed)),
        _ => Err(errors),
    }
}

/// Parses and checks `compare/index.json`.
pub fn parse_index(json: &str) -> Result<CompareIndex, Vec<PackError>> {
    let (index, mut errors) = parse::<CompareIndex>(json)?;
    errors.extend(check_index(&index));
    if errors.is_empty() {
        Ok(index)
    } else {
        Err(errors)
    }
}

/// Parses and checks `compare/reasons.json` against its index: every reason is of a pair of
/// the index, in at least one language.
pub fn parse_reasons(json: &str, index: &CompareIndex) -> Result<CompareReasons, Vec<PackError>> {
    let (reasons, mut errors) = parse::<CompareReasons>(json)?;
    let mut c = Checker::default();
    for (id, r) in &reasons.reasons {
        let p = format!("reasons.{id}");
        if !index.pairs.iter().any(|pair| pair.id == *id) {
            c.err(p.clone(), format!("unknown pair {id:?} (not in the index)"));
        }
        c.text(p, r);
    }
    errors.extend(c.errors);
    if errors.is_empty() {
        Ok(reasons)
    } else {
        Err(errors)
    }
}

/// The schema version, then syntax and types, of one file, with the problems of its strings.
fn parse<T: serde::de::DeserializeOwned>(
    json: &str,
) -> Result<(T, Vec<PackError>), Vec<PackError>> {
    checks::decoded(json)?;
    checks::schema_version(json, COMPARE_SCHEMA_VERSION)?;
    checks::parse(json)
}

fn edition_name(e: Edition) -> &'static str {
    match e {
        Edition::Old => "old",
        Edition::New => "new",
    }
}

/// Pair ids end up in the URL: the form `view_state` accepts ("o44-n50+n51").
fn url_safe_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'+'))
}

/// A texts file is fetched relative to the index: no directories, no other sites.
fn plain_file_name(name: &str) -> bool {
    (1..=100).contains(&name.len())
        && name.ends_with(".json")
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// The words that open a note of the legal database ("Ескерту. 44-бапқа өзгерістер
/// енгізілді …", "Сноска. Статья 50 с изменениями …"): such a line is never article text.
pub const NOTE_MARKERS: [&str; 6] = [
    "Ескерту.",
    "Ескертпе.",
    "Сноска.",
    "Примечание.",
    "Footnote.",
    "Note.",
];

/// Whether a line of text is a database note.
pub fn is_note(line: &str) -> bool {
    let l = line.trim_start_matches(|c: char| c.is_whitespace() || c == '>' || c == '*');
    NOTE_MARKERS.iter().any(|m| l.starts_with(m))
}

/// Checks what serde cannot in the index, section by section of the file: the editions,
/// `sections`, `articles`, `topics`, `pairs` (and the articles no pair has), the files beside
/// it and the report address.
fn check_index(index: &CompareIndex) -> Vec<PackError> {
    let mut c = Checker::default();
    check_editions(&mut c, index);
    let sections = check_sections(&mut c, index);
    let articles = check_articles(&mut c, index, &sections);
    let topics = check_topics(&mut c, index);
    let paired = check_pairs(&mut c, index, &articles, &topics);
    check_unpaired(&mut c, index, &paired);
    check_files(&mut c, index);
    check_report_url(&mut c, index);
    c.errors
}

/// An article of an edition, by number.
type ArticleKey<'a> = (Edition, &'a str);

fn check_editions<'a>(c: &mut Checker<'a>, index: &'a CompareIndex) {
    for (name, info) in [("old", &index.old), ("new", &index.new)] {
        c.text(format!("{name}.title"), &info.title);
        c.text(format!("{name}.version_note"), &info.version_note);
    }
    c.sources("sources", &index.sources);
}

fn check_sections<'a>(c: &mut Checker<'a>, index: &'a CompareIndex) -> BTreeSet<ArticleKey<'a>> {
    let mut sections: BTreeSet<(Edition, &str)> = BTreeSet::new();
    for (i, s) in index.sections.iter().enumerate() {
        let p = format!("sections[{i}]");
        let ed = edition_name(s.edition);
        if is_blank(&s.id) {
            c.err(format!("{p}.id"), "must not be empty");
        } else if !sections.insert((s.edition, &s.id)) {
            c.err(
                format!("{p}.id"),
                format!("duplicate section {:?} of the {ed} edition", s.id),
            );
        }
        c.text(format!("{p}.title"), &s.title);
    }
    sections
}

/// Each article's position in `articles`.
fn check_articles<'a>(
    c: &mut Checker<'a>,
    index: &'a CompareIndex,
    sections: &BTreeSet<ArticleKey<'_>>,
) -> BTreeMap<ArticleKey<'a>, usize> {
    let mut articles: BTreeMap<(Edition, &str), usize> = BTreeMap::new();
    for (i, a) in index.articles.iter().enumerate() {
        let p = format!("articles[{i}]");
        let ed = edition_name(a.edition);
        if is_blank(&a.number) {
            c.err(format!("{p}.number"), "must not be empty");
        } else if let Some(j) = articles.get(&(a.edition, a.number.as_str())) {
            c.err(
                format!("{p}.number"),
                format!(
                    "duplicate article {:?} of the {ed} edition (already at articles[{j}])",
                    a.number
                ),
            );
        } else {
            articles.insert((a.edition, &a.number), i);
        }
        if !sections.contains(&(a.edition, a.section.as_str())) {
            c.err(
                format!("{p}.section"),
                format!(
                    "unknown section {:?} of the {ed} edition (not in sections)",
                    a.section
                ),
            );
        }
    }
    articles
}

fn check_topics<'a>(c: &mut Checker<'a>, index: &'a CompareIndex) -> BTreeSet<&'a str> {
    let mut topics: BTreeSet<&str> = BTreeSet::new();
    for (i, t) in index.topics.iter().enumerate() {
        let p = format!("topics[{i}]");
        let id_ok = !t.id.is_empty()
            && t.id.len() <= 40
            && t.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-');
        if !id_ok {
            c.err(
                format!("{p}.id"),
                format!(
                    "expected lowercase letters, digits, - and _ only, found {:?}",
                    t.id
                ),
            );
        } else if topics.contains(t.id.as_str()) {
            c.err(format!("{p}.id"), format!("duplicate topic id {:?}", t.id));
        }
        topics.insert(&t.id);
        c.text(format!("{p}.label"), &t.label);
    }
    topics
}

/// For each article, the path of its first mention in a pair.
fn check_pairs<'a>(
    c: &mut Checker<'a>,
    index: &'a CompareIndex,
    articles: &BTreeMap<ArticleKey<'_>, usize>,
    topics: &BTreeSet<&str>,
) -> BTreeMap<ArticleKey<'a>, String> {
    let mut paired: BTreeMap<(Edition, &str), String> = BTreeMap::new();
    let mut pair_ids: BTreeSet<&str> = BTreeSet::new();
    for (i, pair) in index.pairs.iter().enumerate() {
        let p = format!("pairs[{i}]");
        if pair.same_text.is_some() && !(pair.old.len() == 1 && pair.new.len() == 1) {
            c.err(
                format!("{p}.same_text"),
                "only a pair of one old and one new article has one",
            );
        }
        if !url_safe_id(&pair.id) {
            c.err(
                format!("{p}.id"),
                format!(
                    "expected up to 64 letters, digits, -, _ or + (it is used in the URL), found {:?}",
                    pair.id
                ),
            );
        } else if pair_ids.contains(pair.id.as_str()) {
            c.err(
                format!("{p}.id"),
                format!("duplicate pair id {:?}", pair.id),
            );
        }
        pair_ids.insert(&pair.id);
        if pair.old.is_empty() && pair.new.is_empty() {
            c.err(p.clone(), "has neither an old nor a new article");
        }
        for (edition, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
            let ed = edition_name(edition);
            for (k, number) in numbers.iter().enumerate() {
                let here = format!("{p}.{ed}[{k}]");
                if !articles.contains_key(&(edition, number.as_str())) {
                    c.err(
                        here,
                        format!("unknown article {number:?} of the {ed} edition"),
                    );
                } else if let Some(first) = paired.get(&(edition, number.as_str())) {
                    c.err(
                        here,
                        format!("article {number:?} of the {ed} edition is already in {first}"),
                    );
                } else {
                    paired.insert((edition, number), here);
                }
            }
        }
        let mut listed_topics = BTreeSet::new();
        for (k, t) in pair.topics.iter().enumerate() {
            if !topics.contains(t.as_str()) {
                c.err(
                    format!("{p}.topics[{k}]"),
                    format!("unknown topic {t:?} (not in topics)"),
                );
            } else if !listed_topics.insert(t) {
                c.err(
                    format!("{p}.topics[{k}]"),
                    format!("topic {t:?} listed twice"),
                );
            }
        }
        if let Some(score) = pair.score {
            if !(0.0..=1.0).contains(&score) {
                c.err(format!("{p}.score"), "must be between 0 and 1");
            }
        }
        if let Some(s) = &pair.summary {
            c.text(format!("{p}.summary.text"), &s.text);
            c.source_ref(format!("{p}.summary.source"), &s.source);
        }
        if let Some(s) = &pair.subject {
            c.text(format!("{p}.subject"), s);
        }
        for (k, a) in pair.also.iter().enumerate() {
            let here = format!("{p}.also[{k}]");
            if !articles.contains_key(&(Edition::Old, a.old.as_str())) {
                c.err(
                    here,
                    format!("unknown article {:?} of the old edition", a.old),
                );
            } else if pair.old.contains(&a.old) {
                c.err(here, format!("old article {:?} is this pair's own", a.old));
            } else if a.points.is_empty() || a.new_points.is_empty() {
                c.err(here, "needs the points it draws on and where they continue");
            }
        }
    }
    paired
}

fn check_unpaired(
    c: &mut Checker,
    index: &CompareIndex,
    paired: &BTreeMap<ArticleKey<'_>, String>,
) {
    for (i, a) in index.articles.iter().enumerate() {
        if !paired.contains_key(&(a.edition, a.number.as_str())) {
            c.err(
                format!("articles[{i}]"),
                format!(
                    "article {:?} of the {} edition is in no pair",
                    a.number,
                    edition_name(a.edition)
                ),
            );
        }
    }
}

/// The files named beside the index: its reasons and its texts.
fn check_files(c: &mut Checker, index: &CompareIndex) {
    if let Some(f) = index.reasons.as_ref().filter(|f| !plain_file_name(f)) {
        c.err(
            "reasons".into(),
            format!("expected a file name beside the index, such as \"reasons.json\", found {f:?}"),
        );
    }

    let mut listed: Vec<Lang> = Vec::new();
    for (i, f) in index.texts.iter().enumerate() {
        let p = format!("texts[{i}]");
        if listed.contains(&f.language) {
            c.err(
                format!("{p}.language"),
                format!("{:?} is listed twice", f.language.code()),
            );
        } else {
            listed.push(f.language);
        }
        if !plain_file_name(&f.file) {
            c.err(
                format!("{p}.file"),
                format!(
                    "expected a file name beside the index, such as \"texts.ru.json\", found {:?}",
                    f.file
                ),
            );
        }
        if f.editions.is_empty() {
            c.err(
                format!("{p}.editions"),
                "must list the old or the new edition",
            );
        }
        // Two editions at most: the list of those seen stays short however long this one is.
        let mut seen: Vec<Edition> = Vec::new();
        for (k, e) in f.editions.iter().enumerate() {
            if seen.contains(e) {
                c.err(
                    format!("{p}.editions[{k}]"),
                    format!("the {} edition is listed twice", edition_name(*e)),
                );
            } else {
                seen.push(*e);
            }
        }
    }
}

fn check_report_url(c: &mut Checker, index: &CompareIndex) {
    if let Some(url) = &index.report_url {
        let ok = (url.starts_with("https://") && url.len() > "https://".len())
            || (url.starts_with("mailto:") && url.len() > "mailto:".len());
        if !ok {
            c.err(
                "report_url".into(),
                format!("expected an https: or mailto: URL, found {url:?}"),
            );
        }
    }
}

/// Checks one parsed texts file against the index. Paths are relative to the file.
fn check_texts(texts: &CompareTexts, index: &CompareIndex) -> Vec<PackError> {
    let mut c = Checker {
        errors: Vec::new(),
        sources: index.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    let known: BTreeSet<(Edition, &str)> = index
        .articles
        .iter()
        .map(|a| (a.edition, a.number.as_str()))
        .collect();
    for (edition, side) in [(Edition::Old, &texts.old), (Edition::New, &texts.new)] {
        let Some(EditionTexts {
            source,
            status,
            articles,
            notes,
            from_notes,
            ..
        }) = side
        else {
            continue;
        };
        let ed = edition_name(edition);
        c.source_ref(format!("{ed}.source"), source);
        c.text(format!("{ed}.status"), status);
        for (number, text) in articles {
            let p = format!("{ed}.articles.{number}");
            if !known.contains(&(edition, number.as_str())) {
                c.err(
                    p,
                    format!("no article {number:?} in the {ed} edition of the index"),
                );
            } else if is_blank(text) {
                c.err(p, "empty text (leave the article out instead)");
            } else if let Some(line) = text.lines().find(|l| is_note(l)) {
                c.err(
                    p,
                    format!("a database note is not article text (move it to notes): {line:?}"),
                );
            } else if texts.language == Lang::Kk {
                if let Some(word) = lookalike_words(text).first() {
                    c.err(
                        p,
                        format!("{word:?} mixes Latin and Cyrillic letters (normalise it)"),
                    );
                }
            }
        }
        for (number, list) in notes {
            if !articles.contains_key(number) {
                c.err(
                    format!("{ed}.notes.{number}"),
                    "notes on an article without a text",
                );
            }
            for (k, n) in list.iter().enumerate() {
                if is_blank(&n.text) {
                    c.err(
                        format!("{ed}.notes.{number}[{k}].text"),
                        "must not be empty",
                    );
                }
            }
        }
        for (number, f) in from_notes {
            let p = format!("{ed}.from_notes.{number}");
            if !articles.contains_key(number) {
                c.err(p, "an article without a text");
            } else if !notes
                .get(number)
                .is_some_and(|l| l.iter().any(|n| n.kind == NoteKind::Deferred))
            {
                c.err(
                    p,
                    "no deferred-wording note on this article gives its wording",
                );
            } else if f.points.iter().any(|p| is_blank(p)) {
                c.err(format!("{p}.points"), "a point must not be empty");
            }
        }
    }
    c.errors
}

/// Checks a texts file against the index's list of texts files, when it has one.
fn check_listed(texts: &CompareTexts, index: &CompareIndex) -> Vec<PackError> {
    let mut errors = Vec::new();
    if index.texts.is_empty() {
        return errors;
    }
    let Some((i, listed)) = index
        .texts
        .iter()
        .enumerate()
        .find(|(_, f)| f.language == texts.language)
    else {
        errors.push(PackError::new(
            "language",
            format!(
                "{:?} is not among the index's texts files",
                texts.language.code()
            ),
        ));
        return errors;
    };
    for (edition, side) in [(Edition::Old, &texts.old), (Edition::New, &texts.new)] {
        let ed = edition_name(edition);
        match (listed.editions.contains(&edition), side.is_some()) {
            (true, false) => errors.push(PackError::new(
                "",
                format!("has no {ed} edition, but the index's texts[{i}] lists it"),
            )),
            (false, true) => errors.push(PackError::new(
                ed,
                format!("not listed in the index's texts[{i}].editions"),
            )),
            _ => {}
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support;
    use serde_json::{json, Value};

    fn run(index: &Value, texts: &[(&str, &Value)]) -> Result<(), Vec<PackError>> {
        let texts: Vec<(&str, String)> = texts.iter().map(|(f, v)| (*f, v.to_string())).collect();
        let refs: Vec<(&str, &str)> = texts.iter().map(|(f, s)| (*f, s.as_str())).collect();
        parse_all(&index.to_string(), &refs).map(|_| ())
    }

    /// The errors after editing the index of the fixture pack (with its texts).
    fn index_errors(edit: impl FnOnce(&mut Value)) -> Vec<PackError> {
        let mut v = test_support::index();
        edit(&mut v);
        let ru = test_support::texts_ru();
        run(&v, &[("texts.ru.json", &ru)]).expect_err("the pack should be rejected")
    }

    /// The errors after editing the Russian texts file of the fixture pack.
    fn texts_errors(edit: impl FnOnce(&mut Value)) -> Vec<PackError> {
        let mut ru = test_support::texts_ru();
        edit(&mut ru);
        run(&test_support::index(), &[("texts.ru.json", &ru)]).expect_err("should be rejected")
    }

    /// Exactly one error, at `path`, whose message contains `words`.
    fn only(errors: &[PackError], path: &str, words: &str) {
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].location(), path, "{errors:?}");
        assert!(errors[0].message.contains(words), "{errors:?}");
    }

    #[test]
    fn reasons_are_of_pairs_of_the_index_and_say_something() {
        let index = parse_index(&test_support::index().to_string()).unwrap();
        let file = |reasons: Value| json!({"schema_version": 1, "reasons": reasons}).to_string();
        let ok = parse_reasons(&file(json!({"o1-n1": {"en": "Same subject."}})), &index);
        assert_eq!(
            ok.unwrap().reasons["o1-n1"].en.as_deref(),
            Some("Same subject.")
        );
        let e = parse_reasons(&file(json!({"o9-n9": {"en": "x"}})), &index).unwrap_err();
        only(&e, "reasons.o9-n9", "unknown pair \"o9-n9\"");
        let e = parse_reasons(&file(json!({"o1-n1": {"en": " "}})), &index).unwrap_err();
        only(&e, "reasons.o1-n1", "needs a text");
        let e = parse_reasons(&file(json!({"o1-n1": {"en": "\u{202e}x"}})), &index).unwrap_err();
        assert!(e[0].message.contains("RIGHT-TO-LEFT OVERRIDE"), "{e:?}");
        let e = parse_reasons(r#"{"schema_version": 2, "reasons": {}}"#, &index).unwrap_err();
        only(&e, "schema_version", "unsupported schema version 2");
        // The index names the file; a path elsewhere is refused.
        let e = index_errors(|v| v["reasons"] = json!("../reasons.json"));
        only(&e, "reasons", "expected a file name beside the index");
    }

    #[test]
    fn the_fixture_pack_is_valid() {
        let (ru, en) = (test_support::texts_ru(), test_support::texts_en());
        let r = run(
            &test_support::index(),
            &[("texts.ru.json", &ru), ("texts.en.json", &en)],
        );
        assert!(r.is_ok(), "{r:?}");
    }

    #[test]
    fn bad_json_is_named() {
        let e = parse_index("{\"schema_version\": 1, \"old\": ").unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
        let e = parse_index("").unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
        let e = parse_index("[1]").unwrap_err();
        assert!(
            e[0].message.contains("JSON object with schema_version 1"),
            "{e:?}"
        );
        let e = parse::<CompareTexts>("{\"schema_version\": 1,,}").unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
    }

    #[test]
    fn schema_version_comes_before_anything_else() {
        // A wrong version wins over the type error next to it.
        let e = index_errors(|v| {
            v["schema_version"] = json!(2);
            v["pairs"] = json!("nope");
        });
        only(&e, "schema_version", "unsupported schema version 2");
        let e = index_errors(|v| {
            v.as_object_mut().unwrap().remove("schema_version");
        });
        only(&e, "schema_version", "missing");
        let e = index_errors(|v| v["schema_version"] = json!("1"));
        only(&e, "schema_version", "whole number 1");
        let e = texts_errors(|v| v["schema_version"] = json!(7));
        only(
            &e,
            "texts.ru.json: schema_version",
            "unsupported schema version 7",
        );
    }

    #[test]
    fn type_errors_name_the_field() {
        let e = index_errors(|v| v["pairs"][2]["reviewed"] = json!("yes"));
        only(&e, "pairs[2].reviewed", "invalid type: string \"yes\"");
        let e = index_errors(|v| v["articles"][3]["edition"] = json!("older"));
        only(&e, "articles[3].edition", "unknown variant `older`");
        let e = index_errors(|v| {
            v["pairs"][1].as_object_mut().unwrap().remove("reviewed");
        });
        only(&e, "pairs[1]", "missing field `reviewed`");
        let e = index_errors(|v| v["topics"][0]["lable"] = json!({"en": "x"}));
        only(&e, "topics[0].lable", "unknown field `lable`");
        let e = texts_errors(|v| v["new"]["articles"]["5"] = json!(5));
        only(
            &e,
            "texts.ru.json: new.articles.5",
            "invalid type: integer `5`",
        );
    }

    #[test]
    fn texts_language_must_be_kk_ru_or_en() {
        let e = texts_errors(|v| v["language"] = json!("de"));
        only(&e, "texts.ru.json: language", "unknown variant `de`");
    }

    #[test]
    fn texts_language_must_not_repeat() {
        let ru = test_support::texts_ru();
        let e = run(
            &test_support::index(),
            &[("texts.ru.json", &ru), ("texts.ru2.json", &ru)],
        )
        .unwrap_err();
        only(
            &e,
            "texts.ru2.json: language",
            "\"ru\" is already given by texts.ru.json",
        );
    }

    #[test]
    fn duplicate_article_numbers_within_an_edition() {
        let e = index_errors(|v| v["articles"][2]["number"] = json!("2"));
        // Old 3 is then missing too, so its pair and the text for it are reported as well.
        assert!(e.iter().any(|e| e.path == "articles[2].number"
            && e.message == "duplicate article \"2\" of the old edition (already at articles[1])"));
        // The same number in the other edition is fine.
        let mut v = test_support::index();
        v["articles"][5]["number"] = json!("1");
        assert!(parse_index(&v.to_string()).is_ok());
    }

    #[test]
    fn article_in_an_unknown_section() {
        let e = index_errors(|v| v["articles"][7]["section"] = json!("XI"));
        only(
            &e,
            "articles[7].section",
            "unknown section \"XI\" of the new edition",
        );
    }

    #[test]
    fn duplicate_sections() {
        let e = index_errors(|v| v["sections"][1]["id"] = json!("I"));
        // Old article 4 and 5 now name a missing section "II" too.
        assert!(e
            .iter()
            .any(|e| e.path == "sections[1].id" && e.message.contains("duplicate section \"I\"")));
    }

    #[test]
    fn duplicate_pair_ids() {
        let e = index_errors(|v| v["pairs"][2]["id"] = json!("o1-n1"));
        only(&e, "pairs[2].id", "duplicate pair id \"o1-n1\"");
    }

    #[test]
    fn pair_ids_are_url_safe() {
        let e = index_errors(|v| v["pairs"][2]["id"] = json!("o3 n3"));
        only(&e, "pairs[2].id", "used in the URL");
    }

    #[test]
    fn pair_referencing_an_unknown_article() {
        let e = index_errors(|v| v["pairs"][4]["new"][1] = json!("97"));
        // New 6 is then in no pair.
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].path, "pairs[4].new[1]");
        assert_eq!(e[0].message, "unknown article \"97\" of the new edition");
        assert_eq!(e[1].path, "articles[10]");
    }

    #[test]
    fn article_in_more_than_one_pair() {
        let e = index_errors(|v| v["pairs"][5]["old"][0] = json!("4"));
        // Old 5 is then in no pair.
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].path, "pairs[5].old[0]");
        assert_eq!(
            e[0].message,
            "article \"4\" of the old edition is already in pairs[4].old[0]"
        );
        let e = index_errors(|v| v["pairs"][4]["new"] = json!(["5", "6", "5"]));
        only(
            &e,
            "pairs[4].new[2]",
            "article \"5\" of the new edition is already in pairs[4].new[0]",
        );
    }

    #[test]
    fn article_in_no_pair() {
        let e = index_errors(|v| {
            v["pairs"].as_array_mut().unwrap().remove(5);
        });
        only(
            &e,
            "articles[4]",
            "article \"5\" of the old edition is in no pair",
        );
    }

    #[test]
    fn pair_with_neither_side() {
        let e = index_errors(|v| {
            v["pairs"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "x", "old": [], "new": [], "reviewed": false}));
        });
        only(&e, "pairs[6]", "has neither an old nor a new article");
    }

    #[test]
    fn unknown_topic_in_a_pair() {
        let e = index_errors(|v| v["pairs"][3]["topics"][1] = json!("economy"));
        only(
            &e,
            "pairs[3].topics[1]",
            "unknown topic \"economy\" (not in topics)",
        );
        let e = index_errors(|v| v["pairs"][3]["topics"][1] = json!("state"));
        only(&e, "pairs[3].topics[1]", "topic \"state\" listed twice");
    }

    #[test]
    fn topic_ids_are_checked_and_unique() {
        let e = index_errors(|v| v["topics"][1]["id"] = json!("state"));
        // Pairs naming "rights" now name an unknown topic too.
        assert!(e
            .iter()
            .any(|e| e.path == "topics[1].id" && e.message == "duplicate topic id \"state\""));
        let e = index_errors(|v| {
            v["topics"]
                .as_array_mut()
                .unwrap()
                .push(json!({"id": "Parliament!", "label": {"en": "x"}}));
        });
        only(&e, "topics[2].id", "lowercase letters, digits");
    }

    #[test]
    fn unknown_sources() {
        let e = index_errors(|v| v["pairs"][1]["summary"]["source"] = json!("tengri"));
        only(
            &e,
            "pairs[1].summary.source",
            "unknown source \"tengri\" (not in sources)",
        );
        let e = texts_errors(|v| v["old"]["source"] = json!("tengri"));
        only(&e, "texts.ru.json: old.source", "unknown source \"tengri\"");
        let e = index_errors(|v| {
            let s = v["sources"][0].clone();
            v["sources"].as_array_mut().unwrap().push(s);
        });
        only(&e, "sources[1].id", "duplicate source id \"adilet\"");
    }

    #[test]
    fn source_urls_are_http() {
        let e = index_errors(|v| v["sources"][0]["url"] = json!("javascript:alert(1)"));
        only(&e, "sources[0].url", "expected an http(s) URL");
    }

    #[test]
    fn summary_text_must_not_be_empty() {
        let e = index_errors(|v| v["pairs"][1]["summary"]["text"] = json!({"en": "  "}));
        only(&e, "pairs[1].summary.text", "needs a text in at least one");
        let e = index_errors(|v| v["sections"][0]["title"] = json!({}));
        only(&e, "sections[0].title", "needs a text");
    }

    #[test]
    fn secondary_sources_name_another_old_article_and_points() {
        let e = index_errors(|v| {
            v["pairs"][1]["also"] = json!([{"old": "9", "points": ["1"], "new_points": ["1"]}])
        });
        only(
            &e,
            "pairs[1].also[0]",
            "unknown article \"9\" of the old edition",
        );
        let e = index_errors(|v| {
            v["pairs"][1]["also"] = json!([{"old": "2", "points": ["1"], "new_points": ["1"]}])
        });
        only(&e, "pairs[1].also[0]", "this pair's own");
        let e = index_errors(|v| {
            v["pairs"][1]["also"] = json!([{"old": "1", "points": [], "new_points": ["1"]}])
        });
        only(&e, "pairs[1].also[0]", "needs the points");
        let e = index_errors(|v| v["pairs"][1]["subject"] = json!({"kk": " "}));
        only(&e, "pairs[1].subject", "needs a text in at least one");
    }

    #[test]
    fn score_is_between_0_and_1() {
        let e = index_errors(|v| v["pairs"][1]["score"] = json!(1.5));
        only(&e, "pairs[1].score", "between 0 and 1");
    }

    #[test]
    fn report_url_is_https_or_mailto() {
        for bad in [
            "http://example.org/report",
            "javascript:alert(1)",
            "mailto:",
            "https://",
        ] {
            let e = index_errors(|v| v["report_url"] = json!(bad));
            only(&e, "report_url", "expected an https: or mailto: URL");
        }
        let mut v = test_support::index();
        v["report_url"] = json!("https://example.org/report");
        assert!(parse_index(&v.to_string()).is_ok());
        v.as_object_mut().unwrap().remove("report_url");
        assert!(parse_index(&v.to_string()).is_ok());
    }

    #[test]
    fn texts_files_list() {
        let list = json!([
            {"language": "ru", "file": "texts.ru.json", "editions": ["old", "new"]},
            {"language": "en", "file": "texts.en.json", "editions": ["old"]}
        ]);
        let mut v = test_support::index();
        v["texts"] = list.clone();
        let (ru, en) = (test_support::texts_ru(), test_support::texts_en());
        let r = run(&v, &[("texts.ru.json", &ru), ("texts.en.json", &en)]);
        assert!(r.is_ok(), "{r:?}");

        let e = index_errors(|v| {
            v["texts"] = list.clone();
            v["texts"][1]["language"] = json!("ru");
        });
        only(&e, "texts[1].language", "\"ru\" is listed twice");
        for bad in [
            "../texts.ru.json",
            "https://example.org/t.json",
            "texts.ru",
            "",
        ] {
            let e = index_errors(|v| {
                v["texts"] = list.clone();
                v["texts"][0]["file"] = json!(bad);
            });
            only(&e, "texts[0].file", "expected a file name beside the index");
        }
        let e = index_errors(|v| {
            v["texts"] = list.clone();
            v["texts"][1]["editions"] = json!([]);
        });
        only(
            &e,
            "texts[1].editions",
            "must list the old or the new edition",
        );
        let e = index_errors(|v| {
            v["texts"] = list.clone();
            v["texts"][1]["editions"] = json!(["old", "old"]);
        });
        only(
            &e,
            "texts[1].editions[1]",
            "the old edition is listed twice",
        );
    }

    #[test]
    fn texts_files_agree_with_the_list() {
        let mut v = test_support::index();
        v["texts"] = json!([{"language": "ru", "file": "texts.ru.json", "editions": ["old"]}]);
        let (ru, en) = (test_support::texts_ru(), test_support::texts_en());
        let e = run(&v, &[("texts.ru.json", &ru), ("texts.en.json", &en)]).unwrap_err();
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(e[0].location(), "texts.ru.json: new");
        assert_eq!(e[0].message, "not listed in the index's texts[0].editions");
        assert_eq!(e[1].location(), "texts.en.json: language");
        assert_eq!(e[1].message, "\"en\" is not among the index's texts files");
        v["texts"][0]["editions"] = json!(["old", "new"]);
        let mut old_only = ru.clone();
        old_only.as_object_mut().unwrap().remove("new");
        let e = run(&v, &[("texts.ru.json", &old_only)]).unwrap_err();
        only(
            &e,
            "texts.ru.json",
            "has no new edition, but the index's texts[0] lists it",
        );
    }

    #[test]
    fn text_for_an_article_not_in_the_index() {
        let e = texts_errors(|v| v["new"]["articles"]["97"] = json!("Текст."));
        only(
            &e,
            "texts.ru.json: new.articles.97",
            "no article \"97\" in the new edition of the index",
        );
    }

    #[test]
    fn empty_text() {
        let e = texts_errors(|v| v["old"]["articles"]["3"] = json!(" \n"));
        only(&e, "texts.ru.json: old.articles.3", "empty text");
    }

    #[test]
    fn bytes_that_were_not_utf8_are_named_in_their_file() {
        let e = texts_errors(|v| v["old"]["articles"]["3"] = json!("Высшим \u{FFFD}\u{FFFD}"));
        only(&e, "texts.ru.json: old.articles.3", "not UTF-8");
        let e = index_errors(|v| v["topics"][0]["label"]["en"] = json!("\u{FFFD}"));
        only(&e, "topics[0].label.en", "not UTF-8");
    }

    #[test]
    fn text_status_must_not_be_empty() {
        let e = texts_errors(|v| v["new"]["status"] = json!({"ru": ""}));
        only(&e, "texts.ru.json: new.status", "needs a text");
    }

    #[test]
    fn every_problem_in_every_file_is_reported() {
        let mut v = test_support::index();
        v["pairs"][0]["topics"][0] = json!("nope");
        v["sources"][0]["url"] = json!("ftp://x");
        let mut ru = test_support::texts_ru();
        ru["old"]["articles"]["3"] = json!("");
        let en = json!({"schema_version": 1, "language": "en", "old": 5});
        let e = run(&v, &[("texts.ru.json", &ru), ("texts.en.json", &en)]).unwrap_err();
        let paths: Vec<String> = e.iter().map(PackError::location).collect();
        assert_eq!(
            paths,
            [
                "sources[0].url",
                "pairs[0].topics[0]",
                "texts.ru.json: old.articles.3",
                "texts.en.json: old"
            ]
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn parsing_arbitrary_text_never_panics(s in ".{0,400}") {
            let _ = parse_all(&s, &[("t.json", &s)]);
        }

        #[test]
        fn truncating_the_index_gives_an_error_not_a_panic(cut in 0usize..3000) {
            let json = crate::compare::test_support::index().to_string();
            let end = json.char_indices().map(|(i, _)| i).find(|&i| i >= cut).unwrap_or(0);
            prop_assert!(parse_index(&json[..end]).is_err());
        }
    }
}
