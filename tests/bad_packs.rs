//! The bad-pack corpus in `tests/bad_packs/`: every file goes through the entry the widget uses
//! (`Model::build` for a content pack, `parse_index` then `CompareModel::build` for the
//! comparison data), read as the browser reads a fetched file, and must give exactly the
//! errors listed here; packs whose only oddity is markup must validate with the markup kept
//! verbatim. The manifests (for the end-to-end tests) and the README are checked against the
//! tables below, so they cannot drift. Extremes too big to check in (a 2 MB string, arrays
//! nested 100 000 deep) are generated here.
#![cfg(not(target_arch = "wasm32"))]

use qazaq_explainer::compare::diff::{diff_pair, diff_texts, side_text, Op};
use qazaq_explainer::compare::model::CompareModel;
use qazaq_explainer::compare::moved::MovedIndex;
use qazaq_explainer::compare::pack::{CompareIndex, Edition};
use qazaq_explainer::compare::search::{highlight, SearchIndex};
use qazaq_explainer::compare::validate::parse_index;
use qazaq_explainer::content::pack::{Figure, Person};
use qazaq_explainer::content::{Geo, Localized, Model, Pack, PackError};
use qazaq_explainer::lang::Lang;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

const SCRIPT: &str = "<script>alert(1)</script>";
const IMG: &str = "<img src=x onerror=alert(1)>";
const JS_URL: &str = "javascript:alert(1)";

