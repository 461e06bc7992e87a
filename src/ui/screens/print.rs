//! A printable handout: the professional checklist by theme, the self-check questions and the
//! chosen island's reporting points with the date they were checked.

use yew::prelude::*;

use crate::content::{fill, texts, verified_date, INDICATORS, POINTS, SELF_CHECK};
use crate::domain::assessment::{assess, Answer};
use crate::domain::model::IslandId;
use crate::domain::routing::route;
use crate::ui::dom;
use crate::ui::hooks::use_app;
use crate::ui::widgets::{step_heading, BackLink, ConfrontWarning, Contact};

#[component]
pub fn Handout() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let l = app.locale;
    let island = app.island.unwrap_or(IslandId::Elsewhere);
    // Every point of the island: assess as if every signal were present.
    let all: Vec<(usize, Answer)> = (0..INDICATORS.len()).map(|i| (i, Answer::Yes)).collect();
    let points = route(&POINTS, island, &assess(&INDICATORS, &all));
    html! {
        <div class="sg-step sg-handout">
            <BackLink />
            { step_heading(t.handout_title) }
            <button type="button" class="sg-button" id="sg-print" onclick={Callback::from(|_| dom::print())}>{ t.print }</button>
            <ConfrontWarning />
            <h2>{ t.other_title }</h2>
            { for crate::content::TABLES.themes().into_iter().map(|theme| html! {
                <section class="sg-print-theme">
                    <h3>{ t.theme[theme.index()] }</h3>
                    <ul class="sg-print-checks">
                        { for INDICATORS.iter().filter(|i| i.for_other && i.theme == theme).map(|i| html! {
                            <li>{ "☐ " }{ i.text(l).signal }</li>
                        }) }
                    </ul>
                </section>
            }) }
            <h2 class="sg-screen-only">{ t.print_questions }</h2>
            <h2 class="sg-print-only">{ t.path_self }</h2>
            <ol class="sg-list sg-print-questions">
                { for SELF_CHECK.iter().map(|&i| html! { <li>{ INDICATORS[i].text(l).question }</li> }) }
            </ol>
            <h2>{ fill(t.result_help_title, &[("where", t.island_in[island.index()])]) }</h2>
            <ol class="sg-contacts">
                { for points.iter().map(|p| html! { <Contact point={*p} locale={l} /> }) }
            </ol>
            <p class="sg-small">{ fill(t.print_contacts_date, &[("date", verified_date(island))]) }</p>
        </div>
    }
}
