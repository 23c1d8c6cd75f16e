//! How a panel cites its sources: figures grouped by the report they come from, and each
//! report's full line (with its headline) given once.

use super::pack::Figure;

/// `figures` grouped by source, in the order each source first appears; within a group, the
/// figures keep their order.
pub fn by_source<'a>(
    figures: impl IntoIterator<Item = &'a Figure>,
) -> Vec<(&'a str, Vec<&'a Figure>)> {
    let mut groups: Vec<(&str, Vec<&Figure>)> = Vec::new();
    for f in figures {
        match groups.iter_mut().find(|(id, _)| *id == f.source) {
            Some((_, g)) => g.push(f),
            None => groups.push((&f.source, vec![f])),
        }
    }
    groups
}

/// Whether this is the first citation of `id` among those in `cited`, which learns it.
pub fn first_citation(cited: &mut Vec<String>, id: &str) -> bool {
    if cited.iter().any(|c| c == id) {
        false
    } else {
        cited.push(id.to_string());
        true
    }
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
        let mut cited = Vec::new();
        assert!(first_citation(&mut cited, "a"));
        assert!(first_citation(&mut cited, "b"));
        assert!(!first_citation(&mut cited, "a"));
        assert!(!first_citation(&mut cited, "b"));
    }
}
