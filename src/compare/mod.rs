//! The comparison of the 1995 and 2026 constitutions: pack types and validation, word diffs,
//! moved-text detection, change kinds, filters and search. Pure: tested natively, used by the
//! Compare view's components on the wasm target.

pub mod diff;
pub mod filter;
pub mod kind;
pub mod model;
pub mod moved;
pub mod pack;
pub mod search;
pub mod tokenize;
pub mod validate;

#[cfg(test)]
mod shipped_tests;
