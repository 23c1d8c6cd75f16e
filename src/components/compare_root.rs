//! The root of the lazily loaded comparison module: fetches the comparison data (index, and the
//! texts the reader's texts language needs, when it is chosen), keeps what it fetched, and
//! draws the Compare view. It owns no view state: every change goes up to the host app as a
//! URL-hash fragment, and comes back as props.

use super::compare::pair_notes::Reasons;
use super::compare::texts_lang::{TextsChoice, TextsFailure, TextsLang};
use super::compare::CompareView;
use super::embedding::Embedding;
use crate::compare::languages;
use crate::compare::model::CompareModel;
use crate::compare::moved::MovedIndex;
use crate::compare::pack::Edition;
use crate::compare::validate::{parse_index, parse_reasons};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::net::FetchError;
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
    /// What the host page asked of the rendering (see `embedding::Embedding`).
    pub embedding: Embedding,
    /// Bumped by a kiosk reset (see `CompareProps::epoch`).
    pub epoch: u32,
}

/// The comparison loaded for one texts language.
#[derive(Clone, PartialEq)]
struct Loaded {
    texts: Lang,
    offered: Vec<Lang>,
    model: Rc<CompareModel>,
    moved: Rc<MovedIndex>,
}

/// Why the texts asked for are not on screen.
#[derive(Clone, PartialEq)]
enum Problem {
    /// The index, or the data as a whole: nothing to show. The failed fetch, if that was it,
    /// for its sentence in the reader's language; the details in English.
    Fatal(Option<FetchError>, Vec<String>),
    /// One language's texts: the rest of the view still works.
    Texts(TextsFailure, Vec<Lang>),
}

/// `name` in the comparison data's folder, `compare/`, beside this module's `extras/` wherever
/// the bundle is served from.
pub(crate) fn data_url(name: &str) -> String {
    web::module_url(&format!("../compare/{name}"))
}

/// Fetches `name` from the comparison data (once for all widgets on the page).
async fn fetch(name: &str) -> Result<String, FetchError> {
    web::fetch(&data_url(name)).await
}

fn messages(es: Vec<crate::content::PackError>) -> Vec<String> {
    es.iter().map(|e| e.to_string()).collect()
}

/// The index and the texts `texts` needs; the moved-text index in the language diffs use.
/// A texts file that cannot be fetched or read is a [`Problem::Texts`] of its language.
async fn load(texts: Lang, interface: Lang) -> Result<Loaded, Problem> {
    let index_json = fetch("index.json")
        .await
        .map_err(|e| Problem::Fatal(Some(e.clone()), vec![e.to_string()]))?;
    let index = parse_index(&index_json).map_err(|e| Problem::Fatal(None, messages(e)))?;
    let offered: Vec<Lang> = Lang::ALL
        .into_iter()
        .filter(|l| index.texts.iter().any(|f| f.language == *l))
        .collect();
    let failed = |lang: Lang, message: String, fetch: Option<FetchError>| {
        Problem::Texts(
            TextsFailure {
                lang,
                message,
                fetch,
                fallback: languages::fallback(&index, texts, lang, interface),
            },
            offered.clone(),
        )
    };
    let mut files = Vec::new();
    for file in index.texts_for(texts) {
        let text = fetch(&file.file)
            .await
            .map_err(|e| failed(file.language, e.to_string(), Some(e)))?;
        files.push((file, text));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(f, t)| (f.file.as_str(), t.as_str()))
        .collect();
    let model = CompareModel::build(&index_json, &refs).map_err(|es| {
        // Errors in one texts file (their path starts with its name) are that language's.
        let culprit = files
            .iter()
            .find(|(f, _)| es.iter().all(|e| e.file.as_ref() == Some(&f.file)));
        match culprit {
            Some((f, _)) => {
                let list: Vec<String> = es.iter().take(3).map(|e| e.to_string()).collect();
                failed(f.language, list.join("; "), None)
            }
            None => Problem::Fatal(None, messages(es)),
        }
    })?;
    let diff_lang = texts
        .fallbacks()
        .into_iter()
        .find(|l| {
            model.languages(Edition::Old).contains(l) && model.languages(Edition::New).contains(l)
        })
        .unwrap_or(texts);
    let moved = MovedIndex::build(&model, diff_lang);
    Ok(Loaded {
        texts,
        offered,
        model: Rc::new(model),
        moved: Rc::new(moved),
    })
}

pub fn parse_state(hash: &str) -> (ViewState, Vec<String>) {
    let known = Known {
        metrics: Vec::new(),
        regions: Vec::new(),
    };
    ViewState::from_hash(hash, &known)
}

