//! Build-time content loader: reads `data/` and `i18n/`, validates every rule in CONTENT.md and
//! generates Rust tables. Used by `build.rs` (to embed the content) and by `tests/content.rs`
//! (to prove that each check rejects a broken file). Every problem names the file, the key and
//! what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use signaal_vocab::{
    Confidence, Dimension, Form, IslandId, Locale, Need, PointKind, Strength, Theme,
};
use toml::{Table, Value};

// The format checks shared with build/site.rs: build/check.rs, declared once by whoever includes
// this file (`#[path = ".../build/check.rs"] mod check;` next to `mod content;`).
pub use crate::check::{
    is_service_number, valid_date, valid_e164, valid_email, valid_https, valid_partial_date,
    valid_phone,
};

// The domain core (plain Rust, no web dependency) is compiled into the build too, so that the build
// can refuse a training scenario whose signals do not reach its stated level under the real rule.
#[allow(dead_code, unused_imports)]
#[path = "../src/domain/mod.rs"]
mod domain;

pub const LOCALES: [&str; Locale::COUNT] = Locale::SLUGS;
pub const REFERENCE_LOCALE: &str = "en";
pub const LOCALE_FILES: [&str; 4] = [
    "ui.toml",
    "indicators.toml",
    "points.toml",
    "scenarios.toml",
];

pub const DIMENSIONS: [&str; Dimension::COUNT] = Dimension::SLUGS;
pub const STRENGTHS: [&str; Strength::COUNT] = Strength::SLUGS;
pub const FORMS: [&str; Form::COUNT] = Form::SLUGS;
pub const THEMES: [&str; Theme::COUNT] = Theme::SLUGS;
pub const ISLANDS: [&str; IslandId::COUNT] = IslandId::SLUGS;
pub const BES: [&str; 3] = ["bonaire", "sint-eustatius", "saba"];
pub const KINDS: [&str; PointKind::COUNT] = PointKind::SLUGS;
pub const LEVELS: [&str; 4] = ["none", "some", "exploitation", "trafficking"];
pub const CONFIDENCES: [&str; Confidence::COUNT] = Confidence::SLUGS;
pub const PATHS: [&str; 2] = ["self", "other"];
/// Conditions a reporting point can state (`needs = [...]` in data/points.toml).
pub const NEEDS: [&str; Need::COUNT] = Need::SLUGS;
/// The four ILO/EC 2009 lists, in the order of `List::ALL`.
pub const LISTS: [&str; 4] = [
    "adult_labour",
    "adult_sexual",
    "child_labour",
    "child_sexual",
];
pub const ILO_KEYS: &[&str] = &[
    "id",
    "name",
    "dimension",
    "adult_labour",
    "adult_sexual",
    "child_labour",
    "child_sexual",
];

/// The keys each data table may have (`known_keys` refuses any other). `sources` and `note`
/// document an entry for editors and are not compiled into the app.
pub const INDICATOR_KEYS: &[&str] = &[
    "id",
    "ilo",
    "local",
    "screening",
    "confidence",
    "theme",
    "forms",
    "paths",
    "danger_now",
    "minor",
    "age_unknown",
    "child_exploitation",
    "opens",
    // Refused with a message that says where they now come from (the `ilo` row or `local`).
    "dimension",
    "strength",
    "sources",
    "note",
];
pub const LOCAL_KEYS: &[&str] = &["dimension", "strength", "source"];
pub const ISLAND_KEYS: &[&str] = &["id", "emergency", "default_locale", "note"];
pub const POINT_KEYS: &[&str] = &[
    "id",
    "island",
    "kind",
    "text",
    "phones",
    "whatsapp",
    "website",
    "email",
    "messenger",
    "address",
    "anonymous",
    "needs",
    "forms",
    "source",
    "source_date",
    "verified",
    "confidence",
    "note",
];
pub const PHONE_KEYS: &[&str] = &["number", "display", "label"];
pub const SCENARIO_KEYS: &[&str] = &[
    "id",
    "island",
    "form",
    "sector",
    "age",
    "level",
    "signals",
    "distractors",
    "note",
];
/// CLDR plural categories of the five locales (nl, en, es, pap: one and other). A counted text in
/// `[ui]` is written `key = { one = "…", other = "…" }`; `src/domain/plural.rs` picks the form.
pub const PLURAL_CATEGORIES: [&str; 2] = ["one", "other"];
/// Placeholders that stand for a count: a `[ui]` text with one of them must be a plural table …
pub const COUNT_PLACEHOLDERS: [&str; 5] = ["n", "total", "found", "wrong", "reviewed"];
/// … unless it is a position label ("Question {n} of {total}"), where no noun follows the number.
pub const COUNT_LABELS: [&str; 2] = ["question_count", "theme_count"];
/// Sections of `ui.toml` with free snake_case keys, besides `[ui]`: a key `name` of section `s`
/// becomes the field `s_name` of `Texts`.
pub const TEXT_SECTIONS: [&str; 1] = ["quick_exit"];

/// Sections of `ui.toml` for pages outside the app (validated like the others, but not compiled
/// into the app): `[embed_page]` is read by `scripts/build.sh` for the embed generator.
pub const PAGE_SECTIONS: [&str; 1] = ["embed_page"];

/// Sections of `ui.toml` that map to a fixed, ordered list of keys.
pub const ENUM_SECTIONS: [(&str, &[&str]); 10] = [
    ("island", &ISLANDS),
    ("island_in", &ISLANDS),
    ("theme", &THEMES),
    ("dimension", &DIMENSIONS),
    ("strength", &STRENGTHS),
    ("form", &FORMS),
    ("level", &LEVELS),
    ("level_lead", &LEVELS),
    ("kind", &KINDS),
    ("list", &LISTS),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub key: String,
    pub problem: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: key `{}`: {}", self.file, self.key, self.problem)
    }
}

#[derive(Default)]
struct Problems(Vec<Problem>);

impl Problems {
    fn add(&mut self, file: &str, key: impl Into<String>, problem: impl Into<String>) {
        self.0.push(Problem {
            file: file.to_string(),
            key: key.into(),
            problem: problem.into(),
        });
    }
}

#[derive(Clone, Debug)]
pub struct IndicatorData {
    pub id: String,
    /// Per list (in `LISTS` order): (dimension, strength, source id).
    pub weights: [Option<(usize, usize, String)>; 4],
    pub forms: Vec<usize>,
    pub for_self: bool,
    pub for_other: bool,
    pub theme: usize,
    pub danger_now: bool,
    pub minor: bool,
    pub age_unknown: bool,
    pub screening: bool,
    pub child_exploitation: bool,
    /// Ids of the follow-up questions this item opens (resolved to indices in `generate`).
    pub opens: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct PhoneData {
    pub number: String,
    pub display: String,
    pub label: String,
}

#[derive(Clone, Debug)]
pub struct PointData {
    pub id: String,
    pub island: usize,
    pub kind: usize,
    pub text: String,
    pub phones: Vec<PhoneData>,
    pub whatsapp: String,
    pub email: String,
    pub messenger: String,
    pub website: String,
    pub address: String,
    pub anonymous: bool,
    pub needs: Vec<usize>,
    pub forms: Vec<usize>,
    pub source: String,
    pub source_date: String,
    pub verified: String,
    pub confidence: usize,
}

#[derive(Clone, Debug)]
pub struct IslandData {
    pub id: usize,
    pub emergency: String,
    pub default_locale: usize,
}

#[derive(Clone, Debug)]
pub struct ScenarioData {
    pub id: String,
    pub island: usize,
    pub form: usize,
    /// Documentation for editors; not shown in the app.
    #[allow(dead_code)]
    pub sector: String,
    pub signals: Vec<usize>,
    pub distractors: Vec<String>,
    /// The scenario is about a child (the child lists apply).
    pub child: bool,
    /// Expected level (index into `LEVELS`), checked against the rule.
    pub level: usize,
}

/// A number or address that must never be shown (`data/never_use.toml`).
#[derive(Clone, Debug)]
pub struct NeverUse {
    pub value: String,
    pub why: String,
}

impl NeverUse {
    /// The digits of a number entry; empty for an e-mail address.
    pub fn digits(&self) -> String {
        if self.value.contains('@') {
            String::new()
        } else {
            self.value.chars().filter(|c| c.is_ascii_digit()).collect()
        }
    }
    /// Whether a phone number (E.164 or local) is this entry.
    pub fn matches_number(&self, number: &str) -> bool {
        let d = self.digits();
        let n: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
        !d.is_empty() && n.ends_with(&d)
    }
    /// Whether a text mentions this entry: the address (any case), or the digits inside one run of
    /// digits written with spaces, dots or hyphens between them.
    pub fn found_in_text(&self, text: &str) -> bool {
        let d = self.digits();
        if d.is_empty() {
            return text
                .to_ascii_lowercase()
                .contains(&self.value.to_ascii_lowercase());
        }
        digit_runs(text).iter().any(|run| run.contains(&d))
    }
}

/// Runs of digits in a text, with the spaces, dots and hyphens inside a run removed
/// ("call 0800-14 14 now" → ["08001414"]).
pub fn digit_runs(text: &str) -> Vec<String> {
    let mut runs = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            cur.push(*c);
        } else if matches!(c, ' ' | '.' | '-')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit())
        {
            continue;
        } else if !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    runs
}

// ---- spelling-system guard and English leftovers ------------------------------------------
//
// Word lists from ../shared/research/papiamento.md §2.1 (pairs seen in the sources): Aruba writes
// Papiamento in the etymological spelling (cu, y, of, -cion, c/z/x kept), Curaçao and Bonaire write
// Papiamentu in the phonological one (ku, i, òf, -shon, k/s/ks, no z). A word from the other
// system's list in a locale's text is refused, except inside a proper name listed in
// data/proper_names.toml (organisation names keep their official spelling).

