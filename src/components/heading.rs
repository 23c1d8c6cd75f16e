//! Heading levels that fit the host page's outline: the host sets the level of the widget's
//! title (`data-heading`, 2 by default) and every heading inside sits that many levels deeper.

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq)]
pub struct Outline(pub u8);

impl Outline {
    /// The tag of a heading `depth` levels below the widget's title.
    pub fn tag(self, depth: u8) -> String {
        format!("h{}", (self.0 + depth).clamp(1, 6))
    }
}

#[hook]
pub fn use_outline() -> Outline {
    use_context::<Outline>().unwrap_or(Outline(2))
}
