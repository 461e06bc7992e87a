//! "About someone else": the signals checklist per theme, with an exclusive "none of these",
//! and the "do not confront" note before the result.

use yew::prelude::*;

use super::screens::BackLink;
use crate::content::{fill, texts, INDICATORS};
use crate::ui::app::use_app;
use crate::ui::state::Action;

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
    let onsubmit = {
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Action::NextTheme);
        })
    };
    let none_checked = app.none[theme.index()];
    let on_none = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::NoneOfThese(theme, !none_checked)))
    };
    html! {
        <form class="sg-step" {onsubmit} novalidate=true>
            <BackLink />
            if props.index == 0 {
                <p class="sg-lead">{ t.other_intro }</p>
            }
            <p class="sg-caption" id="sg-count">{ fill(t.theme_count, &[("n", &(props.index + 1).to_string()), ("total", &themes.len().to_string())]) }</p>
            <fieldset class="sg-fieldset" aria-describedby="sg-count sg-select-all">
                <legend class="sg-legend-heading">
                    <h1 id="sg-heading" tabindex="-1">{ t.theme[theme.index()] }</h1>
                </legend>
                <p class="sg-hint" id="sg-select-all">{ t.select_all }</p>
                <div class="sg-checkboxes">
                    { for INDICATORS.iter().enumerate().filter(|(_, i)| i.for_other && i.theme == theme).map(|(n, ind)| {
                        let checked = app.ticked[n];
                        let app = app.clone();
                        let text = ind.text(app.locale);
                        html! {
                            <div class="sg-checkbox">
                                <input type="checkbox" id={format!("sg-ind-{}", ind.id)} value={ind.id} {checked}
                                    onchange={Callback::from(move |_| app.dispatch(Action::Tick(n, !checked)))} />
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
                        <input type="checkbox" id="sg-none" value="none" checked={none_checked} onchange={on_none} />
                        <label for="sg-none">{ t.none_of_these }</label>
                    </div>
                </div>
            </fieldset>
            <button type="submit" class="sg-button" id="sg-continue">{ t.continue_button }</button>
        </form>
    }
}

#[component]
pub fn Confront() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::ShowResult))
    };
    html! {
        <div class="sg-step">
            <BackLink />
            <h1 id="sg-heading" tabindex="-1">{ t.confront_title }</h1>
            <div class="sg-warning">
                <p><strong>{ t.confront_1 }</strong></p>
                <p>{ t.confront_2 }</p>
                <p>{ t.confront_3 }</p>
            </div>
            <button type="button" class="sg-button" id="sg-continue" {onclick}>{ t.confront_continue }</button>
        </div>
    }
}
