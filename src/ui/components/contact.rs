//! One reporting point: name, what happens, channels, hours, anonymity and the source of the facts.

use yew::prelude::*;

use crate::content::{fill, texts};
use crate::domain::locale::Locale;
use crate::domain::model::{Confidence, Point};

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    pub point: &'static Point,
    pub locale: Locale,
    /// Heading level 3 inside a list of contacts.
    #[prop_or(false)]
    pub compact: bool,
}

fn whatsapp_link(number: &str) -> String {
    format!("https://wa.me/{}", number.trim_start_matches('+'))
}

#[component]
pub fn Contact(props: &ContactProps) -> Html {
    let p = props.point;
    let t = texts(props.locale);
    let text = p.text(props.locale);
    let confidence = match p.confidence {
        Confidence::High => t.confidence_high,
        Confidence::Medium => t.confidence_medium,
        Confidence::Low => t.confidence_low,
    };
    html! {
        <li class="sg-contact" data-point={p.id}>
            <p class="sg-contact-kind">{ t.kind[p.kind.index()] }</p>
            <h3 class="sg-contact-name">{ text.name }</h3>
            if !p.phones.is_empty() || !p.whatsapp.is_empty() || !p.email.is_empty() || !p.website.is_empty() {
                <ul class="sg-channels">
                    { for p.phones.iter().map(|ph| html! {
                        <li><a class="sg-channel sg-call" href={format!("tel:{}", ph.number)} target="_top">
                            { fill(t.contact_call, &[("number", ph.display)]) }
                            if !ph.label.is_empty() { { format!(" ({})", ph.label) } }
                        </a>
                        if ph.local_only() { <span class="sg-small sg-local-only">{ " " }{ t.contact_local_only }</span> }
                        </li>
                    }) }
                    if !p.whatsapp.is_empty() {
                        <li><a class="sg-channel" href={whatsapp_link(p.whatsapp)} rel="noreferrer noopener" target="_blank">
                            { format!("{} {}", t.contact_whatsapp, p.whatsapp) }
                        </a></li>
                    }
                    if !p.messenger.is_empty() {
                        <li><a class="sg-channel" href={format!("https://m.me/{}", p.messenger)} rel="noreferrer noopener" target="_blank">
                            { format!("{} {}", t.contact_messenger, p.messenger) }
                        </a></li>
                    }
                    if !p.email.is_empty() {
                        <li><a class="sg-channel" href={format!("mailto:{}", p.email)}>{ format!("{}: {}", t.contact_email, p.email) }</a></li>
                    }
                    if !p.website.is_empty() {
                        <li><a class="sg-channel" href={p.website} rel="noreferrer noopener" target="_blank">{ t.contact_website }</a></li>
                    }
                </ul>
            }
            if p.phones.is_empty() {
                <p class="sg-small">{ t.contact_no_number }</p>
            }
            if p.anonymous {
                <p class="sg-tag">{ t.contact_anonymous }</p>
            }
            <p><strong>{ t.contact_what_happens }{ ": " }</strong>{ text.what_happens }</p>
            if !text.hours.is_empty() {
                <p><strong>{ t.contact_hours }{ ": " }</strong>{ text.hours }</p>
            }
            if !p.address.is_empty() {
                <p><strong>{ t.contact_address }{ ": " }</strong>{ p.address }</p>
            }
            <p class="sg-source">
                { t.contact_source }{ ": " }
                <a href={p.source} rel="noreferrer noopener" target="_blank" class="sg-source-link">{ source_host(p.source) }</a>
                { " (" }{ if p.source_date.is_empty() { t.contact_undated.to_string() } else { fill(t.contact_published, &[("date", p.source_date)]) } }{ "), " }
                { fill(t.contact_checked, &[("date", p.verified), ("confidence", confidence)]) }
            </p>
        </li>
    }
}

/// The host part of a URL, for a short link text.
pub fn source_host(url: &str) -> &str {
    url.split("://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or(url)
}
