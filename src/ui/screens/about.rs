//! "About this tool", the privacy statement and the accessibility statement (structure of the
//! Dutch *toegankelijkheidsverklaring*: status, what was done, known problems, contact, date).
//! Who maintains the tool comes from `data/site.toml`; an empty value shows as a placeholder.

use yew::prelude::*;

use crate::content::{fill, texts, Texts, POINTS};
use crate::site::SITE;
use crate::ui::hooks::use_app;
use crate::ui::state::Info;
use crate::ui::widgets::{step_heading, BackLink};

/// A value from the site settings, or a visible placeholder naming the setting to fill in.
fn value(v: &'static str, key: &str, t: &Texts) -> Html {
    if v.is_empty() {
        html! { <span class="sg-placeholder" data-setting={key.to_string()}>{ fill(t.placeholder, &[("key", key)]) }</span> }
    } else {
        html! { <>{ v }</> }
    }
}

/// How to reach the maintainer: e-mail and/or web form, or a placeholder.
fn contact(t: &Texts) -> Html {
    match (SITE.contact_email, SITE.contact_url) {
        ("", "") => value("", "contact_email", t),
        (mail, "") => html! { <a href={format!("mailto:{mail}")} target="_top">{ mail }</a> },
        ("", url) => html! { <a href={url} rel="noreferrer noopener" target="_blank">{ url }</a> },
        (mail, url) => html! {
            <>
                <a href={format!("mailto:{mail}")} target="_top">{ mail }</a>{ ", " }
                <a href={url} rel="noreferrer noopener" target="_blank">{ url }</a>
            </>
        },
    }
}

/// A sentence with one `{name}` placeholder filled by a piece of markup.
fn sentence(template: &str, name: &str, inner: Html) -> Html {
    let marker = format!("{{{name}}}");
    match crate::content::find(template, &marker)
        .map(|i| (&template[..i], &template[i + marker.len()..]))
    {
        Some((before, after)) => {
            html! { <>{ before.to_string() }{ inner }{ after.to_string() }</> }
        }
        None => html! { <>{ template.to_string() }</> },
    }
}

#[derive(Properties, PartialEq)]
pub struct InfoProps {
    pub page: Info,
}

#[component]
pub fn InfoPage(props: &InfoProps) -> Html {
    let app = use_app();
    let t = texts(app.locale);
    let body = match props.page {
        Info::About => about(t),
        Info::Privacy => privacy(t),
        Info::Accessibility => accessibility(t),
    };
    html! {
        <div class="sg-step sg-info">
            <BackLink />
            { body }
        </div>
    }
}

fn about(t: &Texts) -> Html {
    let first = POINTS.iter().map(|p| p.verified).min().unwrap_or("");
    let last = POINTS.iter().map(|p| p.verified).max().unwrap_or("");
    html! {
        <>
            { step_heading(t.about_title) }
            <h2>{ t.about_who_title }</h2>
            <p>{ sentence(t.about_who, "maintainer", value(SITE.maintainer, "maintainer", t)) }</p>
            <h2>{ t.about_contacts_title }</h2>
            <p id="sg-about-checked">{ fill(t.about_contacts, &[("from", first), ("to", last)]) }</p>
            <h2>{ t.about_report_title }</h2>
            <p>{ sentence(t.about_report, "contact", contact(t)) }</p>
            <h2>{ t.about_language_title }</h2>
            <p>{ fill(t.footer_review, &[("status", t.meta_review)]) }</p>
        </>
    }
}

fn privacy(t: &Texts) -> Html {
    html! {
        <>
            { step_heading(t.privacy_title) }
            <p>{ t.privacy_answers }</p>
            <p>{ t.privacy_none }</p>
            <p>{ t.privacy_server }</p>
            <p>{ t.privacy_links }</p>
            <p>{ sentence(t.privacy_who, "maintainer", value(SITE.maintainer, "maintainer", t)) }</p>
            <p>{ sentence(t.privacy_contact, "contact", contact(t)) }</p>
        </>
    }
}

fn accessibility(t: &Texts) -> Html {
    let status = match SITE.accessibility_status {
        "full" => html! { <>{ t.accessibility_status_full }</> },
        "partial" => html! { <>{ t.accessibility_status_partial }</> },
        "none" => html! { <>{ t.accessibility_status_none }</> },
        _ => value("", "accessibility_status", t),
    };
    html! {
        <>
            { step_heading(t.accessibility_title) }
            <p>{ sentence(t.accessibility_intro, "maintainer", value(SITE.maintainer, "maintainer", t)) }</p>
            <h2>{ t.accessibility_status_title }</h2>
            <p>{ status }{ " " }{ sentence(t.accessibility_assessed, "date", value(SITE.accessibility_checked, "accessibility_checked", t)) }</p>
            <h2>{ t.accessibility_done_title }</h2>
            <p>{ t.accessibility_done }</p>
            <h2>{ t.accessibility_known_title }</h2>
            <p>{ t.accessibility_known }</p>
            <h2>{ t.accessibility_contact_title }</h2>
            <p>{ sentence(t.accessibility_contact, "contact", contact(t)) }</p>
            <p class="sg-small">{ sentence(t.accessibility_date, "date", value(SITE.statement_date, "statement_date", t)) }</p>
        </>
    }
}
