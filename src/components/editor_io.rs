//! The browser calls of the editor page: its saved work in local storage, files picked,
//! dropped and downloaded, the pack handed to the preview, and a question before work is lost.
//! Each fails softly: a browser that refuses storage still edits. Through `web_sys` rather
//! than a JS snippet: the widget's module would carry a snippet of the crate, used or not.

use wasm_bindgen::{JsCast, JsValue};

/// Where the editor keeps its unsaved work: the pack it started from and the edited one.
const KEY: &str = "qazaq-explainer-editor";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn saved() -> Option<String> {
    storage()?.get_item(KEY).ok()?
}

pub fn keep(text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, text);
    }
}

fn blob(text: &str, kind: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// A `blob:` address of `text`, which the preview's widget loads as it loads `?pack=`.
pub fn blob_url(text: &str) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(&blob(text, "application/json")?).ok()
}

pub fn revoke(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}

/// Offers `text` as a file `name` of MIME type `kind`, through a link of its own.
pub fn download(name: &str, kind: &str, text: &str) {
    let Some(url) =
        blob(text, kind).and_then(|b| web_sys::Url::create_object_url_with_blob(&b).ok())
    else {
        return;
    };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = link {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The browser has taken the file by the time it runs the next task.
    let later = wasm_bindgen::closure::Closure::once_into_js(move || revoke(&url));
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), 60_000);
    }
}

/// The browser's own yes-or-no question (keyboard and screen readers know it).
pub fn ask(question: &str) -> bool {
    web_sys::window().is_some_and(|w| w.confirm_with_message(question).unwrap_or(false))
}

/// The text of a picked or dropped file.
pub async fn read(file: &web_sys::File) -> Result<String, String> {
    let v = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| crate::web::js_message(&e))?;
    v.as_string().ok_or_else(|| "not text".to_string())
}
