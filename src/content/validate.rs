//! Parsing and checking a content pack: JSON syntax, schema version, types (with the exact
//! field path), then meaning (references, ranges, duplicates) against the geometry.

use super::error::PackError;
use super::geo::Geo;
use super::pack::{Figure, Localized, Metric, Pack, Person, Unit, SCHEMA_VERSION};
use std::collections::HashSet;

/// Longest text accepted in any field; a pack that exceeds it is almost certainly broken.
const MAX_TEXT_CHARS: usize = 5_000;
/// Largest figure accepted: beyond any count this story can have.
const MAX_VALUE: f64 = 1e12;
const MAX_VALUE_TEXT: &str = "10^12";

/// Parses and validates `json`; every problem found is returned, not just the first.
pub fn parse_pack(json: &str, geo: &Geo) -> Result<Pack, Vec<PackError>> {
    check_schema_version(json)?;
    let pack: Pack = serde_json::from_str(json).map_err(|e| {
        let path = super::json_path::path_at(json, e.line(), e.column());
        vec![PackError::new(path, e.to_string())]
    })?;
    let errors = validate(&pack, geo);
    if errors.is_empty() {
        Ok(pack)
    } else {
        Err(errors)
    }
}

/// Just the version, read before anything else so a pack for another schema gets that message
/// rather than a list of type errors. The rest of the document is skipped unparsed.
#[derive(serde::Deserialize)]
struct Probe {
    schema_version: Option<serde::de::IgnoredAny>,
}

#[derive(serde::Deserialize)]
struct Version {
    schema_version: u64,
}

fn check_schema_version(json: &str) -> Result<(), Vec<PackError>> {
    let err = |path: &str, m: String| Err(vec![PackError::new(path, m)]);
    match serde_json::from_str::<Probe>(json) {
        Err(e) if e.is_syntax() || e.is_eof() => {
            return err("", format!("not valid JSON: {e}"));
        }
        Err(_) => {
            return err(
                "",
                format!("expected a JSON object with schema_version {SCHEMA_VERSION}"),
            );
        }
        Ok(Probe {
            schema_version: None,
        }) => {
            return err(
                "schema_version",
                format!("missing; this widget reads schema version {SCHEMA_VERSION}"),
            );
        }
        Ok(_) => {}
    }
    match serde_json::from_str::<Version>(json) {
        Ok(v) if v.schema_version == u64::from(SCHEMA_VERSION) => Ok(()),
        Ok(v) => err(
            "schema_version",
            format!(
                "unsupported schema version {}; this widget reads version {SCHEMA_VERSION}",
                v.schema_version
            ),
        ),
        Err(_) => err(
            "schema_version",
            format!("expected the whole number {SCHEMA_VERSION}"),
        ),
    }
}

struct Checker<'a> {
    errors: Vec<PackError>,
    sources: HashSet<&'a str>,
    metrics: Vec<&'a Metric>,
}

impl<'a> Checker<'a> {
    fn err(&mut self, path: String, message: impl Into<String>) {
        self.errors.push(PackError::new(path, message));
    }

    fn text(&mut self, path: String, t: &Localized) {
        let all = [&t.kk, &t.ru, &t.en];
        if all
            .iter()
            .all(|s| s.as_deref().is_none_or(|s| s.trim().is_empty()))
        {
            self.err(path.clone(), "needs a text in at least one of kk, ru, en");
        }
        for (code, s) in ["kk", "ru", "en"].iter().zip(all) {
            if let Some(s) = s {
                if s.chars().count() > MAX_TEXT_CHARS {
                    self.err(
                        format!("{path}.{code}"),
                        format!("text is longer than {MAX_TEXT_CHARS} characters"),
                    );
                }
            }
        }
    }

    fn source_ref(&mut self, path: String, id: &str) {
        if !self.sources.contains(id) {
            self.err(path, format!("unknown source {id:?} (not in sources)"));
        }
    }

    fn figure(&mut self, path: &str, f: &Figure) {
        let unit = match self.metrics.iter().find(|m| m.id == f.metric) {
            Some(m) => Some(m.unit),
            None => {
                self.err(
                    format!("{path}.metric"),
                    format!("unknown metric {:?} (not in metrics)", f.metric),
                );
                None
            }
        };
        let v = f.value;
        let shown = crate::format::number(v, crate::lang::Lang::En);
        if !v.is_finite() || v < 0.0 {
            self.err(
                format!("{path}.value"),
                format!("must be a number of zero or more, found {shown}"),
            );
        } else if v > MAX_VALUE {
            self.err(
                format!("{path}.value"),
                format!("{shown} is implausibly large (limit {MAX_VALUE_TEXT})"),
            );
        } else if unit == Some(Unit::Percent) && v > 100.0 {
            self.err(
                format!("{path}.value"),
                format!("a percentage cannot exceed 100, found {shown}"),
            );
        }
        self.source_ref(format!("{path}.source"), &f.source);
        if let Some(n) = &f.note {
            self.text(format!("{path}.note"), n);
        }
    }