#[function_component(CompareRoot)]
pub fn compare_root(p: &CompareRootProps) -> Html {
    let lang = p.lang;
    let (state, _) = parse_state(&p.hash);
    let wanted = state.compare.texts.unwrap_or(lang);
    // The last comparison that loaded stays on screen while another language's texts load,
    // or fail to: the reader keeps their place and search.
    let loaded = use_state(|| None::<Loaded>);
    let problem = use_state(|| None::<Problem>);
    let retries = use_state(|| 0u32);
    // Only the latest load is drawn, however the earlier ones finish.
    let latest = use_mut_ref(|| 0u32);

    {
        let (loaded, problem) = (loaded.clone(), problem.clone());
        let on_change = p.on_change.clone();
        let hash = p.hash.clone();
        use_effect_with((wanted, *retries), move |(wanted, _)| {
            let wanted = *wanted;
            let ticket = {
                let mut n = latest.borrow_mut();
                *n += 1;
                *n
            };
            problem.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let result = load(wanted, lang).await;
                if *latest.borrow() != ticket {
                    return;
                }
                match result {
                    Ok(l) => {
                        // A linked article or topic this data does not have: warn, fall back.
                        let (mut s, _) = parse_state(&hash);
                        let before = s.clone();
                        let model = &l.model;
                        if let Some(a) = s
                            .compare
                            .article
                            .as_deref()
                            .filter(|a| model.pair(a).is_none())
                        {
                            web::console_warn(&format!(
                                "Qazaq Explainer: unknown article {a:?}; showing the list"
                            ));
                            s.compare.article = None;
                        }
                        let topics = &model.index().topics;
                        if let Some(tp) = s
                            .compare
                            .topic
                            .as_deref()
                            .filter(|tp| !topics.iter().any(|x| x.id == *tp))
                        {
                            web::console_warn(&format!(
                                "Qazaq Explainer: unknown topic {tp:?}; showing all topics"
                            ));
                            s.compare.topic = None;
                        }
                        if s != before {
                            on_change.emit(s.to_hash());
                        }
                        loaded.set(Some(l));
                    }
                    Err(Problem::Fatal(fetch, es)) => {
                        for e in &es {
                            web::console_error(&format!("Qazaq Explainer: {e}"));
                        }
                        problem.set(Some(Problem::Fatal(fetch, es)));
                    }
                    Err(Problem::Texts(f, offered)) => {
                        web::console_error(&format!(
                            "Qazaq Explainer: the {} texts could not be loaded: {}",
                            f.lang.code(),
                            f.message
                        ));
                        problem.set(Some(Problem::Texts(f, offered)));
                    }
                }
            });
        });
    }

    // The reviewers' reasons are read only in an open pair: fetched when one first opens (or
    // again after a failure, when the next one does), not with the list.
    let reasons = use_state(|| Reasons::Loading);
    let reasons_file = loaded
        .as_ref()
        .map(|l| (l.model.clone(), l.model.index().reasons.clone()));
    {
        let reasons = reasons.clone();
        let open = state.compare.article.is_some();
        use_effect_with((open, reasons_file), move |(open, file)| match file {
            Some((_, None)) => reasons.set(Reasons::Absent),
            Some((model, Some(name)))
                if *open && matches!(*reasons, Reasons::Loading | Reasons::Failed) =>
            {
                let (model, name) = (model.clone(), name.clone());
                reasons.set(Reasons::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    let parsed = fetch(&name)
                        .await
                        .map_err(|e| vec![e.to_string()])
                        .and_then(|json| parse_reasons(&json, model.index()).map_err(messages));
                    match parsed {
                        Ok(r) => reasons.set(Reasons::Ready(Rc::new(r))),
                        Err(es) => {
                            for e in &es {
                                web::console_error(&format!("Qazaq Explainer: {name}: {e}"));
                            }
                            reasons.set(Reasons::Failed);
                        }
                    }
                });
            }
            _ => {}
        });
    }

    let dispatch = {
        let on_change = p.on_change.clone();
        let state = state.clone();
        Callback::from(move |a: Action| on_change.emit(state.apply(a).to_hash()))
    };
    let failure = match &*problem {
        Some(Problem::Texts(f, offered)) => Some((f.clone(), offered.clone())),
        _ => None,
    };
    let choice = |offered: Vec<Lang>| TextsChoice {
        wanted,
        shown: loaded.as_ref().map(|l| l.texts),
        offered,
        failure: failure.as_ref().map(|(f, _)| f.clone()),
        retry: {
            let retries = retries.clone();
            Callback::from(move |()| retries.set(*retries + 1))
        },
    };

    let view = match (&*loaded, &*problem) {
        (_, Some(Problem::Fatal(fetch, es))) => html! {
            <div class="qe-error" role="alert">
                <p><strong>{ t(lang, Key::CompareError) }</strong></p>
                if let Some(m) = fetch.as_ref().and_then(|e| e.message(lang)) {
                    <p>{ m }</p>
                }
                <ul class="qe-error-list" lang="en">
                    { for es.iter().take(20).map(|e| html! { <li><code>{ e }</code></li> }) }
                </ul>
            </div>
        },
        (Some(l), _) => html! {
            <CompareView model={l.model.clone()} moved={l.moved.clone()} {lang} epoch={p.epoch}
                texts={choice(l.offered.clone())} reasons={(*reasons).clone()}
                article={state.compare.article.clone()} topic={state.compare.topic.clone()}
                kind={state.compare.kind} mode={state.compare.mode} {dispatch} />
        },
        // Nothing loaded yet, and the texts failed: the switch, to choose another language.
        (None, Some(Problem::Texts(_, offered))) => html! {
            <section class="qe-compare" aria-label={t(lang, Key::TabCompare)}>
                <TextsLang {lang} choice={choice(offered.clone())} {dispatch} />
            </section>
        },
        (None, None) => html! {
            <div class="qe-loading" role="status">{ t(lang, Key::CompareLoading) }</div>
        },
    };
    html! {
        <ContextProvider<Embedding> context={p.embedding}>{ view }</ContextProvider<Embedding>>
    }
}
