//! Splitting article text into words, whitespace runs and single punctuation characters, for
//! the word diff and moved-text detection. Tokens cover the input exactly: concatenated, they
//! give it back.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters and digits of any script, with inner hyphens and apostrophes ("Вице-Президент",
    /// "4-бабы", "83-1").
    Word,
    /// A maximal run of whitespace.
    Space,
    /// One character that is neither.
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: TokenKind,
    pub text: &'a str,
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { rest: text }
}

pub struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let first = self.rest.chars().next()?;
        let (kind, len) = if first.is_whitespace() {
            let len = self
                .rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(self.rest.len());
            (TokenKind::Space, len)
        } else if is_word_char(first) {
            (TokenKind::Word, word_len(self.rest))
        } else {
            (TokenKind::Punct, first.len_utf8())
        };
        let (text, rest) = self.rest.split_at(len);
        self.rest = rest;
        Some(Token { kind, text })
    }
}

/// Whether `a` and `b` are the same text once whitespace is normalised: leading and trailing
/// whitespace ignored, and every inner whitespace run counted as one space. This is the
/// equality behind "unchanged" and the word diff alike, so the two never disagree.
pub fn eq_ignoring_whitespace(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Latin letters that look like Cyrillic ones, with their Cyrillic twin. The Kazakh texts of
/// the legal database put Latin `i` (and `ə`, `I`, `c`) inside Kazakh words ("Бiз",
/// "Мəжіліс"): to a reader they look the same, but search and diffs would treat them as other
/// letters.
const LOOKALIKES: [(char, char); 24] = [
    ('a', 'а'),
    ('c', 'с'),
    ('e', 'е'),
    ('i', 'і'),
    ('o', 'о'),
    ('p', 'р'),
    ('x', 'х'),
    ('y', 'у'),
    ('ə', 'ә'),
    ('A', 'А'),
    ('B', 'В'),
    ('C', 'С'),
    ('E', 'Е'),
    ('H', 'Н'),
    ('I', 'І'),
    ('K', 'К'),
    ('M', 'М'),
    ('O', 'О'),
    ('P', 'Р'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
    ('Ə', 'Ә'),
    ('ɪ', 'і'),
];

fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Latin letters, the schwa (U+0259, U+018F) included.
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'ə' | 'Ə' | 'ɪ')
}

/// A Roman numeral with the Cyrillic `І` in it ("238-VІ"): the one case where Latin is right.
fn is_roman(part: &str) -> bool {
    part.chars().all(|c| "IVXLCDMІ".contains(c))
}

/// One part of a word (between hyphens) mixes Cyrillic and Latin letters.
fn mixed(part: &str) -> bool {
    part.chars().any(is_cyrillic) && part.chars().any(is_latin)
}

/// `text` with every Latin look-alike inside a Cyrillic word made Cyrillic ("Бiз" → "Біз",
/// "Мəжіліс" → "Мәжіліс"), and the Cyrillic `І` inside a Latin Roman numeral made Latin
/// ("VІ" → "VI"). Words wholly in Latin letters ("Nur-Sultan", "XI") are left as they are.
pub fn fix_lookalikes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for t in tokens(text) {
        if t.kind != TokenKind::Word {
            out.push_str(t.text);
            continue;
        }
        let mut start = 0;
        let joiners = t.text.char_indices().filter(|&(_, c)| is_joiner(c));
        for (at, c) in joiners.chain([(t.text.len(), '-')]) {
            let part = &t.text[start..at];
            if !mixed(part) {
                out.push_str(part);
            } else if is_roman(part) {
                out.extend(part.chars().map(|c| if c == 'І' { 'I' } else { c }));
            } else {
                out.extend(part.chars().map(cyrillic_twin));
            }
            if at < t.text.len() {
                out.push(c);
                start = at + c.len_utf8();
            }
        }
    }
    out
}

/// The Cyrillic letter a Latin look-alike stands for (itself if none).
pub fn cyrillic_twin(c: char) -> char {
    LOOKALIKES
        .iter()
        .find(|&&(l, _)| l == c)
        .map_or(c, |&(_, cyr)| cyr)
}

/// The word parts of `text` that still mix Cyrillic and Latin letters: what
/// [`fix_lookalikes`] removes, so a shipped Kazakh text must have none.
pub fn lookalike_words(text: &str) -> Vec<&str> {
    tokens(text)
        .filter(|t| t.kind == TokenKind::Word)
        .flat_map(|t| t.text.split(is_joiner))
        .filter(|p| mixed(p))
        .collect()
}

fn is_word_char(c: char) -> bool {
    // Combining diacritics (U+0300–U+036F) stay with their letter: a decomposed "й" is one word.
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// A hyphen or apostrophe joins two word parts only when a word character follows it.
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '\u{2019}' | '\u{2010}' | '\u{2011}')
}

