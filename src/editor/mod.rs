//! The editor page's logic (issue 14), pure so that it is tested natively: edits on a pack's
//! JSON value (set or remove a figure, add a source, a metric, a region's status), the
//! widget's own checks on the result with each message matched to the field it is about, and
//! what changed since the pack the editor started from (`diff`).
//!
//! The pack is edited as its JSON value, as `figures_csv` reads it: a field the editor has no
//! form for is kept as written, and what the editor exports is exactly what the widget reads.

pub mod diff;

use crate::content::error::PackError;
use crate::content::pack::{Qualifier, Unit};
use crate::content::{translations, validate, Geo};
use crate::lang::Lang;
use serde_json::{json, Map, Value};

/// Where a list of figures sits: a unit's, the nationwide ones or the result's.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Region(String),
    National,
    Outcome,
}

impl Scope {
    /// As the CSV's `scope` column writes it.
    pub fn code(&self) -> &str {
        match self {
            Scope::Region(id) => id,
            Scope::National => "national",
            Scope::Outcome => "outcome",
        }
    }
}

/// The qualifiers a figure can have, in the order the form offers them.
pub const QUALIFIERS: [(&str, Qualifier); 4] = [
    ("exact", Qualifier::Exact),
    ("approx", Qualifier::Approx),
    ("at_least", Qualifier::AtLeast),
    ("almost", Qualifier::Almost),
];

/// A figure as its form holds it: text, as typed. What does not parse is still written into
/// the pack (a value that is not a number as a string), so that the widget's validator names
/// the mistake with its own message.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FigureDraft {
    pub metric: String,
    pub value: String,
    pub qualifier: String,
    pub as_of: String,
    pub source: String,
    /// kk, ru, en; an empty one is left out.
    pub note: [String; 3],
}

impl FigureDraft {
    /// The form's text for a figure of the pack.
    pub fn of(figure: &Value) -> FigureDraft {
        let s = |k: &str| match &figure[k] {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            v => v.to_string(),
        };
        let note = |l: &str| figure["note"][l].as_str().unwrap_or_default().to_string();
        FigureDraft {
            metric: s("metric"),
            value: s("value"),
            qualifier: s("qualifier"),
            as_of: s("as_of"),
            source: s("source"),
            note: [note("kk"), note("ru"), note("en")],
        }
    }
}

/// A number as the pack writes it: a whole number stays an integer (500, not 500.0).
fn number(text: &str) -> Value {
    let t = text.trim();
    if let Ok(i) = t.parse::<i64>() {
        return Value::from(i);
    }
    match t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
        Some(n) => Value::Number(n),
        None => Value::String(text.to_string()),
    }
}

/// A `{kk, ru, en}` object of the texts that are not empty, or none.
fn localized(texts: &[String; 3]) -> Option<Value> {
    let m: Map<String, Value> = (Lang::ALL.iter().zip(texts))
        .filter(|(_, t)| !t.is_empty())
        .map(|(l, t)| (l.code().to_string(), Value::String(t.clone())))
        .collect();
    (!m.is_empty()).then_some(Value::Object(m))
}

/// The JSON path of a scope's figures, as the validator names it.
pub fn figures_path(pack: &Value, scope: &Scope) -> Option<String> {
    match scope {
        Scope::Region(id) => region_index(pack, id).map(|i| format!("regions[{i}].figures")),
        Scope::National => Some("national.figures".into()),
        Scope::Outcome => Some("outcome.figures".into()),
    }
}

fn region_index(pack: &Value, id: &str) -> Option<usize> {
    pack["regions"]
        .as_array()?
        .iter()
        .position(|r| r["id"] == id)
}

/// The region entry of `id`, added (with no figures) when the pack has none yet.
fn region_mut<'a>(pack: &'a mut Value, id: &str) -> Option<&'a mut Value> {
    let i = match region_index(pack, id) {
        Some(i) => i,
        None => {
            let regions = pack["regions"].as_array_mut()?;
            regions.push(json!({ "id": id }));
            regions.len() - 1
        }
    };
    pack["regions"].get_mut(i)
}

