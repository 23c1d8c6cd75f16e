//! Kiosk mode in the widget: loads the on-demand module that runs the idle clock and the
//! attract loop (`kiosk`), mounts it inside the widget, and turns its steps into view states.
//! Widgets that are not kiosks never load any of it.

use super::compare_loader::{destroy_kiosk, mount_kiosk, update_kiosk, MODULE};
use crate::content::Model;
use crate::kiosk::{region_caption, regions, state_for, Step};
use crate::lang::Lang;
use crate::view_state::{Action, ViewState};
use crate::web;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KioskLoaderProps {
    pub model: Rc<Model>,
    pub lang: Lang,
    /// Seconds without a touch before "Still there?".
    pub idle: u32,
    /// The state a reset returns to.
    pub start: ViewState,
    /// Whether the loop may show article changes (the embed shows the comparison).
    pub articles: bool,
    pub dispatch: Callback<Action>,
    /// The widget's root.
    pub root: NodeRef,
    /// Called at each reset, for what the view state does not hold (the search text).
    pub on_reset: Callback<()>,
    /// The view on screen as a URL hash with its language, for the kiosk's QR code.
    pub hash: String,
}

/// The loop's units, and their captions and the map's in `lang`, for the kiosk module.
fn captions(model: &Model, units: &[String], lang: Lang) -> (Vec<String>, String) {
    let captions = units
        .iter()
        .map(|id| region_caption(model, id, lang).unwrap_or_default().code())
        .collect();
    (captions, model.pack.title.text(lang).to_string())
}

/// The mounted kiosk and the callbacks it holds (kept alive with it).
struct Mounted {
    handle: JsValue,
    _on_step: Closure<dyn Fn(String)>,
    _on_reset: Closure<dyn Fn()>,
}

#[function_component(KioskLoader)]
pub fn kiosk_loader(p: &KioskLoaderProps) -> Html {
    let slot = use_node_ref();
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);
    // The latest start and callbacks, for steps that come long after mounting.
    let latest = use_mut_ref(|| (p.start.clone(), p.dispatch.clone(), p.on_reset.clone()));
    *latest.borrow_mut() = (p.start.clone(), p.dispatch.clone(), p.on_reset.clone());
    // The latest language and view, for a module that finishes loading after they changed.
    let shown = use_mut_ref(|| (p.lang, p.hash.clone()));
    *shown.borrow_mut() = (p.lang, p.hash.clone());

    {
        let (slot, root, mounted, latest) = (slot.clone(), p.root.clone(), mounted.clone(), latest);
        let (shown, model) = (shown, p.model.clone());
        let (lang, idle, articles, hash) = (p.lang, p.idle, p.articles, p.hash.clone());
        let units = regions(&p.model);
        let (texts, title) = captions(&p.model, &units, lang);
        use_effect_with((), move |_| {
            let open = Rc::new(std::cell::Cell::new(true));
            if let (Some(el), Some(root)) = (
                slot.cast::<web_sys::Element>(),
                root.cast::<web_sys::Element>(),
            ) {
                let (mounted, open) = (mounted.clone(), open.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let on_step = {
                        let latest = latest.clone();
                        Closure::<dyn Fn(String)>::new(move |code: String| {
                            if let Some(step) = Step::parse(&code) {
                                let (start, dispatch, _) = latest.borrow().clone();
                                dispatch.emit(Action::Replace(state_for(&step, &start)));
                            }
                        })
                    };
                    let on_reset = Closure::<dyn Fn()>::new(move || latest.borrow().2.emit(()));
                    let url = web::module_url(MODULE);
                    let made = web::import_module(&url).await.map(|module| {
                        mount_kiosk(
                            &module,
                            el,
                            root,
                            lang.code(),
                            idle,
                            units,
                            texts,
                            title,
                            hash,
                            articles,
                            &on_step,
                            &on_reset,
                        )
                    });
                    match made {
                        Ok(handle) if !open.get() => destroy_kiosk(&handle),
                        Ok(handle) => {
                            let (lang, hash) = shown.borrow().clone();
                            let (texts, title) = captions(&model, &regions(&model), lang);
                            update_kiosk(&handle, lang.code(), texts, title, hash);
                            *mounted.borrow_mut() = Some(Mounted {
                                handle,
                                _on_step: on_step,
                                _on_reset: on_reset,
                            })
                        }
                        Err(e) => web::console_error(&format!(
                            "Qazaq Explainer: could not load kiosk mode: {e}"
                        )),
                    }
                });
            }
            move || {
                open.set(false);
                if let Some(m) = mounted.borrow_mut().take() {
                    destroy_kiosk(&m.handle);
                }
            }
        });
    }
    {
        let (mounted, model) = (mounted.clone(), p.model.clone());
        use_effect_with((p.lang, p.hash.clone()), move |(lang, hash)| {
            if let Some(m) = mounted.borrow().as_ref() {
                let (texts, title) = captions(&model, &regions(&model), *lang);
                update_kiosk(&m.handle, lang.code(), texts, title, hash.clone());
            }
        });
    }
    html! { <div class="qe-kiosk-slot" ref={slot}></div> }
}
