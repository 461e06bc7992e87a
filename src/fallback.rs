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

/// The locale the static page opens first: the app's choice when the browser's language is not
/// one of ours (English, see `choose_locale`), then the others in their usual order.
pub const FIRST: Locale = Locale::En;

/// The fallback section (without the surrounding page).
pub fn html() -> String {
    let mut o = String::new();
    let order = std::iter::once(FIRST).chain(Locale::ALL.into_iter().filter(|l| *l != FIRST));
    for l in order {
        let n = l.index();
        let l = &l;
        let t = texts(*l);
        o.push_str(&format!(
            "<details class=\"sg-fb-locale\" lang=\"{}\"{}><summary>{}</summary>\n",
            l.tag(),
            if *l == FIRST { " open" } else { "" },
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

/// The app's start screen (quick-exit bar, switches, emergency line, island and path choice) as
/// the app itself renders it for a first visit, through Yew's server renderer, so the page shows
/// it before the WebAssembly module has arrived; the app replaces it when it mounts. The one
/// `<main>` of the page without the app is the fallback's, so the copy's is a plain `<div>`.
#[cfg(feature = "native")]
pub fn first_paint() -> String {
    use std::rc::Rc;

    use crate::domain::locale::choose_locale;
    use crate::domain::options::Options;
    use crate::ui::app::{App, AppProps, Config};
    use crate::ui::state::State;

    let renderer = yew::ServerRenderer::<App>::with_props(|| AppProps {
        initial: State::new(
            &crate::content::TABLES,
            choose_locale(None, &[], None),
            Default::default(),
        ),
        config: Rc::new(Config {
            options: Options::default(),
            owns_page: true,
            owns_history: true,
        }),
    })
    .hydratable(false);
    let html = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime for the server renderer")
        .block_on(renderer.render());
    assert_eq!(html.matches("<main ").count(), 1, "first paint: one <main>");
    assert_eq!(
        html.matches("</main>").count(),
        1,
        "first paint: one </main>"
    );
    html.replace("<main ", "<div ").replace("</main>", "</div>")
}

/// A JSON string literal (also used by `signaal-gen` for the embed generator's texts).
pub fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            // Also keeps `</script>` and `<!--` out of the script it is put in.
            '<' => o.push_str("\\u003c"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn json_list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(","))
}

/// The same fallback as data, for the host script `www/embed.js`: it builds an inline
/// widget's fallback in the widget's language for its island with DOM calls (no HTML from
/// strings, so it works on host pages that enforce Trusted Types).
///
/// `{"locales": {tag: {title, intro, apology, exit, danger, website, islands: [name per
/// island], kinds: [name per kind], points: {id: name}}}, "islands": [{id, emergency,
/// papiamento, points: [{id, kind, phones: [[number, display]], whatsapp, website}]}]}`
pub fn json() -> String {
    let locales = Locale::ALL.iter().map(|l| {
        let t = texts(*l);
        let points = POINTS
            .iter()
            .map(|p| format!("{}:{}", json_str(p.id), json_str(p.text(*l).name)));
        format!(
            "{}:{{\"title\":{},\"intro\":{},\"apology\":{},\"exit\":{},\"danger\":{},\"website\":{},\"islands\":{},\"kinds\":{},\"points\":{{{}}}}}",
            json_str(l.tag()),
            json_str(t.fallback_title),
            json_str(t.fallback_intro),
            json_str(t.panic_apology),
            json_str(t.exit_button),
            json_str(t.danger_line),
            json_str(t.contact_website),
            json_list(t.island.iter().map(|s| json_str(s))),
            json_list(t.kind.iter().map(|s| json_str(s))),
            points.collect::<Vec<_>>().join(",")
        )
    });
    let islands = ISLANDS.iter().map(|isl| {
        let points = POINTS
            .iter()
            .filter(|p| p.island == isl.id && p.kind != PointKind::Care)
            .map(|p| {
                format!(
                    "{{\"id\":{},\"kind\":{},\"phones\":{},\"whatsapp\":{},\"website\":{}}}",
                    json_str(p.id),
                    p.kind.index(),
                    json_list(p.phones.iter().map(|ph| {
                        format!("[{},{}]", json_str(ph.number), json_str(ph.display))
                    })),
                    json_str(p.whatsapp),
                    json_str(p.website)
                )
            });
        format!(
            "{{\"id\":{},\"index\":{},\"emergency\":{},\"papiamento\":{},\"points\":{}}}",
            json_str(isl.id.slug()),
            isl.id.index(),
            json_str(isl.emergency),
            json_str(isl.default_locale.tag()),
            json_list(points)
        )
    });
    format!(
        "{{\"locales\":{{{}}},\"islands\":{}}}",
        locales.collect::<Vec<_>>().join(","),
        json_list(islands)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn json_is_valid_and_complete() {
        let v: serde_json::Value = serde_json::from_str(&super::json()).expect("valid JSON");
        assert_eq!(v["locales"].as_object().map(|o| o.len()), Some(5));
        let islands = v["islands"].as_array().expect("islands");
        assert_eq!(islands.len(), crate::content::ISLANDS.len());
        assert!(islands
            .iter()
            .all(|i| !i["emergency"].as_str().unwrap_or("").is_empty()));
        assert!(!super::json().contains('<'), "no raw angle bracket");
    }
}
