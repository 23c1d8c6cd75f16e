//! Bringing into view what a reader's action leads to, once it is drawn: only after the
//! reader's own action, never when a link loads, so the host page does not move by itself.
//! Elements are reached by `NodeRef`s or looked up inside them, never from the document: the
//! view may sit in a shadow root.

use crate::compare::scroll::{keep_in_view, Span};
use crate::compare::search::Cursor;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::ScrollLogicalPosition::{Center, Start};
use yew::prelude::*;

/// What to bring into view once the state an action leads to is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    /// The open pair the action leads to (`None`: the list).
    pub article: Option<String>,
    /// Where the search's Enter cursor is then.
    pub cursor: Cursor,
    pub reveal: Reveal,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reveal {
    /// A pair chosen in the list: where the list gives way to the pair (the narrow layout),
    /// the pair from its top, its heading focused. Beside the list, focus stays in the list.
    Opened,
    /// "Next/previous article" or "Read the text": the pair's heading, focused, in any layout.
    Heading,
    /// Enter in the search box: the current hit, with focus staying in the box.
    Hit,
    /// The pair closed (Back, Escape): the list button it was opened from, focused.
    ListItem,
}

/// The open pair's elements the view moves focus and scrolling to.
#[derive(Clone, Default, PartialEq)]
pub struct PairRefs {
    pub article: NodeRef,
    pub heading: NodeRef,
}

impl PairRefs {
    /// Focuses the pair's heading and scrolls the whole pair, back button included, from its
    /// top.
    pub fn show(&self) {
        if let Some(h) = self.heading.cast::<web_sys::HtmlElement>() {
            let _ = h.focus();
        }
        if let Some(a) = self.article.cast::<web_sys::Element>() {
            scroll_to(&a, Start);
        }
    }
}

/// The requests of one Compare view, read by its effect after each render.
#[derive(Clone)]
pub struct Revealer {
    pending: Rc<RefCell<Option<Pending>>>,
    rescroll: Rc<RefCell<Option<gloo_events::EventListener>>>,
}

impl Revealer {
    /// Brings `p.reveal` into view once the view shows `p.article` with the cursor at
    /// `p.cursor`.
    pub fn request(&self, p: Pending) {
        self.pending.replace(Some(p));
    }
}

fn scroll_to(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let opts = web_sys::ScrollIntoViewOptions::new();
    opts.set_block(block);
    el.scroll_into_view_with_scroll_into_view_options(&opts);
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// How long after a reveal a resize of the window still repeats its scroll (ms).
const RESIZE_GRACE_MS: f64 = 2000.0;

/// Scrolls `el` into view, and again if the window is resized just after: an iframe that
/// embed.js fits to its content grows or shrinks a moment after the content changes, which
/// undoes the scroll (in the frame, and so on the host page). The listener lives until the
/// next reveal replaces it.
fn reveal_at(
    el: web_sys::Element,
    block: web_sys::ScrollLogicalPosition,
) -> Option<gloo_events::EventListener> {
    scroll_to(&el, block);
    let since = now();
    let window = web_sys::window()?;
    Some(gloo_events::EventListener::new(
        &window,
        "resize",
        move |_| {
            if now() - since < RESIZE_GRACE_MS {
                scroll_to(&el, block);
            }
        },
    ))
}

fn span(el: &web_sys::Element) -> Span {
    let r = el.get_bounding_client_rect();
    Span {
        top: r.top(),
        height: r.height(),
    }
}

/// The list's button for pair `id` (ids are URL-safe: nothing to escape in the selector).
fn list_button(list: &NodeRef, id: &str) -> Option<web_sys::HtmlElement> {
    let list = list.cast::<web_sys::Element>()?;
    let button = list
        .query_selector(&format!(".qe-article-btn[data-pair=\"{id}\"]"))
        .ok()??;
    button.dyn_into().ok()
}

/// Scrolls the list (only the list, never the page) so that `item` is in it.
fn keep_listed(list: &NodeRef, item: &web_sys::Element) {
    let Some(list) = list.cast::<web_sys::Element>() else {
        return;
    };
    if let Some(top) = keep_in_view(span(&list), span(item), f64::from(list.scroll_top())) {
        list.set_scroll_top(top.round() as i32);
    }
}

/// Carries out the view's reveal requests once drawn, with `article` open and the search
/// cursor at `cursor`; and whatever opened a pair (the reader, a link, the kiosk), keeps its
/// button in view in the list. A new `epoch` (a kiosk reset) forgets any request and scrolls
/// the list back to its top.
#[hook]
pub fn use_reveal(
    article: &Option<String>,
    cursor: Cursor,
    list: &NodeRef,
    refs: &PairRefs,
    epoch: u32,
) -> Revealer {
    let revealer = {
        let pending = use_mut_ref(|| None::<Pending>);
        let rescroll = use_mut_ref(|| None::<gloo_events::EventListener>);
        Revealer { pending, rescroll }
    };
    // Before the effect below, which runs at mount too: a linked pair's button is scrolled
    // into the list after the list is put at its top, not before.
    {
        let (revealer, list) = (revealer.clone(), list.clone());
        use_effect_with(epoch, move |_| {
            revealer.pending.replace(None);
            revealer.rescroll.replace(None);
            if let Some(list) = list.cast::<web_sys::Element>() {
                list.set_scroll_top(0);
            }
        });
    }
    {
        let list = list.clone();
        use_effect_with(article.clone(), move |article| {
            if let Some(b) = article.as_deref().and_then(|id| list_button(&list, id)) {
                keep_listed(&list, &b);
            }
        });
    }
    // The pair last open, kept after it closes: focus goes back to its button.
    let last_open = use_mut_ref(|| None::<String>);
    if article.is_some() {
        last_open.replace(article.clone());
    }
    {
        let (revealer, refs, list) = (revealer.clone(), refs.clone(), list.clone());
        let drawn = (article.clone(), cursor);
        use_effect(move || {
            let due = revealer
                .pending
                .borrow()
                .as_ref()
                .is_some_and(|d| (&d.article, d.cursor) == (&drawn.0, drawn.1));
            let Some(Pending { reveal, .. }) = due.then(|| revealer.pending.take()).flatten()
            else {
                return;
            };
            let show_pair = || {
                if let Some(h) = refs.heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                refs.article.cast::<web_sys::Element>().map(|a| (a, Start))
            };
            let target = match reveal {
                // The list is not drawn where list and pair take turns.
                Reveal::Opened => list
                    .cast::<web_sys::Element>()
                    .is_some_and(|l| l.get_bounding_client_rect().height() == 0.0)
                    .then(show_pair)
                    .flatten(),
                Reveal::Heading => show_pair(),
                Reveal::Hit => refs
                    .article
                    .cast::<web_sys::Element>()
                    .and_then(|a| a.query_selector("mark.is-current").ok().flatten())
                    .map(|m| (m, Center)),
                Reveal::ListItem => {
                    let id = last_open.borrow().clone();
                    id.and_then(|id| list_button(&list, &id)).map(|b| {
                        let _ = b.focus();
                        (b.into(), Center)
                    })
                }
            };
            if let Some((el, block)) = target {
                revealer.rescroll.replace(reveal_at(el, block));
            }
        });
    }
    revealer
}
