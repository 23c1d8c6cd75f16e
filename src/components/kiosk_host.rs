//! Kiosk mode in the widget: loads the on-demand module that runs the idle clock and the
//! attract loop (`kiosk`), mounts it inside the widget, and turns its steps into view states.
//! Widgets that are not kiosks never load any of it.

use super::compare_host::{destroy_kiosk, mount_kiosk, update_kiosk, MODULE};
use crate::content::Model;
use crate::kiosk::{regions, state_for, Step};
use crate::lang::Lang;
use crate::view_state::{Action, ViewState};
use crate::web;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KioskHostProps {
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
}

/// The mounted kiosk and the callbacks it holds (kept alive with it).
struct Mounted {
    handle: JsValue,
    _on_step: Closure<dyn Fn(String)>,
    _on_reset: Closure<dyn Fn()>,
}

#[function_component(KioskHost)]
pub fn kiosk_host(p: &KioskHostProps) -> Html {
    let slot = use_node_ref();
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);
    // The latest start and callbacks, for steps that come long after mounting.
    let latest = use_mut_ref(|| (p.start.clone(), p.dispatch.clone(), p.on_reset.clone()));
    *latest.borrow_mut() = (p.start.clone(), p.dispatch.clone(), p.on_reset.clone());

    {
        let (slot, root, mounted, latest) = (slot.clone(), p.root.clone(), mounted.clone(), latest);
        let (lang, idle, articles) = (p.lang, p.idle, p.articles);
        let units = regions(&p.model);
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
                    let made = mount_kiosk(
                        &url,
                        el,
                        root,
                        lang.code(),
                        idle,
                        units,
                        articles,
                        &on_step,
                        &on_reset,
                    )
                    .await;
                    match made {
                        Ok(handle) if !open.get() => destroy_kiosk(&handle),
                        Ok(handle) => {
                            *mounted.borrow_mut() = Some(Mounted {
                                handle,
                                _on_step: on_step,
                                _on_reset: on_reset,
                            })
                        }
                        Err(e) => web::console_error(&format!(
                            "Qazaq Explainer: could not load kiosk mode from {url}: {}",
                            web::js_message(&e)
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
        let mounted = mounted.clone();
        use_effect_with(p.lang, move |lang| {
            if let Some(m) = mounted.borrow().as_ref() {
                update_kiosk(&m.handle, lang.code());
            }
        });
    }
    html! { <div class="qe-kiosk-slot" ref={slot}></div> }
}
