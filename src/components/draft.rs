//! A form's draft as last typed, for forms whose every keystroke re-renders much of the page.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The draft behind a form's fields. Their callbacks read and write it when they run, not as
/// it was when they were made: Yew yields to input events after 16 ms of rendering, so on a
/// slow machine two keystrokes (or two fields filled in a row) can come between renders, and
/// a draft copied at the last render would drop the first of them.
pub struct Draft<T> {
    value: Rc<RefCell<T>>,
    redraw: UseForceUpdateHandle,
}

impl<T> Clone for Draft<T> {
    fn clone(&self) -> Self {
        Draft {
            value: self.value.clone(),
            redraw: self.redraw.clone(),
        }
    }
}

impl<T: Clone> Draft<T> {
    /// The draft as it is now.
    pub fn get(&self) -> T {
        self.value.borrow().clone()
    }

    /// Replaces the draft and renders the form again.
    pub fn set(&self, value: T) {
        *self.value.borrow_mut() = value;
        self.redraw.force_update();
    }

    /// Changes the draft in place and renders the form again.
    pub fn update(&self, f: impl FnOnce(&mut T)) {
        f(&mut self.value.borrow_mut());
        self.redraw.force_update();
    }
}

/// A [`Draft`] that starts as `init()` when the form mounts.
#[hook]
pub fn use_draft<T: 'static, F: FnOnce() -> T>(init: F) -> Draft<T> {
    Draft {
        value: use_mut_ref(init),
        redraw: use_force_update(),
    }
}
