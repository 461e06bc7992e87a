//! Routing: island × result × answers → the reporting points to show, in order.
//!
//! Rules, in plain words:
//! - danger now: the emergency number comes first;
//! - a point people can call or message (phone, WhatsApp) comes before one with only a website,
//!   and that before one with no channel found at all;
//! - a point whose stated conditions clash with the answers (it needs a valid ID while the papers
//!   are kept) comes after every point without such a clash, and says why;
//! - within each of these groups: with signals of exploitation or trafficking, the island's
//!   trafficking coordination point and the police come before the rest; labour signals put the
//!   labour inspectorate right after; with only some or no signals, victim support and anonymous
//!   lines come first ("in doubt? report anyway");
//! - victim support is always present; care lines appear only for the forms they serve;
//! - without danger the emergency number is still shown, last (it is also on every screen).

use super::assessment::{Assessment, Level};
use super::model::{Form, Indicator, IslandId, Need, Point, PointKind};

fn rank(kind: PointKind, a: &Assessment) -> u8 {
    let serious = a.level >= Level::Exploitation;
    let labour = a.forms.contains(Form::Labour) || a.forms.contains(Form::Domestic);
    match kind {
        PointKind::Emergency if a.danger_now => 0,
        PointKind::Emergency => 90,
        PointKind::Coordination => 10,
        PointKind::Labour if labour => 12,
        PointKind::Labour => 50,
        PointKind::Police if serious => 20,
        PointKind::Police => 40,
        PointKind::TipLine if serious => 21,
        PointKind::TipLine => 14,
        PointKind::VictimSupport if serious => 30,
        PointKind::VictimSupport => 11,
        PointKind::Care => 35,
    }
}

/// The group a point falls in, before its kind is looked at: lower comes first.
fn group(p: &Point, a: &Assessment, clash: bool) -> u8 {
    match p.kind {
        PointKind::Emergency if a.danger_now => 0,
        PointKind::Emergency => 9,
        _ if clash => 5,
        _ if p.callable() => 1,
        _ if !p.website.is_empty() => 2,
        _ => 3,
    }
}

/// Whether a point belongs in the list at all.
fn relevant(p: &Point, a: &Assessment) -> bool {
    match p.kind {
        // Care lines serve specific forms (child abuse, domestic violence): show them when those
        // forms are among the signals, or when there is no signal yet to narrow things down.
        PointKind::Care => {
            p.forms.is_empty() || p.forms.intersects(a.forms) || a.level == Level::None
        }
        _ => true,
    }
}

/// One reporting point in the routed list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Routed<'a> {
    pub point: &'a Point,
    /// The first of the point's conditions that the answers say may not be met.
    pub clash: Option<Need>,
}

/// Indicator ids whose "yes" means the person probably cannot meet a point's condition.
pub fn unmet_by(need: Need) -> &'static [&'static str] {
    match need {
        Need::ValidId => &["passport_kept"],
    }
}

/// The conditions the answers say may not be met (the "yes" answers among `indicators`).
pub fn unmet_needs(indicators: &[Indicator], a: &Assessment) -> Vec<Need> {
    Need::ALL
        .into_iter()
        .filter(|n| {
            a.yes.iter().any(|&i| {
                indicators
                    .get(i)
                    .is_some_and(|ind| unmet_by(*n).contains(&ind.id))
            })
        })
        .collect()
}

/// The reporting points for `island`, ordered for this assessment, with the conditions that
/// clash with `unmet`. Stable: equal ranks keep data order.
pub fn route_checked<'a>(
    points: &'a [Point],
    island: IslandId,
    a: &Assessment,
    unmet: &[Need],
) -> Vec<Routed<'a>> {
    let mut list: Vec<Routed> = points
        .iter()
        .filter(|p| p.island == island && relevant(p, a))
        .map(|p| Routed {
            point: p,
            clash: p.needs.iter().copied().find(|n| unmet.contains(n)),
        })
        .collect();
    super::sort_small_by_key(&mut list, |r| {
        (group(r.point, a, r.clash.is_some()), rank(r.point.kind, a))
    });
    list
}

