//! The top component: loads the content pack, holds the view state, keeps it in the URL and
//! routes to the views.

use crate::components::{
    compare_loader::{CompareLoader, Module},
    credits::Credits,
    detail::Detail,
    embedding::Embedding,
    error_banner::ErrorBanner,
    header::Header,
    kiosk_loader::KioskLoader,
    map::MapView,
    national::National,
    share::Share,
    table::TableView,
};
use crate::content::{DayTime, Geo, Model};
use crate::embed::{Options, Section, Theme};
use crate::lang::Lang;
use crate::view_state::{Action, Known, View, ViewState};
use crate::web;
use accent::use_accent;
use content::{use_content, Content, Load};
use std::rc::Rc;
use yew::prelude::*;

mod accent;
mod content;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub options: Rc<Options>,
    /// The interface language until the reader picks another.
    pub lang: Lang,
    /// The demo page keeps the view state in its URL, so that every state can be linked.
    /// Embeds keep theirs to themselves: several share the host page's URL.
    pub sync_url: bool,
    /// How the editor wrote an option's name, for warnings: `data-` or `?`.
    pub prefix: AttrValue,
}

/// Mounts a widget into `el`, configured by option pairs such as `("view", "map")`, warning
/// on the console about each option it had to ignore.
pub fn mount(
    el: web_sys::Element,
    pairs: &[(String, String)],
    prefix: &str,
    sync_url: bool,
) -> yew::AppHandle<App> {
    let (options, warnings) = Options::parse(pairs, &|k| format!("{prefix}{k}"));
    for w in warnings {
        web::console_warn(&format!("Qazaq Explainer: {w}"));
    }
    let lang = options.lang.or_else(web::page_lang).unwrap_or(Lang::Kk);
    web::guard(&el);
    let props = AppProps {
        options: Rc::new(options),
        lang,
        sync_url,
        prefix: AttrValue::from(prefix.to_string()),
    };
    yew::Renderer::<App>::with_root_and_props(el, props).render()
}

/// The view state as Yew's reducer wants it.
#[derive(Clone, PartialEq, Default)]
pub struct StateHandle(pub ViewState);

impl Reducible for StateHandle {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(StateHandle(next))
        }
    }
}

fn known(model: &Model) -> Known<'_> {
    Known {
        metrics: model.pack.metrics.iter().map(|m| m.id.as_str()).collect(),
        regions: model.geo.units.iter().map(|u| u.id.as_str()).collect(),
    }
}

fn warn_all(warnings: Vec<String>) {
    for w in warnings {
        web::console_warn(&format!("Qazaq Explainer: {w}"));
    }
}

/// Reads the hash against the model, logging what it had to ignore.
fn state_from_url(model: &Model) -> ViewState {
    let (state, warnings) = ViewState::from_hash(&web::location_hash(), &known(model));
    warn_all(warnings);
    state
}

