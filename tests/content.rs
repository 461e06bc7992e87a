//! The content validator (build/content.rs, run by build.rs) on the real files and on broken
//! copies: each check must reject its broken fixture with a message naming file, key and problem.

#[path = "../build/content.rs"]
#[allow(dead_code)]
mod content;

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies data/ and i18n/ to a fresh temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("signaal-content-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    for sub in ["data", "i18n"] {
        copy_dir(&root().join(sub), &dir.join(sub));
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Replaces the first occurrence of `from` in `file` (relative to the scratch root).
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let text = fs::read_to_string(&p).unwrap();
    assert!(
        text.contains(from),
        "fixture setup: `{from}` not found in {file}"
    );
    fs::write(&p, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn the_real_content_is_valid() {
    match content::load(&root()) {
        Ok(c) => {
            assert!(
                (35..=60).contains(&c.indicators.len()),
                "{} indicators",
                c.indicators.len()
            );
            assert!((12..=40).contains(&c.self_check.len()));
            assert_eq!(c.islands.len(), 7);
        }
        Err(problems) => panic!(
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

type Breakage = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// (case, file to edit, text to find, replacement, expected file in the message, expected words)
const CASES: &[Breakage] = &[
    (
        "missing key in a locale",
        "i18n/es/ui.toml",
        "\ncontinue_button = ",
        "\ncontinue_x = ",
        "i18n/es/ui.toml",
        "`ui.continue_button`: is missing",
    ),
    (
        "empty text",
        "i18n/nl/ui.toml",
        "\nback = \"",
        "\nback = \"\"\nbackup_unused = \"",
        "i18n/nl/ui.toml",
        "`ui.back`: is empty",
    ),
    (
        "placeholder changed",
        "i18n/pap-AW/ui.toml",
        "{number}",
        "{numero}",
        "i18n/pap-AW/ui.toml",
        "placeholders",
    ),
    (
        "not valid TOML",
        "i18n/pap-CW/points.toml",
        "[",
        "[[[",
        "i18n/pap-CW/points.toml",
        "not valid TOML",
    ),
    (
        "phone not E.164",
        "data/points.toml",
        "number = \"+5997176181\"",
        "number = \"+599 717 6181\"",
        "data/points.toml",
        "neither E.164",
    ),
    (
        "phone letters",
        "data/points.toml",
        "number = \"9310\"",
        "number = \"93IO\"",
        "data/points.toml",
        "neither E.164",
    ),
    (
        "display hides other digits",
        "data/points.toml",
        "display = \"+599 717 6181\"",
        "display = \"+599 717 6118\"",
        "data/points.toml",
        "does not show the same digits",
    ),
    (
        "website not https",
        "data/points.toml",
        "website = \"https://cmmaruba.com/\"",
        "website = \"http://cmmaruba.com/\"",
        "data/points.toml",
        "not an https:// URL",
    ),
    (
        "whatsapp not E.164",
        "data/points.toml",
        "whatsapp = \"+2975975223\"",
        "whatsapp = \"5975223\"",
        "data/points.toml",
        "whatsapp",
    ),
    (
        "date not ISO",
        "data/points.toml",
        "verified = \"2026-11-22\"",
        "verified = \"22-11-2026\"",
        "data/points.toml",
        "not an ISO date",
    ),
    (
        "confidence missing",
        "data/points.toml",
        "confidence = \"high\"",
        "trust = \"high\"",
        "data/points.toml",
        "confidence`: is missing",
    ),
    (
        "source missing",
        "data/points.toml",
        "source = \"https://www.omaruba.aw/en/frequently-asked-questions/\"",
        "sourcex = \"\"",
        "data/points.toml",
        "source",
    ),
    (
        "island without emergency number",
        "data/islands.toml",
        "emergency = \"911\"",
        "emergency = \"\"",
        "data/islands.toml",
        "needs an emergency number",
    ),
    (
        "BES island without labour inspectorate",
        "data/points.toml",
        "kind = \"labour\"\ntext = \"rcn_labour_saba\"",
        "kind = \"care\"\ntext = \"rcn_labour_saba\"",
        "data/points.toml",
        "`labour` point",
    ),
    (
        "island without victim support",
        "data/points.toml",
        "id = \"sxm_victim_support\"\nisland = \"sint-maarten\"",
        "id = \"sxm_victim_support\"\nisland = \"aruba\"",
        "data/points.toml",
        "no `victim_support` point",
    ),
    (
        "unknown dimension",
        "data/indicators.toml",
        "dimension = \"deceptive_recruitment\"",
        "dimension = \"deception\"",
        "data/indicators.toml",
        "not one of",
    ),
    (
        "set references a missing indicator",
        "data/sets.toml",
        "\"passport_kept\"",
        "\"passport_gone\"",
        "data/sets.toml",
        "`passport_gone` is not an indicator",
    ),
    (
        "indicator without text",
        "i18n/en/indicators.toml",
        "[passport_kept]",
        "[passport_kept_old]",
        "i18n/en/indicators.toml",
        "passport_kept.question",
    ),
    (
        "scenario references a missing indicator",
        "data/scenarios.toml",
        "signals = [\"",
        "signals = [\"no_such_signal\", \"",
        "data/scenarios.toml",
        "`no_such_signal` is not an indicator",
    ),
    (
        "scenario without signal",
        "data/scenarios.toml",
        "signals = [\"",
        "signals = [] # [\"",
        "data/scenarios.toml",
        "needs at least one signal",
    ),
    (
        "scenario with no signals key",
        "data/scenarios.toml",
        "\nsignals = [",
        "\n# signals = [",
        "data/scenarios.toml",
        "needs at least one signal",
    ),
    (
        "scenario with no distractors key",
        "data/scenarios.toml",
        "\ndistractors = [",
        "\n# distractors = [",
        "data/scenarios.toml",
        "needs at least one distractor",
    ),
    (
        "scenario without distractor",
        "data/scenarios.toml",
        "distractors = [",
        "distractors = [] # [",
        "data/scenarios.toml",
        "needs at least one distractor",
    ),
    (
        "local signal stronger than weak",
        "data/indicators.toml",
        "strength = \"weak\", source = \"KPCN crime",
        "strength = \"medium\", source = \"KPCN crime",
        "data/indicators.toml",
        "is \"weak\"",
    ),
    (
        "indicator names a missing ILO/EC row",
        "data/indicators.toml",
        "ilo = \"dr_job\"",
        "ilo = \"dr_jobs\"",
        "data/indicators.toml",
        "`dr_jobs` is not an [[ilo]] row",
    ),
    (
        "indicator with two bases",
        "data/indicators.toml",
        "ilo = \"dr_job\"",
        "ilo = \"dr_job\"\nscreening = true",
        "data/indicators.toml",
        "needs exactly one of",
    ),
    (
        "unknown key in an indicator",
        "data/indicators.toml",
        "id = \"job_different\"",
        "id = \"job_different\"\nweight = \"strong\"",
        "data/indicators.toml",
        "unknown key",
    ),
    (
        "ILO/EC list without confidence",
        "data/indicators.toml",
        "[list.child_sexual]",
        "[list.child_sexual_x]",
        "data/indicators.toml",
        "`list.child_sexual`: is missing",
    ),
    (
        "follow-up before the question that opens it",
        "data/sets.toml",
        "\"under_18\",\n  \"child_not_school\",",
        "\"child_not_school\",\n  \"under_18\",",
        "data/sets.toml",
        "must come after `under_18`",
    ),
    (
        "scenario that does not reach its level",
        "data/scenarios.toml",
        "level = \"some\"",
        "level = \"exploitation\"",
        "data/scenarios.toml",
        "its signals reach \"some\"",
    ),
    (
        "screening question as a scenario signal",
        "data/scenarios.toml",
        "signals = [\"child_not_school\"",
        "signals = [\"under_18\", \"child_not_school\"",
        "data/scenarios.toml",
        "is a screening question",
    ),
    (
        "point text missing",
        "data/points.toml",
        "text = \"cmma\"",
        "text = \"cmma_new\"",
        "i18n/en/points.toml",
        "cmma_new.name",
    ),
];

#[test]
fn each_check_rejects_its_broken_fixture() {
    for (i, (case, file, from, to, want_file, want)) in CASES.iter().enumerate() {
        let dir = scratch(&format!("case{i}"));
        edit(&dir, file, from, to);
        let result = content::load(&dir);
        let _ = fs::remove_dir_all(&dir);
        let problems = match result {
            Ok(_) => panic!("{case}: the broken fixture was accepted"),
            Err(p) => p,
        };
        let found = problems
            .iter()
            .any(|p| p.file == *want_file && p.to_string().contains(want));
        assert!(
            found,
            "{case}: expected a problem in {want_file} containing {want:?}, got:\n{}",
            problems
                .iter()
                .map(|p| format!("  {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn phone_and_url_rules() {
    let phones = [
        ("911", true),
        ("9310", true),
        ("08001414", true),
        ("+5997176181", true),
        ("+1721542222", true),
        ("+0599", false),
        ("12", false),
        ("+599 717", false),
        ("tel:911", false),
        ("123456789", false),
    ];
    for (p, ok) in phones {
        assert_eq!(content::valid_phone(p), ok, "{p}");
    }
    let urls = [
        ("https://cmmaruba.com/", true),
        ("http://x.com", false),
        ("https://", false),
        ("javascript:alert(1)", false),
        ("https://a b.com", false),
    ];
    for (u, ok) in urls {
        assert_eq!(content::valid_https(u), ok, "{u}");
    }
    for (d, ok) in [
        ("2026-11-22", true),
        ("2026-13-01", false),
        ("2026-1-1", false),
        ("22-11-2026", false),
    ] {
        assert_eq!(content::valid_date(d), ok, "{d}");
    }
}
