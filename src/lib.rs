//! Signaal: a private, multilingual check for signals of human trafficking.
//!
//! - [`domain`]: the core (indicators, assessment, routing, locale choice, options); no web dependency.
//! - [`content`]: the content tables generated at build time from `data/` and `i18n/`.
//! - [`ui`]: the Yew interface: the session as a Yew reducer, screens and widgets (wasm only).

pub mod content;
pub mod domain;
pub mod fallback;
pub mod site;

pub mod ui;

// talc instead of dlmalloc (smaller .wasm); single-threaded wasm only, where it is sound.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(all(target_arch = "wasm32", not(test)))]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    ui::boot::start();
}
