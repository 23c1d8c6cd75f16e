//! The one view state (view, metric, selected region, language) and its URL-hash form, parsed
//! and printed here only, so every state can be linked and restored.

use crate::compare::kind::Kind;
use crate::content::DayTime;
use crate::lang::Lang;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    Map,
    Table,
    Compare,
}

impl View {
    pub fn code(self) -> &'static str {
        match self {
            View::Map => "map",
            View::Table => "table",
            View::Compare => "compare",
        }
    }

    fn parse(s: &str) -> Option<View> {
        match s {
            "map" => Some(View::Map),
            "table" => Some(View::Table),
            "compare" => Some(View::Compare),
            _ => None,
        }
    }
}

/// How an article pair's texts are laid out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    SideBySide,
    /// One column, deletions and insertions in line (a redline).
    Inline,
}

/// What the reader is looking at. `None` fields mean "the default".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewState {
    pub view: View,
    pub metric: Option<String>,
    pub region: Option<String>,
    /// The time of day a timed metric (turnout through referendum day) is shown at.
    pub time: Option<DayTime>,
    pub lang: Option<Lang>,
    pub compare: CompareState,
}

/// The Compare view's part of the state: what the comparison module is told and tells back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompareState {
    /// The open article pair.
    pub article: Option<String>,
    pub topic: Option<String>,
    /// A change-kind filter.
    pub kind: Option<Kind>,
    pub mode: Mode,
    /// The language of the article texts, when the reader chose one apart from the
    /// interface's (`None`: the interface language).
    pub texts: Option<Lang>,
}

/// The ids the current content pack knows, to reject stale or mistyped links.
pub struct Known<'a> {
    pub metrics: Vec<&'a str>,
    pub regions: Vec<&'a str>,
}

/// The form of pair and topic ids ("o44-n50+n51", "parliament").
fn is_id(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_+".contains(&b))
}

impl ViewState {
    /// Parses `#view=table&metric=members&region=KZ-55&lang=en`. Unknown or invalid values fall
    /// back to defaults; each is reported in the returned warnings.
    pub fn from_hash(hash: &str, known: &Known) -> (ViewState, Vec<String>) {
        let body = hash.strip_prefix('#').unwrap_or(hash);
        let pairs = body.split('&').filter(|p| !p.is_empty()).map(|pair| {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            (key.to_string(), decode(raw))
        });
        Self::from_pairs(pairs, known, &|key| format!("URL #{key}"))
    }

