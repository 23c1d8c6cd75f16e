//! The choropleth: metric switch, SVG map with keyboard movement and tooltip, legend, and a
//! text summary. Scales come from `crate::map`; this only draws them.

use crate::content::{Figure, GeoUnit, Metric, Model, UnitKind};
use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::map::summary::unit_text;
use crate::map::{bbox::bbox, legend, nav, scale::Scale, scale_for, summary};
use crate::view_state::Action;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    pub metric: String,
    pub selected: Option<String>,
    pub dispatch: Callback<Action>,
}

/// A unit's outline as an attribute value: the embedded outlines are shared, never copied.
#[allow(clippy::ptr_arg)] // The `Cow` is the point: a borrowed one is `'static`.
fn outline_d(d: &std::borrow::Cow<'static, str>) -> AttrValue {
    match d {
        std::borrow::Cow::Borrowed(s) => AttrValue::Static(s),
        std::borrow::Cow::Owned(s) => AttrValue::from(s.clone()),
    }
}

#[function_component(MapView)]
pub fn map_view(p: &MapProps) -> Html {
    let lang = p.lang;
    let model = &p.model;
    let uid = super::use_uid();
    let hatch_id = format!("qe-hatch-{}", uid);
    let hint_id = format!("qe-hint-{}", uid);
    // The unit under the pointer, and the unit with keyboard focus (the roving tab stop).
    let hovered = use_state(|| None::<String>);
    let active = use_state(|| None::<String>);
    let focused = use_state(|| false);
    let announcement = use_state(String::new);
    let svg_ref = use_node_ref();
    // The tooltip is placed through the CSSOM: a strict host CSP blocks style attributes.
    let tip_ref = use_node_ref();

    let metric = model
        .metric(&p.metric)
        .or_else(|| model.map_metrics().next());
    // Hooks run on every render, so the scale is memoised before any early return.
    let scale = {
        let model = model.clone();
        let id = metric.map(|m| m.id.clone()).unwrap_or_default();
        use_memo((Rc::as_ptr(&model) as usize, id), move |(_, id)| {
            scale_for(&model, id)
        })
    };
    let Some(metric) = metric else {
        return html! {};
    };

    let units = &model.geo.units;
    let stop_id = (*active)
        .clone()
        .or_else(|| p.selected.clone())
        .or_else(|| units.first().map(|u| u.id.clone()))
        .unwrap_or_default();

    let announce = {
        let model = model.clone();
        let announcement = announcement.clone();
        let metric = metric.clone();
        move |id: &str| {
            if let Some(u) = model.geo.unit(id) {
                announcement.set(unit_text(u, &metric, model.figure(id, &metric.id), lang));
            }
        }
    };

    let focus_unit = {
        let svg_ref = svg_ref.clone();
        move |id: &str| {
            if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                crate::web::focus_unit(&svg, id);
            }
        }
    };

    let onkeydown = {
        let model = model.clone();
        let active = active.clone();
        let dispatch = p.dispatch.clone();
        let stop_id = stop_id.clone();
        let announce = announce.clone();
        let focus_unit = focus_unit.clone();
        let selected = p.selected.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if let Some(dir) = nav::Dir::from_key(&key) {
                e.prevent_default();
                if let Some(next) = nav::step(&model.geo.units, &stop_id, dir) {
                    active.set(Some(next.id.clone()));
                    announce(&next.id);
                    focus_unit(&next.id);
                }
            } else if key == "Enter" || key == " " {
                e.prevent_default();
                dispatch.emit(Action::Select(Some(stop_id.clone())));
            } else if key == "Escape" && selected.is_some() {
                e.stop_propagation();
                dispatch.emit(Action::Select(None));
            }
        })
    };

    let fill_for = |fig: Option<&Figure>| -> (String, Option<String>) {
        match fig.and_then(|f| scale.colour_of(f.value)) {
            Some(c) => (format!("qe-unit qe-c{c}"), None),
            None => (
                "qe-unit qe-nr".to_string(),
                Some(format!("url(#{hatch_id})")),
            ),
        }
    };

    let unit_handlers = |u: &GeoUnit| {
        let id = u.id.clone();
        let onclick = {
            let dispatch = p.dispatch.clone();
            let active = active.clone();
            let id = id.clone();
            Callback::from(move |_: MouseEvent| {
                active.set(Some(id.clone()));
                dispatch.emit(Action::Select(Some(id.clone())));
            })
        };
        // Hover is for mice only: after a tap the finger has gone, so no tooltip should linger.
        let onmouseenter = {
            let hovered = hovered.clone();
            let id = id.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "mouse" {
                    hovered.set(Some(id.clone()))
                }
            })
        };
        let onmouseleave = {
            let hovered = hovered.clone();
            Callback::from(move |_: PointerEvent| hovered.set(None))
        };
        let onfocus = {
            let active = active.clone();
            let focused = focused.clone();
            let announce = announce.clone();
            let id = id.clone();
            Callback::from(move |_: FocusEvent| {
                focused.set(true);
                active.set(Some(id.clone()));
                announce(&id);
            })
        };
        (onclick, onmouseenter, onmouseleave, onfocus)
    };

    let onfocusout = {
        let focused = focused.clone();
        Callback::from(move |_: FocusEvent| focused.set(false))
    };

    let shapes = units.iter().map(|u| {
        let fig = model.figure(&u.id, &metric.id);
        let (class, fill) = fill_for(fig);
        let is_city = u.kind == UnitKind::City;
        let selected = p.selected.as_deref() == Some(u.id.as_str());
        let class = classes!(class, selected.then_some("is-selected"));
        let (onclick, onmouseenter, onmouseleave, onfocus) = unit_handlers(u);
        if is_city {
            // The city's own polygon is drawn but its marker is the control.
            html! {
                <path key={u.id.clone()} class={class} d={outline_d(&u.d)} fill={fill}
                    fill-rule="evenodd" aria-hidden="true" {onclick}
                    onpointerenter={onmouseenter} onpointerleave={onmouseleave} />
            }
        } else {
            html! {
                <path key={u.id.clone()} class={class} d={outline_d(&u.d)} fill={fill}
                    fill-rule="evenodd" data-id={u.id.clone()} data-focus={u.id.clone()}
                    role="button" tabindex={if u.id == stop_id { "0" } else { "-1" }}
                    aria-label={unit_text(u, metric, fig, lang)}
                    aria-pressed={selected.to_string()}
                    {onclick} onpointerenter={onmouseenter} onpointerleave={onmouseleave} {onfocus} />
            }
        }
    });

    let markers = units.iter().filter(|u| u.kind == UnitKind::City).map(|u| {
        let fig = model.figure(&u.id, &metric.id);
        let (class, fill) = fill_for(fig);
        let selected = p.selected.as_deref() == Some(u.id.as_str());
        let (onclick, onmouseenter, onmouseleave, onfocus) = unit_handlers(u);
        let (x, y) = (format::tenths(u.label[0]), format::tenths(u.label[1]));
        html! {
            <g key={u.id.clone()} class={classes!("qe-city", selected.then_some("is-selected"))}
                data-id={u.id.clone()} data-focus={u.id.clone()} role="button"
                tabindex={if u.id == stop_id { "0" } else { "-1" }}
                aria-label={unit_text(u, metric, fig, lang)}
                aria-pressed={selected.to_string()}
                {onclick} onpointerenter={onmouseenter} onpointerleave={onmouseleave} {onfocus}>
                // A generous invisible hit area: the cities are tiny at phone widths.
                <circle class="qe-city-hit" cx={x.clone()} cy={y.clone()} r="16" />
                <circle class={class} cx={x.clone()} cy={y.clone()} r="7" fill={fill} />
                <circle class="qe-city-dot" cx={x.clone()} cy={y.clone()} r="2" />
            </g>
        }
    });

    // Outline the hovered/focused and selected units on top, so shared borders do not hide it.
    // Each ring lies on a wider casing in the page's colour, so it keeps its contrast over any
    // bin's fill (the focus colour is 3:1 on the page, tests/contrast.rs). The focused or
    // hovered city gets a ring around its marker; a selected city's marker is drawn ringed.
    let outline = |id: Option<&str>, class: &'static str| -> Html {
        let unit = id.and_then(|id| model.geo.unit(id));
        match unit {
            Some(u) if u.kind == UnitKind::Region => html! {
                <>
                    <path class="qe-outline-halo" d={outline_d(&u.d)} fill="none" pointer-events="none" aria-hidden="true" />
                    <path class={class} d={outline_d(&u.d)} data-for={u.id.clone()} fill="none"
                        pointer-events="none" aria-hidden="true" />
                </>
            },
            Some(u) if class.contains("is-hover") => {
                let (x, y) = (format::tenths(u.label[0]), format::tenths(u.label[1]));
                html! {
                    <>
                        <circle class="qe-outline-halo qe-ring" cx={x.clone()} cy={y.clone()} r="11"
                            fill="none" pointer-events="none" aria-hidden="true" />
                        <circle class={classes!(class, "qe-ring")} cx={x} cy={y} r="11"
                            data-for={u.id.clone()} fill="none" pointer-events="none" aria-hidden="true" />
                    </>
                }
            }
            _ => html! {},
        }
    };
    let highlight = (*hovered)
        .clone()
        .or_else(|| focused.then(|| stop_id.clone()));

    let (w, h) = (model.geo.width, model.geo.height);
    let mut tip_pos = None;
    let tooltip = highlight.as_deref().and_then(|id| model.geo.unit(id)).map(|u| {
        let fig = model.figure(&u.id, &metric.id);
        // Beside the shape, not on it: above its box where there is room, else below.
        let [x, _] = u.label;
        let [_, y0, _, y1] = bbox(&u.d).unwrap_or([0.0, u.label[1], 0.0, u.label[1]]);
        let (y0, y1) = match u.kind {
            UnitKind::City => (u.label[1] - 16.0, u.label[1] + 16.0),
            UnitKind::Region => (y0, y1),
        };
        let above = y0 / h > 0.3;
        let left = x / w * 100.0;
        let top = if above { y0 } else { y1 } / h * 100.0;
        let side = if left > 70.0 { "is-left" } else if left < 30.0 { "is-right" } else { "" };
        let vertical = if above { "is-above" } else { "is-below" };
        tip_pos = Some(format!("left:{}%;top:{}%", format::tenths(left), format::tenths(top)));
        let started = model.region(&u.id).and_then(|r| r.status.as_ref()).is_some();
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
                        { tf(lang, Key::AsOf, &[("date", &format::date(f.as_of, lang))]) }
                        { model.source(&f.source).map(|s| format!(" · {}", s.outlet)).unwrap_or_default() }
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

    let metric_buttons = model.map_metrics().map(|m| {
        let d = p.dispatch.clone();
        let id = m.id.clone();
        let on = m.id == metric.id;
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
        let ids: Vec<String> = model.map_metrics().map(|m| m.id.clone()).collect();
        let current = metric.id.clone();
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
        <section class="qe-mapview" aria-labelledby={format!("qe-metric-label-{}", uid)}>
            <div class="qe-metrics">
                <span class="qe-metrics-label" id={format!("qe-metric-label-{}", uid)}>{ t(lang, Key::MetricLabel) }</span>
                <div class="qe-chips" role="radiogroup" aria-labelledby={format!("qe-metric-label-{}", uid)}
                    onkeydown={on_metric_key}>
                    { for metric_buttons }
                </div>
            </div>
            if let Some(desc) = &metric.description {
                <p class="qe-metric-desc">{ desc.text(lang) }</p>
            }
            <div class="qe-map">
                <svg ref={svg_ref} viewBox={format!("0 0 {} {}", format::tenths(w), format::tenths(h))} role="group"
                    aria-label={tf(lang, Key::MapLabel, &[("metric", metric.label.text(lang))])}
                    aria-describedby={hint_id.clone()} {onkeydown} {onfocusout}>
                    <defs>
                        <pattern id={hatch_id.clone()} width="6" height="6" patternUnits="userSpaceOnUse"
                            patternTransform="rotate(45)">
                            <rect class="qe-hatch-bg" width="6" height="6" />
                            <line class="qe-hatch-line" x1="0" y1="0" x2="0" y2="6" />
                        </pattern>
                    </defs>
                    <g class="qe-units">{ for shapes }</g>
                    { outline(p.selected.as_deref(), "qe-outline is-selected") }
                    { outline(highlight.as_deref(), "qe-outline is-hover") }
                    <g class="qe-cities">{ for markers }</g>
                </svg>
                { tooltip.unwrap_or_default() }
            </div>
            // The keyboard half is for screen readers everywhere, on screen only where there
            // is a keyboard to speak of (styles/map.css).
            <p class="qe-hint" id={hint_id}>
                { t(lang, Key::MapHint) }{ " " }<span class="qe-hint-keys">{ t(lang, Key::MapHintKeys) }</span>
            </p>
            <Legend scale={(*scale).clone()} metric={metric.clone()} {lang}
                not_reported={legend::not_reported(&scale, units.len())}
                hatch={hatch_id.clone()} />
            <p class="qe-summary">{ summary::text(model, metric, lang) }</p>
            <div class="qe-sr" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub scale: Scale,
    pub metric: Metric,
    pub lang: Lang,
    pub not_reported: usize,
    pub hatch: String,
}

#[function_component(Legend)]
pub fn legend(p: &LegendProps) -> Html {
    let lang = p.lang;
    html! {
        <figure class="qe-legend">
            <figcaption class="qe-legend-title">{ p.metric.label.text(lang) }</figcaption>
            <ul class="qe-legend-bins">
                { for p.scale.bins.iter().map(|b| html! {
                    <li>
                        <span class={classes!("qe-swatch", format!("qe-c{}", b.colour))} aria-hidden="true"></span>
                        <span>{ legend::bin_label(b, p.metric.unit, lang) }</span>
                        <span class="qe-legend-count">{ format!("({})", b.count) }</span>
                    </li>
                }) }
                <li>
                    <svg class="qe-swatch" viewBox="0 0 16 16" aria-hidden="true">
                        <rect width="16" height="16" fill={format!("url(#{})", p.hatch)} />
                    </svg>
                    <span>{ t(lang, Key::LegendNotReported) }</span>
                    <span class="qe-legend-count">{ format!("({})", p.not_reported) }</span>
                </li>
            </ul>
            <p class="qe-legend-note">{ t(lang, Key::LegendQualifierNote) }</p>
        </figure>
    }
}
