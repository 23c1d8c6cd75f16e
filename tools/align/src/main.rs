//! `cargo run -p align -- [--check] [--input <dir>]`
//!
//! Writes content/compare/ (index.json, texts.{kk,ru,en}.json, reasons.json, REVIEW.md) from the
//! shared constitution data, tools/align/reviewed.json and the editorial review in
//! tools/align/editorial/, or with `--check` exits non-zero
//! if the checked-in files differ from a fresh generation (for CI).

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

const USAGE: &str = "usage: align [--check] [--input <dir>]\n\
    default input: ../shared/data/constitution (relative to the repo root); \
    output: content/compare/";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("align: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut check = false;
    let mut input = align::default_input();
    let mut args = env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--check") => check = true,
            Some("--input") => {
                input = PathBuf::from(
                    args.next()
                        .ok_or(format!("--input needs a directory\n{USAGE}"))?,
                )
            }
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return Ok(());
            }
            _ => return Err(format!("unexpected argument {arg:?}\n{USAGE}")),
        }
    }

    let out = align::output_dir();
    let files = match align::generate(&input, &align::reviewed_path(), &align::editorial::dir()) {
        Ok(files) => files,
        Err(failure) => {
            // Undecided articles: still write the review list so the reviewer sees them.
            if let (false, Some(review)) = (check, failure.review) {
                fs::create_dir_all(&out)
                    .map_err(|e| format!("cannot create {}: {e}", out.display()))?;
                let path = out.join(align::REVIEW);
                fs::write(&path, review)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                eprintln!("align: wrote {}", path.display());
            }
            return Err(failure.message);
        }
    };

    if check {
        let stale: Vec<&str> = files
            .iter()
            .filter(|(name, text)| fs::read_to_string(out.join(name)).ok().as_deref() != Some(text))
            .map(|(name, _)| *name)
            .collect();
        if !stale.is_empty() {
            return Err(format!(
                "out of date in {}: {}; regenerate with `cargo run -p align`",
                out.display(),
                stale.join(", ")
            ));
        }
        println!("{} is up to date", out.display());
    } else {
        fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
        for (name, text) in &files {
            let path = out.join(name);
            fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            println!("wrote {} ({} bytes)", path.display(), text.len());
        }
    }
    Ok(())
}
