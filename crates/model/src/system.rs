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
    test_now().unwrap_or_else(|| Local::now().fixed_offset())
}

/// The computer's clock, in UTC.
pub fn now_utc() -> DateTime<Utc> {
    test_now().map_or_else(Utc::now, |t| t.with_timezone(&Utc))
}

/// In a debug build only, `RELIEF_TEST_NOW` (RFC 3339) stands in for the clock, so the CLI's
/// tests can walk through weeks of an experiment in seconds. Release builds never read it.
fn test_now() -> Option<DateTime<FixedOffset>> {
    if cfg!(debug_assertions) {
        let text = std::env::var("RELIEF_TEST_NOW").ok()?;
        DateTime::parse_from_rfc3339(&text).ok()
    } else {
        None
    }
}

/// An environment variable, if set.
pub fn var(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// The language of messages, as the system asks for it: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG` (POSIX order; `LANGUAGE`'s list is GNU gettext's own and not read).
pub fn messages_lang() -> crate::i18n::Lang {
    crate::i18n::Lang::negotiate([messages_locale().as_str()])
}

/// The locale messages are asked in (`de_AT.UTF-8`), empty when none is set.
pub fn messages_locale() -> String {
    // The first one set decides, as in the C library: LC_ALL=C means English whatever LANG says.
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default()
}

/// The country the system's locale names (`en_GB.UTF-8` → `GB`), for the emergency number
/// (`docs/safety.md`); `None` when the locale names none.
pub fn country() -> Option<String> {
    let locale = messages_locale();
    let territory = locale.split(['.', '@']).next()?.split_once('_')?.1;
    (territory.len() == 2 && territory.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| territory.to_ascii_uppercase())
}

/// The emergency number of the system's region, and the others listed beside it
/// (`docs/safety.md`).
pub fn emergency_numbers() -> (&'static str, Vec<&'static str>) {
    crate::model::safety::emergency_numbers(country().as_deref())
}

/// `RELIEF_PSEUDO_LOCALE` set (to anything but empty): every message in the pseudo-language
/// instead of the system's (`docs/languages.md`), to find text that is not translated.
pub fn pseudo_locale() -> bool {
    std::env::var_os("RELIEF_PSEUDO_LOCALE").is_some_and(|v| !v.is_empty())
}

/// The messages in the language the system asks for (or the pseudo-language).
pub fn messages() -> crate::i18n::Messages {
    messages_for(None)
}

/// The messages in the `chosen` language (a journal's setting), else the system's; the
/// pseudo-language whenever `RELIEF_PSEUDO_LOCALE` asks for it.
pub fn messages_for(chosen: Option<crate::i18n::Lang>) -> crate::i18n::Messages {
    if pseudo_locale() {
        crate::i18n::Messages::pseudo()
    } else {
        crate::i18n::Messages::new(chosen.unwrap_or_else(messages_lang))
    }
}

/// The locale that decides formats such as the paper size (`LC_ALL`, then `LC_PAPER`, then
/// `LANG`; empty when none is set).
pub fn paper_locale() -> String {
    ["LC_ALL", "LC_PAPER", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default()
}

/// Tells the person on the terminal (standard error) about something that went wrong beside
/// what they asked for, which still worked: `relief: warning: …`. The desktop app's terminal
/// too, where one is attached.
pub fn warn(what: &str) {
    eprintln!("relief: warning: {what}");
}

/// This computer's name as its person knows it (the host name), for the list of computers a
/// journal syncs with.
pub fn host_name() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| var("HOSTNAME").and_then(|h| h.into_string().ok()))
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "this computer".to_owned())
}
