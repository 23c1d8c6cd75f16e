//! The pack's figures as a CSV table and back, because newsrooms keep figures in spreadsheets:
//! one row a figure, with the columns of its source. Pure (no `web_sys`): the `pack` command
//! line uses it, and the editor page can. It works on the pack's JSON value, so a round trip
//! keeps every field exactly as written (500 stays an integer, 73.12 a decimal), and nothing
//! here enters the widget's first view.
//!
//! Reading checks what only the table can get wrong (columns, numbers, qualifiers, dates, a
//! source described two ways); the result then goes through the widget's own validator, and
//! [`Imported::locate`] turns its errors about figures and sources back into rows and columns.

use super::csv::{read_records, write_record, CsvError, Record};
use super::date::ReportDate;
use super::error::PackError;
use super::pack::Qualifier;
use crate::lang::Lang;
use serde_json::{Map, Number, Value};

/// Every column, in the order `figures_to_csv` writes them. On reading, columns may come in
/// any order and only [`REQUIRED`] ones must be there.
pub const COLUMNS: [&str; 24] = [
    "scope",
    "metric",
    "value",
    "qualifier",
    "as_of",
    // The time of day a figure describes (intraday turnout at 10:00, 12:00, ...), when it has one.
    "time",
    "note_kk",
    "note_ru",
    "note_en",
    "source",
    "source_outlet",
    "source_outlet_name_kk",
    "source_outlet_name_ru",
    "source_outlet_name_en",
    "source_language",
    "source_headline",
    "source_translation_kk",
    "source_translation_ru",
    "source_translation_en",
    "source_headline_note_kk",
    "source_headline_note_ru",
    "source_headline_note_en",
    "source_date",
    "source_url",
];

/// The columns a figure cannot do without.
pub const REQUIRED: [&str; 6] = ["scope", "metric", "value", "qualifier", "as_of", "source"];

/// The columns that describe a row's source; all empty, the row cites a source as it is.
const SOURCE_COLUMNS: std::ops::Range<usize> = 10..24;

const NATIONAL: &str = "national";
const OUTCOME: &str = "outcome";

