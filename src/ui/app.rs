//! The root component: creates the reducer, provides it to the components, and keeps the
//! browser in step with the state (title, `<html lang>`, icon, history, quick-exit keys).

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::components::{Footer, Header, Screens};
use super::dom;
use super::state::{Action, Path, Position, Screen, State};
use crate::content::{fill, texts, TABLES};
use crate::domain::exit::{ShiftEvent, ShiftRule, WINDOW_MS};
use crate::domain::options::Options;

pub type AppHandle = UseReducerHandle<State>;

/// Settings that do not change while the app runs (from embed options or the query string).
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub options: Options,
    /// Standalone page (not an inline embed): the app owns the title, `<html lang>` and history.
    pub owns_page: bool,
    /// Whether the app may add history entries: its own page and not framed (in a frame the
    /// entries would join the host tab's history). Decided once at start-up.
    pub owns_history: bool,
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub initial: State,
    pub config: Rc<Config>,
}

/// The app state and a dispatcher, for components.
#[hook]
pub fn use_app() -> AppHandle {
    use_context::<AppHandle>().expect("AppHandle context")
}

#[hook]
pub fn use_config() -> Rc<Config> {
    use_context::<Rc<Config>>().expect("Config context")
}

/// Document title: a step part and a name, never an answer, island or path. During "about me"
/// the name is the neutral word for "Information".
fn title(state: &State) -> String {
    let t = texts(state.locale);
    let step = match state.screen() {
        Screen::Question(q) => {
            let Position { n, total } = state.question_position(&TABLES, q);
            fill(
                t.question_count,
                &[("n", &n.to_string()), ("total", &total.to_string())],
            )
        }
        Screen::Theme(n) => fill(
            t.theme_count,
            &[
                ("n", &(n + 1).to_string()),
                ("total", &TABLES.themes().len().to_string()),
            ],
        ),
        _ => String::new(),
    };
    let name = if state.path == Some(Path::SelfCheck) && state.screen() != Screen::Start {
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

/// What a part's texts depend on, as one number for its key (hashed rather than formatted, so
/// no `Debug` code is compiled into the .wasm).
fn key_of(parts: impl Hash) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    parts.hash(&mut h);
    h.finish().to_string()
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let config = props.config.clone();
    let owns_page = config.owns_page;

    // Title and icon on every step; `<html lang>` only when the language changes (setting
    // it, even to the same value, restyles the whole page).
    {
        let title = title(&state);
        let discreet = state.path == Some(Path::SelfCheck) && state.screen() != Screen::Start;
        use_effect_with((title, discreet), move |(title, discreet)| {
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

    // History: each step forward adds an entry holding only its step number (not when framed:
    // after a quick exit, Back would bring the host page and the tool back).
    let owns_history = config.owns_history;
    let synced = use_mut_ref(|| 0usize);
    {
        let synced = synced.clone();
        let len = state.trail.len();
        let exiting = state.exiting;
        use_effect_with((len, exiting), move |(len, exiting)| {
            // While leaving, touch nothing: a history traversal would cancel the exit navigation.
            if owns_history && !*exiting {
                let mut s = synced.borrow_mut();
                if *s == 0 {
                    dom::start_history(*len);
                } else if *len > *s {
                    // After the new step is painted: pushState forces a style and layout pass.
                    let step = *len;
                    dom::after_paint(move || {
                        if !dom::exiting() {
                            dom::push_step(step);
                        }
                    });
                } else if *len == 1 && *s > 1 {
                    // Cleared: rewind to the first entry so Back leaves the tool.
                    dom::history_go(1 - *s as i32);
                }
                *s = *len;
            }
        });
    }
    {
        let dispatcher = state.dispatcher();
        let synced = synced.clone();
        use_effect_with((), move |_| {
            let listener = dom::window().filter(|_| owns_history).map(|w| {
                EventListener::new(&w, "popstate", move |e| {
                    let e = e.unchecked_ref::<web_sys::PopStateEvent>();
                    if let Some(n) = e.state().as_f64() {
                        let n = n as usize;
                        *synced.borrow_mut() = n.max(1);
                        dispatcher.dispatch(Action::HistoryTo(n));
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Quick exit: Shift three times (the rule in `domain::exit`, shared with `www/embed.js`),
    // announced press by press, and a clean page after a return through the bfcache.
    let shift_status = use_state(String::new);
    {
        let dispatcher = state.dispatcher();
        let shift_status = shift_status.clone();
        let exit_url = config.options.exit_url.clone();
        let locale = state.locale;
        let synced = synced.clone();
        use_effect_with(locale, move |locale| {
            let locale = *locale;
            let t = texts(locale);
            let rule = Rc::new(RefCell::new(ShiftRule::default()));
            let show_dispatcher = dispatcher.clone();
            // The window timer: restarted on each counted press, it announces the expiry.
            let timer = Rc::new(RefCell::new(None::<gloo::timers::callback::Timeout>));
            let on_key = {
                let rule = rule.clone();
                let shift_status = shift_status.clone();
                Rc::new(move |event: ShiftEvent| match event {
                    ShiftEvent::Exit => {
                        timer.borrow_mut().take();
                        dispatcher.dispatch(Action::Exit);
                        dom::leave(&exit_url);
                    }
                    ShiftEvent::Counted(n) => {
                        shift_status.set(crate::content::shift_more(locale, u64::from(3 - n)));
                        let (rule, shift_status) = (rule.clone(), shift_status.clone());
                        *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(
                            WINDOW_MS as u32 + 20,
                            move || {
                                if rule.borrow_mut().tick(dom::now_ms()) == ShiftEvent::Expired {
                                    shift_status.set(t.exit_shift_expired.to_string());
                                }
                            },
                        ));
                    }
                    ShiftEvent::Reset => {
                        timer.borrow_mut().take();
                        shift_status.set(t.quick_exit_reset.to_string());
                    }
                    ShiftEvent::Expired => shift_status.set(t.exit_shift_expired.to_string()),
                    ShiftEvent::None => {}
                })
            };
            let doc = dom::document();
            let listen = |kind: &'static str| {
                let (rule, on_key) = (rule.clone(), on_key.clone());
                doc.as_ref().map(|d| {
                    EventListener::new(d, kind, move |e| {
                        let key = e.unchecked_ref::<web_sys::KeyboardEvent>().key();
                        let now = dom::now_ms();
                        let event = if kind == "keydown" {
                            rule.borrow_mut().key_down(&key, now)
                        } else {
                            rule.borrow_mut().key_up(&key, now)
                        };
                        on_key(event);
                    })
                })
            };
            let (down, up) = (listen("keydown"), listen("keyup"));
            let show = dom::window().map(|w| {
                let dispatcher = show_dispatcher.clone();
                EventListener::new(&w, "pageshow", move |e| {
                    let e = e.unchecked_ref::<web_sys::PageTransitionEvent>();
                    if e.persisted() {
                        dom::uncover();
                        // The history entries of before the exit are gone or stale: start anew.
                        *synced.borrow_mut() = 0;
                        dispatcher.dispatch(Action::Restore);
                    }
                })
            });
            move || drop((down, up, show))
        });
    }

    // Page translation and DOM-changing extensions replace the text nodes Yew keeps (page
    // translators wrap each one in `<font>`): patched in place, a text would change only in a
    // detached copy (stale on screen) and an insertion before such a node would panic. So each
    // part is keyed by what its texts depend on and re-created, not patched, when that changes;
    // once foreign markup is seen in the app, every render re-creates all parts. Focus goes
    // back to the element with the same id (e.g. the language switch).
    // Each step starts at the top of the page, with focus on its heading (not on the first load).
    let root = use_node_ref();
    let renders = use_mut_ref(|| 0u64);
    let refocus = use_mut_ref(|| None::<String>);
    let keys = {
        let scope = root.cast::<web_sys::Element>();
        *refocus.borrow_mut() = scope.as_ref().and_then(dom::focused_id_within);
        let mut n = renders.borrow_mut();
        *n += 1;
        let every = if scope.as_ref().is_some_and(dom::foreign_markup_within) {
            *n
        } else {
            0
        };
        let screen = state.screen();
        let island = state.island.filter(|_| screen != Screen::Start);
        let locale = state.locale;
        (
            key_of((locale, state.island, screen == Screen::Start, every)),
            key_of((
                locale,
                island,
                screen,
                state.trail.len(),
                state.problem,
                state.cleared,
                state.training.checked,
                every,
            )),
            key_of((locale, every)),
        )
    };
    {
        let root = root.clone();
        let refocus = refocus.clone();
        use_effect(move || {
            if let (Some(scope), Some(id)) = (root.cast::<web_sys::Element>(), refocus.take()) {
                if dom::focused_id_within(&scope).is_none() {
                    dom::focus_within(&scope, &id);
                }
            }
        });
    }

    // Focus the new heading on each step (not on the first load).
    {
        let screen = state.screen();
        let first = use_mut_ref(|| true);
        let root = root.clone();
        use_effect_with(screen, move |_| {
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            if let Some(el) = root.cast::<web_sys::Element>() {
                dom::scroll_to_top_of(&el);
                dom::focus_within(&el, "sg-heading");
            }
        });
    }

    // GOV.UK error summary: when a problem is shown, focus moves to its summary.
    {
        let root = root.clone();
        use_effect_with(state.problem, move |problem| {
            if problem.is_some() {
                if let Some(el) = root.cast::<web_sys::Element>() {
                    dom::focus_within(&el, "sg-error-summary");
                }
            }
        });
    }

    // Theme colours go through the CSSOM (a `style` attribute would need 'unsafe-inline').
    {
        let root = root.clone();
        let colours = config.options.colours.clone();
        use_effect_with(colours, move |colours| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                for (k, v) in colours {
                    let _ = el.style().set_property(k, v);
                }
            }
        });
    }
    let class = classes!(
        "sg-app",
        config.options.compact.then_some("sg-compact"),
        state.exiting.then_some("sg-covered")
    );
    html! {
        <ContextProvider<Rc<Config>> context={config.clone()}>
        <ContextProvider<AppHandle> context={state.clone()}>
            <div class={class} ref={root} lang={state.locale.tag()}>
                if state.exiting {
                    <div class="sg-cover" role="alert">{ texts(state.locale).exit_loading }</div>
                } else {
                    <Header key={keys.0} shift_status={(*shift_status).clone()} />
                    if owns_page {
                        <main class="sg-main" id="sg-main">
                            <Screens key={keys.1} />
                        </main>
                    } else {
                        // Inline on a host page that has its own <main>.
                        <section class="sg-main" id="sg-main" aria-label={texts(state.locale).app_name}>
                            <Screens key={keys.1} />
                        </section>
                    }
                    <Footer key={keys.2} {owns_page} />
                }
            </div>
        </ContextProvider<AppHandle>>
        </ContextProvider<Rc<Config>>>
    }
}
