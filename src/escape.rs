//! Text inside markup written as a string (the map download's SVG, the embed codes' HTML):
//! the five markup characters escaped and the characters XML 1.0 forbids left out, so that
//! a pack's text or an option's value is always text there, in element content or in a
//! quoted attribute.

pub fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::markup;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(
            markup(r#"<a href="x">'Tom' & Jerry</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&apos;Tom&apos; &amp; Jerry&lt;/a&gt;"
        );
        assert_eq!(
            markup("&amp;"),
            "&amp;amp;",
            "escaped once more, never taken as markup"
        );
    }

    #[test]
    fn characters_xml_forbids_are_left_out_and_the_rest_kept() {
        assert_eq!(markup("a\u{0}b\u{1}c\u{1f}d\u{fffe}e\u{ffff}f"), "abcdef");
        assert_eq!(markup("a\tb\nc\rd"), "a\tb\nc\rd");
        assert_eq!(
            markup("Қазақстан — «700-ге жуық» 🗳"),
            "Қазақстан — «700-ге жуық» 🗳"
        );
        assert_eq!(
            markup("\u{2066}x\u{2069}"),
            "\u{2066}x\u{2069}",
            "isolates stay"
        );
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::markup;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn no_markup_survives(s in "\\PC*") {
            let out = markup(&s);
            prop_assert!(!out.contains(['<', '>', '"', '\'']));
            // Every & starts one of the five entities.
            for (i, _) in out.match_indices('&') {
                let rest = &out[i..];
                prop_assert!(["&amp;", "&lt;", "&gt;", "&quot;", "&apos;"].iter().any(|e| rest.starts_with(e)));
            }
        }
    }
}
