//! `signaal-review`: the native-review kit (CONTENT.md, "Native review").
//!
//! ```text
//! signaal-review export <dir> [locale …]     one <locale>.po and <locale>.csv per locale
//! signaal-review import <file.po|file.csv> <locale> [YYYY-MM-DD]
//! signaal-review status                       reviewed texts per locale
//! ```
//! Run from the repository root (it reads and writes `data/` and `i18n/` there).

#[path = "../../build/check.rs"]
#[allow(dead_code)]
mod check;
#[path = "../../build/content.rs"]
#[allow(dead_code)]
mod content;
#[path = "../../build/review.rs"]
mod review;

use std::path::{Path, PathBuf};
use std::process::exit;

fn fail(msg: &str) -> ! {
    eprintln!("signaal-review: {msg}");
    exit(1)
}

fn root() -> PathBuf {
    let here = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    if here.join("i18n").is_dir() && here.join("data").is_dir() {
        here
    } else {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }
}

fn today() -> String {
    // Days since 1970-01-01 → civil date (Howard Hinnant's algorithm); no date crate needed.
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn load(root: &Path) -> content::Content {
    content::load(root).unwrap_or_else(|ps| {
        for p in &ps {
            eprintln!("  - {p}");
        }
        fail("the content does not pass its checks; fix it first")
    })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    match args.first().map(String::as_str) {
        Some("export") => {
            let dir = PathBuf::from(
                args.get(1)
                    .unwrap_or_else(|| fail("export needs a directory")),
            );
            let c = load(&root);
            let wanted: Vec<&str> = if args.len() > 2 {
                args[2..].iter().map(String::as_str).collect()
            } else {
                content::LOCALES.to_vec()
            };
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(&e.to_string()));
            for locale in wanted {
                let li = content::LOCALES
                    .iter()
                    .position(|l| *l == locale)
                    .unwrap_or_else(|| fail(&format!("unknown locale `{locale}`")));
                let list = review::entries(&c, &root, locale).unwrap_or_else(|e| fail(&e));
                let name = &c.locales[li]["ui.toml"]["meta.name"];
                for (ext, body) in [
                    ("po", review::to_po(locale, name, &list)),
                    ("csv", review::to_csv(&list)),
                ] {
                    let path = dir.join(format!("{locale}.{ext}"));
                    std::fs::write(&path, body).unwrap_or_else(|e| fail(&e.to_string()));
                    println!("wrote {} ({} texts)", path.display(), list.len());
                }
            }
        }
        Some("import") => {
            let file = args.get(1).unwrap_or_else(|| fail("import needs a file"));
            let locale = args
                .get(2)
                .unwrap_or_else(|| fail("import needs the locale"));
            let date = args.get(3).cloned().unwrap_or_else(today);
            let text =
                std::fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            let reviewed = if file.ends_with(".po") {
                review::from_po(&text)
            } else if file.ends_with(".csv") {
                review::from_csv(&text)
            } else {
                fail("the file must end in .po or .csv")
            }
            .unwrap_or_else(|e| fail(&format!("{file}: {e}")));
            match review::import(&root, locale, &reviewed, &date) {
                Ok(r) => println!(
                    "{locale}: {} text(s) changed, {} newly marked reviewed; {} of {} texts reviewed by a native speaker",
                    r.changed_texts, r.newly_reviewed, r.reviewed_total, r.total
                ),
                Err(problems) => {
                    for p in &problems {
                        eprintln!("  - {p}");
                    }
                    fail("import refused; nothing was written")
                }
            }
        }
        Some("status") => {
            let c = load(&root);
            for (li, locale) in content::LOCALES.iter().enumerate() {
                let (n, m) = c.reviewed[li];
                println!("{locale}: {n} of {m} texts reviewed by a native speaker");
            }
        }
        _ => {
            eprintln!(
                "usage: signaal-review export <dir> [locale …]\n       signaal-review import <file.po|file.csv> <locale> [YYYY-MM-DD]\n       signaal-review status"
            );
            exit(2)
        }
    }
}
