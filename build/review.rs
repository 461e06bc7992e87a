//! The native-review kit: export every text of a locale for a volunteer reviewer (gettext PO and
//! CSV), and import the reviewed file back through the same content validation, recording per key
//! who reviewed it. Used by `src/bin/review.rs` (`signaal-review`) and `tests/review.rs`.
//!
//! Review status lives in `i18n/<locale>/review.toml`: for each reviewed key, the reviewer, the date
//! and a hash of the text that was reviewed. The build counts a key as reviewed only while its text
//! still has that hash, so editing a text after review makes it unreviewed again.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::content::{self, text_hash, LocaleTexts, LOCALES, LOCALE_FILES, REFERENCE_LOCALE};

/// One text to review.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// `file:key`, e.g. `ui.toml:ui.back` (stable id of the text).
    pub id: String,
    pub where_shown: String,
    pub english: String,
    pub current: String,
    pub notes: String,
    /// Empty when not (yet) reviewed by a native speaker.
    pub reviewed_by: String,
}

/// A reviewed file read back: the new text of each key and who reviewed it (may be empty).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reviewed {
    pub texts: BTreeMap<String, String>,
    pub by: BTreeMap<String, String>,
}

/// Where a text appears in the app, in plain words for the reviewer.
pub fn where_shown(file: &str, key: &str) -> String {
    let field = key.rsplit('.').next().unwrap_or("");
    match file {
        "indicators.toml" => match field {
            "question" => "Self-check: a question to the person (\"you\")".into(),
            "signal" => {
                "Checklist for professionals and bystanders: a sign (\"the person\")".into()
            }
            _ => "Checklist and training: why this sign matters".into(),
        },
        "points.toml" => format!(
            "Contact card of an organisation ({})",
            match field {
                "name" => "its name",
                "what_happens" => "what happens when you contact it",
                _ => "opening hours",
            }
        ),
        "scenarios.toml" => "Training: a short story and its statements".into(),
        _ => {
            let name = key.strip_prefix("ui.").unwrap_or(key);
            let area = [
                ("safety_", "Safety screen before the questions"),
                ("exit_", "Quick exit (button and Shift key)"),
                ("skip_exit", "Quick exit (first link on the page)"),
                ("result_", "Result page"),
                ("level", "Result page: the result"),
                ("contact_", "Contact card of an organisation"),
                ("confidence_", "Contact card: how sure the facts are"),
                ("training", "Training"),
                ("footer_", "Footer of every page"),
                ("print", "Print-out"),
                ("handout", "Print-out"),
                ("fallback_", "Plain page when the app cannot start"),
                ("panic_", "Plain page when the app cannot start"),
                ("question", "Self-check questions"),
                ("answer_", "Self-check questions"),
                ("summary_", "Self-check: check your answers"),
                ("other_", "Checklist for someone else"),
                ("theme", "Checklist for someone else"),
                ("confront_", "Before the result: do not confront"),
                ("start_", "Start page"),
                ("path_", "Start page"),
                ("island", "Choice of island"),
                ("kind.", "Contact card: kind of organisation"),
                ("dimension.", "Result and training: area of signs"),
                ("strength.", "Training: strength of a sign"),
                ("form.", "Result: form of exploitation"),
            ];
            area.iter()
                .find(|(prefix, _)| name.starts_with(prefix) || key.starts_with(prefix))
                .map(|(_, a)| (*a).to_string())
                .unwrap_or_else(|| "Interface (several screens)".into())
        }
    }
}

/// Notes for the reviewer: placeholders to keep, plural form, spelling system.
pub fn notes(locale: &str, key: &str, english: &str) -> String {
    let mut n = Vec::new();
    let ph = content::placeholders(english);
    if !ph.is_empty() {
        let list: Vec<String> = ph.iter().map(|p| format!("{{{p}}}")).collect();
        n.push(format!(
            "Keep {} exactly as written; the app fills it in.",
            list.join(", ")
        ));
    }
    if let Some(cat) = key
        .rsplit('.')
        .next()
        .filter(|c| content::PLURAL_CATEGORIES.contains(c))
    {
        n.push(format!(
            "Form for the count {} (CLDR plural category `{cat}`).",
            if cat == "one" { "1" } else { "0, 2, 3 …" }
        ));
    }
    match locale {
        "pap-AW" => n.push("Aruban spelling (etymological): cu, y, -cion.".into()),
        "pap-CW" => n.push("Curaçao/Bonaire spelling (phonological): ku, i, -shon, no z.".into()),
        _ => {}
    }
    n.push("Plain language (A2–B1); never blame the reader; no verdict.".into());
    n.join(" ")
}

