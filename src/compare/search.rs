//! Case-insensitive search over both editions' article texts, and the ranges of a query's
//! matches inside a diff's segments for the view to highlight.
//!
//! Matching is on a folded copy of the text: every character lowercased on its own
//! (`char::to_lowercase`), and every whitespace run made one space, so "Статья  5" with a
//! newline or a no-break space still matches "статья 5". A match counts only where it starts
//! and ends on whole characters of the original, so offsets always fall on character
//! boundaries, even where lowercasing changes a character's length ('İ' → "i̇").

use super::diff::{Op, Segment};
use super::model::CompareModel;
use super::pack::Edition;
use crate::lang::Lang;

/// A match in one article's text (as [`CompareModel::text`] gives it, in `lang`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit<'a> {
    pub pair_id: &'a str,
    pub edition: Edition,
    pub number: &'a str,
    pub lang: Lang,
    /// Byte offsets in the article text.
    pub start: usize,
    pub end: usize,
}

/// Every match of `query` (trimmed; empty finds nothing) in reading order: pairs in index
/// order, the old side before the new, articles in pair order, then by position. Each pair is
/// searched in the language it is shown in ([`CompareModel::pair_language`]); an article of a
/// pair that has none is searched in its own nearest language.
pub fn search<'a>(model: &'a CompareModel, query: &str, lang: Lang) -> Vec<Hit<'a>> {
    let needle = Folded::of(query.trim()).text;
    let mut hits = Vec::new();
    if needle.is_empty() {
        return hits;
    }
    for pair in &model.index().pairs {
        let shown = model.pair_language(pair, lang).unwrap_or(lang);
        for (edition, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
            for number in numbers {
                let Some((text, lang)) = model.text(edition, number, shown) else {
                    continue;
                };
                hits.extend(
                    Folded::of(text)
                        .find(&needle)
                        .into_iter()
                        .map(|(start, end)| Hit {
                            pair_id: &pair.id,
                            edition,
                            number,
                            lang,
                            start,
                            end,
                        }),
                );
            }
        }
    }
    hits
}

/// The matches of `query` in `text`, as byte ranges.
#[cfg(test)]
fn find(text: &str, query: &str) -> Vec<(usize, usize)> {
    let needle = Folded::of(query.trim()).text;
    if needle.is_empty() {
        return Vec::new();
    }
    Folded::of(text).find(&needle)
}

/// For each segment (same order and length as `segments`), the byte ranges inside its text
/// that match `query`, sorted and disjoint. Each side is searched as the reader sees it in its
/// column (Equal plus Delete or moved-out text for the old side, Equal plus Insert or moved-in
/// text for the new), article by article, so a match may span segments but never articles.
/// Headings get no ranges.
pub fn highlight(segments: &[Segment], query: &str) -> Vec<Vec<(usize, usize)>> {
    let mut marks: Vec<Vec<(usize, usize)>> = vec![Vec::new(); segments.len()];
    let needle = Folded::of(query.trim()).text;
    if needle.is_empty() {
        return marks;
    }
    for edition in [Edition::Old, Edition::New] {
        let mut text = String::new();
        // (segment index, where its text starts in `text`)
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut flush = |text: &mut String, parts: &mut Vec<(usize, usize)>| {
            for (s, e) in Folded::of(text).find(&needle) {
                for &(k, at) in parts.iter() {
                    let len = segments.get(k).map_or(0, |seg| seg.text.len());
                    if s < at + len && e > at {
                        if let Some(m) = marks.get_mut(k) {
                            m.push((s.max(at) - at, e.min(at + len) - at));
                        }
                    }
                }
            }
            text.clear();
            parts.clear();
        };
        for (k, seg) in segments.iter().enumerate() {
            let on_side = seg.on_side(edition);
            if seg.op == Op::Heading(edition) {
                flush(&mut text, &mut parts);
            } else if on_side {
                parts.push((k, text.len()));
                text.push_str(&seg.text);
            }
        }
        flush(&mut text, &mut parts);
    }
    for m in &mut marks {
        // An Equal segment is searched on both sides: join what the two found.
        m.sort_unstable();
        let mut joined: Vec<(usize, usize)> = Vec::with_capacity(m.len());
        for &(s, e) in m.iter() {
            match joined.last_mut() {
                Some(last) if s <= last.1 => last.1 = last.1.max(e),
                _ => joined.push((s, e)),
            }
        }
        *m = joined;
    }
    marks
}

