//! The few browser calls the app needs, each failing softly: a widget on someone else's page
//! must never throw because a browser API is missing.

use crate::lang::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

// Snippets sit two folders below the module's own (`snippets/<crate>-<hash>/`), so
// `import.meta.url` finds the bundle wherever a CDN put it. Fetches are shared by every widget
// on the page; a failed one is forgotten so that the next widget tries again.
#[wasm_bindgen(inline_js = "
const base = new URL('../../', import.meta.url);
export function resolve(rel) { return new URL(rel, base).href; }
const texts = new Map();
export function fetch_once(url) {
  let p = texts.get(url);
  if (!p) {
    p = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} ${r.statusText}`.trim());
      return r.text();
    });
    p.catch(() => texts.delete(url));
    texts.set(url, p);
  }
  return p;
}
export function ready(el) {
  el.dispatchEvent(new CustomEvent('qazaq-explainer:ready', { bubbles: true, composed: true }));
}
")]
extern "C" {
    fn resolve(rel: &str) -> String;
    fn fetch_once(url: &str) -> js_sys::Promise;
    fn ready(el: &web_sys::Element);
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

/// Fetches a text resource, once per URL for all widgets on the page; the error says what
/// failed, for the widget and the console.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let text = JsFuture::from(fetch_once(url))
        .await
        .map_err(|e| format!("could not fetch {url}: {}", js_message(&e)))?;
    text.as_string()
        .ok_or_else(|| format!("could not read {url}: not text"))
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
