//! Rules every string in a pack obeys, whatever its field: the content pack, the comparison
//! index and its texts files alike. They are checked by one walk over the JSON document, every
//! string and every object key, so a field added to the schema later is covered without a line
//! here: an unlisted field gets the default limit.
//!
//! - No bidirectional embedding, override or isolate controls (U+202A–U+202E, U+2066–U+2069).
//!   They are rejected, not removed: none of Kazakh, Russian or English needs them, an
//!   unterminated one reverses the text the widget puts after it (a date, a headline), and
//!   removing it silently would change a headline quoted as published.
//! - At most a field's limit of characters (`limit`), so a broken or hostile pack cannot make
//!   the widget lay out a megabyte of text.
//!
//! Text that is blank to the eye ([`is_blank`]) counts as no text at all, both where a text is
//! required (validation) and where one is chosen for display (`Localized::in_lang`).

use super::error::PackError;
use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// The limit of a field with no limit of its own.
pub const DEFAULT_LIMIT: usize = 5_000;

/// The longest text accepted in a field, in characters. `field` is the key the string is under,
/// the language key of a localized text left out (`sources[3].outlet_name.ru` → `outlet_name`);
/// an article text of a comparison texts file is `articles`, a key is `key`.
/// FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: the only bidi controls the widget writes
/// itself, around pack texts (see [`isolate`]); a pack may not contain them.
pub const FSI: char = '\u{2068}';
pub const PDI: char = '\u{2069}';

/// A pack text for a sentence written as plain text (an accessible name, a tooltip, an
/// `alt`, the map download's SVG, a kiosk caption), where no element can isolate it: between
/// [`FSI`] and [`PDI`], so that a right-to-left word in it cannot carry the punctuation and
/// figures after it into its own direction. The validator refuses isolates inside pack texts,
/// so the pair always matches.
pub fn isolate(s: &str) -> String {
    format!("{FSI}{s}{PDI}")
}

pub fn limit(field: &str) -> usize {
    match field {
        // Ids, codes, dates and references: short by construction.
        "key" | "id" | "metric" | "source" | "section" | "number" | "topics" | "old" | "new"
        | "points" | "file" | "language" | "editions" | "edition" | "kind" | "state" | "unit"
        | "qualifier" | "date" | "as_of" | "updated" | "wording" | "redaction" => 100,
        "label" | "name" => 200,
        // An outlet's name can be long ("Information and legal system of normative legal acts
        // of the Republic of Kazakhstan \"Adilet\"", 175 characters in the comparison).
        "outlet" | "outlet_name" | "role" => 300,
        "title" | "title_note" => 500,
        "url" | "report_url" => 2_000,
        "quote" => 2_000,
        "articles" => 50_000,
        _ => DEFAULT_LIMIT,
    }
}

/// The bidirectional controls that reorder the text after them until closed.
fn bidi_control(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        _ => return None,
    })
}

/// Characters that print nothing: zero-width spaces and joiners, the word joiner and
/// invisible operators, the byte order mark, the soft hyphen, directional marks, fillers and
/// variation selectors.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{E0000}'..='\u{E007F}')
}

/// Whether `s` shows nothing: empty, or only whitespace and invisible characters.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || invisible(c))
}

/// `n` with thousands separators, as in the messages ("1,048,576").
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The problems of one string under `field` at `path`: a bidi control, then the length.
pub fn check(path: &str, field: &str, s: &str, out: &mut Vec<PackError>) {
    if let Some((c, name)) = s.chars().find_map(|c| bidi_control(c).map(|n| (c, n))) {
        out.push(PackError::new(
            path,
            format!(
                "contains U+{:04X} ({name}), a control that reorders the text after it; remove it",
                u32::from(c)
            ),
        ));
    }
    let max = limit(field);
    let n = s.chars().count();
    if n > max {
        out.push(PackError::new(
            path,
            format!("{} characters; the limit is {}", grouped(n), grouped(max)),
        ));
    }
}

/// Every string and key of the JSON document `json` checked against the rules. A document
/// that is not valid JSON gives nothing here: the typed parse that follows names its error.
pub fn check_all(json: &str) -> Vec<PackError> {
    let mut out = Vec::new();
    let mut path = String::new();
    let mut de = serde_json::Deserializer::from_str(json);
    let walk = Walk {
        path: &mut path,
        field: "",
        texts: false,
        out: &mut out,
    };
    if walk.deserialize(&mut de).is_err() {
        out.clear();
    }
    out
}

