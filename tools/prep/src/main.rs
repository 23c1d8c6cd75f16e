//! `cargo run -p prep -- [--check] [<input.topojson> <output.json>]`
//!
//! Writes the widget's region map, or with `--check` verifies that the
//! checked-in file matches a fresh generation (for CI).

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

const USAGE: &str = "usage: prep [--check] [<input.topojson> <output.json>]\n\
    defaults: ../shared/data/geo/kz_adm1_2024_simplified.topojson and content/regions.geo.json (relative to the repo root)";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prep: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut check = false;
    let mut paths = Vec::new();
    for arg in env::args_os().skip(1) {
        match arg.to_str() {
            Some("--check") => check = true,
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Some(flag) if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    let (input, output) = match <[PathBuf; 2]>::try_from(paths) {
        Ok([input, output]) => (input, output),
        Err(paths) if paths.is_empty() => (prep::default_input(), prep::default_output()),
        Err(_) => return Err(format!("expected no paths or exactly two\n{USAGE}")),
    };

    let source =
        fs::read_to_string(&input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let generated = prep::generate(&source)?;

    if check {
        let current = fs::read_to_string(&output)
            .map_err(|e| format!("cannot read {}: {e}", output.display()))?;
        if current != generated {
            return Err(format!(
                "{} is out of date with {}; regenerate with `cargo run -p prep`",
                output.display(),
                input.display()
            ));
        }
        println!("{} is up to date", output.display());
    } else {
        fs::write(&output, &generated)
            .map_err(|e| format!("cannot write {}: {e}", output.display()))?;
        println!("wrote {} ({} bytes)", output.display(), generated.len());
    }
    Ok(())
}
