//! The comparison module: built as its own wasm (see scripts/build-modules) and loaded
//! by the widget only when the Compare view first opens, so the first view stays small.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::components::compare_root::{CompareRoot, CompareRootProps};
    use qazaq_explainer::lang::Lang;
    use std::cell::Cell;
    use wasm_bindgen::prelude::*;
    use yew::{function_component, html, AppHandle, Callback, Html};

    /// A mounted Compare view, driven by the host app.
    #[wasm_bindgen]
    pub struct CompareHandle {
        app: AppHandle<CompareRoot>,
        heading: u8,
        on_change: Callback<String>,
    }

    fn props(lang: &str, hash: &str, heading: u8, on_change: Callback<String>) -> CompareRootProps {
        CompareRootProps {
            lang: Lang::parse(lang).unwrap_or(Lang::Kk),
            hash: hash.to_string(),
            heading,
            on_change,
        }
    }

    #[function_component(Nothing)]
    fn nothing() -> Html {
        html! {}
    }

    thread_local! {
        static SKIPPED: Cell<bool> = const { Cell::new(false) };
    }

    /// Yew tells which app an event belongs to by numbered subtree ids on DOM elements, and
    /// every Yew app in its own wasm module numbers from 1. This module's view sits inside the
    /// widget's DOM, so with equal numbers the widget would take the module's clicks for its
    /// own (a click on an article could switch the widget to the map). Yew has no setting for
    /// the numbering, so the module uses up the first ids on throwaway roots: the widgets on a
    /// page (one root each) stay far below.
    fn skip_subtree_ids() {
        if SKIPPED.with(|s| s.replace(true)) {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        for _ in 0..256 {
            if let Ok(el) = doc.create_element("div") {
                yew::Renderer::<Nothing>::with_root(el).render().destroy();
            }
        }
    }

    /// Mounts the Compare view into `el`, its headings below a title of level `heading`.
    /// `on_change` is called with the next state's hash.
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        lang: &str,
        hash: &str,
        heading: u8,
        on_change: js_sys::Function,
    ) -> CompareHandle {
        skip_subtree_ids();
        let on_change = Callback::from(move |h: String| {
            let _ = on_change.call1(&JsValue::NULL, &JsValue::from_str(&h));
        });
        let app = yew::Renderer::<CompareRoot>::with_root_and_props(
            el,
            props(lang, hash, heading, on_change.clone()),
        )
        .render();
        CompareHandle {
            app,
            heading,
            on_change,
        }
    }

    #[wasm_bindgen]
    impl CompareHandle {
        /// New language or state from the host.
        pub fn update(&mut self, lang: &str, hash: &str) {
            self.app
                .update(props(lang, hash, self.heading, self.on_change.clone()));
        }

        pub fn destroy(self) {
            self.app.destroy();
        }
    }
}

fn main() {}