/// The byte length of the word at the start of `s` (which begins with a word character).
fn word_len(s: &str) -> usize {
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_word_char(c) {
            continue;
        }
        let joins = is_joiner(c) && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        if !joins {
            return i;
        }
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokens(s).map(|t| t.text).collect()
    }

    fn words(s: &str) -> Vec<&str> {
        tokens(s)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn splits_words_spaces_and_punctuation() {
        assert_eq!(
            texts("1. Республика Казахстан – государство."),
            [
                "1",
                ".",
                " ",
                "Республика",
                " ",
                "Казахстан",
                " ",
                "–",
                " ",
                "государство",
                "."
            ]
        );
        let kinds: Vec<TokenKind> = tokens("a ,\n\tb").map(|t| t.kind).collect();
        use TokenKind::*;
        assert_eq!(kinds, [Word, Space, Punct, Space, Word]);
        assert_eq!(texts(""), Vec::<&str>::new());
    }

    #[test]
    fn kazakh_letters_are_word_letters() {
        assert_eq!(
            words("Қазақстан Халық Құрылтайы әділ ғасыр Өңір ұлт үй һ ірі"),
            [
                "Қазақстан",
                "Халық",
                "Құрылтайы",
                "әділ",
                "ғасыр",
                "Өңір",
                "ұлт",
                "үй",
                "һ",
                "ірі"
            ]
        );
    }

    #[test]
    fn inner_hyphens_and_apostrophes_stay_inside_words() {
        assert_eq!(
            words("Вице-Президент, 4-бабы, статья 83-1, Қ'ала, don’t"),
            [
                "Вице-Президент",
                "4-бабы",
                "статья",
                "83-1",
                "Қ'ала",
                "don’t"
            ]
        );
        // At a word's edge they are punctuation.
        assert_eq!(texts("-а- б-"), ["-", "а", "-", " ", "б", "-"]);
        assert_eq!(texts("а--б"), ["а", "-", "-", "б"]);
    }

    #[test]
    fn combining_marks_stay_with_their_letter() {
        assert_eq!(words("и\u{306}ог"), ["и\u{306}ог"]);
    }

    #[test]
    fn lookalikes_become_cyrillic_inside_kazakh_words() {
        assert_eq!(
            fix_lookalikes("Бiз, ортақ тарихи тағдыр бiрiктiрген"),
            "Біз, ортақ тарихи тағдыр біріктірген"
        );
        assert_eq!(fix_lookalikes("Мəжілісі, Əркімнің"), "Мәжілісі, Әркімнің");
        assert_eq!(fix_lookalikes("ЖЕРГIЛIКТI ӨЗIН-ӨЗI"), "ЖЕРГІЛІКТІ ӨЗІН-ӨЗІ");
        assert_eq!(fix_lookalikes("Республикаcының"), "Республикасының");
        // Roman numerals go the other way; Latin words and numbers stay.
        assert_eq!(fix_lookalikes("№ 238-VІ Заңы"), "№ 238-VI Заңы");
        assert_eq!(
            fix_lookalikes("XI бөлім, Nur-Sultan, 83-1, iPhone"),
            "XI бөлім, Nur-Sultan, 83-1, iPhone"
        );
        assert_eq!(fix_lookalikes(""), "");
        for s in ["Бiз жерiнде", "Мəжіліс", "ҮКIМЕТ", "238-VІ", "a-бiр"] {
            let fixed = fix_lookalikes(s);
            assert_eq!(lookalike_words(&fixed), Vec::<&str>::new(), "{s}");
            assert!(!lookalike_words(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn whitespace_rule() {
        assert!(eq_ignoring_whitespace(" a  b\n", "a b"));
        assert!(eq_ignoring_whitespace("a\u{a0}b", "a\nb"));
        assert!(!eq_ignoring_whitespace("a b", "ab"));
        assert!(!eq_ignoring_whitespace("a ,b", "a,b"));
        assert!(eq_ignoring_whitespace("", " \n"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn tokens_give_back_the_input(s in "[a-zа-яәғқңөұүһі0-9 \n\\-'.,;()–«»İ\u{306}]{0,80}|\\PC{0,40}") {
            let joined: String = tokens(&s).map(|t| t.text).collect();
            prop_assert_eq!(joined, s.clone());
            for t in tokens(&s) {
                prop_assert!(!t.text.is_empty());
                let first = t.text.chars().next().unwrap();
                match t.kind {
                    TokenKind::Space => prop_assert!(t.text.chars().all(char::is_whitespace)),
                    TokenKind::Punct => prop_assert_eq!(t.text.chars().count(), 1),
                    TokenKind::Word => prop_assert!(is_word_char(first)),
                }
            }
        }
    }
}
