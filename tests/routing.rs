//! Routing per island on the real content: island × result × forms → ordered reporting points.

use signaal::content::{INDICATORS, POINTS, SELF_CHECK};
use signaal::domain::assessment::{assess, Answer, Assessment, Level};
use signaal::domain::model::{IslandId, Need, PointKind};
use signaal::domain::routing::{best, route, route_checked, unmet_by, unmet_needs, Routed};

fn answers(yes: &[&str]) -> Assessment {
    let pairs: Vec<(usize, Answer)> = SELF_CHECK
        .iter()
        .map(|&i| {
            (
                i,
                if yes.contains(&INDICATORS[i].id) {
                    Answer::Yes
                } else {
                    Answer::No
                },
            )
        })
        .collect();
    assess(&INDICATORS, &pairs)
}

fn kinds(island: IslandId, a: &Assessment) -> Vec<PointKind> {
    route(&POINTS, island, a).iter().map(|p| p.kind).collect()
}

use PointKind::*;

#[test]
fn order_per_island_table() {
    let none = answers(&[]);
    let exploitation = answers(&["excessive_hours"]);
    let danger = answers(&["violence"]);
    assert_eq!(none.level, Level::None);
    assert_eq!(exploitation.level, Level::Exploitation);
    assert!(danger.danger_now);
    let cases: &[(IslandId, &Assessment, &[PointKind])] = &[
        (
            IslandId::Bonaire,
            &none,
            &[
                VictimSupport,
                TipLine,
                Care,
                Care,
                Police,
                Labour,
                Emergency,
            ],
        ),
        (
            IslandId::Bonaire,
            &exploitation,
            &[Labour, Police, TipLine, VictimSupport, Care, Emergency],
        ),
        (
            IslandId::Bonaire,
            &danger,
            &[Emergency, Labour, Police, TipLine, VictimSupport, Care],
        ),
        (
            IslandId::Saba,
            &exploitation,
            &[Labour, Police, TipLine, VictimSupport, Care, Emergency],
        ),
        (
            IslandId::SintEustatius,
            &danger,
            &[Emergency, Labour, Police, TipLine, VictimSupport, Care],
        ),
        // Aruba's victim support has no channel the research could check: after every point
        // that can be called or messaged.
        (
            IslandId::Aruba,
            &none,
            &[
                Coordination,
                Care,
                Care,
                Police,
                Labour,
                VictimSupport,
                Emergency,
            ],
        ),
        (
            IslandId::Aruba,
            &exploitation,
            &[Coordination, Labour, Police, Care, VictimSupport, Emergency],
        ),
        // Curaçao's coordination point and labour desk have only a website: after police (911)
        // and victim support, which can be called.
        (
            IslandId::Curacao,
            &exploitation,
            &[Police, VictimSupport, Coordination, Labour, Emergency],
        ),
        (
            IslandId::Curacao,
            &danger,
            &[Emergency, Police, VictimSupport, Coordination, Labour],
        ),
        (
            IslandId::SintMaarten,
            &none,
            &[
                TipLine,
                Police,
                Labour,
                Coordination,
                VictimSupport,
                Emergency,
            ],
        ),
        (
            IslandId::SintMaarten,
            &exploitation,
            &[
                Labour,
                Police,
                TipLine,
                Coordination,
                VictimSupport,
                Emergency,
            ],
        ),
        (
            IslandId::Elsewhere,
            &exploitation,
            &[Coordination, Labour, Police, TipLine, Emergency],
        ),
    ];
    for (island, a, want) in cases {
        assert_eq!(
            kinds(*island, a),
            *want,
            "{island:?} {:?} danger={}",
            a.level,
            a.danger_now
        );
    }
}

#[test]
fn every_island_always_has_emergency_and_victim_support() {
    let mut danger_checked = 0;
    for island in IslandId::ALL {
        for a in [
            answers(&[]),
            answers(&["low_or_no_pay"]),
            answers(&["violence"]),
        ] {
            let k = kinds(island, &a);
            assert!(k.contains(&Emergency), "{island:?}");
            if island != IslandId::Elsewhere {
                assert!(k.contains(&VictimSupport), "{island:?}");
            }
            if a.danger_now {
                danger_checked += 1;
                assert_eq!(
                    k[0], Emergency,
                    "{island:?}: danger puts the emergency number first"
                );
            }
        }
    }
    // The check above runs only for answers that mean danger now: make sure some did.
    assert_eq!(
        danger_checked,
        IslandId::ALL.len(),
        "`violence` no longer means danger now: the emergency-first check never ran"
    );
}

