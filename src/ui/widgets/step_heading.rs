//! The heading of a step: focus moves to it on each new step (`hooks::use_step_focus`).

use yew::prelude::*;

/// `<h1>` with the id focus moves to. A function, not a component: it needs no state, and each
/// component costs bytes in the .wasm.
pub fn step_heading(text: impl Into<Html>) -> Html {
    html! { <h1 id="sg-heading" tabindex="-1">{ text.into() }</h1> }
}
