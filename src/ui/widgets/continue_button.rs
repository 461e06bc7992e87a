//! The primary button of a step (GOV.UK button). Functions, not components: they need no state,
//! and each component costs bytes in the .wasm.

use yew::prelude::*;

/// Submits the step's form.
pub fn continue_submit(label: &'static str) -> Html {
    html! { <button type="submit" class="sg-button" id="sg-continue">{ label }</button> }
}

/// Dispatches on click (a step without a form).
pub fn continue_button(label: &'static str, onclick: Callback<MouseEvent>) -> Html {
    html! { <button type="button" class="sg-button" id="sg-continue" {onclick}>{ label }</button> }
}
