//! The one options parser (iframe query string, inline data attributes, standalone page):
//! a table of good and bad values, then properties over arbitrary input. Native only
//! (proptest is a native dev-dependency; `wasm-pack test` builds every test file for wasm32).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use signaal::domain::locale::Locale;
use signaal::domain::model::IslandId;
use signaal::domain::options::{
    parse, parse_query, valid_colour, valid_exit_url, valid_origin, Options, StartPath,
    DEFAULT_EXIT_URL, MAX_VALUE_LEN,
};

fn one(name: &str, value: &str) -> (Options, Vec<String>) {
    parse([(name, value)])
}

/// An option name, a value, and what the parsed options must then satisfy.
type Case = (&'static str, &'static str, fn(&Options) -> bool);

#[test]
fn good_values_are_taken() {
    let cases: &[Case] = &[
        ("lang", "pap-CW", |o| o.lang == Some(Locale::PapCw)),
        ("lang", "pap-aw", |o| o.lang == Some(Locale::PapAw)),
        ("lang", "ES", |o| o.lang == Some(Locale::Es)),
        ("data-lang", "nl", |o| o.lang == Some(Locale::Nl)),
        ("island", "curacao", |o| o.island == Some(IslandId::Curacao)),
        ("island", "Sint-Maarten", |o| {
            o.island == Some(IslandId::SintMaarten)
        }),
        ("path", "self", |o| o.path == StartPath::SelfCheck),
        ("path", "other", |o| o.path == StartPath::Other),
        ("path", "training", |o| o.path == StartPath::Training),
        ("path", "choose", |o| o.path == StartPath::Choose),
        ("exit-url", "https://example.org/weer", |o| {
            o.exit_url == "https://example.org/weer"
        }),
        ("compact", "true", |o| o.compact),
        ("compact", "", |o| o.compact),
        ("accent", "#8a1538", |o| {
            o.colours == [("--signaal-accent", "#8a1538".to_string())]
        }),
        ("text", "black", |o| {
            o.colours == [("--signaal-text", "black".to_string())]
        }),
        ("parent-origin", "https://ngo.example:8443", |o| {
            o.parent_origin.as_deref() == Some("https://ngo.example:8443")
        }),
        // Attributes that belong to the element, not to the tool: silently ignored.
        ("id", "x", |o| *o == Options::default()),
        ("class", "x", |o| *o == Options::default()),
    ];
    for (name, value, ok) in cases {
        let (o, w) = one(name, value);
        assert!(ok(&o), "{name}={value}: {o:?}");
        assert!(w.is_empty(), "{name}={value}: unexpected warnings {w:?}");
    }
}

#[test]
fn bad_values_fall_back_with_one_warning_each() {
    let long = "a".repeat(MAX_VALUE_LEN + 1);
    let cases: &[(&str, &str, &str)] = &[
        ("lang", "xx", "unknown language"),
        ("lang", "", "unknown language"),
        ("island", "atlantis", "unknown island"),
        ("path", "sideways", "unknown path"),
        ("exit-url", "javascript:alert(1)", "exit-url"),
        ("exit-url", "ftp://example.org/", "exit-url"),
        ("exit-url", "https://", "exit-url"),
        ("exit-url", "https://exa mple.org/", "exit-url"),
        ("exit-url", "https://example.org/\"><script>", "exit-url"),
        ("accent", "red;}", "not a colour"),
        ("accent", "url(http://evil.example/)", "not a colour"),
        ("accent", "#12345", "not a colour"),
        ("background", "var(--x)", "not a colour"),
        ("compact", "maybe", "compact"),
        ("parent-origin", "https://ngo.example/path", "parent-origin"),
        ("parent-origin", "*", "parent-origin"),
        ("parent-origin", "https://ngo.example:", "parent-origin"),
        ("colour", "blue", "unknown option"),
        ("lang", &long, "too long"),
        ("exit-url", &long, "too long"),
    ];
    for (name, value, says) in cases {
        let (o, w) = one(name, value);
        assert_eq!(o, Options::default(), "{name}={value}");
        assert_eq!(w.len(), 1, "{name}={value}: {w:?}");
        assert!(w[0].contains(says), "{name}={value}: {w:?}");
    }
}

