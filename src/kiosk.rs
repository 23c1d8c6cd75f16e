//! Kiosk mode's clock and attract loop, as pure logic over times in milliseconds, so that the
//! idle timer, the "Still there?" countdown, cleaning and the loop are tested without waiting.

use crate::compare::pack::CompareIndex;
use crate::compare::pair_notes::about;
use crate::content::text_rules::isolate;
use crate::content::{Model, Unit};
use crate::format;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::view_state::{View, ViewState};

/// How long "Still there?" counts down before the kiosk resets.
pub const WARNING_MS: f64 = 10_000.0;
/// How long each attract step stays on screen.
pub const STEP_MS: f64 = 7_000.0;
/// How long touch stays off while the screen is wiped.
pub const CLEAN_MS: f64 = 15_000.0;
/// How many article changes the loop shows.
pub const HIGHLIGHTS: usize = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Someone is using it.
    Active,
    /// Idle for a while: "Still there?", with whole seconds left before the reset.
    Warning { left: u32 },
    /// The attract loop, at its `step`-th step since the reset (it counts on; callers wrap).
    Attract { step: usize },
    /// Touch is off for cleaning, whole seconds left.
    Cleaning { left: u32 },
}

/// When the kiosk was last touched and whether it is being cleaned; the phase follows.
#[derive(Clone, Debug, PartialEq)]
pub struct Clock {
    idle_ms: f64,
    last_touch: f64,
    clean_until: Option<f64>,
}

fn secs_left(until: f64, now: f64) -> u32 {
    ((until - now) / 1000.0).ceil().max(0.0) as u32
}

impl Clock {
    pub fn new(idle_secs: u32, now: f64) -> Clock {
        Clock {
            idle_ms: f64::from(idle_secs) * 1000.0,
            last_touch: now,
            clean_until: None,
        }
    }

    pub fn phase(&self, now: f64) -> Phase {
        if let Some(until) = self.clean_until.filter(|u| now < *u) {
            return Phase::Cleaning {
                left: secs_left(until, now),
            };
        }
        // Cleaning counts as use: the idle time starts when it ends.
        let since = self
            .clean_until
            .map_or(self.last_touch, |u| u.max(self.last_touch));
        let idle = now - since;
        if idle < self.idle_ms {
            Phase::Active
        } else if idle < self.idle_ms + WARNING_MS {
            Phase::Warning {
                left: secs_left(since + self.idle_ms + WARNING_MS, now),
            }
        } else {
            Phase::Attract {
                step: ((idle - self.idle_ms - WARNING_MS) / STEP_MS) as usize,
            }
        }
    }

    /// A touch at `now`. Returns whether the widget should swallow it: a touch that wakes the
    /// kiosk from "Still there?" or the loop only wakes it, and touch is off while cleaning.
    pub fn touch(&mut self, now: f64) -> bool {
        let phase = self.phase(now);
        if let Phase::Cleaning { .. } = phase {
            return true;
        }
        self.last_touch = now;
        self.clean_until = None;
        !matches!(phase, Phase::Active)
    }

    /// Turns touch off for cleaning, from `now`.
    pub fn clean(&mut self, now: f64) {
        self.clean_until = Some(now + CLEAN_MS);
    }
}

/// One screen of the attract loop.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The map with nothing selected.
    Start,
    Region(String),
    Article(String),
}

impl Step {
    /// The step as text, to pass between the widget and the kiosk module: `start`,
    /// `region:KZ-55`, `article:o3-n4`.
    pub fn code(&self) -> String {
        match self {
            Step::Start => "start".into(),
            Step::Region(id) => format!("region:{id}"),
            Step::Article(id) => format!("article:{id}"),
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        match s.split_once(':') {
            None if s == "start" => Some(Step::Start),
            Some(("region", id)) if !id.is_empty() => Some(Step::Region(id.into())),
            Some(("article", id)) if !id.is_empty() => Some(Step::Article(id.into())),
            _ => None,
        }
    }
}

/// The units the loop shows: each that reports a figure for the default metric, largest first.
pub fn regions(model: &Model) -> Vec<String> {
    let metric = model.default_metric();
    let mut reported: Vec<(&str, f64)> = model
        .geo
        .units
        .iter()
        .filter_map(|u| {
            model
                .figure(&u.id, metric)
                .map(|f| (u.id.as_str(), f.value))
        })
        .collect();
    reported.sort_by(|a, b| b.1.total_cmp(&a.1));
    reported.into_iter().map(|(id, _)| id.to_string()).collect()
}

/// The loop: the map, then the units, then the highlighted article changes.
pub fn steps(regions: &[String], highlights: &[String]) -> Vec<Step> {
    let mut out = vec![Step::Start];
    out.extend(regions.iter().map(|id| Step::Region(id.clone())));
    out.extend(
        highlights
            .iter()
            .take(HIGHLIGHTS)
            .map(|a| Step::Article(a.clone())),
    );
    out
}

/// The view state that shows `step`, from the kiosk's starting state.
pub fn state_for(step: &Step, start: &ViewState) -> ViewState {
    let mut s = start.clone();
    match step {
        Step::Start => {}
        Step::Region(id) => {
            s.view = View::Map;
            s.region = Some(id.clone());
        }
        Step::Article(id) => {
            s.view = View::Compare;
            s.compare.article = Some(id.clone());
        }
    }
    s
}

/// The big caption of an attract step: what is shown ("Түркістан облысы", "1995, 44-бап →
/// 2026, 46-бап"), its figure ("457") and what the figure counts or what the step is about.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Caption {
    pub title: String,
    pub figure: Option<String>,
    pub label: Option<String>,
}

