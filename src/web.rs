//! The few browser calls the app needs, each failing softly: a widget on someone else's page
//! must never throw because a browser API is missing.

use crate::lang::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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

/// A query-string parameter of the page, e.g. `?data=…`.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
        .filter(|v| !v.is_empty())
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

/// Fetches a text resource; the error says what failed, for the widget and the console.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("could not fetch {url}: {}", js_message(&e)))?;
    let resp: web_sys::Response = resp
        .dyn_into()
        .map_err(|_| format!("could not fetch {url}: not a response"))?;
    if !resp.ok() {
        return Err(format!(
            "could not fetch {url}: HTTP {} {}",
            resp.status(),
            resp.status_text()
        ));
    }
    let text = resp
        .text()
        .map_err(|e| format!("could not read {url}: {}", js_message(&e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| format!("could not read {url}: {}", js_message(&e)))?;
    text.as_string()
        .ok_or_else(|| format!("could not read {url}: not text"))
}

fn js_message(v: &wasm_bindgen::JsValue) -> String {
    v.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| v.as_string())
        .unwrap_or_else(|| "network error".into())
}
