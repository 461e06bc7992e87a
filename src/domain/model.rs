//! The content model: plain data types for indicators, islands, reporting points and scenarios.
//! The tables themselves are generated at build time from `data/` and `i18n/` (see `crate::content`).

use super::locale::Locale;
pub use signaal_vocab::{Confidence, Dimension, Form, Forms, IslandId, PointKind, Strength, Theme};

/// Per-locale texts of one indicator.
#[derive(Debug, PartialEq)]
pub struct IndicatorText {
    /// Second person, for the self-check.
    pub question: &'static str,
    /// Third person, for professionals and bystanders.
    pub signal: &'static str,
    /// One or two sentences: why it matters.
    pub why: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Indicator {
    pub id: &'static str,
    pub dimension: Dimension,
    pub strength: Strength,
    pub forms: Forms,
    pub for_self: bool,
    pub for_other: bool,
    pub theme: Theme,
    pub danger_now: bool,
    pub minor: bool,
    pub text: [IndicatorText; Locale::COUNT],
}

impl Indicator {
    pub fn text(&self, locale: Locale) -> &IndicatorText {
        &self.text[locale.index()]
    }
}

#[derive(Debug, PartialEq)]
pub struct Island {
    pub id: IslandId,
    /// The number to call in acute danger (`911`, `112`).
    pub emergency: &'static str,
    /// The locale to suggest when nothing else is known.
    pub default_locale: Locale,
}

#[derive(Debug, PartialEq)]
pub struct Phone {
    /// What the `tel:` link dials: E.164 (`+5997176181`), or a short code / national service number
    /// with no international form (`911`, `9310`, `08020802`). The build refuses a local subscriber
    /// number, so a foreign SIM can dial every number that has an international form.
    pub number: &'static str,
    /// How to show it (`+599 717 6181`).
    pub display: &'static str,
    /// Optional label, e.g. a district name.
    pub label: &'static str,
}

impl Phone {
    /// A number that only works on the local phone network (it has no international form).
    pub fn local_only(&self) -> bool {
        !self.number.starts_with('+')
    }
}

#[derive(Debug, PartialEq)]
pub struct PointText {
    pub name: &'static str,
    pub what_happens: &'static str,
    /// Empty when not known.
    pub hours: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Point {
    pub id: &'static str,
    pub island: IslandId,
    pub kind: PointKind,
    pub phones: &'static [Phone],
    /// E.164 number for `https://wa.me/`; empty when none.
    pub whatsapp: &'static str,
    /// E-mail address; empty when none.
    pub email: &'static str,
    /// Facebook Messenger page name (`https://m.me/<name>`); empty when none.
    pub messenger: &'static str,
    /// Empty when none known.
    pub website: &'static str,
    /// Street address; empty when none.
    pub address: &'static str,
    pub anonymous: bool,
    /// Forms this point is specifically for; empty means all.
    pub forms: Forms,
    pub source: &'static str,
    /// Date of the source page, or "" when the page is undated.
    pub source_date: &'static str,
    /// Date this entry was last checked against its published source (ISO).
    pub verified: &'static str,
    pub confidence: Confidence,
    pub text: [PointText; Locale::COUNT],
}

impl Point {
    pub fn text(&self, locale: Locale) -> &PointText {
        &self.text[locale.index()]
    }
}

#[derive(Debug, PartialEq)]
pub struct ScenarioText {
    pub title: &'static str,
    pub story: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Distractor {
    pub id: &'static str,
    pub text: [&'static str; Locale::COUNT],
}

#[derive(Debug, PartialEq)]
pub struct Scenario {
    pub id: &'static str,
    pub island: IslandId,
    pub form: Form,
    /// Indices into `INDICATORS`.
    pub signals: &'static [usize],
    pub distractors: &'static [Distractor],
    pub text: [ScenarioText; Locale::COUNT],
}
