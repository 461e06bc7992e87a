//! Who maintains this copy of the tool (from `data/site.toml`, checked at build time by
//! `build/site.rs`). Empty values are shown as placeholders, never filled with made-up ones.

/// The site settings; every field may be empty.
#[derive(Debug, PartialEq)]
pub struct Site {
    pub maintainer: &'static str,
    pub contact_email: &'static str,
    pub contact_url: &'static str,
    /// "full", "partial", "none" or "" (WCAG 2.2 AA).
    pub accessibility_status: &'static str,
    pub accessibility_checked: &'static str,
    pub statement_date: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/site.rs"));
