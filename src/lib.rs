//! Signaal: a private, multilingual check for signals of human trafficking.
//!
//! - [`domain`]: the core (indicators, assessment, routing, locale choice, options); no web dependency.
//! - [`content`]: the content tables generated at build time from `data/` and `i18n/`.
//! - [`ui`]: the Yew interface: one state reducer and small components (wasm only).

pub mod content;
pub mod domain;
pub mod fallback;
pub mod site;

pub mod ui;

#[cfg(all(target_arch = "wasm32", not(test)))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    ui::boot::start();
}