impl Caption {
    /// The caption as one line: "Түркістан облысы: 457 коалиция мүшесі".
    pub fn text(&self) -> String {
        let rest: Vec<&str> = [self.figure.as_deref(), self.label.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if rest.is_empty() {
            self.title.clone()
        } else {
            format!("{}: {}", self.title, rest.join(" "))
        }
    }

    /// As text, to pass between the widget and the kiosk module (names hold no line breaks).
    pub fn code(&self) -> String {
        [
            self.title.as_str(),
            self.figure.as_deref().unwrap_or(""),
            self.label.as_deref().unwrap_or(""),
        ]
        .join("\n")
    }

    pub fn parse(s: &str) -> Caption {
        let mut parts = s.split('\n').map(str::trim);
        let some = |p: Option<&str>| p.filter(|p| !p.is_empty()).map(String::from);
        Caption {
            title: parts.next().unwrap_or("").to_string(),
            figure: some(parts.next()),
            label: some(parts.next()),
        }
    }
}

/// Which form of a counted noun a number takes: Kazakh keeps the singular after every
/// number; Russian has one, few and many forms; English one and other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    One,
    Few,
    Many,
}

pub fn plural(n: f64, lang: Lang) -> Plural {
    if n.fract() != 0.0 {
        // "1,5 члена": fractions take the genitive singular in Russian, the plural in English.
        return match lang {
            Lang::Ru => Plural::Few,
            Lang::En => Plural::Many,
            Lang::Kk => Plural::One,
        };
    }
    let n = n.abs() as u64;
    match lang {
        Lang::Kk => Plural::One,
        Lang::En if n == 1 => Plural::One,
        Lang::En => Plural::Many,
        Lang::Ru => match (n % 10, n % 100) {
            (1, m) if m != 11 => Plural::One,
            (2..=4, m) if !(12..=14).contains(&m) => Plural::Few,
            _ => Plural::Many,
        },
    }
}

/// The caption of a unit's step, for the loop's metric: the unit's name, its figure as the
/// project writes figures ("130+", "about 700") and what it counts, in a form that agrees with
/// the number ("457 коалиция мүшесі", "457 членов коалиции"); the metric's own label where the
/// interface has no counted noun for it.
pub fn region_caption(model: &Model, id: &str, lang: Lang) -> Option<Caption> {
    let metric = model.metric(model.default_metric())?;
    let figure = model.figure(id, &metric.id)?;
    let title = model.geo.unit(id)?.names.text(lang).to_string();
    let counted = match (metric.id.as_str(), metric.unit) {
        ("members", Unit::Count) => Some(match plural(figure.value, lang) {
            Plural::One => Key::KioskMembersOne,
            Plural::Few => Key::KioskMembersFew,
            Plural::Many => Key::KioskMembersMany,
        }),
        _ => None,
    };
    Some(Caption {
        title,
        figure: Some(format::figure(figure, metric.unit, lang)),
        label: Some(counted.map_or_else(
            || metric.label.text(lang).to_string(),
            |k| t(lang, k).into(),
        )),
    })
}

