//! Entry points: the demo page's widget, mounted at start, and `mount` for `embed.js`, which
//! puts a widget into each embed on a host page. Nothing else.

#[cfg(target_arch = "wasm32")]
mod entry {
    use qazaq_explainer::app::{mount as mount_app, App};
    use wasm_bindgen::prelude::*;
    use yew::AppHandle;

    /// A widget mounted by `embed.js`.
    #[wasm_bindgen]
    pub struct Widget(AppHandle<App>, web_sys::Element);

    #[wasm_bindgen]
    impl Widget {
        pub fn destroy(self) {
            qazaq_explainer::web::unguard(&self.1);
            self.0.destroy();
        }
    }

    /// Panics on purpose, for the end-to-end test of the panic hook (`web::guard`): nothing
    /// else in the widget is meant to panic.
    #[wasm_bindgen]
    pub fn panic_for_tests() {
        panic!("a test asked for a panic");
    }

    /// Mounts a widget into `el` with the embed's options (`names[i]` = `values[i]`), which
    /// warnings call `{prefix}{name}` (`data-view`, `?view`).
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        names: Vec<String>,
        values: Vec<String>,
        prefix: String,
    ) -> Widget {
        let pairs: Vec<(String, String)> = names.into_iter().zip(values).collect();
        Widget(mount_app(el.clone(), &pairs, &prefix, false), el)
    }

    /// The demo page (index.html) has an element to mount into; its options are its query
    /// string and its view state lives in the URL hash. On host pages there is nothing to do
    /// until `embed.js` calls `mount`.
    pub fn start() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(root) = window
            .document()
            .and_then(|d| d.get_element_by_id("qazaq-explainer"))
        else {
            return;
        };
        let search = window.location().search().unwrap_or_default();
        let pairs: Vec<(String, String)> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (k.to_string(), qazaq_explainer::view_state::decode(v))
            })
            .collect();
        mount_app(root, &pairs, "?", true);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    entry::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Qazaq Explainer is a web widget: build it with `trunk build` (see README.md).");
}
