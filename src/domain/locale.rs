//! Locales and how one is chosen.

pub use signaal_vocab::Locale;

/// Chooses the locale: an explicit choice wins, then the first supported browser language,
/// then the island's default language (`default_locale` in `data/islands.toml`: Aruba → pap-AW,
/// Curaçao/Bonaire → pap-CW, the Windward islands → en), then Dutch.
pub fn choose_locale(
    explicit: Option<Locale>,
    browser_languages: &[&str],
    island_default: Option<Locale>,
) -> Locale {
    explicit
        .or_else(|| browser_languages.iter().find_map(|t| Locale::parse(t)))
        .or(island_default)
        .unwrap_or(Locale::Nl)
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
            (None, &[], None, Nl),
            (None, &["de"], None, Nl),
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
