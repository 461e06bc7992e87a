//! The content tables, generated at build time by `build.rs` from `data/` and `i18n/`
//! (validated there; see CONTENT.md). The locale texts come in one pack per locale
//! (`build/packs.rs`): the .wasm fetches the ones it shows (`ui::packs`) and registers them here;
//! native builds (tests, `signaal-gen`) have every pack compiled in.

use std::sync::OnceLock;

use crate::domain::assessment::Level;
use crate::domain::locale::Locale;
use crate::domain::model::*;
use crate::domain::plural::Plural;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The texts of one locale, parsed from its pack.
#[derive(Debug)]
pub struct Pack {
    pub texts: Texts,
    /// In `INDICATORS` order.
    pub indicators: Vec<IndicatorText>,
    /// In `POINTS` order.
    pub points: Vec<PointText>,
    /// In `SCENARIOS` order.
    pub scenarios: Vec<ScenarioText>,
    /// Every scenario's distractors, in table order (`Distractor::index`).
    pub distractors: Vec<&'static str>,
}

/// Reads a pack (the file `file`, for error messages) of `locale`. Refuses a pack of another
/// locale, of another build (its slot layout differs) or with the wrong number of texts.
pub fn parse_pack(locale: Locale, file: &str, text: &'static str) -> Result<Pack, String> {
    let tag = locale.tag();
    let mut parts = text.split('\0');
    let header = parts.next().unwrap_or_default();
    let mut h = header.split(' ');
    let (magic, pack_tag, layout, count) = (h.next(), h.next(), h.next(), h.next());
    if magic != Some(PACK_MAGIC) {
        return Err(format!(
            "{file}: not a locale pack (it should start with `{PACK_MAGIC}`)"
        ));
    }
    if pack_tag != Some(tag) {
        let other = pack_tag.unwrap_or_default();
        let known = if Locale::parse(other).is_some_and(|l| l.tag() == other) {
            "a known locale"
        } else {
            "an unknown locale tag"
        };
        return Err(format!(
            "{file}: is the pack of `{other}` ({known}), not of `{tag}`"
        ));
    }
    if layout != Some(PACK_LAYOUT) {
        return Err(format!(
            "{file}: pack of `{tag}` from another build (layout {}, this app reads {PACK_LAYOUT})",
            layout.unwrap_or_default()
        ));
    }
    let slots: Vec<&'static str> = parts.collect();
    if count != Some(PACK_SLOTS.to_string().as_str()) || slots.len() != PACK_SLOTS {
        return Err(format!(
            "{file}: pack of `{tag}` has {} texts (header: {}), the app expects {PACK_SLOTS}",
            slots.len(),
            count.unwrap_or_default()
        ));
    }
    // SAFETY: `Texts` is `repr(C)` and made only of `&'static str` (directly, in `Plural`, which
    // is `repr(C)` too, and in arrays), so it has the layout of `[&'static str; TEXTS_SLOTS]`
    // (checked at compile time next to its definition); `slots` holds at least that many.
    let texts: Texts = unsafe { std::ptr::read(slots.as_ptr().cast::<Texts>()) };
    let mut rest = slots[TEXTS_SLOTS..].iter().copied();
    let mut next = move || rest.next().unwrap_or_default();
    let indicators = INDICATORS
        .iter()
        .map(|_| IndicatorText {
            question: next(),
            signal: next(),
            why: next(),
            why_other: next(),
        })
        .collect();
    let points = POINTS
        .iter()
        .map(|_| PointText {
            name: next(),
            what_happens: next(),
            hours: next(),
        })
        .collect();
    let mut distractors = Vec::new();
    let scenarios = SCENARIOS
        .iter()
        .map(|s| {
            let t = ScenarioText {
                title: next(),
                story: next(),
            };
            distractors.extend(s.distractors.iter().map(|_| next()));
            t
        })
        .collect();
    Ok(Pack {
        texts,
        indicators,
        points,
        scenarios,
        distractors,
    })
}

