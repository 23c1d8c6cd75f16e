//! Row order and columns of the table view: the same figures as the map, sortable.

use crate::content::{GeoUnit, Metric, Model};
use crate::i18n::collate;
use crate::lang::Lang;
use std::cmp::Ordering;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Metric(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::Name,
            ascending: true,
        }
    }
}

impl Sort {
    /// Clicking a column: a new column sorts numbers high-first and names A–Z; the same column
    /// flips direction.
    pub fn toggled(&self, key: SortKey) -> Sort {
        if self.key == key {
            Sort {
                key,
                ascending: !self.ascending,
            }
        } else {
            let ascending = key == SortKey::Name;
            Sort { key, ascending }
        }
    }
}

/// Metrics that at least one unit reports: the table's figure columns, in pack order.
pub fn columns(model: &Model) -> Vec<&Metric> {
    model
        .pack
        .metrics
        .iter()
        .filter(|m| {
            model
                .pack
                .regions
                .iter()
                .any(|r| r.figures.iter().any(|f| f.metric == m.id))
        })
        .collect()
}

/// Units in display order. Units that do not report the sorted metric always come last,
/// whichever the direction: "not reported" is not a small number.
pub fn rows<'a>(model: &'a Model, sort: &Sort, lang: Lang) -> Vec<&'a GeoUnit> {
    let mut units: Vec<&GeoUnit> = model.geo.units.iter().collect();
    let by_name =
        |a: &&GeoUnit, b: &&GeoUnit| collate::cmp(lang, a.names.text(lang), b.names.text(lang));
    match &sort.key {
        SortKey::Name => {
            units.sort_by(by_name);
            if !sort.ascending {
                units.reverse();
            }
        }
        SortKey::Metric(m) => units.sort_by(|a, b| {
            let va = model.figure(&a.id, m).map(|f| f.value);
            let vb = model.figure(&b.id, m).map(|f| f.value);
            match (va, vb) {
                (Some(x), Some(y)) => {
                    let o = x.total_cmp(&y);
                    let o = if sort.ascending { o } else { o.reverse() };
                    o.then_with(|| by_name(a, b))
                }
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => by_name(a, b),
            }
        }),
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(model: &Model, sort: &Sort) -> Vec<String> {
        rows(model, sort, Lang::En)
            .into_iter()
            .map(|u| u.id.clone())
            .collect()
    }

    #[test]
    fn not_reported_sorts_last_both_ways() {
        let model = Model::embedded().unwrap();
        let desc = Sort::default().toggled(SortKey::Metric("members".into()));
        assert!(!desc.ascending, "a new numeric column starts high-first");
        let d = ids(&model, &desc);
        assert_eq!(&d[..5], ["KZ-61", "KZ-15", "KZ-71", "KZ-79", "KZ-55"]);
        let asc = desc.toggled(SortKey::Metric("members".into()));
        let a = ids(&model, &asc);
        assert_eq!(&a[..5], ["KZ-55", "KZ-79", "KZ-71", "KZ-15", "KZ-61"]);
        for order in [&d, &a] {
            assert!(order[5..]
                .iter()
                .all(|id| model.figure(id, "members").is_none()));
        }
    }

    fn names<'a>(model: &'a Model, sort: &Sort, lang: Lang) -> Vec<&'a str> {
        rows(model, sort, lang)
            .into_iter()
            .map(|u| u.names.text(lang))
            .collect()
    }

    #[test]
    fn names_sort_in_each_languages_alphabet() {
        let model = Model::embedded().unwrap();
        let kk = names(&model, &Sort::default(), Lang::Kk);
        let at = |n: &str| kk.iter().position(|k| *k == n).unwrap();
        assert_eq!(kk[0], "Абай облысы");
        assert_eq!(at("Қарағанды облысы"), at("Жетісу облысы") + 1);
        assert_eq!(at("Ұлытау облысы"), at("Түркістан облысы") + 1);
        assert_eq!(kk[19], "Шымкент қаласы");
        let ru = names(&model, &Sort::default(), Lang::Ru);
        assert_eq!(ru[0], "область Абай");
        assert_eq!(ru[19], "город Шымкент");
        let desc = Sort::default().toggled(SortKey::Name);
        assert!(!desc.ascending);
        let back: Vec<&str> = names(&model, &desc, Lang::Kk).into_iter().rev().collect();
        assert_eq!(back, kk, "Я–А is А–Я reversed");
        for lang in Lang::ALL {
            let n = names(&model, &Sort::default(), lang);
            assert!(
                n.windows(2).all(|w| collate::cmp(lang, w[0], w[1]).is_lt()),
                "{lang:?}"
            );
        }
    }

    /// Ties on a figure fall back to the reader's alphabet.
    #[test]
    fn equal_figures_in_alphabet_order() {
        let model = Model::embedded().unwrap();
        let sort = Sort::default().toggled(SortKey::Metric("attendance".into()));
        let kk = names(&model, &sort, Lang::Kk);
        for w in kk.windows(2) {
            let (a, b) = (
                model
                    .figure(&id_of(&model, w[0], Lang::Kk), "attendance")
                    .map(|f| f.value),
                model
                    .figure(&id_of(&model, w[1], Lang::Kk), "attendance")
                    .map(|f| f.value),
            );
            if a == b {
                assert!(
                    collate::cmp(Lang::Kk, w[0], w[1]).is_lt(),
                    "{} {}",
                    w[0],
                    w[1]
                );
            }
        }
    }

    fn id_of(model: &Model, name: &str, lang: Lang) -> String {
        model
            .geo
            .units
            .iter()
            .find(|u| u.names.text(lang) == name)
            .map(|u| u.id.clone())
            .unwrap()
    }

    #[test]
    fn columns_cover_reported_metrics() {
        let model = Model::embedded().unwrap();
        let cols: Vec<&str> = columns(&model).iter().map(|m| m.id.as_str()).collect();
        assert!(cols.contains(&"members") && cols.contains(&"groups"));
        assert!(
            !cols.contains(&"turnout"),
            "outcome metrics are not regional"
        );
    }
}