/// Curaçao/Bonaire forms that pap-AW must not use (its own form in the comment).
pub const CW_ONLY_WORDS: &[&str] = &[
    "ku",          // cu
    "i",           // y
    "òf",          // of
    "hasi",        // haci
    "haña",        // haya
    "bai",         // bay
    "kiko",        // kico
    "kon",         // con
    "kas",         // cas
    "kaso",        // caso
    "huntu",       // hunto
    "wòrdu",       // wordo
    "p'esei",      // p'esey
    "esei",        // esey
    "lei",         // ley
    "yu",          // yiu
    "skol",        // scol
    "kòrsou",      // Corsou
    "boneiru",     // Boneiro
    "víktima",     // victima
    "trafikashon", // traficacion
    "kontrabanda", // contrabanda
    "sklabitut",   // sclavitud
    "libertat",    // libertad
    "komunidat",   // comunidad
];
/// Aruban forms that pap-CW must not use (its own form in the comment).
pub const AW_ONLY_WORDS: &[&str] = &[
    "cu",          // ku
    "y",           // i
    "of",          // òf
    "haci",        // hasi
    "haya",        // haña
    "bay",         // bai
    "kico",        // kiko
    "con",         // kon
    "cas",         // kas
    "caso",        // kaso
    "hunto",       // huntu
    "wordo",       // wòrdu
    "p'esey",      // p'esei
    "esey",        // esei
    "ley",         // lei
    "yiu",         // yu
    "scol",        // skol
    "corsou",      // Kòrsou
    "boneiro",     // Boneiru
    "victima",     // víktima
    "traficacion", // trafikashon
    "contrabanda", // kontrabanda
    "sclavitud",   // sklabitut
    "libertad",    // libertat
    "comunidad",   // komunidat
];
/// House style inside one spelling system (content review 2026-11 and papiamento.md §2.2): where the
/// sources show two forms, the locale uses one. (locale, form not to use, form to use).
pub const HOUSE_STYLE: &[(&str, &str, &str)] = &[
    ("pap-AW", "sina", "siña"),
    ("pap-AW", "lugar", "luga"),
    ("pap-AW", "tene sexo", "tene relacion sexual"),
    ("pap-CW", "altu", "haltu"),
    ("pap-CW", "horta", "hòrta"),
    ("pap-CW", "zona", "sona"),
    ("pap-CW", "sesion", "seshon"),
    ("pap-CW", "sesionnan", "seshonnan"),
    ("pap-CW", "tene sèks", "tene relashon seksual"),
];

/// English words and phrases that must not be left in another locale's text (brands and names
/// such as WhatsApp or "Victim Support Services" go in data/proper_names.toml).
pub const ENGLISH_WORDS: &[&str] = &[
    "the",
    "and",
    "you",
    "your",
    "with",
    "what",
    "this",
    "please",
    "page",
    "call",
    "report",
    "screen reader",
    "tracking",
    "video call",
    "new incognito tab",
    "incognito tab",
    "private window",
    "click",
    "settings",
    "button",
    "download",
    "sign",
    "signs",
    "worker",
    "employer",
    "exploitation",
    "trafficking",
    "victim",
    "police",
    "emergency",
    "shelter",
    "support",
    "labour",
    "help line",
    "helpline",
    "somewhere else",
];

/// The words of a text as written (letters and inner apostrophes; "p'esei" is one word).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’').replace('’', "'"))
        .filter(|w| !w.is_empty())
        .collect()
}

/// An acronym such as KPCN or SZW (two or more letters, all capitals): not checked for spelling.
fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase())
}

/// `text` with every listed proper name and every `{placeholder}` blanked out.
pub fn without_names(text: &str, names: &[String]) -> String {
    let mut t = String::new();
    let mut in_placeholder = false;
    for c in text.chars() {
        match c {
            '{' => in_placeholder = true,
            '}' => {
                in_placeholder = false;
                t.push(' ');
            }
            _ if !in_placeholder => t.push(c),
            _ => {}
        }
    }
    // Longest first, so "Facebook Messenger" goes before "Facebook".
    let mut sorted: Vec<&String> = names.iter().collect();
    sorted.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in sorted {
        t = t.replace(n.as_str(), " ");
    }
    t
}

/// Spelling-system problems of one Papiamento text (`locale` is `pap-AW` or `pap-CW`).
pub fn spelling_problems(locale: &str, text: &str, names: &[String]) -> Vec<String> {
    let clean = without_names(text, names);
    let mut out = Vec::new();
    for original in words(&clean) {
        if is_acronym(&original) {
            continue;
        }
        let w = original.to_lowercase();
        let bare = w.as_str();
        if locale == "pap-AW" {
            if CW_ONLY_WORDS.contains(&bare) {
                out.push(format!(
                    "`{w}` is Curaçao/Bonaire spelling; Aruba writes the etymological form"
                ));
            } else if bare.ends_with("shon") || bare.ends_with("shonnan") {
                out.push(format!(
                    "`{w}` ends in -shon (Curaçao/Bonaire); Aruba writes -cion"
                ));
            }
        } else if locale == "pap-CW" {
            if HOUSE_STYLE
                .iter()
                .any(|(l, from, _)| *l == locale && *from == bare)
            {
                // Reported below with the form to use.
            } else if AW_ONLY_WORDS.contains(&bare) {
                out.push(format!(
                    "`{w}` is Aruban spelling; Curaçao/Bonaire write the phonological form"
                ));
            } else if ["cion", "cionnan", "sion", "sionnan"]
                .iter()
                .any(|e| bare.ends_with(e))
            {
                out.push(format!(
                    "`{w}` ends in -cion/-sion (Aruba); Curaçao/Bonaire write -shon"
                ));
            } else if let Some(c) = bare.chars().enumerate().find_map(|(i, c)| {
                let next = bare.chars().nth(i + 1);
                match c {
                    'z' | 'q' | 'x' => Some(c),
                    'c' if next != Some('h') => Some(c),
                    _ => None,
                }
            }) {
                out.push(format!("`{w}` has `{c}`: Curaçao/Bonaire spelling writes s, k or ks (c only in ch, no z)"));
            }
        }
    }
    let lower: Vec<String> = words(&clean).iter().map(|w| w.to_lowercase()).collect();
    let joined = format!(" {} ", lower.join(" "));
    for (l, from, to) in HOUSE_STYLE {
        if *l == locale && joined.contains(&format!(" {from} ")) {
            out.push(format!("write `{to}`, not `{from}` (one form per locale)"));
        }
    }
    out
}

/// English words left in a text of another locale.
pub fn english_leftovers(text: &str, names: &[String]) -> Vec<String> {
    let clean = without_names(text, names);
    let ws: Vec<String> = words(&clean).iter().map(|w| w.to_lowercase()).collect();
    let joined = format!(" {} ", ws.join(" "));
    ENGLISH_WORDS
        .iter()
        .filter(|e| joined.contains(&format!(" {e} ")))
        .map(|e| format!("`{e}` is English: write it in the locale's language (a brand or proper name goes in data/proper_names.toml)"))
        .collect()
}

/// A short, stable fingerprint of a text (FNV-1a, 64 bits, hex): `review.toml` stores it so that a
/// text changed after its review counts as not reviewed.
pub fn text_hash(s: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Reads a `review.toml`: `[reviewed]` with `"file:key" = { by, date, hash }`.
#[allow(clippy::type_complexity)]
pub fn parse_review(text: &str) -> Result<BTreeMap<String, (String, String, String)>, String> {
    let t: Table = text
        .parse()
        .map_err(|e: toml::de::Error| format!("not valid TOML: {}", e.to_string().trim()))?;
    let mut out = BTreeMap::new();
    for (k, v) in &t {
        if k != "reviewed" {
            return Err(format!("unknown table `{k}` (only [reviewed])"));
        }
        let Value::Table(entries) = v else {
            return Err("`reviewed` must be a table".into());
        };
        for (id, e) in entries {
            let Value::Table(e) = e else {
                return Err(format!("`{id}` must be {{ by, date, hash }}"));
            };
            let get = |f: &str| match e.get(f) {
                Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
                _ => Err(format!("`{id}`: `{f}` is missing or empty")),
            };
            if let Some(extra) = e
                .keys()
                .find(|x| !["by", "date", "hash"].contains(&x.as_str()))
            {
                return Err(format!("`{id}`: unknown field `{extra}`"));
            }
            let (by, date, hash) = (get("by")?, get("date")?, get("hash")?);
            if !valid_date(&date) {
                return Err(format!("`{id}`: date `{date}` is not YYYY-MM-DD"));
            }
            if hash.len() != 16 || !hash.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!("`{id}`: hash `{hash}` is not 16 hex digits"));
            }
            out.insert(id.clone(), (by, date, hash));
        }
    }
    Ok(out)
}

/// Flattened locale texts: file name → dotted key → text.
pub type LocaleTexts = BTreeMap<String, BTreeMap<String, String>>;

pub struct Content {
    pub indicators: Vec<IndicatorData>,
    pub self_check: Vec<usize>,
    pub islands: Vec<IslandData>,
    pub points: Vec<PointData>,
    pub scenarios: Vec<ScenarioData>,
    /// Superseded or doubtful numbers and addresses (`data/never_use.toml`).
    #[allow(dead_code)]
    pub never_use: Vec<NeverUse>,
    /// In `LOCALES` order.
    pub locales: Vec<LocaleTexts>,
    /// Per locale (in `LOCALES` order): texts reviewed by a native speaker (review.toml entries
    /// whose hash still matches the text) and the number of texts.
    pub reviewed: Vec<(usize, usize)>,
    /// Every file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

fn get_str<'a>(
    t: &'a Table,
    file: &str,
    ctx: &str,
    key: &str,
    p: &mut Problems,
) -> Option<&'a str> {
    match t.get(key) {
        Some(Value::String(s)) => Some(s.as_str()),
        Some(_) => {
            p.add(file, format!("{ctx}.{key}"), "must be a string");
            None
        }
        None => {
            p.add(file, format!("{ctx}.{key}"), "is missing");
            None
        }
    }
}

