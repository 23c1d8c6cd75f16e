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
