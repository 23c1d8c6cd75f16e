//! The legend as text: one label per colour bin and the count of units without a figure,
//! shared by the live legend and the static export so the two read the same.

use super::scale::{Bin, Scale};
use crate::content::Unit;
use crate::format;
use crate::i18n::{tf, Key};
use crate::lang::Lang;

/// "100–200", "0–25%": a bin's bounds in the metric's unit.
pub fn bin_label(bin: &Bin, unit: Unit, lang: Lang) -> String {
    let fmt = |v: f64| format::value(v, unit, lang);
    tf(
        lang,
        Key::LegendRange,
        &[("lo", &fmt(bin.lo)), ("hi", &fmt(bin.hi))],
    )
}

/// How many of `units` map units have no figure in any bin: the "not reported" count.
pub fn not_reported(scale: &Scale, units: usize) -> usize {
    units.saturating_sub(scale.bins.iter().map(|b| b.count).sum())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Model;
    use crate::map::scale_for;

    #[test]
    fn members_legend() {
        let model = Model::embedded().unwrap();
        let scale = scale_for(&model, "members");
        let labels: Vec<String> = scale
            .bins
            .iter()
            .map(|b| bin_label(b, Unit::Count, Lang::En))
            .collect();
        assert_eq!(
            labels,
            ["0–100", "100–200", "200–300", "300–400", "400–500"]
        );
        assert_eq!(not_reported(&scale, model.geo.units.len()), 15);
    }

    #[test]
    fn percent_and_grouping_per_language() {
        let bin = Bin {
            lo: 10000.0,
            hi: 12500.5,
            colour: 0,
            count: 0,
        };
        assert_eq!(bin_label(&bin, Unit::Count, Lang::En), "10,000–12,500.5");
        assert_eq!(
            bin_label(&bin, Unit::Percent, Lang::Ru),
            "10\u{a0}000%–12\u{a0}500,5%"
        );
    }
}
