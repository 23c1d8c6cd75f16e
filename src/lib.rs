//! Qazaq Explainer: an embeddable explainer of Kazakhstan's 2026 constitutional referendum
//! campaign. Pure modules (content, format, map logic, view state, i18n) build and test
//! natively; components exist only on the wasm target.

pub mod compare;
pub mod content;
pub mod editor;
pub mod embed;
pub mod escape;
pub mod format;
pub mod i18n;
pub mod kiosk;
pub mod lang;
pub mod map;
pub mod net;
pub mod panels;
pub mod view_state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod web;
