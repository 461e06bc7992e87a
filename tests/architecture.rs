//! The domain core stays free of web dependencies (ARCHITECTURE.md): no web crate may be named
//! anywhere in `src/domain` outside comments, whether by a `use` line or a fully qualified path.

/// Web crates (and the UI layer) the domain must never name.
const BANNED: [&str; 6] = ["yew", "web_sys", "wasm_bindgen", "gloo", "js_sys", "ui"];

/// The first banned name used as a path segment (`name::`, or `crate::ui`) in `source`, ignoring
/// `//` comments and identifiers that merely contain a banned word (`yewtree`).
fn banned_path(source: &str) -> Option<&'static str> {
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        // Walk the identifiers; a banned one counts when a path continues after it (`::`).
        let bytes = code.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                let word = &code[start..i];
                let before = &code[..start];
                let after = &code[i..];
                let is_path_head = after.trim_start().starts_with("::");
                for banned in BANNED {
                    if word != banned {
                        continue;
                    }
                    // `ui` is only banned as `crate::ui` / `super::ui`; the crates anywhere in a path.
                    let hit = if banned == "ui" {
                        let b = before.trim_end();
                        b.ends_with("crate::")
                            || b.ends_with("super::")
                            || (is_path_head && code.contains("crate::{"))
                    } else {
                        is_path_head || before.trim_end().ends_with("extern crate")
                    };
                    if hit {
                        return Some(banned);
                    }
                }
            } else {
                i += 1;
            }
        }
    }
    None
}

#[test]
fn the_check_sees_every_way_to_name_a_web_crate() {
    let cases: [(&str, Option<&str>); 9] = [
        ("use yew::prelude::*;", Some("yew")),
        ("let w = web_sys::window();", Some("web_sys")),
        ("fn f() { ::js_sys::Date::now(); }", Some("js_sys")),
        ("use crate::{domain, ui::App};", Some("ui")),
        ("use crate::ui::dom;", Some("ui")),
        ("use super::ui;", Some("ui")),
        ("// web_sys::window() in a comment", None),
        ("let yewtree = wasm_bindgen_like();", None),
        ("gloo :: timers::Timeout::new(1, || ());", Some("gloo")),
    ];
    for (source, want) in cases {
        assert_eq!(banned_path(source), want, "{source}");
    }
}

#[test]
fn domain_has_no_web_dependency() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            banned_path(&text),
            None,
            "{} names a web crate",
            path.display()
        );
    }
}

/// `build/content.rs` compiles `src/domain` into the build script (to run the real rule on the
/// training scenarios), where the domain is not at `crate::domain`: inside it, paths are relative.
#[test]
fn domain_paths_are_relative() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            assert!(
                !code.contains("crate::"),
                "{}:{}: use super:: paths in the domain, not crate::",
                path.display(),
                n + 1
            );
        }
    }
}

/// The `::`-path segments a Rust source names outside `//` comments (`crate::ui::screens::X`
/// gives `crate`, `ui`, `screens`).
fn path_segments(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in source.lines() {
        let code = line.split("//").next().unwrap_or("");
        for part in code.split("::").collect::<Vec<_>>().windows(2) {
            let head: String = part[0]
                .chars()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            if !head.is_empty() {
                out.push(head);
            }
        }
    }
    out
}

/// Screens are built from widgets, never the other way round: a widget does not know which
/// screen it is on (ARCHITECTURE.md, `src/ui/widgets/`).
fn names_screens(source: &str) -> bool {
    path_segments(source).iter().any(|s| s == "screens")
}

#[test]
fn the_layering_check_sees_a_path_to_screens() {
    let cases = [
        ("use crate::ui::screens::Screens;", true),
        ("use super::super::screens::result::Headline;", true),
        ("let x = crate::ui::screens::start::Start;", true),
        ("// crate::ui::screens::Screens in a comment", false),
        ("use crate::ui::widgets::BackLink;", false),
    ];
    for (source, want) in cases {
        assert_eq!(names_screens(source), want, "{source}");
    }
}

#[test]
fn widgets_do_not_depend_on_screens() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/widgets");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !names_screens(&text),
            "{} names a screen: widgets are shared by screens, not built from them",
            path.display()
        );
        seen += 1;
    }
    assert!(seen >= 5, "src/ui/widgets lost its files ({seen})");
}
