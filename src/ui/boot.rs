//! Start-up: read the options, pick the locale, install the panic fallback and mount the app.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::app::{App, AppProps, Config};
use super::dom;
use super::state::{Path, State};
use crate::domain::locale::choose_locale;
use crate::domain::options::{self, Options, StartPath};

/// A panic replaces the app with the static fallback (every island's numbers) and a short
/// apology, never a blank page.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("Signaal stopped: {info}"));
    if let Some(el) = dom::document().and_then(|d| d.document_element()) {
        let _ = el.class_list().add_1("sg-panicked");
    }
}

/// Lets a support person or a test check that the fallback works: panics on purpose.
#[wasm_bindgen]
pub fn simulate_panic() {
    panic!("simulated panic (support check)");
}

fn browser_languages() -> Vec<String> {
    dom::window()
        .map(|w| w.navigator().languages())
        .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

fn initial_state(o: &Options) -> State {
    let langs = browser_languages();
    let langs: Vec<&str> = langs.iter().map(String::as_str).collect();
    let locale = choose_locale(o.lang, &langs, o.island);
    let fixed = match o.path {
        StartPath::Choose => None,
        StartPath::SelfCheck => Some(Path::SelfCheck),
        StartPath::Other => Some(Path::Other),
        StartPath::Training => Some(Path::Training),
    };
    State::new(locale, o.island, fixed)
}

fn mount(root: web_sys::Element, options: Options, owns_page: bool) {
    let initial = initial_state(&options);
    let config = Rc::new(Config { options, owns_page });
    yew::Renderer::<App>::with_root_and_props(root, AppProps { initial, config }).render();
}

pub fn start() {
    // Yew installs its own panic hook when rendering unless a custom one is set.
    yew::set_custom_panic_hook(Box::new(on_panic));
    let Some(doc) = dom::document() else { return };
    let query = dom::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (opts, warnings) = options::parse_query(&query);
    for w in warnings {
        gloo::console::warn!(w);
    }
    if let Some(root) = doc.get_element_by_id("sg-root") {
        let _ = root.remove_attribute("hidden");
        if let Some(el) = doc.document_element() {
            let _ = el.class_list().add_1("sg-ready");
        }
        mount(root, opts, true);
    } else if let Ok(el) = doc
        .body()
        .ok_or(())
        .map(|b| b.unchecked_into::<web_sys::Element>())
    {
        gloo::console::warn!("Signaal: no #sg-root element; mounting at the end of <body>");
        if let Ok(div) = doc.create_element("div") {
            let _ = el.append_child(&div);
            mount(div, opts, true);
        }
    }
}
