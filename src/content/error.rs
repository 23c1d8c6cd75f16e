//! A content pack problem, located by its path in the JSON.

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

#[cfg(test)]
mod tests {
    use super::PackError;

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
}