/// The reporting points for `island`, ordered for this assessment, when no answer is known to
/// clash with a point's conditions (the handout, the training stories).
pub fn route<'a>(points: &'a [Point], island: IslandId, a: &Assessment) -> Vec<&'a Point> {
    route_checked(points, island, a, &[])
        .into_iter()
        .map(|r| r.point)
        .collect()
}

/// The one or two points to offer first, as large buttons: the first points of the routed list
/// that can be called or messaged and whose conditions do not clash. The emergency number is
/// left out (it has its own place on every screen and in the danger box).
pub fn best<'a>(routed: &[Routed<'a>]) -> Vec<&'a Point> {
    routed
        .iter()
        .filter(|r| r.clash.is_none() && r.point.kind != PointKind::Emergency && r.point.callable())
        .take(2)
        .map(|r| r.point)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::assessment::Assessment;
    use super::super::model::{Confidence, Forms, Phone};
    use super::*;

    const PHONE: &[Phone] = &[Phone {
        number: "+2975000000",
        display: "+297 500 0000",
        label: "",
    }];
    fn point(
        id: &'static str,
        kind: PointKind,
        phones: &'static [Phone],
        website: &'static str,
        needs: &'static [Need],
    ) -> Point {
        Point {
            id,
            island: IslandId::Aruba,
            kind,
            phones,
            whatsapp: "",
            email: "",
            messenger: "",
            website,
            address: "",
            anonymous: false,
            needs,
            forms: Forms::default(),
            source: "https://example.org/",
            source_date: "",
            verified: "2026-11-29",
            confidence: Confidence::High,
            index: 0,
        }
    }

    fn ids(list: &[Routed]) -> Vec<&'static str> {
        list.iter().map(|r| r.point.id).collect()
    }

    #[test]
    fn groups_table() {
        let points = [
            point(
                "web_coord",
                PointKind::Coordination,
                &[],
                "https://a.example/",
                &[],
            ),
            point("nothing_vs", PointKind::VictimSupport, &[], "", &[]),
            point("id_labour", PointKind::Labour, PHONE, "", &[Need::ValidId]),
            point("police", PointKind::Police, PHONE, "", &[]),
            point("emergency", PointKind::Emergency, PHONE, "", &[]),
        ];
        let calm = Assessment {
            level: Level::Exploitation,
            ..super::super::assessment::assess(&[], &[])
        };
        let danger = Assessment {
            danger_now: true,
            ..calm.clone()
        };
        type Case<'a> = (&'a Assessment, &'a [Need], &'a [&'a str], &'a [&'a str]);
        let cases: &[Case] = &[
            // No clash known: a callable labour desk comes right after the police's phone.
            (
                &calm,
                &[],
                &[
                    "police",
                    "id_labour",
                    "web_coord",
                    "nothing_vs",
                    "emergency",
                ],
                &["police", "id_labour"],
            ),
            // Papers kept: the desk that needs a valid ID drops below every other point.
            (
                &calm,
                &[Need::ValidId],
                &[
                    "police",
                    "web_coord",
                    "nothing_vs",
                    "id_labour",
                    "emergency",
                ],
                &["police"],
            ),
            (
                &danger,
                &[Need::ValidId],
                &[
                    "emergency",
                    "police",
                    "web_coord",
                    "nothing_vs",
                    "id_labour",
                ],
                &["police"],
            ),
        ];
        for (a, unmet, want, want_best) in cases {
            let list = route_checked(&points, IslandId::Aruba, a, unmet);
            assert_eq!(ids(&list), *want, "unmet {unmet:?} danger {}", a.danger_now);
            let clash: Vec<_> = list.iter().filter(|r| r.clash.is_some()).collect();
            assert_eq!(clash.len(), unmet.len(), "clash marked exactly when unmet");
            let b: Vec<&str> = best(&list).iter().map(|p| p.id).collect();
            assert_eq!(b, *want_best);
        }
    }
}
