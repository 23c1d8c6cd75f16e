//! Text similarity of Russian article texts: TF-IDF cosine over 6-character word prefixes (the
//! method of the shared article map; prefixes stand in for stemming of Russian inflection).

use std::collections::BTreeMap;

const PREFIX_CHARS: usize = 6;
const MIN_WORD_CHARS: usize = 3;

/// The words of a text, lowercased, as 6-character prefixes. Lines that only record a repeal
/// ("2. Исключен Законом РК от …") are skipped: they would make unrelated amended articles
/// look alike.
pub fn tokens(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.contains("сключен Законом"))
        .flat_map(|line| line.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= MIN_WORD_CHARS && !w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.to_lowercase().chars().take(PREFIX_CHARS).collect())
        .collect()
}

type Vector = BTreeMap<String, f64>;

/// Document frequencies over every article text of both editions.
pub struct Model {
    df: BTreeMap<String, usize>,
    docs: usize,
}

impl Model {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Model {
        let mut df = BTreeMap::new();
        let mut docs = 0;
        for text in texts {
            let mut words = tokens(text);
            if words.is_empty() {
                continue;
            }
            docs += 1;
            words.sort();
            words.dedup();
            for w in words {
                *df.entry(w).or_insert(0) += 1;
            }
        }
        Model { df, docs }
    }

    /// The unit TF-IDF vector of several texts taken as one (a group of split or merged
    /// articles is compared as a whole).
    pub fn vector(&self, texts: &[&str]) -> Vector {
        let mut tf: BTreeMap<String, usize> = BTreeMap::new();
        for w in texts.iter().flat_map(|t| tokens(t)) {
            *tf.entry(w).or_insert(0) += 1;
        }
        let n = self.docs as f64;
        let mut v: Vector = tf
            .into_iter()
            .map(|(w, c)| {
                let df = self.df.get(&w).copied().unwrap_or(0) as f64;
                let idf = ((1.0 + n) / (1.0 + df)).ln() + 1.0;
                (w, (1.0 + (c as f64).ln()) * idf)
            })
            .collect();
        let norm = v.values().map(|x| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            v.values_mut().for_each(|x| *x /= norm);
        }
        v
    }
}

pub fn cosine(a: &Vector, b: &Vector) -> f64 {
    a.iter().filter_map(|(w, x)| b.get(w).map(|y| x * y)).sum()
}

/// Rounded as written to the pack and the review list.
pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lowercase_prefixes_without_numbers_or_repeal_lines() {
        assert_eq!(
            tokens("1. Государственным языком 2022 и\n2. Исключен Законом РК от 21.05.2007."),
            vec!["госуда", "языком"]
        );
    }

    #[test]
    fn identical_texts_score_one_and_disjoint_zero() {
        let m = Model::new(["земля недра воды", "президент парламент"]);
        let a = m.vector(&["земля недра воды"]);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-9);
        assert_eq!(cosine(&a, &m.vector(&["президент парламент"])), 0.0);
    }
}
