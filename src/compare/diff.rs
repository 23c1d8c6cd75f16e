//! Word-level diffs of article texts (Myers, via `similar`, over our own tokens).
//!
//! Whitespace: texts are trimmed, and any two whitespace runs compare equal, so a diff has no
//! insertion or deletion exactly when [`eq_ignoring_whitespace`] holds. The Equal segments
//! carry the new text's whitespace; so the Equal and Insert segments give back the trimmed new
//! text exactly, and the Equal and Delete segments give back the trimmed old text up to the
//! content of whitespace runs.
//!
//! A pair with several articles on a side (split, merged) is diffed as one text per side: the
//! articles' texts in pair order. Each article's start is marked by a `Heading` segment with
//! its number, placed in the stream where that side's text for the article begins, so the
//! inline view can print "Art. 50" there and the side-by-side view can start a new block in
//! that side's column. Every pair's diff starts with its headings, one-to-one pairs included;
//! old headings come before new ones at the same place.
//!
//! [`eq_ignoring_whitespace`]: super::tokenize::eq_ignoring_whitespace

use super::model::CompareModel;
use super::pack::{Edition, Pair};
use super::tokenize::{tokens, Token, TokenKind};
use crate::lang::Lang;
use std::hash::{Hash, Hasher};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    /// In both editions.
    Equal,
    /// Only in the new edition.
    Insert,
    /// Only in the old edition.
    Delete,
    /// Deleted here, found in the new side of pair `to` (see `moved`).
    MovedOut { to: String },
    /// Inserted here, found in the old side of pair `from`.
    MovedIn { from: String },
    /// The start of an article of this edition; the segment's text is its number.
    Heading(Edition),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    pub op: Op,
    pub text: String,
}

impl Segment {
    /// Whether the segment is text of the old edition (for its column in side-by-side).
    pub fn on_old_side(&self) -> bool {
        matches!(self.op, Op::Equal | Op::Delete | Op::MovedOut { .. })
    }

    /// Whether the segment is text of the new edition.
    pub fn on_new_side(&self) -> bool {
        matches!(self.op, Op::Equal | Op::Insert | Op::MovedIn { .. })
    }

    /// Whether the segment is text of `edition`.
    pub fn on_side(&self, edition: Edition) -> bool {
        match edition {
            Edition::Old => self.on_old_side(),
            Edition::New => self.on_new_side(),
        }
    }
}

/// The text of one edition's column, headings left out: what a diff must give back exactly.
pub fn side_text(segments: &[Segment], edition: Edition) -> String {
    segments
        .iter()
        .filter(|s| s.on_side(edition))
        .map(|s| s.text.as_str())
        .collect()
}

/// A pair's diff and the language its texts are in (maybe a fallback for the reader's).
#[derive(Clone, Debug, PartialEq)]
pub struct PairDiff {
    pub lang: Lang,
    pub segments: Vec<Segment>,
}

/// The diff of `pair` in its [`CompareModel::pair_language`] for `lang`; `None` when no
/// language has texts for all of its articles.
pub fn diff_pair(model: &CompareModel, pair: &Pair, lang: Lang) -> Option<PairDiff> {
    let lang = model.pair_language(pair, lang)?;
    let old = model.side_texts(Edition::Old, &pair.old, lang)?;
    let new = model.side_texts(Edition::New, &pair.new, lang)?;
    Some(PairDiff {
        lang,
        segments: diff_sides(&Side::of(&old), &Side::of(&new)),
    })
}

/// The diff of two texts, without headings.
pub fn diff_texts(old: &str, new: &str) -> Vec<Segment> {
    let side = |text| Side {
        toks: tokens(str::trim(text)).map(Tok).collect(),
        starts: Vec::new(),
    };
    diff_sides(&side(old), &side(new))
}

/// A token as the diff sees it: whitespace runs all equal each other.
#[derive(Clone, Copy, Debug)]
struct Tok<'a>(Token<'a>);