/// Content packs: file, and every error the widget must list, in order, as
/// `PackError::to_string()` without its "content pack: " prefix. No errors: the pack is valid.
const CONTENT: &[(&str, &[&str])] = &[
    ("valid_minimal.json", &[]),
    // Syntax and encoding.
    ("syntax_empty.json", &["not valid JSON: EOF while parsing a value at line 1 column 0"]),
    ("syntax_truncated.json", &["not valid JSON: EOF while parsing a string at line 186 column 75"]),
    ("syntax_nan_literal.json", &["not valid JSON: expected value at line 240 column 20"]),
    ("syntax_top_level_array.json", &["expected a JSON object with schema_version 1"]),
    // The browser drops a UTF-8 BOM when it reads a fetched file as text.
    ("encoding_bom.json", &[]),
    ("encoding_not_utf8.json", &["title.ru: contains bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8"]),
    ("encoding_utf16le.json", &["contains bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8"]),
    // Schema version.
    ("schema_version_2.json", &["schema_version: unsupported schema version 2; this widget reads version 1"]),
    ("schema_version_string.json", &["schema_version: expected the whole number 1"]),
    ("schema_version_2pow64.json", &["schema_version: expected the whole number 1"]),
    ("schema_version_missing.json", &["schema_version: missing; this widget reads schema version 1"]),
    // Wrong types: serde stops at the first.
    ("type_string_for_number.json", &["regions[1].figures[0].value: invalid type: string \"130\", expected f64 at line 240 column 24"]),
    ("type_object_for_array.json", &["regions: invalid type: map, expected a sequence at line 176 column 13"]),
    ("type_array_for_object.json", &["national: invalid length 0, expected struct National with 4 elements at line 267 column 16"]),
    ("type_number_for_text.json", &["title.en: invalid type: integer `5`, expected a string at line 6 column 11"]),
    ("type_null_for_string.json", &["sources[0].url: invalid type: null, expected a string at line 19 column 17"]),
    ("type_string_for_bool.json", &["metrics[0].map: invalid type: string \"true\", expected a boolean at line 149 column 19"]),
    ("type_unknown_field.json", &["regions[0].figures[0].metrics: unknown field `metrics`, expected one of `metric`, `value`, `qualifier`, `as_of`, `time`, `source`, `note` at line 227 column 19"]),
    ("type_bad_date.json", &["regions[0].status.as_of: expected a date as YYYY-MM-DD, YYYY-MM, YYYY-MM/MM (one of two months) or \"not given\", found \"13.02.2026\" at line 181 column 29"]),
    ("type_bad_month_span.json", &["regions[1].figures[0].as_of: expected two months of one year as YYYY-MM/MM, the second later, found \"2026-03/02\" at line 242 column 31"]),
    ("type_unknown_result_state.json", &["outcome.status.state: unknown variant `official`, expected one of `started`, `started_all_regions`, `final`, `preliminary` at line 355 column 25"]),
    // Unknown and duplicate ids.
    ("unknown_region_id.json", &["regions[1].id: unknown region id \"KZ-99\" (expected an ISO 3166-2:KZ code such as \"KZ-55\")"]),
    ("unknown_source_id.json", &["regions[1].figures[0].source: unknown source \"astanatv-2026-02-31\" (not in sources)"]),
    ("unknown_metric_id.json", &["regions[1].figures[0].metric: unknown metric \"gdp\" (not in metrics)"]),
    ("duplicate_region_id.json", &["regions[1].id: duplicate region id \"KZ-27\""]),
    ("duplicate_source_id.json", &["sources[8].id: duplicate source id \"astanatv-2026-02-13\""]),
    // The renamed metric was "proposals", so figures of proposals lose their metric too.
    ("duplicate_metric_id.json", &[
        "metrics[1].id: duplicate metric id \"members\"",
        "regions[0].figures[0].metric: unknown metric \"proposals\" (not in metrics)",
        "national.figures[0].metric: unknown metric \"proposals\" (not in metrics)",
        "national.figures[1].metric: unknown metric \"proposals\" (not in metrics)",
    ]),
    ("duplicate_figure.json", &["regions[1].figures[1]: duplicate figure for metric \"members\" (already at regions[1].figures[0])"]),
    // Numbers.
    ("value_negative.json", &["regions[1].figures[0].value: must be a number of zero or more, found -130"]),
    ("value_1e308.json", &["regions[1].figures[0].value: a number of 10^15 or more is implausibly large (limit 10^12)"]),
    ("value_2pow64.json", &["regions[1].figures[0].value: a number of 10^15 or more is implausibly large (limit 10^12)"]),
    ("value_negative_1e308.json", &["regions[1].figures[0].value: must be a number of zero or more, found a number of -10^15 or less"]),
    ("value_1e400.json", &["regions[1].figures[0].value: number out of range at line 240 column 24"]),
    ("value_percent_over_100.json", &["outcome.figures[0].value: a percentage cannot exceed 100, found 173.12"]),
    // Sources.
    ("sources_missing.json", &["missing field `sources` at line 239 column 1"]),
    ("sources_empty.json", &[
        "regions[0].status.source: unknown source \"zakon-wko-2026-02-13\" (not in sources)",
        "regions[0].composition.source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "regions[0].people[0].source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "regions[0].figures[0].source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "regions[1].status.source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "regions[1].figures[0].source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "regions[2].status.source: unknown source \"baq-2026-02-13\" (not in sources)",
        "regions[2].activity[0].source: unknown source \"baq-atyrau-2026-03-03\" (not in sources)",
        "national.description.source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "national.people[0].source: unknown source \"baq-2026-02-12\" (not in sources)",
        "national.figures[0].source: unknown source \"astanatv-2026-02-13\" (not in sources)",
        "national.figures[1].source: unknown source \"diplomaticaffairs\" (not in sources)",
        "timeline[0].source: unknown source \"trend-2026-02-12\" (not in sources)",
        "outcome.status.source: unknown source \"snkz-2026-03-17\" (not in sources)",
        "outcome.figures[0].source: unknown source \"snkz-2026-03-17\" (not in sources)",
    ]),
    // Headlines and outlets.
    ("source_headline_only_translated.json", &["sources[0].title: needs the headline as published under \"kk\", the source's language; the other languages hold translations"]),
    ("source_outlet_name_blank.json", &["sources[0].outlet_name: needs a text in at least one of kk, ru, en"]),
    ("activity_unknown_source.json", &["regions[2].activity[0].source: unknown source \"baq-atyrau-2026-03-31\" (not in sources)"]),
    // Text rules: bidi controls, limits, text blank to the eye; whole counts.
    ("text_bidi_override_in_outlet.json", &["sources[0].outlet: contains U+202E (RIGHT-TO-LEFT OVERRIDE), a control that reorders the text after it; remove it"]),
    ("text_bidi_isolate_in_title.json", &["title.ru: contains U+2067 (RIGHT-TO-LEFT ISOLATE), a control that reorders the text after it; remove it"]),
    ("text_outlet_over_limit.json", &["sources[0].outlet: 360 characters; the limit is 300"]),
    ("text_zero_width_title.json", &["title: needs a text in at least one of kk, ru, en"]),
    ("value_count_fraction.json", &["regions[1].figures[0].value: a count is a whole number, found 0.3"]),
    ("text_rtl_outlet.json", &[]),
    ("text_label_only_in_russian.json", &[]),
    // Links: only http(s) URLs become links.
    ("url_javascript.json", &["sources[0].url: expected an http(s) URL, found \"javascript:alert(1)\""]),
    ("url_javascript_mixed_case.json", &["sources[0].url: expected an http(s) URL, found \"JaVaScRiPt:alert(1)\""]),
    ("url_javascript_leading_space.json", &["sources[0].url: expected an http(s) URL, found \" javascript:alert(1)\""]),
    ("url_data_html.json", &["sources[0].url: expected an http(s) URL, found \"data:text/html,<script>alert(1)</script>\""]),
    ("url_protocol_relative.json", &["sources[0].url: expected an http(s) URL, found \"//evil.example/x\""]),
    // Markup in texts is kept verbatim (checked in `markup_is_kept_verbatim`) ...
    ("markup_script_in_every_text.json", &[]),
    ("markup_img_onerror_in_every_text.json", &[]),
    ("markup_javascript_url_in_every_text.json", &[]),
    // ... source ids are never shown, so any string will do ...
    ("markup_in_source_id.json", &[]),
    // ... and in ids, dates and kinds it breaks their rules.
    ("markup_in_region_id.json", &["regions[1].id: unknown region id \"<script>alert(1)</script>\" (expected an ISO 3166-2:KZ code such as \"KZ-55\")"]),
    ("markup_in_metric_id.json", &[
        "metrics[0].id: expected lowercase letters, digits and _ only, found \"<script>alert(1)</script>\"",
        "regions[1].figures[0].metric: unknown metric \"members\" (not in metrics)",
    ]),
    ("markup_in_figure_metric.json", &["regions[1].figures[0].metric: unknown metric \"<script>alert(1)</script>\" (not in metrics)"]),
    ("markup_in_date.json", &["updated: expected a date as YYYY-MM-DD or YYYY-MM, found \"<img src=x onerror=alert(1)>\" at line 8 column 43"]),
    ("markup_in_qualifier.json", &["regions[1].figures[0].qualifier: unknown variant `<img src=x onerror=alert(1)>`, expected one of `exact`, `approx`, `at_least`, `almost` at line 241 column 53"]),
    ("markup_in_language.json", &["sources[0].language: unknown variant `<script>alert(1)</script>`, expected one of `kk`, `ru`, `en` at line 20 column 45"]),
];

