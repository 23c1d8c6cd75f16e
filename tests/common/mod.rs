//! Helpers shared by the browser component tests: finding, reading and clicking elements, and
//! letting Yew render.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use web_sys::{Element, MouseEvent, MouseEventInit};

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew's scheduler render pending updates.
pub async fn settle() {
    for _ in 0..3 {
        yew::platform::time::sleep(Duration::from_millis(5)).await;
    }
}

pub fn q(root: &Element, sel: &str) -> Option<Element> {
    root.query_selector(sel).unwrap()
}

pub fn count(root: &Element, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

pub fn text(root: &Element, sel: &str) -> String {
    q(root, sel)
        .unwrap_or_else(|| panic!("no element {sel}"))
        .text_content()
        .unwrap_or_default()
}

/// A bubbling click, as a pointer or a keyboard's Enter would give.
pub fn click(el: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    let e = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    el.dispatch_event(&e).unwrap();
}
