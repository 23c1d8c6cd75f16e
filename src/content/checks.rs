//! What the content pack's and the comparison pack's validators share: the schema version read
//! first, syntax and types with the exact field path, and the checks of texts, sources and
//! references to them. Ordered sets rather than hash maps and no float formatting, for the
//! wasm size; no check looks through a list for each item of another, so a pack of 50,000
//! sources is checked in about the time of ten packs of 5,000.

use super::error::PackError;
use super::json_path::path_at;
use super::pack::{Localized, Source};
use super::text_rules::{self, is_blank};
use std::collections::BTreeSet;

/// What the browser puts in place of bytes that are not UTF-8 when it reads a file as text.
const REPLACEMENT: char = '\u{FFFD}';

/// Checks that `json` was UTF-8: a file saved in another encoding (Windows-1251, UTF-16)
/// reaches the widget with U+FFFD where its bytes could not be read, and would otherwise be
/// shown garbled. The error names the field of the first such place. An escaped `\ufffd`
/// is left alone.
pub fn decoded(json: &str) -> Result<(), Vec<PackError>> {
    let Some(at) = json.find(REPLACEMENT) else {
        return Ok(());
    };
    let before = &json[..at];
    let line = before.matches('\n').count() + 1;
    let column = at - before.rfind('\n').map_or(0, |n| n + 1) + 1;
    Err(vec![PackError::new(
        path_at(json, line, column),
        "contains bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8",
    )])
}

/// Syntax and types of one file (after `schema_version`), and the rules of every string in it
/// (`text_rules`); an error names the field it is in. The value comes with the strings'
/// problems, for the checks of meaning to add theirs to.
pub fn parse<T: serde::de::DeserializeOwned>(
    json: &str,
) -> Result<(T, Vec<PackError>), Vec<PackError>> {
    let mut errors = text_rules::check_all(json);
    match serde_json::from_str(json) {
        Ok(t) => Ok((t, errors)),
        Err(e) => {
            let path = path_at(json, e.line(), e.column());
            errors.push(PackError::new(path, e.to_string()));
            Err(errors)
        }
    }
}

/// Just the version, read before anything else so a file for another schema gets that message
/// rather than a list of type errors. The rest of the document is skipped unparsed.
#[derive(serde::Deserialize)]
struct Probe {
    schema_version: Option<serde::de::IgnoredAny>,
}

#[derive(serde::Deserialize)]
struct Version {
    schema_version: u64,
}

/// Checks that `json` is an object whose `schema_version` is `expected`.
pub fn schema_version(json: &str, expected: u32) -> Result<(), Vec<PackError>> {
    let err = |path: &str, m: String| Err(vec![PackError::new(path, m)]);
    let v = expected;
    let not_an_object = || format!("expected a JSON object with schema_version {v}");
    if !json.trim_start().starts_with('{') {
        return match serde_json::from_str::<serde::de::IgnoredAny>(json) {
            Err(e) => err("", format!("not valid JSON: {e}")),
            Ok(_) => err("", not_an_object()),
        };
    }
    match serde_json::from_str::<Probe>(json) {
        Err(e) if e.is_syntax() || e.is_eof() => err("", format!("not valid JSON: {e}")),
        Err(_) => err("", not_an_object()),
        Ok(Probe {
            schema_version: None,
        }) => err(
            "schema_version",
            format!("missing; this widget reads schema version {v}"),
        ),
        Ok(_) => match serde_json::from_str::<Version>(json) {
            Ok(found) if found.schema_version == u64::from(v) => Ok(()),
            Ok(found) => err(
                "schema_version",
                format!(
                    "unsupported schema version {}; this widget reads version {v}",
                    found.schema_version
                ),
            ),
            Err(_) => err("schema_version", format!("expected the whole number {v}")),
        },
    }
}

/// Only web links: a `javascript:` or `data:` URL in a pack must never become a link. (Its
/// length is `text_rules`'.)
pub fn web_url(url: &str) -> bool {
    url.starts_with("https://") || url.starts_with("http://")
}

/// Collects errors of meaning, and the source ids that references are checked against.
#[derive(Default)]
pub struct Checker<'a> {
    pub errors: Vec<PackError>,
    /// Source ids, for `source_ref`.
    pub sources: BTreeSet<&'a str>,
}

impl<'a> Checker<'a> {
    pub fn err(&mut self, path: String, message: impl Into<String>) {
        self.errors.push(PackError::new(path, message));
    }

    /// A text in at least one language; one blank to the eye is none (its length and
    /// characters are `text_rules`', checked for every string).
    pub fn text(&mut self, path: String, t: &Localized) {
        if [&t.kk, &t.ru, &t.en]
            .iter()
            .all(|s| s.as_deref().is_none_or(is_blank))
        {
            self.err(path, "needs a text in at least one of kk, ru, en");
        }
    }

