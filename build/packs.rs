//! Locale packs: the texts of one locale (interface, indicators, reporting points, training
//! scenarios) as one file, loaded by the app on demand, so that a locale nobody reads costs
//! nothing on the first load.
//!
//! Format (UTF-8): a header `signaal-pack/1 <tag> <layout> <count>`, then `count` texts, every
//! part separated by a NUL character. The texts come in a fixed slot order ([`slots`]): the
//! fields of `Texts` in declaration order (counted texts as `one`, `other`; the enum sections in
//! their order), then per indicator question/signal/why/why_other, per point
//! name/what_happens/hours, per scenario title/story and its distractors. `layout` is a
//! fingerprint of the slot keys, so a pack from another build is refused rather than misread.
//! `src/content.rs` parses it back (`parse_pack`). The generated Rust holds the `Texts` type,
//! the slot counts, the hashed file names and the language names; the texts themselves are
//! compiled in only for native builds (tests, `signaal-gen`), never into the .wasm.

use std::fmt::Write as _;
use std::path::Path;

use crate::content::{text_hash, Content, ENUM_SECTIONS, LOCALES, REFERENCE_LOCALE, TEXT_SECTIONS};

/// First word of every pack's header (bump the number when the format changes).
pub const MAGIC: &str = "signaal-pack/1";

/// The keys of `ui.toml` that are plain `Texts` fields (`[ui]` and the text sections).
fn ui_keys(c: &Content) -> Vec<String> {
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();
    c.locales[en]["ui.toml"]
        .keys()
        .filter(|k| {
            k.split_once('.').is_some_and(|(s, name)| {
                (s == "ui" || TEXT_SECTIONS.contains(&s)) && !name.contains('.')
            })
        })
        .cloned()
        .collect()
}

/// Counted texts: `ui.<base>.one` / `ui.<base>.other` → one `Plural` field `<base>`.
fn plural_keys(c: &Content) -> Vec<String> {
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();
    c.locales[en]["ui.toml"]
        .keys()
        .filter_map(|k| k.strip_prefix("ui.")?.strip_suffix(".one"))
        .map(str::to_string)
        .collect()
}

/// `ui.name` -> `name`; `quick_exit.name` -> `quick_exit_name`.
fn field(k: &str) -> String {
    match k.split_once('.') {
        Some(("ui", name)) => name.to_string(),
        Some((s, name)) => format!("{s}_{name}"),
        None => k.to_string(),
    }
}

/// The slots of one locale in pack order: (`file:key`, text).
pub fn slots(c: &Content, locale: usize) -> Vec<(String, String)> {
    let loc = &c.locales[locale];
    let ui = &loc["ui.toml"];
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push =
        |file: &str, key: String, text: String| out.push((format!("{file}:{key}"), text));
    for k in ["meta.name", "meta.review"] {
        push("ui.toml", k.to_string(), ui[k].clone());
    }
    for k in ui_keys(c) {
        push("ui.toml", k.clone(), ui[&k].clone());
    }
    for k in plural_keys(c) {
        for form in ["one", "other"] {
            let key = format!("ui.{k}.{form}");
            push("ui.toml", key.clone(), ui[&key].clone());
        }
    }
    for (section, keys) in ENUM_SECTIONS {
        for k in keys.iter() {
            let key = format!("{section}.{k}");
            push("ui.toml", key.clone(), ui[&key].clone());
        }
    }
    let t = &loc["indicators.toml"];
    for ind in &c.indicators {
        for f in ["question", "signal", "why"] {
            let key = format!("{}.{f}", ind.id);
            push("indicators.toml", key.clone(), t[&key].clone());
        }
        let key = format!("{}.why_other", ind.id);
        let why = t[&format!("{}.why", ind.id)].clone();
        push(
            "indicators.toml",
            key.clone(),
            t.get(&key).cloned().unwrap_or(why),
        );
    }
    let t = &loc["points.toml"];
    for pt in &c.points {
        for f in ["name", "what_happens", "hours"] {
            let key = format!("{}.{f}", pt.text);
            push(
                "points.toml",
                key.clone(),
                t.get(&key).cloned().unwrap_or_default(),
            );
        }
    }
    let t = &loc["scenarios.toml"];
    for s in &c.scenarios {
        for f in ["title", "story"] {
            let key = format!("{}.{f}", s.id);
            push("scenarios.toml", key.clone(), t[&key].clone());
        }
        for d in &s.distractors {
            let key = format!("{}.distractors.{d}", s.id);
            push("scenarios.toml", key.clone(), t[&key].clone());
        }
    }
    out
}

/// A fingerprint of the slot order (the keys, not the texts).
pub fn layout(keys: &[String]) -> String {
    text_hash(&keys.join("\n"))[..12].to_string()
}

/// One built pack.
pub struct Pack {
    pub tag: &'static str,
    /// Path under the tool's folder: `locales/<tag>.<content hash>.txt`.
    pub file: String,
    pub text: String,
}

