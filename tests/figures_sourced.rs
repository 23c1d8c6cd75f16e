//! Every figure in the content pack (the whole one, its figures at each time of day too) must have a row in the shared source data that it
//! cites: the same value, qualifier, date and URL. A wrong, rounded, re-dated or invented
//! figure fails here. The shared data sits beside the repository, at `../shared` (CI checks
//! it out there); `QE_SHARED` points elsewhere. Without it the test fails: it never passes
//! by finding nothing to check.
#![cfg(not(target_arch = "wasm32"))]

use qazaq_explainer::content::{DayTime, Figure, Geo, Model, Qualifier, ReportDate, DAY_PACK};
use serde_json::Value;
use std::path::PathBuf;

/// One sourced number: what a figure must match.
#[derive(Debug, Clone)]
struct Row {
    value: f64,
    qualifier: Qualifier,
    /// The date the source data gives, as in the pack's `as_of` (`2026-02/03`); `None` when
    /// the data gives none, then the figure's date must be "not given" or its report's own.
    date: Option<String>,
    /// The time of day of an intraday row ("18:00"); a figure matches it only at that time.
    time: Option<String>,
    /// The unit a row is about (see `unit_key`), where its file names one; `NATIONAL` for the
    /// country. A figure elsewhere does not match it.
    scope: Option<String>,
    /// Normalised URLs (see `norm`) of the reports that state it.
    urls: Vec<String>,
    /// Where it came from, for the failure message.
    origin: String,
}

fn shared_dir() -> PathBuf {
    let dir = match std::env::var_os("QE_SHARED") {
        Some(d) => PathBuf::from(d),
        None => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared"),
    };
    assert!(
        dir.join("data/campaign").is_dir() && dir.join("seed").is_dir(),
        "the shared source data is missing: expected {} with data/campaign/ and seed/ \
         (CI checks it out beside the repository; set QE_SHARED to use another place). \
         Without it no figure can be checked against its source.",
        dir.display()
    );
    dir
}

fn read(rel: &str) -> String {
    let path = shared_dir().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A unit's name as the data files and the geometry's English names both give it, for
/// matching: "Abai region" and "Abai Region" are `abai`, "Astana city" and "Astana (city)"
/// `astana`; the country is `NATIONAL`.
fn unit_key(name: &str) -> String {
    let n = name.trim().to_lowercase();
    let n = ["region", "(city)", "city"]
        .iter()
        .fold(n, |n, w| n.trim_end_matches(w).trim().to_string());
    if n == "national" {
        "NATIONAL".into()
    } else {
        n
    }
}

/// A URL without its scheme, `www.` or trailing slash, so that a data file's
/// `caspianpost.com/…` and the pack's `https://caspianpost.com/…` are the same report.
fn norm(url: &str) -> String {
    let u = url.trim();
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(u);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.trim_end_matches('/').to_string()
}

/// Rows of a CSV file as maps from column name; quoted fields may hold commas and quotes.
fn csv(text: &str) -> Vec<Vec<(String, String)>> {
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut field = String::new();
    let mut record: Vec<String> = Vec::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            ('"', true) => quoted = false,
            ('"', false) if field.is_empty() => quoted = true,
            (',', false) => record.push(std::mem::take(&mut field)),
            ('\n', false) => {
                record.push(std::mem::take(&mut field));
                if record.iter().any(|f| !f.trim().is_empty()) {
                    records.push(std::mem::take(&mut record));
                }
                record.clear();
            }
            ('\r', false) => {}
            (c, _) => field.push(c),
        }
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push(record);
    }
    let header = records.remove(0);
    records
        .into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

fn col<'a>(row: &'a [(String, String)], name: &str) -> &'a str {
    row.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no column {name:?} in {row:?}"))
}

/// "300+", "~700", "1959": a value as the data files write it.
fn data_value(s: &str) -> Option<(f64, Qualifier)> {
    let s = s.trim();
    let (s, q) = if let Some(v) = s.strip_suffix('+') {
        (v, Qualifier::AtLeast)
    } else if let Some(v) = s.strip_prefix('~') {
        (v, Qualifier::Approx)
    } else {
        (s, Qualifier::Exact)
    };
    s.parse().ok().map(|v| (v, q))
}