fn opt_str<'a>(t: &'a Table, file: &str, ctx: &str, key: &str, p: &mut Problems) -> &'a str {
    match t.get(key) {
        Some(Value::String(s)) => s.as_str(),
        Some(_) => {
            p.add(file, format!("{ctx}.{key}"), "must be a string");
            ""
        }
        None => "",
    }
}

fn get_bool(t: &Table, file: &str, ctx: &str, key: &str, default: bool, p: &mut Problems) -> bool {
    match t.get(key) {
        Some(Value::Boolean(b)) => *b,
        Some(_) => {
            p.add(file, format!("{ctx}.{key}"), "must be true or false");
            default
        }
        None => default,
    }
}

fn str_list(t: &Table, file: &str, ctx: &str, key: &str, p: &mut Problems) -> Vec<String> {
    match t.get(key) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| match v {
                Value::String(s) => Some(s.clone()),
                _ => {
                    p.add(file, format!("{ctx}.{key}"), "must be a list of strings");
                    None
                }
            })
            .collect(),
        Some(_) => {
            p.add(file, format!("{ctx}.{key}"), "must be a list of strings");
            vec![]
        }
        None => vec![],
    }
}

fn one_of(
    value: &str,
    allowed: &[&str],
    file: &str,
    key: String,
    p: &mut Problems,
) -> Option<usize> {
    let pos = allowed.iter().position(|a| *a == value);
    if pos.is_none() {
        p.add(
            file,
            key,
            format!("`{value}` is not one of: {}", allowed.join(", ")),
        );
    }
    pos
}

fn array_of_tables<'a>(t: &'a Table, file: &str, key: &str, p: &mut Problems) -> Vec<&'a Table> {
    match t.get(key) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| match v {
                Value::Table(t) => Some(t),
                _ => {
                    p.add(file, key, format!("each entry must be a [[{key}]] table"));
                    None
                }
            })
            .collect(),
        Some(_) => {
            p.add(file, key, format!("must be written as [[{key}]] tables"));
            vec![]
        }
        None => {
            p.add(file, key, format!("no [[{key}]] entries"));
            vec![]
        }
    }
}

/// Refuses every key of table `t` that is not in `known` (a misspelt key would otherwise be
/// ignored silently and its default used). The message names the file, the table and the key.
fn known_keys(t: &Table, file: &str, ctx: &str, known: &[&str], p: &mut Problems) {
    for k in t.keys() {
        if !known.contains(&k.as_str()) {
            let key = if ctx.is_empty() {
                k.clone()
            } else {
                format!("{ctx}.{k}")
            };
            p.add(
                file,
                key,
                format!("unknown key `{k}`; known keys here: {}", known.join(", ")),
            );
        }
    }
}

/// The id of entry `n` of a data file's `[[name]]` tables and the context its problems are
/// named by (``name `id` ``): the id must be there, snake_case and not seen before, and every key
/// of the entry known. `None` (a problem recorded) when the entry has no id.
fn entry_id<'a>(
    e: &'a Table,
    n: usize,
    file: &str,
    name: &str,
    known: &[&str],
    seen: &mut BTreeSet<String>,
    p: &mut Problems,
) -> Option<(&'a str, String)> {
    let id = get_str(e, file, &format!("{name}[{n}]"), "id", p)?;
    let ctx = format!("{name} `{id}`");
    known_keys(e, file, &ctx, known, p);
    if !is_id(id) {
        p.add(file, &ctx, "id must be snake_case (a-z, 0-9, _)");
    }
    if !seen.insert(id.to_string()) {
        p.add(file, &ctx, "duplicate id");
    }
    Some((id, ctx))
}

const RUST_KEYWORDS: [&str; 38] = [
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "try",
];

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// The `{placeholder}` names in a text, sorted.
pub fn placeholders(s: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.insert("<unclosed {>".to_string());
                break;
            }
        }
    }
    out
}

fn flatten(
    prefix: &str,
    t: &Table,
    file: &str,
    out: &mut BTreeMap<String, String>,
    p: &mut Problems,
) {
    for (k, v) in t {
        let key = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        match v {
            Value::String(s) => {
                out.insert(key, s.clone());
            }
            Value::Table(inner) => flatten(&key, inner, file, out, p),
            _ => p.add(file, key, "must be a text (string) or a table of texts"),
        }
    }
}

/// Loads and validates everything under `root`. Returns every problem found, not just the first.
/// Where the loaders read from: the content root, and every file read (for
/// `cargo:rerun-if-changed`).
struct Sources<'a> {
    root: &'a Path,
    files: Vec<PathBuf>,
}

impl Sources<'_> {
    /// Reads `rel` (relative to the root) as TOML and records it; a file that cannot be read or
    /// parsed is a problem (file, `(file)`, why) and gives `None`.
    fn toml(&mut self, rel: &str, p: &mut Problems) -> Option<Table> {
        let path = self.root.join(rel);
        self.files.push(path.clone());
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                p.add(rel, "(file)", format!("cannot read: {e}"));
                return None;
            }
        };
        match text.parse::<Table>() {
            Ok(t) => Some(t),
            Err(e) => {
                p.add(
                    rel,
                    "(file)",
                    format!("not valid TOML: {}", e.to_string().trim()),
                );
                None
            }
        }
    }

    /// The one way a data file is read: [`Self::toml`], then every top-level key that is not in
    /// `known` is refused. Nested tables are checked by the loader with [`known_keys`], which
    /// names file, table and key the same way.
    fn data(&mut self, rel: &str, known: &[&str], p: &mut Problems) -> Option<Table> {
        let t = self.toml(rel, p)?;
        known_keys(&t, rel, "", known, p);
        Some(t)
    }
}

/// Loads and validates everything under `root`. Returns every problem found, not just the first.
/// One loader per file (in this order: the texts first, as the data files are checked against
/// them), then the checks that span files.
pub fn load(root: &Path) -> Result<Content, Vec<Problem>> {
    let mut p = Problems::default();
    let mut src = Sources {
        root,
        files: Vec::new(),
    };
    let locales: Vec<LocaleTexts> = LOCALES
        .iter()
        .map(|loc| load_locale(&mut src, loc, &mut p))
        .collect();
    let en = &locales[LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap()];
    check_locale_parity(&locales, &mut p);
    check_ui_texts(en, &mut p);
    let indicators = load_indicators(&mut src, &mut p);
    check_indicator_texts(&indicators, en, &mut p);
    let self_check = load_sets(&mut src, &indicators, &mut p);
    let islands = load_islands(&mut src, &mut p);
    let never_use = load_never_use(&mut src, &mut p);
    check_never_use_in_texts(&locales, &never_use, &mut p);
    let reviewed = load_reviews(&mut src, &locales, &mut p);
    let names = load_proper_names(&mut src, &mut p);
    let pending = load_language_pending(&mut src, &mut p);
    check_language(&locales, &names, &pending, &mut p);
    let points = load_points(&mut src, en, &islands, &never_use, &mut p);
    check_point_texts(&points, en, &mut p);
    let scenarios = load_scenarios(&mut src, en, &indicators, &mut p);
    if p.0.is_empty() {
        Ok(Content {
            indicators,
            self_check,
            islands,
            points,
            scenarios,
            never_use,
            locales,
            reviewed,
            files: src.files,
        })
    } else {
        Err(p.0)
    }
}

/// `i18n/<loc>/*.toml`: every file parsed and flattened to dotted keys.
fn load_locale(src: &mut Sources, loc: &str, p: &mut Problems) -> LocaleTexts {
    let mut texts = LocaleTexts::new();
    for f in LOCALE_FILES {
        let rel = format!("i18n/{loc}/{f}");
        let mut flat = BTreeMap::new();
        if let Some(t) = src.toml(&rel, p) {
            flatten("", &t, &rel, &mut flat, p);
        }
        texts.insert(f.to_string(), flat);
    }
    texts
}

/// Every key in every locale, nothing empty, identical placeholders.
fn check_locale_parity(locales: &[LocaleTexts], p: &mut Problems) {
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();
    for f in LOCALE_FILES {
        let reference = &locales[en][f];
        for (li, loc) in LOCALES.iter().enumerate() {
            let rel = format!("i18n/{loc}/{f}");
            let this = &locales[li][f];
            for (k, v) in this {
                if v.trim().is_empty() {
                    p.add(&rel, k, "is empty");
                }
                match reference.get(k) {
                    None if li != en => p.add(
                        &rel,
                        k,
                        format!("is not in the reference locale (i18n/{REFERENCE_LOCALE}/{f}); remove it or add it there"),
                    ),
                    Some(rv) if li != en => {
                        let (a, b) = (placeholders(rv), placeholders(v));
                        if a != b && !k.starts_with("meta.") {
                            p.add(
                                &rel,
                                k,
                                format!("placeholders {b:?} differ from the reference locale's {a:?}"),
                            );
                        }
                    }
                    _ => {}
                }
            }
            if li != en {
                for k in reference.keys() {
                    if !this.contains_key(k) {
                        p.add(
                            &rel,
                            k,
                            format!("is missing (present in i18n/{REFERENCE_LOCALE}/{f})"),
                        );
                    }
                }
            }
        }
    }
}

