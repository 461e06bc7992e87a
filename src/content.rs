//! The content tables, generated at build time by `build.rs` from `data/` and `i18n/`
//! (validated there; see CONTENT.md). Nothing is fetched or parsed at run time.

use crate::domain::assessment::Level;
use crate::domain::locale::Locale;
use crate::domain::model::*;

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
