//! `pack`: the widget's content-pack checks for a newsroom's own publishing pipeline.
//!
//! - `pack check <pack.json>`: the widget's messages, each at `file:line:column`; exit 1 on
//!   an error.
//! - `pack csv <pack.json> [-o figures.csv]`: the figures as CSV, one row a figure.
//! - `pack json <figures.csv> --base <pack.json> [-o pack.json]`: the base pack with the CSV's
//!   figures, written only if the result passes the widget's checks.
//!
//! Exit codes: 0 done, 1 the pack or the CSV has errors (listed), 2 a usage error or a file
//! that cannot be read or written. `-` reads standard input or writes standard output.

mod locate;
mod warnings;

use qazaq_explainer::content::figures_csv::{csv_to_pack, figures_to_csv};
use qazaq_explainer::content::validate::parse_pack;
use qazaq_explainer::content::{Geo, PackError};
use serde_json::Value;
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  pack check <pack.json>
      checks a content pack as the widget does; prints each error (and warning) as
      file:line:column
  pack csv <pack.json> [-o <figures.csv>]
      writes the pack's figures as CSV, one row a figure with its source's columns
  pack json <figures.csv> --base <pack.json> [-o <pack.json>]
      writes the base pack with its figures (and their sources) taken from the CSV;
      nothing is written if the result has an error

  A file given as - is standard input; output goes to standard output unless -o is given.
exit codes: 0 done, 1 the pack or CSV has errors, 2 usage error or unreadable file";

/// Why a command stopped.
enum Failure {
    /// The input has errors; they have been printed.
    Invalid,
    /// A usage error or a file problem, with its message.
    Trouble(String),
}

type Outcome = Result<(), Failure>;

/// Prints a line of the report; a closed pipe (`pack check … | head`) is not an error.
macro_rules! say {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(
        args.first().map(String::as_str),
        Some("-h" | "--help" | "help")
    ) {
        say!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid) => ExitCode::from(1),
        Err(Failure::Trouble(message)) => {
            eprintln!("pack: {message}");
            ExitCode::from(2)
        }
    }
}

/// The command's arguments: files in order, and the values of `-o` and `--base`.
#[derive(Default)]
struct Args {
    files: Vec<String>,
    output: Option<String>,
    base: Option<String>,
}

fn usage(problem: &str) -> Failure {
    Failure::Trouble(format!("{problem}\n{USAGE}"))
}

fn parse_args(args: &[String], allowed: &[&str]) -> Result<Args, Failure> {
    let mut out = Args::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let slot = match a.as_str() {
            "-o" | "--output" => &mut out.output,
            "--base" => &mut out.base,
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(usage(&format!("unknown option {flag}")))
            }
            _ => {
                out.files.push(a.clone());
                continue;
            }
        };
        if !allowed.contains(&a.as_str()) {
            return Err(usage(&format!("{a} does not go with this command")));
        }
        *slot = Some(
            it.next()
                .ok_or_else(|| usage(&format!("{a} needs a file")))?
                .clone(),
        );
    }
    Ok(out)
}

fn run(args: &[String]) -> Outcome {
    let Some((command, rest)) = args.split_first() else {
        return Err(usage("no command given"));
    };
    let one_file = |a: &Args| match a.files.as_slice() {
        [f] => Ok(f.clone()),
        [] => Err(usage(&format!("{command}: no input file given"))),
        _ => Err(usage(&format!("{command}: expected one input file"))),
    };
    match command.as_str() {
        "check" => {
            let a = parse_args(rest, &[])?;
            check(&one_file(&a)?)
        }
        "csv" => {
            let a = parse_args(rest, &["-o", "--output"])?;
            to_csv(&one_file(&a)?, a.output.as_deref())
        }
        "json" => {
            let a = parse_args(rest, &["-o", "--output", "--base"])?;
            let csv = one_file(&a)?;
            let base = a
                .base
                .ok_or_else(|| usage("json: --base <pack.json> is required"))?;
            to_json(&csv, &base, a.output.as_deref())
        }
        other => Err(usage(&format!("unknown command {other:?}"))),
    }
}

fn read(path: &str) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    result
        .map(|()| bytes)
        .map_err(|e| Failure::Trouble(format!("cannot read {path}: {e}")))
}

fn write(path: Option<&str>, text: &str) -> Outcome {
    let result = match path {
        None | Some("-") => std::io::stdout().write_all(text.as_bytes()),
        Some(p) => std::fs::write(p, text),
    };
    result.map_err(|e| Failure::Trouble(format!("cannot write {}: {e}", path.unwrap_or("output"))))
}

/// The file as the widget receives a fetched pack: a leading byte order mark dropped, bytes
/// that are not UTF-8 turned into U+FFFD (which the validator then names).
fn as_fetched(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8_lossy(bytes).into_owned()
}

/// The validator's errors for `json`, each as `file:line:column: error: path: message`.
fn report(file: &str, json: &str, errors: &[PackError]) {
    for e in errors {
        let (line, column) = position(json, e);
        say!("{file}:{line}:{column}: error: {}", shown(e));
    }
    summary(file, errors.len());
}

