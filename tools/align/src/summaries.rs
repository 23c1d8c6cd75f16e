//! Pair summaries from key_changes_1995_vs_2026.json. Those are English paraphrases of the two
//! Russian texts; they are copied as they are (English only, never translated) onto the pairs
//! whose articles their references name.

use crate::align::{Group, Side};
use crate::input::{Article, KeyChange};

/// One article a change refers to; `whole` is false for a paragraph reference ("46(2)").
#[derive(Clone, Debug, PartialEq)]
pub struct Ref {
    pub side: Side,
    pub index: usize,
    pub whole: bool,
}

/// Parses references such as "old 49-57 -> new 52-56", "new 56(13),(16),(17), 63(2)" or
/// "Whole document" (no article). An unknown article or form is an error, so that a change
/// in the shared file cannot silently lose its pairs.
pub fn parse_refs(refs: &str, old: &[Article], new: &[Article]) -> Result<Vec<Ref>, String> {
    if refs.trim() == "Whole document" {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for part in refs.split("->") {
        let part = part.trim();
        let (side, list, rest) = if let Some(rest) = part.strip_prefix("old ") {
            (Side::Old, old, rest)
        } else if let Some(rest) = part.strip_prefix("new ") {
            (Side::New, new, rest)
        } else {
            return Err(format!("cannot read article references {refs:?}"));
        };
        let find = |n: &str| {
            list.iter()
                .position(|a| a.number == n)
                .ok_or_else(|| format!("{refs:?} names unknown article {n}"))
        };
        for item in rest.split(',').map(str::trim) {
            if item.starts_with('(') {
                continue; // "56(13),(16)": another paragraph of the article before
            }
            let (number, whole) = match item.split_once('(') {
                Some((n, _)) => (n, false),
                None => (item, true),
            };
            // "49-57" is a range; "83-1" is an article number.
            let range = number.split_once('-').and_then(|(a, b)| {
                let (a, b) = (a.parse::<u32>().ok()?, b.parse::<u32>().ok()?);
                (b > a).then_some((a, b))
            });
            match range {
                Some((a, b)) => {
                    for n in a..=b {
                        out.push(Ref {
                            side,
                            index: find(&n.to_string())?,
                            whole,
                        });
                    }
                }
                None => out.push(Ref {
                    side,
                    index: find(number)?,
                    whole,
                }),
            }
        }
    }
    Ok(out)
}

/// The change summarising a pair, if any names its articles. When several do, the best fit
/// wins: one naming both sides of the pair, then one naming a whole article rather than a
/// paragraph, then the most specific (fewest articles named), then the first in the file.
pub fn pick(g: &Group, refs: &[Vec<Ref>]) -> Option<usize> {
    refs.iter()
        .enumerate()
        .filter_map(|(c, r)| {
            let hits: Vec<&Ref> = r.iter().filter(|x| g.contains(x.side, x.index)).collect();
            if hits.is_empty() {
                return None;
            }
            let sides = [Side::Old, Side::New]
                .iter()
                .filter(|&&s| hits.iter().any(|h| h.side == s))
                .count();
            let whole = hits.iter().any(|h| h.whole);
            Some((
                (
                    sides,
                    whole,
                    std::cmp::Reverse(r.len()),
                    std::cmp::Reverse(c),
                ),
                c,
            ))
        })
        .max()
        .map(|(_, c)| c)
}

/// The summary text: the change's two descriptions, as written, labelled by edition. A "—"
/// for 1995 (nothing to compare) is left out.
pub fn text(c: &KeyChange) -> String {
    let sentence = |s: &str| {
        let s = s.trim();
        if s.ends_with(['.', '!', '?']) {
            s.to_string()
        } else {
            format!("{s}.")
        }
    };
    let new = format!("2026 Constitution: {}", sentence(&c.new_2026));
    match c.old_1995_as_amended_2022.trim() {
        "—" | "-" | "" => new,
        old => format!("1995 Constitution (as amended): {} {new}", sentence(old)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arts(numbers: &[&str]) -> Vec<Article> {
        numbers
            .iter()
            .map(|n| Article {
                number: n.to_string(),
                section: "I".into(),
                section_title: String::new(),
                text: String::new(),
                notes: Vec::new(),
                applied: Vec::new(),
            })
            .collect()
    }

    #[test]
    fn parses_ranges_paragraphs_and_hyphenated_numbers() {
        let old = arts(&["1", "2", "3", "83", "83-1"]);
        let new = arts(&["1", "2", "3", "4"]);
        let r = parse_refs("old 1-3, 83-1 -> new 4(2),(3), 2", &old, &new).unwrap();
        let got: Vec<(Side, usize, bool)> = r.iter().map(|x| (x.side, x.index, x.whole)).collect();
        assert_eq!(
            got,
            vec![
                (Side::Old, 0, true),
                (Side::Old, 1, true),
                (Side::Old, 2, true),
                (Side::Old, 4, true),
                (Side::New, 3, false),
                (Side::New, 1, true),
            ]
        );
        assert!(parse_refs("Whole document", &old, &new).unwrap().is_empty());
        assert!(parse_refs("new 9", &old, &new).is_err());
    }

    #[test]
    fn prefers_both_sides_then_whole_then_specific() {
        let g = Group {
            old: vec![1],
            new: vec![1],
        };
        let r = |side, index, whole| Ref { side, index, whole };
        let refs = vec![
            vec![r(Side::New, 1, false), r(Side::New, 5, true)],
            vec![r(Side::New, 1, false)],
            vec![r(Side::Old, 1, false), r(Side::New, 1, false)],
        ];
        assert_eq!(pick(&g, &refs), Some(2));
        assert_eq!(pick(&g, &refs[..2]), Some(1));
        assert_eq!(pick(&Group::default(), &refs), None);
    }
}
