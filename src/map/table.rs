//! Row order and columns of the table view: the same figures as the map, sortable.

use crate::content::{GeoUnit, Metric, Model};
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
    let by_name = |a: &&GeoUnit, b: &&GeoUnit| a.names.text(lang).cmp(b.names.text(lang));
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

    #[test]
    fn names_sort_alphabetically_and_columns_cover_reported_metrics() {
        let model = Model::embedded().unwrap();
        let names: Vec<&str> = rows(&model, &Sort::default(), Lang::En)
            .iter()
            .map(|u| u.names.text(Lang::En))
            .collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted);
        let cols: Vec<&str> = columns(&model).iter().map(|m| m.id.as_str()).collect();
        assert!(cols.contains(&"members") && cols.contains(&"groups"));
        assert!(
            !cols.contains(&"turnout"),
            "outcome metrics are not regional"
        );
    }
}
