//! The article list: pairs filtered by topic and kind, grouped under section headings.

use super::kind::Kind;
use super::model::CompareModel;
use super::pack::{Edition, Pair};
use crate::content::Localized;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// A topic id; `None` for all topics.
    pub topic: Option<String>,
    /// `None` for all kinds.
    pub kind: Option<Kind>,
}

impl Filter {
    pub fn matches(&self, model: &CompareModel, pair: &Pair) -> bool {
        self.topic.as_ref().is_none_or(|t| pair.topics.contains(t))
            && self.kind.is_none_or(|k| model.kind(pair) == k)
    }
}

/// Pairs under one section heading.
#[derive(Clone, Debug, PartialEq)]
pub struct Group<'a> {
    /// The edition the section belongs to: new, except for removed articles.
    pub edition: Edition,
    /// The section id ("I").
    pub section: String,
    /// The section's title (shown in the reader's language or its nearest fallback, marked).
    pub title: Option<&'a Localized>,
    pub pairs: Vec<&'a Pair>,
}

/// The pairs matching `filter`, grouped by the section of their first new article (of their
/// first old article for removed ones). Groups come in the order their first pair has in the
/// index, pairs in index order within a group; groups with no matching pair are left out.
pub fn groups<'a>(model: &'a CompareModel, filter: &Filter) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for pair in &model.index().pairs {
        if !filter.matches(model, pair) {
            continue;
        }
        let (edition, first) = match (pair.new.first(), pair.old.first()) {
            (Some(n), _) => (Edition::New, n),
            (None, Some(o)) => (Edition::Old, o),
            (None, None) => continue,
        };
        // Validation guarantees the article; an empty section id keeps the pair listed anyway.
        let section = model
            .article(edition, first)
            .map_or("", |a| a.section.as_str());
        match groups
            .iter_mut()
            .find(|g| g.edition == edition && g.section == section)
        {
            Some(g) => g.pairs.push(pair),
            None => groups.push(Group {
                edition,
                section: section.to_string(),
                title: model.section_title(edition, section),
                pairs: vec![pair],
            }),
        }
    }
    groups
}

/// The list as the reader sees it: [`groups`] narrowed to the pairs in `only` (the pair of
/// each search hit, repeats allowed; `None`: every pair the filter lists), leaving out groups
/// it empties.
pub fn listed<'a, S: AsRef<str>>(
    model: &'a CompareModel,
    filter: &Filter,
    only: Option<&[S]>,
) -> Vec<Group<'a>> {
    let mut list = groups(model, filter);
    if let Some(only) = only {
        for group in &mut list {
            group
                .pairs
                .retain(|p| only.iter().any(|o| o.as_ref() == p.id));
        }
        list.retain(|group| !group.pairs.is_empty());
    }
    list
}

/// The pair ids of `list` in reading order, for "previous/next article".
pub fn order<'a>(list: &[Group<'a>]) -> Vec<&'a str> {
    list.iter()
        .flat_map(|g| g.pairs.iter().map(|p| p.id.as_str()))
        .collect()
}

/// How many pairs of each kind are listed under `topic` (`None`: every topic), in
/// [`Kind::ALL`]'s order: what each kind's chip says it would list. One pass over the pairs.
pub fn counts_by_kind(model: &CompareModel, topic: Option<&str>) -> Vec<(Kind, usize)> {
    let mut counts = Kind::ALL.map(|k| (k, 0usize));
    for pair in &model.index().pairs {
        if topic.is_none_or(|t| pair.topics.iter().any(|x| x == t)) {
            let kind = model.kind(pair);
            if let Some((_, n)) = counts.iter_mut().find(|(k, _)| *k == kind) {
                *n += 1;
            }
        }
    }
    counts.to_vec()
}

