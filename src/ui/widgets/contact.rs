//! One reporting point: name, what happens, channels, hours, anonymity and the source of the facts;
//! and the large call / WhatsApp buttons of the one or two points offered first.

use yew::prelude::*;

use crate::content::{fill, texts, Texts};
use crate::domain::locale::Locale;
use crate::domain::model::{Confidence, Need, Point};

#[derive(Properties, PartialEq)]
pub struct ContactProps {
    pub point: &'static Point,
    pub locale: Locale,
    /// A condition of the point that the answers say may not be met: shown, with the reason it
    /// is listed lower.
    #[prop_or_default]
    pub clash: Option<Need>,
    /// The reader checks about someone else (third person in the clash note).
    #[prop_or(false)]
    pub other: bool,
}

fn whatsapp_link(number: &str) -> String {
    format!("https://wa.me/{}", number.trim_start_matches('+'))
}

/// An E.164 number grouped the way the islands write phone numbers: country code, then the
/// subscriber number in groups of three and four (`+297 597 5223`, `+1 721 542 2222`).
/// Anything that is not E.164 comes back unchanged.
pub fn group_e164(number: &str) -> String {
    let Some(digits) = number.strip_prefix('+') else {
        return number.to_string();
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return number.to_string();
    }
    // Country codes of the places the tool covers; others keep one group after the code.
    let cc_len = ["1", "31", "297", "599"]
        .iter()
        .find(|cc| digits.starts_with(*cc))
        .map(|cc| cc.len());
    let Some(cc_len) = cc_len else {
        return number.to_string();
    };
    let (cc, mut r) = digits.split_at(cc_len);
    // From the right: a last group of four, then threes.
    let mut tail: Vec<&str> = Vec::new();
    if r.len() > 4 {
        let (a, b) = r.split_at(r.len() - 4);
        tail.push(b);
        r = a;
        while r.len() > 3 {
            let (a, b) = r.split_at(r.len() - 3);
            tail.push(b);
            r = a;
        }
    }
    // "+cc " and the groups separated by one space (pushed by hand: `join` would link a generic
    // join of its own for this one call).
    let mut out = String::with_capacity(number.len() + 4);
    out.push('+');
    out.push_str(cc);
    out.push(' ');
    out.push_str(r);
    for g in tail.iter().rev() {
        if !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(g);
    }
    out
}

/// What a card says when it has no phone number; never names a channel it does not show.
fn no_number_note(p: &Point, t: &Texts) -> Option<&'static str> {
    if p.callable() {
        None
    } else if !p.website.is_empty() {
        Some(t.contact_no_number)
    } else {
        Some(t.contact_no_channel)
    }
}

fn clash_note(need: Need, other: bool, t: &Texts) -> &'static str {
    match (need, other) {
        (Need::ValidId, false) => t.contact_clash_valid_id,
        (Need::ValidId, true) => t.contact_clash_valid_id_other,
    }
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
        <li class={classes!("sg-contact", props.clash.is_some().then_some("sg-contact-clash"))} data-point={p.id}>
            <p class="sg-contact-kind">{ t.kind[p.kind.index()] }</p>
            <h3 class="sg-contact-name">{ text.name }</h3>
            if let Some(need) = props.clash {
                <p class="sg-clash" data-need={need.slug()}>{ clash_note(need, props.other, t) }</p>
            }
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
                            { format!("{} {}", t.contact_whatsapp, group_e164(p.whatsapp)) }
                        </a></li>
                    }
                    if !p.messenger.is_empty() {
                        <li><a class="sg-channel" href={format!("https://m.me/{}", p.messenger)} rel="noreferrer noopener" target="_blank">
                            { format!("{} {}", t.contact_messenger, p.messenger) }
                        </a></li>
                    }
                    if !p.email.is_empty() {
                        <li><a class="sg-channel" href={format!("mailto:{}", p.email)} target="_top">{ format!("{}: {}", t.contact_email, p.email) }</a></li>
                    }
                    if !p.website.is_empty() {
                        <li><a class="sg-channel" href={p.website} rel="noreferrer noopener" target="_blank">{ t.contact_website }</a></li>
                    }
                </ul>
            }
            if let Some(note) = no_number_note(p, t) {
                <p class="sg-small sg-no-number">{ note }</p>
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

#[derive(Properties, PartialEq)]
pub struct BestProps {
    pub points: Vec<&'static Point>,
    pub locale: Locale,
}

/// The next step: the one or two best reachable points as large call / WhatsApp buttons, each
/// under the point's name (the full card with its source follows further down).
#[component]
pub fn BestContacts(props: &BestProps) -> Html {
    let t = texts(props.locale);
    html! {
        <ul class="sg-best">
            { for props.points.iter().map(|p| {
                let text = p.text(props.locale);
                html! {
                    <li class="sg-best-point" data-point={p.id}>
                        if let Some(ph) = p.phones.first() {
                            <a class="sg-big-button sg-big-call" href={format!("tel:{}", ph.number)} target="_top">
                                <span class="sg-big-action">{ fill(t.contact_call, &[("number", ph.display)]) }</span>
                                <span class="sg-big-name">{ t.kind[p.kind.index()] }{ ": " }{ text.name }</span>
                            </a>
                        }
                        if !p.whatsapp.is_empty() {
                            <a class="sg-big-button sg-big-whatsapp" href={whatsapp_link(p.whatsapp)} rel="noreferrer noopener" target="_blank">
                                <span class="sg-big-action">{ format!("{} {}", t.contact_whatsapp, group_e164(p.whatsapp)) }</span>
                                <span class="sg-big-name">{ t.kind[p.kind.index()] }{ ": " }{ text.name }</span>
                            </a>
                        }
                    </li>
                }
            }) }
        </ul>
    }
}

/// The host part of a URL, for a short link text.
pub fn source_host(url: &str) -> &str {
    match crate::content::find(url, "://") {
        Some(i) => url[i + 3..].split('/').next().unwrap_or(url),
        None => url,
    }
}

#[cfg(test)]
mod tests {
    use super::group_e164;

    #[test]
    fn e164_grouping_table() {
        let cases = [
            ("+2975975223", "+297 597 5223"),
            ("+5997176181", "+599 717 6181"),
            ("+59995100913", "+599 9 510 0913"),
            ("+17215422222", "+1 721 542 2222"),
            ("+31334481186", "+31 33 448 1186"),
            ("911", "911"),
            ("+44123", "+44123"),
            ("+29x", "+29x"),
        ];
        for (input, want) in cases {
            assert_eq!(group_e164(input), want, "{input}");
        }
    }
}