impl PartialEq for Tok<'_> {
    fn eq(&self, other: &Self) -> bool {
        let space = TokenKind::Space;
        match (self.0.kind == space, other.0.kind == space) {
            (true, true) => true,
            (false, false) => self.0.text == other.0.text,
            _ => false,
        }
    }
}

impl Eq for Tok<'_> {}

impl Hash for Tok<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        // Consistent with `eq`: one hash for all whitespace.
        if self.0.kind == TokenKind::Space {
            " ".hash(state);
        } else {
            self.0.text.hash(state);
        }
    }
}

/// One side of a diff: its tokens, and where each article's tokens begin.
struct Side<'a> {
    toks: Vec<Tok<'a>>,
    starts: Vec<(usize, &'a str)>,
}

impl<'a> Side<'a> {
    fn of(articles: &[(&'a str, &'a str)]) -> Side<'a> {
        let mut side = Side {
            toks: Vec::new(),
            starts: Vec::new(),
        };
        for &(number, text) in articles {
            side.starts.push((side.toks.len(), number));
            side.toks.extend(tokens(text.trim()).map(Tok));
        }
        side
    }

    /// How good a place the boundary before token `k` is for a change to start or end: best
    /// at an article's edge, then at a line break, after a sentence, at a space, at other
    /// punctuation, and worst inside a word-and-punctuation run ("государства|.").
    fn boundary(&self, k: usize) -> u8 {
        let (Some(x), Some(y)) = (
            k.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(k),
        ) else {
            return 6;
        };
        let (x, y) = (x.0, y.0);
        let line_break = |t: Token| t.kind == TokenKind::Space && t.text.contains('\n');
        if self.starts.iter().any(|&(s, _)| s == k) {
            6
        } else if line_break(x) || line_break(y) {
            5
        } else if matches!(x.text, "." | ";" | "!" | "?" | "…" | ":") {
            4
        } else if x.kind == TokenKind::Space || y.kind == TokenKind::Space {
            2
        } else if x.kind == TokenKind::Punct || y.kind == TokenKind::Punct {
            1
        } else {
            0
        }
    }
}

/// What the diff produced before whitespace clean-up and merging.
enum Chunk<'a> {
    Heading(Edition, &'a str),
    Equal { old: &'a str, new: &'a str },
    Delete(&'a str),
    Insert(&'a str),
}

/// Emits the headings of `side` whose article starts at or before token `upto`.
fn headings<'a>(
    side: &Side<'a>,
    edition: Edition,
    next: &mut usize,
    upto: usize,
    out: &mut Vec<Chunk<'a>>,
) {
    while let Some(&(start, number)) = side.starts.get(*next) {
        if start > upto {
            break;
        }
        out.push(Chunk::Heading(edition, number));
        *next += 1;
    }
}

fn diff_sides(old: &Side, new: &Side) -> Vec<Segment> {
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &old.toks, &new.toks);
    let mut steps = steps(&ops);
    align(&mut steps, old, new);
    let mut chunks = Vec::new();
    let (mut i, mut j) = (0, 0);
    let (mut next_old, mut next_new) = (0, 0);
    for step in steps {
        let (len, on_old, on_new) = match step {
            Step::Equal(len) => (len, true, true),
            Step::Delete(len) => (len, true, false),
            Step::Insert(len) => (len, false, true),
        };
        for _ in 0..len {
            if on_old {
                headings(old, Edition::Old, &mut next_old, i, &mut chunks);
            }
            if on_new {
                headings(new, Edition::New, &mut next_new, j, &mut chunks);
            }
            let (o, n) = (
                old.toks.get(i).map(|t| t.0.text),
                new.toks.get(j).map(|t| t.0.text),
            );
            chunks.push(match (on_old, on_new) {
                (true, true) => Chunk::Equal {
                    old: o.unwrap_or(""),
                    new: n.unwrap_or(""),
                },
                (true, false) => Chunk::Delete(o.unwrap_or("")),
                _ => Chunk::Insert(n.unwrap_or("")),
            });
            i += usize::from(on_old);
            j += usize::from(on_new);
        }
    }
    // Articles with no tokens, at the end.
    headings(old, Edition::Old, &mut next_old, usize::MAX, &mut chunks);
    headings(new, Edition::New, &mut next_new, usize::MAX, &mut chunks);
    segments(chunks)
}

