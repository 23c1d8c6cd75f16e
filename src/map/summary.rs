//! A short text summary of the map, written from the data, for readers who cannot see it.

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
            ("metric", metric.label.text(lang)),
            ("value", &value),
        ],
    )
}

pub fn text(model: &Model, metric: &Metric, lang: Lang) -> String {
    let label = metric.label.text(lang);
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

    #[test]
    fn summary_names_the_largest_and_the_gaps() {
        let model = Model::embedded().unwrap();
        let members = model.metric("members").unwrap();
        let en = text(&model, members, Lang::En);
        assert_eq!(
            en,
            "Turkestan Region reports the highest figure for Coalition members: 457. \
             5 of 20 regions and cities report a figure; 15 have not reported one."
        );
        let kk = text(&model, members, Lang::Kk);
        assert_eq!(
            kk,
            "«Коалиция мүшелері» көрсеткіші бойынша ең жоғары мән — Түркістан облысы: 457. \
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
