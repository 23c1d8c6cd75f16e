//! Timings of the comparison's pure work on the shipped pack (content/compare): building the
//! model (parse and validate), diffing every pair, building the moved-text index, searching.
//! Run with `cargo run --release --example bench_compare`. A benchmark: it prints, never
//! asserts on time.
//!
//! The same work also builds for wasm32 (`cargo build --release --target
//! wasm32-unknown-unknown --example bench_compare`, then wasm-bindgen): it exports
//! `bench_compare(index, names, jsons, runs)`, which returns the figures as JSON, so
//! `scripts/bench-compare-wasm.mjs` can time the very same code in the browser.

use qazaq_explainer::compare::diff::diff_pair;
use qazaq_explainer::compare::model::CompareModel;
use qazaq_explainer::compare::moved::MovedIndex;
use qazaq_explainer::compare::search::SearchIndex;
use qazaq_explainer::lang::Lang;
use std::hint::black_box;

const QUERY: &str = "президент";

/// What one benchmark run found and how long each step took (medians, ms).
struct Report {
    pairs: usize,
    files: usize,
    chars: usize,
    ru_chars: usize,
    moved: usize,
    hits: usize,
    runs: usize,
    /// (label, median ms)
    times: Vec<(&'static str, f64)>,
}

/// Runs every step `runs` times with the clock `now` (ms) and keeps the medians.
fn bench(
    index: &str,
    texts: &[(&str, &str)],
    runs: usize,
    now: &dyn Fn() -> f64,
) -> Result<Report, String> {
    let runs = runs.max(1);
    let median_ms = |f: &mut dyn FnMut()| {
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = now();
                f();
                now() - start
            })
            .collect();
        times.sort_by(f64::total_cmp);
        times[runs / 2]
    };
    let build = || CompareModel::build(index, texts);
    let model = build().map_err(|e| format!("{e:?}"))?;
    let pairs = &model.index().pairs;
    let chars = index.chars().count() + texts.iter().map(|(_, j)| j.chars().count()).sum::<usize>();
    let ru_chars: usize = model
        .index()
        .articles
        .iter()
        .filter_map(|a| model.text(a.edition, &a.number, Lang::Ru))
        .filter(|(_, l)| *l == Lang::Ru)
        .map(|(t, _)| t.chars().count())
        .sum();
    let moved = MovedIndex::build(&model, Lang::Ru).count();
    let search_index = SearchIndex::build(&model, Lang::Ru);
    let hits = search_index.search(QUERY).len();

    let mut times = Vec::new();
    times.push((
        "build model (parse + validate)",
        median_ms(&mut || {
            black_box(build().is_ok());
        }),
    ));
    times.push((
        "diff every pair (ru)",
        median_ms(&mut || {
            for p in pairs {
                black_box(diff_pair(&model, p, Lang::Ru));
            }
        }),
    ));
    times.push((
        "build moved index (ru)",
        median_ms(&mut || {
            black_box(MovedIndex::build(&model, Lang::Ru));
        }),
    ));
    times.push((
        "build search index (ru)",
        median_ms(&mut || {
            black_box(SearchIndex::build(&model, Lang::Ru));
        }),
    ));
    times.push((
        "search \"президент\" (ru), index built",
        median_ms(&mut || {
            black_box(search_index.search(QUERY));
        }),
    ));
    // Everything the Compare view computes to show the whole constitution: the model, the
    // moved-text index and the diff of every pair.
    times.push((
        "whole constitution (model + moved + diffs, ru)",
        median_ms(&mut || {
            let model = build().ok();
            if let Some(model) = model {
                black_box(MovedIndex::build(&model, Lang::Ru));
                for p in &model.index().pairs {
                    black_box(diff_pair(&model, p, Lang::Ru));
                }
            }
        }),
    ));
    Ok(Report {
        pairs: pairs.len(),
        files: texts.len() + 1,
        chars,
        ru_chars,
        moved,
        hits,
        runs,
        times,
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> Result<(), String> {
    use std::time::Instant;
    const RUNS: usize = 15;

    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/content/compare");
    let read = |name: &str| {
        std::fs::read_to_string(format!("{dir}/{name}")).map_err(|e| format!("{dir}/{name}: {e}"))
    };
    let index = read("index.json")?;
    let mut files = Vec::new();
    for name in ["texts.kk.json", "texts.ru.json", "texts.en.json"] {
        if let Ok(json) = read(name) {
            files.push((name, json));
        }
    }
    let texts: Vec<(&str, &str)> = files.iter().map(|(n, j)| (*n, j.as_str())).collect();
    let origin = Instant::now();
    let now = move || origin.elapsed().as_secs_f64() * 1000.0;
    let r = bench(&index, &texts, RUNS, &now)?;

    println!("pairs: {}", r.pairs);
    println!("files: {} ({} characters of JSON)", r.files, r.chars);
    println!("article text in ru: {} characters", r.ru_chars);
    println!("moved sentences (ru): {}", r.moved);
    println!("hits for {QUERY:?} (ru): {}", r.hits);
    println!("median of {} runs, ms:", r.runs);
    for (label, ms) in &r.times {
        println!("  {:<48} {ms:8.2}", format!("{label}:"));
    }
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The browser side: the same `bench`, timed with `performance.now()`.
#[cfg(target_arch = "wasm32")]
mod web {
    use wasm_bindgen::prelude::*;

    /// Runs the benchmark on the given index and text files (`names[i]` is the file name of
    /// `jsons[i]`, e.g. `texts.ru.json`); returns the report as a JSON object.
    #[wasm_bindgen]
    pub fn bench_compare(
        index: String,
        names: Vec<String>,
        jsons: Vec<String>,
        runs: usize,
    ) -> Result<String, String> {
        let perf = web_sys::window()
            .and_then(|w| w.performance())
            .ok_or("no window.performance")?;
        let now = move || perf.now();
        let texts: Vec<(&str, &str)> = names
            .iter()
            .zip(&jsons)
            .map(|(n, j)| (n.as_str(), j.as_str()))
            .collect();
        let r = super::bench(&index, &texts, runs, &now)?;
        let times: Vec<serde_json::Value> = r
            .times
            .iter()
            .map(|(label, ms)| serde_json::json!({ "label": label, "ms": ms }))
            .collect();
        Ok(serde_json::json!({
            "pairs": r.pairs,
            "files": r.files,
            "chars": r.chars,
            "ru_chars": r.ru_chars,
            "moved": r.moved,
            "hits": r.hits,
            "runs": r.runs,
            "times": times,
        })
        .to_string())
    }
}
