//! The content model: plain data types for indicators, islands, reporting points and scenarios.
//! The tables themselves are generated at build time from `data/` and `i18n/` (see `crate::content`).

use super::locale::Locale;
pub use signaal_vocab::{
    Confidence, Dimension, Form, Forms, IslandId, Need, PointKind, Strength, Theme,
};

/// The four ILO/EC 2009 lists: age selects adult or child, the form of exploitation selects labour
/// (also domestic servitude and criminal exploitation) or sexual exploitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    AdultLabour,
    AdultSexual,
    ChildLabour,
    ChildSexual,
}

impl List {
    pub const ALL: [List; 4] = [
        List::AdultLabour,
        List::AdultSexual,
        List::ChildLabour,
        List::ChildSexual,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    /// The list's name in test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            List::AdultLabour => "adult_labour",
            List::AdultSexual => "adult_sexual",
            List::ChildLabour => "child_labour",
            List::ChildSexual => "child_sexual",
        }
    }
    pub fn is_child(self) -> bool {
        matches!(self, List::ChildLabour | List::ChildSexual)
    }
    pub fn is_sexual(self) -> bool {
        matches!(self, List::AdultSexual | List::ChildSexual)
    }
}

/// Where an item sits in one list: the dimension and strength of the source indicator it stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weight {
    pub dimension: Dimension,
    pub strength: Strength,
    /// The source indicator (an ILO/EC row id, or the item's own id for a local signal). Items with
    /// the same source count once.
    pub source: &'static str,
}

/// Per-locale texts of one indicator.
#[derive(Debug, PartialEq)]
pub struct IndicatorText {
    /// Second person, for the self-check.
    pub question: &'static str,
    /// Third person, for professionals and bystanders.
    pub signal: &'static str,
    /// One or two sentences, to the person themself: why it matters.
    pub why: &'static str,
    /// The same about "the person", for the checklist and training.
    pub why_other: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Indicator {
    pub id: &'static str,
    /// Weight per list (in `List::ALL` order); `None` where the item is not in that list.
    pub weights: [Option<Weight>; 4],
    pub forms: Forms,
    pub for_self: bool,
    pub for_other: bool,
    pub theme: Theme,
    pub danger_now: bool,
    /// "Younger than 18": selects the child lists.
    pub minor: bool,
    /// "Age not known": scores with the adult and the child lists.
    pub age_unknown: bool,
    /// A screening question: opens follow-ups, is not a signal itself.
    pub screening: bool,
    /// For a child, a "yes" is exploitation in itself (sexual or criminal exploitation).
    pub child_exploitation: bool,
    /// Self-check questions (indices into `INDICATORS`) that a "yes" or "not sure" opens.
    pub opens: &'static [usize],
    /// Position in its generated table: where its texts are in a locale pack (`content::Pack`;
    /// read them with `.text(locale)`, defined in `src/content.rs`).
    pub index: usize,
}

impl Indicator {
    pub fn weight(&self, list: List) -> Option<Weight> {
        self.weights[list.index()]
    }
    /// The weight to show where no list is chosen: the first list the item is in.
    pub fn primary(&self) -> Option<Weight> {
        self.weights.iter().flatten().next().copied()
    }
    /// Whether the item points only to sexual exploitation (selects the sexual lists).
    pub fn only_sexual(&self) -> bool {
        let f = Forms(self.forms.0 & !Form::Child.bit());
        f == Forms::of(&[Form::Sexual])
    }
    /// Whether the item points only to labour, domestic or criminal exploitation (selects the labour lists).
    pub fn only_labour(&self) -> bool {
        let f = self.forms.0 & !Form::Child.bit();
        f != 0 && f & Form::Sexual.bit() == 0
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
    /// Conditions the point states for being helped (e.g. a valid ID).
    pub needs: &'static [Need],
    /// Forms this point is specifically for; empty means all.
    pub forms: Forms,
    pub source: &'static str,
    /// Date of the source page, or "" when the page is undated.
    pub source_date: &'static str,
    /// Date this entry was last checked against its published source (ISO).
    pub verified: &'static str,
    pub confidence: Confidence,
    /// Position in its generated table: where its texts are in a locale pack (`content::Pack`;
    /// read them with `.text(locale)`, defined in `src/content.rs`).
    pub index: usize,
}

impl Point {
    /// Reachable by a call or a WhatsApp message (not only through a website).
    pub fn callable(&self) -> bool {
        !self.phones.is_empty() || !self.whatsapp.is_empty()
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
    /// Position among all scenarios' distractors, in table order: where its text is in a pack.
    pub index: usize,
}

#[derive(Debug, PartialEq)]
pub struct Scenario {
    pub id: &'static str,
    pub island: IslandId,
    pub form: Form,
    /// The story is about a child (younger than 18).
    pub child: bool,
    /// The list the story is scored with (age × labour or sexual), for strengths in the feedback.
    pub list: List,
    /// The level its signals reach under the rule (checked by the build).
    pub level: super::assessment::Level,
    /// Indices into `INDICATORS`.
    pub signals: &'static [usize],
    pub distractors: &'static [Distractor],
    /// Position in its generated table: where its texts are in a locale pack (`content::Pack`;
    /// read them with `.text(locale)`, defined in `src/content.rs`).
    pub index: usize,
}
