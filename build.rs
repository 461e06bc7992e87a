//! Reads and validates the content (`data/`, `i18n/`) and embeds it as Rust tables.
//! A broken data file stops the build with a message naming the file, the key and the problem.

#[path = "build/check.rs"]
mod check;
#[path = "build/content.rs"]
mod content;
#[path = "build/site.rs"]
mod site;

use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=build/content.rs");
    println!("cargo:rerun-if-changed=build/site.rs");
    println!("cargo:rerun-if-changed=build/check.rs");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=i18n");
    match site::load(root) {
        Ok(s) => {
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("site.rs");
            std::fs::write(out, site::generate(&s)).expect("write generated site settings");
        }
        Err(problems) => {
            eprintln!("\nSite settings check failed:");
            for p in &problems {
                eprintln!("  - {p}");
                println!("cargo:warning={p}");
            }
            std::process::exit(1);
        }
    }
    match content::load(root) {
        Ok(c) => {
            for f in &c.files {
                println!("cargo:rerun-if-changed={}", f.display());
            }
            let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("content.rs");
            std::fs::write(out, content::generate(&c)).expect("write generated content");
        }
        Err(problems) => {
            eprintln!("\nContent check failed ({} problem(s)):", problems.len());
            for p in &problems {
                eprintln!("  - {p}");
                println!("cargo:warning={p}");
            }
            eprintln!("\nFix the files above (see CONTENT.md) and build again.\n");
            std::process::exit(1);
        }
    }
}