/// The shape of `ui.toml` (checked on the reference locale `en`; parity carries it to the
/// others): known sections, snake_case names, complete plural tables.
fn check_ui_texts(en: &LocaleTexts, p: &mut Problems) {
    let rel = format!("i18n/{REFERENCE_LOCALE}/ui.toml");
    let ui = &en["ui.toml"];
    for k in ["meta.name", "meta.review"] {
        if !ui.contains_key(k) {
            p.add(&rel, k, "is missing");
        }
    }
    for (section, keys) in ENUM_SECTIONS {
        for key in keys {
            let k = format!("{section}.{key}");
            if !ui.contains_key(&k) {
                p.add(&rel, k, "is missing");
            }
        }
    }
    for k in ui.keys() {
        let (section, name) = k.split_once('.').unwrap_or(("", k));
        let ok = match section {
            "meta" => name == "name" || name == "review",
            "ui" => {
                let (base, category) = match name.split_once('.') {
                    Some((b, c)) => (b, Some(c)),
                    None => (name, None),
                };
                is_id(base)
                    && !RUST_KEYWORDS.contains(&base)
                    && !ENUM_SECTIONS.iter().any(|(sec, _)| *sec == base)
                    && !base.starts_with("meta_")
                    && category.is_none_or(|c| PLURAL_CATEGORIES.contains(&c))
            }
            s if TEXT_SECTIONS.contains(&s) || PAGE_SECTIONS.contains(&s) => is_id(name),
            s => ENUM_SECTIONS
                .iter()
                .any(|(sec, keys)| *sec == s && keys.contains(&name)),
        };
        if !ok {
            p.add(
                &rel,
                k,
                "unknown key: use [ui] (or [quick_exit], [embed_page]) with a snake_case name (a counted text as { one = \"…\", other = \"…\" }), or a known section (island, island_in, theme, dimension, strength, form, level, level_lead, kind, list)",
            );
        }
    }
    // Plural tables are complete, and every text with a count goes through one.
    for k in ui.keys() {
        let Some(name) = k.strip_prefix("ui.") else {
            continue;
        };
        match name.split_once('.') {
            Some((base, _)) => {
                for c in PLURAL_CATEGORIES {
                    if !ui.contains_key(&format!("ui.{base}.{c}")) {
                        p.add(
                            &rel,
                            format!("ui.{base}.{c}"),
                            "is missing: a counted text needs every CLDR category (one, other)",
                        );
                    }
                }
            }
            None => {
                let counts: Vec<String> = placeholders(&ui[k])
                    .into_iter()
                    .filter(|ph| COUNT_PLACEHOLDERS.contains(&ph.as_str()))
                    .collect();
                if !counts.is_empty() && !COUNT_LABELS.contains(&name) {
                    p.add(
                        &rel,
                        k,
                        format!("shows a count ({}): write it as {{ one = \"…\", other = \"…\" }} so the number gets the right word form (CLDR plural categories)", counts.join(", ")),
                    );
                }
            }
        }
    }
}

/// ILO/EC source indicators by id: (dimension, strength per list in `LISTS` order).
type IloRows = BTreeMap<String, (usize, [Option<usize>; 4])>;

/// `data/indicators.toml`: the four lists, the ILO/EC rows and the indicators built on them.
fn load_indicators(src: &mut Sources, p: &mut Problems) -> Vec<IndicatorData> {
    let file = "data/indicators.toml";
    let mut indicators = Vec::new();
    let Some(t) = src.data(file, &["indicator", "ilo", "list"], p) else {
        return indicators;
    };
    check_lists(&t, file, p);
    let ilo = load_ilo(&t, file, p);
    let mut seen = BTreeSet::new();
    for (n, e) in array_of_tables(&t, file, "indicator", p)
        .into_iter()
        .enumerate()
    {
        let Some((id, ctx)) = entry_id(e, n, file, "indicator", INDICATOR_KEYS, &mut seen, p)
        else {
            continue;
        };
        for k in ["dimension", "strength", "sources"] {
            if e.contains_key(k) {
                p.add(
                    file,
                    format!("{ctx}.{k}"),
                    "comes from the ILO/EC row (`ilo`) or from `local`; remove it here",
                );
            }
        }
        let screening = get_bool(e, file, &ctx, "screening", false, p);
        let mut weights: [Option<(usize, usize, String)>; 4] = Default::default();
        match (e.get("ilo"), e.get("local"), screening) {
            (Some(Value::String(row)), None, false) => match ilo.get(row) {
                Some((d, strengths)) => {
                    for li in 0..4 {
                        weights[li] = strengths[li].map(|s| (*d, s, row.clone()));
                    }
                }
                None => p.add(file, format!("{ctx}.ilo"), format!("`{row}` is not an [[ilo]] row")),
            },
            (None, Some(Value::Table(l)), false) => {
                let lctx = format!("{ctx}.local");
                known_keys(l, file, &lctx, LOCAL_KEYS, p);
                let d = get_str(l, file, &lctx, "dimension", p)
                    .and_then(|v| one_of(v, &DIMENSIONS, file, format!("{lctx}.dimension"), p));
                let s = get_str(l, file, &lctx, "strength", p)
                    .and_then(|v| one_of(v, &STRENGTHS, file, format!("{lctx}.strength"), p));
                if get_str(l, file, &lctx, "source", p).is_some_and(|s| s.trim().is_empty()) {
                    p.add(file, format!("{lctx}.source"), "is empty: name where the signal comes from");
                }
                if s.is_some_and(|s| STRENGTHS[s] != "weak") {
                    p.add(file, format!("{lctx}.strength"), "a signal with no ILO/EC indicator is \"weak\" (no source allows more)");
                }
                if let (Some(d), Some(s)) = (d, s) {
                    weights = std::array::from_fn(|_| Some((d, s, id.to_string())));
                }
            }
            (None, None, true) => {}
            _ => p.add(file, &ctx, "needs exactly one of: ilo = \"<row id>\", local = { dimension, strength, source }, screening = true"),
        }
        if !screening {
            if let Some(c) = get_str(e, file, &ctx, "confidence", p) {
                one_of(c, &CONFIDENCES, file, format!("{ctx}.confidence"), p);
            }
        }
        let theme = get_str(e, file, &ctx, "theme", p)
            .and_then(|v| one_of(v, &THEMES, file, format!("{ctx}.theme"), p));
        let forms: Vec<usize> = str_list(e, file, &ctx, "forms", p)
            .iter()
            .filter_map(|f| one_of(f, &FORMS, file, format!("{ctx}.forms"), p))
            .collect();
        if forms.is_empty() {
            p.add(file, format!("{ctx}.forms"), "needs at least one form");
        }
        let paths = str_list(e, file, &ctx, "paths", p);
        for path in &paths {
            one_of(path, &PATHS, file, format!("{ctx}.paths"), p);
        }
        if paths.is_empty() {
            p.add(file, format!("{ctx}.paths"), "needs self, other or both");
        }
        let danger_now = get_bool(e, file, &ctx, "danger_now", false, p);
        let minor = get_bool(e, file, &ctx, "minor", false, p);
        let age_unknown = get_bool(e, file, &ctx, "age_unknown", false, p);
        let child_exploitation = get_bool(e, file, &ctx, "child_exploitation", false, p);
        let opens = str_list(e, file, &ctx, "opens", p);
        if let Some(theme) = theme {
            indicators.push(IndicatorData {
                id: id.to_string(),
                weights,
                forms,
                for_self: paths.iter().any(|x| x == "self"),
                for_other: paths.iter().any(|x| x == "other"),
                theme,
                danger_now,
                minor,
                age_unknown,
                screening,
                child_exploitation,
                opens,
            });
        }
    }
    if indicators.iter().filter(|i| i.minor).count() != 1 {
        p.add(
            file,
            "minor",
            "exactly one indicator must have minor = true (age selects the lists)",
        );
    }
    for ind in &indicators {
        for o in &ind.opens {
            if !indicators.iter().any(|i| &i.id == o && i.for_self) {
                p.add(
                    file,
                    format!("indicator `{}`.opens", ind.id),
                    format!("`{o}` is not a self-check indicator"),
                );
            }
        }
    }
    indicators
}

/// `[list.<name>]` of `data/indicators.toml`: each ILO/EC list names its source and confidence.
fn check_lists(t: &Table, file: &str, p: &mut Problems) {
    match t.get("list") {
        Some(Value::Table(lists)) => {
            for l in LISTS {
                match lists.get(l) {
                    Some(Value::Table(e)) => {
                        let ctx = format!("list.{l}");
                        if get_str(e, file, &ctx, "source", p).is_some_and(|s| s.trim().is_empty())
                        {
                            p.add(file, format!("{ctx}.source"), "is empty");
                        }
                        if let Some(c) = get_str(e, file, &ctx, "confidence", p) {
                            one_of(c, &CONFIDENCES, file, format!("{ctx}.confidence"), p);
                        }
                    }
                    _ => p.add(
                        file,
                        format!("list.{l}"),
                        "is missing (source and confidence of this ILO/EC list)",
                    ),
                }
            }
            for k in lists.keys() {
                if !LISTS.contains(&k.as_str()) {
                    p.add(
                        file,
                        format!("list.{k}"),
                        format!("unknown list: use one of {}", LISTS.join(", ")),
                    );
                }
            }
        }
        _ => p.add(
            file,
            "list",
            "is missing: one [list.<name>] table per ILO/EC list",
        ),
    }
}

/// `[[ilo]]` of `data/indicators.toml`: the ILO/EC source indicators.
fn load_ilo(t: &Table, file: &str, p: &mut Problems) -> IloRows {
    let mut ilo = IloRows::new();
    for (n, e) in array_of_tables(t, file, "ilo", p).into_iter().enumerate() {
        let ctx = format!("ilo[{n}]");
        let Some(id) = get_str(e, file, &ctx, "id", p) else {
            continue;
        };
        let ctx = format!("ilo `{id}`");
        known_keys(e, file, &ctx, ILO_KEYS, p);
        if get_str(e, file, &ctx, "name", p).is_some_and(|s| s.trim().is_empty()) {
            p.add(file, format!("{ctx}.name"), "is empty");
        }
        let dimension = get_str(e, file, &ctx, "dimension", p)
            .and_then(|v| one_of(v, &DIMENSIONS, file, format!("{ctx}.dimension"), p));
        let mut strengths = [None; 4];
        for (li, l) in LISTS.iter().enumerate() {
            if e.contains_key(*l) {
                strengths[li] = get_str(e, file, &ctx, l, p)
                    .and_then(|v| one_of(v, &STRENGTHS, file, format!("{ctx}.{l}"), p));
            }
        }
        if strengths.iter().all(Option::is_none) {
            p.add(file, &ctx, "is in no list: give its strength in at least one of adult_labour, adult_sexual, child_labour, child_sexual");
        }
        if let Some(d) = dimension {
            if ilo.insert(id.to_string(), (d, strengths)).is_some() {
                p.add(file, &ctx, "duplicate id");
            }
        }
    }
    ilo
}

