//! Parsing and checking a content pack: JSON syntax, schema version, types (with the exact
//! field path), then meaning (references, ranges, duplicates) against the geometry.

use super::checks::{self, Checker};
use super::date::{DayTime, ReportDate};
use super::error::PackError;
use super::geo::Geo;
use super::pack::{Figure, Metric, Outcome, Pack, Person, Unit, SCHEMA_VERSION};
use std::collections::{BTreeMap, BTreeSet};

/// Largest figure accepted: beyond any count this story can have.
const MAX_VALUE: f64 = 1e12;
const MAX_VALUE_TEXT: &str = "10^12";
/// Smallest positive figure accepted (a share of a percent): `format::number` shows it in
/// full, in seven decimals at most.
const MIN_VALUE: f64 = 1e-6;

/// Parses and validates `json`; every problem found is returned, not just the first.
pub fn parse_pack(json: &str, geo: &Geo) -> Result<Pack, Vec<PackError>> {
    checks::decoded(json)?;
    checks::schema_version(json, SCHEMA_VERSION)?;
    let (pack, mut errors) = checks::parse::<Pack>(json)?;
    errors.extend(validate(&pack, geo));
    if errors.is_empty() {
        Ok(pack)
    } else {
        Err(errors)
    }
}

/// The shared checks, and the metrics that figures refer to.
struct PackChecker<'a> {
    checks: Checker<'a>,
    metrics: BTreeMap<&'a str, &'a Metric>,
}

impl PackChecker<'_> {
    fn figure(&mut self, path: &str, f: &Figure) {
        let unit = match self.metrics.get(f.metric.as_str()) {
            Some(m) => Some(m.unit),
            None => {
                self.checks.err(
                    format!("{path}.metric"),
                    format!("unknown metric {:?} (not in metrics)", f.metric),
                );
                None
            }
        };
        let v = f.value;
        // `format::number` saturates at u64::MAX, so it would show 1e308 and 2^64 both as
        // 18,446,744,073,709,551,615: beyond 10^15 the message names the range instead.
        let shown = if v.abs() < 1e15 {
            crate::format::digits::number(v, crate::lang::Lang::En)
        } else if v < 0.0 {
            "a number of -10^15 or less".to_string()
        } else {
            "a number of 10^15 or more".to_string()
        };
        if !v.is_finite() || v < 0.0 {
            self.checks.err(
                format!("{path}.value"),
                format!("must be a number of zero or more, found {shown}"),
            );
        } else if v > MAX_VALUE {
            self.checks.err(
                format!("{path}.value"),
                format!("{shown} is implausibly large (limit {MAX_VALUE_TEXT})"),
            );
        } else if v > 0.0 && v < MIN_VALUE {
            self.checks.err(
                format!("{path}.value"),
                "is implausibly small (limit 10^-6; a figure of nothing is 0)",
            );
        } else if unit == Some(Unit::Percent) && v > 100.0 {
            self.checks.err(
                format!("{path}.value"),
                format!("a percentage cannot exceed 100, found {shown}"),
            );
        } else if unit == Some(Unit::Count) && v.fract() != 0.0 {
            self.checks.err(
                format!("{path}.value"),
                format!("a count is a whole number, found {shown}"),
            );
        }
        self.checks.source_ref(format!("{path}.source"), &f.source);
        if let Some(n) = &f.note {
            self.checks.text(format!("{path}.note"), n);
        }
    }

    fn figures(&mut self, path: &str, figures: &[Figure], one_per_metric: bool) {
        // (metric, time, source or "" when one per metric) -> where it first appears.
        let mut seen: BTreeMap<(&str, Option<DayTime>, &str), usize> = BTreeMap::new();
        for (i, f) in figures.iter().enumerate() {
            self.figure(&format!("{path}[{i}]"), f);
            let source = if one_per_metric { "" } else { &f.source };
            if let Some(&j) = seen.get(&(&f.metric, f.time, source)) {
                let at = f.time.map(|t| format!(" at {t}")).unwrap_or_default();
                self.checks.err(
                    format!("{path}[{i}]"),
                    format!(
                        "duplicate figure for metric {:?}{at} (already at {path}[{j}])",
                        f.metric
                    ),
                );
            } else {
                seen.insert((&f.metric, f.time, source), i);
            }
        }
    }

    /// A result: the nation's, or a unit's where a source gives one.
    fn outcome(&mut self, path: &str, o: &Outcome) {
        self.checks.text(format!("{path}.label"), &o.label);
        if let Some(st) = &o.status {
            if !st.state.of_result() {
                self.checks.err(
                    format!("{path}.status.state"),
                    "the result's status is \"final\" or \"preliminary\"",
                );
            }
            self.checks
                .source_ref(format!("{path}.status.source"), &st.source);
            if let Some(n) = &st.note {
                self.checks.text(format!("{path}.status.note"), n);
            }
        }
        if let Some(n) = &o.note {
            self.checks.text(format!("{path}.note"), n);
        }
        self.figures(&format!("{path}.figures"), &o.figures, false);
    }

    fn people(&mut self, path: &str, people: &[Person]) {
        for (i, p) in people.iter().enumerate() {
            self.checks.text(format!("{path}[{i}].name"), &p.name);
            self.checks.text(format!("{path}[{i}].role"), &p.role);
            if let Some(q) = &p.quote {
                self.checks.text(format!("{path}[{i}].quote"), q);
            }
            self.checks
                .source_ref(format!("{path}[{i}].source"), &p.source);
        }
    }
}

