//! What the widget promises about the network: every fetch and module load ends within
//! [`DEADLINE_S`] (a server that never answers, or trickles bytes, fails instead of leaving the
//! widget loading for ever), and its failure names the file. Pure: `web` does the fetching.

use crate::i18n::{tf, Key};
use crate::lang::Lang;
use std::fmt;

/// Seconds a fetch or module load may take, answer and body together. `embed/embed.js` has
/// the same deadline for the widget's own module and wasm.
pub const DEADLINE_S: u32 = 20;

#[derive(Clone, Debug, PartialEq)]
pub enum FetchError {
    /// Nothing, or not all of it, arrived in time.
    Late { url: String, secs: u32 },
    /// The server answered with an error, or the network failed.
    Failed { url: String, reason: String },
}

impl FetchError {
    /// The reader's sentence for a file that did not arrive in time; the other failures are
    /// technical details, shown as they are (in English).
    pub fn message(&self, lang: Lang) -> Option<String> {
        match self {
            FetchError::Late { url, secs } => Some(tf(
                lang,
                Key::FetchLate,
                &[("file", url), ("n", &secs.to_string())],
            )),
            FetchError::Failed { .. } => None,
        }
    }
}

/// In English, for the console and the widget's list of details.
impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Late { url, secs } => write!(f, "{url} did not load within {secs} s"),
            FetchError::Failed { url, reason } => write!(f, "could not fetch {url}: {reason}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://cdn.example.kz/pack.json";

    #[test]
    fn a_late_file_is_named_with_the_deadline_in_every_language() {
        let e = FetchError::Late {
            url: URL.into(),
            secs: DEADLINE_S,
        };
        assert_eq!(e.to_string(), format!("{URL} did not load within 20 s"));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let m = e.message(lang).unwrap();
            assert!(m.contains(URL) && m.contains("20"), "{lang:?}: {m}");
        }
        assert_eq!(
            e.message(Lang::En).unwrap(),
            format!("{URL} did not load within 20 s.")
        );
    }

    #[test]
    fn the_loader_has_the_same_deadline() {
        let loader = include_str!("../embed/embed.js");
        assert!(
            loader.contains(&format!("const DEADLINE_S = {DEADLINE_S};")),
            "embed/embed.js and src/net.rs disagree on the deadline"
        );
    }

    #[test]
    fn other_failures_keep_their_technical_detail() {
        let e = FetchError::Failed {
            url: URL.into(),
            reason: "HTTP 404 Not Found".into(),
        };
        assert_eq!(e.message(Lang::Kk), None);
        assert_eq!(
            e.to_string(),
            format!("could not fetch {URL}: HTTP 404 Not Found")
        );
    }
}
