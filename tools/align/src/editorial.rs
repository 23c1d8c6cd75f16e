//! The desk's editorial review of every pair (tools/align/editorial/*.json): a decision and
//! its reason, a subject and a summary in Kazakh, Russian and English citing the points it
//! summarises, and the 1995 points a new article also draws on. Checked strictly against the
//! alignment and the texts before anything of it goes into the pack.

use qazaq_explainer::compare::pair_notes::{cites, point_text};
use serde::Deserialize;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    reviewer: String,
    pairs: Vec<Entry>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// The pairing stands: the pair is reviewed.
    Keep,
    /// Still to be decided; the reason says why. The pair is shown as not yet reviewed.
    Open,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Langs {
    pub kk: String,
    pub ru: String,
    pub en: String,
}

impl Langs {
    fn all(&self) -> [(&'static str, &str); 3] {
        [("kk", &self.kk), ("ru", &self.ru), ("en", &self.en)]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeskSummary {
    pub kk: String,
    pub ru: String,
    pub en: String,
    pub old_points: Vec<String>,
    pub new_points: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Also {
    /// The old article, paired elsewhere, whose points continue here.
    pub old: String,
    pub points: Vec<String>,
    /// Where they continue in this pair's new side.
    pub new_points: Vec<String>,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub old: Vec<String>,
    pub new: Vec<String>,
    pub decision: Decision,
    pub reason: String,
    pub subject: Langs,
    /// None where the texts are the same, or differ only in wording (the reason says so).
    pub summary: Option<DeskSummary>,
    pub also_draws_on: Vec<Also>,
}

/// Where an entry came from, for error messages: "pairs-a.json, pair 3 (old 2 / new 2)".
fn place(file: &str, k: usize, e: &Entry) -> String {
    format!(
        "{file}, pair {} (old [{}] / new [{}])",
        k + 1,
        e.old.join(", "),
        e.new.join(", ")
    )
}

pub struct Editorial {
    /// Who reviewed, when and how, as each file says (deduplicated).
    pub reviewers: Vec<String>,
    /// (file name, position in it, entry).
    pub entries: Vec<(String, usize, Entry)>,
}

pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("editorial")
}

/// The article texts citations are checked against, by edition: (number, text) in each
/// language the pack has both editions in.
pub struct Texts<'a> {
    pub old: Vec<Vec<(&'a str, &'a str)>>,
    pub new: Vec<Vec<(&'a str, &'a str)>>,
}

impl Texts<'_> {
    fn in_all<'t>(sets: &'t [Vec<(&'t str, &'t str)>], n: &str) -> Vec<&'t str> {
        sets.iter()
            .filter_map(|s| s.iter().find(|(x, _)| *x == n).map(|(_, t)| *t))
            .collect()
    }
}

