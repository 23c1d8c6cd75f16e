//! Texts a reader sees in another language than theirs: a title, label or description with no
//! text in one of the three languages is accepted (the nearest language that has one is shown,
//! marked on screen with the language it is in), but the editor is told, field by field.

use super::error::PackError;
use super::pack::{Localized, Pack};
use crate::lang::Lang;

/// The titles, labels and descriptions of `pack`, by path: what names things on screen, where a
/// text in another language stands out most.
fn named(pack: &Pack) -> Vec<(String, &Localized)> {
    let mut out = vec![("title".to_string(), &pack.title)];
    for (i, m) in pack.metrics.iter().enumerate() {
        out.push((format!("metrics[{i}].label"), &m.label));
        if let Some(d) = &m.description {
            out.push((format!("metrics[{i}].description"), d));
        }
    }
    out.push(("national.name".into(), &pack.national.name));
    if let Some(d) = &pack.national.description {
        out.push(("national.description.text".into(), &d.text));
    }
    out.push(("outcome.label".into(), &pack.outcome.label));
    out
}

/// One warning per title, label or description and language it has no text in, naming the
/// language shown instead.
pub fn missing(pack: &Pack) -> Vec<PackError> {
    let mut out = Vec::new();
    for (path, t) in named(pack) {
        for lang in Lang::ALL {
            if t.in_lang(lang).is_some() {
                continue;
            }
            if let Some((_, shown)) = t.get(lang) {
                out.push(PackError::new(
                    path.as_str(),
                    format!(
                        "no {:?} text: readers in {:?} are shown the {:?} one, marked as such",
                        lang.code(),
                        lang.code(),
                        shown.code()
                    ),
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::validate::parse_pack;
    use crate::content::{Geo, GEOMETRY};
    use serde_json::{json, Value};

    #[test]
    fn a_missing_translation_is_a_warning_naming_the_field_and_the_language_shown() {
        let geo = Geo::parse(GEOMETRY).unwrap();
        let json = include_str!("../../content/pack.json");
        assert_eq!(missing(&parse_pack(json, &geo).unwrap()), []);
        let mut v: Value = serde_json::from_str(json).unwrap();
        v["metrics"][1]["label"] = json!({"ru": "Участники", "kk": "\u{200B}"});
        // Accepted: a warning, not an error.
        let pack = parse_pack(&v.to_string(), &geo).unwrap();
        assert_eq!(
            missing(&pack),
            [
                PackError::new(
                    "metrics[1].label",
                    "no \"kk\" text: readers in \"kk\" are shown the \"ru\" one, marked as such"
                ),
                PackError::new(
                    "metrics[1].label",
                    "no \"en\" text: readers in \"en\" are shown the \"ru\" one, marked as such"
                ),
            ]
        );
    }
}
