//! The host page's accent colour (`data-accent`) on the widget, set through the CSSOM since a
//! strict host CSP blocks style attributes.

use yew::prelude::*;

/// Sets `--qe-accent`, and a text colour that reads on it, on the widget's root.
#[hook]
pub fn use_accent(root: &NodeRef, accent: Option<String>) {
    let root = root.clone();
    use_effect_with(accent, move |accent| {
        if let (Some(accent), Some(el)) = (accent, root.cast::<web_sys::HtmlElement>()) {
            let style = el.style();
            let _ = style.set_property("--qe-accent", accent);
            let _ = style.set_property("--qe-accent-ink", crate::embed::ink_on(accent));
        }
    });
}
