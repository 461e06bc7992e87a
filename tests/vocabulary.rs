//! The shared vocabulary (`crates/vocab`): slugs are unique and round-trip, and the island
//! defaults the app uses come from `data/islands.toml` through it.

use signaal::content;
use signaal::domain::locale::{choose_locale, Locale};
use signaal::domain::model::{Confidence, Dimension, Form, IslandId, PointKind, Strength, Theme};

/// Checks one vocabulary: every slug parses back to its own value, slugs are unique, and a
/// near miss (changed case, trailing space, a typo) is refused.
macro_rules! round_trip {
    ($t:ty) => {{
        for (i, v) in <$t>::ALL.into_iter().enumerate() {
            assert_eq!(v.index(), i);
            assert_eq!(<$t>::from_slug(v.slug()), Some(v), "{}", v.slug());
            assert_eq!(<$t>::from_slug(&v.slug().to_uppercase()), None);
            assert_eq!(<$t>::from_slug(&format!("{} ", v.slug())), None);
            assert_eq!(<$t>::from_slug(&format!("{}x", v.slug())), None);
            let same = <$t>::SLUGS.iter().filter(|s| **s == v.slug()).count();
            assert_eq!(same, 1, "{} listed twice", v.slug());
        }
        // (No `ALL.len() == COUNT` check: ALL is `[T; COUNT]`, equal by type, it cannot fail.)
    }};
}

#[test]
fn every_vocabulary_round_trips() {
    round_trip!(Dimension);
    round_trip!(Strength);
    round_trip!(Form);
    round_trip!(Theme);
    round_trip!(IslandId);
    round_trip!(PointKind);
    round_trip!(Confidence);
    round_trip!(Locale);
}

#[test]
fn locale_slugs_are_bcp47_tags() {
    assert_eq!(
        Locale::SLUGS,
        ["nl", "pap-AW", "pap-CW", "en", "es"],
        "file names under i18n/ and <html lang> use these tags"
    );
    for l in Locale::ALL {
        assert_eq!(Locale::parse(l.tag()), Some(l));
    }
}

/// The island's default language is read from `data/islands.toml` (no second copy in code).
#[test]
fn island_default_locale_comes_from_the_data() {
    let cases = [
        (IslandId::Aruba, Locale::PapAw),
        (IslandId::Curacao, Locale::PapCw),
        (IslandId::Bonaire, Locale::PapCw),
        (IslandId::SintMaarten, Locale::En),
        (IslandId::Saba, Locale::En),
        (IslandId::SintEustatius, Locale::En),
    ];
    for (island, want) in cases {
        let default = content::island(island).default_locale;
        assert_eq!(default, want, "{island:?}");
        assert_eq!(choose_locale(None, &[], Some(default)), want);
    }
}
