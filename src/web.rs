//! The few browser calls the app needs, each failing softly: a widget on someone else's page
//! must never throw because a browser API is missing.

use crate::lang::Lang;
use crate::net::{FetchError, DEADLINE_S};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// wasm-bindgen serves the file from `snippets/<crate>-<hash>/src/js/`, four folders below the
// module's own, which `resolve` climbs so that `import.meta.url` finds the bundle wherever a
// CDN put it. Fetches are shared by every widget on the page; a failed one is forgotten so that the
// next widget tries again. Every fetch and module load goes through `within`: a server that
// never answers, or trickles bytes, fails with a TimeoutError after `secs` instead of leaving
// the widget loading for ever.
#[wasm_bindgen(module = "/src/js/web.js")]
extern "C" {
    fn resolve(rel: &str) -> String;
    fn fetch_once(url: &str, secs: u32) -> js_sys::Promise;
    fn load_module(url: &str, secs: u32) -> js_sys::Promise;
}

// The ready event, and the error box a panic leaves in place of the widget (see `guard`).
#[wasm_bindgen(module = "/src/js/web.js")]
extern "C" {
    fn ready(el: &web_sys::Element);
    fn crashed(root: &web_sys::Element, title: &str, detail: &str, label: &str);
}

thread_local! {
    /// The elements this module's widgets are mounted in, for the panic hook.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// If this module ever panics, its widgets (every one mounted in an element passed here) are
/// replaced by a readable error and a reload button instead of freezing, and the panic is
/// logged. A panic stops the whole wasm instance, so the message and the button are plain DOM
/// and JS, which keep working after it.
pub fn guard(root: &web_sys::Element) {
    ROOTS.with(|r| {
        let mut r = r.borrow_mut();
        if r.is_empty() {
            // Through Yew, which otherwise puts its own hook in place when an app renders.
            yew::set_custom_panic_hook(Box::new(on_panic));
        }
        r.push(root.clone());
    });
}

/// Forgets `root` (its widget was destroyed).
pub fn unguard(root: &web_sys::Element) {
    ROOTS.with(|r| r.borrow_mut().retain(|e| e != root));
}

fn on_panic(info: &std::panic::PanicHookInfo) {
    let detail = info.to_string();
    console_error(&format!("Qazaq Explainer: internal error: {detail}"));
    let _ = ROOTS.try_with(|r| {
        let Ok(roots) = r.try_borrow() else { return };
        for root in roots.iter() {
            let lang = root
                .query_selector(".qe")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|l| Lang::parse(&l))
                .unwrap_or(Lang::Kk);
            crashed(
                root,
                crate::i18n::t(lang, crate::i18n::Key::CrashTitle),
                &detail,
                crate::i18n::t(lang, crate::i18n::Key::CrashReload),
            );
        }
    });
}

pub fn console_warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

pub fn console_error(msg: &str) {
    web_sys::console::error_1(&msg.into());
}

pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the hash without adding a history entry or scrolling.
pub fn replace_hash(hash: &str) {
    let Some(w) = web_sys::window() else { return };
    if location_hash() == hash || (hash.is_empty() && location_hash() == "#") {
        return;
    }
    let loc = w.location();
    let base = format!(
        "{}{}",
        loc.pathname().unwrap_or_default(),
        loc.search().unwrap_or_default()
    );
    let url = if hash.is_empty() {
        base
    } else {
        format!("{base}{hash}")
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The page's `<html lang>`, if it names one of our languages.
pub fn page_lang() -> Option<Lang> {
    let el = web_sys::window()?.document()?.document_element()?;
    Lang::parse(&el.get_attribute("lang")?)
}

/// Moves keyboard focus to the map control of unit `id` inside `root` (an SVG element).
pub fn focus_unit(root: &web_sys::Element, id: &str) {
    let el = root
        .query_selector(&format!("[data-focus=\"{id}\"]"))
        .ok()
        .flatten();
    if let Some(el) = el.as_ref().and_then(|e| e.dyn_ref::<web_sys::SvgElement>()) {
        let _ = el.focus();
    }
}

pub fn performance_mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Fetches a text resource, once per URL for all widgets on the page, within
/// [`DEADLINE_S`]; the error says what failed, for the widget and the console.
pub async fn fetch(url: &str) -> Result<String, FetchError> {
    let text = JsFuture::from(fetch_once(url, DEADLINE_S))
        .await
        .map_err(|e| fetch_error(url, &e))?;
    text.as_string().ok_or_else(|| FetchError::Failed {
        url: url.to_string(),
        reason: "not text".into(),
    })
}

/// [`fetch`] with its error as English text.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    fetch(url).await.map_err(|e| e.to_string())
}

/// Imports the on-demand module at `url` and starts its wasm, within [`DEADLINE_S`]; gives the
/// module's exports.
pub async fn import_module(url: &str) -> Result<JsValue, FetchError> {
    JsFuture::from(load_module(url, DEADLINE_S))
        .await
        .map_err(|e| fetch_error(url, &e))
}

fn fetch_error(url: &str, e: &JsValue) -> FetchError {
    let timed_out = e
        .dyn_ref::<js_sys::Error>()
        .is_some_and(|e| e.name() == "TimeoutError");
    if timed_out {
        FetchError::Late {
            url: url.to_string(),
            secs: DEADLINE_S,
        }
    } else {
        FetchError::Failed {
            url: url.to_string(),
            reason: js_message(e),
        }
    }
}

/// `rel` resolved against this module's folder (where its bundle lives, wherever that is),
/// not against the host page.
pub fn module_url(rel: &str) -> String {
    resolve(rel)
}

pub fn js_message(v: &wasm_bindgen::JsValue) -> String {
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "network error".into())
}

/// Announces to the host page that the widget inside `el` has drawn its content.
pub fn dispatch_ready(el: &web_sys::Element) {
    ready(el);
}

// The map's rendered size and font size, which set its labels' type in screen pixels: read at
// once, so the labels come with the map's first frame (a ResizeObserver reports only at the
// next rendering, and the build's first view is replaced only once they are drawn), then on
// every change (without a ResizeObserver, in an old browser, only that once).
#[wasm_bindgen(module = "/src/js/web.js")]
extern "C" {
    fn observe_width(el: &web_sys::Element, cb: &Closure<dyn FnMut(f64, f64, f64)>) -> JsValue;
    fn unobserve(ro: &JsValue);
}

/// Calls back with an element's width, height and font size in CSS pixels now and whenever
/// its size changes, until dropped.
pub struct SizeWatch {
    observer: JsValue,
    _callback: Closure<dyn FnMut(f64, f64, f64)>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        unobserve(&self.observer);
    }
}

pub fn watch_size(el: &web_sys::Element, f: impl FnMut(f64, f64, f64) + 'static) -> SizeWatch {
    let callback = Closure::<dyn FnMut(f64, f64, f64)>::new(f);
    SizeWatch {
        observer: observe_width(el, &callback),
        _callback: callback,
    }
}
