//! The assessment rule, tested two ways:
//! - on synthetic indicators, so that each boundary of the rule is tested apart from the content;
//! - a golden table on the real content (`data/indicators.toml`): adult and child × labour, sexual,
//!   domestic, criminal × every level, plus double counting, lists, danger and branching cases,
//!   each with a one-line reason taken from the rule (CONTENT.md, "The rule").
//!
//! `question_counts` prints how many self-check questions a person sees per path and checks that
//! README.md states exactly that table.

use signaal::content::{INDICATORS, SELF_CHECK};
use signaal::domain::assessment::{assess, visible, Age, Answer, Assessment, Level, Tally};
use signaal::domain::locale::Locale;
use signaal::domain::model::*;

// ---------------------------------------------------------------- synthetic indicators

const fn text() -> IndicatorText {
    IndicatorText {
        question: "q",
        signal: "s",
        why: "w",
        why_other: "w",
    }
}

const fn w(dimension: Dimension, strength: Strength, source: &'static str) -> Option<Weight> {
    Some(Weight {
        dimension,
        strength,
        source,
    })
}

/// An item with the same weight in every list.
const fn ind(id: &'static str, d: Dimension, s: Strength, danger_now: bool) -> Indicator {
    Indicator {
        id,
        weights: [w(d, s, id), w(d, s, id), w(d, s, id), w(d, s, id)],
        forms: Forms(1),
        for_self: true,
        for_other: true,
        theme: Theme::WorkPay,
        danger_now,
        minor: false,
        age_unknown: false,
        screening: false,
        child_exploitation: false,
        opens: &[],
        text: [text(), text(), text(), text(), text()],
    }
}

use Dimension::*;
use Strength::*;

const DEC_S: usize = 0;
const DEC_M: usize = 1;
const DEC_M2: usize = 2;
const DEC_M3: usize = 3;
const DEC_W: usize = 4;
const EXP_S: usize = 5;
const EXP_M: usize = 6;
const COE_S: usize = 7;
const COE_S2: usize = 8;
const VUL_M: usize = 9;
const VUL_M2: usize = 10;
const VUL_W: usize = 11;
const DANGER: usize = 12;
const MINOR: usize = 13;
const EXP_W: usize = 14;
const EXP_S_SAME: usize = 15; // same source as EXP_S

static SET: [Indicator; 16] = [
    ind("dec_s", DeceptiveRecruitment, Strong, false),
    ind("dec_m", DeceptiveRecruitment, Medium, false),
    ind("dec_m2", DeceptiveRecruitment, Medium, false),
    ind("dec_m3", DeceptiveRecruitment, Medium, false),
    ind("dec_w", DeceptiveRecruitment, Weak, false),
    ind("exp_s", ExploitativeConditions, Strong, false),
    ind("exp_m", ExploitativeConditions, Medium, false),
    ind("coe_s", CoercionDestination, Strong, false),
    ind("coe_s2", CoercionDestination, Strong, false),
    ind("vul_m", VulnerabilityDestination, Medium, false),
    ind("vul_m2", VulnerabilityDestination, Medium, false),
    ind("vul_w", VulnerabilityDestination, Weak, false),
    ind("danger", CoercionDestination, Medium, true),
    Indicator {
        weights: [None; 4],
        minor: true,
        screening: true,
        ..ind("minor", DeceptiveRecruitment, Weak, false)
    },
    ind("exp_w", ExploitativeConditions, Weak, false),
    Indicator {
        weights: [
            w(ExploitativeConditions, Strong, "exp_s"),
            w(ExploitativeConditions, Strong, "exp_s"),
            w(ExploitativeConditions, Strong, "exp_s"),
            w(ExploitativeConditions, Strong, "exp_s"),
        ],
        ..ind("exp_s_same", ExploitativeConditions, Strong, false)
    },
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
fn levels_table_synthetic() {
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
            vec![(DEC_S, Answer::NotSure), (EXP_S, Answer::NotSure)],
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
        ("age alone is not a signal", yes(&[MINOR]), Level::None),
        (
            "same source twice counts once: one strong is not a positive dimension",
            yes(&[EXP_S, EXP_S_SAME, DEC_S, DEC_M, COE_S, COE_S2]),
            Level::Exploitation,
        ),
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
    assert!(
        a.lone_danger(),
        "a lone danger answer is never named by its level"
    );
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
fn unknown_indices_are_ignored() {
    assert_eq!(assess(&SET, &yes(&[999])).level, Level::None);
}

// ---------------------------------------------------------------- golden table (real content)

fn idx(id: &str) -> usize {
    INDICATORS
        .iter()
        .position(|i| i.id == id)
        .unwrap_or_else(|| panic!("no indicator `{id}`"))
}

/// Every indicator answered: "yes" for `yes`, "not sure" for `not_sure`, "no" for the rest.
fn real(yes: &[&str], not_sure: &[&str]) -> Assessment {
    for id in yes.iter().chain(not_sure) {
        idx(id);
    }
    let pairs: Vec<(usize, Answer)> = INDICATORS
        .iter()
        .enumerate()
        .map(|(i, ind)| {
            let a = if yes.contains(&ind.id) {
                Answer::Yes
            } else if not_sure.contains(&ind.id) {
                Answer::NotSure
            } else {
                Answer::No
            };
            (i, a)
        })
        .collect();
    assess(&INDICATORS, &pairs)
}

struct Golden {
    name: &'static str,
    yes: &'static [&'static str],
    level: Level,
    danger: bool,
    /// One line from the rule: why this level.
    reason: &'static str,
}

const fn g(
    name: &'static str,
    yes: &'static [&'static str],
    level: Level,
    danger: bool,
    reason: &'static str,
) -> Golden {
    Golden {
        name,
        yes,
        level,
        danger,
        reason,
    }
}

