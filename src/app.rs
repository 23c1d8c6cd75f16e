//! The top component: loads the content pack, holds the view state, keeps it in the URL and
//! routes to the views.

use crate::compare::kind::Kind;
use crate::components::{
    compare_host::CompareHost, credits::Credits, detail::Detail, error_banner::ErrorBanner,
    header::Header, map::MapView, national::National, table::TableView,
};
use crate::content::{Geo, Model};
use crate::lang::Lang;
use crate::view_state::{Action, Known, View, ViewState};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// A content pack to load instead of the embedded one.
    pub data_url: Option<String>,
    /// The interface language unless the URL names one.
    pub lang: Lang,
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

/// What the app knows about its content.
#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<Model>),
    /// Not even the embedded pack is usable: a build bug, still shown as text.
    Failed,
}

fn embedded(errors: &mut Vec<String>) -> Load {
    match Model::embedded() {
        Ok(m) => Load::Ready(Rc::new(m)),
        Err(e) => {
            errors.extend(e.iter().map(|e| e.to_string()));
            Load::Failed
        }
    }
}

/// Reads the hash against the model, logging what it had to ignore.
fn state_from_url(model: &Model) -> ViewState {
    let known = Known {
        metrics: model.pack.metrics.iter().map(|m| m.id.as_str()).collect(),
        regions: model.geo.units.iter().map(|u| u.id.as_str()).collect(),
        kinds: Kind::ALL.iter().map(|k| k.code()).collect(),
    };
    let (state, warnings) = ViewState::from_hash(&web::location_hash(), &known);
    for w in warnings {
        web::console_warn(&format!("Qazaq Explainer: {w}"));
    }
    state
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let errors = use_state(Vec::<String>::new);
    let load = {
        let errors = errors.clone();
        let has_url = props.data_url.is_some();
        use_state(move || {
            if has_url {
                Load::Loading
            } else {
                let mut e = Vec::new();
                let l = embedded(&mut e);
                if !e.is_empty() {
                    errors.set(e);
                }
                l
            }
        })
    };
    let state = use_reducer(StateHandle::default);

    // A pack named by URL: fetch, validate, and fall back to the embedded pack on any error.
    {
        let load = load.clone();
        let errors = errors.clone();
        use_effect_with(props.data_url.clone(), move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match web::fetch_text(&url).await {
                        Ok(text) => Model::build(&text, Geo::embedded())
                            .map_err(|es| es.iter().map(|e| e.to_string()).collect()),
                        Err(e) => Err(vec![e]),
                    };
                    match result {
                        Ok(m) => load.set(Load::Ready(Rc::new(m))),
                        Err(es) => {
                            let mut all = es;
                            let fallback = embedded(&mut all);
                            for e in &all {
                                web::console_error(&format!("Qazaq Explainer: {e}"));
                            }
                            errors.set(all);
                            load.set(fallback);
                        }
                    }
                });
            }
        });
    }

    // Once content is known: restore the linked state, mark the first draw, follow the hash.
    let root = use_node_ref();
    {
        let state = state.clone();
        let root = root.clone();
        use_effect_with((*load).clone(), move |load| {
            let mut listener = None;
            if let Load::Ready(model) = load {
                state.dispatch(Action::Replace(state_from_url(model)));
                if let Some(el) = root.cast::<web_sys::Element>() {
                    let _ = el.set_attribute("data-qe-ready", "true");
                }
                web::performance_mark("qe:map-drawn");
                let model = model.clone();
                let state = state.clone();
                listener = web_sys::window().map(|w| {
                    gloo_events::EventListener::new(&w, "hashchange", move |_| {
                        state.dispatch(Action::Replace(state_from_url(&model)));
                    })
                });
            }
            move || drop(listener)
        });
    }

    // Keep the URL in step with the state.
    {
        let ready = matches!(*load, Load::Ready(_));
        use_effect_with((state.0.clone(), ready), move |(s, ready)| {
            if *ready {
                web::replace_hash(&s.to_hash());
            }
        });
    }

    let lang = state.0.lang.unwrap_or(props.lang);

    // Whether the last change was the reader picking a unit (not a restored link), so the
    // panel may be scrolled into view on phones without ever moving the host page on load.
    let reveal = use_mut_ref(|| false);
    // Where keyboard focus goes after the next render: back to the unit when its panel closes,
    // to the unit when a table row opens it on the map. Focus never falls to <body>.
    let focus_after = use_mut_ref(|| None::<String>);
    let dispatch = {
        let state = state.clone();
        let reveal = reveal.clone();
        let focus_after = focus_after.clone();
        let selected = state.0.region.clone();
        Callback::from(move |a: Action| {
            *reveal.borrow_mut() = matches!(a, Action::Select(Some(_)) | Action::ShowOnMap(_));
            match &a {
                Action::Select(None) => *focus_after.borrow_mut() = selected.clone(),
                Action::ShowOnMap(id) => *focus_after.borrow_mut() = Some(id.clone()),
                _ => {}
            }
            state.dispatch(a)
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

    let body = match &*load {
        Load::Loading => html! {
            <div class="qe-loading" role="status">{ crate::i18n::t(lang, crate::i18n::Key::Loading) }</div>
        },
        Load::Failed => html! {},
        Load::Ready(model) => {
            let s = &state.0;
            let metric = s
                .metric
                .clone()
                .unwrap_or_else(|| model.default_metric().to_string());
            let main = match s.view {
                View::Map => html! {
                    <div class="qe-body">
                        <MapView model={model.clone()} {lang} metric={metric.clone()}
                            selected={s.region.clone()} dispatch={dispatch.clone()} />
                        if let Some(id) = &s.region {
                            <Detail model={model.clone()} {lang} region={id.clone()}
                                dispatch={dispatch.clone()} reveal={*reveal.borrow()} />
                        } else {
                            <aside class="qe-detail is-empty">
                                <p>{ crate::i18n::t(lang, crate::i18n::Key::DetailPlaceholder) }</p>
                            </aside>
                        }
                    </div>
                },
                View::Table => html! {
                    <TableView model={model.clone()} {lang} dispatch={dispatch.clone()} />
                },
                View::Compare => {
                    let compare_hash = ViewState {
                        article: s.article.clone(),
                        topic: s.topic.clone(),
                        kind: s.kind.clone(),
                        mode: s.mode,
                        ..ViewState::default()
                    }
                    .to_hash();
                    let on_change = {
                        let dispatch = dispatch.clone();
                        Callback::from(move |h: String| {
                            let (next, _) = crate::components::compare_root::parse_state(&h);
                            dispatch.emit(Action::CompareState(next));
                        })
                    };
                    html! { <CompareHost {lang} hash={compare_hash} {on_change} /> }
                }
            };
            // The regional figures belong with the map and table, not under the articles.
            let context = s.view != View::Compare;
            html! {
                <>
                    <Header model={model.clone()} {lang} view={s.view} dispatch={dispatch.clone()} />
                    <ErrorBanner errors={(*errors).clone()} {lang} />
                    { main }
                    if context {
                        <National model={model.clone()} {lang} />
                    }
                    <Credits model={model.clone()} {lang} />
                </>
            }
        }
    };

    html! {
        <div class="qe" lang={lang.code()} ref={root} onkeydown={on_escape}>
            if matches!(*load, Load::Failed) {
                <ErrorBanner errors={(*errors).clone()} {lang} />
            }
            { body }
        </div>
    }
}
