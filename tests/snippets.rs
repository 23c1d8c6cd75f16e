//! How many JS snippet modules the widget's wasm imports: the page fetches them all at once,
//! each on a connection of its own. wasm-bindgen-test-runner's server (tiny_http 0.12) starts
//! with four threads, each holding a keep-alive connection for its whole life, and its pool can
//! queue a fifth connection of a burst without waking or adding a thread: that request is never
//! read, the module graph never finishes, and the browser tests hang (the page never reports).
//! Three snippets keep the burst within the threads that wait for it.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

fn modules(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            modules(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path).unwrap();
            let open = "#[wasm_bindgen(module = \"";
            for (at, _) in text.match_indices(open) {
                let rest = &text[at + open.len()..];
                found.insert(rest[..rest.find('"').unwrap()].to_string());
            }
            assert!(
                !text.contains("inline_js"),
                "{}: inline_js is a snippet module too",
                path.display()
            );
        }
    }
}

#[test]
fn the_widget_imports_at_most_three_snippet_modules() {
    let mut found = BTreeSet::new();
    modules(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut found,
    );
    assert!(
        !found.is_empty(),
        "no snippet modules found: is the pattern stale?"
    );
    assert!(
        found.len() <= 3,
        "{} snippet modules: {found:?}",
        found.len()
    );
}
