//! Routing: island × result × forms → the reporting points to show, in order.
//!
//! Rules, in plain words:
//! - danger now: the emergency number comes first;
//! - with signals of exploitation or trafficking, the island's trafficking coordination point
//!   and the police come before the rest; labour signals put the labour inspectorate right after;
//! - with only some or no signals, victim support and anonymous lines come first ("in doubt? report anyway");
//! - victim support is always present; care lines appear only for the forms they serve;
//! - without danger the emergency number is still shown, last.

use super::assessment::{Assessment, Level};
use super::model::{Form, IslandId, Point, PointKind};

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

/// The reporting points for `island`, ordered for this assessment. Stable: equal ranks keep data order.
pub fn route<'a>(points: &'a [Point], island: IslandId, a: &Assessment) -> Vec<&'a Point> {
    let mut list: Vec<&Point> = points
        .iter()
        .filter(|p| p.island == island && relevant(p, a))
        .collect();
    super::sort_small_by_key(&mut list, |p| rank(p.kind, a));
    list
}
