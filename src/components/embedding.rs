//! What the host page asked of the widget's rendering, for every component: the level of the
//! widget's title (`data-heading`, 2 by default; every heading inside sits that many levels
//! deeper), and kiosk mode (no outbound links on a public screen).

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub struct Embedding {
    pub heading: u8,
    pub kiosk: bool,
}

impl Default for Embedding {
    fn default() -> Self {
        Embedding {
            heading: 2,
            kiosk: false,
        }
    }
}

impl Embedding {
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
pub fn use_embedding() -> Embedding {
    use_context::<Embedding>().unwrap_or_default()
}
