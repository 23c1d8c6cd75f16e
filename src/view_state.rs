//! The one view state (view, metric, selected region, language) and its URL-hash form, parsed
//! and printed here only, so every state can be linked and restored.

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    Table,
}

impl View {
    pub fn code(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Table => "table",
        }
    }

    fn parse(s: &str) -> Option<View> {
        match s {
            "map" => Some(View::Map),
            "table" => Some(View::Table),
            _ => None,
        }
    }
}

/// What the reader is looking at. `None` fields mean "the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    pub metric: Option<String>,
    pub region: Option<String>,
    pub lang: Option<Lang>,
}

/// The ids the current content pack knows, to reject stale or mistyped links.
pub struct Known<'a> {
    pub metrics: Vec<&'a str>,
    pub regions: Vec<&'a str>,
}

impl ViewState {
    /// Parses `#view=table&metric=members&region=KZ-55&lang=en`. Unknown or invalid values fall
    /// back to defaults; each is reported in the returned warnings.
    pub fn from_hash(hash: &str, known: &Known) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut warnings = Vec::new();
        let body = hash.strip_prefix('#').unwrap_or(hash);
        for pair in body.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(raw);
            let mut bad = |what: &str| {
                warnings.push(format!(
                    "URL: unknown {what} {value:?} in #{key}=…; using the default"
                ))
            };
            match key {
                "view" => match View::parse(&value) {
                    Some(v) => state.view = v,
                    None => bad("view"),
                },
                "metric" if known.metrics.contains(&value.as_str()) => state.metric = Some(value),
                "metric" => bad("metric"),
                "region" if known.regions.contains(&value.as_str()) => state.region = Some(value),
                "region" => bad("region"),
                "lang" => match Lang::parse(&value) {
                    Some(l) => state.lang = Some(l),
                    None => bad("language"),
                },
                _ => warnings.push(format!("URL: ignoring unknown parameter {key:?}")),
            }
        }
        (state, warnings)
    }

    /// The canonical hash, with defaults left out; `""` for the default state.
    pub fn to_hash(&self) -> String {
        let mut parts = Vec::new();
        if self.view != View::Map {
            parts.push(format!("view={}", self.view.code()));
        }
        if let Some(m) = &self.metric {
            parts.push(format!("metric={}", encode(m)));
        }
        if let Some(r) = &self.region {
            parts.push(format!("region={}", encode(r)));
        }
        if let Some(l) = self.lang {
            parts.push(format!("lang={}", l.code()));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("#{}", parts.join("&"))
        }
    }
}

/// A change the reader makes; the app's reducer applies it with `apply`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetView(View),
    SetMetric(String),
    Select(Option<String>),
    SetLang(Lang),
    /// Select a unit and switch to the map (from a table row).
    ShowOnMap(String),
    /// The URL changed under us (back button, edited link).
    Replace(ViewState),
}

impl ViewState {
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::SetView(v) => next.view = v,
            Action::SetMetric(m) => next.metric = Some(m),
            Action::Select(r) => next.region = r,
            Action::SetLang(l) => next.lang = Some(l),
            Action::ShowOnMap(id) => {
                next.view = View::Map;
                next.region = Some(id);
            }
            Action::Replace(s) => next = s,
        }
        next
    }
}

/// Percent-encodes everything outside the unreserved set.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes `%XX` escapes (and `+` as space); malformed escapes are kept as written.
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Known<'static> {
        Known {
            metrics: vec!["members", "events"],
            regions: vec!["KZ-55", "KZ-79"],
        }
    }

    #[test]
    fn round_trips() {
        let s = ViewState {
            view: View::Table,
            metric: Some("events".into()),
            region: Some("KZ-55".into()),
            lang: Some(Lang::Ru),
        };
        let h = s.to_hash();
        assert_eq!(h, "#view=table&metric=events&region=KZ-55&lang=ru");
        let (back, warnings) = ViewState::from_hash(&h, &known());
        assert_eq!(back, s);
        assert!(warnings.is_empty());
    }

    #[test]
    fn default_state_is_an_empty_hash() {
        assert_eq!(ViewState::default().to_hash(), "");
        let (s, w) = ViewState::from_hash("", &known());
        assert_eq!(s, ViewState::default());
        assert!(w.is_empty());
        let (s, w) = ViewState::from_hash("#", &known());
        assert_eq!(s, ViewState::default());
        assert!(w.is_empty());
    }

    #[test]
    fn unknown_values_fall_back_with_warnings() {
        let (s, w) = ViewState::from_hash(
            "#view=globe&metric=gdp&region=KZ-99&lang=de&zoom=3",
            &known(),
        );
        assert_eq!(s, ViewState::default());
        assert_eq!(w.len(), 5, "{w:?}");
        assert!(w[0].contains("view") && w[0].contains("globe"));
        assert!(w[1].contains("metric") && w[1].contains("gdp"));
        assert!(w[2].contains("KZ-99"));
        assert!(w[4].contains("zoom"));
    }

    #[test]
    fn good_values_survive_next_to_bad_ones() {
        let (s, w) = ViewState::from_hash("#metric=events&region=%3Cscript%3E", &known());
        assert_eq!(s.metric.as_deref(), Some("events"));
        assert_eq!(s.region, None);
        assert!(w[0].contains("<script>"));
    }

    #[test]
    fn decoding_is_total() {
        assert_eq!(decode("a%20b+c"), "a b c");
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%D2%9B"), "қ");
    }

    #[test]
    fn actions_change_one_thing() {
        let s = ViewState::default();
        let s = s.apply(Action::SetMetric("events".into()));
        let s = s.apply(Action::Select(Some("KZ-55".into())));
        assert_eq!(s.metric.as_deref(), Some("events"));
        assert_eq!(s.region.as_deref(), Some("KZ-55"));
        let s = s.apply(Action::Select(None));
        assert_eq!(s.region, None);
        let t = s.apply(Action::SetView(View::Table));
        assert_eq!(t.view, View::Table);
        let m = t.apply(Action::ShowOnMap("KZ-79".into()));
        assert_eq!((m.view, m.region.as_deref()), (View::Map, Some("KZ-79")));
    }
}

// Property tests run natively (proptest is a native dev-dependency).
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn parsing_never_panics(h in ".{0,200}") {
            let _ = ViewState::from_hash(&h, &known_static());
        }

        #[test]
        fn encode_decode_round_trip(s in ".{0,50}") {
            prop_assert_eq!(decode(&encode(&s)), s);
        }
    }

    fn known_static() -> Known<'static> {
        Known {
            metrics: vec!["members"],
            regions: vec!["KZ-55"],
        }
    }
}
