//! The content model: plain data types for indicators, islands, reporting points and scenarios.
//! The tables themselves are generated at build time from `data/` and `i18n/` (see `crate::content`).

use super::locale::Locale;

/// The six ILO/EC (2009) dimensions of trafficking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    DeceptiveRecruitment,
    CoerciveRecruitment,
    VulnerabilityRecruitment,
    ExploitativeConditions,
    CoercionDestination,
    VulnerabilityDestination,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::DeceptiveRecruitment,
        Dimension::CoerciveRecruitment,
        Dimension::VulnerabilityRecruitment,
        Dimension::ExploitativeConditions,
        Dimension::CoercionDestination,
        Dimension::VulnerabilityDestination,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn is_recruitment(self) -> bool {
        matches!(
            self,
            Dimension::DeceptiveRecruitment
                | Dimension::CoerciveRecruitment
                | Dimension::VulnerabilityRecruitment
        )
    }
    pub fn is_destination_means(self) -> bool {
        matches!(
            self,
            Dimension::CoercionDestination | Dimension::VulnerabilityDestination
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Strength {
    Strong,
    Medium,
    Weak,
}

impl Strength {
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Forms of exploitation an indicator can point to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Form {
    Labour,
    Sexual,
    Domestic,
    Criminal,
    Child,
}

impl Form {
    pub const ALL: [Form; 5] = [
        Form::Labour,
        Form::Sexual,
        Form::Domestic,
        Form::Criminal,
        Form::Child,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of forms as a bit set (small, `Copy`, no allocation).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Forms(pub u8);

impl Forms {
    pub fn of(forms: &[Form]) -> Forms {
        Forms(forms.iter().fold(0, |acc, f| acc | f.bit()))
    }
    pub fn contains(self, f: Form) -> bool {
        self.0 & f.bit() != 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub fn union(self, other: Forms) -> Forms {
        Forms(self.0 | other.0)
    }
    pub fn intersects(self, other: Forms) -> bool {
        self.0 & other.0 != 0
    }
    pub fn iter(self) -> impl Iterator<Item = Form> {
        Form::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

/// Groups of the professional checklist, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    RecruitmentTravel,
    WorkPay,
    DocumentsMoney,
    FreedomControl,
    Housing,
    HealthBehaviour,
    Children,
}

impl Theme {
    pub const ALL: [Theme; 7] = [
        Theme::RecruitmentTravel,
        Theme::WorkPay,
        Theme::DocumentsMoney,
        Theme::FreedomControl,
        Theme::Housing,
        Theme::HealthBehaviour,
        Theme::Children,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
}

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IslandId {
    Aruba,
    Bonaire,
    Curacao,
    Saba,
    SintEustatius,
    SintMaarten,
    Elsewhere,
}

impl IslandId {
    pub const ALL: [IslandId; 7] = [
        IslandId::Aruba,
        IslandId::Bonaire,
        IslandId::Curacao,
        IslandId::Saba,
        IslandId::SintEustatius,
        IslandId::SintMaarten,
        IslandId::Elsewhere,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
    /// Stable id used in data files and embed options.
    pub fn code(self) -> &'static str {
        match self {
            IslandId::Aruba => "aruba",
            IslandId::Bonaire => "bonaire",
            IslandId::Curacao => "curacao",
            IslandId::Saba => "saba",
            IslandId::SintEustatius => "sint-eustatius",
            IslandId::SintMaarten => "sint-maarten",
            IslandId::Elsewhere => "elsewhere",
        }
    }
    pub fn from_code(code: &str) -> Option<IslandId> {
        IslandId::ALL.into_iter().find(|i| i.code() == code)
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

/// What kind of organisation a reporting point is; drives the routing order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PointKind {
    Emergency,
    Coordination,
    Police,
    TipLine,
    VictimSupport,
    Labour,
    Care,
}

impl PointKind {
    pub const ALL: [PointKind; 7] = [
        PointKind::Emergency,
        PointKind::Coordination,
        PointKind::Police,
        PointKind::TipLine,
        PointKind::VictimSupport,
        PointKind::Labour,
        PointKind::Care,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

/// A condition a reporting point states for being helped there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    /// "A valid ID is required" (e.g. Curaçao's labour complaints desk).
    ValidId,
}

impl Need {
    pub const ALL: [Need; 1] = [Need::ValidId];
    /// Stable id used in `data/points.toml`.
    pub fn code(self) -> &'static str {
        match self {
            Need::ValidId => "valid_id",
        }
    }
    /// Indicator ids whose "yes" means the person probably cannot meet this condition.
    pub fn unmet_by(self) -> &'static [&'static str] {
        match self {
            Need::ValidId => &["passport_kept"],
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Phone {
    /// E.164 (`+5997176181`) or a local short code (`911`, `9310`).
    pub number: &'static str,
    /// How to show it (`+599 717 6181`).
    pub display: &'static str,
    /// Optional label, e.g. a district name.
    pub label: &'static str,
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
    /// Date this entry was last checked (ISO).
    pub verified: &'static str,
    pub confidence: Confidence,
    pub text: [PointText; Locale::COUNT],
}

impl Point {
    pub fn text(&self, locale: Locale) -> &PointText {
        &self.text[locale.index()]
    }
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