    /// Reads decoded `(key, value)` pairs such as `("region", "KZ-55")`, from wherever they
    /// came (a hash, an embed's options), in order: a repeated key's last value counts.
    /// `label` names a key in warnings the way the reader wrote it (`URL #region`,
    /// `data-region`).
    pub fn from_pairs(
        pairs: impl IntoIterator<Item = (String, String)>,
        known: &Known,
        label: &dyn Fn(&str) -> String,
    ) -> (ViewState, Vec<String>) {
        let mut state = ViewState::default();
        let mut warnings = Vec::new();
        for (key, value) in pairs {
            let key = key.as_str();
            let mut bad = |what: &str| {
                warnings.push(format!(
                    "{}: unknown {what} {value:?}; using the default",
                    label(key)
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
                // Its form only: which times a metric has is the app's to check.
                "time" => match DayTime::parse(&value) {
                    Ok(t) => state.time = Some(t),
                    Err(_) => bad("time"),
                },
                "lang" => match Lang::parse(&value) {
                    Some(l) => state.lang = Some(l),
                    None => bad("language"),
                },
                "article" if is_id(&value) => state.compare.article = Some(value),
                "article" => bad("article"),
                "topic" if is_id(&value) => state.compare.topic = Some(value),
                "topic" => bad("topic"),
                "kind" => match Kind::parse(&value) {
                    Some(k) => state.compare.kind = Some(k),
                    None => bad("change kind"),
                },
                "mode" => match value.as_str() {
                    "inline" => state.compare.mode = Mode::Inline,
                    "side" => state.compare.mode = Mode::SideBySide,
                    _ => bad("mode"),
                },
                "texts" => match Lang::parse(&value) {
                    Some(l) => state.compare.texts = Some(l),
                    None => bad("texts language"),
                },
                _ => warnings.push(format!("{}: unknown parameter; ignored", label(key))),
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
        if let Some(t) = self.time {
            parts.push(format!("time={}", encode(&t.to_string())));
        }
        if let Some(a) = &self.compare.article {
            parts.push(format!("article={}", encode(a)));
        }
        if let Some(t) = &self.compare.topic {
            parts.push(format!("topic={}", encode(t)));
        }
        if let Some(k) = self.compare.kind {
            parts.push(format!("kind={}", k.code()));
        }
        if self.compare.mode == Mode::Inline {
            parts.push("mode=inline".into());
        }
        if let Some(l) = self.compare.texts {
            parts.push(format!("texts={}", l.code()));
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
    SetTime(DayTime),
    SetLang(Lang),
    /// Select a unit and switch to the map (from a table row).
    ShowOnMap(String),
    /// Open an article pair in the Compare view (`None` closes it).
    OpenArticle(Option<String>),
    SetTopic(Option<String>),
    SetKind(Option<Kind>),
    SetMode(Mode),
    /// The language of the Compare view's texts (`None`: the interface language).
    SetTexts(Option<Lang>),
    /// The comparison module's next state.
    Compare(CompareState),
    /// The URL changed under us (back button, edited link).
    Replace(ViewState),
}

impl ViewState {
    pub fn apply(&self, action: Action) -> ViewState {
        let mut next = self.clone();
        match action {
            Action::SetView(v) => next.view = v,
            // Another metric opens at its own default time.
            Action::SetMetric(m) => {
                next.metric = Some(m);
                next.time = None;
            }
            Action::Select(r) => next.region = r,
            Action::SetTime(t) => next.time = Some(t),
            Action::SetLang(l) => next.lang = Some(l),
            Action::ShowOnMap(id) => {
                next.view = View::Map;
                next.region = Some(id);
            }
            Action::OpenArticle(a) => {
                next.view = View::Compare;
                next.compare.article = a;
            }
            Action::SetTopic(t) => next.compare.topic = t,
            Action::SetKind(k) => next.compare.kind = k,
            Action::SetMode(m) => next.compare.mode = m,
            Action::SetTexts(l) => next.compare.texts = l,
            Action::Compare(c) => next.compare = c,
            Action::Replace(s) => next = s,
        }
        next
    }
}

/// Percent-encodes everything outside the unreserved set.
pub fn encode(s: &str) -> String {
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
pub fn decode(s: &str) -> String {
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
            ..ViewState::default()
        };
        let h = s.to_hash();
        assert_eq!(h, "#view=table&metric=events&region=KZ-55&lang=ru");
        let (back, warnings) = ViewState::from_hash(&h, &known());
        assert_eq!(back, s);
        assert!(warnings.is_empty());
    }

    #[test]
    fn a_time_of_day_round_trips_and_a_bad_one_falls_back() {
        let s = ViewState {
            metric: Some("events".into()),
            time: Some(DayTime::parse("18:00").unwrap()),
            ..ViewState::default()
        };
        let h = s.to_hash();
        assert_eq!(h, "#metric=events&time=18%3A00");
        assert_eq!(ViewState::from_hash(&h, &known()), (s.clone(), vec![]));
        // As a reader types it, unencoded.
        let (typed, w) = ViewState::from_hash("#metric=events&time=18:00", &known());
        assert_eq!((typed, w), (s.clone(), vec![]));
        for bad in ["25:00", "18h", "6:00"] {
            let (back, w) = ViewState::from_hash(&format!("#time={bad}"), &known());
            assert_eq!(back.time, None, "{bad}");
            assert!(w[0].contains("unknown time"), "{w:?}");
        }
        let t = DayTime::parse("12:00").unwrap();
        assert_eq!(s.apply(Action::SetTime(t)).time, Some(t));
    }

    #[test]
    fn compare_state_round_trips() {
        let s = ViewState {
            view: View::Compare,
            compare: CompareState {
                article: Some("o44-n50+n51".into()),
                topic: Some("parliament".into()),
                kind: Some(Kind::Changed),
                mode: Mode::Inline,
                texts: Some(Lang::Ru),
            },
            lang: Some(Lang::En),
            ..ViewState::default()
        };
        let h = s.to_hash();
        assert_eq!(
            h,
            "#view=compare&article=o44-n50%2Bn51&topic=parliament&kind=changed&mode=inline&texts=ru&lang=en"
        );
        let (back, w) = ViewState::from_hash(&h, &known());
        assert_eq!(back, s);
        assert!(w.is_empty(), "{w:?}");
        let (bad, w) = ViewState::from_hash("#article=<x>&kind=better&mode=3d", &known());
        assert_eq!(bad, ViewState::default());
        assert_eq!(w.len(), 3, "{w:?}");
    }

    #[test]
    fn bad_ids_warn_by_name_and_a_linked_side_mode_is_read() {
        let (s, w) =
            ViewState::from_hash("#article=<x>&topic=a%20b&mode=inline&mode=side", &known());
        assert_eq!(s, ViewState::default());
        assert_eq!(
            w,
            [
                "URL #article: unknown article \"<x>\"; using the default",
                "URL #topic: unknown topic \"a b\"; using the default",
            ]
        );
    }

    #[test]
    fn texts_language_is_its_own_choice() {
        let (s, w) = ViewState::from_hash("#view=compare&texts=kk&lang=en", &known());
        assert!(w.is_empty(), "{w:?}");
        assert_eq!((s.compare.texts, s.lang), (Some(Lang::Kk), Some(Lang::En)));
        // The interface language can change without the texts following it, and back.
        let s = s.apply(Action::SetLang(Lang::Ru));
        assert_eq!(s.compare.texts, Some(Lang::Kk));
        let s = s.apply(Action::SetTexts(None));
        assert_eq!(s.to_hash(), "#view=compare&lang=ru");
        let (s, w) = ViewState::from_hash("#texts=de", &known());
        assert_eq!(s.compare.texts, None);
        assert_eq!(
            w,
            ["URL #texts: unknown texts language \"de\"; using the default"]
        );
        // The module's state carries it up to the widget.
        let module = CompareState {
            texts: Some(Lang::Ru),
            ..CompareState::default()
        };
        let up = ViewState::default().apply(Action::Compare(module));
        assert_eq!(up.compare.texts, Some(Lang::Ru));
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
    fn pairs_are_taken_as_decoded_and_the_hash_is_decoded_once() {
        let pairs = |v: &str| [("region".to_string(), v.to_string())];
        let (s, w) = ViewState::from_pairs(pairs("KZ-55"), &known(), &|k| format!("data-{k}"));
        assert_eq!((s.region.as_deref(), w.len()), (Some("KZ-55"), 0));
        // Not decoded again: an escape in a pair is part of the value.
        let (s, w) = ViewState::from_pairs(pairs("KZ%2D55"), &known(), &|k| format!("data-{k}"));
        assert_eq!(s.region, None);
        assert_eq!(
            w,
            ["data-region: unknown region \"KZ%2D55\"; using the default"]
        );
        let (s, _) = ViewState::from_hash("#region=KZ%2D55", &known());
        assert_eq!(s.region.as_deref(), Some("KZ-55"));
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
