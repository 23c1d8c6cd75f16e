//! Text that moved between articles: a sentence deleted from one pair and inserted into
//! another is shown as moved ("→ Art. 50") rather than as an unrelated deletion and insertion.
//!
//! A sentence of at least [`MIN_WORDS`] words on a pair's old side is *deleted* when no sentence
//! of the same pair's new side is the same; a sentence on a pair's new side is *inserted* when
//! none of its old side is. A deleted sentence of one pair that is the same as an inserted
//! sentence of another pair moved there. "The same" means equal once normalised (lowercased,
//! whitespace collapsed, a leading paragraph number such as "1." or "2)" removed), or nearly
//! the same words: at least 90% of the shorter sentence's distinct words appear in the other,
//! and the two share at least 70% of all their distinct words (Jaccard). That catches a rule
//! moved with light edits (the 2026 text reworded a few words of several moved sentences) and
//! still rejects sentences that merely share a formula. Pairs are compared in the language
//! each is shown in ([`CompareModel::pair_language`]), and only with pairs shown in the same
//! language.

use super::diff::{push, Op, Segment};
use super::model::CompareModel;
use super::pack::Edition;
use super::tokenize::{tokens, TokenKind};
use crate::lang::Lang;
use std::collections::BTreeMap;

/// Shorter sentences ("Это определяется законом.") recur too often to say where text went.
pub const MIN_WORDS: usize = 6;

/// The moved sentences of a whole comparison in one reader language. Build once per language.
#[derive(Clone, Debug, Default)]
pub struct MovedIndex {
    /// Pair id -> sentences moved out of its old side, and the pair each went to.
    out: BTreeMap<String, Vec<(Sentence, String)>>,
    /// Pair id -> sentences moved into its new side, and the pair each came from.
    into: BTreeMap<String, Vec<(Sentence, String)>>,
}

/// Shared behind `Rc` like the model it is built from (`CompareModel`'s `PartialEq`).
impl PartialEq for MovedIndex {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl MovedIndex {
    pub fn build(model: &CompareModel, lang: Lang) -> MovedIndex {
        struct Sides<'a> {
            id: &'a str,
            lang: Lang,
            deleted: Vec<Sentence>,
            inserted: Vec<Sentence>,
        }
        let mut all: Vec<Sides> = Vec::new();
        for pair in &model.index().pairs {
            let Some(l) = model.pair_language(pair, lang) else {
                continue;
            };
            let side = |edition, numbers| -> Vec<Sentence> {
                let texts = model.side_texts(edition, numbers, l).unwrap_or_default();
                texts
                    .iter()
                    .flat_map(|&(_, text)| sentences(text).map(|(s, e)| Sentence::of(&text[s..e])))
                    .collect()
            };
            let (old, new) = (side(Edition::Old, &pair.old), side(Edition::New, &pair.new));
            let missing_from = |these: &[Sentence], others: &[Sentence]| -> Vec<Sentence> {
                these
                    .iter()
                    .filter(|s| s.words >= MIN_WORDS && !others.iter().any(|o| s.same(o)))
                    .cloned()
                    .collect()
            };
            all.push(Sides {
                id: &pair.id,
                lang: l,
                deleted: missing_from(&old, &new),
                inserted: missing_from(&new, &old),
            });
        }

        let mut index = MovedIndex::default();
        for p in &all {
            for d in &p.deleted {
                let target = all
                    .iter()
                    .filter(|q| q.id != p.id && q.lang == p.lang)
                    .find_map(|q| q.inserted.iter().find(|s| d.same(s)).map(|s| (q.id, s)));
                if let Some((to, inserted)) = target {
                    index
                        .out
                        .entry(p.id.to_string())
                        .or_default()
                        .push((d.clone(), to.to_string()));
                    index
                        .into
                        .entry(to.to_string())
                        .or_default()
                        .push((inserted.clone(), p.id.to_string()));
                }
            }
        }
        index
    }