/// The figures of `pack` (a valid pack's JSON value) as CSV: a byte order mark (so that Excel
/// reads UTF-8), the header, then one row a figure: the regions' in pack order, the national
/// ones, the result's. Every row carries its source's columns. A field this table has no
/// column for is an error rather than lost.
pub fn figures_to_csv(pack: &Value) -> Result<String, Vec<PackError>> {
    let mut out = String::from("\u{FEFF}");
    write_record(&mut out, &COLUMNS);
    let mut errors = Vec::new();
    let sources = pack["sources"].as_array().map_or(&[][..], Vec::as_slice);
    for (path, scope, figures) in scopes(pack) {
        for (i, figure) in figures.iter().enumerate() {
            let at = format!("{path}[{i}]");
            match figure_row(&at, scope, figure, sources) {
                Ok(row) => write_record(&mut out, &row),
                Err(e) => errors.push(e),
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Each list of figures in `pack`, with its path and scope.
fn scopes(pack: &Value) -> Vec<(String, &str, &[Value])> {
    fn list(v: &Value) -> &[Value] {
        v["figures"].as_array().map_or(&[][..], Vec::as_slice)
    }
    let mut out = Vec::new();
    if let Some(regions) = pack["regions"].as_array() {
        for (i, r) in regions.iter().enumerate() {
            let id = r["id"].as_str().unwrap_or_default();
            out.push((format!("regions[{i}].figures"), id, list(r)));
        }
    }
    out.push(("national.figures".into(), NATIONAL, list(&pack["national"])));
    out.push(("outcome.figures".into(), OUTCOME, list(&pack["outcome"])));
    out
}

/// The cells of one figure, in the order of `COLUMNS`.
fn figure_row(
    at: &str,
    scope: &str,
    figure: &Value,
    sources: &[Value],
) -> Result<Vec<String>, PackError> {
    let mut row = vec![String::new(); COLUMNS.len()];
    row[0] = scope.to_string();
    fill(&mut row, at, figure, &FIGURE_FIELDS)?;
    let id = figure["source"].as_str().unwrap_or_default();
    let (i, source) = sources
        .iter()
        .enumerate()
        .find(|(_, s)| s["id"] == id)
        .ok_or_else(|| PackError::new(format!("{at}.source"), format!("unknown source {id:?}")))?;
    let language = source["language"].as_str().unwrap_or_default();
    fill(
        &mut row,
        &format!("sources[{i}]"),
        source,
        &source_fields(language),
    )?;
    Ok(row)
}

/// Where one field of a figure or source goes: a single column, or one per language.
#[derive(Clone, Copy)]
enum Cell {
    One(&'static str),
    /// The columns for kk, ru and en.
    Langs([&'static str; 3]),
    /// Not written: the field is the row's own key.
    Key,
}

const FIGURE_FIELDS: [(&str, Cell); 7] = [
    ("metric", Cell::One("metric")),
    ("value", Cell::One("value")),
    ("qualifier", Cell::One("qualifier")),
    ("as_of", Cell::One("as_of")),
    ("time", Cell::One("time")),
    ("source", Cell::One("source")),
    ("note", Cell::Langs(["note_kk", "note_ru", "note_en"])),
];

/// A source's fields; the title's column for its published language is `source_headline`.
fn source_fields(language: &str) -> [(&'static str, Cell); 8] {
    let mut title = [
        "source_translation_kk",
        "source_translation_ru",
        "source_translation_en",
    ];
    if let Some(i) = ["kk", "ru", "en"].iter().position(|&l| l == language) {
        title[i] = "source_headline";
    }
    [
        ("id", Cell::Key),
        ("outlet", Cell::One("source_outlet")),
        (
            "outlet_name",
            Cell::Langs([
                "source_outlet_name_kk",
                "source_outlet_name_ru",
                "source_outlet_name_en",
            ]),
        ),
        ("title", Cell::Langs(title)),
        (
            "title_note",
            Cell::Langs([
                "source_headline_note_kk",
                "source_headline_note_ru",
                "source_headline_note_en",
            ]),
        ),
        ("date", Cell::One("source_date")),
        ("url", Cell::One("source_url")),
        ("language", Cell::One("source_language")),
    ]
}

fn column_index(name: &str) -> usize {
    COLUMNS.iter().position(|&c| c == name).unwrap_or(0)
}

/// Copies the fields of `object` into `row` as `fields` place them.
fn fill(
    row: &mut [String],
    at: &str,
    object: &Value,
    fields: &[(&str, Cell)],
) -> Result<(), PackError> {
    let no_column = |key: &str| {
        PackError::new(
            format!("{at}.{key}"),
            "the CSV has no column for this field",
        )
    };
    let Some(object) = object.as_object() else {
        return Err(PackError::new(at, "expected an object"));
    };
    for (key, value) in object {
        let cell = fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|&(_, c)| c)
            .ok_or_else(|| no_column(key))?;
        match cell {
            Cell::Key => {}
            Cell::One(column) => {
                row[column_index(column)] = match value {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    _ => return Err(no_column(key)),
                }
            }
            Cell::Langs(columns) => {
                let Some(texts) = value.as_object() else {
                    return Err(no_column(key));
                };
                for (lang, text) in texts {
                    let i = ["kk", "ru", "en"].iter().position(|l| l == lang);
                    match (i, text.as_str()) {
                        (Some(i), Some(t)) => row[column_index(columns[i])] = t.to_string(),
                        _ => return Err(no_column(&format!("{key}.{lang}"))),
                    }
                }
            }
        }
    }
    Ok(())
}

/// A pack built from a CSV file and a base pack, with what each of its figures and sources
/// came from, so that the validator's errors can be named by row and column.
#[derive(Debug)]
pub struct Imported {
    pub pack: Value,
    origins: Vec<Origin>,
}

#[derive(Debug)]
struct Origin {
    /// `regions[3].figures[1]`, `regions[20]` (an entry the CSV added) or `sources[44]`.
    path: String,
    row: usize,
    kind: OriginKind,
}

#[derive(Debug, Clone, Copy)]
enum OriginKind {
    Figure,
    Region,
    Source { language: Lang },
}

/// The pack `base` (a valid pack's JSON value) with its figures replaced by those of `csv`:
/// each region's, the national and the result's figures are the CSV's rows for that scope, in
/// their order (a region with no row has no figures). Sources that rows describe are added,
/// or replace the base's source of that id; the others stay as they are. Every problem found
/// is returned, each naming its row.
pub fn csv_to_pack(csv: &str, base: &Value) -> Result<Imported, Vec<CsvError>> {
    let records = read_records(csv).map_err(|e| vec![e])?;
    let Some((header, rows)) = records.split_first() else {
        return Err(vec![CsvError::new(
            1,
            None,
            "the file is empty; the first row names the columns",
        )]);
    };
    let columns = read_header(header)?;
    let mut errors = Vec::new();
    let mut table = Table::default();
    for record in rows {
        if let Err(e) = table.add(record, &columns) {
            errors.extend(e);
        }
    }
    if errors.is_empty() {
        Ok(table.apply(base))
    } else {
        Err(errors)
    }
}

/// For each of `COLUMNS`, its field's index in the file's rows.
type ColumnMap = [Option<usize>; COLUMNS.len()];

fn read_header(header: &Record) -> Result<ColumnMap, Vec<CsvError>> {
    let mut map: ColumnMap = [None; COLUMNS.len()];
    let mut errors = Vec::new();
    for (i, name) in header.fields.iter().enumerate() {
        let name = name.trim();
        match COLUMNS.iter().position(|&c| c == name) {
            None => errors.push(CsvError::new(
                1,
                Some(name),
                format!("unknown column; the columns are {}", COLUMNS.join(", ")),
            )),
            Some(c) if map[c].is_some() => {
                errors.push(CsvError::new(1, Some(name), "the column appears twice"))
            }
            Some(c) => map[c] = Some(i),
        }
    }
    for name in REQUIRED {
        if map[column_index(name)].is_none() {
            errors.push(CsvError::new(1, None, format!("no column `{name}`")));
        }
    }
    if errors.is_empty() {
        Ok(map)
    } else {
        Err(errors)
    }
}

/// One record's cells, by column name.
struct Cells<'a> {
    record: &'a Record,
    columns: &'a ColumnMap,
}

impl Cells<'_> {
    fn raw(&self, column: &str) -> &str {
        self.columns[column_index(column)]
            .and_then(|i| self.record.fields.get(i))
            .map_or("", String::as_str)
    }

    /// A cell holding an id, a number or a date: spaces around it are a spreadsheet's, not data.
    fn trimmed(&self, column: &str) -> &str {
        self.raw(column).trim()
    }

    fn err(&self, column: &str, message: impl Into<String>) -> CsvError {
        CsvError::new(self.record.row, Some(column), message)
    }

    /// A cell that must not be empty.
    fn required(&self, column: &str, what: &str) -> Result<&str, CsvError> {
        match self.trimmed(column) {
            "" => Err(self.err(column, format!("is empty; {what}"))),
            s => Ok(s),
        }
    }

    /// A figure's `value`, `qualifier`, `as_of` or `metric` from its non-empty cell `s`.
    fn figure_field(&self, key: &str, s: &str) -> Result<Value, CsvError> {
        match key {
            "value" => number(s).map(Value::Number).map_err(|m| self.err(key, m)),
            "qualifier" => {
                serde_json::from_value::<Qualifier>(Value::String(s.to_string()))
                    .map_err(|e| self.err(key, e.to_string()))?;
                Ok(Value::String(s.to_string()))
            }
            "as_of" => {
                ReportDate::parse(s).map_err(|m| self.err(key, m))?;
                Ok(Value::String(s.to_string()))
            }
            _ => Ok(Value::String(s.to_string())),
        }
    }

    /// The texts of `columns` (kk, ru, en) as a localized text; none when all are empty.
    fn localized(&self, columns: [&str; 3]) -> Option<Value> {
        let mut text = Map::new();
        for (lang, column) in ["kk", "ru", "en"].iter().zip(columns) {
            let s = self.raw(column);
            if !s.is_empty() {
                text.insert(lang.to_string(), Value::String(s.to_string()));
            }
        }
        (!text.is_empty()).then_some(Value::Object(text))
    }
}

/// The value of `r`, its error kept in `errors`.
fn keep<T>(errors: &mut Vec<CsvError>, r: Result<T, CsvError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// A figure's value as JSON writes it: an integer stays an integer, so the round trip is exact.
fn number(s: &str) -> Result<Number, String> {
    let bad = || {
        format!(
            "expected a plain number such as 12000 or 73.12 (no spaces, thousands separators \
             or signs; a point before decimals), found {s:?}"
        )
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let unsigned = s.strip_prefix('-').unwrap_or(s);
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(i) => (&unsigned[..i], Some(&unsigned[i + 1..])),
        None => (unsigned, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    if !digits(int) || !frac.is_none_or(digits) || !exponent_ok {
        return Err(bad());
    }
    if frac.is_none() && exponent.is_none() {
        if let Ok(n) = s.parse::<u64>() {
            return Ok(n.into());
        }
        if let Ok(n) = s.parse::<i64>() {
            return Ok(n.into());
        }
    }
    let v: f64 = s.parse().map_err(|_| bad())?;
    Number::from_f64(v).ok_or_else(|| format!("the number {s:?} is out of range"))
}

/// A source as one row describes it, and the cells it was read from (to compare rows).
struct Described {
    id: String,
    row: usize,
    language: Lang,
    cells: Vec<String>,
    value: Value,
}

#[derive(Default)]
struct Table {
    /// Each scope's figures, scopes in order of first appearance.
    scopes: Vec<(String, Vec<(usize, Value)>)>,
    sources: Vec<Described>,
}

impl Table {
    fn add(&mut self, record: &Record, columns: &ColumnMap) -> Result<(), Vec<CsvError>> {
        let width = columns.iter().flatten().count();
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            return Ok(());
        }
        if record.fields.len() != width {
            return Err(vec![CsvError::new(
                record.row,
                None,
                format!(
                    "has {} columns; the header has {width}",
                    record.fields.len()
                ),
            )]);
        }
        let c = Cells { record, columns };
        let mut errors = Vec::new();
        let mut figure = Map::new();
        let scope = keep(
            &mut errors,
            c.required(
                "scope",
                "write a region id such as KZ-55, or national, or outcome",
            ),
        );
        for (key, what) in [
            ("metric", "write the id of a metric such as members"),
            (
                "value",
                "a figure needs its number (when none is reported, delete the row; never write 0)",
            ),
            ("qualifier", "write exact, approx, at_least or almost"),
            (
                "as_of",
                "write the date as the source gives it, or not given",
            ),
        ] {
            let value = c.required(key, what).and_then(|s| c.figure_field(key, s));
            if let Some(v) = keep(&mut errors, value) {
                figure.insert(key.to_string(), v);
            }
        }
        let time = c.trimmed("time");
        if !time.is_empty() {
            figure.insert("time".into(), Value::String(time.to_string()));
        }
        let source = c.required("source", "write the id of the figure's source");
        if let Some(id) = keep(&mut errors, source) {
            figure.insert("source".into(), Value::String(id.to_string()));
            keep(&mut errors, self.describe(&c, id));
        }
        if let Some(note) = c.localized(["note_kk", "note_ru", "note_en"]) {
            figure.insert("note".into(), note);
        }
        let Some(scope) = scope.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        let figures = match self.scopes.iter().position(|(s, _)| s == scope) {
            Some(i) => &mut self.scopes[i].1,
            None => {
                self.scopes.push((scope.to_string(), Vec::new()));
                &mut self.scopes.last_mut().expect("just pushed").1
            }
        };
        figures.push((record.row, Value::Object(figure)));
        Ok(())
    }

    /// Learns the source a row describes, if it describes one; rows describing one source
    /// must agree.
    fn describe(&mut self, c: &Cells, id: &str) -> Result<(), CsvError> {
        let cells: Vec<String> = COLUMNS[SOURCE_COLUMNS]
            .iter()
            .map(|col| c.raw(col).to_string())
            .collect();
        if cells.iter().all(|s| s.trim().is_empty()) {
            return Ok(());
        }
        if let Some(earlier) = self.sources.iter().find(|s| s.id == id) {
            let differs = COLUMNS[SOURCE_COLUMNS]
                .iter()
                .zip(cells.iter().zip(&earlier.cells))
                .find(|(_, (a, b))| a != b);
            return match differs {
                None => Ok(()),
                Some((column, _)) => Err(c.err(
                    column,
                    format!(
                        "differs from row {}, which describes source {id:?} too; a source's \
                         columns must be the same on every row that fills them in",
                        earlier.row
                    ),
                )),
            };
        }
        let language = c.trimmed("source_language");
        let lang = serde_json::from_value::<Lang>(Value::String(language.to_string()))
            .map_err(|e| c.err("source_language", e.to_string()))?;
        let date = c.required("source_date", "write the date the source gives")?;
        ReportDate::parse(date).map_err(|m| c.err("source_date", m))?;
        let mut title = [
            "source_translation_kk",
            "source_translation_ru",
            "source_translation_en",
        ];
        let own = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        if !c.raw(title[own]).is_empty() {
            return Err(c.err(
                title[own],
                format!(
                    "the source is published in {}, so its headline as published goes in \
                     `source_headline`; this column is for a translation",
                    lang.code()
                ),
            ));
        }
        title[own] = "source_headline";
        let mut source = Map::new();
        source.insert("id".into(), Value::String(id.to_string()));
        let text = |col: &str| Value::String(c.raw(col).to_string());
        source.insert("outlet".into(), text("source_outlet"));
        if let Some(n) = c.localized([
            "source_outlet_name_kk",
            "source_outlet_name_ru",
            "source_outlet_name_en",
        ]) {
            source.insert("outlet_name".into(), n);
        }
        source.insert(
            "title".into(),
            c.localized(title).unwrap_or(Value::Object(Map::new())),
        );
        if let Some(n) = c.localized([
            "source_headline_note_kk",
            "source_headline_note_ru",
            "source_headline_note_en",
        ]) {
            source.insert("title_note".into(), n);
        }
        source.insert("date".into(), Value::String(date.to_string()));
        source.insert("url".into(), Value::String(c.trimmed("source_url").into()));
        source.insert("language".into(), Value::String(language.to_string()));
        self.sources.push(Described {
            id: id.to_string(),
            row: c.record.row,
            language: lang,
            cells,
            value: Value::Object(source),
        });
        Ok(())
    }

    fn apply(self, base: &Value) -> Imported {
        let mut pack = base.clone();
        let mut origins = Vec::new();
        let sources = list(&mut pack, "sources");
        for s in self.sources {
            let i = match sources.iter().position(|b| b["id"] == s.id.as_str()) {
                Some(i) => {
                    // Left alone when unchanged, so its keys keep the base's order.
                    if sources[i] != s.value {
                        sources[i] = s.value;
                    }
                    i
                }
                None => {
                    sources.push(s.value);
                    sources.len() - 1
                }
            };
            origins.push(Origin {
                path: format!("sources[{i}]"),
                row: s.row,
                kind: OriginKind::Source {
                    language: s.language,
                },
            });
        }
        let mut scopes = self.scopes;
        let mut take = |scope: &str| {
            scopes
                .iter()
                .position(|(s, _)| s == scope)
                .map(|i| scopes.remove(i).1)
        };
        let national = take(NATIONAL).unwrap_or_default();
        let outcome = take(OUTCOME).unwrap_or_default();
        let regions = list(&mut pack, "regions");
        for (i, r) in regions.iter_mut().enumerate() {
            let id = r["id"].as_str().unwrap_or_default().to_string();
            let rows = take(&id).unwrap_or_default();
            let figures = place(&mut origins, &format!("regions[{i}].figures"), rows);
            if let Some(r) = r.as_object_mut() {
                if figures.is_empty() {
                    r.remove("figures");
                } else {
                    r.insert("figures".into(), Value::Array(figures));
                }
            }
        }
        // Scopes with no entry in the base: new region entries (the validator checks the id).
        for (id, rows) in scopes {
            let i = regions.len();
            origins.push(Origin {
                path: format!("regions[{i}]"),
                row: rows[0].0,
                kind: OriginKind::Region,
            });
            let figures = place(&mut origins, &format!("regions[{i}].figures"), rows);
            let mut entry = Map::new();
            entry.insert("id".into(), Value::String(id));
            entry.insert("figures".into(), Value::Array(figures));
            regions.push(Value::Object(entry));
        }
        for (key, rows) in [("national", national), ("outcome", outcome)] {
            let figures = place(&mut origins, &format!("{key}.figures"), rows);
            if let Some(o) = pack.get_mut(key).and_then(Value::as_object_mut) {
                o.insert("figures".into(), Value::Array(figures));
            }
        }
        Imported { pack, origins }
    }
}

/// The figures of one scope, learning where each came from.
fn place(origins: &mut Vec<Origin>, path: &str, rows: Vec<(usize, Value)>) -> Vec<Value> {
    let mut figures = Vec::new();
    for (i, (row, figure)) in rows.into_iter().enumerate() {
        origins.push(Origin {
            path: format!("{path}[{i}]"),
            row,
            kind: OriginKind::Figure,
        });
        figures.push(figure);
    }
    figures
}

/// The array `key` of the pack, made one if the base had none (the validator then says so).
fn list<'a>(pack: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    let slot = &mut pack[key];
    if !slot.is_array() {
        *slot = Value::Array(Vec::new());
    }
    match slot {
        Value::Array(a) => a,
        _ => unreachable!("just made an array"),
    }
}

impl Imported {
    /// The row and column of a validator error about a figure or a source the CSV gave; none
    /// for the rest of the pack (it came from the base).
    pub fn locate(&self, e: &PackError) -> Option<CsvError> {
        let (origin, rest) = self
            .origins
            .iter()
            .filter_map(|o| {
                let rest = e.path.strip_prefix(&o.path)?;
                (rest.is_empty() || rest.starts_with(['.', '['])).then_some((o, rest))
            })
            .max_by_key(|(o, _)| o.path.len())?;
        let field = rest.strip_prefix('.').unwrap_or(rest);
        let column = match origin.kind {
            OriginKind::Figure => match field {
                "note.kk" => Some("note_kk"),
                "note.ru" => Some("note_ru"),
                "note.en" => Some("note_en"),
                f => FIGURE_FIELDS.iter().find_map(|&(k, c)| match c {
                    Cell::One(col) if k == f => Some(col),
                    _ => None,
                }),
            },
            OriginKind::Region => (field == "id").then_some("scope"),
            OriginKind::Source { language } => {
                let fields = source_fields(language.code());
                fields.iter().find_map(|&(k, c)| match c {
                    Cell::One(col) if k == field => Some(col),
                    // The headline as published is missing.
                    Cell::Langs(_) if k == field && k == "title" => Some("source_headline"),
                    Cell::Key if k == field => Some("source"),
                    Cell::Langs(cols) => {
                        let lang = field.strip_prefix(k)?.strip_prefix('.')?;
                        let i = ["kk", "ru", "en"].iter().position(|&l| l == lang)?;
                        Some(cols[i])
                    }
                    _ => None,
                })
            }
        };
        // Positions in the JSON built here mean nothing to the CSV's reader; other figures'
        // paths become their rows.
        let mut message = match e.message.rfind(" at line ") {
            Some(i) => e.message[..i].to_string(),
            None => e.message.clone(),
        };
        for o in &self.origins {
            let path = format!("(already at {})", o.path);
            message = message.replace(&path, &format!("(already in row {})", o.row));
        }
        Some(CsvError {
            row: origin.row,
            column: column.map(str::to_string),
            message,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::validate::parse_pack;
    use crate::content::Geo;

    fn real_pack() -> Value {
        serde_json::from_str(include_str!("../../content/pack.json")).unwrap()
    }

    /// The CSV of the real pack, as records.
    fn real_rows() -> Vec<Vec<String>> {
        let csv = figures_to_csv(&real_pack()).unwrap();
        read_records(&csv)
            .unwrap()
            .into_iter()
            .map(|r| r.fields)
            .collect()
    }

    fn to_csv(rows: &[Vec<String>]) -> String {
        let mut out = String::new();
        for r in rows {
            write_record(&mut out, r);
        }
        out
    }

    /// The import of `rows` over the real pack, then the widget's validator: every message.
    fn messages(rows: &[Vec<String>]) -> Vec<String> {
        let base = real_pack();
        match csv_to_pack(&to_csv(rows), &base) {
            Err(e) => e.iter().map(ToString::to_string).collect(),
            Ok(imported) => {
                let json = imported.pack.to_string();
                match parse_pack(&json, &Geo::embedded()) {
                    Ok(_) => Vec::new(),
                    Err(errors) => errors
                        .iter()
                        .map(|e| match imported.locate(e) {
                            Some(c) => c.to_string(),
                            None => e.to_string(),
                        })
                        .collect(),
                }
            }
        }
    }

    /// The rows of the real pack with `column` of figure row `row` (2 = the first) set.
    fn with_cell(row: usize, column: &str, value: &str) -> Vec<Vec<String>> {
        let mut rows = real_rows();
        rows[row - 1][column_index(column)] = value.to_string();
        rows
    }

    #[test]
    fn the_real_pack_round_trips_without_loss() {
        let base = real_pack();
        let csv = figures_to_csv(&base).unwrap();
        let back = csv_to_pack(&csv, &base).unwrap().pack;
        assert_eq!(back, base);
        // And as the widget reads it.
        let geo = Geo::embedded();
        let typed = parse_pack(&back.to_string(), &geo).unwrap();
        assert_eq!(typed, parse_pack(&base.to_string(), &geo).unwrap());
    }

    #[test]
    fn the_table_has_one_row_a_figure_with_its_source() {
        let rows = real_rows();
        let pack = real_pack();
        let figures: usize = scopes(&pack).iter().map(|(_, _, f)| f.len()).sum();
        assert_eq!(rows.len(), 1 + figures);
        assert_eq!(rows[0], COLUMNS);
        let pavlodar = rows
            .iter()
            .find(|r| r[0] == "KZ-55" && r[1] == "members")
            .unwrap();
        let cell = |name: &str| pavlodar[column_index(name)].as_str();
        assert_eq!(
            (cell("value"), cell("qualifier"), cell("as_of")),
            ("130", "at_least", "2026-02-13")
        );
        assert_eq!(cell("source"), "astanatv-2026-02-13");
        assert_eq!(cell("source_language"), "kk");
        assert_eq!(
            cell("source_headline"),
            "Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады"
        );
        assert_eq!(cell("source_translation_kk"), "");
        assert_eq!(
            cell("source_translation_en"),
            "Regional coalitions have started work in several regions of Kazakhstan"
        );
        assert_eq!(cell("source_url"), "https://astanatv.kz/kz/news/162372");
        assert!(rows.iter().any(|r| r[0] == "national"));
        let turnout = rows
            .iter()
            .find(|r| r[0] == "outcome" && r[1] == "turnout")
            .unwrap();
        assert_eq!(turnout[column_index("value")], "73.12");
    }

    #[test]
    fn an_edited_figure_and_a_new_source_arrive_in_the_pack() {
        let mut rows = real_rows();
        let i = rows
            .iter()
            .position(|r| r[0] == "KZ-55" && r[1] == "members")
            .unwrap();
        let mut row = rows[i].clone();
        let set = |row: &mut Vec<String>, c: &str, v: &str| row[column_index(c)] = v.to_string();
        set(&mut row, "value", "140");
        set(&mut row, "qualifier", "exact");
        set(&mut row, "as_of", "2026-03-10");
        set(&mut row, "source", "example-2026-03-10");
        set(&mut row, "source_outlet", "Example");
        set(&mut row, "source_language", "ru");
        set(&mut row, "source_headline", "Заголовок");
        set(&mut row, "source_translation_ru", "");
        set(&mut row, "source_translation_kk", "Тақырып");
        set(&mut row, "source_date", "2026-03-10");
        set(&mut row, "source_url", "https://example.kz/a");
        rows[i] = row;
        // A region with no row has no figures any more: not reported, never 0.
        rows.retain(|r| r[0] != "KZ-79");
        let base = real_pack();
        let pack = csv_to_pack(&to_csv(&rows), &base).unwrap().pack;
        let model = crate::content::Model::build(&pack.to_string(), Geo::embedded()).unwrap();
        let f = model.figure("KZ-55", "members").unwrap();
        assert_eq!((f.value, f.source.as_str()), (140.0, "example-2026-03-10"));
        let s = model.source("example-2026-03-10").unwrap();
        assert_eq!(s.title.ru.as_deref(), Some("Заголовок"));
        assert_eq!(s.title.kk.as_deref(), Some("Тақырып"));
        assert_eq!(s.language, Lang::Ru);
        assert!(model.region("KZ-79").unwrap().figures.is_empty());
        assert_eq!(
            model.pack.sources.len(),
            base["sources"].as_array().unwrap().len() + 1
        );
    }

    #[test]
    fn bad_rows_are_named_by_row_and_column() {
        let short = {
            let mut rows = real_rows();
            rows[13].pop();
            rows
        };
        let cases: Vec<(Vec<Vec<String>>, Vec<&str>)> = vec![
            (short, vec!["row 14: has 23 columns; the header has 24"]),
            (
                with_cell(14, "value", "12a"),
                vec!["row 14, column `value`: expected a plain number such as 12000 or 73.12 (no spaces, thousands separators or signs; a point before decimals), found \"12a\""],
            ),
            (
                with_cell(3, "value", "12,000"),
                vec!["row 3, column `value`: expected a plain number such as 12000 or 73.12 (no spaces, thousands separators or signs; a point before decimals), found \"12,000\""],
            ),
            (
                with_cell(5, "value", ""),
                vec!["row 5, column `value`: is empty; a figure needs its number (when none is reported, delete the row; never write 0)"],
            ),
            (
                with_cell(2, "qualifier", "about"),
                vec!["row 2, column `qualifier`: unknown variant `about`, expected one of `exact`, `approx`, `at_least`, `almost`"],
            ),
            (
                with_cell(2, "as_of", "13.02.2026"),
                vec!["row 2, column `as_of`: expected a date as YYYY-MM-DD, YYYY-MM, YYYY-MM/MM (one of two months) or \"not given\", found \"13.02.2026\""],
            ),
            (
                with_cell(2, "source_date", "2026-02-30"),
                vec!["row 2, column `source_date`: day 30 does not exist in \"2026-02-30\""],
            ),
            (
                with_cell(2, "source_language", "de"),
                vec!["row 2, column `source_language`: unknown variant `de`, expected one of `kk`, `ru`, `en`"],
            ),
            // From the widget's validator, placed in the table.
            (
                with_cell(12, "value", "-5"),
                vec!["row 12, column `value`: must be a number of zero or more, found -5"],
            ),
            (
                with_cell(12, "metric", "gdp"),
                vec!["row 12, column `metric`: unknown metric \"gdp\" (not in metrics)"],
            ),
            (
                with_cell(12, "scope", "KZ-99"),
                vec!["row 12, column `scope`: unknown region id \"KZ-99\" (expected an ISO 3166-2:KZ code such as \"KZ-55\")"],
            ),
            (
                {
                    let mut rows = with_cell(12, "source", "nope");
                    for c in COLUMNS[SOURCE_COLUMNS].iter() {
                        rows[11][column_index(c)] = String::new();
                    }
                    rows
                },
                vec!["row 12, column `source`: unknown source \"nope\" (not in sources)"],
            ),
            (
                with_cell(12, "source_url", ""),
                vec!["row 12, column `source_url`: differs from row 6, which describes source \"informburo-turnout-18\" too; a source's columns must be the same on every row that fills them in"],
            ),
            (
                with_cell(11, "time", "10h"),
                vec!["row 11, column `time`: expected a time of day as HH:MM (24-hour, Astana time), found \"10h\""],
            ),
        ];
        for (rows, expected) in cases {
            assert_eq!(messages(&rows), expected);
        }
    }

    #[test]
    fn a_source_without_a_url_and_a_duplicate_are_placed() {
        // Every row of the source loses its URL: the validator's message, at the row that
        // described it first.
        let mut rows = real_rows();
        let id = rows[1][column_index("source")].clone();
        for r in rows.iter_mut().filter(|r| r[column_index("source")] == id) {
            r[column_index("source_url")] = String::new();
        }
        let first = rows
            .iter()
            .position(|r| r[column_index("source")] == id)
            .unwrap()
            + 1;
        assert_eq!(
            messages(&rows),
            [format!(
                "row {first}, column `source_url`: expected an http(s) URL, found \"\""
            )]
        );
        let mut rows = real_rows();
        let copy = rows[11].clone();
        rows.insert(12, copy);
        assert_eq!(
            messages(&rows),
            ["row 13: duplicate figure for metric \"turnout_intraday\" at 18:00 (already in row 12)"]
        );
    }

    #[test]
    fn the_header_is_checked() {
        let mut rows = real_rows();
        rows[0][2] = "valeu".into();
        let e = messages(&rows);
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(
            e[0].starts_with(
                "row 1, column `valeu`: unknown column; the columns are scope, metric, value,"
            ),
            "{e:?}"
        );
        assert_eq!(e[1], "row 1: no column `value`");
        assert_eq!(
            csv_to_pack("", &real_pack()).unwrap_err(),
            [CsvError::new(
                1,
                None,
                "the file is empty; the first row names the columns"
            )]
        );
        // Only the required columns, in another order: figures citing sources as they are.
        let csv = "source,scope,metric,value,qualifier,as_of\n\
                   astanatv-2026-02-13,KZ-55,members,131,exact,2026-02-13\n";
        let pack = csv_to_pack(csv, &real_pack()).unwrap().pack;
        let model = crate::content::Model::build(&pack.to_string(), Geo::embedded()).unwrap();
        assert_eq!(model.figure("KZ-55", "members").unwrap().value, 131.0);
        assert!(model.pack.national.figures.is_empty());
    }

    #[test]
    fn numbers_keep_their_form() {
        for s in [
            "0",
            "500",
            "73.12",
            "9127192",
            "1e20",
            "100.0",
            "-5",
            "18446744073709551616",
        ] {
            let n = number(s).unwrap();
            let parsed: Value = serde_json::from_str(s).unwrap();
            assert_eq!(Value::Number(n), parsed, "{s}");
        }
        for s in [
            "", "12a", "+5", ".5", "5.", "1 000", "12,5", "0x10", "inf", "NaN", "1e",
        ] {
            assert!(number(s).is_err(), "{s}");
        }
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use crate::content::csv::props::field;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn reading_arbitrary_text_never_panics(s in ".{0,200}") {
            let _ = csv_to_pack(&s, &Value::Null);
        }

        #[test]
        fn any_note_survives_the_round_trip(note in field(), lang in 0usize..3) {
            let mut base: Value =
                serde_json::from_str(include_str!("../../content/pack.json")).unwrap();
            prop_assume!(!note.is_empty());
            let code = ["kk", "ru", "en"][lang];
            base["national"]["figures"][0]["note"][code] = Value::String(note);
            let csv = figures_to_csv(&base).unwrap();
            prop_assert_eq!(csv_to_pack(&csv, &base).unwrap().pack, base);
        }
    }
}