/// A walk over a JSON value that knows where it is.
struct Walk<'a> {
    /// The path so far, in the form `json_path` gives: `regions[3].figures[0].value`.
    path: &'a mut String,
    /// The key the value is under, the language of a localized text left out.
    field: &'a str,
    /// Whether the value is the map of article texts (`articles` of a texts file), whose keys
    /// are article numbers.
    texts: bool,
    out: &'a mut Vec<PackError>,
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_str<E>(self, s: &str) -> Result<(), E> {
        check(self.path, self.field, s, self.out);
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let len = self.path.len();
        let mut i = 0usize;
        loop {
            self.path.push('[');
            self.path.push_str(&i.to_string());
            self.path.push(']');
            let more = seq
                .next_element_seed(Walk {
                    path: &mut *self.path,
                    field: self.field,
                    texts: false,
                    out: &mut *self.out,
                })?
                .is_some();
            self.path.truncate(len);
            if !more {
                return Ok(());
            }
            i += 1;
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let len = self.path.len();
        while let Some(key) = map.next_key::<String>()? {
            if len > 0 {
                self.path.push('.');
            }
            self.path.push_str(&key);
            check(self.path, "key", &key, self.out);
            // A language key keeps the field it is under; an article number gives `articles`.
            let field = match key.as_str() {
                _ if self.texts => "articles",
                "kk" | "ru" | "en" if !self.field.is_empty() => self.field,
                k => k,
            };
            map.next_value_seed(Walk {
                path: &mut *self.path,
                field,
                texts: key == "articles",
                out: &mut *self.out,
            })?;
            self.path.truncate(len);
        }
        Ok(())
    }
}

/// For tests: `s` as a screen draws it from left to right, in a left-to-right paragraph (the
/// Unicode Bidirectional Algorithm, UAX #9), the isolates themselves left out.
#[cfg(test)]
pub(crate) fn drawn(s: &str) -> String {
    let info = unicode_bidi::BidiInfo::new(s, Some(unicode_bidi::Level::ltr()));
    let para = &info.paragraphs[0];
    info.reorder_line(para, para.range.clone())
        .chars()
        .filter(|c| !matches!(*c, FSI | PDI))
        .collect()
}

/// A strong right-to-left word, the worst a pack can send: the validator refuses the
/// overrides (an unterminated U+202E) that would reach further.
#[cfg(test)]
pub(crate) const RTL: &str = "\u{5d7}\u{5d1}\u{5e8}\u{5d9}\u{5dd}";

#[cfg(test)]
mod bidi {
    use super::*;
    use crate::i18n::{tf, Key};
    use crate::lang::Lang;

