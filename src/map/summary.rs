//! A short text summary of the map, written from the data, for readers who cannot see it.

use crate::content::text_rules::isolate;
use crate::content::{Figure, GeoUnit, Metric, Model, Unit};
use crate::format;
use crate::i18n::{t, tf, tfa, Arg, Key};
use crate::lang::Lang;

/// The unit with the highest stated figure for `metric` (first in map order on a tie).
pub fn top<'a>(model: &'a Model, metric: &str) -> Option<(&'a GeoUnit, &'a Figure)> {
    model
        .geo
        .units
        .iter()
        .filter_map(|u| model.figure(&u.id, metric).map(|f| (u, f)))
        .fold(None, |best: Option<(&GeoUnit, &Figure)>, cur| match best {
            Some(b) if b.1.value >= cur.1.value => Some(b),
            _ => Some(cur),
        })
}

/// How many units report a figure for `metric`, and how many units there are.
pub fn coverage(model: &Model, metric: &str) -> (usize, usize) {
    let total = model.geo.units.len();
    let reported = model
        .geo
        .units
        .iter()
        .filter(|u| model.figure(&u.id, metric).is_some())
        .count();
    (reported, total)
}

/// "Shymkent (city). Coalition members: 150": a unit's accessible name, announcement and, in
/// the static export, its tooltip.
pub fn unit_text(unit: &GeoUnit, metric: &Metric, fig: Option<&Figure>, lang: Lang) -> String {
    let value = match fig {
        Some(f) => format::figure(f, metric.unit, lang),
        None => t(lang, Key::NotReported).to_string(),
    };
    tf(
        lang,
        Key::UnitAnnouncement,
        &[
            ("name", unit.names.text(lang)),
            ("metric", &isolate(metric.label.text(lang))),
            ("value", &value),
        ],
    )
}

pub fn text(model: &Model, metric: &Metric, lang: Lang) -> String {
    let label = &isolate(metric.label.text(lang));
    let Some((unit, fig)) = top(model, &metric.id) else {
        return tf(lang, Key::SummaryNone, &[("metric", label)]);
    };
    let (reported, total) = coverage(model, &metric.id);
    let value = format::figure(fig, metric.unit, lang);
    let largest = tf(
        lang,
        Key::SummaryLargest,
        &[
            ("region", unit.names.text(lang)),
            ("metric", label),
            ("value", &value),
        ],
    );
    let n = |v: usize| Arg::Num(v as f64, Unit::Count);
    let count = tfa(
        lang,
        Key::SummaryCount,
        &[
            ("count", n(reported)),
            ("total", n(total)),
            ("missing", n(total - reported)),
        ],
    );
    format!("{largest} {count}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::text_rules::{drawn, RTL};
    use crate::content::{Geo, DEFAULT_PACK};
    use serde_json::Value;

    /// The accessible names, the announcement and the summary keep their figures after a
    /// metric label written right to left.
    #[test]
    fn a_right_to_left_metric_label_keeps_the_figures_after_it_in_place() {
        let mut v: Value = serde_json::from_str(DEFAULT_PACK).unwrap();
        let members = v["metrics"].as_array_mut().unwrap().iter_mut();
        members.filter(|m| m["id"] == "members").for_each(|m| {
            m["label"]["en"] = Value::from(RTL);
        });
        let model = Model::build(&v.to_string(), Geo::embedded()).unwrap();
        let metric = model.metric("members").unwrap();
        let reversed: String = RTL.chars().rev().collect();
        let shymkent = model.geo.unit("KZ-79").unwrap();
        let fig = model.figure("KZ-79", "members");
        assert_eq!(
            drawn(&unit_text(shymkent, metric, fig, Lang::En)),
            format!("Shymkent (city). {reversed}: 150")
        );
        assert!(
            drawn(&text(&model, metric, Lang::En)).starts_with(&format!(
                "Turkestan Region reports the highest figure for {reversed}: 457."
            )),
            "{}",
            drawn(&text(&model, metric, Lang::En))
        );
    }

    #[test]
    fn summary_names_the_largest_and_the_gaps() {
        let model = Model::embedded().unwrap();
        let members = model.metric("members").unwrap();
        let en = text(&model, members, Lang::En);
        assert_eq!(
            en,
            "Turkestan Region reports the highest figure for \u{2068}Coalition members\u{2069}: 457. \
             5 of 20 regions and cities report a figure; 15 have not reported one."
        );
        let kk = text(&model, members, Lang::Kk);
        assert_eq!(
            kk,
            "«\u{2068}Коалиция мүшелері\u{2069}» көрсеткіші бойынша ең жоғары мән — Түркістан облысы: 457. \
             20 өңір мен қаланың 5-і бойынша дерек бар; 15-і бойынша хабарланбаған."
        );
        let ru = text(&model, members, Lang::Ru);
        assert!(
            ru.ends_with("Данные есть по 5 из 20 регионов и городов; по 15 не сообщалось."),
            "{ru}"
        );
    }

    #[test]
    fn a_metric_nobody_reports_says_so() {
        let model = Model::embedded().unwrap();
        let groups = model.metric("public_orgs").unwrap();
        assert!(text(&model, groups, Lang::En).starts_with("No region or city reports"));
        assert_eq!(coverage(&model, "public_orgs"), (0, 20));
    }
}
