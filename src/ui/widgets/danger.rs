//! Warnings shown on several screens: the emergency number after a "danger now" answer, and
//! "do not confront" for someone checking about another person.

use yew::prelude::*;

use crate::content::{fill, island, texts, TABLES};
use crate::domain::model::IslandId;
use crate::ui::hooks::use_app;

/// Shown at the top of every screen after a "danger now" answer: the emergency number at once,
/// not only on the result.
#[component]
pub fn DangerBanner() -> Html {
    let app = use_app();
    if !app.danger_answered(&TABLES) {
        return html! {};
    }
    let t = texts(app.locale);
    let number = island(app.island.unwrap_or(IslandId::Elsewhere)).emergency;
    html! {
        <div class="sg-danger-now sg-danger-banner" role="alert">
            <p><strong>{ fill(t.danger_banner, &[("number", number)]) }</strong></p>
            <a class="sg-button sg-button-danger" href={format!("tel:{number}")} target="_top">{ fill(t.danger_call, &[("number", number)]) }</a>
        </div>
    }
}

/// GOV.UK warning text: "do not confront" for someone checking about another person.
#[component]
pub fn ConfrontWarning() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    html! {
        <div class="sg-warning-text" id="sg-confront-warning">
            <span class="sg-warning-icon" aria-hidden="true">{ "!" }</span>
            <p class="sg-warning-body">
                <span class="sg-visually-hidden">{ t.warning_label }{ ": " }</span>
                <strong>{ t.confront_1 }</strong>{ " " }{ t.confront_2 }
            </p>
        </div>
    }
}