/// The first word of a date cell: "2026-02 (date not in excerpt)" is "2026-02".
fn data_date(s: &str) -> Option<String> {
    let d = s.split_whitespace().next()?;
    ReportDate::parse(d).ok().map(|d| d.to_string())
}

/// Whether `rest` starts with exactly three digits, as after a thousands separator.
fn thousands(rest: &[char]) -> bool {
    rest.len() >= 3
        && rest[..3].iter().all(char::is_ascii_digit)
        && rest.get(3).is_none_or(|c| !c.is_ascii_digit())
}

/// Numbers stated in an English text, with the qualifier its words give: "more than 1,300",
/// "about 1,000", "'more than 20'", "5 parties", "12000+".
fn english_numbers(text: &str) -> Vec<(f64, Qualifier)> {
    let mut out = Vec::new();
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit()
            || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == '-'))
        {
            i += 1;
            continue;
        }
        let start = i;
        let mut digits = String::new();
        while i < b.len() {
            if b[i].is_ascii_digit() {
                digits.push(b[i]);
            } else if b[i] == ',' && thousands(&b[i + 1..]) {
                // a thousands separator: skipped
            } else if b[i] == '.' && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                digits.push('.');
            } else {
                break;
            }
            i += 1;
        }
        let before: String = b[..start].iter().collect::<String>().to_lowercase();
        let before = before.trim_end_matches(['\'', '"', ' ', '\u{2018}']);
        let q = if b.get(i) == Some(&'+')
            || before.ends_with("more than")
            || before.ends_with("over")
        {
            Qualifier::AtLeast
        } else if before.ends_with("about") || before.ends_with("around") || before.ends_with('~') {
            Qualifier::Approx
        } else if before.ends_with("nearly") || before.ends_with("almost") {
            Qualifier::Almost
        } else {
            Qualifier::Exact
        };
        if let Ok(v) = digits.parse::<f64>() {
            out.push((v, q));
        }
    }
    out
}

/// Numbers in a Russian or Kazakh quotation, all as stated exactly: "9 млн 127 мың 192",
/// "7 954 667", "87,15", "127 868".
fn quoted_numbers(text: &str) -> Vec<f64> {
    let words: Vec<String> = text
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let int = |w: &str| {
        w.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| w.parse::<u64>().ok())
            .flatten()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if let Some((a, b)) = w.split_once(',') {
            if let (Some(_), Some(_)) = (int(a), int(b)) {
                out.push(format!("{a}.{b}").parse().unwrap());
            }
            i += 1;
            continue;
        }
        let Some(first) = int(w) else {
            i += 1;
            continue;
        };
        // "9 млн 127 мың 192", "9 млн 127 тыс. 192"
        let mut total = 0u64;
        let mut n = first;
        let mut j = i + 1;
        loop {
            match words.get(j).map(String::as_str) {
                Some("млн") => total += n * 1_000_000,
                Some("мың" | "тыс") => total += n * 1_000,
                _ => break,
            }
            match words.get(j + 1).and_then(|w| int(w)) {
                Some(next) => {
                    n = next;
                    j += 2;
                }
                None => {
                    n = 0;
                    j += 1;
                    break;
                }
            }
        }
        if j > i + 1 {
            out.push((total + n) as f64);
            i = j;
            continue;
        }
        // "7 954 667": groups of three digits after the first
        let mut value = first;
        let mut k = i + 1;
        while let Some(g) = words.get(k).filter(|g| g.len() == 3).and_then(|g| int(g)) {
            value = value * 1000 + g;
            k += 1;
        }
        out.push(value as f64);
        i = k;
    }
    out
}

fn rows_from_coalitions(rows: &mut Vec<Row>) {
    for r in csv(&read("data/campaign/regional_coalitions_2026.csv")) {
        let urls = vec![norm(col(&r, "source_url"))];
        let date = data_date(col(&r, "date"));
        let origin = format!(
            "regional_coalitions_2026.csv {} {} {}",
            col(&r, "region"),
            col(&r, "metric"),
            col(&r, "value")
        );
        let mut found: Vec<(f64, Qualifier)> = data_value(col(&r, "value")).into_iter().collect();
        found.extend(english_numbers(col(&r, "detail")));
        for (value, qualifier) in found {
            rows.push(Row {
                value,
                qualifier,
                date: date.clone(),
                time: None,
                scope: None,
                urls: urls.clone(),
                origin: origin.clone(),
            });
        }
    }
}

