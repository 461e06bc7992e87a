//! The result, help first (GOV.UK outcome page): the heading, then the one or two best reachable
//! contacts as large buttons, the level in plain words, every contact of the island in the order
//! the routing function gives, and only then why this result and the signals behind it.
//! Someone checking about another person reads about "the person", never "you".

use yew::prelude::*;

use super::why::{Headline, WhyResult};
use crate::content::{fill, texts, Texts, INDICATORS, POINTS};
use crate::domain::assessment::{assess, Level};
use crate::domain::model::IslandId;
use crate::domain::routing::{best, route_checked, unmet_needs};
use crate::ui::dom;
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::{Action, Path};
use crate::ui::widgets::{step_heading, BackLink, BestContacts, ConfrontWarning, Contact};

/// The plain-words lead for a level, for the reader of this path.
pub fn level_lead(t: &Texts, level: Level, other: bool) -> &'static str {
    if !other {
        return t.level_lead[level.index()];
    }
    match level {
        Level::None => t.level_lead_other_none,
        Level::Some => t.level_lead_other_some,
        Level::Exploitation => t.level_lead_other_exploitation,
        Level::Trafficking => t.level_lead_other_trafficking,
    }
}

#[component]
pub fn ResultPage() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let a = app.assessment(&crate::content::TABLES);
    let island_id = app.island.unwrap_or(IslandId::Elsewhere);
    let routed = route_checked(&POINTS, island_id, &a, &unmet_needs(&INDICATORS, &a));
    let first = best(&routed);
    let other = app.path == Some(Path::Other);
    let signal_text = |i: usize| {
        let text = INDICATORS[i].text(app.locale);
        if other {
            text.signal
        } else {
            text.question
        }
    };
    let on_print = Callback::from(|_| dom::print());

    html! {
        <div class={classes!("sg-step", "sg-result", other.then_some("sg-result-other"))}>
            <BackLink />
            // The heading: the danger message when an answer says "in danger now" (focused), else
            // the level; a lone danger answer is never given a level of its own.
            <Headline />

            // 1. The next step: who to contact first.
            if !first.is_empty() {
                <section class="sg-next" aria-labelledby="sg-next-title">
                    <h2 id="sg-next-title">{ t.next_title }</h2>
                    <BestContacts points={first} locale={app.locale} />
                    <p class="sg-next-intro">{ if other { t.next_intro_other } else { t.next_intro } }</p>
                </section>
            }

            // 2. The level in plain words.
            if !a.lone_danger() {
                <p class="sg-lead" id="sg-lead">{ level_lead(t, a.level, other) }</p>
            }
            if other {
                <ConfrontWarning />
            }
            <p class="sg-note">{ t.result_not_verdict }</p>

            // 3. Every contact of the island.
            <h2 id="sg-help">{ fill(t.result_help_title, &[("where", t.island_in[island_id.index()])]) }</h2>
            <p>{ t.result_help_intro }</p>
            <ol class="sg-contacts" aria-labelledby="sg-help">
                { for routed.iter().map(|r| html! { <Contact point={r.point} clash={r.clash} other={other} locale={app.locale} /> }) }
            </ol>
            <p class="sg-note">{ t.result_report_vs_complaint }</p>

            // 4. The signals behind this result and why it is this result (per ILO/EC list used).
            <section class="sg-explain" id="sg-explain" aria-labelledby="sg-signals-title">
                <h2 id="sg-signals-title">{ t.result_signals }</h2>
                if a.yes.is_empty() {
                    <p>{ if other { t.result_no_signals_other } else { t.result_no_signals } }</p>
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
                <WhyResult />
                if !a.not_sure.is_empty() {
                    <h2>{ t.result_not_sure }</h2>
                    <p>{ t.result_not_sure_intro }</p>
                    <ul class="sg-list sg-not-sure">
                        { for a.not_sure.iter().map(|&i| html! { <li>{ signal_text(i) }</li> }) }
                    </ul>
                }
                if a.level == Level::None {
                    <p>{ if other { t.result_none_talk_other } else { t.result_none_talk } }</p>
                }
            </section>
            <div class="sg-actions">
                <button type="button" class="sg-button sg-button-secondary" id="sg-clear" onclick={app.on(Action::ClearAnswers)}>{ t.clear_answers }</button>
                <button type="button" class="sg-button sg-button-secondary" onclick={on_print}>{ t.print }</button>
            </div>
        </div>
    }
}

/// "Get help now": the island's contacts without answering anything (an island is chosen here
/// when none was yet).
#[component]
pub fn HelpNow() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let Some(island_id) = app.island else {
        return html! {
            <div class="sg-step sg-help-now">
                <BackLink />
                { step_heading(t.start_help_now) }
                <fieldset class="sg-fieldset">
                    <legend class="sg-legend">{ t.start_island }</legend>
                    <div class="sg-radios">
                        { for IslandId::ALL.iter().enumerate().map(|(n, &i)| {
                            html! {
                                <div class="sg-radio">
                                    <input type="radio" name="sg-help-island" id={format!("sg-help-island-{n}")} value={i.slug()}
                                        onchange={app.on(Action::SetIsland(i))} />
                                    <label for={format!("sg-help-island-{n}")}>{ t.island[i.index()] }</label>
                                </div>
                            }
                        }) }
                    </div>
                </fieldset>
            </div>
        };
    };
    let a = assess(&INDICATORS, &[]);
    let routed = route_checked(&POINTS, island_id, &a, &[]);
    let first = best(&routed);
    html! {
        <div class="sg-step sg-help-now">
            <BackLink />
            { step_heading(fill(t.result_help_title, &[("where", t.island_in[island_id.index()])])) }
            if !first.is_empty() {
                <section class="sg-next" aria-labelledby="sg-next-title">
                    <h2 id="sg-next-title">{ t.next_title }</h2>
                    <BestContacts points={first} locale={app.locale} />
                    <p class="sg-next-intro">{ t.help_now_intro }</p>
                </section>
            }
            <p>{ t.result_help_intro }</p>
            <ol class="sg-contacts" aria-labelledby="sg-heading">
                { for routed.iter().map(|r| html! { <Contact point={r.point} locale={app.locale} /> }) }
            </ol>
            <p class="sg-note">{ t.result_report_vs_complaint }</p>
        </div>
    }
}
