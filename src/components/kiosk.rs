//! Kiosk mode around the widget: the idle clock, "Still there?", the attract loop, the
//! "clean screen" lock, and touch handling for public touch screens. The timing rules are
//! `crate::kiosk`'s; this component only keeps time and draws the overlays. It runs in the
//! on-demand module (see `kiosk_loader`), so widgets that are not kiosks carry none of it.

use crate::compare::pack::CompareIndex;
use crate::i18n::{t, tf, Key};
use crate::kiosk::{
    article_label, home_url, steps, Caption, Clock, Phase, Qr, Step, HIGHLIGHTS, QR_QUIET,
};
use crate::lang::Lang;
use crate::panels::fit_class;
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A press this long counts as a tap (a firm or slow finger), in ms.
const LONG_PRESS_MS: f64 = 450.0;

#[derive(Properties, PartialEq, Clone)]
pub struct KioskProps {
    pub lang: Lang,
    /// Seconds without a touch before "Still there?".
    pub idle: u32,
    /// The units the loop shows, in order (`crate::kiosk::regions`).
    pub regions: Rc<Vec<String>>,
    /// Their captions in `lang`, in the same order (`crate::kiosk::Caption::code`).
    pub captions: Rc<Vec<String>>,
    /// The caption of the loop's first step, the map with nothing selected.
    pub title: String,
    /// The widget's view state as a URL hash (with its language), for the QR code.
    pub hash: String,
    /// Whether the loop may show article changes (the embed shows the comparison).
    pub articles: bool,
    /// The widget's root: touches are watched there, and it shifts against burn-in.
    pub root: web_sys::Element,
    /// Called with each step of the loop for the widget to show.
    pub on_step: Callback<Step>,
    /// Called at each reset, for what the view state does not hold (the search text).
    pub on_reset: Callback<()>,
    /// The clock, in ms; the page's `performance.now()` unless a test sets its own.
    #[prop_or_default]
    pub time: Time,
}

/// A source of the current time in ms (compared by identity, as props must be).
#[derive(Clone)]
pub struct Time(pub Rc<dyn Fn() -> f64>);

impl Default for Time {
    fn default() -> Self {
        Time(Rc::new(|| {
            web_sys::window()
                .and_then(|w| w.performance())
                .map_or(0.0, |p| p.now())
        }))
    }
}

