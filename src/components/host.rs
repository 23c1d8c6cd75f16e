//! What the host page asked of the widget's rendering, for every component: the level of the
//! widget's title (`data-heading`, 2 by default; every heading inside sits that many levels
//! deeper), and kiosk mode (no outbound links on a public screen).

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub struct Host {
    pub heading: u8,
    pub kiosk: bool,
}

impl Default for Host {
    fn default() -> Self {
        Host {
            heading: 2,
            kiosk: false,
        }
    }
}

impl Host {
    /// The tag of a heading `depth` levels below the widget's title.
    pub fn tag(self, depth: u8) -> String {
        format!("h{}", (self.heading + depth).clamp(1, 6))
    }

    /// A link, or on a kiosk its text alone: nobody should leave the kiosk for another site.
    pub fn link(self, href: &str, rel: &'static str, children: Html) -> Html {
        if self.kiosk {
            html! { <span>{ children }</span> }
        } else {
            html! { <a href={href.to_string()} target="_blank" {rel}>{ children }</a> }
        }
    }
}

#[hook]
pub fn use_host() -> Host {
    use_context::<Host>().unwrap_or_default()
}

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