/// What an article step is about, short enough for a poster: the pair's subject and the first
/// sentence of its editorial summary where they are written in the visitor's language, else
/// the pair's topics (never a text in another language).
pub fn article_label(index: &CompareIndex, id: &str, lang: Lang) -> Option<String> {
    let pair = index.pairs.iter().find(|p| p.id == id)?;
    match about(pair, lang) {
        (Some(s), Some(g)) => return Some(format!("{}: {}", isolate(s), isolate(g))),
        (Some(s), None) => return Some(s.to_string()),
        (None, Some(g)) => return Some(g.to_string()),
        (None, None) => {}
    }
    let topics: Vec<String> = pair
        .topics
        .iter()
        .filter_map(|t| index.topics.iter().find(|x| &x.id == t))
        .map(|t| t.label.text(lang))
        .filter(|l| !l.is_empty())
        .map(isolate)
        .collect();
    (!topics.is_empty()).then(|| topics.join(" · "))
}

/// The standalone page of the bundle (`index.html` beside the kiosk page) showing the view
/// whose hash is `hash` (`#region=KZ-61&lang=kk`, or empty), for the kiosk's QR code.
pub fn home_url(kiosk_href: &str, hash: &str) -> String {
    let page = kiosk_href.split(['#', '?']).next().unwrap_or("");
    let dir = page.rfind('/').map_or(page, |i| &page[..=i]);
    format!("{dir}index.html{hash}")
}

/// A QR code: `size` modules a side, dark where `true`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: usize,
    dark: Vec<bool>,
}

/// Modules of light margin around the code, as scanners expect.
pub const QR_QUIET: usize = 4;

impl Qr {
    /// `text` in the smallest code at medium error correction (a screen's glare or smudge
    /// can hide some of it), or `None` if it is too long for any.
    pub fn encode(text: &str) -> Option<Qr> {
        let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
        let size = code.size() as usize;
        let dark = (0..size * size)
            .map(|i| code.get_module((i % size) as i32, (i / size) as i32))
            .collect();
        Some(Qr { size, dark })
    }

