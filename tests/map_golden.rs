//! Golden files of the map download (`map::export::map_svg`), one per language, as Observable
//! Plot keeps its test output: a change to the drawing, the labels, the legend or the credits
//! shows up as a diff of a reviewed file. After a deliberate change, write them again with
//! `QE_UPDATE_GOLDEN=1 cargo test --test map_golden` and read the diff before committing.
#![cfg(not(target_arch = "wasm32"))]

use qazaq_explainer::content::Model;
use qazaq_explainer::lang::Lang;
use qazaq_explainer::map::export::map_svg;
use std::path::PathBuf;

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// The first line where `got` and `want` differ, with both versions of it.
fn first_difference(got: &str, want: &str) -> Option<String> {
    let (mut g, mut w) = (got.lines(), want.lines());
    for n in 1.. {
        match (g.next(), w.next()) {
            (None, None) => return None,
            (a, b) if a == b => continue,
            (a, b) => {
                return Some(format!(
                    "line {n}:\n  now:    {}\n  golden: {}",
                    a.unwrap_or("(end of file)"),
                    b.unwrap_or("(end of file)")
                ))
            }
        }
    }
    unreachable!()
}

#[test]
fn the_map_download_is_its_golden_file_in_every_language() {
    let model = Model::embedded().expect("the built-in pack");
    let update = std::env::var_os("QE_UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for lang in Lang::ALL {
        let name = format!("map-members-{}.svg", lang.code());
        // One element a line, so that a diff names the element that changed.
        let svg = map_svg(&model, "members", lang).replace("><", ">\n<") + "\n";
        let path = golden(&name);
        if update {
            std::fs::write(&path, &svg).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!("{}: {e}; write it with QE_UPDATE_GOLDEN=1", path.display())
        });
        if let Some(d) = first_difference(&svg, &want) {
            stale.push(format!("{name}, {d}"));
        }
    }
    assert!(
        stale.is_empty(),
        "the map download differs from its golden file (after a deliberate change: \
         QE_UPDATE_GOLDEN=1 cargo test --test map_golden):\n{}",
        stale.join("\n")
    );
}

#[test]
fn a_difference_is_named_by_its_line() {
    assert_eq!(first_difference("a\nb\n", "a\nb\n"), None);
    assert_eq!(
        first_difference("a\nb\nc", "a\nx\nc").as_deref(),
        Some("line 2:\n  now:    b\n  golden: x")
    );
    assert_eq!(
        first_difference("a", "a\nb").as_deref(),
        Some("line 2:\n  now:    (end of file)\n  golden: b")
    );
}
