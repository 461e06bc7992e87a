//! Locales and how one is chosen.

pub use signaal_vocab::Locale;

/// Chooses the locale: an explicit choice wins, then the first supported browser language
/// (regional variants count: `es-VE` → Spanish), then the island's default language
/// (`default_locale` in `data/islands.toml`) when it is Papiamento (Aruba → pap-AW,
/// Curaçao/Bonaire → pap-CW) or when the browser names no language at all; otherwise English,
/// which most migrants read.
pub fn choose_locale(
    explicit: Option<Locale>,
    browser_languages: &[&str],
    island_default: Option<Locale>,
) -> Locale {
    explicit
        .or_else(|| browser_languages.iter().find_map(|t| Locale::parse(t)))
        .or_else(|| {
            island_default.filter(|l| {
                matches!(l, Locale::PapAw | Locale::PapCw) || browser_languages.is_empty()
            })
        })
        .unwrap_or(Locale::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let cases: &[(&str, Option<Locale>)] = &[
            ("nl", Some(Locale::Nl)),
            ("nl-NL", Some(Locale::Nl)),
            ("NL-be", Some(Locale::Nl)),
            ("en-US", Some(Locale::En)),
            ("es-419", Some(Locale::Es)),
            ("es_VE", Some(Locale::Es)),
            ("pap", Some(Locale::PapCw)),
            ("pap-AW", Some(Locale::PapAw)),
            ("pap-aw", Some(Locale::PapAw)),
            ("pap-CW", Some(Locale::PapCw)),
            ("pap-BQ", Some(Locale::PapCw)),
            ("fr", None),
            ("", None),
            ("xx-yy-zz", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Locale::parse(tag), *want, "tag {tag:?}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::parse(l.tag()), Some(l));
        }
    }

    #[test]
    fn choice_order_table() {
        use Locale::*;
        type Case<'a> = (Option<Locale>, &'a [&'a str], Option<Locale>, Locale);
        let cases: &[Case] = &[
            (Some(Es), &["nl"], Some(PapAw), Es),
            (None, &["fr-FR", "es-VE"], Some(PapAw), Es),
            (None, &["fr-FR"], Some(PapAw), PapAw),
            (None, &[], Some(PapCw), PapCw),
            (None, &[], Some(En), En),
            // "Somewhere else" (default nl) with no browser language at all.
            (None, &[], Some(Nl), Nl),
            // An unsupported browser language gets English, unless the island suggests Papiamento.
            (None, &[], None, En),
            (None, &["de"], None, En),
            (None, &["fr-FR"], None, En),
            (None, &["zh-CN", "zh"], Some(Nl), En),
            (None, &["fr"], Some(En), En),
            (None, &["zh"], Some(PapCw), PapCw),
            (None, &["hi-IN"], Some(PapAw), PapAw),
            // Spanish variants are Spanish, even after an unsupported language.
            (None, &["fr", "es-CO"], Some(PapCw), Es),
            (None, &["es-DO"], None, Es),
            (None, &["es-419"], Some(Nl), Es),
            (None, &["ES_ve"], Some(PapAw), Es),
            (None, &["en-IN"], Some(PapCw), En),
            (None, &["nl-BE"], Some(En), Nl),
        ];
        for (explicit, langs, island_default, want) in cases {
            assert_eq!(
                choose_locale(*explicit, langs, *island_default),
                *want,
                "{explicit:?} {langs:?} {island_default:?}"
            );
        }
    }
}
