//! Table-driven tests of the assessment rule (BRIEF §5) on synthetic indicators, so that each
//! rule and boundary is tested independently of the content files.

use signaal::domain::assessment::{assess, Answer, Level, Tally};
use signaal::domain::model::*;

const fn text() -> IndicatorText {
    IndicatorText {
        question: "q",
        signal: "s",
        why: "w",
    }
}

const fn ind(
    id: &'static str,
    dimension: Dimension,
    strength: Strength,
    danger_now: bool,
    minor: bool,
    forms: u8,
) -> Indicator {
    Indicator {
        id,
        dimension,
        strength,
        forms: Forms(forms),
        for_self: true,
        for_other: true,
        theme: Theme::WorkPay,
        danger_now,
        minor,
        text: [text(), text(), text(), text(), text()],
    }
}

use Dimension::*;
use Strength::*;
const L: u8 = 1; // labour
const C: u8 = 16; // child

// Indices used in the table below.
const DEC_S: usize = 0; // deceptive recruitment, strong
const DEC_M: usize = 1; // deceptive recruitment, medium
const DEC_M2: usize = 2;
const DEC_M3: usize = 3;
const DEC_W: usize = 4;
const EXP_S: usize = 5; // exploitative conditions, strong
const EXP_M: usize = 6;
const COE_S: usize = 7; // coercion at destination, strong
const COE_S2: usize = 8;
const VUL_M: usize = 9; // vulnerability at destination, medium
const VUL_M2: usize = 10;
const VUL_W: usize = 11;
const DANGER: usize = 12; // coercion at destination, medium, danger now
const MINOR: usize = 13; // vulnerability recruitment, weak, minor
const EXP_W: usize = 14;

static SET: [Indicator; 15] = [
    ind("dec_s", DeceptiveRecruitment, Strong, false, false, L),
    ind("dec_m", DeceptiveRecruitment, Medium, false, false, L),
    ind("dec_m2", DeceptiveRecruitment, Medium, false, false, L),
    ind("dec_m3", DeceptiveRecruitment, Medium, false, false, L),
    ind("dec_w", DeceptiveRecruitment, Weak, false, false, L),
    ind("exp_s", ExploitativeConditions, Strong, false, false, L),
    ind("exp_m", ExploitativeConditions, Medium, false, false, L),
    ind("coe_s", CoercionDestination, Strong, false, false, L),
    ind("coe_s2", CoercionDestination, Strong, false, false, L),
    ind("vul_m", VulnerabilityDestination, Medium, false, false, L),
    ind("vul_m2", VulnerabilityDestination, Medium, false, false, L),
    ind("vul_w", VulnerabilityDestination, Weak, false, false, L),
    ind("danger", CoercionDestination, Medium, true, false, L),
    ind("minor", VulnerabilityRecruitment, Weak, false, true, C),
    ind("exp_w", ExploitativeConditions, Weak, false, false, L),
];

fn yes(ids: &[usize]) -> Vec<(usize, Answer)> {
    ids.iter().map(|&i| (i, Answer::Yes)).collect()
}

#[test]
fn dimension_rule_boundaries() {
    let t = |strong, medium, weak| Tally {
        strong,
        medium,
        weak,
    };
    let cases = [
        (t(0, 0, 0), false),
        (t(1, 0, 0), false),
        (t(2, 0, 0), true),
        (t(1, 1, 0), true),
        (t(1, 0, 1), true),
        (t(0, 2, 0), false),
        (t(0, 3, 0), true),
        (t(0, 2, 1), true),
        (t(0, 1, 2), false),
        (t(0, 0, 5), false),
    ];
    for (tally, want) in cases {
        assert_eq!(tally.is_positive(), want, "{tally:?}");
    }
}

