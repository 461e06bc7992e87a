//! The first screen: island and path.

use yew::prelude::*;

use crate::content::texts;
use crate::domain::model::IslandId;
use crate::ui::app::use_app;
use crate::ui::state::{Action, Path, Problem};

#[component]
pub fn Start() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let dispatch = |a: Action| {
        let app = app.clone();
        Callback::from(move |_| app.dispatch(a.clone()))
    };
    let on_help = {
        let app = app.clone();
        Callback::from(move |_: MouseEvent| app.dispatch(Action::GetHelp))
    };
    let onsubmit = {
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            app.dispatch(Action::Begin);
        })
    };
    let paths = [
        (Path::SelfCheck, "self", t.path_self, t.path_self_hint),
        (Path::Other, "other", t.path_other, t.path_other_hint),
        (
            Path::Training,
            "training",
            t.path_training,
            t.path_training_hint,
        ),
    ];
    let problem = app.problem.and_then(|p| match p {
        Problem::NoIsland => Some(("sg-island-0", t.error_island)),
        Problem::NoPath => Some(("sg-path-self", t.error_path)),
        Problem::NoAnswer => None,
    });

    html! {
        <form class="sg-step" {onsubmit} novalidate=true>
            if app.cleared {
                <p class="sg-notice" role="status">{ t.cleared }</p>
            }
            if let Some((target, msg)) = problem {
                <div class="sg-error-summary" id="sg-error-summary" tabindex="-1" role="alert">
                    <h2>{ t.error_title }</h2>
                    <p><a href={format!("#{target}")} onclick={Callback::from(move |e: MouseEvent| { e.prevent_default(); crate::ui::dom::focus_from(&e, target); })}>{ msg }</a></p>
                </div>
            }
            <h1 id="sg-heading" tabindex="-1">{ t.start_title }</h1>
            <p class="sg-lead">{ t.start_intro }</p>
            <p class="sg-help-now-link">
                <button type="button" class="sg-link-button sg-strong-link" id="sg-help-now" onclick={on_help}>{ t.start_help_now }</button>
                <span class="sg-hint">{ " " }{ t.start_help_now_hint }</span>
            </p>
            <fieldset class="sg-fieldset">
                <legend class="sg-legend">{ t.start_island }</legend>
                <p class="sg-hint">{ t.start_island_hint }</p>
                <div class="sg-radios">
                    { for IslandId::ALL.iter().enumerate().map(|(n, i)| html! {
                        <div class="sg-radio">
                            <input type="radio" name="sg-island" id={format!("sg-island-{n}")} value={i.slug()}
                                checked={app.island == Some(*i)} onchange={dispatch(Action::SetIsland(*i))} />
                            <label for={format!("sg-island-{n}")}>{ t.island[i.index()] }</label>
                        </div>
                    }) }
                </div>
            </fieldset>
            if app.presets.path.is_none() {
                <fieldset class="sg-fieldset">
                    <legend class="sg-legend">{ t.start_path }</legend>
                    <div class="sg-radios">
                        { for paths.iter().map(|(p, id, label, hint)| html! {
                            <div class="sg-radio">
                                <input type="radio" name="sg-path" id={format!("sg-path-{id}")} value={*id}
                                    aria-describedby={format!("sg-path-{id}-hint")}
                                    checked={app.path == Some(*p)} onchange={dispatch(Action::ChoosePath(*p))} />
                                <label for={format!("sg-path-{id}")}>{ *label }</label>
                                <p class="sg-hint" id={format!("sg-path-{id}-hint")}>{ *hint }</p>
                            </div>
                        }) }
                    </div>
                </fieldset>
            }
            <button type="submit" class="sg-button" id="sg-continue">{ t.continue_button }</button>
        </form>
    }
}
