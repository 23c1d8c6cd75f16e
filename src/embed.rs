//! How a host page configures a widget: the options of an embed (`data-*` attributes of the
//! script tag, or the query string of the iframe and kiosk pages), parsed and checked here, and
//! the embed codes the widget offers for its current state.

use crate::lang::Lang;
use crate::view_state::{encode, Mode, View, ViewState};

/// Which parts of the explainer an embed shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Views {
    /// Map, table and comparison, with tabs.
    #[default]
    Both,
    /// The regional map and its table.
    Map,
    /// The article comparison only.
    Compare,
}

impl Views {
    pub fn has(self, v: View) -> bool {
        match self {
            Views::Both => true,
            Views::Map => v != View::Compare,
            Views::Compare => v == View::Compare,
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The kiosk's idle time before the attract loop, in seconds, and its bounds.
pub const IDLE_DEFAULT: u32 = 60;
const IDLE_RANGE: std::ops::RangeInclusive<u32> = 10..=3600;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub views: Views,
    pub lang: Option<Lang>,
    pub theme: Theme,
    /// A CSS colour, `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// A content pack to load instead of the embedded one.
    pub pack: Option<String>,
    pub kiosk: bool,
    pub idle: u32,
    /// The level of the widget's title (`h2` by default); its sections take the next levels.
    pub heading: u8,
    /// The initial view state as `view=…&region=…`, checked against the content once it loads.
    pub state: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            views: Views::Both,
            lang: None,
            theme: Theme::Auto,
            accent: None,
            pack: None,
            kiosk: false,
            idle: IDLE_DEFAULT,
            heading: 2,
            state: String::new(),
        }
    }
}

/// The option names, in the order the README documents them.
pub const NAMES: [&str; 13] = [
    "view", "lang", "metric", "region", "article", "mode", "theme", "accent", "pack", "kiosk",
    "idle", "heading", "id",
];

fn is_colour(s: &str) -> bool {
    let hex = s.strip_prefix('#').unwrap_or("");
    matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

fn flag(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        // A bare attribute (`data-kiosk`) means on.
        "" | "true" | "1" | "yes" | "on" => Some(true),
        "false" | "0" | "no" | "off" => Some(false),
        _ => None,
    }
}

impl Options {
    /// Parses option pairs such as `("view", "map")`. `label` names an option the way the
    /// editor wrote it (`data-view`, `?view`) in the warnings, one per value that was ignored.
    pub fn parse(
        pairs: &[(String, String)],
        label: &dyn Fn(&str) -> String,
    ) -> (Options, Vec<String>) {
        let mut o = Options::default();
        let mut warnings = Vec::new();
        let mut state = Vec::new();
        for (key, value) in pairs {
            let value = value.trim();
            let mut bad = |expected: &str, default: &str| {
                warnings.push(format!(
                    "{}={value:?} is not {expected}; using {default}",
                    label(key)
                ))
            };
            match key.as_str() {
                "view" => match value {
                    "both" => o.views = Views::Both,
                    "map" | "table" => {
                        o.views = Views::Map;
                        state.push(format!("view={value}"));
                    }
                    "compare" => {
                        o.views = Views::Compare;
                        state.push("view=compare".into());
                    }
                    _ => bad("map, table, compare or both", "both"),
                },
                "lang" => match Lang::parse(value) {
                    Some(l) => o.lang = Some(l),
                    None => bad("kk, ru or en", "the page's language"),
                },
                // Checked against the content once it loads (ViewState::from_params).
                "metric" | "region" | "article" | "mode" if !value.is_empty() => {
                    state.push(format!("{key}={}", encode(value)))
                }
                "metric" | "region" | "article" | "mode" => bad("set", "the default"),
                "theme" => match value {
                    "auto" => o.theme = Theme::Auto,
                    "light" => o.theme = Theme::Light,
                    "dark" => o.theme = Theme::Dark,
                    _ => bad("light, dark or auto", "auto"),
                },
                "accent" if is_colour(value) => o.accent = Some(value.to_ascii_lowercase()),
                "accent" => bad("a colour like #0b5cad", "the default accent"),
                "pack" if !value.is_empty() => o.pack = Some(value.to_string()),
                "pack" => bad("a URL", "the built-in content"),
                "kiosk" => match flag(value) {
                    Some(k) => o.kiosk = k,
                    None => bad("true or false", "false"),
                },
                "idle" => match value.parse::<u32>() {
                    Ok(s) if IDLE_RANGE.contains(&s) => o.idle = s,
                    _ => bad("a number of seconds from 10 to 3600", "60"),
                },
                "heading" => match value.parse::<u8>() {
                    Ok(h @ 1..=6) => o.heading = h,
                    _ => bad("a heading level from 1 to 6", "2"),
                },
                // Names the iframe in its resize messages; used by the page script only.
                "id" => {}
                _ => warnings.push(format!(
                    "{} is not an option of the widget (options: {}); ignored",
                    label(key),
                    NAMES.join(", ")
                )),
            }
        }
        // An article to show implies the comparison.
        if o.views == Views::Both && state.iter().any(|s| s.starts_with("article=")) {
            state.insert(0, "view=compare".into());
        }
        o.state = state.join("&");
        (o, warnings)
    }
}