fn figures_mut<'a>(pack: &'a mut Value, scope: &Scope) -> Option<&'a mut Vec<Value>> {
    let owner = match scope {
        Scope::Region(id) => region_mut(pack, id)?,
        Scope::National => &mut pack["national"],
        Scope::Outcome => &mut pack["outcome"],
    };
    let obj = owner.as_object_mut()?;
    obj.entry("figures")
        .or_insert_with(|| Value::Array(Vec::new()))
        .as_array_mut()
}

/// The figures of a scope (none when it has no list).
pub fn figures<'a>(pack: &'a Value, scope: &Scope) -> &'a [Value] {
    let owner = match scope {
        Scope::Region(id) => match region_index(pack, id) {
            Some(i) => &pack["regions"][i],
            None => return &[],
        },
        Scope::National => &pack["national"],
        Scope::Outcome => &pack["outcome"],
    };
    owner["figures"].as_array().map_or(&[][..], Vec::as_slice)
}

/// The place of a unit's figure for `metric`, if it has one.
pub fn find_figure(pack: &Value, scope: &Scope, metric: &str) -> Option<usize> {
    figures(pack, scope)
        .iter()
        .position(|f| f["metric"] == metric)
}

/// Writes `draft` over the figure at `index` of `scope` (keeping the fields the form has no
/// place for, such as `time`), or adds it when `index` is none. Gives the figure's index.
pub fn set_figure(
    pack: &mut Value,
    scope: &Scope,
    index: Option<usize>,
    draft: &FigureDraft,
) -> Option<usize> {
    let list = figures_mut(pack, scope)?;
    let i = match index {
        Some(i) if i < list.len() => i,
        _ => {
            list.push(Value::Object(Map::new()));
            list.len() - 1
        }
    };
    let f = list[i].as_object_mut()?;
    f.insert("metric".into(), Value::String(draft.metric.clone()));
    f.insert("value".into(), number(&draft.value));
    f.insert("qualifier".into(), Value::String(draft.qualifier.clone()));
    f.insert(
        "as_of".into(),
        Value::String(draft.as_of.trim().to_string()),
    );
    f.insert("source".into(), Value::String(draft.source.clone()));
    match localized(&draft.note) {
        Some(n) => f.insert("note".into(), n),
        None => f.remove("note"),
    };
    Some(i)
}

/// Removes a figure: the unit then has none for that metric, which the widget shows as
/// "not reported" (never as 0).
pub fn remove_figure(pack: &mut Value, scope: &Scope, index: usize) {
    if let Some(list) = figures_mut(pack, scope) {
        if index < list.len() {
            list.remove(index);
        }
    }
}

/// A new source as its form holds it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SourceDraft {
    pub outlet: String,
    pub url: String,
    /// The headline as published, in `language`.
    pub headline: String,
    pub language: String,
    /// The project's translations of the headline into kk, ru, en (the published language's
    /// own entry is `headline`, never one of these).
    pub translations: [String; 3],
    pub date: String,
}

/// An id for a new source: its outlet and date, as the pack's ids are written
/// (`astanatv-2026-02-13`), made unique.
pub fn source_id(pack: &Value, outlet: &str, date: &str) -> String {
    let slug: String = outlet
        .chars()
        .map(|c| c.to_ascii_lowercase())
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let slug: Vec<&str> = slug.split('-').filter(|s| !s.is_empty()).collect();
    let outlet = if slug.is_empty() {
        "source".to_string()
    } else {
        slug.join("-")
    };
    let date: String = date
        .trim()
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    let base = if date.is_empty() {
        outlet
    } else {
        format!("{outlet}-{date}")
    };
    let taken = |id: &str| {
        pack["sources"]
            .as_array()
            .is_some_and(|s| s.iter().any(|s| s["id"] == id))
    };
    (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|id| !taken(id))
        .unwrap_or(base)
}

/// Adds a source to the pack; gives its id and its place in `sources`.
pub fn add_source(pack: &mut Value, draft: &SourceDraft) -> Option<(String, usize)> {
    let id = source_id(pack, &draft.outlet, &draft.date);
    let mut title = Map::new();
    for (l, t) in Lang::ALL.iter().zip(&draft.translations) {
        if !t.is_empty() && l.code() != draft.language {
            title.insert(l.code().into(), Value::String(t.clone()));
        }
    }
    title.insert(
        draft.language.clone(),
        Value::String(draft.headline.clone()),
    );
    let source = json!({
        "id": id,
        "outlet": draft.outlet,
        "title": title,
        "date": draft.date.trim(),
        "url": draft.url.trim(),
        "language": draft.language,
    });
    let list = pack["sources"].as_array_mut()?;
    list.push(source);
    Some((id, list.len() - 1))
}

