//! Build helper, run by `scripts/build.sh`:
//! - `signaal-gen fallback` prints the static fallback HTML generated from the content;
//! - `signaal-gen fallback-json` the same as data for the host script (inline embeds);
//! - `signaal-gen first-paint` prints the start screen as the app renders it, for `index.html`.

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("fallback") => print!("{}", signaal::fallback::html()),
        Some("fallback-json") => print!("{}", signaal::fallback::json()),
        Some("first-paint") => print!("{}", signaal::fallback::first_paint()),
        _ => {
            eprintln!("usage: signaal-gen fallback | fallback-json | first-paint");
            std::process::exit(2);
        }
    }
}