/// The pairs just before and after pair `id` in `order` (the list as the reader sees it), for
/// "previous/next article"; neither at the ends, and none when `id` is not listed.
pub fn neighbours<'a>(order: &[&'a str], id: &str) -> (Option<&'a str>, Option<&'a str>) {
    match order.iter().position(|p| *p == id) {
        Some(at) => (
            at.checked_sub(1).map(|k| order[k]),
            order.get(at + 1).copied(),
        ),
        None => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::model;
    use crate::lang::Lang;

    fn ids<'a>(groups: &'a [Group]) -> Vec<(Edition, &'a str, Vec<&'a str>)> {
        groups
            .iter()
            .map(|g| {
                let pairs = g.pairs.iter().map(|p| p.id.as_str()).collect();
                (g.edition, g.section.as_str(), pairs)
            })
            .collect()
    }

    #[test]
    fn neighbours_in_list_order() {
        let order = ["o1-n1", "o2-n2", "n4", "o5"];
        assert_eq!(neighbours(&order, "o1-n1"), (None, Some("o2-n2")));
        assert_eq!(neighbours(&order, "o2-n2"), (Some("o1-n1"), Some("n4")));
        assert_eq!(neighbours(&order, "n4"), (Some("o2-n2"), Some("o5")));
        assert_eq!(neighbours(&order, "o5"), (Some("n4"), None));
    }

    #[test]
    fn neighbours_of_an_unlisted_or_lone_pair() {
        assert_eq!(neighbours(&["a", "b"], "c"), (None, None));
        assert_eq!(neighbours(&[], "a"), (None, None));
        assert_eq!(neighbours(&["a"], "a"), (None, None));
        // An id is compared whole, never as a prefix.
        assert_eq!(neighbours(&["o1-n1+n3", "o2"], "o1-n1"), (None, None));
    }

    #[test]
    fn neighbours_follow_the_grouped_order_not_the_index() {
        let m = model();
        let order = order(&groups(&m, &Filter::default()));
        assert_eq!(neighbours(&order, "n4"), (Some("o3-n3"), Some("o4-n5-n6")));
        assert_eq!(neighbours(&order, "o5"), (Some("o4-n5-n6"), None));
    }

    #[test]
    fn groups_by_new_section_and_removed_by_old() {
        let m = model();
        let g = groups(&m, &Filter::default());
        assert_eq!(
            ids(&g),
            [
                (Edition::New, "I", vec!["o1-n1", "o2-n2", "o3-n3", "n4"]),
                (Edition::New, "II", vec!["o4-n5-n6"]),
                (Edition::Old, "II", vec!["o5"]),
            ]
        );
        assert_eq!(
            g[0].title.map(|t| t.text(Lang::Ru)),
            Some("Основы конституционного строя")
        );
        assert_eq!(
            g[2].title.map(|t| t.text(Lang::Ru)),
            Some("Человек и гражданин")
        );
    }

    #[test]
    fn titles_fall_back() {
        let m = model();
        let g = groups(&m, &Filter::default());
        // The fallback is the section's; the view marks it (components::localized).
        assert_eq!(
            g[0].title.map(|t| t.get(Lang::En)),
            Some(Some(("Основы конституционного строя", Lang::Ru)))
        );
    }

    #[test]
    fn filters_by_topic_and_kind() {
        let m = model();
        let by_topic = Filter {
            topic: Some("rights".into()),
            kind: None,
        };
        assert_eq!(
            ids(&groups(&m, &by_topic)),
            [
                (Edition::New, "I", vec!["n4"]),
                (Edition::New, "II", vec!["o4-n5-n6"]),
            ]
        );
        let both = Filter {
            topic: Some("state".into()),
            kind: Some(Kind::Unchanged),
        };
        assert_eq!(
            ids(&groups(&m, &both)),
            [(Edition::New, "I", vec!["o1-n1"])]
        );
        let changed = Filter {
            topic: None,
            kind: Some(Kind::Changed),
        };
        assert_eq!(
            ids(&groups(&m, &changed)),
            [(Edition::New, "I", vec!["o2-n2", "o3-n3"])]
        );
        let none = Filter {
            topic: Some("economy".into()),
            kind: None,
        };
        assert!(groups(&m, &none).is_empty());
    }

    #[test]
    fn listed_keeps_only_the_hit_pairs_and_drops_emptied_groups() {
        let m = model();
        let all = Filter::default();
        assert_eq!(listed::<&str>(&m, &all, None), groups(&m, &all));
        let hits = listed(&m, &all, Some(&["o5", "n4", "n4", "o9-n9"]));
        assert_eq!(
            ids(&hits),
            [
                (Edition::New, "I", vec!["n4"]),
                (Edition::Old, "II", vec!["o5"]),
            ]
        );
        assert_eq!(order(&hits), ["n4", "o5"]);
        assert!(listed::<&str>(&m, &all, Some(&[])).is_empty());
        let rights = Filter {
            topic: Some("rights".into()),
            kind: None,
        };
        assert_eq!(order(&listed(&m, &rights, Some(&["o5", "n4"]))), ["n4"]);
    }

    #[test]
    fn counts_by_kind_are_what_each_kind_filter_lists() {
        let m = model();
        assert_eq!(counts_by_kind(&m, None), m.counts());
        let topics = ["state", "rights", "economy", "none-such"];
        for topic in topics.iter().map(Some).chain([None]) {
            let counts = counts_by_kind(&m, topic.copied());
            assert_eq!(
                counts.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
                Kind::ALL
            );
            for (kind, n) in counts {
                let f = Filter {
                    topic: topic.map(|t| t.to_string()),
                    kind: Some(kind),
                };
                assert_eq!(order(&groups(&m, &f)).len(), n, "{topic:?} {kind:?}");
            }
        }
        let rights = counts_by_kind(&m, Some("rights"));
        assert_eq!(rights.iter().map(|(_, n)| n).sum::<usize>(), 2);
    }
}
