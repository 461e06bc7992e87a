//! The app's effects as named hooks (each keeps one part of the browser in step with the
//! session), the contexts, and [`Dispatch`]: one way to turn an action into an event handler.
//! Quick exit has its own module (`quick_exit.rs`).

use std::cell::Cell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::app::Config;
use super::dom;
use super::quick_exit;
use super::state::{Action, Path, Screen, State};
use crate::content::{fill, texts, TABLES};

pub type AppHandle = UseReducerHandle<State>;

/// The app state and a dispatcher, for components.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("AppHandle context")
}

#[hook]
pub fn use_config() -> Rc<Config> {
    use_context::<Rc<Config>>().expect("Config context")
}

/// Event handlers that dispatch one action (the pattern of almost every button and form).
pub trait Dispatch {
    /// A handler that dispatches `action` (a click, a change).
    fn on<E: 'static>(&self, action: Action) -> Callback<E>;
    /// A form's submit handler: no page load, then `action`.
    fn on_submit(&self, action: Action) -> Callback<SubmitEvent>;
}

impl Dispatch for AppHandle {
    fn on<E: 'static>(&self, action: Action) -> Callback<E> {
        let app = self.clone();
        Callback::from(move |_: E| app.dispatch(action.clone()))
    }
    fn on_submit(&self, action: Action) -> Callback<SubmitEvent> {
        let app = self.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(action.clone());
        })
    }
}

/// Document title: a step part and a name, never an answer, island or path. During "about me"
/// the name is the neutral word for "Information".
fn title(state: &State) -> String {
    let t = texts(state.locale);
    let step = match state.screen() {
        // No "Question n of total" here: the total grows with the answers that open follow-ups,
        // and the title is kept in the browser's history. The page shows the count.
        Screen::Theme(n) => fill(
            t.theme_count,
            &[
                ("n", &(n + 1).to_string()),
                ("total", &TABLES.themes().len().to_string()),
            ],
        ),
        _ => String::new(),
    };
    let name = if discreet(state) {
        t.title_neutral
    } else {
        t.app_name
    };
    if step.is_empty() {
        name.to_string()
    } else {
        format!("{step} – {name}")
    }
}

/// "About me" past the start screen: a neutral title and icon.
fn discreet(state: &State) -> bool {
    state.path == Some(Path::SelfCheck) && state.screen() != Screen::Start
}

/// Title and icon on every step; `<html lang>` only when the language changes (setting it,
/// even to the same value, restyles the whole page). Only on the tool's own page.
#[hook]
pub fn use_page_meta(state: &State, owns_page: bool) {
    use_effect_with((title(state), discreet(state)), move |(title, discreet)| {
        if owns_page {
            dom::set_title(title);
            dom::set_icon(if *discreet {
                "icons/neutral.svg"
            } else {
                "icons/icon.svg"
            });
        }
    });
    use_effect_with(state.locale.tag(), move |lang| {
        if owns_page {
            dom::set_html_lang(lang);
        }
    });
}

/// How many steps the browser's history holds for this page (0: not started). Shared by the
/// history hook and quick exit, which restarts it after a return through the bfcache.
#[derive(Clone, PartialEq)]
pub struct HistorySync(Rc<Cell<usize>>);

impl HistorySync {
    /// Forget the entries of before: the next step starts the history anew.
    pub fn restart(&self) {
        self.0.set(0);
    }
}

