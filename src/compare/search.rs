//! Search over both editions' article texts, and the ranges of a query's matches inside a
//! diff's segments for the view to highlight.
//!
//! Matching is by words, as a reader of Kazakh or Russian expects: case-insensitive over all
//! letters (Ә, І, Ң, Ғ, Ү, Ұ, Қ, Ө, Һ included), "ё" as "е", and Latin look-alikes inside a
//! Cyrillic word read as the Cyrillic letter. Each query word is cut to its stem by a simple
//! rule in the text's language ([`stem`]: in a Kazakh text plural, possessive and case
//! endings, in a Russian one a noun or adjective ending) and finds every text word that
//! starts with that stem, so "сайлау" finds "сайлауға" and
//! "сайлаудың", "президента" finds "Президент" and "Президентом", "құқық" finds "құқығы".
//! Numbers match whole ("5" is not "50"). Several words match consecutive words. A hit covers
//! the text words it matched, whole, so the reader sees the word form that was found.
//!
//! The texts are split into folded words once per model and language ([`SearchIndex`]); a
//! query only compares strings.

use super::diff::{Op, Segment};
use super::languages;
use super::model::CompareModel;
use super::pack::Edition;
use super::tokenize::{fix_lookalikes, tokens, TokenKind};
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

/// Every article text of a model, in the languages its pairs are shown in for one reader
/// language, split into folded words. Built once per model and language.
pub struct SearchIndex {
    entries: Vec<Entry>,
}

struct Entry {
    pair_id: String,
    edition: Edition,
    number: String,
    lang: Lang,
    words: Vec<Word>,
    stemming: Stemming,
}

impl SearchIndex {
    /// Reading order: pairs in index order, the old side before the new, articles in pair
    /// order. Each side is searched in the language it is shown in for texts in `lang`
    /// ([`languages::shown`]: an English reader's 1995 side in English, 2026 in Russian); an
    /// article of a pair that has none, in its own nearest language.
    pub fn build(model: &CompareModel, lang: Lang) -> SearchIndex {
        let mut entries = Vec::new();
        for pair in &model.index().pairs {
            let shown = languages::shown(model, pair, lang);
            for (edition, numbers) in [(Edition::Old, &pair.old), (Edition::New, &pair.new)] {
                let side = shown.map_or(lang, |s| s.side(edition));
                for number in numbers {
                    let Some((text, lang)) = model.text(edition, number, side) else {
                        continue;
                    };
                    entries.push(Entry {
                        pair_id: pair.id.clone(),
                        edition,
                        number: number.clone(),
                        lang,
                        words: words(text),
                        stemming: Stemming::of(text),
                    });
                }
            }
        }
        SearchIndex { entries }
    }

    /// Every match of `query` in reading order, then by position; a query without words
    /// finds nothing.
    pub fn search(&self, query: &str) -> Vec<Hit<'_>> {
        let q = Query::new(query);
        if q.words.is_empty() {
            return Vec::new();
        }
        let mut hits = Vec::new();
        for e in &self.entries {
            let found = q.find_in(&e.words, e.stemming);
            hits.extend(found.into_iter().map(|(start, end)| Hit {
                pair_id: &e.pair_id,
                edition: e.edition,
                number: &e.number,
                lang: e.lang,
                start,
                end,
            }));
        }
        hits
    }
}

/// The matches of `query` in `text`, as byte ranges.
pub fn find(text: &str, query: &str) -> Vec<(usize, usize)> {
    let q = Query::new(query);
    if q.words.is_empty() {
        return Vec::new();
    }
    q.find_in(&words(text), Stemming::of(text))
}

