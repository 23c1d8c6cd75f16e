//! The reviewer's decisions (tools/align/reviewed.json) and the review list written for them
//! (content/compare/REVIEW.md).

use crate::align::{
    name, pair_id, FinalPair, Group, Open, Origin, RulePair, Scores, Shape, SharedMap, Side,
    EXTEND_GAIN, FLOOR, MARGIN, PAIR_MIN,
};
use crate::similarity::round3;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::fs;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub old: Vec<String>,
    pub new: Vec<String>,
    /// What in the two texts justifies the decision.
    pub reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reviewed {
    /// Who reviewed, when and how ("reviewed by …, 2026-11-24, from the texts").
    pub reviewer: String,
    pub decisions: Vec<Decision>,
}

impl Reviewed {
    pub fn read(path: &Path) -> Result<Reviewed, String> {
        let raw =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        serde_json::from_str(&raw).map_err(|e| format!("cannot parse {}: {e}", path.display()))
    }

    /// The decisions as article indices; unknown article numbers are an error.
    pub fn groups(&self, s: &Scores, old: usize, new: usize) -> Result<Vec<Group>, String> {
        let resolve = |side: Side, numbers: &[String], len: usize| -> Result<Vec<usize>, String> {
            let mut v = numbers
                .iter()
                .map(|n| {
                    (0..len)
                        .find(|&k| s.number(side, k) == n)
                        .ok_or_else(|| format!("reviewed.json: unknown {} article {n}", name(side)))
                })
                .collect::<Result<Vec<_>, _>>()?;
            v.sort();
            Ok(v)
        };
        self.decisions
            .iter()
            .map(|d| {
                Ok(Group {
                    old: resolve(Side::Old, &d.old, old)?,
                    new: resolve(Side::New, &d.new, new)?,
                })
            })
            .collect()
    }
}

pub struct Report<'a> {
    pub scores: &'a Scores,
    pub kept: &'a [RulePair],
    pub contested: &'a [(RulePair, String)],
    pub open: &'a [Open],
    pub reviewed: &'a Reviewed,
    pub groups: &'a [Group],
    pub map: &'a SharedMap,
    /// `None` when some article is still undecided.
    pub finals: Option<&'a [FinalPair]>,
    pub old_count: usize,
    pub new_count: usize,
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn members(g: &Group) -> Vec<(Side, usize)> {
    g.old
        .iter()
        .map(|&i| (Side::Old, i))
        .chain(g.new.iter().map(|&j| (Side::New, j)))
        .collect()
}

