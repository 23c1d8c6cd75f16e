//! Yew components: props in, callbacks out. They never parse, fetch or compute scales
//! themselves; that is the pure modules' work.

pub mod credits;
pub mod detail;
pub mod error_banner;
pub mod header;
pub mod map;
pub mod national;
pub mod source;
pub mod table;