/// The review status recorded for a locale: key id → (reviewer, date, hash of the reviewed text).
pub type Status = BTreeMap<String, (String, String, String)>;

/// Reads `i18n/<locale>/review.toml` (empty when absent).
pub fn read_status(root: &Path, locale: &str) -> Result<Status, String> {
    let path = root.join(format!("i18n/{locale}/review.toml"));
    let Ok(text) = fs::read_to_string(&path) else {
        return Ok(Status::new());
    };
    content::parse_review(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes `i18n/<locale>/review.toml`.
pub fn write_status(root: &Path, locale: &str, status: &Status) -> std::io::Result<()> {
    let mut o = String::from(
        "# Native-speaker review of this locale, written by `signaal-review import` (CONTENT.md).\n\
         # One line per reviewed text: who, when, and a hash of the text as reviewed. A text changed\n\
         # after review no longer matches its hash and counts as not reviewed.\n\n[reviewed]\n",
    );
    for (id, (by, date, hash)) in status {
        o.push_str(&format!(
            "{} = {{ by = {}, date = {}, hash = {} }}\n",
            toml_str(id),
            toml_str(by),
            toml_str(date),
            toml_str(hash)
        ));
    }
    fs::write(root.join(format!("i18n/{locale}/review.toml")), o)
}

/// The entries of a locale, in file and key order.
pub fn entries(c: &content::Content, root: &Path, locale: &str) -> Result<Vec<Entry>, String> {
    let li = LOCALES.iter().position(|l| *l == locale).ok_or_else(|| {
        format!(
            "unknown locale `{locale}` (use one of {})",
            LOCALES.join(", ")
        )
    })?;
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();
    let status = read_status(root, locale)?;
    let mut out = Vec::new();
    for f in LOCALE_FILES {
        for (k, v) in &c.locales[li][f] {
            if k.starts_with("meta.") {
                continue;
            }
            let id = format!("{f}:{k}");
            let english = c.locales[en][f].get(k).cloned().unwrap_or_default();
            let reviewed_by = status
                .get(&id)
                .filter(|s| s.2 == text_hash(v))
                .map(|s| s.0.clone())
                .unwrap_or_default();
            out.push(Entry {
                where_shown: where_shown(f, k),
                notes: notes(locale, k, &english),
                english,
                current: v.clone(),
                reviewed_by,
                id,
            });
        }
    }
    Ok(out)
}

fn toml_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04X}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

// ---- gettext PO ----------------------------------------------------------------------------

fn po_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\t' => o.push_str("\\t"),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

/// A gettext PO file: `msgctxt` is the text's id, `msgid` the English text, `msgstr` the current
/// text. Texts not yet reviewed carry the `fuzzy` flag; a reviewer's tool clears it on approval,
/// and the header's `Last-Translator` (or a `# reviewed-by:` comment) names the reviewer.
pub fn to_po(locale: &str, name: &str, list: &[Entry]) -> String {
    let mut o = String::new();
    o.push_str(&format!(
        "# Signaal: texts of the {name} locale ({locale}) for review by a native speaker.\n\
         # Change msgstr where needed. When a text is right, clear its \"fuzzy\" mark (in Poedit:\n\
         # \"Needs work\" off) and put your name in Last-Translator below, or write a line\n\
         # \"# reviewed-by: Your Name\" above the entry. Send the file back; nothing else changes.\n\
         msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: {}\\n\"\n\
         \"Last-Translator: \\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n",
        locale.replace('-', "_")
    ));
    for e in list {
        o.push('\n');
        if !e.reviewed_by.is_empty() {
            o.push_str(&format!("# reviewed-by: {}\n", e.reviewed_by));
        }
        o.push_str(&format!("#. Where: {}\n", e.where_shown));
        o.push_str(&format!("#. {}\n", e.notes));
        o.push_str(&format!("#: {}\n", e.id));
        if e.reviewed_by.is_empty() {
            o.push_str("#, fuzzy\n");
        }
        o.push_str(&format!("msgctxt {}\n", po_str(&e.id)));
        o.push_str(&format!("msgid {}\n", po_str(&e.english)));
        o.push_str(&format!("msgstr {}\n", po_str(&e.current)));
    }
    o
}

fn po_unquote(line: &str) -> Result<String, String> {
    let s = line.trim();
    let inner = s
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .ok_or_else(|| format!("expected a quoted string: {line}"))?;
    let mut o = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => o.push('\n'),
                Some('t') => o.push('\t'),
                Some('"') => o.push('"'),
                Some('\\') => o.push('\\'),
                other => return Err(format!("unknown escape \\{other:?} in {line}")),
            }
        } else {
            o.push(c);
        }
    }
    Ok(o)
}

