//! The site settings check (build/site.rs): the real file passes; each broken copy is refused
//! with a message naming the file, the key and the problem.

#[path = "../build/check.rs"]
#[allow(dead_code)]
mod check;
#[path = "../build/site.rs"]
#[allow(dead_code)]
mod site;

use std::fs;
use std::path::PathBuf;

fn with_site(
    name: &str,
    text: &str,
) -> Result<std::collections::BTreeMap<String, String>, Vec<String>> {
    let dir = std::env::temp_dir().join(format!("signaal-site-{}-{name}", std::process::id()));
    fs::create_dir_all(dir.join("data")).unwrap();
    fs::write(dir.join("data/site.toml"), text).unwrap();
    let r = site::load(&dir);
    let _ = fs::remove_dir_all(&dir);
    r
}

const GOOD: &str = r#"
maintainer = ""
contact_email = ""
contact_url = ""
accessibility_status = ""
accessibility_checked = ""
statement_date = ""
"#;

#[test]
fn the_real_file_passes() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let s = site::load(&root).expect("data/site.toml is valid");
    assert_eq!(s.len(), site::SITE_KEYS.len());
    assert!(with_site("good", GOOD).is_ok());
    let filled = GOOD
        .replace("maintainer = \"\"", "maintainer = \"Stichting Voorbeeld\"")
        .replace(
            "contact_email = \"\"",
            "contact_email = \"info@voorbeeld.org\"",
        )
        .replace(
            "accessibility_status = \"\"",
            "accessibility_status = \"partial\"",
        )
        .replace("statement_date = \"\"", "statement_date = \"2026-11-29\"");
    let s = with_site("filled", &filled).expect("filled file is valid");
    assert_eq!(s["maintainer"], "Stichting Voorbeeld");
}

#[test]
fn broken_files_are_refused_naming_key_and_problem() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "email",
            "contact_email = \"\"",
            "contact_email = \"info at example\"",
            "contact_email: `info at example` is not an e-mail address",
        ),
        (
            "url",
            "contact_url = \"\"",
            "contact_url = \"http://example.org\"",
            "contact_url: `http://example.org` is not an https:// address",
        ),
        (
            // The same https check as the content's websites: the host needs a dot.
            "url host",
            "contact_url = \"\"",
            "contact_url = \"https://intranet/form.html\"",
            "contact_url: `https://intranet/form.html` is not an https:// address",
        ),
        (
            "status",
            "accessibility_status = \"\"",
            "accessibility_status = \"mostly\"",
            "accessibility_status: `mostly` is not one of",
        ),
        (
            "date",
            "statement_date = \"\"",
            "statement_date = \"29-11-2026\"",
            "statement_date: `29-11-2026` is not a date",
        ),
        (
            "unknown",
            "maintainer = \"\"",
            "maintainer = \"\"\nphone = \"123\"",
            "phone: unknown key",
        ),
        (
            "missing",
            "maintainer = \"\"\n",
            "",
            "maintainer: is missing",
        ),
        (
            "type",
            "maintainer = \"\"",
            "maintainer = 3",
            "maintainer: must be a string",
        ),
    ];
    for (name, from, to, want) in cases {
        assert!(GOOD.contains(from), "{name}: fixture");
        let errs = with_site(name, &GOOD.replacen(from, to, 1)).expect_err(name);
        assert!(
            errs.iter()
                .any(|e| e.starts_with("data/site.toml: ") && e.contains(want)),
            "{name}: {errs:?}"
        );
    }
}