    /// How many sentences moved out of some pair.
    pub fn count(&self) -> usize {
        self.out.values().map(Vec::len).sum()
    }

    /// `segments` (a diff of pair `pair_id` in this index's language) with the deleted and
    /// inserted text inside moved sentences turned into `MovedOut` and `MovedIn`, split at
    /// sentence boundaries where needed. Other segments are unchanged.
    pub fn mark(&self, pair_id: &str, segments: Vec<Segment>) -> Vec<Segment> {
        let (out, into) = (self.out.get(pair_id), self.into.get(pair_id));
        if out.is_none() && into.is_none() {
            return segments;
        }
        let old_marks = out.map_or(Vec::new(), |m| moved_spans(&segments, Edition::Old, m));
        let new_marks = into.map_or(Vec::new(), |m| moved_spans(&segments, Edition::New, m));
        let (mut old_pos, mut new_pos) = (0, 0);
        let mut marked = Vec::with_capacity(segments.len());
        for seg in segments {
            let (old_at, new_at) = (old_pos, new_pos);
            advance(&seg, &mut old_pos, &mut new_pos);
            match seg.op {
                Op::Delete => {
                    let to = |t: &str| Op::MovedOut { to: t.to_string() };
                    split(&mut marked, &seg.text, old_at, &old_marks, Op::Delete, to);
                }
                Op::Insert => {
                    let from = |f: &str| Op::MovedIn {
                        from: f.to_string(),
                    };
                    split(&mut marked, &seg.text, new_at, &new_marks, Op::Insert, from);
                }
                _ => push_segment(&mut marked, seg),
            }
        }
        marked
    }
}

/// Positions in the side texts that `moved_spans` builds: a segment's text counts on the
/// sides it belongs to, and a heading counts as one byte (a sentence break) on its own side.
fn advance(seg: &Segment, old_pos: &mut usize, new_pos: &mut usize) {
    match seg.op {
        Op::Heading(Edition::Old) => *old_pos += 1,
        Op::Heading(Edition::New) => *new_pos += 1,
        _ => {
            if seg.on_old_side() {
                *old_pos += seg.text.len();
            }
            if seg.on_new_side() {
                *new_pos += seg.text.len();
            }
        }
    }
}

/// Pushes a segment, merging it into the last one when the ops agree.
fn push_segment(out: &mut Vec<Segment>, seg: Segment) {
    match out.last_mut() {
        Some(last) if last.op == seg.op && !matches!(seg.op, Op::Heading(_)) => {
            last.text.push_str(&seg.text)
        }
        _ => out.push(seg),
    }
}

/// Pushes `text` (starting at `pos` in its side text) as `plain`, except the parts inside a
/// moved span, which become `moved(pair)`.
fn split(
    out: &mut Vec<Segment>,
    text: &str,
    pos: usize,
    spans: &[(usize, usize, &str)],
    plain: Op,
    moved: impl Fn(&str) -> Op,
) {
    let end = pos + text.len();
    let mut at = 0;
    for &(s, e, pair) in spans.iter().filter(|&&(s, e, _)| s < end && e > pos) {
        let (a, b) = (s.max(pos) - pos, e.min(end) - pos);
        // Spans and segments both start at character boundaries, so these slices exist.
        let (Some(before), Some(inside)) = (text.get(at..a), text.get(a..b)) else {
            continue;
        };
        push(out, plain.clone(), before);
        push(out, moved(pair), inside);
        at = b;
    }
    push(out, plain, text.get(at..).unwrap_or(""));
}

/// The spans (in the side text as `advance` counts it) of the sentences of one side of
/// `segments` that match a moved sentence, with the other pair's id.
fn moved_spans<'a>(
    segments: &[Segment],
    edition: Edition,
    moved: &'a [(Sentence, String)],
) -> Vec<(usize, usize, &'a str)> {
    let mut text = String::new();
    for seg in segments {
        let on_side = seg.on_side(edition);
        if seg.op == Op::Heading(edition) {
            text.push('\n');
        } else if on_side {
            text.push_str(&seg.text);
        }
    }
    sentences(&text)
        .filter_map(|(s, e)| {
            let sentence = Sentence::of(&text[s..e]);
            let (_, pair) = moved.iter().find(|(m, _)| m.same(&sentence))?;
            Some((s, e, pair.as_str()))
        })
        .collect()
}

