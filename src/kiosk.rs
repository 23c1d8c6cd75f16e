//! Kiosk mode's clock and attract loop, as pure logic over times in milliseconds, so that the
//! idle timer, the "Still there?" countdown, cleaning and the loop are tested without waiting.

use crate::content::Model;
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
            s.article = Some(id.clone());
        }
    }
    s
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
            (a.view, a.article.as_deref()),
            (View::Compare, Some("o3-n4"))
        );
        assert_eq!(a.metric.as_deref(), Some("events"));
    }
}