/// Every indicator has its texts in the reference locale, and every text there names one.
fn check_indicator_texts(indicators: &[IndicatorData], en: &LocaleTexts, p: &mut Problems) {
    let rel = format!("i18n/{REFERENCE_LOCALE}/indicators.toml");
    let texts = &en["indicators.toml"];
    for ind in indicators {
        for k in ["question", "signal", "why"] {
            let key = format!("{}.{k}", ind.id);
            if !texts.contains_key(&key) {
                p.add(&rel, key, "is missing");
            }
        }
    }
    for k in texts.keys() {
        let (id, field) = k.split_once('.').unwrap_or((k, ""));
        if !["question", "signal", "why", "why_other"].contains(&field) {
            p.add(
                &rel,
                k,
                "unknown field: use question, signal, why or why_other",
            );
        }
        if indicator_index(indicators, id).is_none() {
            p.add(
                &rel,
                k,
                "names an indicator that is not in data/indicators.toml",
            );
        }
    }
}

/// The position of indicator `id`.
fn indicator_index(indicators: &[IndicatorData], id: &str) -> Option<usize> {
    indicators.iter().position(|i| i.id == id)
}

/// `data/sets.toml`: the self-check's questions in order (positions in `indicators`).
fn load_sets(src: &mut Sources, indicators: &[IndicatorData], p: &mut Problems) -> Vec<usize> {
    let file = "data/sets.toml";
    let mut self_check = Vec::new();
    let Some(t) = src.data(file, &["self_check"], p) else {
        return self_check;
    };
    let ids = str_list(&t, file, "", "self_check", p);
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id.clone()) {
            p.add(
                file,
                "self_check",
                format!("`{id}` is listed twice (nothing is asked twice)"),
            );
        }
        match indicator_index(indicators, &id) {
            Some(i) if !indicators[i].for_self => p.add(
                file,
                "self_check",
                format!("`{id}` does not have \"self\" in its paths"),
            ),
            Some(i) => self_check.push(i),
            None => p.add(
                file,
                "self_check",
                format!("`{id}` is not an indicator in data/indicators.toml"),
            ),
        }
    }
    // Branching: an opened question comes after every question that opens it, and every
    // follow-up named in `opens` is in the self-check.
    for (q, &i) in self_check.iter().enumerate() {
        for o in &indicators[i].opens {
            match self_check.iter().position(|&j| &indicators[j].id == o) {
                Some(pos) if pos <= q => p.add(
                    file,
                    "self_check",
                    format!(
                        "`{o}` must come after `{}`, which opens it",
                        indicators[i].id
                    ),
                ),
                Some(_) => {}
                None => p.add(
                    file,
                    "self_check",
                    format!(
                        "`{o}` is opened by `{}` but is not in the list",
                        indicators[i].id
                    ),
                ),
            }
        }
    }
    let roots = self_check
        .iter()
        .filter(|&&i| {
            !self_check
                .iter()
                .any(|&o| indicators[o].opens.contains(&indicators[i].id))
        })
        .count();
    if !(3..=10).contains(&roots) {
        p.add(
            file,
            "self_check",
            format!(
                "has {roots} questions that everyone sees; keep 3 to 10 (the rest are follow-ups)"
            ),
        );
    }
    if !self_check.iter().any(|&i| indicators[i].minor) {
        p.add(
            file,
            "self_check",
            "needs the age question (minor = true): age selects the lists",
        );
    }
    self_check
}

/// `data/islands.toml`: one entry per island, sorted by island.
fn load_islands(src: &mut Sources, p: &mut Problems) -> Vec<IslandData> {
    let file = "data/islands.toml";
    let mut islands = Vec::new();
    let Some(t) = src.data(file, &["island"], p) else {
        return islands;
    };
    for (n, e) in array_of_tables(&t, file, "island", p)
        .into_iter()
        .enumerate()
    {
        let ctx = format!("island[{n}]");
        let Some(id) = get_str(e, file, &ctx, "id", p)
            .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.id"), p))
        else {
            continue;
        };
        let ctx = format!("island `{}`", ISLANDS[id]);
        known_keys(e, file, &ctx, ISLAND_KEYS, p);
        let emergency = get_str(e, file, &ctx, "emergency", p).unwrap_or("");
        if !valid_phone(emergency) {
            p.add(
                file,
                format!("{ctx}.emergency"),
                "needs an emergency number (digits, e.g. 911)",
            );
        }
        let default_locale = get_str(e, file, &ctx, "default_locale", p)
            .and_then(|v| one_of(v, &LOCALES, file, format!("{ctx}.default_locale"), p))
            .unwrap_or(0);
        islands.push(IslandData {
            id,
            emergency: emergency.to_string(),
            default_locale,
        });
    }
    for (i, name) in ISLANDS.iter().enumerate() {
        match islands.iter().filter(|x| x.id == i).count() {
            1 => {}
            0 => p.add(file, *name, "island is missing"),
            _ => p.add(file, *name, "island is listed more than once"),
        }
    }
    islands.sort_by_key(|i| i.id);
    islands
}

/// `data/never_use.toml`: superseded or doubtful numbers and addresses.
fn load_never_use(src: &mut Sources, p: &mut Problems) -> Vec<NeverUse> {
    let file = "data/never_use.toml";
    let mut never_use = Vec::new();
    let Some(t) = src.data(file, &["entry"], p) else {
        return never_use;
    };
    for (n, e) in array_of_tables(&t, file, "entry", p)
        .into_iter()
        .enumerate()
    {
        let ctx = format!("entry[{n}]");
        known_keys(e, file, &ctx, &["value", "why", "what", "source"], p);
        let value = get_str(e, file, &ctx, "value", p).unwrap_or("");
        let why = get_str(e, file, &ctx, "why", p).unwrap_or("");
        get_str(e, file, &ctx, "what", p);
        get_str(e, file, &ctx, "source", p);
        let entry = NeverUse {
            value: value.to_string(),
            why: why.to_string(),
        };
        if !value.contains('@') && entry.digits().len() < 5 {
            p.add(
                file,
                format!("{ctx}.value"),
                format!("`{value}` needs at least 5 digits (or an e-mail address), so that it cannot match by chance"),
            );
        } else if why.trim().is_empty() {
            p.add(file, format!("{ctx}.why"), "say why it must not be used");
        } else {
            never_use.push(entry);
        }
    }
    never_use
}

/// No text in any locale mentions a never-use number or address.
fn check_never_use_in_texts(locales: &[LocaleTexts], never_use: &[NeverUse], p: &mut Problems) {
    for (li, loc) in LOCALES.iter().enumerate() {
        for (f, texts) in &locales[li] {
            for (k, v) in texts {
                for nu in never_use.iter().filter(|nu| nu.found_in_text(v)) {
                    p.add(
                        &format!("i18n/{loc}/{f}"),
                        k,
                        format!("mentions `{}`, which is on the never-use list (data/never_use.toml): {}", nu.value, nu.why),
                    );
                }
            }
        }
    }
}

/// `i18n/<locale>/review.toml` (written by signaal-review): per locale, the texts a native
/// speaker reviewed whose hash still matches, and the number of texts.
fn load_reviews(
    src: &mut Sources,
    locales: &[LocaleTexts],
    p: &mut Problems,
) -> Vec<(usize, usize)> {
    let mut reviewed = Vec::new();
    for (li, loc) in LOCALES.iter().enumerate() {
        let rel = format!("i18n/{loc}/review.toml");
        let path = src.root.join(&rel);
        src.files.push(path.clone());
        let total: usize = locales[li]
            .values()
            .map(|t| t.keys().filter(|k| !k.starts_with("meta.")).count())
            .sum();
        let mut n = 0;
        match fs::read_to_string(&path) {
            Err(e) => p.add(
                &rel,
                "(file)",
                format!("cannot read: {e} (an empty review file has just `[reviewed]`)"),
            ),
            Ok(text) => match parse_review(&text) {
                Err(e) => p.add(&rel, "(file)", e),
                Ok(status) => {
                    for (id, (_, _, hash)) in &status {
                        let text = id
                            .split_once(':')
                            .and_then(|(f, k)| locales[li].get(f).and_then(|t| t.get(k)));
                        match text {
                            None => p.add(&rel, id, "is not a text of this locale (file:key)"),
                            Some(t) if text_hash(t) == *hash => n += 1,
                            Some(_) => {} // changed since its review: counts as not reviewed
                        }
                    }
                }
            },
        }
        reviewed.push((n, total));
    }
    reviewed
}

/// `data/proper_names.toml`: names the spelling and English checks leave alone.
fn load_proper_names(src: &mut Sources, p: &mut Problems) -> Vec<String> {
    let file = "data/proper_names.toml";
    let Some(t) = src.data(file, &["names"], p) else {
        return Vec::new();
    };
    let names = str_list(&t, file, "", "names", p);
    for n in &names {
        if n.trim().len() < 2 {
            p.add(file, "names", format!("`{n}` is too short to be a name"));
        }
    }
    names
}