impl PartialEq for Time {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[function_component(Kiosk)]
pub fn kiosk(p: &KioskProps) -> Html {
    let lang = p.lang;
    let now = p.time.0.clone();
    let clock = use_mut_ref(|| Clock::new(p.idle, now()));
    let phase = use_state(|| Phase::Active);
    // `None` until the comparison data has answered; then the data, or `None` without it.
    let index = use_state(|| None::<Option<Rc<CompareIndex>>>);
    let highlights = use_memo(index.clone(), |index| {
        index
            .as_ref()
            .and_then(Option::as_ref)
            .map(|i| crate::compare::highlights(i, HIGHLIGHTS))
            .unwrap_or_default()
    });
    let loop_steps = use_memo((p.regions.clone(), highlights.clone()), |(r, h)| {
        steps(r, h)
    });

    // The loop's articles, chosen from the comparison data beside this module.
    {
        let index = index.clone();
        use_effect_with(p.articles, move |articles| {
            if *articles {
                wasm_bindgen_futures::spawn_local(async move {
                    index.set(Some(load_index().await.map(Rc::new)));
                });
            } else {
                index.set(Some(None));
            }
        });
    }

    // One clock tick a second: the phase, and on each new attract step its state. The interval
    // and listeners live exactly as long as the component (nothing left behind on a reset).
    {
        let (clock, phase) = (clock.clone(), phase.clone());
        let (on_step, on_reset, root) = (p.on_step.clone(), p.on_reset.clone(), p.root.clone());
        let now = now.clone();
        use_effect_with(loop_steps.clone(), move |loop_steps| {
            let loop_steps = loop_steps.clone();
            let last = Rc::new(Cell::new(phase_key(&phase)));
            let tick = {
                let (clock, phase, last, root) = (clock.clone(), phase.clone(), last, root);
                move || {
                    let next = clock.borrow().phase(now());
                    let key = phase_key(&next);
                    if key == last.get() {
                        return;
                    }
                    last.set(key);
                    if let Phase::Attract { step } = next {
                        let s = &loop_steps[step % loop_steps.len()];
                        if *s == Step::Start {
                            reset_scroll(&root);
                            on_reset.emit(());
                        }
                        on_step.emit(s.clone());
                    }
                    phase.set(next);
                }
            };
            let interval = Interval::new(500, tick);
            move || drop(interval)
        });
    }

    // Any touch is activity; a long press still taps; no context menu on a public screen.
    {
        let (clock, phase, el) = (clock.clone(), phase.clone(), p.root.clone());
        let now = now.clone();
        use_effect_with((), move |_| {
            let mut listeners = Vec::new();
            let capture = EventListenerOptions::run_in_capture_phase();
            for kind in ["pointerdown", "keydown", "wheel"] {
                let (clock, phase, now) = (clock.clone(), phase.clone(), now.clone());
                listeners.push(EventListener::new_with_options(
                    &el,
                    kind,
                    capture,
                    move |_| {
                        if !clock.borrow_mut().touch(now()) {
                            return;
                        }
                        phase.set(clock.borrow().phase(now()));
                    },
                ));
            }
            listeners.push(EventListener::new_with_options(
                &el,
                "contextmenu",
                EventListenerOptions::enable_prevent_default(),
                |e| e.prevent_default(),
            ));
            listeners.extend(long_press_taps(&el, now));
            move || drop(listeners)
        });
    }
    // Input reaches the kiosk from the listeners above, and its loop is whole once the
    // comparison data has answered. The map is drawn (`data-qe-ready`) before this module has
    // even loaded, so whoever drives the kiosk waits for this instead (a test's fake clock
    // would otherwise run past the data's download deadline while it is still downloading).
    {
        let el = p.root.clone();
        use_effect_with(index.is_some(), move |settled| {
            if *settled {
                let _ = el.set_attribute("data-qe-kiosk-ready", "true");
            }
            move || {
                let _ = el.remove_attribute("data-qe-kiosk-ready");
            }
        });
    }

    let wake = {
        let (clock, phase, now) = (clock.clone(), phase.clone(), now.clone());
        Callback::from(move |e: PointerEvent| {
            e.prevent_default();
            clock.borrow_mut().touch(now());
            phase.set(Phase::Active);
        })
    };
    let clean = {
        let (clock, phase, now) = (clock.clone(), phase.clone(), now.clone());
        Callback::from(move |_| {
            clock.borrow_mut().clean(now());
            phase.set(clock.borrow().phase(now()));
        })
    };

    let overlay = match *phase {
        Phase::Active => html! {},
        Phase::Warning { left } => html! {
            <div class="qe-kiosk-overlay is-warning" role="alertdialog" aria-modal="true"
                aria-labelledby="qe-kiosk-title" onpointerdown={wake}>
                <div class="qe-kiosk-card">
                    <p id="qe-kiosk-title" class="qe-kiosk-big">{ t(lang, Key::KioskStillThere) }</p>
                    <p>{ tf(lang, Key::KioskRestarting, &[("n", &left.to_string())]) }</p>
                </div>
            </div>
        },
        Phase::Attract { step } => {
            let n = loop_steps.len().max(1);
            let at = step % n;
            let caption = loop_steps
                .get(at)
                .map(|s| caption(p, index.as_ref().and_then(Option::as_deref), s))
                .unwrap_or_default();
            html! {
                <>
                    <div class="qe-kiosk-overlay is-attract" onpointerdown={wake.clone()}></div>
                    <div class="qe-kiosk-poster" onpointerdown={wake}>
                        <ol class="qe-kiosk-progress" aria-hidden="true">
                            { for (0..n).map(|i| html! {
                                <li class={classes!((i < at).then_some("is-done"), (i == at).then_some("is-current"))}></li>
                            }) }
                        </ol>
                        // Keyed by step, so each step's caption comes in afresh.
                        // Its figure as large as fits the poster's width ("шамамен 200").
                        <div class={classes!("qe-kiosk-caption", fit_class(caption.figure.as_deref()))}
                            key={step.to_string()} role="status">
                            <p class="qe-kiosk-caption-title">{ &caption.title }</p>
                            if let Some(figure) = &caption.figure {
                                <p class="qe-kiosk-caption-figure">{ figure }</p>
                            }
                            if let Some(label) = &caption.label {
                                <p class="qe-kiosk-caption-label">{ label }</p>
                            }
                        </div>
                        <p class="qe-kiosk-prompt">{ t(lang, Key::KioskTouch) }</p>
                    </div>
                </>
            }
        }
        Phase::Cleaning { left } => html! {
            <div class="qe-kiosk-overlay is-cleaning" role="status">
                <div class="qe-kiosk-card">
                    <p class="qe-kiosk-big">{ t(lang, Key::KioskCleaning) }</p>
                    <p>{ tf(lang, Key::KioskCleaningLeft, &[("n", &left.to_string())]) }</p>
                </div>
            </div>
        },
    };
    // Burn-in protection: while the loop runs, the content shifts a little at each step.
    let shift = match *phase {
        Phase::Attract { step } => Some((step % 4).to_string()),
        _ => None,
    };
    {
        let el = p.root.clone();
        use_effect_with(shift, move |shift| {
            let _ = match shift {
                Some(s) => el.set_attribute("data-shift", s),
                None => el.remove_attribute("data-shift"),
            };
        });
    }

    // The QR code: this view on the visitor's phone, on the standalone page of this bundle.
    let home = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| home_url(&href, &p.hash))
        .unwrap_or_default();
    let qr = use_memo(home, |home| Qr::encode(home));
    let scan = t(lang, Key::KioskScan);
    let code = (*qr).as_ref().map(|qr| {
        let side = (qr.size + 2 * QR_QUIET).to_string();
        html! {
            <>
                <svg class="qe-kiosk-qr" viewBox={format!("0 0 {side} {side}")} role="img"
                    aria-label={scan} shape-rendering="crispEdges">
                    <rect class="qe-kiosk-qr-bg" width={side.clone()} height={side} />
                    <path class="qe-kiosk-qr-code" d={qr.path()} />
                </svg>
                <p class="qe-kiosk-scan" aria-hidden="true">{ scan }</p>
            </>
        }
    });

