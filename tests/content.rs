//! The content validator (build/content.rs, run by build.rs) on the real files and on broken
//! copies: each check must reject its broken fixture with a message naming file, key and problem.

#[path = "../build/check.rs"]
mod check;
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
    (
        "misspelt key in an indicator (danger_now dropped silently before)",
        "data/indicators.toml",
        "danger_now = true",
        "danger_nwo = true",
        "data/indicators.toml",
        "unknown key `danger_nwo`",
    ),
    (
        "misspelt key in a point",
        "data/points.toml",
        "website = \"https",
        "websiet = \"https",
        "data/points.toml",
        "unknown key `websiet`",
    ),
    (
        "misspelt key in a phone",
        "data/points.toml",
        "display = \"",
        "dispaly = \"",
        "data/points.toml",
        "unknown key `dispaly`",
    ),
    (
        "misspelt key in an island",
        "data/islands.toml",
        "default_locale = ",
        "default_local = ",
        "data/islands.toml",
        "unknown key `default_local`",
    ),
    (
        "misspelt key in a scenario",
        "data/scenarios.toml",
        "sector = ",
        "sectr = ",
        "data/scenarios.toml",
        "unknown key `sectr`",
    ),
    (
        "unknown top-level table in a data file",
        "data/sets.toml",
        "self_check",
        "extra = 1\nself_check",
        "data/sets.toml",
        "unknown key `extra`",
    ),
    (
        "misspelt field of an indicator text",
        "i18n/en/indicators.toml",
        "\nwhy = ",
        "\nwhy = \"x\"\nwhy_ = ",
        "i18n/en/indicators.toml",
        "unknown field",
    ),
    (
        "misspelt field of a scenario text",
        "i18n/en/scenarios.toml",
        "\ntitle = ",
        "\ntitle = \"x\"\ntitel = ",
        "i18n/en/scenarios.toml",
        "unknown field",
    ),
    (
        "local subscriber number without its international form",
        "data/points.toml",
        "number = \"+59997477229\"",
        "number = \"7477229\"",
        "data/points.toml",
        "without its international form",
    ),
    (
        "display shows a different local part",
        "data/points.toml",
        "display = \"+599 9 747 7229\"",
        "display = \"747 7228\"",
        "data/points.toml",
        "does not show the same digits",
    ),
    (
        "never-use number as a phone",
        "data/points.toml",
        "number = \"08020802\", display = \"0802-0802\"",
        "number = \"08001414\", display = \"0800-1414\"",
        "data/points.toml",
        "never-use list",
    ),
    (
        "never-use number with a country code",
        "data/points.toml",
        "number = \"+5997178000\", display = \"+599 717 8000\"",
        "number = \"+5997177251\", display = \"+599 717 7251\"",
        "data/points.toml",
        "never-use list",
    ),
    (
        "never-use number in a text, written with spaces",
        "i18n/pap-CW/points.toml",
        "GUIAMI 0802-0802",
        "GUIAMI 0800 14 14",
        "i18n/pap-CW/points.toml",
        "never-use list",
    ),
    (
        "never-use number in an indicator text",
        "i18n/es/indicators.toml",
        "why = \"",
        "why = \"Llama al 542.1553. ",
        "i18n/es/indicators.toml",
        "never-use list",
    ),
    (
        "never-use e-mail address",
        "data/points.toml",
        "email = \"politie@politiecn.com\"",
        "email = \"Police@PolitieCN.com\"",
        "data/points.toml",
        "never-use list",
    ),
    (
        "e-mail address malformed",
        "data/points.toml",
        "email = \"politie@politiecn.com\"",
        "email = \"politie at politiecn.com\"",
        "data/points.toml",
        "not an e-mail address",
    ),
    (
        "never-use entry too short to match safely",
        "data/never_use.toml",
        "value = \"542-1553\"",
        "value = \"911\"",
        "data/never_use.toml",
        "at least 5 digits",
    ),
    (
        "counted text without plural forms",
        "i18n/en/ui.toml",
        "exit_shift_more = { one = \"Press Shift once more to leave this page.\", other = \"Press Shift {n} more times to leave this page.\" }",
        "exit_shift_more = \"Press Shift {n} more times to leave this page.\"",
        "i18n/en/ui.toml",
        "shows a count",
    ),
    (
        "plural table missing a CLDR category",
        "i18n/en/ui.toml",
        "training_score_wrong = { one = \"{n} statement marked by mistake\", other",
        "training_score_wrong = { few = \"{n} statement marked by mistake\", other",
        "i18n/en/ui.toml",
        "training_score_wrong.one`: is missing",
    ),
    (
        "pap-AW uses a Curaçao/Bonaire word",
        "i18n/pap-AW/ui.toml",
        "skip_exit = \"Sali lihe for di e pagina aki\"",
        "skip_exit = \"Sali lihe ku e pagina aki\"",
        "i18n/pap-AW/ui.toml",
        "`ku` is Curaçao/Bonaire spelling",
    ),
    (
        "pap-AW uses -shon",
        "i18n/pap-AW/ui.toml",
        "sesionnan di informacion",
        "sesionnan di informashon",
        "i18n/pap-AW/ui.toml",
        "ends in -shon",
    ),
    (
        "pap-CW uses an Aruban word",
        "i18n/pap-CW/ui.toml",
        "Praktiká ku storianan",
        "Praktiká cu storianan",
        "i18n/pap-CW/ui.toml",
        "`cu` is Aruban spelling",
    ),
    (
        "pap-CW uses -cion",
        "i18n/pap-CW/ui.toml",
        "di konsientisashon",
        "di konsientisacion",
        "i18n/pap-CW/ui.toml",
        "ends in -cion",
    ),
    (
        "pap-CW writes a z",
        "i18n/pap-CW/ui.toml",
        "di konsientisashon",
        "di konzientisashon",
        "i18n/pap-CW/ui.toml",
        "has `z`",
    ),
    (
        "pap-CW house style",
        "i18n/pap-CW/ui.toml",
        "confidence_high = \"haltu\"",
        "confidence_high = \"altu\"",
        "i18n/pap-CW/ui.toml",
        "write `haltu`, not `altu`",
    ),
    (
        "English word left in Dutch",
        "i18n/nl/ui.toml",
        "exit_button = \"",
        "exit_button = \"Exit this page / ",
        "i18n/nl/ui.toml",
        "`page` is English",
    ),
    (
        "proper name taken off the allow-list",
        "data/proper_names.toml",
        "\"San Nicolas\", ",
        "",
        "i18n/pap-CW/scenarios.toml",
        "`nicolas` has `c`",
    ),
    (
        "a ui text may not wait on the pending list",
        "data/language_pending.toml",
        "texts may not wait here.",
        "texts may not wait here.\n\n[[pending]]\nfile = \"i18n/pap-CW/ui.toml\"\nkey = \"ui.back\"\nproblem = \"test\"",
        "data/language_pending.toml",
        "only indicator and scenario texts",
    ),
    (
        "why_other in en but not in another locale",
        "i18n/nl/indicators.toml",
        "why_other = \"Mensen worden vaak",
        "# why_other = \"Mensen worden vaak",
        "i18n/nl/indicators.toml",
        "job_different.why_other",
    ),
    (
        "review status for a key the locale does not have",
        "i18n/nl/review.toml",
        "[reviewed]",
        "[reviewed]\n\"ui.toml:ui.nope\" = { by = \"X\", date = \"2026-12-01\", hash = \"0123456789abcdef\" }",
        "i18n/nl/review.toml",
        "is not a text of this locale",
    ),
    (
        "review status with a malformed hash",
        "i18n/es/review.toml",
        "[reviewed]",
        "[reviewed]\n\"ui.toml:ui.back\" = { by = \"X\", date = \"2026-12-01\", hash = \"abc\" }",
        "i18n/es/review.toml",
        "not 16 hex digits",
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
    // Which numbers may stay local (no international form): short codes and 0-service numbers.
    for (p, ok) in [
        ("911", true),
        ("9310", true),
        ("918", true),
        ("08020802", true),
        ("09008844", true),
        ("7477229", false),
        ("5107575", false),
        ("5975223", false),
        ("+5997176181", false),
    ] {
        assert_eq!(content::is_service_number(p), ok, "{p}");
    }
    for (text, runs) in [
        ("Call 0800-14 14 now", vec!["08001414"]),
        ("+599 717 8000 or 715 8000.", vec!["5997178000", "7158000"]),
        (
            "8 to 21, 14:00–18:00",
            vec!["8", "21", "14", "00", "18", "00"],
        ),
    ] {
        assert_eq!(content::digit_runs(text), runs, "{text}");
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

#[test]
fn spelling_system_rules_table() {
    let names: Vec<String> = vec!["Prevenshon di Abusu i Trafikashon di Hende".into()];
    // (locale, text, number of problems)
    let cases: &[(&str, &str, usize)] = &[
        (
            "pap-AW",
            "Traficacion di hende ta un crimen. Yama cu polis y haci un denuncia.",
            0,
        ),
        ("pap-AW", "Trafikashon di hende", 1),
        ("pap-AW", "Bo por papia ku un hende i pidi yudansa", 2),
        (
            "pap-AW",
            "PATH – Prevenshon di Abusu i Trafikashon di Hende",
            0,
        ),
        ("pap-AW", "E storia ta sina di memoria", 1),
        (
            "pap-CW",
            "Trafikashon di hende ta un krímen. Yama polis i hasi un denunsia.",
            0,
        ),
        ("pap-CW", "Traficacion di hende", 1),
        ("pap-CW", "E oferta tabata zona hopi bon", 1),
        ("pap-CW", "KPCN i SZW ta yuda {number}", 0),
        ("pap-CW", "Bo ta paga un hür altu", 1),
        ("pap-CW", "Un programa ku ta lesa e pantaya na bos haltu", 0),
        ("nl", "Cu y of haci", 0),
    ];
    for (locale, text, want) in cases {
        let got = content::spelling_problems(locale, text, &names);
        assert_eq!(got.len(), *want, "{locale}: {text:?} → {got:?}");
    }
    let english: &[(&str, usize)] = &[
        ("Verlaat deze pagina snel", 0),
        ("Gebruik een screen reader", 1),
        ("Bel WhatsApp of Facebook Messenger", 0),
        ("Call the police", 3),
        ("Victim Support Services (VSS)", 2),
    ];
    for (text, want) in english {
        let got = content::english_leftovers(text, &[]);
        assert_eq!(got.len(), *want, "{text:?} → {got:?}");
    }
}
