//! The first screen: island and path.

use yew::prelude::*;

use crate::content::texts;
use crate::domain::model::IslandId;
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::{Action, Path, Problem};
use crate::ui::widgets::{continue_submit, step_heading, ErrorSummary};

#[component]
pub fn Start() -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let path_text = |p: Path| match p {
        Path::SelfCheck => (t.path_self, t.path_self_hint),
        Path::Other => (t.path_other, t.path_other_hint),
        Path::Training => (t.path_training, t.path_training_hint),
    };
    let problem = app.problem.and_then(|p| match p {
        Problem::NoIsland => Some(("sg-island-0", t.error_island)),
        Problem::NoPath => Some(("sg-path-self", t.error_path)),
        Problem::NoAnswer => None,
    });

    html! {
        <form class="sg-step" onsubmit={app.on_submit(Action::Begin)} novalidate=true>
            if app.cleared {
                <p class="sg-notice" role="status">{ t.cleared }</p>
            }
            if let Some((target, message)) = problem {
                <ErrorSummary {target} {message} />
            }
            { step_heading(t.start_title) }
            <p class="sg-lead">{ t.start_intro }</p>
            <p class="sg-help-now-link">
                <button type="button" class="sg-link-button sg-strong-link" id="sg-help-now" onclick={app.on(Action::GetHelp)}>{ t.start_help_now }</button>
                <span class="sg-hint">{ " " }{ t.start_help_now_hint }</span>
            </p>
            <fieldset class="sg-fieldset">
                <legend class="sg-legend">{ t.start_island }</legend>
                <p class="sg-hint">{ t.start_island_hint }</p>
                <div class="sg-radios">
                    { for IslandId::ALL.iter().enumerate().map(|(n, i)| html! {
                        <div class="sg-radio">
                            <input type="radio" name="sg-island" id={format!("sg-island-{n}")} value={i.slug()}
                                checked={app.island == Some(*i)} onchange={app.on(Action::SetIsland(*i))} />
                            <label for={format!("sg-island-{n}")}>{ t.island[i.index()] }</label>
                        </div>
                    }) }
                </div>
            </fieldset>
            if app.presets.path.is_none() {
                <fieldset class="sg-fieldset">
                    <legend class="sg-legend">{ t.start_path }</legend>
                    <div class="sg-radios">
                        { for Path::ALL.into_iter().map(|p| (p, p.slug(), path_text(p))).map(|(p, id, (label, hint))| html! {
                            <div class="sg-radio">
                                <input type="radio" name="sg-path" id={format!("sg-path-{id}")} value={id}
                                    aria-describedby={format!("sg-path-{id}-hint")}
                                    checked={app.path == Some(p)} onchange={app.on(Action::ChoosePath(p))} />
                                <label for={format!("sg-path-{id}")}>{ label }</label>
                                <p class="sg-hint" id={format!("sg-path-{id}-hint")}>{ hint }</p>
                            </div>
                        }) }
                    </div>
                </fieldset>
            }
            { continue_submit(t.continue_button) }
        </form>
    }
}