/// A run of the edit script: tokens in both sides, or in one only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Equal(usize),
    Delete(usize),
    Insert(usize),
}

/// The script as runs, a replacement as a deletion then an insertion.
fn steps(ops: &[similar::DiffOp]) -> Vec<Step> {
    let mut out = Vec::with_capacity(ops.len() + 1);
    for op in ops {
        let (tag, olds, news) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            out.push(Step::Equal(olds.len()));
            continue;
        }
        if !olds.is_empty() {
            out.push(Step::Delete(olds.len()));
        }
        if !news.is_empty() {
            out.push(Step::Insert(news.len()));
        }
    }
    out
}

/// Slides each lone deletion or insertion (between two equal runs) along the equal text
/// around it, as far as the same tokens repeat, to where its edges fall on the strongest
/// boundaries. Myers is indifferent between these placements, but a paragraph deleted whole,
/// "…государства.[\n2. Президент … государства.]", reads better than
/// "…главой [государства.\n2. Президент … политики ]государства.".
fn align(steps: &mut [Step], old: &Side, new: &Side) {
    let (mut o, mut n) = (0, 0);
    for i in 0..steps.len() {
        let (side, at, len) = match steps[i] {
            Step::Equal(len) => {
                o += len;
                n += len;
                continue;
            }
            Step::Delete(len) => (old, o, len),
            Step::Insert(len) => (new, n, len),
        };
        let equal_before = i.checked_sub(1).and_then(|k| steps.get(k).copied());
        let (Some(Step::Equal(before)), Some(Step::Equal(after))) =
            (equal_before, steps.get(i + 1).copied())
        else {
            advance(steps[i], &mut o, &mut n);
            continue;
        };
        let t = &side.toks;
        let mut left = 0;
        while left < before && left < at && t.get(at - left - 1) == t.get(at + len - left - 1) {
            left += 1;
        }
        let mut right = 0;
        while right < after && t.get(at + right) == t.get(at + len + right) {
            right += 1;
        }
        let score = |start: usize| side.boundary(start) + side.boundary(start + len);
        let mut best = at;
        for start in at - left..=at + right {
            if score(start) > score(best) {
                best = start;
            }
        }
        let (grown_before, grown_after) = if best >= at {
            (before + (best - at), after - (best - at))
        } else {
            (before - (at - best), after + (at - best))
        };
        steps[i - 1] = Step::Equal(grown_before);
        steps[i + 1] = Step::Equal(grown_after);
        o = o + grown_before - before;
        n = n + grown_before - before;
        advance(steps[i], &mut o, &mut n);
    }
}

/// Moves the old and new positions past `step`.
fn advance(step: Step, o: &mut usize, n: &mut usize) {
    match step {
        Step::Equal(len) => {
            *o += len;
            *n += len;
        }
        Step::Delete(len) => *o += len,
        Step::Insert(len) => *n += len,
    }
}

/// Merges chunks into segments. Within a run of changes, a whitespace-only Equal between two
/// changes joins the run, so "~~a b~~ x y" shows instead of "~~a~~ x ~~b~~ y"; each run then
/// reads as one deletion followed by one insertion.
fn segments(chunks: Vec<Chunk>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut run = Run::default();
    for chunk in chunks {
        match chunk {
            Chunk::Delete(t) => run.change(t, ""),
            Chunk::Insert(t) => run.change("", t),
            Chunk::Equal { old, new }
                if run.has_changes()
                    && run.gap.is_none()
                    && old.chars().all(char::is_whitespace) =>
            {
                run.gap = Some((old, new));
            }
            Chunk::Equal { new, .. } => {
                run.flush(&mut out);
                push(&mut out, Op::Equal, new);
            }
            Chunk::Heading(edition, number) => {
                run.flush(&mut out);
                out.push(Segment {
                    op: Op::Heading(edition),
                    text: number.to_string(),
                });
            }
        }
    }
    run.flush(&mut out);
    out
}

