//! Texts assembled from parts read as whole sentences in every locale and for every island.

use signaal::content::{fill, texts};
use signaal::domain::locale::Locale;
use signaal::domain::model::IslandId;

#[test]
fn help_titles_name_the_place_with_its_preposition() {
    let t = texts(Locale::En);
    let title = |i: IslandId| fill(t.result_help_title, &[("where", t.island_in[i.index()])]);
    assert_eq!(
        title(IslandId::Elsewhere),
        "Who can help in the Netherlands or another country"
    );
    assert_eq!(title(IslandId::Bonaire), "Who can help on Bonaire");
    let nl = texts(Locale::Nl);
    assert_eq!(
        fill(
            nl.result_help_title,
            &[("where", nl.island_in[IslandId::Aruba.index()])]
        ),
        "Wie kan helpen op Aruba"
    );
    for locale in Locale::ALL {
        let t = texts(locale);
        for i in IslandId::ALL {
            for template in [t.result_help_title, t.training_contact] {
                let s = fill(template, &[("where", t.island_in[i.index()])]);
                assert!(
                    !s.contains('{') && !s.contains('('),
                    "{locale:?} {i:?}: {s}"
                );
                // The island's label (a choice in a list) never stands in for the place.
                if i == IslandId::Elsewhere {
                    assert!(!s.contains(t.island[i.index()]), "{locale:?}: {s}");
                }
            }
        }
    }
}