#[test]
fn levels_table() {
    type Case = (&'static str, Vec<(usize, Answer)>, Level);
    let cases: &[Case] = &[
        ("nothing answered", vec![], Level::None),
        (
            "all no",
            vec![(DEC_S, Answer::No), (EXP_S, Answer::No)],
            Level::None,
        ),
        (
            "not sure never counts",
            vec![
                (DEC_S, Answer::NotSure),
                (EXP_S, Answer::NotSure),
                (COE_S, Answer::NotSure),
            ],
            Level::None,
        ),
        ("one weak yes", yes(&[DEC_W]), Level::Some),
        ("one medium yes", yes(&[DEC_M]), Level::Some),
        (
            "two medium in one dimension: not positive",
            yes(&[DEC_M, DEC_M2]),
            Level::Some,
        ),
        (
            "medium spread over dimensions",
            yes(&[DEC_M, EXP_M, VUL_M]),
            Level::Some,
        ),
        ("a single strong signal", yes(&[EXP_S]), Level::Exploitation),
        (
            "three medium make a dimension",
            yes(&[DEC_M, DEC_M2, DEC_M3]),
            Level::Exploitation,
        ),
        (
            "two medium + one weak make a dimension",
            yes(&[VUL_M, VUL_M2, VUL_W]),
            Level::Exploitation,
        ),
        (
            "recruitment + exploitation without means",
            yes(&[DEC_S, DEC_M, EXP_S, EXP_M]),
            Level::Exploitation,
        ),
        (
            "recruitment + means without exploitation",
            yes(&[DEC_S, DEC_M, COE_S, COE_S2]),
            Level::Exploitation,
        ),
        (
            "all three: trafficking",
            yes(&[DEC_S, DEC_M, EXP_S, EXP_M, COE_S, COE_S2]),
            Level::Trafficking,
        ),
        (
            "vulnerability at destination counts as means",
            yes(&[DEC_S, DEC_W, EXP_S, EXP_W, VUL_M, VUL_M2, VUL_W]),
            Level::Trafficking,
        ),
        (
            "child: recruitment + exploitation suffice",
            yes(&[MINOR, DEC_S, DEC_M, EXP_S, EXP_M]),
            Level::Trafficking,
        ),
        (
            "child without exploitation",
            yes(&[MINOR, DEC_S, DEC_M]),
            Level::Exploitation,
        ),
        ("minor alone", yes(&[MINOR]), Level::Some),
        (
            "not sure does not complete a dimension",
            vec![
                (DEC_S, Answer::Yes),
                (DEC_M, Answer::NotSure),
                (EXP_S, Answer::Yes),
                (EXP_M, Answer::Yes),
                (COE_S, Answer::Yes),
                (COE_S2, Answer::Yes),
            ],
            Level::Exploitation,
        ),
    ];
    for (name, answers, want) in cases {
        assert_eq!(assess(&SET, answers).level, *want, "{name}");
    }
}

#[test]
fn danger_now_is_independent_of_level() {
    let a = assess(&SET, &yes(&[DANGER]));
    assert!(a.danger_now);
    assert_eq!(a.level, Level::Some);
    let a = assess(&SET, &[(DANGER, Answer::NotSure)]);
    assert!(
        !a.danger_now,
        "not sure never counts as yes, also for danger"
    );
    let a = assess(&SET, &yes(&[DEC_S, DEC_M, EXP_S, EXP_M, COE_S, COE_S2]));
    assert!(!a.danger_now);
}

#[test]
fn not_sure_answers_are_listed_to_talk_about() {
    let a = assess(
        &SET,
        &[
            (DEC_S, Answer::NotSure),
            (EXP_S, Answer::Yes),
            (COE_S, Answer::No),
        ],
    );
    assert_eq!(a.not_sure, vec![DEC_S]);
    assert_eq!(a.yes, vec![EXP_S]);
}

#[test]
fn forms_and_minor_are_collected() {
    let a = assess(&SET, &yes(&[MINOR, DEC_S]));
    assert!(a.minor);
    assert!(a.forms.contains(Form::Child));
    assert!(a.forms.contains(Form::Labour));
    assert!(!a.forms.contains(Form::Sexual));
}

#[test]
fn unknown_indices_are_ignored() {
    assert_eq!(assess(&SET, &yes(&[999])).level, Level::None);
}
