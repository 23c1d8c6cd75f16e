//! The comparison of the 1995 and 2026 constitutions: pack types and validation, word diffs,
//! moved-text detection, change kinds, the desk's notes on a pair, filters, search and the list's scrolling. Pure: tested
//! natively, used by the Compare view's components on the wasm target.

pub mod diff;
pub mod filter;
pub mod kind;
pub mod languages;
pub mod model;
pub mod moved;
pub mod pack;
pub mod pair_notes;
pub mod scroll;
pub mod search;
pub mod tokenize;
pub mod validate;
pub mod version;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
#[cfg(test)]
mod shipped_tests;
#[cfg(test)]
pub(crate) mod test_support;

use pack::CompareIndex;

/// Article changes worth showing first, e.g. on a kiosk: the first pair with an editorial
/// summary under each topic, in topic order, at most `n`.
pub fn highlights(index: &CompareIndex, n: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for topic in &index.topics {
        if out.len() >= n {
            break;
        }
        let pick = index
            .pairs
            .iter()
            .find(|p| p.summary.is_some() && p.topics.contains(&topic.id) && !out.contains(&p.id));
        if let Some(p) = pick {
            out.push(p.id.clone());
        }
    }
    out
}

#[cfg(test)]
mod highlight_tests {
    use super::*;

    #[test]
    fn one_summarised_pair_per_topic() {
        let index =
            validate::parse_index(include_str!("../../content/compare/index.json")).unwrap();
        let h = highlights(&index, 4);
        assert_eq!(h.len(), 4, "{h:?}");
        for id in &h {
            let p = index.pairs.iter().find(|p| &p.id == id).unwrap();
            assert!(p.summary.is_some(), "{id} has a summary");
        }
        let mut unique = h.clone();
        unique.dedup();
        assert_eq!(unique, h);
        assert!(highlights(&index, 0).is_empty());
    }
}