impl Editorial {
    /// Every `*.json` of `dir`, in name order.
    pub fn read(dir: &Path) -> Result<Editorial, String> {
        let mut names: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
            .filter_map(|d| d.ok().map(|d| d.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        names.sort();
        let mut ed = Editorial {
            reviewers: Vec::new(),
            entries: Vec::new(),
        };
        for path in names {
            let raw = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            ed.add(&name, &raw)?;
        }
        Ok(ed)
    }

    /// Adds one file's entries (`name` for messages).
    pub fn add(&mut self, name: &str, json: &str) -> Result<(), String> {
        let f: File =
            serde_json::from_str(json).map_err(|e| format!("cannot parse {name}: {e}"))?;
        if !self.reviewers.contains(&f.reviewer) {
            self.reviewers.push(f.reviewer);
        }
        self.entries.extend(
            f.pairs
                .into_iter()
                .enumerate()
                .map(|(k, e)| (name.to_string(), k, e)),
        );
        Ok(())
    }

    /// The entry of each pair of the alignment (`(old, new)` article numbers, in pack order),
    /// after checking that every pair is decided exactly once, that every text is there in
    /// the three languages and every citation names a point the texts have. All problems are
    /// listed.
    pub fn decide(
        &self,
        pairs: &[(Vec<String>, Vec<String>)],
        texts: &Texts,
    ) -> Result<Vec<&Entry>, String> {
        let mut problems = Vec::new();
        let mut found: Vec<Option<usize>> = vec![None; pairs.len()];
        let same = |a: &[String], b: &[String]| {
            let (mut a, mut b) = (a.to_vec(), b.to_vec());
            a.sort();
            b.sort();
            a == b
        };
        for (i, (file, k, e)) in self.entries.iter().enumerate() {
            let at = place(file, *k, e);
            match pairs
                .iter()
                .position(|(o, n)| same(o, &e.old) && same(n, &e.new))
            {
                None => problems.push(format!("{at}: no such pair in the alignment")),
                Some(p) => match found[p] {
                    Some(first) => {
                        let (f, fk, fe) = &self.entries[first];
                        problems.push(format!("{at}: decided twice (also {})", place(f, *fk, fe)))
                    }
                    None => found[p] = Some(i),
                },
            }
            check_entry(&at, e, texts, &mut problems);
        }
        for (p, f) in found.iter().enumerate() {
            if f.is_none() {
                let (o, n) = &pairs[p];
                problems.push(format!(
                    "pair old [{}] / new [{}] has no editorial decision",
                    o.join(", "),
                    n.join(", ")
                ));
            }
        }
        if !problems.is_empty() {
            return Err(format!(
                "the editorial review (tools/align/editorial/) does not fit the alignment or the texts:\n{}",
                problems.join("\n")
            ));
        }
        Ok(found
            .into_iter()
            .flatten()
            .map(|i| &self.entries[i].2)
            .collect())
    }
}

fn check_entry(at: &str, e: &Entry, texts: &Texts, problems: &mut Vec<String>) {
    let mut blank = |what: &str, langs: [(&str, &str); 3]| {
        for (l, t) in langs {
            if t.trim().is_empty() {
                problems.push(format!("{at}: {what} has no {l} text"));
            }
        }
    };
    blank("subject", e.subject.all());
    if let Some(s) = &e.summary {
        blank("summary", [("kk", &s.kk), ("ru", &s.ru), ("en", &s.en)]);
    }
    if e.reason.trim().is_empty() {
        problems.push(format!("{at}: no reason"));
    }
    if let Some(s) = &e.summary {
        check_cites(
            at,
            "summary.old_points",
            "1995",
            &e.old,
            &s.old_points,
            &texts.old,
            problems,
        );
        check_cites(
            at,
            "summary.new_points",
            "2026",
            &e.new,
            &s.new_points,
            &texts.new,
            problems,
        );
    }
    for (k, a) in e.also_draws_on.iter().enumerate() {
        let what = format!("also_draws_on[{k}]");
        if e.old.contains(&a.old) {
            problems.push(format!(
                "{at}: {what}: old {} is this pair's own article",
                a.old
            ));
        }
        if a.why.trim().is_empty() {
            problems.push(format!("{at}: {what}: no why"));
        }
        if a.points.is_empty() || a.new_points.is_empty() {
            problems.push(format!("{at}: {what}: cites no point"));
        }
        let side = [a.old.clone()];
        check_cites(
            at,
            &format!("{what}.points"),
            "1995",
            &side,
            &a.points,
            &texts.old,
            problems,
        );
        check_cites(
            at,
            &format!("{what}.new_points"),
            "2026",
            &e.new,
            &a.new_points,
            &texts.new,
            problems,
        );
    }
}

/// Each citation names an article of `side` and, if a point, one its text has in every
/// language.
fn check_cites(
    at: &str,
    what: &str,
    edition: &str,
    side: &[String],
    entries: &[String],
    texts: &[Vec<(&str, &str)>],
    problems: &mut Vec<String>,
) {
    for c in cites(side, entries) {
        if !side.iter().any(|s| s == c.article) {
            problems.push(format!(
                "{at}: {what}: {edition} Art. {} is not on this side of the pair",
                c.article
            ));
            continue;
        }
        let found = Texts::in_all(texts, c.article);
        if found.is_empty() {
            problems.push(format!(
                "{at}: {what}: {edition} Art. {} has no text",
                c.article
            ));
        }
        if let Some(point) = c.point {
            if found.iter().any(|t| point_text(t, point).is_none()) {
                problems.push(format!(
                    "{at}: {what}: {edition} Art. {} has no point {point}",
                    c.article
                ));
            }
        }
    }
}

/// The section of REVIEW.md recording every decision, its reason, what the summary cites and
/// the secondary sources. `rows` are (pair id, entry) in pack order.
pub fn report(reviewers: &[String], rows: &[(String, &Entry)]) -> String {
    let cell = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let list = |v: &[String]| {
        if v.is_empty() {
            "—".to_string()
        } else {
            v.join(", ")
        }
    };
    let mut r = String::new();
    let _ = writeln!(r, "\n## Editorial review of every pair\n");
    let _ = writeln!(
        r,
        "From `tools/align/editorial/*.json` ({}). Each pair of the pack was read in both \
         texts and decided once: `keep` (the pairing stands; `reviewed: true`) or `open` \
         (`reviewed: false`, the reason says what is missing). The subject and the summary \
         (kk, ru, en) are the desk's, shown to readers as an editorial summary of the two \
         texts (source `{}`); \"cites\" are the points the summary describes (\"92:1\": Art. 92, \
         point 1, on a side with several articles; `1)` items are cited by number). Every \
         cited article and point was checked to exist in the Russian and Kazakh texts.\n",
        reviewers.join("; "),
        crate::meta::SUMMARIES
    );
    let kept = rows
        .iter()
        .filter(|(_, e)| e.decision == Decision::Keep)
        .count();
    let _ = writeln!(
        r,
        "Pairs: {}; kept: {kept}; open: {}; with a summary: {}; secondary sources: {}.\n",
        rows.len(),
        rows.len() - kept,
        rows.iter().filter(|(_, e)| e.summary.is_some()).count(),
        rows.iter()
            .map(|(_, e)| e.also_draws_on.len())
            .sum::<usize>()
    );
    let _ = writeln!(
        r,
        "| pair | subject | decision | reason | summary cites (1995 / 2026) |\n|---|---|---|---|---|"
    );
    for (id, e) in rows {
        let cites = match &e.summary {
            Some(s) => format!("{} / {}", list(&s.old_points), list(&s.new_points)),
            None => "no summary".into(),
        };
        let decision = match e.decision {
            Decision::Keep => "keep",
            Decision::Open => "**open**",
        };
        let _ = writeln!(
            r,
            "| {id} | {} | {decision} | {} | {cites} |",
            cell(&e.subject.en),
            cell(&e.reason)
        );
    }
    let _ = writeln!(
        r,
        "\n### Secondary sources\n\nText that moved into a new article from a 1995 article \
         paired elsewhere: the pair shows it to the reader as \"also draws on\", so that it \
         does not read as new. An old article may feed more than one new article.\n"
    );
    let _ = writeln!(
        r,
        "| pair | 1995 article, points | continued in 2026 points | why |\n|---|---|---|---|"
    );
    for (id, e) in rows {
        for a in &e.also_draws_on {
            let _ = writeln!(
                r,
                "| {id} | {}: {} | {} | {} |",
                a.old,
                list(&a.points),
                list(&a.new_points),
                cell(&a.why)
            );
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    const OLD: &[(&str, &str)] = &[
        ("1", "1. Один.\n2. Два."),
        ("2", "Президент:\n1) первое;\n2) второе."),
    ];
    const NEW: &[(&str, &str)] = &[("1", "1. Один.\n2. Два.\n3. Три."), ("2", "Текст.")];

    fn texts() -> Texts<'static> {
        Texts {
            old: vec![OLD.to_vec()],
            new: vec![NEW.to_vec()],
        }
    }

    fn pairs() -> Vec<(Vec<String>, Vec<String>)> {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        vec![(s(&["1"]), s(&["1"])), (s(&["2"]), s(&["2"]))]
    }

    fn entry(old: &str, new: &str, extra: &str) -> String {
        format!(
            r#"{{"old": ["{old}"], "new": ["{new}"], "decision": "keep", "reason": "Same subject.",
            "subject": {{"kk": "Тақырып", "ru": "Тема", "en": "Subject"}}{extra}}}"#
        )
    }

    fn run(entries: &[String]) -> Result<Vec<String>, String> {
        let json = format!(
            r#"{{"reviewer": "the desk", "pairs": [{}]}}"#,
            entries.join(",")
        );
        let mut ed = Editorial {
            reviewers: Vec::new(),
            entries: Vec::new(),
        };
        ed.add("test.json", &json)?;
        ed.decide(&pairs(), &texts())
            .map(|v| v.iter().map(|e| e.subject.en.clone()).collect())
    }

    const SUMMARY: &str = r#", "summary": {"kk": "Қ.", "ru": "Р.", "en": "E.", "old_points": ["2"], "new_points": ["3"]},
        "also_draws_on": [{"old": "2", "points": ["2"], "new_points": ["1"], "why": "Moved."}]"#;

    #[test]
    fn a_full_review_passes() {
        let ok = run(&[
            entry("1", "1", SUMMARY),
            entry("2", "2", r#", "summary": null, "also_draws_on": []"#),
        ]);
        assert_eq!(ok.unwrap(), ["Subject", "Subject"]);
    }

    #[test]
    fn a_pair_decided_twice_or_never_is_an_error() {
        let none = r#", "summary": null, "also_draws_on": []"#;
        let e = run(&[entry("1", "1", none), entry("1", "1", none)]).unwrap_err();
        assert!(
            e.contains(
                "test.json, pair 2 (old [1] / new [1]): decided twice (also test.json, pair 1"
            ),
            "{e}"
        );
        assert!(
            e.contains("pair old [2] / new [2] has no editorial decision"),
            "{e}"
        );
        let e = run(&[
            entry("1", "1", none),
            entry("2", "2", none),
            entry("1", "2", none),
        ])
        .unwrap_err();
        assert!(
            e.contains("pair 3 (old [1] / new [2]): no such pair"),
            "{e}"
        );
    }

    #[test]
    fn bad_citations_are_errors() {
        let none = r#", "summary": null, "also_draws_on": []"#;
        let bad = SUMMARY.replace(r#""new_points": ["3"]"#, r#""new_points": ["4"]"#);
        let e = run(&[entry("1", "1", &bad), entry("2", "2", none)]).unwrap_err();
        assert!(
            e.contains("summary.new_points: 2026 Art. 1 has no point 4"),
            "{e}"
        );
        // Items of an article without points are cited by number; "3" is not one of them.
        let bad = SUMMARY.replace(r#""points": ["2"]"#, r#""points": ["3"]"#);
        let e = run(&[entry("1", "1", &bad), entry("2", "2", none)]).unwrap_err();
        assert!(
            e.contains("also_draws_on[0].points: 1995 Art. 2 has no point 3"),
            "{e}"
        );
        // A secondary source must be another pair's article.
        let own = SUMMARY.replace(r#""old": "2""#, r#""old": "1""#);
        let e = run(&[entry("1", "1", &own), entry("2", "2", none)]).unwrap_err();
        assert!(e.contains("old 1 is this pair's own article"), "{e}");
        // On a side with several articles, "9:1" must name one of them.
        let bad = SUMMARY.replace(r#""old_points": ["2"]"#, r#""old_points": ["9:1"]"#);
        let e = run(&[entry("1", "1", &bad), entry("2", "2", none)]).unwrap_err();
        assert!(e.contains("1995 Art. 9 is not on this side"), "{e}");
    }

    #[test]
    fn every_language_is_required() {
        let none = r#", "summary": null, "also_draws_on": []"#;
        let blank = SUMMARY.replace(r#""kk": "Қ.""#, r#""kk": " ""#);
        let e = run(&[entry("1", "1", &blank), entry("2", "2", none)]).unwrap_err();
        assert!(e.contains("summary has no kk text"), "{e}");
        let missing = SUMMARY.replace(r#""en": "E.", "#, "");
        let e = run(&[entry("1", "1", &missing), entry("2", "2", none)]).unwrap_err();
        assert!(
            e.contains("cannot parse test.json") && e.contains("missing field `en`"),
            "{e}"
        );
    }
}