/// A field of the source at `index` that its form edits: `outlet`, `url`, `date`, `language`
/// or a headline `title.<lang>`. An empty headline is left out rather than written empty.
pub fn set_source_field(pack: &mut Value, index: usize, field: &str, text: &str) {
    let Some(s) = pack["sources"]
        .get_mut(index)
        .and_then(Value::as_object_mut)
    else {
        return;
    };
    match field.strip_prefix("title.") {
        Some(lang) => {
            let title = s.entry("title").or_insert_with(|| json!({}));
            if let Some(t) = title.as_object_mut() {
                if text.is_empty() {
                    t.remove(lang);
                } else {
                    t.insert(lang.to_string(), Value::String(text.to_string()));
                }
            }
        }
        None => {
            s.insert(field.to_string(), Value::String(text.to_string()));
        }
    }
}

/// The place of the source `id` in `sources`.
pub fn source_index(pack: &Value, id: &str) -> Option<usize> {
    pack["sources"]
        .as_array()?
        .iter()
        .position(|s| s["id"] == id)
}

/// Adds a metric (a column of the table).
pub fn add_metric(pack: &mut Value, id: &str, label: &[String; 3], unit: Unit, map: bool) {
    let mut m = Map::new();
    m.insert("id".into(), Value::String(id.trim().to_string()));
    m.insert(
        "label".into(),
        localized(label).unwrap_or_else(|| json!({})),
    );
    let unit = match unit {
        Unit::Count => "count",
        Unit::Percent => "percent",
    };
    m.insert("unit".into(), Value::String(unit.into()));
    if map {
        m.insert("map".into(), Value::Bool(true));
    }
    if let Some(list) = pack["metrics"].as_array_mut() {
        list.push(Value::Object(m));
    }
}

/// Sets what has been reported about a unit's coalition (`state` as the pack writes it:
/// `started`, `started_all_regions`), or removes it when `state` is empty.
pub fn set_status(pack: &mut Value, region: &str, state: &str, as_of: &str, source: &str) {
    let Some(obj) = region_mut(pack, region).and_then(Value::as_object_mut) else {
        return;
    };
    if state.is_empty() {
        obj.remove("status");
    } else {
        obj.insert(
            "status".into(),
            json!({ "state": state, "as_of": as_of.trim(), "source": source }),
        );
    }
}

/// A person to add to a unit's reports: name and role in each language given, the source
/// that names them and, when they were quoted, the words as published in the one language they
/// were said in (never translated here).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonDraft {
    pub name: [String; 3],
    pub role: [String; 3],
    pub quote: String,
    /// `kk`, `ru` or `en`: the language of `quote`.
    pub quote_lang: String,
    pub source: String,
}

/// Adds a person to a unit's `people`, after those already there.
pub fn add_person(pack: &mut Value, region: &str, d: &PersonDraft) {
    let mut person = Map::new();
    for (key, texts) in [("name", &d.name), ("role", &d.role)] {
        let text = localized(&texts.clone().map(|t| t.trim().to_string()));
        person.insert(key.into(), text.unwrap_or_else(|| json!({})));
    }
    let quote = d.quote.trim();
    if !quote.is_empty() {
        person.insert("quote".into(), json!({ d.quote_lang.as_str(): quote }));
    }
    person.insert("source".into(), Value::String(d.source.clone()));
    let Some(obj) = region_mut(pack, region).and_then(Value::as_object_mut) else {
        return;
    };
    match obj.get_mut("people").and_then(Value::as_array_mut) {
        Some(list) => list.push(Value::Object(person)),
        None => {
            obj.insert("people".into(), Value::Array(vec![Value::Object(person)]));
        }
    }
}

