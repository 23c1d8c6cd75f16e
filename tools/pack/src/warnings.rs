//! What the widget accepts but an editor should still fix: the widget shows none of these, so
//! they never stop a pack (exit code 0), only get printed.

use qazaq_explainer::content::{translations, Pack, PackError};
use serde_json::Value;

/// Sources that nothing cites, then titles, labels and descriptions missing in a language
/// (the widget logs those too).
pub fn warnings(pack: &Value) -> Vec<PackError> {
    let mut out = uncited(pack);
    if let Ok(p) = serde_json::from_value::<Pack>(pack.clone()) {
        out.extend(translations::missing(&p));
    }
    out
}

/// Sources that nothing in the pack cites ("Remove sources that nothing uses", as
/// content/README.md asks): often left behind when the figure citing them was removed.
fn uncited(pack: &Value) -> Vec<PackError> {
    let mut cited = Vec::new();
    if let Some(fields) = pack.as_object() {
        for (key, v) in fields {
            if key != "sources" {
                citations(v, &mut cited);
            }
        }
    }
    let sources = pack["sources"].as_array().map_or(&[][..], Vec::as_slice);
    sources
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let id = s["id"].as_str()?;
            (!cited.contains(&id)).then(|| {
                PackError::new(
                    format!("sources[{i}]"),
                    format!("source {id:?} is cited by nothing in the pack; remove it or cite it"),
                )
            })
        })
        .collect()
}

/// Every `source` id under `v`.
fn citations<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
    match v {
        Value::Object(fields) => {
            for (key, x) in fields {
                match (key.as_str(), x) {
                    ("source", Value::String(id)) => out.push(id),
                    _ => citations(x, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|x| citations(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_real_pack_cites_every_source() {
        let pack: Value = serde_json::from_str(include_str!("../../../content/pack.json")).unwrap();
        assert_eq!(warnings(&pack), []);
    }

    #[test]
    fn a_label_missing_in_a_language_is_a_warning() {
        let mut pack: Value =
            serde_json::from_str(include_str!("../../../content/pack.json")).unwrap();
        pack["metrics"][0]["label"] = json!({"ru": "Члены коалиции"});
        let w = warnings(&pack);
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(w[0].path, "metrics[0].label");
        assert!(w[0].message.starts_with("no \"kk\" text"), "{w:?}");
    }

    #[test]
    fn a_source_nothing_cites_is_named() {
        let pack = json!({
            "sources": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
            "regions": [{"status": {"source": "a"}, "figures": [{"source": "c"}]}],
            "outcome": {"note": {"en": "source"}},
        });
        assert_eq!(
            warnings(&pack),
            [PackError::new(
                "sources[1]",
                "source \"b\" is cited by nothing in the pack; remove it or cite it"
            )]
        );
    }
}