/// Where repeated Enter in the search box has got to among a query's hits (in reading order,
/// one entry per hit: the id of its pair). Nowhere until the first Enter, which goes to the
/// first hit (Shift+Enter: to the last); then on, or back, round the ends. A new query starts
/// from nowhere again (`Cursor::default()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor(Option<usize>);

impl Cursor {
    /// The hit Enter last went to, if it is still one of `len` hits.
    pub fn current(self, len: usize) -> Option<usize> {
        self.0.filter(|&at| at < len)
    }

    /// One Enter (`back`: Shift+Enter) over `len` hits; `None` when there are none to go to.
    pub fn step(self, len: usize, back: bool) -> Option<Cursor> {
        let last = len.checked_sub(1)?;
        let at = match (self.current(len), back) {
            (None, false) => 0,
            (None, true) => last,
            (Some(at), false) if at == last => 0,
            (Some(at), false) => at + 1,
            (Some(0), true) => last,
            (Some(at), true) => at - 1,
        };
        Some(Cursor(Some(at)))
    }

    /// Which of the hits in pair `pair_id` is current, counted within that pair, if the
    /// current hit is in it.
    pub fn in_pair<S: AsRef<str>>(self, hits: &[S], pair_id: &str) -> Option<usize> {
        let at = self.current(hits.len())?;
        (hits[at].as_ref() == pair_id)
            .then(|| hits[..at].iter().filter(|h| h.as_ref() == pair_id).count())
    }
}

/// A folded copy of a text, with where each original character's folded form starts.
struct Folded {
    text: String,
    /// (offset in `text`, offset in the original) at the start of each kept original
    /// character, and at the end; strictly increasing in both.
    bounds: Vec<(usize, usize)>,
}

