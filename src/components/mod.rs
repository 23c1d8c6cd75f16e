//! Yew components: props in, callbacks out. They never parse or compute scales themselves;
//! that is the pure modules' work. Only the roots load content: `crate::app` the pack,
//! `compare_loader` the extras module (Compare and kiosk), `compare_root` the comparison data.

pub mod compare;
pub mod compare_loader;
pub mod compare_root;
pub mod credits;
pub mod day;
pub mod detail;
pub mod draft;
pub mod editor;
pub mod editor_diff;
pub mod editor_extra;
pub mod editor_form;
pub mod editor_io;
pub mod editor_people;
pub mod editor_preview;
pub mod editor_table;
pub mod embedding;
pub mod error_banner;
pub mod header;
pub mod kiosk;
pub mod kiosk_loader;
pub mod localized;
pub mod map;
pub mod module_ids;
pub mod national;
pub mod share;
pub mod source;
pub mod table;

use std::cell::Cell;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// A number unique on the page, for element ids: several widgets may share a document.
#[yew::hook]
pub fn use_uid() -> u32 {
    *yew::use_state(|| NEXT_ID.with(|n| n.replace(n.get() + 1)))
}
