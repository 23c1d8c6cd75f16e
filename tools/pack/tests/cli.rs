//! The `pack` binary as a newsroom's pipeline runs it: over the bad-pack corpus (each file's
//! messages, each at a position on the line that holds the field), the CSV round trip of the
//! real pack, bad CSV rows and the exit codes.

use qazaq_explainer::content::csv::{read_records, write_record};
use qazaq_explainer::content::figures_csv::COLUMNS;
use qazaq_explainer::content::validate::parse_pack;
use qazaq_explainer::content::Geo;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `pack` from the repository root, so that file names in its output are as given.
fn pack(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pack"))
        .args(args)
        .current_dir(repo())
        .output()
        .unwrap()
}

fn pack_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pack"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A scratch file path under Cargo's temporary directory for integration tests.
fn scratch(name: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&p);
    p
}

fn as_fetched(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// `regions[1].figures[0].value` as a JSON pointer, and its last key (none for an index).
fn pointer(path: &str) -> (String, Option<String>) {
    let mut out = String::new();
    let mut last = None;
    for part in path.split('.') {
        let (key, indices) = part.split_once('[').map_or((part, ""), |(k, i)| (k, i));
        if !key.is_empty() {
            out.push('/');
            out.push_str(key);
            last = Some(key.to_string());
        }
        for i in indices.split('[').filter(|s| !s.is_empty()) {
            out.push('/');
            out.push_str(i.trim_end_matches(']'));
            last = None;
        }
    }
    (out, last)
}

/// Checks that `line` of the pack is where the field `path` of `message` is.
fn check_line(file: &str, text: &str, path: &str, message: &str, line: usize) {
    if let Some((_, at)) = message.rsplit_once(" at line ") {
        let want: usize = at.split_once(" column ").unwrap().0.parse().unwrap();
        assert_eq!(line, want, "{file}: {message}");
        return;
    }
    // A missing field is placed at the object it is missing from.
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
    let found = std::iter::successors(Some(path), |p| p.rfind(['.', '[']).map(|i| &p[..i]))
        .find_map(|p| {
            let (pointer, key) = pointer(p);
            value.pointer(&pointer).map(|v| (p, key, v))
        });
    let Some((_, key, v)) = found.filter(|(p, _, _)| !p.is_empty()) else {
        assert_eq!(line, 1, "{file}: {message}");
        return;
    };
    let shown = text.lines().nth(line - 1).unwrap().trim_start();
    let start = match (key, v) {
        (Some(k), Value::Object(_)) => format!("\"{k}\": {{"),
        (Some(k), Value::Array(_)) => format!("\"{k}\": ["),
        // A number as JSON writes it may not survive f64 (2^64), so only its key is compared.
        (Some(k), Value::Number(_)) => format!("\"{k}\": "),
        (Some(k), scalar) => format!("\"{k}\": {scalar}"),
        (None, Value::Object(_)) => "{".into(),
        (None, Value::Array(_)) => "[".into(),
        (None, scalar) => scalar.to_string(),
    };
    assert!(
        shown.starts_with(&start),
        "{file}: {path} at line {line}, which reads {shown:?}"
    );
}

#[test]
fn every_bad_pack_gives_its_messages_on_the_line_of_its_field() {
    let corpus = repo().join("tests/bad_packs");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("manifest.json")).unwrap())
            .unwrap();
    let entries = manifest.as_array().unwrap();
    assert!(entries.len() >= 50, "{} files", entries.len());
    for entry in entries {
        let name = entry["file"].as_str().unwrap();
        let file = format!("tests/bad_packs/{name}");
        let text = as_fetched(&std::fs::read(repo().join(&file)).unwrap());
        let out = pack(&["check", &file]);
        let printed = stdout(&out);
        let lines: Vec<&str> = printed.lines().collect();
        let Some(first) = entry["expect"].as_str() else {
            // Valid; a label in one language only is a warning, which does not stop it.
            assert_eq!(out.status.code(), Some(0), "{file}: {printed}");
            let (last, warnings) = lines.split_last().unwrap();
            assert!(
                last.starts_with(&format!("{file}: no errors")),
                "{file}: {printed}"
            );
            assert!(
                warnings.iter().all(|w| w.contains(": warning: ")),
                "{file}: {printed}"
            );
            assert_eq!(
                warnings.is_empty(),
                !name.contains("only_in"),
                "{file}: {printed}"
            );
            continue;
        };
        assert_eq!(out.status.code(), Some(1), "{file}: {printed}");
        // Every error the widget lists, in its order, then their count.
        let errors = parse_pack(&text, &Geo::embedded()).unwrap_err();
        assert_eq!(lines.len(), errors.len() + 1, "{file}: {printed}");
        let n = errors.len();
        let plural = if n == 1 { "" } else { "s" };
        assert_eq!(lines[n], format!("{file}: {n} error{plural}"));
        for (i, (e, line)) in errors.iter().zip(&lines).enumerate() {
            let (position, message) = line
                .strip_prefix(&format!("{file}:"))
                .and_then(|l| l.split_once(": error: "))
                .unwrap_or_else(|| panic!("{file}: {line}"));
            let shown = e.to_string().replace("content pack: ", "");
            assert_eq!(message, shown, "{file}");
            if i == 0 {
                assert_eq!(message, first, "{file}: the manifest's message");
            }
            let (l, c) = position.split_once(':').unwrap();
            let (l, c): (usize, usize) = (l.parse().unwrap(), c.parse().unwrap());
            assert!(c >= 1, "{file}: {line}");
            check_line(&file, &text, &e.path, &e.message, l);
        }
    }
}

