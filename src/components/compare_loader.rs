//! Where the Compare view goes in the widget: loads the extras module (its own wasm, fetched
//! the first time this view opens), mounts it here, and relays state both ways.

use super::embedding::Embedding;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::net::FetchError;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

// Calls into the module stay in JS: doing them through Reflect from Rust costs the first
// view's wasm more bytes than these few lines. The module (loaded by `web::import_module`,
// within its deadline) also holds kiosk mode.
#[wasm_bindgen(module = "/src/js/mount.js")]
extern "C" {
    fn mount_compare(
        module: &JsValue,
        el: web_sys::Element,
        lang: &str,
        hash: &str,
        heading: u8,
        kiosk: bool,
        on_change: &Closure<dyn Fn(String)>,
        pack: Option<String>,
    ) -> JsValue;
    fn update_compare(handle: &JsValue, lang: &str, hash: &str, epoch: u32);
    fn destroy_compare(handle: &JsValue);
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn mount_kiosk(
        module: &JsValue,
        el: web_sys::Element,
        root: web_sys::Element,
        lang: &str,
        idle: u32,
        regions: Vec<String>,
        captions: Vec<String>,
        title: String,
        hash: String,
        articles: bool,
        on_step: &Closure<dyn Fn(String)>,
        on_reset: &Closure<dyn Fn()>,
    ) -> JsValue;
    pub(crate) fn update_kiosk(
        handle: &JsValue,
        lang: &str,
        captions: Vec<String>,
        title: String,
        hash: String,
    );
    pub(crate) fn destroy_kiosk(handle: &JsValue);
}

/// The extras module (the Compare view and kiosk mode), relative to this module (see
/// `web::module_url`).
pub(crate) const MODULE: &str = "extras/qazaq-extras.js";

/// An on-demand module with a view of its own: its script and styles (relative to this
/// module), the class of the element it mounts into, and what the reader reads while it loads
/// and if it fails. Referendum day's time control mounts through the same host as the
/// comparison (same calls, a state in a hash each way), which spares the first view a second
/// host's bytes.
#[derive(Clone, Copy, PartialEq)]
pub struct Module {
    pub script: &'static str,
    pub styles: &'static str,
    pub class: &'static str,
    pub loading: Key,
    pub failed: Key,
}

impl Module {
    pub const COMPARE: Module = Module {
        script: MODULE,
        styles: "compare/compare.css",
        class: "qe-compare-host",
        loading: Key::CompareLoading,
        failed: Key::CompareError,
    };
    /// src/bin/day.rs: its hash is `metric=…&time=HH:MM`; it answers `HH:MM pack-json`.
    pub const DAY: Module = Module {
        script: "day/qazaq-day.js",
        styles: "day/day.css",
        class: "qe-day",
        loading: Key::Loading,
        failed: Key::DayError,
    };
}

#[derive(Properties, PartialEq)]
pub struct CompareLoaderProps {
    pub lang: Lang,
    /// The compare part of the view state, as a URL hash.
    pub hash: String,
    /// Receives the module's next state, as a URL hash.
    pub on_change: Callback<String>,
    /// What the host page asked of the rendering (see `embedding::Embedding`).
    pub embedding: Embedding,
    /// Bumped by a kiosk reset: the view clears its search.
    pub epoch: u32,
    #[prop_or(Module::COMPARE)]
    pub module: Module,
    /// The pack the widget shows when it came by URL (the day module reads its figures at
    /// each time from it); none for the built-in one.
    #[prop_or_default]
    pub pack: Option<Rc<str>>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(FetchError),
}

/// The mounted module and the JS callback it holds (kept alive with it).
struct Mounted {
    handle: JsValue,
    _callback: Closure<dyn Fn(String)>,
}

async fn load_and_mount(
    script: &str,
    el: web_sys::Element,
    lang: Lang,
    hash: String,
    embedding: Embedding,
    on_change: Callback<String>,
    pack: Option<Rc<str>>,
) -> Result<Mounted, FetchError> {
    let module = crate::web::import_module(&crate::web::module_url(script)).await?;
    let callback = Closure::<dyn Fn(String)>::new(move |h: String| on_change.emit(h));
    let handle = mount_compare(
        &module,
        el,
        lang.code(),
        &hash,
        embedding.heading,
        embedding.kiosk,
        &callback,
        pack.map(|p| p.to_string()),
    );
    Ok(Mounted {
        handle,
        _callback: callback,
    })
}

#[function_component(CompareLoader)]
pub fn compare_loader(p: &CompareLoaderProps) -> Html {
    let container = use_node_ref();
    let status = use_state(|| Status::Loading);
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);
    // The latest props, for the module once it has loaded (they may change meanwhile).
    let latest = use_mut_ref(|| (p.lang, p.hash.clone(), p.epoch));
    *latest.borrow_mut() = (p.lang, p.hash.clone(), p.epoch);

    // Load and mount once; unmount when the view closes.
    {
        let container = container.clone();
        let status = status.clone();
        let mounted = mounted.clone();
        let latest = latest.clone();
        let (lang, hash, embedding, on_change) =
            (p.lang, p.hash.clone(), p.embedding, p.on_change.clone());
        let (module, pack) = (p.module, p.pack.clone());
        use_effect_with((), move |_| {
            // The view may close while the module loads: then what it mounts goes at once.
            let open = Rc::new(Cell::new(true));
            if let Some(el) = container.cast::<web_sys::Element>() {
                let (mounted, open) = (mounted.clone(), open.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match load_and_mount(module.script, el, lang, hash, embedding, on_change, pack)
                        .await
                    {
                        Ok(m) if !open.get() => destroy_compare(&m.handle),
                        Ok(m) => {
                            let (lang, hash, epoch) = latest.borrow().clone();
                            update_compare(&m.handle, lang.code(), &hash, epoch);
                            *mounted.borrow_mut() = Some(m);
                            status.set(Status::Ready);
                        }
                        Err(e) => {
                            crate::web::console_error(&format!(
                                "Qazaq Explainer: could not load {}: {e}",
                                module.script
                            ));
                            status.set(Status::Failed(e));
                        }
                    }
                });
            }
            move || {
                open.set(false);
                if let Some(m) = mounted.borrow_mut().take() {
                    destroy_compare(&m.handle);
                }
            }
        });
    }

    // Pass new language or state down.
    {
        let mounted = mounted.clone();
        use_effect_with(
            (p.lang, p.hash.clone(), p.epoch),
            move |(lang, hash, epoch)| {
                if let Some(m) = mounted.borrow().as_ref() {
                    update_compare(&m.handle, lang.code(), hash, *epoch);
                }
            },
        );
    }

    html! {
        <>
            <link rel="stylesheet" href={crate::web::module_url(p.module.styles)} />
            { match &*status {
                Status::Loading => html! {
                    <div class="qe-loading" role="status">{ t(p.lang, p.module.loading) }</div>
                },
                Status::Failed(e) => html! {
                    <div class="qe-error" role="alert">
                        <p><strong>{ t(p.lang, p.module.failed) }</strong></p>
                        if let Some(m) = e.message(p.lang) {
                            <p>{ m }</p>
                        }
                        <p lang="en"><code>{ e.to_string() }</code></p>
                    </div>
                },
                Status::Ready => html! {},
            } }
            <div ref={container} class={p.module.class}></div>
        </>
    }
}
