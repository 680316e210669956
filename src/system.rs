//! What Relief reads of the machine it runs on — the clock and the environment — in one place.
//! Everything else takes these as values: the store reads the time through its
//! [`Journal`](crate::Journal)'s clock, reports take a paper size, and tests give their own.
//! `clippy.toml` refuses other reads of the clock or the environment.
#![allow(clippy::disallowed_methods)]

use std::ffi::OsString;

use chrono::{DateTime, FixedOffset, Local, Utc};

/// A source of the current time, with the local UTC offset.
pub type Clock = fn() -> DateTime<FixedOffset>;

/// The computer's clock, in its local time zone.
pub fn now() -> DateTime<FixedOffset> {
    Local::now().fixed_offset()
}

/// The computer's clock, in UTC.
pub fn now_utc() -> DateTime<Utc> {
    Utc::now()
}

/// An environment variable, if set.
pub fn var(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// The locale that decides formats such as the paper size (`LC_ALL`, then `LC_PAPER`, then
/// `LANG`; empty when none is set).
pub fn paper_locale() -> String {
    ["LC_ALL", "LC_PAPER", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default()
}