/// Removes the `index`th person of a unit; the list goes with its last person.
pub fn remove_person(pack: &mut Value, region: &str, index: usize) {
    let Some(i) = region_index(pack, region) else {
        return;
    };
    let Some(obj) = pack["regions"][i].as_object_mut() else {
        return;
    };
    if let Some(list) = obj.get_mut("people").and_then(Value::as_array_mut) {
        if index < list.len() {
            list.remove(index);
        }
        if list.is_empty() {
            obj.remove("people");
        }
    }
}

/// The widget's verdict on a pack: its errors (the pack cannot be exported while there is
/// one) and what it lacks but copes with.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub errors: Vec<PackError>,
    pub warnings: Vec<PackError>,
}

impl Report {
    /// The problems about the field at `path` (`regions[3].figures[0].value`) or inside it.
    pub fn at(&self, path: &str) -> Vec<&PackError> {
        let inside = |e: &&PackError| {
            e.path
                .strip_prefix(path)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
        };
        self.errors
            .iter()
            .chain(&self.warnings)
            .filter(inside)
            .collect()
    }
}

/// Checks `pack` exactly as the widget checks a pack it is given, from its JSON text.
pub fn check(pack: &Value, geo: &Geo) -> Report {
    let text = pack.to_string();
    match validate::parse_pack(&text, geo) {
        // The rules of figures at a time of day too, which the widget checks where it shows
        // them (referendum day's module): a pack that breaks them must not be exported.
        Ok(p) => Report {
            errors: validate::timed(&p),
            warnings: translations::missing(&p),
        },
        Err(errors) => Report {
            errors,
            warnings: Vec::new(),
        },
    }
}

/// The figure an error is about, from its path (`regions[3].figures[0].value`): its scope
/// and place, so that the list of errors can open the figure's form.
pub fn locate(pack: &Value, path: &str) -> Option<(Scope, usize)> {
    fn index(s: &str) -> Option<(usize, &str)> {
        let (n, rest) = s.strip_prefix('[')?.split_once(']')?;
        Some((n.parse().ok()?, rest))
    }
    let (scope, rest) = if let Some(rest) = path.strip_prefix("regions") {
        let (i, rest) = index(rest)?;
        let id = pack["regions"][i]["id"].as_str()?;
        (
            Scope::Region(id.to_string()),
            rest.strip_prefix(".figures")?,
        )
    } else if let Some(rest) = path.strip_prefix("national.figures") {
        (Scope::National, rest)
    } else {
        (Scope::Outcome, path.strip_prefix("outcome.figures")?)
    };
    let (j, _) = index(rest)?;
    Some((scope, j))
}

/// A message as the form shows it beside its field: the parser's position in the editor's
/// own copy of the pack (" at line 1 column 5120") means nothing to the editor.
pub fn field_message(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

/// A figure's value with its qualifier in `lang` ("130+", "about 700"), or its raw value
/// when it does not parse (the validator says why).
pub fn figure_text(pack: &Value, figure: &Value, lang: Lang) -> String {
    let metric = figure["metric"].as_str().unwrap_or_default();
    let unit = pack["metrics"]
        .as_array()
        .and_then(|ms| ms.iter().find(|m| m["id"] == metric))
        .map(|m| match m["unit"].as_str() {
            Some("percent") => Unit::Percent,
            _ => Unit::Count,
        })
        .unwrap_or(Unit::Count);
    let qualifier = QUALIFIERS
        .iter()
        .find(|(code, _)| figure["qualifier"] == *code)
        .map(|&(_, q)| q);
    let text = match (figure["value"].as_f64(), qualifier) {
        (Some(v), Some(q)) if v.is_finite() && v >= 0.0 => {
            crate::format::qualified(v, q, unit, lang)
        }
        _ => match &figure["value"] {
            Value::String(s) => s.clone(),
            v => v.to_string(),
        },
    };
    // A figure at a time of day says its time ("24.02% (10:00)").
    match figure["time"].as_str() {
        Some(t) => format!("{text} ({t})"),
        None => text,
    }
}

/// The text of a `{kk, ru, en}` object in `lang`, or the nearest language that has it.
pub fn text_in(v: &Value, lang: Lang) -> &str {
    lang.fallbacks()
        .iter()
        .find_map(|l| v[l.code()].as_str().filter(|s| !s.trim().is_empty()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