/// A sentence as compared: normalised text, distinct lowercase words, and its word count.
#[derive(Clone, Debug, PartialEq)]
struct Sentence {
    norm: String,
    distinct: Vec<String>,
    words: usize,
}

impl Sentence {
    fn of(text: &str) -> Sentence {
        let body = strip_paragraph_number(text);
        let lower: String = body.chars().flat_map(char::to_lowercase).collect();
        let norm = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut distinct: Vec<String> = tokens(&norm)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text.to_string())
            .collect();
        let words = distinct.len();
        distinct.sort_unstable();
        distinct.dedup();
        Sentence {
            norm,
            distinct,
            words,
        }
    }

    fn same(&self, other: &Sentence) -> bool {
        if self.norm == other.norm {
            return true;
        }
        let (a, b) = (&self.distinct, &other.distinct);
        let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
        // The shared words are at most `small` and the union at least `large`.
        if large == 0 || small * 10 < large * 7 {
            return false;
        }
        let shared = shared_count(a, b);
        let union = a.len() + b.len() - shared;
        shared * 10 >= small * 9 && shared * 10 >= union * 7
    }
}

/// How many items two sorted, deduplicated lists share.
fn shared_count(a: &[String], b: &[String]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// `text` without a leading paragraph number ("1. ", "2) ", "3-1. ").
fn strip_paragraph_number(text: &str) -> &str {
    let t = text.trim_start();
    let digits = t
        .find(|c: char| !(c.is_ascii_digit() || c == '-'))
        .unwrap_or(t.len());
    if digits == 0 || !t.starts_with(|c: char| c.is_ascii_digit()) {
        return t;
    }
    let rest = &t[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(after) if after.is_empty() || after.starts_with(char::is_whitespace) => after,
        _ => t,
    }
}

/// Whether `s` is only a paragraph number ("1", "3-1"), so the "." after it ends no sentence.
fn is_paragraph_number(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c.is_ascii_digit() || c == '-')
}