#[test]
fn anonymous_lines_are_marked() {
    for p in POINTS.iter().filter(|p| p.kind == TipLine) {
        assert!(
            p.anonymous,
            "{} is a tip line and must be marked anonymous",
            p.id
        );
    }
    let bes_tip = POINTS
        .iter()
        .filter(|p| p.kind == TipLine && p.phones.iter().any(|ph| ph.number == "9310"))
        .count();
    assert_eq!(bes_tip, 3, "9310 on Bonaire, Saba and Sint Eustatius");
    assert!(
        !POINTS
            .iter()
            .any(|p| p.phones.iter().any(|ph| ph.number.contains("7177251"))),
        "old KPCN tip line must not be used"
    );
}

#[test]
fn child_signals_bring_the_child_line_in_aruba() {
    let child = answers(&["under_18", "violence"]);
    let ids: Vec<&str> = route(&POINTS, IslandId::Aruba, &child)
        .iter()
        .map(|p| p.id)
        .collect();
    assert!(ids.contains(&"aruba_sostenemi"), "{ids:?}");
    let adult = answers(&["excessive_hours"]);
    let ids: Vec<&str> = route(&POINTS, IslandId::Aruba, &adult)
        .iter()
        .map(|p| p.id)
        .collect();
    assert!(!ids.contains(&"aruba_sostenemi"), "{ids:?}");
}

/// The answer sets used below: name, "yes" answers.
const SETS: &[(&str, &[&str])] = &[
    ("none", &[]),
    ("some", &["low_or_no_pay"]),
    ("exploitation", &["excessive_hours"]),
    (
        "trafficking",
        &[
            "job_different",
            "pay_different",
            "excessive_hours",
            "no_days_off",
            "passport_kept",
            "debt_to_employer",
        ],
    ),
    ("danger", &["violence"]),
    ("papers", &["passport_kept"]),
];

fn checked(island: IslandId, yes: &[&str]) -> Vec<Routed<'static>> {
    let a = answers(yes);
    route_checked(&POINTS, island, &a, &unmet_needs(&INDICATORS, &a))
}

#[test]
fn callable_points_come_before_website_only_and_clashes_last() {
    // Group of a routed point, emergency aside: 0 callable, 1 website only, 2 nothing, 3 clash.
    let group = |r: &Routed| {
        if r.clash.is_some() {
            3
        } else if r.point.callable() {
            0
        } else if !r.point.website.is_empty() {
            1
        } else {
            2
        }
    };
    for island in IslandId::ALL {
        for (name, yes) in SETS {
            let list = checked(island, yes);
            let groups: Vec<u8> = list
                .iter()
                .filter(|r| r.point.kind != Emergency)
                .map(group)
                .collect();
            assert!(
                groups.windows(2).all(|w| w[0] <= w[1]),
                "{island:?}/{name}: {:?}",
                list.iter().map(|r| r.point.id).collect::<Vec<_>>()
            );
            let a = answers(yes);
            let emergency_at = list.iter().position(|r| r.point.kind == Emergency);
            let want = if a.danger_now {
                Some(0)
            } else {
                Some(list.len() - 1)
            };
            assert_eq!(emergency_at, want, "{island:?}/{name}: emergency place");
        }
    }
}

#[test]
fn papers_kept_puts_the_id_desk_last_and_says_why() {
    for (name, yes) in SETS {
        let list = checked(IslandId::Curacao, yes);
        let soaw = list
            .iter()
            .find(|r| r.point.id == "curacao_labour")
            .expect("SOAW listed");
        let kept = yes.contains(&"passport_kept");
        assert_eq!(
            soaw.clash,
            kept.then_some(Need::ValidId),
            "{name}: clash shown exactly when the papers are kept"
        );
        if kept {
            let last_non_emergency = list
                .iter()
                .rev()
                .find(|r| r.point.kind != Emergency)
                .unwrap();
            assert_eq!(last_non_emergency.point.id, "curacao_labour", "{name}");
        }
    }
    // Every indicator id a condition names exists (a renamed indicator would silently stop the rule).
    for need in Need::ALL {
        for id in unmet_by(need) {
            assert!(INDICATORS.iter().any(|i| i.id == *id), "{need:?}: {id}");
        }
    }
}