    #[test]
    fn an_isolated_right_to_left_text_cannot_reorder_what_follows_it() {
        let name = |metric: &str| {
            tf(
                Lang::En,
                Key::UnitAnnouncement,
                &[("name", "Shymkent"), ("metric", metric), ("value", "150")],
            )
        };
        let reversed: String = RTL.chars().rev().collect();
        // Bare, the figure joins the word's run and is drawn before it: "150 :<word>".
        assert_eq!(drawn(&name(RTL)), format!("Shymkent. 150 :{reversed}"));
        assert_eq!(
            drawn(&name(&isolate(RTL))),
            format!("Shymkent. {reversed}: 150")
        );
        // A pack cannot end the isolate early: the validator refuses both controls.
        let mut out = Vec::new();
        check("title.en", "title", &format!("{RTL}{PDI}, 150"), &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::validate::parse_pack;
    use crate::content::{Geo, Localized, GEOMETRY};
    use crate::lang::Lang;
    use serde_json::{json, Value};

    const MINIMAL: &str = include_str!("../../tests/bad_packs/valid_minimal.json");

    /// The path of every string under `v`, in the form the errors give.
    fn strings(v: &Value, path: String, out: &mut Vec<String>) {
        match v {
            Value::String(_) => out.push(path),
            Value::Array(items) => {
                for (i, x) in items.iter().enumerate() {
                    strings(x, format!("{path}[{i}]"), out);
                }
            }
            Value::Object(fields) => {
                for (k, x) in fields {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    strings(x, p, out);
                }
            }
            _ => {}
        }
    }

    /// `v` with the string at `path` replaced by `s`.
    fn with(v: &Value, path: &str, s: &str) -> Value {
        let mut v = v.clone();
        let pointer: String = path
            .replace('[', ".")
            .replace(']', "")
            .split('.')
            .map(|k| format!("/{k}"))
            .collect();
        *v.pointer_mut(&pointer).unwrap() = json!(s);
        v
    }

    /// Every string of `doc`, replaced by `bad`, must give an error at its own path that says
    /// `words`: no field of the file escapes the rules.
    fn every_string_is_checked(
        doc: &Value,
        bad: &str,
        words: &str,
        parse: impl Fn(&str) -> Vec<PackError>,
    ) {
        let mut paths = Vec::new();
        strings(doc, String::new(), &mut paths);
        assert!(paths.len() > 50, "{} strings", paths.len());
        for path in paths {
            let e = parse(&with(doc, &path, bad).to_string());
            assert!(
                e.iter()
                    .any(|e| e.path == path && e.message.contains(words)),
                "{path}: {e:?}"
            );
        }
    }

    fn pack_errors(json: &str) -> Vec<PackError> {
        parse_pack(json, &Geo::parse(GEOMETRY).unwrap())
            .err()
            .unwrap_or_default()
    }

    fn compare_errors(json: &str) -> Vec<PackError> {
        crate::compare::validate::parse_index(json)
            .err()
            .unwrap_or_default()
    }

    #[test]
    fn every_string_of_a_pack_is_refused_a_bidi_override() {
        let pack: Value = serde_json::from_str(MINIMAL).unwrap();
        every_string_is_checked(
            &pack,
            "a\u{202E}b",
            "U+202E (RIGHT-TO-LEFT OVERRIDE)",
            pack_errors,
        );
        let index = crate::compare::test_support::index();
        every_string_is_checked(&index, "a\u{2067}b", "U+2067", compare_errors);
    }

    #[test]
    fn every_string_of_a_pack_has_a_limit() {
        let huge = "ж".repeat(50_001);
        let pack: Value = serde_json::from_str(MINIMAL).unwrap();
        every_string_is_checked(&pack, &huge, "50,001 characters; the limit is", pack_errors);
        let index = crate::compare::test_support::index();
        every_string_is_checked(
            &index,
            &huge,
            "50,001 characters; the limit is",
            compare_errors,
        );
    }

    #[test]
    fn keys_are_strings_too() {
        // An article number is a key in a texts file, and is shown ("Art. 1").
        let mut e = Vec::new();
        check("old.articles.1\u{202E}", "key", "1\u{202E}", &mut e);
        assert_eq!(e.len(), 1);
        let e = check_all(r#"{"old": {"articles": {"1\u202e": "x"}}}"#);
        assert_eq!(e[0].path, "old.articles.1\u{202E}");
        assert!(e[0].message.contains("U+202E"), "{e:?}");
    }

    #[test]
    fn the_message_names_the_field_the_length_and_the_limit() {
        let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
        v["sources"][3]["outlet"] = json!("x".repeat(1 << 20));
        assert_eq!(
            pack_errors(&v.to_string()),
            [PackError::new(
                "sources[3].outlet",
                "1,048,576 characters; the limit is 300"
            )]
        );
        v["sources"][3]["outlet"] = json!("x".repeat(300));
        assert_eq!(pack_errors(&v.to_string()), []);
        // A localized text keeps its field's limit; an article text has its own.
        assert_eq!(limit("outlet_name"), 300);
        let e = check_all(r#"{"title": {"ru": "aaaaa"}}"#);
        assert!(e.is_empty());
        let long = "я".repeat(501);
        let e = check_all(&format!(
            r#"{{"sources": [{{"title": {{"ru": "{long}"}}}}]}}"#
        ));
        assert_eq!(
            e,
            [PackError::new(
                "sources[0].title.ru",
                "501 characters; the limit is 500"
            )]
        );
        let article = "я".repeat(20_000);
        let e = check_all(&format!(
            r#"{{"old": {{"articles": {{"97": "{article}"}}}}}}"#
        ));
        assert_eq!(e, []);
        // In the index, `articles` is a list of references: its fields have theirs.
        let e = check_all(&format!(
            r#"{{"articles": [{{"number": "{}"}}]}}"#,
            "1".repeat(101)
        ));
        assert_eq!(e[0].path, "articles[0].number");
    }

    #[test]
    fn the_real_content_is_within_the_rules() {
        for (file, json) in [
            ("pack.json", include_str!("../../content/pack.json")),
            (
                "index.json",
                include_str!("../../content/compare/index.json"),
            ),
            (
                "texts.kk.json",
                include_str!("../../content/compare/texts.kk.json"),
            ),
            (
                "texts.ru.json",
                include_str!("../../content/compare/texts.ru.json"),
            ),
            (
                "texts.en.json",
                include_str!("../../content/compare/texts.en.json"),
            ),
        ] {
            assert_eq!(check_all(json), [], "{file}");
        }
    }

    #[test]
    fn blank_to_the_eye_is_no_text() {
        for blank in [
            "",
            " \n\t",
            "\u{200B}",
            "\u{200C}\u{200D}\u{2060}",
            "\u{FEFF}",
            "\u{00AD}",
            "\u{3164}",
            "\u{A0}\u{2007}",
        ] {
            assert!(is_blank(blank), "{blank:?}");
        }
        for text in ["a", "\u{200B}a", "0", "-", "ә"] {
            assert!(!is_blank(text), "{text:?}");
        }
        // Required: refused, and said so at the field.
        let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
        v["title"] = json!({"en": "\u{200B}\u{2060}"});
        v["sources"][0]["outlet"] = json!("\u{FEFF}");
        let e = pack_errors(&v.to_string());
        assert!(
            e.contains(&PackError::new(
                "title",
                "needs a text in at least one of kk, ru, en"
            )),
            "{e:?}"
        );
        assert!(
            e.contains(&PackError::new("sources[0].outlet", "must not be empty")),
            "{e:?}"
        );
        // Where another language has a text, the blank one is not shown: the other is.
        let t = Localized {
            kk: Some("\u{200B}".into()),
            ru: Some("Текст".into()),
            en: None,
        };
        assert_eq!(t.in_lang(Lang::Kk), None);
        assert_eq!(t.get(Lang::Kk), Some(("Текст", Lang::Ru)));
    }

    #[test]
    fn json_that_does_not_parse_is_left_to_the_parser() {
        assert_eq!(check_all("{\"a\": \"\u{202E}"), []);
        assert_eq!(check_all("[1e400, \"\u{202E}\"]"), []);
    }
}
