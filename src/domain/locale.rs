//! Locales and how one is chosen.

use super::model::IslandId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    Nl,
    PapAw,
    PapCw,
    En,
    Es,
}

impl Locale {
    pub const COUNT: usize = 5;
    pub const ALL: [Locale; Locale::COUNT] = [
        Locale::Nl,
        Locale::PapAw,
        Locale::PapCw,
        Locale::En,
        Locale::Es,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// BCP 47 tag, used for `<html lang>` and file names.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::PapAw => "pap-AW",
            Locale::PapCw => "pap-CW",
            Locale::En => "en",
            Locale::Es => "es",
        }
    }

    /// Parses a tag as given by a user, an embed attribute or `navigator.languages`.
    /// Case-insensitive; `pap` alone and `pap-BQ` map to the Curaçao/Bonaire spelling,
    /// regional variants of nl/en/es map to the base language.
    pub fn parse(tag: &str) -> Option<Locale> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = t.split('-');
        let lang = parts.next()?;
        let region = parts.next().unwrap_or("");
        match lang {
            "nl" => Some(Locale::Nl),
            "en" => Some(Locale::En),
            "es" => Some(Locale::Es),
            "pap" => Some(if region == "aw" {
                Locale::PapAw
            } else {
                Locale::PapCw
            }),
            _ => None,
        }
    }

    pub fn from_index(i: usize) -> Locale {
        Locale::ALL[i % Locale::COUNT]
    }
}

/// Chooses the locale: an explicit choice wins, then the first supported browser language
/// (regional variants count: `es-VE` → Spanish), then Papiamento where the island suggests it
/// (Aruba → pap-AW, Curaçao/Bonaire → pap-CW), then English, which most migrants read; Dutch
/// only for "somewhere else" when the browser names no language at all.
pub fn choose_locale(
    explicit: Option<Locale>,
    browser_languages: &[&str],
    island: Option<IslandId>,
) -> Locale {
    if let Some(l) = explicit {
        return l;
    }
    if let Some(l) = browser_languages.iter().find_map(|t| Locale::parse(t)) {
        return l;
    }
    match island {
        Some(IslandId::Aruba) => Locale::PapAw,
        Some(IslandId::Curacao) | Some(IslandId::Bonaire) => Locale::PapCw,
        Some(IslandId::Elsewhere) if browser_languages.is_empty() => Locale::Nl,
        _ => Locale::En,
    }
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
        use IslandId::*;
        type Case<'a> = (Option<Locale>, &'a [&'a str], Option<IslandId>, Locale);
        let cases: &[Case] = &[
            (Some(Locale::Es), &["nl"], Some(Aruba), Locale::Es),
            (None, &["fr-FR", "es-VE"], Some(Aruba), Locale::Es),
            (None, &["fr-FR"], Some(Aruba), Locale::PapAw),
            (None, &[], Some(Curacao), Locale::PapCw),
            (None, &[], Some(Bonaire), Locale::PapCw),
            (None, &[], Some(SintMaarten), Locale::En),
            (None, &[], Some(Saba), Locale::En),
            (None, &[], Some(SintEustatius), Locale::En),
            (None, &[], Some(Elsewhere), Locale::Nl),
            // An unsupported browser language gets English, unless the island suggests Papiamento.
            (None, &["de"], None, Locale::En),
            (None, &["fr-FR"], None, Locale::En),
            (None, &["zh-CN", "zh"], Some(Elsewhere), Locale::En),
            (None, &["fr"], Some(SintMaarten), Locale::En),
            (None, &["zh"], Some(Curacao), Locale::PapCw),
            (None, &["fr"], Some(Bonaire), Locale::PapCw),
            (None, &["hi-IN"], Some(Aruba), Locale::PapAw),
            (None, &[], None, Locale::En),
            // Spanish variants are Spanish, even after an unsupported language.
            (None, &["fr", "es-CO"], Some(Curacao), Locale::Es),
            (None, &["es-DO"], None, Locale::Es),
            (None, &["es-419"], Some(Elsewhere), Locale::Es),
            (None, &["ES_ve"], Some(Aruba), Locale::Es),
            (None, &["en-IN"], Some(Curacao), Locale::En),
            (None, &["nl-BE"], Some(SintMaarten), Locale::Nl),
        ];
        for (explicit, langs, island, want) in cases {
            assert_eq!(
                choose_locale(*explicit, langs, *island),
                *want,
                "{explicit:?} {langs:?} {island:?}"
            );
        }
    }
}