    pub fn source_ref(&mut self, path: String, id: &str) {
        if !self.sources.contains(&id) {
            self.err(path, format!("unknown source {id:?} (not in sources)"));
        }
    }

    /// Checks the list of sources at `path` and learns their ids for `source_ref`.
    pub fn sources(&mut self, path: &str, sources: &'a [Source]) {
        for (i, s) in sources.iter().enumerate() {
            let p = format!("{path}[{i}]");
            if is_blank(&s.id) {
                self.err(format!("{p}.id"), "must not be empty");
            } else if !self.sources.insert(&s.id) {
                self.err(format!("{p}.id"), format!("duplicate source id {:?}", s.id));
            }
            if is_blank(&s.outlet) {
                self.err(format!("{p}.outlet"), "must not be empty");
            }
            if let Some(n) = &s.outlet_name {
                self.text(format!("{p}.outlet_name"), n);
            }
            self.text(format!("{p}.title"), &s.title);
            if let Some(n) = &s.title_note {
                self.text(format!("{p}.title_note"), n);
            }
            if !web_url(&s.url) {
                self.err(
                    format!("{p}.url"),
                    format!("expected an http(s) URL, found {:?}", s.url),
                );
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use crate::content::pack::{Figure, Pack};
    use crate::content::{Geo, GEOMETRY};
    use serde_json::{json, Value};
    use std::time::{Duration, Instant};

    /// How many times as long `large` takes as `small`: the smallest ratio of seven rounds, each
    /// timing one run of both back to back, so a round the busy machine (or the tests running
    /// beside this one) slows down is outvoted by any quiet one, while a check that is quadratic
    /// shows its hundredfold ratio in every round.
    fn ratio(small: impl Fn(), large: impl Fn()) -> (f64, Duration, Duration) {
        let time = |f: &dyn Fn()| {
            let t = Instant::now();
            f();
            t.elapsed()
        };
        (0..7)
            .map(|_| {
                let (a, b) = (time(&small), time(&large));
                (b.as_secs_f64() / a.as_secs_f64(), a, b)
            })
            .min_by(|x, y| x.0.total_cmp(&y.0))
            .unwrap()
    }

    /// A pack of `n` sources, each cited by a national figure.
    fn pack_of(n: usize) -> Pack {
        let mut pack: Pack =
            serde_json::from_str(include_str!("../../tests/bad_packs/valid_minimal.json")).unwrap();
        let source = pack.sources[0].clone();
        let figure: Figure = pack.national.figures[0].clone();
        for i in 0..n {
            let mut s = source.clone();
            s.id = format!("s{i}");
            pack.sources.push(s);
            let mut f = figure.clone();
            f.source = format!("s{i}");
            pack.national.figures.push(f);
        }
        pack
    }

    /// A comparison index of `n` more articles of the old edition, each in a pair.
    fn index_of(n: usize) -> String {
        let mut v: Value = crate::compare::test_support::index();
        for i in 0..n {
            let number = format!("x{i}");
            v["articles"]
                .as_array_mut()
                .unwrap()
                .push(json!({"edition": "old", "number": number, "section": "I"}));
            v["pairs"].as_array_mut().unwrap().push(
                json!({"id": format!("o{number}"), "old": [number], "new": [], "reviewed": true}),
            );
        }
        v.to_string()
    }

    /// Ten times the data may take up to about ten times as long (the ordered sets add a
    /// logarithm, 1.3 here): 25 leaves room for noise and still fails any check that looks
    /// through a list for each item (a hundred times as long).
    const RATIO: f64 = 25.0;

    #[test]
    fn checking_sources_grows_linearly() {
        let geo = Geo::parse(GEOMETRY).unwrap();
        let (small, large) = (pack_of(5_000), pack_of(50_000));
        assert_eq!(crate::content::validate::validate(&large, &geo), []);
        let (ratio, a, b) = ratio(
            || assert!(crate::content::validate::validate(&small, &geo).is_empty()),
            || assert!(crate::content::validate::validate(&large, &geo).is_empty()),
        );
        assert!(
            ratio < RATIO,
            "5,000 sources: {a:?}; 50,000: {b:?} ({ratio:.1}×)"
        );
    }

    #[test]
    fn checking_articles_and_pairs_grows_linearly() {
        let (small, large) = (index_of(5_000), index_of(50_000));
        let parse = crate::compare::validate::parse_index;
        let (ratio, a, b) = ratio(
            || assert!(parse(&small).is_ok()),
            || assert!(parse(&large).is_ok()),
        );
        assert!(
            ratio < RATIO,
            "5,000 articles: {a:?}; 50,000: {b:?} ({ratio:.1}×)"
        );
    }
}