/// Comparison data: file, the real file it stands in for, and the errors.
const COMPARE: &[(&str, &str, &[&str])] = &[
    ("index_empty.json", "index.json", &["not valid JSON: EOF while parsing a value at line 1 column 0"]),
    ("index_truncated.json", "index.json", &["not valid JSON: EOF while parsing a string at line 31 column 55"]),
    ("index_schema_version_2.json", "index.json", &["schema_version: unsupported schema version 2; this widget reads version 1"]),
    ("index_type_string_for_bool.json", "index.json", &["pairs[1].reviewed: invalid type: string \"yes\", expected a boolean at line 282 column 113"]),
    ("index_unknown_article.json", "index.json", &[
        "pairs[1].old[0]: unknown article \"999\" of the old edition",
        "articles[1]: article \"1\" of the old edition is in no pair",
    ]),
    ("index_source_url_data.json", "index.json", &["sources[0].url: expected an http(s) URL, found \"data:text/html,<script>alert(1)</script>\""]),
    ("index_report_url_javascript.json", "index.json", &["report_url: expected an https: or mailto: URL, found \"javascript:alert(1)\""]),
    ("index_markup_in_every_text.json", "index.json", &[]),
    ("texts_en_bom.json", "texts.en.json", &[]),
    ("texts_en_not_utf8.json", "texts.en.json", &["texts.en.json: old.status.ru: contains bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8"]),
    ("texts_en_wrong_type.json", "texts.en.json", &["texts.en.json: old.articles: invalid type: sequence, expected a map at line 12 column 16"]),
    ("texts_en_unknown_article.json", "texts.en.json", &["texts.en.json: old.articles.999: no article \"999\" in the old edition of the index"]),
    ("texts_en_unknown_source.json", "texts.en.json", &["texts.en.json: old.source: unknown source \"tengri\" (not in sources)"]),
    ("texts_en_empty_article.json", "texts.en.json", &["texts.en.json: old.articles.2: empty text (leave the article out instead)"]),
    ("texts_en_markup_in_every_text.json", "texts.en.json", &[]),
    ("texts_ru_markup_in_articles.json", "texts.ru.json", &[]),
];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad_packs")
}

