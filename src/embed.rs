//! How a host page configures a widget: the options of an embed (`data-*` attributes of the
//! script tag, or the query string of the iframe and kiosk pages), parsed and checked here, and
//! the embed codes the widget offers for its current state.

use crate::escape::markup;
use crate::lang::Lang;
use crate::view_state::{encode, Mode, View, ViewState};

/// A part of the explainer an embed can show (`data-sections="map,national"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The map with its metric switch, legend and summary.
    Map,
    /// The selected unit's detail panel.
    Panel,
    /// The table of every unit's figures.
    Table,
    /// The nationwide coalition's figures.
    National,
    /// The referendum's result.
    Result,
    /// The campaign timeline.
    Timeline,
    /// The article-by-article comparison of the constitutions.
    Compare,
}

impl Section {
    /// In the order the widget stacks them (and the README lists them).
    pub const ALL: [Section; 7] = [
        Section::Map,
        Section::Panel,
        Section::Table,
        Section::National,
        Section::Result,
        Section::Timeline,
        Section::Compare,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Section::Map => "map",
            Section::Panel => "panel",
            Section::Table => "table",
            Section::National => "national",
            Section::Result => "result",
            Section::Timeline => "timeline",
            Section::Compare => "compare",
        }
    }

    fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.code() == s)
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of sections.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Sections(u8);

impl std::fmt::Debug for Sections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sections({})", self.codes())
    }
}

impl Default for Sections {
    fn default() -> Self {
        Sections::ALL
    }
}

impl Sections {
    pub const NONE: Sections = Sections(0);
    pub const ALL: Sections = Sections::of(&Section::ALL);
    /// What `view=map` (and `view=table`) shows: about one screen, not the whole explainer.
    pub const MAP: Sections = Sections::of(&[Section::Map, Section::Panel, Section::Table]);
    pub const COMPARE: Sections = Sections::of(&[Section::Compare]);
    /// The sections under the map and the table (not under the comparison).
    pub const CONTEXT: Sections =
        Sections::of(&[Section::National, Section::Result, Section::Timeline]);

    pub const fn of(list: &[Section]) -> Sections {
        let mut bits = 0;
        let mut i = 0;
        while i < list.len() {
            bits |= list[i].bit();
            i += 1;
        }
        Sections(bits)
    }

    pub fn has(self, s: Section) -> bool {
        self.0 & s.bit() != 0
    }

    pub fn with(self, s: Section) -> Sections {
        Sections(self.0 | s.bit())
    }

    pub fn without(self, s: Section) -> Sections {
        Sections(self.0 & !s.bit())
    }

    pub fn and(self, other: Sections) -> Sections {
        Sections(self.0 & other.0)
    }

