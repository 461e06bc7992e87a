//! Quick exit, in one place. The person can leave at once, from any step:
//! - the exit button and the hidden first "leave quickly" link (`widgets::header` shows them,
//!   with the click handler [`use_quick_exit`] returns);
//! - pressing Shift three times (the rule is `domain::exit`, proven by the table
//!   `domain/exit_cases.json` that `www/embed.js` runs too), announced press by press;
//! - leaving: the app forgets the session (`Action::Exit`) and covers the page, then [`leave`]
//!   replaces the location with the exit address (the host page when framed; in an iframe embed
//!   the host script is asked to do it, see `embed.rs`), never leaving Back a way into the tool;
//! - a return through the back-forward cache uncovers a fresh start (`Action::Restore`).
//!
//! Before the .wasm runs, `www/boot.js` gives the same exit; on a host page `www/embed.js` does.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::dom;
use super::embed;
use super::hooks::{AppHandle, HistorySync};
use super::state::Action;
use crate::content::{shift_more, texts};
use crate::domain::exit::{ShiftEvent, ShiftRule, PRESSES, WINDOW_MS};

/// The class on `<html>` while leaving: the page is hidden and nothing may touch the history.
const EXITING: &str = "sg-exiting";

/// What the exit controls need: the announcement of the Shift count and the click handler.
pub struct QuickExit {
    /// "Press Shift 2 more times", "… reset" (a live region in the exit bar).
    pub status: AttrValue,
    pub onclick: Callback<MouseEvent>,
}

/// Wires every way out: the exit controls, Shift×3 and the return through the bfcache (which
/// also restarts the history bookkeeping: the entries of before the exit are gone or stale).
#[hook]
pub fn use_quick_exit(app: AppHandle, exit_url: String, history: HistorySync) -> QuickExit {
    let status = use_state(AttrValue::default);
    {
        let dispatcher = app.dispatcher();
        let status = status.clone();
        let exit_url = exit_url.clone();
        use_effect_with(app.locale, move |locale| {
            let locale = *locale;
            let t = texts(locale);
            let rule = Rc::new(RefCell::new(ShiftRule::default()));
            // The window timer: restarted on each counted press, it announces the expiry.
            let timer = Rc::new(RefCell::new(None::<Timeout>));
            let exit_dispatcher = dispatcher.clone();
            let on_event = {
                let rule = rule.clone();
                move |event: ShiftEvent| match event {
                    ShiftEvent::Exit => {
                        timer.borrow_mut().take();
                        exit_dispatcher.dispatch(Action::Exit);
                        leave(&exit_url);
                    }
                    ShiftEvent::Counted(n) => {
                        status.set(shift_more(locale, u64::from(PRESSES - n)).into());
                        let (rule, status) = (rule.clone(), status.clone());
                        *timer.borrow_mut() =
                            Some(Timeout::new(WINDOW_MS as u32 + 20, move || {
                                if rule.borrow_mut().tick(dom::now_ms()) == ShiftEvent::Expired {
                                    status.set(t.exit_shift_expired.into());
                                }
                            }));
                    }
                    ShiftEvent::Reset => {
                        timer.borrow_mut().take();
                        status.set(t.quick_exit_reset.into());
                    }
                    ShiftEvent::Expired => status.set(t.exit_shift_expired.into()),
                    ShiftEvent::None => {}
                }
            };
            let on_event = Rc::new(on_event);
            let doc = dom::document();
            let listen = |down: bool| {
                let (rule, on_event) = (rule.clone(), on_event.clone());
                let kind = if down { "keydown" } else { "keyup" };
                doc.as_ref().map(|d| {
                    EventListener::new(d, kind, move |e| {
                        let key = e.unchecked_ref::<web_sys::KeyboardEvent>().key();
                        let now = dom::now_ms();
                        let mut rule = rule.borrow_mut();
                        let event = if down {
                            rule.key_down(&key, now)
                        } else {
                            rule.key_up(&key, now)
                        };
                        drop(rule);
                        on_event(event);
                    })
                })
            };
            let (down, up) = (listen(true), listen(false));
            let show = dom::window().map(|w| {
                EventListener::new(&w, "pageshow", move |e| {
                    let e = e.unchecked_ref::<web_sys::PageTransitionEvent>();
                    if e.persisted() {
                        uncover();
                        history.restart();
                        dispatcher.dispatch(Action::Restore);
                    }
                })
            });
            move || drop((down, up, show))
        });
    }
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        app.dispatch(Action::Exit);
        leave(&exit_url);
    });
    QuickExit {
        status: (*status).clone(),
        onclick,
    }
}

/// Whether a quick exit is under way (then nothing may touch the history).
pub fn exiting() -> bool {
    dom::document()
        .and_then(|d| d.document_element())
        .is_some_and(|el| el.class_list().contains(EXITING))
}

/// Covers the page at once, then replaces the location with `url` (the top page when framed).
pub fn leave(url: &str) {
    // Once only: the host script (inline embeds) or another widget may have started the same
    // exit, and a second navigation would cancel the first.
    if exiting() {
        return;
    }
    if let Some(el) = dom::document().and_then(|d| d.document_element()) {
        let _ = el.class_list().add_1(EXITING);
    }
    // An inline embed cannot style the host page: hide it through the CSSOM (allowed by a
    // strict CSP, unlike a style attribute). And the exit address must not learn which page
    // the person came from, whatever the host's own referrer policy.
    if let Some(doc) = dom::document() {
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
    let host_asked = embed::post_to_parent(embed::EXIT);
    let Some(w) = dom::window() else { return };
    if !dom::framed() {
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
    Timeout::new(wait, move || {
        if let Some(w) = dom::window() {
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
    let behind = dom::entries_behind();
    let Ok(history) = w.history() else {
        let _ = w.location().replace(url);
        return;
    };
    if behind == 0 {
        let _ = w.location().replace(url);
        return;
    }
    let done = Rc::new(std::cell::Cell::new(false));
    let go = {
        let (done, url) = (done.clone(), url.to_string());
        move || {
            if !done.replace(true) {
                if let Some(w) = dom::window() {
                    let _ = w.location().replace(&url);
                }
            }
        }
    };
    let on_pop = go.clone();
    EventListener::once(w, "popstate", move |_| on_pop()).forget();
    // Should the traversal never be reported, leave from where the page is.
    Timeout::new(1000, go).forget();
    let _ = history.go_with_delta(-behind);
}

/// Undoes the cover (after a return through the back-forward cache).
fn uncover() {
    if let Some(el) = dom::document().and_then(|d| d.document_element()) {
        let _ = el.class_list().remove_1(EXITING);
    }
    if let Some(body) = dom::document().and_then(|d| d.body()) {
        let _ = body.style().remove_property("visibility");
    }
}