/// Warnings about a valid pack, as `report` prints errors; how many.
fn warn(file: &str, json: &str, pack: &Value, to: &mut dyn Write) -> usize {
    let found = warnings::warnings(pack);
    for w in &found {
        let (line, column) = position(json, w);
        let _ = writeln!(to, "{file}:{line}:{column}: warning: {}", shown(w));
    }
    found.len()
}

fn plural(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// The widget's message, without the "content pack: " it starts with in the browser console.
fn shown(e: &PackError) -> String {
    let s = e.to_string();
    s.strip_prefix("content pack: ")
        .map_or(s.clone(), str::to_string)
}

fn summary(file: &str, n: usize) {
    say!("{file}: {}", plural(n, "error"));
}

/// Where an error is: serde_json's own position when the message gives one, else its path's.
fn position(json: &str, e: &PackError) -> locate::Position {
    let serde_position = e.message.rsplit_once(" at line ").and_then(|(_, at)| {
        let (line, column) = at.split_once(" column ")?;
        Some((line.parse().ok()?, column.parse().ok()?))
    });
    match serde_position {
        Some((line, column)) => locate::from_bytes(json, line, column),
        // A missing field: where the object it is missing from is.
        None => std::iter::successors(Some(e.path.as_str()), |p| {
            p.rfind(['.', '[']).map(|i| &p[..i])
        })
        .find_map(|p| locate::position(json, p))
        .unwrap_or((1, 1)),
    }
}

/// Reads and validates a pack; on errors they are printed.
fn valid_pack(file: &str) -> Result<(String, Value), Failure> {
    let json = as_fetched(&read(file)?);
    if let Err(errors) = parse_pack(&json, &Geo::embedded()) {
        report(file, &json, &errors);
        return Err(Failure::Invalid);
    }
    let value =
        serde_json::from_str(&json).map_err(|e| Failure::Trouble(format!("{file}: {e}")))?;
    Ok((json, value))
}

fn check(file: &str) -> Outcome {
    let (json, pack) = valid_pack(file)?;
    let warnings = warn(file, &json, &pack, &mut std::io::stdout().lock());
    match warnings {
        0 => say!("{file}: no errors"),
        n => say!("{file}: no errors, {}", plural(n, "warning")),
    }
    Ok(())
}

fn to_csv(file: &str, output: Option<&str>) -> Outcome {
    let (_, pack) = valid_pack(file)?;
    let csv = figures_to_csv(&pack).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        Failure::Trouble(format!("{file}: {}", list.join("; ")))
    })?;
    write(output, &csv)
}

fn to_json(csv_file: &str, base_file: &str, output: Option<&str>) -> Outcome {
    let (_, base) = valid_pack(base_file)?;
    let bytes = read(csv_file)?;
    let csv = std::str::from_utf8(&bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        say!(
            "{csv_file}:{line}: error: contains bytes that are not UTF-8; save the file as \
             \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8)"
        );
        Failure::Invalid
    })?;
    let imported = csv_to_pack(csv, &base).map_err(|errors| {
        for e in &errors {
            say!("{csv_file}: error: {e}");
        }
        summary(csv_file, errors.len());
        Failure::Invalid
    })?;
    let mut json = serde_json::to_string_pretty(&imported.pack)
        .map_err(|e| Failure::Trouble(e.to_string()))?;
    json.push('\n');
    if let Err(errors) = parse_pack(&json, &Geo::embedded()) {
        // The rest of the pack came from a valid base, so an error is almost always a row's.
        for e in &errors {
            match imported.locate(e) {
                Some(row) => say!("{csv_file}: error: {row}"),
                None => say!("{csv_file}: error: in the resulting pack: {}", shown(e)),
            }
        }
        summary(csv_file, errors.len());
        return Err(Failure::Invalid);
    }
    write(output, &json)?;
    // The data may be on standard output: warnings go to standard error.
    warn(
        output.unwrap_or("-"),
        &json,
        &imported.pack,
        &mut std::io::stderr().lock(),
    );
    let sources = |v: &Value| v["sources"].as_array().cloned().unwrap_or_default();
    let (before, after) = (sources(&base), sources(&imported.pack));
    let updated = before.iter().zip(&after).filter(|(b, a)| b != a).count();
    eprintln!(
        "pack: {} figures from {csv_file}; {} sources added, {updated} updated{}",
        figure_count(&imported.pack),
        after.len().saturating_sub(before.len()),
        output.map_or(String::new(), |o| format!("; written to {o}"))
    );
    Ok(())
}

fn figure_count(pack: &Value) -> usize {
    let n = |v: &Value| v["figures"].as_array().map_or(0, Vec::len);
    let regions = pack["regions"]
        .as_array()
        .map_or(0, |r| r.iter().map(n).sum());
    regions + n(&pack["national"]) + n(&pack["outcome"])
}
