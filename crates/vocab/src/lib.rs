//! The closed vocabularies of Signaal, in one place for the content build (`build.rs` validates
//! `data/*.toml` against [`Dimension::SLUGS`] and friends) and for the app (the generated tables
//! name [`Dimension::VARIANTS`]). Adding, renaming or reordering a name here changes both at
//! once, so the two can never drift apart. No dependencies, no web types.
//!
//! Each vocabulary is a fieldless enum with, in declaration order:
//! `ALL` (every value), `SLUGS` (the spelling in data files, embed options and CSS classes),
//! `VARIANTS` (the Rust variant names, for generated code), `COUNT`, `index()`, `slug()` and
//! `from_slug()` (exact match; `None` for anything else).

#![no_std]

/// Declares a vocabulary enum and its slug table.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $slug:literal ),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $( $(#[$vmeta])* $variant ),+ }

        impl $name {
            /// How many values there are.
            pub const COUNT: usize = [$( stringify!($variant) ),+].len();
            /// Every value, in declaration order.
            pub const ALL: [$name; $name::COUNT] = [$( $name::$variant ),+];
            /// The data-file spelling of each value, in `ALL` order.
            pub const SLUGS: [&'static str; $name::COUNT] = [$( $slug ),+];
            /// The Rust variant name of each value, in `ALL` order (for generated code).
            pub const VARIANTS: [&'static str; $name::COUNT] = [$( stringify!($variant) ),+];

            /// Position in `ALL` (0-based).
            pub const fn index(self) -> usize {
                self as usize
            }
            /// The data-file spelling.
            pub const fn slug(self) -> &'static str {
                Self::SLUGS[self as usize]
            }
            /// The value spelt exactly `slug` in data files, or `None`.
            pub fn from_slug(slug: &str) -> Option<Self> {
                Self::SLUGS.iter().position(|s| *s == slug).map(|i| Self::ALL[i])
            }
        }
    };
}

vocabulary! {
    /// The six dimensions of the ILO/EC "Operational indicators of trafficking in human beings"
    /// (2009): three of recruitment (deceptive, coercive, abuse of vulnerability) and three at
    /// destination (exploitative conditions, coercion, abuse of vulnerability).
    Dimension {
        DeceptiveRecruitment = "deceptive_recruitment",
        CoerciveRecruitment = "coercive_recruitment",
        VulnerabilityRecruitment = "vulnerability_recruitment",
        ExploitativeConditions = "exploitative_conditions",
        CoercionDestination = "coercion_destination",
        VulnerabilityDestination = "vulnerability_destination",
    }
}

impl Dimension {
    /// One of the three recruitment dimensions (the "act" of the ILO/EC rule).
    pub fn is_recruitment(self) -> bool {
        matches!(
            self,
            Dimension::DeceptiveRecruitment
                | Dimension::CoerciveRecruitment
                | Dimension::VulnerabilityRecruitment
        )
    }
    /// Coercion or abuse of vulnerability at destination (the "means" at destination).
    pub fn is_destination_means(self) -> bool {
        matches!(
            self,
            Dimension::CoercionDestination | Dimension::VulnerabilityDestination
        )
    }
}

vocabulary! {
    /// ILO/EC indicator strength.
    Strength {
        Strong = "strong",
        Medium = "medium",
        Weak = "weak",
    }
}

vocabulary! {
    /// Forms of exploitation an indicator or a reporting point concerns.
    Form {
        Labour = "labour",
        Sexual = "sexual",
        Domestic = "domestic",
        Criminal = "criminal",
        Child = "child",
    }
}

impl Form {
    /// The bit of this form in a [`Forms`] set.
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

vocabulary! {
    /// Groups of the professional checklist, in display order.
    Theme {
        RecruitmentTravel = "recruitment_travel",
        WorkPay = "work_pay",
        DocumentsMoney = "documents_money",
        FreedomControl = "freedom_control",
        Housing = "housing",
        HealthBehaviour = "health_behaviour",
        Children = "children",
    }
}

vocabulary! {
    /// Where the person is; the slug is also the embed option value (`island="curacao"`).
    IslandId {
        Aruba = "aruba",
        Bonaire = "bonaire",
        Curacao = "curacao",
        Saba = "saba",
        SintEustatius = "sint-eustatius",
        SintMaarten = "sint-maarten",
        Elsewhere = "elsewhere",
    }
}

vocabulary! {
    /// What kind of organisation a reporting point is; drives the routing order.
    PointKind {
        Emergency = "emergency",
        Coordination = "coordination",
        Police = "police",
        TipLine = "tipline",
        VictimSupport = "victim_support",
        Labour = "labour",
        Care = "care",
    }
}

vocabulary! {
    /// How sure we are that a contact entry is right (see CONTENT.md).
    Confidence {
        High = "high",
        Medium = "medium",
        Low = "low",
    }
}

vocabulary! {
    /// The interface languages; the slug is the BCP 47 tag (`pap-AW`: Papiamento as written on
    /// Aruba, etymological spelling; `pap-CW`: Papiamentu of Curaçao and Bonaire, phonological).
    Locale {
        Nl = "nl",
        PapAw = "pap-AW",
        PapCw = "pap-CW",
        En = "en",
        Es = "es",
    }
}

impl Locale {
    /// BCP 47 tag, used for `<html lang>` and file names.
    pub const fn tag(self) -> &'static str {
        self.slug()
    }

    /// Parses a tag as given by a user, an embed attribute or `navigator.languages`.
    /// Case-insensitive; `pap` alone and `pap-BQ` map to the Curaçao/Bonaire spelling,
    /// regional variants of nl/en/es map to the base language.
    pub fn parse(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        let mut parts = tag.split(['-', '_']);
        let lang = parts.next()?;
        let region = parts.next().unwrap_or("");
        let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        if is(lang, "nl") {
            Some(Locale::Nl)
        } else if is(lang, "en") {
            Some(Locale::En)
        } else if is(lang, "es") {
            Some(Locale::Es)
        } else if is(lang, "pap") {
            Some(if is(region, "aw") {
                Locale::PapAw
            } else {
                Locale::PapCw
            })
        } else {
            None
        }
    }
}
