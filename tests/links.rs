//! Links that hand over to another app (`tel:`, `mailto:`, `sms:`) must open from the top page
//! (`target="_top"`): inside an iframe embed, a frame that navigates itself to `tel:` is blocked
//! by the host's CSP and turns into an error page (issue 16). This reads every source that writes
//! such a link: the Yew views, the static fallback and the host script.

use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|x| x == ext) {
            out.push(p);
        }
    }
}

/// Lines that build an `href` with an app scheme but no `_top` target on the same line.
fn untargeted(source: &str) -> Vec<String> {
    source
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            !l.starts_with("//")
                && l.contains("href")
                && [
                    "\"tel:",
                    "(\"tel:",
                    "\"mailto:",
                    "\"sms:",
                    "'tel:",
                    "'mailto:",
                ]
                .iter()
                .any(|s| l.contains(s))
                && !l.contains("_top")
        })
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn the_check_sees_an_untargeted_call_link() {
    assert_eq!(
        untargeted(r#"<a href={format!("tel:{n}")}>{ n }</a>"#).len(),
        1
    );
    assert!(untargeted(r#"<a href={format!("tel:{n}")} target="_top">{ n }</a>"#).is_empty());
    assert_eq!(
        untargeted(r#"<a href={format!("mailto:{m}")}>{ m }</a>"#).len(),
        1
    );
}

#[test]
fn every_call_and_mail_link_opens_from_the_top_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = Vec::new();
    files(&root.join("src"), "rs", &mut all);
    files(&root.join("www"), "js", &mut all);
    let mut bad = Vec::new();
    for f in &all {
        for l in untargeted(&std::fs::read_to_string(f).unwrap()) {
            bad.push(format!("{}: {l}", f.strip_prefix(root).unwrap().display()));
        }
    }
    assert!(
        bad.is_empty(),
        "links without target=\"_top\":\n{}",
        bad.join("\n")
    );
}