/// Changes waiting to be written, and a whitespace Equal after them that joins the run if
/// another change follows.
#[derive(Default)]
struct Run<'a> {
    deleted: String,
    inserted: String,
    gap: Option<(&'a str, &'a str)>,
}

impl<'a> Run<'a> {
    fn has_changes(&self) -> bool {
        !self.deleted.is_empty() || !self.inserted.is_empty()
    }

    fn change(&mut self, deleted: &str, inserted: &str) {
        if let Some((old, new)) = self.gap.take() {
            self.deleted.push_str(old);
            self.inserted.push_str(new);
        }
        self.deleted.push_str(deleted);
        self.inserted.push_str(inserted);
    }

    fn flush(&mut self, out: &mut Vec<Segment>) {
        if !refine(&self.deleted, &self.inserted, out) {
            push(out, Op::Delete, &self.deleted);
            push(out, Op::Insert, &self.inserted);
        }
        if let Some((_, new)) = self.gap.take() {
            push(out, Op::Equal, new);
        }
        self.deleted.clear();
        self.inserted.clear();
    }
}

/// The letters two words share at their start, in bytes, when that is a stem a reader can
/// follow: at least `MIN_STEM` letters and half the shorter word ("құқы|қтары", "құқы|ғы";
/// not "Мә|жіліс" and "Мә|слихат"). In a hyphenated word all parts but the last must agree
/// and the rule holds for the last ("Вице-Президент" and "Вице-Премьер" share none).
fn shared_stem(a: &str, b: &str) -> Option<usize> {
    let head = |w: &str| {
        w.char_indices()
            .rfind(|&(_, c)| is_joiner(c))
            .map_or(0, |(k, c)| k + c.len_utf8())
    };
    let (ha, hb) = (head(a), head(b));
    if a[..ha] != b[..hb] {
        return None;
    }
    let (ta, tb) = (&a[ha..], &b[hb..]);
    let (mut bytes, mut letters) = (0, 0);
    for (x, y) in ta.chars().zip(tb.chars()) {
        if x != y {
            break;
        }
        bytes += x.len_utf8();
        letters += 1;
    }
    let shorter = ta.chars().count().min(tb.chars().count());
    (letters >= MIN_STEM && 2 * letters >= shorter).then_some(ha + bytes)
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
}

/// Letters a shared stem has at least.
const MIN_STEM: usize = 3;

/// The most tokens on either side of a run that [`refine`] aligns (the alignment is
/// quadratic); longer runs are rewritten passages, shown whole.
const MAX_REFINE: usize = 300;

/// How an old token and a new one of a change run correspond.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// The same word or punctuation, or two whitespace runs.
    Same,
    /// Two forms of one word: the shared stem's length in bytes ("құқы|қтары", "құқы|ғы").
    Stem(usize),
}

fn link(a: &Token, b: &Token) -> Option<Link> {
    match (a.kind, b.kind) {
        (TokenKind::Space, TokenKind::Space) => Some(Link::Same),
        _ if a == b => Some(Link::Same),
        (TokenKind::Word, TokenKind::Word) => shared_stem(a.text, b.text).map(Link::Stem),
        _ => None,
    }
}

/// What a link is worth in the alignment: a kept word most, a kept stem less, whitespace and
/// punctuation least, so words line up before the spaces between them.
fn weight(a: &Token, l: Link) -> u32 {
    match (a.kind, l) {
        (TokenKind::Word, Link::Same) => 4,
        (_, Link::Stem(_)) => 3,
        _ => 1,
    }
}

