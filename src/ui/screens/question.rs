//! "About me": the safety note, one question per screen, and the check-your-answers summary.

use yew::prelude::*;

use crate::content::{fill, island, texts, Texts, INDICATORS, SELF_CHECK, TABLES};
use crate::domain::assessment::Answer;
use crate::domain::model::IslandId;
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::{Action, Position};
use crate::ui::widgets::{
    continue_button, continue_submit, step_heading, BackLink, DangerBanner, ErrorSummary,
};

#[component]
pub fn Safety() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    html! {
        <div class="sg-step">
            <BackLink />
            { step_heading(t.safety_title) }
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
            { continue_button(t.safety_start, app.on(Action::StartQuestions)) }
        </div>
    }
}

pub fn answer_label(t: &Texts, a: Answer) -> &'static str {
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
    let onsubmit = app.on_submit(Action::NextQuestion);
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
    let emergency = island(app.island.unwrap_or(IslandId::Elsewhere)).emergency;
    html! {
        <form class="sg-step" {onsubmit} novalidate=true data-indicator={INDICATORS[ind].id}>
            <BackLink />
            <DangerBanner />
            if app.dropped > 0 {
                <p class="sg-note sg-dropped" role="status">{ t.answers_dropped }</p>
            }
            if error {
                <ErrorSummary target="sg-answer-yes" message={t.error_answer} />
            }
            <p class="sg-caption" id="sg-count">{ fill(t.question_count, &[("n", &n.to_string()), ("total", &total.to_string())]) }</p>
            <fieldset class={classes!("sg-fieldset", error.then_some("sg-fieldset-error"))} aria-describedby="sg-count">
                <legend class="sg-legend-heading">
                    { step_heading(text.question) }
                </legend>
                if error {
                    <p class="sg-error-message">{ t.error_answer }</p>
                }
                <div class="sg-radios sg-radios-inline">
                    { for Answer::GIVEN.into_iter().map(|a| {
                        let id = a.slug();
                        html! {
                            <div class="sg-radio">
                                <input type="radio" name="sg-answer" id={format!("sg-answer-{id}")} value={id}
                                    checked={current == a}
                                    onchange={app.on(Action::Answer(q, a))} />
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
            { continue_submit(t.continue_button) }
        </form>
    }
}

#[component]
pub fn Summary() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let shown = app.visible(&TABLES);
    html! {
        <div class="sg-step">
            <BackLink />
            <DangerBanner />
            { step_heading(t.summary_title) }
            <p>{ t.summary_intro }</p>
            <dl class="sg-summary">
                { for SELF_CHECK.iter().enumerate().filter(|(q, _)| shown[*q]).map(|(q, &ind)| {
                    let n = app.question_position(&TABLES, q).n;
                    let a = app.answers.get(q).copied().unwrap_or_default();
                    html! {
                        <div class="sg-summary-row" data-indicator={INDICATORS[ind].id}>
                            <dt>{ INDICATORS[ind].text(app.locale).question }</dt>
                            <dd>{ answer_label(t, a) }</dd>
                            <dd>
                                <button type="button" class="sg-link-button" onclick={app.on(Action::ChangeAnswer(q))}>
                                    { t.summary_change }
                                    <span class="sg-visually-hidden">{ format!(" {} {}", t.summary_question, n) }</span>
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            { continue_button(t.see_result, app.on(Action::ShowResult)) }
        </div>
    }
}