#[test]
fn query_strings_are_decoded() {
    let (o, w) = parse_query(
        "?lang=pap-CW&island=bonaire&exit-url=https%3A%2F%2Fexample.org%2F%3Fq%3D1&compact",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(o.lang, Some(Locale::PapCw));
    assert_eq!(o.island, Some(IslandId::Bonaire));
    assert_eq!(o.exit_url, "https://example.org/?q=1");
    assert!(o.compact);
    // Broken escapes stay literal instead of failing.
    let (o, w) = parse_query("lang=%zz&path=%");
    assert_eq!(o, Options::default());
    assert_eq!(w.len(), 2, "{w:?}");
}

/// Strings with the characters that break out of attributes, declarations and URLs.
fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z#0-9;:{}()<>\"' %/\\-]{0,40}",
        "(https?|javascript|ftp)://[a-z0-9.:/?#<>\" -]{0,30}",
        // Near-origins: a plain host and port, sometimes with a path, query or fragment.
        "https?://[a-z0-9.-]{1,12}(:[0-9]{1,5})?([/?#][a-z]{0,5})?",
        Just("a".repeat(MAX_VALUE_LEN + 1)),
    ]
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("lang".to_string()),
        Just("data-island".to_string()),
        Just("path".to_string()),
        Just("exit-url".to_string()),
        Just("accent".to_string()),
        Just("accent-text".to_string()),
        Just("background".to_string()),
        Just("text".to_string()),
        Just("compact".to_string()),
        Just("parent-origin".to_string()),
        "[a-z-]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Whatever comes in, every option is either a default or a value that passed its check,
    /// and there is at most one warning per pair.
    #[test]
    fn arbitrary_pairs_give_safe_options(pairs in proptest::collection::vec((name(), nasty()), 0..8)) {
        let (o, w) = parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert!(w.len() <= pairs.len());
        prop_assert!(o.exit_url == DEFAULT_EXIT_URL || valid_exit_url(&o.exit_url));
        prop_assert!(o.exit_url.len() <= MAX_VALUE_LEN);
        for (prop, value) in &o.colours {
            prop_assert!(prop.starts_with("--signaal-"));
            prop_assert!(valid_colour(value));
            let breaks_out = value.contains([';', '{', '}', '(', ')', ':', '"', '\'']);
            prop_assert!(!breaks_out, "colour value {:?}", value);
        }
        if let Some(origin) = &o.parent_origin {
            prop_assert!(valid_origin(origin));
            // Nothing after the host and port: no path, query or fragment.
            let after_scheme = origin.split_once("://").map_or("", |(_, rest)| rest);
            prop_assert!(!after_scheme.is_empty() && !after_scheme.contains(['/', '?', '#']), "origin {:?}", origin);
        }
        // The colour list never holds the same property twice.
        let mut props: Vec<_> = o.colours.iter().map(|(p, _)| *p).collect();
        props.sort_unstable();
        props.dedup();
        prop_assert_eq!(props.len(), o.colours.len());
    }

    /// A bad value for a known option gives exactly one warning and leaves the default.
    #[test]
    fn one_warning_per_rejected_value(value in nasty()) {
        for name in ["lang", "island", "path", "exit-url", "accent", "compact", "parent-origin"] {
            let (o, w) = parse([(name, value.as_str())]);
            if o == Options::default() && !(name == "path" && matches!(value.trim(), "choose" | ""))
                && !(name == "compact" && matches!(value.trim(), "false" | "0" | "no"))
            {
                prop_assert_eq!(w.len(), 1, "{}={:?}: {:?}", name, value, w);
            } else {
                prop_assert!(w.is_empty(), "{}={:?}: {:?}", name, value, w);
            }
        }
    }

    /// Any query string parses without a panic.
    #[test]
    fn any_query_string_parses(q in any::<String>()) {
        let (_o, w) = parse_query(&q);
        prop_assert!(w.len() <= q.split('&').count());
    }
}

#[test]
fn the_standalone_page_keeps_the_default_exit() {
    let (mut o, _) = parse_query("?exit-url=https%3A%2F%2Flogger.example%2F");
    assert_eq!(o.exit_url, "https://logger.example/");
    let w = o.keep_default_exit();
    assert_eq!(o.exit_url, DEFAULT_EXIT_URL);
    assert!(w.is_some_and(|w| w.contains("exit-url")));
    let (mut o, _) = parse_query("?lang=en");
    assert_eq!(o.keep_default_exit(), None);
}
