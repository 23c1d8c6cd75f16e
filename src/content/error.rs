//! A content pack problem, located by its path in the JSON.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError {
    /// Where in the pack, e.g. `regions[3].figures[0].value`; empty for the whole document.
    pub path: String,
    pub message: String,
}

impl PackError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        PackError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "content pack: {}", self.message)
        } else {
            write!(f, "content pack: {}: {}", self.path, self.message)
        }
    }
}
