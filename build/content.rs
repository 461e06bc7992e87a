//! Build-time content loader: reads `data/` and `i18n/`, validates every rule in CONTENT.md and
//! generates Rust tables. Used by `build.rs` (to embed the content) and by `tests/content.rs`
//! (to prove that each check rejects a broken file). Every problem names the file, the key and
//! what is wrong.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use toml::{Table, Value};

// The domain core (plain Rust, no web dependency) is compiled into the build too, so that the build
// can refuse a training scenario whose signals do not reach its stated level under the real rule.
#[allow(dead_code, unused_imports)]
#[path = "../src/domain/mod.rs"]
mod domain;

pub const LOCALES: [&str; 5] = ["nl", "pap-AW", "pap-CW", "en", "es"];
pub const REFERENCE_LOCALE: &str = "en";
pub const LOCALE_FILES: [&str; 4] = [
    "ui.toml",
    "indicators.toml",
    "points.toml",
    "scenarios.toml",
];

pub const DIMENSIONS: [&str; 6] = [
    "deceptive_recruitment",
    "coercive_recruitment",
    "vulnerability_recruitment",
    "exploitative_conditions",
    "coercion_destination",
    "vulnerability_destination",
];
pub const STRENGTHS: [&str; 3] = ["strong", "medium", "weak"];
pub const FORMS: [&str; 5] = ["labour", "sexual", "domestic", "criminal", "child"];
pub const THEMES: [&str; 7] = [
    "recruitment_travel",
    "work_pay",
    "documents_money",
    "freedom_control",
    "housing",
    "health_behaviour",
    "children",
];
pub const ISLANDS: [&str; 7] = [
    "aruba",
    "bonaire",
    "curacao",
    "saba",
    "sint-eustatius",
    "sint-maarten",
    "elsewhere",
];
pub const BES: [&str; 3] = ["bonaire", "sint-eustatius", "saba"];
pub const KINDS: [&str; 7] = [
    "emergency",
    "coordination",
    "police",
    "tipline",
    "victim_support",
    "labour",
    "care",
];
pub const LEVELS: [&str; 4] = ["none", "some", "exploitation", "trafficking"];
pub const CONFIDENCES: [&str; 3] = ["high", "medium", "low"];
pub const PATHS: [&str; 2] = ["self", "other"];
/// The four ILO/EC 2009 lists, in the order of `List::ALL`.
pub const LISTS: [&str; 4] = [
    "adult_labour",
    "adult_sexual",
    "child_labour",
    "child_sexual",
];
/// Keys allowed in `data/indicators.toml` tables.
const INDICATOR_KEYS: [&str; 15] = [
    "id",
    "ilo",
    "local",
    "screening",
    "confidence",
    "forms",
    "paths",
    "theme",
    "danger_now",
    "minor",
    "age_unknown",
    "child_exploitation",
    "opens",
    "dimension",
    "strength",
];
const SCENARIO_KEYS: [&str; 8] = [
    "id",
    "island",
    "form",
    "sector",
    "age",
    "level",
    "signals",
    "distractors",
];
const ILO_KEYS: [&str; 7] = [
    "id",
    "name",
    "dimension",
    "adult_labour",
    "adult_sexual",
    "child_labour",
    "child_sexual",
];