/// The registered pack of each locale.
static PACKS: [OnceLock<&'static Pack>; Locale::COUNT] = [const { OnceLock::new() }; Locale::COUNT];

/// Parses and keeps a locale's pack (its text stays in memory for the page's life).
pub fn register_pack(locale: Locale, text: String) -> Result<(), String> {
    if has_pack(locale) {
        return Ok(());
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let pack = parse_pack(locale, PACK_FILES[locale.index()], text)?;
    let _ = PACKS[locale.index()].set(Box::leak(Box::new(pack)));
    Ok(())
}

/// Whether the texts of `locale` are here (always, in native builds).
pub fn has_pack(locale: Locale) -> bool {
    cfg!(not(target_arch = "wasm32")) || PACKS[locale.index()].get().is_some()
}

/// The texts of a locale. Native builds parse the compiled-in pack on first use. In the .wasm,
/// a locale whose pack has not arrived gets a loaded one, with a console warning (the app
/// switches language only once the pack is registered, so this is a fault, not a blank page).
pub fn pack(locale: Locale) -> &'static Pack {
    let cell = &PACKS[locale.index()];
    if let Some(p) = cell.get() {
        return p;
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        cell.get_or_init(|| {
            let i = locale.index();
            match parse_pack(locale, PACK_FILES[i], PACK_TEXTS[i]) {
                Ok(p) => Box::leak(Box::new(p)),
                Err(e) => panic!("{e}"),
            }
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        let loaded = PACKS.iter().find_map(|c| c.get().copied());
        gloo::console::warn!(format!(
            "Signaal: the texts of {} are not loaded; showing another language",
            locale.tag()
        ));
        loaded.expect("Signaal: no locale pack loaded")
    }
}

/// The interface texts for a locale.
pub fn texts(locale: Locale) -> &'static Texts {
    &pack(locale).texts
}

impl Indicator {
    /// The indicator's texts in a locale.
    pub fn text(&self, locale: Locale) -> &'static IndicatorText {
        &pack(locale).indicators[self.index]
    }
}

impl Point {
    /// The point's texts in a locale.
    pub fn text(&self, locale: Locale) -> &'static PointText {
        &pack(locale).points[self.index]
    }
}

impl Scenario {
    /// The scenario's title and story in a locale.
    pub fn text(&self, locale: Locale) -> &'static ScenarioText {
        &pack(locale).scenarios[self.index]
    }
}

impl Distractor {
    /// The statement in a locale.
    pub fn text(&self, locale: Locale) -> &'static str {
        pack(locale).distractors[self.index]
    }
}

pub fn island(id: IslandId) -> &'static Island {
    &ISLANDS[id.index()]
}

/// Replaces `{name}` placeholders in a template (each argument in turn, every occurrence; an
/// inserted value is not searched again).
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        let marker = format!("{{{k}}}");
        let mut from = 0;
        while let Some(i) = find(&out[from..], &marker) {
            let at = from + i;
            out.replace_range(at..at + marker.len(), v);
            from = at + v.len();
        }
    }
    out
}

/// The byte offset of the first `needle` in `haystack`. Written out for the few short texts it
/// searches: `str::find`/`split`/`replace` with a string pattern link core's two-way
/// `StrSearcher` (about 1.4 KB of code before wasm-opt) for them.
pub fn find(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..].starts_with(n))
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

#[cfg(test)]
mod find_tests {
    use super::{fill, find};

    #[test]
    fn find_and_fill_table() {
        for (h, n, want) in [
            ("a {x} b", "{x}", Some(2)),
            ("{x}", "{x}", Some(0)),
            ("a {x", "{x}", None),
            ("", "{x}", None),
            ("abc", "", Some(0)),
            ("é{x}", "{x}", Some(2)),
            ("https://a.b/c", "://", Some(5)),
        ] {
            assert_eq!(find(h, n), want, "{h:?} {n:?}");
        }
        for (t, args, want) in [
            ("Call {number}", &[("number", "911")][..], "Call 911"),
            ("{a} and {a}", &[("a", "x")][..], "x and x"),
            ("{a}{b}", &[("a", "{b}"), ("b", "y")][..], "yy"),
            ("{a}", &[("a", "{a}")][..], "{a}"),
            ("no marker", &[("a", "x")][..], "no marker"),
            (
                "{d}, {c}",
                &[("d", "2026"), ("c", "high")][..],
                "2026, high",
            ),
        ] {
            assert_eq!(fill(t, args), want, "{t:?}");
        }
    }
}
