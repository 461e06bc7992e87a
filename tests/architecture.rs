//! The domain core stays free of web dependencies (ARCHITECTURE.md).

#[test]
fn domain_has_no_web_dependency() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for banned in [
            "yew",
            "web_sys",
            "wasm_bindgen",
            "gloo",
            "js_sys",
            "crate::ui",
        ] {
            assert!(
                !text
                    .lines()
                    .any(|l| l.trim_start().starts_with("use") && l.contains(banned)),
                "{} uses {banned}",
                path.display()
            );
        }
    }
}
