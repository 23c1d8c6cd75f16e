//! The map export module: draws the regions map as a standalone SVG (title, legend, sources)
//! for the widget's download buttons. Its own small wasm, without Yew, loaded on the first
//! download, so the widget's first view carries none of it.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::content::{day, Geo, Model, DAY_PACK};
    use qazaq_explainer::lang::Lang;
    use qazaq_explainer::map::export::map_svg as draw;
    use wasm_bindgen::prelude::*;

    /// The map of `metric` in `lang` for the pack `pack` (JSON text), or the built-in pack; a
    /// timed metric (turnout through referendum day) as of its last time, its labels saying
    /// that time.
    /// A pack that does not validate is an error naming its first problem; the widget that
    /// asks has already shown all of them.
    #[wasm_bindgen]
    pub fn map_svg(pack: Option<String>, metric: &str, lang: &str) -> Result<String, String> {
        let first = |es: Vec<_>| es.first().map(ToString::to_string).unwrap_or_default();
        let text = pack.as_deref().unwrap_or(DAY_PACK);
        let mut model = Model::build(text, Geo::embedded()).map_err(first)?;
        if model.metric(metric).is_some_and(|m| m.timed) {
            let whole = Model::with_times(text, Geo::embedded()).map_err(first)?;
            if let Some(t) = day::times(&whole, metric).last() {
                model = day::model_at(text, *t)?;
            }
        }
        Ok(draw(&model, metric, Lang::parse(lang).unwrap_or(Lang::Kk)))
    }
}

fn main() {}
