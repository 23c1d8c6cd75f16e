//! The widget's content: the built-in pack, or a pack named by URL, fetched, checked and, on
//! any error, replaced by the built-in one with the errors kept to show.

use crate::content::{Geo, LoadError, Model};
use crate::web;
use std::rc::Rc;
use yew::prelude::*;

/// What the app knows about its content.
#[derive(Clone, PartialEq)]
pub enum Load {
    Loading,
    Ready(Rc<Model>),
    /// Not even the embedded pack is usable: a build bug, still shown as text.
    Failed,
}

/// A model to show, its warnings (a missing translation) logged for the editor.
pub fn ready(m: Model) -> Load {
    for w in &m.warnings {
        web::console_warn(&format!("Qazaq Explainer: {w}"));
    }
    Load::Ready(Rc::new(m))
}

fn embedded(errors: &mut Vec<LoadError>) -> Load {
    match Model::embedded() {
        Ok(m) => ready(m),
        Err(e) => {
            errors.push(LoadError::Pack(e));
            Load::Failed
        }
    }
}

/// The content and what became of loading it.
pub struct Content {
    pub load: UseStateHandle<Load>,
    /// Why the pack named by URL was not used (or why nothing is), for the banner.
    pub errors: UseStateHandle<Vec<LoadError>>,
    /// The text of a pack loaded by URL, which the map export draws from.
    pub pack_text: UseStateHandle<Option<Rc<str>>>,
}

/// The built-in pack at once, or the pack at `pack` (a URL) once fetched and checked.
#[hook]
pub fn use_content(pack: Option<String>) -> Content {
    let errors = use_state(Vec::<LoadError>::new);
    let load = {
        let errors = errors.clone();
        let has_url = pack.is_some();
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
    let pack_text = use_state(|| None::<Rc<str>>);

    // A pack named by URL: fetch, validate, and fall back to the embedded pack on any error.
    {
        let load = load.clone();
        let errors = errors.clone();
        let pack_text = pack_text.clone();
        use_effect_with(pack, move |url| {
            if let Some(url) = url.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match web::fetch(&url).await {
                        Ok(text) => Model::build(&text, Geo::embedded())
                            .map(|m| (m, text))
                            .map_err(LoadError::Pack),
                        Err(e) => Err(LoadError::Fetch(e)),
                    };
                    match result {
                        Ok((m, text)) => {
                            pack_text.set(Some(text.into()));
                            load.set(ready(m));
                        }
                        Err(e) => {
                            let mut all = vec![e];
                            let fallback = embedded(&mut all);
                            for line in all.iter().flat_map(LoadError::lines) {
                                web::console_error(&format!("Qazaq Explainer: {line}"));
                            }
                            errors.set(all);
                            load.set(fallback);
                        }
                    }
                });
            }
        });
    }
    Content {
        load,
        errors,
        pack_text,
    }
}
