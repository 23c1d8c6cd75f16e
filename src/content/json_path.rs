//! Names the field a serde_json error points at ("regions[3].figures[0].value"), from the
//! error's line and column. A small scanner here costs the wasm bundle far less than tracking
//! paths through every deserializer (serde_path_to_error added about 8.6 KB gzipped); the
//! tests check it against that crate.

enum Frame {
    Object { key: Option<String>, want_key: bool },
    Array { index: usize },
}

/// The path to the innermost value open at `line`:`column` (1-based, column in bytes, as
/// serde_json reports them); empty at the top level.
pub fn path_at(json: &str, line: usize, column: usize) -> String {
    let mut stack: Vec<Frame> = Vec::new();
    let (mut l, mut c) = (1, 0);
    let mut chars = json.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '\n' {
            l += 1;
            c = 0;
            continue;
        }
        // serde_json counts columns in bytes.
        c += ch.len_utf8();
        if l > line || (l == line && c >= column) {
            // At a closing bracket the error is about the container itself ("missing field",
            // "invalid length"), not its last member.
            match (ch, stack.last_mut()) {
                ('}', Some(Frame::Object { key, .. })) => *key = None,
                (']', Some(Frame::Array { .. })) => {
                    stack.pop();
                }
                _ => {}
            }
            break;
        }
        match ch {
            '{' => stack.push(Frame::Object {
                key: None,
                want_key: true,
            }),
            '[' => stack.push(Frame::Array { index: 0 }),
            '}' | ']' => {
                stack.pop();
            }
            ',' => match stack.last_mut() {
                Some(Frame::Object { want_key, .. }) => *want_key = true,
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            '"' => {
                let mut s = String::new();
                let mut closed = false;
                while let Some(sc) = chars.next() {
                    c += sc.len_utf8();
                    match sc {
                        '"' => {
                            closed = true;
                            break;
                        }
                        '\\' => {
                            if let Some(e) = chars.next() {
                                c += e.len_utf8();
                                s.push(e);
                            }
                        }
                        '\n' => {
                            l += 1;
                            c = 0;
                        }
                        _ => s.push(sc),
                    }
                }
                if let Some(Frame::Object { key, want_key }) = stack.last_mut() {
                    if *want_key && closed && (l < line || (l == line && c <= column)) {
                        *key = Some(s);
                        *want_key = false;
                    }
                }
                if l > line || (l == line && c >= column) {
                    break;
                }
            }
            _ => {}
        }
    }
    let mut out = String::new();
    for f in &stack {
        match f {
            Frame::Object { key: Some(k), .. } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => out.push_str(&format!("[{index}]")),
        }
    }
    out
}

// Native only: the oracle, serde_path_to_error, is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::content::pack::Pack;

    /// Our path for the first error in `json`, and serde_path_to_error's.
    fn both(json: &str) -> (String, String) {
        let e = serde_json::from_str::<Pack>(json).unwrap_err();
        let ours = path_at(json, e.line(), e.column());
        let de = &mut serde_json::Deserializer::from_str(json);
        let theirs = serde_path_to_error::deserialize::<_, Pack>(de)
            .unwrap_err()
            .path()
            .to_string();
        (ours, if theirs == "." { String::new() } else { theirs })
    }

    fn embedded_pack() -> serde_json::Value {
        serde_json::from_str(include_str!("../../content/pack.json")).unwrap()
    }

    /// Breaks the embedded pack at `pointer` and renders it pretty or compact.
    fn broken(pointer: &str, bad: serde_json::Value, pretty: bool) -> String {
        let mut v = embedded_pack();
        *v.pointer_mut(pointer).unwrap() = bad;
        if pretty {
            serde_json::to_string_pretty(&v).unwrap()
        } else {
            v.to_string()
        }
    }

    #[test]
    fn agrees_with_serde_path_to_error() {
        use serde_json::json;
        let cases = [
            ("/regions/2/figures/0/value", json!("abc")),
            ("/regions/4/activity/0/date", json!("2026-03/02")),
            ("/regions/0/figures/0/qualifier", json!("roughly")),
            ("/regions/2/id", json!(55)),
            ("/sources/4/date", json!("13.02.2026")),
            ("/sources/1/language", json!("de")),
            ("/metrics/0/unit", json!(null)),
            ("/national/figures/1/as_of", json!("2026-02-31")),
            ("/title", json!({"kz": "x"})),
            ("/timeline/2", json!({"date": "2026-01-01"})),
            ("/outcome/figures/0", json!({"metric": "turnout"})),
            ("/national/people/0/name", json!(["a"])),
        ];
        for pretty in [true, false] {
            for (pointer, bad) in &cases {
                let json = broken(pointer, bad.clone(), pretty);
                let (ours, theirs) = both(&json);
                assert_eq!(ours, theirs, "at {pointer} (pretty: {pretty})");
                assert!(!ours.is_empty(), "at {pointer}");
            }
        }
    }

    #[test]
    fn escapes_and_odd_keys() {
        let json = r#"{"a\"b": {"k": [1, {"x": "he said \"hi\"", "y": [true, "q"]}]}}"#;
        // Position of the "q" string value.
        let col = json.find("\"q\"").unwrap() + 2;
        assert_eq!(path_at(json, 1, col), "a\"b.k[1].y[1]");
    }

    #[test]
    fn top_level_and_truncated() {
        assert_eq!(path_at("", 1, 1), "");
        assert_eq!(path_at("{\"a\": [1, 2", 1, 12), "a[1]");
        assert_eq!(path_at("{\"abc", 1, 5), "");
    }
}
