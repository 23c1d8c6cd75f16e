//! Colour contrast of the design tokens in `styles/tokens.css`, light and dark, by the WCAG 2
//! relative-luminance formula: text (1.4.3, 4.5:1), the diff and search highlights, and the
//! non-text contrast (1.4.11, 3:1) of the legend bins, the diff lines and the focus ring.
//! The `prefers-color-scheme: dark` block must repeat the `[data-theme="dark"]` one exactly.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

const TOKENS: &str = include_str!("../styles/tokens.css");

type Tokens = BTreeMap<String, String>;

/// The body of the first rule whose selector is exactly `selector` (comments taken out).
/// Panics if there is none.
fn rule(css: &str, selector: &str) -> String {
    let css = strip_comments(css);
    let mut from = 0;
    loop {
        let at = css[from..]
            .find(selector)
            .map(|i| i + from)
            .unwrap_or_else(|| panic!("no rule `{selector}`"));
        let rest = css[at + selector.len()..].trim_start();
        if let Some(body) = rest.strip_prefix('{') {
            return body[..body.find('}').expect("an unclosed rule")].to_string();
        }
        from = at + selector.len();
    }
}

/// The `--qe-*` declarations of the rule `selector`.
fn block(css: &str, selector: &str) -> Tokens {
    declarations(&rule(css, selector))
}

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find("*/").expect("an unclosed comment");
        rest = &rest[i + end + 2..];
    }
    out.push_str(rest);
    out
}

fn declarations(body: &str) -> Tokens {
    body.split(';')
        .filter_map(|d| d.split_once(':'))
        .filter_map(|(k, v)| {
            let k = k.trim();
            k.starts_with("--qe-").then(|| {
                (
                    k.trim_start_matches("--qe-").to_string(),
                    v.trim().to_string(),
                )
            })
        })
        .collect()
}