    pub fn or(self, other: Sections) -> Sections {
        Sections(self.0 | other.0)
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Section> {
        Section::ALL.into_iter().filter(move |s| self.has(*s))
    }

    /// `map,panel,table`, as the option is written.
    pub fn codes(self) -> String {
        self.iter().map(Section::code).collect::<Vec<_>>().join(",")
    }

    /// Whether the view has something to show: the map view is the map, its panel, or both;
    /// beside a table without the map, the panel opens under the table instead.
    pub fn shows(self, v: View) -> bool {
        match v {
            View::Map => {
                self.has(Section::Map) || (self.has(Section::Panel) && !self.has(Section::Table))
            }
            View::Table => self.has(Section::Table),
            View::Compare => self.has(Section::Compare),
        }
    }

    /// The views with something to show, in tab order: tabs appear when there are two or more.
    pub fn views(self) -> Vec<View> {
        [View::Map, View::Table, View::Compare]
            .into_iter()
            .filter(|v| self.shows(*v))
            .collect()
    }

    /// The view to start in when none is asked for; the map view (empty) when the embed shows
    /// only the nationwide figures, result or timeline.
    pub fn first_view(self) -> View {
        self.views().first().copied().unwrap_or(View::Map)
    }

    /// The nationwide figures, result and timeline go under the map and the table; in an
    /// embed without either, under whatever there is.
    pub fn context_under(self, v: View) -> Sections {
        let context = self.and(Sections::CONTEXT);
        let alone = !self.shows(View::Map) && !self.shows(View::Table);
        if v != View::Compare || alone {
            context
        } else {
            Sections::NONE
        }
    }

    /// The sections on screen in view `v`: what the Embed button's codes reproduce.
    pub fn on_screen(self, v: View) -> Sections {
        let main = match v {
            View::Map => Sections::of(&[Section::Map, Section::Panel]),
            View::Table => Sections::of(&[Section::Table]),
            View::Compare => Sections::COMPARE,
        };
        self.and(main).or(self.context_under(v))
    }

    /// What an embed shows without a `sections` option, for its `view` option.
    fn default_for(view: Option<View>) -> Sections {
        match view {
            None => Sections::ALL,
            Some(View::Map | View::Table) => Sections::MAP,
            Some(View::Compare) => Sections::COMPARE,
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
    /// What the embed shows (`sections`, or the default for its `view`).
    pub sections: Sections,
    /// The view it starts in (`view`, else the first it shows).
    pub start: View,
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
    /// The view-state options (`metric`, `region`, `article`, `mode`, `texts`) as given, trimmed
    /// and in order, checked against the content once it loads (`ViewState::from_pairs`).
    pub state: Vec<(String, String)>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sections: Sections::ALL,
            start: View::Map,
            lang: None,
            theme: Theme::Auto,
            accent: None,
            pack: None,
            kiosk: false,
            idle: IDLE_DEFAULT,
            heading: 2,
            state: Vec::new(),
        }
    }
}

/// The option names, in the order the README documents them.
pub const NAMES: [&str; 15] = [
    "view", "sections", "lang", "metric", "region", "article", "mode", "texts", "theme", "accent",
    "pack", "kiosk", "idle", "heading", "id",
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
        // `None` inside: `view=both`, or no view asked for.
        let mut view: Option<Option<View>> = None;
        let mut sections: Option<Sections> = None;
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
                    "both" => view = Some(None),
                    "map" => view = Some(Some(View::Map)),
                    "table" => view = Some(Some(View::Table)),
                    "compare" => view = Some(Some(View::Compare)),
                    _ => bad("map, table, compare or both", "both"),
                },
                "sections" => {
                    let mut set = Sections::NONE;
                    for name in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match Section::parse(name) {
                            Some(s) => set = set.with(s),
                            None => warnings.push(format!(
                                "{}={value:?}: {name:?} is not a section ({}); ignored",
                                label(key),
                                Sections::ALL.codes().replace(',', ", ")
                            )),
                        }
                    }
                    if set.is_empty() {
                        warnings.push(format!(
                            "{}={value:?} is not a list of sections; using those of the view",
                            label(key)
                        ))
                    } else {
                        sections = Some(set);
                    }
                }
                "lang" => match Lang::parse(value) {
                    Some(l) => o.lang = Some(l),
                    None => bad("kk, ru or en", "the page's language"),
                },
                // Checked against the content once it loads (ViewState::from_pairs).
                "metric" | "region" | "article" | "mode" | "texts" if !value.is_empty() => {
                    o.state.push((key.clone(), value.to_string()))
                }
                "metric" | "region" | "article" | "mode" | "texts" => bad("set", "the default"),
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
        let view = view.flatten();
        let given = |k: &str| o.state.iter().any(|(key, _)| key == k);
        let mut shown = sections.unwrap_or(Sections::default_for(view));
        // A panel on its own shows the unit the embed opens; with none, the map is needed.
        if shown.has(Section::Panel)
            && !shown.has(Section::Map)
            && !shown.has(Section::Table)
            && !given("region")
        {
            warnings.push(format!(
                "{}: a panel without the map needs {} to show a unit; showing the map too",
                label("sections"),
                label("region")
            ));
            shown = shown.with(Section::Map);
        }
        o.sections = shown;
        o.start = match view {
            Some(v) if shown.shows(v) => v,
            Some(v) => {
                warnings.push(format!(
                    "{}={:?} is not among {}={:?}; starting on {}",
                    label("view"),
                    v.code(),
                    label("sections"),
                    shown.codes(),
                    shown.first_view().code()
                ));
                shown.first_view()
            }
            // An article to show implies the comparison.
            None if given("article") && shown.shows(View::Compare) => View::Compare,
            None => shown.first_view(),
        };
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