/// The heaviest set of links between `old` and `new` in order (a weighted longest common
/// subsequence), as `(old index, new index, link)`.
fn align_tokens(old: &[Token], new: &[Token]) -> Vec<(usize, usize, Link)> {
    let (n, m) = (old.len(), new.len());
    // best[i][j]: the weight of the best alignment of old[i..] with new[j..].
    let mut best = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            let skip = best[i + 1][j].max(best[i][j + 1]);
            let take =
                link(&old[i], &new[j]).map_or(0, |l| weight(&old[i], l) + best[i + 1][j + 1]);
            best[i][j] = skip.max(take);
        }
    }
    let mut links = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        match link(&old[i], &new[j]) {
            Some(l) if best[i][j] == weight(&old[i], l) + best[i + 1][j + 1] => {
                links.push((i, j, l));
                i += 1;
                j += 1;
            }
            _ if best[i][j] == best[i + 1][j] => i += 1,
            _ => j += 1,
        }
    }
    links
}

/// Writes a run of changes word by word where the two sides keep enough of the same words
/// for the reader to follow, some of them with other endings ("құқықтары" → "құқығы",
/// "басталып," → "басталады және"): a shared stem as equal text and only the endings as
/// changed, so an agglutinative language's suffix change reads as one, not as the whole phrase
/// replaced; the words that differ, whole ("Парламенттің" → "Құрылтайдың" is another word).
/// Returns false, writing nothing, when no word keeps its stem or fewer than half the words
/// of the shorter side are kept (a rewritten passage reads better whole).
fn refine(deleted: &str, inserted: &str, out: &mut Vec<Segment>) -> bool {
    let old: Vec<Token> = tokens(deleted).collect();
    let new: Vec<Token> = tokens(inserted).collect();
    if old.is_empty() || new.is_empty() || old.len().max(new.len()) > MAX_REFINE {
        return false;
    }
    let links = align_tokens(&old, &new);
    let is_word = |t: &Token| t.kind == TokenKind::Word;
    if !links.iter().any(|l| matches!(l.2, Link::Stem(_))) {
        return false;
    }
    let kept = links.iter().filter(|l| is_word(&old[l.0])).count();
    let words = |ts: &[Token]| ts.iter().filter(|t| is_word(t)).count();
    if 2 * kept < words(&old).min(words(&new)) {
        return false;
    }
    // Between two links: what only one side has. A whitespace link with changes on both sides
    // joins them ("~~a b~~ x y", not "~~a~~ x ~~b~~ y").
    let mut run = Run::default();
    let (mut i, mut j) = (0, 0);
    let emit = |run: &mut Run, upto_old: usize, upto_new: usize, i: &mut usize, j: &mut usize| {
        for t in &old[*i..upto_old] {
            run.deleted.push_str(t.text);
        }
        for t in &new[*j..upto_new] {
            run.inserted.push_str(t.text);
        }
        (*i, *j) = (upto_old, upto_new);
    };
    for (k, &(li, lj, l)) in links.iter().enumerate() {
        emit(&mut run, li, lj, &mut i, &mut j);
        let (a, b) = (&old[li], &new[lj]);
        let changed_before = run.has_changes();
        let changed_after = links.get(k + 1).map_or(
            (li + 1, lj + 1) != (old.len(), new.len()),
            |&(ni, nj, _)| ni > li + 1 || nj > lj + 1,
        );
        match l {
            Link::Same if a.kind == TokenKind::Space && changed_before && changed_after => {
                run.deleted.push_str(a.text);
                run.inserted.push_str(b.text);
            }
            Link::Same => {
                flush_changes(&mut run, out);
                push(out, Op::Equal, b.text);
            }
            Link::Stem(at) => {
                flush_changes(&mut run, out);
                push(out, Op::Equal, &b.text[..at]);
                run.deleted.push_str(&a.text[at..]);
                run.inserted.push_str(&b.text[at..]);
            }
        }
        (i, j) = (li + 1, lj + 1);
    }
    emit(&mut run, old.len(), new.len(), &mut i, &mut j);
    flush_changes(&mut run, out);
    true
}

