//! Numbers as digits in each language, and coordinates for SVG: the leaf of `format`, with
//! nothing from the content pack, so the validator can write a number as the widget does.

use crate::lang::Lang;

/// A number's whole part and its decimals as printed, trailing zeros dropped: two decimals,
/// or, for a value that two would show as 0 (0.004), as many as its first two digits need, so
/// that no positive figure reads as nothing; and for a `share` below 100 that two would round
/// up to 100 (99.996), as many as keep it below, since "100%" says "all".
pub(super) fn parts(v: f64, share: bool) -> (u64, String) {
    let v = v.abs();
    let hundredths = (v * 100.0).round();
    if hundredths == 0.0 && v > 0.0 {
        // Validation keeps figures at 10^-6 or more: seven decimals at most; the cap is for
        // unvalidated callers.
        let (mut scaled, mut decimals) = (v, 0);
        while scaled < 10.0 && decimals < 20 {
            scaled *= 10.0;
            decimals += 1;
        }
        let digits = format!("{:0decimals$}", scaled.round() as u64);
        return (0, digits.trim_end_matches('0').to_string());
    }
    // Fifteen decimals tell any f64 below 100 from 100 (spaced 1.4e-14 there).
    let (mut decimals, mut scale, mut scaled) = (2, 100.0, hundredths);
    while share && v < 100.0 && scaled >= 100.0 * scale && decimals < 15 {
        decimals += 1;
        scale *= 10.0;
        scaled = (v * scale).round();
    }
    let int = (scaled / scale).trunc();
    let frac = format!("{:0decimals$}", (scaled - int * scale) as u64);
    (int as u64, frac.trim_end_matches('0').to_string())
}

/// A number with the language's digit grouping and decimal mark; at most two decimals.
pub fn number(v: f64, lang: Lang) -> String {
    write_number(v < 0.0, parts(v, false), lang)
}

pub(super) fn write_number(negative: bool, (int, frac): (u64, String), lang: Lang) -> String {
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        // Russian and Kazakh group with a (non-breaking) space and use a decimal comma.
        Lang::Ru | Lang::Kk => ("\u{a0}", ","),
    };
    let digits = int.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if negative && (int > 0 || !frac.is_empty()) {
        out.push('-');
    }
    // Four-digit numbers stay ungrouped in Russian and Kazakh ("4000"), as their style guides ask.
    let grouping = digits.len() > 4 || (lang == Lang::En && digits.len() > 3);
    for (i, c) in digits.chars().enumerate() {
        if grouping && i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push_str(decimal);
        out.push_str(&frac);
    }
    out
}

/// A coordinate for SVG or CSS with one decimal ("12.3"), written without float formatting,
/// which would cost the wasm bundle more than the rest of this module.
pub fn tenths(v: f64) -> String {
    let t = (v * 10.0).round() as i64;
    let sign = if t < 0 { "-" } else { "" };
    let (int, frac) = (t.abs() / 10, t.abs() % 10);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}
