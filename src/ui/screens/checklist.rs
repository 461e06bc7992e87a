//! "About someone else": the signals checklist per theme, with an exclusive "none of these",
//! and the "do not confront" note before the result.

use yew::prelude::*;

use crate::content::{fill, texts, INDICATORS};
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::Action;
use crate::ui::widgets::{continue_button, continue_submit, step_heading, BackLink};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub index: usize,
}

#[component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let themes = crate::content::TABLES.themes();
    let Some(&theme) = themes.get(props.index) else {
        return html! {};
    };
    let none_checked = app.none[theme.index()];
    html! {
        <form class="sg-step" onsubmit={app.on_submit(Action::NextTheme)} novalidate=true>
            <BackLink />
            if props.index == 0 {
                <p class="sg-lead">{ t.other_intro }</p>
            }
            <p class="sg-caption" id="sg-count">{ fill(t.theme_count, &[("n", &(props.index + 1).to_string()), ("total", &themes.len().to_string())]) }</p>
            <fieldset class="sg-fieldset" aria-describedby="sg-count sg-select-all">
                <legend class="sg-legend-heading">
                    { step_heading(t.theme[theme.index()]) }
                </legend>
                <p class="sg-hint" id="sg-select-all">{ t.select_all }</p>
                <div class="sg-checkboxes">
                    { for INDICATORS.iter().enumerate().filter(|(_, i)| i.for_other && i.theme == theme).map(|(n, ind)| {
                        let checked = app.ticked[n];
                        let text = ind.text(app.locale);
                        html! {
                            <div class="sg-checkbox">
                                <input type="checkbox" id={format!("sg-ind-{}", ind.id)} value={ind.id} {checked}
                                    onchange={app.on(Action::Tick(n, !checked))} />
                                <label for={format!("sg-ind-{}", ind.id)}>{ text.signal }</label>
                                <details class="sg-details">
                                    <summary>{ t.why_matters }</summary>
                                    <p>{ text.why_other }</p>
                                </details>
                            </div>
                        }
                    }) }
                    <p class="sg-divider">{ t.or }</p>
                    <div class="sg-checkbox">
                        <input type="checkbox" id="sg-none" value="none" checked={none_checked} onchange={app.on(Action::NoneOfThese(theme, !none_checked))} />
                        <label for="sg-none">{ t.none_of_these }</label>
                    </div>
                </div>
            </fieldset>
            { continue_submit(t.continue_button) }
        </form>
    }
}

#[component]
pub fn Confront() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    html! {
        <div class="sg-step">
            <BackLink />
            { step_heading(t.confront_title) }
            <div class="sg-warning">
                <p><strong>{ t.confront_1 }</strong></p>
                <p>{ t.confront_2 }</p>
                <p>{ t.confront_3 }</p>
            </div>
            { continue_button(t.confront_continue, app.on(Action::ShowResult)) }
        </div>
    }
}
