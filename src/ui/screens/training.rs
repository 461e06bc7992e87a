//! Training mode: choose a scenario, mark the signals, get feedback per item, see whom to contact
//! on the scenario's island, and a session summary. A trainer view shows every answer at once.

use yew::prelude::*;

use crate::content::{fill, texts, training_score, Texts, INDICATORS, POINTS, SCENARIOS};
use crate::domain::assessment::{assess, Answer};
use crate::domain::locale::Locale;
use crate::domain::model::Scenario;
use crate::domain::routing::{route_checked, unmet_needs};
use crate::domain::training::{feedback, interleave, Feedback, Item, Score};
use crate::ui::dom;
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::Action;
use crate::ui::widgets::{step_heading, BackLink, Contact};

fn item_text(s: &Scenario, item: Item, locale: Locale) -> &'static str {
    match item {
        Item::Signal(i) => INDICATORS[i].text(locale).signal,
        Item::Distractor(d) => s.distractors[d].text(locale),
    }
}

fn feedback_label(t: &Texts, f: Feedback) -> &'static str {
    match f {
        Feedback::Found => t.training_found,
        Feedback::Missed => t.training_missed,
        Feedback::NotASignal => t.training_not_signal,
        Feedback::RightlyIgnored => t.training_ignored,
    }
}

