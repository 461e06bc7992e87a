//! Every interface text is shown somewhere: each `[ui]` key of the reference locale
//! (`i18n/en/ui.toml`, generated into the `Texts` struct) must be read by the app's code as
//! `.<key>` somewhere under `src/` (the generated tables live in `OUT_DIR`, not there). A text nobody reads still costs bytes in the `.wasm`
//! for every locale and misleads translators.

use std::path::Path;

#[path = "common/files.rs"]
mod files;
use files::rust_files;

/// Whether `code` reads the field `key` (`.key` not followed by another identifier character).
fn reads_field(code: &str, key: &str) -> bool {
    let needle = format!(".{key}");
    code.match_indices(&needle).any(|(i, _)| {
        let next = code[i + needle.len()..].chars().next();
        !next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

#[test]
fn the_field_matcher_is_exact() {
    assert!(reads_field("{ t.back }", "back"));
    assert!(reads_field("t.back,", "back"));
    assert!(!reads_field("t.back_link", "back"));
    assert!(!reads_field("t.feedback", "back"));
}

#[test]
fn every_ui_text_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ui: toml::Table = std::fs::read_to_string(root.join("i18n/en/ui.toml"))
        .unwrap()
        .parse()
        .unwrap();
    // `[ui]` keys are fields of the same name; other free sections (`[quick_exit]`) are
    // `section_name`; the enum sections (island, theme, …) are arrays indexed by the vocabulary.
    const INDEXED: [&str; 11] = [
        "meta",
        "list",
        "island",
        "island_in",
        "theme",
        "dimension",
        "strength",
        "form",
        "level",
        "level_lead",
        "kind",
    ];
    // `[embed_page]` is not compiled into the app: the embed generator shows it, by `data-t`
    // in www/embed.html or `t('…')` in www/embed-page.js (scripts/build.sh puts it there).
    let page = ["www/embed.html", "www/embed-page.js"]
        .map(|f| std::fs::read_to_string(root.join(f)).unwrap())
        .join("\n");
    let page_unused: Vec<&String> = ui["embed_page"]
        .as_table()
        .unwrap()
        .keys()
        .filter(|k| {
            !page.contains(&format!("data-t=\"{k}\"")) && !page.contains(&format!("t('{k}')"))
        })
        .collect();
    assert!(
        page_unused.is_empty(),
        "texts in i18n/*/ui.toml [embed_page] that the embed generator never shows: {page_unused:?}"
    );
    let mut keys: Vec<String> = Vec::new();
    for (section, table) in &ui {
        if INDEXED.contains(&section.as_str()) || section == "embed_page" {
            continue;
        }
        for name in table.as_table().unwrap().keys() {
            keys.push(if section == "ui" {
                name.clone()
            } else {
                format!("{section}_{name}")
            });
        }
    }
    assert!(keys.len() > 20, "read {} keys", keys.len());
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let code: String = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let unused: Vec<&String> = keys.iter().filter(|k| !reads_field(&code, k)).collect();
    assert!(
        unused.is_empty(),
        "texts in i18n/*/ui.toml [ui] that no code shows (remove them or use them): {unused:?}"
    );
}
