//! The map: metric switch, SVG map with labels, keyboard movement and tooltip, legend, and a
//! text summary. Scales, labels and markers come from `crate::map`; this only draws them.
//!
//! Hover lives in `MapView`, and the 20 shapes in `UnitShapes`, whose props do not change on
//! hover (its callbacks are pointer-stable), so moving the mouse re-renders only the outline
//! and the tooltip.

use crate::content::text_rules::isolate;
use crate::content::{Figure, GeoUnit, Metric, Model, UnitKind};
use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::map::markers::CityMarker;
use crate::map::summary::unit_text;
use crate::map::{
    bbox::bbox, labels::Layout, legend, nav, overlay, presentation, scale::Scale, scale_for,
    summary, Overlay, Presentation,
};
use crate::view_state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub model: Rc<Model>,
    /// The model the metric chips name metrics from, when `model` is one at a time of day
    /// (its labels say the time; the time control says it instead).
    #[prop_or_default]
    pub chips: Option<Rc<Model>>,
    pub lang: Lang,
    pub metric: String,
    pub selected: Option<String>,
    pub dispatch: Callback<Action>,
    /// Between the metric's description and the map: a timed metric's time control.
    #[prop_or_default]
    pub children: Html,
}

/// A unit's outline as an attribute value: the embedded outlines are shared, never copied.
#[allow(clippy::ptr_arg)] // The `Cow` is the point: a borrowed one is `'static`.
fn outline_d(d: &std::borrow::Cow<'static, str>) -> AttrValue {
    match d {
        std::borrow::Cow::Borrowed(s) => AttrValue::Static(s),
        std::borrow::Cow::Owned(s) => AttrValue::from(s.clone()),
    }
}

/// The map's width before it is measured: a desktop column.
const DEFAULT_PX: f64 = 720.0;

