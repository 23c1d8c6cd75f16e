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
