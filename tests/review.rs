//! The native-review kit (build/review.rs, `signaal-review`): export → edit → import round trips
//! through PO and CSV on a scratch copy of the content, with the same validation as the build.

#[path = "../build/check.rs"]
#[allow(dead_code)]
mod check;
#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "../build/review.rs"]
mod review;

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("signaal-review-test-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    review::copy_content(&root(), &dir).unwrap();
    dir
}

fn export(dir: &Path, locale: &str) -> Vec<review::Entry> {
    let c = content::load(dir).unwrap_or_else(|p| panic!("{p:?}"));
    review::entries(&c, dir, locale).unwrap()
}

fn reviewed_count(dir: &Path, locale: &str) -> (usize, usize) {
    let c = content::load(dir).unwrap_or_else(|p| panic!("{p:?}"));
    c.reviewed[content::LOCALES.iter().position(|l| *l == locale).unwrap()]
}

#[test]
fn nothing_is_reviewed_yet() {
    let c = content::load(&root()).unwrap_or_else(|p| panic!("{p:?}"));
    for (i, (n, total)) in c.reviewed.iter().enumerate() {
        assert_eq!(
            *n,
            0,
            "{}: honest start, nothing reviewed",
            content::LOCALES[i]
        );
        assert!(*total > 300, "{total}");
    }
}