#[function_component(MapView)]
pub fn map_view(p: &MapProps) -> Html {
    let lang = p.lang;
    let model = &p.model;
    let uid = super::use_uid();
    // A kiosk is read from 2 m: its labels are at least 24 px at 1080p (its type scales with
    // the screen), so they grow faster with the widget's font size than a page's.
    let type_base: u32 = if super::embedding::use_embedding().kiosk {
        130
    } else {
        160
    };
    let hatch_id = format!("qe-hatch-{}", uid);
    let hint_id = format!("qe-hint-{}", uid);
    // The unit under the pointer, and the unit with keyboard focus (the roving tab stop).
    let hovered = use_state_eq(|| None::<String>);
    let active = use_state_eq(|| None::<String>);
    let focused = use_state_eq(|| false);
    let announcement = use_state_eq(String::new);
    // The map's rendered width in whole CSS pixels and the widget's font size in tenths of a
    // pixel (a kiosk's is larger), once measured.
    let width = use_state_eq(|| None::<(u32, u32)>);
    let svg_ref = use_node_ref();
    // The tooltip is placed through the CSSOM: a strict host CSP blocks style attributes.
    let tip_ref = use_node_ref();

    {
        // The width the map is drawn at: the SVG's, unless a limit on its height (the kiosk's)
        // letterboxes the drawing.
        let svg_ref = svg_ref.clone();
        let width = width.clone();
        let ratio = model.geo.width / model.geo.height;
        use_effect_with((), move |_| {
            let watch = svg_ref.cast::<web_sys::Element>().map(|el| {
                crate::web::watch_size(&el, move |w, h, font| {
                    let drawn = if h > 0.0 { w.min(h * ratio) } else { w };
                    if drawn > 0.0 {
                        width.set(Some((drawn.round() as u32, (font * 10.0).round() as u32)));
                    }
                })
            });
            move || drop(watch)
        });
    }

    let metric = model
        .metric(&p.metric)
        .or_else(|| model.map_metrics().next());
    let metric_id = metric.map(|m| m.id.clone()).unwrap_or_default();
    // Hooks run on every render, so everything memoised comes before any early return.
    let scale = {
        let model = model.clone();
        use_memo(
            (Rc::as_ptr(&model) as usize, metric_id.clone()),
            move |(_, id)| scale_for(&model, id),
        )
    };
    let (px, font) = width.unwrap_or((DEFAULT_PX as u32, 160));
    let over: Rc<Overlay> = {
        let model = model.clone();
        use_memo(
            (
                Rc::as_ptr(&model) as usize,
                metric_id.clone(),
                lang,
                px,
                font,
                type_base,
            ),
            move |(_, id, lang, px, font, base)| match model.metric(id) {
                Some(m) => overlay(
                    &model,
                    m,
                    *lang,
                    f64::from(*px),
                    f64::from(*font) / f64::from(*base),
                ),
                None => Overlay {
                    markers: Vec::new(),
                    layout: Layout {
                        labels: Vec::new(),
                        unplaced: Vec::new(),
                        note: None,
                        sizes: [0.0; 3],
                        halo: 0.0,
                    },
                },
            },
        )
    };
    let markers = {
        let over = over.clone();
        use_memo(over.markers.clone(), |m| m.clone())
    };

    let announce = {
        let model = model.clone();
        let announcement = announcement.clone();
        let metric_id = metric_id.clone();
        use_callback((lang, metric_id), move |id: String, (lang, metric_id)| {
            if let (Some(u), Some(m)) = (model.geo.unit(&id), model.metric(metric_id)) {
                announcement.set(unit_text(u, m, model.figure(&id, &m.id), *lang));
            }
        })
    };
    let on_select = {
        let dispatch = p.dispatch.clone();
        let active = active.clone();
        use_callback(dispatch, move |id: String, dispatch| {
            active.set(Some(id.clone()));
            dispatch.emit(Action::Select(Some(id)));
        })
    };
    let on_hover = {
        let hovered = hovered.clone();
        use_callback((), move |id: Option<String>, _| hovered.set(id))
    };
    let on_focus = {
        let active = active.clone();
        let focused = focused.clone();
        let announce = announce.clone();
        use_callback(announce, move |(id, visible): (String, bool), announce| {
            // The ring and the tooltip are for keyboard focus: a tap focuses the unit too, and
            // on a phone they would stay up over the map after the panel opened.
            focused.set(visible);
            active.set(Some(id.clone()));
            announce.emit(id);
        })
    };

    let Some(metric) = metric else {
        return html! {};
    };
    let mode = presentation(model, &metric.id);
    let units = &model.geo.units;
    let stop_id = (*active)
        .clone()
        .or_else(|| p.selected.clone())
        .or_else(|| units.first().map(|u| u.id.clone()))
        .unwrap_or_default();

    let onkeydown = {
        let model = model.clone();
        let active = active.clone();
        let dispatch = p.dispatch.clone();
        let stop_id = stop_id.clone();
        let announce = announce.clone();
        let svg_ref = svg_ref.clone();
        let selected = p.selected.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let geo = &model.geo;
            let next = if let Some(dir) = nav::Dir::from_key(&key) {
                e.prevent_default();
                nav::step(&geo.units, &stop_id, dir)
            } else if let Some(end) = nav::End::from_key(&key) {
                // Home and End stay in the map instead of scrolling the page.
                e.prevent_default();
                nav::end(&geo.units, geo.height, end)
            } else {
                if key == "Enter" || key == " " {
                    e.prevent_default();
                    dispatch.emit(Action::Select(Some(stop_id.clone())));
                } else if key == "Escape" && selected.is_some() {
                    e.stop_propagation();
                    dispatch.emit(Action::Select(None));
                }
                None
            };
            if let Some(next) = next {
                active.set(Some(next.id.clone()));
                announce.emit(next.id.clone());
                if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                    crate::web::focus_unit(&svg, &next.id);
                }
            }
        })
    };

    let onfocusout = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(false))
    };

    let (w, h) = (model.geo.width, model.geo.height);
    let mut tip_pos = None;
    let tooltip = (*hovered)
        .as_deref()
        .or_else(|| focused.then_some(stop_id.as_str()))
        .and_then(|id| model.geo.unit(id))
        .map(|u| {
            let fig = model.figure(&u.id, &metric.id);
            // Beside the shape, not on it: above its box where there is room, else below.
            let [x, _] = u.label;
            let [_, y0, _, y1] = bbox(&u.d).unwrap_or([0.0, u.label[1], 0.0, u.label[1]]);
            let (y0, y1) = match markers.iter().find(|m| m.id == u.id) {
                Some(m) => (u.label[1] - m.ring, u.label[1] + m.ring),
                None => (y0, y1),
            };
            let above = y0 / h > 0.3;
            let left = x / w * 100.0;
            let top = if above { y0 } else { y1 } / h * 100.0;
            let side = if left > 70.0 {
                "is-left"
            } else if left < 30.0 {
                "is-right"
            } else {
                ""
            };
            let vertical = if above { "is-above" } else { "is-below" };
            tip_pos = Some(format!(
                "left:{}%;top:{}%",
                format::tenths(left),
                format::tenths(top)
            ));
            let started = model
                .region(&u.id)
                .and_then(|r| r.status.as_ref())
                .is_some();
            html! {
                <div class={classes!("qe-tooltip", side, vertical)} aria-hidden="true" ref={tip_ref.clone()}>
                    <strong>{ u.names.text(lang) }</strong>
                    <span class="qe-tooltip-value">
                        { metric.label.text(lang) }{ ": " }
                        <b>{ match fig {
                            Some(f) => format::figure(f, metric.unit, lang),
                            None => t(lang, Key::NotReported).to_string(),
                        } }</b>
                    </span>
                    if let Some(f) = fig {
                        <span class="qe-tooltip-meta">
                            { format::as_of(f.as_of, lang) }
                            { model.source(&f.source).map(|s| format!(" · {}", s.outlet_in(lang))).unwrap_or_default() }
                        </span>
                    } else if started {
                        <span class="qe-tooltip-meta">{ t(lang, Key::StartedNoFigure) }</span>
                    }
                    <span class="qe-tooltip-hint">{ t(lang, Key::SelectForDetails) }</span>
                </div>
            }
        });

    {
        let tip_ref = tip_ref.clone();
        use_effect_with(tip_pos, move |pos| {
            if let (Some(pos), Some(el)) = (pos, tip_ref.cast::<web_sys::HtmlElement>()) {
                el.style().set_css_text(pos);
            }
        });
    }

    let focus = focused.then(|| stop_id.clone());
    html! {
        <section class="qe-mapview" aria-labelledby={format!("qe-metric-label-{}", uid)}>
            <MetricSwitch model={p.chips.clone().unwrap_or_else(|| model.clone())} {lang} metric={metric.id.clone()}
                dispatch={p.dispatch.clone()} label_id={format!("qe-metric-label-{}", uid)} />
            if let Some(desc) = &metric.description {
                <p class="qe-metric-desc">{ desc.text(lang) }</p>
            }
            { p.children.clone() }
            // The map and its key: one box (display: contents) except on a landscape kiosk,
            // where the key stands beside the map so that the map can take the screen's height.
            <div class="qe-map-area">
                <div class={classes!("qe-map", (mode == Presentation::Few).then_some("is-few"))}>
                    <svg ref={svg_ref} viewBox={format!("0 0 {} {}", format::tenths(w), format::tenths(h))} role="group"
                        aria-label={tf(lang, Key::MapLabel, &[("metric", &isolate(metric.label.text(lang)))])}
                        aria-describedby={hint_id.clone()} {onkeydown} {onfocusout}>
                        <defs>
                            <pattern id={hatch_id.clone()} width="6" height="6" patternUnits="userSpaceOnUse"
                                patternTransform="rotate(45)">
                                <rect class="qe-hatch-bg" width="6" height="6" />
                                <line class="qe-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                            </pattern>
                        </defs>
                        <UnitShapes model={model.clone()} {lang} metric={metric.id.clone()} {mode}
                            scale={scale.clone()} markers={markers.clone()} selected={p.selected.clone()}
                            stop={stop_id.clone()} hatch={hatch_id.clone()}
                            on_select={on_select.clone()} on_hover={on_hover.clone()} on_focus={on_focus} />
                        <Highlight model={model.clone()} markers={markers.clone()} selected={p.selected.clone()}
                            hovered={(*hovered).clone()} {focus} />
                        if width.is_some() {
                            <Labels overlay={over.clone()} hatch={hatch_id.clone()} on_select={on_select}
                                {on_hover} />
                        }
                    </svg>
                    { tooltip.unwrap_or_default() }
                </div>
                // The keyboard half is for screen readers everywhere, on screen only where there
                // is a keyboard to speak of (styles/map.css).
                <p class="qe-hint" id={hint_id}>
                    { t(lang, Key::MapHint) }{ " " }<span class="qe-hint-keys">{ t(lang, Key::MapHintKeys) }</span>
                </p>
                <Legend model={model.clone()} scale={scale.clone()} metric={metric.clone()} {lang} {mode}
                    hatch={hatch_id.clone()} />
                <p class="qe-summary">{ summary::text(model, metric, lang) }</p>
            </div>
            <div class="qe-sr" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct MetricSwitchProps {
    model: Rc<Model>,
    lang: Lang,
    metric: String,
    dispatch: Callback<Action>,
    label_id: String,
}

#[function_component(MetricSwitch)]
fn metric_switch(p: &MetricSwitchProps) -> Html {
    let lang = p.lang;
    let metric_buttons = p.model.map_metrics().map(|m| {
        let d = p.dispatch.clone();
        let id = m.id.clone();
        let on = m.id == p.metric;
        html! {
            <button type="button" class="qe-chip" role="radio" aria-checked={on.to_string()}
                tabindex={if on { "0" } else { "-1" }}
                data-metric={m.id.clone()}
                onclick={move |_| d.emit(Action::SetMetric(id.clone()))}>
                { m.label.text(lang) }
            </button>
        }
    });
    // Radio-group keys: arrows move the choice, as a native radio group does.
    let on_metric_key = {
        let d = p.dispatch.clone();
        let ids: Vec<String> = p.model.map_metrics().map(|m| m.id.clone()).collect();
        let current = p.metric.clone();
        Callback::from(move |e: KeyboardEvent| {
            let pos = ids.iter().position(|i| *i == current).unwrap_or(0);
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (pos + 1) % ids.len(),
                "ArrowLeft" | "ArrowUp" => (pos + ids.len() - 1) % ids.len(),
                _ => return,
            };
            e.prevent_default();
            d.emit(Action::SetMetric(ids[next].clone()));
            if let Some(target) = e
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                if let Ok(Some(b)) =
                    target.query_selector(&format!("[data-metric=\"{}\"]", ids[next]))
                {
                    if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
                        let _ = b.focus();
                    }
                }
            }
        })
    };
    html! {
        <div class="qe-metrics">
            <span class="qe-metrics-label" id={p.label_id.clone()}>{ t(lang, Key::MetricLabel) }</span>
            <div class="qe-chips" role="radiogroup" aria-labelledby={p.label_id.clone()}
                onkeydown={on_metric_key}>
                { for metric_buttons }
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct UnitShapesProps {
    model: Rc<Model>,
    lang: Lang,
    metric: String,
    mode: Presentation,
    scale: Rc<Scale>,
    markers: Rc<Vec<CityMarker>>,
    selected: Option<String>,
    /// The roving tab stop.
    stop: String,
    hatch: String,
    on_select: Callback<String>,
    on_hover: Callback<Option<String>>,
    /// A unit took focus, and whether the browser shows it (`:focus-visible`: by keyboard).
    on_focus: Callback<(String, bool)>,
}

/// The 20 units: region shapes and city markers, each a button.
#[function_component(UnitShapes)]
fn unit_shapes(p: &UnitShapesProps) -> Html {
    let model = &p.model;
    let lang = p.lang;
    let Some(metric) = model.metric(&p.metric) else {
        return html! {};
    };
    let fill_for = |fig: Option<&Figure>| -> (String, Option<String>) {
        let class = match (p.mode, fig) {
            (Presentation::Few, Some(_)) => Some("qe-unit qe-few".to_string()),
            (Presentation::Choropleth, Some(f)) => p
                .scale
                .colour_of(f.value)
                .map(|c| format!("qe-unit qe-c{c}")),
            (_, None) => None,
        };
        match class {
            Some(c) => (c, None),
            None => (
                "qe-unit qe-nr".to_string(),
                Some(format!("url(#{})", p.hatch)),
            ),
        }
    };
    let handlers = |u: &GeoUnit| {
        let id = u.id.clone();
        let onclick = {
            let f = p.on_select.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| f.emit(id.clone()))
        };
        // Hover is for mice only: after a tap the finger has gone, so no tooltip should linger.
        let onenter = {
            let f = p.on_hover.clone();
            let id = id.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "mouse" {
                    f.emit(Some(id.clone()))
                }
            })
        };
        let onleave = {
            let f = p.on_hover.clone();
            Callback::from(move |_: PointerEvent| f.emit(None))
        };
        let onfocus = {
            let f = p.on_focus.clone();
            Callback::from(move |e: FocusEvent| {
                let visible = e
                    .target_dyn_into::<web_sys::Element>()
                    .and_then(|el| el.matches(":focus-visible").ok())
                    .unwrap_or(true);
                f.emit((id.clone(), visible))
            })
        };
        (onclick, onenter, onleave, onfocus)
    };
    let shapes = model.geo.units.iter().map(|u| {
        let fig = model.figure(&u.id, &metric.id);
        let (class, fill) = fill_for(fig);
        let selected = p.selected.as_deref() == Some(u.id.as_str());
        let class = classes!(class, selected.then_some("is-selected"));
        let (onclick, onenter, onleave, onfocus) = handlers(u);
        if u.kind == UnitKind::City {
            // The city's own polygon is drawn but its marker is the control.
            html! {
                <path key={u.id.clone()} class={class} d={outline_d(&u.d)} fill={fill}
                    fill-rule="evenodd" aria-hidden="true" {onclick}
                    onpointerenter={onenter} onpointerleave={onleave} />
            }
        } else {
            html! {
                <path key={u.id.clone()} class={class} d={outline_d(&u.d)} fill={fill}
                    fill-rule="evenodd" data-id={u.id.clone()} data-focus={u.id.clone()}
                    role="button" tabindex={if u.id == p.stop { "0" } else { "-1" }}
                    aria-label={unit_text(u, metric, fig, lang)}
                    aria-pressed={selected.to_string()}
                    {onclick} onpointerenter={onenter} onpointerleave={onleave} {onfocus} />
            }
        }
    });
    let cities = p.markers.iter().filter_map(|m| {
        let u = model.geo.unit(&m.id)?;
        let fig = model.figure(&u.id, &metric.id);
        let (class, fill) = fill_for(fig);
        let selected = p.selected.as_deref() == Some(u.id.as_str());
        let (onclick, onenter, onleave, onfocus) = handlers(u);
        let (x, y) = (format::tenths(m.c[0]), format::tenths(m.c[1]));
        Some(html! {
            <g key={u.id.clone()} class={classes!("qe-city", selected.then_some("is-selected"))}
                data-id={u.id.clone()} data-focus={u.id.clone()} role="button"
                tabindex={if u.id == p.stop { "0" } else { "-1" }}
                aria-label={unit_text(u, metric, fig, lang)}
                aria-pressed={selected.to_string()}
                {onclick} onpointerenter={onenter} onpointerleave={onleave} {onfocus}>
                // The touch target: 44 px where the region around leaves room (crate::map::markers).
                <circle class="qe-city-hit" cx={x.clone()} cy={y.clone()} r={format::tenths(m.hit)} />
                <circle class={class} cx={x.clone()} cy={y.clone()} r={format::tenths(m.r)} fill={fill} />
                <circle class="qe-city-dot" cx={x} cy={y} r={format::tenths(m.dot)} />
            </g>
        })
    });
    html! {
        <>
            <g class="qe-units">{ for shapes }</g>
            <g class="qe-cities">{ for cities }</g>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct HighlightProps {
    model: Rc<Model>,
    markers: Rc<Vec<CityMarker>>,
    selected: Option<String>,
    hovered: Option<String>,
    /// The unit with keyboard focus, while the map has it.
    focus: Option<String>,
}

/// Rings over the selected (solid, thick), focused (dashed, in the focus colour) and hovered
/// (thin) units, drawn on top so shared borders do not hide them. Each lies on a wider casing
/// in the page's colour, so it keeps its contrast over any bin's fill.
#[function_component(Highlight)]
fn highlight(p: &HighlightProps) -> Html {
    let ring = |id: Option<&str>, kind: &'static str| -> Html {
        let Some(u) = id.and_then(|id| p.model.geo.unit(id)) else {
            return html! {};
        };
        let class = classes!("qe-outline", kind);
        match p.markers.iter().find(|m| m.id == u.id) {
            Some(m) => {
                let (x, y) = (format::tenths(m.c[0]), format::tenths(m.c[1]));
                // The focus ring stands off the selection ring, so both show at once.
                let r = if kind == "is-focus" {
                    m.ring + m.dot * 2.0
                } else {
                    m.ring
                };
                let r = format::tenths(r);
                html! {
                    <>
                        <circle class="qe-outline-halo" cx={x.clone()} cy={y.clone()} r={r.clone()}
                            fill="none" pointer-events="none" aria-hidden="true" />
                        <circle {class} cx={x} cy={y} r={r} data-for={u.id.clone()}
                            fill="none" pointer-events="none" aria-hidden="true" />
                    </>
                }
            }
            None => html! {
                <>
                    <path class="qe-outline-halo" d={outline_d(&u.d)} fill="none" pointer-events="none" aria-hidden="true" />
                    <path {class} d={outline_d(&u.d)} data-for={u.id.clone()} fill="none"
                        pointer-events="none" aria-hidden="true" />
                </>
            },
        }
    };
    let hover = p
        .hovered
        .as_deref()
        .filter(|h| p.focus.as_deref() != Some(*h));
    html! {
        <g class="qe-rings">
            { ring(p.selected.as_deref(), "is-selected") }
            { ring(hover, "is-hover") }
            { ring(p.focus.as_deref(), "is-focus") }
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct LabelsProps {
    overlay: Rc<Overlay>,
    hatch: String,
    on_select: Callback<String>,
    on_hover: Callback<Option<String>>,
}

/// Names and figures of the units with a figure, and the not-reported note. Hidden from
/// screen readers: each unit's accessible name already has both, and the summary the count.
#[function_component(Labels)]
fn labels(p: &LabelsProps) -> Html {
    let l = &p.overlay.layout;
    let [name_size, value_size, note_size] = l.sizes.map(format::tenths);
    let halo = format::tenths(l.halo);
    let line = format::tenths(l.halo / 3.0);
    let labels = l.labels.iter().map(|lab| {
        let onclick = {
            let f = p.on_select.clone();
            let id = lab.id.clone();
            Callback::from(move |_: MouseEvent| f.emit(id.clone()))
        };
        let onenter = {
            let f = p.on_hover.clone();
            let id = lab.id.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "mouse" {
                    f.emit(Some(id.clone()))
                }
            })
        };
        let onleave = {
            let f = p.on_hover.clone();
            Callback::from(move |_: PointerEvent| f.emit(None))
        };
        let x = format::tenths(lab.x);
        let r = lab.rect;
        html! {
            <g key={lab.id.clone()} class={classes!("qe-label", lab.takes_taps.then_some("takes-taps"))}
                data-label={lab.id.clone()} {onclick}
                onpointerenter={onenter} onpointerleave={onleave}>
                if let Some([x0, y0, x1, y1]) = lab.leader {
                    <line class="qe-leader" x1={format::tenths(x0)} y1={format::tenths(y0)}
                        x2={format::tenths(x1)} y2={format::tenths(y1)} stroke-width={line.clone()} />
                }
                // The label's measured box; its taps are on the painted text only (map.css).
                <rect class="qe-label-box" x={format::tenths(r.x0)} y={format::tenths(r.y0)}
                    width={format::tenths(r.x1 - r.x0)} height={format::tenths(r.y1 - r.y0)} />
                <text class="qe-label-name" x={x} y={format::tenths(lab.name_y)}
                    text-anchor={lab.align.svg()} font-size={name_size.clone()} stroke-width={halo.clone()}>
                    { lab.name.clone() }
                </text>
                <text class="qe-label-value" x={format::tenths(lab.value_x)} y={format::tenths(lab.value_y)}
                    text-anchor={lab.value_align.svg()} font-size={value_size.clone()} stroke-width={halo.clone()}>
                    { lab.value.clone() }
                </text>
            </g>
        }
    });
    html! {
        <g class="qe-labels" aria-hidden="true">
            if let Some(n) = &l.note {
                <g class="qe-map-note">
                    <rect class="qe-map-note-swatch" x={format::tenths(n.swatch.x0)} y={format::tenths(n.swatch.y0)}
                        width={format::tenths(n.swatch.x1 - n.swatch.x0)}
                        height={format::tenths(n.swatch.y1 - n.swatch.y0)}
                        fill={format!("url(#{})", p.hatch)} stroke-width={line.clone()} />
                    { for n.lines.iter().zip(&n.baselines).map(|(text, y)| html! {
                        <text x={format::tenths(n.x)} y={format::tenths(*y)} font-size={note_size.clone()}
                            stroke-width={halo.clone()}>{ text.clone() }</text>
                    }) }
                </g>
            }
            { for labels }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub model: Rc<Model>,
    pub scale: Rc<Scale>,
    pub metric: Metric,
    pub lang: Lang,
    pub mode: Presentation,
    pub hatch: String,
}

#[function_component(Legend)]
pub fn legend(p: &LegendProps) -> Html {
    let lang = p.lang;
    let model = &p.model;
    let (reported, total) = summary::coverage(model, &p.metric.id);
    let hatched = html! {
        <li>
            <svg class="qe-swatch" viewBox="0 0 16 16" aria-hidden="true">
                <rect width="16" height="16" fill={format!("url(#{})", p.hatch)} />
            </svg>
            <span>{ t(lang, Key::LegendNotReported) }</span>
            <span class="qe-legend-count">{ format!("({})", total - reported) }</span>
        </li>
    };
    let qualified = legend::has_qualified(model, &p.metric.id);
    html! {
        <figure class="qe-legend">
            <figcaption class="qe-legend-title">{ p.metric.label.text(lang) }</figcaption>
            if p.mode == Presentation::Few {
                <p class="qe-legend-few">{ tf(lang, Key::LegendFew, &[
                    ("count", &reported.to_string()),
                    ("total", &total.to_string()),
                ]) }</p>
                <ul class="qe-legend-list">
                    { for legend::reported(model, &p.metric, lang).into_iter().map(|(name, value)| html! {
                        <li>
                            <span class="qe-swatch qe-few" aria-hidden="true"></span>
                            <span>{ name }</span>
                            <b class="qe-legend-value">{ value }</b>
                        </li>
                    }) }
                    { hatched }
                </ul>
            } else {
                <ul class="qe-legend-bins">
                    { for p.scale.bins.iter().map(|b| html! {
                        <li>
                            <span class={classes!("qe-swatch", format!("qe-c{}", b.colour))} aria-hidden="true"></span>
                            <span>{ legend::bin_label(b, p.metric.unit, lang) }</span>
                            <span class="qe-legend-count">{ format!("({})", b.count) }</span>
                        </li>
                    }) }
                    { hatched }
                </ul>
                if p.scale.bins.len() > 1 {
                    <p class="qe-legend-note">{ t(lang, Key::LegendBinsNote) }</p>
                }
            }
            if qualified {
                <p class="qe-legend-note qe-legend-qualifiers">{ t(lang, Key::LegendQualifierNote) }</p>
            }
        </figure>
    }
}