use Level::{Exploitation as E, None as N, Some as S, Trafficking as T};

static GOLDEN: &[Golden] = &[
    // ---- adult, labour
    g("adult labour: none", &["works_for_someone"], N, false, "a screening answer is not a signal"),
    g("adult labour: some", &["works_for_someone", "low_or_no_pay"], S, false, "one medium sign (low or no salary): no dimension positive, no strong sign"),
    g("adult labour: exploitation", &["works_for_someone", "excessive_hours", "low_or_no_pay"], E, false, "exploitative conditions: 1 strong + 1 medium = positive; no recruitment"),
    g("adult labour: trafficking", &["works_for_someone", "someone_arranged", "job_different", "pay_different", "excessive_hours", "low_or_no_pay", "passport_kept", "debt_to_employer"], T, false, "deceptive recruitment S+M, exploitative conditions S+M, coercion at destination 2 S"),
    // ---- adult, sexual
    g("adult sexual: none", &["sex_for_money"], N, false, "sex for money by an adult is not itself a signal"),
    g("adult sexual: some", &["sex_for_money", "hand_over_sex_money"], S, false, "wage manipulation (payment to middleman) is one medium sign"),
    g("adult sexual: exploitation", &["sex_for_money", "hand_over_sex_money", "excessive_hours"], E, false, "exploitative conditions S+M positive; no recruitment, no means"),
    g("adult sexual: trafficking (lover boy)", &["sex_for_money", "lover_recruiter", "money_pressure", "hard_situation", "hand_over_sex_money", "excessive_hours", "movement_controlled", "passport_kept"], T, false, "recruitment by abuse of vulnerability 3 M, exploitative conditions S+M, coercion 2 S"),
    // ---- adult, domestic
    g("adult domestic: none", &["domestic_live_in"], N, false, "a screening answer is not a signal"),
    g("adult domestic: some", &["domestic_live_in", "live_in_no_privacy"], S, false, "bad living conditions is medium (ILO/EC), not strong"),
    g("adult domestic: exploitation", &["domestic_live_in", "passport_kept"], E, false, "a single strong sign (confiscation of documents)"),
    g("adult domestic: trafficking", &["domestic_live_in", "someone_arranged", "job_different", "papers_promised", "excessive_hours", "live_in_no_privacy", "pay_withheld", "movement_controlled"], T, false, "deceptive S+M, exploitative S+M, coercion S (isolation) + M (withholding of wages)"),
    // ---- adult, criminal
    g("adult criminal: none", &["someone_arranged"], N, false, "a screening answer is not a signal"),
    g("adult criminal: some", &["forced_crime"], S, false, "forced into criminal activities is medium on the adult lists"),
    g("adult criminal: exploitation", &["forced_crime", "debt_to_employer"], E, false, "coercion at destination: debt bondage S + forced crime M = positive"),
    g("adult criminal: trafficking", &["forced_crime", "someone_arranged", "forced_to_come", "threatened_to_come", "excessive_hours", "low_or_no_pay", "debt_to_employer"], T, false, "coercive recruitment S+M, exploitative S+M, coercion S+M"),
    // ---- child, labour
    g("child labour: none", &["under_18"], N, false, "age selects the lists; it is not a signal"),
    g("child labour: some", &["under_18", "works_for_someone", "low_or_no_pay"], S, false, "one medium sign on the child list"),
    g("child labour: exploitation", &["under_18", "works_for_someone", "child_not_school", "dangerous_work", "low_or_no_pay"], E, false, "child list: no access to education M + hazardous work M + low salary M = 3 M positive"),
    g("child labour: trafficking", &["under_18", "works_for_someone", "someone_arranged", "job_different", "online_offer", "dangerous_work", "excessive_hours"], T, false, "child rule: deceptive recruitment S+W and exploitative conditions S+M suffice, no means needed"),
    // ---- child, sexual
    g("child sexual: none", &["under_18", "someone_arranged"], N, false, "no signal answered yes"),
    g("child sexual: some", &["under_18", "online_offer"], S, false, "a local signal is weak: one weak sign"),
    g("child sexual: exploitation", &["under_18", "sex_for_money"], E, false, "sexual exploitation of a child counts as exploitation; recruitment not positive"),
    g("child sexual: trafficking (16-year-old, false job offer)", &["under_18", "someone_arranged", "online_offer", "job_different", "sex_for_money", "forced_sex"], T, true, "child rule: deceptive recruitment S+W + sexual exploitation of a child"),
    // ---- child, domestic
    g("child domestic: none", &["under_18", "domestic_live_in"], N, false, "screening answers only"),
    g("child domestic: some", &["under_18", "domestic_live_in", "low_or_no_pay"], S, false, "one medium sign"),
    g("child domestic: exploitation", &["under_18", "domestic_live_in", "excessive_hours"], E, false, "a single strong sign"),
    g("child domestic: trafficking", &["under_18", "domestic_live_in", "someone_arranged", "travel_debt", "threatened_to_come", "excessive_hours", "live_in_no_privacy"], T, false, "child list: debt bondage and threats are strong at recruitment (2 S); exploitative S+M"),
    // ---- child, criminal
    g("child criminal: none", &["under_18", "works_for_someone", "someone_arranged"], N, false, "screening answers only"),
    g("child criminal: some", &["under_18", "youth_unexplained_money"], S, false, "a local signal is weak"),
    g("child criminal: exploitation", &["under_18", "forced_crime"], E, false, "criminal exploitation of a child counts as exploitation"),
    g("child criminal: trafficking", &["under_18", "forced_crime", "lover_recruiter", "money_pressure", "hard_situation"], T, false, "child rule: abuse of vulnerability 3 M + criminal exploitation of a child"),
    // ---- counted once: items that stand for one ILO/EC indicator
    g("once: long days + no day off", &["excessive_hours", "no_days_off"], E, false, "one indicator (excessive days or hours): 1 strong, dimension not positive; level from the single strong sign"),
    g("once: watched + locked in + no contact", &["movement_controlled", "locked_in", "contact_restricted"], E, true, "one indicator (isolation, confinement, surveillance): 1 strong, not positive"),
    g("once: pay withheld + money controlled + permit threat", &["pay_withheld", "money_controlled", "permit_threat"], S, false, "withholding of wages once + denunciation = 2 M: not positive"),
    g("once: sleeps at work + crowded rent + no privacy", &["sleeps_at_work", "crowded_high_rent", "live_in_no_privacy"], S, false, "bad living conditions once: 1 M"),
    g("not once: debt at recruitment and at destination", &["travel_debt", "debt_to_employer"], E, false, "debt bondage sits in two dimensions; each counts in its own"),
    // ---- lists, age and means
    g("adult: no means, no trafficking", &["someone_arranged", "job_different", "pay_different", "excessive_hours", "low_or_no_pay"], E, false, "adults need coercion or abuse of vulnerability at destination"),
    g("child: same answers are trafficking", &["under_18", "someone_arranged", "job_different", "pay_different", "excessive_hours", "low_or_no_pay"], T, false, "for a child recruitment + exploitation suffice"),
    g("adult: vulnerability at destination is a means", &["job_different", "pay_different", "excessive_hours", "low_or_no_pay", "fear_police", "employer_dependency", "no_address"], T, false, "abuse of vulnerability at destination 3 M = means"),
    g("adult: threats at recruitment are medium", &["threatened_to_come"], S, false, "adult list: threats of violence = M"),
    g("child: threats at recruitment are strong", &["under_18", "threatened_to_come"], E, false, "child list: threats of violence = S"),
    g("age unknown: child lists used too", &["age_unknown", "sex_for_money"], E, false, "age not known: adult and child lists; the child list gives exploitation"),
    g("forced sex is scored on the sexual list", &["works_for_someone", "forced_sex"], E, true, "forced tasks or clients = S on the sexual list; not on the labour list"),
    g("local signals stay weak", &["online_offer", "others_speak", "group_transport", "fearful_withdrawn"], S, false, "no ILO/EC indicator: weak, and weak signs alone never make a dimension"),
    g("lone danger answer", &["afraid_now"], S, true, "danger now overrides the page; the level stays some"),
    g("violence alone", &["violence"], E, true, "violence on victims is strong"),
];

