//! RFC 4180 records: a small reader and writer for the figures table (`figures_csv`), kept
//! here rather than a crate so the editor page can use it at little cost. UTF-8 throughout.

use std::fmt;

/// A problem in a CSV file, at a row as a spreadsheet numbers it (the header is row 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    pub row: usize,
    /// The column's name, when the problem is in one cell.
    pub column: Option<String>,
    pub message: String,
}

impl CsvError {
    pub(crate) fn new(row: usize, column: Option<&str>, message: impl Into<String>) -> Self {
        CsvError {
            row,
            column: column.map(str::to_string),
            message: message.into(),
        }
    }
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "row {}, column `{c}`: {}", self.row, self.message),
            None => write!(f, "row {}: {}", self.row, self.message),
        }
    }
}

/// One record of a CSV file and its row number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub row: usize,
    pub fields: Vec<String>,
}

/// Writes one record: fields joined by commas, quoted where they hold a comma, a semicolon (a
/// spreadsheet set to a Russian or Kazakh locale splits on it), a quote or a line break, and
/// ended by CRLF.
pub fn write_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let f = f.as_ref();
        // A lone empty field is quoted, or the record would be a blank line.
        if f.contains([',', ';', '"', '\n', '\r']) || (fields.len() == 1 && f.is_empty()) {
            out.push('"');
            out.push_str(&f.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(f);
        }
    }
    out.push_str("\r\n");
}

/// The separator: a comma, or a semicolon where the first row is split by semicolons (as a
/// spreadsheet in a Russian or Kazakh locale saves a CSV).
fn separator(text: &str) -> char {
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' | ';' if !quoted => return c,
            '\n' | '\r' if !quoted => break,
            _ => {}
        }
    }
    ','
}

/// Reads CSV text (RFC 4180; a leading byte order mark, LF line ends and a semicolon separator
/// are accepted). Quoted fields keep their text verbatim, line breaks included.
pub fn read_records(text: &str) -> Result<Vec<Record>, CsvError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let sep = separator(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut row = 1;
    let mut fields = Vec::new();
    loop {
        if fields.is_empty() && chars.peek().is_none() {
            break;
        }
        let mut field = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next() {
                    None => {
                        return Err(CsvError::new(
                            row,
                            None,
                            "a quoted field is not closed: a \" is missing",
                        ))
                    }
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                }
            }
            if !matches!(chars.peek(), None | Some('\n' | '\r')) && chars.peek() != Some(&sep) {
                return Err(CsvError::new(
                    row,
                    None,
                    format!(
                        "text after the closing quote of field {}; a \" inside a field is written \"\"",
                        fields.len() + 1
                    ),
                ));
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == sep || c == '\n' || c == '\r' {
                    break;
                }
                field.push(c);
                chars.next();
            }
        }
        fields.push(field);
        match chars.next() {
            Some(c) if c == sep => {}
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                records.push(Record {
                    row,
                    fields: std::mem::take(&mut fields),
                });
                row += 1;
            }
            _ => {
                records.push(Record {
                    row,
                    fields: std::mem::take(&mut fields),
                });
                row += 1;
            }
        }
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_follows_rfc_4180() {
        let mut out = String::new();
        write_record(
            &mut out,
            &["a", "b,c", "say \"hi\"", "two\nlines", "x;y", ""],
        );
        assert_eq!(
            out,
            "a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\"x;y\",\r\n"
        );
        let r = read_records(&out).unwrap();
        assert_eq!(
            r,
            [Record {
                row: 1,
                fields: ["a", "b,c", "say \"hi\"", "two\nlines", "x;y", ""]
                    .map(String::from)
                    .to_vec()
            }]
        );
        assert_eq!(
            read_records("a,\"b\n").unwrap_err().to_string(),
            "row 1: a quoted field is not closed: a \" is missing"
        );
        assert_eq!(
            read_records("a,b\nc,\"d\"e\n").unwrap_err().to_string(),
            "row 2: text after the closing quote of field 2; a \" inside a field is written \"\""
        );
        // As a spreadsheet in a Russian or Kazakh locale saves it.
        let semi = read_records("a;b\r\n\"1;2\";3,5").unwrap();
        assert_eq!(semi[1].fields, ["1;2", "3,5"]);
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod props {
    use super::*;
    use proptest::prelude::*;

    /// A field of letters, separators, quotes and line breaks.
    pub(crate) fn field() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just(",".to_string()),
                Just(";".to_string()),
                Just("\"".to_string()),
                Just("\n".to_string()),
                Just("\r\n".to_string()),
                Just(" ".to_string()),
                "[a-zа-яәғқңөұүһі0-9]{1,3}",
                any::<char>().prop_map(String::from),
            ],
            0..6,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn records_round_trip(rows in prop::collection::vec(prop::collection::vec(field(), 1..5), 1..6)) {
            // A leading byte order mark is dropped on reading, as a spreadsheet's would be.
            prop_assume!(!rows[0][0].starts_with('\u{FEFF}'));
            let mut out = String::new();
            for r in &rows {
                write_record(&mut out, r);
            }
            let back: Vec<Vec<String>> = read_records(&out).unwrap().into_iter().map(|r| r.fields).collect();
            prop_assert_eq!(back, rows);
        }

        #[test]
        fn reading_arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = read_records(&s);
                    }
    }
}
