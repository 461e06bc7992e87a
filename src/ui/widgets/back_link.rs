//! The "Back" control shown above a step.

use yew::prelude::*;

use crate::content::texts;
use crate::ui::dom;
use crate::ui::hooks::{use_app, use_config, Dispatch};
use crate::ui::state::Action;

/// Goes back through the browser history where the app owns it, so the page's Back and the
/// browser's Back behave the same; elsewhere one step back in the session.
#[component]
pub fn BackLink() -> Html {
    let app = use_app();
    let config = use_config();
    let t = texts(app.locale);
    let onclick = if config.owns_history {
        Callback::from(|_| dom::history_back())
    } else {
        app.on(Action::Back)
    };
    html! { <button type="button" class="sg-back" {onclick}>{ t.back }</button> }
}
