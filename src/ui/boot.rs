//! Start-up: read the options, pick the locale, install the panic fallback and mount the app.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;

use super::app::{App, AppProps, Config};
use super::dom;
use super::embed;
use super::packs;
use super::state::{Path, Presets, State};
use crate::domain::locale::{choose_locale, Locale};
use crate::domain::model::IslandId;
use crate::domain::options::{self, Options, StartPath};

/// A panic replaces the app with the static fallback (every island's numbers) and a short
/// apology, never a blank page.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    gloo::console::error!(format!("Signaal stopped: {info}"));
    if let Some(el) = dom::document().and_then(|d| d.document_element()) {
        let _ = el.class_list().add_1("sg-panicked");
    }
    // Inline embeds: the host elements switch their shadow content to the fallback.
    INLINE_HOSTS.with(|hosts| {
        for host in hosts.borrow().iter() {
            let _ = host.class_list().add_1("sg-panicked");
        }
    });
}

thread_local! {
    /// The host elements of inline embeds on this page (for the panic fallback).
    static INLINE_HOSTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
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
    let locale = choose_locale(
        o.lang,
        &langs,
        o.island.map(|i| crate::content::island(i).default_locale),
    );
    let fixed = match o.path {
        StartPath::Choose => None,
        StartPath::SelfCheck => Some(Path::SelfCheck),
        StartPath::Other => Some(Path::Other),
        StartPath::Training => Some(Path::Training),
    };
    State::new(
        &crate::content::TABLES,
        locale,
        Presets {
            island: o.island,
            path: fixed,
        },
    )
}

/// What the person already chose on the start screen the page shows as plain HTML before the
/// app arrives (`signaal-gen first-paint`), so that mounting the app does not undo it.
fn carry_over(root: &web_sys::Element, state: &mut State) {
    let checked = |name: &str| {
        root.query_selector(&format!("input[name={name}]:checked"))
            .ok()
            .flatten()
            .and_then(|el| el.get_attribute("value"))
    };
    if let Some(island) = checked("sg-island").and_then(|c| IslandId::from_slug(&c)) {
        state.island = Some(island);
    }
    let path = checked("sg-path").and_then(|p| Path::from_slug(&p));
    if state.presets.path.is_none() && path.is_some() {
        state.path = path;
    }
    // The language only if it was changed from the one the page was generated in.
    let lang = root
        .query_selector("#sg-lang")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlSelectElement>().ok());
    let generated = root
        .query_selector("#sg-lang option[selected]")
        .ok()
        .flatten()
        .and_then(|o| o.get_attribute("value"));
    if let (Some(lang), Some(generated)) = (lang, generated) {
        if lang.value() != generated {
            if let Some(l) = Locale::parse(&lang.value()) {
                state.locale = l;
            }
        }
    }
}

/// Mounts the app once the texts of its language are here (or of another language when they
/// cannot be loaded; an error only when no language loads, and the page then shows the fallback).
async fn mount(
    root: web_sys::Element,
    options: Options,
    owns_page: bool,
    owns_history: bool,
) -> Result<(), JsValue> {
    let mut initial = initial_state(&options);
    // Only the tool's own page has the static start screen (inline embeds mount empty).
    if owns_page {
        carry_over(&root, &mut initial);
    }
    let mut wanted = initial.locale;
    initial.locale = packs::load_some(wanted)
        .await
        .map_err(|e| JsValue::from_str(&format!("Signaal: no language could be loaded: {e}")))?;
    // Read after the wait: the static start screen stays usable until the texts are here.
    if owns_page {
        let shown = initial.locale;
        carry_over(&root, &mut initial);
        if initial.locale != shown {
            // Picked on the static start screen meanwhile.
            wanted = initial.locale;
            initial.locale = packs::load_some(wanted)
                .await
                .map_err(|e| JsValue::from_str(&e))?;
        }
    }
    // Another language than the one asked for: say so (in the language that did load).
    initial.language_failed = initial.locale != wanted;
    let focused = owns_page.then(|| dom::focused_id_within(&root)).flatten();
    let config = Rc::new(Config {
        options,
        owns_page,
        owns_history,
    });
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { initial, config }).render();
    // Focus stays where the person was, once the app has drawn its copy of that element.
    if let Some(id) = focused {
        gloo::timers::callback::Timeout::new(0, move || dom::focus_within(&root, &id)).forget();
    }
    Ok(())
}

/// Runs when the module is instantiated: installs the panic fallback. The page's `boot.js`
/// then calls [`run`]; `www/embed.js` calls [`mount_inline`] for inline embeds.
pub fn start() {
    // Yew installs its own panic hook when rendering unless a custom one is set.
    yew::set_custom_panic_hook(Box::new(on_panic));
}

/// Starts the app on the tool's own page (which has `#sg-root`, also inside an iframe embed):
/// reads the query string and mounts in the chosen language. `base` is the tool's folder (packs
/// are fetched from there); `boot.js` has already started fetching the pack of `tag` (the
/// language it expects the app to choose) as `preload`, in parallel with the .wasm.
#[wasm_bindgen]
pub async fn run(base: String, tag: String, preload: js_sys::Promise) -> Result<(), JsValue> {
    packs::set_base(&base);
    if let Some(l) = Locale::parse(&tag).filter(|l| l.tag() == tag) {
        let registered = packs::text_of(preload)
            .await
            .and_then(|text| crate::content::register_pack(l, text));
        if let Err(e) = registered {
            gloo::console::warn!(format!("Signaal: preloaded texts of {tag} not usable: {e}"));
        }
    }
    let Some(doc) = dom::document() else {
        return Ok(());
    };
    let Some(root) = doc.get_element_by_id("sg-root") else {
        return Ok(());
    };
    let query = dom::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (mut opts, mut warnings) = options::parse_query(&query);
    let framed = dom::framed();
    if !framed {
        warnings.extend(opts.keep_default_exit());
    }
    for w in warnings {
        gloo::console::warn!(w);
    }
    if let (true, Some(origin)) = (framed, opts.parent_origin.clone()) {
        embed::report_height(origin);
    }
    // Framed, history entries would join the host tab's history.
    mount(root.clone(), opts, true, !framed).await?;
    let _ = root.remove_attribute("hidden");
    if let Some(el) = doc.document_element() {
        let _ = el.class_list().add_1("sg-ready");
    }
    Ok(())
}

/// The `data-*` attributes of an element as `(name, value)` pairs.
fn data_attributes(el: &web_sys::Element) -> Vec<(String, String)> {
    let attrs = el.attributes();
    (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .map(|a| (a.name(), a.value()))
        .filter(|(n, _)| n.starts_with("data-") && !n.starts_with("data-signaal"))
        .collect()
}

/// Mounts an inline embed into `container` (inside the shadow root `www/embed.js` made),
/// with the options read from the `data-*` attributes of `host`, its texts fetched from `base`
/// (the tool's folder). The app leaves the host page's title, language, icon and history alone.
/// Fails (and `embed.js` shows the numbers instead) when no language can be loaded.
#[wasm_bindgen]
pub async fn mount_inline(
    container: web_sys::Element,
    host: web_sys::Element,
    base: String,
) -> Result<(), JsValue> {
    packs::set_base(&base);
    let pairs = data_attributes(&host);
    let (opts, warnings) = options::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    for w in warnings {
        gloo::console::warn!(w);
    }
    INLINE_HOSTS.with(|hosts| hosts.borrow_mut().push(host));
    mount(container, opts, false, false).await
}