/// `data/language_pending.toml`: known slips in files another change is rewriting, listed key
/// by key so that nothing else slips.
fn load_language_pending(src: &mut Sources, p: &mut Problems) -> BTreeSet<(String, String)> {
    let file = "data/language_pending.toml";
    let mut pending: BTreeSet<(String, String)> = BTreeSet::new();
    let Some(t) = src.data(file, &["pending"], p) else {
        return pending;
    };
    if t.contains_key("pending") {
        for (n, e) in array_of_tables(&t, file, "pending", p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("pending[{n}]");
            known_keys(e, file, &ctx, &["file", "key", "problem"], p);
            let f = get_str(e, file, &ctx, "file", p).unwrap_or("");
            let k = get_str(e, file, &ctx, "key", p).unwrap_or("");
            get_str(e, file, &ctx, "problem", p);
            if !f.ends_with("indicators.toml") && !f.ends_with("scenarios.toml") {
                p.add(file, format!("{ctx}.file"), "only indicator and scenario texts may wait here; fix ui.toml and points.toml texts directly");
            }
            pending.insert((f.to_string(), k.to_string()));
        }
    }
    pending
}

/// The spelling system of each Papiamento locale, and no English left in other locales.
fn check_language(
    locales: &[LocaleTexts],
    names: &[String],
    pending: &BTreeSet<(String, String)>,
    p: &mut Problems,
) {
    for (li, loc) in LOCALES.iter().enumerate() {
        if *loc == REFERENCE_LOCALE {
            continue;
        }
        for (f, texts) in &locales[li] {
            let rel = format!("i18n/{loc}/{f}");
            for (k, v) in texts {
                if k.starts_with("meta.") || pending.contains(&(rel.clone(), k.clone())) {
                    continue;
                }
                for problem in spelling_problems(loc, v, names) {
                    p.add(&rel, k, problem);
                }
                for problem in english_leftovers(v, names) {
                    p.add(&rel, k, problem);
                }
            }
        }
    }
}

