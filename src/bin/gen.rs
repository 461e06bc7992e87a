//! Build helper, run by `scripts/build.sh` from the repository root. The content work of the
//! release build lives here, so the build script only copies, compiles and compresses:
//! - `signaal-gen fallback` prints the static fallback HTML generated from the content;
//! - `signaal-gen fallback-json` the same as data for the host script (inline embeds);
//! - `signaal-gen first-paint` prints the start screen as the app renders it, for `index.html`;
//! - `signaal-gen page FILE` puts the first paint and the fallback into a copy of `www/index.html`;
//! - `signaal-gen embed-js FILE` puts the fallback data into a copy of `www/embed.js`;
//! - `signaal-gen embed-css STYLE BASE OUT` writes the shadow-DOM stylesheet of inline embeds;
//! - `signaal-gen embed-page FILE` puts the embed generator's texts and the maintainer's contact
//!   into a copy of `www/embed-page.js`;
//! - `signaal-gen npm-package FILE` prints `npm/package.json` with the crate's version;
//! - `signaal-gen packs DIR` writes the locale packs into `DIR/locales/`, puts their names and the
//!   islands' default locales into `DIR/boot.js` (it preloads one) and checks `DIR/pkg/signaal_bg.wasm`
//!   holds none of their texts but the language names.
//!
//! FILE arguments are changed in place. A marker that is missing (or doubled) stops the build
//! with the file and the marker named.

use signaal::domain::locale::Locale;
use signaal::fallback::{self, json_str};
use std::path::Path;

type Result<T> = std::result::Result<T, String>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let done = match args.as_slice() {
        ["fallback"] => out(fallback::html()),
        ["fallback-json"] => out(fallback::json()),
        ["first-paint"] => out(fallback::first_paint()),
        ["page", file] => edit(file, |s| {
            let s = replace_once(s, "<!-- FIRST-PAINT -->", &fallback::first_paint())?;
            replace_once(&s, "<!-- FALLBACK -->", &fallback::html())
        }),
        ["embed-js", file] => edit(file, |s| {
            replace_once(s, "'__SIGNAAL_FALLBACK__'", &fallback::json())
        }),
        ["embed-css", style, base, out] => embed_css(style, base, out),
        ["embed-page", file] => embed_page_texts().and_then(|texts| {
            edit(file, |s| {
                let s = replace_once(s, "'__SIGNAAL_EMBED_TEXTS__'", &texts)?;
                replace_once(&s, "'__SIGNAAL_SITE__'", &site_json())
            })
        }),
        ["npm-package", file] => read(file).and_then(|s| {
            let version = format!("\"version\": \"{}\"", env!("CARGO_PKG_VERSION"));
            out(replace_once(&s, "\"version\": \"0.0.0\"", &version)?)
        }),
        ["packs", dir] => packs(dir),
        _ => {
            eprintln!(
                "usage: signaal-gen fallback | fallback-json | first-paint | page FILE | \
                 embed-js FILE | embed-css STYLE BASE OUT | embed-page FILE | npm-package FILE | \
                 packs DIR"
            );
            std::process::exit(2);
        }
    };
    if let Err(e) = done {
        eprintln!("signaal-gen: {e}");
        std::process::exit(1);
    }
}

/// Prints `s` as it is (the build redirects it into a file).
fn out(s: String) -> Result<()> {
    print!("{s}");
    Ok(())
}

fn read(file: &str) -> Result<String> {
    std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))
}

/// Rewrites `file` in place with `f`; an error names the file.
fn edit(file: &str, f: impl FnOnce(&str) -> Result<String>) -> Result<()> {
    let new = f(&read(file)?).map_err(|e| format!("{file}: {e}"))?;
    std::fs::write(file, new).map_err(|e| format!("{file}: {e}"))
}

/// `s` with its one `marker` replaced by `with`; a missing or repeated marker is an error.
fn replace_once(s: &str, marker: &str, with: &str) -> Result<String> {
    match s.matches(marker).count() {
        1 => Ok(s.replacen(marker, with, 1)),
        n => Err(format!(
            "expected the marker {marker} once, found it {n} times"
        )),
    }
}

