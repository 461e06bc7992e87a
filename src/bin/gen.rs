//! Build helper, run by `scripts/build.sh`:
//! - `signaal-gen fallback` prints the static fallback HTML generated from the content;
//! - `signaal-gen fallback-json` the same as data for the host script (inline embeds);
//! - `signaal-gen first-paint` prints the start screen as the app renders it, for `index.html`;
//! - `signaal-gen packs DIR` writes the locale packs into `DIR/locales/` and prints what
//!   `boot.js` needs to preload one (pack file per locale, default locale per island) as JSON.

use signaal::content::{island, PACK_FILES, PACK_TEXTS};
use signaal::domain::locale::Locale;
use signaal::domain::model::IslandId;

fn packs(dir: &str) -> std::io::Result<String> {
    let dir = std::path::Path::new(dir);
    std::fs::create_dir_all(dir.join("locales"))?;
    let mut files = Vec::new();
    for l in Locale::ALL {
        let file = PACK_FILES[l.index()];
        std::fs::write(dir.join(file), PACK_TEXTS[l.index()])?;
        files.push(format!("{:?}:{:?}", l.tag(), file));
    }
    let islands: Vec<String> = IslandId::ALL
        .iter()
        .map(|i| format!("{:?}:{:?}", i.slug(), island(*i).default_locale.tag()))
        .collect();
    Ok(format!(
        "{{\"files\":{{{}}},\"islands\":{{{}}}}}",
        files.join(","),
        islands.join(",")
    ))
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("fallback") => print!("{}", signaal::fallback::html()),
        Some("fallback-json") => print!("{}", signaal::fallback::json()),
        Some("first-paint") => print!("{}", signaal::fallback::first_paint()),
        Some("packs") => match std::env::args().nth(2).map(|d| packs(&d)) {
            Some(Ok(json)) => print!("{json}"),
            Some(Err(e)) => {
                eprintln!("signaal-gen packs: {e}");
                std::process::exit(1);
            }
            None => {
                eprintln!("usage: signaal-gen packs DIR");
                std::process::exit(2);
            }
        },
        _ => {
            eprintln!("usage: signaal-gen fallback | fallback-json | first-paint | packs DIR");
            std::process::exit(2);
        }
    }
}