/// Checks what serde cannot: references, ranges, duplicates and texts.
pub fn validate(pack: &Pack, geo: &Geo) -> Vec<PackError> {
    let mut c = PackChecker {
        checks: Checker::default(),
        metrics: BTreeMap::new(),
    };
    c.checks.text("title".into(), &pack.title);
    c.checks.sources("sources", &pack.sources);
    // A news headline is quoted as published; the comparison's sources are described instead.
    for (i, s) in pack.sources.iter().enumerate() {
        let code = s.language.code();
        if s.title.in_lang(s.language).is_none() {
            c.checks.err(
                format!("sources[{i}].title"),
                format!(
                    "needs the headline as published under \"{code}\", the source's language; \
                     the other languages hold translations"
                ),
            );
        }
    }

    for (i, m) in pack.metrics.iter().enumerate() {
        let p = format!("metrics[{i}]");
        let id_ok = !m.id.is_empty()
            && m.id.len() <= 40
            && m.id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !id_ok {
            c.checks.err(
                format!("{p}.id"),
                format!(
                    "expected lowercase letters, digits and _ only, found {:?}",
                    m.id
                ),
            );
        } else if c.metrics.contains_key(m.id.as_str()) {
            c.checks
                .err(format!("{p}.id"), format!("duplicate metric id {:?}", m.id));
        }
        c.metrics.entry(&m.id).or_insert(m);
        c.checks.text(format!("{p}.label"), &m.label);
        if let Some(d) = &m.description {
            c.checks.text(format!("{p}.description"), d);
        }
    }
    if !pack.metrics.iter().any(|m| m.map) {
        c.checks
            .err("metrics".into(), "at least one metric needs \"map\": true");
    }

    let mut seen_regions: BTreeSet<&str> = BTreeSet::new();
    for (i, r) in pack.regions.iter().enumerate() {
        let p = format!("regions[{i}]");
        if geo.unit(&r.id).is_none() {
            c.checks.err(
                format!("{p}.id"),
                format!(
                    "unknown region id {:?} (expected an ISO 3166-2:KZ code such as \"KZ-55\")",
                    r.id
                ),
            );
        }
        if !seen_regions.insert(&r.id) {
            c.checks
                .err(format!("{p}.id"), format!("duplicate region id {:?}", r.id));
        }
        if let Some(s) = &r.status {
            if s.state.of_result() {
                c.checks.err(
                    format!("{p}.status.state"),
                    "a coalition's status is \"started\" or \"started_all_regions\"; \"final\" and \"preliminary\" are for the result",
                );
            }
            c.checks.source_ref(format!("{p}.status.source"), &s.source);
            if let Some(n) = &s.note {
                c.checks.text(format!("{p}.status.note"), n);
            }
        }
        if let Some(comp) = &r.composition {
            c.checks.text(format!("{p}.composition.text"), &comp.text);
            c.checks
                .source_ref(format!("{p}.composition.source"), &comp.source);
        }
        c.people(&format!("{p}.people"), &r.people);
        c.figures(&format!("{p}.figures"), &r.figures, true);
        for (j, a) in r.activity.iter().enumerate() {
            c.checks.text(format!("{p}.activity[{j}].text"), &a.text);
            c.checks
                .source_ref(format!("{p}.activity[{j}].source"), &a.source);
        }
        if let Some(result) = &r.result {
            c.outcome(&format!("{p}.result"), result);
        }
    }

    c.checks.text("national.name".into(), &pack.national.name);
    if let Some(d) = &pack.national.description {
        c.checks.text("national.description.text".into(), &d.text);
        c.checks
            .source_ref("national.description.source".into(), &d.source);
    }
    c.people("national.people", &pack.national.people);
    // Reports can disagree on a national figure: each is kept with its own source.
    c.figures("national.figures", &pack.national.figures, false);

    for (i, t) in pack.timeline.iter().enumerate() {
        if !matches!(t.date, ReportDate::On(_)) {
            c.checks.err(
                format!("timeline[{i}].date"),
                format!(
                    "a timeline entry needs a day or a month, found {:?}",
                    t.date.to_string()
                ),
            );
        }
        c.checks.text(format!("timeline[{i}].text"), &t.text);
        c.checks
            .source_ref(format!("timeline[{i}].source"), &t.source);
    }

    c.outcome("outcome", &pack.outcome);

    c.checks.errors
}

