//! Format checks of the content and the site settings: phone numbers, e-mail and https
//! addresses, dates. Plain functions without messages (the callers name file and key), included
//! by `build/content.rs` and `build/site.rs` with `#[path]`, so the build, the tests that include
//! either file and both checks share this one copy.

/// `+` and 7 to 15 digits (E.164), or a local short code / local number of 3 to 8 digits.
pub fn valid_phone(s: &str) -> bool {
    if let Some(rest) = s.strip_prefix('+') {
        (7..=15).contains(&rest.len())
            && rest.chars().all(|c| c.is_ascii_digit())
            && !rest.starts_with('0')
    } else {
        (3..=8).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
    }
}

pub fn valid_e164(s: &str) -> bool {
    s.starts_with('+') && valid_phone(s)
}

/// A service number with no international form, dialled only on the local network: a short code of
/// 3 or 4 digits (`911`, `9310`, `918`) or a national service number starting with 0 (`08020802`,
/// `09008844`). A local subscriber number such as `7477229` is not one: it has an E.164 form.
pub fn is_service_number(s: &str) -> bool {
    s.chars().all(|c| c.is_ascii_digit())
        && ((3..=4).contains(&s.len()) || (s.starts_with('0') && (7..=8).contains(&s.len())))
}

/// A plain e-mail address (`name@host.tld`, no spaces).
pub fn valid_email(s: &str) -> bool {
    let Some((user, host)) = s.split_once('@') else {
        return false;
    };
    !user.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !s.contains(char::is_whitespace)
        && !host.contains('@')
}

pub fn valid_https(s: &str) -> bool {
    s.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split('/').next().unwrap_or("");
        host.contains('.') && !host.contains(' ') && !rest.contains(char::is_whitespace)
    })
}

/// `YYYY-MM-DD`.
pub fn valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && (1..=12).contains(&s[5..7].parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&s[8..10].parse::<u32>().unwrap_or(0))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn valid_partial_date(s: &str) -> bool {
    match s.len() {
        4 => s.chars().all(|c| c.is_ascii_digit()),
        7 => valid_date(&format!("{s}-01")),
        _ => valid_date(s),
    }
}