#[component]
pub fn TrainingList() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    html! {
        <div class="sg-step">
            <BackLink />
            { step_heading(t.training_title) }
            <p class="sg-lead">{ t.training_intro }</p>
            <h2>{ t.training_choose }</h2>
            <ul class="sg-scenarios">
                { for SCENARIOS.iter().enumerate().map(|(i, s)| html! {
                    <li>
                        <button type="button" class="sg-link-button sg-scenario-link" onclick={app.on(Action::OpenScenario(i))}>
                            { s.text(app.locale).title }
                        </button>
                        <span class="sg-small">{ format!(" — {}", caption(t, s)) }</span>
                    </li>
                }) }
            </ul>
            <div class="sg-actions">
                <button type="button" class="sg-button" id="sg-run-all" onclick={app.on(Action::RunAll)}>{ t.training_all }</button>
                <button type="button" class="sg-button sg-button-secondary" id="sg-trainer" onclick={app.on(Action::OpenTrainer)}>{ t.training_trainer }</button>
                <button type="button" class="sg-button sg-button-secondary" id="sg-handout" onclick={app.on(Action::OpenHandout)}>{ t.print_checklist }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ScenarioProps {
    pub index: usize,
}

#[component]
pub fn ScenarioPage(props: &ScenarioProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let Some(s) = SCENARIOS.get(props.index) else {
        return html! {};
    };
    let items = interleave(s.signals, s.distractors.len());
    let checked = app.training.checked;
    // After "Check my answers": focus (and the view) moves to the feedback summary at the top.
    {
        use_effect_with(checked, move |checked| {
            if *checked {
                if let Some(el) = dom::document().and_then(|d| {
                    d.query_selector(".sg-app #sg-feedback-summary")
                        .ok()
                        .flatten()
                }) {
                    use wasm_bindgen::JsCast;
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        el.scroll_into_view();
                        let _ = el.focus();
                    }
                }
            }
        });
    }
    // Whom to contact: the routing function on the scenario's own signals.
    let pairs: Vec<(usize, Answer)> = s.signals.iter().map(|&i| (i, Answer::Yes)).collect();
    let assessment = assess(&INDICATORS, &pairs);
    let contacts = route_checked(
        &POINTS,
        s.island,
        &assessment,
        &unmet_needs(&INDICATORS, &assessment),
    );

    html! {
        <form class="sg-step" onsubmit={app.on_submit(Action::CheckScenario)} novalidate=true>
            <BackLink />
            <p class="sg-caption">{ caption(t, s) }</p>
            { step_heading(s.text(app.locale).title) }
            if let Some(score) = app.training.score_of(props.index).filter(|_| checked) {
                <div class="sg-feedback-summary" id="sg-feedback-summary" tabindex="-1" role="status">
                    <h2>{ t.training_feedback_title }</h2>
                    <p class="sg-lead" id="sg-score">{ score_line(app.locale, score) }</p>
                    <ul class="sg-list sg-small sg-feedback-legend">
                        <li><strong>{ t.training_found }</strong>{ ": " }{ t.training_found_help }</li>
                        <li><strong>{ t.training_missed }</strong>{ ": " }{ t.training_missed_help }</li>
                        <li><strong>{ t.training_not_signal }</strong>{ ": " }{ t.training_not_signal_help }</li>
                        <li><strong>{ t.training_ignored }</strong>{ ": " }{ t.training_ignored_help }</li>
                    </ul>
                </div>
            }
            <p class="sg-story">{ s.text(app.locale).story }</p>
            <fieldset class="sg-fieldset">
                <legend class="sg-legend">{ t.training_mark }</legend>
                <div class="sg-checkboxes">
                    { for items.iter().enumerate().map(|(n, item)| {
                        let marked = app.training.marks.get(n).copied().unwrap_or(false);
                        let fb = feedback(*item, marked);
                        html! {
                            <div class={classes!("sg-checkbox", checked.then_some(format!("sg-feedback-{}", fb.slug())))} data-item={item.kind()}>
                                <input type="checkbox" id={format!("sg-item-{n}")} checked={marked} disabled={checked}
                                    onchange={app.on(Action::Mark(n, !marked))} />
                                <label for={format!("sg-item-{n}")}>{ item_text(s, *item, app.locale) }</label>
                                if checked {
                                    <div class="sg-feedback" data-feedback={fb.slug()}>
                                        <strong>{ feedback_label(t, fb) }</strong>
                                        if let Item::Signal(i) = item {
                                            <p class="sg-small">
                                                { weight_label(t, s, *i, true) }
                                            </p>
                                            <p class="sg-small">{ INDICATORS[*i].text(app.locale).why_other }</p>
                                        }
                                    </div>
                                }
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            if !checked {
                <button type="submit" class="sg-button" id="sg-continue">{ t.training_check }</button>
            } else {
                <p class="sg-lead" data-level={s.level.slug()}>{ fill(t.training_level, &[("level", t.level[s.level.index()])]) }</p>
                <h2>{ fill(t.training_contact, &[("where", t.island_in[s.island.index()])]) }</h2>
                <ol class="sg-contacts">
                    { for contacts.iter().map(|r| html! { <Contact point={r.point} clash={r.clash} other=true locale={app.locale} /> }) }
                </ol>
                <button type="button" class="sg-button" id="sg-next" onclick={app.on(Action::NextScenario)}>
                    { if app.training.run_all && props.index + 1 < SCENARIOS.len() { t.training_next } else { t.training_summary } }
                </button>
            }
        </form>
    }
}

#[component]
pub fn TrainingSummary() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let total = app.training.total();
    html! {
        <div class="sg-step">
            <BackLink />
            { step_heading(t.training_summary) }
            <ul class="sg-list">
                { for app.training.done.iter().map(|d| html! {
                    <li>
                        <strong>{ SCENARIOS[d.scenario].text(app.locale).title }</strong>{ ": " }
                        { score_line(app.locale, d.score) }
                    </li>
                }) }
            </ul>
            <p class="sg-lead" id="sg-total">{ score_line(app.locale, total) }</p>
            <div class="sg-actions">
                <button type="button" class="sg-button" id="sg-another" onclick={app.on(Action::OpenTrainingList)}>{ t.training_another }</button>
                <button type="button" class="sg-button sg-button-secondary" id="sg-handout" onclick={app.on(Action::OpenHandout)}>{ t.print_checklist }</button>
                <button type="button" class="sg-button sg-button-secondary" id="sg-trainer" onclick={app.on(Action::OpenTrainer)}>{ t.training_trainer }</button>
                <button type="button" class="sg-button sg-button-secondary" id="sg-clear" onclick={app.on(Action::ClearAnswers)}>{ t.clear_answers }</button>
            </div>
        </div>
    }
}

#[component]
pub fn Trainer() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let l = app.locale;
    // Between stories: focus (and scroll to) the story's heading; nothing goes into the URL.
    let go = |n: usize| {
        Callback::from(move |e: MouseEvent| dom::focus_from(&e, &format!("sg-case-{n}")))
    };
    html! {
        <div class="sg-step sg-trainer">
            <BackLink />
            { step_heading(t.training_trainer) }
            <button type="button" class="sg-button sg-button-secondary" onclick={Callback::from(|_| dom::print())}>{ t.print }</button>
            <nav class="sg-trainer-nav" aria-label={t.training_stories}>
                <ol>
                    { for SCENARIOS.iter().enumerate().map(|(n, s)| html! {
                        <li><button type="button" class="sg-link-button" onclick={go(n)}>{ s.text(l).title }</button></li>
                    }) }
                </ol>
            </nav>
            { for SCENARIOS.iter().enumerate().map(|(n, s)| html! {
                <section class="sg-trainer-case" aria-labelledby={format!("sg-case-{n}")}>
                    <h2 id={format!("sg-case-{n}")} tabindex="-1">{ s.text(l).title }</h2>
                    <p class="sg-small">{ caption(t, s) }</p>
                    <p>{ s.text(l).story }</p>
                    <h3>{ t.training_signals }</h3>
                    <ul class="sg-list">
                        { for s.signals.iter().map(|&i| html! {
                            <li>{ INDICATORS[i].text(l).signal }<span class="sg-small">{ format!(" — {}", weight_label(t, s, i, false)) }</span></li>
                        }) }
                    </ul>
                    <p class="sg-small" data-level={s.level.slug()}>{ fill(t.training_level, &[("level", t.level[s.level.index()])]) }</p>
                    <h3>{ t.training_distractors }</h3>
                    <ul class="sg-list">
                        { for s.distractors.iter().map(|d| html! { <li>{ d.text(l) }</li> }) }
                    </ul>
                    <div class="sg-trainer-steps">
                        if n > 0 {
                            <button type="button" class="sg-button sg-button-secondary sg-trainer-prev" onclick={go(n - 1)}>{ t.training_prev }</button>
                        }
                        if n + 1 < SCENARIOS.len() {
                            <button type="button" class="sg-button sg-trainer-next" onclick={go(n + 1)}>{ t.training_next }</button>
                        }
                    </div>
                </section>
            }) }
        </div>
    }
}

/// "2 of 3 signs found, 1 statement marked by mistake" for a score.
fn score_line(locale: Locale, s: Score) -> String {
    training_score(locale, s.found as u64, s.total as u64, s.wrong as u64)
}

/// Strength and dimension of a scenario's signal in the list the scenario is scored with.
fn weight_label(
    t: &crate::content::Texts,
    s: &crate::domain::model::Scenario,
    i: usize,
    long: bool,
) -> String {
    let Some(w) = INDICATORS[i].weight(s.list) else {
        return String::new();
    };
    let (strength, dimension) = (
        t.strength[w.strength.index()],
        t.dimension[w.dimension.index()],
    );
    if long {
        format!(
            "{}: {strength} · {}: {dimension}",
            t.training_strength, t.training_dimension
        )
    } else {
        format!("{strength}, {dimension}")
    }
}

/// "Form (child) — island" for a scenario.
fn caption(t: &crate::content::Texts, s: &crate::domain::model::Scenario) -> String {
    let form = t.form[s.form.index()];
    let island = t.island[s.island.index()];
    if s.child {
        format!(
            "{form}, {} — {island}",
            t.form[crate::domain::model::Form::Child.index()]
        )
    } else {
        format!("{form} — {island}")
    }
}