/// Reads a reviewed PO file.
pub fn from_po(text: &str) -> Result<Reviewed, String> {
    let mut out = Reviewed::default();
    let mut last_translator = String::new();
    for block in text.replace("\r\n", "\n").split("\n\n") {
        let mut ctx = None;
        let mut msgstr: Option<String> = None;
        let mut msgid: Option<String> = None;
        let mut fuzzy = false;
        let mut by = String::new();
        let mut current: Option<&str> = None;
        for line in block.lines() {
            let l = line.trim_end();
            if let Some(r) = l.strip_prefix("# reviewed-by:") {
                by = r.trim().to_string();
            } else if l.starts_with("#,") {
                fuzzy |= l.contains("fuzzy");
            } else if l.starts_with('#') || l.is_empty() {
            } else if let Some(r) = l.strip_prefix("msgctxt ") {
                ctx = Some(po_unquote(r)?);
                current = Some("ctx");
            } else if let Some(r) = l.strip_prefix("msgid ") {
                msgid = Some(po_unquote(r)?);
                current = Some("id");
            } else if let Some(r) = l.strip_prefix("msgstr ") {
                msgstr = Some(po_unquote(r)?);
                current = Some("str");
            } else if l.starts_with('"') {
                let more = po_unquote(l)?;
                match current {
                    Some("ctx") => ctx.get_or_insert_with(String::new).push_str(&more),
                    Some("id") => msgid.get_or_insert_with(String::new).push_str(&more),
                    Some("str") => msgstr.get_or_insert_with(String::new).push_str(&more),
                    _ => return Err(format!("continuation line without a field: {l}")),
                }
            } else {
                return Err(format!("cannot read this line: {l}"));
            }
        }
        match (ctx, msgstr) {
            (Some(id), Some(s)) => {
                if s.trim().is_empty() {
                    return Err(format!("{id}: msgstr is empty"));
                }
                out.texts.insert(id.clone(), s);
                if !fuzzy {
                    out.by.insert(id, by);
                }
            }
            (None, Some(s)) if msgid.as_deref() == Some("") => {
                for h in s.lines() {
                    if let Some(r) = h.strip_prefix("Last-Translator:") {
                        last_translator = r.trim().to_string();
                    }
                }
            }
            (None, None) => {}
            _ => return Err(format!("an entry without msgctxt or msgstr:\n{block}")),
        }
    }
    for by in out.by.values_mut() {
        if by.is_empty() {
            by.clone_from(&last_translator);
        }
    }
    out.by.retain(|_, by| !by.is_empty());
    Ok(out)
}

// ---- CSV (RFC 4180) ---------------------------------------------------------------------------

pub const CSV_HEADER: [&str; 6] = [
    "key",
    "where shown",
    "English text",
    "current text",
    "notes",
    "reviewed by",
];

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A CSV file for spreadsheets: one row per text, columns as in `CSV_HEADER`.
pub fn to_csv(list: &[Entry]) -> String {
    let mut o = CSV_HEADER.map(csv_field).join(",");
    o.push_str("\r\n");
    for e in list {
        let row = [
            &e.id,
            &e.where_shown,
            &e.english,
            &e.current,
            &e.notes,
            &e.reviewed_by,
        ];
        o.push_str(&row.map(|f| csv_field(f)).join(","));
        o.push_str("\r\n");
    }
    o
}

