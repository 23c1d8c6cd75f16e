//! Where a field path of the validator (`regions[1].figures[0].value`) is in a pack's text:
//! the line and column (1-based, in characters, as editors count them) of the member's key,
//! or of the element for an array index.

/// A line and a column, both from 1.
pub type Position = (usize, usize);

/// The position of `path` in `json`; `None` when the text has no such field (or is not JSON
/// as far as that field). The empty path is the whole document.
pub fn position(json: &str, path: &str) -> Option<Position> {
    let mut s = Scanner {
        chars: json.chars().peekable(),
        line: 1,
        column: 0,
    };
    s.space();
    let at = s.here();
    s.value("", path, at)
}

/// The position serde_json reports (line, and column in bytes, 0 before the first byte) in
/// characters, as `position` gives it.
pub fn from_bytes(json: &str, line: usize, byte_column: usize) -> Position {
    let text = json.lines().nth(line.saturating_sub(1)).unwrap_or("");
    let mut end = byte_column.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    (line, text[..end].chars().count().max(1))
}

struct Scanner<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    line: usize,
    /// Characters read on the current line.
    column: usize,
}

impl Scanner<'_> {
    fn here(&self) -> Position {
        (self.line, self.column + 1)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.line += 1;
            self.column = 0;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn space(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.bump();
        }
    }

    /// Reads a string (the opening quote is next) and returns its text.
    fn string(&mut self) -> Option<String> {
        self.bump();
        let mut s = String::new();
        loop {
            match self.bump()? {
                '"' => return Some(s),
                '\\' => s.push(self.bump()?),
                c => s.push(c),
            }
        }
    }

    /// Reads the value next in the text, at `path`, whose position is `at`; the position of
    /// `target` if it is this value or inside it.
    fn value(&mut self, path: &str, target: &str, at: Position) -> Option<Position> {
        if path == target {
            return Some(at);
        }
        match self.chars.peek()? {
            '{' => {
                self.bump();
                loop {
                    self.space();
                    match self.chars.peek()? {
                        '}' => {
                            self.bump();
                            return None;
                        }
                        '"' => {
                            let key_at = self.here();
                            let key = self.string()?;
                            self.space();
                            (self.bump()? == ':').then_some(())?;
                            self.space();
                            let child = if path.is_empty() {
                                key
                            } else {
                                format!("{path}.{key}")
                            };
                            if let Some(p) = self.value(&child, target, key_at) {
                                return Some(p);
                            }
                            self.space();
                            if self.bump()? == '}' {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
            }
            '[' => {
                self.bump();
                let mut i = 0;
                loop {
                    self.space();
                    if self.chars.peek()? == &']' {
                        self.bump();
                        return None;
                    }
                    let element_at = self.here();
                    if let Some(p) = self.value(&format!("{path}[{i}]"), target, element_at) {
                        return Some(p);
                    }
                    self.space();
                    if self.bump()? == ']' {
                        return None;
                    }
                    i += 1;
                }
            }
            '"' => self.string().and(None),
            _ => {
                while self
                    .chars
                    .peek()
                    .is_some_and(|c| !matches!(c, ',' | '}' | ']') && !c.is_whitespace())
                {
                    self.bump();
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACK: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"k\": \"x,]}\\\"\", \"v\": -5},\n    [true, null]\n  ],\n  \"sub\": {\"deep\": {\"z\": \"é\"}}\n}\n";

    #[test]
    fn finds_members_and_elements() {
        assert_eq!(position(PACK, ""), Some((1, 1)));
        assert_eq!(position(PACK, "a"), Some((2, 3)));
        assert_eq!(position(PACK, "list"), Some((3, 3)));
        assert_eq!(position(PACK, "list[0]"), Some((4, 5)));
        // After a string holding a quote, a comma and brackets.
        assert_eq!(position(PACK, "list[0].v"), Some((4, 21)));
        assert_eq!(position(PACK, "list[1]"), Some((5, 5)));
        assert_eq!(position(PACK, "list[1][1]"), Some((5, 12)));
        assert_eq!(position(PACK, "sub.deep.z"), Some((7, 20)));
    }

    #[test]
    fn a_missing_field_or_broken_text_has_no_position() {
        assert_eq!(position(PACK, "list[2]"), None);
        assert_eq!(position(PACK, "b"), None);
        assert_eq!(position(PACK, "list[0].k.x"), None);
        assert_eq!(position("{\"a\": [1, 2", "a[1]"), Some((1, 11)));
        assert_eq!(position("{\"a\": [1, 2", "a[2]"), None);
        assert_eq!(position("", "a"), None);
        assert_eq!(position("{\"a\" 1}", "a"), None);
    }

    #[test]
    fn the_real_pack_has_every_field_where_its_text_does() {
        let json = include_str!("../../../content/pack.json");
        let lines: Vec<&str> = json.lines().collect();
        for (path, text) in [
            (
                "sources[0].url",
                "\"url\": \"https://astanatv.kz/kz/news/162372\"",
            ),
            ("regions[0].id", "\"id\": \"KZ-10\""),
            ("outcome.figures[0].value", "\"value\": 73.12"),
        ] {
            let (line, column) = position(json, path).unwrap();
            assert_eq!(&lines[line - 1][column - 1..], format!("{text},"), "{path}");
        }
    }

    #[test]
    fn byte_columns_become_character_columns() {
        let json = "{\"ж\": x}";
        // serde_json: "expected value at line 1 column 8" (the x, after a two-byte letter).
        let e = serde_json::from_str::<serde_json::Value>(json).unwrap_err();
        assert_eq!((e.line(), e.column()), (1, 8));
        assert_eq!(from_bytes(json, 1, 8), (1, 7));
        assert_eq!(from_bytes("", 1, 0), (1, 1));
        assert_eq!(from_bytes("ab", 3, 5), (3, 1));
    }
}