/// The options that make a new embed of `sections` (as the editor picked them; the embed's
/// own sections when empty) that starts where `state` is, as `(name, value)` pairs with
/// defaults left out: what the Embed dialog writes into its codes.
pub fn options_for(
    o: &Options,
    state: &ViewState,
    lang: Lang,
    sections: Sections,
) -> Vec<(&'static str, String)> {
    let sections = if sections.is_empty() {
        o.sections
    } else {
        sections
    };
    let view = if sections.shows(state.view) {
        state.view
    } else {
        sections.first_view()
    };
    // Without `view` an embed starts on the map, or the first view it shows.
    let asked = (view != sections.first_view() || view != View::Map).then_some(view);
    let mut out = Vec::new();
    if let Some(v) = asked {
        out.push(("view", v.code().to_string()));
    }
    if sections != Sections::default_for(asked) {
        out.push(("sections", sections.codes()));
    }
    out.push(("lang", lang.code().to_string()));
    if view != View::Compare {
        if let Some(m) = state
            .metric
            .as_ref()
            .filter(|_| sections.shows(View::Map) || sections.shows(View::Table))
        {
            out.push(("metric", m.clone()));
        }
        if let Some(r) = state.region.as_ref().filter(|_| sections.shows(View::Map)) {
            out.push(("region", r.clone()));
        }
    } else {
        if let Some(a) = &state.compare.article {
            out.push(("article", a.clone()));
        }
        if state.compare.mode == Mode::Inline {
            out.push(("mode", "inline".into()));
        }
        if let Some(l) = state.compare.texts {
            out.push(("texts", l.code().to_string()));
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

/// The script embed: a container whose content is the no-JavaScript fallback (a static map
/// linking to the standalone page), then the script that replaces it with the widget. The
/// script is not `async`: run as the page is parsed, it reserves the widget's height before
/// the text below is laid out, so nothing jumps (it is small and loads nothing heavy itself).
pub fn script_code(base: &str, options: &[(&str, String)], fallback_alt: &str) -> String {
    let attrs: String = options
        .iter()
        .map(|(k, v)| format!(" data-{k}=\"{}\"", markup(v)))
        .collect();
    let lang = options
        .iter()
        .find(|(k, _)| *k == "lang")
        .map_or("kk", |(_, v)| v.as_str());
    format!(
        "<div class=\"qazaq-explainer\"{attrs}>\n  <a href=\"{base}{page}\"><img src=\"{base}fallback/map-{lang}.svg\" alt=\"{alt}\" width=\"960\"></a>\n</div>\n<script src=\"{base}embed.js\"></script>",
        page = markup(&page_link(options)),
        alt = markup(fallback_alt),
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
        markup(&src),
        markup(title),
    )
}

/// The standalone page for the same state, relative to the bundle (`index.html#…`).
fn page_link(options: &[(&str, String)]) -> String {
    let mut parts = Vec::new();
    for (k, v) in options {
        match *k {
            "view" if v == "map" || v == "both" => {}
            "view" | "lang" | "metric" | "region" | "article" | "mode" | "texts" => {
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
    use crate::view_state::{CompareState, Known};

    fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn parse(pairs: &[(&str, &str)]) -> (Options, Vec<String>) {
        Options::parse(&owned(pairs), &|k| format!("data-{k}"))
    }

    fn shown(pairs: &[(&str, &str)]) -> (String, View) {
        let (o, _) = parse(pairs);
        (o.sections.codes(), o.start)
    }

    #[test]
    fn no_options_is_the_default_widget() {
        let (o, w) = parse(&[]);
        assert_eq!(o, Options::default());
        assert_eq!(o.sections, Sections::ALL);
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
        assert_eq!((o.sections, o.start), (Sections::MAP, View::Map));
        assert_eq!(o.lang, Some(Lang::Ru));
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(o.accent.as_deref(), Some("#c0ffee"));
        assert_eq!(o.pack.as_deref(), Some("https://example.kz/pack.json"));
        assert!(o.kiosk);
        assert_eq!(o.idle, 90);
        assert_eq!(o.heading, 3);
        assert_eq!(o.state, owned(&[("metric", "events"), ("region", "KZ-75")]));
    }

    #[test]
    fn bad_values_fall_back_and_each_warning_names_its_attribute() {
        let (o, w) = parse(&[
            ("view", "globe"),
            ("sections", "globe,,"),
            ("lang", "fr"),
            ("theme", "pink"),
            ("accent", "red; background:url(x)"),
            ("kiosk", "maybe"),
            ("idle", "2"),
            ("heading", "7"),
            ("zoom", "3"),
        ]);
        assert_eq!(o, Options::default());
        assert_eq!(w.len(), 10, "{w:?}");
        for (warning, attr) in w.iter().zip([
            "data-view=\"globe\"",
            "data-sections=\"globe,,\": \"globe\" is not a section (map, panel, table, national, result, timeline, compare)",
            "data-sections=\"globe,,\" is not a list of sections",
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
    fn each_value_of_view_theme_and_pack_takes_effect_or_warns() {
        let (o, w) = parse(&[("view", "map"), ("view", "both")]);
        assert_eq!(
            (o.sections, o.start, w.len()),
            (Sections::ALL, View::Map, 0)
        );
        for (theme, expect) in [
            ("auto", Theme::Auto),
            ("light", Theme::Light),
            ("dark", Theme::Dark),
        ] {
            let (o, w) = parse(&[("theme", "dark"), ("theme", theme)]);
            assert_eq!((o.theme, w.len()), (expect, 0), "{theme}");
        }
        let (o, w) = parse(&[("pack", " ")]);
        assert_eq!(o.pack, None);
        assert_eq!(
            w,
            ["data-pack=\"\" is not a URL; using the built-in content"]
        );
    }

    #[test]
    fn each_view_has_its_default_sections() {
        let all = "map,panel,table,national,result,timeline,compare";
        assert_eq!(shown(&[]), (all.into(), View::Map));
        assert_eq!(shown(&[("view", "both")]), (all.into(), View::Map));
        assert_eq!(
            shown(&[("view", "map")]),
            ("map,panel,table".into(), View::Map)
        );
        assert_eq!(
            shown(&[("view", "table")]),
            ("map,panel,table".into(), View::Table)
        );
        assert_eq!(
            shown(&[("view", "compare")]),
            ("compare".into(), View::Compare)
        );
    }

    #[test]
    fn sections_choose_what_is_shown_and_view_where_it_starts() {
        assert_eq!(shown(&[("sections", "map")]), ("map".into(), View::Map));
        assert_eq!(
            shown(&[("sections", " national , result,timeline ")]),
            ("national,result,timeline".into(), View::Map)
        );
        // Order and repeats do not matter: the widget stacks sections in its own order.
        assert_eq!(
            shown(&[("sections", "compare,table,compare")]),
            ("table,compare".into(), View::Table)
        );
        assert_eq!(
            shown(&[("sections", "table,compare"), ("view", "compare")]),
            ("table,compare".into(), View::Compare)
        );
        // `sections` overrides the view's default, whichever comes first.
        assert_eq!(
            shown(&[("sections", "map,national"), ("view", "map")]),
            ("map,national".into(), View::Map)
        );
        assert_eq!(
            shown(&[("view", "both"), ("sections", "timeline")]),
            ("timeline".into(), View::Map)
        );
        // The last value of an option counts.
        assert_eq!(
            shown(&[("sections", "map"), ("sections", "result")]),
            ("result".into(), View::Map)
        );
    }

    #[test]
    fn a_view_the_sections_leave_out_warns_and_starts_on_the_first_shown() {
        let (o, w) = parse(&[("view", "compare"), ("sections", "map,table")]);
        assert_eq!(
            (o.sections.codes(), o.start),
            ("map,table".into(), View::Map)
        );
        assert_eq!(
            w,
            ["data-view=\"compare\" is not among data-sections=\"map,table\"; starting on map"]
        );
        let (o, w) = parse(&[("view", "map"), ("sections", "table")]);
        assert_eq!(o.start, View::Table);
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn a_panel_alone_shows_the_unit_asked_for_or_the_map_too() {
        let (o, w) = parse(&[("sections", "panel"), ("region", "KZ-55")]);
        assert_eq!((o.sections.codes(), o.start), ("panel".into(), View::Map));
        assert!(w.is_empty(), "{w:?}");
        let (o, w) = parse(&[("sections", "panel")]);
        assert_eq!(o.sections.codes(), "map,panel");
        assert_eq!(
            w,
            ["data-sections: a panel without the map needs data-region to show a unit; showing the map too"]
        );
    }

    #[test]
    fn an_article_opens_the_comparison_unless_another_view_is_asked_for() {
        let (o, _) = parse(&[("article", "o3-n4")]);
        assert_eq!(
            (o.start, o.state),
            (View::Compare, owned(&[("article", "o3-n4")]))
        );
        let (o, _) = parse(&[("view", "compare"), ("article", "o3-n4")]);
        assert_eq!((o.sections, o.start), (Sections::COMPARE, View::Compare));
        assert_eq!(
            parse(&[("view", "map"), ("article", "o3-n4")]).0.start,
            View::Map
        );
        // Not when the comparison is not shown.
        let (o, _) = parse(&[("sections", "map"), ("article", "o3-n4")]);
        assert_eq!(o.start, View::Map);
    }

    /// The state options reach ViewState as written (trimmed), not through a query string:
    /// `&`, `=` and `%` inside a value are the value's own.
    #[test]
    fn state_values_reach_the_view_state_as_written() {
        let (o, w) = parse(&[("region", " a&view=table "), ("metric", "50%25=x")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            o.state,
            owned(&[("region", "a&view=table"), ("metric", "50%25=x")])
        );
        let known = Known {
            metrics: vec!["50%25=x"],
            regions: vec!["a&view=table"],
        };
        let (s, w) = ViewState::from_pairs(o.state, &known, &|k| format!("data-{k}"));
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(
            (s.view, s.region.as_deref(), s.metric.as_deref()),
            (View::Map, Some("a&view=table"), Some("50%25=x"))
        );
    }

    /// Each value is checked in order, so a bad one warns even when a later one counts.
    #[test]
    fn a_repeated_state_option_warns_for_each_bad_value_and_the_last_counts() {
        let (o, w) = parse(&[
            ("region", "KZ-99"),
            ("sections", "panel"),
            ("region", "KZ-75"),
            ("mode", "inline"),
            ("mode", "3d"),
        ]);
        // The panel alone is fine: a region is given.
        assert!(w.is_empty(), "{w:?}");
        let known = Known {
            metrics: vec![],
            regions: vec!["KZ-75"],
        };
        let (s, w) = ViewState::from_pairs(o.state, &known, &|k| format!("data-{k}"));
        assert_eq!(s.region.as_deref(), Some("KZ-75"));
        // A bad value leaves the field as the earlier good one set it.
        assert_eq!(s.compare.mode, Mode::Inline);
        assert_eq!(
            w,
            [
                "data-region: unknown region \"KZ-99\"; using the default",
                "data-mode: unknown mode \"3d\"; using the default",
            ]
        );
    }

    #[test]
    fn ink_contrasts_with_the_accent() {
        assert_eq!(ink_on("#0b5cad"), "#ffffff");
        assert_eq!(ink_on("#000"), "#ffffff");
        assert_eq!(ink_on("#ffd33d"), "#1b1f24");
        assert_eq!(ink_on("#fff"), "#1b1f24");
    }

    #[test]
    fn sections_give_the_views_and_tabs() {
        assert_eq!(Sections::MAP.views(), [View::Map, View::Table]);
        assert_eq!(
            Sections::ALL.views(),
            [View::Map, View::Table, View::Compare]
        );
        assert_eq!(Sections::COMPARE.views(), [View::Compare]);
        assert_eq!(Sections::CONTEXT.views(), []);
        assert_eq!(Sections::CONTEXT.first_view(), View::Map);
        assert!(Sections::of(&[Section::Panel]).shows(View::Map));
        assert!(!Sections::of(&[Section::Table]).shows(View::Map));
        assert_eq!(
            Sections::of(&[Section::Table, Section::Panel]).views(),
            [View::Table]
        );
        assert_eq!(
            Sections::ALL.without(Section::Compare).codes(),
            "map,panel,table,national,result,timeline"
        );
    }

    #[test]
    fn context_goes_under_the_map_and_table_or_alone() {
        let all = Sections::ALL;
        assert_eq!(all.context_under(View::Map), Sections::CONTEXT);
        assert_eq!(all.context_under(View::Table), Sections::CONTEXT);
        assert_eq!(all.context_under(View::Compare), Sections::NONE);
        let compare_and_result = Sections::of(&[Section::Compare, Section::Result]);
        assert_eq!(
            compare_and_result.context_under(View::Compare).codes(),
            "result"
        );
        assert_eq!(
            all.on_screen(View::Map).codes(),
            "map,panel,national,result,timeline"
        );
        assert_eq!(
            all.on_screen(View::Table).codes(),
            "table,national,result,timeline"
        );
        assert_eq!(all.on_screen(View::Compare).codes(), "compare");
        assert_eq!(Sections::MAP.on_screen(View::Map).codes(), "map,panel");
    }

    fn round_trip(opts: &[(&str, String)]) -> Options {
        let pairs: Vec<(String, String)> = opts
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        let (back, w) = Options::parse(&pairs, &|k| k.to_string());
        assert!(w.is_empty(), "{w:?}");
        back
    }

    #[test]
    fn codes_reproduce_the_state_and_survive_parsing() {
        let (o, _) = parse(&[("view", "map"), ("theme", "dark"), ("accent", "#0a7")]);
        let state = ViewState {
            region: Some("KZ-75".into()),
            metric: Some("events".into()),
            ..ViewState::default()
        };
        let opts = options_for(&o, &state, Lang::En, Sections::NONE);
        let script = script_code("https://cdn.example/qe/", &opts, "Map \"quoted\" <b>");
        assert!(script.contains(" data-sections=\"map,panel,table\" data-lang=\"en\" data-metric=\"events\" data-region=\"KZ-75\" data-theme=\"dark\" data-accent=\"#0a7\""), "{script}");
        assert!(script.contains("src=\"https://cdn.example/qe/embed.js\""));
        assert!(script.contains("fallback/map-en.svg"));
        assert!(script.contains("alt=\"Map &quot;quoted&quot; &lt;b&gt;\""));
        assert!(script.contains("index.html#lang=en&amp;metric=events&amp;region=KZ-75"));
        let frame = iframe_code("https://cdn.example/qe/", &opts, "T", 700);
        assert!(frame.contains("embed.html?sections=map%2Cpanel%2Ctable&amp;lang=en&amp;metric=events&amp;region=KZ-75&amp;theme=dark&amp;accent=%230a7"), "{frame}");
        let back = round_trip(&opts);
        assert_eq!(
            (
                back.sections,
                back.start,
                back.theme,
                back.accent,
                back.state
            ),
            (
                o.sections,
                View::Map,
                o.theme,
                o.accent,
                owned(&[("metric", "events"), ("region", "KZ-75")])
            )
        );
    }

    #[test]
    fn codes_carry_the_sections_on_screen_and_start_where_the_reader_is() {
        let o = Options::default();
        let mut state = ViewState::default();
        for (view, picked, expect_names, sections, start) in [
            (
                View::Map,
                Sections::ALL.on_screen(View::Map),
                vec!["sections", "lang"],
                "map,panel,national,result,timeline",
                View::Map,
            ),
            (
                View::Table,
                Sections::ALL.on_screen(View::Table),
                vec!["view", "sections", "lang"],
                "table,national,result,timeline",
                View::Table,
            ),
            (
                View::Compare,
                Sections::ALL.on_screen(View::Compare),
                vec!["view", "lang"],
                "compare",
                View::Compare,
            ),
            (
                View::Map,
                Sections::of(&[Section::Map]),
                vec!["sections", "lang"],
                "map",
                View::Map,
            ),
            (
                View::Map,
                Sections::of(&[Section::National]),
                vec!["sections", "lang"],
                "national",
                View::Map,
            ),
            // A pick that leaves the reader's view out starts on the first view it shows.
            (
                View::Compare,
                Sections::of(&[Section::Table, Section::Timeline]),
                vec!["view", "sections", "lang"],
                "table,timeline",
                View::Table,
            ),
            (
                View::Map,
                Sections::ALL,
                vec!["lang"],
                "map,panel,table,national,result,timeline,compare",
                View::Map,
            ),
            (
                View::Table,
                Sections::ALL,
                vec!["view", "sections", "lang"],
                "map,panel,table,national,result,timeline,compare",
                View::Table,
            ),
            (
                View::Map,
                Sections::MAP,
                vec!["sections", "lang"],
                "map,panel,table",
                View::Map,
            ),
        ] {
            state.view = view;
            let opts = options_for(&o, &state, Lang::Kk, picked);
            let names: Vec<&str> = opts.iter().map(|(k, _)| *k).collect();
            assert_eq!(names, expect_names, "{view:?} {picked:?}");
            let back = round_trip(&opts);
            assert_eq!(
                (back.sections.codes(), back.start),
                (sections.to_string(), start),
                "{opts:?}"
            );
        }
    }

    #[test]
    fn a_compare_embed_keeps_its_article_and_mode() {
        let (o, _) = parse(&[("view", "compare")]);
        let state = ViewState {
            view: View::Compare,
            compare: CompareState {
                article: Some("o3-n4".into()),
                mode: Mode::Inline,
                texts: Some(Lang::Ru),
                ..CompareState::default()
            },
            region: Some("KZ-75".into()),
            ..ViewState::default()
        };
        let opts = options_for(&o, &state, Lang::Kk, Sections::NONE);
        let names: Vec<&str> = opts.iter().map(|(k, _)| *k).collect();
        assert_eq!(names, ["view", "lang", "article", "mode", "texts"]);
        let back = round_trip(&opts);
        assert_eq!(
            (back.start, back.state),
            (
                View::Compare,
                owned(&[("article", "o3-n4"), ("mode", "inline"), ("texts", "ru")])
            )
        );
        let script = script_code("https://cdn.example/qe/", &opts, "Map");
        assert!(
            script.contains(" data-mode=\"inline\" data-texts=\"ru\""),
            "{script}"
        );
        assert!(script.contains("index.html#view=compare&amp;lang=kk&amp;article=o3-n4&amp;mode=inline&amp;texts=ru"), "{script}");
        let frame = iframe_code("https://cdn.example/qe/", &opts, "T", 700);
        assert!(frame.contains("&amp;texts=ru\""), "{frame}");
        // The map's codes leave it out: only the comparison shows texts.
        let map = ViewState {
            view: View::Map,
            ..state
        };
        let opts = options_for(&Options::default(), &map, Lang::Kk, Sections::NONE);
        assert!(opts.iter().all(|(k, _)| *k != "texts"), "{opts:?}");
    }

    #[test]
    fn the_texts_language_is_checked_like_the_other_state_options() {
        let (o, w) = parse(&[("view", "compare"), ("texts", "ru")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.state, owned(&[("texts", "ru")]));
        let known = Known {
            metrics: vec![],
            regions: vec![],
        };
        let (s, w) = ViewState::from_pairs(o.state, &known, &|k| format!("data-{k}"));
        assert_eq!((s.compare.texts, w.len()), (Some(Lang::Ru), 0));
        let (o, _) = parse(&[("texts", "fr")]);
        let (s, w) = ViewState::from_pairs(o.state, &known, &|k| format!("data-{k}"));
        assert_eq!(s.compare.texts, None);
        assert_eq!(
            w,
            ["data-texts: unknown texts language \"fr\"; using the default"]
        );
        let (_, w) = parse(&[("texts", " ")]);
        assert_eq!(w, ["data-texts=\"\" is not set; using the default"]);
    }

    #[test]
    fn codes_leave_out_what_the_sections_cannot_show() {
        let state = ViewState {
            region: Some("KZ-75".into()),
            metric: Some("events".into()),
            ..ViewState::default()
        };
        let o = Options::default();
        let opts = options_for(&o, &state, Lang::Ru, Sections::of(&[Section::National]));
        assert_eq!(
            opts,
            [
                ("sections", "national".to_string()),
                ("lang", "ru".to_string())
            ]
        );
        let opts = options_for(&o, &state, Lang::Ru, Sections::of(&[Section::Table]));
        let names: Vec<&str> = opts.iter().map(|(k, _)| *k).collect();
        assert_eq!(names, ["view", "sections", "lang", "metric"]);
    }
}
