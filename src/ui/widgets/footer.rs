//! The footer of every screen: privacy in one line, language status, and the three pages.

use yew::prelude::*;

use crate::content::{contacts_checked, fill, reviewed_line, texts};
use crate::ui::hooks::{use_app, Dispatch};
use crate::ui::state::{Action, Info};

#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// On the tool's own page the footer is a `<footer>` landmark; inline, a plain container.
    pub owns_page: bool,
}

/// The footer of every screen: privacy in one line, language status, and the three pages.
#[component]
pub fn Footer(props: &FooterProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let link = |info: Info, id: &'static str, label: &'static str| {
        html! {
            <li><button type="button" class="sg-link-button" id={id} onclick={app.on(Action::OpenInfo(info))}>{ label }</button></li>
        }
    };
    html! {
        <@{if props.owns_page { "footer" } else { "div" }} class="sg-footer">
            <p>{ t.footer_privacy }</p>
            <p class="sg-small">{ fill(t.footer_review, &[("status", t.meta_review)]) }</p>
            <p class="sg-small" id="sg-reviewed">{ reviewed_line(app.locale) }</p>
            <p class="sg-small" id="sg-contacts-checked">{ fill(t.footer_contacts_checked, &[("date", contacts_checked(app.island))]) }</p>
            <ul class="sg-footer-links">
                { link(Info::About, "sg-about", t.footer_about) }
                { link(Info::Privacy, "sg-privacy", t.footer_privacy_link) }
                { link(Info::Accessibility, "sg-accessibility", t.footer_accessibility) }
            </ul>
        </@>
    }
}