/// For each segment (same order and length as `segments`), the byte ranges inside its text
/// that match `query`, sorted and disjoint. Each side is searched as the reader sees it in its
/// column (Equal plus Delete or moved-out text for the old side, Equal plus Insert or moved-in
/// text for the new), article by article, so a match may span segments (a word whose suffix
/// changed is in two) but never articles. Headings get no ranges.
pub fn highlight(segments: &[Segment], query: &str) -> Vec<Vec<(usize, usize)>> {
    let mut marks: Vec<Vec<(usize, usize)>> = vec![Vec::new(); segments.len()];
    let q = Query::new(query);
    if q.words.is_empty() {
        return marks;
    }
    for edition in [Edition::Old, Edition::New] {
        let mut text = String::new();
        // (segment index, where its text starts in `text`)
        let mut parts: Vec<(usize, usize)> = Vec::new();
        let mut flush = |text: &mut String, parts: &mut Vec<(usize, usize)>| {
            for (s, e) in q.find_in(&words(text), Stemming::of(text)) {
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

/// A word of a text, folded, with where it is in the original.
struct Word {
    folded: String,
    /// Byte offsets in the original text.
    start: usize,
    end: usize,
    /// (offset in `folded`, offset in the original) of each part after a hyphen or
    /// apostrophe ("Вице-Президент": "президент" starts a part).
    parts: Vec<(usize, usize)>,
}

/// Lowercase, "ё" as "е", Latin look-alikes in Cyrillic words as Cyrillic.
pub fn fold(word: &str) -> String {
    fix_lookalikes(word)
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut at = 0;
    for t in tokens(text) {
        if t.kind == TokenKind::Word {
            let folded = fold(t.text);
            // Folding keeps the joiners: the k-th one is at the same place in both.
            let after = |s: &str| -> Vec<usize> {
                s.char_indices()
                    .filter(|&(_, c)| is_joiner(c))
                    .map(|(i, c)| i + c.len_utf8())
                    .collect()
            };
            let parts = after(&folded)
                .into_iter()
                .zip(after(t.text).into_iter().map(|o| at + o))
                .collect();
            out.push(Word {
                folded,
                start: at,
                end: at + t.text.len(),
                parts,
            });
        }
        at += t.text.len();
    }
    out
}

/// Kazakh endings, longest first: plural, possessive, case (genitive, dative, accusative,
/// locative, ablative, instrumental) and -дағы. The adjectival -ғы/-қы are left out: they
/// would cut "құқығы" to "құқы" instead of "құқығ" (of "құқық").
const KK_ENDINGS: &[&str] = &[
    "дағы", "дегі", "тағы", "тегі", "нағы", "негі", "ымыз", "іміз", "ыңыз", "іңіз", "лар", "лер",
    "дар", "дер", "тар", "тер", "ның", "нің", "дың", "дің", "тың", "тің", "нда", "нде", "дан",
    "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "мыз", "міз", "ңыз", "ңіз", "ны", "ні",
    "ды", "ді", "ты", "ті", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", "сы", "сі",
    "ша", "ше", "ың", "ің", "ым", "ім", "а", "е", "ы", "і", "н", "м",
];

/// Russian noun and adjective endings, longest first.
const RU_ENDINGS: &[&str] = &[
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ая", "яя", "ое", "ее", "ые", "ие",
    "ой", "ей", "ий", "ый", "ую", "юю", "ом", "ем", "ах", "ях", "ам", "ям", "ов", "ев", "а", "я",
    "о", "е", "ы", "и", "у", "ю", "ь",
];

/// A stem is never shorter than this, in letters.
const MIN_STEM: usize = 4;

/// Which word forms a text's words are matched with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stemming {
    Kazakh,
    Russian,
    /// Prefixes only (English).
    None,
}

impl Stemming {
    /// A Kazakh text has letters Russian lacks; any other Cyrillic text is Russian.
    pub fn of(text: &str) -> Stemming {
        if text.chars().any(|c| "әіңғүұқөһӘІҢҒҮҰҚӨҺ".contains(c)) {
            Stemming::Kazakh
        } else if text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) {
            Stemming::Russian
        } else {
            Stemming::None
        }
    }
}

/// The longest of `endings` that `s` ends with and leaves at least `MIN_STEM` letters.
fn cut(endings: &[&str], s: &str) -> Option<usize> {
    endings
        .iter()
        .filter(|e| s.ends_with(*e))
        .map(|e| s.len() - e.len())
        .find(|&k| s[..k].chars().count() >= MIN_STEM)
}

/// The stem of a folded query word: in Kazakh up to three endings taken off from the end
/// (case, possessive, plural), in Russian one; never below `MIN_STEM` letters.
pub fn stem(word: &str, stemming: Stemming) -> &str {
    let mut s = word;
    match stemming {
        Stemming::Kazakh => {
            for _ in 0..3 {
                match cut(KK_ENDINGS, s) {
                    Some(k) => s = &s[..k],
                    None => break,
                }
            }
        }
        Stemming::Russian => {
            if let Some(k) = cut(RU_ENDINGS, s) {
                s = &s[..k];
            }
        }
        Stemming::None => {}
    }
    s
}

/// The stems a Kazakh stem's text words may start with: Kazakh к/қ/п become г/ғ/б before a
/// vowel ("құқық" → "құқығы"), so either may end it.
fn with_alternation(s: &str) -> Vec<String> {
    let mut stems = vec![s.to_string()];
    let swap = |c: char| match c {
        'қ' => Some('ғ'),
        'ғ' => Some('қ'),
        'к' => Some('г'),
        'г' => Some('к'),
        'п' => Some('б'),
        'б' => Some('п'),
        _ => None,
    };
    if let Some(last) = s.chars().next_back() {
        if let (Some(other), true) = (swap(last), s.chars().count() > MIN_STEM) {
            let mut alt = s[..s.len() - last.len_utf8()].to_string();
            alt.push(other);
            stems.push(alt);
        }
    }
    stems
}

/// A query word: the stems a text word may start with (per stemming), or a number it must
/// equal.
struct QueryWord {
    kazakh: Vec<String>,
    russian: String,
    plain: String,
    number: bool,
}

impl QueryWord {
    fn new(word: &str) -> QueryWord {
        let folded = fold(word);
        QueryWord {
            number: folded.chars().all(|c| c.is_ascii_digit() || c == '-'),
            kazakh: with_alternation(stem(&folded, Stemming::Kazakh)),
            russian: stem(&folded, Stemming::Russian).to_string(),
            plain: folded,
        }
    }

    fn stems(&self, stemming: Stemming) -> &[String] {
        match stemming {
            Stemming::Kazakh => &self.kazakh,
            Stemming::Russian => std::slice::from_ref(&self.russian),
            Stemming::None => std::slice::from_ref(&self.plain),
        }
    }

    /// Where in `w` this query word matches: at its start, or (`parts`, not for numbers)
    /// where a part of it starts.
    fn matches(&self, w: &Word, parts: bool, stemming: Stemming) -> Option<usize> {
        if self.number {
            let rest = w.folded.strip_prefix(self.plain.as_str())?;
            return (rest.is_empty() || rest.starts_with('-')).then_some(w.start);
        }
        let stems = self.stems(stemming);
        let parts = w.parts.iter().copied().filter(|_| parts);
        std::iter::once((0, w.start))
            .chain(parts)
            .find(|&(f, _)| {
                let rest = &w.folded[f..];
                stems.iter().any(|s| rest.starts_with(s.as_str()))
            })
            .map(|(_, o)| o)
    }
}

struct Query {
    words: Vec<QueryWord>,
}

impl Query {
    fn new(query: &str) -> Query {
        Query {
            words: tokens(query)
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| QueryWord::new(t.text))
                .collect(),
        }
    }

    /// Non-overlapping matches in a text's words, as byte ranges of the original text.
    fn find_in(&self, words: &[Word], stemming: Stemming) -> Vec<(usize, usize)> {
        let n = self.words.len();
        let mut found = Vec::new();
        let mut i = 0;
        while i + n <= words.len() {
            let first = self.words[0].matches(&words[i], true, stemming);
            let rest_ok = self.words[1..]
                .iter()
                .zip(&words[i + 1..])
                .all(|(q, w)| q.matches(w, false, stemming) == Some(w.start));
            match first {
                Some(start) if rest_ok => {
                    found.push((start, words[i + n - 1].end));
                    i += n;
                }
                _ => i += 1,
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::diff::{diff_pair, diff_texts};
    use crate::compare::test_support::model;

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
    fn finds_case_insensitively_in_every_kazakh_letter() {
        assert_eq!(
            found("Курултай и КУРУЛТАЙ", "курултай"),
            ["Курултай", "КУРУЛТАЙ"]
        );
        assert_eq!(found("ҚАЗАҚСТАН Халық", "қазақстан"), ["ҚАЗАҚСТАН"]);
        let upper = "ӘДІЛ ІШКІ ҢҒ ҒАСЫР ҮЙ ҰЛТ ҚАЛА ӨҢІР ҺАУА";
        let lower = "әділ ішкі ңғ ғасыр үй ұлт қала өңір һауа";
        for (u, l) in upper.split(' ').zip(lower.split(' ')) {
            assert_eq!(found(upper, l), [u], "{l}");
            assert_eq!(found(lower, u), [l], "{u}");
        }
        assert_eq!(found("Ёлка и елка", "ЕЛКА"), ["Ёлка", "елка"]);
    }

    #[test]
    fn kazakh_word_forms() {
        let t = "Сайлау өткізіледі. Сайлауға қатысады; сайлаудың нәтижесі, сайлаулар.";
        assert_eq!(
            found(t, "сайлау"),
            ["Сайлау", "Сайлауға", "сайлаудың", "сайлаулар"]
        );
        // An inflected query finds the other forms too.
        assert_eq!(found(t, "сайлауға").len(), 4);
        assert_eq!(found(t, "Сайлаудың").len(), 4);
        let t = "адамның құқықтары, азаматтың құқығы, құқық, құқылы";
        assert_eq!(found(t, "құқық"), ["құқықтары", "құқығы", "құқық"]);
        assert_eq!(found(t, "құқығы"), ["құқықтары", "құқығы", "құқық"]);
        assert_eq!(found(t, "құқықтары"), ["құқықтары", "құқығы", "құқық"]);
        let t = "Парламенттің, Парламентке, Парламент, Құрылтайдың, Құрылтайға";
        assert_eq!(found(t, "парламенттің").len(), 3);
        assert_eq!(found(t, "құрылтай"), ["Құрылтайдың", "Құрылтайға"]);
        assert_eq!(
            found("4-бабы, 4-бапта, 5-бап, құқық", "4-бап"),
            ["4-бабы", "4-бапта"]
        );
        // Short words keep their letters: "адам" is not cut to "ада".
        assert_eq!(found("адам адал ада", "адам"), ["адам"]);
    }

    #[test]
    fn russian_word_forms() {
        let t = "Президент, Президента, Президентом, президентский, Вице-Президент.";
        assert_eq!(found(t, "президент").len(), 5);
        assert_eq!(found(t, "президента").len(), 5);
        assert_eq!(found(t, "Вице-Президент"), ["Вице-Президент"]);
        // A part after a hyphen starts a word too; the hit is the part to the word's end.
        assert_eq!(found("Вице-Президента", "президент"), ["Президента"]);
        assert_eq!(found("выборы, выборов, выборах", "выборы").len(), 3);
        assert_eq!(found("жизнь и жизни", "жизнь"), ["жизнь", "жизни"]);
        assert_eq!(
            found("Конституции, Конституция", "конституции"),
            ["Конституции", "Конституция"]
        );
    }

    #[test]
    fn words_start_matches_and_numbers_match_whole() {
        assert_eq!(found("гарант и антенна", "ант"), ["антенна"]);
        // A number joined to its ending is one word: found whole.
        assert_eq!(
            found("статья 5, статья 50, 5-тармақ", "5"),
            ["5", "5-тармақ"]
        );
        assert_eq!(found("83-1 және 83", "83-1"), ["83-1"]);
        assert_eq!(found("ааа", "аа"), ["ааа"]);
    }

    #[test]
    fn phrases_match_consecutive_words() {
        assert_eq!(
            found("Статья\u{a0}5,\nстатья  5", " статья 5 "),
            ["Статья\u{a0}5", "статья  5"]
        );
        assert_eq!(
            found(
                "Қазақстан Халық Кеңесі және халық кеңесінің",
                "халық кеңесі"
            ),
            ["Халық Кеңесі", "халық кеңесінің"]
        );
        assert_eq!(
            found("халық, бірақ кеңес", "халық кеңес"),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn latin_lookalikes_in_a_query_are_cyrillic() {
        assert_eq!(found("Біз, біртұтас", "Бiз"), ["Біз"]);
        assert_eq!(found("Мәжіліс", "мəжіліс"), ["Мәжіліс"]);
        assert_eq!(found("iPhone", "iphone"), ["iPhone"]);
    }

    #[test]
    fn stems() {
        for (w, s) in [
            ("сайлауға", "сайлау"),
            ("сайлаудың", "сайлау"),
            ("құқықтары", "құқық"),
            ("парламенттің", "парламент"),
            ("құрылтайдың", "құрылтай"),
            ("азаматтарының", "азамат"),
            ("президента", "президент"),
            ("президентом", "президент"),
            ("адам", "адам"),
            ("үй", "үй"),
        ] {
            let lang = Stemming::of(w);
            assert_eq!(stem(w, lang), s, "{w}");
        }
        assert_eq!(
            Stemming::of("сайлау"),
            Stemming::Russian,
            "no Kazakh letter in it"
        );
        assert_eq!(stem("сайлаудың", Stemming::Kazakh), "сайлау");
        assert_eq!(stem("сайлау", Stemming::Kazakh), "сайлау");
        assert_eq!(stem("президентке", Stemming::Kazakh), "президент");
        assert_eq!(stem("president", Stemming::None), "president");
        assert_eq!(Stemming::of("President"), Stemming::None);
    }

    #[test]
    fn empty_queries_find_nothing() {
        assert_eq!(find("текст", ""), []);
        assert_eq!(find("текст", " \n"), []);
        assert_eq!(find("текст", " , . "), []);
        let m = model();
        assert_eq!(SearchIndex::build(&m, Lang::Ru).search("  "), []);
    }

    #[test]
    fn offsets_survive_length_changing_lowercase() {
        // 'İ' (2 bytes) lowercases to "i̇" (3 bytes).
        let t = "İİ Istanbul İstanbul";
        assert_eq!(found(t, "i̇stanbul"), ["İstanbul"]);
        assert_eq!(found(t, "istanbul"), ["Istanbul"]);
        for (s, e) in find("İstanbul-İstanbul Әділ", "istanbul") {
            assert!(s < e);
        }
    }

    #[test]
    fn search_in_reading_order() {
        let m = model();
        let index = SearchIndex::build(&m, Lang::Ru);
        let hits = index.search("жизн");
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
        assert_eq!(lang, Lang::Ru);
        assert!(text[h.start..h.end].starts_with("жизн"));
        assert!(h.start > hits[0].start);
    }

    #[test]
    fn search_uses_the_language_the_pair_is_shown_in() {
        let m = model();
        let index = SearchIndex::build(&m, Lang::En);
        // English texts: old article 1 is shown (and searched) in English, new 1 in Russian.
        let hits = index.search("democratic");
        let at: Vec<(Edition, &str, Lang)> =
            hits.iter().map(|h| (h.edition, h.number, h.lang)).collect();
        assert_eq!(at, [(Edition::Old, "1", Lang::En)]);
        let hits = index.search("демократическое");
        let at: Vec<(Edition, &str, Lang)> =
            hits.iter().map(|h| (h.edition, h.number, h.lang)).collect();
        assert_eq!(at, [(Edition::New, "1", Lang::Ru)]);
        // Russian texts: both sides in Russian.
        let index = SearchIndex::build(&m, Lang::Ru);
        assert_eq!(index.search("democratic"), []);
        let hits = index.search("демократическое");
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
        let marks = highlight(&d, "курултай");
        assert_eq!(d[2].text, "Курултай");
        assert_eq!(marks[2], [(0, 16)]);
        assert!(
            marks[1].is_empty(),
            "the deleted word is not on the new side"
        );
        // A phrase across segments is cut at their edges; punctuation between words is
        // passed over.
        let marks = highlight(&d, "орган – курултай");
        assert_eq!(marks[0], [(13, 28)]);
        assert_eq!(marks[2], [(0, 16)]);
        assert!(marks[1].is_empty());
    }

    #[test]
    fn highlight_finds_a_word_split_by_a_suffix_change() {
        let d = diff_texts("адамның құқықтары", "адамның құқығы");
        let texts: Vec<&str> = d.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(texts, ["адамның құқы", "қтары", "ғы"]);
        // The shared stem is lit once (both sides join), then each side's ending.
        let marks = highlight(&d, "құқығы");
        assert_eq!(marks, [vec![(15, 23)], vec![(0, 10)], vec![(0, 4)]]);
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

    proptest! {
        #[test]
        fn hits_are_char_aligned_and_cover_whole_words(
            text in "[aAiIİıKkK Ққ\u{307}σΣς\n-]{0,40}|\\PC{0,40}",
            query in "[aiIİKkQқ\u{307}Σς ]{1,4}",
        ) {
            for (s, e) in find(&text, &query) {
                prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e) && s < e);
                // A hit ends where its word does.
                let after = text[e..].chars().next();
                prop_assert!(after.is_none_or(|c| !c.is_alphanumeric()));
            }
        }

        #[test]
        fn a_word_taken_from_the_text_is_found(text in "[а-яәіңғүұқөһА-Я0-9 ,.-]{1,60}", k in 0usize..20) {
            let ws = words(&text);
            if !ws.is_empty() {
                let w = &ws[k % ws.len()];
                let q = &text[w.start..w.end];
                let hits = find(&text, q);
                prop_assert!(hits.iter().any(|&(s, e)| s <= w.start && e >= w.end), "{:?} in {:?}", q, text);
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
