//! Thin wrappers around the few browser APIs the app uses (title, lang, icon, history with a
//! step number, focus, print, leaving). Nothing here persists anything.

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

/// Whether a quick exit is under way (then nothing may touch the history).
pub fn exiting() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|el| el.class_list().contains("sg-exiting"))
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
fn entries_behind() -> i32 {
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

/// Covers the page at once, then replaces the location with `url` (the top page when framed).
pub fn leave(url: &str) {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.class_list().add_1("sg-exiting");
    }
    // An inline embed cannot style the host page: hide it through the CSSOM (allowed by a
    // strict CSP, unlike a style attribute). And the exit address must not learn which page
    // the person came from, whatever the host's own referrer policy.
    if let Some(doc) = document() {
        if let Some(body) = doc.body() {
            let _ = body.style().set_property("visibility", "hidden");
        }
        if let (Ok(meta), Some(head)) = (doc.create_element("meta"), doc.head()) {
            let _ = meta.set_attribute("name", "referrer");
            let _ = meta.set_attribute("content", "no-referrer");
            let _ = head.append_child(&meta);
        }
    }
    // In an iframe embed the host script leaves the host page itself (it needs no user
    // gesture, which a key press such as Shift×3 does not give the frame).
    let host_asked = super::embed::ask_parent_to_exit();
    let Some(w) = window() else { return };
    if !framed() {
        leave_history(&w, url);
        return;
    }
    // Framed: navigating the cross-origin top page is allowed on a user gesture when the
    // host's sandbox includes allow-top-navigation-by-user-activation. Refused, it may or may
    // not throw. Either way, if this frame is still here a moment later, at least the frame
    // leaves. A host script that was asked gets time first: once this frame has navigated,
    // the host can no longer tell that the message came from its widget (seen on a loaded
    // machine). The tool is covered meanwhile.
    let top_ok = w
        .top()
        .ok()
        .flatten()
        .is_some_and(|top| top.location().replace(url).is_ok());
    let wait = match (host_asked, top_ok) {
        (true, _) => 1500,
        (false, true) => 300,
        (false, false) => 0,
    };
    let url = url.to_string();
    gloo::timers::callback::Timeout::new(wait, move || {
        if let Some(w) = window() {
            let _ = w.location().replace(&url);
        }
    })
    .forget();
}

/// Standalone: `location.replace` replaces only the current history entry; the step entries
/// this page added before it would stay, and Back would bring the tool back. So first go back
/// to the page's first entry (same document: no reload, this code keeps running), then
/// replace that one. Back then leaves for the page before the tool. (The later step entries
/// stay as Forward entries of a document that is gone; going Forward shows a fresh start.)
fn leave_history(w: &web_sys::Window, url: &str) {
    let behind = entries_behind();
    let Ok(history) = w.history() else {
        let _ = w.location().replace(url);
        return;
    };
    if behind == 0 {
        let _ = w.location().replace(url);
        return;
    }
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let go = {
        let (done, url) = (done.clone(), url.to_string());
        move || {
            if !done.replace(true) {
                if let Some(w) = window() {
                    let _ = w.location().replace(&url);
                }
            }
        }
    };
    let on_pop = go.clone();
    gloo::events::EventListener::once(w, "popstate", move |_| on_pop()).forget();
    // Should the traversal never be reported, leave from where the page is.
    gloo::timers::callback::Timeout::new(1000, go).forget();
    let _ = history.go_with_delta(-behind);
}

/// Undoes the cover (after a return through the back-forward cache).
pub fn uncover() {
    if let Some(el) = document().and_then(|d| d.document_element()) {
        let _ = el.class_list().remove_1("sg-exiting");
    }
    if let Some(body) = document().and_then(|d| d.body()) {
        let _ = body.style().remove_property("visibility");
    }
}
