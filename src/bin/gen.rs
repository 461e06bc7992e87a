//! Build helper: `signaal-gen fallback` prints the static fallback HTML generated from the content;
//! `signaal-gen fallback-json` the same as data for the host script (inline embeds).

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("fallback") => print!("{}", signaal::fallback::html()),
        Some("fallback-json") => print!("{}", signaal::fallback::json()),
        _ => {
            eprintln!("usage: signaal-gen fallback | fallback-json");
            std::process::exit(2);
        }
    }
}
