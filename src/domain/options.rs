//! Embed and page options: one parser for the iframe query string, the inline element's
//! data attributes and the standalone page's query string. Bad values never break the tool:
//! each falls back to its default and yields one warning.

use super::locale::Locale;
use super::model::IslandId;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartPath {
    Choose,
    SelfCheck,
    Other,
    Training,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub lang: Option<Locale>,
    pub island: Option<IslandId>,
    pub path: StartPath,
    pub exit_url: String,
    /// Validated CSS colours: (custom property name, value).
    pub colours: Vec<(&'static str, String)>,
    pub compact: bool,
    /// The origin of the page that frames the tool (set by the host script): the only origin
    /// the framed tool talks to through `postMessage`.
    pub parent_origin: Option<String>,
}

pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";
pub const MAX_VALUE_LEN: usize = 200;

/// Colour options and the CSS custom properties they set.
pub const COLOUR_OPTIONS: [(&str, &str); 4] = [
    ("accent", "--signaal-accent"),
    ("accent-text", "--signaal-accent-text"),
    ("background", "--signaal-background"),
    ("text", "--signaal-text"),
];

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: None,
            island: None,
            path: StartPath::Choose,
            exit_url: DEFAULT_EXIT_URL.to_string(),
            colours: Vec::new(),
            compact: false,
            parent_origin: None,
        }
    }
}

impl Options {
    /// On the tool's own page (not framed), the query string may not choose the quick-exit
    /// address: a link to the genuine tool must not be able to send the exit to a page that
    /// logs who pressed it. Embeds set it through the host script. Returns the warning.
    pub fn keep_default_exit(&mut self) -> Option<String> {
        if self.exit_url == DEFAULT_EXIT_URL {
            return None;
        }
        self.exit_url = DEFAULT_EXIT_URL.to_string();
        Some(format!(
            "Signaal: exit-url is for embeds only; on this page quick exit goes to {DEFAULT_EXIT_URL}"
        ))
    }
}

/// A colour value we accept: `#rgb`, `#rrggbb`, `#rrggbbaa`, or a plain CSS colour keyword
/// (letters only). Nothing that could close a declaration or load anything.
pub fn valid_colour(v: &str) -> bool {
    if let Some(hex) = v.strip_prefix('#') {
        matches!(hex.len(), 3 | 4 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    } else {
        (3..=20).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphabetic())
    }
}

/// What follows `https://` or `http://`, if `v` starts with either.
fn after_http_scheme(v: &str) -> Option<&str> {
    v.strip_prefix("https://")
        .or_else(|| v.strip_prefix("http://"))
}

/// A host name as we accept it: letters, digits, dots and hyphens, not empty.
fn plain_host(h: &str) -> bool {
    !h.is_empty()
        && h.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))
}

/// Whole-number port of at most five digits.
fn plain_port(p: &str) -> bool {
    (1..=5).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
}

/// An exit URL we accept: absolute http(s) with a host (and port), no whitespace, control
/// characters, quotes or angle brackets anywhere.
pub fn valid_exit_url(v: &str) -> bool {
    let Some(rest) = after_http_scheme(v) else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    valid_origin(&v[..v.len() - rest.len() + authority.len()])
        && !v
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>'))
}

/// An origin: `http(s)://host` with an optional `:port`, nothing after it.
pub fn valid_origin(v: &str) -> bool {
    let Some(rest) = after_http_scheme(v) else {
        return false;
    };
    match rest.split_once(':') {
        Some((host, port)) => plain_host(host) && plain_port(port),
        None => plain_host(rest),
    }
}

/// Parses `(name, value)` pairs. Names are matched without a `data-` prefix. Unknown names are
/// ignored with a warning. Returns the options and the warnings (one per bad value).
pub fn parse<'a, I>(pairs: I) -> (Options, Vec<String>)
where
    I: IntoIterator<Item = (&'a str, &'a str)>,
{
    let mut o = Options::default();
    let mut warnings = Vec::new();
    for (raw_name, value) in pairs {
        let name = raw_name.strip_prefix("data-").unwrap_or(raw_name);
        if value.len() > MAX_VALUE_LEN {
            warnings.push(format!(
                "Signaal: option `{name}` is too long ({} characters); ignored",
                value.len()
            ));
            continue;
        }
        let v = value.trim();
        match name {
            "lang" => match Locale::parse(v) {
                Some(l) => o.lang = Some(l),
                None => warnings.push(format!(
                    "Signaal: unknown language `{v}`; using the browser's language"
                )),
            },
            "island" => match IslandId::from_slug(&v.to_ascii_lowercase()) {
                Some(i) => o.island = Some(i),
                None => warnings.push(format!("Signaal: unknown island `{v}`; the user chooses")),
            },
            "path" => match v {
                "self" => o.path = StartPath::SelfCheck,
                "other" => o.path = StartPath::Other,
                "training" => o.path = StartPath::Training,
                "choose" | "" => o.path = StartPath::Choose,
                _ => warnings.push(format!("Signaal: unknown path `{v}`; the user chooses")),
            },
            "exit-url" => {
                if valid_exit_url(v) {
                    o.exit_url = v.to_string();
                } else {
                    warnings.push(format!(
                        "Signaal: exit-url must be an http(s) address; using {DEFAULT_EXIT_URL}"
                    ));
                }
            }
            "parent-origin" => {
                if valid_origin(v) {
                    o.parent_origin = Some(v.to_string());
                } else {
                    warnings.push(format!(
                        "Signaal: parent-origin `{v}` is not an origin; the frame will not resize"
                    ));
                }
            }
            "compact" => match v {
                "" | "true" | "1" | "yes" => o.compact = true,
                "false" | "0" | "no" => o.compact = false,
                _ => warnings.push(format!("Signaal: compact must be true or false, not `{v}`")),
            },
            _ => {
                if let Some((_, prop)) = COLOUR_OPTIONS.iter().find(|(n, _)| *n == name) {
                    if valid_colour(v) {
                        o.colours.retain(|(p, _)| p != prop);
                        o.colours.push((prop, v.to_string()));
                    } else {
                        warnings.push(format!(
                            "Signaal: `{v}` is not a colour for {name}; using the default"
                        ));
                    }
                } else if !matches!(
                    name,
                    "src" | "id" | "class" | "style" | "signaal" | "height" | "title"
                ) {
                    warnings.push(format!("Signaal: unknown option `{name}`; ignored"));
                }
            }
        }
    }
    (o, warnings)
}

/// Parses a query string (`?lang=en&island=aruba`), decoding `%XX` and `+`.
pub fn parse_query(query: &str) -> (Options, Vec<String>) {
    let q = query.strip_prefix('?').unwrap_or(query);
    let decoded: Vec<(String, String)> = q
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    parse(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