#[test]
fn best_contacts_per_island_and_result_table() {
    // island, set, the one or two points offered first as large buttons.
    let cases: &[(IslandId, &str, &[&str])] = &[
        (IslandId::Aruba, "none", &["aruba_cmma", "aruba_sostenemi"]),
        (
            IslandId::Aruba,
            "exploitation",
            &["aruba_cmma", "aruba_labour"],
        ),
        (IslandId::Aruba, "danger", &["aruba_cmma", "aruba_labour"]),
        (
            IslandId::Bonaire,
            "none",
            &["bonaire_victim_support", "bonaire_tipline"],
        ),
        (
            IslandId::Bonaire,
            "some",
            &["bonaire_victim_support", "bonaire_labour"],
        ),
        (
            IslandId::Bonaire,
            "exploitation",
            &["bonaire_labour", "bonaire_police"],
        ),
        (
            IslandId::Curacao,
            "none",
            &["curacao_victim_support", "curacao_police"],
        ),
        (
            IslandId::Curacao,
            "exploitation",
            &["curacao_police", "curacao_victim_support"],
        ),
        (
            IslandId::Curacao,
            "trafficking",
            &["curacao_police", "curacao_victim_support"],
        ),
        (
            IslandId::Curacao,
            "danger",
            &["curacao_police", "curacao_victim_support"],
        ),
        (
            IslandId::Saba,
            "trafficking",
            &["saba_labour", "saba_police"],
        ),
        (
            IslandId::SintEustatius,
            "none",
            &["statia_victim_support", "statia_tipline"],
        ),
        (
            IslandId::SintMaarten,
            "none",
            &["sxm_tipline", "sxm_police"],
        ),
        (
            IslandId::SintMaarten,
            "exploitation",
            &["sxm_labour", "sxm_police"],
        ),
        (IslandId::Elsewhere, "none", &["nl_comensha", "nl_tipline"]),
        (IslandId::Elsewhere, "danger", &["nl_comensha", "nl_labour"]),
    ];
    for (island, set, want) in cases {
        let yes = SETS.iter().find(|(n, _)| n == set).unwrap().1;
        let got: Vec<&str> = best(&checked(*island, yes)).iter().map(|p| p.id).collect();
        assert_eq!(got, *want, "{island:?}/{set}");
    }
    // Never the emergency number, never a clash, never a point without a call or message channel.
    for island in IslandId::ALL {
        for (name, yes) in SETS {
            let list = checked(island, yes);
            for p in best(&list) {
                assert!(
                    p.callable() && p.kind != Emergency,
                    "{island:?}/{name}: {}",
                    p.id
                );
                assert!(list.iter().any(|r| r.point.id == p.id && r.clash.is_none()));
            }
        }
    }
}

#[test]
fn route_is_route_checked_without_unmet_needs() {
    for island in IslandId::ALL {
        for (_, yes) in SETS {
            let a = answers(yes);
            let plain: Vec<&str> = route(&POINTS, island, &a).iter().map(|p| p.id).collect();
            let checked: Vec<&str> = route_checked(&POINTS, island, &a, &[])
                .iter()
                .map(|r| r.point.id)
                .collect();
            assert_eq!(plain, checked);
        }
    }
}

#[test]
fn child_signals_bring_guana_chat_in_the_caribbean_netherlands() {
    let child = answers(&["under_18", "violence"]);
    let adult = answers(&["excessive_hours"]);
    for (island, id) in [
        (IslandId::Bonaire, "bonaire_childline"),
        (IslandId::SintEustatius, "statia_childline"),
        (IslandId::Saba, "saba_childline"),
    ] {
        let with_child: Vec<&str> = route(&POINTS, island, &child)
            .iter()
            .map(|p| p.id)
            .collect();
        assert!(with_child.contains(&id), "{island:?}: {with_child:?}");
        let adult_ids: Vec<&str> = route(&POINTS, island, &adult)
            .iter()
            .map(|p| p.id)
            .collect();
        assert!(!adult_ids.contains(&id), "{island:?}: {adult_ids:?}");
        let guana = POINTS.iter().find(|p| p.id == id).unwrap();
        assert_eq!(guana.phones[0].number, "918");
        assert!(guana.phones[0].local_only() && guana.anonymous);
    }
}

#[test]
fn every_link_dials_from_any_phone() {
    // A number without `+` is only allowed as a short code or a 0-service number (the card then says it
    // cannot be dialled from abroad); every subscriber number is E.164.
    for p in POINTS.iter() {
        for ph in p.phones {
            let n = ph.number;
            if let Some(rest) = n.strip_prefix('+') {
                assert!(rest.chars().all(|c| c.is_ascii_digit()), "{}: {n}", p.id);
            } else {
                assert!(
                    n.len() <= 4 || n.starts_with('0'),
                    "{}: local subscriber number {n} without its international form",
                    p.id
                );
                assert!(ph.local_only());
            }
        }
        if !p.whatsapp.is_empty() {
            assert!(p.whatsapp.starts_with('+'), "{}", p.id);
        }
    }
    let sshc = POINTS
        .iter()
        .find(|p| p.id == "curacao_victim_support")
        .unwrap();
    assert_eq!(sshc.phones[0].number, "+59997477229");
    assert_eq!(sshc.phones[1].number, "+59995107575");
}

#[test]
fn zjcn_advice_line_is_the_official_guiami_number() {
    for id in ["bonaire_care", "statia_care", "saba_care"] {
        let p = POINTS.iter().find(|p| p.id == id).unwrap();
        assert_eq!(p.phones[0].number, "08020802", "{id}");
        assert!(p.source.starts_with("https://rijksdienstcn.com/"), "{id}");
        assert_eq!(p.source_date, "2025-03-14");
    }
}
