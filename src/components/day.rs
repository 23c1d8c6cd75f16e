//! The time control of a timed metric (turnout through referendum day): one radio per time of
//! day, Play, and the nationwide figure for the step. It is the day module's view
//! (src/bin/day.rs), mounted by `day_host` into the widget's map; the time it shows is the
//! widget's, and a reader's pick goes back to it through `on_time`.

use crate::content::day::{national_at, next_time, time_in};
use crate::content::{DayTime, Model, Unit};
use crate::format;
use crate::i18n::day::{dt, DKey};
use crate::i18n::{fill_typed, Arg};
use crate::lang::Lang;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long Play shows each time of day.
const PLAY_STEP_MS: u32 = 1600;

#[derive(Properties, PartialEq, Clone)]
pub struct TimeControlProps {
    /// The pack with every time (`Model::with_times`).
    pub day: Rc<Model>,
    pub lang: Lang,
    pub metric: String,
    pub times: Rc<Vec<DayTime>>,
    pub time: DayTime,
    pub on_time: Callback<DayTime>,
}

/// Play steps through the rest of the day and stops at its end. Without motion preferences the
/// colours fade between steps (styles/map.css); with reduced motion they change at once.
#[function_component(TimeControl)]
pub fn time_control(p: &TimeControlProps) -> Html {
    let lang = p.lang;
    let uid = super::use_uid();
    let playing = use_state_eq(|| false);
    {
        let (playing, on_time, times) = (playing.clone(), p.on_time.clone(), p.times.clone());
        use_effect_with((*playing, p.time), move |(on, time)| {
            let timer = on.then(|| {
                let time = *time;
                gloo_timers::callback::Timeout::new(PLAY_STEP_MS, move || {
                    match next_time(&times, time) {
                        Some(next) => on_time.emit(next),
                        None => playing.set(false),
                    }
                })
            });
            move || drop(timer)
        });
    }
    let label_id = format!("qe-time-label-{uid}");
    let buttons = p.times.iter().map(|&t| {
        let (on_time, playing) = (p.on_time.clone(), playing.clone());
        let on = t == p.time;
        html! {
            <button type="button" class="qe-chip" role="radio" aria-checked={on.to_string()}
                tabindex={if on { "0" } else { "-1" }} data-time={t.to_string()}
                onclick={move |_| {
                    playing.set(false);
                    on_time.emit(t);
                }}>
                { t.to_string() }
            </button>
        }
    });
    let on_key = {
        let (on_time, times, current) = (p.on_time.clone(), p.times.clone(), p.time);
        let playing = playing.clone();
        Callback::from(move |e: KeyboardEvent| {
            let pos = times.iter().position(|t| *t == current).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (pos + 1) % times.len(),
                "ArrowLeft" | "ArrowUp" => (pos + times.len() - 1) % times.len(),
                _ => return,
            };
            e.prevent_default();
            playing.set(false);
            on_time.emit(times[next]);
            // The radios are re-rendered by the widget's next time; focus the new one then.
            let selector = format!("[data-time=\"{}\"]", times[next]);
            if let Some(group) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                if let Ok(Some(b)) = group.query_selector(&selector) {
                    if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                        let _ = b.focus();
                    }
                }
            }
        })
    };
    let on_play = {
        let (playing, on_time, times, time) =
            (playing.clone(), p.on_time.clone(), p.times.clone(), p.time);
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
                return;
            }
            // From the end of the day, Play starts it again.
            if next_time(&times, time).is_none() {
                if let Some(first) = times.first() {
                    on_time.emit(*first);
                }
            }
            playing.set(true);
        })
    };
    let national = national_at(&p.day, &p.metric, &p.times, p.time).map(|f| {
        let unit = p.day.metric(&f.metric).map_or(Unit::Percent, |m| m.unit);
        let source = p
            .day
            .source(&f.source)
            .map(|s| s.outlet_in(lang))
            .unwrap_or_default();
        let value = format::figure(f, unit, lang);
        let at = time_in(lang, f.time.unwrap_or(p.time));
        fill_typed(
            lang,
            dt(lang, DKey::TimeNational),
            &[
                ("time", Arg::Text(&at)),
                ("value", Arg::Text(&value)),
                ("source", Arg::Text(source)),
            ],
        )
    });
    html! {
        <div class="qe-time">
            <span class="qe-metrics-label" id={label_id.clone()}>{ dt(lang, DKey::TimeLabel) }</span>
            <div class="qe-time-row">
                <div class="qe-chips" role="radiogroup" aria-labelledby={label_id} onkeydown={on_key}>
                    { for buttons }
                </div>
                <button type="button" class="qe-chip qe-play" aria-pressed={playing.to_string()}
                    onclick={on_play}>
                    { dt(lang, if *playing { DKey::TimePause } else { DKey::TimePlay }) }
                </button>
            </div>
            if let Some(n) = national {
                <p class="qe-time-national" aria-live="polite">{ n }</p>
            }
        </div>
    }
}
