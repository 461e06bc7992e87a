//! Thin wrappers around the few browser APIs the app uses (title, lang, icon, history with a
//! step number, focus, print). Leaving is in `quick_exit.rs`. Nothing here persists anything.

use wasm_bindgen::JsValue;

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

pub fn document() -> Option<web_sys::Document> {
    window().and_then(|w| w.document())
}

pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

pub fn set_html_lang(tag: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        if el.get_attribute("lang").as_deref() != Some(tag) {
            let _ = el.set_attribute("lang", tag);
        }
    }
}

/// Runs `f` once the next frame has been painted (a task queued from an animation frame).
pub fn after_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(w) = window() else { return };
    let frame = Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// Points the page icon at `href` (a file of our own origin).
pub fn set_icon(href: &str) {
    if let Some(link) = document().and_then(|d| d.query_selector("link[rel=icon]").ok().flatten()) {
        if link.get_attribute("href").as_deref() != Some(href) {
            let _ = link.set_attribute("href", href);
        }
    }
}

/// Adds a history entry that holds only a step number (never an answer, island or path)
/// and leaves the URL as it is.
pub fn push_step(step: usize) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.push_state(&JsValue::from_f64(step as f64), "");
    }
}

thread_local! {
    /// The step number written into this page's first history entry, once the app owns the
    /// history (standalone, not framed). Entries after it were added by this page.
    static HISTORY_BASE: std::cell::Cell<Option<usize>> = const { std::cell::Cell::new(None) };
}

/// Marks the current history entry as this page's first, holding step `step`.
pub fn start_history(step: usize) {
    replace_step(step);
    HISTORY_BASE.with(|b| b.set(Some(step)));
}

/// How many history entries this page added before the current one (0 when it owns none).
pub fn entries_behind() -> i32 {
    let Some(base) = HISTORY_BASE.with(|b| b.get()) else {
        return 0;
    };
    let step = window()
        .and_then(|w| w.history().ok())
        .and_then(|h| h.state().ok())
        .and_then(|s| s.as_f64())
        .unwrap_or(base as f64);
    (step - base as f64).clamp(0.0, 10_000.0) as i32
}

pub fn replace_step(step: usize) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state(&JsValue::from_f64(step as f64), "");
    }
}

pub fn history_back() {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.back();
    }
}

pub fn history_go(delta: i32) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.go_with_delta(delta);
    }
}

/// Moves keyboard and screen-reader focus to the element with this id inside `scope` (the
/// app's own root: with inline embeds several apps, each in its own shadow root, share a page).
pub fn focus_within(scope: &web_sys::Element, id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = scope.query_selector(&format!("#{id}")).ok().flatten() {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Focus for a link in an error summary: the target is looked up in the app that holds the
/// clicked link.
/// Puts the top of `scope` at the top of the viewport when it is scrolled above it (each step
/// starts at the top, like a new page). In a frame this scrolls only the frame's own document.
pub fn scroll_to_top_of(scope: &web_sys::Element) {
    if let Some(w) = window() {
        let y = w.scroll_y().unwrap_or(0.0);
        // On the tool's own page the app starts at the top; inline on a host page, lower down.
        let target = (scope.get_bounding_client_rect().top() + y).max(0.0);
        if y > target {
            w.scroll_to_with_x_and_y(0.0, target);
        }
    }
}

pub fn focus_from(e: &web_sys::Event, id: &str) {
    use wasm_bindgen::JsCast;
    let scope = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".sg-app").ok().flatten());
    if let Some(scope) = scope {
        focus_within(&scope, id);
    }
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Whether the app runs inside a frame (then quick exit leaves the top page).
pub fn framed() -> bool {
    match (window(), window().and_then(|w| w.top().ok().flatten())) {
        (Some(w), Some(top)) => !JsValue::from(w).eq(&JsValue::from(top)),
        _ => false,
    }
}

/// The id of the focused element if it lies inside `scope` (looked up in the scope's document
/// or shadow root), for giving focus back after a part of the app was re-created.
pub fn focused_id_within(scope: &web_sys::Element) -> Option<String> {
    use wasm_bindgen::JsCast;
    let root = scope.get_root_node();
    let active = if let Some(d) = root.dyn_ref::<web_sys::Document>() {
        d.active_element()
    } else {
        root.dyn_ref::<web_sys::ShadowRoot>()
            .and_then(|s| s.active_element())
    }?;
    let id = active.id();
    (scope.contains(Some(&active)) && !id.is_empty()).then_some(id)
}

/// Whether something other than the app put markup into it: page translators wrap every text
/// node in `<font>` elements, which the app never renders.
pub fn foreign_markup_within(scope: &web_sys::Element) -> bool {
    scope.query_selector("font").ok().flatten().is_some()
}