/// The light theme, and the dark one (the light tokens with the dark block's on top).
fn themes() -> [(&'static str, Tokens); 2] {
    let light = block(TOKENS, ".qe");
    let mut dark = light.clone();
    dark.extend(block(TOKENS, ".qe[data-theme=\"dark\"]"));
    [("light", light), ("dark", dark)]
}

fn rgb(hex: &str) -> [f64; 3] {
    let h = hex
        .strip_prefix('#')
        .unwrap_or_else(|| panic!("{hex} is not a #hex colour"));
    let h: String = match h.len() {
        3 => h.chars().flat_map(|c| [c, c]).collect(),
        6 => h.to_string(),
        _ => panic!("{hex} is not #rgb or #rrggbb"),
    };
    let byte = |i: usize| f64::from(u8::from_str_radix(&h[i..i + 2], 16).unwrap()) / 255.0;
    [byte(0), byte(2), byte(4)]
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance(hex: &str) -> f64 {
    let lin = |c: f64| {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let [r, g, b] = rgb(hex);
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks every (foreground, background, minimum) in both themes; one message lists all
/// failures with their ratios.
fn check(pairs: &[(&str, &str, f64)]) {
    let mut failures = Vec::new();
    for (theme, t) in themes() {
        let get = |name: &str| {
            t.get(name)
                .unwrap_or_else(|| panic!("{theme}: no --qe-{name}"))
                .clone()
        };
        for &(fg, bg, min) in pairs {
            let (f, b) = (get(fg), get(bg));
            let r = ratio(&f, &b);
            if r < min {
                failures.push(format!(
                    "{theme}: --qe-{fg} {f} on --qe-{bg} {b} is {r:.2}:1, needs {min}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_formula_gives_the_known_ratios() {
    assert!((ratio("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((ratio("#fff", "#ffffff") - 1.0).abs() < 1e-9);
    // #767676 is the lightest grey with 4.5:1 on white.
    assert!(ratio("#767676", "#ffffff") >= 4.5);
    assert!(ratio("#777777", "#ffffff") < 4.5);
}

#[test]
fn the_system_dark_block_equals_the_dark_theme() {
    let media = TOKENS
        .find("@media (prefers-color-scheme: dark)")
        .expect("tokens.css has a prefers-color-scheme: dark block");
    let system = block(&TOKENS[media..], ".qe:not([data-theme=\"light\"])");
    let dark = block(TOKENS, ".qe[data-theme=\"dark\"]");
    assert_eq!(
        system, dark,
        "the prefers-color-scheme block must repeat [data-theme=\"dark\"] exactly"
    );
}

#[test]
fn every_colour_token_has_a_dark_value() {
    let light = block(TOKENS, ".qe");
    let dark = block(TOKENS, ".qe[data-theme=\"dark\"]");
    let missing: Vec<_> = light
        .iter()
        .filter(|(_, v)| v.starts_with('#'))
        .map(|(k, _)| k)
        .filter(|k| !dark.contains_key(*k))
        .collect();
    assert!(missing.is_empty(), "no dark value for: {missing:?}");
}

#[test]
fn text_on_the_page_and_panels_is_at_least_4_5_to_1() {
    let mut pairs = Vec::new();
    for fg in ["ink", "ink-soft", "accent", "error-ink"] {
        for bg in ["bg", "surface"] {
            pairs.push((fg, bg, 4.5));
        }
    }
    pairs.extend([
        ("error-ink", "error-bg", 4.5),
        // Buttons that are on (view, language, mode, an open Embed panel).
        ("accent-ink", "accent", 4.5),
        // Chips that are on: the page's colour on ink.
        ("bg", "ink", 4.5),
    ]);
    check(&pairs);
}

#[test]
fn text_on_the_diff_and_search_highlights_is_at_least_4_5_to_1() {
    let mut pairs = Vec::new();
    for bg in ["ins-bg", "del-bg", "moved-bg", "mark-bg"] {
        pairs.push(("ink", bg, 4.5));
    }
    check(&pairs);
}

#[test]
fn diff_lines_stand_out_from_their_highlight_3_to_1() {
    check(&[
        ("ins-line", "ins-bg", 3.0),
        ("del-line", "del-bg", 3.0),
        ("mark-line", "mark-bg", 3.0),
        // Moved text is underlined (dotted) in ink-soft.
        ("ink-soft", "moved-bg", 3.0),
        // The current search hit is ringed in the focus colour.
        ("focus", "mark-bg", 3.0),
        // The redline key above an inline diff draws the same lines on the page.
        ("ins-line", "bg", 3.0),
        ("del-line", "bg", 3.0),
    ]);
}

/// A legend bin must be told from the page (3:1, WCAG 1.4.11): by its fill, or else by the
/// swatch's border (`.qe-swatch` in styles/map.css draws it in --qe-line-strong).
#[test]
fn every_legend_bin_is_distinguishable_from_the_page() {
    let swatch = rule(include_str!("../styles/map.css"), ".qe-swatch");
    assert!(
        swatch.contains("border: 1px solid var(--qe-line-strong);"),
        "the legend swatch's border must be drawn in --qe-line-strong: {swatch}"
    );
    let mut failures = Vec::new();
    for (theme, t) in themes() {
        let bg = &t["bg"];
        let border = &t["line-strong"];
        for i in 0..5 {
            let fill = &t[&format!("c{i}")];
            let by_fill = ratio(fill, bg);
            let by_border = ratio(border, bg);
            if by_fill < 3.0 && by_border < 3.0 {
                failures.push(format!(
                    "{theme}: bin c{i} {fill} is {by_fill:.2}:1 on {bg}, its border {border} {by_border:.2}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn lines_that_must_be_seen_and_the_focus_ring_are_at_least_3_to_1() {
    check(&[
        // Swatch borders and the borders of text fields and the embed code.
        ("line-strong", "bg", 3.0),
        ("line-strong", "surface", 3.0),
        ("focus", "bg", 3.0),
        ("focus", "surface", 3.0),
    ]);
}
