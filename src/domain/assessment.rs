//! The assessment rule: the ILO/EC 2009 dimension rule adapted to self-report (CONTENT.md, "The rule").
//!
//! One pure function, [`assess`], over the answered items. In short:
//! - age selects the lists (adult or child; both when the age is not known), the forms of the
//!   answers select labour or sexual exploitation (both when nothing points to one of them);
//! - in each list, items that stand for the same ILO/EC indicator count once, with that list's
//!   strength; a dimension is positive with 2 strong, 1 strong + 1 other, 3 medium, or 2 medium + 1 weak;
//! - trafficking: recruitment + exploitation + coercion or abuse of vulnerability at destination;
//!   for a child recruitment + exploitation, where sexual or criminal exploitation of a child counts
//!   as exploitation;
//! - the level is the highest of the lists used. "Not sure" never counts as yes.

use super::model::{Dimension, Form, Forms, Indicator, List, Strength};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    #[default]
    Unanswered,
    Yes,
    No,
    NotSure,
}

impl Answer {
    /// The answers a person can give, in the order they are offered.
    pub const GIVEN: [Answer; 3] = [Answer::Yes, Answer::No, Answer::NotSure];

    /// The value of the answer's radio button (and the end of its id).
    pub fn slug(self) -> &'static str {
        match self {
            Answer::Unanswered => "none",
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::NotSure => "not-sure",
        }
    }

    /// Whether this answer opens the follow-up questions of its item.
    pub fn opens(self) -> bool {
        matches!(self, Answer::Yes | Answer::NotSure)
    }
}

/// Result levels, from weakest to strongest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// No "yes" to a signal in these answers.
    None,
    /// At least one "yes" to a signal.
    Some,
    /// A dimension is positive, a single strong signal, or sexual or criminal exploitation of a child.
    Exploitation,
    /// Recruitment, exploitation and means at destination are all positive
    /// (for a child: recruitment and exploitation).
    Trafficking,
}

impl Level {
    /// The level's name in CSS classes (`sg-level-…`) and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Level::None => "none",
            Level::Some => "some",
            Level::Exploitation => "exploitation",
            Level::Trafficking => "trafficking",
        }
    }

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

/// Which lists the age selects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Age {
    Adult,
    Child,
    /// "Not sure" / "don't know the age": both the adult and the child lists are used.
    Unknown,
}

impl Age {
    /// The age's name in test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Age::Adult => "adult",
            Age::Child => "child",
            Age::Unknown => "unknown",
        }
    }
}

/// Counts of source indicators per strength in one dimension.
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
    fn add(&mut self, s: Strength) {
        match s {
            Strength::Strong => self.strong += 1,
            Strength::Medium => self.medium += 1,
            Strength::Weak => self.weak += 1,
        }
    }
}

/// The rule applied with one list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListResult {
    pub list: List,
    /// Per dimension (in `Dimension::ALL` order).
    pub tallies: [Tally; 6],
    pub positive: [bool; 6],
    /// Per dimension: the "yes" answers behind the tally (indices into the indicators). Answers that
    /// stand for one source indicator are all listed but counted once.
    pub reasons: [Vec<usize>; 6],
    /// Child lists only: "yes" answers that are sexual or criminal exploitation of a child.
    pub child_exploitation: Vec<usize>,
    pub level: Level,
}

