//! The editor page's module (issue 14): its own wasm, loaded only by `editor.html`, so the
//! widget's first view carries none of it. It holds the real widget too, for the preview.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::components::editor::Editor;
    use wasm_bindgen::prelude::*;

    /// Mounts the editor into `el` for the page's life.
    #[wasm_bindgen]
    pub fn mount(el: web_sys::Element) {
        qazaq_explainer::web::guard(&el);
        yew::Renderer::<Editor>::with_root(el).render();
    }
}

fn main() {}
