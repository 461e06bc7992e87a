//! The result: level in plain words, the signals behind it, why, the "not sure" answers, and the
//! island's reporting points in the order the routing function gives.

use yew::prelude::*;

use super::contact::Contact;
use super::screens::BackLink;
use crate::content::{fill, texts, INDICATORS, POINTS};
use crate::domain::assessment::Level;
use crate::domain::model::IslandId;
use crate::domain::routing::route;
use crate::ui::app::use_app;
use crate::ui::dom;
use crate::ui::state::{Action, Path};

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let a = app.assessment();
    let island_id = app.island.unwrap_or(IslandId::Elsewhere);
    let points = route(&POINTS, island_id, &a);
    let self_path = app.path == Some(Path::SelfCheck);
    let signal_text = |i: usize| {
        let text = INDICATORS[i].text(app.locale);
        if self_path {
            text.question
        } else {
            text.signal
        }
    };
    let on_clear = {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(Action::ClearAnswers))
    };
    let on_print = Callback::from(|_| dom::print());

    html! {
        <div class="sg-step sg-result">
            <BackLink />
            <super::why::Headline />

            <h2>{ t.result_signals }</h2>
            if a.yes.is_empty() {
                <p>{ t.result_no_signals }</p>
            } else {
                <ul class="sg-list sg-signals">
                    { for a.yes.iter().map(|&i| html! {
                        <li data-indicator={INDICATORS[i].id}>
                            { signal_text(i) }
                            if let Some(w) = INDICATORS[i].weight(a.list).filter(|_| !INDICATORS[i].danger_now) {
                                <span class="sg-small">{ format!(" — {}", t.strength[w.strength.index()]) }</span>
                            }
                        </li>
                    }) }
                </ul>
            }
            <super::why::WhyResult />
            if !a.not_sure.is_empty() {
                <h2>{ t.result_not_sure }</h2>
                <p>{ t.result_not_sure_intro }</p>
                <ul class="sg-list sg-not-sure">
                    { for a.not_sure.iter().map(|&i| html! { <li>{ signal_text(i) }</li> }) }
                </ul>
            }
            if a.level == Level::None {
                <p>{ t.result_none_talk }</p>
            }

            <h2 id="sg-help">{ fill(t.result_help_title, &[("where", t.island_in[island_id.index()])]) }</h2>
            <p>{ t.result_help_intro }</p>
            <ol class="sg-contacts" aria-labelledby="sg-help">
                { for points.iter().map(|p| html! { <Contact point={*p} locale={app.locale} /> }) }
            </ol>
            <p class="sg-note">{ t.result_report_vs_complaint }</p>
            <div class="sg-actions">
                <button type="button" class="sg-button sg-button-secondary" id="sg-clear" onclick={on_clear}>{ t.clear_answers }</button>
                <button type="button" class="sg-button sg-button-secondary" onclick={on_print}>{ t.print }</button>
            </div>
        </div>
    }
}