impl ListResult {
    pub fn recruitment(&self) -> bool {
        Dimension::ALL
            .iter()
            .any(|d| d.is_recruitment() && self.positive[d.index()])
    }
    /// The exploitation element: exploitative conditions positive, or (child) sexual or criminal exploitation.
    pub fn exploitation(&self) -> bool {
        self.positive[Dimension::ExploitativeConditions.index()]
            || !self.child_exploitation.is_empty()
    }
    /// The means at destination: coercion or abuse of vulnerability at destination positive.
    pub fn means(&self) -> bool {
        Dimension::ALL
            .iter()
            .any(|d| d.is_destination_means() && self.positive[d.index()])
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: Level,
    /// Any "danger now" signal answered yes: the emergency number goes first.
    pub danger_now: bool,
    pub age: Age,
    /// The child lists were used (younger than 18, or age not known).
    pub minor: bool,
    /// Forms of exploitation pointed to by the "yes" answers; `Child` exactly when the child lists apply.
    pub forms: Forms,
    /// The list that gave the level (the first of the lists used when several give it).
    pub list: List,
    /// Tallies and positive dimensions of `list`, in `Dimension::ALL` order.
    pub tallies: [Tally; 6],
    pub positive: [bool; 6],
    /// Every list used, in `List::ALL` order.
    pub lists: Vec<ListResult>,
    /// Indices of signals answered yes (screening questions excluded), in the given order.
    pub yes: Vec<usize>,
    /// Indices of signals answered "not sure": things to talk about.
    pub not_sure: Vec<usize>,
}

impl Assessment {
    pub fn is_positive(&self, d: Dimension) -> bool {
        self.positive[d.index()]
    }
    /// A "danger now" answer without a level that says more than "some signs": the page then
    /// speaks of the danger only, never of "some signs".
    pub fn lone_danger(&self) -> bool {
        self.danger_now && self.level <= Level::Some
    }
    /// The result for one list, if it was used.
    pub fn for_list(&self, list: List) -> Option<&ListResult> {
        self.lists.iter().find(|l| l.list == list)
    }
}

/// The rule with one list over the "yes" answers.
fn score(indicators: &[Indicator], yes: &[usize], list: List) -> ListResult {
    let mut tallies = [Tally::default(); 6];
    let mut reasons: [Vec<usize>; 6] = Default::default();
    let mut counted: Vec<&'static str> = Vec::new();
    let mut child_exploitation = Vec::new();
    let mut any_strong = false;
    let mut any = false;
    for &i in yes {
        let ind = &indicators[i];
        if list.is_child() && ind.child_exploitation {
            child_exploitation.push(i);
            any = true;
        }
        let Some(w) = ind.weight(list) else {
            continue;
        };
        any = true;
        reasons[w.dimension.index()].push(i);
        if counted.contains(&w.source) {
            continue;
        }
        counted.push(w.source);
        tallies[w.dimension.index()].add(w.strength);
        any_strong |= w.strength == Strength::Strong;
    }
    let positive = tallies.map(Tally::is_positive);
    let mut r = ListResult {
        list,
        tallies,
        positive,
        reasons,
        child_exploitation,
        level: Level::None,
    };
    r.level = if r.recruitment() && r.exploitation() && (list.is_child() || r.means()) {
        Level::Trafficking
    } else if positive.iter().any(|p| *p) || any_strong || !r.child_exploitation.is_empty() {
        Level::Exploitation
    } else if any {
        Level::Some
    } else {
        Level::None
    };
    r
}

/// Applies the rule to `(indicator index, answer)` pairs. Indices refer to `indicators`.
pub fn assess(indicators: &[Indicator], answers: &[(usize, Answer)]) -> Assessment {
    let mut all_yes = Vec::new();
    let mut not_sure = Vec::new();
    let mut danger_now = false;
    let mut forms = Forms::default();
    let (mut child, mut unknown) = (false, false);
    let (mut sexual, mut labour) = (false, false);

    for &(i, answer) in answers {
        let Some(ind) = indicators.get(i) else {
            continue;
        };
        match answer {
            Answer::Yes => {
                all_yes.push(i);
                child |= ind.minor;
                unknown |= ind.age_unknown;
                danger_now |= ind.danger_now;
                forms = forms.union(ind.forms);
                sexual |= ind.only_sexual();
                labour |= ind.only_labour();
            }
            Answer::NotSure => {
                unknown |= ind.minor;
                if !ind.screening {
                    not_sure.push(i);
                }
            }
            Answer::No | Answer::Unanswered => {}
        }
    }
    let age = if child {
        Age::Child
    } else if unknown {
        Age::Unknown
    } else {
        Age::Adult
    };
    if !sexual && !labour {
        (sexual, labour) = (true, true);
    }
    let lists: Vec<ListResult> = List::ALL
        .into_iter()
        .filter(|l| match age {
            Age::Adult => !l.is_child(),
            Age::Child => l.is_child(),
            Age::Unknown => true,
        })
        .filter(|l| if l.is_sexual() { sexual } else { labour })
        .map(|l| score(indicators, &all_yes, l))
        .collect();
    let best = lists
        .iter()
        .fold(None::<&ListResult>, |b, l| match b {
            Some(b) if b.level >= l.level => Some(b),
            _ => Some(l),
        })
        .expect("at least one list is always used");
    let minor = age != Age::Adult;
    // "Child" is a form only when the child lists apply: age decides it, not the items.
    let forms = Forms(forms.0 & !Form::Child.bit()).union(if minor {
        Forms::of(&[Form::Child])
    } else {
        Forms::default()
    });
    let yes = all_yes
        .into_iter()
        .filter(|&i| !indicators[i].screening || (minor && indicators[i].child_exploitation))
        .collect();
    Assessment {
        level: best.level,
        danger_now,
        age,
        minor,
        forms,
        list: best.list,
        tallies: best.tallies,
        positive: best.positive,
        yes,
        not_sure,
        lists,
    }
}

/// The self-check questions shown for these answers: a question is shown when no question of the
/// self-check opens it (a screening question or one asked of everyone), or when a shown question
/// that opens it was answered "yes" or "not sure". `questions` are indicator indices in display
/// order (openers before the questions they open); `answers` are in the same order.
pub fn visible(indicators: &[Indicator], questions: &[usize], answers: &[Answer]) -> Vec<bool> {
    let mut shown = vec![false; questions.len()];
    for (q, &ind) in questions.iter().enumerate() {
        let mut openers = questions[..q]
            .iter()
            .enumerate()
            .filter(|(_, &o)| indicators[o].opens.contains(&ind))
            .peekable();
        shown[q] = openers.peek().is_none()
            || openers.any(|(o, _)| shown[o] && answers.get(o).is_some_and(|a| a.opens()));
    }
    shown
}
