//! The regions map as standalone SVG files, one per language, for articles, downloads and
//! pages without JavaScript. Drawing is `qazaq_explainer::map::export`; this only picks the
//! pack and the metric and names the files.

use qazaq_explainer::content::{Geo, Model, PackError};
use qazaq_explainer::lang::Lang;
use qazaq_explainer::map::export::map_svg;

/// The embedded pack, or the pack JSON given, with the embedded geometry.
pub fn load(pack_json: Option<&str>) -> Result<Model, String> {
    match pack_json {
        Some(json) => Model::build(json, Geo::embedded()),
        None => Model::embedded(),
    }
    .map_err(|errors| describe(&errors))
}

/// Every problem on its own line, each with its place in the pack.
pub fn describe(errors: &[PackError]) -> String {
    let mut out = format!(
        "the content pack is not valid ({} problem{}):",
        errors.len(),
        if errors.len() == 1 { "" } else { "s" }
    );
    for e in errors {
        if e.path.is_empty() {
            out.push_str(&format!("\n  {}", e.message));
        } else {
            out.push_str(&format!("\n  {}: {}", e.path, e.message));
        }
    }
    out
}

/// `map-kk.svg`, `map-ru.svg`, `map-en.svg` of the pack's default metric, with their text.
pub fn files(model: &Model) -> Result<Vec<(String, String)>, String> {
    let metric = model.default_metric();
    if metric.is_empty() {
        return Err("the content pack has no map metric (none has \"map\": true)".into());
    }
    Ok(Lang::ALL
        .into_iter()
        .map(|lang| {
            (
                format!("map-{}.svg", lang.code()),
                map_svg(model, metric, lang),
            )
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use qazaq_explainer::content::DEFAULT_PACK;

    #[test]
    fn three_files_of_the_default_metric() {
        let model = load(None).unwrap();
        let files = files(&model).unwrap();
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["map-kk.svg", "map-ru.svg", "map-en.svg"]);
        for (_, svg) in &files {
            assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
        }
        assert!(files[2].1.contains("Coalition members"));
    }

    #[test]
    fn a_bad_pack_is_described_by_place() {
        let pack = DEFAULT_PACK.replacen("\"schema_version\":1", "\"schema_version\":99", 1);
        assert_ne!(pack, DEFAULT_PACK);
        let e = load(Some(&pack)).unwrap_err();
        assert!(
            e.starts_with("the content pack is not valid (1 problem):"),
            "{e}"
        );
        assert!(e.contains("schema_version"), "{e}");
        let e = load(Some("{")).unwrap_err();
        assert!(e.contains("not valid"), "{e}");
    }

    #[test]
    fn a_pack_without_map_metrics_is_refused() {
        let pack = DEFAULT_PACK.replace("\"map\":true", "\"map\":false");
        let e = load(Some(&pack)).unwrap_err();
        assert!(
            e.contains("metrics: ") && e.contains("\"map\": true"),
            "{e}"
        );
    }
}
