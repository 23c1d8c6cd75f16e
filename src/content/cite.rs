//! How a panel cites its sources: figures grouped by the report they come from, and each
//! report's full line (with its headline) given once.

use super::pack::Figure;
use std::collections::{BTreeMap, BTreeSet};

/// `figures` grouped by source, in the order each source first appears; within a group, the
/// figures keep their order.
pub fn by_source<'a>(
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Vec<(&'a str, Vec<&'a Figure>)> {
    let mut groups: Vec<(&str, Vec<&Figure>)> = Vec::new();
    // Source id -> its group: no search through the groups for each figure.
    let mut at: BTreeMap<&str, usize> = BTreeMap::new();
    for f in figures {
        match at.get(f.source.as_str()) {
            Some(&i) => groups[i].1.push(f),
            None => {
                at.insert(&f.source, groups.len());
                groups.push((&f.source, vec![f]));
            }
        }
    }
    groups
}

/// Whether this is the first citation of `id` among those in `cited`, which learns it.
pub fn first_citation(cited: &mut BTreeSet<String>, id: &str) -> bool {
    !cited.contains(id) && cited.insert(id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Qualifier, ReportDate};

    fn fig(metric: &str, source: &str) -> Figure {
        Figure {
            metric: metric.into(),
            value: 1.0,
            qualifier: Qualifier::Exact,
            as_of: ReportDate::NotGiven,
            time: None,
            source: source.into(),
            note: None,
        }
    }

    #[test]
    fn figures_of_one_source_are_grouped_in_first_seen_order() {
        let figs = [fig("a", "x"), fig("b", "y"), fig("c", "x"), fig("d", "z")];
        let groups: Vec<(&str, Vec<&str>)> = by_source(&figs)
            .into_iter()
            .map(|(id, g)| (id, g.iter().map(|f| f.metric.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            [("x", vec!["a", "c"]), ("y", vec!["b"]), ("z", vec!["d"])]
        );
        assert!(by_source(&[]).is_empty());
    }

    #[test]
    fn a_source_is_cited_in_full_once() {
        let mut cited = BTreeSet::new();
        assert!(first_citation(&mut cited, "a"));
        assert!(first_citation(&mut cited, "b"));
        assert!(!first_citation(&mut cited, "a"));
        assert!(!first_citation(&mut cited, "b"));
    }
}
