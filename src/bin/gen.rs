//! Build helper: `signaal-gen fallback` prints the static fallback HTML generated from the content.

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("fallback") => print!("{}", signaal::fallback::html()),
        _ => {
            eprintln!("usage: signaal-gen fallback");
            std::process::exit(2);
        }
    }
}
