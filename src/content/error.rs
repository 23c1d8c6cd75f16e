//! A content pack problem, located by its path in the JSON, and why a pack was not used.

use crate::lang::Lang;
use crate::net::FetchError;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// The file it is in, where a pack has several (the comparison's texts files); `None` in
    /// a pack of one file, and in the comparison's index.
    pub file: Option<String>,
    /// Where in the file, e.g. `regions[3].figures[0].value`; empty for the whole document.
    pub path: String,
    pub message: String,
}

impl PackError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        PackError {
            file: None,
            path: path.into(),
            message: message.into(),
        }
    }

    /// The same problem, found in the file named `file`.
    pub fn in_file(self, file: &str) -> Self {
        PackError {
            file: Some(file.to_string()),
            ..self
        }
    }

    /// Where it is, as messages say it: `texts.ru.json: old.articles.97`, `regions[3].id`,
    /// `texts.en.json` for a whole file, or empty for the whole (one-file) pack.
    pub fn location(&self) -> String {
        match (&self.file, self.path.is_empty()) {
            (None, _) => self.path.clone(),
            (Some(file), true) => file.clone(),
            (Some(file), false) => format!("{file}: {}", self.path),
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let location = self.location();
        if location.is_empty() {
            write!(f, "content pack: {}", self.message)
        } else {
            write!(f, "content pack: {location}: {}", self.message)
        }
    }
}

/// Why a content pack was not used: kept typed up to the edge, where the banner and the
/// console turn it into text.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// It did not arrive.
    Fetch(FetchError),
    /// It arrived but is not a valid pack (or, a build bug, the embedded one is not).
    Pack(Vec<PackError>),
}

impl LoadError {
    /// The details in English, one line per problem: what the banner lists and the console
    /// logs.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Fetch(e) => vec![e.to_string()],
            LoadError::Pack(es) => es.iter().map(PackError::to_string).collect(),
        }
    }
}

/// The sentence the reader is owed in `lang` about `errors`, if any: a pack that did not
/// come in time.
pub fn notice(errors: &[LoadError], lang: Lang) -> Option<String> {
    errors.iter().find_map(|e| match e {
        LoadError::Fetch(f) => f.message(lang),
        LoadError::Pack(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://example.kz/pack.json";

    #[test]
    fn a_pack_error_names_its_path_unless_it_is_the_whole_document() {
        assert_eq!(
            PackError::new("regions[3].figures", "expected a list").to_string(),
            "content pack: regions[3].figures: expected a list"
        );
        assert_eq!(
            PackError::new("", "not JSON").to_string(),
            "content pack: not JSON"
        );
    }

    #[test]
    fn a_problem_says_where_it_is() {
        let e = PackError::new("regions[3].id", "unknown unit");
        assert_eq!(e.to_string(), "content pack: regions[3].id: unknown unit");
        let e = PackError::new("old.articles.97", "empty text").in_file("texts.ru.json");
        assert_eq!(e.file.as_deref(), Some("texts.ru.json"));
        assert_eq!(e.path, "old.articles.97");
        assert_eq!(e.location(), "texts.ru.json: old.articles.97");
        assert_eq!(
            e.to_string(),
            "content pack: texts.ru.json: old.articles.97: empty text"
        );
        let e = PackError::new("", "not JSON").in_file("texts.en.json");
        assert_eq!(e.to_string(), "content pack: texts.en.json: not JSON");
        assert_eq!(
            PackError::new("", "empty").to_string(),
            "content pack: empty"
        );
    }

    #[test]
    fn a_load_error_gives_a_line_per_problem() {
        let failed = LoadError::Fetch(FetchError::Failed {
            url: URL.into(),
            reason: "HTTP 404".into(),
        });
        assert_eq!(failed.lines(), [format!("could not fetch {URL}: HTTP 404")]);
        let pack = LoadError::Pack(vec![
            PackError::new("schema_version", "expected 1, found 2"),
            PackError::new("", "trailing characters"),
        ]);
        assert_eq!(
            pack.lines(),
            [
                "content pack: schema_version: expected 1, found 2",
                "content pack: trailing characters"
            ]
        );
        assert_eq!(notice(&[failed, pack], Lang::En), None);
    }

    #[test]
    fn only_a_late_pack_is_owed_a_sentence() {
        let late = LoadError::Fetch(FetchError::Late {
            url: URL.into(),
            secs: 20,
        });
        assert_eq!(late.lines(), [format!("{URL} did not load within 20 s")]);
        let pack = LoadError::Pack(vec![PackError::new("", "not JSON")]);
        assert_eq!(
            notice(&[pack, late], Lang::En),
            Some(format!("{URL} did not load within 20 s."))
        );
        assert_eq!(notice(&[], Lang::En), None);
    }
}
