//! The root component: creates the reducer, provides it to the components, and keeps the
//! browser in step with the session through named hooks (`hooks.rs`, `quick_exit.rs`).

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{
    use_history, use_page_meta, use_part_keys, use_step_focus, use_theme_colours, AppHandle,
};
use super::quick_exit::use_quick_exit;
use super::screens::Screens;
use super::state::State;
use super::widgets::{Footer, Header};
use crate::content::texts;
use crate::domain::options::Options;

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

#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let config = props.config.clone();
    let root = use_node_ref();

    use_page_meta(&state, config.owns_page);
    let history = use_history(&state, config.owns_history);
    let exit = use_quick_exit(state.clone(), config.options.exit_url.clone(), history);
    let keys = use_part_keys(&state, &root);
    use_step_focus(&state, &root);
    use_theme_colours(&root, config.options.colours.clone());

    let class = classes!(
        "sg-app",
        config.options.compact.then_some("sg-compact"),
        state.exiting.then_some("sg-covered")
    );
    let t = texts(state.locale);
    let screens = html! { <Screens key={keys.main} /> };
    html! {
        <ContextProvider<Rc<Config>> context={config.clone()}>
        <ContextProvider<AppHandle> context={state.clone()}>
            <div {class} ref={root} lang={state.locale.tag()}>
                if state.exiting {
                    <div class="sg-cover" role="alert">{ t.exit_loading }</div>
                } else {
                    <Header key={keys.header} shift_status={exit.status} on_exit={exit.onclick} />
                    if config.owns_page {
                        <main class="sg-main" id="sg-main">{ screens }</main>
                    } else {
                        // Inline on a host page that has its own <main>.
                        <section class="sg-main" id="sg-main" aria-label={t.app_name}>{ screens }</section>
                    }
                    <Footer key={keys.footer} owns_page={config.owns_page} />
                }
            </div>
        </ContextProvider<AppHandle>>
        </ContextProvider<Rc<Config>>>
    }
}
