//! Top of every screen: the hidden first "leave quickly" link, the quick-exit button, the
//! "in danger now" line beside it (both sticky), and the language and island switches.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::content::{fill, island, texts, LANGUAGE_NAMES};
use crate::domain::locale::Locale;
use crate::domain::model::IslandId;
use crate::ui::hooks::{use_app, use_config};
use crate::ui::packs;
use crate::ui::state::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The Shift×3 announcement (`quick_exit::use_quick_exit`).
    pub shift_status: AttrValue,
    /// Quick exit: forget the session and leave (`quick_exit::use_quick_exit`).
    pub on_exit: Callback<MouseEvent>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let app = use_app();
    let config = use_config();
    let t = texts(app.locale);
    let exit_url = config.options.exit_url.clone();

    let on_exit = props.on_exit.clone();
    let on_lang = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            let sel: HtmlSelectElement = e.target_unchecked_into();
            if let Some(l) = Locale::parse(&sel.value()) {
                // The page stays in its language until the new one's texts are here.
                let (app, current) = (app.clone(), app.locale);
                packs::when_loaded(l, move |ok| {
                    if ok {
                        app.dispatch(Action::SetLocale(l));
                    } else {
                        sel.set_value(current.tag());
                        app.dispatch(Action::LanguageFailed);
                    }
                });
            }
        })
    };
    let on_island = {
        let app = app.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                if let Some(i) = IslandId::from_slug(&sel.value()) {
                    app.dispatch(Action::SetIsland(i));
                }
            }
        })
    };
    let emergency = app.island.map(|i| island(i).emergency).unwrap_or("911");
    let on_start = app.screen() == Screen::Start;

    // The skip link and the exit bar are direct children of the app so that the bar stays in
    // view (sticky) over the whole page, not only over the header.
    // Inline on a host page, the host has its own landmarks: plain containers instead.
    let (bar_tag, header_tag) = if config.owns_page {
        ("aside", "header")
    } else {
        ("div", "div")
    };
    let bar_label = config.owns_page.then_some(t.exit_button);
    html! {
        <>
            <@{bar_tag} class="sg-exit-bar" aria-label={bar_label}>
                <a class="sg-skip-exit" href={exit_url.clone()} rel="nofollow noreferrer" onclick={on_exit.clone()}>{ t.skip_exit }</a>
                <a class="sg-exit" id="sg-exit" href={exit_url} rel="nofollow noreferrer" onclick={on_exit}>
                    <span class="sg-visually-hidden">{ t.exit_hidden }{" "}</span>
                    { t.exit_button }
                </a>
                <span class="sg-visually-hidden" role="status">{ props.shift_status.clone() }</span>
                // The emergency number stays in view with the exit button on every screen.
                <p class="sg-danger">
                    <a href={format!("tel:{emergency}")} target="_top">{ fill(t.danger_line, &[("number", emergency)]) }</a>
                </p>
            </@>
            <@{header_tag} class="sg-header">
            <div class="sg-switches">
                <div class="sg-switch">
                    <label for="sg-lang">{ t.language }</label>
                    <select id="sg-lang" onchange={on_lang}>
                        { for Locale::ALL.iter().map(|l| html! {
                            <option value={l.tag()} lang={l.tag()} selected={*l == app.locale}>{ LANGUAGE_NAMES[l.index()] }</option>
                        }) }
                    </select>
                </div>
                if !on_start {
                    <div class="sg-switch">
                        <label for="sg-island">{ t.island_label }</label>
                        <select id="sg-island" onchange={on_island}>
                            if app.island.is_none() {
                                <option value="" selected=true>{ "—" }</option>
                            }
                            { for IslandId::ALL.iter().map(|i| html! {
                                <option value={i.slug()} selected={Some(*i) == app.island}>{ if *i == IslandId::Elsewhere { t.island_elsewhere_short } else { t.island[i.index()] } }</option>
                            }) }
                        </select>
                    </div>
                }
            </div>
            if app.language_failed {
                <p class="sg-warning" id="sg-language-failed" role="alert">{ t.language_failed }</p>
            }
            </@>
        </>
    }
}