/// History: each step forward adds an entry holding only its step number; the browser's Back
/// and Forward move through the steps. Not when framed: after a quick exit, Back would bring
/// the host page and the tool back.
#[hook]
pub fn use_history(app: &AppHandle, owns_history: bool) -> HistorySync {
    let synced = use_memo((), |_| HistorySync(Rc::new(Cell::new(0))));
    let synced = (*synced).clone();
    {
        let synced = synced.clone();
        use_effect_with((app.trail.len(), app.exiting), move |(len, exiting)| {
            // While leaving, touch nothing: a history traversal would cancel the exit navigation.
            if owns_history && !*exiting {
                let (len, s) = (*len, synced.0.get());
                if s == 0 {
                    dom::start_history(len);
                } else if len > s {
                    // After the new step is painted: pushState forces a style and layout pass.
                    dom::after_paint(move || {
                        if !quick_exit::exiting() {
                            dom::push_step(len);
                        }
                    });
                } else if len == 1 && s > 1 {
                    // Cleared: rewind to the first entry so Back leaves the tool.
                    dom::history_go(1 - s as i32);
                }
                synced.0.set(len);
            }
        });
    }
    {
        let dispatcher = app.dispatcher();
        let synced = synced.clone();
        use_effect_with((), move |_| {
            let listener = dom::window().filter(|_| owns_history).map(|w| {
                EventListener::new(&w, "popstate", move |e| {
                    let e = e.unchecked_ref::<web_sys::PopStateEvent>();
                    if let Some(n) = e.state().as_f64() {
                        let n = n as usize;
                        synced.0.set(n.max(1));
                        dispatcher.dispatch(Action::HistoryTo(n));
                    }
                })
            });
            move || drop(listener)
        });
    }
    synced
}

/// The keys of the app's three parts (header, main, footer).
pub struct PartKeys {
    pub header: String,
    pub main: String,
    pub footer: String,
}

/// What a part's texts depend on, as one number for its key (hashed rather than formatted, so
/// no `Debug` code is compiled into the .wasm).
fn key_of(parts: impl Hash) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish().to_string()
}

/// Page translation and DOM-changing extensions replace the text nodes Yew keeps (page
/// translators wrap each one in `<font>`): patched in place, a text would change only in a
/// detached copy (stale on screen) and an insertion before such a node would panic. So each
/// part is keyed by what its texts depend on and re-created, not patched, when that changes;
/// once foreign markup is seen in the app, every render re-creates all parts. Focus goes back
/// to the element with the same id (e.g. the language switch).
#[hook]
pub fn use_part_keys(state: &State, root: &NodeRef) -> PartKeys {
    let renders = use_mut_ref(|| 0u64);
    let refocus = use_mut_ref(|| None::<String>);
    let scope = root.cast::<web_sys::Element>();
    *refocus.borrow_mut() = scope.as_ref().and_then(dom::focused_id_within);
    let mut n = renders.borrow_mut();
    *n += 1;
    let every = if scope.as_ref().is_some_and(dom::foreign_markup_within) {
        *n
    } else {
        0
    };
    drop(n);
    {
        let root = root.clone();
        use_effect(move || {
            if let (Some(scope), Some(id)) = (root.cast::<web_sys::Element>(), refocus.take()) {
                if dom::focused_id_within(&scope).is_none() {
                    dom::focus_within(&scope, &id);
                }
            }
        });
    }
    let screen = state.screen();
    let island = state.island.filter(|_| screen != Screen::Start);
    let locale = state.locale;
    PartKeys {
        header: key_of((locale, state.island, screen == Screen::Start, every)),
        main: key_of((
            locale,
            island,
            screen,
            state.trail.len(),
            state.problem,
            state.cleared,
            state.training.checked,
            every,
        )),
        footer: key_of((locale, every)),
    }
}

/// Each step starts at the top of the page, with focus on its heading (not on the first load);
/// when a problem is shown, focus moves to its error summary (GOV.UK error summary).
#[hook]
pub fn use_step_focus(state: &State, root: &NodeRef) {
    let first = use_mut_ref(|| true);
    {
        let root = root.clone();
        use_effect_with(state.screen(), move |_| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            if let Some(el) = root.cast::<web_sys::Element>() {
                dom::scroll_to_top_of(&el);
                dom::focus_within(&el, "sg-heading");
            }
        });
    }
    let root = root.clone();
    use_effect_with(state.problem, move |problem| {
        if problem.is_some() {
            if let Some(el) = root.cast::<web_sys::Element>() {
                dom::focus_within(&el, "sg-error-summary");
            }
        }
    });
}

/// Theme colours from the embed options go through the CSSOM (a `style` attribute would need
/// 'unsafe-inline').
#[hook]
pub fn use_theme_colours(root: &NodeRef, colours: Vec<(&'static str, String)>) {
    let root = root.clone();
    use_effect_with(colours, move |colours| {
        if let Some(el) = root.cast::<web_sys::HtmlElement>() {
            for (k, v) in colours {
                let _ = el.style().set_property(k, v);
            }
        }
    });
}