/// The shadow-DOM stylesheet: `base`, then `style` with every length in `rem` written as
/// `calc(N * var(--sg-rem, 1rem))`. Inside a shadow root, rem is the host page's root size;
/// `www/embed.js` sets `--sg-rem` to the reader's default size instead.
fn embed_css(style: &str, base: &str, out: &str) -> Result<()> {
    let css = format!("{}\n{}", read(base)?, rem_to_var(&read(style)?));
    std::fs::write(out, css).map_err(|e| format!("{out}: {e}"))
}

/// Every number directly followed by the unit `rem` (and no further letter), not part of a
/// longer word or number: `-1.5rem` → `calc(-1.5 * var(--sg-rem, 1rem))` (the sign goes inside).
fn rem_to_var(css: &str) -> String {
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let b: Vec<char> = css.chars().collect();
    let mut o = String::with_capacity(css.len());
    let mut i = 0;
    while i < b.len() {
        let starts = i == 0 || !(word(b[i - 1]) || b[i - 1] == '.');
        if starts {
            if let Some(end) = rem_number_at(&b, i) {
                let n: String = b[i..end].iter().collect();
                o.push_str(&format!("calc({n} * var(--sg-rem, 1rem))"));
                i = end + 3;
                continue;
            }
        }
        o.push(b[i]);
        i += 1;
    }
    o
}

/// Where a number `-?\d*\.?\d+` starting at `i` ends, if `rem` and no word character follow it.
fn rem_number_at(b: &[char], i: usize) -> Option<usize> {
    let digits = |mut j: usize| {
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let sign = usize::from(b.get(i) == Some(&'-'));
    let int_end = digits(i + sign);
    let end = if b.get(int_end) == Some(&'.') && digits(int_end + 1) > int_end + 1 {
        digits(int_end + 1)
    } else if int_end > i + sign {
        int_end
    } else {
        return None;
    };
    let unit = b.get(end..end + 3)? == ['r', 'e', 'm'];
    let boundary = b
        .get(end + 3)
        .is_none_or(|c| !(c.is_alphanumeric() || *c == '_'));
    (unit && boundary).then_some(end)
}

/// `{tag: {key: text}}` from each locale's `i18n/<tag>/ui.toml` `[embed_page]`, plus `name` from
/// its `[meta]`.
fn embed_page_texts() -> Result<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut locales = Vec::new();
    for l in Locale::ALL {
        let file = root.join("i18n").join(l.tag()).join("ui.toml");
        let name = file.display().to_string();
        let ui: toml::Table = read(&name)?.parse().map_err(|e| format!("{name}: {e}"))?;
        let table = |t: &str| {
            ui.get(t)
                .and_then(toml::Value::as_table)
                .ok_or_else(|| format!("{name}: no [{t}] table"))
        };
        let mut fields = Vec::new();
        for (k, v) in table("embed_page")? {
            let v = v
                .as_str()
                .ok_or_else(|| format!("{name}: [embed_page] {k} is not a string"))?;
            fields.push(format!("{}:{}", json_str(k), json_str(v)));
        }
        let meta_name = table("meta")?
            .get("name")
            .and_then(toml::Value::as_str)
            .ok_or_else(|| format!("{name}: [meta] name is missing"))?;
        fields.push(format!("\"name\":{}", json_str(meta_name)));
        locales.push(format!("{}:{{{}}}", json_str(l.tag()), fields.join(",")));
    }
    Ok(format!("{{{}}}", locales.join(",")))
}

/// The maintainer's contact from `data/site.toml` (empty values stay empty: the page shows a
/// visible placeholder).
fn site_json() -> String {
    let s = &signaal::site::SITE;
    format!(
        "{{\"maintainer\":{},\"contact_email\":{},\"contact_url\":{}}}",
        json_str(s.maintainer),
        json_str(s.contact_email),
        json_str(s.contact_url)
    )
}

