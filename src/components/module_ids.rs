//! What every on-demand module's Yew app does before it mounts inside the widget (the
//! comparison and kiosk module, and referendum day's): keep its subtree ids apart from the
//! widget's.

use yew::prelude::*;

#[function_component(Nothing)]
fn nothing() -> Html {
    html! {}
}

thread_local! {
    static SKIPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// For an on-demand module's Yew app, called once before it mounts. Yew tells which app an
/// event belongs to by numbered subtree ids on DOM elements, and every Yew app in its own wasm
/// module numbers from 1. A module's view sits inside the widget's DOM, so with equal numbers
/// the widget would take the module's clicks for its own (a click on an article could switch
/// the widget to the map). Yew has no setting for the numbering, so the module uses up its
/// first `n` ids on throwaway roots: the widgets on a page (one root each) stay far below, and
/// each module skips a different count, so two modules' views never share a number either.
pub fn skip_subtree_ids(n: usize) {
    if SKIPPED.with(|s| s.replace(true)) {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for _ in 0..n {
        if let Ok(el) = doc.create_element("div") {
            yew::Renderer::<Nothing>::with_root(el).render().destroy();
        }
    }
}
