//! What happened to an article between the editions, decided from the alignment's shape and,
//! for one-to-one pairs, from whether the text changed.

use super::pack::Pair;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// One to one, same number, same text (whitespace aside).
    Unchanged,
    /// One to one, same text, different number.
    Renumbered,
    /// One to one, different text (the number may differ too: see [`renumbered`]).
    Changed,
    /// Only in the new edition.
    Added,
    /// Only in the old edition.
    Removed,
    /// One old article became several new ones.
    Split,
    /// Several old articles became one new one, or several became several.
    Merged,
}

impl Kind {
    /// In display order: the substantive changes first.
    pub const ALL: [Kind; 7] = [
        Kind::Changed,
        Kind::Added,
        Kind::Removed,
        Kind::Split,
        Kind::Merged,
        Kind::Renumbered,
        Kind::Unchanged,
    ];

    /// The form used in the URL.
    pub fn code(self) -> &'static str {
        match self {
            Kind::Unchanged => "unchanged",
            Kind::Renumbered => "renumbered",
            Kind::Changed => "changed",
            Kind::Added => "added",
            Kind::Removed => "removed",
            Kind::Split => "split",
            Kind::Merged => "merged",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == s)
    }

    /// The kind of `pair`. `same_text` says whether a one-to-one pair's two texts are equal
    /// (whitespace aside) in some language that has both, and is `None` when no language has
    /// both: the pair is then `Changed`, since "unchanged" is a claim the texts must support.
    /// A pair with neither side (rejected by validation) counts as `Changed` too.
    pub fn of(pair: &Pair, same_text: Option<bool>) -> Kind {
        match (pair.old.len(), pair.new.len()) {
            (0, 0) => Kind::Changed,
            (0, _) => Kind::Added,
            (_, 0) => Kind::Removed,
            (1, 1) => match same_text {
                Some(true) if renumbered(pair) => Kind::Renumbered,
                Some(true) => Kind::Unchanged,
                _ => Kind::Changed,
            },
            (1, _) => Kind::Split,
            _ => Kind::Merged,
        }
    }
}

/// Whether a one-to-one pair's article number changed.
pub fn renumbered(pair: &Pair) -> bool {
    matches!((pair.old.as_slice(), pair.new.as_slice()), ([o], [n]) if o != n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(old: &[&str], new: &[&str]) -> Pair {
        Pair {
            id: "p".into(),
            old: old.iter().map(|s| s.to_string()).collect(),
            new: new.iter().map(|s| s.to_string()).collect(),
            topics: vec![],
            reviewed: false,
            score: None,
            subject: None,
            summary: None,
            also: vec![],
            same_text: None,
        }
    }

    #[test]
    fn codes_round_trip() {
        for k in Kind::ALL {
            assert_eq!(Kind::parse(k.code()), Some(k));
        }
        assert_eq!(Kind::parse("Changed"), None);
        assert_eq!(Kind::parse(""), None);
    }

    #[test]
    fn kinds_from_shape_and_text() {
        assert_eq!(Kind::of(&pair(&["3"], &["3"]), Some(true)), Kind::Unchanged);
        assert_eq!(
            Kind::of(&pair(&["3"], &["4"]), Some(true)),
            Kind::Renumbered
        );
        assert_eq!(Kind::of(&pair(&["3"], &["4"]), Some(false)), Kind::Changed);
        assert_eq!(Kind::of(&pair(&["3"], &["3"]), None), Kind::Changed);
        assert_eq!(Kind::of(&pair(&[], &["70"]), None), Kind::Added);
        assert_eq!(Kind::of(&pair(&["84"], &[]), None), Kind::Removed);
        assert_eq!(Kind::of(&pair(&["44"], &["50", "51"]), None), Kind::Split);
        assert_eq!(Kind::of(&pair(&["44", "45"], &["50"]), None), Kind::Merged);
        assert_eq!(
            Kind::of(&pair(&["44", "45"], &["50", "51"]), None),
            Kind::Merged
        );
    }

    #[test]
    fn renumbered_is_for_one_to_one_pairs() {
        assert!(renumbered(&pair(&["3"], &["4"])));
        assert!(!renumbered(&pair(&["3"], &["3"])));
        assert!(!renumbered(&pair(&["44"], &["50", "51"])));
        assert!(!renumbered(&pair(&[], &["5"])));
    }
}