/// Writes a run's deletion then its insertion, and empties it.
fn flush_changes(run: &mut Run, out: &mut Vec<Segment>) {
    push(out, Op::Delete, &run.deleted);
    push(out, Op::Insert, &run.inserted);
    run.deleted.clear();
    run.inserted.clear();
}

/// Appends `text` as `op`, merging with the last segment when it has the same op.
pub(crate) fn push(out: &mut Vec<Segment>, op: Op, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op && !matches!(op, Op::Heading(_)) => last.text.push_str(text),
        _ => out.push(Segment {
            op,
            text: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::test_support::model;
    use crate::compare::test_support::side;

    fn seg(op: Op, text: &str) -> Segment {
        Segment {
            op,
            text: text.into(),
        }
    }

    #[test]
    fn identical_texts_give_one_equal() {
        let t = "1. Республика Казахстан – унитарное государство.";
        assert_eq!(diff_texts(t, t), [seg(Op::Equal, t)]);
        assert_eq!(diff_texts("", ""), []);
    }

    #[test]
    fn whitespace_only_changes_are_no_changes() {
        let d = diff_texts("Столица  –\nгород Астана. ", "Столица – город Астана.");
        assert_eq!(d, [seg(Op::Equal, "Столица – город Астана.")]);
    }

    #[test]
    fn pure_insertion() {
        let d = diff_texts(
            "Статус определяется законом.",
            "Статус определяется конституционным законом.",
        );
        assert_eq!(
            d,
            [
                seg(Op::Equal, "Статус определяется "),
                seg(Op::Insert, "конституционным "),
                seg(Op::Equal, "законом."),
            ]
        );
        assert_eq!(diff_texts("", "Жаңа."), [seg(Op::Insert, "Жаңа.")]);
    }

    #[test]
    fn pure_deletion() {
        let d = diff_texts(
            "Каждый имеет право на жизнь и свободу.",
            "Каждый имеет право на жизнь.",
        );
        assert_eq!(
            d,
            [
                seg(Op::Equal, "Каждый имеет право на жизнь"),
                seg(Op::Delete, " и свободу"),
                seg(Op::Equal, "."),
            ]
        );
    }

    #[test]
    fn punctuation_change() {
        let d = diff_texts("Народ, государство.", "Народ; государство.");
        assert_eq!(
            d,
            [
                seg(Op::Equal, "Народ"),
                seg(Op::Delete, ","),
                seg(Op::Insert, ";"),
                seg(Op::Equal, " государство."),
            ]
        );
    }

    #[test]
    fn kazakh_word_boundaries() {
        let d = diff_texts("Қазақстан Халық Кеңесі", "Қазақстан Халық Құрылтайы");
        assert_eq!(
            d,
            [
                seg(Op::Equal, "Қазақстан Халық "),
                seg(Op::Delete, "Кеңесі"),
                seg(Op::Insert, "Құрылтайы"),
            ]
        );
    }

    #[test]
    fn endings_inside_a_longer_change_are_shown_as_endings() {
        // 1995 Art. 49 → 2026 Art. 52, point 2, in Kazakh: another word, then a verb whose
        // ending changed and a word added after it.
        let d = diff_texts(
            "ашылған сәттен басталып, жаңадан",
            "ашылған кезден басталады және жаңадан",
        );
        assert_eq!(
            d,
            [
                seg(Op::Equal, "ашылған "),
                seg(Op::Delete, "сәттен"),
                seg(Op::Insert, "кезден"),
                seg(Op::Equal, " бастал"),
                seg(Op::Delete, "ып,"),
                seg(Op::Insert, "ады және"),
                seg(Op::Equal, " жаңадан"),
            ]
        );
        // The same article in Russian: case endings, not the whole phrase.
        let d = diff_texts(
            "Казахстан является высшим представительным органом Республики",
            "Казахстан – высший представительный орган Республики",
        );
        let texts: Vec<(&Op, &str)> = d.iter().map(|s| (&s.op, s.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (&Op::Equal, "Казахстан "),
                (&Op::Delete, "является"),
                (&Op::Insert, "–"),
                (&Op::Equal, " высши"),
                (&Op::Delete, "м"),
                (&Op::Insert, "й"),
                (&Op::Equal, " представительны"),
                (&Op::Delete, "м"),
                (&Op::Insert, "й"),
                (&Op::Equal, " орган"),
                (&Op::Delete, "ом"),
                (&Op::Equal, " Республики"),
            ]
        );
    }

    #[test]
    fn a_rewritten_phrase_stays_whole_despite_one_shared_stem() {
        // 1995 Art. 49 → 2026 Art. 52, point 3: only "тәртіп" is kept, of four words.
        let d = diff_texts(
            "көзделген реттер мен тәртіп бойынша мерзімінен",
            "көзделген жағдайда және белгіленген тәртіппен мерзімінен",
        );
        assert_eq!(
            d,
            [
                seg(Op::Equal, "көзделген "),
                seg(Op::Delete, "реттер мен тәртіп бойынша"),
                seg(Op::Insert, "жағдайда және белгіленген тәртіппен"),
                seg(Op::Equal, " мерзімінен"),
            ]
        );
        // A different word is replaced whole, never cut at a common ending.
        let d = diff_texts(
            "жаңадан сайланған Парламенттің",
            "жаңадан шақырылған Құрылтайдың",
        );
        assert_eq!(d[1], seg(Op::Delete, "сайланған Парламенттің"));
        assert_eq!(d[2], seg(Op::Insert, "шақырылған Құрылтайдың"));
    }

    #[test]
    fn hyphenated_words_change_as_one() {
        let d = diff_texts("Вице-Президент назначается", "Вице-Премьер назначается");
        assert_eq!(
            d,
            [
                seg(Op::Delete, "Вице-Президент"),
                seg(Op::Insert, "Вице-Премьер"),
                seg(Op::Equal, " назначается"),
            ]
        );
    }

    #[test]
    fn whitespace_between_changes_joins_the_change() {
        let d = diff_texts("один два три", "четыре пять три");
        assert_eq!(
            d,
            [
                seg(Op::Delete, "один два"),
                seg(Op::Insert, "четыре пять"),
                seg(Op::Equal, " три"),
            ]
        );
    }

    #[test]
    fn one_to_one_pair_has_its_headings() {
        let m = model();
        let d = diff_pair(&m, m.pair("o3-n3").unwrap(), Lang::Ru).unwrap();
        assert_eq!(d.lang, Lang::Ru);
        assert_eq!(d.segments[0], seg(Op::Heading(Edition::Old), "3"));
        assert_eq!(d.segments[1], seg(Op::Heading(Edition::New), "3"));
        assert_eq!(
            &d.segments[2..],
            [
                seg(Op::Equal, "Высшим представительным органом является "),
                seg(Op::Delete, "Ассамблея"),
                seg(Op::Insert, "Курултай"),
                seg(Op::Equal, " народа Казахстана."),
            ]
        );
    }

    #[test]
    fn split_pair_marks_where_each_new_article_starts() {
        let m = model();
        let d = diff_pair(&m, m.pair("o4-n5-n6").unwrap(), Lang::En).unwrap();
        assert_eq!(d.lang, Lang::Ru, "no English text of the new edition");
        assert_eq!(
            side(&d.segments, Edition::New),
            "[5]Каждый имеет право на жизнь.[6]Никто не может быть произвольно лишен жизни."
        );
        assert_eq!(
            side(&d.segments, Edition::Old),
            "[4]1. Каждый имеет право на жизнь.\n2. Никто не может быть произвольно лишен жизни."
        );
        let new6 = d
            .segments
            .iter()
            .position(|s| s.op == Op::Heading(Edition::New) && s.text == "6")
            .unwrap();
        // The old paragraph number "2." is deleted just where new article 6 begins.
        assert_eq!(d.segments[new6 - 1], seg(Op::Delete, "\n2. "));
        assert_eq!(
            d.segments[new6 + 1],
            seg(Op::Equal, "Никто не может быть произвольно лишен жизни.")
        );
    }

    #[test]
    fn added_and_removed_pairs() {
        let m = model();
        let d = diff_pair(&m, m.pair("n4").unwrap(), Lang::Ru).unwrap();
        assert_eq!(
            d.segments,
            [
                seg(Op::Heading(Edition::New), "4"),
                seg(Op::Insert, "Новая статья о Курултае.")
            ]
        );
        let d = diff_pair(&m, m.pair("o5").unwrap(), Lang::Ru).unwrap();
        assert_eq!(
            d.segments,
            [
                seg(Op::Heading(Edition::Old), "5"),
                seg(Op::Delete, "Статья, которой больше нет.")
            ]
        );
    }

    #[test]
    fn no_diff_without_texts() {
        let bare =
            CompareModel::build(&crate::compare::test_support::index().to_string(), &[]).unwrap();
        assert_eq!(
            diff_pair(&bare, bare.pair("o1-n1").unwrap(), Lang::Ru),
            None
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::compare::test_support::side;
    use crate::compare::tokenize::eq_ignoring_whitespace;
    use proptest::prelude::*;

    /// Texts from a small vocabulary, so that diffs have both equal and changed parts.
    fn text() -> impl Strategy<Value = String> {
        let word = prop::sample::select(vec![
            "Қазақстан",
            "Халық",
            "Кеңесі",
            "Құрылтайы",
            "Республика",
            "закон",
            "4-бабы",
            "и",
            "1.",
            "2)",
            ",",
            ".",
            " ",
            "  ",
            "\n",
            "\u{a0}",
            "İ",
            "ә",
            "a",
            "-",
            "–",
        ]);
        prop::collection::vec(word, 0..30).prop_map(|w| w.concat())
    }

    fn check(old: &str, new: &str) -> Result<(), TestCaseError> {
        let d = diff_texts(old, new);
        prop_assert_eq!(side(&d, Edition::New), new.trim());
        let old_side = side(&d, Edition::Old);
        prop_assert!(
            eq_ignoring_whitespace(&old_side, old),
            "{:?} vs {:?}",
            old_side,
            old
        );
        // ... and differs from the old text only inside whitespace runs.
        let tokens_of = |s: &str| -> Vec<(TokenKind, String)> {
            tokens(s)
                .map(|t| match t.kind {
                    TokenKind::Space => (t.kind, String::new()),
                    _ => (t.kind, t.text.to_string()),
                })
                .collect()
        };
        prop_assert_eq!(tokens_of(&old_side), tokens_of(old.trim()));
        let changed = d.iter().any(|s| s.op != Op::Equal);
        prop_assert_eq!(changed, !eq_ignoring_whitespace(old, new));
        for w in d.windows(2) {
            prop_assert!(w[0].op != w[1].op, "unmerged: {:?}", w);
        }
        prop_assert!(d.iter().all(|s| !s.text.is_empty()));
        Ok(())
    }

    proptest! {
        #[test]
        fn sides_reconstruct_from_vocabulary(old in text(), new in text()) {
            check(&old, &new)?;
        }

        #[test]
        fn sides_reconstruct_from_any_text(old in "\\PC{0,60}", new in "\\PC{0,60}") {
            check(&old, &new)?;
        }

        #[test]
        fn a_text_against_itself_is_one_equal(t in text()) {
            let d = diff_texts(&t, &t);
            if t.trim().is_empty() {
                prop_assert!(d.is_empty());
            } else {
                prop_assert_eq!(d, vec![Segment { op: Op::Equal, text: t.trim().to_string() }]);
            }
        }
    }
}