fn csv_rows(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                c => field.push(c),
            }
        } else {
            match c {
                '"' if field.is_empty() => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\r' => {}
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                c => field.push(c),
            }
        }
    }
    if quoted {
        return Err("a quoted field is not closed".into());
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

/// Reads a reviewed CSV file (a spreadsheet saved as CSV, UTF-8).
pub fn from_csv(text: &str) -> Result<Reviewed, String> {
    let rows = csv_rows(text)?;
    let header = rows.first().ok_or("the file is empty")?;
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .ok_or(format!("the header has no column `{name}`"))
    };
    let (k, cur, by) = (col("key")?, col("current text")?, col("reviewed by")?);
    let mut out = Reviewed::default();
    for (n, r) in rows.iter().enumerate().skip(1) {
        if r.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |i: usize| r.get(i).map(String::as_str).unwrap_or("");
        let id = get(k).trim().to_string();
        if id.is_empty() {
            return Err(format!("row {}: no key", n + 1));
        }
        out.texts.insert(id.clone(), get(cur).to_string());
        if !get(by).trim().is_empty() {
            out.by.insert(id, get(by).trim().to_string());
        }
    }
    Ok(out)
}

// ---- writing texts back into the TOML files ------------------------------------------------

/// Replaces the string value of `key` (a dotted path as flattened by the loader) in a locale
/// file's text, keeping comments and layout. Handles `[a] b = "…"`, `[a.b] c = "…"` and the plural
/// form inside `[ui] x = { one = "…", other = "…" }`.
pub fn set_text(file_text: &str, key: &str, value: &str) -> Result<String, String> {
    let parts: Vec<&str> = key.split('.').collect();
    let quoted = toml_str(value);
    // Try: section = all but last; then section = all but last two with an inline field.
    for split in [parts.len() - 1, parts.len().saturating_sub(2)] {
        if split == 0 {
            continue;
        }
        let section = parts[..split].join(".");
        let name = parts[split];
        let field = parts
            .get(split + 1)
            .copied()
            .filter(|_| split + 2 == parts.len());
        if split + 1 != parts.len() && field.is_none() {
            continue;
        }
        let mut in_section = false;
        let mut lines: Vec<String> = file_text.split('\n').map(str::to_string).collect();
        for line in lines.iter_mut() {
            let t = line.trim();
            if t.starts_with('[') {
                let header = t.trim_start_matches('[').trim_end_matches(']').trim();
                let header = header.trim_matches('"');
                in_section = header == section;
                continue;
            }
            if !in_section {
                continue;
            }
            let Some((lhs, rhs)) = t.split_once('=') else {
                continue;
            };
            if lhs.trim().trim_matches('"') != name {
                continue;
            }
            let new_rhs = match field {
                None => quoted.clone(),
                Some(f) => replace_inline(rhs.trim(), f, &quoted)?,
            };
            *line = format!("{} = {new_rhs}", lhs.trim_end());
            return Ok(lines.join("\n"));
        }
    }
    Err(format!("`{key}` not found"))
}

/// In an inline table `{ one = "…", other = "…" }`, replaces the value of `field`.
fn replace_inline(table: &str, field: &str, quoted: &str) -> Result<String, String> {
    let parsed: toml::Table = format!("x = {table}")
        .parse()
        .map_err(|e| format!("cannot read {table}: {e}"))?;
    let Some(toml::Value::Table(t)) = parsed.get("x") else {
        return Err(format!("not an inline table: {table}"));
    };
    if !t.contains_key(field) {
        return Err(format!("no `{field}` in {table}"));
    }
    let parts: Vec<String> = t
        .iter()
        .map(|(k, v)| {
            let val = if k == field {
                quoted.to_string()
            } else {
                toml_str(v.as_str().unwrap_or_default())
            };
            format!("{k} = {val}")
        })
        .collect();
    Ok(format!("{{ {} }}", parts.join(", ")))
}

