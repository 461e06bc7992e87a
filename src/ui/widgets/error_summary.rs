//! GOV.UK error summary: the problem as a link to the field to fix (focus moves to the summary
//! when it appears: `hooks::use_step_focus`).

use yew::prelude::*;

use crate::content::texts;
use crate::ui::dom;
use crate::ui::hooks::use_app;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    /// The id of the field the link focuses.
    pub target: &'static str,
    pub message: AttrValue,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let target = props.target;
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        dom::focus_from(&e, target);
    });
    html! {
        <div class="sg-error-summary" id="sg-error-summary" tabindex="-1" role="alert">
            <h2>{ t.error_title }</h2>
            <p><a href={format!("#{target}")} {onclick}>{ props.message.clone() }</a></p>
        </div>
    }
}