/// The rules of figures at a time of day: a time is on a full date, and a metric marked
/// `timed` has a time on every figure, any other on none. Only a pack whose timed figures are
/// shown is held to them (`Model::with_times`): the first view drops those figures unread.
pub fn timed(pack: &Pack) -> Vec<PackError> {
    let timed: BTreeSet<&str> = (pack.metrics.iter())
        .filter(|m| m.timed)
        .map(|m| m.id.as_str())
        .collect();
    let mut all: Vec<(String, &Figure)> = Vec::new();
    for (i, r) in pack.regions.iter().enumerate() {
        let p = format!("regions[{i}]");
        all.extend(
            r.figures
                .iter()
                .enumerate()
                .map(|(j, f)| (format!("{p}.figures[{j}]"), f)),
        );
        if let Some(o) = &r.result {
            let at = |(j, f)| (format!("{p}.result.figures[{j}]"), f);
            all.extend(o.figures.iter().enumerate().map(at));
        }
    }
    for (name, fs) in [
        ("national", &pack.national.figures),
        ("outcome", &pack.outcome.figures),
    ] {
        all.extend(
            fs.iter()
                .enumerate()
                .map(|(j, f)| (format!("{name}.figures[{j}]"), f)),
        );
    }
    let mut errors = Vec::new();
    for (path, f) in all {
        let is_timed = timed.contains(f.metric.as_str());
        let message =
            if f.time.is_some() && !matches!(f.as_of, ReportDate::On(d) if d.day.is_some()) {
                "a time of day needs the day it is on: as_of must be YYYY-MM-DD".to_string()
            } else if is_timed && f.time.is_none() {
                format!(
                    "metric {:?} is timed: its figures need a time of day (\"time\": \"HH:MM\")",
                    f.metric
                )
            } else if !is_timed && f.time.is_some() {
                format!(
                    "metric {:?} has no \"timed\": true, so its figures take no time of day",
                    f.metric
                )
            } else {
                continue;
            };
        errors.push(PackError::new(format!("{path}.time"), message));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Geo, GEOMETRY};
    use serde_json::{json, Value};

    fn geo() -> Geo {
        Geo::parse(GEOMETRY).unwrap()
    }

    fn base() -> Value {
        serde_json::from_str(include_str!("../../content/pack.json")).unwrap()
    }

    /// The errors for the embedded pack after `edit`.
    fn errors_after(edit: impl FnOnce(&mut Value)) -> Vec<PackError> {
        let mut v = base();
        edit(&mut v);
        parse_pack(&v.to_string(), &geo()).expect_err("the pack should be rejected")
    }

    fn has(errors: &[PackError], path: &str, words: &str) -> bool {
        errors
            .iter()
            .any(|e| e.path == path && e.message.contains(words))
    }

    fn region_index(v: &Value, id: &str) -> usize {
        v["regions"]
            .as_array()
            .unwrap()
            .iter()
            .position(|r| r["id"] == id)
            .unwrap()
    }

    #[test]
    fn the_embedded_pack_is_valid() {
        let pack = parse_pack(include_str!("../../content/pack.json"), &geo());
        assert!(pack.is_ok(), "{:?}", pack.err());
    }

    #[test]
    fn the_seed_article_figures_are_in_the_pack_as_stated() {
        let model = crate::content::Model::embedded().unwrap();
        let f = |r: &str, m: &str| model.figure(r, m).map(|f| (f.value, f.qualifier));
        use crate::content::Qualifier::*;
        assert_eq!(f("KZ-79", "members"), Some((150.0, Exact)), "Shymkent");
        assert_eq!(f("KZ-55", "members"), Some((130.0, AtLeast)), "Pavlodar");
        assert_eq!(f("KZ-55", "groups"), Some((7.0, Exact)), "Pavlodar groups");
        assert_eq!(f("KZ-27", "parties"), Some((6.0, Exact)), "West Kazakhstan");
        assert_eq!(f("KZ-27", "proposals"), Some((100.0, AtLeast)), "Oral");
        for started_only in ["KZ-43", "KZ-31"] {
            let r = model.region(started_only).unwrap();
            assert!(r.status.is_some(), "{started_only} started");
            assert_eq!(f(started_only, "members"), None, "{started_only} no size");
        }
        let national = |m: &str| {
            model
                .pack
                .national
                .figures
                .iter()
                .filter(|f| f.metric == m)
                .map(|f| (f.value, f.qualifier))
                .collect::<Vec<_>>()
        };
        assert!(national("events").contains(&(700.0, Approx)));
        assert!(national("proposals").contains(&(4000.0, Approx)));
        assert!(national("parties").contains(&(5.0, Exact)));
        assert!(national("public_orgs").contains(&(300.0, AtLeast)));
        // Units with nothing reported have no figure at all: never a zero.
        assert!(model.figure("KZ-23", "members").is_none());
        assert!(!model
            .pack
            .regions
            .iter()
            .flat_map(|r| &r.figures)
            .any(|f| f.value == 0.0));
    }

    #[test]
    fn the_result_adds_up_to_the_participants() {
        let model = crate::content::Model::embedded().unwrap();
        let outcome = &model.pack.outcome;
        let v = |m: &str| {
            let found: Vec<f64> = outcome
                .figures
                .iter()
                .filter(|f| f.metric == m)
                .map(|f| f.value)
                .collect();
            assert_eq!(found.len(), 1, "one figure of {m}");
            found[0]
        };
        let parts = [
            "yes_votes",
            "no_votes",
            "ballots_invalid",
            "ballots_not_counted",
        ];
        let sum: f64 = parts.iter().map(|m| v(m)).sum();
        assert_eq!(
            sum,
            v("participants"),
            "for + against + invalid + not counted"
        );
        let turnout = v("participants") / v("eligible_voters") * 100.0;
        assert!((turnout - v("turnout")).abs() < 0.005, "turnout {turnout}");
        let yes = v("yes_votes") / v("participants") * 100.0;
        assert!((yes - v("yes_share")).abs() < 0.005, "share for {yes}");
        // Final, and said so with its source.
        let status = outcome.status.as_ref().expect("the result's standing");
        assert_eq!(status.state, crate::content::pack::Status::Final);
        assert!(model.source(&status.source).is_some());
    }

    #[test]
    fn every_unit_a_source_covers_has_a_status_or_an_entry() {
        // BAQ.kz reported regional coalitions at work in all regions: no unit is left blank.
        let model = crate::content::Model::embedded().unwrap();
        for u in &model.geo.units {
            let r = model.region(&u.id);
            assert!(
                r.is_some_and(|r| r.status.is_some()),
                "{} has no coalition status",
                u.id
            );
        }
    }

    #[test]
    fn new_fields_are_checked() {
        let e = errors_after(|v| v["sources"][0]["title"] = json!({"en": "Only a translation"}));
        assert!(
            has(&e, "sources[0].title", "headline as published"),
            "{e:?}"
        );
        let e = errors_after(|v| v["sources"][0]["outlet_name"] = json!({"ru": " "}));
        assert!(has(&e, "sources[0].outlet_name", "at least one"), "{e:?}");
        let e = errors_after(|v| v["sources"][0]["title_note"] = json!({}));
        assert!(has(&e, "sources[0].title_note", "at least one"), "{e:?}");
        let e = errors_after(|v| v["outcome"]["status"]["source"] = json!("nope"));
        assert!(has(&e, "outcome.status.source", "unknown source"), "{e:?}");
        let e = errors_after(|v| {
            let i = region_index(v, "KZ-23");
            v["regions"][i]["activity"][0]["source"] = json!("nope");
        });
        let i = region_index(&base(), "KZ-23");
        assert!(
            has(
                &e,
                &format!("regions[{i}].activity[0].source"),
                "unknown source"
            ),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["as_of"] = json!("2026-03/02"));
        assert_eq!(e[0].path, "regions[0].figures[0].as_of", "{e:?}");
        assert!(e[0].message.contains("the second later"), "{e:?}");
        let e = errors_after(|v| v["outcome"]["status"]["state"] = json!("official"));
        assert!(e[0].message.contains("unknown variant `official`"), "{e:?}");
        let e = errors_after(|v| v["outcome"]["status"]["state"] = json!("started"));
        assert!(
            has(&e, "outcome.status.state", "\"final\" or \"preliminary\""),
            "{e:?}"
        );
        let e = errors_after(|v| v["timeline"][0]["date"] = json!("not given"));
        assert!(
            has(&e, "timeline[0].date", "needs a day or a month"),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["status"]["state"] = json!("final"));
        assert!(
            has(&e, "regions[0].status.state", "are for the result"),
            "{e:?}"
        );
    }

    #[test]
    fn bad_json_is_named() {
        let e = parse_pack("{\"schema_version\": 1, \"title\": ", &geo()).unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
        let e = parse_pack("", &geo()).unwrap_err();
        assert!(e[0].message.contains("not valid JSON"), "{e:?}");
        let e = parse_pack("[1, 2]", &geo()).unwrap_err();
        assert!(e[0].message.contains("JSON object"), "{e:?}");
    }

    #[test]
    fn schema_version_is_checked_first() {
        let e = errors_after(|v| v["schema_version"] = json!(2));
        assert!(
            has(&e, "schema_version", "unsupported schema version 2"),
            "{e:?}"
        );
        let e = errors_after(|v| {
            v.as_object_mut().unwrap().remove("schema_version");
        });
        assert!(has(&e, "schema_version", "missing"), "{e:?}");
        let e = errors_after(|v| v["schema_version"] = json!("1"));
        assert!(has(&e, "schema_version", "whole number"), "{e:?}");
    }

    #[test]
    fn type_errors_name_the_field() {
        let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = json!("abc"));
        assert_eq!(e[0].path, "regions[0].figures[0].value", "{e:?}");
        assert!(
            e[0].message.contains("invalid type: string \"abc\""),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["qualifier"] = json!("roughly"));
        assert_eq!(e[0].path, "regions[0].figures[0].qualifier");
        let e = errors_after(|v| v["sources"][0]["date"] = json!("2026-02-30"));
        assert_eq!(e[0].path, "sources[0].date");
        assert!(e[0].message.contains("day 30"), "{e:?}");
        let e = errors_after(|v| {
            v["regions"][0]["figures"][0]
                .as_object_mut()
                .unwrap()
                .remove("source");
        });
        assert_eq!(e[0].path, "regions[0].figures[0]");
        assert!(e[0].message.contains("missing field `source`"), "{e:?}");
        let e = errors_after(|v| v["metrics"][0]["lable"] = json!({"en": "typo"}));
        assert!(e[0].message.contains("unknown field `lable`"), "{e:?}");
    }

    #[test]
    fn references_and_ranges_are_checked() {
        let e = errors_after(|v| v["regions"][0]["id"] = json!("KZ-99"));
        assert!(
            has(&e, "regions[0].id", "unknown region id \"KZ-99\""),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = json!(-5));
        assert!(
            has(&e, "regions[0].figures[0].value", "zero or more, found -5"),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = json!(1e300));
        assert!(
            has(&e, "regions[0].figures[0].value", "implausibly large"),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["source"] = json!("nope"));
        assert!(
            has(
                &e,
                "regions[0].figures[0].source",
                "unknown source \"nope\""
            ),
            "{e:?}"
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["metric"] = json!("gdp"));
        assert!(
            has(&e, "regions[0].figures[0].metric", "unknown metric \"gdp\""),
            "{e:?}"
        );
        let e = errors_after(|v| v["sources"][0]["url"] = json!("javascript:alert(1)"));
        assert!(has(&e, "sources[0].url", "http(s) URL"), "{e:?}");
        let e = errors_after(|v| v["title"] = json!({"en": "  "}));
        assert!(has(&e, "title", "at least one"), "{e:?}");
        let e = errors_after(|v| v["title"] = json!({"en": "x".repeat(6000)}));
        assert!(
            has(&e, "title.en", "6,000 characters; the limit is 500"),
            "{e:?}"
        );
        let e = errors_after(|v| {
            for m in v["metrics"].as_array_mut().unwrap() {
                m["map"] = json!(false);
            }
        });
        assert!(has(&e, "metrics", "\"map\": true"), "{e:?}");
    }

    #[test]
    fn values_too_large_to_show_are_described_not_misquoted() {
        // `format::number` saturates at u64::MAX: these once all read 18,446,744,073,709,551,615.
        let at = "regions[0].figures[0].value";
        for (value, message) in [
            (
                json!(1e308),
                "a number of 10^15 or more is implausibly large (limit 10^12)",
            ),
            (
                json!(u64::MAX),
                "a number of 10^15 or more is implausibly large (limit 10^12)",
            ),
            (
                json!(2e12),
                "2,000,000,000,000 is implausibly large (limit 10^12)",
            ),
            (
                json!(-1e308),
                "must be a number of zero or more, found a number of -10^15 or less",
            ),
            (
                json!(-2e12),
                "must be a number of zero or more, found -2,000,000,000,000",
            ),
        ] {
            let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = value.clone());
            assert_eq!(e, [PackError::new(at, message)], "{value}");
        }
    }

    #[test]
    fn bytes_that_were_not_utf8_are_named() {
        // What the browser makes of Windows-1251 bytes: U+FFFD for each.
        let mut v = base();
        v["regions"][1]["people"] = json!([{"name": {"ru": "\u{FFFD}\u{FFFD}"},
            "role": {"ru": "x"}, "source": v["sources"][0]["id"]}]);
        let expected = [PackError::new(
            "regions[1].people[0].name.ru",
            "contains bytes that are not UTF-8 (shown as U+FFFD); save the file as UTF-8",
        )];
        assert_eq!(parse_pack(&v.to_string(), &geo()).unwrap_err(), expected);
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        assert_eq!(parse_pack(&pretty, &geo()).unwrap_err(), expected);
        // Written as an escape, it is a character the editor chose.
        let escaped = v.to_string().replace('\u{FFFD}', "\\ufffd");
        assert!(parse_pack(&escaped, &geo()).is_ok());
        // Before anything else, even the schema version.
        let e = parse_pack("\u{FFFD}{\"schema_version\": 2}", &geo()).unwrap_err();
        assert_eq!(e[0].path, "");
        assert!(e[0].message.contains("not UTF-8"), "{e:?}");
    }

    #[test]
    fn counts_are_whole_and_figures_not_too_small_to_show() {
        let at = "regions[0].figures[0].value";
        let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = json!(0.3));
        assert_eq!(
            e,
            [PackError::new(at, "a count is a whole number, found 0.3")]
        );
        let e = errors_after(|v| v["regions"][0]["figures"][0]["value"] = json!(1e-9));
        assert_eq!(
            e,
            [PackError::new(
                at,
                "is implausibly small (limit 10^-6; a figure of nothing is 0)"
            )]
        );
        // A tiny share of a percent is a figure: it is accepted, and shown as itself.
        let mut v = base();
        let figs = v["outcome"]["figures"].as_array_mut().unwrap();
        let turnout = figs.iter_mut().find(|f| f["metric"] == "turnout").unwrap();
        turnout["value"] = json!(0.004);
        assert!(parse_pack(&v.to_string(), &geo()).is_ok());
    }

    #[test]
    fn percentages_stop_at_100() {
        let e = errors_after(|v| {
            let figs = v["outcome"]["figures"].as_array_mut().unwrap();
            let turnout = figs.iter_mut().find(|f| f["metric"] == "turnout").unwrap();
            turnout["value"] = json!(173.12);
        });
        assert!(
            e.iter().any(|e| e.message.contains("cannot exceed 100")),
            "{e:?}"
        );
    }

    #[test]
    fn duplicates_are_rejected() {
        let e = errors_after(|v| {
            let r = v["regions"][0].clone();
            v["regions"].as_array_mut().unwrap().push(r);
        });
        let last = base()["regions"].as_array().unwrap().len();
        assert!(
            has(&e, &format!("regions[{last}].id"), "duplicate region id"),
            "{e:?}"
        );
        let e = errors_after(|v| {
            let s = v["sources"][0].clone();
            v["sources"].as_array_mut().unwrap().push(s);
        });
        assert!(
            e.iter().any(|e| e.message.contains("duplicate source id")),
            "{e:?}"
        );
        let e = errors_after(|v| {
            let i = region_index(v, "KZ-79");
            let f = v["regions"][i]["figures"][0].clone();
            v["regions"][i]["figures"].as_array_mut().unwrap().push(f);
        });
        assert!(
            e.iter().any(|e| e.message.contains("duplicate figure")),
            "{e:?}"
        );
        let e = errors_after(|v| {
            let m = v["metrics"][0].clone();
            v["metrics"].as_array_mut().unwrap().push(m);
        });
        assert!(
            e.iter().any(|e| e.message.contains("duplicate metric id")),
            "{e:?}"
        );
    }

    #[test]
    fn every_problem_is_reported_not_just_the_first() {
        let e = errors_after(|v| {
            v["regions"][0]["figures"][0]["value"] = json!(-1);
            v["sources"][0]["url"] = json!("ftp://x");
        });
        assert!(e.len() >= 2, "{e:?}");
    }

    #[test]
    fn markup_in_texts_is_just_text() {
        // Validation does not strip or reject markup: the components render it as text.
        let mut v = base();
        v["title"] = json!({"en": "<img src=x onerror=alert(1)>"});
        let pack = parse_pack(&v.to_string(), &geo()).unwrap();
        assert_eq!(
            pack.title.text(crate::lang::Lang::En),
            "<img src=x onerror=alert(1)>"
        );
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::content::{Geo, GEOMETRY};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn parsing_arbitrary_text_never_panics(s in ".{0,400}") {
            let _ = parse_pack(&s, &Geo::parse(GEOMETRY).unwrap());
        }

        #[test]
        fn truncating_the_pack_gives_an_error_not_a_panic(cut in 0usize..4000) {
            let json = include_str!("../../content/pack.json");
            let end = json.char_indices().map(|(i, _)| i).find(|&i| i >= cut).unwrap_or(0);
            let r = parse_pack(&json[..end], &Geo::parse(GEOMETRY).unwrap());
            prop_assert!(r.is_err());
        }
    }
}