/// Copies `data/` and `i18n/` of `root` to `to`.
pub fn copy_content(root: &Path, to: &Path) -> std::io::Result<()> {
    for sub in ["data", "i18n"] {
        copy_dir(&root.join(sub), &to.join(sub))?;
    }
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    for e in fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

/// What an import changed.
#[derive(Debug, Default, PartialEq)]
pub struct ImportReport {
    pub changed_texts: usize,
    pub newly_reviewed: usize,
    pub reviewed_total: usize,
    pub total: usize,
}

/// Imports a reviewed file for `locale` into the content under `root`: new texts are written into
/// a scratch copy first and the whole content is validated there (the same checks as the build);
/// only when it passes are the changed files and `review.toml` written under `root`.
pub fn import(
    root: &Path,
    locale: &str,
    reviewed: &Reviewed,
    date: &str,
) -> Result<ImportReport, Vec<String>> {
    let one = |e: String| vec![e];
    if !LOCALES.contains(&locale) {
        return Err(one(format!("unknown locale `{locale}`")));
    }
    if !content::valid_date(date) {
        return Err(one(format!("`{date}` is not a date (YYYY-MM-DD)")));
    }
    let current =
        content::load(root).map_err(|ps| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>())?;
    let li = LOCALES.iter().position(|l| *l == locale).unwrap();
    let texts: &LocaleTexts = &current.locales[li];
    // Unknown keys are refused: the file must come from this locale's export.
    let mut problems = Vec::new();
    let mut by_file: BTreeMap<&str, Vec<(&str, &String)>> = BTreeMap::new();
    for (id, v) in &reviewed.texts {
        let Some((f, k)) = id.split_once(':') else {
            problems.push(format!("`{id}` is not a key of the export (file:key)"));
            continue;
        };
        let Some(file) = LOCALE_FILES.iter().find(|x| **x == f) else {
            problems.push(format!("`{id}`: unknown file `{f}`"));
            continue;
        };
        match texts.get(*file).and_then(|t| t.get(k)) {
            None => problems.push(format!("`{id}` is not a text of {locale}")),
            Some(old) if old != v => by_file.entry(file).or_default().push((k, v)),
            Some(_) => {}
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    // Write the changes into a scratch copy and validate it as the build does.
    let scratch: PathBuf = std::env::temp_dir().join(format!(
        "signaal-review-{}-{}",
        std::process::id(),
        text_hash(&format!("{locale}{date}{}", reviewed.texts.len()))
    ));
    let _ = fs::remove_dir_all(&scratch);
    copy_content(root, &scratch).map_err(|e| one(format!("cannot copy the content: {e}")))?;
    let mut changed = 0;
    for (f, list) in &by_file {
        let rel = format!("i18n/{locale}/{f}");
        let mut text =
            fs::read_to_string(scratch.join(&rel)).map_err(|e| one(format!("{rel}: {e}")))?;
        for (k, v) in list {
            text = set_text(&text, k, v).map_err(|e| one(format!("{rel}: {e}")))?;
            changed += 1;
        }
        fs::write(scratch.join(&rel), text).map_err(|e| one(format!("{rel}: {e}")))?;
    }
    let checked = content::load(&scratch);
    let result = match checked {
        Err(ps) => Err(ps
            .iter()
            .map(|p| format!("{p} (from the reviewed file; nothing was written)"))
            .collect()),
        Ok(new) => {
            // Copy the changed files back, then record who reviewed which text (as it is now).
            for f in by_file.keys() {
                let rel = format!("i18n/{locale}/{f}");
                fs::copy(scratch.join(&rel), root.join(&rel))
                    .map_err(|e| one(format!("{rel}: {e}")))?;
            }
            let mut status = read_status(root, locale).map_err(one)?;
            let mut newly = 0;
            for (id, who) in &reviewed.by {
                let (f, k) = id.split_once(':').unwrap();
                let text = &new.locales[li][f][k];
                let entry = (who.clone(), date.to_string(), text_hash(text));
                if status.get(id) != Some(&entry) {
                    newly += 1;
                }
                status.insert(id.clone(), entry);
            }
            write_status(root, locale, &status).map_err(|e| one(format!("review.toml: {e}")))?;
            let after = content::load(root)
                .map_err(|ps| ps.iter().map(|p| p.to_string()).collect::<Vec<_>>())?;
            let (reviewed_total, total) = after.reviewed[li];
            Ok(ImportReport {
                changed_texts: changed,
                newly_reviewed: newly,
                reviewed_total,
                total,
            })
        }
    };
    let _ = fs::remove_dir_all(&scratch);
    result
}
