//! Entry point: read the mount configuration from the page, mount the app. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    use qazaq_explainer::app::{App, AppProps};
    use qazaq_explainer::{lang::Lang, web};

    let props = AppProps {
        data_url: web::query_param("data"),
        lang: web::page_lang().unwrap_or(Lang::Kk),
    };
    let document = web_sys::window().and_then(|w| w.document());
    match document.and_then(|d| d.get_element_by_id("qazaq-explainer")) {
        Some(root) => {
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => web::console_error(
            "Qazaq Explainer: no element with id \"qazaq-explainer\" to mount into",
        ),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Qazaq Explainer is a web widget: build it with `trunk build` (see README.md).");
}
