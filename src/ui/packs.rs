//! Locale packs in the browser: the texts of a language arrive as a file from the tool's own
//! origin (`locales/<tag>.<hash>.txt`, `build/packs.rs`), fetched when the app starts (`boot.js`
//! preloads the one it will show) or when the person picks another language, and registered in
//! `content`. Offline, the service worker answers from its copy of every pack.

use std::cell::RefCell;

use crate::content::{has_pack, PACK_FILES};
use crate::domain::locale::Locale;

thread_local! {
    /// The folder the tool is served from (packs are fetched from there, also in inline embeds).
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Sets the folder (URL ending in `/`) the packs are fetched from.
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.to_string());
}

/// Where the pack of `locale` is.
pub fn url(locale: Locale) -> String {
    BASE.with(|b| format!("{}{}", b.borrow(), PACK_FILES[locale.index()]))
}

#[cfg(target_arch = "wasm32")]
mod net {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        /// The global `fetch` (no web-sys features needed for one call).
        #[wasm_bindgen(js_name = fetch)]
        fn fetch_url(url: &str) -> js_sys::Promise;
        type FetchResponse;
        #[wasm_bindgen(method, getter)]
        fn ok(this: &FetchResponse) -> bool;
        #[wasm_bindgen(method, getter)]
        fn status(this: &FetchResponse) -> u16;
        #[wasm_bindgen(method)]
        fn text(this: &FetchResponse) -> js_sys::Promise;
    }

    /// The text of a promise that resolves to a string (a preloaded pack).
    pub async fn text_of(p: js_sys::Promise) -> Result<String, String> {
        let v = JsFuture::from(p).await.map_err(|e| format!("{e:?}"))?;
        v.as_string().ok_or_else(|| "not a text".to_string())
    }

    pub async fn fetch_text(url: &str) -> Result<String, String> {
        let res: FetchResponse = JsFuture::from(fetch_url(url))
            .await
            .map_err(|e| format!("{url}: {e:?}"))?
            .unchecked_into();
        if !res.ok() {
            return Err(format!("{url}: HTTP {}", res.status()));
        }
        text_of(res.text()).await
    }
}

#[cfg(target_arch = "wasm32")]
pub use net::text_of;

/// Native builds (first paint, tests) have every pack compiled in: nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub async fn text_of(_: js_sys::Promise) -> Result<String, String> {
    Err("no preloading in native builds".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load_some(wanted: Locale) -> Result<Locale, String> {
    Ok(wanted)
}

/// Fetches and registers the pack of `locale` (nothing to do when it is here).
#[cfg(target_arch = "wasm32")]
pub async fn load(locale: Locale) -> Result<(), String> {
    if has_pack(locale) {
        return Ok(());
    }
    let text = net::fetch_text(&url(locale)).await?;
    crate::content::register_pack(locale, text)
}

/// The texts of `wanted`, or else of any language that loads (one already here first, then
/// English, the app's default, then the others): the locale to show. An error only when no pack
/// at all can be loaded.
#[cfg(target_arch = "wasm32")]
pub async fn load_some(wanted: Locale) -> Result<Locale, String> {
    let first = match load(wanted).await {
        Ok(()) => return Ok(wanted),
        Err(e) => e,
    };
    gloo::console::warn!(format!(
        "Signaal: could not load the texts of {}: {first}",
        wanted.tag()
    ));
    if let Some(l) = Locale::ALL.into_iter().find(|l| has_pack(*l)) {
        return Ok(l);
    }
    let others = Locale::ALL.into_iter().filter(|l| *l != Locale::En);
    for l in std::iter::once(Locale::En).chain(others) {
        if l != wanted && load(l).await.is_ok() {
            return Ok(l);
        }
    }
    Err(first)
}

/// How long a language switch waits for a pack before it gives up and says so.
#[cfg(target_arch = "wasm32")]
const SWITCH_TIMEOUT_MS: u32 = 12_000;

thread_local! {
    /// Counts language switches: only the latest one may change the language, so a pack that
    /// arrives late never overrides a language picked after it.
    static SWITCHES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Calls `done(true)` once the texts of `locale` are here (at once when they are), or
/// `done(false)` when they cannot be loaded or do not arrive within [`SWITCH_TIMEOUT_MS`]; never
/// when another switch was asked for in the meantime.
pub fn when_loaded(locale: Locale, done: impl FnOnce(bool) + 'static) {
    let ticket = SWITCHES.with(|c| {
        c.set(c.get().wrapping_add(1));
        c.get()
    });
    if has_pack(locale) {
        return done(true);
    }
    #[cfg(target_arch = "wasm32")]
    {
        use std::rc::Rc;
        // Whichever comes first, the pack or the timeout, answers; the other finds it taken.
        type Done = Rc<RefCell<Option<Box<dyn FnOnce(bool)>>>>;
        let done: Done = Rc::new(RefCell::new(Some(Box::new(done))));
        let answer = move |done: &Done, ok: bool| {
            let latest = SWITCHES.with(|c| c.get()) == ticket;
            if let Some(f) = done.borrow_mut().take() {
                if latest {
                    f(ok);
                }
            }
        };
        let on_time = done.clone();
        gloo::timers::callback::Timeout::new(SWITCH_TIMEOUT_MS, move || {
            if on_time.borrow().is_some() {
                gloo::console::warn!(format!(
                    "Signaal: the texts of {} did not arrive in time",
                    locale.tag()
                ));
            }
            answer(&on_time, false);
        })
        .forget();
        wasm_bindgen_futures::spawn_local(async move {
            let result = load(locale).await;
            if let Err(e) = &result {
                gloo::console::warn!(format!(
                    "Signaal: could not load the texts of {}: {e}",
                    locale.tag()
                ));
            }
            answer(&done, result.is_ok());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ticket;
        done(false);
    }
}
