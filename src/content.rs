//! The content tables, generated at build time by `build.rs` from `data/` and `i18n/`
//! (validated there; see CONTENT.md). Nothing is fetched or parsed at run time.

use crate::domain::assessment::Level;
use crate::domain::locale::Locale;
use crate::domain::model::*;
use crate::domain::plural::Plural;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The interface texts for a locale.
pub fn texts(locale: Locale) -> &'static Texts {
    &TEXTS[locale.index()]
}

pub fn island(id: IslandId) -> &'static Island {
    &ISLANDS[id.index()]
}

/// Replaces `{name}` placeholders in a template.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

/// The oldest `verified` date among the points of an island (shown on print-outs).
pub fn verified_date(island: IslandId) -> &'static str {
    POINTS
        .iter()
        .filter(|p| p.island == island)
        .map(|p| p.verified)
        .min()
        .unwrap_or("")
}

/// The date the contact details were last checked against their published sources, for the footer:
/// the oldest `verified` date of the chosen island's points (or of all points before an island is
/// chosen), so the footer never claims a newer check than the oldest entry on screen.
pub fn contacts_checked(island: Option<IslandId>) -> &'static str {
    match island {
        Some(i) => verified_date(i),
        None => POINTS.iter().map(|p| p.verified).min().unwrap_or(""),
    }
}

/// A counted text for the count `n` in the locale's CLDR plural category, with `{n}` and `args`
/// filled in. Every text that shows a count goes through here.
pub fn count_text(locale: Locale, text: &Plural, n: u64, args: &[(&str, &str)]) -> String {
    let n_str = n.to_string();
    let mut all: Vec<(&str, &str)> = vec![("n", &n_str)];
    all.extend_from_slice(args);
    fill(text.pick(locale, n), &all)
}

/// The quick-exit hint after a Shift press: `left` presses still to go.
pub fn shift_more(locale: Locale, left: u64) -> String {
    count_text(locale, &texts(locale).exit_shift_more, left, &[])
}

/// Training score: "2 of 3 signs found, 1 statement marked by mistake" (each part in its plural form).
pub fn training_score(locale: Locale, found: u64, total: u64, wrong: u64) -> String {
    let t = texts(locale);
    let (f, tot) = (found.to_string(), total.to_string());
    format!(
        "{}, {}",
        count_text(
            locale,
            &t.training_score_found,
            total,
            &[("found", &f), ("total", &tot)]
        ),
        count_text(locale, &t.training_score_wrong, wrong, &[])
    )
}

/// Footer line: how many of the locale's texts a native speaker has reviewed
/// (`i18n/<locale>/review.toml`, counted at build time), in the plural form of the total.
pub fn reviewed_line(locale: Locale) -> String {
    let (n, total) = REVIEWED[locale.index()];
    count_text(
        locale,
        &texts(locale).footer_reviewed,
        u64::from(total),
        &[("reviewed", &n.to_string()), ("total", &total.to_string())],
    )
}

/// The tables a session works with (`domain::session`), as the generated content gives them.
pub static TABLES: crate::domain::session::Tables<'static> = crate::domain::session::Tables {
    indicators: &INDICATORS,
    self_check: &SELF_CHECK,
    scenarios: &SCENARIOS,
};
