//! Talking to the page that frames the tool (iframe embeds). The host script (`www/embed.js`)
//! passes its origin as `parent-origin`; the tool then sends its height to that origin only,
//! and answers a measure request only when it comes from the parent window and that origin.
//! The host also reports how far the frame is scrolled out of view, so the quick-exit bar
//! stays on screen. Messages carry a type and a number, nothing about the user's answers.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::dom;

/// Message types, shared with `www/embed.js`.
pub const HEIGHT: &str = "signaal:height";
pub const MEASURE: &str = "signaal:measure";
pub const SCROLL: &str = "signaal:scroll";
pub const EXIT: &str = "signaal:exit";

thread_local! {
    /// The parent's origin, once [`report_height`] has started (only ever when framed).
    static PARENT_ORIGIN: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sends `{ type: kind }` to the host script that set up this frame (quick exit asks it to
/// leave the host page with its own exit address; the message carries nothing else). Returns
/// whether a host script was there to ask (false when the frame was not set up by one).
pub fn post_to_parent(kind: &str) -> bool {
    let Some(origin) = PARENT_ORIGIN.with(|o| o.borrow().clone()) else {
        return false;
    };
    let Some(parent) = dom::window().and_then(|w| w.parent().ok().flatten()) else {
        return false;
    };
    parent.post_message(&message(kind), &origin).is_ok()
}

/// A message object `{ type: kind }`.
fn message(kind: &str) -> js_sys::Object {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    msg
}

fn post_height(origin: &str) {
    let Some(w) = dom::window() else { return };
    let Some(parent) = w.parent().ok().flatten() else {
        return;
    };
    let height = dom::document()
        .and_then(|d| d.document_element())
        .map(|el| el.get_bounding_client_rect().height().ceil().max(0.0))
        .unwrap_or(0.0);
    let msg = message(HEIGHT);
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &JsValue::from(height));
    let _ = parent.post_message(&msg, origin);
}

/// The `type` of a message object, if it is one.
fn message_type(data: &JsValue) -> Option<String> {
    if !data.is_object() {
        return None;
    }
    js_sys::Reflect::get(data, &"type".into())
        .ok()
        .and_then(|t| t.as_string())
}

/// `{ type: "signaal:scroll", top }`: where the frame's top edge is in the host's viewport
/// (negative when scrolled past). Keeps the quick-exit bar in view: the frame has no scroll
/// of its own, so the bar's sticky offset follows the host's scroll instead.
fn follow_scroll(data: &JsValue) {
    let top = js_sys::Reflect::get(data, &"top".into())
        .ok()
        .and_then(|t| t.as_f64())
        .filter(|t| t.is_finite() && t.abs() < 1e6);
    if let (Some(top), Some(el)) = (top, dom::document().and_then(|d| d.document_element())) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            // Whole pixels, formatted as an integer (float formatting would add kilobytes).
            let offset = (-top).max(0.0).round() as i32;
            let _ = el
                .style()
                .set_property("--sg-frame-offset", &format!("{offset}px"));
        }
    }
}

/// Starts reporting the document height to the parent at `origin` whenever it changes (call
/// it only when framed). The listeners live as long as the page.
pub fn report_height(origin: String) {
    PARENT_ORIGIN.with(|o| *o.borrow_mut() = Some(origin.clone()));
    let Some(w) = dom::window() else { return };
    let Some(root) = dom::document().and_then(|d| d.document_element()) else {
        return;
    };
    let o = origin.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || post_height(&o));
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
        std::mem::forget(observer);
    }
    on_resize.forget();

    let parent = w.parent().ok().flatten().map(JsValue::from);
    let listener = EventListener::new(&w, "message", move |e| {
        let e = e.unchecked_ref::<web_sys::MessageEvent>();
        let from_parent = match (&parent, e.source()) {
            (Some(p), Some(s)) => JsValue::from(s).eq(p),
            _ => false,
        };
        if !from_parent || e.origin() != origin {
            return;
        }
        let data = e.data();
        match message_type(&data).as_deref() {
            Some(MEASURE) => post_height(&origin),
            Some(SCROLL) => follow_scroll(&data),
            _ => {}
        }
    });
    listener.forget();
}
