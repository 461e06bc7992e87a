//! Locale packs (build/packs.rs writes them, `content::parse_pack` reads them): every text comes
//! back in its slot, and a pack that is not the one the app expects is refused with a message
//! naming the file. Native only: the .wasm has no packs compiled in.
#![cfg(not(target_arch = "wasm32"))]

use signaal::content::{
    parse_pack, texts, INDICATORS, PACK_FILES, PACK_LAYOUT, PACK_MAGIC, PACK_SLOTS, PACK_TEXTS,
    POINTS, SCENARIOS,
};
use signaal::domain::locale::Locale;

fn toml_of(locale: Locale, file: &str) -> toml::Table {
    let path = format!(
        "{}/i18n/{}/{file}",
        env!("CARGO_MANIFEST_DIR"),
        locale.tag()
    );
    std::fs::read_to_string(&path)
        .unwrap()
        .parse()
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn get<'a>(t: &'a toml::Table, path: &[&str]) -> &'a str {
    let mut v = t.get(path[0]).unwrap_or_else(|| panic!("{path:?}"));
    for k in &path[1..] {
        v = v.get(k).unwrap_or_else(|| panic!("{path:?}"));
    }
    v.as_str().unwrap()
}

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn round_trip_every_locale_from_first_slot_to_last() {
    for l in Locale::ALL {
        let pack = parse_pack(l, PACK_FILES[l.index()], PACK_TEXTS[l.index()]).unwrap();
        let ui = toml_of(l, "ui.toml");
        assert_eq!(pack.texts.meta_name, get(&ui, &["meta", "name"]), "{l:?}");
        assert_eq!(pack.texts.start_title, get(&ui, &["ui", "start_title"]));
        assert_eq!(
            pack.texts.exit_shift_more.other,
            get(&ui, &["ui", "exit_shift_more", "other"])
        );
        assert_eq!(pack.texts.list[3], get(&ui, &["list", "child_sexual"]));
        assert_eq!(
            pack.texts.language_failed,
            get(&ui, &["ui", "language_failed"])
        );
        let ind = toml_of(l, "indicators.toml");
        for (i, t) in INDICATORS.iter().zip(&pack.indicators) {
            assert_eq!(t.question, get(&ind, &[i.id, "question"]), "{l:?} {}", i.id);
            assert_eq!(t.why, get(&ind, &[i.id, "why"]), "{l:?} {}", i.id);
        }
        let pts = toml_of(l, "points.toml");
        let last = POINTS.last().unwrap();
        let text_id = pts
            .iter()
            .find(|(_, v)| v.get("name").and_then(|n| n.as_str()) == Some(last.text(l).name))
            .map(|(k, _)| k.clone());
        assert!(text_id.is_some(), "{l:?}: the last point's name is a name");
        let sc = toml_of(l, "scenarios.toml");
        for s in &SCENARIOS {
            assert_eq!(s.text(l).story, get(&sc, &[s.id, "story"]));
            for d in s.distractors {
                assert_eq!(d.text(l), get(&sc, &[s.id, "distractors", d.id]), "{l:?}");
            }
        }
        // The registry of a native build serves the same texts.
        assert_eq!(texts(l).start_title, pack.texts.start_title);
    }
}

#[test]
fn a_pack_with_a_missing_or_extra_text_is_refused_naming_the_file() {
    let text = PACK_TEXTS[Locale::Nl.index()];
    let short = leak(text[..text.rfind('\0').unwrap()].to_string());
    let e = parse_pack(Locale::Nl, "locales/nl.x.txt", short).unwrap_err();
    assert!(e.starts_with("locales/nl.x.txt: "), "{e}");
    assert!(
        e.contains(&format!("has {} texts", PACK_SLOTS - 1))
            && e.contains(&format!("expects {PACK_SLOTS}")),
        "{e}"
    );
    let long = leak(format!("{text}\0one more"));
    let e = parse_pack(Locale::Nl, "locales/nl.x.txt", long).unwrap_err();
    assert!(e.contains(&format!("has {} texts", PACK_SLOTS + 1)), "{e}");
}

#[test]
fn a_pack_of_another_or_unknown_locale_or_build_is_refused() {
    let en = PACK_TEXTS[Locale::En.index()];
    let e = parse_pack(Locale::Es, "locales/es.x.txt", en).unwrap_err();
    assert_eq!(
        e,
        "locales/es.x.txt: is the pack of `en` (a known locale), not of `es`"
    );
    let unknown = leak(en.replacen(" en ", " fr ", 1));
    let e = parse_pack(Locale::En, "locales/en.x.txt", unknown).unwrap_err();
    assert_eq!(
        e,
        "locales/en.x.txt: is the pack of `fr` (an unknown locale tag), not of `en`"
    );
    let other_build = leak(en.replacen(PACK_LAYOUT, "000000000000", 1));
    let e = parse_pack(Locale::En, "locales/en.x.txt", other_build).unwrap_err();
    assert!(e.contains("from another build"), "{e}");
    let e = parse_pack(Locale::En, "locales/en.x.txt", "<!doctype html>").unwrap_err();
    assert!(
        e.contains("not a locale pack") && e.contains(PACK_MAGIC),
        "{e}"
    );
}

#[test]
fn packs_are_content_hashed_files_under_locales() {
    for l in Locale::ALL {
        let f = PACK_FILES[l.index()];
        let hash = f
            .strip_prefix(&format!("locales/{}.", l.tag()))
            .and_then(|r| r.strip_suffix(".txt"))
            .unwrap_or_else(|| panic!("{f}"));
        assert!(
            hash.len() == 10 && hash.chars().all(|c| c.is_ascii_hexdigit()),
            "{f}"
        );
    }
}
