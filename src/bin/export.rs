//! The map export module: draws the regions map as a standalone SVG (title, legend, sources)
//! for the widget's download buttons. Its own small wasm, without Yew, loaded on the first
//! download, so the widget's first view carries none of it.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::content::{DayTime, Geo, Model};
    use qazaq_explainer::lang::Lang;
    use qazaq_explainer::map::export::map_svg_at as draw;
    use wasm_bindgen::prelude::*;

    /// The map of `metric` in `lang` for the pack `pack` (JSON text), or the built-in pack;
    /// `metric@HH:MM` draws a timed metric at that time of day.
    /// A pack that does not validate is an error naming its first problem; the widget that
    /// asks has already shown all of them.
    #[wasm_bindgen]
    pub fn map_svg(pack: Option<String>, metric: &str, lang: &str) -> Result<String, String> {
        let model = match pack {
            Some(text) => Model::build(&text, Geo::embedded()),
            None => Model::embedded(),
        }
        .map_err(|es| es.first().map(|e| e.to_string()).unwrap_or_default())?;
        let (metric, time) = match metric.split_once('@') {
            Some((m, t)) => (m, DayTime::parse(t).ok()),
            None => (metric, None),
        };
        Ok(draw(
            &model,
            metric,
            time,
            Lang::parse(lang).unwrap_or(Lang::Kk),
        ))
    }
}

fn main() {}