/// The state to start in: the embed's options, or on the demo page a linked hash. A view the
/// embed does not show falls back to the one it starts in.
fn initial_state(model: &Model, p: &AppProps) -> ViewState {
    let linked = p.sync_url && !web::location_hash().trim_start_matches('#').is_empty();
    let mut state = if linked {
        state_from_url(model)
    } else {
        let prefix = p.prefix.clone();
        let label = move |k: &str| format!("{prefix}{k}");
        let (mut state, warnings) =
            ViewState::from_pairs(p.options.state.clone(), &known(model), &label);
        warn_all(warnings);
        state.view = p.options.start;
        state
    };
    if !p.options.sections.shows(state.view) {
        state.view = p.options.start;
    }
    state
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let Content {
        load,
        errors,
        pack_text,
    } = use_content(props.options.pack.clone());
    let state = use_reducer(StateHandle::default);

    // Once content is known: set the starting state, tell the host page, follow the hash.
    let root = use_node_ref();
    // Where the kiosk returns to after an idle reset.
    let start = use_state(ViewState::default);
    // Whether the starting state is in: until then nothing is drawn, so the default state
    // never shows for a frame and then moves (a layout shift inside the reserved height).
    let started = use_state(|| false);
    {
        let state = state.clone();
        let root = root.clone();
        let start = start.clone();
        let started = started.clone();
        let props = props.clone();
        use_effect_with((*load).clone(), move |load| {
            let mut listener = None;
            if let Load::Ready(model) = load {
                let initial = initial_state(model, &props);
                start.set(initial.clone());
                state.dispatch(Action::Replace(initial));
                started.set(true);
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let _ = el.set_attribute("data-qe-ready", "true");
                    web::dispatch_ready(&el);
                }
                web::performance_mark("qe:map-drawn");
                let model = model.clone();
                let state = state.clone();
                listener = props.sync_url.then(web_sys::window).flatten().map(|w| {
                    gloo_events::EventListener::new(&w, "hashchange", move |_| {
                        state.dispatch(Action::Replace(state_from_url(&model)));
                    })
                });
            }
            move || drop(listener)
        });
    }

    // Keep the URL in step with the state (demo page only).
    {
        let sync = props.sync_url && matches!(*load, Load::Ready(_));
        use_effect_with((state.0.clone(), sync), move |(s, sync)| {
            if *sync {
                web::replace_hash(&s.to_hash());
            }
        });
    }

    use_accent(&root, props.options.accent.clone());

    let lang = state.0.lang.unwrap_or(props.lang);
    // A timed metric's model as of the time shown, from the referendum-day module, which
    // draws its time control on the map while that metric is on screen.
    let day = use_state(|| None::<(DayTime, Rc<Model>)>);
    let day_on = match &*load {
        Load::Ready(base) if *started && state.0.view == View::Map => {
            let metric = state.0.metric.as_deref().unwrap_or(base.default_metric());
            props.options.sections.has(Section::Map) && base.metric(metric).is_some_and(|m| m.timed)
        }
        _ => false,
    };
    // The module's answer: "HH:MM pack-json", the time shown and the pack as of it.
    let on_day = {
        let (day, state) = (day.clone(), state.clone());
        Callback::from(move |said: String| {
            let Some((t, json)) = said.split_once(' ') else {
                return;
            };
            let Ok(t) = DayTime::parse(t) else { return };
            match Model::build(json, Geo::embedded()) {
                Ok(m) => day.set(Some((t, Rc::new(m)))),
                Err(es) => warn_all(es.iter().map(|e| e.to_string()).collect()),
            }
            state.dispatch(Action::SetTime(t));
        })
    };

    // Whether the last change was the reader picking a unit (not a restored link), so the
    // panel may be scrolled into view on phones without ever moving the host page on load.
    let reveal = use_mut_ref(|| false);
    // Where keyboard focus goes after the next render: back to the unit when its panel closes,
    // to the unit when a table row opens it on the map. Focus never falls to <body>.
    let focus_after = use_mut_ref(|| None::<String>);
    // The unit open now, read by the callback below when it runs, not when it was made.
    let selected_now = use_mut_ref(|| None::<String>);
    selected_now.borrow_mut().clone_from(&state.0.region);
    // One callback for the widget's life (it changes only with the sections): children that
    // get it keep equal props, so a hover or a metric switch re-renders only what changed.
    let dispatch = {
        let dispatcher = state.dispatcher();
        let reveal = reveal.clone();
        let focus_after = focus_after.clone();
        use_callback(props.options.sections, move |a: Action, sections| {
            let sections = *sections;
            // A table row opens its unit on the map, or where there is no map, its panel.
            let a = match a {
                Action::ShowOnMap(id) if !sections.shows(View::Map) => Action::Select(Some(id)),
                // An embed of a unit's panel alone keeps it open: there is nothing behind it.
                Action::Select(None)
                    if !sections.has(Section::Map) && !sections.has(Section::Table) =>
                {
                    return
                }
                a => a,
            };
            *reveal.borrow_mut() = matches!(a, Action::Select(Some(_)) | Action::ShowOnMap(_));
            match &a {
                Action::Select(None) => *focus_after.borrow_mut() = selected_now.borrow().clone(),
                Action::ShowOnMap(id) => *focus_after.borrow_mut() = Some(id.clone()),
                _ => {}
            }
            dispatcher.dispatch(a)
        })
    };
    {
        let root = root.clone();
        let focus_after = focus_after.clone();
        use_effect(move || {
            let target = focus_after.borrow_mut().take();
            if let (Some(id), Some(el)) = (target, root.cast::<web_sys::Element>()) {
                web::focus_unit(&el, &id);
            }
        });
    }
    let on_escape = {
        let dispatch = dispatch.clone();
        let selected = state.0.region.is_some();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && selected {
                dispatch.emit(Action::Select(None));
            }
        })
    };

    let embedding = Embedding {
        heading: props.options.heading,
        kiosk: props.options.kiosk,
    };
    // Whether the comparison has been opened, and how many kiosk resets there have been.
    let compare_opened = use_state(|| false);
    {
        let compare_opened = compare_opened.clone();
        use_effect_with(state.0.view, move |view| {
            if *view == View::Compare && !*compare_opened {
                compare_opened.set(true);
            }
        });
    }
    let epoch = use_state(|| 0u32);
    let resets = use_mut_ref(|| 0u32);
    let on_reset = {
        let epoch = epoch.clone();
        // Counted in a cell: the kiosk's clock may hold an older copy of this callback.
        Callback::from(move |()| {
            *resets.borrow_mut() += 1;
            epoch.set(*resets.borrow());
        })
    };
    let body = match &*load {
        Load::Loading => html! {
            <div class="qe-loading" role="status">{ crate::i18n::t(lang, crate::i18n::Key::Loading) }</div>
        },
        Load::Failed => html! {},
        Load::Ready(_) if !*started => html! {},
        Load::Ready(base) => {
            let s = &state.0;
            let metric = s
                .metric
                .clone()
                .unwrap_or_else(|| base.default_metric().to_string());
            // A timed metric is read at one time of day, never all at once.
            let at = day.as_ref().filter(|_| day_on);
            let model = at.map_or(base, |(_, m)| m);
            let sections = props.options.sections;
            // The unit's panel, or on wide screens the empty side column that keeps the map's
            // width when a unit is picked. Alone (no map), it shows the unit the embed opens.
            let panel = |beside_map: bool| match &s.region {
                Some(id) if sections.has(Section::Panel) => html! {
                    <Detail model={model.clone()} {lang} region={id.clone()} metric={metric.clone()}
                        dispatch={dispatch.clone()} reveal={*reveal.borrow()} />
                },
                None if beside_map && sections.has(Section::Panel) => html! {
                    <aside class="qe-detail is-empty">
                        <p>{ crate::i18n::t(lang, crate::i18n::Key::DetailPlaceholder) }</p>
                    </aside>
                },
                _ => html! {},
            };
            let main = match s.view {
                View::Map if sections.has(Section::Map) => html! {
                    <div class={classes!("qe-body", (!sections.has(Section::Panel)).then_some("is-single"))}>
                        <MapView model={model.clone()} chips={at.map(|_| base.clone())} {lang}
                            metric={metric.clone()} selected={s.region.clone()} dispatch={dispatch.clone()}>
                            if day_on {
                                <CompareLoader module={Module::DAY} {lang} {embedding} epoch={0}
                                    hash={ViewState { metric: Some(metric.clone()), time: s.time, ..ViewState::default() }.to_hash()}
                                    on_change={on_day.clone()} pack={(*pack_text).clone()} />
                            }
                        </MapView>
                        { panel(true) }
                    </div>
                },
                View::Map => html! { <div class="qe-panel-only">{ panel(false) }</div> },
                // Without the map, a row opens its unit's panel under the table.
                View::Table if sections.has(Section::Table) => html! {
                    <>
                        <TableView model={model.clone()} {lang} dispatch={dispatch.clone()} />
                        if !sections.shows(View::Map) {
                            { panel(false) }
                        }
                    </>
                },
                View::Table | View::Compare => html! {},
            };
            // Once opened, the comparison stays mounted (hidden under the other views): it
            // keeps its module's one Yew app for the widget's life, as a kiosk needs, instead
            // of leaving a little behind at every close.
            let compare = (sections.has(Section::Compare)
                && (*compare_opened || s.view == View::Compare))
                .then(|| {
                let compare_hash = ViewState {
                    compare: s.compare.clone(),
                    ..ViewState::default()
                }
                .to_hash();
                let on_change = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |h: String| {
                        let (next, _) = crate::components::compare_root::parse_state(&h);
                        dispatch.emit(Action::Compare(next.compare));
                    })
                };
                html! {
                    <div hidden={s.view != View::Compare}>
                        <CompareLoader {lang} hash={compare_hash} {on_change} {embedding} epoch={*epoch} />
                    </div>
                }
            });
            // The regional figures belong with the map and table, not under the articles.
            let context = sections.context_under(s.view);
            html! {
                <>
                    <Header model={model.clone()} {lang} view={s.view} views={sections.views()}
                        dispatch={dispatch.clone()} />
                    <ErrorBanner errors={(*errors).clone()} {lang} />
                    { main }
                    { compare.unwrap_or_default() }
                    if !context.is_empty() {
                        <National model={model.clone()} {lang} sections={context} />
                    }
                    <Credits model={model.clone()} {lang} />
                    if props.options.kiosk {
                        <KioskLoader model={base.clone()} {lang} idle={props.options.idle}
                            start={(*start).clone()} articles={sections.has(Section::Compare)}
                            dispatch={dispatch.clone()} root={root.clone()} {on_reset}
                            hash={ViewState { lang: Some(lang), ..s.clone() }.to_hash()} />
                    } else {
                        <Share model={model.clone()} {lang} state={s.clone()}
                            options={props.options.clone()} {metric} pack={(*pack_text).clone()}
                            root={root.clone()} />
                    }
                </>
            }
        }
    };

    let theme = match props.options.theme {
        Theme::Auto => None,
        t => Some(t.code()),
    };
    html! {
        <ContextProvider<Embedding> context={embedding}>
            <div class="qe" lang={lang.code()} data-theme={theme} data-kiosk={props.options.kiosk.then_some("true")}
                ref={root} onkeydown={on_escape}>
                if matches!(*load, Load::Failed) {
                    <ErrorBanner errors={(*errors).clone()} {lang} />
                }
                { body }
            </div>
        </ContextProvider<Embedding>>
    }
}
