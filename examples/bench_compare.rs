//! Timings of the comparison's pure work on the shipped pack (content/compare): building the
//! model (parse and validate), diffing every pair, building the moved-text index, searching.
//! Run with `cargo run --release --example bench_compare`. A benchmark: it prints, never
//! asserts on time.

use qazaq_explainer::compare::diff::diff_pair;
use qazaq_explainer::compare::model::CompareModel;
use qazaq_explainer::compare::moved::MovedIndex;
use qazaq_explainer::compare::search::search;
use qazaq_explainer::lang::Lang;
use std::hint::black_box;
use std::time::Instant;

const RUNS: usize = 15;
const QUERY: &str = "президент";

/// The median of `RUNS` timings of `f`, in milliseconds.
fn median_ms(mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[RUNS / 2]
}

fn main() -> Result<(), String> {
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
    let build = || CompareModel::build(&index, &texts);
    let model = build().map_err(|e| format!("{e:?}"))?;

    let pairs = &model.index().pairs;
    let chars: usize =
        index.chars().count() + files.iter().map(|(_, j)| j.chars().count()).sum::<usize>();
    let ru_chars: usize = model
        .index()
        .articles
        .iter()
        .filter_map(|a| model.text(a.edition, &a.number, Lang::Ru))
        .filter(|(_, l)| *l == Lang::Ru)
        .map(|(t, _)| t.chars().count())
        .sum();
    let moved = MovedIndex::build(&model, Lang::Ru);
    let hits = search(&model, QUERY, Lang::Ru).len();

    println!("pairs: {}", pairs.len());
    println!("files: {} ({} characters of JSON)", files.len() + 1, chars);
    println!("article text in ru: {ru_chars} characters");
    println!("moved sentences (ru): {}", moved.count());
    println!("hits for {QUERY:?} (ru): {hits}");
    println!("median of {RUNS} runs, ms:");
    println!(
        "  build model (parse + validate): {:8.2}",
        median_ms(|| {
            black_box(build().is_ok());
        })
    );
    println!(
        "  diff every pair (ru):          {:8.2}",
        median_ms(|| {
            for p in pairs {
                black_box(diff_pair(&model, p, Lang::Ru));
            }
        })
    );
    println!(
        "  build moved index (ru):        {:8.2}",
        median_ms(|| {
            black_box(MovedIndex::build(&model, Lang::Ru));
        })
    );
    println!(
        "  search {QUERY:?} (ru):         {:8.2}",
        median_ms(|| {
            black_box(search(&model, QUERY, Lang::Ru));
        })
    );
    Ok(())
}
