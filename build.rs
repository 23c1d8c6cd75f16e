//! Minifies the embedded content (pack and geometry) so the wasm carries no indentation.
//! The checked-in files stay readable for editors and reviewers.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["pack.json", "regions.geo.json"] {
        let src = Path::new("content").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text = fs::read_to_string(&src)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", src.display()));
        // An unparsable file is embedded as is, so the widget reports the precise error itself.
        let min = serde_json::from_str::<serde_json::Value>(&text)
            .map(|v| v.to_string())
            .unwrap_or(text);
        fs::write(Path::new(&out).join(name), min).expect("cannot write to OUT_DIR");
    }
}
