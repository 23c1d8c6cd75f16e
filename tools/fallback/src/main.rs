//! `cargo run --release -p fallback -- [--pack <pack.json>] <out-dir>`
//!
//! Writes `<out-dir>/map-kk.svg`, `map-ru.svg` and `map-en.svg`: the regions map of the
//! pack's default metric as standalone SVG, from the embedded pack unless `--pack` names one.

use std::path::PathBuf;
use std::process::ExitCode;
use std::{env, fs};

const USAGE: &str = "usage: fallback [--pack <pack.json>] <out-dir>\n\
    writes <out-dir>/map-kk.svg, map-ru.svg and map-en.svg (default metric; embedded pack \
    unless --pack is given)";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("fallback: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let mut pack = None;
    let mut out = None;
    let mut args = env::args_os().skip(1);
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("--pack") => {
                pack = Some(PathBuf::from(
                    args.next().ok_or(format!("--pack needs a file\n{USAGE}"))?,
                ))
            }
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Some(flag) if flag.starts_with('-') => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            _ if out.is_none() => out = Some(PathBuf::from(arg)),
            _ => return Err(format!("expected one output directory\n{USAGE}")),
        }
    }
    let out = out.ok_or(format!("no output directory given\n{USAGE}"))?;

    let json = match &pack {
        Some(path) => Some(
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        ),
        None => None,
    };
    let model = fallback::load(json.as_deref())?;
    let files = fallback::files(&model)?;

    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    for (name, svg) in &files {
        let path = out.join(name);
        fs::write(&path, svg).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {} ({} bytes)", path.display(), svg.len());
    }
    Ok(())
}
