//! Yew components: props in, callbacks out. They never parse or compute scales themselves;
//! that is the pure modules' work. Only the roots load content: `crate::app` the pack,
//! `compare_host` the comparison module, `compare_root` the comparison data.

pub mod compare;
pub mod compare_host;
pub mod compare_root;
pub mod credits;
pub mod detail;
pub mod error_banner;
pub mod header;
pub mod map;
pub mod national;
pub mod source;
pub mod table;
