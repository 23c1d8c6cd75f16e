//! The root of the lazily loaded comparison module: fetches the comparison data (index, and the
//! texts a language needs), keeps what it fetched, and draws the Compare view. It owns no view
//! state: every change goes up to the host app as a URL-hash fragment, and comes back as props.

use super::compare::CompareView;
use super::host::Host;
use crate::compare::kind::Kind;
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::Edition;
use crate::compare::validate::parse_index;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::view_state::{Action, Known, ViewState};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct CompareRootProps {
    pub lang: Lang,
    /// The compare part of the view state, as a URL hash (`#article=…&topic=…`).
    pub hash: String,
    /// Receives the next state's hash after a reader's change.
    pub on_change: Callback<String>,
    /// What the host page asked of the rendering (see `host::Host`).
    pub host: Host,
    /// Bumped by a kiosk reset (see `CompareProps::epoch`).
    pub epoch: u32,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Rc<CompareModel>, Rc<MovedIndex>),
    Failed(Vec<String>),
}

/// Fetches `name` from the comparison folder: beside this module, wherever the bundle is
/// served from (fetched once for all widgets on the page).
async fn fetch(name: &str) -> Result<String, String> {
    web::fetch_text(&web::module_url(name)).await
}

fn messages(es: Vec<crate::content::PackError>) -> Vec<String> {
    es.iter().map(|e| e.to_string()).collect()
}

/// The index and the texts `lang` needs; the moved-text index in the language diffs use.
async fn load(lang: Lang) -> Result<(CompareModel, MovedIndex), Vec<String>> {
    let index_json = fetch("index.json").await.map_err(|e| vec![e])?;
    let index = parse_index(&index_json).map_err(messages)?;
    let mut texts = Vec::new();
    for file in index.texts_for(lang) {
        let text = fetch(&file.file).await.map_err(|e| vec![e])?;
        texts.push((file.file.clone(), text));
    }
    let refs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let model = CompareModel::build(&index_json, &refs).map_err(messages)?;
    let diff_lang = lang
        .fallbacks()
        .into_iter()
        .find(|l| {
            model.languages(Edition::Old).contains(l) && model.languages(Edition::New).contains(l)
        })
        .unwrap_or(lang);
    let moved = MovedIndex::build(&model, diff_lang);
    Ok((model, moved))
}

pub fn parse_state(hash: &str) -> (ViewState, Vec<String>) {
    let known = Known {
        metrics: Vec::new(),
        regions: Vec::new(),
        kinds: Kind::ALL.iter().map(|k| k.code()).collect(),
    };
    ViewState::from_hash(hash, &known)
}

#[function_component(CompareRoot)]
pub fn compare_root(p: &CompareRootProps) -> Html {
    let lang = p.lang;
    let load_state = use_state(|| Load::Loading);
    let (state, _) = parse_state(&p.hash);

    {
        let load_state = load_state.clone();
        let on_change = p.on_change.clone();
        let hash = p.hash.clone();
        use_effect_with(lang, move |lang| {
            let lang = *lang;
            wasm_bindgen_futures::spawn_local(async move {
                match load(lang).await {
                    Ok((model, moved)) => {
                        // A linked article or topic this data does not have: warn, fall back.
                        let (mut s, _) = parse_state(&hash);
                        let before = s.clone();
                        if let Some(a) = s.article.as_deref().filter(|a| model.pair(a).is_none()) {
                            web::console_warn(&format!(
                                "Qazaq Explainer: unknown article {a:?}; showing the list"
                            ));
                            s.article = None;
                        }
                        let topics = &model.index().topics;
                        if let Some(tp) = s
                            .topic
                            .as_deref()
                            .filter(|tp| !topics.iter().any(|x| x.id == *tp))
                        {
                            web::console_warn(&format!(
                                "Qazaq Explainer: unknown topic {tp:?}; showing all topics"
                            ));
                            s.topic = None;
                        }
                        if s != before {
                            on_change.emit(s.to_hash());
                        }
                        load_state.set(Load::Ready(Rc::new(model), Rc::new(moved)));
                    }
                    Err(es) => {
                        for e in &es {
                            web::console_error(&format!("Qazaq Explainer: {e}"));
                        }
                        load_state.set(Load::Failed(es));
                    }
                }
            });
        });
    }

    let dispatch = {
        let on_change = p.on_change.clone();
        let state = state.clone();
        Callback::from(move |a: Action| on_change.emit(state.apply(a).to_hash()))
    };

    let view = match &*load_state {
        Load::Ready(model, moved) => html! {
            <CompareView model={model.clone()} moved={moved.clone()} {lang} epoch={p.epoch}
                article={state.article.clone()} topic={state.topic.clone()}
                kind={state.kind.clone()} mode={state.mode} {dispatch} />
        },
        Load::Failed(es) => html! {
            <div class="qe-error" role="alert">
                <p><strong>{ t(lang, Key::CompareError) }</strong></p>
                <ul class="qe-error-list" lang="en">
                    { for es.iter().take(20).map(|e| html! { <li><code>{ e }</code></li> }) }
                </ul>
            </div>
        },
        Load::Loading => html! {
            <div class="qe-loading" role="status">{ t(lang, Key::CompareLoading) }</div>
        },
    };
    html! {
        <ContextProvider<Host> context={p.host}>{ view }</ContextProvider<Host>>
    }
}