/// The text colour for buttons filled with `accent` (`#rgb` or `#rrggbb`): white or near-black,
/// whichever contrasts more (WCAG relative luminance).
pub fn ink_on(accent: &str) -> &'static str {
    let hex = accent.trim_start_matches('#');
    let full: String = if hex.len() == 3 {
        hex.chars().flat_map(|c| [c, c]).collect()
    } else {
        hex.to_string()
    };
    let channel = |i: usize| {
        let v = u8::from_str_radix(full.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
        let c = f64::from(v) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    // Contrast with white is 1.05 / (l + 0.05); with #1b1f24 (l ≈ 0.014) it is (l + 0.05) / 0.064.
    if 1.05 / (l + 0.05) >= (l + 0.05) / 0.064 {
        "#ffffff"
    } else {
        "#1b1f24"
    }
}

/// The options that reproduce `state` in a new embed, as `(name, value)` pairs with defaults
/// left out: what the Embed dialog writes into its codes.
pub fn options_for(o: &Options, state: &ViewState, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let view = match (o.views, state.view) {
        (Views::Compare, _) => "compare",
        (Views::Map, View::Table) => "table",
        (Views::Map, _) => "map",
        (Views::Both, View::Map) => "both",
        (Views::Both, v) => v.code(),
    };
    if view != "both" {
        out.push(("view", view.to_string()));
    }
    out.push(("lang", lang.code().to_string()));
    if state.view != View::Compare {
        if let Some(m) = &state.metric {
            out.push(("metric", m.clone()));
        }
        if let Some(r) = &state.region {
            out.push(("region", r.clone()));
        }
    } else {
        if let Some(a) = &state.article {
            out.push(("article", a.clone()));
        }
        if state.mode == Mode::Inline {
            out.push(("mode", "inline".into()));
        }
    }
    if o.theme != Theme::Auto {
        out.push(("theme", o.theme.code().to_string()));
    }
    if let Some(a) = &o.accent {
        out.push(("accent", a.clone()));
    }
    if let Some(p) = &o.pack {
        out.push(("pack", p.clone()));
    }
    if o.heading != 2 {
        out.push(("heading", o.heading.to_string()));
    }
    out
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The script embed: a container whose content is the no-JavaScript fallback (a static map
/// linking to the standalone page), then the script that replaces it with the widget. The
/// script is not `async`: run as the page is parsed, it reserves the widget's height before
/// the text below is laid out, so nothing jumps (it is small and loads nothing heavy itself).
pub fn script_code(base: &str, options: &[(&str, String)], fallback_alt: &str) -> String {
    let attrs: String = options
        .iter()
        .map(|(k, v)| format!(" data-{k}=\"{}\"", attr(v)))
        .collect();
    let lang = options
        .iter()
        .find(|(k, _)| *k == "lang")
        .map_or("kk", |(_, v)| v.as_str());
    format!(
        "<div class=\"qazaq-explainer\"{attrs}>\n  <a href=\"{base}{page}\"><img src=\"{base}fallback/map-{lang}.svg\" alt=\"{alt}\" width=\"960\"></a>\n</div>\n<script src=\"{base}embed.js\"></script>",
        page = attr(&page_link(options)),
        alt = attr(fallback_alt),
    )
}

/// The iframe embed: the same options in the query string of `embed.html`, a title for screen
/// readers, and a starting height; `embed.js` on the host page (optional) keeps it fitted.
/// No style attributes, in either code: a host's strict CSP would block them.
pub fn iframe_code(base: &str, options: &[(&str, String)], title: &str, height: u32) -> String {
    let query: Vec<String> = options
        .iter()
        .map(|(k, v)| format!("{k}={}", encode(v)))
        .collect();
    let src = if query.is_empty() {
        format!("{base}embed.html")
    } else {
        format!("{base}embed.html?{}", query.join("&"))
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" frameborder=\"0\"></iframe>\n<script src=\"{base}embed.js\" async></script>",
        attr(&src),
        attr(title),
    )
}

/// The standalone page for the same state, relative to the bundle (`index.html#…`).
fn page_link(options: &[(&str, String)]) -> String {
    let mut parts = Vec::new();
    for (k, v) in options {
        match *k {
            "view" if v == "map" || v == "both" => {}
            "view" | "lang" | "metric" | "region" | "article" | "mode" => {
                parts.push(format!("{k}={}", encode(v)))
            }
            _ => {}
        }
    }
    if parts.is_empty() {
        "index.html".into()
    } else {
        format!("index.html#{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Options::parse(&pairs, &|k| format!("data-{k}"))
    }

    #[test]
    fn no_options_is_the_default_widget() {
        let (o, w) = parse(&[]);
        assert_eq!(o, Options::default());
        assert!(w.is_empty());
    }

    #[test]
    fn every_option_is_read() {
        let (o, w) = parse(&[
            ("view", "map"),
            ("lang", "ru"),
            ("metric", "events"),
            ("region", "KZ-75"),
            ("theme", "dark"),
            ("accent", "#C0FFEE"),
            ("pack", "https://example.kz/pack.json"),
            ("kiosk", ""),
            ("idle", "90"),
            ("heading", "3"),
            ("id", "frame-1"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.views, Views::Map);
        assert_eq!(o.lang, Some(Lang::Ru));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.accent.as_deref(), Some("#c0ffee"));
        assert_eq!(o.pack.as_deref(), Some("https://example.kz/pack.json"));
        assert!(o.kiosk);
        assert_eq!(o.idle, 90);
        assert_eq!(o.heading, 3);
        assert_eq!(o.state, "view=map&metric=events&region=KZ-75");
    }

    #[test]
    fn bad_values_fall_back_and_each_warning_names_its_attribute() {
        let (o, w) = parse(&[
            ("view", "globe"),
            ("lang", "fr"),
            ("theme", "pink"),
            ("accent", "red; background:url(x)"),
            ("kiosk", "maybe"),
            ("idle", "2"),
            ("heading", "7"),
            ("zoom", "3"),
        ]);
        assert_eq!(
            Options {
                state: String::new(),
                ..o.clone()
            },
            Options::default()
        );
        assert_eq!(w.len(), 8, "{w:?}");
        for (warning, attr) in w.iter().zip([
            "data-view=\"globe\"",
            "data-lang=\"fr\"",
            "data-theme=\"pink\"",
            "data-accent=",
            "data-kiosk=\"maybe\"",
            "data-idle=\"2\"",
            "data-heading=\"7\"",
            "data-zoom",
        ]) {
            assert!(warning.starts_with(attr), "{warning} names {attr}");
        }
    }

    #[test]
    fn an_article_opens_the_comparison_unless_the_map_is_asked_for() {
        assert_eq!(
            parse(&[("article", "o3-n4")]).0.state,
            "view=compare&article=o3-n4"
        );
        let (o, _) = parse(&[("view", "compare"), ("article", "o3-n4")]);
        assert_eq!(
            (o.views, o.state.as_str()),
            (Views::Compare, "view=compare&article=o3-n4")
        );
    }

    #[test]
    fn state_values_are_encoded_for_the_later_check() {
        let (o, _) = parse(&[("region", "a&view=table")]);
        assert_eq!(o.state, "region=a%26view%3Dtable");
    }

    #[test]
    fn ink_contrasts_with_the_accent() {
        assert_eq!(ink_on("#0b5cad"), "#ffffff");
        assert_eq!(ink_on("#000"), "#ffffff");
        assert_eq!(ink_on("#ffd33d"), "#1b1f24");
        assert_eq!(ink_on("#fff"), "#1b1f24");
    }

    #[test]
    fn views_restrict_tabs() {
        assert!(Views::Map.has(View::Table) && !Views::Map.has(View::Compare));
        assert!(Views::Compare.has(View::Compare) && !Views::Compare.has(View::Map));
        assert!(Views::Both.has(View::Compare));
    }

    #[test]
    fn codes_reproduce_the_state_and_survive_parsing() {
        let (o, _) = parse(&[("theme", "dark"), ("accent", "#0a7")]);
        let state = ViewState {
            region: Some("KZ-75".into()),
            metric: Some("events".into()),
            ..ViewState::default()
        };
        let opts = options_for(&o, &state, Lang::En);
        let script = script_code("https://cdn.example/qe/", &opts, "Map \"quoted\" <b>");
        assert!(script.contains(" data-lang=\"en\" data-metric=\"events\" data-region=\"KZ-75\" data-theme=\"dark\" data-accent=\"#0a7\""), "{script}");
        assert!(script.contains("src=\"https://cdn.example/qe/embed.js\""));
        assert!(script.contains("fallback/map-en.svg"));
        assert!(script.contains("alt=\"Map &quot;quoted&quot; &lt;b&gt;\""));
        assert!(script.contains("index.html#lang=en&amp;metric=events&amp;region=KZ-75"));
        let frame = iframe_code("https://cdn.example/qe/", &opts, "T", 700);
        assert!(frame.contains("embed.html?lang=en&amp;metric=events&amp;region=KZ-75&amp;theme=dark&amp;accent=%230a7"), "{frame}");
        // What the codes say parses back to the same options.
        let pairs: Vec<(String, String)> = opts
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let (back, w) = Options::parse(&pairs, &|k| k.to_string());
        assert!(w.is_empty());
        assert_eq!(
            (back.theme, back.accent, back.state.as_str()),
            (o.theme, o.accent, "metric=events&region=KZ-75")
        );
    }

    #[test]
    fn a_compare_embed_keeps_its_article_and_mode() {
        let (o, _) = parse(&[("view", "compare")]);
        let state = ViewState {
            view: View::Compare,
            article: Some("o3-n4".into()),
            mode: Mode::Inline,
            region: Some("KZ-75".into()),
            ..ViewState::default()
        };
        let opts = options_for(&o, &state, Lang::Kk);
        let names: Vec<&str> = opts.iter().map(|(k, _)| *k).collect();
        assert_eq!(names, ["view", "lang", "article", "mode"]);
    }
}
