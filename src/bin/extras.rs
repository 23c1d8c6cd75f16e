//! The extras module: the Compare view and kiosk mode, built as one wasm of their own (see
//! scripts/build-modules) and loaded by the widget only when either first opens, so the first
//! view stays small.

#[cfg(target_arch = "wasm32")]
mod module {
    use qazaq_explainer::components::compare_root::{CompareRoot, CompareRootProps};
    use qazaq_explainer::components::embedding::Embedding;
    use qazaq_explainer::components::kiosk::{Kiosk, KioskProps, Time};
    use qazaq_explainer::components::module_ids::skip_subtree_ids;
    use qazaq_explainer::kiosk::Step;
    use qazaq_explainer::lang::Lang;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use yew::{AppHandle, Callback};

    /// A mounted Compare view, driven by the host app.
    #[wasm_bindgen]
    pub struct CompareHandle {
        app: AppHandle<CompareRoot>,
        embedding: Embedding,
        on_change: Callback<String>,
    }

    fn props(
        lang: &str,
        hash: &str,
        embedding: Embedding,
        epoch: u32,
        on_change: Callback<String>,
    ) -> CompareRootProps {
        CompareRootProps {
            lang: Lang::parse(lang).unwrap_or(Lang::Kk),
            hash: hash.to_string(),
            embedding,
            epoch,
            on_change,
        }
    }

    /// Mounts the Compare view into `el`, its headings below a title of level `heading`, its
    /// links as text on a kiosk.
    /// `on_change` is called with the next state's hash.
    #[wasm_bindgen]
    pub fn mount(
        el: web_sys::Element,
        lang: &str,
        hash: &str,
        heading: u8,
        kiosk: bool,
        on_change: js_sys::Function,
    ) -> CompareHandle {
        skip_subtree_ids(256);
        qazaq_explainer::web::guard(&el);
        let on_change = Callback::from(move |h: String| {
            let _ = on_change.call1(&JsValue::NULL, &JsValue::from_str(&h));
        });
        let app = yew::Renderer::<CompareRoot>::with_root_and_props(
            el,
            props(
                lang,
                hash,
                Embedding { heading, kiosk },
                0,
                on_change.clone(),
            ),
        )
        .render();
        CompareHandle {
            app,
            embedding: Embedding { heading, kiosk },
            on_change,
        }
    }

    /// A kiosk's idle clock and attract loop, around the widget whose root is `root`.
    #[wasm_bindgen]
    pub struct KioskHandle {
        app: AppHandle<Kiosk>,
        props: KioskProps,
    }

    /// Mounts kiosk mode into `el` (inside the widget's `root`): after `idle` seconds it
    /// resets and loops over `regions` (with their `captions`) and, when `articles`, a few
    /// article changes, calling `on_step` with each step's code (`crate::kiosk::Step`) and
    /// `on_reset` at each reset. `title` captions the map; `hash` is the view for the QR code.
    // One call from JS, so one list of arguments rather than an options object to decode.
    #[allow(clippy::too_many_arguments)]
    #[wasm_bindgen]
    pub fn mount_kiosk(
        el: web_sys::Element,
        root: web_sys::Element,
        lang: &str,
        idle: u32,
        regions: Vec<String>,
        captions: Vec<String>,
        title: String,
        hash: String,
        articles: bool,
        on_step: js_sys::Function,
        on_reset: js_sys::Function,
    ) -> KioskHandle {
        skip_subtree_ids(256);
        let props = KioskProps {
            lang: Lang::parse(lang).unwrap_or(Lang::Kk),
            idle,
            regions: Rc::new(regions),
            captions: Rc::new(captions),
            title,
            hash,
            articles,
            root,
            on_step: Callback::from(move |s: Step| {
                let _ = on_step.call1(&JsValue::NULL, &JsValue::from_str(&s.code()));
            }),
            on_reset: Callback::from(move |()| {
                let _ = on_reset.call0(&JsValue::NULL);
            }),
            time: Time::default(),
        };
        let app = yew::Renderer::<Kiosk>::with_root_and_props(el, props.clone()).render();
        KioskHandle { app, props }
    }

    #[wasm_bindgen]
    impl KioskHandle {
        /// The reader's language or the view changed (with the captions in that language).
        pub fn update(&mut self, lang: &str, captions: Vec<String>, title: String, hash: String) {
            self.props.lang = Lang::parse(lang).unwrap_or(self.props.lang);
            self.props.captions = Rc::new(captions);
            self.props.title = title;
            self.props.hash = hash;
            self.app.update(self.props.clone());
        }

        pub fn destroy(self) {
            self.app.destroy();
        }
    }

    #[wasm_bindgen]
    impl CompareHandle {
        /// New language, state or reset count from the host.
        pub fn update(&mut self, lang: &str, hash: &str, epoch: u32) {
            self.app.update(props(
                lang,
                hash,
                self.embedding,
                epoch,
                self.on_change.clone(),
            ));
        }

        pub fn destroy(self) {
            self.app.destroy();
        }
    }
}

fn main() {}
