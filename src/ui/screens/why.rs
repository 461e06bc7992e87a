//! The top of the result and "why this result": the heading (the danger message when there is
//! danger now, else the level), and per list used (adult or child; work or sexual exploitation)
//! which areas count and which answers made them count. The rule itself is in
//! `crate::domain::assessment`; this only shows what `assess` returned.

use yew::prelude::*;

use crate::content::{fill, island, texts, INDICATORS};
use crate::domain::assessment::Age;
use crate::domain::model::{Dimension, IslandId};
use crate::ui::hooks::use_app;
use crate::ui::state::Path;

/// The page heading. With a "danger now" answer the danger message is the heading (focus lands on
/// it); a lone danger answer is never named "some signs".
#[component]
pub fn Headline() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let a = app.assessment(&crate::content::TABLES);
    let other = app.path == Some(Path::Other);
    let emergency = island(app.island.unwrap_or(IslandId::Elsewhere)).emergency;
    let level_name = a.level.slug();
    let level_class = format!("sg-level-{level_name}");
    let caption = if other {
        t.result_title_other
    } else {
        t.result_title
    };
    if a.danger_now {
        let (title, text) = if other {
            (t.result_danger_title_other, t.result_danger_text_other)
        } else {
            (t.result_danger_title, t.result_danger_text)
        };
        html! {
            <>
                <div class="sg-danger-now">
                    <h1 id="sg-heading" tabindex="-1" data-level={level_name} data-danger="true">{ title }</h1>
                    <p>{ fill(text, &[("number", emergency)]) }</p>
                    <a class="sg-button sg-button-danger" href={format!("tel:{emergency}")} target="_top">{ fill(t.danger_call, &[("number", emergency)]) }</a>
                </div>
                if !a.lone_danger() {
                    <p class="sg-caption">{ caption }</p>
                    <h2 class={level_class}>{ t.level[a.level.index()] }</h2>
                }
            </>
        }
    } else {
        html! {
            <>
                <p class="sg-caption">{ caption }</p>
                <h1 id="sg-heading" tabindex="-1" class={level_class} data-level={level_name}>{ t.level[a.level.index()] }</h1>
            </>
        }
    }
}

/// "Why this result": the rule in plain words, the age, and per list used the areas with a "yes"
/// in them: whether each counts and the answers behind it.
#[component]
pub fn WhyResult() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let l = app.locale;
    let a = app.assessment(&crate::content::TABLES);
    let self_path = app.path == Some(Path::SelfCheck);
    let say = |i: usize| {
        let text = INDICATORS[i].text(l);
        if self_path {
            text.question
        } else {
            text.signal
        }
    };
    let age = match a.age {
        Age::Adult => t.why_age_adult,
        Age::Child => t.why_age_child,
        Age::Unknown => t.why_age_unknown,
    };
    let lists = a
        .lists
        .iter()
        .filter(|r| r.reasons.iter().any(|v| !v.is_empty()) || !r.child_exploitation.is_empty());
    html! {
        <section class="sg-why" aria-labelledby="sg-why-title">
            <h2 id="sg-why-title">{ t.result_why }</h2>
            <p>{ t.result_why_rule }</p>
            <p data-age={a.age.slug()}>{ age }</p>
            { for lists.map(|r| {
                let mut counted: Vec<&str> = Vec::new();
                html! {
                    <section class="sg-why-list" data-list={r.list.slug()} data-level={r.level.slug()}>
                        <h3>{ t.list[r.list.index()] }{ ": " }{ t.level[r.level.index()] }</h3>
                        <ul class="sg-list">
                            if !r.child_exploitation.is_empty() {
                                <li data-child-exploitation="true">
                                    <strong>{ t.why_child_exploitation }</strong>{ ":" }
                                    <ul>{ for r.child_exploitation.iter().map(|&i| html! { <li>{ say(i) }</li> }) }</ul>
                                </li>
                            }
                            { for Dimension::ALL.iter().filter(|d| !r.reasons[d.index()].is_empty()).map(|d| {
                                let positive = r.positive[d.index()];
                                html! {
                                    <li data-dimension={d.slug()} data-positive={positive.to_string()}>
                                        <strong>{ t.dimension[d.index()] }</strong>
                                        { format!(": {}", if positive { t.why_counts } else { t.why_not_yet }) }
                                        <ul>
                                            { for r.reasons[d.index()].iter().map(|&i| {
                                                let w = INDICATORS[i].weight(r.list);
                                                let again = w.is_some_and(|w| counted.contains(&w.source));
                                                if let Some(w) = w { counted.push(w.source); }
                                                let note = match w {
                                                    _ if again => t.why_same_sign,
                                                    Some(w) => t.strength[w.strength.index()],
                                                    None => "",
                                                };
                                                html! { <li data-indicator={INDICATORS[i].id}>{ say(i) }<span class="sg-small">{ format!(" — {note}") }</span></li> }
                                            }) }
                                        </ul>
                                    </li>
                                }
                            }) }
                        </ul>
                    </section>
                }
            }) }
        </section>
    }
}
