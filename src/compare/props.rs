//! Property tests across the derivations of a comparison (diff, moved text, highlight,
//! search, filter groups and counts) on any article texts.

use super::model::CompareModel;
use crate::compare::diff::diff_pair;
use crate::compare::filter::{groups, Filter};
use crate::compare::moved::MovedIndex;
use crate::compare::search::{highlight, SearchIndex};
use crate::compare::test_support;
use crate::lang::Lang;
use proptest::prelude::*;

/// Article texts: Russian and Kazakh words, numbers, punctuation and line breaks, with
/// sentences long enough to count as moved.
fn text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Президент",
        "Курултай",
        "Халық",
        "Кеңесі",
        "определяет",
        "основные",
        "направления",
        "политики",
        "государства",
        "İstanbul",
        " ",
        " ",
        "\n",
        "1. ",
        "2) ",
        ". ",
        "; ",
        ",",
    ]);
    prop::collection::vec(piece, 1..40).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_derivation_works_on_any_texts(
        texts in prop::collection::vec(text(), 11),
        query in "[а-яА-Яәіİ .]{0,6}",
    ) {
        let mut ru = test_support::texts_ru();
        let index = test_support::index();
        for (a, t) in index["articles"].as_array().unwrap().iter().zip(&texts) {
            let (edition, number) = (a["edition"].as_str().unwrap(), a["number"].as_str().unwrap());
            if t.trim().is_empty() {
                ru[edition]["articles"].as_object_mut().unwrap().remove(number);
            } else {
                ru[edition]["articles"][number] = serde_json::json!(t);
            }
        }
        let m = CompareModel::build(&index.to_string(), &[("ru", &ru.to_string())]);
        let m = m.map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        let moved = MovedIndex::build(&m, Lang::Kk);
        for pair in &m.index().pairs {
            if let Some(d) = diff_pair(&m, pair, Lang::En) {
                let marked = moved.mark(&pair.id, d.segments);
                prop_assert_eq!(highlight(&marked, &query).len(), marked.len());
            }
        }
        let index = SearchIndex::build(&m, Lang::Ru);
        for h in index.search(&query) {
            let (t, _) = m.text(h.edition, h.number, h.lang).unwrap();
            prop_assert!(t.get(h.start..h.end).is_some());
        }
        let listed: usize = groups(&m, &Filter::default()).iter().map(|g| g.pairs.len()).sum();
        prop_assert_eq!(listed, m.index().pairs.len());
        let total: usize = m.counts().iter().map(|c| c.1).sum();
        prop_assert_eq!(total, listed);
    }
}