impl Report<'_> {
    fn label(&self, (side, x): (Side, usize)) -> String {
        format!("{} {}", name(side), self.scores.number(side, x))
    }

    fn numbers(&self, side: Side, v: &[usize]) -> String {
        if v.is_empty() {
            "—".into()
        } else {
            v.iter()
                .map(|&x| self.scores.number(side, x))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }

    /// What the rules said about an article before review.
    fn before_review(&self, m: (Side, usize)) -> String {
        if let Some(o) = self.open.iter().find(|o| (o.side, o.index) == m) {
            return format!("{}: open ({})", self.label(m), o.why);
        }
        if let Some((p, d)) = self
            .contested
            .iter()
            .find(|(p, _)| members(&p.group).contains(&m))
        {
            return format!(
                "{}: rules proposed {} ({}), but {d}",
                self.label(m),
                pair_id(&p.group, self.scores),
                p.rule.describe()
            );
        }
        match self.kept.iter().find(|p| members(&p.group).contains(&m)) {
            Some(p) => format!(
                "{}: rules decided {} ({}); overridden",
                self.label(m),
                pair_id(&p.group, self.scores),
                p.rule.describe()
            ),
            None => format!("{}: not placed by the rules", self.label(m)),
        }
    }

    fn review_row(&self, out: &mut String, g: &Group, decided: &str, why: &str) {
        let ms = members(g);
        let candidates: Vec<String> = ms
            .iter()
            .map(|&(side, x)| {
                format!(
                    "{} → {}",
                    self.label((side, x)),
                    self.scores.candidates(side, x, 3)
                )
            })
            .collect();
        let before: Vec<String> = ms.iter().map(|&m| self.before_review(m)).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            self.numbers(Side::Old, &g.old),
            self.numbers(Side::New, &g.new),
            cell(&candidates.join("<br>")),
            cell(&before.join("<br>")),
            cell(decided),
            cell(why)
        );
    }

    fn decided(&self, g: &Group) -> String {
        let score = self
            .scores
            .group(g)
            .map(|s| format!(", score {}", round3(s)))
            .unwrap_or_default();
        format!("{} ({}{score})", pair_id(g, self.scores), g.shape().name())
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        let w = &mut out;
        let _ = writeln!(w, "# Compare view: alignment review\n");
        let _ = writeln!(
            w,
            "Generated by `cargo run -p align` from `../shared/data/constitution/` and \
             `tools/align/reviewed.json`. Do not edit by hand: record decisions in \
             `reviewed.json`; the rules are in `tools/align/src/align.rs`.\n"
        );
        let _ = writeln!(w, "## How pairs are decided\n");
        let _ = writeln!(
            w,
            "Similarity: TF-IDF cosine over 6-character word prefixes of the Russian texts \
             (old: official text, edition of 1 January 2023; new: third-party copy of the \
             2026 text), lines that only record a repeal left out. Rules, in order:\n\n\
             1. an old article without text (repealed) is removed;\n\
             2. **1:1** when old and new are each other's best match with a score of at least \
             **{PAIR_MIN}**, at least **{MARGIN}** ahead of the runner-up on both sides;\n\
             3. **split / merged**: an unpaired article whose best match (at least {PAIR_MIN}, \
             {MARGIN} ahead) is in a pair with one article on the other side joins that pair \
             if the pair's score (texts of each side taken together) rises by at least \
             **{EXTEND_GAIN}**;\n\
             4. **added / removed**: an unpaired article whose best match is below \
             **{FLOOR}**;\n\
             5. everything else, and every rule decision the shared map \
             (`article_map_1995_to_2026.json`) disagrees with, goes to the review list below; \
             the decisions come from `tools/align/reviewed.json` ({}).\n\n\
             Every pair, whether the rules or `reviewed.json` formed it, was then read by the \
             desk (see \"Editorial review of every pair\" below): its `reviewed` flag is that \
             decision. A pair's `score` is the similarity of its two sides taken together \
             (none for added and removed articles).\n",
            self.reviewed.reviewer
        );

        let _ = writeln!(w, "## Counts\n");
        if let Some(finals) = self.finals {
            let mut by_shape: BTreeMap<Shape, (usize, usize)> = BTreeMap::new();
            for p in finals {
                let e = by_shape.entry(p.group.shape()).or_default();
                match p.origin {
                    Origin::Rule(_) => e.0 += 1,
                    Origin::Reviewed(_) => e.1 += 1,
                }
            }
            let _ = writeln!(
                w,
                "| shape | rules | reviewed | total |\n|---|---:|---:|---:|"
            );
            let (mut r, mut v) = (0, 0);
            for (shape, (a, b)) in &by_shape {
                let _ = writeln!(w, "| {} | {a} | {b} | {} |", shape.name(), a + b);
                r += a;
                v += b;
            }
            let _ = writeln!(w, "| **all** | {r} | {v} | {} |\n", r + v);
        } else {
            let _ = writeln!(w, "Not available: some articles are still undecided.\n");
        }
        let in_review: Vec<(Side, usize)> = self
            .open
            .iter()
            .map(|o| (o.side, o.index))
            .chain(self.contested.iter().flat_map(|(p, _)| members(&p.group)))
            .collect();
        let count = |side| in_review.iter().filter(|m| m.0 == side).count();
        let _ = writeln!(
            w,
            "Articles: {} old (incl. the repealed Art. 84), {} new. Sent to review by the \
             rules: {} articles ({} old, {} new: {} left open, {} in {} rule pairs the shared map \
             disagrees with). Reviewed decisions: {}.\n",
            self.old_count,
            self.new_count,
            in_review.len(),
            count(Side::Old),
            count(Side::New),
            self.open.len(),
            in_review.len() - self.open.len(),
            self.contested.len(),
            self.groups.len()
        );

        let _ = writeln!(w, "## Review list\n");
        let _ = writeln!(
            w,
            "Each row is one decision of `reviewed.json`, {}. \"Candidates\" are each \
             article's three best matches on the other side.\n",
            self.reviewed.reviewer
        );
        let _ = writeln!(
            w,
            "| old | new | candidates (score) | the rules | decided | why |\n|---|---|---|---|---|---|"
        );
        let mut rows: Vec<(usize, usize)> = (0..self.groups.len()).map(|d| (d, 0)).collect();
        if let Some(finals) = self.finals {
            let pos = |d: usize| {
                finals
                    .iter()
                    .position(|p| p.origin == Origin::Reviewed(d))
                    .unwrap_or(usize::MAX)
            };
            rows = (0..self.groups.len()).map(|d| (d, pos(d))).collect();
            rows.sort_by_key(|r| r.1);
        }
        for (d, _) in rows {
            let g = &self.groups[d];
            self.review_row(w, g, &self.decided(g), &self.reviewed.decisions[d].reason);
        }
        let decided = |m: &(Side, usize)| self.groups.iter().any(|g| members(g).contains(m));
        for &m in in_review.iter().filter(|m| !decided(m)) {
            self.review_row(
                w,
                &Group::one(m.0, m.1),
                "**undecided**",
                "add a decision to reviewed.json",
            );
        }

        let _ = writeln!(w, "\n## Disagreements with the shared article map\n");
        let _ = writeln!(
            w,
            "Where a pair differs from `article_map_1995_to_2026.json` (machine-derived with \
             manual overrides; its own notes say it needs editorial review).\n"
        );
        let _ = writeln!(
            w,
            "| pair | decided by | the shared map says |\n|---|---|---|"
        );
        let mut any = false;
        for p in self.finals.unwrap_or_default() {
            if let Some(d) = self.map.disagreement(&p.group, self.scores) {
                any = true;
                let by = match p.origin {
                    Origin::Rule(r) => format!("rules ({})", r.describe()),
                    Origin::Reviewed(_) => "review".into(),
                };
                let d = d.trim_start_matches("shared map: ");
                let _ = writeln!(
                    w,
                    "| {} | {by} | {} |",
                    pair_id(&p.group, self.scores),
                    cell(d)
                );
            }
        }
        if !any {
            let _ = writeln!(w, "| — | — | none |");
        }

        let _ = writeln!(w, "\n## Old Article 84\n");
        let _ = writeln!(
            w,
            "Article 84 of the 1995 Constitution was repealed by the Law of 21 May 2007 \
             No. 254-III (footnote in the Adilet text); the article has no text. It is listed in \
             the index with its number and forms the removed pair `o84` (`old: [\"84\"], new: \
             []`), so every article number of the old edition has exactly one pair. It has no \
             text in `texts.*.json`. The shared map agrees (\"repealed before 2026\"); the \
             third-party map in nurkal022/law_rag links it to new Art. 86 (Advocacy), which the \
             shared map calls wrong and which this pack does not follow (new 86 is added).\n"
        );

        out
    }
}