    pub fn dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The dark modules as one SVG path in module units (a run of dark modules in a row is
    /// one rectangle), to draw in a viewBox of `size + 2 * QR_QUIET` with the margin.
    pub fn path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let run = (x..self.size).take_while(|&i| self.dark(i, y)).count();
                d.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    x + QR_QUIET,
                    y + QR_QUIET
                ));
                x += run;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDLE: u32 = 60;

    #[test]
    fn idle_then_warning_then_the_loop() {
        let c = Clock::new(IDLE, 1000.0);
        assert_eq!(c.phase(1000.0), Phase::Active);
        assert_eq!(c.phase(60_999.0), Phase::Active);
        assert_eq!(c.phase(61_000.0), Phase::Warning { left: 10 });
        assert_eq!(c.phase(61_001.0), Phase::Warning { left: 10 });
        assert_eq!(c.phase(70_500.0), Phase::Warning { left: 1 });
        assert_eq!(c.phase(71_000.0), Phase::Attract { step: 0 });
        assert_eq!(c.phase(71_000.0 + STEP_MS), Phase::Attract { step: 1 });
        assert_eq!(
            c.phase(71_000.0 + 100.0 * STEP_MS),
            Phase::Attract { step: 100 }
        );
    }

    #[test]
    fn a_touch_restarts_the_idle_time_and_wakes_without_acting() {
        let mut c = Clock::new(IDLE, 0.0);
        assert!(!c.touch(30_000.0), "a touch in use is a normal touch");
        assert_eq!(c.phase(89_999.0), Phase::Active);
        assert!(
            c.touch(95_000.0),
            "the touch that dismisses \"Still there?\" is swallowed"
        );
        assert_eq!(c.phase(95_001.0), Phase::Active);
        assert!(
            c.touch(200_000.0),
            "the touch that stops the loop is swallowed"
        );
        assert_eq!(c.phase(200_000.0), Phase::Active);
        assert!(!c.touch(200_100.0), "the next one acts");
    }

    #[test]
    fn cleaning_locks_touch_for_fifteen_seconds_then_counts_as_use() {
        let mut c = Clock::new(IDLE, 0.0);
        c.clean(10_000.0);
        assert_eq!(c.phase(10_000.0), Phase::Cleaning { left: 15 });
        assert!(c.touch(12_000.0), "touch is off");
        assert_eq!(c.phase(24_500.0), Phase::Cleaning { left: 1 });
        assert_eq!(c.phase(25_000.0), Phase::Active);
        assert_eq!(
            c.phase(84_999.0),
            Phase::Active,
            "idle counts from the end of cleaning"
        );
        assert_eq!(c.phase(85_000.0), Phase::Warning { left: 10 });
    }

    #[test]
    fn the_loop_shows_reported_units_largest_first_then_highlights() {
        let model = Model::embedded().unwrap();
        let highlights: Vec<String> = ["o3-n4", "o44-n50", "n7", "o2-n2", "o5-n6"]
            .map(String::from)
            .to_vec();
        let s = steps(&regions(&model), &highlights);
        assert_eq!(s[0], Step::Start);
        let regions: Vec<&str> = s
            .iter()
            .filter_map(|x| match x {
                Step::Region(id) => Some(id.as_str()),
                _ => None,
            })
            .collect();
        let metric = model.default_metric();
        assert!(!regions.is_empty());
        assert!(regions.iter().all(|id| model.figure(id, metric).is_some()));
        let values: Vec<f64> = regions
            .iter()
            .map(|id| model.figure(id, metric).unwrap().value)
            .collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        let articles = s.iter().filter(|x| matches!(x, Step::Article(_))).count();
        assert_eq!(articles, HIGHLIGHTS);
        assert_eq!(s.len(), 1 + regions.len() + HIGHLIGHTS);
    }

    #[test]
    fn step_codes_round_trip() {
        for s in [
            Step::Start,
            Step::Region("KZ-55".into()),
            Step::Article("o44-n50+n51".into()),
        ] {
            assert_eq!(Step::parse(&s.code()), Some(s));
        }
        for bad in ["", "region:", "article", "zoom:3", "start:1"] {
            assert_eq!(Step::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn each_step_has_its_state() {
        let start = ViewState {
            metric: Some("events".into()),
            ..ViewState::default()
        };
        assert_eq!(state_for(&Step::Start, &start), start);
        let r = state_for(&Step::Region("KZ-55".into()), &start);
        assert_eq!((r.view, r.region.as_deref()), (View::Map, Some("KZ-55")));
        let a = state_for(&Step::Article("o3-n4".into()), &start);
        assert_eq!(
            (a.view, a.compare.article.as_deref()),
            (View::Compare, Some("o3-n4"))
        );
        assert_eq!(a.metric.as_deref(), Some("events"));
    }

    #[test]
    fn counted_nouns_agree_with_the_number() {
        use Plural::*;
        for (n, ru, en) in [
            (1.0, One, One),
            (2.0, Few, Many),
            (4.0, Few, Many),
            (5.0, Many, Many),
            (11.0, Many, Many),
            (12.0, Many, Many),
            (14.0, Many, Many),
            (21.0, One, Many),
            (22.0, Few, Many),
            (111.0, Many, Many),
            (457.0, Many, Many),
            (1001.0, One, Many),
            (0.0, Many, Many),
            (1.5, Few, Many),
        ] {
            assert_eq!(plural(n, Lang::Ru), ru, "ru {n}");
            assert_eq!(plural(n, Lang::En), en, "en {n}");
            assert_eq!(plural(n, Lang::Kk), One, "kk {n}: singular after a number");
        }
    }

    #[test]
    fn a_units_caption_is_its_name_figure_and_what_it_counts() {
        let model = Model::embedded().unwrap();
        let c = region_caption(&model, "KZ-61", Lang::Kk).unwrap();
        assert_eq!(c.text(), "Түркістан облысы: 457 коалиция мүшесі");
        assert_eq!(c.figure.as_deref(), Some("457"));
        assert_eq!(
            region_caption(&model, "KZ-61", Lang::Ru).unwrap().text(),
            "Туркестанская область: 457 членов коалиции"
        );
        assert_eq!(
            region_caption(&model, "KZ-61", Lang::En).unwrap().text(),
            "Turkestan Region: 457 coalition members"
        );
        // Every unit of the loop has one, in every language, and none glues text to a number.
        for id in regions(&model) {
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                let c = region_caption(&model, &id, lang).unwrap();
                assert!(!c.title.is_empty(), "{id} {lang:?}");
                let label = c.label.unwrap();
                assert!(
                    !label.starts_with(|ch: char| ch.is_ascii_digit()),
                    "{label}"
                );
            }
        }
        assert_eq!(region_caption(&model, "KZ-NOPE", Lang::Kk), None);
        let unreported = model
            .geo
            .units
            .iter()
            .find(|u| model.figure(&u.id, model.default_metric()).is_none())
            .unwrap();
        assert_eq!(region_caption(&model, &unreported.id, Lang::En), None);
    }

    #[test]
    fn captions_pass_between_modules_unchanged() {
        for c in [
            Caption {
                title: "Түркістан облысы".into(),
                figure: Some("457".into()),
                label: Some("коалиция мүшесі".into()),
            },
            Caption {
                title: "Title only".into(),
                ..Caption::default()
            },
            Caption {
                title: "1995, 44-бап → 2026, 46-бап".into(),
                figure: None,
                label: Some("Президент".into()),
            },
        ] {
            assert_eq!(Caption::parse(&c.code()), c);
        }
        assert_eq!(Caption::parse("").title, "");
        assert_eq!(
            Caption {
                title: "A".into(),
                figure: None,
                label: Some("b".into())
            }
            .text(),
            "A: b"
        );
    }

    #[test]
    fn an_article_step_is_about_its_summary_in_the_language_or_its_topic() {
        let index =
            crate::compare::validate::parse_index(include_str!("../content/compare/index.json"))
                .unwrap();
        let id = &crate::compare::highlights(&index, 1)[0];
        let pair = index.pairs.iter().find(|p| &p.id == id).unwrap();
        let summary = pair.summary.as_ref().unwrap();
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let label = article_label(&index, id, lang).unwrap();
            match summary.text.in_lang(lang) {
                Some(s) => {
                    let subject = pair.subject.as_ref().and_then(|s| s.in_lang(lang)).unwrap();
                    assert_eq!(
                        label,
                        format!(
                            "{}: {}",
                            isolate(subject),
                            isolate(crate::compare::pair_notes::first_sentence(s))
                        )
                    );
                }
                None => {
                    let topic = index
                        .topics
                        .iter()
                        .find(|t| t.id == pair.topics[0])
                        .unwrap();
                    assert!(label.contains(topic.label.text(lang)), "{lang:?}: {label}");
                    assert!(
                        summary.text.in_lang(Lang::En).is_none_or(|en| label != en),
                        "no English summary for {lang:?}"
                    );
                }
            }
        }
        assert_eq!(article_label(&index, "nope", Lang::En), None);
    }

    #[test]
    fn the_qr_code_opens_the_standalone_page_beside_the_kiosk() {
        for (href, hash, want) in [
            (
                "https://news.example/kiosk/kiosk.html?lang=kk&idle=90",
                "#region=KZ-61&lang=kk",
                "https://news.example/kiosk/index.html#region=KZ-61&lang=kk",
            ),
            (
                "http://127.0.0.1:8080/kiosk.html#x",
                "",
                "http://127.0.0.1:8080/index.html",
            ),
            (
                "http://127.0.0.1:8080/",
                "#view=compare&article=o3-n4&lang=en",
                "http://127.0.0.1:8080/index.html#view=compare&article=o3-n4&lang=en",
            ),
            (
                "file:///media/usb/dist/kiosk.html",
                "#lang=ru",
                "file:///media/usb/dist/index.html#lang=ru",
            ),
        ] {
            assert_eq!(home_url(href, hash), want, "{href}");
        }
    }

    /// Decodes a code the way a phone would: drawn as pixels (with its margin), then read by an
    /// independent decoder.
    fn scan(qr: &Qr) -> String {
        const PX: usize = 4;
        let side = (qr.size + 2 * QR_QUIET) * PX;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (mx, my) = (x / PX, y / PX);
            let inside = |m: usize| (QR_QUIET..QR_QUIET + qr.size).contains(&m);
            if inside(mx) && inside(my) && qr.dark(mx - QR_QUIET, my - QR_QUIET) {
                0
            } else {
                255
            }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one code found");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn qr_codes_decode_to_their_url() {
        for url in [
            "http://127.0.0.1:8080/index.html",
            "https://news.example/kiosk/index.html#region=KZ-61&metric=members&lang=kk",
            "https://news.example/kiosk/index.html#view=compare&article=o44-n50%2Bn51&lang=ru",
        ] {
            let qr = Qr::encode(url).unwrap();
            assert_eq!(scan(&qr), url);
        }
        assert!(
            Qr::encode(&"x".repeat(5000)).is_none(),
            "too long for any code"
        );
    }

    #[test]
    fn the_qr_path_draws_exactly_the_dark_modules() {
        let qr = Qr::encode("https://news.example/index.html#lang=kk").unwrap();
        let mut drawn = vec![false; qr.size * qr.size];
        for rect in qr.path().split('M').filter(|r| !r.is_empty()) {
            let (xy, rest) = rect.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y) = (
                x.parse::<usize>().unwrap() - QR_QUIET,
                y.parse::<usize>().unwrap() - QR_QUIET,
            );
            for i in x..x + run {
                assert!(!drawn[y * qr.size + i], "drawn once");
                drawn[y * qr.size + i] = true;
            }
        }
        for y in 0..qr.size {
            for x in 0..qr.size {
                assert_eq!(drawn[y * qr.size + x], qr.dark(x, y), "{x},{y}");
            }
        }
    }
}
