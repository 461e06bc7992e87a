//! Picks the view for the current screen.

use yew::prelude::*;

use super::about::InfoPage;
use super::checklist::{Checklist, Confront};
use super::print::Handout;
use super::question::{Question, Safety, Summary};
use super::result::{HelpNow, ResultPage};
use super::start::Start;
use super::training::{ScenarioPage, Trainer, TrainingList, TrainingSummary};
use crate::ui::app::use_app;
use crate::ui::state::Screen;

#[component]
pub fn Screens() -> Html {
    let app = use_app();
    match app.screen() {
        Screen::Start => html! { <Start /> },
        Screen::Safety => html! { <Safety /> },
        // Not keyed: the next question updates the same form in place (a remount would
        // rebuild, restyle and lay out the whole step).
        Screen::Question(q) => html! { <Question index={q} /> },
        Screen::Summary => html! { <Summary /> },
        Screen::Theme(t) => html! { <Checklist key={t} index={t} /> },
        Screen::Confront => html! { <Confront /> },
        Screen::Result => html! { <ResultPage /> },
        Screen::TrainingList => html! { <TrainingList /> },
        Screen::Scenario(s) => html! { <ScenarioPage key={s} index={s} /> },
        Screen::TrainingSummary => html! { <TrainingSummary /> },
        Screen::Trainer => html! { <Trainer /> },
        Screen::Handout => html! { <Handout /> },
        Screen::Help => html! { <HelpNow /> },
        Screen::Info(i) => html! { <InfoPage page={i} /> },
    }
}

/// The "Back" control shown above a step: goes back through the browser history, so the
/// page's Back and the browser's Back behave the same.
#[component]
pub fn BackLink() -> Html {
    let app = use_app();
    let t = crate::content::texts(app.locale);
    let config = crate::ui::app::use_config();
    let onclick = {
        let app = app.clone();
        Callback::from(move |_| {
            if config.owns_history {
                crate::ui::dom::history_back();
            } else {
                app.dispatch(crate::ui::state::Action::Back);
            }
        })
    };
    html! { <button type="button" class="sg-back" {onclick}>{ t.back }</button> }
}