fn rows_from_results(rows: &mut Vec<Row>) {
    for r in csv(&read("data/campaign/referendum_results_2026.csv")) {
        let scope = Some(unit_key(col(&r, "region")));
        let urls: Vec<String> = col(&r, "source_url").split(" ; ").map(norm).collect();
        let date = data_date(col(&r, "as_of"));
        let origin = format!("referendum_results_2026.csv {}", col(&r, "region"));
        let mut values: Vec<f64> = ["turnout_pct", "yes_pct", "no_pct", "yes_votes", "no_votes"]
            .iter()
            .filter_map(|c| col(&r, c).trim().parse().ok())
            .collect();
        values.extend(quoted_numbers(col(&r, "quote")));
        for value in values {
            rows.push(Row {
                value,
                qualifier: Qualifier::Exact,
                date: date.clone(),
                time: None,
                scope: scope.clone(),
                urls: urls.clone(),
                origin: origin.clone(),
            });
        }
    }
}

/// Every number under `v`, except those the file marks as computed rather than reported.
fn json_numbers(v: &Value, out: &mut Vec<f64>) {
    match v {
        Value::Number(n) => out.extend(n.as_f64()),
        Value::Object(m) => {
            for (k, x) in m {
                if !k.contains("computed") {
                    json_numbers(x, out);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| json_numbers(x, out)),
        _ => {}
    }
}

fn rows_from_referendum(rows: &mut Vec<Row>) {
    let j: Value = serde_json::from_str(&read("data/campaign/referendum_2026.json")).unwrap();
    for (section, date) in [
        (
            "preliminary_results",
            j["preliminary_results"]["announced"]
                .as_str()
                .and_then(data_date),
        ),
        ("polling_stations", None),
    ] {
        let s = &j[section];
        let urls: Vec<String> = s["sources"]
            .as_array()
            .unwrap_or_else(|| panic!("referendum_2026.json {section} has no sources"))
            .iter()
            .filter_map(Value::as_str)
            .map(norm)
            .collect();
        let mut values = Vec::new();
        json_numbers(s, &mut values);
        for value in values {
            rows.push(Row {
                value,
                qualifier: Qualifier::Exact,
                date: date.clone(),
                time: None,
                scope: None,
                urls: urls.clone(),
                origin: format!("referendum_2026.json {section}"),
            });
        }
    }
}

/// Turnout through referendum day: each row at its time, on the day of the vote that
/// `referendum_2026.json` gives. A cell may give several URLs ("a ; b") and a remark after
/// one ("… (Astana Times 4pm)").
fn rows_from_turnout(rows: &mut Vec<Row>) {
    let j: Value = serde_json::from_str(&read("data/campaign/referendum_2026.json")).unwrap();
    let day = j["vote_date"]
        .as_str()
        .and_then(data_date)
        .expect("referendum_2026.json gives the day of the vote");
    for r in csv(&read("data/campaign/referendum_turnout_intraday_2026.csv")) {
        if let Ok(value) = col(&r, "turnout_pct").parse() {
            rows.push(Row {
                value,
                qualifier: Qualifier::Exact,
                date: Some(day.clone()),
                time: Some(col(&r, "time").to_string()),
                scope: Some(unit_key(col(&r, "region"))),
                urls: col(&r, "source_url")
                    .split(" ; ")
                    .filter_map(|u| u.split_whitespace().next())
                    .map(norm)
                    .collect(),
                origin: format!(
                    "referendum_turnout_intraday_2026.csv {} {}",
                    col(&r, "region"),
                    col(&r, "time")
                ),
            });
        }
    }
}

/// The seed article's table of figures: its address and date are those of sources.csv's row
/// for the same outlet and day.
fn rows_from_seed(rows: &mut Vec<Row>, sources: &[Vec<(String, String)>]) {
    let readme = read("seed/README.md");
    let day = readme
        .lines()
        .find_map(|l| l.strip_prefix("- Outlet: AstanaTV, "))
        .and_then(|rest| rest.split(',').next())
        .expect("seed/README.md names its outlet and date");
    let parts: Vec<&str> = day.split('.').collect();
    let date = format!("{}-{}-{}", parts[2], parts[1], parts[0]);
    let url = sources
        .iter()
        .find(|s| col(s, "publisher") == "Astana TV" && col(s, "date") == date)
        .map(|s| norm(col(s, "url")))
        .expect("sources.csv lists the seed article");
    let table = readme
        .split("## Figures stated")
        .nth(1)
        .expect("seed/README.md has its table of figures");
    for line in table
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (stated, kind) = (cells[3], cells[4]);
        let qualifier = match kind {
            "exact" => Qualifier::Exact,
            "approximate" => Qualifier::Approx,
            "lower bound" => Qualifier::AtLeast,
            _ => continue,
        };
        for (value, _) in english_numbers(stated) {
            rows.push(Row {
                value,
                qualifier,
                date: Some(date.clone()),
                time: None,
                scope: None,
                urls: vec![url.clone()],
                origin: format!("seed/README.md: {} {}", cells[1], cells[2]),
            });
        }
    }
}

/// CONTEXT.md: the numbers in its table (dated by their source, not by the file), and the two
/// reports of proposals that only its prose gives, each checked to be in the file as written.
fn rows_from_context(rows: &mut Vec<Row>, sources: &[Vec<(String, String)>]) {
    let context = read("seed/CONTEXT.md");
    for line in context
        .lines()
        .filter(|l| l.starts_with("| ") && !l.contains("---"))
    {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let urls: Vec<String> = cells[3]
            .split(';')
            .filter_map(|s| s.split_whitespace().find(|w| w.contains('/')))
            .map(norm)
            .collect();
        for (value, qualifier) in english_numbers(cells[2]) {
            rows.push(Row {
                value,
                qualifier,
                date: None,
                time: None,
                scope: None,
                urls: urls.clone(),
                origin: format!("seed/CONTEXT.md: {}", cells[1]),
            });
        }
    }
    let kazinform = sources
        .iter()
        .find(|s| {
            col(s, "publisher") == "Kazinform" && col(s, "used_for").contains("working group")
        })
        .map(|s| norm(col(s, "url")))
        .expect("sources.csv lists Kazinform's report on the working group");
    let diplomatic = "diplomaticaffairs.com/kazakhstan-to-hold-referendum-on-new-constitution-as-sweeping-political-reforms-proposed";
    assert!(
        context.contains(diplomatic),
        "seed/CONTEXT.md no longer gives {diplomatic}"
    );
    // The prose wraps lines anywhere.
    let flat = context.split_whitespace().collect::<Vec<_>>().join(" ");
    for (words, value, qualifier, url) in [
        (
            "\"more than 2,000\" consolidated by the working group per Qazinform",
            2000.0,
            Qualifier::AtLeast,
            kazinform,
        ),
        (
            "\"nearly 10,000\" per diplomaticaffairs.com",
            10000.0,
            Qualifier::Almost,
            diplomatic.to_string(),
        ),
    ] {
        assert!(
            flat.contains(words),
            "seed/CONTEXT.md no longer says {words}"
        );
        rows.push(Row {
            value,
            qualifier,
            date: None,
            time: None,
            scope: None,
            urls: vec![url],
            origin: format!("seed/CONTEXT.md: {words}"),
        });
    }
}

fn all_rows() -> (Vec<Row>, Vec<Vec<(String, String)>>) {
    let sources = csv(&read("data/campaign/sources.csv"));
    let mut rows = Vec::new();
    rows_from_coalitions(&mut rows);
    rows_from_results(&mut rows);
    rows_from_referendum(&mut rows);
    rows_from_turnout(&mut rows);
    rows_from_seed(&mut rows, &sources);
    rows_from_context(&mut rows, &sources);
    (rows, sources)
}

/// Every figure of the pack, with where it is and the unit it is about (`unit_key`).
fn figures(model: &Model) -> Vec<(String, String, &Figure)> {
    let p = &model.pack;
    let mut out = Vec::new();
    for r in &p.regions {
        let unit = model.geo.unit(&r.id).expect("validated");
        let key = unit_key(unit.names.en.as_deref().unwrap_or_default());
        for (i, f) in r.figures.iter().enumerate() {
            out.push((format!("{} figures[{i}]", r.id), key.clone(), f));
        }
    }
    for (i, f) in p.national.figures.iter().enumerate() {
        out.push((format!("national.figures[{i}]"), "NATIONAL".into(), f));
    }
    for (i, f) in p.outcome.figures.iter().enumerate() {
        out.push((format!("outcome.figures[{i}]"), "NATIONAL".into(), f));
    }
    for r in &p.regions {
        let unit = model.geo.unit(&r.id).expect("validated");
        let key = unit_key(unit.names.en.as_deref().unwrap_or_default());
        for (i, f) in r.result.iter().flat_map(|o| o.figures.iter().enumerate()) {
            out.push((format!("{} result.figures[{i}]", r.id), key.clone(), f));
        }
    }
    out
}

/// The rows that back `f`, about `unit`, cited by a report published on `published`.
fn backing<'a>(
    rows: &'a [Row],
    unit: &str,
    f: &Figure,
    url: &str,
    published: ReportDate,
) -> Vec<&'a Row> {
    rows.iter()
        .filter(|r| {
            r.urls.iter().any(|u| u == url)
                && r.scope.as_deref().is_none_or(|s| s == unit)
                && r.value == f.value
                && r.qualifier == f.qualifier
                && r.time == f.time.map(|t| t.to_string())
                && match &r.date {
                    Some(d) => *d == f.as_of.to_string(),
                    None => f.as_of == ReportDate::NotGiven || f.as_of == published,
                }
        })
        .collect()
}