/// The locale packs into `dir/locales/`, what `boot.js` needs to preload one (pack file per locale,
/// default locale per island) into `dir/boot.js`, and the check that the .wasm in `dir/pkg/` holds
/// no pack text but the language names (so a new locale adds nothing to the others' first load)
/// and reads packs of this layout and slot count.
fn packs(dir: &str) -> Result<()> {
    use signaal::content::{island, PACK_FILES, PACK_LAYOUT, PACK_SLOTS, PACK_TEXTS};
    use signaal::domain::model::IslandId;
    let dir = Path::new(dir);
    let locales = dir.join("locales");
    std::fs::create_dir_all(&locales).map_err(|e| format!("{}: {e}", locales.display()))?;
    let mut files = Vec::new();
    for l in Locale::ALL {
        let file = PACK_FILES[l.index()];
        let path = dir.join(file);
        std::fs::write(&path, PACK_TEXTS[l.index()])
            .map_err(|e| format!("{}: {e}", path.display()))?;
        files.push(format!("{}:{}", json_str(l.tag()), json_str(file)));
    }
    let islands: Vec<String> = IslandId::ALL
        .iter()
        .map(|i| {
            format!(
                "{}:{}",
                json_str(i.slug()),
                json_str(island(*i).default_locale.tag())
            )
        })
        .collect();
    let config = format!(
        "{{\"files\":{{{}}},\"islands\":{{{}}}}}",
        files.join(","),
        islands.join(",")
    );
    let boot = dir.join("boot.js");
    edit(&boot.display().to_string(), |s| {
        replace_once(s, "'__SIGNAAL_PACKS__'", &config)
    })?;
    let wasm_path = dir.join("pkg/signaal_bg.wasm");
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    // Lossy decoding keeps every valid UTF-8 run as it is, so a text in the bytes is in here.
    let wasm = String::from_utf8_lossy(&wasm);
    let has = |t: &str| wasm.contains(t);
    let names: Vec<&str> = signaal::content::LANGUAGE_NAMES.to_vec();
    let mut found = Vec::new();
    for l in Locale::ALL {
        let text = PACK_TEXTS[l.index()];
        let slots: Vec<&str> = text.split('\0').skip(1).collect();
        if slots.len() != PACK_SLOTS {
            return Err(format!(
                "{}: {} texts, the app reads {PACK_SLOTS}",
                PACK_FILES[l.index()],
                slots.len()
            ));
        }
        let mut seen = std::collections::BTreeSet::new();
        for t in slots {
            if t.len() >= 12 && !names.contains(&t) && seen.insert(t) && has(t) {
                found.push(format!("{}: {t:?}", l.tag()));
            }
        }
    }
    if !found.is_empty() {
        return Err(format!(
            "{}: holds {} locale text(s) that belong in the packs, e.g. {}",
            wasm_path.display(),
            found.len(),
            found.iter().take(3).cloned().collect::<Vec<_>>().join("; ")
        ));
    }
    if !has(PACK_LAYOUT) {
        return Err(format!(
            "{}: does not read packs of layout {PACK_LAYOUT} (built from other content?)",
            wasm_path.display()
        ));
    }
    eprintln!(
        "  {} packs of {PACK_SLOTS} texts; no pack text of 12 bytes or more in the .wasm",
        Locale::ALL.len()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{rem_to_var, replace_once};

    #[test]
    fn rem_lengths_become_the_readers_size() {
        let cases = [
            ("a{margin:1rem}", "a{margin:calc(1 * var(--sg-rem, 1rem))}"),
            (
                "a{margin:-.5rem 1.25rem}",
                "a{margin:calc(-.5 * var(--sg-rem, 1rem)) calc(1.25 * var(--sg-rem, 1rem))}",
            ),
            // Not a length in rem: part of a name, a longer unit, or a number's tail.
            ("a{--x2rem:0;width:2remx}", "a{--x2rem:0;width:2remx}"),
            ("a{b:1.2.5rem}", "a{b:1.2.5rem}"),
            // A sign after a word is not the number's sign.
            ("a{b:x-3rem}", "a{b:x-calc(3 * var(--sg-rem, 1rem))}"),
            ("2rem", "calc(2 * var(--sg-rem, 1rem))"),
        ];
        for (css, want) in cases {
            assert_eq!(rem_to_var(css), want, "{css}");
        }
    }

    #[test]
    fn a_marker_must_be_there_once() {
        assert_eq!(replace_once("a M b", "M", "x").unwrap(), "a x b");
        assert!(replace_once("a b", "M", "x").is_err());
        assert!(replace_once("M M", "M", "x").is_err());
    }
}