/// Sections of `ui.toml` that map to a fixed, ordered list of keys.
pub const ENUM_SECTIONS: [(&str, &[&str]); 9] = [
    ("island", &ISLANDS),
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
    pub website: String,
    pub address: String,
    pub anonymous: bool,
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

/// Flattened locale texts: file name → dotted key → text.
pub type LocaleTexts = BTreeMap<String, BTreeMap<String, String>>;

pub struct Content {
    pub indicators: Vec<IndicatorData>,
    pub self_check: Vec<usize>,
    pub islands: Vec<IslandData>,
    pub points: Vec<PointData>,
    pub scenarios: Vec<ScenarioData>,
    /// In `LOCALES` order.
    pub locales: Vec<LocaleTexts>,
    /// Every file read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

fn read_table(root: &Path, rel: &str, files: &mut Vec<PathBuf>, p: &mut Problems) -> Option<Table> {
    let path = root.join(rel);
    files.push(path.clone());
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

/// `+` and 7 to 15 digits (E.164), or a local short code / local number of 3 to 8 digits.
pub fn valid_phone(s: &str) -> bool {
    if let Some(rest) = s.strip_prefix('+') {
        (7..=15).contains(&rest.len())
            && rest.chars().all(|c| c.is_ascii_digit())
            && !rest.starts_with('0')
    } else {
        (3..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    }
}

pub fn valid_e164(s: &str) -> bool {
    s.starts_with('+') && valid_phone(s)
}

pub fn valid_https(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or("");
        host.contains('.') && !host.contains(' ') && !rest.contains(char::is_whitespace)
    })
}

/// `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn valid_partial_date(s: &str) -> bool {
    match s.len() {
        4 => s.chars().all(|c| c.is_ascii_digit()),
        7 => valid_date(&format!("{s}-01")),
        _ => valid_date(s),
    }
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
pub fn load(root: &Path) -> Result<Content, Vec<Problem>> {
    let mut p = Problems::default();
    let mut files = Vec::new();

    // ---- locales: parse and flatten
    let mut locales: Vec<LocaleTexts> = Vec::new();
    for loc in LOCALES {
        let mut texts = LocaleTexts::new();
        for f in LOCALE_FILES {
            let rel = format!("i18n/{loc}/{f}");
            let mut flat = BTreeMap::new();
            if let Some(t) = read_table(root, &rel, &mut files, &mut p) {
                flatten("", &t, &rel, &mut flat, &mut p);
            }
            texts.insert(f.to_string(), flat);
        }
        locales.push(texts);
    }
    let en = LOCALES.iter().position(|l| *l == REFERENCE_LOCALE).unwrap();

    // Every key in every locale, nothing empty, identical placeholders.
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
    // ui.toml shape (checked on the reference; parity carries it to the others).
    {
        let rel = format!("i18n/{REFERENCE_LOCALE}/ui.toml");
        let ui = &locales[en]["ui.toml"];
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
                    is_id(name)
                        && !RUST_KEYWORDS.contains(&name)
                        && !ENUM_SECTIONS.iter().any(|(sec, _)| *sec == name)
                        && !name.starts_with("meta_")
                }
                s => ENUM_SECTIONS
                    .iter()
                    .any(|(sec, keys)| *sec == s && keys.contains(&name)),
            };
            if !ok {
                p.add(
                    &rel,
                    k,
                    "unknown key: use [ui] with a snake_case name, or a known section (island, theme, dimension, strength, form, level, level_lead, kind, list)",
                );
            }
        }
    }

    // ---- indicators
    let mut indicators = Vec::new();
    if let Some(t) = read_table(root, "data/indicators.toml", &mut files, &mut p) {
        let file = "data/indicators.toml";
        // The four lists: each names its source and confidence.
        match t.get("list") {
            Some(Value::Table(lists)) => {
                for l in LISTS {
                    match lists.get(l) {
                        Some(Value::Table(e)) => {
                            let ctx = format!("list.{l}");
                            if get_str(e, file, &ctx, "source", &mut p)
                                .is_some_and(|s| s.trim().is_empty())
                            {
                                p.add(file, format!("{ctx}.source"), "is empty");
                            }
                            if let Some(c) = get_str(e, file, &ctx, "confidence", &mut p) {
                                one_of(c, &CONFIDENCES, file, format!("{ctx}.confidence"), &mut p);
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
        // ILO/EC source indicators: id -> (dimension, strength per list).
        let mut ilo: BTreeMap<String, (usize, [Option<usize>; 4])> = BTreeMap::new();
        for (n, e) in array_of_tables(&t, file, "ilo", &mut p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("ilo[{n}]");
            let Some(id) = get_str(e, file, &ctx, "id", &mut p) else {
                continue;
            };
            let ctx = format!("ilo `{id}`");
            for k in e.keys() {
                if !ILO_KEYS.contains(&k.as_str()) {
                    p.add(
                        file,
                        format!("{ctx}.{k}"),
                        format!("unknown key (known: {})", ILO_KEYS.join(", ")),
                    );
                }
            }
            if get_str(e, file, &ctx, "name", &mut p).is_some_and(|s| s.trim().is_empty()) {
                p.add(file, format!("{ctx}.name"), "is empty");
            }
            let dimension = get_str(e, file, &ctx, "dimension", &mut p)
                .and_then(|v| one_of(v, &DIMENSIONS, file, format!("{ctx}.dimension"), &mut p));
            let mut strengths = [None; 4];
            for (li, l) in LISTS.iter().enumerate() {
                if e.contains_key(*l) {
                    strengths[li] = get_str(e, file, &ctx, l, &mut p)
                        .and_then(|v| one_of(v, &STRENGTHS, file, format!("{ctx}.{l}"), &mut p));
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
        let mut seen = BTreeSet::new();
        for (n, e) in array_of_tables(&t, file, "indicator", &mut p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("indicator[{n}]");
            let Some(id) = get_str(e, file, &ctx, "id", &mut p) else {
                continue;
            };
            let ctx = format!("indicator `{id}`");
            if !is_id(id) {
                p.add(file, &ctx, "id must be snake_case (a-z, 0-9, _)");
            }
            if !seen.insert(id.to_string()) {
                p.add(file, &ctx, "duplicate id");
            }
            for k in e.keys() {
                if !INDICATOR_KEYS.contains(&k.as_str()) {
                    p.add(
                        file,
                        format!("{ctx}.{k}"),
                        format!("unknown key (known: {})", INDICATOR_KEYS.join(", ")),
                    );
                }
            }
            for k in ["dimension", "strength"] {
                if e.contains_key(k) {
                    p.add(
                        file,
                        format!("{ctx}.{k}"),
                        "comes from the ILO/EC row (`ilo`) or from `local`; remove it here",
                    );
                }
            }
            let screening = get_bool(e, file, &ctx, "screening", false, &mut p);
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
                    let d = get_str(l, file, &lctx, "dimension", &mut p)
                        .and_then(|v| one_of(v, &DIMENSIONS, file, format!("{lctx}.dimension"), &mut p));
                    let s = get_str(l, file, &lctx, "strength", &mut p)
                        .and_then(|v| one_of(v, &STRENGTHS, file, format!("{lctx}.strength"), &mut p));
                    if get_str(l, file, &lctx, "source", &mut p).is_some_and(|s| s.trim().is_empty()) {
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
                if let Some(c) = get_str(e, file, &ctx, "confidence", &mut p) {
                    one_of(c, &CONFIDENCES, file, format!("{ctx}.confidence"), &mut p);
                }
            }
            let theme = get_str(e, file, &ctx, "theme", &mut p)
                .and_then(|v| one_of(v, &THEMES, file, format!("{ctx}.theme"), &mut p));
            let forms: Vec<usize> = str_list(e, file, &ctx, "forms", &mut p)
                .iter()
                .filter_map(|f| one_of(f, &FORMS, file, format!("{ctx}.forms"), &mut p))
                .collect();
            if forms.is_empty() {
                p.add(file, format!("{ctx}.forms"), "needs at least one form");
            }
            let paths = str_list(e, file, &ctx, "paths", &mut p);
            for path in &paths {
                one_of(path, &PATHS, file, format!("{ctx}.paths"), &mut p);
            }
            if paths.is_empty() {
                p.add(file, format!("{ctx}.paths"), "needs self, other or both");
            }
            let danger_now = get_bool(e, file, &ctx, "danger_now", false, &mut p);
            let minor = get_bool(e, file, &ctx, "minor", false, &mut p);
            let age_unknown = get_bool(e, file, &ctx, "age_unknown", false, &mut p);
            let child_exploitation = get_bool(e, file, &ctx, "child_exploitation", false, &mut p);
            let opens = str_list(e, file, &ctx, "opens", &mut p);
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
    }
    let ind_index = |id: &str| indicators.iter().position(|i| i.id == id);
    // Every indicator has its texts.
    {
        let rel = format!("i18n/{REFERENCE_LOCALE}/indicators.toml");
        let texts = &locales[en]["indicators.toml"];
        for ind in &indicators {
            for k in ["question", "signal", "why"] {
                let key = format!("{}.{k}", ind.id);
                if !texts.contains_key(&key) {
                    p.add(&rel, key, "is missing");
                }
            }
        }
        for k in texts.keys() {
            let id = k.split('.').next().unwrap_or("");
            if ind_index(id).is_none() {
                p.add(
                    &rel,
                    k,
                    "names an indicator that is not in data/indicators.toml",
                );
            }
        }
    }

    // ---- sets
    let mut self_check = Vec::new();
    if let Some(t) = read_table(root, "data/sets.toml", &mut files, &mut p) {
        let file = "data/sets.toml";
        let ids = str_list(&t, file, "", "self_check", &mut p);
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id.clone()) {
                p.add(
                    file,
                    "self_check",
                    format!("`{id}` is listed twice (nothing is asked twice)"),
                );
            }
            match ind_index(&id) {
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
                format!("has {roots} questions that everyone sees; keep 3 to 10 (the rest are follow-ups)"),
            );
        }
        if !self_check.iter().any(|&i| indicators[i].minor) {
            p.add(
                file,
                "self_check",
                "needs the age question (minor = true): age selects the lists",
            );
        }
    }

    // ---- islands
    let mut islands = Vec::new();
    if let Some(t) = read_table(root, "data/islands.toml", &mut files, &mut p) {
        let file = "data/islands.toml";
        for (n, e) in array_of_tables(&t, file, "island", &mut p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("island[{n}]");
            let Some(id) = get_str(e, file, &ctx, "id", &mut p)
                .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.id"), &mut p))
            else {
                continue;
            };
            let ctx = format!("island `{}`", ISLANDS[id]);
            let emergency = get_str(e, file, &ctx, "emergency", &mut p).unwrap_or("");
            if !valid_phone(emergency) {
                p.add(
                    file,
                    format!("{ctx}.emergency"),
                    "needs an emergency number (digits, e.g. 911)",
                );
            }
            let default_locale = get_str(e, file, &ctx, "default_locale", &mut p)
                .and_then(|v| one_of(v, &LOCALES, file, format!("{ctx}.default_locale"), &mut p))
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
    }

    // ---- points
    let mut points = Vec::new();
    if let Some(t) = read_table(root, "data/points.toml", &mut files, &mut p) {
        let file = "data/points.toml";
        let mut seen = BTreeSet::new();
        let point_texts = &locales[en]["points.toml"];
        for (n, e) in array_of_tables(&t, file, "point", &mut p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("point[{n}]");
            let Some(id) = get_str(e, file, &ctx, "id", &mut p) else {
                continue;
            };
            let ctx = format!("point `{id}`");
            if !is_id(id) {
                p.add(file, &ctx, "id must be snake_case");
            }
            if !seen.insert(id.to_string()) {
                p.add(file, &ctx, "duplicate id");
            }
            let island = get_str(e, file, &ctx, "island", &mut p)
                .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.island"), &mut p));
            let kind = get_str(e, file, &ctx, "kind", &mut p)
                .and_then(|v| one_of(v, &KINDS, file, format!("{ctx}.kind"), &mut p));
            let text = get_str(e, file, &ctx, "text", &mut p)
                .unwrap_or("")
                .to_string();
            for k in ["name", "what_happens"] {
                if !point_texts.contains_key(&format!("{text}.{k}")) {
                    p.add(
                        &format!("i18n/{REFERENCE_LOCALE}/points.toml"),
                        format!("{text}.{k}"),
                        format!("is missing (used by {ctx} in {file})"),
                    );
                }
            }
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
                        let number = get_str(pt, file, &pctx, "number", &mut p).unwrap_or("");
                        if !valid_phone(number) {
                            p.add(
                                file,
                                format!("{pctx}.number"),
                                format!("`{number}` is neither E.164 (+ and 7–15 digits) nor a local code of 3–8 digits"),
                            );
                        }
                        let display = get_str(pt, file, &pctx, "display", &mut p).unwrap_or("");
                        let digits: String =
                            display.chars().filter(|c| c.is_ascii_digit()).collect();
                        let nd: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
                        if digits != nd {
                            p.add(
                                file,
                                format!("{pctx}.display"),
                                format!("`{display}` does not show the same digits as number `{number}`"),
                            );
                        }
                        phones.push(PhoneData {
                            number: number.to_string(),
                            display: display.to_string(),
                            label: opt_str(pt, file, &pctx, "label", &mut p).to_string(),
                        });
                    }
                }
                Some(_) => p.add(file, format!("{ctx}.phones"), "must be a list of tables"),
            }
            let whatsapp = opt_str(e, file, &ctx, "whatsapp", &mut p).to_string();
            if !whatsapp.is_empty() && !valid_e164(&whatsapp) {
                p.add(
                    file,
                    format!("{ctx}.whatsapp"),
                    format!("`{whatsapp}` is not E.164 (+ and digits)"),
                );
            }
            let website = opt_str(e, file, &ctx, "website", &mut p).to_string();
            if !website.is_empty() && !valid_https(&website) {
                p.add(
                    file,
                    format!("{ctx}.website"),
                    format!("`{website}` is not an https:// URL"),
                );
            }
            if phones.is_empty() && whatsapp.is_empty() && website.is_empty() {
                let addr = opt_str(e, file, &ctx, "address", &mut p);
                // Only victim support and coordination points may be listed by name alone
                // (for some of them the research found no channel that could be checked).
                let name_only_ok =
                    kind.is_some_and(|k| matches!(KINDS[k], "victim_support" | "coordination"));
                if addr.is_empty() && !name_only_ok {
                    p.add(file, &ctx, "has no phone, WhatsApp, website or address");
                }
            }
            let source = get_str(e, file, &ctx, "source", &mut p)
                .unwrap_or("")
                .to_string();
            if !valid_https(&source) && !source.starts_with("http://") {
                p.add(
                    file,
                    format!("{ctx}.source"),
                    "needs the URL of the source the facts come from",
                );
            }
            let source_date = opt_str(e, file, &ctx, "source_date", &mut p).to_string();
            if !source_date.is_empty() && !valid_partial_date(&source_date) {
                p.add(
                    file,
                    format!("{ctx}.source_date"),
                    format!("`{source_date}` is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
                );
            }
            let verified = get_str(e, file, &ctx, "verified", &mut p)
                .unwrap_or("")
                .to_string();
            if !valid_date(&verified) {
                p.add(
                    file,
                    format!("{ctx}.verified"),
                    format!("`{verified}` is not an ISO date (YYYY-MM-DD)"),
                );
            }
            let confidence = get_str(e, file, &ctx, "confidence", &mut p)
                .and_then(|v| one_of(v, &CONFIDENCES, file, format!("{ctx}.confidence"), &mut p));
            let forms: Vec<usize> = str_list(e, file, &ctx, "forms", &mut p)
                .iter()
                .filter_map(|f| one_of(f, &FORMS, file, format!("{ctx}.forms"), &mut p))
                .collect();
            if let (Some(island), Some(kind), Some(confidence)) = (island, kind, confidence) {
                points.push(PointData {
                    id: id.to_string(),
                    island,
                    kind,
                    text,
                    phones,
                    whatsapp,
                    website,
                    address: opt_str(e, file, &ctx, "address", &mut p).to_string(),
                    anonymous: get_bool(e, file, &ctx, "anonymous", false, &mut p),
                    forms,
                    source,
                    source_date,
                    verified,
                    confidence,
                });
            }
        }
        // Coverage rules per island.
        let kind = |k: &str| KINDS.iter().position(|x| *x == k).unwrap();
        for (i, name) in ISLANDS.iter().enumerate() {
            let has = |k: &str| points.iter().any(|pt| pt.island == i && pt.kind == kind(k));
            let has_phone = |k: &str| {
                points
                    .iter()
                    .any(|pt| pt.island == i && pt.kind == kind(k) && !pt.phones.is_empty())
            };
            let mut need = vec!["emergency", "police"];
            if *name != "elsewhere" {
                need.push("victim_support");
            }
            for k in need {
                if !has(k) {
                    p.add(file, *name, format!("island has no `{k}` point"));
                }
            }
            if BES.contains(name) {
                for k in ["police", "tipline", "victim_support", "labour"] {
                    if !has_phone(k) {
                        p.add(file, *name, format!("Caribbean Netherlands island needs a `{k}` point with its phone number"));
                    }
                }
            }
            if let Some(isl) = islands.iter().find(|x| x.id == i) {
                let ok = points.iter().any(|pt| {
                    pt.island == i
                        && pt.kind == kind("emergency")
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
    {
        let rel = format!("i18n/{REFERENCE_LOCALE}/points.toml");
        let used: BTreeSet<&str> = points.iter().map(|pt| pt.text.as_str()).collect();
        for k in locales[en]["points.toml"].keys() {
            let (t, field) = k.split_once('.').unwrap_or((k, ""));
            if !used.contains(t) {
                p.add(&rel, k, "is not used by any point in data/points.toml");
            }
            if !["name", "what_happens", "hours"].contains(&field) {
                p.add(&rel, k, "unknown field: use name, what_happens or hours");
            }
        }
    }

    // ---- scenarios
    let mut scenarios = Vec::new();
    if let Some(t) = read_table(root, "data/scenarios.toml", &mut files, &mut p) {
        let file = "data/scenarios.toml";
        let texts = &locales[en]["scenarios.toml"];
        let rel = format!("i18n/{REFERENCE_LOCALE}/scenarios.toml");
        let mut seen = BTreeSet::new();
        for (n, e) in array_of_tables(&t, file, "scenario", &mut p)
            .into_iter()
            .enumerate()
        {
            let ctx = format!("scenario[{n}]");
            let Some(id) = get_str(e, file, &ctx, "id", &mut p) else {
                continue;
            };
            let ctx = format!("scenario `{id}`");
            if !is_id(id) {
                p.add(file, &ctx, "id must be snake_case");
            }
            if !seen.insert(id.to_string()) {
                p.add(file, &ctx, "duplicate id");
            }
            for k in e.keys() {
                if !SCENARIO_KEYS.contains(&k.as_str()) {
                    p.add(
                        file,
                        format!("{ctx}.{k}"),
                        format!("unknown key (known: {})", SCENARIO_KEYS.join(", ")),
                    );
                }
            }
            let island = get_str(e, file, &ctx, "island", &mut p)
                .and_then(|v| one_of(v, &ISLANDS, file, format!("{ctx}.island"), &mut p));
            let form = get_str(e, file, &ctx, "form", &mut p)
                .and_then(|v| one_of(v, &FORMS[..4], file, format!("{ctx}.form"), &mut p));
            let child = get_str(e, file, &ctx, "age", &mut p)
                .and_then(|v| one_of(v, &["adult", "child"], file, format!("{ctx}.age"), &mut p))
                == Some(1);
            let level = get_str(e, file, &ctx, "level", &mut p)
                .and_then(|v| one_of(v, &LEVELS, file, format!("{ctx}.level"), &mut p));
            let sector = opt_str(e, file, &ctx, "sector", &mut p).to_string();
            let mut signals = Vec::new();
            for s in str_list(e, file, &ctx, "signals", &mut p) {
                match ind_index(&s) {
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
            let distractors = str_list(e, file, &ctx, "distractors", &mut p);
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
                let got = scenario_level(&indicators, &signals, child);
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
            let id = k.split('.').next().unwrap_or("");
            if !scenarios.iter().any(|s| s.id == id) && !seen.contains(id) {
                p.add(
                    &rel,
                    k,
                    "names a scenario that is not in data/scenarios.toml",
                );
            }
        }
    }

    if p.0.is_empty() {
        Ok(Content {
            indicators,
            self_check,
            islands,
            points,
            scenarios,
            locales,
            files,
        })
    } else {
        Err(p.0)
    }
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

fn variant(name: &str) -> String {
    name.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
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
        .filter(|k| k.starts_with("ui."))
        .collect();

    o.push_str("// @generated by build.rs from data/ and i18n/. Do not edit.\n");
    o.push_str("/// Interface texts of one locale (from `i18n/<locale>/ui.toml`).\n#[derive(Debug)]\n#[allow(non_snake_case)]\npub struct Texts {\n");
    o.push_str("    pub meta_name: &'static str,\n    pub meta_review: &'static str,\n");
    for k in &ui_keys {
        let _ = writeln!(o, "    pub {}: &'static str,", &k[3..]);
    }
    for (section, keys) in ENUM_SECTIONS {
        let _ = writeln!(o, "    pub {section}: [&'static str; {}],", keys.len());
    }
    o.push_str("}\n\npub static TEXTS: [Texts; 5] = [\n");
    for loc in &c.locales {
        let ui = &loc["ui.toml"];
        let _ = writeln!(
            o,
            "Texts {{ meta_name: {}, meta_review: {},",
            lit(&ui["meta.name"]),
            lit(&ui["meta.review"])
        );
        for k in &ui_keys {
            let _ = writeln!(o, "  {}: {},", &k[3..], lit(&ui[*k]));
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
                    variant(DIMENSIONS[*d]),
                    variant(STRENGTHS[*s]),
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
            variant(THEMES[ind.theme]),
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

    o.push_str("pub static ISLANDS: [Island; 7] = [\n");
    for isl in &c.islands {
        let _ = writeln!(
            o,
            "Island {{ id: IslandId::{}, emergency: {}, default_locale: Locale::{} }},",
            island_variant(isl.id),
            lit(&isl.emergency),
            variant(&LOCALES[isl.default_locale].to_ascii_lowercase())
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
            "Point {{ id: {}, island: IslandId::{}, kind: PointKind::{}, phones: &[{}], whatsapp: {}, website: {}, address: {}, anonymous: {}, forms: {}, source: {}, source_date: {}, verified: {}, confidence: Confidence::{}, text: [",
            lit(&pt.id),
            island_variant(pt.island),
            variant(match KINDS[pt.kind] { "tipline" => "tip_line", k => k }),
            phones.join(", "),
            lit(&pt.whatsapp),
            lit(&pt.website),
            lit(&pt.address),
            pt.anonymous,
            forms_expr(&pt.forms),
            lit(&pt.source),
            lit(&pt.source_date),
            lit(&pt.verified),
            variant(CONFIDENCES[pt.confidence])
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
            island_variant(s.island),
            variant(FORMS[s.form]),
            s.child,
            variant(LISTS[usize::from(s.child) * 2 + usize::from(FORMS[s.form] == "sexual")]),
            variant(LEVELS[s.level]),
            s.signals,
            ds.join(", "),
            texts.join(", ")
        );
    }
    o.push_str("];\n");
    o
}

fn island_variant(i: usize) -> &'static str {
    [
        "Aruba",
        "Bonaire",
        "Curacao",
        "Saba",
        "SintEustatius",
        "SintMaarten",
        "Elsewhere",
    ][i]
}
