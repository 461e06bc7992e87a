//! One component per `Screen` of the session (each a step of a GOV.UK question page or an
//! outcome page), and [`Screens`], which picks the one for the current step. Screens are built
//! from `widgets`.

mod about;
mod checklist;
mod print;
mod question;
mod result;
mod start;
mod training;
mod why;

use yew::prelude::*;

use crate::ui::hooks::use_app;
use crate::ui::state::Screen;
use about::InfoPage;
use checklist::{Checklist, Confront};
use print::Handout;
use question::{Question, Safety, Summary};
use result::{HelpNow, ResultPage};
use start::Start;
use training::{ScenarioPage, Trainer, TrainingList, TrainingSummary};

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
