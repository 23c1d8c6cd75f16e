//! The alignment: which old articles correspond to which new ones.
//!
//! The rules, in order (thresholds below; scores are TF-IDF cosines, see `similarity`):
//! 1. an old article without text (repealed, Art. 84) is removed;
//! 2. 1:1 when old and new are each other's best match, the score is at least `PAIR_MIN`, and
//!    it is at least `MARGIN` ahead of the runner-up on both sides (close calls go to review
//!    instead of being guessed);
//! 3. split / merged: an unpaired article whose best match (≥ `PAIR_MIN`, `MARGIN` ahead) is
//!    already in a pair with a single article on the other side joins that pair when the
//!    group then scores at least `EXTEND_GAIN` higher (the old text is then better covered
//!    by the two new articles than by one; a new article that merely repeats a phrase, such
//!    as new 49 (Vice-President) repeating old 43's incompatibilities, lowers the score);
//! 4. added / removed: an unpaired article whose best match is below `FLOOR`;
//! 5. the rest, and every rule decision that disagrees with the shared article map, go to
//!    review (REVIEW.md); the reviewer's decisions come from `reviewed.json`.

use crate::input::{Article, ArticleMap};
use crate::similarity::{cosine, round3, Model};
use std::collections::{BTreeMap, BTreeSet};

pub const PAIR_MIN: f64 = 0.35;
pub const MARGIN: f64 = 0.10;
pub const EXTEND_GAIN: f64 = 0.03;
pub const FLOOR: f64 = 0.25;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Side {
    Old,
    New,
}

/// Indices into the old and new article lists, each sorted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    pub old: Vec<usize>,
    pub new: Vec<usize>,
}

impl Group {
    pub fn one(side: Side, index: usize) -> Group {
        match side {
            Side::Old => Group {
                old: vec![index],
                new: vec![],
            },
            Side::New => Group {
                old: vec![],
                new: vec![index],
            },
        }
    }

    fn side(&self, side: Side) -> &Vec<usize> {
        match side {
            Side::Old => &self.old,
            Side::New => &self.new,
        }
    }

    fn side_mut(&mut self, side: Side) -> &mut Vec<usize> {
        match side {
            Side::Old => &mut self.old,
            Side::New => &mut self.new,
        }
    }

    pub fn contains(&self, side: Side, index: usize) -> bool {
        self.side(side).contains(&index)
    }

