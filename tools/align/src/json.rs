//! The layout of the generated JSON: nested objects indented, and each element of an array of
//! objects on one line (one pair, article or source per line), so diffs stay readable.

use serde_json::Value;

pub fn layout(v: &Value) -> String {
    let mut out = String::new();
    write(&mut out, v, 0);
    out.push('\n');
    out
}

fn compact(v: &Value) -> String {
    serde_json::to_string(v).expect("a JSON value always serialises")
}

fn write(out: &mut String, v: &Value, indent: usize) {
    let pad = |n: usize| " ".repeat(n);
    match v {
        Value::Object(map) if !map.is_empty() => {
            out.push_str("{\n");
            for (k, (key, value)) in map.iter().enumerate() {
                out.push_str(&format!(
                    "{}{}: ",
                    pad(indent + 2),
                    compact(&key.as_str().into())
                ));
                write(out, value, indent + 2);
                out.push_str(if k + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}}}", pad(indent)));
        }
        Value::Array(items) if items.iter().any(|x| x.is_object() || x.is_array()) => {
            out.push_str("[\n");
            for (k, item) in items.iter().enumerate() {
                out.push_str(&format!("{}{}", pad(indent + 2), compact(item)));
                out.push_str(if k + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&format!("{}]", pad(indent)));
        }
        other => out.push_str(&compact(other)),
    }
}

#[cfg(test)]
mod tests {
    use super::layout;
    use serde_json::json;

    #[test]
    fn arrays_of_objects_one_per_line() {
        let v = json!({"a": 1, "b": {"c": ["x", "y"]}, "d": [{"e": 1}, {"e": 2}], "f": []});
        let expected = "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": [\"x\",\"y\"]\n  },\n  \"d\": [\n    {\"e\":1},\n    {\"e\":2}\n  ],\n  \"f\": []\n}\n";
        assert_eq!(layout(&v), expected);
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&layout(&v)).unwrap(),
            v
        );
    }
}
