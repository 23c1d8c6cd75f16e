//! The legend as text: one label per colour bin and the count of units without a figure,
//! shared by the live legend and the static export so the two read the same.

use super::scale::{Bin, Scale};
use crate::content::{Metric, Model, Qualifier, Unit};
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

/// Whether any figure of `metric` on the map is qualified ("130+", "about 200"): only then
/// does the legend explain qualifiers.
pub fn has_qualified(model: &Model, metric: &str) -> bool {
    model
        .geo
        .units
        .iter()
        .filter_map(|u| model.figure(&u.id, metric))
        .any(|f| f.qualifier != Qualifier::Exact)
}

/// The units with a figure and their figures, highest first: the legend of a thin metric.
pub fn reported(model: &Model, metric: &Metric, lang: Lang) -> Vec<(String, String)> {
    let mut v: Vec<(f64, String, String)> = model
        .geo
        .units
        .iter()
        .filter_map(|u| {
            let f = model.figure(&u.id, &metric.id)?;
            Some((
                f.value,
                u.names.text(lang).to_string(),
                format::figure(f, metric.unit, lang),
            ))
        })
        .collect();
    v.sort_by(|a, b| b.0.total_cmp(&a.0));
    v.into_iter().map(|(_, n, f)| (n, f)).collect()
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
        assert_eq!(labels, ["100–170", "170–300", "300–500"]);
        assert!(scale.bins.iter().all(|b| b.count > 0), "no empty bins");
        assert_eq!(not_reported(&scale, model.geo.units.len()), 15);
    }

    #[test]
    fn the_qualifier_note_only_where_a_figure_is_qualified() {
        let model = Model::embedded().unwrap();
        assert!(has_qualified(&model, "members"), "130+ and about 200");
        assert!(has_qualified(&model, "attendance"));
        assert!(!has_qualified(&model, "parties"), "West Kazakhstan: 6");
        assert!(has_qualified(&model, "proposals"), "100+");
    }

    #[test]
    fn a_thin_metric_lists_its_units() {
        let model = Model::embedded().unwrap();
        let parties = model.metric("parties").unwrap();
        let five = |name: &str| (name.to_string(), "5".to_string());
        assert_eq!(
            reported(&model, parties, Lang::En),
            vec![
                ("West Kazakhstan Region".to_string(), "6".to_string()),
                five("Pavlodar Region"),
                five("Turkestan Region"),
                five("Ulytau Region"),
            ],
            "largest first, ties in alphabetical order"
        );
        let members = model.metric("members").unwrap();
        let ru = reported(&model, members, Lang::Ru);
        assert_eq!(ru.len(), 5);
        assert_eq!(ru[0], ("Туркестанская область".into(), "457".into()));
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
