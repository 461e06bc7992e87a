//! Every `{name}` in an interface text is filled where the app shows it. The app fills templates
//! with `content::fill(t.key, &[("name", value), …])` and counted texts with
//! `content::count_text(locale, &t.key, n, &[…])`; a name that the call does not pass stays on
//! screen as a raw `{name}` ("Who can help {where}" was shown on "Get help now" in every locale).
//! This reads each such call under `src/` and checks it against the text in every locale.

use std::collections::BTreeSet;
use std::path::Path;

#[path = "common/files.rs"]
mod files;
use files::rust_files;

/// One call site: the text key and the names it passes.
#[derive(Debug)]
struct Call {
    at: String,
    key: String,
    names: BTreeSet<String>,
    /// `count_text` passes `{n}` itself.
    counted: bool,
}

fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// The text of a call's argument list, from just after its `(` to the matching `)`.
fn call_args(code: &str) -> &str {
    let mut depth = 1;
    for (i, c) in code.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return &code[..i];
                }
            }
            _ => {}
        }
    }
    code
}

/// The `("name", …)` names in an argument list.
fn names(args: &str) -> BTreeSet<String> {
    args.match_indices("(\"")
        .map(|(i, _)| ident(&args[i + 2..]).to_string())
        .filter(|n| args.contains(&format!("(\"{n}\",")))
        .collect()
}

/// Calls whose template is a text of the `Texts` struct (`t.key`); other calls (a template
/// chosen at run time) are returned as `dynamic`.
fn calls(file: &str, code: &str, dynamic: &mut Vec<String>) -> Vec<Call> {
    let mut out = Vec::new();
    for (f, counted) in [("fill(", false), ("count_text(", true)] {
        for (i, _) in code.match_indices(f) {
            let before = code[..i].chars().last();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                continue; // another function whose name ends the same way
            }
            let args = call_args(&code[i + f.len()..]);
            let line = code[..i].lines().count();
            let at = format!("{file}:{line}");
            if code[..i].trim_end().ends_with("fn") {
                continue; // the definition
            }
            // The template: first argument of fill, second of count_text.
            let template = if counted {
                args.split_once(',').map(|x| x.1).unwrap_or("")
            } else {
                args
            };
            let template = template.trim_start().trim_start_matches('&');
            let text = template
                .strip_prefix("t.")
                .or_else(|| template.strip_prefix("texts(locale)."));
            match text {
                Some(rest) => out.push(Call {
                    at,
                    key: ident(rest).to_string(),
                    names: names(args),
                    counted,
                }),
                None => dynamic.push(at),
            }
        }
    }
    out
}

fn placeholders(text: &str) -> BTreeSet<String> {
    text.match_indices('{')
        .map(|(i, _)| ident(&text[i + 1..]).to_string())
        .filter(|n| !n.is_empty())
        .collect()
}

/// The text's forms: one string, or a CLDR plural table's forms.
fn forms(v: &toml::Value) -> Vec<String> {
    match v {
        toml::Value::String(s) => vec![s.clone()],
        toml::Value::Table(t) => t
            .values()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

fn ui_tables(root: &Path) -> Vec<(String, toml::Table)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root.join("i18n")).unwrap() {
        let dir = e.unwrap().path();
        let file = dir.join("ui.toml");
        if !file.exists() {
            continue;
        }
        let t: toml::Table = std::fs::read_to_string(&file).unwrap().parse().unwrap();
        let ui = t["ui"].as_table().unwrap().clone();
        out.push((file.display().to_string(), ui));
    }
    out
}

/// The problems of `calls` against the locales' `[ui]` tables.
fn problems(calls: &[Call], locales: &[(String, toml::Table)]) -> Vec<String> {
    let mut out = Vec::new();
    for c in calls {
        let mut passed = c.names.clone();
        if c.counted {
            passed.insert("n".to_string());
        }
        let mut used = BTreeSet::new();
        for (file, ui) in locales {
            let Some(v) = ui.get(&c.key) else {
                out.push(format!("{}: `{}` is not in {file}", c.at, c.key));
                continue;
            };
            for form in forms(v) {
                for p in placeholders(&form) {
                    if !passed.contains(&p) {
                        out.push(format!(
                            "{}: `{}` in {file} has {{{p}}}, which the call does not fill (it passes {:?})",
                            c.at, c.key, c.names
                        ));
                    }
                    used.insert(p);
                }
            }
        }
        for n in &c.names {
            if !used.contains(n) {
                out.push(format!(
                    "{}: passes `{n}`, which no locale's `{}` contains",
                    c.at, c.key
                ));
            }
        }
    }
    out
}

#[test]
fn every_placeholder_is_filled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let (mut all, mut dynamic) = (Vec::new(), Vec::new());
    for f in &files {
        let code = std::fs::read_to_string(f).unwrap();
        // Unit tests call `fill` with their own templates.
        let code = code.split("#[cfg(test)]").next().unwrap_or_default();
        let name = f.strip_prefix(root).unwrap().display().to_string();
        all.extend(calls(&name, code, &mut dynamic));
    }
    assert!(
        all.len() >= 25,
        "the call reader found only {} calls: did the code change shape?",
        all.len()
    );
    // Templates chosen at run time are few; each is checked by the e2e walks instead.
    assert!(
        dynamic.len() <= 4,
        "calls with a run-time template: {dynamic:?}"
    );
    let locales = ui_tables(root);
    assert_eq!(locales.len(), 5, "five locales");
    let p = problems(&all, &locales);
    assert!(p.is_empty(), "{}", p.join("\n"));
}

#[test]
fn the_check_finds_a_name_that_is_not_passed() {
    let code = r#"{ step_heading(fill(t.result_help_title, &[("island", t.island[i])])) }"#;
    let mut dynamic = Vec::new();
    let c = calls("x.rs", code, &mut dynamic);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].key, "result_help_title");
    let ui: toml::Table = r#"result_help_title = "Who can help {where}""#.parse().unwrap();
    let p = problems(&c, &[("en".to_string(), ui)]);
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(p[0].contains("{where}"), "{p:?}");
    assert!(p[1].contains("passes `island`"), "{p:?}");
}

#[test]
fn counted_texts_get_n_from_the_count() {
    let code = r#"count_text(locale, &t.score, found, &[("total", &tot)])"#;
    let mut dynamic = Vec::new();
    let c = calls("x.rs", code, &mut dynamic);
    let ui: toml::Table = r#"score = { one = "{n} of {total}", other = "{n} of {total}" }"#
        .parse()
        .unwrap();
    assert!(problems(&c, &[("en".to_string(), ui)]).is_empty());
}