    fn figures(&mut self, path: &str, figures: &[Figure], one_per_metric: bool) {
        for (i, f) in figures.iter().enumerate() {
            self.figure(&format!("{path}[{i}]"), f);
            let earlier = figures[..i]
                .iter()
                .position(|g| g.metric == f.metric && (one_per_metric || g.source == f.source));
            if let Some(j) = earlier {
                self.err(
                    format!("{path}[{i}]"),
                    format!(
                        "duplicate figure for metric {:?} (already at {path}[{j}])",
                        f.metric
                    ),
                );
            }
        }
    }

    fn people(&mut self, path: &str, people: &[Person]) {
        for (i, p) in people.iter().enumerate() {
            self.text(format!("{path}[{i}].name"), &p.name);
            self.text(format!("{path}[{i}].role"), &p.role);
            if let Some(q) = &p.quote {
                self.text(format!("{path}[{i}].quote"), q);
            }
            self.source_ref(format!("{path}[{i}].source"), &p.source);
        }
    }
}

/// Checks what serde cannot: references, ranges, duplicates and texts.
pub fn validate(pack: &Pack, geo: &Geo) -> Vec<PackError> {
    let mut c = Checker {
        errors: Vec::new(),
        sources: HashSet::new(),
        metrics: Vec::new(),
    };
    c.text("title".into(), &pack.title);

    for (i, s) in pack.sources.iter().enumerate() {
        let p = format!("sources[{i}]");
        if s.id.trim().is_empty() {
            c.err(format!("{p}.id"), "must not be empty");
        } else if !c.sources.insert(&s.id) {
            c.err(format!("{p}.id"), format!("duplicate source id {:?}", s.id));
        }
        if s.outlet.trim().is_empty() {
            c.err(format!("{p}.outlet"), "must not be empty");
        }
        c.text(format!("{p}.title"), &s.title);
        // Only web links: a `javascript:` or `data:` URL in a pack must never become a link.
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) || s.url.len() > 2000 {
            c.err(
                format!("{p}.url"),
                format!("expected an http(s) URL, found {:?}", s.url),
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
            c.err(
                format!("{p}.id"),
                format!(
                    "expected lowercase letters, digits and _ only, found {:?}",
                    m.id
                ),
            );
        } else if c.metrics.iter().any(|o| o.id == m.id) {
            c.err(format!("{p}.id"), format!("duplicate metric id {:?}", m.id));
        }
        c.metrics.push(m);
        c.text(format!("{p}.label"), &m.label);
        if let Some(d) = &m.description {
            c.text(format!("{p}.description"), d);
        }
    }
    if !pack.metrics.iter().any(|m| m.map) {
        c.err("metrics".into(), "at least one metric needs \"map\": true");
    }

    let mut seen_regions: HashSet<&str> = HashSet::new();
    for (i, r) in pack.regions.iter().enumerate() {
        let p = format!("regions[{i}]");
        if geo.unit(&r.id).is_none() {
            c.err(
                format!("{p}.id"),
                format!(
                    "unknown region id {:?} (expected an ISO 3166-2:KZ code such as \"KZ-55\")",
                    r.id
                ),
            );
        }
        if !seen_regions.insert(&r.id) {
            c.err(format!("{p}.id"), format!("duplicate region id {:?}", r.id));
        }
        if let Some(s) = &r.status {
            c.source_ref(format!("{p}.status.source"), &s.source);
            if let Some(n) = &s.note {
                c.text(format!("{p}.status.note"), n);
            }
        }
        if let Some(comp) = &r.composition {
            c.text(format!("{p}.composition.text"), &comp.text);
            c.source_ref(format!("{p}.composition.source"), &comp.source);
        }
        c.people(&format!("{p}.people"), &r.people);
        c.figures(&format!("{p}.figures"), &r.figures, true);
    }

    c.text("national.name".into(), &pack.national.name);
    if let Some(d) = &pack.national.description {
        c.text("national.description.text".into(), &d.text);
        c.source_ref("national.description.source".into(), &d.source);
    }
    c.people("national.people", &pack.national.people);
    // Reports can disagree on a national figure: each is kept with its own source.
    c.figures("national.figures", &pack.national.figures, false);

    for (i, t) in pack.timeline.iter().enumerate() {
        c.text(format!("timeline[{i}].text"), &t.text);
        c.source_ref(format!("timeline[{i}].source"), &t.source);
    }

    c.text("outcome.label".into(), &pack.outcome.label);
    if let Some(n) = &pack.outcome.note {
        c.text("outcome.note".into(), n);
    }
    c.figures("outcome.figures", &pack.outcome.figures, false);

    c.errors
}