    html! {
        <>
            <div class="qe-kiosk-bar">
                { code.unwrap_or_default() }
                <button type="button" class="qe-btn" onclick={clean}>{ t(lang, Key::KioskClean) }</button>
            </div>
            { overlay }
        </>
    }
}

/// The big caption of a step of the loop, in the visitor's language.
fn caption(p: &KioskProps, index: Option<&CompareIndex>, step: &Step) -> Caption {
    match step {
        Step::Start => Caption::parse(&p.title),
        Step::Region(id) => p
            .regions
            .iter()
            .position(|r| r == id)
            .and_then(|i| p.captions.get(i))
            .map(|c| Caption::parse(c))
            .unwrap_or_default(),
        Step::Article(id) => index
            .and_then(|index| {
                let pair = index.pairs.iter().find(|x| &x.id == id)?;
                Some(Caption {
                    title: super::compare::pair_title(pair, p.lang),
                    figure: None,
                    label: article_label(index, id, p.lang),
                })
            })
            .unwrap_or_default(),
    }
}

/// The phase as a comparable key: a change of step or second redraws, the same one does not.
fn phase_key(p: &Phase) -> (u8, usize) {
    match *p {
        Phase::Active => (0, 0),
        Phase::Warning { left } => (1, left as usize),
        Phase::Attract { step } => (2, step),
        Phase::Cleaning { left } => (3, left as usize),
    }
}

/// A reset leaves the page and the map's column at the top, as a new visitor should find them.
fn reset_scroll(root: &web_sys::Element) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
    root.set_scroll_top(0);
    if let Ok(Some(column)) = root.query_selector(".qe-mapview") {
        column.set_scroll_top(0);
    }
}

/// The comparison data, for the loop's article changes (none when it cannot load: the loop
/// then shows the map only).
async fn load_index() -> Option<CompareIndex> {
    let url = super::compare_root::data_url("index.json");
    let index = match crate::web::fetch_text(&url).await {
        Ok(text) => crate::compare::validate::parse_index(&text)
            .map_err(|es| es.first().map(|e| e.to_string()).unwrap_or_default()),
        Err(e) => Err(e),
    };
    match index {
        Ok(index) => Some(index),
        Err(e) => {
            crate::web::console_warn(&format!(
                "Qazaq Explainer: kiosk: no article highlights: {e}"
            ));
            None
        }
    }
}

/// Touch screens turn a long press into a context menu instead of a click. On a kiosk a long
/// press on a control is a tap: it is clicked on release, and the click the browser may still
/// send is dropped, so nothing acts twice.
fn long_press_taps(el: &web_sys::Element, now: Rc<dyn Fn() -> f64>) -> Vec<EventListener> {
    let pressed: Rc<RefCell<Option<(web_sys::EventTarget, f64)>>> = Rc::default();
    let clicked_at = Rc::new(Cell::new(f64::NEG_INFINITY));
    let capture = EventListenerOptions::run_in_capture_phase();
    let down = {
        let (pressed, now) = (pressed.clone(), now.clone());
        EventListener::new_with_options(el, "pointerdown", capture, move |e| {
            let touch = e
                .dyn_ref::<web_sys::PointerEvent>()
                .is_some_and(|p| p.pointer_type() == "touch");
            *pressed.borrow_mut() = touch.then(|| e.target()).flatten().map(|t| (t, now()));
        })
    };
    let up = {
        let (clicked_at, now) = (clicked_at.clone(), now.clone());
        EventListener::new_with_options(el, "pointerup", capture, move |e| {
            let Some((target, at)) = pressed.borrow_mut().take() else {
                return;
            };
            if now() - at < LONG_PRESS_MS || e.target().as_ref() != Some(&target) {
                return;
            }
            let control = target.dyn_ref::<web_sys::Element>().and_then(|t| {
                t.closest("button, [role=button], [role=radio]")
                    .ok()
                    .flatten()
            });
            // A dispatched event, not `click()`: the map's units are SVG elements.
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            init.set_composed(true);
            let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init);
            if let (Some(c), Ok(event)) = (control, event) {
                let _ = c.dispatch_event(&event);
                clicked_at.set(now());
            }
        })
    };
    let click = EventListener::new_with_options(
        el,
        "click",
        EventListenerOptions {
            phase: gloo_events::EventListenerPhase::Capture,
            passive: false,
        },
        move |e| {
            // Our own click is untrusted; a trusted one just after it is the browser's.
            if e.is_trusted() && now() - clicked_at.get() < 600.0 {
                e.stop_immediate_propagation();
                e.prevent_default();
            }
        },
    );
    vec![down, up, click]
}