#[test]
fn the_real_pack_is_valid() {
    let out = pack(&["check", "content/pack.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(stdout(&out), "content/pack.json: no errors\n");
}

#[test]
fn the_real_pack_round_trips_through_csv_byte_for_byte() {
    let csv = scratch("roundtrip.csv");
    let json = scratch("roundtrip.json");
    let (csv_s, json_s) = (csv.to_str().unwrap(), json.to_str().unwrap());
    let out = pack(&["csv", "content/pack.json", "-o", csv_s]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = std::fs::read_to_string(&csv).unwrap();
    assert!(table.starts_with("\u{FEFF}scope,metric,value,qualifier,as_of,time,"));
    let out = pack(&["json", csv_s, "--base", "content/pack.json", "-o", json_s]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    assert_eq!(
        stderr(&out),
        format!(
            "pack: 146 figures from {csv_s}; 0 sources added, 0 updated; written to {json_s}\n"
        )
    );
    let original = std::fs::read_to_string(repo().join("content/pack.json")).unwrap();
    assert!(
        std::fs::read_to_string(&json).unwrap() == original,
        "the pack written back differs from content/pack.json"
    );
    // Through standard input and output too.
    let out = pack_with_stdin(
        &["json", "-", "--base", "content/pack.json"],
        table.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out) == original);
}

/// The real pack's CSV with `edit` applied to its rows, imported; nothing may be written.
fn import_edited(name: &str, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Output {
    let json = scratch(&format!("{name}.json"));
    let out = import_rows(name, &json, edit);
    assert!(!json.exists(), "{name}: an invalid pack was written");
    out
}

/// The real pack's CSV with `edit` applied to its rows, imported into `json`.
fn import_rows(name: &str, json: &Path, edit: impl FnOnce(&mut Vec<Vec<String>>)) -> Output {
    let table = stdout(&pack(&["csv", "content/pack.json"]));
    let mut rows: Vec<Vec<String>> = read_records(&table)
        .unwrap()
        .into_iter()
        .map(|r| r.fields)
        .collect();
    edit(&mut rows);
    let mut text = String::new();
    for r in &rows {
        write_record(&mut text, r);
    }
    let csv = scratch(&format!("{name}.csv"));
    std::fs::write(&csv, text).unwrap();
    pack(&[
        "json",
        csv.to_str().unwrap(),
        "--base",
        "content/pack.json",
        "-o",
        json.to_str().unwrap(),
    ])
}

fn col(name: &str) -> usize {
    COLUMNS.iter().position(|&c| c == name).unwrap()
}

#[test]
fn bad_rows_are_refused_with_their_row_and_column() {
    // Pavlodar's members, 130+, cited from AstanaTV: found by its cells (the header is row 1).
    type Edit = fn(&mut Vec<Vec<String>>, usize);
    let cases: [(&str, Edit, &str); 5] = [
        (
            "negative",
            |rows, i| rows[i][col("value")] = "-130".into(),
            "row {row}, column `value`: must be a number of zero or more, found -130",
        ),
        (
            "qualifier",
            |rows, i| rows[i][col("qualifier")] = "about".into(),
            "row {row}, column `qualifier`: unknown variant `about`, expected one of `exact`, `approx`, `at_least`, `almost`",
        ),
        (
            "columns",
            |rows, i| rows[i].push(String::new()),
            "row {row}: has 25 columns; the header has 24",
        ),
        (
            "source",
            |rows, i| {
                rows[i][col("source")] = "nope".into();
                for c in &mut rows[i][col("source") + 1..] {
                    c.clear();
                }
            },
            "row {row}, column `source`: unknown source \"nope\" (not in sources)",
        ),
        (
            "date",
            |rows, i| rows[i][col("as_of")] = "13.02.2026".into(),
            "row {row}, column `as_of`: expected a date as YYYY-MM-DD, YYYY-MM, YYYY-MM/MM (one of two months) or \"not given\", found \"13.02.2026\"",
        ),
    ];
    for (name, edit, message) in cases {
        let mut row = 0;
        let out = import_edited(name, |rows| {
            let i = (rows
                .iter()
                .position(|r| r[..3] == ["KZ-55", "members", "130"]))
            .expect("Pavlodar's members row");
            row = i + 1;
            edit(rows, i)
        });
        let message = message.replace("{row}", &row.to_string());
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        let file = scratch(&format!("{name}.csv"));
        let file = file.to_str().unwrap();
        assert_eq!(
            stdout(&out),
            format!("{file}: error: {message}\n{file}: 1 error\n"),
            "{name}"
        );
    }
}

#[test]
fn a_source_nothing_cites_is_a_warning_not_an_error() {
    let mut value: Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join("content/pack.json")).unwrap())
            .unwrap();
    let mut spare = value["sources"][0].clone();
    spare["id"] = "spare".into();
    value["sources"].as_array_mut().unwrap().push(spare);
    let path = scratch("unused-source.json");
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    let p = path.to_str().unwrap();
    let out = pack(&["check", p]);
    assert_eq!(out.status.code(), Some(0));
    let n = value["sources"].as_array().unwrap().len() - 1;
    let printed = stdout(&out);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 2, "{printed}");
    let warning = format!(
        ": warning: sources[{n}]: source \"spare\" is cited by nothing in the pack; remove it or cite it"
    );
    assert!(
        lines[0].starts_with(&format!("{p}:")) && lines[0].ends_with(&warning),
        "{printed}"
    );
    assert_eq!(lines[1], format!("{p}: no errors, 1 warning"));

    // A CSV without the only figure citing a source: written, with the warning.
    let json = scratch("dropped.json");
    let out = import_rows("dropped", &json, |rows| {
        assert_eq!(rows[1][..2], ["KZ-10", "attendance"]);
        rows.remove(1);
    });
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(json.exists());
    assert!(
        stderr(&out).contains(": warning: sources[17]: source \"kazinform-abai-2026\" is cited by nothing in the pack"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_csv_that_is_not_utf8_is_named() {
    let path = scratch("cp1251.csv");
    let mut bytes = b"scope,metric,value,qualifier,as_of,source\n".to_vec();
    bytes.extend(b"KZ-55,members,130,at_least,2026-02-13,\xc0\xf1\n");
    std::fs::write(&path, bytes).unwrap();
    let p = path.to_str().unwrap();
    let out = pack(&["json", p, "--base", "content/pack.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!("{p}:2: error: contains bytes that are not UTF-8; save the file as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8)\n")
    );
}

#[test]
fn an_invalid_pack_is_not_converted() {
    let out = pack(&["csv", "tests/bad_packs/value_negative.json"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("tests/bad_packs/value_negative.json:240:"),
        "{}",
        stdout(&out)
    );
    assert!(!stdout(&out).contains("scope,metric"));
    let out = pack(&[
        "json",
        "x.csv",
        "--base",
        "tests/bad_packs/value_negative.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2_with_the_usage() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["check", "a.json", "b.json"],
        &["check", "content/pack.json", "-o", "x"],
        &["csv", "content/pack.json", "-o"],
        &["json", "figures.csv"],
        &["check", "--strict", "content/pack.json"],
    ] {
        let out = pack(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains("usage:\n  pack check"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    let out = pack(&["check", "no/such/pack.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("pack: cannot read no/such/pack.json: "));
    let out = pack(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("exit codes: 0 done, 1 the pack or CSV has errors"));
}

#[test]
fn a_pack_on_standard_input_is_checked() {
    let bytes = std::fs::read(repo().join("tests/bad_packs/unknown_region_id.json")).unwrap();
    let out = pack_with_stdin(&["check", "-"], &bytes);
    assert_eq!(out.status.code(), Some(1));
    let first = stdout(&out).lines().next().unwrap().to_string();
    assert!(first.starts_with("-:"), "{first}");
    assert!(first.ends_with(": error: regions[1].id: unknown region id \"KZ-99\" (expected an ISO 3166-2:KZ code such as \"KZ-55\")"), "{first}");
}