/// The whole pack: what the first view shows and what the referendum-day module brings.
fn whole() -> Model {
    Model::with_times(DAY_PACK, Geo::embedded()).expect("the pack is valid")
}

#[test]
fn every_figure_has_a_row_in_the_sources_it_cites() {
    let model = whole();
    let (rows, _) = all_rows();
    assert!(
        rows.len() > 100,
        "only {} rows read from the shared data",
        rows.len()
    );
    let mut missing = Vec::new();
    let figs = figures(&model);
    assert!(figs.len() > 40, "the pack has {} figures", figs.len());
    let timed = figs.iter().filter(|(_, _, f)| f.time.is_some()).count();
    assert_eq!(
        timed,
        96 + 5,
        "the units' and the nation's figures at each time of day"
    );
    for (at, unit, f) in &figs {
        let s = model.source(&f.source).expect("validated");
        if backing(&rows, unit, f, &norm(&s.url), s.date).is_empty() {
            let near: Vec<&str> = rows
                .iter()
                .filter(|r| r.urls.contains(&norm(&s.url)))
                .map(|r| r.origin.as_str())
                .collect();
            missing.push(format!(
                "{at}: {} {} {:?} as of {} from {} ({}): no row with that value, qualifier, \
                 date and URL; rows of that URL: {near:?}",
                f.metric, f.value, f.qualifier, f.as_of, f.source, s.url
            ));
        }
    }
    assert!(
        missing.is_empty(),
        "unbacked figures:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_changed_figure_is_caught() {
    let model = whole();
    let (rows, _) = all_rows();
    for (at, unit, f) in figures(&model) {
        let s = model.source(&f.source).unwrap();
        let url = norm(&s.url);
        let mut wrong = f.clone();
        // Half a unit off: no count in the data is, so only this value's own row could match.
        wrong.value += 0.5;
        assert!(
            backing(&rows, &unit, &wrong, &url, s.date).is_empty(),
            "{at}: a nearby value still backed"
        );
        let mut wrong = f.clone();
        wrong.qualifier = match f.qualifier {
            Qualifier::Exact => Qualifier::Approx,
            _ => Qualifier::Exact,
        };
        assert!(
            backing(&rows, &unit, &wrong, &url, s.date).is_empty(),
            "{at}: another qualifier still backed"
        );
        let mut wrong = f.clone();
        wrong.as_of = ReportDate::parse("2025-12-31").unwrap();
        assert!(
            backing(&rows, &unit, &wrong, &url, s.date).is_empty(),
            "{at}: another date still backed"
        );
        assert!(
            backing(&rows, &unit, f, "example.org/invented", s.date).is_empty(),
            "{at}: another URL still backed"
        );
        let mut wrong = f.clone();
        wrong.time = match f.time {
            Some(_) => None,
            None => Some(DayTime::parse("12:00").unwrap()),
        };
        assert!(
            backing(&rows, &unit, &wrong, &url, s.date).is_empty(),
            "{at}: another time of day still backed"
        );
    }
}

/// On a fixture: a row backs only the figure it states, at its time, date and URL.
#[test]
fn a_fixture_row_backs_only_its_own_figure() {
    let rows = vec![Row {
        value: 70.98,
        qualifier: Qualifier::Exact,
        date: Some("2026-03-15".into()),
        time: Some("18:00".into()),
        scope: Some(unit_key("Abai region")),
        urls: vec![norm("https://informburo.kz/x")],
        origin: "fixture".into(),
    }];
    let fig: Figure = serde_json::from_value(serde_json::json!({
        "metric": "turnout_intraday", "value": 70.98, "qualifier": "exact",
        "as_of": "2026-03-15", "time": "18:00", "source": "s"
    }))
    .unwrap();
    let url = norm("https://informburo.kz/x/");
    let published = ReportDate::NotGiven;
    assert_eq!(backing(&rows, "abai", &fig, &url, published).len(), 1);
    let changed = |edit: fn(&mut Figure)| {
        let mut f = fig.clone();
        edit(&mut f);
        backing(&rows, "abai", &f, &url, published).is_empty()
    };
    assert!(changed(|f| f.value = 70.89), "a changed value");
    assert!(
        changed(|f| f.qualifier = Qualifier::Approx),
        "a changed qualifier"
    );
    assert!(
        changed(|f| f.time = DayTime::parse("16:00").ok()),
        "another time"
    );
    assert!(changed(|f| f.time = None), "no time");
    assert!(
        changed(|f| f.as_of = ReportDate::parse("2026-03-16").unwrap()),
        "another day"
    );
    assert!(
        backing(&rows, "abai", &fig, "informburo.kz/y", published).is_empty(),
        "another URL"
    );
    assert!(
        backing(&rows, "akmola", &fig, &url, published).is_empty(),
        "another unit"
    );
    assert_eq!(unit_key("Astana (city)"), unit_key("Astana city"));
    assert_eq!(unit_key("North Kazakhstan Region"), "north kazakhstan");
}

#[test]
fn source_dates_agree_with_sources_csv() {
    let model = whole();
    let (_, sources) = all_rows();
    for s in &model.pack.sources {
        if let Some(row) = sources.iter().find(|r| norm(col(r, "url")) == norm(&s.url)) {
            let listed = match col(row, "date") {
                "—" => ReportDate::NotGiven,
                d => ReportDate::parse(d).unwrap(),
            };
            assert_eq!(s.date, listed, "{}: date differs from sources.csv", s.id);
        }
    }
}

#[test]
fn the_readers_of_the_data_files_read_what_they_say() {
    assert_eq!(
        quoted_numbers("«9 млн 127 мың 192 адамды немесе ... 73,12 пайызын»"),
        [9127192.0, 73.12]
    );
    assert_eq!(
        quoted_numbers("7 954 667 человек или 87,15 %"),
        [7954667.0, 87.15]
    );
    assert_eq!(quoted_numbers("бюллетеньдер саны — 127 868»"), [127868.0]);
    use Qualifier::*;
    assert_eq!(
        english_numbers(
            "'more than 20' NGOs; 5 parties; about 1,000 events; over 200; 12000+; nearly 10,000"
        ),
        [
            (20.0, AtLeast),
            (5.0, Exact),
            (1000.0, Approx),
            (200.0, AtLeast),
            (12000.0, AtLeast),
            (10000.0, Almost)
        ]
    );
    assert_eq!(data_value("~4000"), Some((4000.0, Approx)));
    assert_eq!(data_value("1195000+"), Some((1195000.0, AtLeast)));
    assert_eq!(data_value("all regions"), None);
    assert_eq!(
        data_date("2026-02/03 (date not in excerpt)").as_deref(),
        Some("2026-02/03")
    );
    assert_eq!(norm("https://www.zakon.kz/x/"), "zakon.kz/x");
}