#[test]
fn po_round_trip_unchanged_and_edited() {
    let dir = scratch("po");
    let list = export(&dir, "pap-CW");
    let po = review::to_po("pap-CW", "Papiamentu", &list);
    // Read back untouched: every text as it was, nothing marked reviewed (all fuzzy).
    let back = review::from_po(&po).unwrap();
    assert_eq!(back.texts.len(), list.len());
    for e in &list {
        assert_eq!(back.texts[&e.id], e.current, "{}", e.id);
    }
    assert!(back.by.is_empty());
    let before = fs::read_to_string(dir.join("i18n/pap-CW/ui.toml")).unwrap();
    let r = review::import(&dir, "pap-CW", &back, "2026-12-01").unwrap();
    assert_eq!(
        (r.changed_texts, r.newly_reviewed, r.reviewed_total),
        (0, 0, 0)
    );
    assert_eq!(
        fs::read_to_string(dir.join("i18n/pap-CW/ui.toml")).unwrap(),
        before
    );

    // A reviewer changes two texts (one a plural form) and approves three entries.
    let mut edited = po.replace(
        "Last-Translator: \\n",
        "Last-Translator: Reviewer Kòrsou\\n",
    );
    for id in [
        "ui.toml:ui.back",
        "ui.toml:ui.exit_shift_more.other",
        "points.toml:sshc.name",
    ] {
        let marker = format!("#, fuzzy\nmsgctxt \"{id}\"");
        assert!(edited.contains(&marker), "{id}");
        edited = edited.replace(&marker, &format!("msgctxt \"{id}\""));
    }
    edited = edited.replace(
        "msgctxt \"ui.toml:ui.back\"\nmsgid \"Back\"\nmsgstr \"Bai bèk\"",
        "msgctxt \"ui.toml:ui.back\"\nmsgid \"Back\"\nmsgstr \"Bai atras\"",
    );
    let shift_other = list
        .iter()
        .find(|e| e.id == "ui.toml:ui.exit_shift_more.other")
        .unwrap();
    edited = edited.replace(
        &format!("msgstr \"{}\"", shift_other.current),
        "msgstr \"Primi Shift {n} biaha mas pa sali lihé for di e página aki.\"",
    );
    let back = review::from_po(&edited).unwrap();
    assert_eq!(back.by.len(), 3);
    assert!(back.by.values().all(|b| b == "Reviewer Kòrsou"));
    let r = review::import(&dir, "pap-CW", &back, "2026-12-01").unwrap();
    assert_eq!(r.changed_texts, 2, "{r:?}");
    assert_eq!(r.newly_reviewed, 3);
    assert_eq!(reviewed_count(&dir, "pap-CW").0, 3);
    let ui = fs::read_to_string(dir.join("i18n/pap-CW/ui.toml")).unwrap();
    assert!(
        ui.contains("back = \"Bai atras\""),
        "plain text written back"
    );
    assert!(
        ui.contains("other = \"Primi Shift {n} biaha mas pa sali lihé for di e página aki.\""),
        "plural form written back inside its table"
    );
    assert!(ui.contains("[island_in]"), "comments and layout kept");
    // Export again: the approved texts carry the reviewer and no fuzzy mark.
    let again = export(&dir, "pap-CW");
    let back_entry = again.iter().find(|e| e.id == "ui.toml:ui.back").unwrap();
    assert_eq!(back_entry.reviewed_by, "Reviewer Kòrsou");
    assert!(
        review::to_po("pap-CW", "Papiamentu", &again).contains("# reviewed-by: Reviewer Kòrsou")
    );
    // A text edited after its review is no longer counted as reviewed.
    let p = dir.join("i18n/pap-CW/ui.toml");
    fs::write(&p, ui.replace("back = \"Bai atras\"", "back = \"Bai bèk\"")).unwrap();
    assert_eq!(reviewed_count(&dir, "pap-CW").0, 2);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn csv_round_trip_with_commas_quotes_and_a_reviewer() {
    let dir = scratch("csv");
    let list = export(&dir, "es");
    let csv = review::to_csv(&list);
    let back = review::from_csv(&csv).unwrap();
    assert_eq!(back.texts.len(), list.len());
    for e in &list {
        assert_eq!(back.texts[&e.id], e.current, "{}", e.id);
    }
    assert!(back.by.is_empty());
    // The reviewer edits one text (with a comma and quotes) and signs two rows.
    let mut edited = back.clone();
    edited
        .texts
        .insert("ui.toml:ui.back".into(), "Volver, \"atrás\"".into());
    edited
        .by
        .insert("ui.toml:ui.back".into(), "Revisora, Aruba".into());
    edited
        .by
        .insert("ui.toml:ui.answer_yes".into(), "Revisora, Aruba".into());
    // Through the CSV text itself, as a spreadsheet would save it.
    let rows: Vec<review::Entry> = list
        .iter()
        .map(|e| {
            let mut e = e.clone();
            e.current = edited.texts[&e.id].clone();
            e.reviewed_by = edited.by.get(&e.id).cloned().unwrap_or_default();
            e
        })
        .collect();
    let saved = review::to_csv(&rows);
    assert!(saved.contains("\"Volver, \"\"atrás\"\"\""));
    let parsed = review::from_csv(&saved).unwrap();
    assert_eq!(parsed, edited);
    let r = review::import(&dir, "es", &parsed, "2026-12-02").unwrap();
    assert_eq!((r.changed_texts, r.newly_reviewed), (1, 2));
    assert_eq!(reviewed_count(&dir, "es"), (2, r.total));
    let status = fs::read_to_string(dir.join("i18n/es/review.toml")).unwrap();
    assert!(
        status.contains("\"ui.toml:ui.back\" = { by = \"Revisora, Aruba\", date = \"2026-12-02\"")
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn import_goes_through_the_build_validation_and_writes_nothing_when_it_fails() {
    let dir = scratch("bad");
    let list = export(&dir, "pap-AW");
    let base = review::from_po(&review::to_po("pap-AW", "Papiamento", &list)).unwrap();
    let snapshot = |d: &Path| {
        ["ui.toml", "points.toml", "review.toml"]
            .map(|f| fs::read_to_string(d.join(format!("i18n/pap-AW/{f}"))).unwrap())
    };
    let before = snapshot(&dir);
    let cases: &[(&str, &str, &str)] = &[
        // (key, new text, words expected in the refusal)
        ("ui.toml:ui.contact_call", "Yama e number", "placeholders"),
        (
            "ui.toml:ui.back",
            "Bai bek ku mi",
            "`ku` is Curaçao/Bonaire spelling",
        ),
        (
            "points.toml:zjcn_advice_line.name",
            "Liña 0800-1414",
            "never-use list",
        ),
        ("ui.toml:ui.back", "", "is empty"),
        ("ui.toml:ui.no_such_key", "Algo", "is not a text of pap-AW"),
    ];
    for (key, text, want) in cases {
        let mut r = base.clone();
        r.texts.insert((*key).into(), (*text).into());
        r.by.insert((*key).into(), "Someone".into());
        let err = review::import(&dir, "pap-AW", &r, "2026-12-03").unwrap_err();
        assert!(err.iter().any(|e| e.contains(want)), "{key}: {err:?}");
        assert_eq!(snapshot(&dir), before, "{key}: nothing written");
    }
    assert!(review::from_po("msgctxt \"ui.toml:ui.back\"\nmsgid \"Back\"\nmsgstr \"\"\n").is_err());
    assert!(review::from_csv("key,where shown\nui.toml:ui.back,x\n").is_err());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn set_text_keeps_layout_and_finds_nested_keys() {
    let toml = "# comment\n[ui]\nback = \"Terug\"\nexit_shift_more = { one = \"a\", other = \"{n} b\" }\n\n[x.distractors]\ny = \"old\"\n";
    let t = review::set_text(toml, "ui.back", "Ga \"terug\"").unwrap();
    assert!(t.starts_with("# comment\n[ui]\nback = \"Ga \\\"terug\\\"\"\n"));
    let t = review::set_text(&t, "ui.exit_shift_more.one", "één").unwrap();
    assert!(t.contains("exit_shift_more = { one = \"één\", other = \"{n} b\" }"));
    let t = review::set_text(&t, "x.distractors.y", "new").unwrap();
    assert!(t.contains("[x.distractors]\ny = \"new\""));
    assert!(review::set_text(&t, "ui.nothing", "z").is_err());
    let parsed: toml::Table = t.parse().unwrap();
    assert_eq!(parsed["ui"]["back"].as_str(), Some("Ga \"terug\""));
}