#[test]
fn golden_table() {
    assert!(
        GOLDEN.len() >= 40,
        "the golden table needs at least 40 cases"
    );
    let mut failures = Vec::new();
    for c in GOLDEN {
        let a = real(c.yes, &[]);
        if a.level != c.level || a.danger_now != c.danger {
            failures.push(format!(
                "{}: got {:?}{}, want {:?}{} ({})",
                c.name,
                a.level,
                if a.danger_now { " + danger" } else { "" },
                c.level,
                if c.danger { " + danger" } else { "" },
                c.reason
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn golden_table_covers_every_form_age_and_level() {
    for age in ["adult", "child"] {
        for form in ["labour", "sexual", "domestic", "criminal"] {
            for level in [N, S, E, T] {
                assert!(
                    GOLDEN
                        .iter()
                        .any(|c| c.name.starts_with(&format!("{age} {form}")) && c.level == level),
                    "no golden case for {age} {form} {level:?}"
                );
            }
        }
    }
}

#[test]
fn counted_once_shows_in_tallies() {
    let a = real(&["excessive_hours", "no_days_off"], &[]);
    let r = a.for_list(List::AdultLabour).unwrap();
    let ec = ExploitativeConditions.index();
    assert_eq!(
        r.tallies[ec],
        Tally {
            strong: 1,
            medium: 0,
            weak: 0
        }
    );
    assert!(!r.positive[ec]);
    assert_eq!(r.reasons[ec].len(), 2, "both answers are named as reasons");
    let a = real(&["travel_debt", "debt_to_employer"], &[]);
    assert_eq!(a.tallies[CoerciveRecruitment.index()].medium, 1);
    assert_eq!(a.tallies[CoercionDestination.index()].strong, 1);
}

#[test]
fn age_selects_the_lists() {
    let lists = |a: &Assessment| a.lists.iter().map(|l| l.list).collect::<Vec<_>>();
    let a = real(&["works_for_someone", "excessive_hours"], &[]);
    assert_eq!((a.age, lists(&a)), (Age::Adult, vec![List::AdultLabour]));
    let a = real(&["under_18", "sex_for_money"], &[]);
    assert_eq!((a.age, lists(&a)), (Age::Child, vec![List::ChildSexual]));
    let a = real(&["excessive_hours"], &["under_18"]);
    assert_eq!(
        a.age,
        Age::Unknown,
        "\"not sure\" about the age uses both lists"
    );
    assert_eq!(lists(&a), List::ALL.to_vec());
    let a = real(&["age_unknown", "excessive_hours"], &[]);
    assert_eq!(
        a.age,
        Age::Unknown,
        "\"don't know the age\" on the checklist is an answer"
    );
    assert!(
        a.yes.iter().all(|&i| !INDICATORS[i].screening),
        "age is never listed as a signal"
    );
}

#[test]
fn sexual_and_criminal_exploitation_of_a_child_count_as_exploitation() {
    for form in ["sex_for_money", "forced_sex", "forced_crime"] {
        let a = real(&["under_18", form], &[]);
        let r = &a.lists[0];
        assert_eq!(r.child_exploitation, vec![idx(form)], "{form}");
        assert!(r.exploitation(), "{form}");
    }
}

// ---------------------------------------------------------------- branching

/// Answers in `SELF_CHECK` order: "yes" for `yes`, "not sure" for `not_sure`, "no" for the rest.
fn self_answers(yes: &[&str], not_sure: &[&str]) -> Vec<Answer> {
    SELF_CHECK
        .iter()
        .map(|&i| {
            let id = INDICATORS[i].id;
            if yes.contains(&id) {
                Answer::Yes
            } else if not_sure.contains(&id) {
                Answer::NotSure
            } else {
                Answer::No
            }
        })
        .collect()
}

fn shown_ids(answers: &[Answer]) -> Vec<&'static str> {
    visible(&INDICATORS, &SELF_CHECK, answers)
        .iter()
        .zip(SELF_CHECK.iter())
        .filter(|(v, _)| **v)
        .map(|(_, &i)| INDICATORS[i].id)
        .collect()
}

const ROOTS: [&str; 8] = [
    "under_18",
    "works_for_someone",
    "domestic_live_in",
    "sex_for_money",
    "forced_crime",
    "someone_arranged",
    "violence",
    "afraid_now",
];

#[test]
fn branch_all_no_shows_only_the_screening_questions() {
    assert_eq!(shown_ids(&self_answers(&[], &[])), ROOTS.to_vec());
}

#[test]
fn branch_cases() {
    type Ids = &'static [&'static str];
    let cases: &[(&str, Ids, Ids, Ids, Ids)] = &[
        // (name, yes, not sure, must be shown, must be hidden)
        (
            "work opens pay and control",
            &["works_for_someone"],
            &[],
            &["excessive_hours", "passport_kept", "permit_threat"],
            &["locked_in", "hand_over_sex_money", "lover_recruiter"],
        ),
        (
            "not sure also opens",
            &[],
            &["works_for_someone"],
            &["excessive_hours"],
            &[],
        ),
        (
            "watched opens locked in",
            &["works_for_someone"],
            &["movement_controlled"],
            &["locked_in"],
            &[],
        ),
        (
            "sex opens the lover-boy question and forced sex",
            &["sex_for_money"],
            &[],
            &["lover_recruiter", "forced_sex", "hand_over_sex_money"],
            &["money_pressure", "hard_situation"],
        ),
        (
            "lover boy opens vulnerability",
            &["sex_for_money", "lover_recruiter"],
            &[],
            &["money_pressure", "hard_situation"],
            &[],
        ),
        (
            "crime opens its follow-ups",
            &["forced_crime"],
            &[],
            &["debt_to_employer", "lover_recruiter", "low_or_no_pay"],
            &["hand_over_sex_money"],
        ),
        (
            "domestic opens living conditions",
            &["domestic_live_in"],
            &[],
            &["live_in_no_privacy"],
            &["dangerous_work"],
        ),
        (
            "a child is asked about school",
            &["under_18"],
            &[],
            &["child_not_school"],
            &[],
        ),
        (
            "recruitment opens deception, coercion and vulnerability",
            &["someone_arranged"],
            &[],
            &["job_different", "forced_to_come", "lover_recruiter"],
            &["excessive_hours", "money_pressure"],
        ),
        (
            "a follow-up's yes does not open without its opener",
            &["locked_in", "hand_over_sex_money"],
            &[],
            &[],
            &["locked_in", "hand_over_sex_money"],
        ),
    ];
    for (name, yes, not_sure, shown, hidden) in cases {
        let ids = shown_ids(&self_answers(yes, not_sure));
        for id in *shown {
            assert!(ids.contains(id), "{name}: `{id}` should be shown");
        }
        for id in *hidden {
            assert!(!ids.contains(id), "{name}: `{id}` should be hidden");
        }
    }
}

/// Every form, for adults and children, can reach the trafficking level through the self-check's
/// branches: answering "yes" to everything a path opens reaches it.
#[test]
fn branch_every_form_can_reach_trafficking() {
    for gate in [
        "works_for_someone",
        "domestic_live_in",
        "sex_for_money",
        "forced_crime",
    ] {
        for child in [false, true] {
            let mut yes: Vec<&str> = vec![gate, "someone_arranged"];
            if child {
                yes.push("under_18");
            }
            // Open everything this path opens, then answer yes to all shown follow-ups.
            let all: Vec<&str> = SELF_CHECK.iter().map(|&i| INDICATORS[i].id).collect();
            let non_gates: Vec<&str> = all
                .iter()
                .copied()
                .filter(|id| !ROOTS.contains(id))
                .collect();
            yes.extend(non_gates);
            let answers = self_answers(&yes, &[]);
            let shown = visible(&INDICATORS, &SELF_CHECK, &answers);
            let pairs: Vec<(usize, Answer)> = SELF_CHECK
                .iter()
                .zip(answers.iter())
                .zip(shown.iter())
                .filter(|(_, v)| **v)
                .map(|((&i, &a), _)| (i, a))
                .collect();
            let a = assess(&INDICATORS, &pairs);
            assert_eq!(a.level, Level::Trafficking, "{gate}, child = {child}");
        }
    }
}

/// The "lover boy" route without recruitment by a third party: sex for money, then the partner
/// question, then vulnerability, reaches trafficking for an adult.
#[test]
fn branch_lover_boy_reaches_trafficking() {
    let yes = [
        "sex_for_money",
        "lover_recruiter",
        "money_pressure",
        "hard_situation",
        "hand_over_sex_money",
        "excessive_hours",
        "movement_controlled",
        "passport_kept",
    ];
    let answers = self_answers(&yes, &[]);
    let shown = visible(&INDICATORS, &SELF_CHECK, &answers);
    for id in yes {
        let q = SELF_CHECK
            .iter()
            .position(|&i| INDICATORS[i].id == id)
            .unwrap();
        assert!(shown[q], "`{id}` is reachable");
    }
    let pairs: Vec<(usize, Answer)> = SELF_CHECK.iter().copied().zip(answers).collect();
    assert_eq!(assess(&INDICATORS, &pairs).level, Level::Trafficking);
}

mod state {
    use super::*;
    use signaal::content::TABLES;
    use signaal::domain::model::IslandId;
    use signaal::domain::session::{Action, Path, Position, Presets, Screen, Session};

    fn q(id: &str) -> usize {
        SELF_CHECK
            .iter()
            .position(|&i| INDICATORS[i].id == id)
            .unwrap()
    }

    fn started() -> Session {
        let presets = Presets {
            island: Some(IslandId::Aruba),
            path: Some(Path::SelfCheck),
        };
        let mut s = Session::new(&TABLES, Locale::En, presets);
        s.apply(&TABLES, Action::Begin);
        s.apply(&TABLES, Action::StartQuestions);
        s
    }

    fn answer(s: &mut Session, a: Answer) {
        let Screen::Question(k) = s.screen() else {
            panic!("not on a question: {:?}", s.screen())
        };
        s.apply(&TABLES, Action::Answer(k, a));
        s.apply(&TABLES, Action::NextQuestion);
    }

    #[test]
    fn continue_skips_closed_questions() {
        let mut s = started();
        assert_eq!(s.screen(), Screen::Question(q("under_18")));
        answer(&mut s, Answer::No);
        assert_eq!(
            s.screen(),
            Screen::Question(q("works_for_someone")),
            "child_not_school is skipped"
        );
        answer(&mut s, Answer::Yes);
        assert_eq!(s.screen(), Screen::Question(q("domestic_live_in")));
        for _ in 0..4 {
            answer(&mut s, Answer::No);
        }
        assert_eq!(
            s.screen(),
            Screen::Question(q("excessive_hours")),
            "the work branch is open"
        );
        assert_eq!(
            s.question_position(&TABLES, q("excessive_hours")),
            Position { n: 7, total: 16 }
        );
    }

    #[test]
    fn changing_an_answer_drops_closed_answers_and_says_so() {
        let mut s = started();
        answer(&mut s, Answer::No); // under_18
        answer(&mut s, Answer::Yes); // works
        for _ in 0..4 {
            answer(&mut s, Answer::No); // domestic, sex, crime, arranged
        }
        answer(&mut s, Answer::Yes); // excessive_hours
        while s.screen() != Screen::Summary {
            answer(&mut s, Answer::No);
        }
        assert_eq!(s.answers[q("excessive_hours")], Answer::Yes);
        // Change "works" to no: the work branch closes.
        s.apply(&TABLES, Action::ChangeAnswer(q("works_for_someone")));
        s.apply(&TABLES, Action::Answer(q("works_for_someone"), Answer::No));
        assert_eq!(
            s.answers[q("excessive_hours")],
            Answer::Unanswered,
            "closed answer dropped"
        );
        assert!(s.dropped > 0, "the change is announced");
        s.apply(&TABLES, Action::NextQuestion);
        assert_eq!(
            s.screen(),
            Screen::Summary,
            "nothing new to answer: back to the summary"
        );
        assert_eq!(s.assessment(&TABLES).level, Level::None);
    }

    #[test]
    fn changing_an_answer_that_opens_a_branch_asks_the_new_questions() {
        let mut s = started();
        while s.screen() != Screen::Summary {
            answer(&mut s, Answer::No);
        }
        s.apply(&TABLES, Action::ChangeAnswer(q("sex_for_money")));
        s.apply(&TABLES, Action::Answer(q("sex_for_money"), Answer::Yes));
        s.apply(&TABLES, Action::NextQuestion);
        assert_eq!(
            s.screen(),
            Screen::Question(q("forced_to_come")),
            "the first new follow-up"
        );
        while s.screen() != Screen::Summary {
            answer(&mut s, Answer::No);
        }
        assert!(s
            .answers
            .iter()
            .zip(s.visible(&TABLES))
            .all(|(a, v)| !v || *a != Answer::Unanswered));
    }

    #[test]
    fn danger_answer_is_flagged_for_the_next_screen() {
        let mut s = started();
        while s.screen() != Screen::Question(q("violence")) {
            answer(&mut s, Answer::No);
        }
        assert!(!s.danger_answered(&TABLES));
        answer(&mut s, Answer::Yes);
        assert!(
            s.danger_answered(&TABLES),
            "the next screen shows the emergency number"
        );
    }
}

// ---------------------------------------------------------------- question counts

/// How many questions a person sees for these answers.
fn count(yes: &[&str]) -> usize {
    visible(&INDICATORS, &SELF_CHECK, &self_answers(yes, &[]))
        .iter()
        .filter(|v| **v)
        .count()
}

/// Everything a path can open answered yes (the other screening questions no).
fn max_for(gates: &[&str]) -> usize {
    let mut yes: Vec<&str> = gates.to_vec();
    yes.extend(
        SELF_CHECK
            .iter()
            .map(|&i| INDICATORS[i].id)
            .filter(|id| !ROOTS.contains(id)),
    );
    count(&yes)
}

fn table() -> String {
    // Each path: a golden case; its screening answers give the minimum (nothing else "yes") and the
    // maximum (everything they open "yes"); the case itself is the typical walk.
    let rows: &[(&str, &str)] = &[
        ("Work for someone", "adult labour: exploitation"),
        (
            "Work for someone, found through someone else",
            "adult labour: trafficking",
        ),
        (
            "Domestic work, living in, found through someone else",
            "adult domestic: trafficking",
        ),
        (
            "Sex for money (\"lover boy\")",
            "adult sexual: trafficking (lover boy)",
        ),
        (
            "Made to commit crimes, found through someone else",
            "adult criminal: trafficking",
        ),
        (
            "Child: younger than 18, sex for money, found through someone else",
            "child sexual: trafficking (16-year-old, false job offer)",
        ),
    ];
    let mut out = String::from(
        "| path (screening answers \"yes\") | minimum | typical | maximum |\n|---|---|---|---|\n",
    );
    out.push_str(&format!(
        "| None (every screening answer \"no\") | {0} | {0} | {0} |\n",
        count(&[])
    ));
    for (name, case) in rows {
        let yes = GOLDEN.iter().find(|c| c.name == *case).unwrap().yes;
        let gates: Vec<&str> = yes
            .iter()
            .copied()
            .filter(|id| ROOTS[..6].contains(id))
            .collect();
        out.push_str(&format!(
            "| {name} | {} | {} | {} |\n",
            count(&gates),
            count(yes),
            max_for(&gates)
        ));
    }
    let all: Vec<&str> = SELF_CHECK.iter().map(|&i| INDICATORS[i].id).collect();
    out.push_str(&format!(
        "| Every answer \"yes\" | {0} | {0} | {0} |\n",
        count(&all)
    ));
    out
}

#[test]
fn question_counts() {
    let t = table();
    println!("{t}");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(
        readme.contains(&t),
        "README.md must state the question counts exactly as printed above (run this test with --nocapture and paste the table)"
    );
}

#[test]
fn child_form_follows_age_not_items() {
    // job_different and forced_to_come also point to children, but the person is an adult.
    let a = real(&["job_different", "forced_to_come"], &[]);
    assert!(!a.forms.contains(Form::Child));
    let a = real(&["under_18", "excessive_hours"], &[]);
    assert!(a.forms.contains(Form::Child));
}
