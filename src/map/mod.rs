//! The regions map: pure logic (scales, keyboard movement, summary) here; the components that
//! draw it live in `crate::components::map` on the wasm target.

pub mod bbox;
pub mod export;
pub mod legend;
pub mod nav;
pub mod scale;
pub mod summary;
pub mod table;

use crate::content::Model;
use scale::Scale;

/// The colour scale of one metric over all units that report it.
pub fn scale_for(model: &Model, metric: &str) -> Scale {
    let values: Vec<f64> = model
        .geo
        .units
        .iter()
        .filter_map(|u| model.figure(&u.id, metric).map(|f| f.value))
        .collect();
    Scale::from_values(&values)
}