/// The byte spans of the sentences of `text`, without surrounding whitespace. A sentence ends
/// at a newline, or after ". ; ! ? …" followed by whitespace or the end, except for the "."
/// after a paragraph number, which stays with its sentence.
fn sentences(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    let mut start: Option<usize> = None;
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            let Some(s) = start else {
                if !c.is_whitespace() {
                    start = Some(i);
                }
                continue;
            };
            let end = if c == '\n' {
                Some(i)
            } else if matches!(c, '.' | ';' | '!' | '?' | '…')
                && chars.peek().is_none_or(|&(_, n)| n.is_whitespace())
                && !is_paragraph_number(&text[s..i])
            {
                Some(i + c.len_utf8())
            } else {
                None
            };
            if let Some(e) = end {
                start = None;
                return Some((s, s + text[s..e].trim_end().len()));
            }
        }
        let s = start.take()?;
        Some((s, s + text[s..].trim_end().len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::{diff::diff_pair, test_support::side};
    use serde_json::json;

    fn spans(text: &str) -> Vec<&str> {
        sentences(text).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn sentences_keep_paragraph_numbers() {
        assert_eq!(
            spans("1. Республика – государство. Форма правления – республика.\n2. Суверенитет; единство!\n3-1) Столица"),
            [
                "1. Республика – государство.",
                "Форма правления – республика.",
                "2. Суверенитет;",
                "единство!",
                "3-1) Столица"
            ]
        );
        assert_eq!(spans("  \n "), Vec::<&str>::new());
        assert_eq!(spans("ст.5 и 1.5 раза. Да"), ["ст.5 и 1.5 раза.", "Да"]);
    }

    #[test]
    fn normalising() {
        let a = Sentence::of("2. Статус  столицы\nопределяется Законом.");
        assert_eq!(a.norm, "статус столицы определяется законом.");
        assert_eq!(a.words, 4);
        assert_eq!(strip_paragraph_number("3-1) Текст"), " Текст");
        assert_eq!(strip_paragraph_number("1995 год"), "1995 год");
        assert_eq!(strip_paragraph_number("1.5 раза"), "1.5 раза");
    }

    #[test]
    fn sameness_is_exact_or_nearly_the_same_words() {
        let s = Sentence::of;
        let base = "один два три четыре пять шесть семь восемь девять десять";
        assert!(s(base).same(&s(&format!("1. {}", base.to_uppercase()))));
        // One word of ten replaced: 9 of the shorter's 10 words, 9 shared of 11 distinct.
        assert!(s(base).same(&s(&base.replace("десять", "сто"))));
        // One word added to ten: 10 of 11 distinct.
        assert!(s(base).same(&s(&format!("{base} одиннадцать"))));
        // Two of ten replaced: only 8 of 10 words of the shorter.
        let two = base.replace("десять", "сто").replace("один", "ноль");
        assert!(!s(base).same(&s(&two)));
        // A short formula inside a long sentence is not the sentence.
        let long = format!("{base} и ещё одиннадцать двенадцать тринадцать четырнадцать");
        assert!(!s(base).same(&s(&long)));
    }

    /// Sentence A moves from old article 1 (pair a) to new article 2 (pair b).
    fn moving_model() -> CompareModel {
        let index = json!({
            "schema_version": 1,
            "old": {"title": {"en": "Old"}, "date": "1995-08-30", "version_note": {"en": "x"}},
            "new": {"title": {"en": "New"}, "date": "2026-03-15", "version_note": {"en": "x"}},
            "sources": [{"id": "s", "outlet": "o", "title": {"en": "t"}, "date": "2026-01-01",
                         "url": "https://example.org", "language": "ru"}],
            "sections": [{"edition": "old", "id": "I", "title": {"en": "I"}},
                         {"edition": "new", "id": "I", "title": {"en": "I"}}],
            "articles": [
                {"edition": "old", "number": "1", "section": "I"},
                {"edition": "old", "number": "2", "section": "I"},
                {"edition": "old", "number": "3", "section": "I"},
                {"edition": "new", "number": "1", "section": "I"},
                {"edition": "new", "number": "2", "section": "I"},
                {"edition": "new", "number": "3", "section": "I"}
            ],
            "topics": [],
            "pairs": [
                {"id": "a", "old": ["1"], "new": ["1"], "reviewed": true},
                {"id": "b", "old": ["2"], "new": ["2"], "reviewed": true},
                {"id": "c", "old": ["3"], "new": ["3"], "reviewed": true}
            ]
        });
        let texts = json!({
            "schema_version": 1, "language": "ru",
            "old": {"source": "s", "status": {"en": "x"}, "articles": {
                "1": "1. Президент является главой государства.\n2. Президент определяет основные направления внутренней и внешней политики государства.",
                "2": "Парламент является высшим представительным органом.",
                "3": "Порядок определяется законом. Суд осуществляет правосудие от имени народа и государства."
            }},
            "new": {"source": "s", "status": {"en": "x"}, "articles": {
                "1": "Президент является главой государства.",
                "2": "1. Курултай является высшим представительным органом.\n2. Президент  определяет основные направления внутренней и внешней политики государства.",
                "3": "Суд осуществляет правосудие от имени народа. Порядок определяется законом."
            }}
        });
        CompareModel::build(&index.to_string(), &[("ru", &texts.to_string())]).unwrap()
    }

    #[test]
    fn a_sentence_moved_between_articles_is_marked_on_both_sides() {
        let m = moving_model();
        let moved = MovedIndex::build(&m, Lang::Ru);
        assert_eq!(moved.count(), 1);

        let a = diff_pair(&m, m.pair("a").unwrap(), Lang::Ru)
            .unwrap()
            .segments;
        let a_marked = moved.mark("a", a.clone());
        let out: Vec<&Segment> = a_marked
            .iter()
            .filter(|s| matches!(s.op, Op::MovedOut { .. }))
            .collect();
        assert_eq!(out.len(), 1, "{a_marked:?}");
        assert_eq!(out[0].op, Op::MovedOut { to: "b".into() });
        assert_eq!(
            out[0].text,
            "2. Президент определяет основные направления внутренней и внешней политики государства."
        );
        // Marking changes ops, never the text of either side.
        assert_eq!(side(&a_marked, Edition::Old), side(&a, Edition::Old));
        assert_eq!(side(&a_marked, Edition::New), side(&a, Edition::New));
        // The newline before the moved sentence stays a plain deletion.
        assert!(
            a_marked
                .iter()
                .any(|s| s.op == Op::Delete && s.text == "\n"),
            "{a_marked:?}"
        );

        let b = diff_pair(&m, m.pair("b").unwrap(), Lang::Ru)
            .unwrap()
            .segments;
        let b_marked = moved.mark("b", b.clone());
        let into: Vec<&Segment> = b_marked
            .iter()
            .filter(|s| matches!(s.op, Op::MovedIn { .. }))
            .collect();
        assert_eq!(into.len(), 1, "{b_marked:?}");
        assert_eq!(into[0].op, Op::MovedIn { from: "a".into() });
        assert!(into[0].text.ends_with("политики государства."), "{into:?}");
        assert_eq!(side(&b_marked, Edition::New), side(&b, Edition::New));
        // The change of "Парламент" to "Курултай" is an ordinary change.
        assert!(b_marked
            .iter()
            .any(|s| s.op == Op::Insert && s.text.contains("Курултай")));
    }

    #[test]
    fn reordering_within_a_pair_and_short_sentences_are_not_moves() {
        let m = moving_model();
        let moved = MovedIndex::build(&m, Lang::Ru);
        let c = diff_pair(&m, m.pair("c").unwrap(), Lang::Ru)
            .unwrap()
            .segments;
        assert_eq!(moved.mark("c", c.clone()), c);
        assert_eq!(moved.mark("nope", c.clone()), c);
    }

    #[test]
    fn no_texts_no_moves() {
        let m =
            CompareModel::build(&crate::compare::test_support::index().to_string(), &[]).unwrap();
        let moved = MovedIndex::build(&m, Lang::Ru);
        assert!(moved.out.is_empty() && moved.into.is_empty(), "{moved:?}");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sentences_are_trimmed_ordered_and_inside_the_text(t in "[а-я0-9 .;!?\n)-]{0,80}|\\PC{0,40}") {
            let mut last = 0;
            for (s, e) in sentences(&t) {
                prop_assert!(s >= last && s < e && e <= t.len());
                let span = &t[s..e];
                prop_assert_eq!(span.trim(), span);
                last = e;
            }
        }

        #[test]
        fn marking_keeps_both_sides(old in "[а-я .\n]{0,60}", new in "[а-я .\n]{0,60}") {
            // Pretend every sentence moved, to exercise the splitting.
            let segments = crate::compare::diff::diff_texts(&old, &new);
            let all = |text: &str| -> Vec<(Sentence, String)> {
                sentences(text).map(|(s, e)| (Sentence::of(&text[s..e]), "x".to_string())).collect()
            };
            let mut index = MovedIndex::default();
            index.out.insert("p".into(), all(&old));
            index.into.insert("p".into(), all(&new));
            let marked = index.mark("p", segments.clone());
            use crate::compare::test_support::side;
            prop_assert_eq!(side(&marked, Edition::Old), side(&segments, Edition::Old));
            prop_assert_eq!(side(&marked, Edition::New), side(&segments, Edition::New));
        }
    }
}