fn repo_file(path: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// A file as the widget receives it: `Response.text()` decodes UTF-8, drops a leading BOM
/// and turns bytes that are not UTF-8 into U+FFFD, as `from_utf8_lossy` does.
fn as_fetched(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

fn corpus_text(name: &str) -> String {
    let p = corpus().join(name);
    as_fetched(&std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
}

/// The messages the widget shows, without the "content pack: " each starts with.
fn shown(errors: &[PackError]) -> Vec<String> {
    errors
        .iter()
        .map(|e| {
            let s = e.to_string();
            s.strip_prefix("content pack: ")
                .unwrap_or_else(|| panic!("{s:?} lacks the prefix"))
                .to_string()
        })
        .collect()
}

fn build(text: &str) -> Result<Model, Vec<String>> {
    Model::build(text, Geo::embedded()).map_err(|e| shown(&e))
}

/// The comparison data with `file` in place of `replaces`, loaded as the Compare view loads
/// it: the index alone first, then the index with the texts (both languages here).
fn build_compare(file: &str, replaces: &str) -> Result<CompareModel, Vec<String>> {
    let text = corpus_text(&format!("compare/{file}"));
    let real = |f: &str| {
        if f == replaces {
            text.clone()
        } else {
            repo_file(&format!("content/compare/{f}"))
        }
    };
    let index = real("index.json");
    parse_index(&index).map_err(|e| shown(&e))?;
    let (ru, en) = (real("texts.ru.json"), real("texts.en.json"));
    CompareModel::build(&index, &[("texts.ru.json", &ru), ("texts.en.json", &en)])
        .map_err(|e| shown(&e))
}

fn json_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "manifest.json")
        .collect()
}

#[test]
fn every_content_pack_gives_exactly_its_errors() {
    let mut failures = Vec::new();
    for &(file, expected) in CONTENT {
        let got = build(&corpus_text(file)).err().unwrap_or_default();
        if got != expected {
            failures.push(format!("{file}:\n  expected {expected:#?}\n  got {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_comparison_file_gives_exactly_its_errors() {
    let mut failures = Vec::new();
    for &(file, replaces, expected) in COMPARE {
        let got = build_compare(file, replaces).err().unwrap_or_default();
        if got != expected {
            failures.push(format!("{file}:\n  expected {expected:#?}\n  got {got:#?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_tables_list_every_corpus_file_once() {
    let listed: BTreeSet<String> = CONTENT.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(listed.len(), CONTENT.len(), "a file is listed twice");
    assert_eq!(listed, json_files(&corpus()));
    let listed: BTreeSet<String> = COMPARE.iter().map(|(f, ..)| f.to_string()).collect();
    assert_eq!(listed.len(), COMPARE.len(), "a file is listed twice");
    assert_eq!(listed, json_files(&corpus().join("compare")));
}

/// What the end-to-end tests read: per file, a substring of the first message the widget
/// must show, or null when the pack is valid (and its markup must be rendered as text).
fn manifest(entries: Vec<Value>) -> Value {
    Value::Array(entries)
}

fn first(expected: &[&str]) -> Value {
    expected.first().map_or(Value::Null, |m| json!(m))
}

#[test]
fn the_manifests_match_the_tables() {
    let content = manifest(
        CONTENT
            .iter()
            .map(|(file, e)| json!({"file": file, "expect": first(e)}))
            .collect(),
    );
    let compare = manifest(
        COMPARE
            .iter()
            .map(|(file, replaces, e)| json!({"file": file, "replaces": replaces, "expect": first(e)}))
            .collect(),
    );
    for (path, want) in [
        ("tests/bad_packs/manifest.json", content),
        ("tests/bad_packs/compare/manifest.json", compare),
    ] {
        let have: Value = serde_json::from_str(&repo_file(path)).unwrap();
        assert!(
            have == want,
            "{path} is out of date; it should read:\n{}",
            serde_json::to_string_pretty(&want).unwrap()
        );
    }
}

#[test]
fn the_readme_describes_every_file() {
    let readme = repo_file("tests/bad_packs/README.md");
    for name in CONTENT
        .iter()
        .map(|(f, _)| f.to_string())
        .chain(COMPARE.iter().map(|(f, ..)| format!("compare/{f}")))
    {
        assert!(
            readme.contains(&format!("| `{name}` |")),
            "tests/bad_packs/README.md has no row for {name}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Markup is text: kept byte for byte.

/// Every text the widget renders from a content pack, with its JSON pointer.
fn pack_texts(p: &Pack) -> Vec<(String, &str)> {
    fn loc<'a>(out: &mut Vec<(String, &'a str)>, at: &str, l: &'a Localized) {
        for (code, s) in [("kk", &l.kk), ("ru", &l.ru), ("en", &l.en)] {
            if let Some(s) = s {
                out.push((format!("{at}/{code}"), s.as_str()));
            }
        }
    }
    fn people<'a>(out: &mut Vec<(String, &'a str)>, at: &str, people: &'a [Person]) {
        for (i, p) in people.iter().enumerate() {
            loc(out, &format!("{at}/{i}/name"), &p.name);
            loc(out, &format!("{at}/{i}/role"), &p.role);
            if let Some(q) = &p.quote {
                loc(out, &format!("{at}/{i}/quote"), q);
            }
        }
    }
    fn figures<'a>(out: &mut Vec<(String, &'a str)>, at: &str, figures: &'a [Figure]) {
        for (i, f) in figures.iter().enumerate() {
            if let Some(n) = &f.note {
                loc(out, &format!("{at}/{i}/note"), n);
            }
        }
    }
    let mut out = Vec::new();
    loc(&mut out, "/title", &p.title);
    for (i, s) in p.sources.iter().enumerate() {
        out.push((format!("/sources/{i}/outlet"), s.outlet.as_str()));
        out.push((format!("/sources/{i}/url"), s.url.as_str()));
        loc(&mut out, &format!("/sources/{i}/title"), &s.title);
        if let Some(n) = &s.outlet_name {
            loc(&mut out, &format!("/sources/{i}/outlet_name"), n);
        }
        if let Some(n) = &s.title_note {
            loc(&mut out, &format!("/sources/{i}/title_note"), n);
        }
    }
    for (i, m) in p.metrics.iter().enumerate() {
        loc(&mut out, &format!("/metrics/{i}/label"), &m.label);
        if let Some(d) = &m.description {
            loc(&mut out, &format!("/metrics/{i}/description"), d);
        }
    }
    for (i, r) in p.regions.iter().enumerate() {
        let at = format!("/regions/{i}");
        if let Some(n) = r.status.as_ref().and_then(|s| s.note.as_ref()) {
            loc(&mut out, &format!("{at}/status/note"), n);
        }
        if let Some(c) = &r.composition {
            loc(&mut out, &format!("{at}/composition/text"), &c.text);
        }
        people(&mut out, &format!("{at}/people"), &r.people);
        figures(&mut out, &format!("{at}/figures"), &r.figures);
        for (j, a) in r.activity.iter().enumerate() {
            loc(&mut out, &format!("{at}/activity/{j}/text"), &a.text);
        }
    }
    loc(&mut out, "/national/name", &p.national.name);
    if let Some(d) = &p.national.description {
        loc(&mut out, "/national/description/text", &d.text);
    }
    people(&mut out, "/national/people", &p.national.people);
    figures(&mut out, "/national/figures", &p.national.figures);
    for (i, t) in p.timeline.iter().enumerate() {
        loc(&mut out, &format!("/timeline/{i}/text"), &t.text);
    }
    loc(&mut out, "/outcome/label", &p.outcome.label);
    if let Some(n) = p.outcome.status.as_ref().and_then(|s| s.note.as_ref()) {
        loc(&mut out, "/outcome/status/note", n);
    }
    if let Some(n) = &p.outcome.note {
        loc(&mut out, "/outcome/note", n);
    }
    figures(&mut out, "/outcome/figures", &p.outcome.figures);
    out
}

/// Every text the Compare view renders from the index, with its JSON pointer.
fn index_texts(x: &CompareIndex) -> Vec<(String, &str)> {
    fn loc<'a>(out: &mut Vec<(String, &'a str)>, at: &str, l: &'a Localized) {
        for (code, s) in [("kk", &l.kk), ("ru", &l.ru), ("en", &l.en)] {
            if let Some(s) = s {
                out.push((format!("{at}/{code}"), s.as_str()));
            }
        }
    }
    let mut out = Vec::new();
    for (name, e) in [("old", &x.old), ("new", &x.new)] {
        loc(&mut out, &format!("/{name}/title"), &e.title);
        loc(&mut out, &format!("/{name}/version_note"), &e.version_note);
    }
    for (i, s) in x.sources.iter().enumerate() {
        out.push((format!("/sources/{i}/outlet"), s.outlet.as_str()));
        out.push((format!("/sources/{i}/url"), s.url.as_str()));
        loc(&mut out, &format!("/sources/{i}/title"), &s.title);
        if let Some(n) = &s.outlet_name {
            loc(&mut out, &format!("/sources/{i}/outlet_name"), n);
        }
        if let Some(n) = &s.title_note {
            loc(&mut out, &format!("/sources/{i}/title_note"), n);
        }
    }
    for (i, s) in x.sections.iter().enumerate() {
        loc(&mut out, &format!("/sections/{i}/title"), &s.title);
    }
    for (i, t) in x.topics.iter().enumerate() {
        loc(&mut out, &format!("/topics/{i}/label"), &t.label);
    }
    for (i, p) in x.pairs.iter().enumerate() {
        if let Some(s) = &p.summary {
            loc(&mut out, &format!("/pairs/{i}/summary/text"), &s.text);
        }
    }
    out
}

/// The strings in `v` that contain `needle`.
fn count_containing(v: &Value, needle: &str) -> usize {
    match v {
        Value::String(s) => usize::from(s.contains(needle)),
        Value::Array(a) => a.iter().map(|x| count_containing(x, needle)).sum(),
        Value::Object(o) => o.values().map(|x| count_containing(x, needle)).sum(),
        _ => 0,
    }
}

/// Each text equals the file's string at its place, carries `payload`, and no string of the
/// file with the payload is missed.
fn check_verbatim(file: &str, json: &str, texts: &[(String, &str)], payload: &str) {
    let v: Value = serde_json::from_str(json).unwrap();
    for (at, s) in texts {
        assert_eq!(
            v.pointer(at).and_then(Value::as_str),
            Some(*s),
            "{file}{at}"
        );
        assert!(s.contains(payload), "{file}{at}: {s:?} lacks {payload:?}");
    }
    assert_eq!(
        texts.len(),
        count_containing(&v, payload),
        "{file}: a string with the payload is not among the texts checked"
    );
}

#[test]
fn markup_is_kept_verbatim() {
    for (file, payload) in [
        ("markup_script_in_every_text.json", SCRIPT),
        ("markup_img_onerror_in_every_text.json", IMG),
        ("markup_javascript_url_in_every_text.json", JS_URL),
    ] {
        let json = corpus_text(file);
        let model = build(&json).unwrap_or_else(|e| panic!("{file}: {e:?}"));
        let texts = pack_texts(&model.pack);
        // Title (3), 8 sources (outlet, URL, titles, outlet names, headline notes), metrics,
        // three regions' notes, people and reports, national, timeline, outcome and its
        // standing: the texts of every kind of field.
        assert!(texts.len() > 80, "{file}: only {} texts", texts.len());
        check_verbatim(file, &json, &texts, payload);
        // Links stay web links, with the payload only in their query.
        assert!(model
            .pack
            .sources
            .iter()
            .all(|s| s.url.starts_with("https://") || s.url.starts_with("http://")));
    }

    let json = corpus_text("markup_in_source_id.json");
    let model = build(&json).unwrap();
    let id = format!("{SCRIPT}astanatv-2026-02-13");
    assert_eq!(model.pack.sources[0].id, id);
    assert_eq!(model.figure("KZ-55", "members").unwrap().source, id);
    assert!(model.source(&id).is_some());
}

#[test]
fn markup_in_comparison_data_is_kept_verbatim() {
    let file = "index_markup_in_every_text.json";
    let model = build_compare(file, "index.json").unwrap();
    let json = corpus_text(&format!("compare/{file}"));
    let texts = index_texts(model.index());
    assert!(texts.len() > 100, "only {} texts", texts.len());
    check_verbatim(file, &json, &texts, SCRIPT);

    let model = build_compare("texts_en_markup_in_every_text.json", "texts.en.json").unwrap();
    let en = |n: &str| model.text(Edition::Old, n, Lang::En).unwrap();
    assert!(
        en("1").0.starts_with(&format!("{SCRIPT}\n")),
        "{:?}",
        en("1")
    );
    assert!(en("2").0.ends_with(&format!(" {IMG}")));
    assert!(en("3").0.starts_with(JS_URL));
    assert_eq!(en("1").1, Lang::En);
    let status = &model.edition_texts(Edition::Old, Lang::En).unwrap().status;
    for s in [&status.kk, &status.ru, &status.en] {
        assert!(s.as_deref().unwrap().starts_with(IMG));
    }

    // Russian texts with markup, diffed, marked for moves, searched and highlighted.
    let model = build_compare("texts_ru_markup_in_articles.json", "texts.ru.json").unwrap();
    let pair = model.pair("o1-n1+n3").unwrap();
    let d = diff_pair(&model, pair, Lang::Ru).unwrap();
    assert_eq!(d.lang, Lang::Ru);
    let text = |e, n| model.text(e, n, Lang::Ru).unwrap().0;
    let new_side = format!(
        "{}{}",
        text(Edition::New, "1").trim(),
        text(Edition::New, "3").trim()
    );
    assert_eq!(side_text(&d.segments, Edition::New), new_side);
    assert!(new_side.contains(IMG) && new_side.contains("<b>"));
    let old_side = side_text(&d.segments, Edition::Old);
    assert!(old_side.starts_with(SCRIPT), "{old_side:?}");
    let moved = MovedIndex::build(&model, Lang::Ru);
    let marked = moved.mark(&pair.id, d.segments.clone());
    assert_eq!(side_text(&marked, Edition::New), new_side);
    let index = SearchIndex::build(&model, Lang::Ru);
    let hits = index.search(SCRIPT);
    assert_eq!(hits.len(), 1, "{hits:?}");
    // Search matches words: the hit runs from the first word to the last.
    assert_eq!(
        (hits[0].number, hits[0].start, hits[0].end),
        ("1", 1, SCRIPT.len() - 1)
    );
    let marks = highlight(&d.segments, "<img");
    assert_eq!(marks.iter().map(Vec::len).sum::<usize>(), 1);
}

// ---------------------------------------------------------------------------------------
// Extremes generated here rather than checked in.

fn base_value() -> Value {
    serde_json::from_str(&corpus_text("valid_minimal.json")).unwrap()
}

#[test]
fn a_two_megabyte_string_is_an_error_not_a_hang() {
    let huge = "ж".repeat(1 << 20); // 2 MB of UTF-8
    let mut v = base_value();
    v["title"]["en"] = json!(huge);
    assert_eq!(
        build(&v.to_string()).unwrap_err(),
        ["title.en: 1,048,576 characters; the limit is 500"]
    );

    let mut v = base_value();
    v["regions"][0]["people"][0]["quote"]["kk"] = json!(huge);
    assert_eq!(
        build(&v.to_string()).unwrap_err(),
        ["regions[0].people[0].quote.kk: 1,048,576 characters; the limit is 2,000"]
    );

    let mut v = base_value();
    v["sources"][0]["url"] = json!(format!("https://example.org/{huge}"));
    // Its length is named, not the whole URL quoted.
    assert_eq!(
        build(&v.to_string()).unwrap_err(),
        ["sources[0].url: 1,048,596 characters; the limit is 2,000"]
    );

    // In a texts file, an article may be ten times the longest of the Constitution's, not more.
    let mut t: Value =
        serde_json::from_str(&corpus_text("compare/texts_en_markup_in_every_text.json")).unwrap();
    t["old"]["articles"]["1"] = json!(huge);
    let index = repo_file("content/compare/index.json");
    let ru = repo_file("content/compare/texts.ru.json");
    let en = t.to_string();
    let e =
        CompareModel::build(&index, &[("texts.ru.json", &ru), ("texts.en.json", &en)]).unwrap_err();
    assert_eq!(
        shown(&e),
        ["texts.en.json: old.articles.1: 1,048,576 characters; the limit is 50,000"]
    );
    let long = "ж".repeat(50_000);
    t["old"]["articles"]["1"] = json!(long);
    let en = t.to_string();
    let model =
        CompareModel::build(&index, &[("texts.ru.json", &ru), ("texts.en.json", &en)]).unwrap();
    assert_eq!(model.text(Edition::Old, "1", Lang::En).unwrap().0, long);
}

#[test]
fn arrays_nested_100_000_deep_do_not_overflow_the_stack() {
    const DEPTH: usize = 100_000;
    let (open, close) = ("[".repeat(DEPTH), "]".repeat(DEPTH));
    let deep = format!("{open}{close}");
    assert_eq!(
        build(&open).unwrap_err(),
        [format!(
            "not valid JSON: EOF while parsing a list at line 1 column {DEPTH}"
        )]
    );
    assert_eq!(
        build(&deep).unwrap_err(),
        ["expected a JSON object with schema_version 1"]
    );
    // Inside the pack: skipped while the version is read, then a type error at the top.
    let base = corpus_text("valid_minimal.json");
    let nested = base.replacen(
        "\"updated\": ",
        &format!("\"deep\": {deep},\n  \"updated\": "),
        1,
    );
    let e = build(&nested).unwrap_err();
    assert_eq!(e.len(), 1);
    assert!(
        e[0].starts_with("deep: unknown field `deep`, expected one of"),
        "{e:?}"
    );
    let nested = base.replacen("\"regions\": [", &format!("\"regions\": [{deep}, "), 1);
    // A struct may be written as an array in serde_json; its first field then meets `[`.
    assert_eq!(
        build(&nested).unwrap_err(),
        ["regions[0]: invalid type: sequence, expected a string at line 176 column 15"]
    );
    // In a texts file, where serde_json's recursion limit (128) would apply.
    let index = repo_file("content/compare/index.json");
    let texts = format!(
        "{{\"schema_version\": 1, \"language\": \"en\", \"old\": {{\"source\": \"x\", \"status\": {{\"en\": \"x\"}}, \"articles\": {{\"1\": {deep}}}}}}}"
    );
    let e = CompareModel::build(&index, &[("texts.en.json", &texts)]).unwrap_err();
    let e = shown(&e);
    assert!(
        e[0].starts_with(
            "texts.en.json: old.articles.1: invalid type: sequence, expected a string"
        ),
        "{e:?}"
    );
    // Deep objects: the first unknown key is named.
    let objects = format!("{}1{}", "{\"a\":".repeat(DEPTH), "}".repeat(DEPTH));
    let e = build(&objects).unwrap_err();
    assert_eq!(
        e,
        ["schema_version: missing; this widget reads schema version 1"]
    );
}

#[test]
fn a_bom_reaches_the_validator_only_if_the_browser_left_it() {
    // `Response.text()` drops it (checked above); a caller that passes it on gets a message,
    // not a panic.
    let bytes = std::fs::read(corpus().join("encoding_bom.json")).unwrap();
    let raw = String::from_utf8(bytes).unwrap();
    assert!(raw.starts_with('\u{feff}'));
    assert_eq!(
        build(&raw).unwrap_err(),
        ["not valid JSON: expected value at line 1 column 1"]
    );
}

#[test]
fn diffs_of_markup_keep_it_as_text() {
    let old = format!("Статья 1. {SCRIPT} текст.");
    let new = format!("Статья 1. {IMG} текст.");
    let d = diff_texts(&old, &new);
    assert_eq!(side_text(&d, Edition::Old), old);
    assert_eq!(side_text(&d, Edition::New), new);
    assert!(d.iter().any(|s| s.op == Op::Delete));
}