impl Folded {
    fn of(s: &str) -> Folded {
        let mut text = String::with_capacity(s.len());
        let mut bounds = Vec::with_capacity(s.len() / 2 + 1);
        let mut in_space = false;
        for (i, c) in s.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    bounds.push((text.len(), i));
                    text.push(' ');
                }
                in_space = true;
            } else {
                bounds.push((text.len(), i));
                text.extend(c.to_lowercase());
                in_space = false;
            }
        }
        bounds.push((text.len(), s.len()));
        Folded { text, bounds }
    }

    /// The original offset where folded offset `at` starts a character, if it does.
    fn original(&self, at: usize) -> Option<usize> {
        let k = self.bounds.binary_search_by_key(&at, |&(f, _)| f).ok()?;
        self.bounds.get(k).map(|&(_, o)| o)
    }

    /// Non-overlapping matches of a folded, non-empty `needle`, as original byte ranges.
    fn find(&self, needle: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(k) = self.text.get(from..).and_then(|rest| rest.find(needle)) {
            let (a, b) = (from + k, from + k + needle.len());
            match (self.original(a), self.original(b)) {
                (Some(s), Some(e)) => {
                    found.push((s, e));
                    from = b;
                }
                // Inside one character's folded form: try again one character on.
                _ => {
                    from = a + self.text[a..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff::{diff_pair, diff_texts};
    use crate::compare::model::test_model::model;

    fn found<'a>(text: &'a str, query: &str) -> Vec<&'a str> {
        find(text, query)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    /// The hit indices a run of Enters (`false`) and Shift+Enters (`true`) goes to.
    fn walk(len: usize, keys: &[bool]) -> Vec<Option<usize>> {
        let mut c = Cursor::default();
        keys.iter()
            .map(|&back| {
                let next = c.step(len, back);
                if let Some(n) = next {
                    c = n;
                }
                next.and_then(|n| n.current(len))
            })
            .collect()
    }

    #[test]
    fn cursor_starts_nowhere_and_enter_goes_to_the_first_hit() {
        assert_eq!(Cursor::default().current(5), None);
        assert_eq!(walk(5, &[false]), [Some(0)]);
        assert_eq!(walk(1, &[false]), [Some(0)]);
    }

    #[test]
    fn cursor_shift_enter_first_goes_to_the_last_hit() {
        assert_eq!(walk(5, &[true]), [Some(4)]);
        assert_eq!(walk(1, &[true]), [Some(0)]);
    }

    #[test]
    fn cursor_steps_on_and_wraps_round_the_end() {
        assert_eq!(
            walk(3, &[false, false, false, false, false]),
            [Some(0), Some(1), Some(2), Some(0), Some(1)]
        );
    }

    #[test]
    fn cursor_steps_back_and_wraps_round_the_start() {
        assert_eq!(
            walk(3, &[false, true, true, true]),
            [Some(0), Some(2), Some(1), Some(0)]
        );
        assert_eq!(
            walk(3, &[true, true, true, true]),
            [Some(2), Some(1), Some(0), Some(2)]
        );
    }

    #[test]
    fn cursor_with_one_hit_stays_on_it() {
        assert_eq!(walk(1, &[false, false, true, true]), [Some(0); 4]);
    }

    #[test]
    fn cursor_without_hits_goes_nowhere() {
        assert_eq!(Cursor::default().step(0, false), None);
        assert_eq!(Cursor::default().step(0, true), None);
        let on = Cursor::default().step(4, false).unwrap();
        assert_eq!(on.step(0, false), None);
        assert_eq!(on.current(0), None);
    }

    #[test]
    fn cursor_past_fewer_hits_starts_again() {
        // At hit 4 of 5, and the list is now 3 long: the next Enter goes to the first.
        let mut c = Cursor::default();
        for _ in 0..5 {
            c = c.step(5, false).unwrap();
        }
        assert_eq!(c.current(5), Some(4));
        assert_eq!(c.current(3), None);
        assert_eq!(c.step(3, false).unwrap().current(3), Some(0));
        assert_eq!(c.step(3, true).unwrap().current(3), Some(2));
    }

    #[test]
    fn cursor_counts_the_current_hit_within_its_pair() {
        let hits = ["a", "a", "b", "b", "b", "c"];
        let at = |n: usize| {
            let mut c = Cursor::default();
            for _ in 0..=n {
                c = c.step(hits.len(), false).unwrap();
            }
            c
        };
        assert_eq!(at(0).in_pair(&hits, "a"), Some(0));
        assert_eq!(at(1).in_pair(&hits, "a"), Some(1));
        assert_eq!(at(2).in_pair(&hits, "b"), Some(0));
        assert_eq!(at(4).in_pair(&hits, "b"), Some(2));
        assert_eq!(at(5).in_pair(&hits, "c"), Some(0));
        // The current hit is in another pair, or there is none.
        assert_eq!(at(2).in_pair(&hits, "a"), None);
        assert_eq!(at(0).in_pair(&hits, "zz"), None);
        assert_eq!(Cursor::default().in_pair(&hits, "a"), None);
        let owned: Vec<String> = hits.iter().map(|h| h.to_string()).collect();
        assert_eq!(at(3).in_pair(&owned, "b"), Some(1));
    }

    #[test]
    fn finds_case_insensitively() {
        assert_eq!(
            found("Курултай и КУРУЛТАЙ", "курултай"),
            ["Курултай", "КУРУЛТАЙ"]
        );
        assert_eq!(found("ҚАЗАҚСТАН Халық", "қазақстан"), ["ҚАЗАҚСТАН"]);
        assert_eq!(
            found("Статья\u{a0}5,\nстатья  5", " статья 5 "),
            ["Статья\u{a0}5", "статья  5"]
        );
        assert_eq!(found("ааа", "аа"), ["аа"]);
    }

    #[test]
    fn empty_queries_find_nothing() {
        assert_eq!(find("текст", ""), []);
        assert_eq!(find("текст", " \n"), []);
        let m = model();
        assert_eq!(search(&m, "  ", Lang::Ru), []);
    }

    #[test]
    fn offsets_survive_length_changing_lowercase() {
        // 'İ' (2 bytes) lowercases to "i̇" (3 bytes).
        let t = "İİ Istanbul İstanbul";
        assert_eq!(found(t, "i̇stanbul"), ["İstanbul"]);
        assert_eq!(found(t, "istanbul"), ["Istanbul"]);
        // A query matching only part of İ's folded form is no match.
        assert_eq!(found("İ", "i"), Vec::<&str>::new());
        assert_eq!(found("İx", "\u{307}x"), Vec::<&str>::new());
    }

    #[test]
    fn search_in_reading_order() {
        let m = model();
        let hits = search(&m, "жизн", Lang::Ru);
        let at: Vec<(&str, Edition, &str)> = hits
            .iter()
            .map(|h| (h.pair_id, h.edition, h.number))
            .collect();
        assert_eq!(
            at,
            [
                ("o4-n5-n6", Edition::Old, "4"),
                ("o4-n5-n6", Edition::Old, "4"),
                ("o4-n5-n6", Edition::New, "5"),
                ("o4-n5-n6", Edition::New, "6"),
            ]
        );
        let h = hits[1];
        let (text, lang) = m.text(h.edition, h.number, h.lang).unwrap();
        assert_eq!((lang, &text[h.start..h.end]), (Lang::Ru, "жизн"));
        assert!(h.start > hits[0].start);
    }

    #[test]
    fn search_uses_the_language_the_pair_is_shown_in() {
        let m = model();
        // Old article 1 has an English text, but its pair is shown in Russian.
        assert_eq!(search(&m, "democratic", Lang::En), []);
        let hits = search(&m, "демократическое", Lang::En);
        assert_eq!(hits.len(), 2);
        assert!(hits.iter().all(|h| h.lang == Lang::Ru));
    }

    #[test]
    fn highlight_ranges_per_segment() {
        let d = diff_texts(
            "Высший орган – Ассамблея народа.",
            "Высший орган – Курултай народа.",
        );
        let marks = highlight(&d, "орган");
        assert_eq!(d[0].text, "Высший орган – ");
        assert_eq!(marks[0], [(13, 23)]);
        assert!(marks[1..].iter().all(Vec::is_empty));
        // A match across segments is cut at their edges.
        let marks = highlight(&d, "– курултай");
        assert_eq!(d[2].text, "Курултай");
        assert_eq!(marks[0], [(24, 28)]);
        assert_eq!(marks[2], [(0, 16)]);
        assert!(
            marks[1].is_empty(),
            "the deleted word is not on the new side"
        );
    }

    #[test]
    fn highlight_never_crosses_articles_or_marks_headings() {
        let m = model();
        let d = diff_pair(&m, m.pair("o4-n5-n6").unwrap(), Lang::Ru).unwrap();
        let marks = highlight(&d.segments, "жизнь.Никто");
        assert!(marks.iter().all(Vec::is_empty));
        let marks = highlight(&d.segments, "5");
        for (seg, m) in d.segments.iter().zip(&marks) {
            if matches!(seg.op, Op::Heading(_)) {
                assert!(m.is_empty());
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::compare::diff::diff_texts;
    use proptest::prelude::*;

    fn fold(s: &str) -> String {
        Folded::of(s).text
    }

    proptest! {
        #[test]
        fn hits_are_char_aligned_and_match_the_query(
            text in "[aAiIİıKkK Ққ\u{307}σΣς\n]{0,40}|\\PC{0,40}",
            query in "[aiIİKkQқ\u{307}Σς ]{1,4}",
        ) {
            for (s, e) in find(&text, &query) {
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e);
                prop_assert_eq!(fold(&text[s..e]), fold(query.trim()));
            }
        }

        #[test]
        fn a_query_taken_from_the_text_is_found(text in "\\PC{1,40}", a in 0usize..40, len in 1usize..8) {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let s = starts[a.min(starts.len() - 1)];
            let e = starts[(a + len).min(starts.len() - 1)];
            let q = &text[s..e];
            if !q.trim().is_empty() {
                prop_assert!(!find(&text, q).is_empty(), "{:?} in {:?}", q, text);
            }
        }

        #[test]
        fn highlights_are_inside_their_segments(
            old in "[аәbБ İ.]{0,30}", new in "[аәbБ İ.]{0,30}", q in "[аәБİ]{1,2}",
        ) {
            let d = diff_texts(&old, &new);
            let marks = highlight(&d, &q);
            prop_assert_eq!(marks.len(), d.len());
            for (seg, m) in d.iter().zip(&marks) {
                let mut last = 0;
                for &(s, e) in m {
                    prop_assert!(s >= last && s < e && e <= seg.text.len());
                    prop_assert!(seg.text.is_char_boundary(s) && seg.text.is_char_boundary(e));
                    last = e;
                }
            }
        }
    }
}
