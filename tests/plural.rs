//! Every text with a count, in every locale, at 1 and at 2: the number meets the right word form
//! (CLDR plural categories, `src/domain/plural.rs`) and no placeholder is left unfilled.

use signaal::content::{count_text, shift_more, texts, training_score};
use signaal::domain::locale::Locale;

fn no_placeholder_left(s: &str) {
    assert!(!s.contains('{') && !s.contains('}'), "unfilled: {s}");
}

#[test]
fn shift_hint_at_one_and_two() {
    let want: &[(Locale, &str, &str)] = &[
        (
            Locale::En,
            "Press Shift once more to leave this page.",
            "Press Shift 2 more times to leave this page.",
        ),
        (
            Locale::Nl,
            "Druk nog één keer op Shift om deze pagina te verlaten.",
            "Druk nog 2 keer op Shift om deze pagina te verlaten.",
        ),
        (
            Locale::Es,
            "Presiona Shift una vez más para salir de esta página.",
            "Presiona Shift 2 veces más para salir de esta página.",
        ),
        (
            Locale::PapAw,
            "Primi Shift un biaha mas pa sali for di e pagina aki.",
            "Primi Shift 2 biaha mas pa sali for di e pagina aki.",
        ),
        (
            Locale::PapCw,
            "Primi Shift un biaha mas pa sali for di e página aki.",
            "Primi Shift 2 biaha mas pa sali for di e página aki.",
        ),
    ];
    for (locale, one, two) in want {
        assert_eq!(shift_more(*locale, 1), *one, "{locale:?} at 1");
        assert_eq!(shift_more(*locale, 2), *two, "{locale:?} at 2");
    }
}

#[test]
fn training_score_at_one_and_two() {
    let want: &[(Locale, &str, &str)] = &[
        (
            Locale::En,
            "1 of 1 sign found, 1 statement marked by mistake",
            "2 of 2 signs found, 2 statements marked by mistake",
        ),
        (
            Locale::Nl,
            "1 van 1 signaal gevonden, 1 zin per vergissing aangevinkt",
            "2 van 2 signalen gevonden, 2 zinnen per vergissing aangevinkt",
        ),
        (
            Locale::Es,
            "1 de 1 señal encontrada, 1 frase marcada por error",
            "2 de 2 señales encontradas, 2 frases marcadas por error",
        ),
        (
            Locale::PapAw,
            "Bo a haya 1 di 1 señal, bo a marca 1 frase pa eror",
            "Bo a haya 2 di 2 señal, bo a marca 2 frase pa eror",
        ),
        (
            Locale::PapCw,
            "Bo a haña 1 di 1 señal, bo a marka 1 frase pa eror",
            "Bo a haña 2 di 2 señal, bo a marka 2 frase pa eror",
        ),
    ];
    for (locale, one, two) in want {
        assert_eq!(training_score(*locale, 1, 1, 1), *one, "{locale:?} at 1");
        assert_eq!(training_score(*locale, 2, 2, 2), *two, "{locale:?} at 2");
    }
    // The two counts choose their forms independently.
    assert_eq!(
        training_score(Locale::En, 0, 2, 1),
        "0 of 2 signs found, 1 statement marked by mistake"
    );
}

/// Every counted text of every locale, including ones added later: filled at 1 and 2, the forms
/// differ where the language marks the plural on the noun (nl, en, es), and nothing is left unfilled.
#[test]
fn every_counted_text_at_one_and_two() {
    let args: &[(&str, &str)] = &[("found", "1"), ("total", "2"), ("reviewed", "1")];
    for locale in Locale::ALL {
        let plurals = texts(locale).plurals();
        assert!(!plurals.is_empty());
        for (key, p) in plurals {
            let one = count_text(locale, p, 1, args);
            let two = count_text(locale, p, 2, args);
            no_placeholder_left(&one);
            no_placeholder_left(&two);
            assert_eq!(p.pick(locale, 1), p.one, "{locale:?} {key}");
            assert_eq!(p.pick(locale, 2), p.other, "{locale:?} {key}");
            if matches!(locale, Locale::En | Locale::Nl | Locale::Es) {
                assert_ne!(p.one, p.other, "{locale:?} {key}: same form at 1 and 2");
            }
        }
    }
}
