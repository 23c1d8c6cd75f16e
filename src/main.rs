//! The entry point: `mount`, which `embed.js` calls for each element it is asked to fill (the
//! embeds of a host page, the iframe, kiosk and demo pages). Loading the module mounts nothing:
//! a host page's own elements are never picked up.

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
    /// warnings call `{prefix}{name}` (`data-view`, `?view`). Only the bundle's standalone
    /// page (`standalone`) keeps the view state in the URL hash; an embed never writes it.
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        names: Vec<String>,
        values: Vec<String>,
        prefix: String,
        standalone: bool,
    ) -> Widget {
        let pairs: Vec<(String, String)> = names.into_iter().zip(values).collect();
        Widget(mount_app(el.clone(), &pairs, &prefix, standalone), el)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Qazaq Explainer is a web widget: build it with `trunk build` (see README.md).");
}
