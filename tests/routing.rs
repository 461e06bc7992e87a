//! Routing per island on the real content: island × result × forms → ordered reporting points.

use signaal::content::{INDICATORS, POINTS, SELF_CHECK};
use signaal::domain::assessment::{assess, Answer, Assessment, Level};
use signaal::domain::model::{IslandId, PointKind};
use signaal::domain::routing::route;

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
        (
            IslandId::Aruba,
            &none,
            &[
                Coordination,
                VictimSupport,
                Care,
                Care,
                Police,
                Labour,
                Emergency,
            ],
        ),
        (
            IslandId::Aruba,
            &exploitation,
            &[Coordination, Labour, Police, VictimSupport, Care, Emergency],
        ),
        (
            IslandId::Curacao,
            &exploitation,
            &[Coordination, Labour, Police, VictimSupport, Emergency],
        ),
        (
            IslandId::Curacao,
            &danger,
            &[Emergency, Coordination, Labour, Police, VictimSupport],
        ),
        (
            IslandId::SintMaarten,
            &none,
            &[
                Coordination,
                VictimSupport,
                TipLine,
                Police,
                Labour,
                Emergency,
            ],
        ),
        (
            IslandId::SintMaarten,
            &exploitation,
            &[
                Coordination,
                Labour,
                Police,
                TipLine,
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
                assert_eq!(
                    k[0], Emergency,
                    "{island:?}: danger puts the emergency number first"
                );
            }
        }
    }
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
