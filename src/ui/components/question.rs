//! "About me": the safety note, one question per screen, and the check-your-answers summary.

use yew::prelude::*;

use super::screens::BackLink;
use crate::content::{fill, island, texts, INDICATORS, SELF_CHECK, TABLES};
use crate::domain::assessment::Answer;
use crate::domain::model::IslandId;
use crate::ui::app::use_app;
use crate::ui::state::{Action, Position};

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

#[component]
pub fn Safety() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::StartQuestions))
    };
    html! {
        <div class="sg-step">
            <BackLink />
            <h1 id="sg-heading" tabindex="-1">{ t.safety_title }</h1>
            <ul class="sg-list">
                <li>{ t.safety_exit }</li>
                <li>{ t.safety_shift }</li>
                <li>{ t.safety_link }</li>
                <li>{ t.safety_nothing_saved }</li>
                <li>{ t.safety_history }</li>
                <li>{ t.safety_private }</li>
                <li>{ t.safety_calls }</li>
                <li>{ t.safety_tabs }</li>
            </ul>
            <button type="button" class="sg-button" id="sg-continue" {onclick}>{ t.safety_start }</button>
        </div>
    }
}

pub fn answer_label(t: &crate::content::Texts, a: Answer) -> &'static str {
    match a {
        Answer::Yes => t.answer_yes,
        Answer::No => t.answer_no,
        Answer::NotSure => t.answer_not_sure,
        Answer::Unanswered => t.answer_none,
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub index: usize,
}

#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let q = props.index;
    let Some(&ind) = SELF_CHECK.get(q) else {
        return html! {};
    };
    let Position { n, total } = app.question_position(&TABLES, q);
    let text = INDICATORS[ind].text(app.locale);
    let current = app.answers.get(q).copied().unwrap_or_default();
    let onsubmit = {
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Action::NextQuestion);
        })
    };
    let options = [
        (Answer::Yes, "yes"),
        (Answer::No, "no"),
        (Answer::NotSure, "not-sure"),
    ];
    let error = app.problem.is_some();
    // The emergency alert after a "yes" to a danger-now question is brought into view.
    let danger = current == Answer::Yes && INDICATORS[ind].danger_now;
    use_effect_with(danger, |danger| {
        if *danger {
            if let Some(el) = crate::ui::dom::document()
                .and_then(|d| d.query_selector(".sg-app #sg-danger-inline").ok().flatten())
            {
                // Aligned to the bottom of the view: the question stays above it.
                el.scroll_into_view_with_bool(false);
            }
        }
    });
    let emergency = crate::content::island(
        app.island
            .unwrap_or(crate::domain::model::IslandId::Elsewhere),
    )
    .emergency;
    html! {
        <form class="sg-step" {onsubmit} novalidate=true data-indicator={INDICATORS[ind].id}>
            <BackLink />
            <DangerBanner />
            if app.dropped > 0 {
                <p class="sg-note sg-dropped" role="status">{ t.answers_dropped }</p>
            }
            if error {
                <div class="sg-error-summary" id="sg-error-summary" tabindex="-1" role="alert">
                    <h2>{ t.error_title }</h2>
                    <p><a href="#sg-answer-yes" onclick={Callback::from(|e: MouseEvent| { e.prevent_default(); crate::ui::dom::focus_from(&e, "sg-answer-yes"); })}>{ t.error_answer }</a></p>
                </div>
            }
            <p class="sg-caption" id="sg-count">{ fill(t.question_count, &[("n", &n.to_string()), ("total", &total.to_string())]) }</p>
            <fieldset class={classes!("sg-fieldset", error.then_some("sg-fieldset-error"))} aria-describedby="sg-count">
                <legend class="sg-legend-heading">
                    <h1 id="sg-heading" tabindex="-1">{ text.question }</h1>
                </legend>
                if error {
                    <p class="sg-error-message">{ t.error_answer }</p>
                }
                <div class="sg-radios sg-radios-inline">
                    { for options.iter().map(|(a, id)| {
                        let app = app.clone();
                        let a = *a;
                        html! {
                            <div class="sg-radio">
                                <input type="radio" name="sg-answer" id={format!("sg-answer-{id}")} value={*id}
                                    checked={current == a}
                                    onchange={Callback::from(move |_| app.dispatch(Action::Answer(q, a)))} />
                                <label for={format!("sg-answer-{id}")}>{ answer_label(t, a) }</label>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            // A "yes" to a danger-now question: the emergency number right away, not only on the result.
            if danger {
                <div class="sg-danger-inline" id="sg-danger-inline" role="alert">
                    <p><strong>{ t.result_danger_title }</strong>{ " " }{ fill(t.result_danger_text, &[("number", emergency)]) }</p>
                    <a class="sg-button sg-button-danger" href={format!("tel:{emergency}")} target="_top">{ fill(t.danger_call, &[("number", emergency)]) }</a>
                </div>
            }
            <button type="submit" class="sg-button" id="sg-continue">{ t.continue_button }</button>
        </form>
    }
}

#[component]
pub fn Summary() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::ShowResult))
    };
    let shown = app.visible(&TABLES);
    html! {
        <div class="sg-step">
            <BackLink />
            <DangerBanner />
            <h1 id="sg-heading" tabindex="-1">{ t.summary_title }</h1>
            <p>{ t.summary_intro }</p>
            <dl class="sg-summary">
                { for SELF_CHECK.iter().enumerate().filter(|(q, _)| shown[*q]).map(|(q, &ind)| {
                    let n = app.question_position(&TABLES, q).n;
                    let app2 = app.clone();
                    let a = app.answers.get(q).copied().unwrap_or_default();
                    html! {
                        <div class="sg-summary-row" data-indicator={INDICATORS[ind].id}>
                            <dt>{ INDICATORS[ind].text(app.locale).question }</dt>
                            <dd>{ answer_label(t, a) }</dd>
                            <dd>
                                <button type="button" class="sg-link-button" onclick={Callback::from(move |_| app2.dispatch(Action::ChangeAnswer(q)))}>
                                    { t.summary_change }
                                    <span class="sg-visually-hidden">{ format!(" {} {}", t.summary_question, n) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <button type="button" class="sg-button" id="sg-continue" {onclick}>{ t.see_result }</button>
        </div>
    }
}
