//! Training feedback: compares a learner's marks on a scenario with its signals and distractors.

/// One statement in a training scenario: either a real signal (an indicator) or a distractor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Signal(usize),
    Distractor(usize),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feedback {
    /// A signal the learner marked.
    Found,
    /// A signal the learner did not mark.
    Missed,
    /// A distractor the learner marked as a signal.
    NotASignal,
    /// A distractor the learner rightly left alone.
    RightlyIgnored,
}

impl Item {
    /// Its kind, for test hooks: `signal` or `distractor`.
    pub fn kind(self) -> &'static str {
        match self {
            Item::Signal(_) => "signal",
            Item::Distractor(_) => "distractor",
        }
    }
}

impl Feedback {
    /// The name of the feedback in CSS classes (`sg-feedback-…`) and test hooks.
    pub fn slug(self) -> &'static str {
        match self {
            Feedback::Found => "found",
            Feedback::Missed => "missed",
            Feedback::NotASignal => "notasignal",
            Feedback::RightlyIgnored => "rightlyignored",
        }
    }
}

/// Feedback for one item given whether the learner marked it.
pub fn feedback(item: Item, marked: bool) -> Feedback {
    match (item, marked) {
        (Item::Signal(_), true) => Feedback::Found,
        (Item::Signal(_), false) => Feedback::Missed,
        (Item::Distractor(_), true) => Feedback::NotASignal,
        (Item::Distractor(_), false) => Feedback::RightlyIgnored,
    }
}

/// The score of one scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    /// Signals the learner marked.
    pub found: usize,
    /// Signals in the scenario.
    pub total: usize,
    /// Distractors wrongly marked as signals.
    pub wrong: usize,
}

/// Scores a scenario's items with the learner's marks.
pub fn score(items: &[(Item, bool)]) -> Score {
    let mut found = 0;
    let mut total = 0;
    let mut wrong = 0;
    for &(item, marked) in items {
        match feedback(item, marked) {
            Feedback::Found => {
                found += 1;
                total += 1
            }
            Feedback::Missed => total += 1,
            Feedback::NotASignal => wrong += 1,
            Feedback::RightlyIgnored => {}
        }
    }
    Score {
        found,
        total,
        wrong,
    }
}

/// The order in which a scenario's items are shown: signals and distractors interleaved by a
/// fixed, seed-free shuffle so that the answer is not given away by position, and the same on
/// every device (no randomness, nothing to store).
pub fn interleave(signals: &[usize], distractors: usize) -> Vec<Item> {
    let mut items: Vec<Item> = signals.iter().map(|&i| Item::Signal(i)).collect();
    items.extend((0..distractors).map(Item::Distractor));
    // Deterministic permutation: sort by a multiplicative hash of the position.
    let n = items.len() as u32;
    let mut keyed: Vec<(u32, Item)> = items
        .into_iter()
        .enumerate()
        .map(|(pos, it)| {
            (
                ((pos as u32 + 1).wrapping_mul(2_654_435_761)) % (n * 7 + 3),
                it,
            )
        })
        .collect();
    super::sort_small_by_key(&mut keyed, |(k, _)| *k);
    keyed.into_iter().map(|(_, it)| it).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feedback_table() {
        let cases = [
            (Item::Signal(0), true, Feedback::Found),
            (Item::Signal(0), false, Feedback::Missed),
            (Item::Distractor(0), true, Feedback::NotASignal),
            (Item::Distractor(0), false, Feedback::RightlyIgnored),
        ];
        for (item, marked, want) in cases {
            assert_eq!(feedback(item, marked), want, "{item:?} marked={marked}");
        }
    }

    #[test]
    fn score_counts() {
        let items = [
            (Item::Signal(1), true),
            (Item::Signal(2), false),
            (Item::Signal(3), true),
            (Item::Distractor(0), true),
            (Item::Distractor(1), false),
        ];
        assert_eq!(
            score(&items),
            Score {
                found: 2,
                total: 3,
                wrong: 1
            }
        );
    }

    #[test]
    fn interleave_keeps_every_item_once() {
        let items = interleave(&[5, 6, 7, 8], 3);
        assert_eq!(items.len(), 7);
        for s in [5, 6, 7, 8] {
            assert_eq!(items.iter().filter(|i| **i == Item::Signal(s)).count(), 1);
        }
        for d in 0..3 {
            assert_eq!(
                items.iter().filter(|i| **i == Item::Distractor(d)).count(),
                1
            );
        }
        // Not simply "all signals first".
        assert_ne!(
            &items[..4],
            &[
                Item::Signal(5),
                Item::Signal(6),
                Item::Signal(7),
                Item::Signal(8)
            ]
        );
    }
}
