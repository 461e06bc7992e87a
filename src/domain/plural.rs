//! Plural categories (Unicode CLDR plural rules) and counted texts.
//!
//! Every text that shows a count goes through [`Plural::pick`], so a number never meets the wrong
//! word form ("press 1 more times"). The rules are the CLDR cardinal rules for whole numbers
//! (Unicode CLDR `supplemental/plurals.xml`, https://cldr.unicode.org/index/cldr-spec/plural-rules):
//!
//! | locale | CLDR rule (integers) |
//! |---|---|
//! | `nl`, `en` | one: `i = 1 and v = 0`; other |
//! | `es` | one: `n = 1`; many: `e = 0 and i != 0 and i % 1000000 = 0 and v = 0`; other |
//! | `pap` (both spellings) | one: `n = 1`; other |
//!
//! The app counts whole numbers only (`v = 0`, no compact exponent), so `i = n`. Spanish `many`
//! (a whole million: "1 millón de …") never occurs in this app's counts; it falls back to `other`,
//! as CLDR prescribes when a message has no `many` form. A small table instead of a CLDR crate:
//! see `README.md` (section on sizes) for the measurement.

use super::locale::Locale;

/// The CLDR plural categories this app's locales use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    One,
    Many,
    Other,
}

/// The CLDR rule of one locale, for whole numbers.
#[derive(Clone, Copy)]
enum Rule {
    /// one: n = 1; other.
    OneOther,
    /// one: n = 1; many: n != 0 and n % 1000000 = 0; other.
    OneManyOther,
}

/// Locale → rule, in `Locale::ALL` order.
const RULES: [(Locale, Rule); Locale::COUNT] = [
    (Locale::Nl, Rule::OneOther),
    (Locale::PapAw, Rule::OneOther),
    (Locale::PapCw, Rule::OneOther),
    (Locale::En, Rule::OneOther),
    (Locale::Es, Rule::OneManyOther),
];

/// The plural category of the whole number `n` in `locale`.
pub fn category(locale: Locale, n: u64) -> Category {
    let rule = RULES[locale.index()].1;
    match rule {
        _ if n == 1 => Category::One,
        Rule::OneManyOther if n != 0 && n % 1_000_000 == 0 => Category::Many,
        _ => Category::Other,
    }
}

/// A counted text: one form per CLDR category (`one`, `other`), each with the `{n}`-style
/// placeholders of the text. Built from `i18n/<locale>/ui.toml` entries written as
/// `key = { one = "…", other = "…" }`.
/// `repr(C)`: two `&str` in this order, as in a locale pack (`content::parse_pack`).
#[derive(Debug, PartialEq)]
#[repr(C)]
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// The form for the count `n` (categories without their own form use `other`).
    pub fn pick(&self, locale: Locale, n: u64) -> &'static str {
        match category(locale, n) {
            Category::One => self.one,
            Category::Many | Category::Other => self.other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_follow_cldr() {
        use Category::*;
        let table: &[(Locale, u64, Category)] = &[
            (Locale::En, 0, Other),
            (Locale::En, 1, One),
            (Locale::En, 2, Other),
            (Locale::En, 11, Other),
            (Locale::En, 21, Other),
            (Locale::Nl, 1, One),
            (Locale::Nl, 2, Other),
            (Locale::Nl, 1_000_000, Other),
            (Locale::PapAw, 1, One),
            (Locale::PapAw, 2, Other),
            (Locale::PapCw, 0, Other),
            (Locale::PapCw, 1, One),
            (Locale::PapCw, 2, Other),
            (Locale::Es, 0, Other),
            (Locale::Es, 1, One),
            (Locale::Es, 2, Other),
            (Locale::Es, 1_000_000, Many),
            (Locale::Es, 2_000_000, Many),
            (Locale::Es, 1_000_001, Other),
        ];
        for (locale, n, want) in table {
            assert_eq!(category(*locale, *n), *want, "{locale:?} {n}");
        }
    }

    #[test]
    fn rules_table_is_in_locale_order() {
        for (i, (l, _)) in RULES.iter().enumerate() {
            assert_eq!(l.index(), i);
        }
    }

    #[test]
    fn pick_uses_other_for_many() {
        let p = Plural {
            one: "1 vez",
            other: "{n} veces",
        };
        assert_eq!(p.pick(Locale::Es, 1), "1 vez");
        assert_eq!(p.pick(Locale::Es, 2), "{n} veces");
        assert_eq!(p.pick(Locale::Es, 1_000_000), "{n} veces");
    }
}
