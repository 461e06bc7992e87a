//! The assessment rule (BRIEF §5): the ILO/EC dimension rule adapted to self-report.
//!
//! One pure function, [`assess`], over the answered indicators. "Not sure" never counts as yes.

use super::model::{Dimension, Forms, Indicator, Strength};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    #[default]
    Unanswered,
    Yes,
    No,
    NotSure,
}

/// Result levels, from weakest to strongest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// No "yes" in these answers.
    None,
    /// At least one "yes".
    Some,
    /// A dimension is positive, or a single strong signal.
    Exploitation,
    /// Recruitment, exploitation and means at destination are all positive
    /// (for a minor: recruitment and exploitation).
    Trafficking,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::None,
        Level::Some,
        Level::Exploitation,
        Level::Trafficking,
    ];
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Counts of "yes" answers per strength in one dimension.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub strong: u8,
    pub medium: u8,
    pub weak: u8,
}

impl Tally {
    /// ILO/EC step 1: 2 strong, or 1 strong + 1 other, or 3 medium, or 2 medium + 1 weak.
    pub fn is_positive(self) -> bool {
        self.strong >= 2
            || (self.strong >= 1 && self.medium + self.weak >= 1)
            || self.medium >= 3
            || (self.medium >= 2 && self.weak >= 1)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: Level,
    /// Any "danger now" signal answered yes: the emergency number goes first.
    pub danger_now: bool,
    /// The person is (or seems) younger than 18: the child rule applied.
    pub minor: bool,
    /// Forms of exploitation pointed to by the "yes" answers.
    pub forms: Forms,
    /// Per dimension (in `Dimension::ALL` order): the tally and whether it is positive.
    pub tallies: [Tally; 6],
    pub positive: [bool; 6],
    /// Indices of indicators answered yes, in the given order.
    pub yes: Vec<usize>,
    /// Indices of indicators answered "not sure": things to talk about.
    pub not_sure: Vec<usize>,
}

impl Assessment {
    pub fn is_positive(&self, d: Dimension) -> bool {
        self.positive[d.index()]
    }
}

/// Applies the rule to `(indicator index, answer)` pairs. Indices refer to `indicators`.
pub fn assess(indicators: &[Indicator], answers: &[(usize, Answer)]) -> Assessment {
    let mut tallies = [Tally::default(); 6];
    let mut yes = Vec::new();
    let mut not_sure = Vec::new();
    let mut danger_now = false;
    let mut minor = false;
    let mut any_strong = false;
    let mut forms = Forms::default();

    for &(i, answer) in answers {
        let Some(ind) = indicators.get(i) else {
            continue;
        };
        match answer {
            Answer::Yes => {
                yes.push(i);
                if ind.minor {
                    minor = true;
                }
                danger_now |= ind.danger_now;
                forms = forms.union(ind.forms);
                let t = &mut tallies[ind.dimension.index()];
                match ind.strength {
                    Strength::Strong => {
                        t.strong += 1;
                        any_strong = true;
                    }
                    Strength::Medium => t.medium += 1,
                    Strength::Weak => t.weak += 1,
                }
            }
            Answer::NotSure => not_sure.push(i),
            Answer::No | Answer::Unanswered => {}
        }
    }

    let positive = tallies.map(Tally::is_positive);
    let any = |pred: fn(Dimension) -> bool| {
        Dimension::ALL
            .iter()
            .any(|d| pred(*d) && positive[d.index()])
    };
    let recruitment = any(Dimension::is_recruitment);
    let exploitation = positive[Dimension::ExploitativeConditions.index()];
    let means = any(Dimension::is_destination_means);

    let level = if recruitment && exploitation && (means || minor) {
        Level::Trafficking
    } else if positive.iter().any(|p| *p) || any_strong {
        Level::Exploitation
    } else if !yes.is_empty() {
        Level::Some
    } else {
        Level::None
    };

    Assessment {
        level,
        danger_now,
        minor,
        forms,
        tallies,
        positive,
        yes,
        not_sure,
    }
}