    pub fn shape(&self) -> Shape {
        match (self.old.len(), self.new.len()) {
            (0, _) => Shape::Added,
            (_, 0) => Shape::Removed,
            (1, 1) => Shape::OneToOne,
            (1, _) => Shape::Split,
            (_, 1) => Shape::Merged,
            _ => Shape::ManyToMany,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Shape {
    OneToOne,
    Split,
    Merged,
    ManyToMany,
    Added,
    Removed,
}

impl Shape {
    pub fn name(self) -> &'static str {
        match self {
            Shape::OneToOne => "1:1",
            Shape::Split => "split",
            Shape::Merged => "merged",
            Shape::ManyToMany => "many-to-many",
            Shape::Added => "added",
            Shape::Removed => "removed",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    Repealed,
    Mutual,
    Extended,
    NoCounterpart,
}

impl Rule {
    pub fn describe(self) -> &'static str {
        match self {
            Rule::Repealed => "repealed before 2026 (no text)",
            Rule::Mutual => "mutual best match, clearly ahead",
            Rule::Extended => "joined its best match's pair (split/merged)",
            Rule::NoCounterpart => "no counterpart above the floor",
        }
    }
}

#[derive(Clone, Debug)]
pub struct RulePair {
    pub group: Group,
    pub rule: Rule,
}

/// An article the rules left for review, with the reason.
#[derive(Clone, Debug)]
pub struct Open {
    pub side: Side,
    pub index: usize,
    pub why: String,
}

/// Similarity of every old article with every new one.
pub struct Scores {
    model: Model,
    old: Vec<String>,
    new: Vec<String>,
    old_numbers: Vec<String>,
    new_numbers: Vec<String>,
    matrix: Vec<Vec<f64>>,
}

impl Scores {
    pub fn new(old: &[Article], new: &[Article]) -> Scores {
        let model = Model::new(old.iter().chain(new).map(|a| a.text.as_str()));
        let new_vectors: Vec<_> = new.iter().map(|a| model.vector(&[&a.text])).collect();
        let matrix = old
            .iter()
            .map(|a| {
                let v = model.vector(&[&a.text]);
                new_vectors.iter().map(|w| cosine(&v, w)).collect()
            })
            .collect();
        Scores {
            model,
            old: old.iter().map(|a| a.text.clone()).collect(),
            new: new.iter().map(|a| a.text.clone()).collect(),
            old_numbers: old.iter().map(|a| a.number.clone()).collect(),
            new_numbers: new.iter().map(|a| a.number.clone()).collect(),
            matrix,
        }
    }

    pub fn get(&self, old: usize, new: usize) -> f64 {
        self.matrix[old][new]
    }

    /// The score of a group compared as a whole (the texts of each side concatenated); for
    /// a 1:1 group the pair score. `None` for added and removed articles.
    pub fn group(&self, g: &Group) -> Option<f64> {
        if g.old.is_empty() || g.new.is_empty() {
            return None;
        }
        let o: Vec<&str> = g.old.iter().map(|&i| self.old[i].as_str()).collect();
        let n: Vec<&str> = g.new.iter().map(|&j| self.new[j].as_str()).collect();
        Some(cosine(&self.model.vector(&o), &self.model.vector(&n)))
    }

    /// Counterparts of an article on the other side, best first (ties by article order);
    /// articles without text are left out.
    pub fn ranked(&self, side: Side, index: usize) -> Vec<(usize, f64)> {
        let mut r: Vec<(usize, f64)> = match side {
            Side::Old => (0..self.new.len())
                .filter(|&j| !self.new[j].is_empty())
                .map(|j| (j, self.get(index, j)))
                .collect(),
            Side::New => (0..self.old.len())
                .filter(|&i| !self.old[i].is_empty())
                .map(|i| (i, self.get(i, index)))
                .collect(),
        };
        r.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        r
    }

    pub fn number(&self, side: Side, index: usize) -> &str {
        match side {
            Side::Old => &self.old_numbers[index],
            Side::New => &self.new_numbers[index],
        }
    }

    fn has_text(&self, side: Side, index: usize) -> bool {
        match side {
            Side::Old => !self.old[index].is_empty(),
            Side::New => !self.new[index].is_empty(),
        }
    }

    fn len(&self, side: Side) -> usize {
        match side {
            Side::Old => self.old.len(),
            Side::New => self.new.len(),
        }
    }

    /// "new 5 (0.556), new 77 (0.459), new 96 (0.31)": the candidates shown for review.
    pub fn candidates(&self, side: Side, index: usize, count: usize) -> String {
        let other = other(side);
        self.ranked(side, index)
            .iter()
            .take(count)
            .map(|&(k, s)| format!("{} {} ({})", name(other), self.number(other, k), round3(s)))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub fn other(side: Side) -> Side {
    match side {
        Side::Old => Side::New,
        Side::New => Side::Old,
    }
}

pub fn name(side: Side) -> &'static str {
    match side {
        Side::Old => "old",
        Side::New => "new",
    }
}

/// The best counterpart and how far it is ahead of the runner-up.
fn best(s: &Scores, side: Side, index: usize) -> Option<(usize, f64, f64)> {
    let r = s.ranked(side, index);
    let &(k, score) = r.first()?;
    let runner_up = r.get(1).map_or(0.0, |x| x.1);
    Some((k, score, score - runner_up))
}

/// Why rule 2 does not pair this article with its best match (`None` if it does).
fn mutual_failure(s: &Scores, side: Side, index: usize) -> Option<String> {
    let other = other(side);
    let Some((k, score, lead)) = best(s, side, index) else {
        return Some("no text to compare".into());
    };
    let k_name = format!("{} {}", name(other), s.number(other, k));
    if score < PAIR_MIN {
        return Some(format!(
            "best match {k_name} ({}) is below {PAIR_MIN}",
            round3(score)
        ));
    }
    let (back, _, back_lead) = best(s, other, k)?;
    if back != index {
        return Some(format!(
            "best match {k_name} matches {} {} better",
            name(side),
            s.number(side, back)
        ));
    }
    if lead < MARGIN || back_lead < MARGIN {
        return Some(format!(
            "best match {k_name} ({}) is only {} ahead of the runner-up",
            round3(score),
            round3(lead.min(back_lead))
        ));
    }
    None
}

pub fn apply_rules(s: &Scores) -> (Vec<RulePair>, Vec<Open>) {
    let mut pairs: Vec<RulePair> = Vec::new();
    let mut placed: BTreeSet<(Side, usize)> = BTreeSet::new();

    for i in 0..s.len(Side::Old) {
        if !s.has_text(Side::Old, i) {
            pairs.push(RulePair {
                group: Group::one(Side::Old, i),
                rule: Rule::Repealed,
            });
            placed.insert((Side::Old, i));
        } else if mutual_failure(s, Side::Old, i).is_none() {
            let (j, _, _) = best(s, Side::Old, i).expect("has a best match");
            pairs.push(RulePair {
                group: Group {
                    old: vec![i],
                    new: vec![j],
                },
                rule: Rule::Mutual,
            });
            placed.extend([(Side::Old, i), (Side::New, j)]);
        }
    }

    // Rule 3, strongest candidates first so that each gain is measured against the group as
    // it stands.
    let mut why_not_joined: BTreeMap<(Side, usize), String> = BTreeMap::new();
    let mut candidates: Vec<(f64, Side, usize, usize)> = Vec::new();
    for side in [Side::Old, Side::New] {
        for x in 0..s.len(side) {
            if placed.contains(&(side, x)) {
                continue;
            }
            if let Some((k, score, lead)) = best(s, side, x) {
                if score >= PAIR_MIN && lead >= MARGIN {
                    candidates.push((score, side, x, k));
                }
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    for (_, side, x, k) in candidates {
        let other = other(side);
        let Some(pair) = pairs
            .iter_mut()
            .find(|p| p.group.contains(other, k) && p.group.side(other).len() == 1)
        else {
            continue;
        };
        let before = s.group(&pair.group).unwrap_or(0.0);
        let mut grown = pair.group.clone();
        grown.side_mut(side).push(x);
        grown.side_mut(side).sort();
        let after = s.group(&grown).unwrap_or(0.0);
        if after - before >= EXTEND_GAIN {
            pair.group = grown;
            pair.rule = Rule::Extended;
            placed.insert((side, x));
        } else {
            why_not_joined.insert(
                (side, x),
                format!(
                    "joining it to the pair of its best match {} {} changes that pair's score \
                     by {} (rule needs +{EXTEND_GAIN})",
                    name(other),
                    s.number(other, k),
                    round3(after - before)
                ),
            );
        }
    }

    let mut open = Vec::new();
    for side in [Side::Old, Side::New] {
        for x in 0..s.len(side) {
            if placed.contains(&(side, x)) {
                continue;
            }
            let top = best(s, side, x).map_or(0.0, |b| b.1);
            if top < FLOOR {
                pairs.push(RulePair {
                    group: Group::one(side, x),
                    rule: Rule::NoCounterpart,
                });
            } else {
                let why = why_not_joined
                    .remove(&(side, x))
                    .or_else(|| mutual_failure(s, side, x))
                    .unwrap_or_default();
                open.push(Open {
                    side,
                    index: x,
                    why,
                });
            }
        }
    }
    (pairs, open)
}

/// The shared map's correspondences as indices: for each old article the new ones, and for
/// each new article the old ones.
pub struct SharedMap {
    pub new_of_old: Vec<BTreeSet<usize>>,
    pub old_of_new: Vec<BTreeSet<usize>>,
}

impl SharedMap {
    pub fn new(map: &ArticleMap, old: &[Article], new: &[Article]) -> Result<SharedMap, String> {
        let find = |list: &[Article], n: &str| list.iter().position(|a| a.number == n);
        let mut m = SharedMap {
            new_of_old: vec![BTreeSet::new(); old.len()],
            old_of_new: vec![BTreeSet::new(); new.len()],
        };
        let mut listed = BTreeSet::new();
        for e in &map.old_to_new {
            let i = find(old, &e.old_article)
                .ok_or_else(|| format!("shared map: unknown old article {}", e.old_article))?;
            listed.insert(i);
            for n in &e.new_articles {
                let j =
                    find(new, n).ok_or_else(|| format!("shared map: unknown new article {n}"))?;
                m.new_of_old[i].insert(j);
                m.old_of_new[j].insert(i);
            }
        }
        if listed.len() != old.len() {
            return Err("shared map does not list every old article".into());
        }
        for a in &map.new_articles_without_1995_counterpart {
            let j = find(new, &a.new_article)
                .ok_or_else(|| format!("shared map: unknown new article {}", a.new_article))?;
            if !m.old_of_new[j].is_empty() {
                return Err(format!(
                    "shared map lists new {} both as added and as a counterpart",
                    a.new_article
                ));
            }
        }
        Ok(m)
    }

    /// Where the map's view of the group's articles differs from the group, in words.
    pub fn disagreement(&self, g: &Group, s: &Scores) -> Option<String> {
        let set = |v: &[usize]| v.iter().copied().collect::<BTreeSet<_>>();
        let list = |side: Side, v: &BTreeSet<usize>| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.iter()
                    .map(|&k| s.number(side, k))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let mut diffs = Vec::new();
        for &i in &g.old {
            if self.new_of_old[i] != set(&g.new) {
                diffs.push(format!(
                    "old {} → new {}",
                    s.number(Side::Old, i),
                    list(Side::New, &self.new_of_old[i])
                ));
            }
        }
        for &j in &g.new {
            if self.old_of_new[j] != set(&g.old) {
                diffs.push(format!(
                    "new {} ← old {}",
                    s.number(Side::New, j),
                    list(Side::Old, &self.old_of_new[j])
                ));
            }
        }
        (!diffs.is_empty()).then(|| format!("shared map: {}", diffs.join("; ")))
    }
}

/// Sends rule decisions the shared map disagrees with to review.
pub fn contest(
    pairs: Vec<RulePair>,
    map: &SharedMap,
    s: &Scores,
) -> (Vec<RulePair>, Vec<(RulePair, String)>) {
    let mut kept = Vec::new();
    let mut contested = Vec::new();
    for p in pairs {
        match map.disagreement(&p.group, s) {
            None => kept.push(p),
            Some(d) => contested.push((p, d)),
        }
    }
    (kept, contested)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    Rule(Rule),
    /// Index into the reviewer's decisions.
    Reviewed(usize),
}

#[derive(Clone, Debug)]
pub struct FinalPair {
    pub group: Group,
    pub origin: Origin,
}

/// The reviewer's decisions replace the rule decisions for their articles. A decision may
/// override a rule pair only as a whole: every article of that pair must be decided again.
/// Then every article must be in exactly one pair.
pub fn finalize(
    rules: &[RulePair],
    reviewed: &[Group],
    s: &Scores,
) -> Result<Vec<FinalPair>, String> {
    let mut by_review: BTreeMap<(Side, usize), usize> = BTreeMap::new();
    for (d, g) in reviewed.iter().enumerate() {
        if g.old.is_empty() && g.new.is_empty() {
            return Err(format!("reviewed decision {} is empty", d + 1));
        }
        for side in [Side::Old, Side::New] {
            for &x in g.side(side) {
                if by_review.insert((side, x), d).is_some() {
                    return Err(format!(
                        "{} {} is in more than one reviewed decision",
                        name(side),
                        s.number(side, x)
                    ));
                }
            }
        }
    }
    let mut pairs: Vec<FinalPair> = reviewed
        .iter()
        .enumerate()
        .map(|(d, g)| FinalPair {
            group: g.clone(),
            origin: Origin::Reviewed(d),
        })
        .collect();
    for p in rules {
        let members: Vec<(Side, usize)> = p
            .group
            .old
            .iter()
            .map(|&i| (Side::Old, i))
            .chain(p.group.new.iter().map(|&j| (Side::New, j)))
            .collect();
        let overridden = members.iter().filter(|m| by_review.contains_key(m)).count();
        if overridden == 0 {
            pairs.push(FinalPair {
                group: p.group.clone(),
                origin: Origin::Rule(p.rule),
            });
        } else if overridden < members.len() {
            let (side, x) = *members.iter().find(|m| !by_review.contains_key(m)).unwrap();
            return Err(format!(
                "reviewed.json overrides part of the rule pair {}: decide {} {} too",
                pair_id(&p.group, s),
                name(side),
                s.number(side, x)
            ));
        }
    }
    let mut count: BTreeMap<(Side, usize), usize> = BTreeMap::new();
    for p in &pairs {
        for side in [Side::Old, Side::New] {
            for &x in p.group.side(side) {
                *count.entry((side, x)).or_insert(0) += 1;
            }
        }
    }
    let undecided: Vec<String> = [Side::Old, Side::New]
        .into_iter()
        .flat_map(|side| (0..s.len(side)).map(move |x| (side, x)))
        .filter(|k| count.get(k).copied().unwrap_or(0) != 1)
        .map(|(side, x)| format!("{} {}", name(side), s.number(side, x)))
        .collect();
    if !undecided.is_empty() {
        return Err(format!(
            "not in exactly one pair (decide them in reviewed.json; see REVIEW.md): {}",
            undecided.join(", ")
        ));
    }
    sort_pairs(&mut pairs);
    Ok(pairs)
}

/// Reading order of the new Constitution; a removed old article comes right after the pair
/// holding the nearest old article before it, so it stays where a reader of the old text
/// expects it.
fn sort_pairs(pairs: &mut [FinalPair]) {
    let new_pos = |p: &FinalPair| p.group.new.first().copied();
    let key = |p: &FinalPair| -> (Option<usize>, usize) {
        match new_pos(p) {
            Some(j) => (Some(j), 0),
            None => {
                let i = p.group.old[0];
                let anchor = pairs
                    .iter()
                    .filter(|q| !q.group.new.is_empty())
                    .filter_map(|q| {
                        q.group
                            .old
                            .iter()
                            .filter(|&&k| k < i)
                            .max()
                            .map(|&k| (k, q.group.new[0]))
                    })
                    .max();
                (anchor.map(|a| a.1), 1 + i)
            }
        }
    };
    let mut keyed: Vec<((Option<usize>, usize), FinalPair)> =
        pairs.iter().map(|p| (key(p), p.clone())).collect();
    keyed.sort_by_key(|a| a.0);
    for (slot, (_, p)) in pairs.iter_mut().zip(keyed) {
        *slot = p;
    }
}

/// "o3-n4", "o77-n19+n78", "o31+o38-n37", "n70", "o84".
pub fn pair_id(g: &Group, s: &Scores) -> String {
    let side = |side: Side, prefix: &str| {
        g.side(side)
            .iter()
            .map(|&x| format!("{prefix}{}", s.number(side, x)))
            .collect::<Vec<_>>()
            .join("+")
    };
    let (o, n) = (side(Side::Old, "o"), side(Side::New, "n"));
    match (o.is_empty(), n.is_empty()) {
        (true, _) => n,
        (_, true) => o,
        _ => format!("{o}-{n}"),
    }
}
