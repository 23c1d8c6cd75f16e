//! Where the Compare view goes in the widget: loads the comparison module (its own wasm, fetched
//! the first time this view opens), mounts it here, and relays state both ways.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

// Module loading and calls stay in JS: doing them through Reflect from Rust costs the first
// view's wasm more bytes than these few lines.
#[wasm_bindgen(inline_js = "
export async function mount_compare(url, el, lang, hash, heading, on_change) {
  const m = await import(url);
  await m.default();
  return m.mount(el, lang, hash, heading, on_change);
}
export function update_compare(h, lang, hash) { h.update(lang, hash); }
export function destroy_compare(h) { h.destroy(); }
")]
extern "C" {
    #[wasm_bindgen(catch)]
    async fn mount_compare(
        url: &str,
        el: web_sys::Element,
        lang: &str,
        hash: &str,
        heading: u8,
        on_change: &Closure<dyn Fn(String)>,
    ) -> Result<JsValue, JsValue>;
    fn update_compare(handle: &JsValue, lang: &str, hash: &str);
    fn destroy_compare(handle: &JsValue);
}

/// The module's script and styles, relative to this module (see `web::module_url`).
const MODULE: &str = "compare/qazaq-compare.js";
const STYLES: &str = "compare/compare.css";

#[derive(Properties, PartialEq)]
pub struct CompareHostProps {
    pub lang: Lang,
    /// The compare part of the view state, as a URL hash.
    pub hash: String,
    /// Receives the module's next state, as a URL hash.
    pub on_change: Callback<String>,
    /// The level of the widget's title (see `heading::Outline`).
    pub heading: u8,
}

#[derive(Clone, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(String),
}

/// The mounted module and the JS callback it holds (kept alive with it).
struct Mounted {
    handle: JsValue,
    _callback: Closure<dyn Fn(String)>,
}

async fn load_and_mount(
    el: web_sys::Element,
    lang: Lang,
    hash: String,
    heading: u8,
    on_change: Callback<String>,
) -> Result<Mounted, String> {
    let callback = Closure::<dyn Fn(String)>::new(move |h: String| on_change.emit(h));
    let url = crate::web::module_url(MODULE);
    let handle = mount_compare(&url, el, lang.code(), &hash, heading, &callback)
        .await
        .map_err(|e| {
            let msg = e
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
                .or_else(|| e.as_string())
                .unwrap_or_else(|| "unknown error".into());
            format!("could not load the comparison module {url}: {msg}")
        })?;
    Ok(Mounted {
        handle,
        _callback: callback,
    })
}

#[function_component(CompareHost)]
pub fn compare_host(p: &CompareHostProps) -> Html {
    let container = use_node_ref();
    let status = use_state(|| Status::Loading);
    let mounted: Rc<RefCell<Option<Mounted>>> = use_mut_ref(|| None);

    // Load and mount once; unmount when the view closes.
    {
        let container = container.clone();
        let status = status.clone();
        let mounted = mounted.clone();
        let (lang, hash, heading, on_change) =
            (p.lang, p.hash.clone(), p.heading, p.on_change.clone());
        use_effect_with((), move |_| {
            if let Some(el) = container.cast::<web_sys::Element>() {
                let mounted = mounted.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match load_and_mount(el, lang, hash, heading, on_change).await {
                        Ok(m) => {
                            *mounted.borrow_mut() = Some(m);
                            status.set(Status::Ready);
                        }
                        Err(e) => {
                            crate::web::console_error(&format!("Qazaq Explainer: {e}"));
                            status.set(Status::Failed(e));
                        }
                    }
                });
            }
            move || {
                if let Some(m) = mounted.borrow_mut().take() {
                    destroy_compare(&m.handle);
                }
            }
        });
    }

    // Pass new language or state down.
    {
        let mounted = mounted.clone();
        use_effect_with((p.lang, p.hash.clone()), move |(lang, hash)| {
            if let Some(m) = mounted.borrow().as_ref() {
                update_compare(&m.handle, lang.code(), hash);
            }
        });
    }

    html! {
        <>
            <link rel="stylesheet" href={crate::web::module_url(STYLES)} />
            { match &*status {
                Status::Loading => html! {
                    <div class="qe-loading" role="status">{ t(p.lang, Key::CompareLoading) }</div>
                },
                Status::Failed(e) => html! {
                    <div class="qe-error" role="alert">
                        <p><strong>{ t(p.lang, Key::CompareError) }</strong></p>
                        <p lang="en"><code>{ e }</code></p>
                    </div>
                },
                Status::Ready => html! {},
            } }
            <div ref={container} class="qe-compare-host"></div>
        </>
    }
}