/// Builds every locale's pack. A text that contains a NUL character (the separator) is refused.
pub fn build(c: &Content) -> Result<(Vec<Pack>, String, usize), Vec<String>> {
    let mut problems = Vec::new();
    let mut packs = Vec::new();
    let mut layout_of_first: Option<(String, usize)> = None;
    for (i, tag) in LOCALES.iter().enumerate() {
        let s = slots(c, i);
        let keys: Vec<String> = s.iter().map(|(k, _)| k.clone()).collect();
        let lay = layout(&keys);
        match &layout_of_first {
            None => layout_of_first = Some((lay.clone(), keys.len())),
            Some((l, _)) if *l != lay => {
                problems.push(format!("i18n/{tag}: its texts do not line up with the other locales' (pack layout {lay} against {l})"));
            }
            _ => {}
        }
        for (k, t) in &s {
            if t.contains('\0') {
                let (file, key) = k.split_once(':').unwrap_or(("", k));
                problems.push(format!(
                    "i18n/{tag}/{file}: {key}: contains a NUL character"
                ));
            }
        }
        let mut text = format!("{MAGIC} {tag} {lay} {}", s.len());
        for (_, t) in &s {
            text.push('\0');
            text.push_str(t);
        }
        let file = format!("locales/{tag}.{}.txt", &text_hash(&text)[..10]);
        packs.push(Pack { tag, file, text });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (lay, n) = layout_of_first.unwrap_or_default();
    Ok((packs, lay, n))
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// Writes the packs to `out_dir/packs/<tag>.txt` and returns the Rust source for them: the
/// `Texts` type, the slot counts and layout, the file names, the language names, and (native
/// builds only) the packs themselves.
pub fn generate(c: &Content, out_dir: &Path) -> Result<String, Vec<String>> {
    let (packs, lay, n) = build(c)?;
    let dir = out_dir.join("packs");
    std::fs::create_dir_all(&dir).map_err(|e| vec![format!("{}: {e}", dir.display())])?;
    let mut o = String::new();
    o.push_str(
        "/// Interface texts of one locale (from `i18n/<locale>/ui.toml`), read from its pack.\n",
    );
    o.push_str("/// Every field is a `&'static str` or made of them, in pack slot order (`repr(C)`, no padding):\n");
    o.push_str("/// `parse_pack` reads the first `TEXTS_SLOTS` slots of a pack into it.\n");
    o.push_str("#[derive(Debug)]\n#[repr(C)]\n#[allow(non_snake_case)]\npub struct Texts {\n");
    o.push_str("    pub meta_name: &'static str,\n    pub meta_review: &'static str,\n");
    let ui = ui_keys(c);
    let plurals = plural_keys(c);
    for k in &ui {
        let _ = writeln!(o, "    pub {}: &'static str,", field(k));
    }
    for k in &plurals {
        let _ = writeln!(o, "    pub {k}: Plural,");
    }
    let mut enum_slots = 0;
    for (section, keys) in ENUM_SECTIONS {
        let _ = writeln!(o, "    pub {section}: [&'static str; {}],", keys.len());
        enum_slots += keys.len();
    }
    o.push_str("}\n\n");
    let texts_slots = 2 + ui.len() + 2 * plurals.len() + enum_slots;
    let _ = writeln!(
        o,
        "/// Slots of `Texts` at the start of every pack.\npub const TEXTS_SLOTS: usize = {texts_slots};"
    );
    o.push_str("const _: () = assert!(std::mem::size_of::<Texts>() == TEXTS_SLOTS * std::mem::size_of::<&str>());\n");
    let _ = writeln!(
        o,
        "/// Texts in every pack (after its header).\npub const PACK_SLOTS: usize = {n};\n/// Fingerprint of the slot order.\npub const PACK_LAYOUT: &str = {};\n/// First word of a pack's header.\npub const PACK_MAGIC: &str = {};",
        lit(&lay),
        lit(MAGIC)
    );
    let _ = writeln!(
        o,
        "impl Texts {{\n    /// Every counted text, by key (for tests).\n    pub fn plurals(&self) -> [(&'static str, &Plural); {}] {{\n        [{}]\n    }}\n}}\n",
        plurals.len(),
        plurals
            .iter()
            .map(|k| format!("({}, &self.{k})", lit(k)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let files: Vec<String> = packs.iter().map(|p| lit(&p.file)).collect();
    let _ = writeln!(
        o,
        "/// The packs' paths under the tool's folder, content-hashed (in `Locale::ALL` order).\npub static PACK_FILES: [&str; Locale::COUNT] = [{}];",
        files.join(", ")
    );
    let names: Vec<String> = c
        .locales
        .iter()
        .map(|l| lit(&l["ui.toml"]["meta.name"]))
        .collect();
    let _ = writeln!(
        o,
        "/// Each locale's name in itself, for the language switch (the only texts in the .wasm).\npub static LANGUAGE_NAMES: [&str; Locale::COUNT] = [{}];",
        names.join(", ")
    );
    let mut includes = Vec::new();
    for p in &packs {
        let path = dir.join(format!("{}.txt", p.tag));
        std::fs::write(&path, &p.text).map_err(|e| vec![format!("{}: {e}", path.display())])?;
        includes.push(format!(
            "include_str!({})",
            lit(&path.display().to_string())
        ));
    }
    let _ = writeln!(
        o,
        "/// The packs themselves, for native builds only (tests, `signaal-gen`: first paint, fallback).\n#[cfg(not(target_arch = \"wasm32\"))]\npub static PACK_TEXTS: [&str; Locale::COUNT] = [{}];",
        includes.join(", ")
    );
    Ok(o)
}