/// `data/points.toml`: the reporting and help points, with their channels checked, none on the
/// never-use list, and every island covered.
fn load_points(
    src: &mut Sources,
    en: &LocaleTexts,
    islands: &[IslandData],
    never_use: &[NeverUse],
    p: &mut Problems,
) -> Vec<PointData> {
    let file = "data/points.toml";
    let mut points = Vec::new();
    let Some(t) = src.data(file, &["point"], p) else {
        return points;
    };
    let mut seen = BTreeSet::new();
    let point_texts = &en["points.toml"];
    for (n, e) in array_of_tables(&t, file, "point", p)
        .into_iter()
        .enumerate()
    {
        let Some((id, ctx)) = entry_id(e, n, file, "point", POINT_KEYS, &mut seen, p) else {
            continue;
        };
        let island = get_str(e, file, &ctx, "island", p)
            .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.island"), p));
        let kind = get_str(e, file, &ctx, "kind", p)
            .and_then(|v| one_of(v, &KINDS, file, format!("{ctx}.kind"), p));
        let text = get_str(e, file, &ctx, "text", p).unwrap_or("").to_string();
        for k in ["name", "what_happens"] {
            if !point_texts.contains_key(&format!("{text}.{k}")) {
                p.add(
                    &format!("i18n/{REFERENCE_LOCALE}/points.toml"),
                    format!("{text}.{k}"),
                    format!("is missing (used by {ctx} in {file})"),
                );
            }
        }
        let phones = load_phones(e, file, &ctx, p);
        let whatsapp = opt_str(e, file, &ctx, "whatsapp", p).to_string();
        if !whatsapp.is_empty() && !valid_e164(&whatsapp) {
            p.add(
                file,
                format!("{ctx}.whatsapp"),
                format!("`{whatsapp}` is not E.164 (+ and digits)"),
            );
        }
        let email = opt_str(e, file, &ctx, "email", p).to_string();
        if !email.is_empty() && !valid_email(&email) {
            p.add(
                file,
                format!("{ctx}.email"),
                format!("`{email}` is not an e-mail address"),
            );
        }
        let messenger = opt_str(e, file, &ctx, "messenger", p).to_string();
        if !messenger.is_empty()
            && !messenger
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.')
        {
            p.add(
                file,
                format!("{ctx}.messenger"),
                format!("`{messenger}` is not a Facebook page name (letters, digits, dots)"),
            );
        }
        let website = opt_str(e, file, &ctx, "website", p).to_string();
        if !website.is_empty() && !valid_https(&website) {
            p.add(
                file,
                format!("{ctx}.website"),
                format!("`{website}` is not an https:// URL"),
            );
        }
        if phones.is_empty() && whatsapp.is_empty() && website.is_empty() {
            let addr = opt_str(e, file, &ctx, "address", p);
            // Only victim support and coordination points may be listed by name alone
            // (for some of them the research found no channel that could be checked).
            let name_only_ok = kind.is_some_and(|k| {
                matches!(
                    PointKind::ALL[k],
                    PointKind::VictimSupport | PointKind::Coordination
                )
            });
            if addr.is_empty() && !name_only_ok {
                p.add(file, &ctx, "has no phone, WhatsApp, website or address");
            }
        }
        let source = get_str(e, file, &ctx, "source", p)
            .unwrap_or("")
            .to_string();
        if !valid_https(&source) && !source.starts_with("http://") {
            p.add(
                file,
                format!("{ctx}.source"),
                "needs the URL of the source the facts come from",
            );
        }
        let source_date = opt_str(e, file, &ctx, "source_date", p).to_string();
        if !source_date.is_empty() && !valid_partial_date(&source_date) {
            p.add(
                file,
                format!("{ctx}.source_date"),
                format!("`{source_date}` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            );
        }
        let verified = get_str(e, file, &ctx, "verified", p)
            .unwrap_or("")
            .to_string();
        if !valid_date(&verified) {
            p.add(
                file,
                format!("{ctx}.verified"),
                format!("`{verified}` is not an ISO date (YYYY-MM-DD)"),
            );
        }
        let confidence = get_str(e, file, &ctx, "confidence", p)
            .and_then(|v| one_of(v, &CONFIDENCES, file, format!("{ctx}.confidence"), p));
        let forms: Vec<usize> = str_list(e, file, &ctx, "forms", p)
            .iter()
            .filter_map(|f| one_of(f, &FORMS, file, format!("{ctx}.forms"), p))
            .collect();
        let needs: Vec<usize> = str_list(e, file, &ctx, "needs", p)
            .iter()
            .filter_map(|f| one_of(f, &NEEDS, file, format!("{ctx}.needs"), p))
            .collect();
        if let (Some(island), Some(kind), Some(confidence)) = (island, kind, confidence) {
            points.push(PointData {
                id: id.to_string(),
                island,
                kind,
                text,
                phones,
                whatsapp,
                email,
                messenger,
                website,
                address: opt_str(e, file, &ctx, "address", p).to_string(),
                anonymous: get_bool(e, file, &ctx, "anonymous", false, p),
                needs,
                forms,
                source,
                source_date,
                verified,
                confidence,
            });
        }
    }
    check_points_never_use(&points, never_use, file, p);
    check_coverage(&points, islands, file, p);
    points
}

/// `phones = [{ number, display, label }]` of one point: E.164 (or a short code or service
/// number), and a display that shows the same digits.
fn load_phones(e: &Table, file: &str, ctx: &str, p: &mut Problems) -> Vec<PhoneData> {
    let mut phones = Vec::new();
    match e.get("phones") {
        None => {}
        Some(Value::Array(a)) => {
            for (j, v) in a.iter().enumerate() {
                let pctx = format!("{ctx}.phones[{j}]");
                let Value::Table(pt) = v else {
                    p.add(file, &pctx, "must be a table { number, display }");
                    continue;
                };
                known_keys(pt, file, &pctx, PHONE_KEYS, p);
                let number = get_str(pt, file, &pctx, "number", p).unwrap_or("");
                if !valid_phone(number) {
                    p.add(
                        file,
                        format!("{pctx}.number"),
                        format!("`{number}` is neither E.164 (+ and 7–15 digits) nor a local code of 3–8 digits"),
                    );
                } else if !valid_e164(number) && !is_service_number(number) {
                    p.add(
                        file,
                        format!("{pctx}.number"),
                        format!("`{number}` is a local number without its international form: write it in E.164 (+, country code, number) so that it dials from any phone, also a foreign SIM; only short codes (3–4 digits) and service numbers starting with 0 may stay local"),
                    );
                }
                let display = get_str(pt, file, &pctx, "display", p).unwrap_or("");
                let digits: String = display.chars().filter(|c| c.is_ascii_digit()).collect();
                let nd: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
                // The display may show the whole number or its local part.
                let shown_ok = digits == nd
                    || (valid_e164(number) && digits.len() >= 7 && nd.ends_with(&digits));
                if !shown_ok {
                    p.add(
                        file,
                        format!("{pctx}.display"),
                        format!("`{display}` does not show the same digits as number `{number}`"),
                    );
                }
                phones.push(PhoneData {
                    number: number.to_string(),
                    display: display.to_string(),
                    label: opt_str(pt, file, &pctx, "label", p).to_string(),
                });
            }
        }
        Some(_) => p.add(file, format!("{ctx}.phones"), "must be a list of tables"),
    }
    phones
}

/// No point's phone, WhatsApp or e-mail is on the never-use list.
fn check_points_never_use(
    points: &[PointData],
    never_use: &[NeverUse],
    file: &str,
    p: &mut Problems,
) {
    for pt in points {
        let ctx = format!("point `{}`", pt.id);
        let numbers = pt
            .phones
            .iter()
            .map(|ph| ("phones", ph.number.as_str()))
            .chain((!pt.whatsapp.is_empty()).then_some(("whatsapp", pt.whatsapp.as_str())));
        for (field, number) in numbers {
            for nu in never_use.iter().filter(|nu| nu.matches_number(number)) {
                p.add(
                    file,
                    format!("{ctx}.{field}"),
                    format!(
                        "`{number}` is on the never-use list as `{}` (data/never_use.toml): {}",
                        nu.value, nu.why
                    ),
                );
            }
        }
        for nu in never_use
            .iter()
            .filter(|nu| nu.digits().is_empty() && nu.value.eq_ignore_ascii_case(&pt.email))
        {
            p.add(
                file,
                format!("{ctx}.email"),
                format!(
                    "`{}` is on the never-use list (data/never_use.toml): {}",
                    pt.email, nu.why
                ),
            );
        }
    }
}

/// Coverage rules per island: emergency, police and victim support everywhere (the islands'
/// emergency number on an emergency point); the Caribbean Netherlands' four points with phones.
fn check_coverage(points: &[PointData], islands: &[IslandData], file: &str, p: &mut Problems) {
    use PointKind::{Emergency, Labour, Police, TipLine, VictimSupport};
    for (i, name) in ISLANDS.iter().enumerate() {
        let has = |k: PointKind| {
            points
                .iter()
                .any(|pt| pt.island == i && pt.kind == k.index())
        };
        let has_phone = |k: PointKind| {
            points
                .iter()
                .any(|pt| pt.island == i && pt.kind == k.index() && !pt.phones.is_empty())
        };
        let mut need = vec![Emergency, Police];
        if IslandId::ALL[i] != IslandId::Elsewhere {
            need.push(VictimSupport);
        }
        for k in need {
            if !has(k) {
                p.add(file, *name, format!("island has no `{}` point", k.slug()));
            }
        }
        if BES.contains(name) {
            for k in [Police, TipLine, VictimSupport, Labour] {
                if !has_phone(k) {
                    p.add(
                        file,
                        *name,
                        format!(
                            "Caribbean Netherlands island needs a `{}` point with its phone number",
                            k.slug()
                        ),
                    );
                }
            }
        }
        if let Some(isl) = islands.iter().find(|x| x.id == i) {
            let ok = points.iter().any(|pt| {
                pt.island == i
                    && pt.kind == Emergency.index()
                    && pt.phones.iter().any(|ph| ph.number == isl.emergency)
            });
            if !ok {
                p.add(
                    file,
                    *name,
                    format!(
                        "no emergency point carries the island's emergency number {}",
                        isl.emergency
                    ),
                );
            }
        }
    }
}

/// Every point text in the reference locale belongs to a point and is a known field.
fn check_point_texts(points: &[PointData], en: &LocaleTexts, p: &mut Problems) {
    let rel = format!("i18n/{REFERENCE_LOCALE}/points.toml");
    let used: BTreeSet<&str> = points.iter().map(|pt| pt.text.as_str()).collect();
    for k in en["points.toml"].keys() {
        let (t, field) = k.split_once('.').unwrap_or((k, ""));
        if !used.contains(t) {
            p.add(&rel, k, "is not used by any point in data/points.toml");
        }
        if !["name", "what_happens", "hours"].contains(&field) {
            p.add(&rel, k, "unknown field: use name, what_happens or hours");
        }
    }
}

/// `data/scenarios.toml`: the training scenarios, each reaching its stated level under the real
/// rule, every level, age and form covered, and their texts present.
fn load_scenarios(
    src: &mut Sources,
    en: &LocaleTexts,
    indicators: &[IndicatorData],
    p: &mut Problems,
) -> Vec<ScenarioData> {
    let file = "data/scenarios.toml";
    let mut scenarios = Vec::new();
    let Some(t) = src.data(file, &["scenario"], p) else {
        return scenarios;
    };
    let texts = &en["scenarios.toml"];
    let rel = format!("i18n/{REFERENCE_LOCALE}/scenarios.toml");
    let mut seen = BTreeSet::new();
    for (n, e) in array_of_tables(&t, file, "scenario", p)
        .into_iter()
        .enumerate()
    {
        let Some((id, ctx)) = entry_id(e, n, file, "scenario", SCENARIO_KEYS, &mut seen, p) else {
            continue;
        };
        let island = get_str(e, file, &ctx, "island", p)
            .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.island"), p));
        let form = get_str(e, file, &ctx, "form", p)
            .and_then(|v| one_of(v, &FORMS[..4], file, format!("{ctx}.form"), p));
        let child = get_str(e, file, &ctx, "age", p)
            .and_then(|v| one_of(v, &["adult", "child"], file, format!("{ctx}.age"), p))
            == Some(1);
        let level = get_str(e, file, &ctx, "level", p)
            .and_then(|v| one_of(v, &LEVELS, file, format!("{ctx}.level"), p));
        let sector = opt_str(e, file, &ctx, "sector", p).to_string();
        let mut signals = Vec::new();
        for s in str_list(e, file, &ctx, "signals", p) {
            match indicator_index(indicators, &s) {
                Some(i) if indicators[i].screening => p.add(
                    file,
                    format!("{ctx}.signals"),
                    format!(
                        "`{s}` is a screening question, not a signal (give the age with `age`)"
                    ),
                ),
                Some(i) => signals.push(i),
                None => p.add(
                    file,
                    format!("{ctx}.signals"),
                    format!("`{s}` is not an indicator in data/indicators.toml"),
                ),
            }
        }
        if signals.is_empty() && level != Some(0) {
            p.add(
                file,
                format!("{ctx}.signals"),
                "needs at least one signal (only a \"none\" scenario has none)",
            );
        }
        let distractors = str_list(e, file, &ctx, "distractors", p);
        if distractors.is_empty() {
            p.add(
                file,
                format!("{ctx}.distractors"),
                "needs at least one distractor",
            );
        }
        for k in ["title", "story"] {
            if !texts.contains_key(&format!("{id}.{k}")) {
                p.add(&rel, format!("{id}.{k}"), "is missing");
            }
        }
        for d in &distractors {
            if !is_id(d) {
                p.add(
                    file,
                    format!("{ctx}.distractors"),
                    format!("`{d}` must be snake_case"),
                );
            }
            if !texts.contains_key(&format!("{id}.distractors.{d}")) {
                p.add(&rel, format!("{id}.distractors.{d}"), "is missing");
            }
        }
        if let (Some(island), Some(form), Some(level)) = (island, form, level) {
            let got = scenario_level(indicators, &signals, child);
            if got != level {
                p.add(
                    file,
                    format!("{ctx}.level"),
                    format!(
                        "is \"{}\" but its signals reach \"{}\" under the rule (CONTENT.md)",
                        LEVELS[level], LEVELS[got]
                    ),
                );
            }
            scenarios.push(ScenarioData {
                id: id.to_string(),
                island,
                form,
                sector,
                signals,
                distractors,
                child,
                level,
            });
        }
    }
    for (l, name) in LEVELS.iter().enumerate() {
        if !scenarios.iter().any(|s| s.level == l) {
            p.add(
                file,
                format!("level {name}"),
                "no scenario reaches this level; cover every level",
            );
        }
    }
    for (child, age) in [(false, "adult"), (true, "child")] {
        if !scenarios
            .iter()
            .any(|s| s.child == child && LEVELS[s.level] == "trafficking")
        {
            p.add(
                file,
                format!("age {age}"),
                "needs a scenario at the trafficking level",
            );
        }
    }
    for (f, name) in FORMS[..4].iter().enumerate() {
        let n = scenarios.iter().filter(|s| s.form == f).count();
        if n < 2 {
            p.add(
                file,
                *name,
                format!("form has {n} scenario(s); it needs at least two"),
            );
        }
    }
    for k in texts.keys() {
        let (id, field) = k.split_once('.').unwrap_or((k, ""));
        let field_ok = matches!(field, "title" | "story")
            || field.strip_prefix("distractors.").is_some_and(|d| {
                scenarios
                    .iter()
                    .any(|s| s.id == id && s.distractors.iter().any(|x| x == d))
            });
        if !field_ok {
            p.add(
                &rel,
                k,
                "unknown field: use title, story or distractors.<a distractor listed in data/scenarios.toml>",
            );
        }
        if !scenarios.iter().any(|s| s.id == id) && !seen.contains(id) {
            p.add(
                &rel,
                k,
                "names a scenario that is not in data/scenarios.toml",
            );
        }
    }
    scenarios
}

/// The level the real rule (`src/domain/assessment.rs`) gives a scenario: its signals answered
/// "yes", plus "younger than 18" for a child.
fn scenario_level(indicators: &[IndicatorData], signals: &[usize], child: bool) -> usize {
    use domain::assessment::{assess, Answer};
    use domain::model::{Dimension, Forms, Indicator, IndicatorText, Strength, Theme, Weight};
    const D: [Dimension; 6] = Dimension::ALL;
    const S: [Strength; 3] = [Strength::Strong, Strength::Medium, Strength::Weak];
    const T: IndicatorText = IndicatorText {
        question: "",
        signal: "",
        why: "",
        why_other: "",
    };
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let inds: Vec<Indicator> = indicators
        .iter()
        .map(|i| Indicator {
            id: leak(&i.id),
            weights: std::array::from_fn(|l| {
                i.weights[l].as_ref().map(|(d, st, src)| Weight {
                    dimension: D[*d],
                    strength: S[*st],
                    source: leak(src),
                })
            }),
            forms: Forms(i.forms.iter().fold(0u8, |a, f| a | (1 << f))),
            for_self: i.for_self,
            for_other: i.for_other,
            theme: Theme::ALL[i.theme],
            danger_now: i.danger_now,
            minor: i.minor,
            age_unknown: i.age_unknown,
            screening: i.screening,
            child_exploitation: i.child_exploitation,
            opens: &[],
            text: [T, T, T, T, T],
        })
        .collect();
    let mut answers: Vec<(usize, Answer)> = signals.iter().map(|&i| (i, Answer::Yes)).collect();
    if child {
        if let Some(m) = indicators.iter().position(|i| i.minor) {
            answers.push((m, Answer::Yes));
        }
    }
    assess(&inds, &answers).level.index()
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn forms_expr(forms: &[usize]) -> String {
    let bits = forms.iter().fold(0u8, |acc, f| acc | (1 << f));
    format!("Forms({bits})")
}

/// Generates the Rust source of the content tables (included by `src/content.rs`).
pub fn generate(c: &Content) -> String {
    use std::fmt::Write;
    let mut o = String::new();
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();
    let ui_keys: Vec<&String> = c.locales[en]["ui.toml"]
        .keys()
        .filter(|k| {
            k.split_once('.').is_some_and(|(s, name)| {
                (s == "ui" || TEXT_SECTIONS.contains(&s)) && !name.contains('.')
            })
        })
        .collect();
    // Counted texts: `ui.<base>.one` / `ui.<base>.other` → one `Plural` field.
    let plural_keys: Vec<String> = c.locales[en]["ui.toml"]
        .keys()
        .filter_map(|k| k.strip_prefix("ui.")?.strip_suffix(".one"))
        .map(str::to_string)
        .collect();
    // `ui.name` -> `name`; `quick_exit.name` -> `quick_exit_name`.
    let field = |k: &str| match k.split_once('.') {
        Some(("ui", name)) => name.to_string(),
        Some((s, name)) => format!("{s}_{name}"),
        None => k.to_string(),
    };

    o.push_str("// @generated by build.rs from data/ and i18n/. Do not edit.\n");
    o.push_str("/// Interface texts of one locale (from `i18n/<locale>/ui.toml`).\n#[derive(Debug)]\n#[allow(non_snake_case)]\npub struct Texts {\n");
    o.push_str("    pub meta_name: &'static str,\n    pub meta_review: &'static str,\n");
    for k in &ui_keys {
        let _ = writeln!(o, "    pub {}: &'static str,", field(k));
    }
    for k in &plural_keys {
        let _ = writeln!(o, "    pub {k}: Plural,");
    }
    for (section, keys) in ENUM_SECTIONS {
        let _ = writeln!(o, "    pub {section}: [&'static str; {}],", keys.len());
    }
    o.push_str("}\n\npub static TEXTS: [Texts; Locale::COUNT] = [\n");
    for loc in &c.locales {
        let ui = &loc["ui.toml"];
        let _ = writeln!(
            o,
            "Texts {{ meta_name: {}, meta_review: {},",
            lit(&ui["meta.name"]),
            lit(&ui["meta.review"])
        );
        for k in &ui_keys {
            let _ = writeln!(o, "  {}: {},", field(k), lit(&ui[*k]));
        }
        for k in &plural_keys {
            let _ = writeln!(
                o,
                "  {k}: Plural {{ one: {}, other: {} }},",
                lit(&ui[&format!("ui.{k}.one")]),
                lit(&ui[&format!("ui.{k}.other")])
            );
        }
        for (section, keys) in ENUM_SECTIONS {
            let vals: Vec<String> = keys
                .iter()
                .map(|k| lit(&ui[&format!("{section}.{k}")]))
                .collect();
            let _ = writeln!(o, "  {section}: [{}],", vals.join(", "));
        }
        o.push_str("},\n");
    }
    o.push_str("];\n\n");
    let _ = writeln!(
        o,
        "/// Per locale: texts reviewed by a native speaker, and all texts (i18n/<locale>/review.toml).\npub static REVIEWED: [(u32, u32); {}] = {:?};\n",
        c.reviewed.len(),
        c.reviewed.iter().map(|(a, b)| (*a as u32, *b as u32)).collect::<Vec<_>>()
    );
    let _ = writeln!(
        o,
        "impl Texts {{\n    /// Every counted text, by key (for tests).\n    pub fn plurals(&self) -> [(&'static str, &Plural); {}] {{\n        [{}]\n    }}\n}}\n",
        plural_keys.len(),
        plural_keys
            .iter()
            .map(|k| format!("({}, &self.{k})", lit(k)))
            .collect::<Vec<_>>()
            .join(", ")
    );

    let _ = writeln!(
        o,
        "pub static INDICATORS: [Indicator; {}] = [",
        c.indicators.len()
    );
    for ind in &c.indicators {
        let weights: Vec<String> = ind
            .weights
            .iter()
            .map(|w| match w {
                Some((d, s, src)) => format!(
                    "Some(Weight {{ dimension: Dimension::{}, strength: Strength::{}, source: {} }})",
                    Dimension::VARIANTS[*d],
                    Strength::VARIANTS[*s],
                    lit(src)
                ),
                None => "None".to_string(),
            })
            .collect();
        let opens: Vec<usize> = ind
            .opens
            .iter()
            .filter_map(|o| c.indicators.iter().position(|i| &i.id == o))
            .collect();
        let _ = write!(
            o,
            "Indicator {{ id: {}, weights: [{}], forms: {}, for_self: {}, for_other: {}, theme: Theme::{}, danger_now: {}, minor: {}, age_unknown: {}, screening: {}, child_exploitation: {}, opens: &{:?}, text: [",
            lit(&ind.id),
            weights.join(", "),
            forms_expr(&ind.forms),
            ind.for_self,
            ind.for_other,
            Theme::VARIANTS[ind.theme],
            ind.danger_now,
            ind.minor,
            ind.age_unknown,
            ind.screening,
            ind.child_exploitation,
            opens
        );
        for loc in &c.locales {
            let t = &loc["indicators.toml"];
            let g = |k: &str| lit(&t[&format!("{}.{k}", ind.id)]);
            let why_other = t
                .get(&format!("{}.why_other", ind.id))
                .map(|s| lit(s))
                .unwrap_or_else(|| g("why"));
            let _ = write!(
                o,
                "IndicatorText {{ question: {}, signal: {}, why: {}, why_other: {} }}, ",
                g("question"),
                g("signal"),
                g("why"),
                why_other
            );
        }
        o.push_str("] },\n");
    }
    o.push_str("];\n\n");

    let _ = writeln!(
        o,
        "pub static SELF_CHECK: [usize; {}] = {:?};\n",
        c.self_check.len(),
        c.self_check
    );

    o.push_str("pub static ISLANDS: [Island; IslandId::COUNT] = [\n");
    for isl in &c.islands {
        let _ = writeln!(
            o,
            "Island {{ id: IslandId::{}, emergency: {}, default_locale: Locale::{} }},",
            IslandId::VARIANTS[isl.id],
            lit(&isl.emergency),
            Locale::VARIANTS[isl.default_locale]
        );
    }
    o.push_str("];\n\n");

    let _ = writeln!(o, "pub static POINTS: [Point; {}] = [", c.points.len());
    for pt in &c.points {
        let phones: Vec<String> = pt
            .phones
            .iter()
            .map(|ph| {
                format!(
                    "Phone {{ number: {}, display: {}, label: {} }}",
                    lit(&ph.number),
                    lit(&ph.display),
                    lit(&ph.label)
                )
            })
            .collect();
        let _ = write!(
            o,
            "Point {{ id: {}, island: IslandId::{}, kind: PointKind::{}, phones: &[{}], whatsapp: {}, email: {}, messenger: {}, website: {}, address: {}, anonymous: {}, needs: &[{}], forms: {}, source: {}, source_date: {}, verified: {}, confidence: Confidence::{}, text: [",
            lit(&pt.id),
            IslandId::VARIANTS[pt.island],
            PointKind::VARIANTS[pt.kind],
            phones.join(", "),
            lit(&pt.whatsapp),
            lit(&pt.email),
            lit(&pt.messenger),
            lit(&pt.website),
            lit(&pt.address),
            pt.anonymous,
            pt.needs
                .iter()
                .map(|n| format!("Need::{}", Need::VARIANTS[*n]))
                .collect::<Vec<_>>()
                .join(", "),
            forms_expr(&pt.forms),
            lit(&pt.source),
            lit(&pt.source_date),
            lit(&pt.verified),
            Confidence::VARIANTS[pt.confidence]
        );
        for loc in &c.locales {
            let t = &loc["points.toml"];
            let g = |k: &str| {
                lit(t
                    .get(&format!("{}.{k}", pt.text))
                    .map(String::as_str)
                    .unwrap_or(""))
            };
            let _ = write!(
                o,
                "PointText {{ name: {}, what_happens: {}, hours: {} }}, ",
                g("name"),
                g("what_happens"),
                g("hours")
            );
        }
        o.push_str("] },\n");
    }
    o.push_str("];\n\n");

    let _ = writeln!(
        o,
        "pub static SCENARIOS: [Scenario; {}] = [",
        c.scenarios.len()
    );
    for s in &c.scenarios {
        let ds: Vec<String> = s
            .distractors
            .iter()
            .map(|d| {
                let texts: Vec<String> = c
                    .locales
                    .iter()
                    .map(|loc| lit(&loc["scenarios.toml"][&format!("{}.distractors.{d}", s.id)]))
                    .collect();
                format!(
                    "Distractor {{ id: {}, text: [{}] }}",
                    lit(d),
                    texts.join(", ")
                )
            })
            .collect();
        let texts: Vec<String> = c
            .locales
            .iter()
            .map(|loc| {
                let t = &loc["scenarios.toml"];
                format!(
                    "ScenarioText {{ title: {}, story: {} }}",
                    lit(&t[&format!("{}.title", s.id)]),
                    lit(&t[&format!("{}.story", s.id)])
                )
            })
            .collect();
        let _ = writeln!(
            o,
            "Scenario {{ id: {}, island: IslandId::{}, form: Form::{}, child: {}, list: List::{}, level: Level::{}, signals: &{:?}, distractors: &[{}], text: [{}] }},",
            lit(&s.id),
            IslandId::VARIANTS[s.island],
            Form::VARIANTS[s.form],
            s.child,
            ["AdultLabour", "AdultSexual", "ChildLabour", "ChildSexual"][usize::from(s.child) * 2 + usize::from(FORMS[s.form] == "sexual")],
            ["None", "Some", "Exploitation", "Trafficking"][s.level],
            s.signals,
            ds.join(", "),
            texts.join(", ")
        );
    }
    o.push_str("];\n");
    o
}
