//! The static fallback: every island's emergency number and main reporting points as plain HTML,
//! in the five locales, generated at build time from the same content tables as the app.
//! `signaal-gen fallback` prints it; the build puts it into `dist/index.html`.

use crate::content::{texts, ISLANDS, POINTS};
use crate::domain::locale::Locale;
use crate::domain::model::PointKind;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The fallback section (without the surrounding page).
pub fn html() -> String {
    let mut o = String::new();
    for (n, l) in Locale::ALL.iter().enumerate() {
        let t = texts(*l);
        o.push_str(&format!(
            "<details class=\"sg-fb-locale\" lang=\"{}\"{}><summary>{}</summary>\n",
            l.tag(),
            if *l == Locale::Nl { " open" } else { "" },
            esc(t.meta_name)
        ));
        o.push_str(&format!("<h2>{}</h2>\n", esc(t.fallback_title)));
        o.push_str(&format!(
            "<p class=\"sg-fb-intro\">{}</p>\n",
            esc(t.fallback_intro)
        ));
        o.push_str(&format!(
            "<p class=\"sg-apology\">{}</p>\n",
            esc(t.panic_apology)
        ));
        for isl in ISLANDS.iter() {
            o.push_str(&format!(
                "<h3 id=\"fb-{}-{}\">{}</h3>\n<ul class=\"sg-fb-points\">\n",
                n,
                isl.id.slug(),
                esc(t.island[isl.id.index()])
            ));
            for p in POINTS
                .iter()
                .filter(|p| p.island == isl.id && p.kind != PointKind::Care)
            {
                let text = p.text(*l);
                o.push_str(&format!(
                    "<li data-point=\"{}\"><strong>{}</strong>: {}",
                    p.id,
                    esc(t.kind[p.kind.index()]),
                    esc(text.name)
                ));
                for ph in p.phones {
                    o.push_str(&format!(
                        " <a href=\"tel:{}\" target=\"_top\">{}</a>",
                        esc(ph.number),
                        esc(ph.display)
                    ));
                }
                if !p.whatsapp.is_empty() {
                    o.push_str(&format!(
                        " <a href=\"https://wa.me/{}\" rel=\"noreferrer\" target=\"_blank\">WhatsApp {}</a>",
                        esc(p.whatsapp.trim_start_matches('+')),
                        esc(p.whatsapp)
                    ));
                }
                if !p.website.is_empty() {
                    o.push_str(&format!(
                        " <a href=\"{}\" rel=\"noreferrer\" target=\"_blank\">{}</a>",
                        esc(p.website),
                        esc(t.contact_website)
                    ));
                }
                o.push_str("</li>\n");
            }
            o.push_str("</ul>\n");
        }
        o.push_str("</details>\n");
    }
    o
}
